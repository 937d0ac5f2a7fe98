"""'Delete my conversation': confirm; the tracker store erases the conversation when it saves.

The action server cannot reach the tracker store, so the deletion itself happens in
bot/store/tracker_store.py, which erases every stored event of a conversation whose new events
include this action, and stores nothing of it afterwards.
"""
from typing import List

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, Restarted

from actions.base import AssistantAction, Reply

FORGET_ACTION = "action_forget_me"


class ActionForgetMe(AssistantAction):
    """Confirms the deletion in the conversation's language and resets the conversation."""

    action_name = FORGET_ACTION

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        reply.say("dialogue.forget_done")
        return [Restarted()]
