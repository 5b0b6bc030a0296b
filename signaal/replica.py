"""Manager reports may read from a streaming replica (DATABASE_REPLICA_URL); everything else reads the primary.

- `ReportingReplicaRouter` (DATABASE_ROUTERS) sends a read to the alias "replica" only inside
  `reporting_reads()`; writes, migrations and every read outside it (officers, quizzes, the admin's editors, the
  session and the user) go to "default". So an officer who submits and opens "Mijn training" reads their own
  write (read-your-writes), and a replica that lags or fails never touches the officer's path.
- `reporting_reads()` asks the replica first (one query): when it is down, or lags more than
  SIGNAAL_REPLICA_MAX_LAG_SECONDS, the report reads the primary and a warning is logged (`replica_unavailable`,
  `replica_stale`: monitor these). A failed probe is remembered for SIGNAAL_REPLICA_RETRY_SECONDS per process,
  so a dead replica costs one connection attempt per process per interval, not one per request.
- When the replica lags but within the limit, the report shows "Stand op <time of the last replayed change>"
  instead of "actueel": the manager sees how old the figures are.
"""

import contextvars
import logging
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import DatabaseError, connections

REPLICA = "replica"
log = logging.getLogger("signaal.replica")
_read_alias = contextvars.ContextVar("signaal_read_alias", default=None)
_lock = threading.Lock()
_down_until = 0.0


@dataclass(frozen=True)
class ReadSource:
    """Where a report read its figures: the alias, and when they lag, the moment they are from."""

    alias: str
    as_of: datetime | None = None  # None: live (the primary, or a replica that has replayed everything)
    lag_seconds: float = 0.0


class ReportingReplicaRouter:
    def db_for_read(self, model, **hints):
        return _read_alias.get()

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


LAG_SQL = """
SELECT pg_is_in_recovery(),
       pg_is_wal_replay_paused() OR pg_last_wal_receive_lsn() IS DISTINCT FROM pg_last_wal_replay_lsn(),
       pg_last_xact_replay_timestamp(),
       now()
"""


def replica_probe() -> ReadSource | None:
    """The replica's state, or None when it cannot be used now (down, not a replica, or too far behind)."""
    global _down_until
    if not replica_configured() or time.monotonic() < _down_until:
        return None
    try:
        with connections[REPLICA].cursor() as cursor:
            cursor.execute(LAG_SQL)
            in_recovery, behind, replayed_at, now = cursor.fetchone()
    except DatabaseError as error:
        with _lock:
            first = _down_until == 0.0
            _down_until = time.monotonic() + settings.SIGNAAL_REPLICA_RETRY_SECONDS
        if first:
            log.warning("replica_unavailable error=%s; reports read the primary", error.__class__.__name__)
        connections[REPLICA].close()
        return None
    if _down_until:
        with _lock:
            _down_until = 0.0
        log.warning("replica_available")
    if not in_recovery:
        return ReadSource(REPLICA)  # promoted or a plain server: it is current by definition
    if not behind or replayed_at is None:
        return ReadSource(REPLICA)
    lag = max(0.0, (now - replayed_at).total_seconds())
    if lag > settings.SIGNAAL_REPLICA_MAX_LAG_SECONDS:
        log.warning("replica_stale lag_s=%.0f; reports read the primary", lag)
        return None
    return ReadSource(REPLICA, as_of=replayed_at, lag_seconds=lag)


@contextmanager
def reporting_reads():
    """Within this block, reads go to the replica when it is usable; yields the ReadSource."""
    source = replica_probe() or ReadSource("default")
    token = _read_alias.set(source.alias if source.alias == REPLICA else None)
    try:
        yield source
    finally:
        _read_alias.reset(token)
