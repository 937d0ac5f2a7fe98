"""A bare number picks an option; flagged input becomes nlu_fallback."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.shortcuts import ShortcutClassifier, option_number


def classified(text: str, **data) -> Message:
    message = Message(data={"text": text, "intent": {"name": "greet", "confidence": 0.99}, **data})
    ShortcutClassifier().process([message])
    return message


@pytest.mark.parametrize("text, number", [("1", 1), (" 2 ", 2), ("#3", 3), ("4.", 4), ("12", 12)])
def test_a_bare_number_is_an_option(text, number):
    assert option_number(text) == number
    message = classified(text)
    assert message.get("intent")["name"] == "choose_option"
    assert message.get("entities")[0]["value"] == str(number)


@pytest.mark.parametrize("text", ["0", "112", "1 2", "2 kids", "hello"])
def test_other_messages_are_not_options(text):
    assert option_number(text) == 0
    assert classified(text).get("intent")["name"] == "greet"


def test_flagged_input_becomes_nlu_fallback_with_certainty():
    message = classified("", input_problem="empty")
    assert message.get("intent") == {"name": "nlu_fallback", "confidence": 1.0}
    assert message.get("intent_ranking") == [{"name": "nlu_fallback", "confidence": 1.0}]
