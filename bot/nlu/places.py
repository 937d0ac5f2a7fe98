"""Recognises a Swedish municipality or county in a message, for region routing.

Any of the 290 municipalities and 21 counties (content/municipalities.yml) is understood with or
without å/ä/ö ("Malmo", "Goteborg"), in any case, with "län"/"kommun" after it, and under the
other names in content/place_aliases.yml. The entity `place` carries the official name and its
county. A message that is nothing but a place becomes the intent `inform_place`.

Names that are also everyday words once the accents are gone ("Åre" → "are", "Vara", "Mark")
count only when the message is just the place or a preposition ("in", "i", "från") comes first.
The words that may stand around a place, per language, are in content/place_words.yml. Latin
names glued to Thai or Chinese ("我在Malmo") are separate words; names in Thai or Chinese script
(content/place_aliases.yml) are found inside the text, which has no spaces between words.
"""
import unicodedata
from functools import lru_cache
from typing import Any, Dict, FrozenSet, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from actions import content
from actions.language import fold
from bot.nlu.accents import TEXT_AS_TYPED
from bot.nlu.intent_override import set_intent
from bot.nlu.romanize import has_cyrillic

PLACE_ENTITY = "place"
INFORM_PLACE = "inform_place"
MAX_NAME_WORDS = 4
# Words that may follow a place name without being part of it.
SUFFIXES = {"lan", "kommun", "county", "municipality", "city", "stad", "region", "regionen"}
# Folded names that are also everyday words: they need a preposition or a message of their own.
COMMON_WORDS = {"are", "vara", "mark", "berg", "kinda", "ale", "kil", "mora", "nora", "sala", "boden", "salem",
                "ange", "mala", "hoor", "eda", "orsa", "hjo", "habo", "bjuv", "laxa", "gnosjo", "tranas"}


def _script(char: str) -> str:
    """'th', 'han' or '' (any other script): a change of script ends a word."""
    code = ord(char)
    if 0x0E00 <= code <= 0x0E7F:
        return "th"
    if 0x3400 <= code <= 0x9FFF:
        return "han"
    return ""


def _is_word_char(char: str) -> bool:
    """Letters, digits, apostrophes, and the vowel and tone marks of Thai (combining marks)."""
    return char.isalnum() or char == "'" or unicodedata.category(char).startswith("M")


def _words(text: str, folded: bool = True) -> List[str]:
    """Lower-case words of a text (without diacritics when `folded`), hyphens split, scripts apart."""
    text = fold(text) if folded else text.casefold()
    spaced, previous = [], ""
    for char in text:
        if not _is_word_char(char):
            spaced.append(" ")
            previous = ""
            continue
        script = _script(char) if not unicodedata.category(char).startswith("M") else previous
        if spaced and previous != script and spaced[-1] != " ":
            spaced.append(" ")
        spaced.append(char)
        previous = script
    return "".join(spaced).split()


def _unspaced(text: str) -> bool:
    """Whether the text is in a script written without spaces between words (Thai, Chinese)."""
    return any(_script(char) for char in text)


@lru_cache(maxsize=None)
def _place_words(kind: str) -> FrozenSet[str]:
    """Every language's fillers or prepositions (content/place_words.yml), folded."""
    return frozenset(fold(word) for words in content.place_words().values() for word in words.get(kind, []))


def fillers() -> FrozenSet[str]:
    """Words that may stand around a place in a message that says only where the person is."""
    return _place_words("fillers") | _place_words("prepositions") | frozenset(SUFFIXES)


def prepositions() -> FrozenSet[str]:
    """Words that, before a place, show that a place is meant."""
    return _place_words("prepositions")


Index = Dict[Tuple[str, ...], Dict[str, str]]


@lru_cache(maxsize=None)
def gazetteer() -> Tuple[Index, Index]:
    """Two indexes of name (as words) → {"value": official name, "county": county name}: by exact
    spelling, and without diacritics. The exact one wins: "Håbo" (Uppsala) vs "Habo" (Jönköping)."""
    data = content.municipalities()
    counties = data["counties"]
    # (a spelling people type, the official name, its county)
    spellings = [(name, name, counties[code[:2]]) for code, name in data["municipalities"].items()]
    spellings += [(county, county, county) for county in counties.values()]
    spellings += [(county + "s", county, county) for county in counties.values()]  # "Stockholms län"
    spellings += [(name + "s kommun", name, counties[code[:2]]) for code, name in data["municipalities"].items()
                  if not name.endswith(("s", "x", "z"))]  # "Göteborgs kommun"
    exact: Index = {}
    folded: Index = {}
    for spelling, official, county in spellings:
        entry = {"value": official, "county": county}
        exact.setdefault(tuple(_words(spelling, folded=False)), entry)
        folded.setdefault(tuple(_words(spelling)), entry)
    for alias, official in content.place_aliases().items():
        target = exact.get(tuple(_words(official, folded=False)))
        if target and not _unspaced(alias):
            exact[tuple(_words(alias, folded=False))] = folded[tuple(_words(alias))] = target
    return exact, folded


