"""Word stems, so that "месть" and "мести", "jobb" and "jobbet" count as the same word.

People write a word in whichever form their sentence needs, and a held-out message often uses a
form no training example had. The word featurizer reads each token's lemma (Rasa's `use_lemma`);
the tokenizer (bot/nlu/tokenizer.py) fills it with the stem from here. Snowball stemmers where the
`snowballstemmer` package has one for the language; elsewhere the word's first letters, which is
how inflecting languages are commonly stemmed without a stemmer. Bulgarian, Russian and Ukrainian
words are first written in Latin letters (bot/nlu/romanize.py), so "още" and "oshte" share a stem.
Thai and Chinese words do not inflect and stay as they are. `make bench` measured the choices.
"""
from functools import lru_cache
from typing import Optional

import snowballstemmer

from bot.nlu.romanize import has_cyrillic, romanize

SNOWBALL = {"en": "english", "sv": "swedish", "ro": "romanian", "es": "spanish", "pt": "portuguese"}
CYRILLIC_LANGUAGES = {"bg", "ru", "uk"}
UNINFLECTED_SCRIPTS = {"th", "zh"}


@lru_cache(maxsize=None)
def _stemmer(language: str) -> Optional[snowballstemmer.stemmer]:
    """One Snowball stemmer per language (None where the package has none)."""
    return snowballstemmer.stemmer(SNOWBALL[language]) if language in SNOWBALL else None


def stem(word: str, language: Optional[str], method: str = "snowball", prefix_length: int = 5) -> str:
    """The stem of a lower-case word in a language; the word itself when stemming is off."""
    word = word.lower()
    if method == "none" or language in UNINFLECTED_SCRIPTS:
        return word
    if language in CYRILLIC_LANGUAGES or has_cyrillic(word):
        word = romanize(word)
        return word[:prefix_length] if word.isalpha() else word
    if not word.isalpha():
        return word
    stemmer = _stemmer(language) if method == "snowball" else None
    if stemmer is not None:
        return stemmer.stemWord(word)
    return word[:prefix_length]
