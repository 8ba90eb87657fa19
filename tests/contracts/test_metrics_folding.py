"""Metrics folded away from the call: exact numbers, a bounded queue (forks: test_metrics_fork).

A success only appends its duration; a background thread folds the queues, and so do readers.
These tests drive real wrappers with a clock the guarded functions advance themselves, so
every duration is known exactly (multiples of a power of two: sums are exact in any order),
and compare counts, causes, every histogram bucket, the total, the p95, the average and the
window with figures computed from the calls, while threads or tasks call and read at once.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import asdict
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from scaffold.contracts import (
    WINDOW_SIZE,
    AuthContext,
    ContractViolationError,
    _contract,
    _metrics,
    _wrapper,
    auth,
    contract,
    metrics_snapshot,
    prometheus_exposition,
)
from scaffold.contracts._metrics import (
    FOLD_EVERY,
    LATENCY_BUCKETS,
    RECORDER,
    ContractMetrics,
    ContractSnapshot,
    metrics_for,
)
from tests.contracts.helpers import expected_buckets
from tests.contracts.known_calls import expected_figures, figures_of, plan_calls, run_python

pytestmark = pytest.mark.usefixtures("every_call_timed")  # figures compared exactly

ALICE = AuthContext(user_id="alice", roles=frozenset({"user"}))
ANONYMOUS = AuthContext.anonymous()

_now: ContextVar[float] = ContextVar("now", default=0.0)


def _clock() -> float:
    """Each thread and each task has its own time, which only its guarded calls move."""
    return _now.get()


def _spend(seconds: float) -> None:
    _now.set(_now.get() + seconds)


@pytest.fixture
def known_durations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wrappers built from here on time calls with ``_clock``; the fold runs every ms."""
    monkeypatch.setattr(_wrapper, "CLOCK", _clock)
    monkeypatch.setattr(_contract, "CLOCK", _clock)
    monkeypatch.setattr(_metrics, "FOLD_SECONDS", 0.001)


def _snapshot(name: str) -> ContractSnapshot:
    return next(s for s in metrics_snapshot() if s.name == name)


def _guarded_pair(name: str) -> tuple[Callable[..., Any], Callable[..., Any]]:
    @contract(requires=[auth("user")], name=name)
    def work(context: AuthContext, seconds: float, fail: bool) -> int:
        _spend(seconds)
        if fail:
            raise LookupError("missing")
        return 1

    @contract(requires=[auth("user")], name=f"{name}.async")
    async def awork(context: AuthContext, seconds: float, fail: bool) -> int:
        await asyncio.sleep(0)  # let the other tasks run in the middle of this call
        _spend(seconds)
        if fail:
            raise LookupError("missing")
        return 1

    return work, awork


def _call(work: Callable[..., Any], duration: float, cause: str | None) -> None:
    caller = ANONYMOUS if cause == "AUTHENTICATION_REQUIRED" else ALICE
    try:
        work(caller, duration, cause == "EXCEPTION")
    except (ContractViolationError, LookupError):
        assert cause is not None


async def _acall(awork: Callable[..., Any], duration: float, cause: str | None) -> None:
    caller = ANONYMOUS if cause == "AUTHENTICATION_REQUIRED" else ALICE
    try:
        await awork(caller, duration, cause == "EXCEPTION")
    except (ContractViolationError, LookupError):
        assert cause is not None


def _assert_exact(
    snap: ContractSnapshot,
    calls: list[tuple[float, str | None]],
    window: list[tuple[float, str | None]],
) -> None:
    """Every figure of ``snap`` as computed from the calls themselves."""
    assert len(window) == WINDOW_SIZE
    assert figures_of(asdict(snap)) == expected_figures(calls, window)


