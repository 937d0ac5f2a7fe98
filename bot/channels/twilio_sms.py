"""SMS and WhatsApp over Twilio, on one webhook: /webhooks/twilio/webhook.

Replaces Rasa's Twilio connector, which trusts any caller, keys conversations by phone number,
sends replies with a blocking API call and answers 500 to a request without a Body. Here:
- a request whose `X-Twilio-Signature` is missing or wrong gets 403 (the `twilio` package's
  RequestValidator, with the auth token from TWILIO_AUTH_TOKEN and the public webhook URL from
  `webhook_url` in credentials.yml or TWILIO_WEBHOOK_URL, so it works behind a proxy; without a
  token every request is refused);
- the answer goes back in the HTTP response as TwiML, so the phone number is not needed once the
  request ends; Rasa only ever sees HMAC pseudonyms, separate for SMS and WhatsApp senders;
- SMS answers are split by bot/channels/sms_parts.py; a long one sends two parts and offers the
  rest for the word "more" in the conversation's language or a digit;
- STOP, START and HELP behave as carriers expect; STOP also deletes the conversation;
- a picture, voice message or file without text is answered, in the person's language, that only
  text can be read (nothing of it is passed on or kept); an empty or huge Body is answered like
  any empty or overlong message.
"""
import logging
import os
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, List, Optional, Set, Text
from urllib.parse import parse_qsl

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from actions import content, wording
from bot.channels.sms_parts import first_parts, split
from bot.privacy.pseudonym import pseudonym

logger = logging.getLogger(__name__)

TOKEN_ENV = "TWILIO_AUTH_TOKEN"
URL_ENV = "TWILIO_WEBHOOK_URL"
MAX_TEXT = 5000  # longer bodies are cut before Rasa sees them (the input guard flags them anyway)
WHATSAPP_PART = 1600  # Twilio's limit for one WhatsApp message body
MORE_DIGIT = "0"  # option numbers start at 1, so 0 never picks an option
PENDING_SECONDS = 3600
STOP_WORDS = {"stop", "stopall", "unsubscribe", "cancel", "end", "quit"}
START_WORDS = {"start", "unstop"}
START_WHEN_STOPPED = {"yes"}
HELP_WORDS = {"help", "info"}
FORGET_TRIGGER = "/forget_me"  # Rasa's intent syntax: runs action_forget_me without NLU


def keyword(text: str) -> str:
    """The message as a carrier keyword candidate: one word, lower case, no punctuation."""
    return "".join(char for char in text.strip().lower() if char.isalnum())


def folded(text: str) -> str:
    """Lower case without diacritics, for comparing the word 'more' in any language."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).strip(" .!")


@dataclass
class Pending:
    """What a person has not yet been sent of a long answer, and until when it is kept."""

    text: str
    language: str
    expires: float


@dataclass
class SmsSessions:
    """Short-lived state in memory only: unsent rests of long answers, and who sent STOP.

    Nothing here is written to disk; keys are pseudonyms. A restart forgets both (where Twilio's
    opt-out handling is on for the number, Twilio also blocks messages after STOP)."""

    pending: Dict[str, Pending] = field(default_factory=dict)
    stopped: Set[str] = field(default_factory=set)

    def take_rest(self, sender: str) -> Optional[Pending]:
        """The unsent rest for this sender, removed from memory, if still fresh."""
        rest = self.pending.pop(sender, None)
        return rest if rest and rest.expires > time.monotonic() else None

    def keep_rest(self, sender: str, text: str, language: str) -> None:
        """Remember the unsent rest for a while (or forget it when there is none)."""
        self.forget(sender)
        if text:
            self.pending[sender] = Pending(text, language, time.monotonic() + PENDING_SECONDS)
        now = time.monotonic()
        for key in [key for key, value in self.pending.items() if value.expires <= now]:
            del self.pending[key]

    def forget(self, sender: str) -> None:
        """Drop the unsent rest of this sender."""
        self.pending.pop(sender, None)


def more_words() -> Set[str]:
    """The word for 'more' in every language, and the digit."""
    return {folded(wording.say("sms.more_word", code)) for code in content.language_codes()} | {MORE_DIGIT}


def rendered(messages: List[Dict[str, Any]]) -> str:
    """The bot's messages as one plain text: buttons become their numbered titles, one per line."""
    blocks = []
    for message in messages:
        lines = [message["text"]] if message.get("text") else []
        lines += [button["title"] for button in message.get("buttons") or []]
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def media_count(params: Dict[str, str]) -> int:
    """How many pictures, voice messages or files came with the message (0 when unreadable)."""
    try:
        return max(0, int(params.get("NumMedia") or 0))
    except ValueError:
        return 0


def form_parameters(request: Request) -> Dict[str, str]:
    """The POSTed form, keeping empty values (Twilio signs `Body=` too; Sanic's `form` drops it)."""
    if "application/x-www-form-urlencoded" not in request.headers.get("content-type", ""):
        return {}
    pairs = parse_qsl((request.body or b"").decode("utf-8", errors="replace"), keep_blank_values=True)
    return dict(pairs)


def twiml(parts: List[str]) -> HTTPResponse:
    """A TwiML response sending each part as its own message."""
    reply = MessagingResponse()
    for part in parts:
        reply.message(part)
    return response.text(str(reply), content_type="application/xml")


