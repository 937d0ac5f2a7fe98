"""Tokenization per language: spaCy blank pipelines, Thai and Chinese segmented into words."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.tokenizer import LanguageTokenizer, pipeline_language, script_language


def tokens(text: str, language=None) -> list:
    message = Message(data={"text": text, "language": language})
    LanguageTokenizer(LanguageTokenizer.get_default_config()).process([message])
    return message.get("text_tokens")


def test_thai_is_segmented_into_words():
    found = [token.text for token in tokens("ฉันอยากกลับบ้านค่ะ", "th")]
    assert len(found) >= 3 and "".join(found) == "ฉันอยากกลับบ้านค่ะ"


def test_chinese_is_segmented_rather_than_left_as_one_token():
    found = [token.text for token in tokens("我想回家但是没有护照", "zh")]
    assert len(found) >= 4 and "护照" in found


@pytest.mark.parametrize("text, detected", [("ฉันไม่มีพาสปอร์ต", "en"), ("我没有护照", None)])
def test_the_script_decides_for_thai_and_chinese_whatever_was_detected(text, detected):
    assert pipeline_language(text, detected) == script_language(text)
    assert len(tokens(text, detected)) >= 2


def test_punctuation_and_emoji_are_not_tokens_and_offsets_point_into_the_text():
    text = "nu am acte, vreau acasă! 😀"
    found = tokens(text, "ro")
    assert [token.text for token in found] == ["nu", "am", "acte", "vreau", "acasă"]
    assert all(text[token.start:token.end] == token.text for token in found)


def test_a_message_of_only_symbols_is_one_token():
    assert [token.text for token in tokens("?!", "en")] == ["?!"]


def test_other_languages_fall_back_to_the_multilingual_pipeline():
    assert pipeline_language("bonjour", "fr") == "xx"
    assert pipeline_language("hej", "sv") == "sv"
