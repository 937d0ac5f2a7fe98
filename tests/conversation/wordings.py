"""Every text the assistant can say in a language, to check that a reply is in that language."""
import re
from functools import lru_cache
from typing import Set

from actions import content, wording


class Rendered(set):
    """Rendered wordings, plus the templated ones (place, region) as patterns."""

    def __init__(self, texts: Set[str], patterns: Set["re.Pattern[str]"]) -> None:
        super().__init__(texts)
        self.patterns = patterns

    def matches_template(self, text: str) -> bool:
        return any(pattern.fullmatch(text) for pattern in self.patterns)


@lru_cache(maxsize=None)
def rendered(language: str) -> Rendered:
    tree = wording._locale_tree(language)
    texts: Set[str] = set()
    patterns = set()

    def walk(node, prefix=""):
        for key, value in node.items():
            if isinstance(value, dict):
                walk(value, f"{prefix}{key}.")
            elif prefix not in ("meta.", "format."):
                full_key = f"{prefix}{key}"
                try:
                    texts.add(wording.say(full_key, language))
                except KeyError:
                    marker = "\u0000"
                    template = wording.say(full_key, language, place=marker, region=marker, word=marker, digit=marker)
                    patterns.add(re.compile(re.escape(template).replace(marker, ".+")))

    walk(tree)
    assert content.topics()
    return Rendered(texts, patterns)