@lru_cache(maxsize=None)
def unspaced_aliases() -> Tuple[Tuple[str, Dict[str, str]], ...]:
    """Names in Thai or Chinese script and their place, longest first (found inside the text)."""
    exact, _ = gazetteer()
    found = [(alias, exact[tuple(_words(official, folded=False))]) for alias, official in content.place_aliases().items()
             if _unspaced(alias) and tuple(_words(official, folded=False)) in exact]
    return tuple(sorted(found, key=lambda item: -len(item[0])))


def _only_fillers_left(text: str) -> bool:
    """Whether nothing but fillers remains (Thai and Chinese fillers are cut out of the text first)."""
    for filler in sorted((word for word in fillers() if _unspaced(word)), key=len, reverse=True):
        text = text.replace(filler, " ")
    return all(word in fillers() for word in _words(text))


def _find_unspaced(text: str) -> Optional[Dict[str, Any]]:
    """A place named in Thai or Chinese script inside the text."""
    for alias, place in unspaced_aliases():
        if alias in text:
            return {**place, "alone": _only_fillers_left(text.replace(alias, " "))}
    return None


@lru_cache(maxsize=None)
def place_words() -> frozenset:
    """Folded words of place names that are not everyday words, for masking before language id.
    Names in Cyrillic are left out: they carry their language's endings ("в Уппсалі" is Ukrainian,
    "в Уппсале" Russian) and do not look Swedish."""
    exact, folded = gazetteer()
    found = {word for name in folded for word in name if not has_cyrillic(word)}
    return frozenset(word for word in found if len(word) >= 4 and word not in COMMON_WORDS and word not in fillers())


def without_place_names(text: str) -> str:
    """The text without Swedish place names in Latin letters, which would make any language look
    Swedish; unchanged if nothing else would be left."""
    kept = [word for word in text.split() if fold(word).strip(".,!?;:") not in place_words()]
    for alias, _ in unspaced_aliases():
        kept = [word.replace(alias, " ").strip() for word in kept]
    kept = [word for word in kept if word]
    return " ".join(kept) if kept else text


def find_place(text: str) -> Optional[Dict[str, Any]]:
    """The first place named in the text, and whether the place is all the text says."""
    unspaced = _find_unspaced(text) if _unspaced(text) else None
    if unspaced:
        return unspaced
    words = _words(text)
    exact_words = _words(text, folded=False)
    exact, folded = gazetteer()
    if len(exact_words) != len(words):  # a letter whose folding splits a word: use folded only
        exact_words = words
    position = 0
    while position < len(words):
        for size in range(min(MAX_NAME_WORDS, len(words) - position), 0, -1):
            span = slice(position, position + size)
            found = exact.get(tuple(exact_words[span])) or folded.get(tuple(words[span]))
            if not found:
                continue
            others = " ".join(words[:position] + [" "] + words[position + size :])
            alone = _only_fillers_left(others)
            after_preposition = position > 0 and words[position - 1] in prepositions()
            if size == 1 and words[position] in COMMON_WORDS and not (alone or after_preposition):
                continue
            return {**found, "alone": alone}
        position += 1
    return None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class PlaceExtractor(GraphComponent):
    """Adds the `place` entity; a message that only names a place becomes `inform_place`."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "PlaceExtractor":
        """Creates the component and loads the gazetteer once."""
        gazetteer()
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        """Find a place in each message."""
        for message in messages:
            place = find_place(message.get(TEXT_AS_TYPED) or message.get(TEXT) or "")
            if not place:
                continue
            entity = {"entity": PLACE_ENTITY, "value": place["value"], "county": place["county"],
                      "extractor": self.__class__.__name__}
            message.set(ENTITIES, (message.get(ENTITIES) or []) + [entity], add_to_output=True)
            if place["alone"]:
                set_intent(message, INFORM_PLACE)
        return messages