@pytest.mark.usefixtures("known_durations")
def test_threads_calling_and_reading_at_once_keep_every_figure_exact() -> None:
    """8 threads call while 2 read and the background thread folds; then a last window."""
    work, _ = _guarded_pair("fold.threads")
    plans = [plan_calls(2500, seed) for seed in range(8)]
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            metrics_snapshot()

    def run(plan: list[tuple[float, str | None]]) -> None:
        for duration, cause in plan:
            _call(work, duration, cause)

    readers = [threading.Thread(target=read) for _ in range(2)]
    callers = [threading.Thread(target=run, args=(plan,)) for plan in plans]
    for thread in [*readers, *callers]:
        thread.start()
    for thread in callers:
        thread.join()
    # The window: exactly WINDOW_SIZE calls after all the others, from 4 threads at once.
    last = [plan_calls(WINDOW_SIZE // 4, seed) for seed in (3, 5, 7, 9)]
    callers = [threading.Thread(target=run, args=(plan,)) for plan in last]
    for thread in callers:
        thread.start()
    for thread in callers:
        thread.join()
    stop.set()
    for thread in readers:
        thread.join()
    window = [call for plan in last for call in plan]
    everything = [call for plan in plans for call in plan] + window
    _assert_exact(_snapshot("fold.threads"), everything, window)


@pytest.mark.usefixtures("known_durations")
async def test_tasks_interleaving_on_one_loop_keep_every_figure_exact() -> None:
    _, awork = _guarded_pair("fold.tasks")
    plans = [plan_calls(600, seed) for seed in range(10)]

    async def run(plan: list[tuple[float, str | None]]) -> None:
        for duration, cause in plan:
            await _acall(awork, duration, cause)

    async def read(until: asyncio.Future[Any]) -> None:
        while not until.done():
            metrics_snapshot()
            await asyncio.sleep(0)

    calls = asyncio.gather(*(run(plan) for plan in plans))
    await asyncio.gather(calls, read(calls))
    last = [plan_calls(WINDOW_SIZE // 10, seed) for seed in range(10, 20)]
    await asyncio.gather(*(run(plan) for plan in last))
    window = [call for plan in last for call in plan]
    everything = [call for plan in plans for call in plan] + window
    _assert_exact(_snapshot("fold.tasks.async"), everything, window)


@pytest.mark.usefixtures("known_durations")
def test_prometheus_reads_the_same_exact_histogram() -> None:
    work, _ = _guarded_pair("fold.prometheus")
    plan = plan_calls(3000, 1)
    for duration, cause in plan:
        _call(work, duration, cause)
    body, _ = prometheus_exposition()
    labels = {"contract": "fold.prometheus", "layer": "action"}
    buckets, count, total = {}, None, None
    for family in text_string_to_metric_families(body.decode()):
        for sample in family.samples:
            if {k: sample.labels.get(k) for k in labels} != labels:
                continue
            if sample.name.endswith("_bucket"):
                buckets[sample.labels["le"]] = sample.value
            elif sample.name == "scaffold_contract_duration_seconds_count":
                count = sample.value
            elif sample.name == "scaffold_contract_duration_seconds_sum":
                total = sample.value
    durations = [duration for duration, _ in plan]
    expected = expected_buckets(durations)
    cumulative = [sum(expected[: index + 1]) for index in range(len(LATENCY_BUCKETS))]
    assert [buckets[repr(float(bound))] for bound in LATENCY_BUCKETS] == cumulative
    assert buckets["+Inf"] == count == len(plan)
    assert total == sum(durations)


def _locked_counts(metrics: ContractMetrics) -> tuple[int, int]:
    """(queued, folded) timed calls read together: a fold moves them from one to the other."""
    with metrics._lock:
        return metrics.queued(), metrics.timed_calls


def test_nobody_reading_the_queue_stays_bounded_and_loses_nothing() -> None:
    """Calls and no reader: the background thread keeps folding the queue, losing nothing.

    Calls go on until the queue has been seen to shrink three times (each shrink is a fold
    by the thread, as nothing else reads), however long the machine's load makes that; the
    deadline only stops a thread that never folds.
    """

    @contract(name="fold.unread")
    def unread() -> None:
        return None

    metrics = metrics_for("fold.unread", "action")
    calls, samples, folds = 0, [0], 0
    deadline = time.monotonic() + 120
    while folds < 3:
        assert time.monotonic() < deadline, f"{folds} folds in {calls} calls: {samples[-10:]}"
        for _ in range(1000):
            unread()
        calls += 1000
        queued, folded = _locked_counts(metrics)
        assert queued + folded == calls  # nothing lost, nothing counted twice
        folds += queued < samples[-1]
        samples.append(queued)
    assert RECORDER.folding
    while metrics.queued():  # the last calls too, still without reading
        threading.Event().wait(0.01)
    assert metrics.executions == calls


def test_without_a_background_thread_calls_fold_their_own_queue() -> None:
    """A process that cannot start the thread: every call checks the queue, which stays small."""
    result = run_python(
        """
        import threading
        def refuse(self):
            raise RuntimeError("can't start new thread")
        threading.Thread.start = refuse
        from scaffold.contracts import _metrics, contract
        from scaffold.contracts._metrics import RECORDER, metrics_for
        _metrics.TIMED_PER_SECOND = float("inf")  # every call timed, so every call queued

        @contract(name="fold.threadless")
        def threadless():
            return None

        metrics = metrics_for("fold.threadless", "action")
        longest = 0
        for _ in range(20_000):
            threadless()
            longest = max(longest, metrics.queued())
        assert not RECORDER.folding
        assert RECORDER.fast_limit() < 0
        print(longest, metrics.queued() + metrics.timed_calls)
        """
    )
    assert result.returncode == 0, result.stderr
    longest, counted = map(int, result.stdout.split())
    assert longest < FOLD_EVERY
    assert counted == 20_000
    assert "no background fold thread" in result.stderr
