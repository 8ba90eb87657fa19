"""Per-contract metrics recorded by the wrappers: counts, causes, window, concurrency."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest
from pydantic import BaseModel

from scaffold.contracts import (
    WINDOW_SIZE,
    AuthContext,
    ContractViolationError,
    ErrorType,
    auth,
    business_rule,
    configure,
    contract,
    metrics_snapshot,
    reset,
    reset_metrics,
    returns,
)
from scaffold.contracts._metrics import (
    FOLD_EVERY,
    LATENCY_BUCKETS,
    RECORDER,
    ContractMetrics,
    metrics_for,
)
from scaffold.contracts.testing import capture_metrics
from tests.contracts.helpers import expected_buckets

pytestmark = pytest.mark.usefixtures("every_call_timed")  # figures compared exactly

ALICE = AuthContext(user_id="alice", roles=frozenset({"user"}))
ANONYMOUS = AuthContext.anonymous()


class Out(BaseModel):
    value: int


@contract(requires=[auth("user")], ensures=[returns(Out)], name="metrics.sync")
def guarded(context: AuthContext, value: object = 1, fail: bool = False) -> object:
    if fail:
        raise LookupError("missing")
    return {"value": value}


@contract(requires=[auth("user")], name="metrics.async")
async def aguarded(context: AuthContext, fail: bool = False, pause: float = 0.0) -> int:
    if pause:
        await asyncio.sleep(pause)
    if fail:
        raise LookupError("missing")
    return 1


def _snapshot(name: str):  # type: ignore[no-untyped-def]
    return next(s for s in metrics_snapshot() if s.name == name)


def test_successes_and_each_failure_cause_are_counted() -> None:
    guarded(ALICE)
    guarded(ALICE)
    with pytest.raises(ContractViolationError):
        guarded(ANONYMOUS)
    with pytest.raises(ContractViolationError):
        guarded(ALICE, value="not a number")
    before = time.time()
    with pytest.raises(LookupError):
        guarded(ALICE, fail=True)
    snap = _snapshot("metrics.sync")
    assert snap.executions == 5
    assert snap.failures == 3
    assert snap.failures_by_cause == {
        "AUTHENTICATION_REQUIRED": 1,
        "OUTPUT_VALIDATION_FAILED": 1,
        "EXCEPTION": 1,
    }
    assert snap.failure_rate == pytest.approx(0.6)
    assert snap.last_failure is not None
    assert snap.last_failure >= before
    assert sum(snap.bucket_counts) == 5
    assert snap.window_calls == 5
    assert snap.window_failures == 3
    assert snap.avg_seconds is not None
    assert snap.p95_seconds is not None
    assert snap.max_seconds is not None
    assert 0 < snap.avg_seconds <= snap.max_seconds
    assert snap.p95_seconds <= snap.max_seconds


def test_a_crashing_condition_counts_as_condition_error() -> None:
    def crash(value: object, caller: object) -> bool:
        raise RuntimeError("boom")

    @contract(requires=[business_rule("never", crash)], name="metrics.crash")
    def crashing(payload: Out) -> None:
        return None

    with pytest.raises(ContractViolationError) as raised:
        crashing(Out(value=1))
    assert raised.value.type is ErrorType.CONDITION_ERROR
    assert _snapshot("metrics.crash").failures_by_cause == {"CONDITION_ERROR": 1}


async def test_async_calls_are_counted_with_their_causes() -> None:
    await aguarded(ALICE)
    with pytest.raises(ContractViolationError):
        await aguarded(ANONYMOUS)
    with pytest.raises(LookupError):
        await aguarded(ALICE, fail=True)
    snap = _snapshot("metrics.async")
    assert (snap.executions, snap.failures) == (3, 2)
    assert snap.failures_by_cause == {"AUTHENTICATION_REQUIRED": 1, "EXCEPTION": 1}


async def test_a_cancelled_call_is_not_counted() -> None:
    # A fold that runs while the call is in flight counts it for good (a count never goes
    # down), so the background thread is kept out: it folds only when the lock is free, and
    # the lock is reentrant for this thread, the one the call runs on.
    metrics = metrics_for("metrics.async", "action")
    with metrics._lock:
        task = asyncio.create_task(aguarded(ALICE, pause=10))
        await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert _snapshot("metrics.async").executions == 0


def test_a_nested_denial_is_the_outer_functions_exception() -> None:
    @contract(name="metrics.outer")
    def outer(context: AuthContext) -> object:
        return guarded(context)

    with pytest.raises(ContractViolationError):
        outer(ANONYMOUS)
    assert _snapshot("metrics.outer").failures_by_cause == {"EXCEPTION": 1}
    assert _snapshot("metrics.sync").failures_by_cause == {"AUTHENTICATION_REQUIRED": 1}


def test_metrics_off_records_nothing_and_on_again_records() -> None:
    configure(metrics=False)
    guarded(ALICE)
    assert _snapshot("metrics.sync").executions == 0
    configure(metrics=True)
    guarded(ALICE)
    assert _snapshot("metrics.sync").executions == 1


def test_environment_switches_metrics_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCAFFOLD_METRICS", "off")
    monkeypatch.setenv("SCAFFOLD_SLOW_CALL_SECONDS", "2.5")
    settings = reset()
    assert settings.metrics is False
    assert settings.slow_call_seconds == 2.5
    guarded(ALICE)
    assert _snapshot("metrics.sync").executions == 0


def test_bad_environment_values_warn_and_keep_defaults(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("SCAFFOLD_METRICS", "maybe")
    monkeypatch.setenv("SCAFFOLD_SLOW_CALL_SECONDS", "-3")
    settings = reset()
    assert settings.metrics is True
    assert settings.slow_call_seconds == 1.0
    assert "SCAFFOLD_METRICS" in caplog.text
    assert "SCAFFOLD_SLOW_CALL_SECONDS" in caplog.text


def test_configure_rejects_a_bad_slow_call_threshold() -> None:
    with pytest.raises(ValueError, match="slow_call_seconds"):
        configure(slow_call_seconds=0)


def test_a_slow_call_logs_a_warning_naming_the_contract(caplog: pytest.LogCaptureFixture) -> None:
    configure(slow_call_seconds=0.001)

    @contract(name="metrics.slow")
    def slow() -> None:
        time.sleep(0.01)

    with caplog.at_level(logging.WARNING, logger="scaffold.contracts"):
        slow()
    [record] = [r for r in caplog.records if "slow contract call" in r.getMessage()]
    assert "metrics.slow" in record.getMessage()


def test_a_fast_call_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="scaffold.contracts"):
        guarded(ALICE)
    assert "slow contract call" not in caplog.text


def test_the_window_keeps_the_last_calls_only() -> None:
    metrics = ContractMetrics("window", "action")
    for _ in range(WINDOW_SIZE):
        metrics.record(1.0, "EXCEPTION")
    for _ in range(WINDOW_SIZE // 2):
        metrics.record(0.001, None)
    snap = metrics.snapshot()
    assert snap.executions == WINDOW_SIZE + WINDOW_SIZE // 2
    assert snap.failures == WINDOW_SIZE
    assert snap.window_calls == WINDOW_SIZE
    assert snap.window_failures == WINDOW_SIZE // 2
    assert snap.avg_seconds == pytest.approx((500 * 1.0 + 500 * 0.001) / 1000)


def test_p95_is_the_nearest_rank_of_the_window() -> None:
    metrics = ContractMetrics("p95", "action")
    for millis in range(1, 101):  # 1..100 ms, in a shuffled order
        metrics.record(((millis * 37) % 100 + 1) / 1000, None)
    snap = metrics.snapshot()
    assert snap.p95_seconds == pytest.approx(0.095)
    assert snap.max_seconds == pytest.approx(0.1)


def _wrapper_success(metrics: ContractMetrics, duration: float) -> None:
    """What the generated wrapper does with a timed success: its decision, then its duration."""
    try:
        metrics.plan.pop()
    except IndexError:  # the plan was used up: the call counts itself
        metrics.replan()
    append, beyond = metrics.success_path()
    if duration > RECORDER.fast_limit():
        beyond(duration)
    else:
        append(duration)


def test_p95_and_window_failures_follow_call_order_across_batches() -> None:
    """Successes queue bare durations, failures (duration, cause): the window keeps call order."""
    metrics = ContractMetrics("order", "action")
    calls: list[tuple[float, str | None]] = []
    for index in range(WINDOW_SIZE * 3 + FOLD_EVERY + 123):
        duration = ((index * 7919) % 1000 + 1) / 100_000  # 0.01 ms .. 10 ms, scrambled
        if index % 13 == 0:
            cause = "RATE_LIMIT_EXCEEDED" if index % 2 else "EXCEPTION"
            metrics.record(duration, cause)
        else:
            cause = None
            _wrapper_success(metrics, duration)
        calls.append((duration, cause))
        if index % 997 == 0:  # snapshots in the middle of a batch fold it early
            metrics.snapshot()
    window = calls[-WINDOW_SIZE:]
    ordered = sorted(duration for duration, _ in window)
    snap = metrics.snapshot()
    assert snap.executions == len(calls)
    assert snap.p95_seconds == ordered[949]  # nearest rank: ceil(0.95 * 1000) = 950th
    assert snap.max_seconds == ordered[-1]
    expected = Counter(cause for _, cause in window if cause is not None)
    assert snap.window_failures_by_cause == dict(expected)
    assert list(snap.bucket_counts) == expected_buckets([duration for duration, _ in calls])


def test_p95_follows_known_durations_when_the_window_moves() -> None:
    """1,000 fast calls, then 100 at 50 ms: the p95 is 50 ms, not a fast call's time."""
    metrics = ContractMetrics("moving", "action")
    for _ in range(FOLD_EVERY + 900):
        _wrapper_success(metrics, 0.0002)
    assert metrics.snapshot().p95_seconds == 0.0002
    for _ in range(100):
        _wrapper_success(metrics, 0.05)
    snap = metrics.snapshot()
    assert snap.p95_seconds == 0.05  # 100 of the last 1,000 are slow: beyond the 95th rank
    assert snap.max_seconds == 0.05
    assert snap.avg_seconds == pytest.approx((900 * 0.0002 + 100 * 0.05) / 1000)
    assert snap.bucket_counts[0] == FOLD_EVERY + 900
    assert snap.bucket_counts[LATENCY_BUCKETS.index(0.05)] == 100


