"""A conversation can start in any supported language, switch to any other, and stays in it."""
from pathlib import Path

import pytest
import yaml

from actions import content, wording
from tests.conversation.conftest import button_titles, only, texts
from tests.conversation.test_topics import training_examples

PHRASES = yaml.safe_load((Path(__file__).parent / "phrases.yml").read_text(encoding="utf-8"))
TIER_1 = [code for code in content.language_codes() if content.languages()["languages"][code]["tier"] == 1]
TIER_2 = [code for code in content.language_codes() if content.languages()["languages"][code]["tier"] == 2]


def phrase(language: str, what: str) -> str:
    value = PHRASES[language][what]
    return value[1] if isinstance(value, list) else value


def test_every_language_has_test_phrases_that_are_not_training_examples():
    assert set(PHRASES) == set(content.language_codes())
    for language in content.language_codes():
        seen = training_examples(language)
        for what in PHRASES[language]:
            assert phrase(language, what).lower() not in seen, f"{language} {what} is a training example"


@pytest.mark.parametrize("language", content.language_codes())
def test_a_conversation_greets_answers_and_deletes_in_its_language(assistant, sender, language):
    greeted = assistant.send(sender, phrase(language, "greet"))
    assert wording.say("dialogue.privacy", language) in texts(greeted)
    assert only(language, greeted) is None
    key = PHRASES[language]["topic"][0]
    answered = assistant.send(sender, phrase(language, "topic"))
    assert texts(answered)[0] == wording.say(f"{key}.short", language)
    deleted = assistant.send(sender, phrase(language, "delete"))
    assert texts(deleted) == [wording.say("dialogue.forget_done", language)]


@pytest.mark.parametrize("language", TIER_1)
def test_routing_and_emergency_in_each_tier_1_language(assistant, sender, language):
    assistant.send(sender, phrase(language, "greet"))
    asked = assistant.send(sender, phrase(language, "contact"))
    assert wording.say("contact.ask_place", language) in texts(asked)
    routed = assistant.send(sender, "Malmo")
    assert texts(routed)[0] == wording.say("contact.region", language, place="Malmö", region="Syd")
    danger = assistant.send(sender, phrase(language, "danger"))
    assert texts(danger)[0] == wording.say("emergency.full", language)


@pytest.mark.parametrize("language", TIER_1)
def test_switching_by_menu_number_and_by_name_from_each_tier_1_language(assistant, sender, language):
    assistant.send(sender, phrase(language, "greet"))
    menu = assistant.send(sender, phrase(language, "change_language"))
    codes = content.language_codes()
    assert wording.say("dialogue.language_menu", language) in texts(menu)
    assert len(button_titles(menu)) == len(codes)
    target = codes[(codes.index(language) + 1) % len(codes)]
    switched = assistant.send(sender, str(codes.index(target) + 1))
    assert wording.say("dialogue.language_set", target) in texts(switched)
    name = content.languages()["languages"][language]["names"][0]
    back = assistant.send(sender, name)
    assert wording.say("dialogue.language_set", language) in texts(back)
    answered = assistant.send(sender, phrase(language, "topic"))
    assert only(language, answered) is None
