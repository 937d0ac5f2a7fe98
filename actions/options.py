"""A number typed in reply to a numbered list ("2") picks that option."""
from typing import List

from rasa_sdk import Tracker
from rasa_sdk.events import EventType

from actions.base import MENU, MORE, OFFERED_SLOT, AssistantAction, Reply, answer_topic, latest_entity
from actions.contact import ask_for_place
from actions.language_choice import switch_language
from actions.topics import show_menu, show_more

# Set by bot/nlu/shortcuts.py for a message that is only a number.
OPTION_ENTITY = "option_number"


def pick(reply: Reply, tracker: Tracker, option: str) -> List[EventType]:
    """Carry out one offered option."""
    if option.startswith("topic:"):
        key = option[len("topic:"):]
        return ask_for_place(reply) if key == "contact" else answer_topic(reply, key)
    if option.startswith("language:"):
        return switch_language(reply, option[len("language:"):])
    if option == MORE:
        return show_more(reply, tracker)
    return show_menu(reply)


class ActionChooseOption(AssistantAction):
    """Maps the number to the option offered last; a number with no such option is not understood."""

    action_name = "action_choose_option"

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        offered: List[str] = tracker.get_slot(OFFERED_SLOT) or []
        entity = latest_entity(tracker, OPTION_ENTITY)
        number = int(entity["value"]) if entity and str(entity["value"]).isdigit() else 0
        if 1 <= number <= len(offered):
            return pick(reply, tracker, offered[number - 1])
        reply.say("dialogue.fallback")
        reply.offer([MENU, "topic:contact"])
        return []

