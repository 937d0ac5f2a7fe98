"""Stems let a held-out word form meet the form a training example used."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.stemming import stem
from bot.nlu.tokenizer import LanguageTokenizer


@pytest.mark.parametrize("language, forms", [
    ("sv", ["ersättning", "ersättningen"]),
    ("en", ["documents", "document"]),
    ("es", ["documentos", "documento"]),
    ("pt", ["passaportes", "passaporte"]),
    ("ro", ["pasaportul", "pasaport"]),
])
def test_forms_of_one_word_share_a_snowball_stem(language, forms):
    assert len({stem(form, language, "snowball") for form in forms}) == 1


@pytest.mark.parametrize("language, forms", [
    ("ru", ["работу", "работы", "rabota"]),
    ("ru", ["деньги", "dengi"]),
    ("bg", ["още", "oshte"]),
    ("uk", ["погрози", "погрозами", "pogrozy"]),
    ("bg", ["паспорта", "паспортът", "pasporta"]),
    ("pl", ["paszportu", "paszport"]),
])
def test_other_languages_use_the_first_letters_and_cyrillic_is_typed_latin(language, forms):
    stems = {stem(form, language, "snowball", prefix_length=5) for form in forms}
    assert len(stems) == 1
    only = stems.pop()
    assert len(only) <= 5 and only.isascii()


def test_different_words_keep_different_stems():
    assert stem("pengar", "sv") != stem("papper", "sv")


@pytest.mark.parametrize("word, language", [("พาสปอร์ต", "th"), ("护照", "zh"), ("112", "sv"), ("kan", "sv")])
def test_thai_chinese_numbers_and_short_words_are_not_cut(word, language):
    assert stem(word, language, "prefix", prefix_length=5) == word


def test_stemming_can_be_switched_off():
    assert stem("Ersättningen", "sv", "none") == "ersättningen"


def test_the_tokenizer_puts_the_stem_in_the_lemma_and_keeps_the_text():
    message = Message(data={"text": "мне угрожали местью", "language": "ru"})
    LanguageTokenizer(LanguageTokenizer.get_default_config()).process([message])
    found = message.get("text_tokens")
    assert [token.text for token in found] == ["мне", "угрожали", "местью"]
    assert found[1].lemma == stem("ugrozhali", "ru") == "ugroz"
