"""Rasa's REST channel, at the same URL (/webhooks/rest/webhook), hardened against bad requests.

Rasa's own channel answers HTTP 500 to a body that is not JSON and drops a message that is not a
string. Here a malformed request gets 400 with a short reason, and any message value becomes text
(None becomes the empty message, which the assistant answers). The sender id is replaced by its
pseudonym (bot/privacy/pseudonym.py) before Rasa sees it.
"""
from typing import Any, Awaitable, Callable, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.privacy.pseudonym import pseudonym

MAX_SENDER_LENGTH = 255


def request_problem(request: Request) -> Optional[str]:
    """Why a request cannot be a message, or None when it can."""
    try:
        body = request.json
    except Exception:  # sanic raises on a body that is not JSON
        return "the body must be JSON"
    if not isinstance(body, dict):
        return "the body must be a JSON object"
    sender = body.get("sender")
    if not isinstance(sender, (str, int)) or not str(sender).strip() or len(str(sender)) > MAX_SENDER_LENGTH:
        return "a sender id is required"
    return None


class SafeRestInput(RestInput):
    """REST channel that never answers 500 to a malformed request."""

    @classmethod
    def name(cls) -> Text:
        """Same name, hence same URL, as Rasa's REST channel."""
        return "rest"

    async def _extract_sender(self, req: Request) -> Optional[Text]:
        """A pseudonym of the client's sender id: the raw id never reaches Rasa."""
        return pseudonym(self.name(), str(req.json.get("sender")))

    def _extract_message(self, req: Request) -> Optional[Text]:
        message: Any = req.json.get("message")
        if message is None:
            return ""
        return message if isinstance(message, str) else str(message)

    def get_metadata(self, request: Request) -> Optional[dict]:
        """No client-supplied metadata is stored."""
        return None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """Rasa's REST blueprint behind a check of the request."""
        inner = super().blueprint(on_new_message)

        @inner.on_request
        async def reject_malformed(request: Request) -> Optional[HTTPResponse]:
            if request.method == "POST" and request.path.endswith("/webhook"):
                problem = request_problem(request)
                if problem:
                    return response.json({"error": problem}, status=400)
            return None

        return inner
