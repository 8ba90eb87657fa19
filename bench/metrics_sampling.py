"""How right the sampled metrics are: reported figures against the exact ones, per workload.

Run: ``python bench/metrics_sampling.py`` (``--quick`` for fewer calls and rounds). Real
``@contract`` wrappers, the real sampling policy (the traffic of a tight loop, far above
1,000 calls a second, so the metrics time a random sample), and a clock the guarded
function advances by a duration drawn for the call: every call's duration is known, and
the snapshot is compared with the figures computed from all the calls.

For each workload, over ``ROUNDS`` rounds (a new contract each):

- counts: executions and failures by cause equal to the calls' (``exact`` or ``WRONG``);
- the share of calls timed;
- the p95: the rank error, in percentile points, worst of the rounds: the reported value is
  the exact q-th percentile for a range of q (one q, or several when durations tie), and the
  error is how far 95 lies outside that range (0: it is an exact p95); and how many
  histogram buckets lie between the reported p95 and the exact one (worst);
- the histogram: the largest difference, over the buckets, between the cumulative share of
  the timed calls and that of all calls (percentage points, worst of the rounds);
- the mean: ``total_seconds / timed_calls`` against the exact mean (relative, worst).

The exact figures are those of the second half of the calls (the sampling has settled by
then; the workloads do not change over time, so the window's calls and the half agree).
Bursty low traffic (30 calls, then 60 ms of quiet) is timed whole: its figures must be equal.
"""

from __future__ import annotations

import bisect
import contextlib
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Callable

from scaffold.contracts import (
    AuthContext,
    ContractViolationError,
    _contract,
    _wrapper,
    auth,
    contract,
    metrics_snapshot,
)
from scaffold.contracts._metrics import LATENCY_BUCKETS, ContractSnapshot

ALICE = AuthContext(user_id="alice", roles=frozenset({"user"}))
ANONYMOUS = AuthContext.anonymous()
TICK = 2.0**-20  # durations are multiples of it: the clock's differences are exact
MS = 1024 * TICK
Call = tuple[float, str | None]


class Clock:
    now = 0.0


def read_clock() -> float:
    return Clock.now


def ticks(seconds: float) -> float:
    return max(1, round(seconds / TICK)) * TICK


def workloads(calls: int, chance: random.Random) -> dict[str, list[float]]:
    return {
        "constant": [200 * TICK] * calls,
        "long-tailed (lognormal)": [
            ticks(chance.lognormvariate(math.log(0.3 * MS), 1.2)) for _ in range(calls)
        ],
        "long-tailed (Pareto)": [ticks(0.2 * MS * chance.paretovariate(1.5)) for _ in range(calls)],
        "bimodal 90/10": [
            ticks(chance.uniform(0.1, 0.3) * MS)
            if chance.random() < 0.9
            else ticks(chance.uniform(40, 60) * MS)
            for _ in range(calls)
        ],
        "every 16th slow": [30 * MS if i % 16 == 15 else 200 * TICK for i in range(calls)],
        "every 20th slow": [30 * MS if i % 20 == 19 else 200 * TICK for i in range(calls)],
        "every 1024th slow": [300 * MS if i % 1024 == 0 else 200 * TICK for i in range(calls)],
    }


def with_failures(durations: list[float], chance: random.Random) -> list[Call]:
    """3% of the calls raise after they ran, 2% are denied at once."""
    plan: list[Call] = []
    for duration in durations:
        draw = chance.random()
        if draw < 0.02:
            plan.append((0.0, "AUTHENTICATION_REQUIRED"))
        elif draw < 0.05:
            plan.append((duration, "EXCEPTION"))
        else:
            plan.append((duration, None))
    return plan


def guarded(name: str) -> Callable[..., int]:
    @contract(requires=[auth("user")], name=name)
    def work(context: AuthContext, seconds: float, fail: bool) -> int:
        Clock.now += seconds
        if fail:
            raise LookupError("missing")
        return 1

    return work


def run(work: Callable[..., int], plan: list[Call]) -> None:
    for seconds, cause in plan:
        caller = ANONYMOUS if cause == "AUTHENTICATION_REQUIRED" else ALICE
        with contextlib.suppress(ContractViolationError, LookupError):
            work(caller, seconds, cause == "EXCEPTION")


def snapshot(name: str) -> ContractSnapshot:
    return next(s for s in metrics_snapshot() if s.name == name)


