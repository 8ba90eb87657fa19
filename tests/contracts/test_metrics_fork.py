"""Forks after contracts ran: no fold thread at the fork, exact numbers on both sides, no hang.

Each test runs in a fresh interpreter (a deadlock there is a timeout here, not a hung suite).
Python 3.12+ warns when a process with a thread running forks; the first test turns that
warning into an error, so on those versions it fails if the fold thread runs at the fork.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

import pytest

from scaffold.contracts import WINDOW_SIZE
from tests.contracts.known_calls import Call, expected_figures, figures_of, plan_calls, run_python

FOLD_THREAD = "scaffold-metrics-fold"

# The same guarded function in every child interpreter: a clock it advances itself, so each
# call lasts exactly the duration its plan says; ``run`` makes a plan's calls.
KNOWN_CALLS = """
import json, os, sys, threading, time
from dataclasses import asdict
from scaffold.contracts import (
    AuthContext, ContractViolationError, _contract, _wrapper, auth, contract, metrics_snapshot,
)
from scaffold.contracts import _metrics
from scaffold.contracts._metrics import RECORDER, metrics_for
_metrics.TIMED_PER_SECOND = float("inf")  # every call timed: figures compared exactly

now = 0.0
_wrapper.CLOCK = _contract.CLOCK = lambda: now

@contract(requires=[auth("user")], name="fork.exact")
def work(context: AuthContext, seconds: float, fail: bool) -> None:
    global now
    now += seconds
    if fail:
        raise LookupError("missing")

ALICE, ANONYMOUS = AuthContext("alice", {"user"}), AuthContext.anonymous()
metrics = metrics_for("fork.exact", "action")

def run(plan):
    for seconds, cause in plan:
        try:
            caller = ANONYMOUS if cause == "AUTHENTICATION_REQUIRED" else ALICE
            work(caller, seconds, cause == "EXCEPTION")
        except (ContractViolationError, LookupError):
            pass

def folded_unread():
    '''Wait, without reading, for the background thread to fold every queued call.'''
    deadline = time.monotonic() + 60
    while metrics.queued() and time.monotonic() < deadline:
        time.sleep(0.005)
    return {
        "queued": metrics.queued(),
        "folding": RECORDER.folding,
        "threads": sorted(t.name for t in threading.enumerate()),
        "figures": asdict(metrics.snapshot()),
    }
"""


def _sides(parts: list[str], *args: str) -> dict[str, dict[str, Any]]:
    """Run the script ``parts`` make; each process's JSON line, by the side it says it is."""
    result = run_python("".join(textwrap.dedent(part) for part in parts), *args)
    assert result.returncode == 0, result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return {line["side"]: line for line in found}


def _assert_exact(side: dict[str, Any]) -> None:
    """The figures a process printed are those of the calls it says it ``made``."""
    made = [tuple(call) for call in side["made"]]
    assert figures_of(side["figures"]) == expected_figures(made, made[-WINDOW_SIZE:])


def test_no_fold_thread_runs_at_a_fork_and_both_sides_stay_exact() -> None:
    """Calls, then a fork: the thread was running before, is gone at the fork, and both
    processes keep every figure exact and fold again by themselves."""
    before, child, parent = plan_calls(1500, 1), plan_calls(700, 2), plan_calls(900, 3)
    lines = _sides(
        [
            """
        import os, threading, warnings
        warnings.simplefilter("error")  # 3.12+: a fork with a thread running raises here
        at_fork = {}

        def look():
            # Registered before the runtime's hook, so it runs after it, right before fork().
            at_fork["threads"] = sorted(t.name for t in threading.enumerate())
            if os.path.isdir("/proc/self/task"):
                at_fork["os_threads"] = len(os.listdir("/proc/self/task"))
            at_fork["queued"] = metrics.queued()

        os.register_at_fork(before=look)
        """,
            KNOWN_CALLS,
            """
        plans = json.loads(sys.argv[1])
        run(plans["before"])
        running = sorted(t.name for t in threading.enumerate())
        pid = os.fork()
        if pid == 0:
            inherited = asdict(metrics.snapshot())
            run(plans["child"])
            print(json.dumps({"side": "child", "inherited": inherited, **folded_unread()}))
            sys.stdout.flush()
            os._exit(0)
        status = os.waitpid(pid, 0)[1]
        kept = asdict(metrics.snapshot())
        run(plans["parent"])
        print(json.dumps({
            "side": "parent", "status": status, "running": running, "at_fork": at_fork,
            "kept": kept, **folded_unread(),
        }))
        """,
        ],
        json.dumps({"before": before, "child": child, "parent": parent}),
    )
    up, down = lines["parent"], lines["child"]
    assert up["status"] == 0
    assert up["running"] == ["MainThread", FOLD_THREAD]  # the thread ran before the fork
    at_fork = up["at_fork"]
    assert at_fork["threads"] == ["MainThread"]
    assert at_fork.get("os_threads", 1) == 1  # Linux: the OS thread too, not only Python's
    assert at_fork["queued"] == 0  # folded before the fork: the child inherits it counted

    def exact(calls: list[Call]) -> dict[str, Any]:
        return expected_figures(calls, calls[-WINDOW_SIZE:])

    for side, after in ((up, parent), (down, child)):
        assert figures_of(side["kept" if side is up else "inherited"]) == exact(before)
        assert side["queued"] == 0  # folded by a new thread of its own, nobody reading
        assert side["folding"] is True
        assert side["threads"] == ["MainThread", FOLD_THREAD]
        assert figures_of(side["figures"]) == exact(before + after)


