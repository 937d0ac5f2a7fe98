"""Wording from locales/ (python-i18n) with the facts of content/ placed in by placeholder."""
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict

import i18n
import yaml

from actions import content

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"


@lru_cache(maxsize=None)
def _configure() -> None:
    """Point python-i18n at locales/ once: one file per language, `<locale>.yml`."""
    i18n.set("file_format", "yml")
    i18n.set("filename_format", "{locale}.{format}")
    i18n.set("enable_memoization", True)
    i18n.set("error_on_missing_translation", True)
    i18n.set("error_on_missing_placeholder", True)
    i18n.set("fallback", None)
    if str(LOCALES_DIR) not in i18n.load_path:
        i18n.load_path.append(str(LOCALES_DIR))


def _format_number(value: int, locale: str) -> str:
    """Group thousands the way the locale writes them (2,800 / 2 800)."""
    separator = i18n.t("format.thousands_separator", locale=locale)
    return f"{value:,}".replace(",", separator)


def _format_value(value: Any, locale: str) -> str:
    """Render a content value: amounts with their currency, numbers grouped, text as is."""
    if isinstance(value, dict) and "amount" in value:
        return i18n.t(
            "format.money",
            locale=locale,
            amount=_format_number(value["amount"], locale),
            currency=value["currency"],
        )
    if isinstance(value, int):
        return _format_number(value, locale)
    return str(value)


@lru_cache(maxsize=None)
def placeholder_values(locale: str) -> Dict[str, str]:
    """Every fact a wording may name, rendered for the locale (once per process)."""
    _configure()
    raw: Dict[str, Any] = {
        **content.contact_values(),
        **content.topic_values(),
        **content.derived_values(),
    }
    return {name: _format_value(value, locale) for name, value in raw.items()}


def has(key: str, locale: str) -> bool:
    """Whether the locale defines this wording key."""
    node: Any = _locale_tree(locale)
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return isinstance(node, str)


def say(key: str, locale: str, **extra: Any) -> str:
    """The wording for `key` in `locale`, with content facts and `extra` values filled in."""
    _configure()
    text = i18n.t(key, locale=locale, **placeholder_values(locale), **extra)
    if text == key:
        raise KeyError(f"no wording '{key}' in locale '{locale}'")
    return text


@lru_cache(maxsize=None)
def _locale_tree(locale: str) -> Dict[str, Any]:
    """A locale file as YAML (booleans stay booleans), for lookups that python-i18n cannot do."""
    with open(LOCALES_DIR / f"{locale}.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)[locale]


def meta(locale: str, field: str) -> Any:
    """A field of the locale file's `meta` block (name, translated, reviewed)."""
    return _locale_tree(locale)["meta"][field]
