"""Topic answers: short form first, free-choice reminder where a decision is concerned, related options."""
import pytest

from actions import content, wording
from actions.base import MORE
from actions.topics import ActionAnswerTopic, ActionMenu, ActionMore
from tests.conftest import LANGUAGES, SEEN, TOPIC_KEYS, slot_events, texts


@pytest.mark.parametrize("locale", LANGUAGES)
@pytest.mark.parametrize("key", TOPIC_KEYS)
async def test_a_topic_is_answered_with_its_short_form_in_the_conversation_language(key, locale, make_tracker, dispatcher):
    tracker = make_tracker(intent=key, slots={**SEEN, "language": locale})
    events = await ActionAnswerTopic().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    assert said[0] == wording.say(f"{key}.short", locale)
    reminder = wording.say("dialogue.free_choice", locale)
    assert (reminder in said) == bool(content.topic(key)["free_choice_reminder"])
    assert slot_events(events)["last_topic"] == key
    offered = slot_events(events)["offered_options"]
    assert offered[0] == MORE and 3 <= len(offered) <= 5
    assert all(f"topic:{related}" in offered for related in content.topic(key)["related"])


async def test_the_buttons_are_numbered_and_send_the_topic_intent(make_tracker, dispatcher):
    await ActionAnswerTopic().run(dispatcher, make_tracker(intent="journey", slots={**SEEN, "language": "en"}), {})
    buttons = [button for message in dispatcher.messages for button in message.get("buttons") or []]
    assert buttons[0] == {"title": "1. Tell me more", "payload": "/more"}
    assert buttons[1] == {"title": "2. Passport and travel documents", "payload": "/travel_documents"}


@pytest.mark.parametrize("locale", LANGUAGES)
async def test_more_gives_the_full_form_of_the_last_topic(locale, make_tracker, dispatcher):
    tracker = make_tracker(intent="more", slots={**SEEN, "language": locale, "last_topic": "financial_support"})
    events = await ActionMore().run(dispatcher, tracker, {})
    assert texts(dispatcher)[0] == wording.say("financial_support.full", locale)
    assert MORE not in slot_events(events)["offered_options"]


async def test_more_without_a_topic_shows_the_menu(make_tracker, dispatcher):
    events = await ActionMore().run(dispatcher, make_tracker(intent="more", slots={**SEEN, "language": "en"}), {})
    assert slot_events(events)["offered_options"] == [f"topic:{key}" for key in content.menu()["all"]]


async def test_the_menu_lists_every_topic(make_tracker, dispatcher):
    events = await ActionMenu().run(dispatcher, make_tracker(intent="menu", slots={**SEEN, "language": "sv"}), {})
    assert sorted(option.split(":")[1] for option in slot_events(events)["offered_options"]) == sorted(TOPIC_KEYS)
    assert texts(dispatcher)[0] == wording.say("dialogue.menu_intro", "sv")
