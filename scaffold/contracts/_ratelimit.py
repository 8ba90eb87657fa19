"""``rate_limit``: a moving-window limit through the ``limits`` library.

Storage comes from the settings: ``memory://`` by default (one process), ``redis://…`` to share
limits between processes and hosts. Async functions use ``limits.aio`` so the Redis round trip
never blocks the event loop; with memory storage they call the sync check directly (no I/O, so
no coroutine to pay for).

Each event loop's Redis connections come from a blocking pool of ``rate_limit_connections``
(settings): a burst of more concurrent calls than connections waits for one to free up instead
of failing, so a worker under load answers allowed or 429. By default the wait has no limit of
its own (``rate_limit_wait_seconds`` sets one): each connection is held for one command, and a
command that gets no answer fails after ``REDIS_SOCKET_TIMEOUT`` (the call is then denied, fail
closed), so a stuck Redis cannot hold the queue forever. Opening a connection has its own,
longer limit (``REDIS_CONNECT_TIMEOUT``): the pool opens its connections during the burst that
needs them, while the worker's event loop is busy with that burst.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from limits import RateLimitItem, parse
from limits.aio.strategies import MovingWindowRateLimiter as AsyncMovingWindow
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from scaffold.contracts._auth import AuthContext
from scaffold.contracts._conditions import Bind, Binding, Condition
from scaffold.contracts._config import get_settings, watch
from scaffold.contracts._errors import ContractDefinitionError, ContractError, ErrorType

__all__ = [
    "REDIS_CONNECT_TIMEOUT",
    "REDIS_SOCKET_TIMEOUT",
    "RateLimit",
    "close_rate_limits",
    "rate_limit",
    "reset_rate_limits",
]

REDIS_SOCKET_TIMEOUT = 30.0
"""Seconds an async Redis command may wait for its answer before it fails (and the call is
denied): generous, because an event loop busy with a burst answers late."""

REDIS_CONNECT_TIMEOUT = REDIS_SOCKET_TIMEOUT
"""Seconds opening a Redis connection may take before it fails (and the call is denied).

Set here, not left to redis-py (5 s in recent versions): the kernel completes a connection to
a reachable Redis at once, but the pool opens its connections during the burst that needs
them, and the event loop needs several turns to hand a connection over, each behind the
burst's other requests. With 1,000 requests on one worker of a loaded machine (load 10 on 2
cores) that took longer than 5 s, and the first callers were denied with 500 although Redis
had answered. The same limit as a command's: an unreachable Redis denies calls (fail closed)
after 30 s, not after the kernel's two minutes of attempts."""

PERIODS = ("second", "minute", "hour", "day")
_RATE_LIMIT_EXCEEDED = ErrorType.RATE_LIMIT_EXCEEDED  # hoisted: enum lookups are slow on 3.11
KeyFunction = Callable[[Any, Any], str]
_AsyncEntry = tuple[AsyncMovingWindow, Any]  # the limiter and the connection pool we own, if any


class _Limiters:
    """The limiters for the storage URL in force, rebuilt when the settings change.

    In-memory storage does no I/O, so async functions share the synchronous limiter (one set
    of counters, no event-loop affinity). Network storage gets a ``limits.aio`` limiter per
    event loop, because async Redis connections belong to the loop that opened them.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.current: MovingWindowRateLimiter | None = None  # the sync limiter, once built
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _AsyncEntry] = (
            weakref.WeakKeyDictionary()
        )
        self.runs_sync: bool | None = None  # True: memory storage; None: not known yet
        self._url: str | None = None  # the storage URL the limiters were built for
        self._closing: set[asyncio.Future[None]] = set()
        watch(self)

    def settings_changed(self) -> None:
        """Keep the limiters while the storage URL stays; close the old storage when it moves."""
        if self._url is None or get_settings().rate_limit_storage == self._url:
            return
        with self._lock:
            retired_sync, retired_async = self.current, list(self._async.items())
            self.current = None
            self._async = weakref.WeakKeyDictionary()
            self.runs_sync = None
            self._url = None
        if retired_sync is not None:
            _close_storage(retired_sync.storage)
        for loop, (_, pool) in retired_async:
            if pool is not None:
                self._disconnect(loop, pool)

    def _disconnect(self, loop: asyncio.AbstractEventLoop, pool: Any) -> None:
        """Disconnect an async pool on the loop that owns it, if that loop can still run."""
        if loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            task = loop.create_task(pool.disconnect())
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)
        elif loop.is_running():
            asyncio.run_coroutine_threadsafe(pool.disconnect(), loop)
        else:
            loop.run_until_complete(pool.disconnect())

    def sync(self) -> MovingWindowRateLimiter:
        limiter = self.current
        if limiter is None:
            with self._lock:
                limiter = self.current
                if limiter is None:
                    url = self._url = get_settings().rate_limit_storage
                    limiter = self.current = MovingWindowRateLimiter(storage_from_string(url))
        return limiter

    def aio(self) -> AsyncMovingWindow | None:
        """The async limiter of the running loop, or None when storage is in memory."""
        in_memory = self.runs_sync
        if in_memory is None:
            in_memory = get_settings().rate_limit_storage.startswith("memory:")
            self.runs_sync = in_memory
        if in_memory:
            return None
        loop = asyncio.get_running_loop()
        entry = self._async.get(loop)
        if entry is None:
            settings = get_settings()
            url = self._url = settings.rate_limit_storage
            options: dict[str, Any] = {}
            pool = None
            if url.startswith(("redis://", "rediss://")):
                # Our own pool, so ``close_rate_limits`` can disconnect it before the loop ends;
                # a blocking one, so bursts above its size wait instead of failing.
                from redis.asyncio import BlockingConnectionPool

                pool = BlockingConnectionPool.from_url(
                    url,
                    max_connections=settings.rate_limit_connections,
                    timeout=settings.rate_limit_wait_seconds,
                    socket_timeout=REDIS_SOCKET_TIMEOUT,
                    socket_connect_timeout=REDIS_CONNECT_TIMEOUT,
                )
                options.update(implementation="redispy", connection_pool=pool)
            storage = storage_from_string(f"async+{url}", **options)
            entry = self._async[loop] = (AsyncMovingWindow(storage), pool)
        return entry[0]

    async def close(self) -> None:
        """Disconnect the running loop's async storage, if it opened one."""
        entry = self._async.pop(asyncio.get_running_loop(), None)
        if entry is not None and entry[1] is not None:
            await entry[1].disconnect()

    def reset(self) -> None:
        """Forget every counter in the storage in force (for tests)."""
        self.sync().storage.reset()


