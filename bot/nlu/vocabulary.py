"""The training data's own words as a language detector, for short messages.

General detectors confuse close languages on two or three words ("hej" is Swedish here, not
Polish; "vad ar aterresa" is Swedish without å/ä/ö). The people who write to this assistant use
the words of its training data, so each language's examples are a small language model of their
own: a naive Bayes over accent-folded words, learned from the examples of data/nlu/<lang>/.
Words no language has seen give no opinion; a message of only unseen words gives none at all.
Bulgarian, Russian and Ukrainian examples also teach their words in the Latin letters people type
without a Cyrillic keyboard (bot/nlu/romanize.py): "kto mozhet" is Russian as much as "кто может".
"""
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Tuple

from bot.nlu.accents import fold_latin
from bot.nlu.romanize import has_cyrillic, romanize

SMOOTHING = 0.01
WORD = re.compile(r"\w+", re.UNICODE)
Scores = Dict[str, float]


def vocabulary_words(text: str) -> List[str]:
    """Lower-case, accent-folded words; digits are no evidence of a language."""
    return [word for word in WORD.findall(fold_latin(text)) if not word.isdigit()]


@dataclass
class Vocabulary:
    """Word counts per language, from labelled examples."""

    counts: Dict[str, Dict[str, int]] = field(default_factory=dict)

    @classmethod
    def learn(cls, examples: Iterable[Tuple[str, str]]) -> "Vocabulary":
        """Counts from (language, text) pairs."""
        counters: Dict[str, Counter] = {}
        for language, text in examples:
            counters.setdefault(language, Counter()).update(vocabulary_words(text))
            if has_cyrillic(text):
                counters[language].update(vocabulary_words(romanize(text)))
        return cls({language: dict(counter) for language, counter in counters.items()})

    def scores(self, text: str) -> Scores:
        """Posterior of each language over the message's known words (uniform prior); {} if none is known."""
        known = [word for word in vocabulary_words(text) if any(word in words for words in self.counts.values())]
        if not known:
            return {}
        size = len({word for words in self.counts.values() for word in words})
        log_likelihood = {}
        for language, words in self.counts.items():
            total = sum(words.values()) + SMOOTHING * size
            log_likelihood[language] = sum(math.log((words.get(word, 0) + SMOOTHING) / total) for word in known)
        best = max(log_likelihood.values())
        exponentiated = {language: math.exp(value - best) for language, value in log_likelihood.items()}
        norm = sum(exponentiated.values())
        return {language: value / norm for language, value in exponentiated.items()}
