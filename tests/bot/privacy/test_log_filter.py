"""Whatever a library logs, the written line holds no message text, identifier or client address."""
import io
import logging
import logging.config
from pathlib import Path

import pytest
import structlog
import yaml

from bot.privacy.log_filter import PrivacyFilter, scrub

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def captured():
    """A logger wired like logging.yml (privacy filter on the handler), writing to a buffer."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.addFilter(PrivacyFilter())
    logger = logging.getLogger("tests.privacy")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield logger, buffer
    logger.removeHandler(handler)


@pytest.mark.parametrize("line, secret", [
    ('rest.message.received.failure {"text": "im at 070-1740605 help", "event": "x"}', "im at"),
    ("user_message='my name is Anna Test'", "Anna Test"),
    ("call me at +46 70 174 06 09", "174 06 09"),
    ("mail lena.test@example.com", "lena.test@example.com"),
    ("id 19900101-1235 ok", "19900101-1235"),
    ("request from 203.0.113.7:51234", "203.0.113.7"),
    ("request from 2001:db8::1", "2001:db8"),
])
def test_text_identifiers_and_client_addresses_are_scrubbed(line, secret):
    assert secret not in scrub(line)


def test_a_log_line_keeps_its_meaning():
    assert scrub("Action 'action_contact' ran in 12 ms on 127.0.0.1:5005") == "Action 'action_contact' ran in 12 ms on 127.0.0.1:5005"


def test_format_arguments_and_exceptions_are_scrubbed_before_writing(captured):
    logger, buffer = captured
    logger.info("message from %s: %s", "lena.test@example.com", "call 070-1740611")
    try:
        raise ValueError("bad input 070-1740612")
    except ValueError:
        logger.exception("failed for %s", "+46701740613")
    written = buffer.getvalue()
    for value in ["lena.test@example.com", "070-1740611", "070-1740612", "+46701740613"]:
        assert value not in written
    assert "ValueError" in written and "[phone]" in written


def test_structlog_events_as_rasa_configures_them_pass_the_filter(captured):
    logger, buffer = captured
    structlog.configure(processors=[structlog.processors.JSONRenderer()], logger_factory=structlog.stdlib.LoggerFactory(),
                        cache_logger_on_first_use=False)
    structlog.get_logger("tests.privacy").error("rest.message.received.failure", text="jag heter Anna, 070-1740614")
    written = buffer.getvalue()
    assert "rest.message.received.failure" in written and "Anna" not in written and "070-1740614" not in written
    structlog.reset_defaults()


def test_logging_yml_puts_the_filter_on_every_handler_and_mutes_the_access_log():
    config = yaml.safe_load((ROOT / "logging.yml").read_text())
    assert config["filters"]["privacy"]["()"] == "bot.privacy.log_filter.PrivacyFilter"
    assert all("privacy" in handler.get("filters", []) for handler in config["handlers"].values())
    assert config["loggers"]["sanic.access"]["level"] == "WARNING"
