"""Helpers for tests of code guarded by contracts: capture metrics, reset the runtime.

``capture_metrics()`` starts from zero, turns recording on for its block, and hands back an
object that reads a contract's numbers by function or by name::

    with capture_metrics() as metrics:
        client.patch("/users/alice/profile", json=...)
    assert metrics.executions(update_profile) == 1
    assert metrics.failures(update_profile, "OWNERSHIP_DENIED") == 0

``reset_runtime()`` puts settings, rate-limit counters and metrics back to their defaults: call
it from an autouse fixture so no test sees another's state.

``rate_limit_clock()`` stops the clock of in-memory rate limits for its block, so a test proves
a window without waiting for it::

    with rate_limit_clock() as clock:
        ...  # use up the limit
        clock.advance(59)  # still refused one second before the minute ends
        clock.advance(2)  # allowed again
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

import limits.storage.memory

from scaffold.contracts import _ratelimit
from scaffold.contracts._config import configure, get_settings, reset
from scaffold.contracts._health import HealthThresholds, health_report, performance_report
from scaffold.contracts._metrics import ContractSnapshot, metrics_snapshot, reset_metrics
from scaffold.contracts._ratelimit import reset_rate_limits

__all__ = [
    "MetricsCapture",
    "RateLimitClock",
    "capture_metrics",
    "rate_limit_clock",
    "reset_runtime",
]

ContractRef = str | Callable[..., Any]


def _name(contract: ContractRef) -> str:
    if isinstance(contract, str):
        return contract
    info = getattr(contract, "__contract__", None)
    if info is None:
        raise TypeError(f"{contract!r} is not guarded by @contract; pass it or its contract name")
    return str(info.name)


class MetricsCapture:
    """Reads the metrics recorded since the capture began.

    Inside the block it reads the live numbers; when the block ends it keeps a copy of them, so
    assertions written after the ``with`` read what the block recorded.
    """

    def __init__(self) -> None:
        self._frozen: list[ContractSnapshot] | None = None

    def _current(self) -> list[ContractSnapshot]:
        return metrics_snapshot() if self._frozen is None else self._frozen

    def freeze(self) -> None:
        """Keep the numbers as they are now (the end of the block calls this)."""
        self._frozen = metrics_snapshot()

    def snapshots(self) -> dict[str, ContractSnapshot]:
        """Every contract called during the capture, by name."""
        return {s.name: s for s in self._current() if s.executions}

    def snapshot(self, contract: ContractRef) -> ContractSnapshot:
        """One contract's numbers; a contract never called has zero executions."""
        name = _name(contract)
        for snapshot in self._current():
            if snapshot.name == name:
                return snapshot
        known = ", ".join(sorted(self.snapshots())) or "none"
        raise KeyError(f"no contract named {name!r} (called during the capture: {known})")

    def executions(self, contract: ContractRef) -> int:
        return self.snapshot(contract).executions

    def failures(self, contract: ContractRef, cause: str | None = None) -> int:
        """Failures of ``contract``: all of them, or those of one cause type code."""
        snapshot = self.snapshot(contract)
        if cause is None:
            return snapshot.failures
        return snapshot.failures_by_cause.get(str(cause), 0)

    def health(self, thresholds: HealthThresholds | None = None) -> dict[str, Any]:
        return health_report(thresholds, self._current())

    def report(self) -> dict[str, Any]:
        return performance_report(self._current())


@contextmanager
def capture_metrics() -> Iterator[MetricsCapture]:
    """Zero the metrics and record (even if ``configure(metrics=False)``) for the block.

    When the block ends the capture keeps its numbers and the live metrics are zeroed again,
    so the next capture or test starts clean.
    """
    was_on = get_settings().metrics
    reset_metrics()
    if not was_on:
        configure(metrics=True)
    capture = MetricsCapture()
    try:
        yield capture
    finally:
        capture.freeze()
        if not was_on:
            configure(metrics=False)
        reset_metrics()


def reset_runtime() -> None:
    """Default settings (read again from the environment), no rate-limit hits, no metrics."""
    reset()
    reset_rate_limits()
    reset_metrics()


class RateLimitClock:
    """The time in-memory rate limits read inside ``rate_limit_clock()``: moved only by hand."""

    def __init__(self, start: float) -> None:
        self.now = start

    def time(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forward (calls made so far age by ``seconds``)."""
        self.now += seconds


class _ClockedTime(ModuleType):
    """The ``time`` module as the rate limiter sees it: ``time()`` from the clock, the rest real."""

    def __init__(self, clock: RateLimitClock) -> None:
        super().__init__("time")
        self._clock = clock

    def time(self) -> float:
        return self._clock.now

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


# Where the moving window reads the time: ``limits``' memory storage, and Retry-After.
_CLOCKED_MODULES: tuple[Any, ...] = (limits.storage.memory, _ratelimit)


@contextmanager
def rate_limit_clock(start: float | None = None) -> Iterator[RateLimitClock]:
    """Freeze the time of in-memory (``memory://``) rate limits for the block; move it by hand.

    Only the rate limiter's clock stops: sessions still expire by the real time. Redis storage
    keeps its own time, so tests that move the clock use memory storage.
    """
    clock = RateLimitClock(time.time() if start is None else start)
    clocked = _ClockedTime(clock)
    saved = [module.time for module in _CLOCKED_MODULES]
    for module in _CLOCKED_MODULES:
        module.time = clocked
    try:
        yield clock
    finally:
        for module, original in zip(_CLOCKED_MODULES, saved, strict=True):
            module.time = original
