"""Immediate danger: 112 first, before any greeting or anything else."""
from typing import List

from rasa_sdk import Tracker
from rasa_sdk.events import EventType

from actions.base import AssistantAction, Reply, topic_options


class ActionEmergency(AssistantAction):
    """Says to call 112 now, then who can help next."""

    action_name = "action_emergency"
    danger_line = None

    def intro_first(self, tracker: Tracker) -> bool:
        """112 before any greeting."""
        return False

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        reply.say("emergency.full")
        reply.offer(topic_options(["contact", "safety"]))
        return []
