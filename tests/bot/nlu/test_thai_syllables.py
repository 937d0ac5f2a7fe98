"""Thai syllables: cut from Thai script only, counted for the words the training data had, kept across a reload."""
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.thai_syllables import ThaiSyllableFeaturizer, syllable_terms, syllables

CONTEXT = ExecutionContext(graph_schema=None, model_id="test", node_name="syllables_node")


def test_a_run_together_thai_phrase_is_cut_into_its_syllables():
    # "cooking in a Thai restaurant": the word segmenter keeps "ทำครัว" (to cook) as one word
    assert syllables("ทำครัวร้านไทย") == ["ทำ", "ครัว", "ร้าน", "ไทย"]


def test_latin_words_digits_and_other_scripts_give_no_syllables():
    assert syllables("ไป IOM ได้ไหม 2 ครั้ง") == ["ไป", "ได้", "ไหม", "ครั้ง"]
    assert syllables("can I go home") == []
    assert syllables("我想回家") == []


def test_neighbouring_syllables_also_count_as_a_pair():
    assert syllable_terms("ทำครัว") == ["ทำ", "ครัว", "ทำ ครัว"]


@pytest.fixture
def trained(tmp_path):
    """A featurizer trained on two Thai examples and one English one, saved and loaded again."""
    storage, resource = LocalModelStorage(tmp_path), Resource("syllables")
    examples = [Message(data={TEXT: "ทำครัว", "intent": "eligibility"}), Message(data={TEXT: "ขอบคุณ", "intent": "thanks"}),
                Message(data={TEXT: "thank you", "intent": "thanks"})]
    ThaiSyllableFeaturizer.create({"alias": "thai_syllables"}, storage, resource, CONTEXT).train(TrainingData(examples))
    return ThaiSyllableFeaturizer.load({"alias": "thai_syllables"}, storage, resource, CONTEXT)


def sentence_features(message: Message):
    return [f for f in message.features if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE]


def test_a_thai_message_gets_counts_of_the_syllables_the_training_data_had(trained):
    # "thank you for cooking": ขอบ, คุณ, ทำ, ครัว and the pairs ขอบ คุณ, ทำ ครัว are known; ที่ and its pairs are not
    message = Message(data={TEXT: "ขอบคุณที่ทำครัว"})
    trained.process([message])
    [features] = sentence_features(message)
    assert features.origin == "thai_syllables" and not features.is_dense()
    vocabulary_size = len(syllable_terms("ทำครัว")) + len(syllable_terms("ขอบคุณ"))
    assert features.features.shape == (1, vocabulary_size)
    assert features.features.sum() == 6


def test_messages_without_thai_or_with_only_unknown_syllables_get_nothing(trained):
    english, unknown = Message(data={TEXT: "thank you"}), Message(data={TEXT: "สวัสดี"})
    trained.process([english, unknown])
    assert sentence_features(english) == [] and sentence_features(unknown) == []


def test_an_untrained_featurizer_adds_nothing(tmp_path):
    featurizer = ThaiSyllableFeaturizer.load({}, LocalModelStorage(tmp_path), Resource("nothing"), CONTEXT)
    message = Message(data={TEXT: "ทำครัว"})
    featurizer.process([message])
    assert sentence_features(message) == []
