"""The first turn greets and states the privacy line; the conversation keeps its language."""
from actions import content, wording
from actions.conversation import ActionGreet
from actions.language import conversation_language, language_named_in
from actions.language_choice import ActionChooseLanguage
from actions.topics import ActionAnswerTopic
from tests.conftest import slot_events, texts


async def test_the_first_message_greets_states_privacy_and_offers_topics(make_tracker, dispatcher):
    events = await ActionGreet().run(dispatcher, make_tracker(intent="greet", text="hello", language="en", confidence=0.9), {})
    said = texts(dispatcher)
    assert said[:2] == [wording.say("dialogue.greeting", "en"), wording.say("dialogue.privacy", "en")]
    assert "DELETE" in said[1]
    assert slot_events(events)["intro_shown"] is True
    assert len(slot_events(events)["offered_options"]) == 6


async def test_a_first_question_is_answered_after_the_greeting_and_privacy_line(make_tracker, dispatcher):
    tracker = make_tracker(intent="programme", text="vad är återvändandeprogrammet", language="sv", confidence=0.95)
    events = await ActionAnswerTopic().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    assert said[0] == wording.say("dialogue.greeting", "sv")
    assert said[1] == wording.say("dialogue.privacy", "sv")
    assert said[2] == wording.say("dialogue.translation_notice", "sv")
    assert said[3] == wording.say("programme.short", "sv")
    assert slot_events(events)["language"] == "sv"


async def test_the_translation_notice_is_said_once_per_language_and_never_for_english(make_tracker, dispatcher):
    tracker = make_tracker(intent="programme", slots={"intro_shown": True, "language": "sv", "notice_languages": ["sv"]})
    await ActionAnswerTopic().run(dispatcher, tracker, {})
    assert wording.say("dialogue.translation_notice", "sv") not in texts(dispatcher)
    english = make_tracker(intent="programme", slots={"intro_shown": True, "language": "en"})
    events = await ActionAnswerTopic().run(dispatcher, english, {})
    assert "notice_languages" not in slot_events(events)


def test_a_short_reply_never_switches_the_language(make_tracker):
    tracker = make_tracker(text="ok", language="en", confidence=0.99, slots={"language": "sv"})
    assert conversation_language(tracker) == ("sv", [])


def test_a_confident_longer_message_in_another_language_switches(make_tracker):
    tracker = make_tracker(text="what happens at the airport", language="en", confidence=0.95, slots={"language": "sv"})
    language, events = conversation_language(tracker)
    assert language == "en" and events[0]["value"] == "en"


def test_an_unsure_detection_does_not_switch(make_tracker):
    tracker = make_tracker(text="ok jag vill hem", language="en", confidence=0.6, slots={"language": "sv"})
    assert conversation_language(tracker)[0] == "sv"


def test_an_explicit_choice_is_never_overridden_by_detection(make_tracker):
    tracker = make_tracker(text="what happens at the airport", language="en", confidence=0.99,
                           slots={"language": "sv", "language_chosen": True})
    assert conversation_language(tracker)[0] == "sv"


def test_language_names_are_understood_in_any_case_and_without_accents():
    assert language_named_in("Svenska") == "sv"
    assert language_named_in("pa svenska tack") == "sv"
    assert language_named_in("in english please") == "en"
    assert language_named_in("ENGELSKA") == "en"
    assert language_named_in("jag vill prata") is None
    assert language_named_in("I DONT SPEAK ENGLISH, PA SVENSKA TACK") in ("en", "sv")


async def test_choosing_a_language_by_name_switches_and_confirms_in_that_language(make_tracker, dispatcher):
    tracker = make_tracker(intent="choose_language", text="svenska", slots={"intro_shown": True, "language": "en"})
    events = await ActionChooseLanguage().run(dispatcher, tracker, {})
    assert wording.say("dialogue.language_set", "sv") in texts(dispatcher)
    assert slot_events(events)["language"] == "sv" and slot_events(events)["language_chosen"] is True


async def test_asking_to_change_language_without_naming_one_shows_the_numbered_menu(make_tracker, dispatcher):
    tracker = make_tracker(intent="choose_language", text="change language", slots={"intro_shown": True, "language": "en"})
    events = await ActionChooseLanguage().run(dispatcher, tracker, {})
    codes = content.language_codes()
    assert slot_events(events)["offered_options"] == [f"language:{code}" for code in codes]
    titles = [button["title"] for message in dispatcher.messages for button in message.get("buttons") or []]
    assert titles[:2] == ["1. English", "2. Svenska"]
    assert titles == [f"{number}. {content.languages()['languages'][code]['name']}" for number, code in enumerate(codes, 1)]
