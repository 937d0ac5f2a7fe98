"""Base for components that rewrite the message text before tokenization.

How to use: subclass, implement `rewrite(text) -> str`, and register the subclass as a
MESSAGE_TOKENIZER so that Rasa runs it on the training data and on live messages alike. Override
`process` to record more about a live message, calling `super().process` for the rewrite.
"""
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.fingerprint import source_fingerprint


class TextRewriter(GraphComponent):
    """Rewrites TEXT the same way in training examples and in messages."""

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.config = config

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "TextRewriter":
        """Creates the component (nothing to train)."""
        return cls(config)

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Retrain when the rewriting code changes."""
        return source_fingerprint(cls)

    def rewrite(self, text: str) -> str:
        """The text the later components should see."""
        raise NotImplementedError

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Rewrite every training example."""
        for example in training_data.training_examples:
            if example.get(TEXT):
                example.set(TEXT, self.rewrite(example.get(TEXT)))
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        """Rewrite every message."""
        for message in messages:
            message.set(TEXT, self.rewrite(message.get(TEXT) or ""))
        return messages
