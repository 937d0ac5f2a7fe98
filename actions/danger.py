"""Danger the classifier only half sees: 112 goes first when `emergency` is among its top guesses.

A needless "if you are in danger now, call 112" costs a line; a missed one can cost a life. So a
message answered as something else — or not understood — still gets the emergency line first when
the classifier ranks `emergency` among its top three with some confidence (`make bench` prints how
often that reaches emergency messages and how often other messages).
"""
from rasa_sdk import Tracker

DANGER_AMONG_TOP = 3
DANGER_MIN_CONFIDENCE = 0.15


def danger_in(parse: dict, min_confidence: float = DANGER_MIN_CONFIDENCE) -> bool:
    """Whether `emergency` is among the classifier's top guesses for a parse with some confidence."""
    ranking = [item for item in parse.get("intent_ranking") or [] if item["name"] != "nlu_fallback"]
    return any(item["name"] == "emergency" and item["confidence"] >= min_confidence
               for item in ranking[:DANGER_AMONG_TOP])


def danger_suspected(tracker: Tracker) -> bool:
    """Whether the latest message may mean danger now."""
    return danger_in(tracker.latest_message or {})
