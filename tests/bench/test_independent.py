"""bench/independent/: messages written apart from the training data, labelled with known intents."""
from actions import content
from bench.nlu import INDEPENDENT, independent_examples
from tests.data.test_training_data import intents


def test_every_independent_message_has_a_known_intent_and_a_supported_language():
    found = independent_examples()
    assert found, f"no messages in {INDEPENDENT}"
    assert {language for language, _, _ in found} <= set(content.language_codes())
    assert {intent for _, intent, _ in found} <= set(intents())
