"""Small talk and repair: greeting, thanks, goodbye, 'no', 'are you a bot?', not understood, minors."""
from typing import List

from rasa_sdk import Tracker
from rasa_sdk.events import EventType

from actions.base import AWAITING_PLACE_SLOT, INTRO_SLOT, AssistantAction, Reply, latest_intent, topic_options
from actions.contact import unknown_place
from actions.topics import show_menu

# What bot/nlu/input_guard.py found wrong with a message, and the wording that answers it.
INPUT_PROBLEM_WORDING = {
    "empty": "dialogue.input_empty",
    "too_long": "dialogue.input_too_long",
    "unreadable": "dialogue.input_unreadable",
}


class ActionGreet(AssistantAction):
    """Greeting and privacy line (the base class says them on the first turn), then the first menu."""

    action_name = "action_greet"

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        if tracker.get_slot(INTRO_SLOT):
            reply.say("dialogue.greeting")
        return show_menu(reply, "first")


class ActionGoodbye(AssistantAction):
    """Goodbye, with the reminder that the chat can be deleted."""

    action_name = "action_goodbye"

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        reply.say("dialogue.goodbye")
        return []


class ActionThanks(AssistantAction):
    """You are welcome."""

    action_name = "action_thanks"

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        reply.say("dialogue.thanks")
        return []


class ActionDeny(AssistantAction):
    """'No' is respected without pushing."""

    action_name = "action_deny"

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        reply.say("dialogue.deny")
        return []


class ActionBotChallenge(AssistantAction):
    """Says honestly that this is an automated assistant and who the humans are."""

    action_name = "action_bot_challenge"

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        reply.say("dialogue.bot_challenge")
        reply.offer(topic_options(["contact"]) + ["menu"])
        return []


class ActionUnder18(AssistantAction):
    """A person under 18: children's protection and the route through social services."""

    action_name = "action_under_18"

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        reply.say("children.under_18")
        reply.offer(topic_options(["children", "contact", "emergency"]))
        return []


class ActionFallback(AssistantAction):
    """Not understood, out of scope or unreadable input: say so, offer the menu and a person.
    If danger may be meant, the emergency line comes first."""

    action_name = "action_fallback"
    danger_line = "emergency.full"  # the whole emergency text: nothing else was understood
    keeps_awaiting_place = True

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        problem = (tracker.latest_message or {}).get("input_problem")
        if problem in INPUT_PROBLEM_WORDING:
            reply.say(INPUT_PROBLEM_WORDING[problem])
        elif tracker.get_slot(AWAITING_PLACE_SLOT):
            return unknown_place(reply)
        elif latest_intent(tracker) == "out_of_scope":
            reply.say("dialogue.out_of_scope")
        else:
            reply.say("dialogue.fallback")
        reply.offer(["menu"] + topic_options(["contact"]))
        return []
