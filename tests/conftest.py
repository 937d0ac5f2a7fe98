"""Fixtures shared by the unit tests: trackers built like the action server builds them."""
from typing import Any, Callable, Dict, List, Optional

import pytest
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
