"""Emergency first, deletion on request, honest fallbacks, minors, bot challenge, option numbers."""
import pytest

from actions import wording
from actions.conversation import ActionBotChallenge, ActionFallback, ActionUnder18
from actions.emergency import ActionEmergency
from actions.forget import ActionForgetMe
from actions.options import ActionChooseOption
from actions.topics import ActionAnswerTopic
from tests.conftest import slot_events, texts


async def test_emergency_says_112_before_anything_else_even_on_the_first_message(make_tracker, dispatcher):
    await ActionEmergency().run(dispatcher, make_tracker(intent="emergency", text="help me now", language="en", confidence=0.9), {})
    said = texts(dispatcher)
    assert said[0] == wording.say("emergency.full", "en")
    assert "112" in said[0]
    assert wording.say("dialogue.privacy", "en") in said[1:]


@pytest.mark.parametrize("locale", ["en", "sv"])
async def test_forget_me_confirms_in_the_conversation_language_and_restarts(locale, make_tracker, dispatcher):
    tracker = make_tracker(intent="forget_me", slots={"intro_shown": True, "language": locale, "notice_languages": ["sv"]})
    events = await ActionForgetMe().run(dispatcher, tracker, {})
    assert texts(dispatcher) == [wording.say("dialogue.forget_done", locale)]
    assert any(event["event"] == "restart" for event in events)


@pytest.mark.parametrize("problem, key", [("empty", "dialogue.input_empty"), ("too_long", "dialogue.input_too_long"),
                                          ("unreadable", "dialogue.input_unreadable")])
async def test_bad_input_gets_a_clear_reply_in_the_conversation_language(problem, key, make_tracker, dispatcher):
    tracker = make_tracker(intent="nlu_fallback", input_problem=problem, slots={"intro_shown": True, "language": "sv", "notice_languages": ["sv"]})
    events = await ActionFallback().run(dispatcher, tracker, {})
    assert texts(dispatcher)[0] == wording.say(key, "sv")
    assert slot_events(events)["offered_options"] == ["menu", "topic:contact"]


async def test_not_understood_says_so_and_offers_the_menu_and_a_person(make_tracker, dispatcher):
    events = await ActionFallback().run(dispatcher, make_tracker(intent="nlu_fallback", text="xyz", slots={"intro_shown": True, "language": "en"}), {})
    assert texts(dispatcher)[0] == wording.say("dialogue.fallback", "en")
    assert slot_events(events)["offered_options"] == ["menu", "topic:contact"]


async def test_out_of_scope_says_what_the_assistant_is_for(make_tracker, dispatcher):
    await ActionFallback().run(dispatcher, make_tracker(intent="out_of_scope", slots={"intro_shown": True, "language": "en"}), {})
    assert texts(dispatcher)[0] == wording.say("dialogue.out_of_scope", "en")


async def test_bot_challenge_says_it_is_automated_and_names_the_human(make_tracker, dispatcher):
    await ActionBotChallenge().run(dispatcher, make_tracker(intent="bot_challenge", slots={"intro_shown": True, "language": "en"}), {})
    assert texts(dispatcher)[0] == wording.say("dialogue.bot_challenge", "en")


async def test_a_person_under_18_gets_childrens_protection_and_social_services(make_tracker, dispatcher):
    events = await ActionUnder18().run(dispatcher, make_tracker(intent="under_18", slots={"intro_shown": True, "language": "en"}), {})
    assert texts(dispatcher)[0] == wording.say("children.under_18", "en")
    assert "social services" in texts(dispatcher)[0].lower()
    assert "topic:children" in slot_events(events)["offered_options"]


async def test_a_number_picks_the_option_offered_last(make_tracker, dispatcher):
    tracker = make_tracker(intent="choose_option", entities=[{"entity": "option_number", "value": "2"}],
                           slots={"intro_shown": True, "language": "en", "offered_options": ["more", "topic:medical"]})
    events = await ActionChooseOption().run(dispatcher, tracker, {})
    assert texts(dispatcher)[0] == wording.say("medical.short", "en")
    assert slot_events(events)["last_topic"] == "medical"


