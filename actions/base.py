"""The base of every action: answers in the conversation's language and shows the intro once.

How to use: subclass `AssistantAction`, set `action_name`, and implement `respond(reply,
tracker)`: say things with `reply.say(key)` (a wording key of locales/), offer next steps with
`reply.offer([...])`, and return any slot events. The base class decides the language, sends the
greeting and privacy line on the first turn, the once-per-language translation notice, and
collects the events. A message where the classifier also sees danger gets the 112 line first
(actions/danger.py).
"""
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import content, wording
from actions.danger import danger_suspected
from actions.language import conversation_language

INTRO_SLOT = "intro_shown"
NOTICE_SLOT = "notice_languages"
# Channels whose messages stay on the person's phone (bot/channels/twilio_sms.py): said once.
PHONE_CHANNELS = {"twilio"}
OFFERED_SLOT = "offered_options"
AWAITING_PLACE_SLOT = "awaiting_place"
LAST_TOPIC_SLOT = "last_topic"

# Options a reply can offer. "topic:<key>" answers a topic, "language:<code>" switches language.
MORE = "more"
MENU = "menu"


@dataclass
class Reply:
    """What one action says, in one language, and the options it offers."""

    dispatcher: CollectingDispatcher
    locale: str
    events: List[EventType] = field(default_factory=list)

    def say(self, key: str, **extra: Any) -> None:
        """Send the wording `key` in the conversation's language."""
        self.dispatcher.utter_message(text=wording.say(key, self.locale, **extra))

    def offer(self, options: List[str], intro_key: str = "dialogue.related_intro") -> None:
        """Offer numbered next steps: buttons on chat, the same numbers work typed on SMS."""
        buttons = [
            {"title": f"{number}. {self.option_title(option)}", "payload": option_payload(option)}
            for number, option in enumerate(options, start=1)
        ]
        self.dispatcher.utter_message(text=wording.say(intro_key, self.locale), buttons=buttons)
        self.events.append(SlotSet(OFFERED_SLOT, options))

    def option_title(self, option: str) -> str:
        """The label of an option in the conversation's language."""
        if option.startswith("topic:"):
            return wording.say(f"{option[len('topic:'):]}.title", self.locale)
        if option.startswith("language:"):
            return content.languages()["languages"][option[len("language:"):]]["name"]
        return wording.say(f"dialogue.{option}_option", self.locale)


def option_payload(option: str) -> str:
    """What a button sends: the intent that the option stands for."""
    if option.startswith("topic:"):
        return "/" + option[len("topic:"):]
    if option.startswith("language:"):
        return f'/choose_language{{"language_choice": "{option[len("language:"):]}"}}'
    return "/" + option


def topic_options(keys: List[str]) -> List[str]:
    """Options that answer these topics."""
    return [f"topic:{key}" for key in keys]


class AssistantAction(Action):
    """Shared behaviour of every action (see the module docstring)."""

    action_name: Text = ""
    # Only the contact action keeps waiting for a place name across turns.
    keeps_awaiting_place: bool = False
    # What comes first, before any greeting, when the classifier also sees danger (actions/danger.py);
    # None for the emergency action, which says 112 anyway.
    danger_line: Optional[str] = "emergency.short"

    def name(self) -> Text:
        """The action's name in the domain."""
        return self.action_name

    def respond(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        """Say what this action says; return slot events."""
        raise NotImplementedError

    def intro_first(self, tracker: Tracker) -> bool:
        """Whether the greeting and notices come before the answer (emergency help goes first)."""
        return True

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        """Decide the language, show the intro once, then respond."""
        locale, events = conversation_language(tracker)
        reply = Reply(dispatcher, locale)
        danger_first = self.danger_line is not None and danger_suspected(tracker)
        if danger_first:
            reply.say(self.danger_line)
        intro_first = self.intro_first(tracker) and not danger_first
        if intro_first:
            events += self._intro(reply, tracker)
        events += self.respond(reply, tracker)
        if not intro_first:
            events += self._intro(reply, tracker)
        if tracker.get_slot(AWAITING_PLACE_SLOT) and not self.keeps_awaiting_place:
            events.append(SlotSet(AWAITING_PLACE_SLOT, False))
        return events + reply.events

    def _intro(self, reply: Reply, tracker: Tracker) -> List[EventType]:
        """Greeting and privacy line on the first turn; translation notice once per language."""
        events: List[EventType] = []
        if not tracker.get_slot(INTRO_SLOT):
            reply.say("dialogue.greeting")
            reply.say("dialogue.privacy")
            if tracker.get_latest_input_channel() in PHONE_CHANNELS:
                reply.say("sms.phone_notice")
            events.append(SlotSet(INTRO_SLOT, True))
        noticed: List[str] = list(tracker.get_slot(NOTICE_SLOT) or [])
        if wording.meta(reply.locale, "translated") and not wording.meta(reply.locale, "reviewed"):
            if reply.locale not in noticed:
                reply.say("dialogue.translation_notice")
                events.append(SlotSet(NOTICE_SLOT, noticed + [reply.locale]))
        return events


def answer_topic(reply: Reply, key: str, form: str = "short") -> List[EventType]:
    """Answer a topic from content + locales, remind of free choice, offer related topics."""
    topic = content.topic(key)
    reply.say(f"{key}.{form}")
    if topic.get("free_choice_reminder"):
        reply.say("dialogue.free_choice")
    options = ([MORE] if form == "short" else []) + topic_options(topic["related"])
    if "contact" not in topic["related"] and key != "contact":
        options.append("topic:contact")
    reply.offer(options)
    return [SlotSet(LAST_TOPIC_SLOT, key)]


def latest_intent(tracker: Tracker) -> Optional[str]:
    """The intent of the latest user message."""
    return ((tracker.latest_message or {}).get("intent") or {}).get("name")


def latest_entity(tracker: Tracker, entity: str) -> Optional[Dict[str, Any]]:
    """The first entity of this type in the latest user message."""
    for found in (tracker.latest_message or {}).get("entities") or []:
        if found.get("entity") == entity:
            return found
    return None