def nearest_rank(ordered: list[float], q: float) -> float:
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def bucket(value: float) -> int:
    return bisect.bisect_left(LATENCY_BUCKETS, value)


def judge(snap: ContractSnapshot, plan: list[Call]) -> dict[str, float | bool]:
    exact_counts = snap.executions == len(plan) and snap.failures_by_cause == dict(
        Counter(c for _, c in plan if c is not None)
    )
    settled = sorted(duration for duration, _ in plan[len(plan) // 2 :])
    everyone = sorted(duration for duration, _ in plan)
    exact_p95 = nearest_rank(settled, 0.95)
    reported = snap.p95_seconds or 0.0
    # Rank error: the reported value is the exact q-th percentile for every q from low to
    # high (its run of ties); the error is how far 95 lies outside that range, in points.
    low, high = bisect.bisect_left(settled, reported), bisect.bisect_right(settled, reported)
    low_q, high_q = 100 * low / len(settled), 100 * high / len(settled)
    rank_error = low_q - 95.0 if low_q > 95.0 else max(0.0, 95.0 - high_q) * -1
    cumulative, worst_share = 0, 0.0
    for bound, count in zip(LATENCY_BUCKETS, snap.bucket_counts, strict=False):
        cumulative += count
        exact = bisect.bisect_right(everyone, bound) / len(everyone)
        worst_share = max(worst_share, abs(cumulative / snap.timed_calls - exact))
    mean = sum(everyone) / len(everyone)
    return {
        "counts exact": exact_counts,
        "timed share": snap.timed_calls / snap.executions,
        "rank error": rank_error,
        "bucket off": abs(bucket(reported) - bucket(exact_p95)),
        "share error": worst_share * 100,
        "mean error": abs(snap.total_seconds / snap.timed_calls - mean) / mean * 100,
        "exact p95 ms": exact_p95 * 1000,
        "reported p95 ms": reported * 1000,
    }


def bursts(rounds: int) -> bool:
    """Low traffic in bursts: every call timed, every figure equal to the exact one."""
    equal = True
    for index in range(rounds):
        name = f"bench.bursts.{index}"
        work = guarded(name)
        chance = random.Random(index)
        plan: list[Call] = []
        for _ in range(6):
            calls = with_failures([(i % 7 + 1) * 100 * TICK for i in range(30)], chance)
            run(work, calls)
            plan += calls
            time.sleep(0.06)
        snap = snapshot(name)
        ordered = sorted(duration for duration, _ in plan)
        equal &= (
            snap.executions == snap.timed_calls == len(plan)
            and snap.p95_seconds == nearest_rank(ordered, 0.95)
            and snap.total_seconds == sum(ordered)
        )
    return equal


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    calls, rounds = (40_000, 3) if quick else (200_000, 10)
    _wrapper.CLOCK = _contract.CLOCK = read_clock  # type: ignore[assignment]
    print(f"{calls:,} calls a round, {rounds} rounds a workload; worst round shown")
    header = (
        f"{'workload':26} {'counts':>7} {'timed':>7} {'exact p95':>10} {'reported':>9} "
        f"{'rank err':>9} {'bucket':>7} {'hist err':>9} {'mean err':>9}"
    )
    print(header)
    for shape in workloads(1, random.Random(0)):
        results = []
        for index in range(rounds):
            chance = random.Random(f"{shape}/{index}")
            plan = with_failures(workloads(calls, chance)[shape], chance)
            name = f"bench.{shape}.{index}"
            work = guarded(name)
            run(work, plan)
            results.append(judge(snapshot(name), plan))
        worst = max(results, key=lambda r: abs(float(r["rank error"])))
        print(
            f"{shape:26} {'exact' if all(r['counts exact'] for r in results) else 'WRONG':>7} "
            f"{min(float(r['timed share']) for r in results):6.2%} "
            f"{float(worst['exact p95 ms']):8.3f}ms {float(worst['reported p95 ms']):7.3f}ms "
            f"{float(worst['rank error']):+8.2f}p "
            f"{max(int(r['bucket off']) for r in results):>7} "
            f"{max(float(r['share error']) for r in results):8.2f}p "
            f"{max(float(r['mean error']) for r in results):8.2f}%"
        )
    print(f"bursty low traffic (30 calls, 60 ms quiet): every figure exact: {bursts(rounds)}")


if __name__ == "__main__":
    main(sys.argv[1:])
