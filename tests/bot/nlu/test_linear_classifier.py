"""The intent classifier: learns from the featurizers' output, saves and loads, ranks intents."""
import itertools
from pathlib import Path

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.shared.importers.importer import TrainingDataImporter
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix

from bot.nlu.linear_classifier import LinearIntentClassifier, fit_temperature, in_language_columns, one_column_per_class, softmax
from bot.nlu.tokenizer import LanguageTokenizer

DATA = Path(__file__).resolve().parents[3] / "data" / "nlu"
INTENTS = ["financial_support", "travel_documents", "greet", "safety"]
CONTEXT = ExecutionContext(graph_schema=None, model_id="test")


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    """Tokenizer, word and character featurizers as in config.yml, and a classifier (word stems
    copied per language) trained on four intents of the English and Swedish data, then saved and
    loaded back like a model."""
    data = TrainingData()
    for language in ("en", "sv"):
        paths = [str(DATA / language / f"{intent}.yml") for intent in INTENTS]
        part = TrainingDataImporter.load_from_dict(training_data_paths=paths).get_nlu_data()
        for example in part.intent_examples:
            example.set("language", language)
        data = data.merge(part)
    storage = LocalModelStorage(tmp_path_factory.mktemp("model"))
    tokenizer = LanguageTokenizer(LanguageTokenizer.get_default_config())
    featurizers = [
        CountVectorsFeaturizer.create({**CountVectorsFeaturizer.get_default_config(), "alias": name, **config},
                                      storage, Resource(name), CONTEXT)
        for name, config in [("words", {}), ("chars", {"analyzer": "char_wb", "use_lemma": False, "min_ngram": 2, "max_ngram": 5}),
                             ("spans", {"analyzer": "char", "use_lemma": False, "min_ngram": 3, "max_ngram": 6})]]
    tokenizer.process_training_data(data)
    for featurizer in featurizers:
        featurizer.train(data)
        featurizer.process_training_data(data)
    resource = Resource("intents")
    config = {"language_copies": ["words"]}
    LinearIntentClassifier.create(config, storage, resource, CONTEXT).train(data)
    classifier = LinearIntentClassifier.load(config, storage, resource, CONTEXT)

    def parse(text: str, language: str) -> Message:
        message = Message(data={"text": text, "language": language})
        tokenizer.process([message])
        for featurizer in featurizers:
            featurizer.process([message])
        classifier.process([message])
        return message

    return parse


@pytest.mark.parametrize("text, language, intent", [
    ("how much money will they give me", "en", "financial_support"),
    ("they took my passport", "en", "travel_documents"),
    ("hello there", "en", "greet"),
    ("hur mycket pengar far jag", "sv", "financial_support"),
    ("mitt pass ar borta", "sv", "travel_documents"),
    ("jag ar radd for dom hemma", "sv", "safety"),
])
def test_the_loaded_classifier_understands_messages_it_never_saw(pipeline, text, language, intent):
    assert pipeline(text, language).get("intent")["name"] == intent


def test_the_ranking_is_ordered_and_confidences_are_probabilities(pipeline):
    ranking = pipeline("my passport is with him", "en").get("intent_ranking")
    confidences = [entry["confidence"] for entry in ranking]
    assert confidences == sorted(confidences, reverse=True)
    assert all(0.0 <= confidence <= 1.0 for confidence in confidences) and sum(confidences) <= 1.0 + 1e-6
    assert {entry["name"] for entry in ranking} == set(INTENTS)


def test_a_message_in_a_language_the_model_never_saw_still_gets_the_shared_answer(pipeline):
    assert pipeline("they took my passport", "xx").get("intent")["name"] == "travel_documents"


def test_a_language_copy_puts_each_row_in_its_own_languages_columns():
    block = csr_matrix(np.array([[1.0, 0.0, 2.0], [0.0, 3.0, 0.0], [4.0, 0.0, 0.0]]))
    copied = in_language_columns(block, [1, -1, 0], languages=2).toarray()
    assert copied.tolist() == [[0, 0, 0, 1, 0, 2], [0, 0, 0, 0, 0, 0], [4, 0, 0, 0, 0, 0]]