def _close_storage(storage: Any) -> None:
    """Release what a synchronous ``limits`` storage holds: a Redis client's pool, a timer."""
    client = getattr(storage, "storage", None)  # the redis/valkey client of Redis storages
    close = getattr(client, "close", None)
    if callable(close):
        close()
    timer = getattr(storage, "timer", None)  # MemoryStorage's expiry timer
    cancel = getattr(timer, "cancel", None)
    if callable(cancel):
        cancel()


_limiters = _Limiters()


async def close_rate_limits() -> None:
    """Close the rate-limit connections of the running event loop (call at app shutdown)."""
    await _limiters.close()


def reset_rate_limits() -> None:
    """Clear the counters of the storage in force (memory, or the Redis keys of ``limits``)."""
    _limiters.reset()


class RateLimit(Condition):
    def __init__(self, key: str, limit: int, per: str, by: str | KeyFunction) -> None:
        if not isinstance(key, str) or not key:
            raise ContractDefinitionError("rate_limit() needs a non-empty key")
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ContractDefinitionError("rate_limit() limit must be a positive integer")
        if per not in PERIODS:
            raise ContractDefinitionError(f"rate_limit() per must be one of {', '.join(PERIODS)}")
        if not (by in ("user", "ip") or callable(by)):
            raise ContractDefinitionError("rate_limit() by must be 'user', 'ip' or a callable")
        self.key = key
        self.limit = limit
        self.per = per
        self.by = by
        self.item: RateLimitItem = parse(f"{limit}/{per}")

    @property
    def needs_caller(self) -> bool:  # type: ignore[override]
        return self.by in ("user", "ip")

    def bind(self, binding: Binding) -> Condition:
        super().bind(binding)
        bound = RateLimit(self.key, self.limit, self.per, self.by)
        bound.is_async = binding.spec.is_async
        bound.sync_switch = _limiters  # memory storage: async functions call ``check``
        return bound

    def _identity(self, caller: AuthContext | None, value: Any) -> str:
        by = self.by
        if callable(by):
            return f"key:{by(value, caller)}"
        if by == "user" and caller is not None and caller.user_id is not None:
            return f"user:{caller.user_id}"
        # Anonymous callers of a per-user limit share their address's bucket.
        ip = caller.client_ip if caller is not None else None
        return f"ip:{ip or 'unknown'}"

    def _denied(self, reset_time: float) -> ContractError:
        retry_after = max(1, math.ceil(reset_time - time.time()))
        return ContractError(
            _RATE_LIMIT_EXCEEDED,
            "Too many requests; retry later.",
            {"retry_after": retry_after, "limit": f"{self.limit}/{self.per}"},
        )

    def inline(self, bind: Bind, caller: str, value: str, extra: str) -> list[str] | None:
        """A per-user limit's admitted call, in place; anything else runs ``check``.

        A refused ``hit`` stores nothing (moving window), so ``check`` hitting again to build
        the denial admits at most the one call the limit has room for.
        """
        if self.by != "user":
            return None
        check, limiters = bind("limit_check", self.check), bind("limiters", _limiters)
        item, key = bind("limit_item", self.item), bind("limit_key", self.key)
        limiter = f"({limiters}.current or {limiters}.sync())"
        hit = f"{limiter}.hit({item}, {key}, f'user:{{{caller}.user_id}}')"
        return [
            f"if {caller} is None or {caller}.user_id is None or not {hit}:",
            f"    {value} = {check}({caller}, {value}, {extra})",
        ]

    def check(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        limiter = _limiters.sync()
        identity = self._identity(caller, value)
        if not limiter.hit(self.item, self.key, identity):
            stats = limiter.get_window_stats(self.item, self.key, identity)
            raise self._denied(stats.reset_time)
        return value

    async def acheck(self, caller: AuthContext | None, value: Any, extra: Any) -> Any:
        limiter = _limiters.aio()
        if limiter is None:
            return self.check(caller, value, extra)
        identity = self._identity(caller, value)
        if not await limiter.hit(self.item, self.key, identity):
            stats = await limiter.get_window_stats(self.item, self.key, identity)
            raise self._denied(stats.reset_time)
        return value

    def __repr__(self) -> str:
        by = self.by if isinstance(self.by, str) else getattr(self.by, "__name__", "callable")
        return f"rate_limit({self.key!r}, {self.limit}, per={self.per!r}, by={by!r})"


def rate_limit(
    key: str, limit: int, per: str = "minute", by: str | KeyFunction = "user"
) -> Condition:
    """At most ``limit`` calls ``per`` second/minute/hour/day for each caller.

    ``by="user"`` keys on the caller's id (anonymous callers on their address), ``by="ip"`` on
    the client address, or a callable ``(input, caller) -> str`` on whatever it returns.
    """
    return RateLimit(key, limit, per, by)
