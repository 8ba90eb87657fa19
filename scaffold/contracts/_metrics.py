"""Per-contract metrics, recorded by the ``@contract`` wrappers on every call.

Each contract name owns one ``ContractMetrics``: executions, failures by cause type, a latency
histogram (fixed buckets, the same ones Prometheus exports), the last 1,000 timed calls for
the average and p95, and the time of the last failure.

Every call is counted, exactly, and decided at once whether it is timed: it takes the next
decision of its contract's sampling plan, a list of ``PLAN_LENGTH`` decisions it pops from
(``plan.pop()``: one specialised method call, no clock, no number made), so the count is
how far the plans were drained. Durations are timed on every call while a contract is quiet
(up to ``TIMED_PER_SECOND`` calls a second, and until its window holds ``WINDOW_SIZE`` timed
calls); above that, on a random sample: each call is timed with probability 1/2^k, k chosen
from the traffic (so whether a call is timed depends on nothing about it or its neighbours:
a workload that is slow every Nth call is sampled as fairly as any other). Reading the clock
twice costs more than everything else the metrics do, so this is what keeps them cheap at
high traffic; the latency figures (histogram, sum, average, p95, max) are then those of the
timed calls, an unbiased sample of all of them, and the counts stay exact. Failures are
counted whether timed or not; their causes are in the window only when timed.

Recording a timed call appends one item to a queue (a success its duration, a failure a
``(duration, cause)`` tuple, in call order; an untimed failure ``(None, cause)``); counting,
bucketing and sorting happen in batches, away from the call: when somebody reads, and every
``FOLD_SECONDS`` in a background thread, so a success pays no test of the queue's length and
the queue holds at most the calls of that long when nobody reads.

Thread-safe (an atomic ``pop`` and at most one append per call, a lock per contract for the
batches and the plans) and async-safe
(recording never awaits, so nothing interleaves inside it on an event loop). Fork-safe: a fork
stops the background thread first and holds every metrics lock, so the child is forked from a
process with no helper thread and no half-done fold.
``configure(metrics=False)`` makes the wrappers skip counting and timing altogether. The
registry holds contracts weakly: a function that is garbage collected (a test's local
function, say) leaves the reports with it.
"""

from __future__ import annotations

import logging
import math
import os
import random
import sys
import threading
import time
import weakref
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import CodeType
from typing import Any, Protocol

__all__ = [
    "CLOCK",
    "EXCEPTION",
    "FOLD_EVERY",
    "FOLD_SECONDS",
    "LATENCY_BUCKETS",
    "TIMED_PER_SECOND",
    "WINDOW_SIZE",
    "ContractMetrics",
    "ContractSnapshot",
    "fold_all",
    "metrics_for",
    "metrics_snapshot",
    "reset_metrics",
]

LATENCY_BUCKETS: tuple[float, ...] = (
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
)
"""Upper bounds (seconds) of the latency histogram; a last bucket holds everything above."""

WINDOW_SIZE = 1000
"""How many recent timed calls the average, the p95 and the health checks look at."""

TIMED_PER_SECOND = 1000.0
"""Up to this many calls a second (per contract) every call is timed; above, about this many
to twice this many a second are, chosen at random. The window of 1,000 timed calls then
spans half a second to a second of traffic."""

FOLD_EVERY = 1024
"""Calls queued before a call that goes through ``record`` or ``beyond`` folds them itself."""

FOLD_SECONDS = 0.05
"""How often the background thread folds every contract's queue: with nobody reading, the
queue holds at most the calls of this long (plus the wait for the interpreter lock)."""

STOP_SECONDS = 5.0
"""How long a fork waits for the background thread to end. It ends within one pass (a fold
of at most ``FOLD_SECONDS`` of calls) unless an exporter blocks; then the fork goes on with
the thread running, and says so."""

_UNTIL_FOLDING = -1.0
"""The wrappers' fast limit while no background thread folds: every success goes through
``beyond``, which folds a full queue itself (and starts the thread)."""

EXCEPTION = "EXCEPTION"
"""The cause recorded when the guarded function itself raised (not a contract denial)."""

_log = logging.getLogger("scaffold.contracts")

CLOCK = time.monotonic if time.get_clock_info("monotonic").resolution <= 1e-6 else time.perf_counter
"""The clock that times calls: ``monotonic`` reads in about half the time of ``perf_counter``
on Linux with the same resolution; where it is coarse (Windows), ``perf_counter``."""


