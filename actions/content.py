"""The language-neutral facts in content/: topics, contacts, regions, places, languages.

Read once per process and cached; nothing here knows about Rasa, so the action server, the NLU
components and the tests all read the same facts the same way.
"""
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"


def _load(name: str) -> Any:
    """Read one YAML file of content/ (relative path, e.g. 'topics/programme.yml')."""
    with open(CONTENT_DIR / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=None)
def topics() -> Dict[str, Dict[str, Any]]:
    """Every topic file, keyed by its topic key."""
    loaded = (_load(f"topics/{path.name}") for path in sorted((CONTENT_DIR / "topics").glob("*.yml")))
    return {topic["key"]: topic for topic in loaded}


def topic(key: str) -> Dict[str, Any]:
    """One topic; KeyError for a key that content/ does not define."""
    return topics()[key]


@lru_cache(maxsize=None)
def contacts() -> Dict[str, Dict[str, Any]]:
    """Contact points (emergency, national line, IOM Finland, coordinators' page)."""
    return _load("contacts.yml")


@lru_cache(maxsize=None)
def regions() -> Dict[str, Dict[str, Any]]:
    """The seven coordinator regions keyed by region key, each with its counties."""
    return _load("regions.yml")["regions"]


@lru_cache(maxsize=None)
def municipalities() -> Dict[str, Any]:
    """Sweden's municipalities (SCB code → name) and counties (county code → name)."""
    return _load("municipalities.yml")


@lru_cache(maxsize=None)
def place_aliases() -> Dict[str, str]:
    """Other names people use for places, mapped to the official name."""
    return _load("place_aliases.yml") or {}


@lru_cache(maxsize=None)
def place_words() -> Dict[str, Dict[str, List[str]]]:
    """Per language, the fillers and prepositions that stand around a place name."""
    return _load("place_words.yml") or {}


@lru_cache(maxsize=None)
def languages() -> Dict[str, Any]:
    """Supported languages, their display names and the names people type for them."""
    return _load("languages.yml")


@lru_cache(maxsize=None)
def menu() -> Dict[str, List[str]]:
    """Topic order for the first-message menu and the full menu."""
    return _load("menu.yml")


def language_codes() -> List[str]:
    """Supported language codes in menu order."""
    return list(languages()["languages"])


def default_language() -> str:
    """The language used before anything is known about the person's language."""
    return languages()["default"]


@lru_cache(maxsize=None)
def region_of_county() -> Dict[str, str]:
    """County name → region key."""
    return {county: key for key, region in regions().items() for county in region["counties"]}


def region_for_county(county: str) -> Optional[Dict[str, Any]]:
    """The region (with its key) that a county belongs to, or None."""
    key = region_of_county().get(county)
    return {"key": key, **regions()[key]} if key else None


def contact_values() -> Dict[str, str]:
    """Placeholder name → value for every contact point."""
    values = {}
    for contact in contacts().values():
        for field in contact.values():
            if isinstance(field, dict) and "placeholder" in field:
                values[field["placeholder"]] = field["value"]
    return values


def topic_values() -> Dict[str, Any]:
    """Placeholder name → raw value (number or amount) from every topic's `values`."""
    values: Dict[str, Any] = {}
    for data in topics().values():
        values.update(data.get("values") or {})
    return values


def derived_values() -> Dict[str, Any]:
    """Values computed from content rather than written down twice (e.g. the number of regions)."""
    return {"region_count": len(regions())}
