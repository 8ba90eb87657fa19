"""Sampled timing: counts stay exact and the latency figures stay right (issue 15).

Above ``TIMED_PER_SECOND`` calls a second a contract times one call in 2^k, chosen at random.
These tests drive real wrappers with a clock the guarded function advances by a duration the
test chose, so every call's duration is known, and compare the snapshot with the calls:

- counts (executions, failures by cause) exactly;
- the p95 by rank: it must lie between the exact 92nd and 98th percentiles of the calls. The
  window's p95 is the nearest-rank p95 of 1,000 timed calls drawn at random; its rank has a
  standard deviation of sqrt(0.95 x 0.05 / 1000) = 0.69 points, so 3 points is 4.3 standard
  deviations (a false failure about once in 60,000 runs);
- each cumulative histogram share within 5 standard errors of the exact share, the mean
  (``total_seconds / timed_calls``) within 5 standard errors of the exact mean.

The sampling level is pinned (1 call in 16 once the window is full) so the tests do not
depend on the machine's speed; ``sampling_level`` itself is tested on numbers, and one test
runs the real policy.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
import threading
import time
from collections import Counter
from collections.abc import Callable

import pytest
from prometheus_client.parser import text_string_to_metric_families

from scaffold.contracts import (
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
    LATENCY_BUCKETS,
    PLAN_LENGTH,
    PLAN_TABLE,
    TIMED_PER_SECOND,
    ContractSnapshot,
    metrics_for,
    plan,
    sampling_level,
)
from tests.bench_scripts import load_bench

ALICE = AuthContext(user_id="alice", roles=frozenset({"user"}))
ANONYMOUS = AuthContext.anonymous()
PINNED_LEVEL = 4  # one call in 16
TICK = 2.0**-20  # every duration is a multiple of it: the clock's differences are exact
MS = 1024 * TICK  # about a millisecond

_local = threading.local()


def _clock() -> float:
    """Each thread has its own time, which only its guarded calls move."""
    return getattr(_local, "now", 0.0)


def _spend(seconds: float) -> None:
    _local.now = _clock() + seconds


@pytest.fixture
def known_durations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wrappers built from here on time calls with ``_clock``."""
    monkeypatch.setattr(_wrapper, "CLOCK", _clock)
    monkeypatch.setattr(_contract, "CLOCK", _clock)


@pytest.fixture
def pinned_level(known_durations: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a window is full, one call in 16 is timed, whatever the machine's speed (the
    traffic is rated every ms, so the level is in force within a few calls)."""
    monkeypatch.setattr(_metrics, "FOLD_SECONDS", 0.001)
    monkeypatch.setattr(
        _metrics, "sampling_level", lambda rate, window_full: PINNED_LEVEL if window_full else 0
    )


def _guarded(name: str) -> Callable[..., int]:
    @contract(requires=[auth("user")], name=name)
    def work(context: AuthContext, seconds: float, fail: bool) -> int:
        _spend(seconds)
        if fail:
            raise LookupError("missing")
        return 1

    return work


Call = tuple[float, str | None]


def _run(work: Callable[..., int], plan: list[Call]) -> None:
    for seconds, cause in plan:
        caller = ANONYMOUS if cause == "AUTHENTICATION_REQUIRED" else ALICE
        try:
            work(caller, seconds, cause == "EXCEPTION")
        except (ContractViolationError, LookupError):
            assert cause is not None


def _snapshot(name: str) -> ContractSnapshot:
    return next(s for s in metrics_snapshot() if s.name == name)


def _quantile(ordered: list[float], q: float) -> float:
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def _with_failures(durations: list[float], seed: int) -> list[Call]:
    """The durations as calls, 3% of them raising after they ran, 2% denied at once: the
    benchmark's own plan (bench/metrics_sampling.py), so both judge the same workloads."""
    plan: list[Call] = load_bench("metrics_sampling").with_failures(durations, random.Random(seed))
    return plan


