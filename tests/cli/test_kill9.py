"""``kill -9`` at any moment of ``new project`` and ``new function``: never a half-written project.

Each loop starts the real command about twenty times and kills it at a different moment,
spread over the length of one full run (measured first, so the kills land in every phase
whatever the machine's speed). After every kill the project is whole or absent; what a killed
run leaves (its staging folder, temporary files, a journal) names its process, and the next
run removes it: after one more run nothing of the killed runs is left anywhere.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.generate.helpers import flat_project

ITERATIONS = 20
LEFTOVER = re.compile(r"(\.scaffold-new-|scaffold-\d|\.scaffold-apply-|.*\.scaffold-\d+-.*\.tmp)")


def _start(args: list[str], cwd: Path, temp: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "scaffold", *args],
        cwd=cwd,
        env={**os.environ, "TMPDIR": str(temp)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _timed_run(args: list[str], cwd: Path, temp: Path) -> float:
    started = time.monotonic()
    assert _start(args, cwd, temp).wait(timeout=120) == 0
    return time.monotonic() - started


def _kill_after(args: list[str], cwd: Path, temp: Path, delay: float) -> None:
    process = _start(args, cwd, temp)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)


def _leftovers(*folders: Path) -> list[str]:
    found = []
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            if LEFTOVER.match(path.name):
                found.append(str(path.relative_to(folder.parent)))
    return found


def _files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_kill_9_during_new_project(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    args = ["new", "project", "-o", "out", "--no-input"]
    reference_dir = tmp_path / "reference"
    reference_dir.mkdir()
    length = _timed_run(args, reference_dir, temp)
    reference = _files(reference_dir / "out" / "my-service")
    work = tmp_path / "work"
    work.mkdir()
    outcomes = {"whole": 0, "absent": 0}
    for step in range(ITERATIONS):
        _kill_after(args, work, temp, length * (step + 0.5) / ITERATIONS)
        project = work / "out" / "my-service"
        if project.exists():
            assert _files(project).keys() == reference.keys(), f"half-written after kill {step}"
            outcomes["whole"] += 1
            shutil.rmtree(project)  # so that the next run creates it again
        else:
            outcomes["absent"] += 1
    assert _timed_run(args, work, temp) > 0
    assert _files(work / "out" / "my-service").keys() == reference.keys()
    assert _leftovers(work, temp) == []
    assert outcomes["absent"] > 0  # the kills did land before the end


def _function_files(name: str) -> list[str]:
    return [
        f"app/endpoints/{name}.py",
        f"app/schemas/{name}.py",
        f"app/services/{name}.py",
        f"tests/contracts/test_{name}.py",
        f"docs/checklists/{name}.md",
    ]


def _state(root: Path, name: str) -> str:
    """``whole``, ``absent``, or a description of what is half there."""
    present = [(root / relative).exists() for relative in _function_files(name)]
    registered = f"{name}_router" in (root / "app" / "main.py").read_text()
    manifest = root / ".scaffold" / "generated.json"
    recorded = manifest.exists() and f'"{name}"' in manifest.read_text()
    parts = [*present, registered, recorded]
    if all(parts):
        return "whole"
    if not any(parts):
        return "absent"
    return f"half: files {present}, registered {registered}, in manifest {recorded}"


RESOURCES = (
    "invoice", "order", "ticket", "project", "report", "note", "comment", "album", "photo",
    "badge", "coupon", "device", "event", "folder", "group", "lesson", "message", "payment",
    "review", "shipment", "task", "playlist",
)  # fmt: skip


@pytest.mark.parametrize("iterations", [ITERATIONS])
def test_kill_9_during_new_function(tmp_path: Path, iterations: int) -> None:
    from scaffold.generate._apply import recover_interrupted

    temp = tmp_path / "tmp"
    temp.mkdir()
    root = flat_project(tmp_path / "demo")
    length = _timed_run(["new", "function", "update profile", "--name", "first"], root, temp)
    # Each run serves its own route: two functions on one route are refused before any write.
    nouns = RESOURCES[:iterations]
    names = [f"update_{noun}" for noun in nouns]
    for step, (noun, name) in enumerate(zip(nouns, names, strict=True)):
        args = ["new", "function", f"update {noun}", "--name", name, "--yes"]
        _kill_after(args, root, temp, length * (step + 0.5) / iterations)
        recover_interrupted(root)  # what the next run does first
        for earlier in names[: step + 1]:
            state = _state(root, earlier)
            assert state in ("whole", "absent"), f"{earlier} after kill {step}: {state}"
    final = ["new", "function", "update voucher", "--name", "last", "--yes"]
    assert _timed_run(final, root, temp) > 0
    assert _state(root, "last") == "whole"
    assert _leftovers(root, temp) == []
    states = [_state(root, name) for name in names]
    assert "absent" in states  # the kills did land before the end
