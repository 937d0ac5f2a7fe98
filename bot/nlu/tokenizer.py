"""Tokenization with spaCy's blank pipelines, one per language.

The pipeline follows the message's detected `language` (bot/nlu/language.py); text in Thai script
goes through spaCy's Thai tokenizer (PyThaiNLP word segmentation) and text with Chinese characters
through spaCy's Chinese tokenizer with the jieba segmenter, whatever was detected, because those
scripts have no spaces between words. Punctuation and emoji are not tokens.
"""
from functools import lru_cache
from typing import Any, Dict, List, Optional, Text

import spacy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.fingerprint import source_fingerprint
from bot.nlu.stemming import stem

LANGUAGE = "language"
# spaCy blank pipelines with word-level rules for these languages; any other text uses "xx".
SPACY_LANGUAGES = {"en", "sv", "ro", "es", "bg", "ru", "uk", "pl", "pt"}


def _in_range(text: str, low: int, high: int) -> bool:
    return any(low <= ord(char) <= high for char in text)


def script_language(text: str) -> Optional[str]:
    """'th' or 'zh' when the text is written in a script that needs word segmentation."""
    if _in_range(text, 0x0E00, 0x0E7F):
        return "th"
    if _in_range(text, 0x4E00, 0x9FFF) or _in_range(text, 0x3400, 0x4DBF):
        return "zh"
    return None


@lru_cache(maxsize=None)
def pipeline(language: str) -> spacy.language.Language:
    """The blank spaCy pipeline of a language (loaded once; nothing is downloaded)."""
    if language == "zh":
        return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    return spacy.blank(language if language in SPACY_LANGUAGES or language == "th" else "xx")


def pipeline_language(text: str, detected: Optional[str]) -> str:
    """Which pipeline tokenizes this text: the script decides for Thai and Chinese."""
    return script_language(text) or (detected if detected in SPACY_LANGUAGES else "xx")


def words(text: str, detected: Optional[str]) -> List[spacy.tokens.Token]:
    """spaCy tokens of the text that carry meaning (no punctuation, spaces or emoji)."""
    return words_in(text, pipeline_language(text, detected))


def words_in(text: str, language: str) -> List[spacy.tokens.Token]:
    """The meaningful tokens as one pipeline language's spaCy tokenizer cuts them."""
    return [token for token in pipeline(language)(text)
            if not (token.is_punct or token.is_space) and any(c.isalnum() for c in token.text)]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class LanguageTokenizer(Tokenizer):
    """Rasa tokenizer backed by the spaCy pipeline of the message's language or script."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Rasa's tokenizer options (intent splitting off, no extra token pattern)."""
        return {"intent_tokenization_flag": False, "intent_split_symbol": "_", "token_pattern": None,
                "prefix_separator_symbol": None, "stemming": "snowball", "prefix_length": 5}

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Retrain when the tokenization code changes."""
        return source_fingerprint(cls)

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        """Tokens with their character offsets; the whole text as one token if nothing is left."""
        text = message.get(attribute)
        language = pipeline_language(text, message.get(LANGUAGE))
        found = [Token(token.text, token.idx, lemma=stem(token.text, language, self._config["stemming"], self._config["prefix_length"]))
                 for token in words_in(text, language)]
        if not found:
            found = [Token(text, 0)]
        return self._apply_token_pattern(found)
