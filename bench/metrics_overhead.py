"""Per-call cost of contract metrics: the same guarded functions with metrics on and off.

Run: ``python bench/metrics_overhead.py`` (add ``--quick`` for a short run). Prints the
nanoseconds per call of a plain function, of guarded functions with metrics off and on, and
the difference, for sync and async functions; then the recording alone (two clock reads and
``ContractMetrics.record``). ``--multiprocess`` runs the same in a child process with
``PROMETHEUS_MULTIPROC_DIR`` set, where the calls also reach prometheus_client's files.

Times are the thread's CPU time, and the best of several rounds is kept (alternating off and
on), as timeit advises: the minimum is the figure least disturbed by the rest of the machine.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from typing import Any

from scaffold.contracts import AuthContext, NullAuditSink, audit_log, auth, configure, contract
from scaffold.contracts._metrics import ContractMetrics

ALICE = AuthContext(user_id="alice", roles=frozenset({"user"}))
# CPU time of this thread: time other processes take from the machine is not counted.
CLOCK = time.thread_time


def plain(context: AuthContext) -> int:
    return 1


@contract(name="bench.empty")
def empty(context: AuthContext) -> int:
    return 1


@contract(requires=[auth("user")], ensures=[audit_log("bench")], name="bench.typical")
def typical(context: AuthContext) -> int:
    return 1


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
) -> tuple[float, float]:
    """Best of ``repeat`` rounds each, alternating off and on so both see the same machine."""
    off, on = [], []
    for _ in range(repeat):
        configure(metrics=False)
        off.append(measure(func, number))
        configure(metrics=True)
        on.append(measure(func, number))
    return min(off), min(on)


def recording_alone(number: int, repeat: int) -> float:
    """What the wrappers add per call: two clock reads and one ``record``."""
    metrics = ContractMetrics("bench.record", "action")
    clock = time.perf_counter

    def measured() -> None:
        start = clock()
        metrics.record(clock() - start, None)

    def bare() -> None:
        return None

    best = min(timeit.Timer(measured, timer=CLOCK).timeit(number) for _ in range(repeat))
    base = min(timeit.Timer(bare, timer=CLOCK).timeit(number) for _ in range(repeat))
    return (best - base) / number * 1e9


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
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        print("multiprocess mode: every call is also written to prometheus_client's files")
    number, repeat = (20_000, 5) if quick else (100_000, 15)
    configure(audit_sink=NullAuditSink())
    rows: list[tuple[str, float, float, float]] = []
    for label, measure, base, funcs in (
        ("sync", per_call_sync, plain, (empty, typical)),
        ("async", per_call_async, aplain, (aempty, atypical)),
    ):
        baseline = min(measure(base, number) for _ in range(repeat))
        print(f"{label:5} plain function: {baseline:8.0f} ns/call")
        for func in funcs:
            off, on = off_and_on(measure, func, number, repeat)
            name = func.__contract__.name  # type: ignore[attr-defined]
            rows.append((f"{label} {name}", off, on, on - off))
    print()
    print(f"{'contract':24} {'metrics off':>12} {'metrics on':>12} {'metrics cost':>13}")
    for name, off, on, cost in rows:
        print(f"{name:24} {off:9.0f} ns {on:9.0f} ns {cost:10.0f} ns")
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        print()
        print(f"recording alone (clock x2 + record): {recording_alone(number, repeat):.0f} ns/call")


if __name__ == "__main__":
    main(sys.argv[1:])
