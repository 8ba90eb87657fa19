"""Per-call cost of contract metrics: the same guarded functions with metrics on and off.

Run: ``python bench/metrics_overhead.py`` (add ``--quick`` for a short run). Prints the
nanoseconds per call of a plain function, of guarded functions with metrics off and on, and
the difference, for sync and async functions; then what the cost is made of: one read of
each clock the runtime could time calls with, the two reads alone, the wrapper's success path
(the decision popped off the plan and a test on most calls at high traffic; two clock reads, a
subtraction, a comparison and an append on a timed one) and the fold, per call. It also
prints how many of the calls the metrics timed.
``--multiprocess`` runs the same in a child process with ``PROMETHEUS_MULTIPROC_DIR`` set,
where the calls also reach prometheus_client's files.

Times are the process's CPU time (``time.process_time``): other processes on the machine do
not count, and the metrics' background fold thread does. Off and on alternate in many short
rounds, and the cost is the median of each round's difference (on minus off), with the
quartiles of those differences: a change in the machine's load hits both halves of a round
alike. The best round of each is printed too, as timeit advises for absolute figures, and the
load average before and after.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from typing import Any

from scaffold.contracts import (
    AuthContext,
    NullAuditSink,
    audit_log,
    auth,
    configure,
    contract,
    metrics_snapshot,
)
from scaffold.contracts._metrics import CLOCK as CLOCK_OF_CALLS
from scaffold.contracts._metrics import RECORDER, metrics_for, plan

ALICE = AuthContext(user_id="alice", roles=frozenset({"user"}))
# CPU time of this process, all threads: time other processes take from the machine is not
# counted, the metrics' fold thread is.
CLOCK = time.process_time
CANDIDATE_CLOCKS = {
    "monotonic": time.monotonic,
    "perf_counter": time.perf_counter,
    "monotonic_ns": time.monotonic_ns,
    "perf_counter_ns": time.perf_counter_ns,
}


def plain(context: AuthContext) -> int:
    return 1


@contract(name="bench.empty")
def empty(context: AuthContext) -> int:
    return 1


@contract(requires=[auth("user")], ensures=[audit_log("bench")], name="bench.typical")
def typical(context: AuthContext) -> int:
    return 1


@contract(requires=[auth("user")], ensures=[audit_log("bench")], name="bench.working")
def working(context: AuthContext) -> int:
    """A call that does about 10-20 µs of work, like a small endpoint: batches above 1 ms."""
    return sum(range(400))


async def aplain(context: AuthContext) -> int:
    return 1


@contract(name="bench.aempty")
async def aempty(context: AuthContext) -> int:
    return 1


@contract(requires=[auth("user")], ensures=[audit_log("bench")], name="bench.atypical")
async def atypical(context: AuthContext) -> int:
    return 1


def per_call_sync(func: Callable[..., Any], number: int) -> float:
    return timeit.Timer(lambda: func(ALICE), timer=CLOCK).timeit(number) / number * 1e9


def per_call_async(func: Callable[..., Any], number: int) -> float:
    async def loop() -> float:
        clock = CLOCK
        start = clock()
        for _ in range(number):
            await func(ALICE)
        return clock() - start

    return asyncio.run(loop()) / number * 1e9


def off_and_on(
    measure: Callable[[Callable[..., Any], int], float],
    func: Callable[..., Any],
    number: int,
    repeat: int,
) -> tuple[float, float, list[float]]:
    """Best round of each and every round's difference, alternating off and on."""
    off, on, differences = [], [], []
    for _ in range(repeat):
        configure(metrics=False)
        without = measure(func, number)
        configure(metrics=True)
        with_metrics = measure(func, number)
        off.append(without)
        on.append(with_metrics)
        differences.append(with_metrics - without)
    return min(off), min(on), differences


def quartiles(values: list[float]) -> tuple[float, float, float]:
    """First quartile, median, third quartile."""
    first, middle, third = statistics.quantiles(values, n=4)
    return first, middle, third


def best_per_call(function: Callable[[], object], number: int, repeat: int) -> float:
    """Nanoseconds per call of ``function``, best of ``repeat`` runs, the bare call removed."""

    def bare() -> None:
        return None

    best = min(timeit.Timer(function, timer=CLOCK).timeit(number) for _ in range(repeat))
    base = min(timeit.Timer(bare, timer=CLOCK).timeit(number) for _ in range(repeat))
    return (best - base) / number * 1e9


