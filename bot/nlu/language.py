"""Language identification at the head of the NLU pipeline.

The parse result carries `language` (ISO 639-1 code of one of the supported languages, or None
when the message has no letters to judge) and `language_confidence`. Detection is restricted to
the languages of content/languages.yml; actions/language.py decides what the conversation does
with it (an explicit choice always wins; a change needs confidence and enough words).
"""
from typing import Any, Dict, List, Optional, Text, Tuple

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from actions import content

LANGUAGE = "language"
LANGUAGE_CONFIDENCE = "language_confidence"


def build_detector(codes: List[str]) -> LanguageDetector:
    """A lingua detector that only considers the supported languages (its models ship in the wheel)."""
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes]
    return LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()


def detect(detector: LanguageDetector, text: str) -> Tuple[Optional[str], float]:
    """The most likely supported language of `text` and its confidence; (None, 0) without letters."""
    if not any(char.isalpha() for char in text):
        return None, 0.0
    values = detector.compute_language_confidence_values(text)
    if not values:
        return None, 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), float(best.value)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class LanguageIdentifier(GraphComponent):
    """Adds the detected language and its confidence to every parsed message."""

    def __init__(self, detector: LanguageDetector) -> None:
        self.detector = detector

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LanguageIdentifier":
        """Builds the detector for the languages in content/languages.yml."""
        return cls(build_detector(content.language_codes()))

    def process(self, messages: List[Message]) -> List[Message]:
        """Detect the language of each message."""
        for message in messages:
            code, confidence = detect(self.detector, message.get(TEXT) or "")
            message.set(LANGUAGE, code, add_to_output=True)
            message.set(LANGUAGE_CONFIDENCE, round(confidence, 3), add_to_output=True)
        return messages
