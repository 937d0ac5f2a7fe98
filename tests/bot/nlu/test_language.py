"""Language identification: lid.176 and lingua, restricted to the supported languages, mixed."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from actions import content
from bot.nlu.language import LanguageIdentifier, build_detectors, combine, detect, fasttext_model_path, model_sha256


@pytest.fixture(scope="module")
def detectors():
    return build_detectors(tuple(content.language_codes()))


@pytest.mark.parametrize(
    "text, language",
    [("vad ar aterresa", "sv"), ("kan jag aka hem", "sv"), ("jag har inget pass", "sv"), ("pengar", "sv"),
     ("hej", "sv"), ("what is the program", "en"), ("i need money", "en"), ("can i go home", "en")],
)
def test_short_messages_are_recognised_also_without_swedish_letters(detectors, text, language):
    assert detect(detectors, text, 0.3)[0] == language


def test_a_message_without_letters_has_no_language(detectors):
    assert detect(detectors, "12 !!", 0.3) == (None, 0.0)


def test_both_detectors_only_consider_supported_languages(detectors):
    assert set(detectors.fasttext_scores("bonjour je voudrais rentrer")) <= set(content.language_codes())
    assert set(detectors.lingua_scores("bonjour je voudrais rentrer")) <= set(content.language_codes())
    assert abs(sum(detectors.fasttext_scores("hello there").values()) - 1) < 1e-6


def test_the_mix_weighs_the_two_detectors():
    assert combine({"en": 1.0, "sv": 0.0}, {"en": 0.0, "sv": 1.0}, 0.3) == {"en": 0.3, "sv": 0.7}
    assert combine({}, {"sv": 1.0}, 0.3) == {"sv": 1.0}


def test_the_model_ships_in_a_package_and_its_hash_is_in_the_fingerprint():
    assert fasttext_model_path().name == "lid.176.ftz" and fasttext_model_path().stat().st_size > 500_000
    assert model_sha256() in LanguageIdentifier.fingerprint_addon({"fasttext_weight": 0.3})


def test_the_parse_result_carries_language_and_confidence(detectors):
    message = Message(data={"text": "jag vill veta mer om programmet"})
    LanguageIdentifier({"fasttext_weight": 0.3}, detectors).process([message])
    assert message.get("language") == "sv" and 0.5 < message.get("language_confidence") <= 1.0
    assert "language" in message.as_dict(only_output_properties=True)


@pytest.mark.parametrize("text", ["i live in orebro", "we are in Västerås", "i am in Luleå now", "im in Varberg"])
def test_swedish_place_names_do_not_make_english_look_swedish(detectors, text):
    message = Message(data={"text": text})
    LanguageIdentifier({"fasttext_weight": 0.3}, detectors).process([message])
    assert message.get("language") == "en"
