"""Language identification restricted to the supported languages."""
import pytest

from actions import content
from bot.nlu.language import build_detector, detect


@pytest.fixture(scope="module")
def detector():
    return build_detector(content.language_codes())


@pytest.mark.parametrize(
    "text, language",
    [("vad ar aterresa", "sv"), ("kan jag aka hem", "sv"), ("jag har inget pass", "sv"), ("pengar", "sv"),
     ("hej", "sv"), ("what is the program", "en"), ("i need money", "en"), ("can i go home", "en")],
)
def test_short_messages_are_recognised_also_without_swedish_letters(detector, text, language):
    assert detect(detector, text)[0] == language


def test_a_message_without_letters_has_no_language(detector):
    assert detect(detector, "12 !!") == (None, 0.0)


def test_confidence_is_a_probability(detector):
    code, confidence = detect(detector, "jag vill veta mer om programmet")
    assert code == "sv" and 0.5 < confidence <= 1.0
