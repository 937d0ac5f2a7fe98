"""The person chooses a language: by name in any language, or from the numbered language menu."""
from typing import List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions import content
from actions.base import AssistantAction, Reply, latest_entity
from actions.language import CHOSEN_SLOT, LANGUAGE_SLOT, language_named_in

# Sent by a language button: /choose_language{"language_choice": "sv"}.
LANGUAGE_ENTITY = "language_choice"


def switch_language(reply: Reply, code: str) -> List[EventType]:
    """Switch to the chosen language for the rest of the conversation and confirm in it."""
    reply.locale = code
    reply.say("dialogue.language_set")
    return [SlotSet(LANGUAGE_SLOT, code), SlotSet(CHOSEN_SLOT, True)]


def show_language_menu(reply: Reply) -> List[EventType]:
    """Offer every supported language, each named in itself."""
    reply.offer([f"language:{code}" for code in content.language_codes()], intro_key="dialogue.language_menu")
    return []


def chosen_language(tracker: Tracker) -> Optional[str]:
    """The language the latest message asks for, from a button or from the words typed."""
    entity = latest_entity(tracker, LANGUAGE_ENTITY)
    if entity and entity.get("value") in content.language_codes():
        return entity["value"]
    return language_named_in((tracker.latest_message or {}).get("text") or "")


class ActionChooseLanguage(AssistantAction):
    """Switches language if one is named, else shows the language menu."""

    action_name = "action_choose_language"

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        code = chosen_language(tracker)
        if code:
            return switch_language(reply, code)
        return show_language_menu(reply)

