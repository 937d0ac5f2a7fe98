"""Every municipality and county is recognised, with and without å/ä/ö, and common words are not."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from actions import content
from actions.language import fold
from bot.nlu.places import PlaceExtractor, find_place, without_place_names


def municipalities():
    data = content.municipalities()
    return [(name, data["counties"][code[:2]]) for code, name in data["municipalities"].items()]


# Two municipalities are spelt alike without accents; the plain spelling is the other one.
SAME_WITHOUT_ACCENTS = {"Håbo": "Habo"}


@pytest.mark.parametrize("name, county", municipalities())
def test_every_municipality_is_found_by_its_name_and_without_accents(name, county):
    for typed in (name, name.upper(), f"I live in {name}"):
        found = find_place(typed)
        assert found and found["value"] == name and found["county"] == county, typed
    for typed in (fold(name), f"jag bor i {fold(name)}"):
        assert find_place(typed)["value"] == SAME_WITHOUT_ACCENTS.get(name, name), typed


def test_habo_and_haabo_are_told_apart_by_their_spelling():
    assert find_place("Håbo")["county"] == "Uppsala"
    assert find_place("Habo")["county"] == "Jönköping"


@pytest.mark.parametrize("county", sorted(set(content.municipalities()["counties"].values())))
def test_every_county_is_found_also_as_lan(county):
    for typed in (county, fold(county), f"{county} län", f"{county}s län", f"{fold(county)}s lan"):
        found = find_place(typed)
        assert found and found["county"] == county, typed


@pytest.mark.parametrize("typed, official", [("Gothenburg", "Göteborg"), ("malmo", "Malmö"), ("Malung-Salen", "Malung-Sälen"),
                                             ("upplands vasby", "Upplands Väsby"), ("Scania", "Skåne"),
                                             ("goteborgs kommun", "Göteborg"), ("Lunds kommun", "Lund"), ("jag bor i visby", "Gotland")])
def test_other_spellings_and_aliases(typed, official):
    assert find_place(typed)["value"] == official


@pytest.mark.parametrize("text, official", [("vivo em Estocolmo", "Stockholm"), ("moro em Gotemburgo", "Göteborg"),
                                            ("mieszkam w Sztokholmie", "Stockholm"), ("я живу в Стокгольме", "Stockholm"),
                                            ("живу у Ґетеборзі", "Göteborg"), ("живея в Гьотеборг", "Göteborg"),
                                            ("я в Мальмё", "Malmö"), ("我住在斯德哥尔摩", "Stockholm"), ("我在马尔默", "Malmö")])
def test_big_places_in_the_names_and_scripts_of_our_languages(text, official):
    found = find_place(text)
    assert found and found["value"] == official and found["alone"], text


@pytest.mark.parametrize("text", ["what are you", "kan det vara farligt", "on your mark", "jag vill hem", "är du en robot",
                                  "berg och dal", "what is the programme"])
def test_everyday_words_are_not_places(text):
    assert find_place(text) is None


@pytest.mark.parametrize("text, official", [("I live in Åre", "Åre"), ("jag bor i Vara", "Vara"), ("Åre", "Åre")])
def test_places_that_are_also_words_count_after_a_preposition_or_alone(text, official):
    assert find_place(text)["value"] == official


def test_a_message_that_is_only_a_place_becomes_inform_place():
    message = Message(data={"text": "Goteborg", "intent": {"name": "greet", "confidence": 0.9}})
    PlaceExtractor().process([message])
    assert message.get("intent")["name"] == "inform_place"
    assert message.get("entities")[0] == {"entity": "place", "value": "Göteborg", "county": "Västra Götaland",
                                          "extractor": "PlaceExtractor"}


def test_a_place_inside_a_question_keeps_the_question_intent():
    message = Message(data={"text": "i am in malmo who can i talk to", "intent": {"name": "contact", "confidence": 0.9}})
    PlaceExtractor().process([message])
    assert message.get("intent")["name"] == "contact"
    assert message.get("entities")[0]["value"] == "Malmö"


def test_place_names_are_left_out_for_language_detection_but_everyday_words_stay():
    assert without_place_names("i live in Örebro") == "i live in"
    assert without_place_names("kan det vara farligt") == "kan det vara farligt"
    assert without_place_names("Malmö") == "Malmö"


def test_place_names_in_cyrillic_stay_for_language_detection():
    assert without_place_names("я в Уппсалі") == "я в Уппсалі"


@pytest.mark.parametrize("text, official", [
    ("我在Malmo", "Malmö"), ("อยู่Malmoค่ะ", "Malmö"), ("mieszkam w Lund", "Lund"), ("живу в Lund", "Lund"),
    ("locuiesc in Goteborg", "Göteborg"), ("vivo en Uppsala", "Uppsala"), ("moro em Malmö", "Malmö"),
])
def test_a_place_named_among_another_languages_words_is_the_whole_answer(text, official):
    place = find_place(text)
    assert place and place["value"] == official and place["alone"], place


def test_thai_vowel_marks_do_not_split_words():
    from bot.nlu.places import _words

    assert _words("อยู่Malmoค่ะ", folded=False) == ["อยู่", "malmo", "ค่ะ"]
