"""A bare number picks an option; flagged input becomes nlu_fallback."""
import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.shortcuts import KnownWords, ShortcutClassifier, one_edit_apart, option_number

TOKENIZER = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> ShortcutClassifier:
    """Trained on two examples, persisted, and loaded back as the server would."""
    storage = LocalModelStorage(tmp_path_factory.mktemp("model"))
    resource = Resource("shortcuts")
    examples = [Message(data={"text": "hello there", "intent": "greet"}), Message(data={"text": "i need a passport", "intent": "travel_documents"})]
    data = TrainingData(examples)
    TOKENIZER.process_training_data(data)
    ShortcutClassifier.create({}, storage, resource, None).train(data)
    return ShortcutClassifier.load({}, storage, resource, None)


def classified(component: ShortcutClassifier, text: str, **data) -> Message:
    message = Message(data={"text": text, "intent": {"name": "greet", "confidence": 0.99}, **data})
    TOKENIZER.process([message])
    component.process([message])
    return message


@pytest.mark.parametrize("text, number", [("1", 1), (" 2 ", 2), ("#3", 3), ("4.", 4), ("12", 12)])
def test_a_bare_number_is_an_option(trained, text, number):
    assert option_number(text) == number
    message = classified(trained, text)
    assert message.get("intent")["name"] == "choose_option"
    assert message.get("entities")[0]["value"] == str(number)


@pytest.mark.parametrize("text", ["0", "112", "1 2", "hello", "hello narnia"])
def test_other_messages_keep_the_classifiers_intent(trained, text):
    assert option_number(text) == 0
    assert classified(trained, text).get("intent")["name"] == "greet"


@pytest.mark.parametrize("text", ["Narnia", "xyz qwerty", "pass", "pasta"])
def test_a_message_of_only_unknown_words_is_not_guessed(trained, text):
    message = classified(trained, text)
    assert message.get("intent")["name"] == "nlu_fallback"
    assert message.get("unknown_words") is True


@pytest.mark.parametrize("text", ["pasport", "pasaport", "passport", "helo", "passportet"])
def test_a_typo_or_a_longer_form_of_a_known_word_is_known(trained, text):
    assert classified(trained, text).get("intent")["name"] == "greet"


@pytest.mark.parametrize("first, second, expected", [("pasport", "passport", True), ("pasaport", "passport", True),
                                                      ("passport", "passport", True), ("pass", "passport", False),
                                                      ("abc", "abd", True), ("abcd", "dcba", False)])
def test_one_edit_apart(first, second, expected):
    assert one_edit_apart(first, second) is expected and one_edit_apart(second, first) is expected


def test_thai_and_chinese_words_are_known_by_two_letters_in_a_row():
    known = KnownWords(["护照", "没有", "หนังสือเดินทาง"])
    assert known.knows("护照吗") and known.knows("หนังสือ") and not known.knows("天气") and not known.knows("อากาศ")


def test_flagged_input_becomes_nlu_fallback_with_certainty(trained):
    message = classified(trained, "", input_problem="empty")
    assert message.get("intent") == {"name": "nlu_fallback", "confidence": 1.0}
    assert message.get("intent_ranking") == [{"name": "nlu_fallback", "confidence": 1.0}]


def test_a_recognised_place_is_not_an_unknown_word(trained):
    message = classified(trained, "Kiruna", entities=[{"entity": "place", "value": "Kiruna"}])
    assert message.get("intent")["name"] == "greet"
