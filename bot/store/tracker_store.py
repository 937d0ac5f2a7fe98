"""The only way conversations reach storage: Rasa's SQL store (SQLite by default) or Rasa's Redis
store, behind a layer that redacts identifiers and erases a conversation completely when the
person asks for it.

Named in endpoints.yml as `tracker_store: type: bot.store.tracker_store.PrivateTrackerStore`,
with `backend: sqlite` (file `db`, default var/conversations.db) or `backend: redis` (`url`,
`port`, `redis_db`; the password only from the environment variable REDIS_PASSWORD).
- Before anything is written, user text, parse data and slot values pass through
  bot/privacy/redaction.py (phone numbers, e-mail addresses, personal identity numbers... become
  `[phone]`, `[email]`, `[personal-id]`); message metadata is not stored.
- When a saved turn contains `action_forget_me`, every stored event of that conversation is
  deleted and nothing of it is written; the next message starts a new conversation.
- A conversation with no activity for `retention_hours` (default 24) is deleted. SQLite: by a
  purge when the store starts and then every `purge_interval_minutes` (default 10) while it runs.
  Redis: by its own expiry, renewed on every save.
Conversation keys are already pseudonyms (bot/privacy/pseudonym.py) when they arrive here.
"""
import logging
import os
import threading
import time
from pathlib import Path
from typing import Any, Dict, Iterable, Optional, Text

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import RedisTrackerStore, SerializedTrackerAsText, SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import event
from sqlalchemy import func as sa_func

from bot.privacy.redaction import redact, redact_value

logger = logging.getLogger(__name__)

FORGET_ACTION = "action_forget_me"
DEFAULT_DB = "var/conversations.db"
DEFAULT_RETENTION_HOURS = 24.0
DEFAULT_PURGE_INTERVAL_MINUTES = 10.0
BACKENDS = ("sqlite", "redis")
REDIS_PASSWORD_ENV = "REDIS_PASSWORD"


def _overwrite_deleted_data(connection: Any, _record: Any) -> None:
    """SQLite overwrites deleted rows with zeros instead of leaving them in free pages."""
    connection.execute("PRAGMA secure_delete = ON")


def redact_event(event: Dict[Text, Any]) -> Dict[Text, Any]:
    """A serialised event with identifiers replaced in what the person wrote or what slots hold."""
    if event.get("event") == "user":
        event = {**event, "text": redact(event.get("text") or ""), "metadata": {},
                 "parse_data": redact_value(event.get("parse_data") or {})}
    elif event.get("event") == "slot":
        event = {**event, "value": redact_value(event.get("value"))}
    return event


def forget_requested(tracker: DialogueStateTracker) -> bool:
    """Whether the latest turn (since the last user message) ran the delete action."""
    for past in reversed(tracker.events):
        if isinstance(past, ActionExecuted) and past.action_name == FORGET_ACTION:
            return True
        if isinstance(past, UserUttered):
            return False
    return False


def sqlite_store(domain: Optional[Domain], db: Text) -> SQLTrackerStore:
    """Rasa's SQL store on a SQLite file that overwrites what it deletes."""
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    store = SQLTrackerStore(domain=domain, dialect="sqlite", db=db)
    event.listen(store.engine, "connect", _overwrite_deleted_data)
    store.engine.dispose()  # connections opened before the listener are dropped
    return store


def redis_store(domain: Optional[Domain], url: Text, port: int, redis_db: int, retention_seconds: float) -> RedisTrackerStore:
    """Rasa's Redis store, every conversation expiring `retention_seconds` after its latest save."""
    return RedisTrackerStore(domain=domain, host=url, port=int(port), db=int(redis_db),
                             password=os.environ.get(REDIS_PASSWORD_ENV) or None,
                             record_exp=max(1, round(retention_seconds)))


