"""Conversation keys that do not reveal who is writing: HMAC-SHA256 of the channel's sender id.

The key comes from the environment (`ASSISTANT_PSEUDONYM_KEY`) or from a key file
(`ASSISTANT_PSEUDONYM_KEY_FILE`, default var/pseudonym.key) that is created on first use with
owner-only permission. The same sender on the same channel always gets the same pseudonym, so a
conversation can continue; without the key, the pseudonym cannot be turned back into a number.
"""
import hashlib
import hmac
import os
import secrets
from functools import lru_cache
from pathlib import Path

KEY_ENV = "ASSISTANT_PSEUDONYM_KEY"
KEY_FILE_ENV = "ASSISTANT_PSEUDONYM_KEY_FILE"
DEFAULT_KEY_FILE = "var/pseudonym.key"


def _key_from_file(path: Path) -> bytes:
    """Read the key file, creating it (owner read/write only) with a random key if missing."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


@lru_cache(maxsize=None)
def key() -> bytes:
    """The secret key: from the environment if set, else from the key file."""
    from_env = os.environ.get(KEY_ENV)
    if from_env:
        return from_env.encode()
    return _key_from_file(Path(os.environ.get(KEY_FILE_ENV, DEFAULT_KEY_FILE)))


def pseudonym(channel: str, sender_id: str) -> str:
    """The conversation key for a sender on a channel (different channels never share one)."""
    return hmac.new(key(), f"{channel}:{sender_id}".encode("utf-8"), hashlib.sha256).hexdigest()