async def test_a_number_picks_a_language_from_the_language_menu(make_tracker, dispatcher):
    tracker = make_tracker(intent="choose_option", entities=[{"entity": "option_number", "value": "2"}],
                           slots={"intro_shown": True, "language": "en", "offered_options": ["language:en", "language:sv"]})
    events = await ActionChooseOption().run(dispatcher, tracker, {})
    assert slot_events(events)["language"] == "sv"
    assert texts(dispatcher)[0] == wording.say("dialogue.language_set", "sv")


async def test_a_number_with_nothing_offered_is_not_understood(make_tracker, dispatcher):
    tracker = make_tracker(intent="choose_option", entities=[{"entity": "option_number", "value": "7"}],
                           slots={"intro_shown": True, "language": "en", "offered_options": ["more"]})
    await ActionChooseOption().run(dispatcher, tracker, {})
    assert texts(dispatcher)[0] == wording.say("dialogue.fallback", "en")


async def test_an_unsure_message_that_may_mean_danger_gets_112_first(make_tracker, dispatcher):
    ranking = [{"name": "nlu_fallback", "confidence": 0.45}, {"name": "contact", "confidence": 0.2},
               {"name": "emergency", "confidence": 0.18}]
    tracker = make_tracker(intent="nlu_fallback", intent_ranking=ranking, slots={"intro_shown": True, "language": "sv"})
    await ActionFallback().run(dispatcher, tracker, {})
    assert texts(dispatcher)[:2] == [wording.say("emergency.full", "sv"), wording.say("dialogue.fallback", "sv")]


async def test_an_unsure_message_without_danger_among_the_guesses_gets_no_alarm(make_tracker, dispatcher):
    ranking = [{"name": "nlu_fallback", "confidence": 0.45}, {"name": "contact", "confidence": 0.3},
               {"name": "menu", "confidence": 0.2}, {"name": "thanks", "confidence": 0.2}, {"name": "emergency", "confidence": 0.16}]
    tracker = make_tracker(intent="nlu_fallback", intent_ranking=ranking, slots={"intro_shown": True, "language": "en"})
    await ActionFallback().run(dispatcher, tracker, {})
    assert wording.say("emergency.full", "en") not in texts(dispatcher)


async def test_an_answer_where_danger_is_among_the_guesses_starts_with_112(make_tracker, dispatcher):
    ranking = [{"name": "medical", "confidence": 0.55}, {"name": "emergency", "confidence": 0.3}]
    tracker = make_tracker(intent="medical", intent_ranking=ranking, slots={"language": "ro"})
    await ActionAnswerTopic().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    assert said[0] == wording.say("emergency.short", "ro")
    assert said[1] == wording.say("medical.short", "ro")
    assert wording.say("dialogue.privacy", "ro") in said[2:]


async def test_an_answer_with_danger_far_down_the_guesses_gets_no_alarm(make_tracker, dispatcher):
    ranking = [{"name": "medical", "confidence": 0.85}, {"name": "emergency", "confidence": 0.1}]
    tracker = make_tracker(intent="medical", intent_ranking=ranking, slots={"intro_shown": True, "language": "en"})
    await ActionAnswerTopic().run(dispatcher, tracker, {})
    assert wording.say("emergency.short", "en") not in texts(dispatcher)
    assert texts(dispatcher)[0] == wording.say("medical.short", "en")


async def test_emergency_itself_says_112_once(make_tracker, dispatcher):
    ranking = [{"name": "emergency", "confidence": 0.9}, {"name": "safety", "confidence": 0.1}]
    await ActionEmergency().run(dispatcher, make_tracker(intent="emergency", intent_ranking=ranking, slots={"intro_shown": True, "language": "en"}), {})
    assert sum("112" in text for text in texts(dispatcher)) == 1
