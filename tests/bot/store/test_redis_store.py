"""The same privacy layer on Rasa's Redis store: redacted, expiring by itself, deleted on request."""
import time

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.store.tracker_store import PrivateTrackerStore
from tests.bot.store.test_tracker_store import turn
from tests.conftest import redis_contents

PLANTED = ["070-1740617", "+46 70 174 06 18", "lena.test@example.com", "19900101-1235", "SE45 5000 0000 0583 9825 7466"]


@pytest.fixture
def client(redis_server):
    redis_server["client"].flushall()
    return redis_server["client"]


def redis_store(redis_server, retention_hours: float = 24) -> PrivateTrackerStore:
    return PrivateTrackerStore(domain=Domain.empty(), backend="redis", url=redis_server["host"],
                               port=redis_server["port"], retention_hours=retention_hours)


async def test_a_conversation_is_stored_with_an_expiry_and_read_back(redis_server, client):
    store = redis_store(redis_server)
    tracker = DialogueStateTracker("conversation-r", [])
    turn(tracker, "what is the programme", "programme", "action_answer_topic")
    await store.save(tracker)
    assert (await store.retrieve("conversation-r")).latest_message.text == "what is the programme"
    assert 23 * 3600 < client.ttl("tracker:conversation-r") <= 24 * 3600


async def test_identifiers_never_reach_any_redis_key_or_value(redis_server, client):
    store = redis_store(redis_server)
    tracker = DialogueStateTracker("conversation-s", [])
    for value in PLANTED:
        turn(tracker, f"call me {value}", "contact", "action_contact")
    await store.save(tracker)
    contents = redis_contents(client)
    assert b"conversation-s" in contents
    for value in PLANTED:
        assert value.encode() not in contents, value
    assert b"[phone]" in contents and b"[email]" in contents


async def test_delete_on_request_removes_the_conversation_at_once(redis_server, client):
    store = redis_store(redis_server)
    tracker = DialogueStateTracker("conversation-t", [])
    turn(tracker, "a secret", "programme", "action_answer_topic")
    await store.save(tracker)
    turn(tracker, "delete everything", "forget_me", "action_forget_me")
    await store.save(tracker)
    assert client.keys("*") == []
    assert await store.retrieve("conversation-t") is None


async def test_a_conversation_expires_after_the_retention_period(redis_server, client):
    store = redis_store(redis_server, retention_hours=1 / 3600)
    tracker = DialogueStateTracker("conversation-u", [])
    turn(tracker, "hello", "greet", "action_greet")
    await store.save(tracker)
    assert client.keys("*")
    time.sleep(2.1)
    assert client.keys("*") == []


def test_an_unknown_backend_is_refused():
    with pytest.raises(ValueError):
        PrivateTrackerStore(domain=Domain.empty(), backend="mongo")
