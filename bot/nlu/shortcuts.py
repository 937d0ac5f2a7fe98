"""Messages whose meaning their form decides, not the classifier's guess.

Runs after the intent classifier:
- a message that InputGuard flagged becomes `nlu_fallback` (the fallback action explains the
  problem);
- a message that is only a small number ("2") becomes `choose_option` with the entity
  `option_number`, which the action maps to the option offered last;
- a message none of whose words occurs anywhere in the training data ("Narnia", "xyz") becomes
  `nlu_fallback` with `unknown_words: true`: the classifier would only be guessing, often with
  high confidence. A word counts as known when the training data has it, or a word one typo
  away from it ("pasport"), or a word with the same first five letters ("kontanterna" beside
  "kontanter"); in Thai and Chinese, written without spaces, a word sharing two letters in a row
  with a known word. A message with an entity (a place name found by bot/nlu/places.py) is known.
"""
import json
import re
from collections import defaultdict
from typing import Any, Dict, Iterable, List, Optional, Set, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.fingerprint import source_fingerprint
from bot.nlu.input_guard import INPUT_PROBLEM
from bot.nlu.intent_override import set_intent
from bot.nlu.tokenizer import script_language

CHOOSE_OPTION = "choose_option"
OPTION_ENTITY = "option_number"
UNKNOWN_WORDS = "unknown_words"
MAX_OPTION = 20
VOCABULARY_FILE = "vocabulary.json"
_OPTION = re.compile(r"^\s*#?\s*(\d{1,2})\s*[.)]?\s*$")
SHARED_STEM = 5  # letters a word must share at the start with a known word to count as its form


def option_number(text: Optional[str]) -> int:
    """The option a bare number picks, or 0 when the message is not one."""
    match = _OPTION.match(text or "")
    number = int(match.group(1)) if match else 0
    return number if 1 <= number <= MAX_OPTION else 0


def one_edit_apart(first: str, second: str) -> bool:
    """Whether one letter inserted, deleted or changed turns one word into the other."""
    if abs(len(first) - len(second)) > 1:
        return False
    if len(first) > len(second):
        first, second = second, first
    for index, (a, b) in enumerate(zip(first, second)):
        if a != b:
            rest = index + 1 if len(first) == len(second) else index
            return first[rest:] == second[index + 1:]
    return True


def _pairs(word: str) -> Set[str]:
    """Two letters in a row, the unit of comparison for scripts written without spaces."""
    return {word[index:index + 2] for index in range(len(word) - 1)}


class KnownWords:
    """The training vocabulary, answering 'is this word, or a typo or form of it, known?'."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = set(words)
        self._by_start: Dict[str, Set[str]] = defaultdict(set)
        for word in self.words:
            self._by_start[word[:2]].add(word)
        self._unspaced_pairs = {pair for word in self.words if script_language(word) for pair in _pairs(word)}

    def __bool__(self) -> bool:
        return bool(self.words)

    def knows(self, word: str) -> bool:
        """Known as written, one typo away (words of 4+ letters), or sharing the first five letters."""
        if word in self.words:
            return True
        if script_language(word):
            return any(pair in self._unspaced_pairs for pair in _pairs(word))
        if len(word) < 4:
            return False
        candidates = self._by_start[word[:2]] | self._by_start[word[:1] + word[2:3]] | self._by_start[word[1:3]]
        return any(
            one_edit_apart(word, known) or (len(known) >= SHARED_STEM and known[:SHARED_STEM] == word[:SHARED_STEM])
            for known in candidates
        )


def words_of(message: Message) -> List[str]:
    """The message's tokens that contain a letter."""
    return [token.text for token in message.get(TOKENS_NAMES[TEXT]) or [] if any(c.isalpha() for c in token.text)]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class ShortcutClassifier(GraphComponent):
    """Overrides the intent for flagged input, bare option numbers and wholly unknown words."""

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Retrain when this component's code changes."""
        return source_fingerprint(cls)

    def __init__(self, model_storage: ModelStorage, resource: Resource, vocabulary: Set[str]) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self.vocabulary = KnownWords(vocabulary)

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "ShortcutClassifier":
        """A component that knows no words yet."""
        return cls(model_storage, resource, set())

    def train(self, training_data: TrainingData) -> Resource:
        """Remember every word of the training examples."""
        self.vocabulary = KnownWords(word for example in training_data.intent_examples for word in words_of(example))
        with self._model_storage.write_to(self._resource) as directory:
            (directory / VOCABULARY_FILE).write_text(json.dumps(sorted(self.vocabulary.words)), encoding="utf-8")
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "ShortcutClassifier":
        """The component with the vocabulary it was trained with."""
        with model_storage.read_from(resource) as directory:
            vocabulary = set(json.loads((directory / VOCABULARY_FILE).read_text(encoding="utf-8")))
        return cls(model_storage, resource, vocabulary)

    def process(self, messages: List[Message]) -> List[Message]:
        """Apply the shortcuts to each message."""
        for message in messages:
            if message.get(INPUT_PROBLEM):
                set_intent(message, DEFAULT_NLU_FALLBACK_INTENT_NAME)
            elif option_number(message.get(TEXT)):
                self._choose_option(message)
            elif self._all_words_unknown(message) and not message.get(ENTITIES):
                set_intent(message, DEFAULT_NLU_FALLBACK_INTENT_NAME)
                message.set(UNKNOWN_WORDS, True, add_to_output=True)
        return messages

    def _all_words_unknown(self, message: Message) -> bool:
        """Whether the message has words and the training data has none of them."""
        words = words_of(message)
        return bool(words) and bool(self.vocabulary) and not any(self.vocabulary.knows(word) for word in words)

    def _choose_option(self, message: Message) -> None:
        """Mark a bare number as the choice of an offered option."""
        set_intent(message, CHOOSE_OPTION)
        entity = {"entity": OPTION_ENTITY, "value": str(option_number(message.get(TEXT))), "start": 0,
                  "end": len(message.get(TEXT)), "extractor": self.__class__.__name__}
        message.set(ENTITIES, [entity], add_to_output=True)