class Exporter(Protocol):
    """Something that mirrors each folded batch elsewhere (Prometheus multiprocess files)."""

    def flush(
        self,
        metrics: ContractMetrics,
        calls: int,
        durations: list[float],
        bucket_deltas: list[int],
        causes: Mapping[str, int],
    ) -> None: ...


class _Recorder:
    """Process-wide switches the wrappers and the metrics read; pushed by ``configure``.

    Each wrapper is compiled twice, timed and plain, and registered here (``adopt``); turning
    metrics on or off swaps the code of every wrapper, so neither version tests the switch on
    every call. ``fast_limit()`` (the slow-call threshold, or the histogram's first bucket when
    lower) is pushed into each wrapper's namespace as a plain global, so the timed code
    compares a float without an attribute lookup.

    It also owns the background fold: a daemon thread, started by the first call counted
    (so importing or decorating starts no thread, and a server that forks its workers before
    serving forks a process without one). A fork stops it first (``before_fork``); parent
    and child each start a new one at their next call counted. Until it runs,
    ``fast_limit()`` is negative, so every success goes through ``beyond``, which folds a
    full queue itself: memory stays bounded whether the thread runs or not.

    Its locks are reentrant: a fork from a thread that holds one (an exporter that forks
    inside a fold, the fold thread itself) takes it again instead of waiting for itself.
    """

    __slots__ = (
        "_enabled",
        "_fold_error",
        "_fold_failed",
        "_lock",
        "_slow_call_seconds",
        "_stop",
        "_thread",
        "_wrappers",
        "exporter",
        "folding",
    )

    def __init__(self) -> None:
        self._enabled = True
        self._lock = threading.RLock()
        self._wrappers: weakref.WeakKeyDictionary[Any, tuple[CodeType, CodeType, str]] = (
            weakref.WeakKeyDictionary()
        )
        self._slow_call_seconds = 1.0
        self.exporter: Exporter | None = None
        self.folding = False  # the background thread runs in this process
        self._fold_failed = False  # it could not start: calls fold themselves
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()  # the running thread's own: set, it ends
        self._fold_error: str | None = None

    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, value: bool) -> None:
        with self._lock:
            if value == self._enabled:
                return
            self._enabled = value
            for function, (timed, plain, _) in list(self._wrappers.items()):
                function.__code__ = timed if value else plain

    @property
    def slow_call_seconds(self) -> float:
        return self._slow_call_seconds

    @slow_call_seconds.setter
    def slow_call_seconds(self, value: float) -> None:
        with self._lock:
            self._slow_call_seconds = value
            self._push_limits()

    def fast_limit(self) -> float:
        """The longest success a wrapper appends itself: longer ones are counted apart.

        Negative while no background thread folds, so that every success goes through
        ``beyond`` and its length check.
        """
        if not self.folding:
            return _UNTIL_FOLDING
        return min(self._slow_call_seconds, LATENCY_BUCKETS[0])

    def _push_limits(self) -> None:
        limit = self.fast_limit()
        for function, (_, _, name) in list(self._wrappers.items()):
            function.__globals__[name] = limit

    def fold_in_background(self) -> None:
        """Start the thread that folds every contract each ``FOLD_SECONDS`` (once a process).

        When no thread can start (a process out of threads, interpreter shutdown), the calls
        keep folding their own queue every ``FOLD_EVERY``, which costs them a length test.
        """
        with self._lock:
            if self.folding or self._fold_failed:
                return
            stop = threading.Event()
            thread = threading.Thread(
                target=self._fold_forever, args=(stop,), name="scaffold-metrics-fold", daemon=True
            )
            try:
                thread.start()
            except RuntimeError as error:
                self._fold_failed = True
                if not sys.is_finalizing():
                    _log.warning("contract metrics: no background fold thread (%s)", error)
                return
            self._thread, self._stop = thread, stop
            self.folding = True
            self._push_limits()

    def _fold_forever(self, stop: threading.Event) -> None:
        """Fold every contract each ``FOLD_SECONDS`` until ``stop`` is set.

        A pass never waits for a lock: a contract or a registry busy now is folded at the next
        pass (or by whoever holds it). So stopping the thread before a fork always ends, even
        when the thread that forks holds one of those locks.
        """
        while not stop.wait(FOLD_SECONDS):
            self._fold_pass()

    def _fold_pass(self) -> None:
        """One pass over every contract (a function of its own: between passes the thread
        holds no contract, so one whose functions are gone leaves the registry)."""
        for metrics in _registry.live(wait=False):
            self.fold_quietly(metrics, wait=False)  # empty or not: it rates the traffic

    def fold_quietly(self, metrics: ContractMetrics, wait: bool) -> None:
        """Fold one contract away from any call: an exporter's error is logged once, not raised."""
        try:
            metrics.fold(wait)
        except Exception as error:  # an exporter that failed: say so once, go on
            if repr(error) != self._fold_error:
                self._fold_error = repr(error)
                _log.exception("contract metrics: folding failed")

    def before_fork(self) -> None:
        """Fork a process with no fold thread, no fold half done and no call queued.

        The thread is woken and joined (Python 3.12+ warns about, and a child can deadlock
        on, a fork with a thread running); then every metrics lock is held until the fork is
        done, each contract folded once held, so the child inherits complete, folded numbers
        and an exporter writes those calls once, in the parent. Meanwhile a call in another
        thread appends as usual, or waits for the fork (a failure, a call above the fast
        limit, and a reader wait for a contract's lock; the first call to find the thread
        stopped, for this recorder's).
        """
        self._lock.acquire()  # no thread starts while this one stops
        self._stop_folding()
        _registry.hold_for_fork()

    def _stop_folding(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self.folding = False
        self._push_limits()  # the next call counted, in parent or child, starts a new thread
        self._stop.set()
        if thread is threading.current_thread():
            return  # a fork from inside a pass: in the parent, the thread ends after it
        thread.join(STOP_SECONDS)
        if thread.is_alive():
            _log.warning(
                "contract metrics: the fold thread did not stop within %.0f s; "
                "forking with it running",
                STOP_SECONDS,
            )
        elif thread.native_id is not None:
            _wait_for_os_thread(thread.native_id, time.monotonic() + STOP_SECONDS)

    def after_fork_in_parent(self) -> None:
        _registry.release_after_fork()
        self._lock.release()

    def after_fork_in_child(self) -> None:
        """The child has no fold thread: its first call counted starts its own.

        The child's only thread is the one that forked, and holds the locks ``before_fork``
        took: every lock is made anew, free.
        """
        self._lock = threading.RLock()
        self._fold_failed = False
        _registry.after_fork()

    def adopt(self, function: Any, timed: CodeType, plain: CodeType, limit: str) -> None:
        """Give ``function`` the code matching the switch now, and on every change after.

        ``limit`` names the global of ``function``'s namespace (each wrapper has its own) that
        holds ``fast_limit()``.
        """
        with self._lock:
            self._wrappers[function] = (timed, plain, limit)
            function.__code__ = timed if self._enabled else plain
            function.__globals__[limit] = self.fast_limit()


def _wait_for_os_thread(native_id: int, deadline: float) -> None:
    """Wait until a joined thread's OS thread is gone, where Linux's /proc shows it.

    Python 3.12 and later count the OS threads when they decide whether to warn about a fork,
    and ``join`` can return a few microseconds before the OS thread is gone from /proc (about
    4% of forks warned on 3.12 without this wait; 3.13 showed it too, more rarely). Short
    sleeps, not a spin: the thread that ends may need this CPU.
    """
    task = f"/proc/self/task/{native_id}"
    while os.path.exists(task) and time.monotonic() < deadline:
        time.sleep(0.00002)


RECORDER = _Recorder()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(
        before=RECORDER.before_fork,
        after_in_parent=RECORDER.after_fork_in_parent,
        after_in_child=RECORDER.after_fork_in_child,
    )


@dataclass(frozen=True)
class ContractSnapshot:
    """A consistent copy of one contract's numbers, taken under its lock.

    Counts (``executions``, ``failures``) are exact. The latency figures (``timed_calls``,
    ``total_seconds``, ``bucket_counts``) and the window are those of the timed calls: all of
    them while the contract is quiet, an unbiased random sample at high traffic.
    """

    name: str
    layer: str
    executions: int
    failures: int
    failures_by_cause: Mapping[str, int]
    timed_calls: int
    total_seconds: float
    bucket_counts: tuple[int, ...]
    window_calls: int
    window_failures_by_cause: Mapping[str, int]
    avg_seconds: float | None
    p95_seconds: float | None
    max_seconds: float | None
    last_failure: float | None

    @property
    def failure_rate(self) -> float:
        """Failures over executions since the start (or the last reset)."""
        return self.failures / self.executions if self.executions else 0.0

    @property
    def window_failures(self) -> int:
        return sum(self.window_failures_by_cause.values())


# A timed success's duration, a timed failure's (duration, cause), an untimed one's (None, cause)
_Entry = float | tuple[float | None, str]


def _durations(entries: list[_Entry]) -> list[float]:
    """The durations of the timed entries."""
    return [
        entry if entry.__class__ is float else entry[0]  # type: ignore[index, misc]
        for entry in entries
        if entry.__class__ is float or entry[0] is not None  # type: ignore[index]
    ]


def _causes(entries: list[_Entry]) -> Counter[str]:
    return Counter(entry[1] for entry in entries if entry.__class__ is tuple)


def _timed(entries: list[_Entry]) -> list[_Entry]:
    """The entries of timed calls (what the window keeps)."""
    return [entry for entry in entries if entry.__class__ is float or entry[0] is not None]  # type: ignore[index]


def _p95(durations: list[float]) -> float:
    """Nearest-rank 95th percentile of a non-empty list."""
    ordered = sorted(durations)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


_ALL_IN_FIRST = [0] * len(LATENCY_BUCKETS)
_NO_CAUSES: Counter[str] = Counter()  # never changed: read only
FIRST_BUCKET = LATENCY_BUCKETS[0]


def _bucket_deltas(slow: list[float], count: int) -> list[int]:
    """How many of ``count`` calls fall in each histogram bucket (the last: above them all).

    ``slow`` holds the durations above the first bucket, the rest are in it: only the slow
    ones are looked at, never the whole batch.
    """
    deltas = [count - len(slow), *_ALL_IN_FIRST]
    for duration in slow:
        deltas[bisect_left(LATENCY_BUCKETS, duration)] += 1
    return deltas


PLAN_LENGTH = 1024
"""Decisions in one sampling plan: a contract takes a new plan every this many calls."""

PLANS_A_LEVEL = 4
"""Plans drawn once a process for each level above 0; a new plan is one of them at random."""

PLAN_TABLE = PLANS_A_LEVEL * PLAN_LENGTH
"""Random draws made once a process for each level above 0."""

_EVERY_CALL: list[bool | None] = [True] * PLAN_LENGTH
_plans: dict[int, list[list[bool | None]]] = {}


def plan(level: int) -> list[bool | None]:
    """``PLAN_LENGTH`` decisions at ``level``: True (time the call) with probability 2^-level,
    None (count it only) otherwise; every call timed at level 0. Shared: copy, never change.

    Each decision is drawn on its own, so there is no stride a workload slow every Nth call
    could fall in step with. The draws are made once a process (``PLANS_A_LEVEL`` plans a
    level) and a new plan is one of them chosen at random: a contract refills its plan by
    copying one list, the cheapest way there is to take 1,024 decisions.
    """
    if not level:
        return _EVERY_CALL
    drawn = _plans.get(level)
    if drawn is None:
        chance = 2.0**-level
        # Not a secret, only unpredictable to the workload: the module's generator will do.
        fresh = [
            [True if random.random() < chance else None for _ in range(PLAN_LENGTH)]  # noqa: S311
            for _ in range(PLANS_A_LEVEL)
        ]
        drawn = _plans.setdefault(level, fresh)
    return random.choice(drawn)  # noqa: S311


def sampling_level(calls_per_second: float, window_full: bool) -> int:
    """k such that one call in 2^k is timed: 0 (every call) while quiet or the window fills."""
    if not window_full or calls_per_second <= TIMED_PER_SECOND:
        return 0
    return math.ceil(math.log2(calls_per_second / TIMED_PER_SECOND))


class ContractMetrics:
    """The live numbers of one contract.

    A call starts by popping the next decision off the contract's plan (``plan``, a list each
    wrapper holds as a global of its own namespace, and which is only ever changed in
    place): taking it counts the call, and the decision says whether it is timed. A call
    that finds the plan empty (``IndexError``) counts itself through ``replan``, which
    refills it (under the lock). A timed success that
    fits the histogram's first bucket is appended to a queue by the wrapper itself
    (``list.append`` is atomic, so no lock is taken per success); a longer one goes through
    ``beyond``, a failure through ``failed`` (timed or not). Both of those queue the entry
    under the contract's lock and, when it is above the first bucket, note its duration in a
    second list: a fold (under the same lock) buckets those few and puts the rest of the
    batch in the first bucket, without looking at each entry. The queue is folded into the
    counters, the histogram and the window under the contract's lock: before every snapshot,
    every ``FOLD_SECONDS`` by the background thread, and by a call through ``failed`` or
    ``beyond`` that finds ``FOLD_EVERY`` calls queued. A fold also reads the count (how far
    the plans were read), measures the traffic and sets the sampling, rewriting the plan in
    place. An exporter receives each folded batch.
    """

    __slots__ = (
        "__weakref__",
        "_apart",
        "_cancelled",
        "_exporting",
        "_lock",
        "_pending",
        "_pending_failures",
        "_pending_slow",
        "_rated_at",
        "_rated_executions",
        "_read_up",
        "_since",
        "_window",
        "buckets",
        "executions",
        "export_cache",
        "failures",
        "failures_by_cause",
        "last_failure",
        "layer",
        "level",
        "name",
        "plan",
        "timed_calls",
        "total_seconds",
    )

    def __init__(self, name: str, layer: str) -> None:
        self.name = name
        self.layer = layer
        self._lock = threading.RLock()  # reentrant: see ``hold_for_fork``
        self._exporting = False  # an exporter runs, under the lock, with a batch
        self.level = 0  # one call in 2**level is timed
        self.plan = plan(0).copy()  # the decisions the wrappers pop; changed in place only
        self._read_up = 0  # calls counted by plans used up
        self._apart = 0  # calls counted one by one: ``record``, and a call that found no plan
        self._cancelled = 0  # calls that were counted and never finished
        self._since = 0  # calls counted before the last reset
        self._pending: list[_Entry] = []
        self._pending_failures = 0  # failures queued: without any, a batch is all floats
        self._pending_slow: list[float] = []  # durations queued above the first bucket
        self.export_cache: object = None
        self._clear()

    def _clear(self) -> None:
        self._pending.clear()
        self._pending_failures = 0
        self._pending_slow = []
        self._since += self._calls_since_reset()
        self.executions = 0
        self.failures = 0
        self.failures_by_cause: dict[str, int] = {}
        self.timed_calls = 0
        self.total_seconds = 0.0
        self.buckets = [0] * (len(LATENCY_BUCKETS) + 1)
        self.last_failure: float | None = None
        self._window: list[_Entry] = []
        self._rated_at = time.monotonic()
        self._rated_executions = 0
        self._set_level(0)

    def _calls_since_reset(self) -> int:
        """Calls started since the last reset, cancelled ones left out (under the lock).

        Every plan holds ``PLAN_LENGTH`` decisions when it is filled, and only calls take
        them: the plan in force has counted as many calls as it is short of that.
        """
        read = PLAN_LENGTH - len(self.plan)
        return self._read_up + read + self._apart - self._cancelled - self._since

    def replan(self) -> None:
        """Count a call that found the plan empty; the first such call refills it.

        Only an empty plan is refilled, so every decision a plan gave is counted with it,
        whichever thread took it; a call that found it empty while another refilled it
        counts itself here too.
        """
        with self._lock:
            self._apart += 1
            if self.plan:
                return  # another call refilled it already
            self._read_up += PLAN_LENGTH
            self.plan.extend(plan(self.level))

    def _set_level(self, level: int) -> None:
        """Sample at ``level`` from the next call on: the decisions left are rewritten in
        place, from the end calls pop from, one by one (calls may take some meanwhile, so
        the plan's length, which the count is read from, is never set here)."""
        self.level = level
        decisions, left = plan(level), self.plan
        try:
            for index in range(1, len(left) + 1):
                left[-index] = decisions[index - 1]
        except IndexError:  # calls took the rest meanwhile
            return

    def _rate(self) -> None:
        """Measure the calls a second since the last rating and set the sampling level.

        The level rises at once, and falls one step a rating that saw calls at a lower rate.
        A rating without calls changes nothing: no calls is no evidence of low traffic, and
        busy traffic that pauses keeps its sampling (each burst would start timed otherwise).
        A contract whose traffic drops to a trickle times every call again after at most
        a dozen of those ratings.
        """
        now = time.monotonic()
        elapsed = now - self._rated_at
        if elapsed < FOLD_SECONDS:
            return
        calls = self.executions - self._rated_executions
        self._rated_at, self._rated_executions = now, self.executions
        if not calls:
            return
        level = sampling_level(calls / elapsed, len(self._window) >= WINDOW_SIZE)
        if level != self.level:
            self._set_level(max(level, self.level - 1))

    def record(self, duration: float, cause: str | None) -> None:
        """Count one whole call, timed: ``cause`` is None for success, else its type code."""
        with self._lock:
            self._apart += 1
        if cause is None:
            self.beyond(duration)
        else:
            self.failed(duration, cause)

    def failed(self, duration: float | None, cause: str) -> None:
        """A counted call failed: timed (``duration``) or not (None)."""
        with self._lock:  # noted and queued together: a fold sees both or neither
            self._pending_failures += 1
            if duration is not None and duration > FIRST_BUCKET:
                self._pending_slow.append(duration)
            self._pending.append((duration, cause))
        self.last_failure = time.time()
        self.settle(duration)

    def cancelled(self) -> None:
        """A counted call never finished (cancelled, interrupted): it is not counted after all."""
        with self._lock:
            self._cancelled += 1

    def beyond(self, duration: float) -> None:
        """Count a timed success longer than the first bucket (or the slow-call limit)."""
        if duration > FIRST_BUCKET:
            with self._lock:
                self._pending_slow.append(duration)
                self._pending.append(duration)
        else:
            self._pending.append(duration)
        self.settle(duration)

    def success_path(self) -> tuple[Callable[[float], None], Callable[[float], None]]:
        """What the generated wrapper uses to queue a timed success without a method call.

        A success that took at most ``fast_limit()`` seconds is appended with the first, and
        nothing else: the background thread folds the queue. A longer one goes to the second
        (``beyond``).
        """
        return self._pending.append, self.beyond

    def queued(self) -> int:
        """Timed calls and failures recorded but not folded yet."""
        return len(self._pending)

    def settle(self, duration: float | None) -> None:
        """Fold a full queue, make sure the background fold runs, and warn about a slow call."""
        if len(self._pending) >= FOLD_EVERY:
            self.fold()
        if not RECORDER.folding:
            RECORDER.fold_in_background()
        if duration is not None and duration > RECORDER.slow_call_seconds:
            _log.warning(
                "slow contract call: %s took %.3f s (threshold %.3f s)",
                self.name,
                duration,
                RECORDER.slow_call_seconds,
            )

    def fold(self, wait: bool = True) -> None:
        """Count the calls and move the queued ones into the figures (C-level loops).

        ``wait=False`` (the background thread) folds only if the lock is free now.
        """
        if not self._lock.acquire(wait):
            return
        try:
            # A call counted by an earlier fold and cancelled since stays counted: the count
            # never goes down (Prometheus would read a drop as a restart).
            calls = max(0, self._calls_since_reset() - self.executions)
            self.executions += calls
            pending = self._pending
            count = len(pending)
            if not count:
                self._export(calls, [], [0, *_ALL_IN_FIRST], _NO_CAUSES)
                self._rate()
                return
            # Others only append: the first ``count`` entries are ours to copy, then drop.
            batch = pending[:count]
            del pending[:count]
            if self._pending_failures:
                durations = _durations(batch)
                causes = _causes(batch)
                self._pending_failures -= causes.total()
                timed = _timed(batch) if len(durations) < count else batch
            else:  # timed successes only: the batch is the durations (the common case, C-level)
                durations = batch  # type: ignore[assignment]
                causes = _NO_CAUSES
                timed = batch
            self.timed_calls += len(durations)
            self.total_seconds += sum(durations)
            buckets = self.buckets
            slow = self._pending_slow
            if slow:  # all of them in this batch: they were queued under this lock
                self._pending_slow = []
                deltas = _bucket_deltas(slow, len(durations))
                for index, delta in enumerate(deltas):
                    buckets[index] += delta
            else:  # every timed call is in the first bucket
                deltas = [len(durations), *_ALL_IN_FIRST]
                buckets[0] += len(durations)
            by_cause = self.failures_by_cause
            for cause, number in causes.items():
                self.failures += number
                by_cause[cause] = by_cause.get(cause, 0) + number
            window = self._window + timed if len(timed) < WINDOW_SIZE else timed
            self._window = window[-WINDOW_SIZE:] if len(window) > WINDOW_SIZE else window
            self._export(calls, durations, deltas, causes)
            self._rate()
        finally:
            self._lock.release()

    def _export(
        self, calls: int, durations: list[float], deltas: list[int], causes: Mapping[str, int]
    ) -> None:
        exporter = RECORDER.exporter
        if exporter is None or not (calls or durations or causes):
            return
        self._exporting = True
        try:
            exporter.flush(self, calls, durations, deltas, causes)
        finally:
            self._exporting = False

    def reset(self) -> None:
        with self._lock:
            self._clear()

    def hold_for_fork(self, held: list[ContractMetrics]) -> None:
        """Take the lock until the fork is done (noted in ``held``), and fold what is queued.

        Reentrant, so a fork from inside this contract's exporter takes it again; that fold
        is then left as it is (it has counted its batch already), and not folded again.
        """
        self._lock.acquire()
        held.append(self)
        if not self._exporting:
            RECORDER.fold_quietly(self, wait=True)

    def after_fork(self) -> None:
        self._lock = threading.RLock()
        self._exporting = False

    def snapshot(self) -> ContractSnapshot:
        self.fold()
        with self._lock:
            window = self._window  # replaced, never changed in place, by folds
            executions = self.executions
            failures = self.failures
            by_cause = dict(self.failures_by_cause)
            timed_calls = self.timed_calls
            total = self.total_seconds
            buckets = tuple(self.buckets)
            last_failure = self.last_failure
        durations = _durations(window)
        window_by_cause = _causes(window)
        filled = len(durations)
        return ContractSnapshot(
            name=self.name,
            layer=self.layer,
            executions=executions,
            failures=failures,
            failures_by_cause=by_cause,
            timed_calls=timed_calls,
            total_seconds=total,
            bucket_counts=buckets,
            window_calls=filled,
            window_failures_by_cause=dict(window_by_cause),
            avg_seconds=sum(durations) / filled if filled else None,
            p95_seconds=_p95(durations) if filled else None,
            max_seconds=max(durations) if filled else None,
            last_failure=last_failure if executions else None,
        )

    def __repr__(self) -> str:
        return f"ContractMetrics({self.name!r})"


class _Registry:
    """Contract name -> metrics, held weakly; two functions with one name share their numbers."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._metrics: weakref.WeakValueDictionary[str, ContractMetrics] = (
            weakref.WeakValueDictionary()
        )
        self._held: list[ContractMetrics] = []  # whose locks a fork holds

    def get(self, name: str, layer: str) -> ContractMetrics:
        with self._lock:
            found = self._metrics.get(name)
            if found is None:
                found = self._metrics[name] = ContractMetrics(name, layer)
            return found

    def all(self) -> list[ContractMetrics]:
        return sorted(self.live(), key=lambda m: m.name)

    def live(self, wait: bool = True) -> list[ContractMetrics]:
        """Every contract alive; none when ``wait`` is False and the registry is busy now."""
        if not self._lock.acquire(wait):
            return []
        try:
            return list(self._metrics.values())
        finally:
            self._lock.release()

    def hold_for_fork(self) -> None:
        """Hold the registry's lock and every contract's (folded) until the fork is done."""
        self._lock.acquire()
        for metrics in list(self._metrics.values()):
            metrics.hold_for_fork(self._held)

    def release_after_fork(self) -> None:
        held, self._held = self._held, []
        for metrics in held:
            metrics._lock.release()
        self._lock.release()

    def after_fork(self) -> None:
        """In a forked child: new locks, free (the thread that forked held them all)."""
        self._lock = threading.RLock()
        self._held = []
        for metrics in self._metrics.values():
            metrics.after_fork()


_registry = _Registry()


def metrics_for(name: str, layer: str) -> ContractMetrics:
    """The metrics of contract ``name`` (created on first use); called at decoration time."""
    return _registry.get(name, layer)


def fold_all() -> None:
    """Fold every contract's queued calls now (an exporter's periodic flush, exit)."""
    for metrics in _registry.all():
        metrics.fold()


def metrics_snapshot() -> list[ContractSnapshot]:
    """A snapshot of every live contract, sorted by name (contracts never called included)."""
    return [metrics.snapshot() for metrics in _registry.all()]


def reset_metrics() -> None:
    """Zero every contract's numbers; the contracts stay registered (for tests and reloads)."""
    for metrics in _registry.all():
        metrics.reset()
