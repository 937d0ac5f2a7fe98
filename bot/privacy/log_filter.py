"""Log lines carry no message text, phone number, e-mail, personal number or address of a client,
whoever writes them: Rasa, its structlog events, Sanic, the action server or this project.

A `logging.Filter` on the handlers of logging.yml (passed to both servers with Rasa's own
`--logging-config-file`). It rewrites every record before it is written:
- identifiers become typed placeholders (bot/privacy/redaction.py), IP addresses `[ip]`;
- structured events that carry what a person wrote (Rasa's `"text": "..."` in
  `rest.message.received.failure`, `"user_message"`, …) keep their name but not the text.
Sender ids are pseudonyms before Rasa sees them (bot/privacy/pseudonym.py), so none is logged raw.
"""
import logging
import re

from bot.privacy.redaction import redact

IP_ADDRESS = re.compile(
    r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?(?![\w.])"  # IPv4, with a port
    r"|(?<![\w:])(?=[0-9a-f:]*::|(?:[0-9a-f]{1,4}:){4})(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])",  # IPv6, not 12:30:45
    re.IGNORECASE,
)
LOOPBACK = ("127.0.0.1", "0.0.0.0")
# Structured fields whose value is what a person wrote.
TEXT_FIELDS = re.compile(r"""(["']?(?:text|user_message|message_text|user_text)["']?\s*[:=]\s*)(["'])(?:\\.|(?!\2).)*\2""")


def _ip(match: "re.Match[str]") -> str:
    """A client address becomes [ip]; the server's own loopback address stays readable."""
    return match.group(0) if match.group(0).startswith(LOOPBACK) else "[ip]"


def scrub(message: str) -> str:
    """The log message with written text withheld and identifiers replaced."""
    message = TEXT_FIELDS.sub(lambda match: f"{match.group(1)}{match.group(2)}[withheld]{match.group(2)}", message)
    return IP_ADDRESS.sub(_ip, redact(message))


class PrivacyFilter(logging.Filter):
    """Rewrites each record's message through `scrub` (never drops a record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the formatted message; exception text is scrubbed too."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        record.msg, record.args = scrub(message), ()
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True
