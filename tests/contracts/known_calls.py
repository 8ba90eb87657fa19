"""Calls of known durations, the figures they must give, and a fresh interpreter to make them.

Every duration is a multiple of a power of two, so sums are exact in any order and a
snapshot can be compared with figures computed from the calls with ``==``, floats included.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Mapping
from typing import Any

from tests.contracts.helpers import expected_buckets

TICK = 2.0**-20  # about a microsecond; every duration is a multiple of it
# Durations in and above the first bucket (1 ms), up to the 0.5 s bucket: below the 1 s
# slow-call threshold, so no warnings.
DURATIONS = [TICK * n for n in (3, 700, 1000, 1100, 1500, 4000, 30_000, 100_000, 400_000)]

Call = tuple[float, str | None]  # (duration, None) a success, else the cause it fails with


def plan_calls(calls: int, seed: int) -> list[Call]:
    """``calls`` calls: some denied before the function runs, some raising after it ran."""
    plan: list[Call] = []
    for index in range(calls):
        duration = DURATIONS[(index * 7 + seed) % len(DURATIONS)]
        if (index + seed) % 11 == 0:
            plan.append((0.0, "AUTHENTICATION_REQUIRED"))  # denied before the function runs
        elif (index + seed) % 13 == 0:
            plan.append((duration, "EXCEPTION"))  # the function spent its time, then raised
        else:
            plan.append((duration, None))
    return plan


def expected_figures(calls: list[Call], window: list[Call]) -> dict[str, Any]:
    """A snapshot's figures computed from the calls themselves (``window``: the last ones)."""
    durations = [duration for duration, _ in calls]
    ordered = sorted(duration for duration, _ in window)
    return {
        "executions": len(calls),
        "failures_by_cause": dict(Counter(c for _, c in calls if c is not None)),
        "timed_calls": len(calls),  # every call timed (the tests that compare exactly)
        "bucket_counts": expected_buckets(durations),
        "total_seconds": sum(durations),
        "window_calls": len(window),
        "window_failures_by_cause": dict(Counter(c for _, c in window if c is not None)),
        "p95_seconds": ordered[math.ceil(0.95 * len(ordered)) - 1],  # nearest rank
        "max_seconds": ordered[-1],
        "avg_seconds": sum(ordered) / len(ordered),
    }


def figures_of(snapshot: Mapping[str, Any]) -> dict[str, Any]:
    """The same figures from a snapshot (``dataclasses.asdict``, or its JSON)."""
    found = {key: snapshot[key] for key in expected_figures([(0.0, None)], [(0.0, None)])}
    found["bucket_counts"] = list(found["bucket_counts"])
    return found


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (no ``SCAFFOLD_*`` settings), from the project root."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("SCAFFOLD_")},
        timeout=120,
        check=False,
    )