def test_a_language_copy_of_a_featurizer_that_is_not_there_is_refused(tmp_path):
    message = Message(data={"text": "hello", "intent": "greet", "language": "en"})
    message.add_features(Features(csr_matrix(np.ones((1, 3))), FEATURE_TYPE_SENTENCE, "text", "words"))
    classifier = LinearIntentClassifier.create({"language_copies": ["stems"]}, LocalModelStorage(tmp_path),
                                               Resource("intents"), CONTEXT)
    with pytest.raises(ValueError, match="stems"):
        classifier.train(TrainingData([message]))


def test_an_untrained_classifier_leaves_messages_alone(tmp_path):
    classifier = LinearIntentClassifier.load({}, LocalModelStorage(tmp_path), Resource("nothing"), CONTEXT)
    message = Message(data={"text": "hello"})
    classifier.process([message])
    assert message.get("intent") is None


def test_confidences_keep_the_order_of_the_svm_scores():
    scores = np.array([[0.2, -1.0, 0.9], [-0.5, -0.4, -2.0]])
    probabilities = softmax(scores, 4.0)
    assert probabilities.argmax(axis=1).tolist() == scores.argmax(axis=1).tolist()
    assert np.allclose(probabilities.sum(axis=1), 1.0)


def test_the_temperature_is_higher_when_out_of_fold_scores_were_right():
    rng = np.random.default_rng(0)
    scores = rng.normal(size=(400, 5))
    classes = np.array(["a", "b", "c", "d", "e"])
    right = classes[scores.argmax(axis=1)]
    guessed = rng.choice(classes, size=400)
    assert fit_temperature(scores, right, classes) > 2 * fit_temperature(scores, guessed, classes)


def test_a_two_intent_svm_gets_one_score_per_intent():
    assert one_column_per_class(np.array([0.5, -2.0])).tolist() == [[-0.5, 0.5], [2.0, -2.0]]


def test_dense_sentence_features_are_used_as_they_are_beside_the_counts(tmp_path):
    """Only the dense block tells the intents apart here; it must not go through tf-idf."""
    rng = np.random.default_rng(1)

    def message(intent: str, direction: np.ndarray) -> Message:
        example = Message(data={"text": "same words", "intent": intent, "language": "en"})
        example.add_features(Features(csr_matrix(np.ones((1, 3))), FEATURE_TYPE_SENTENCE, "text", "words"))
        example.add_features(Features((direction + rng.normal(scale=0.1, size=2))[np.newaxis, :], FEATURE_TYPE_SENTENCE,
                                      "text", "meaning"))
        return example

    examples = [message("greet", np.array([1.0, 0.0])) for _ in range(10)] + [message("thanks", np.array([0.0, 1.0])) for _ in range(10)]
    storage, resource = LocalModelStorage(tmp_path), Resource("intents")
    LinearIntentClassifier.create({}, storage, resource, CONTEXT).train(TrainingData(examples))
    classifier = LinearIntentClassifier.load({}, storage, resource, CONTEXT)
    asked = [message("greet", np.array([0.9, 0.1])), message("thanks", np.array([0.1, 0.9]))]
    classifier.process(asked)
    assert [example.get("intent")["name"] for example in asked] == ["greet", "thanks"]


def test_a_featurizer_that_only_some_examples_have_is_still_learnt_from(tmp_path):
    """Thai syllables reach only Thai examples; the first example is not Thai, and the block must count."""
    numbers = itertools.count()

    def message(intent: str, language: str, syllable: int = -1) -> Message:
        example = Message(data={"text": f"words {next(numbers)}", "intent": intent, "language": language})
        example.add_features(Features(csr_matrix(np.ones((1, 3))), FEATURE_TYPE_SENTENCE, "text", "words"))
        if syllable >= 0:
            counts = np.zeros((1, 2))
            counts[0, syllable] = 1.0
            example.add_features(Features(csr_matrix(counts), FEATURE_TYPE_SENTENCE, "text", "syllables"))
        return example

    examples = ([message("greet", "en")] + [message("greet", "th", 0) for _ in range(10)]
                + [message("thanks", "th", 1) for _ in range(10)])
    storage, resource = LocalModelStorage(tmp_path), Resource("intents")
    LinearIntentClassifier.create({}, storage, resource, CONTEXT).train(TrainingData(examples))
    classifier = LinearIntentClassifier.load({}, storage, resource, CONTEXT)
    asked = [message("greet", "th", 0), message("thanks", "th", 1)]
    classifier.process(asked)
    assert [example.get("intent")["name"] for example in asked] == ["greet", "thanks"]
