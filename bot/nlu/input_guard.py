"""First in the NLU pipeline: make any input safe to process and say what was wrong with it.

Control characters and markup are removed, text is normalised (NFC) and capped in length. The
parse result carries `input_problem` (`empty`, `unreadable` or `too_long`) so the fallback action
can answer clearly in the conversation's language instead of guessing an intent.
"""
import re
import unicodedata
from typing import Any, Dict, List, Optional, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.text_rewriter import TextRewriter

INPUT_PROBLEM = "input_problem"
_MARKUP = re.compile(r"<[^<>]{0,200}>")
_TERMINAL_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_SPACES = re.compile(r"\s+")


def clean(text: Optional[str]) -> str:
    """Text without control characters or markup, NFC-normalised, whitespace collapsed."""
    text = _TERMINAL_ESCAPES.sub(" ", unicodedata.normalize("NFC", text or ""))
    text = "".join(" " if unicodedata.category(char) in ("Cc", "Cf", "Co", "Cs") else char for char in text)
    text = _MARKUP.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def problem_with(text: str, raw: str, max_chars: int) -> Optional[str]:
    """What makes a message impossible to answer as a question, if anything."""
    if len(raw) > max_chars:
        return "too_long"
    if not raw.strip():
        return "empty"
    if not any(unicodedata.category(char)[0] in ("L", "N") for char in text):
        return "unreadable"
    return None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class InputGuard(TextRewriter):
    """Cleans every message and flags empty, unreadable and overlong input."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """`max_chars`: longer messages are cut to this length and flagged `too_long`."""
        return {"max_chars": 2000}

    @property
    def max_chars(self) -> int:
        return int(self.config["max_chars"])

    def rewrite(self, text: str) -> str:
        """Cleaned and cut to `max_chars`."""
        return clean(text[: self.max_chars * 2])[: self.max_chars]

    def process(self, messages: List[Message]) -> List[Message]:
        """Clean each message and record what, if anything, was wrong with it."""
        raw = [message.get(TEXT) or "" for message in messages]
        super().process(messages)
        for message, typed in zip(messages, raw):
            message.set(INPUT_PROBLEM, problem_with(message.get(TEXT), typed, self.max_chars), add_to_output=True)
        return messages