def test_threads_count_every_duration_in_its_bucket() -> None:
    """Threads mixing fast, slow and failed calls: counts and the histogram stay exact."""
    metrics = ContractMetrics("threads", "action")
    pattern = [0.0001, 0.0003, 0.002, 0.0004, 0.03, 0.0002, 0.7]
    threads, calls = 8, 3000

    def work() -> None:
        for index in range(calls):
            duration = pattern[index % len(pattern)]
            if index % 11 == 0:
                metrics.record(duration, "EXCEPTION")
            else:
                _wrapper_success(metrics, duration)
            if index % 500 == 0:
                metrics.snapshot()

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    snap = metrics.snapshot()
    one_thread = [pattern[index % len(pattern)] for index in range(calls)]
    assert snap.executions == threads * calls
    assert snap.failures == threads * len(range(0, calls, 11))
    assert list(snap.bucket_counts) == [n * threads for n in expected_buckets(one_thread)]
    assert snap.total_seconds == pytest.approx(threads * sum(one_thread))


def test_histogram_buckets_are_upper_bounds() -> None:
    metrics = ContractMetrics("buckets", "action")
    for duration in (0.0005, 0.001, 0.0011, 0.3, 20.0):
        metrics.record(duration, None)
    counts = metrics.snapshot().bucket_counts
    assert counts[0] == 2  # <= 1 ms, the bound included
    assert counts[1] == 1  # <= 2.5 ms
    assert counts[8] == 1  # <= 500 ms
    assert counts[-1] == 1  # above 10 s
    assert sum(counts) == 5


