"""Language identification: lid.176 and lingua, restricted to the supported languages, mixed with
the vocabulary of each language's training examples."""
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.importers.importer import TrainingDataImporter
from rasa.shared.nlu.training_data.message import Message

from actions import content
from bot.nlu.language import LanguageIdentifier, build_detectors, combine, detect, fasttext_model_path, model_sha256
from bot.nlu.vocabulary import Vocabulary

DATA = Path(__file__).resolve().parents[3] / "data" / "nlu"
CONFIG = {"fasttext_weight": 0.3, "vocabulary_weight": 0.5}


@pytest.fixture(scope="module")
def detectors():
    return build_detectors(tuple(content.language_codes()))


@pytest.fixture(scope="module")
def trained(tmp_path_factory, detectors) -> LanguageIdentifier:
    """The component trained on the project's training data, saved and loaded back like a model."""
    storage = LocalModelStorage(tmp_path_factory.mktemp("model"))
    resource = Resource("language")
    context = ExecutionContext(graph_schema=None, model_id="test")
    component = LanguageIdentifier.create(CONFIG, storage, resource, context)
    component.train(TrainingDataImporter.load_from_dict(training_data_paths=[str(DATA)]).get_nlu_data())
    return LanguageIdentifier.load(CONFIG, storage, resource, context)


def language_of(component: LanguageIdentifier, text: str) -> str:
    message = Message(data={"text": text})
    component.process([message])
    return message.get("language")


@pytest.mark.parametrize(
    "text, language",
    [("vad ar aterresa", "sv"), ("kan jag aka hem", "sv"), ("jag har inget pass", "sv"), ("pengar", "sv"),
     ("hejsan", "sv"), ("what is the program", "en"), ("i need money", "en"), ("can i go home", "en"),
     ("nu am acte", "ro"), ("multumesc", "ro"), ("vreau acasa", "ro"), ("no tengo pasaporte", "es"),
     ("nie mam paszportu", "pl"), ("não tenho passaporte", "pt"), ("у меня нет паспорта", "ru"),
     ("в мене немає паспорта", "uk"), ("нямам паспорт", "bg"), ("ใช่", "th"), ("我没有护照", "zh")],
)
def test_short_messages_are_recognised_also_without_diacritics(trained, text, language):
    assert language_of(trained, text) == language


def test_the_vocabulary_learns_each_language_from_the_declared_language_of_its_examples(trained):
    assert set(trained.vocabulary.counts) == set(content.language_codes())
    assert trained.vocabulary.scores("behover hjalp")["sv"] > 0.9
    assert trained.vocabulary.scores("narnia xyzzy") == {}


def test_training_examples_keep_the_language_their_file_declares(trained):
    example = Message.build("ok", intent="affirm", intent_metadata={"language": "ro"})
    undeclared = Message.build("jag vill veta mer om programmet", intent="programme")
    trained.process_training_data(type("Data", (), {"training_examples": [example, undeclared]})())
    assert example.get("language") == "ro" and undeclared.get("language") == "sv"


def test_the_vocabulary_alone_decides_nothing_about_words_it_never_saw():
    vocabulary = Vocabulary.learn([("sv", "hej hej"), ("en", "hello")])
    assert vocabulary.scores("hej")["sv"] > vocabulary.scores("hej")["en"]
    assert vocabulary.scores("bonjour") == {}
    assert vocabulary.scores("héj") == vocabulary.scores("hej")


def test_cyrillic_examples_also_teach_their_words_in_latin_letters():
    vocabulary = Vocabulary.learn([("ru", "кто может участвовать"), ("pl", "kto moze uczestniczyc")])
    assert vocabulary.scores("kto mozhet uchastvovat")["ru"] > 0.9


@pytest.mark.parametrize("text, language", [("mne nuzhna pomoshch s dokumentami", "ru"), ("gde moy pasport seychas", "ru"),
                                            ("de moyi dokumenty zaraz", "uk"), ("iskam da se pribera vkashti", "bg")])
def test_russian_ukrainian_and_bulgarian_typed_in_latin_letters(trained, text, language):
    assert language_of(trained, text) == language


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
    assert model_sha256() in LanguageIdentifier.fingerprint_addon(CONFIG)


def test_the_parse_result_carries_language_and_confidence(trained):
    message = Message(data={"text": "jag vill veta mer om programmet"})
    trained.process([message])
    assert message.get("language") == "sv" and 0.5 < message.get("language_confidence") <= 1.0
    assert "language" in message.as_dict(only_output_properties=True)


@pytest.mark.parametrize("text", ["i live in orebro", "we are in Västerås", "i am in Luleå now", "im in Varberg"])
def test_swedish_place_names_do_not_make_english_look_swedish(trained, text):
    assert language_of(trained, text) == "en"


@pytest.mark.parametrize("text, language", [("я в уппсалі", "uk"), ("ми в Стокгольмі", "uk"), ("я в уппсале", "ru")])
def test_a_place_named_in_cyrillic_keeps_its_language_s_ending(trained, text, language):
    assert language_of(trained, text) == language