def _assert_right(snap: ContractSnapshot, plan: list[Call], sampled_from: int) -> None:
    """Counts exact; p95, histogram shares and mean right for the calls after ``sampled_from``."""
    assert snap.executions == len(plan)
    assert snap.failures_by_cause == dict(Counter(c for _, c in plan if c is not None))
    assert snap.timed_calls < len(plan)  # sampling took place
    assert sum(snap.bucket_counts) == snap.timed_calls
    population = sorted(duration for duration, _ in plan[sampled_from:])
    assert snap.p95_seconds is not None
    low, high = _quantile(population, 0.92), _quantile(population, 0.98)
    assert low <= snap.p95_seconds <= high, (low, snap.p95_seconds, high)
    timed = snap.timed_calls
    everyone = sorted(duration for duration, _ in plan)
    cumulative = 0
    for bound, count in zip(LATENCY_BUCKETS, snap.bucket_counts, strict=False):
        cumulative += count
        exact = bisect.bisect_right(everyone, bound) / len(everyone)
        error = 5 * math.sqrt(exact * (1 - exact) / timed) + 1 / timed
        assert abs(cumulative / timed - exact) <= error, (bound, cumulative / timed, exact)
    mean = sum(everyone) / len(everyone)
    spread = math.sqrt(sum((d - mean) ** 2 for d in everyone) / len(everyone))
    assert abs(snap.total_seconds / timed - mean) <= 5 * spread / math.sqrt(timed) + 1e-12


def _ticks(seconds: float) -> float:
    return max(1, round(seconds / TICK)) * TICK


def _distributions() -> dict[str, list[float]]:
    chance = random.Random(15)
    calls = 40_000
    return {
        "constant": [200 * TICK] * calls,
        "long-tailed": [
            _ticks(chance.lognormvariate(math.log(0.3 * MS), 1.2)) for _ in range(calls)
        ],
        "bimodal": [
            _ticks(chance.uniform(0.1, 0.3) * MS)
            if chance.random() < 0.9
            else _ticks(chance.uniform(40, 60) * MS)
            for _ in range(calls)
        ],
        # Every 16th call slow: a sampler with a stride of 16 (or any power of two) would
        # see only fast calls or only slow ones. 6.25% slow, so the exact p95 is a slow one.
        "every 16th slow": [30 * MS if index % 16 == 15 else 200 * TICK for index in range(calls)],
    }


