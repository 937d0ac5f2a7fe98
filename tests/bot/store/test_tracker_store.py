"""What reaches the SQLite file, and that 'delete' leaves nothing of a conversation in it."""
import sqlite3
import time
from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.store.tracker_store import PrivateTrackerStore, forget_requested


@pytest.fixture
def store(tmp_path: Path) -> PrivateTrackerStore:
    return PrivateTrackerStore(domain=Domain.empty(), db=str(tmp_path / "conversations.db"))


def rows(store: PrivateTrackerStore, sender: str) -> int:
    database = store.inner.engine.url.database
    with sqlite3.connect(database) as connection:
        return connection.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0]


def turn(tracker: DialogueStateTracker, text: str, intent: str, action: str) -> None:
    tracker.update(UserUttered(text, {"name": intent, "confidence": 1.0}))
    tracker.update(ActionExecuted(action))
    tracker.update(BotUttered("ok"))
    tracker.update(ActionExecuted("action_listen"))


async def test_a_conversation_is_stored_and_read_back(store):
    tracker = DialogueStateTracker("conversation-a", [])
    turn(tracker, "what is the programme", "programme", "action_answer_topic")
    await store.save(tracker)
    assert rows(store, "conversation-a") == 4
    assert (await store.retrieve("conversation-a")).latest_message.text == "what is the programme"
    assert list(await store.keys()) == ["conversation-a"]


async def test_delete_on_request_removes_every_event_and_writes_nothing(store):
    tracker = DialogueStateTracker("conversation-b", [])
    turn(tracker, "what is the programme", "programme", "action_answer_topic")
    await store.save(tracker)
    other = DialogueStateTracker("conversation-c", [])
    turn(other, "hello", "greet", "action_greet")
    await store.save(other)

    turn(tracker, "delete", "forget_me", "action_forget_me")
    assert forget_requested(tracker)
    await store.save(tracker)

    assert rows(store, "conversation-b") == 0
    assert await store.retrieve("conversation-b") is None
    assert rows(store, "conversation-c") == 4, "other conversations stay"


async def test_deleted_text_is_overwritten_in_the_database_file(store):
    tracker = DialogueStateTracker("conversation-d", [])
    turn(tracker, "secret words zebra", "programme", "action_answer_topic")
    await store.save(tracker)
    turn(tracker, "delete", "forget_me", "action_forget_me")
    await store.save(tracker)
    store.inner.engine.dispose()
    data = Path(store.inner.engine.url.database).read_bytes()
    assert b"secret words zebra" not in data


def test_only_the_latest_turn_counts_as_a_request_to_delete():
    tracker = DialogueStateTracker("conversation-e", [])
    turn(tracker, "delete", "forget_me", "action_forget_me")
    turn(tracker, "hello", "greet", "action_greet")
    assert not forget_requested(tracker)


PLANTED = ["070-1740605", "anna.test@example.com", "19900101-1235", "AB1234567", "SE45 5000 0000 0583 9825 7466"]


async def test_identifiers_typed_by_the_person_never_reach_the_database_file(store):
    tracker = DialogueStateTracker("conversation-f", [])
    for value in PLANTED:
        tracker.update(UserUttered(f"my details {value}", {"name": "contact", "confidence": 1.0},
                                   parse_data={"text": f"my details {value}", "entities": [{"entity": "x", "value": value}]},
                                   metadata={"from": value}))
        tracker.update(ActionExecuted("action_listen"))
    await store.save(tracker)
    store.inner.engine.dispose()
    data = Path(store.inner.engine.url.database).read_bytes()
    for value in PLANTED:
        assert value.encode() not in data, value
    assert b"[phone]" in data and b"[email]" in data
    restored = await store.retrieve("conversation-f")
    assert restored.latest_message.text == "my details [iban]"


async def test_conversations_past_the_retention_period_are_purged_and_recent_ones_stay(tmp_path):
    store = PrivateTrackerStore(domain=Domain.empty(), db=str(tmp_path / "r.db"), retention_hours=1 / 3600)
    old = DialogueStateTracker("old-conversation", [])
    turn(old, "an old secret", "programme", "action_answer_topic")
    await store.save(old)
    time.sleep(1.2)
    recent = DialogueStateTracker("recent-conversation", [])
    turn(recent, "hello", "greet", "action_greet")
    await store.save(recent)
    assert store.purge_expired() == 1
    assert rows(store, "old-conversation") == 0 and rows(store, "recent-conversation") == 4
    store.inner.engine.dispose()
    assert b"an old secret" not in Path(store.inner.engine.url.database).read_bytes()


async def test_the_purge_runs_at_start_and_on_a_schedule_without_being_called(tmp_path):
    database = str(tmp_path / "s.db")
    first = PrivateTrackerStore(domain=Domain.empty(), db=database, retention_hours=1 / 3600, purge_interval_minutes=0.01)
    tracker = DialogueStateTracker("conversation-g", [])
    turn(tracker, "hello", "greet", "action_greet")
    await first.save(tracker)
    deadline = time.monotonic() + 10
    while rows(first, "conversation-g") and time.monotonic() < deadline:
        time.sleep(0.2)
    assert rows(first, "conversation-g") == 0, "the scheduled purge did not run"
    first.stop_purging()
    await first.save(tracker)
    time.sleep(1.2)
    assert rows(first, "conversation-g") == 4
    second = PrivateTrackerStore(domain=Domain.empty(), db=database, retention_hours=1 / 3600, purge_interval_minutes=60)
    assert rows(second, "conversation-g") == 0, "the purge at start did not run"