@pytest.mark.parametrize("forker", [FOLD_THREAD, "MainThread"])
def test_a_fork_from_inside_a_fold_does_not_wait_for_itself(forker: str) -> None:
    """An exporter that forks while it flushes a batch, in the fold thread or in a reader.

    The thread that forks holds the contract's lock: the fork takes it again instead of
    waiting for itself, the fold thread (when it forks) does not join itself, and the
    child's locks are free. Afterwards the parent folds again, exactly.
    """
    lines = _sides(
        [
            KNOWN_CALLS,
            """
        import warnings
        warnings.simplefilter("ignore", DeprecationWarning)  # the forker may not be alone
        forker, made = sys.argv[1], json.loads(sys.argv[2])
        forked = threading.Event()

        class ForkingExporter:
            def flush(self, metrics, calls, durations, bucket_deltas, causes):
                if threading.current_thread().name != forker or forked.is_set():
                    return
                forked.set()
                pid = os.fork()
                if pid == 0:  # the child: its locks must be free, its numbers readable
                    os._exit(0 if metrics_snapshot() else 3)
                print(json.dumps({"side": "fork", "status": os.waitpid(pid, 0)[1]}))

        run(made)
        old = next(t for t in threading.enumerate() if t.name == "scaffold-metrics-fold")
        RECORDER.exporter = ForkingExporter()
        while not forked.is_set():
            one = made[len(made) % 300]
            run([one])
            made.append(one)
            if forker == "MainThread":
                metrics_snapshot()
            time.sleep(0.001)
        old.join(60)  # the thread running before ends, in the parent too
        run(made[:100])  # the parent's next calls fold in a new thread
        made += made[:100]
        print(json.dumps({
            "side": "parent", "made": made, "old_alive": old.is_alive(), **folded_unread(),
        }))
        """,
        ],
        forker,
        json.dumps(plan_calls(300, 4)),
    )
    assert lines["fork"]["status"] == 0
    parent = lines["parent"]
    assert parent["old_alive"] is False
    assert parent["queued"] == 0
    assert parent["folding"] is True
    _assert_exact(parent)


@pytest.mark.parametrize("folder", [FOLD_THREAD, "reader"])
def test_a_fork_waits_for_a_fold_under_way_and_the_child_is_exact(folder: str) -> None:
    """A fork while another thread folds (its exporter slow): the fork waits for that fold
    to end, so the child inherits every call counted once, never a batch half folded."""
    lines = _sides(
        [
            KNOWN_CALLS,
            """
        import warnings
        warnings.simplefilter("ignore", DeprecationWarning)  # a reader may run at the fork
        folder, made = sys.argv[1], json.loads(sys.argv[2])
        flushing, flushed = threading.Event(), threading.Event()

        class SlowExporter:
            def flush(self, metrics, calls, durations, bucket_deltas, causes):
                if threading.current_thread().name == folder and not flushing.is_set():
                    flushing.set()
                    time.sleep(0.2)
                    flushed.set()

        def read():
            while not flushing.is_set():
                metrics.fold()

        run(made)
        RECORDER.exporter = SlowExporter()
        reader = threading.Thread(target=read, name="reader")
        if folder == "reader":
            reader.start()
        while not flushing.is_set():
            one = made[len(made) % 1200]
            run([one])
            made.append(one)
        pid = os.fork()
        if pid == 0:
            print(json.dumps({
                "side": "child", "made": made, "flushed": flushed.is_set(),
                "figures": asdict(metrics.snapshot()),
            }))
            sys.stdout.flush()
            os._exit(0)
        print(json.dumps({"side": "parent", "status": os.waitpid(pid, 0)[1]}))
        if folder == "reader":
            reader.join()
        """,
        ],
        folder,
        json.dumps(plan_calls(1200, 5)),
    )
    assert lines["parent"]["status"] == 0
    child = lines["child"]
    assert child["flushed"] is True  # forked after the fold under way, not in its middle
    _assert_exact(child)


def test_a_forked_child_folds_its_own_calls_and_never_hangs() -> None:
    """Forks while another thread calls and reads: each child counts, folds and reads."""
    result = run_python(
        """
        import os, threading, time, warnings
        warnings.simplefilter("ignore", DeprecationWarning)  # a caller runs at each fork
        from scaffold.contracts import contract, metrics_snapshot
        from scaffold.contracts._metrics import RECORDER, metrics_for

        @contract(name="fold.fork")
        def forked():
            return None

        metrics = metrics_for("fold.fork", "action")
        stop = threading.Event()
        def busy():
            while not stop.is_set():
                forked()
                metrics_snapshot()
        worker = threading.Thread(target=busy)
        worker.start()
        codes = []
        for _ in range(40):
            pid = os.fork()
            if pid == 0:
                before = metrics.snapshot().executions
                for _ in range(5000):
                    forked()
                deadline = time.monotonic() + 30
                while metrics.queued() and time.monotonic() < deadline:
                    threading.Event().wait(0.01)  # folded by the child's own thread
                ok = RECORDER.folding and metrics.executions == before + 5000
                os._exit(0 if ok else 3)
            codes.append(os.waitpid(pid, 0)[1])
        stop.set()
        worker.join()
        print(codes.count(0), len(codes))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["40", "40"]
