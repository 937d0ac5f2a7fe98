"""Delete on request, the honest 'I am a bot', minors, and switching language."""
import sqlite3

import pytest

from actions import content, wording
from tests.conversation.conftest import button_titles, only, start, stored_id, texts


def stored_events(assistant, sender: str) -> int:
    with sqlite3.connect(assistant.database) as connection:
        return connection.execute("select count(*) from events where sender_id = ?", (stored_id(sender),)).fetchone()[0]


@pytest.mark.parametrize("language, delete", [("en", "delete my conversation"), ("sv", "radera allt")])
def test_forget_me_deletes_the_conversation_from_the_store_and_says_so(assistant, sender, language, delete):
    start(assistant, sender, language)
    assistant.send(sender, {"en": "how much money do i get", "sv": "hur mycket pengar får jag"}[language])
    assert stored_events(assistant, sender) > 0, "the conversation was stored before deletion"
    replies = texts(assistant.send(sender, delete))
    assert replies == [wording.say("dialogue.forget_done", language)]
    assert stored_events(assistant, sender) == 0
    again = texts(assistant.send(sender, {"en": "hello", "sv": "hej"}[language]))
    assert wording.say("dialogue.privacy", language) in again, "the next message starts a new conversation"


@pytest.mark.parametrize("language, question", [("en", "am i chatting with a robot"), ("sv", "är du en riktig människa")])
def test_the_assistant_says_it_is_automated(assistant, sender, language, question):
    start(assistant, sender, language)
    assert wording.say("dialogue.bot_challenge", language) in texts(assistant.send(sender, question))


@pytest.mark.parametrize("language, message", [("en", "i am only 16"), ("sv", "jag är bara 15 år")])
def test_a_person_under_18_gets_the_childrens_route(assistant, sender, language, message):
    start(assistant, sender, language)
    assert wording.say("children.under_18", language) in texts(assistant.send(sender, message))


def test_out_of_scope_is_said_honestly(assistant, sender):
    start(assistant, sender, "en")
    replies = texts(assistant.send(sender, "what will the weather be tomorrow"))
    assert replies[0] in {wording.say("dialogue.out_of_scope", "en"), wording.say("dialogue.fallback", "en")}


def test_switching_language_by_name_and_by_menu_number(assistant, sender):
    start(assistant, sender, "en")
    switched = texts(assistant.send(sender, "svenska"))
    assert wording.say("dialogue.language_set", "sv") in switched
    assert wording.say("programme.short", "sv") in texts(assistant.send(sender, "what is the programme"))
    menu = assistant.send(sender, "byt språk")
    names = [content.languages()["languages"][code]["name"] for code in content.language_codes()]
    assert button_titles(menu) == [f"{number}. {name}" for number, name in enumerate(names, start=1)]
    assert wording.say("dialogue.language_set", "en") in texts(assistant.send(sender, "1"))


def test_a_short_reply_does_not_switch_the_language(assistant, sender):
    start(assistant, sender, "sv")
    assistant.send(sender, "vad är programmet")
    replies = assistant.send(sender, "ok")
    assert texts(replies) and only("sv", replies) is None


PLANTED = ["070-1740605", "+46 70 174 06 99", "anna.test@example.com", "19900101-1235", "AB1234567",
           "SE45 5000 0000 0583 9825 7466"]


def test_identifiers_typed_in_a_conversation_are_found_in_no_store_and_no_log(assistant, sender):
    start(assistant, sender, "en")
    for value in PLANTED:
        assistant.send(sender, f"please call me, my details are {value}")
    stored = b"".join(path.read_bytes() for path in assistant.database.parent.glob("conversations.db*"))
    logged = b"".join(path.read_bytes() for path in assistant.logs)
    assert stored, "nothing was stored at all"
    for value in PLANTED:
        assert value.encode() not in stored, f"{value} is in the database"
        assert value.encode() not in logged, f"{value} is in the logs"
    assert b"[phone]" in stored and b"[email]" in stored
    assert b"please call me" not in logged, "message text is in the logs"
    assert sender.encode() not in stored and sender.encode() not in logged, "the raw sender id was kept"
    assert stored_id(sender).encode() in stored
