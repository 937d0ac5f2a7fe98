"""Any input is made safe to process, and what was wrong with it is named."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.input_guard import INPUT_PROBLEM, InputGuard, clean


def guarded(text: str) -> Message:
    message = Message(data={"text": text})
    InputGuard({"max_chars": 2000}).process([message])
    return message


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_and_whitespace_messages_are_flagged_empty(text):
    assert guarded(text).get(INPUT_PROBLEM) == "empty"


@pytest.mark.parametrize("text", ["😀😀😀", "🙏", "!!!???", "<b></b>", "\x00\x01", "\x1b[31m\x1b[0m"])
def test_messages_without_letters_or_digits_are_flagged_unreadable(text):
    assert guarded(text).get(INPUT_PROBLEM) == "unreadable"


def test_a_very_long_message_is_cut_and_flagged():
    message = guarded("help " * 1200)
    assert message.get(INPUT_PROBLEM) == "too_long"
    assert len(message.get("text")) <= 2000


def test_control_characters_and_markup_are_removed_but_words_kept():
    assert clean("he\x00llo <script>alert(1)</script> world\u200b") == "he llo alert(1) world"


@pytest.mark.parametrize("text", ["vad är ÅMP", "Привет", "ฉันต้องการกลับบ้าน", "2"])
def test_ordinary_text_in_any_script_passes(text):
    assert guarded(text).get(INPUT_PROBLEM) is None
