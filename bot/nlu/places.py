"""Recognises a Swedish municipality or county in a message, for region routing.

Any of the 290 municipalities and 21 counties (content/municipalities.yml) is understood with or
without å/ä/ö ("Malmo", "Goteborg"), in any case, with "län"/"kommun" after it, and under the
other names in content/place_aliases.yml. The entity `place` carries the official name and its
county. A message that is nothing but a place becomes the intent `inform_place`.

Names that are also everyday words once the accents are gone ("Åre" → "are", "Vara", "Mark")
count only when the message is just the place or a preposition ("in", "i", "från") comes first.
"""
from functools import lru_cache
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from actions import content
from actions.language import fold
from bot.nlu.intent_override import set_intent

PLACE_ENTITY = "place"
INFORM_PLACE = "inform_place"
MAX_NAME_WORDS = 4
# Words that may follow a place name without being part of it.
SUFFIXES = {"lan", "kommun", "county", "municipality", "city", "stad", "region", "regionen"}
# Words that, before a place, show that a place is meant.
PREPOSITIONS = {"in", "i", "from", "fran", "near", "nara", "at", "pa", "to", "till", "around", "utanfor", "vid"}
# Words that may stand around a place in a message that says only where the person is.
FILLERS = {"i", "in", "im", "am", "live", "bor", "jag", "me", "we", "vi", "ar", "is", "my", "city", "from",
           "fran", "near", "nara", "at", "pa", "the", "och", "and", "ok", "sweden", "sverige", "stay", "staying",
           "living", "i'm", "town", "mitt", "min", "hemma"} | SUFFIXES
# Folded names that are also everyday words: they need a preposition or a message of their own.
COMMON_WORDS = {"are", "vara", "mark", "berg", "kinda", "ale", "kil", "mora", "nora", "sala", "boden", "salem",
                "ange", "mala", "hoor", "eda", "orsa", "hjo", "habo", "bjuv", "laxa", "gnosjo", "tranas"}


def _words(text: str) -> List[str]:
    """Folded words of a text: letters and apostrophes only, hyphens split."""
    cleaned = "".join(char if char.isalnum() or char == "'" else " " for char in fold(text))
    return cleaned.split()


@lru_cache(maxsize=None)
def gazetteer() -> Dict[Tuple[str, ...], Dict[str, str]]:
    """Folded name (as words) → {"value": official name, "county": county name}."""
    data = content.municipalities()
    counties = data["counties"]
    index: Dict[Tuple[str, ...], Dict[str, str]] = {}
    for code, name in data["municipalities"].items():
        index[tuple(_words(name))] = {"value": name, "county": counties[code[:2]]}
    for county in counties.values():
        entry = {"value": county, "county": county}
        index[tuple(_words(county))] = entry
        genitive = _words(county)
        genitive[-1] += "s"  # "Stockholms län", "Västra Götalands län"
        index.setdefault(tuple(genitive), entry)
    for alias, official in content.place_aliases().items():
        target = index.get(tuple(_words(official)))
        if target:
            index[tuple(_words(alias))] = target
    return index


def find_place(text: str) -> Optional[Dict[str, Any]]:
    """The first place named in the text, with its span in words and whether it is all the text says."""
    words = _words(text)
    index = gazetteer()
    position = 0
    while position < len(words):
        for size in range(min(MAX_NAME_WORDS, len(words) - position), 0, -1):
            found = index.get(tuple(words[position : position + size]))
            if not found:
                continue
            others = words[:position] + words[position + size :]
            alone = all(word in FILLERS for word in others)
            after_preposition = position > 0 and words[position - 1] in PREPOSITIONS
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
            place = find_place(message.get(TEXT) or "")
            if not place:
                continue
            entity = {"entity": PLACE_ENTITY, "value": place["value"], "county": place["county"],
                      "extractor": self.__class__.__name__}
            message.set(ENTITIES, (message.get(ENTITIES) or []) + [entity], add_to_output=True)
            if place["alone"]:
                set_intent(message, INFORM_PLACE)
        return messages