def parts(number: int, repeat: int) -> list[tuple[str, float]]:
    """What a timed wrapper adds per success, piece by piece, in ns per call."""
    figures = []
    for name, candidate in CANDIDATE_CLOCKS.items():

        def one_read(read: Callable[[], object] = candidate) -> None:
            read()  # inside a Python function, like the bare call that is taken off

        figures.append((f"one {name}() read", best_per_call(one_read, number, repeat)))
    clock = CLOCK_OF_CALLS

    def two_reads() -> None:
        start = clock()
        elapsed = clock()  # noqa: F841 - the second read is what is timed
        del start

    metrics = metrics_for("bench.record", "action")  # registered: the thread folds it
    count, beyond = metrics.success_path()
    RECORDER.fold_in_background()  # the wrappers' fast limit once the fold thread runs
    limit = RECORDER.fast_limit()
    # A high level's plan, popped through its bound ``pop`` as the wrapper takes it (a plan
    # long enough for every call here: the wrapper refills an empty one, 1,024 at a time).
    decide = (plan(10) * (2 * number * repeat // len(plan(10)) + 1)).pop

    def untimed() -> None:
        if decide() is not None:
            return

    def timed() -> None:
        decide()  # the decision, as the wrapper takes it
        start = clock()
        elapsed = clock() - start
        if elapsed > limit:
            beyond(elapsed)
        else:
            count(elapsed)

    figures.append((f"two {clock.__name__}() reads", best_per_call(two_reads, number, repeat)))
    figures.append(("untimed call (decision, is None)", best_per_call(untimed, number, repeat)))
    figures.append(
        ("timed call (decision, 2 reads, -, >, append)", best_per_call(timed, number, repeat))
    )
    metrics.fold()
    for _ in range(number):
        count(1e-6)
    start = CLOCK()
    metrics.fold()
    figures.append(("fold, per call", (CLOCK() - start) / number * 1e9))
    return figures


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def multiprocess(argv: list[str]) -> None:
    """Run the benchmark again in a child whose contracts also write prometheus_client files."""
    with tempfile.TemporaryDirectory() as directory:
        env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": directory}
        args = [a for a in argv if a != "--multiprocess"]
        subprocess.run([sys.executable, __file__, *args], env=env, check=True)


def main(argv: list[str]) -> None:
    if "--multiprocess" in argv:
        multiprocess(argv)
        return
    quick = "--quick" in argv
    load_before = load()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        print("multiprocess mode: every call is also written to prometheus_client's files")
    number, repeat = (10_000, 9) if quick else (20_000, 41)
    configure(audit_sink=NullAuditSink())
    rows: list[tuple[str, float, float, list[float]]] = []
    for label, measure, base, funcs in (
        ("sync", per_call_sync, plain, (empty, typical, working)),
        ("async", per_call_async, aplain, (aempty, atypical)),
    ):
        baseline = min(measure(base, number) for _ in range(repeat))
        print(f"{label:5} plain function: {baseline:8.0f} ns/call")
        for func in funcs:
            calls = number // 10 if func is working else number
            off, on, differences = off_and_on(measure, func, calls, repeat)
            name = func.__contract__.name  # type: ignore[attr-defined]
            rows.append((f"{label} {name}", off, on, differences))
    print()
    print(f"{repeat} rounds alternating off and on; cost = on - off of each round")
    print(f"{'contract':20} {'best off':>9} {'best on':>9} {'cost: median':>13} {'quartiles':>15}")
    for name, off, on, differences in rows:
        low, middle, high = quartiles(differences)
        print(f"{name:20} {off:6.0f} ns {on:6.0f} ns {middle:10.0f} ns   {low:5.0f}-{high:.0f} ns")
    print()
    for snapshot in metrics_snapshot():
        if snapshot.executions:
            share = snapshot.timed_calls / snapshot.executions
            print(f"{snapshot.name:20} {snapshot.executions:>9} calls, {share:6.2%} of them timed")
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        print()
        print(f"what it is made of (ns per call, best of {repeat}):")
        for label, value in parts(number * 5, repeat):
            print(f"  {label:38} {value:6.0f} ns")
    print(f"load average before {load_before}, after {load()}")


if __name__ == "__main__":
    main(sys.argv[1:])
