"""Fixtures shared by the unit tests: trackers built like the action server builds them."""
import shutil
import socket
import subprocess
import time
from typing import Any, Callable, Dict, Iterator, List, Optional

import pytest
import redis
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import content

TOPIC_KEYS = [
    "programme", "eligibility", "voluntariness", "application", "travel_documents", "journey",
    "reintegration", "financial_support", "confidentiality", "reflection_period", "other_options",
    "children", "medical", "safety", "interpreter", "contact", "emergency",
]
LANGUAGES = content.language_codes()
# Slots of a conversation past its first turn: greeting and every translation notice already shown.
SEEN = {"intro_shown": True, "notice_languages": list(LANGUAGES)}


@pytest.fixture
def make_tracker() -> Callable[..., Tracker]:
    """A tracker whose latest message has the given intent, text, entities and detected language."""

    def build(
        intent: Optional[str] = None,
        text: str = "",
        slots: Optional[Dict[str, Any]] = None,
        entities: Optional[List[Dict[str, Any]]] = None,
        language: Optional[str] = None,
        confidence: float = 0.0,
        **message: Any,
    ) -> Tracker:
        latest = {
            "text": text,
            "intent": {"name": intent, "confidence": 1.0},
            "entities": entities or [],
            "language": language,
            "language_confidence": confidence,
            **message,
        }
        return Tracker("test-conversation", dict(slots or {}), latest, [], False, None, {}, "action_listen")

    return build


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    """Collects what an action says."""
    return CollectingDispatcher()


def texts(dispatcher: CollectingDispatcher) -> List[str]:
    """The texts an action sent, in order."""
    return [message["text"] for message in dispatcher.messages if message.get("text")]


def slot_events(events: List[Dict[str, Any]]) -> Dict[str, Any]:
    """The slots an action set (last value wins)."""
    return {event["name"]: event["value"] for event in events if event.get("event") == "slot"}


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dict[str, Any]]:
    """A real redis-server (from the machine's package manager) on a free port, nothing saved to disk."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is not installed: `make test` installs it (bin/ensure-redis)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                "--dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    client = redis.Redis(host="127.0.0.1", port=port)
    deadline = time.monotonic() + 30
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail("redis-server did not start")
            time.sleep(0.1)
    try:
        yield {"host": "127.0.0.1", "port": port, "client": client}
    finally:
        process.terminate()
        process.wait(timeout=10)


def redis_contents(client: "redis.Redis") -> bytes:
    """Every key and every value in the Redis server, as bytes, for searching."""
    found = []
    for key in client.keys("*"):
        found.append(key)
        kind = client.type(key)
        if kind == b"string":
            found.append(client.get(key) or b"")
        elif kind == b"hash":
            found += [part for pair in client.hgetall(key).items() for part in pair]
        elif kind == b"list":
            found += client.lrange(key, 0, -1)
        elif kind == b"set":
            found += list(client.smembers(key))
        else:
            found.append(client.dump(key) or b"")
    return b"\n".join(found)
