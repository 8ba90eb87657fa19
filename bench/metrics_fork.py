"""What a fork costs once contracts have run, now that the metrics' fold thread stops first.

Run: ``python bench/metrics_fork.py`` (``--quick`` for a short run; ``--against DIR`` also
times another copy of the package, ``git archive main`` unpacked in DIR, say, in the same
rounds). Two situations, each in a fresh interpreter, alternating in rounds:

- ``idle``: contracts decorated, never called, so no fold thread (what a server that imports
  its app and forks its workers before serving forks);
- ``running``: 20 contracts called 50 times each before every fork, so the fold thread runs
  and each contract has calls queued.

For each it prints the wall time of ``os.fork()`` in the parent (the child leaves at once with
``os._exit``; waiting for it is not timed) and the parent's CPU time in it (all threads, the
kernel's copy of the page tables included), median and quartiles over every fork, and in
``running`` the first call counted after the fork (it starts the fold thread again) next to the
call after it. Then the load average, before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

CONTRACTS = 20
CALLS_BEFORE_FORK = 50
HERE = Path(__file__).resolve().parent.parent

CHILD = """
import json, os, sys, time
from scaffold.contracts import contract

def guarded(index):
    @contract(name=f"bench.fork.{index}")
    def work():
        return None
    return work

functions = [guarded(index) for index in range(CONTRACTS)]
mode, forks = sys.argv[1], int(sys.argv[2])
figures = {"fork": [], "fork_cpu": [], "first_call": [], "next_call": []}
clock, cpu = time.perf_counter, time.process_time
for _ in range(forks):
    if mode == "running":
        for work in functions:
            for _ in range(CALLS_BEFORE_FORK):
                work()
        time.sleep(0.002)  # the fold thread, started or restarted, waits for its next pass
    start, start_cpu = clock(), cpu()
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    figures["fork"].append(clock() - start)
    figures["fork_cpu"].append(cpu() - start_cpu)
    os.waitpid(pid, 0)
    if mode == "running":
        start = clock()
        functions[0]()
        middle = clock()
        functions[0]()
        figures["first_call"].append(middle - start)
        figures["next_call"].append(clock() - middle)
print(json.dumps(figures))
"""


def run_child(code: Path, mode: str, forks: int) -> dict[str, list[float]]:
    script = CHILD.replace("CONTRACTS", str(CONTRACTS)).replace(
        "CALLS_BEFORE_FORK", str(CALLS_BEFORE_FORK)
    )
    env = {**os.environ, "PYTHONPATH": str(code)}
    env = {k: v for k, v in env.items() if not k.startswith("SCAFFOLD_")}
    done = subprocess.run(
        [sys.executable, "-c", script, mode, str(forks)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=code,
    )
    figures: dict[str, list[float]] = json.loads(done.stdout)
    return figures


def summary(values: list[float]) -> str:
    """Median (quartiles) in µs."""
    q1, median, q3 = statistics.quantiles([v * 1e6 for v in values], n=4)
    return f"{median:8.1f} µs ({q1:.1f}-{q3:.1f})"


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 rounds of 50 forks")
    parser.add_argument("--against", type=Path, help="another copy of the package to time")
    options = parser.parse_args()
    rounds, forks = (3, 50) if options.quick else (9, 200)
    codes = {"this": HERE}
    if options.against:
        codes["against"] = options.against.resolve()
    print(f"Python {sys.version.split()[0]}, {rounds} rounds of {forks} forks, load {load()}")
    results: dict[tuple[str, str], dict[str, list[float]]] = {}
    for _ in range(rounds):
        for name, code in codes.items():
            for mode in ("idle", "running"):
                figures = run_child(code, mode, forks)
                gathered = results.setdefault((name, mode), {})
                for key, values in figures.items():
                    gathered.setdefault(key, []).extend(values)
    for (name, mode), figures in results.items():
        print(
            f"{name:8} {mode:8} os.fork() {summary(figures['fork'])} wall,"
            f" {summary(figures['fork_cpu'])} CPU"
        )
        if figures["first_call"]:
            print(
                f"{'':17} first call after {summary(figures['first_call'])}"
                f", next call {summary(figures['next_call'])}"
            )
    print(f"load after: {load()}")


if __name__ == "__main__":
    start = time.monotonic()
    main()
    print(f"({time.monotonic() - start:.0f} s)")
