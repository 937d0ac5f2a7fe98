"""Emergency help comes first, from any point of a conversation."""
import pytest

from actions import content, wording
from tests.conversation.conftest import start, texts
from tests.conversation.test_languages import phrase

DANGER = {"en": "someone is hurting me right now", "sv": "någon gör mig illa just nu"}


@pytest.mark.parametrize("language", ["en", "sv"])
def test_emergency_in_the_middle_of_region_routing_answers_112_first(assistant, sender, language):
    start(assistant, sender, language)
    asked = assistant.send(sender, {"en": "who can i call", "sv": "vem kan jag ringa"}[language])
    assert wording.say("contact.ask_place", language) in texts(asked)
    replies = texts(assistant.send(sender, DANGER[language]))
    assert replies[0] == wording.say("emergency.full", language)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_emergency_after_a_topic_answer_answers_112_first(assistant, sender, language):
    start(assistant, sender, language)
    assistant.send(sender, {"en": "what is the reflection period", "sv": "vad är reflektionsperiod"}[language])
    replies = texts(assistant.send(sender, DANGER[language]))
    assert replies[0] == wording.say("emergency.full", language)


@pytest.mark.parametrize("language", content.language_codes())
def test_wanting_to_die_gets_112_first_in_every_language(assistant, sender, language):
    assistant.send(sender, phrase(language, "greet"))
    replies = texts(assistant.send(sender, phrase(language, "self_harm")))
    assert replies[0] in (wording.say("emergency.full", language), wording.say("emergency.short", language))
