"""Messages whose meaning their form decides: unreadable input and bare option numbers.

Runs after the intent classifier. A message that InputGuard flagged becomes `nlu_fallback`
(answered by the fallback action, which explains the problem); a message that is only a small
number ("2") becomes `choose_option` with the entity `option_number`, which the action maps to
the option offered last.
"""
import re
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.input_guard import INPUT_PROBLEM
from bot.nlu.intent_override import set_intent

CHOOSE_OPTION = "choose_option"
OPTION_ENTITY = "option_number"
_OPTION = re.compile(r"^\s*#?\s*(\d{1,2})\s*[.)]?\s*$")
MAX_OPTION = 20


def option_number(text: str) -> int:
    """The option a bare number picks, or 0 when the message is not one."""
    match = _OPTION.match(text or "")
    number = int(match.group(1)) if match else 0
    return number if 1 <= number <= MAX_OPTION else 0


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ShortcutClassifier(GraphComponent):
    """Overrides the intent for flagged input and for bare option numbers."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "ShortcutClassifier":
        """Creates the component (nothing to train)."""
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        """Apply the shortcuts to each message."""
        for message in messages:
            if message.get(INPUT_PROBLEM):
                set_intent(message, DEFAULT_NLU_FALLBACK_INTENT_NAME)
                continue
            number = option_number(message.get(TEXT))
            if number:
                set_intent(message, CHOOSE_OPTION)
                entity = {"entity": OPTION_ENTITY, "value": str(number), "start": 0,
                          "end": len(message.get(TEXT)), "extractor": self.__class__.__name__}
                message.set(ENTITIES, [entity], add_to_output=True)
        return messages
