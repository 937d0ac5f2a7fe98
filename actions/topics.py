"""Topic answers: the short form, the full form on "more", and the menus of topics."""
from typing import List

from rasa_sdk import Tracker
from rasa_sdk.events import EventType

from actions import content
from actions.base import (
    LAST_TOPIC_SLOT,
    MORE,
    OFFERED_SLOT,
    AssistantAction,
    Reply,
    answer_topic,
    latest_intent,
    topic_options,
)


def show_menu(reply: Reply, which: str = "all") -> List[EventType]:
    """Offer the topics of a menu (`first` for the first message, `all` on request)."""
    reply.offer(topic_options(content.menu()[which]), intro_key="dialogue.menu_intro")
    return []


def show_more(reply: Reply, tracker: Tracker) -> List[EventType]:
    """The full form of the topic last answered; the menu if there is none."""
    key = tracker.get_slot(LAST_TOPIC_SLOT)
    if key in content.topics():
        return answer_topic(reply, key, form="full")
    return show_menu(reply)


class ActionAnswerTopic(AssistantAction):
    """Answers the topic whose key is the intent."""

    action_name = "action_answer_topic"

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        key = latest_intent(tracker)
        if key not in content.topics():
            return show_menu(reply)
        return answer_topic(reply, key)


class ActionMore(AssistantAction):
    """'Tell me more': the full form of the last topic."""

    action_name = "action_more"

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        return show_more(reply, tracker)


class ActionMenu(AssistantAction):
    """'What can I ask?': every topic."""

    action_name = "action_menu"

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        return show_menu(reply)


class ActionAffirm(AssistantAction):
    """'Yes' after an answer means 'tell me more'; otherwise it opens the menu."""

    action_name = "action_affirm"

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        if MORE in (tracker.get_slot(OFFERED_SLOT) or []):
            return show_more(reply, tracker)
        return show_menu(reply)
