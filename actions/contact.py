"""Talk to a person: route to the regional coordinator of the county the person names."""
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions import content
from actions.base import AWAITING_PLACE_SLOT, AssistantAction, Reply, latest_entity, latest_intent, topic_options

# Set by bot/nlu/places.py: {"entity": "place", "value": <official name>, "county": <county>}.
PLACE_ENTITY = "place"


def place_in_message(tracker: Tracker) -> Optional[Dict[str, Any]]:
    """The Swedish municipality or county NLU found in the latest message."""
    return latest_entity(tracker, PLACE_ENTITY)


def route_to_region(reply: Reply, place: Dict[str, Any]) -> List[EventType]:
    """Name the region of the place and how to reach its coordinator."""
    region = content.region_for_county(place["county"])
    if region is None:
        return unknown_place(reply)
    reply.say("contact.region", place=place["value"], region=region["name"])
    reply.offer(topic_options(["application", "interpreter", "confidentiality"]))
    return [SlotSet(AWAITING_PLACE_SLOT, False)]


def ask_for_place(reply: Reply) -> List[EventType]:
    """Give the contacts that work everywhere, then ask only for a place name."""
    reply.say("contact.short")
    reply.say("contact.ask_place")
    return [SlotSet(AWAITING_PLACE_SLOT, True)]


def unknown_place(reply: Reply) -> List[EventType]:
    """Say honestly that the place is unknown and keep listening for a place name."""
    reply.say("contact.place_unknown")
    return [SlotSet(AWAITING_PLACE_SLOT, True)]


class ActionContact(AssistantAction):
    """`contact` and `inform_place`: region routing."""

    action_name = "action_contact"
    keeps_awaiting_place = True

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        place = place_in_message(tracker)
        if place:
            return route_to_region(reply, place)
        if tracker.get_slot(AWAITING_PLACE_SLOT) or latest_intent(tracker) == "inform_place":
            return unknown_place(reply)
        return ask_for_place(reply)
