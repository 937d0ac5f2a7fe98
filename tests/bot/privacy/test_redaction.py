"""Identifiers are replaced before storage; ordinary text and short numbers are not."""
import pytest

from bot.privacy.redaction import redact, redact_value

# Reserved or checksum-failing values only: fiction-range Swedish numbers, example.com, invalid
# personal numbers, test IBAN/card shapes.
PLANTED = [
    ("ring mig på 070-1740605", "[phone]"),
    ("my number is +46 70 174 06 99", "[phone]"),
    ("0046701740650", "[phone]"),
    ("070 174 06 12", "[phone]"),
    ("call +44 20 7946 0000 please", "[phone]"),
    ("mail me at anna.test@example.com", "[email]"),
    ("personnummer 19900101-1235", "[personal-id]"),
    ("jag är 900101-1235", "[personal-id]"),
    ("samordningsnummer 900161-1236", "[personal-id]"),
    ("passport AB1234567", "[document-number]"),
    ("pass nr x 12345678", "[document-number]"),
    ("IBAN SE45 5000 0000 0583 9825 7466", "[iban]"),
    ("card 4111 1111 1111 1112", "[card]"),
]


@pytest.mark.parametrize("text, kind", PLANTED)
def test_identifiers_are_replaced_by_their_kind(text, kind):
    redacted = redact(text)
    assert kind in redacted
    digits = [part for part in text.split() if sum(c.isdigit() for c in part) >= 4]
    assert not any(part in redacted for part in digits), redacted


@pytest.mark.parametrize("text", ["call 112 now", "i have 2 children", "I came in 2019", "I need USD 150",
                                  "vad är ÅMP", "option 3", "I am 16 years old", "30 days"])
def test_ordinary_text_and_short_numbers_stay(text):
    assert redact(text) == text


def test_nested_values_are_redacted():
    value = {"text": "070-1740605", "entities": [{"value": "anna@example.com"}], "confidence": 0.9}
    assert redact_value(value) == {"text": "[phone]", "entities": [{"value": "[email]"}], "confidence": 0.9}