class PrivateTrackerStore(TrackerStore, SerializedTrackerAsText):
    """Tracker store (SQLite or Redis) that redacts, expires, and honours 'delete my conversation' at once."""

    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[Text] = None,
        event_broker: Optional[EventBroker] = None,
        backend: Text = "sqlite",
        db: Text = DEFAULT_DB,
        url: Text = "localhost",
        port: int = 6379,
        redis_db: int = 0,
        retention_hours: float = DEFAULT_RETENTION_HOURS,
        purge_interval_minutes: float = DEFAULT_PURGE_INTERVAL_MINUTES,
        **kwargs: Dict[Text, Any],
    ) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"tracker_store backend must be one of {BACKENDS}, not {backend!r}")
        self.backend = backend
        self.retention_seconds = float(retention_hours) * 3600
        if backend == "redis":
            self.inner: Any = redis_store(domain, url, port, redis_db, self.retention_seconds)
        else:
            self.inner = sqlite_store(domain, db)
        super().__init__(domain, event_broker, **kwargs)
        self._stop = threading.Event()
        if backend == "sqlite":
            self.purge_expired()
            interval = float(purge_interval_minutes) * 60
            threading.Thread(target=self._purge_every, args=(interval,), name="retention-purge", daemon=True).start()

    def purge_expired(self) -> int:
        """Delete every conversation whose latest event is older than the retention period (SQLite;
        Redis expires conversations itself)."""
        if self.backend != "sqlite":
            return 0
        cutoff = time.time() - self.retention_seconds
        table = self.inner.SQLEvent
        with self.inner.session_scope() as session:
            expired = [sender for (sender,) in session.query(table.sender_id).group_by(table.sender_id)
                       .having(sa_func.max(table.timestamp) < cutoff).all()]
            if expired:
                session.query(table).filter(table.sender_id.in_(expired)).delete(synchronize_session=False)
                session.commit()
        if expired:
            logger.info(f"Retention: {len(expired)} conversation(s) past the retention period deleted.")
        return len(expired)

    def stop_purging(self) -> None:
        """End the scheduled purge (the process ending ends it too)."""
        self._stop.set()

    def _purge_every(self, interval: float) -> None:
        """Purge on a schedule until the process ends."""
        while not self._stop.wait(interval):
            try:
                self.purge_expired()
            except Exception:  # a failed purge must not stop later ones
                logger.exception("Retention purge failed; will try again.")

    @property
    def domain(self) -> Domain:
        """The domain trackers are rebuilt with."""
        return self._domain

    @domain.setter
    def domain(self, domain: Optional[Domain]) -> None:
        self._domain = domain or Domain.empty()
        self.inner.domain = self._domain

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the new events, or erase the conversation if the person asked for that."""
        if forget_requested(tracker):
            await self.delete(tracker.sender_id)
            return
        await self.inner.save(self._redacted(tracker))

    def _redacted(self, tracker: DialogueStateTracker) -> DialogueStateTracker:
        """A copy of the tracker whose events carry no identifiers."""
        events = [redact_event(event.as_dict()) for event in tracker.events]
        return DialogueStateTracker.from_dict(tracker.sender_id, events, self.domain.slots)

    async def delete(self, sender_id: Text) -> None:
        """Remove every stored event of one conversation."""
        if self.backend == "redis":
            self.inner.red.delete(self.inner.key_prefix + sender_id)
        else:
            with self.inner.session_scope() as session:
                session.query(self.inner.SQLEvent).filter(self.inner.SQLEvent.sender_id == sender_id).delete()
                session.commit()
        logger.info("A conversation was deleted on request.")

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        """The stored conversation, or None."""
        return await self.inner.retrieve(sender_id)

    async def retrieve_full_tracker(self, conversation_id: Text) -> Optional[DialogueStateTracker]:
        """The stored conversation across sessions, or None."""
        return await self.inner.retrieve_full_tracker(conversation_id)

    async def keys(self) -> Iterable[Text]:
        """The ids of stored conversations."""
        return await self.inner.keys()
