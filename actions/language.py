"""Which language the conversation is in: a property of the conversation, kept in a slot.

An explicit choice by the person always wins and is never overridden by detection. Without a
choice, the first message's detected language is used; later, a detected change switches the
conversation only when detection is confident on a message long enough to judge, so that short
replies ("ok", "1", "tack") never flip it.
"""
import unicodedata
from typing import Any, Dict, List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions import content

LANGUAGE_SLOT = "language"
CHOSEN_SLOT = "language_chosen"
# A detected change of language needs this confidence, on a message of at least this many words.
SWITCH_MIN_CONFIDENCE = 0.8
SWITCH_MIN_WORDS = 3


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so 'Svenska', 'SVENSKA' and 'svénska' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).strip()


def _detected(tracker: Tracker) -> Tuple[Optional[str], float]:
    """The language NLU detected in the latest message, and its confidence."""
    message: Dict[str, Any] = tracker.latest_message or {}
    code = message.get("language")
    if code not in content.language_codes():
        return None, 0.0
    return code, float(message.get("language_confidence") or 0.0)


def _word_count(tracker: Tracker) -> int:
    """Words in the latest message (how much text detection had to go on)."""
    return len(((tracker.latest_message or {}).get("text") or "").split())


def conversation_language(tracker: Tracker) -> Tuple[str, List[EventType]]:
    """The language to answer in now, and the slot events that record a change."""
    current = tracker.get_slot(LANGUAGE_SLOT)
    detected, confidence = _detected(tracker)
    if current not in content.language_codes():
        chosen = detected or content.default_language()
    elif tracker.get_slot(CHOSEN_SLOT) or detected is None or detected == current:
        chosen = current
    elif confidence >= SWITCH_MIN_CONFIDENCE and _word_count(tracker) >= SWITCH_MIN_WORDS:
        chosen = detected
    else:
        chosen = current
    return chosen, ([] if chosen == current else [SlotSet(LANGUAGE_SLOT, chosen)])


def _unspaced_script(name: str) -> bool:
    """Thai and Chinese are written without spaces between words: names match inside words."""
    return any(0x0E00 <= ord(char) <= 0x0E7F or 0x3400 <= ord(char) <= 0x9FFF for char in name)


def language_named_in(text: str) -> Optional[str]:
    """The supported language a message names ('svenska', 'in english please', 'ขอภาษาไทย'), if any."""
    said = f" {_normalise(text)} "
    for code, language in content.languages()["languages"].items():
        for name in (_normalise(name) for name in language["names"]):
            if f" {name} " in said or (_unspaced_script(name) and name in said):
                return code
    return None


def _normalise(text: str) -> str:
    """Folded words separated by single spaces ('по-русски' → 'по русски')."""
    return " ".join("".join(char if char.isalnum() else " " for char in fold(text)).split())
