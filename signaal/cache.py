"""The shared cache (Redis) that keeps the site up when Redis is not: `ResilientRedisCache`.

Django's `RedisCache` raises on every call while Redis is unreachable, and the whole middleware stack reads the
cache (sessions, rate limits, the login throttle), so an outage of the cache would be an outage of the site.
This subclass catches connection errors and serves from a small per-process memory cache instead:

- sessions (`cached_db`) fall back to the database, so nobody is logged out;
- the login throttle and rate limits go on counting, per app process: the bound on password spraying becomes
  LOGIN_IP_FAILURE_LIMIT per process instead of per site (still bounded; django-axes' per-account lockout lives
  in the database and is unaffected); nobody is locked out;
- other entries (the cached site pages and module facts included) live at most FALLBACK_MAX_AGE seconds in the
  local cache, whatever their own timeout, so a change made on another server
  (a publish) shows within that time.

After an error, Redis is tried again every RETRY_SECONDS (not on every call). On recovery, the keys this process
wrote or deleted during the outage are deleted in Redis first, so an entry that changed meanwhile (a session that
logged out) is never read back stale. OPTIONS: RETRY_SECONDS, FALLBACK_MAX_AGE, plus redis-py's pool options
(socket_connect_timeout, socket_timeout).
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

log = logging.getLogger("signaal.cache")
# Throttle and rate counters keep their own window in the fallback; every other entry (the site's pages, module
# facts, OIDC discovery) lives there at most FALLBACK_MAX_AGE seconds, whatever timeout it was set with.
COUNTER_PREFIXES = ("signaal:rate:", "signaal:login-fail:", "signaal:pwreset:", "signaal:login-link:")
MAX_TOUCHED = 50_000  # beyond this many keys touched in one outage, the whole cache is cleared on recovery


def _redis_errors() -> tuple[type[BaseException], ...]:
    import redis

    return (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)


class _Outage:
    """Per process and Redis address, shared by the threads (Django gives each thread its own cache object)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.touched: set[str] = set()
        self.clear_on_recovery = False


_outages: dict[str, _Outage] = {}
_outages_lock = threading.Lock()


class _OneClientRedisCacheClient(RedisCacheClient):
    """Django builds a new redis.Redis client (and its ~170 response callbacks) for every cache call; a request
    makes several. One client per connection pool serves them all (this object is per thread, as Django's is)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.retry_seconds = float(options.pop("RETRY_SECONDS", 5))
        self.fallback_max_age = int(options.pop("FALLBACK_MAX_AGE", 30))
        options.setdefault("socket_connect_timeout", 0.5)
        options.setdefault("socket_timeout", 1.0)
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = _OneClientRedisCacheClient
        self._errors = _redis_errors()
        name = f"signaal-fallback:{server}"  # LocMemCache keeps its entries per name, for the whole process
        self._fallback = LocMemCache(name, {"OPTIONS": {"MAX_ENTRIES": 10_000}})
        with _outages_lock:
            self._outage = _outages.setdefault(name, _Outage())

    # ------------------------------------------------------------ state

    def available(self) -> bool:
        """True when Redis answers a PING now (the readiness endpoint reports it)."""
        try:
            return bool(self._cache.get_client(write=True).ping())
        except self._errors:
            return False

    def _failed(self, error: BaseException) -> None:
        with self._outage.lock:
            first = self._outage.down_until == 0.0
            self._outage.down_until = time.monotonic() + self.retry_seconds
        if first:
            log.warning("cache_unavailable error=%s; serving from the local fallback", error.__class__.__name__)

    def _recover(self) -> None:
        """Before the first Redis call after an outage: forget, in Redis, what changed meanwhile."""
        with self._outage.lock:
            touched, clear = list(self._outage.touched), self._outage.clear_on_recovery
        if clear:
            super().clear()
        elif touched:
            for start in range(0, len(touched), 1000):
                super().delete_many(touched[start : start + 1000])
        with self._outage.lock:
            self._outage.touched.difference_update(touched)
            self._outage.clear_on_recovery = False
            self._outage.down_until = 0.0
        self._fallback.clear()
        log.warning("cache_recovered keys_invalidated=%s", "all" if clear else len(touched))

    def _remember(self, keys) -> None:
        with self._outage.lock:
            self._outage.touched.update(keys)
            if len(self._outage.touched) > MAX_TOUCHED:
                self._outage.touched.clear()
                self._outage.clear_on_recovery = True

    def _local_timeout(self, key: str, timeout):
        if key.startswith(COUNTER_PREFIXES):
            return timeout
        timeout = self.default_timeout if timeout is DEFAULT_TIMEOUT else timeout
        return self.fallback_max_age if timeout is None else min(timeout, self.fallback_max_age)

    def _call(self, name: str, keys, *args, **kwargs):
        if self._outage.down_until:
            if time.monotonic() < self._outage.down_until:
                return self._local(name, keys, *args, **kwargs)
            try:
                self._recover()
            except self._errors as error:
                self._failed(error)
                return self._local(name, keys, *args, **kwargs)
        try:
            return getattr(super(), name)(*args, **kwargs)
        except self._errors as error:
            self._failed(error)
            return self._local(name, keys, *args, **kwargs)

    def _local(self, name: str, keys, *args, **kwargs):
        if name in {"add", "set", "touch", "delete", "incr", "set_many", "delete_many", "clear"}:
            self._remember(keys)
        if name == "clear":
            with self._outage.lock:
                self._outage.clear_on_recovery = True
        if name in {"add", "set"}:
            key, value, timeout = args
            return getattr(self._fallback, name)(key, value, self._local_timeout(key, timeout), **kwargs)
        if name == "touch":
            key, timeout = args
            return self._fallback.touch(key, self._local_timeout(key, timeout), **kwargs)
        return getattr(self._fallback, name)(*args, **kwargs)

    # ------------------------------------------------------------ the cache API

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", [key], key, value, timeout, version=version)

    def get(self, key, default=None, version=None):
        return self._call("get", [key], key, default, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", [key], key, value, timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", [key], key, timeout, version=version)

    def delete(self, key, version=None):
        return self._call("delete", [key], key, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", [key], key, version=version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", [key], key, delta, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version=version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", list(keys), keys, version=version)

    def clear(self):
        return self._call("clear", [])
