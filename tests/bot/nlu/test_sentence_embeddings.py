"""Sentence embeddings: close meanings are close in any of our languages, and the featurizer attaches them."""
import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.accents import TEXT_AS_TYPED
from bot.nlu.sentence_embeddings import SentenceEmbeddingFeaturizer, embed, model_sha256

CONTEXT = ExecutionContext(graph_schema=None, model_id="test", node_name="meaning_node")


def cosine(first: str, second: str) -> float:
    """Cosine of the two texts' embeddings (rows are unit length)."""
    rows = embed([first, second], threads=1)
    return float(rows[0] @ rows[1])


@pytest.mark.parametrize("message, same_meaning, other_meaning", [
    # Thai: "they took my passport" — "my passport is with the employer" / "how much money will I get"
    ("เขาเอาพาสปอร์ตหนูไป", "พาสปอร์ตอยู่กับนายจ้าง", "จะได้เงินเท่าไหร่"),
    # Chinese: "I am afraid to go home" — "going back scares me" / "where is the airport"
    ("我害怕回家", "回国让我很恐惧", "机场在哪里"),
    # Romanian without diacritics: "I am afraid to go home" — "I fear returning to the country" / "where is the airport"
    ("mi-e frica sa merg acasa", "ma tem sa ma intorc in tara", "unde este aeroportul"),
    # Across languages: English and Swedish for "they took my passport" against Swedish "thank you"
    ("they took my passport", "dom tog mitt pass", "tack så mycket"),
])
def test_a_message_is_closer_to_one_that_means_the_same_than_to_one_that_does_not(message, same_meaning, other_meaning):
    assert cosine(message, same_meaning) > cosine(message, other_meaning)


def test_rows_are_unit_length_and_an_empty_text_gets_zeros():
    rows = embed(["hej", "", "สวัสดี"], threads=1)
    assert rows.shape == (3, 384)
    assert np.allclose(np.linalg.norm(rows[[0, 2]], axis=1), 1.0, atol=1e-3)
    assert not rows[1].any()


@pytest.fixture
def featurizer(tmp_path):
    """The featurizer as config.yml configures it."""
    return SentenceEmbeddingFeaturizer.create({"alias": "sentence_meaning", "threads": 1}, LocalModelStorage(tmp_path),
                                              Resource("meaning"), CONTEXT)


def test_each_message_gets_one_dense_sentence_feature_under_the_alias(featurizer):
    message = Message(data={TEXT: "min pass är borta"})
    featurizer.process([message])
    [features] = [f for f in message.features if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE]
    assert features.is_dense() and features.features.shape == (1, 384) and features.origin == "sentence_meaning"


def test_the_embedding_is_of_the_text_as_typed_not_the_folded_one(featurizer):
    folded_only = Message(data={TEXT: "slar"})
    as_typed = Message(data={TEXT: "slar", TEXT_AS_TYPED: "slår"})
    featurizer.process([folded_only, as_typed])
    vectors = [message.features[0].features[0] for message in (folded_only, as_typed)]
    assert np.allclose(vectors[1], embed(["slår"], threads=1)[0]) and not np.allclose(vectors[0], vectors[1])


def test_training_examples_are_featurized_and_empty_ones_skipped(featurizer):
    data = TrainingData([Message(data={TEXT: "hello", "intent": "greet"}), Message(data={"intent": "greet"})])
    featurizer.process_training_data(data)
    assert [len(example.features) for example in data.training_examples] == [1, 0]


def test_the_fingerprint_names_the_model_file():
    assert model_sha256() in SentenceEmbeddingFeaturizer.fingerprint_addon({})


def test_zero_threads_are_refused(tmp_path):
    with pytest.raises(ValueError, match="threads"):
        SentenceEmbeddingFeaturizer.create({"threads": 0}, LocalModelStorage(tmp_path), Resource("meaning"), CONTEXT)