def test_batches_fold_without_losing_calls() -> None:
    metrics = ContractMetrics("fold", "action")
    for index in range(FOLD_EVERY * 3 + 7):
        metrics.record(0.002, "EXCEPTION" if index % 4 == 0 else None)
    snap = metrics.snapshot()
    assert snap.executions == FOLD_EVERY * 3 + 7
    assert snap.failures == len(range(0, FOLD_EVERY * 3 + 7, 4))


def test_threads_lose_no_calls() -> None:
    threads, calls = 8, 1500

    def work(index: int) -> None:
        for n in range(calls):
            if n % 10 == 0:
                with pytest.raises(ContractViolationError):
                    guarded(ANONYMOUS)
            else:
                guarded(ALICE)

    workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    snap = _snapshot("metrics.sync")
    assert snap.executions == threads * calls
    assert snap.failures_by_cause == {"AUTHENTICATION_REQUIRED": threads * calls // 10}
    assert sum(snap.bucket_counts) == threads * calls


async def test_concurrent_tasks_lose_no_calls() -> None:
    async def one(index: int) -> None:
        if index % 5 == 0:
            with pytest.raises(LookupError):
                await aguarded(ALICE, fail=True, pause=0.001)
        else:
            await aguarded(ALICE, pause=0.001)

    await asyncio.gather(*(one(i) for i in range(600)))
    snap = _snapshot("metrics.async")
    assert snap.executions == 600
    assert snap.failures_by_cause == {"EXCEPTION": 120}


def test_reset_zeroes_but_keeps_contracts_registered() -> None:
    guarded(ALICE)
    reset_metrics()
    snap = _snapshot("metrics.sync")
    assert (snap.executions, snap.failures, snap.window_calls) == (0, 0, 0)
    assert snap.last_failure is None


def test_functions_sharing_a_name_share_metrics_and_vanish_together() -> None:
    def make() -> object:
        @contract(name="metrics.shared")
        def shared() -> None:
            return None

        return shared

    first, second = make(), make()
    first()  # type: ignore[operator]
    second()  # type: ignore[operator]
    assert _snapshot("metrics.shared").executions == 2
    assert metrics_for("metrics.shared", "action") is metrics_for("metrics.shared", "data")
    del first, second
    gc.collect()
    assert all(s.name != "metrics.shared" for s in metrics_snapshot())


def test_capture_metrics_reads_by_function_or_name_and_records_when_off() -> None:
    configure(metrics=False)
    with capture_metrics() as captured:
        guarded(ALICE)
        with pytest.raises(ContractViolationError):
            guarded(ANONYMOUS)
        assert captured.executions(guarded) == 2
        assert captured.failures("metrics.sync") == 1
        assert captured.failures(guarded, "AUTHENTICATION_REQUIRED") == 1
        assert captured.failures(guarded, ErrorType.SESSION_EXPIRED) == 0
        assert list(captured.snapshots()) == ["metrics.sync"]
        assert captured.report()["contracts"]
        assert captured.health()["status"] == "healthy"
        with pytest.raises(KeyError, match=r"metrics\.sync"):
            captured.snapshot("no.such.contract")
        with pytest.raises(TypeError, match="not guarded"):
            captured.snapshot(len)
    assert _snapshot("metrics.sync").executions == 0
    guarded(ALICE)
    assert _snapshot("metrics.sync").executions == 0  # metrics are off again


def test_the_documented_pattern_asserts_after_the_block() -> None:
    # docs/observability.md and the scaffold.contracts.testing docstring assert after `with`.
    with capture_metrics() as metrics:
        guarded(ALICE)
        with pytest.raises(ContractViolationError):
            guarded(AuthContext("bob", {"guest"}))
    assert metrics.executions(guarded) == 2
    assert metrics.failures(guarded, "INSUFFICIENT_ROLE") == 1
    assert metrics.failures(guarded, "OWNERSHIP_DENIED") == 0
    assert list(metrics.snapshots()) == ["metrics.sync"]
    (row,) = [r for r in metrics.report()["contracts"] if r["contract"] == "metrics.sync"]
    assert row["executions"] == 2
    assert metrics.health()["totals"]["executions"] == 2
    guarded(ALICE)  # after the block: neither the capture nor the next one sees this call
    assert metrics.executions(guarded) == 2
    assert _snapshot("metrics.sync").executions == 1


def test_the_environment_switches_metrics_off_from_import_on() -> None:
    # A contract without auth or audit never reads the settings: the switch must hold anyway.
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from scaffold.contracts import contract, metrics_snapshot\n"
            "@contract(name='env.off')\ndef f(): return 1\n"
            "f()\nprint([s.executions for s in metrics_snapshot() if s.name == 'env.off'])\n",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "SCAFFOLD_METRICS": "off"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[0]"
