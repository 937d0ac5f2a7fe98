"""Replaces identifiers in text with typed placeholders before anything is stored.

Caught by shape, not by checksum (people mistype, and a wrong check digit still identifies):
e-mail addresses, IBANs, card numbers, Swedish personal identity and coordination numbers,
passport-like document numbers and phone numbers (Swedish and international forms). Short
numbers ("112", "2", a year) are left alone.
"""
import re
from typing import Any, Callable, List, Tuple

Rule = Tuple[str, "re.Pattern[str]", Callable[[str], bool]]


def _always(_: str) -> bool:
    return True


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _plausible_personal_number(match: str) -> bool:
    """YYMMDD or YYYYMMDD with a real month and a day (coordination numbers add 60 to the day)."""
    digits = _digits(match)[-10:]
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)


def _card_length(match: str) -> bool:
    return 13 <= len(_digits(match)) <= 19


def _phone_length(match: str) -> bool:
    return 7 <= len(_digits(match)) <= 15


RULES: List[Rule] = [
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"), _always),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b", re.IGNORECASE), _always),
    ("card", re.compile(r"(?<![\d+])[2-6](?:[ -]?\d){12,18}(?!\d)"), _card_length),
    ("personal-id", re.compile(r"(?<![\d+])(?:19|20)?\d{6}[-+ ]?\d{4}(?!\d)"), _plausible_personal_number),
    ("document-number", re.compile(r"\b[A-Za-z]{1,2}[ ]?\d{6,9}\b|\b\d{2}[A-Za-z]{2}\d{5}\b"), _always),
    ("phone", re.compile(r"(?:\+|00)?\d[\d ()./-]{5,}\d"), _phone_length),
]


def redact(text: str) -> str:
    """The text with every identifier replaced by `[kind]`."""
    for kind, pattern, accept in RULES:
        text = pattern.sub(lambda match: f"[{kind}]" if accept(match.group(0)) else match.group(0), text)
    return text


def redact_value(value: Any) -> Any:
    """Redact strings inside any JSON-like value (dicts, lists), leaving other values as they are."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_value(item) for item in value]
    if isinstance(value, dict):
        return {key: redact_value(item) for key, item in value.items()}
    return value