@pytest.mark.usefixtures("pinned_level")
@pytest.mark.parametrize("shape", list(_distributions()))
def test_a_sampled_contract_reports_exact_counts_and_a_right_p95(shape: str) -> None:
    name = f"sampling.{shape}"
    work = _guarded(name)
    plan = _with_failures(_distributions()[shape], seed=len(shape))
    _run(work, plan)
    snap = _snapshot(name)
    assert metrics_for(name, "action").level == PINNED_LEVEL
    _assert_right(snap, plan, sampled_from=len(plan) // 2)
    if shape == "every 16th slow":  # the timed calls hold the slow ones in their share
        slow = sum(snap.bucket_counts[bisect.bisect_left(LATENCY_BUCKETS, 0.025) :])
        share, sd = slow / snap.timed_calls, math.sqrt(1 / 16 * 15 / 16 / snap.timed_calls)
        assert abs(share - 1 / 16) <= 5 * sd
    if shape == "constant":
        assert snap.p95_seconds == snap.max_seconds == 200 * TICK


@pytest.mark.usefixtures("pinned_level")
def test_prometheus_counts_every_call_and_histograms_the_timed_ones() -> None:
    """calls_total and failures_total are exact; the histogram's _count and _sum are those of
    the timed calls, and its +Inf bucket equals its _count."""
    work = _guarded("sampling.prometheus")
    plan = _with_failures(_distributions()["bimodal"][:20_000], seed=7)
    _run(work, plan)
    snap = _snapshot("sampling.prometheus")
    body, _ = prometheus_exposition()
    found: dict[str, float] = {}
    for family in text_string_to_metric_families(body.decode()):
        for sample in family.samples:
            if sample.labels.get("contract") == "sampling.prometheus":
                key = sample.name + sample.labels.get("le", "") + sample.labels.get("cause", "")
                found[key] = sample.value
    assert found["scaffold_contract_calls_total"] == len(plan)
    for cause, count in Counter(c for _, c in plan if c is not None).items():
        assert found[f"scaffold_contract_failures_total{cause}"] == count
    histogram = "scaffold_contract_duration_seconds"
    assert found[f"{histogram}_count"] == found[f"{histogram}_bucket+Inf"] == snap.timed_calls
    assert found[f"{histogram}_sum"] == snap.total_seconds
    assert snap.timed_calls < len(plan)


@pytest.mark.usefixtures("pinned_level")
def test_threads_sharing_a_sampled_contract_keep_the_counts_exact() -> None:
    work = _guarded("sampling.threads")
    plans = [_with_failures(_distributions()["bimodal"][:10_000], seed) for seed in range(4)]
    workers = [threading.Thread(target=_run, args=(work, plan)) for plan in plans]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    everything = [call for plan in plans for call in plan]
    _assert_right(_snapshot("sampling.threads"), everything, sampled_from=0)


@pytest.mark.usefixtures("known_durations")
def test_bursts_of_low_traffic_are_timed_whole() -> None:
    """Bursts of 30 calls with quiet in between: every call timed, every figure exact."""
    work = _guarded("sampling.bursts")
    plan: list[Call] = []
    for burst in range(8):
        calls = _with_failures([(index % 7 + 1) * 100 * TICK for index in range(30)], seed=burst)
        _run(work, calls)
        plan += calls
        time.sleep(0.06)  # well below TIMED_PER_SECOND on average
    snap = _snapshot("sampling.bursts")
    assert snap.executions == snap.timed_calls == snap.window_calls == len(plan)
    ordered = sorted(duration for duration, _ in plan)
    assert snap.p95_seconds == _quantile(ordered, 0.95)
    assert snap.window_failures_by_cause == dict(Counter(c for _, c in plan if c is not None))


@pytest.mark.usefixtures("known_durations")
def test_heavy_traffic_is_sampled_and_quiet_traffic_timed_again() -> None:
    """The real policy: a tight loop thins out once the window is full; a pause keeps the
    level, a trickle of calls brings it down a step a fold, then every call is timed."""
    work = _guarded("sampling.policy")
    metrics = metrics_for("sampling.policy", "action")
    deadline = time.monotonic() + 60
    calls = 0
    while metrics.level == 0:  # a window to fill, then a fold to measure the traffic
        assert time.monotonic() < deadline, "the traffic was never sampled"
        _run(work, [(100 * TICK, None)] * 1000)
        calls += 1000
    assert _snapshot("sampling.policy").timed_calls < calls
    time.sleep(0.1)  # the folds rate the last of those calls
    sampled = metrics.level
    time.sleep(0.3)  # a pause, no calls: several folds, the level stays
    assert metrics.level == sampled
    deadline = time.monotonic() + 60
    while metrics.level:  # a trickle: the fold thread measures the low traffic
        assert time.monotonic() < deadline, "a trickle of calls stayed sampled"
        _run(work, [(100 * TICK, None)])
        calls += 1
        time.sleep(0.02)
    before = _snapshot("sampling.policy")
    _run(work, [(100 * TICK, None)] * 20)
    after = _snapshot("sampling.policy")
    assert after.timed_calls - before.timed_calls == 20
    assert after.executions == calls + 20


def test_the_level_thins_out_only_above_the_rate_with_a_full_window() -> None:
    assert sampling_level(10 * TIMED_PER_SECOND, window_full=False) == 0
    assert sampling_level(TIMED_PER_SECOND, window_full=True) == 0
    assert sampling_level(TIMED_PER_SECOND + 1, window_full=True) == 1
    assert sampling_level(1000 * TIMED_PER_SECOND, window_full=True) == 10
    # Timed calls a second stay between TIMED_PER_SECOND / 2 and TIMED_PER_SECOND.
    for rate in (1.5, 3.0, 100.0, 12345.0):
        level = sampling_level(rate * TIMED_PER_SECOND, window_full=True)
        assert TIMED_PER_SECOND / 2 < rate * TIMED_PER_SECOND / 2**level <= TIMED_PER_SECOND


def test_the_plans_time_calls_at_random_with_no_stride() -> None:
    """Each call of a plan is timed with probability 2^-k on its own, and a new plan is one of
    several drawn at random: the gaps between timed calls are of every length, and two plans
    differ."""
    level, chance = 4, 1 / 16
    plans = [plan(level) for _ in range(16)]
    assert all(len(drawn) == PLAN_LENGTH for drawn in plans)
    decisions = [decision for drawn in plans for decision in drawn]
    assert set(decisions) == {True, None}
    # The plans are chosen among PLAN_TABLE draws: their share is that of the draws.
    share = decisions.count(True) / len(decisions)
    assert abs(share - chance) < 5 * math.sqrt(chance * (1 - chance) / PLAN_TABLE)
    where = [index for index, decision in enumerate(decisions) if decision]
    gaps = [after - before for before, after in itertools.pairwise(where)]
    assert min(gaps) == 1
    assert len(set(gaps)) > 20
    assert math.gcd(*gaps) == 1
    assert len({tuple(drawn) for drawn in plans}) > 1
    assert plan(0) == [True] * PLAN_LENGTH  # level 0: every call timed