class TwilioInput(InputChannel):
    """Signed Twilio webhooks for SMS and WhatsApp, answered with TwiML."""

    @classmethod
    def name(cls) -> Text:
        """URL /webhooks/twilio/webhook, where Twilio's console already points."""
        return "twilio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        """Auth token from the environment only; the public URL from credentials.yml or the environment."""
        credentials = credentials or {}
        token = os.environ.get(TOKEN_ENV, "")
        url = credentials.get("webhook_url") or os.environ.get(URL_ENV, "")
        if not token:
            logger.warning("%s is not set: every Twilio request will be refused with 403.", TOKEN_ENV)
        return cls(token, url)

    def __init__(self, auth_token: str, webhook_url: str = "") -> None:
        self.validator = RequestValidator(auth_token) if auth_token else None
        self.webhook_url = webhook_url
        self.sessions = SmsSessions()

    def signed_url(self, request: Request) -> str:
        """The URL Twilio signed: the configured public one (with this request's query), else as received."""
        if not self.webhook_url:
            return request.url
        return f"{self.webhook_url}?{request.query_string}" if request.query_string else self.webhook_url

    def is_signed(self, request: Request, params: Dict[str, str]) -> bool:
        """Whether Twilio signed exactly this URL and these parameters with our token."""
        signature = request.headers.get("X-Twilio-Signature", "")
        if not self.validator or not signature:
            return False
        return bool(self.validator.validate(self.signed_url(request), params, signature))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """GET health check and the POST webhook."""
        webhook = Blueprint("twilio_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            params = form_parameters(request)
            if not self.is_signed(request, params):
                return response.text("", status=403)
            raw_sender = params.get("From") or ""
            if not raw_sender:
                return twiml([])
            whatsapp = raw_sender.startswith("whatsapp:")
            sender = pseudonym("twilio_whatsapp" if whatsapp else "twilio_sms", raw_sender)
            text = (params.get("Body") or "")[:MAX_TEXT]
            if not text.strip() and media_count(params):
                language = await self.language(request, sender)
                return twiml(self.paged(sender, wording.say("sms.media", language), language, whatsapp))
            parts = await self.answer(request, on_new_message, sender, text, whatsapp)
            return twiml(parts)

        return webhook

    async def answer(self, request: Request, on_new_message: Callable, sender: str, text: str, whatsapp: bool) -> List[str]:
        """The parts to send back for one incoming message."""
        word = keyword(text)
        if word in STOP_WORDS:
            return await self.stop(request, on_new_message, sender)
        if word in START_WORDS or (word in START_WHEN_STOPPED and sender in self.sessions.stopped):
            self.sessions.stopped.discard(sender)
            return self.paged(sender, await self.ask_rasa(on_new_message, sender, "/greet"), await self.language(request, sender), whatsapp)
        if sender in self.sessions.stopped:
            return []
        if word in HELP_WORDS:
            language = await self.language(request, sender)
            return self.paged(sender, wording.say("sms.help", language), language, whatsapp)
        if folded(text) in more_words():
            rest = self.sessions.take_rest(sender)
            if rest:
                return self.paged(sender, rest.text, rest.language, whatsapp)
        said = await self.ask_rasa(on_new_message, sender, text)
        return self.paged(sender, said, await self.language(request, sender), whatsapp)

    async def stop(self, request: Request, on_new_message: Callable, sender: str) -> List[str]:
        """Delete the conversation, remember the opt-out in memory, confirm in the person's language."""
        language = await self.language(request, sender)
        await self.ask_rasa(on_new_message, sender, FORGET_TRIGGER)
        self.sessions.forget(sender)
        self.sessions.stopped.add(sender)
        return split(wording.say("sms.stopped", language))

    async def ask_rasa(self, on_new_message: Callable, sender: str, text: str) -> str:
        """Rasa's answer to one message, as plain text."""
        collector = CollectingOutputChannel()
        await on_new_message(UserMessage(text, collector, sender, input_channel=self.name()))
        return rendered(collector.messages)

    async def language(self, request: Request, sender: str) -> str:
        """The conversation's language from its stored slot (the default for a new conversation)."""
        agent = getattr(request.app.ctx, "agent", None)
        tracker = await agent.tracker_store.retrieve(sender) if agent and agent.tracker_store else None
        language = tracker.get_slot("language") if tracker else None
        return language if language in content.language_codes() else content.default_language()

    def paged(self, sender: str, text: str, language: str, whatsapp: bool) -> List[str]:
        """WhatsApp gets everything; SMS the first parts and the offer of the rest."""
        if whatsapp:
            self.sessions.forget(sender)
            return split_long(text)
        prompt = wording.say("sms.more", language, word=wording.say("sms.more_word", language), digit=MORE_DIGIT)
        parts, rest = first_parts(text, prompt)
        self.sessions.keep_rest(sender, rest, language)
        return parts


def split_long(text: str) -> List[str]:
    """WhatsApp bodies within Twilio's length limit, split at lines where needed."""
    parts: List[str] = []
    for block in text.split("\n\n"):
        if parts and len(parts[-1]) + 2 + len(block) <= WHATSAPP_PART:
            parts[-1] = f"{parts[-1]}\n\n{block}"
        else:
            parts += [block[i:i + WHATSAPP_PART] for i in range(0, len(block), WHATSAPP_PART)] or []
    return [part for part in parts if part.strip()]
