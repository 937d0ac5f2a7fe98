"""Starts the trained assistant (action server + Rasa server, REST channel) once for these tests.

The servers run from the repository root exactly as `make run` starts them, but on free ports
and with the conversation store in a temporary folder, so the tests can read what was stored.
"""
import hashlib
import hmac
import os
import socket
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest
import requests
import yaml
from twilio.request_validator import RequestValidator

from actions import wording
from bot.channels import twilio_sms
from bot.privacy import pseudonym as pseudonyms
from tests.conversation.wordings import rendered

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "assistant.tar.gz"
BIN = ROOT / ".venv" / "bin"
START_TIMEOUT = 300
# The servers under test pseudonymise sender ids with this key, so tests can find a conversation.
TEST_KEY = "conversation-tests-only"
# Twilio: the auth token the server checks signatures with, and the public URL Twilio would call
# (the server runs behind it as behind a proxy: requests go to localhost, signatures name this URL).
TWILIO_TOKEN = "twilio-tests-only"
TWILIO_PUBLIC_URL = "https://assistant.example.com/webhooks/twilio/webhook"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, processes: List[subprocess.Popen], logs: List[Path]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        for process, log in zip(processes, logs):
            if process.poll() is not None:
                pytest.fail(f"a server stopped while starting:\n{log.read_text()[-3000:]}")
        try:
            if requests.get(url, timeout=2).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(1)
    pytest.fail(f"{url} did not come up in {START_TIMEOUT} s")


class Assistant:
    """The running assistant, spoken to over the REST channel."""

    def __init__(self, url: str, database: Path, logs: List[Path]) -> None:
        self.url = url
        self.twilio_url = url.replace("/rest/", "/twilio/")
        self.database = database
        self.logs = logs

    def twilio(self, params: Dict[str, str], signature: Optional[str] = None) -> requests.Response:
        """POST a Twilio webhook request, signed for the public URL unless a signature is given."""
        if signature is None:
            signature = RequestValidator(TWILIO_TOKEN).compute_signature(TWILIO_PUBLIC_URL, params)
        return requests.post(self.twilio_url, data=params, headers={"X-Twilio-Signature": signature}, timeout=120)

    def post(self, sender: str, text: Any) -> requests.Response:
        """Send one message; the raw HTTP response."""
        return requests.post(self.url, json={"sender": sender, "message": text}, timeout=120)

    def send(self, sender: str, text: Any) -> List[Dict[str, Any]]:
        """Send one message and return the replies, failing on anything but HTTP 200."""
        response = self.post(sender, text)
        assert response.status_code == 200, f"HTTP {response.status_code}: {response.text[:500]}"
        return response.json()


def start_assistant(workdir: Path, store: Dict[str, Any], lock_store: Optional[Dict[str, Any]] = None) -> Iterator[Assistant]:
    """Action server and Rasa server on free ports, with this tracker store (and lock store)."""
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` (make test trains first)")
    rasa_port, actions_port = free_port(), free_port()
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text())
    endpoints["action_endpoint"]["url"] = f"http://127.0.0.1:{actions_port}/webhook"
    endpoints["tracker_store"].update(store)
    if lock_store:
        endpoints["lock_store"] = lock_store
    (workdir / "endpoints.yml").write_text(yaml.safe_dump(endpoints))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false", pseudonyms.KEY_ENV: TEST_KEY,
           twilio_sms.TOKEN_ENV: TWILIO_TOKEN, twilio_sms.URL_ENV: TWILIO_PUBLIC_URL}
    logs = [workdir / "actions.log", workdir / "rasa.log"]
    commands = [
        [str(BIN / "rasa"), "run", "actions", "--actions", "actions", "--port", str(actions_port),
         "--logging-config-file", str(ROOT / "logging.yml")],
        [str(BIN / "rasa"), "run", "--model", str(MODEL), "--credentials", str(ROOT / "credentials.yml"),
         "--endpoints", str(workdir / "endpoints.yml"), "--port", str(rasa_port), "--interface", "127.0.0.1",
         "--logging-config-file", str(ROOT / "logging.yml")],
    ]
    processes = [
        subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
        for command, log in zip(commands, logs)
    ]
    try:
        wait_until_up(f"http://127.0.0.1:{actions_port}/health", processes, logs)
        wait_until_up(f"http://127.0.0.1:{rasa_port}/", processes, logs)
        yield Assistant(f"http://127.0.0.1:{rasa_port}/webhooks/rest/webhook", workdir / "conversations.db", logs)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """The assistant as `make run` starts it: SQLite store in a temporary folder."""
    workdir = tmp_path_factory.mktemp("assistant")
    yield from start_assistant(workdir, {"backend": "sqlite", "db": str(workdir / "conversations.db")})


@pytest.fixture(scope="session")
def redis_assistant(tmp_path_factory: pytest.TempPathFactory, redis_server: Dict[str, Any]) -> Iterator[Assistant]:
    """The assistant on Redis: conversations in Redis database 0, conversation locks in database 1."""
    workdir = tmp_path_factory.mktemp("redis-assistant")
    host, port = redis_server["host"], redis_server["port"]
    yield from start_assistant(workdir, {"backend": "redis", "url": host, "port": port, "redis_db": 0},
                               {"type": "redis", "url": host, "port": port, "db": 1})


@pytest.fixture
def sender() -> str:
    """A new conversation."""
    return f"test-{uuid.uuid4().hex}"


def stored_id(sender: str, channel: str = "rest") -> str:
    """The key under which the server stores the conversation of `sender` on a channel."""
    return hmac.new(TEST_KEY.encode(), f"{channel}:{sender}".encode(), hashlib.sha256).hexdigest()


def texts(replies: List[Dict[str, Any]]) -> List[str]:
    return [reply["text"] for reply in replies if reply.get("text")]


def button_titles(replies: List[Dict[str, Any]]) -> List[str]:
    return [button["title"] for reply in replies for button in reply.get("buttons") or []]


def start(assistant: Assistant, sender: str, language: str) -> None:
    """Open a conversation in a language, as a person would: by greeting in it."""
    replies = assistant.send(sender, {"en": "hello", "sv": "hej hej"}[language])
    assert wording.say("dialogue.privacy", language) in texts(replies)


def only(language: str, replies: List[Dict[str, Any]]) -> Optional[str]:
    """The first reply text that is not wording of `language`, or None when all are."""
    known = rendered(language)
    for text in texts(replies):
        if text not in known and not known.matches_template(text):
            return text
    return None
