"""First in the NLU pipeline: make any input safe to process and say what was wrong with it.

Control characters and markup are removed, text is normalised (NFC) and capped in length. The
parse result carries `input_problem` (`empty`, `unreadable` or `too_long`) so the fallback action
can answer clearly in the conversation's language instead of guessing an intent.
"""
import re
import unicodedata
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.fingerprint import source_fingerprint

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
class InputGuard(GraphComponent):
    """Cleans every message and flags empty, unreadable and overlong input."""

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Retrain when this component's code changes."""
        return source_fingerprint(cls)

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """`max_chars`: longer messages are cut to this length and flagged `too_long`."""
        return {"max_chars": 2000}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.max_chars = int(config["max_chars"])

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "InputGuard":
        """Creates the component (it has nothing to train)."""
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Clean training examples the same way as live messages."""
        for example in training_data.training_examples:
            if example.get(TEXT):
                example.set(TEXT, clean(example.get(TEXT)))
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        """Clean each message and record what, if anything, was wrong with it."""
        for message in messages:
            raw = message.get(TEXT) or ""
            text = clean(raw[: self.max_chars * 2])[: self.max_chars]
            message.set(TEXT, text)
            message.set(INPUT_PROBLEM, problem_with(text, raw, self.max_chars), add_to_output=True)
        return messages
