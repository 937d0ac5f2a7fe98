"""Bad input gets a clear reply in the conversation's language: never a trace, never HTTP 500."""
import pytest
import requests

from actions import wording
from tests.conversation.conftest import only, start, texts

BAD_INPUT = {
    "empty": ("", "dialogue.input_empty"),
    "spaces": ("   \n\t ", "dialogue.input_empty"),
    "very long": ("hjälp " * 1000, "dialogue.input_too_long"),
    "only emoji": ("😀😀🙏", "dialogue.input_unreadable"),
    "control characters": ("\x00\x01\x02\x1b[31m", "dialogue.input_unreadable"),
    "punctuation": ("?!?!...", "dialogue.input_unreadable"),
}
ODD_INPUT = {
    "markup": "<script>alert('x')</script>",
    "another script": "مرحبا كيف حالك",
    "rasa syntax": "/{",
    "json": '{"intent": "x"}',
    "number outside a menu": "99999999",
    "a lone surrogate-like mix": "a\u0301\u200d\ufeff",
}


@pytest.mark.parametrize("name", BAD_INPUT)
def test_bad_input_gets_a_clear_reply_in_swedish(assistant, sender, name):
    start(assistant, sender, "sv")
    text, key = BAD_INPUT[name]
    replies = assistant.send(sender, text)
    assert texts(replies)[0] == wording.say(key, "sv")


@pytest.mark.parametrize("name", ODD_INPUT)
def test_odd_input_is_answered_in_the_conversation_language(assistant, sender, name):
    start(assistant, sender, "sv")
    replies = assistant.send(sender, ODD_INPUT[name])
    assert texts(replies), "no reply"
    assert only("sv", replies) is None, f"not Swedish: {only('sv', replies)}"


@pytest.mark.parametrize("payload", [{"sender": "x"}, {"message": "hi"}, {"sender": None, "message": None}, "not json"])
def test_malformed_requests_never_get_a_server_error(assistant, payload):
    response = requests.post(assistant.url, json=payload if payload != "not json" else None,
                             data="not json" if payload == "not json" else None, timeout=60)
    assert response.status_code < 500
    assert "Traceback" not in response.text


def test_bad_input_as_the_very_first_message_is_answered_in_english(assistant, sender):
    replies = assistant.send(sender, "😀")
    assert wording.say("dialogue.input_unreadable", "en") in texts(replies)
