"""Folds accents on Latin letters before the classifier, so "slår" and "slar" are one word.

People type Swedish, Romanian, Spanish or Polish with or without diacritics; the classifier
should not have to learn both spellings. Runs after language identification (which needs the
accents) and on the training data as well. Other scripts are untouched: Thai vowel and tone
marks and Cyrillic letters keep their marks. The text as typed stays under `text_as_typed` for
components that need the exact spelling (bot/nlu/places.py: "Håbo" is not "Habo").
"""
import unicodedata
from functools import lru_cache
from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.text_rewriter import TextRewriter

TEXT_AS_TYPED = "text_as_typed"


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """A Latin letter without its accents (ø and ß have no combining form and stay)."""
    if char.isascii() or "LATIN" not in unicodedata.name(char, ""):
        return char
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(part for part in decomposed if not unicodedata.combining(part))


def fold_latin(text: str) -> str:
    """Lower-case text with the accents of Latin letters removed."""
    return "".join(_fold_char(char) for char in text.lower())


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class AccentFolder(TextRewriter):
    """Replaces the text the classifier sees with its accent-folded, lower-case form."""

    def rewrite(self, text: str) -> str:
        """Accents folded, lower case."""
        return fold_latin(text)

    def process(self, messages: List[Message]) -> List[Message]:
        """Fold each message, keeping the text as typed."""
        for message in messages:
            message.set(TEXT_AS_TYPED, message.get(TEXT) or "")
        return super().process(messages)
