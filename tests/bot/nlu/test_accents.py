"""Accents are folded for the classifier on Latin letters only."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.accents import TEXT_AS_TYPED, AccentFolder, fold_latin


@pytest.mark.parametrize(
    "typed, folded",
    [("Någon slår mig", "nagon slar mig"), ("mulțumesc", "multumesc"), ("¿Dónde está?", "¿donde esta?"),
     ("dziękuję", "dziekuje"), ("Håbo", "habo")],
)
def test_latin_accents_are_folded(typed, folded):
    assert fold_latin(typed) == folded


@pytest.mark.parametrize("text", ["ฉันต้องการกลับบ้าน", "помогите мне", "йога", "我想回家"])
def test_other_scripts_keep_their_marks(text):
    assert fold_latin(text) == text.lower()


def test_the_text_as_typed_is_kept_for_exact_spellings():
    message = Message(data={"text": "Jag bor i Håbo"})
    AccentFolder({}).process([message])
    assert message.get("text") == "jag bor i habo"
    assert message.get(TEXT_AS_TYPED) == "Jag bor i Håbo"
