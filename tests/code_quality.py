"""The project's lint, format and type checks as child processes started ahead of their tests.

``mypy scaffold`` takes over a minute and needs nothing the suite does, so when its test is
selected in a one-process run ``tests/conftest.py`` starts it as soon as collection ends, at
low priority, and the test only waits for its result: it runs on the second core while the
suite runs on the first. Under pytest-xdist the test that gets a check starts it (its worker
waits, so the check has that worker's core) and its group is dealt out before single tests.
The checks read the tree as it is when the session starts, which is the tree the suite tests.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent

CHECKS = {
    "ruff-check": ["ruff", "check", "--no-cache", "."],
    "ruff-format": ["ruff", "format", "--no-cache", "--check", "."],
    "mypy": ["mypy", "--no-incremental", "scaffold"],
}


@dataclass
class Check:
    """A started check: its process and the file its output goes to (a pipe could fill up)."""

    process: subprocess.Popen[bytes]
    output: IO[bytes]

    def result(self) -> tuple[int, str]:
        """Wait for the check; its exit code and output."""
        code = self.process.wait()
        self.output.seek(0)
        text = self.output.read().decode(errors="replace")
        self.output.close()
        return code, text

    def stop(self) -> None:
        """End the check if it still runs (the session ended without its test)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.output.close()


_started: dict[str, Check] = {}


def start(name: str, *, background: bool = True) -> None:
    """Start check ``name`` now unless it was started already; ``background``: below the
    suite's priority (a test waiting for it gives it the full priority of its process)."""
    if name in _started:
        return
    nice = shutil.which("nice") if background else None
    output = tempfile.TemporaryFile()  # noqa: SIM115 - closed by Check.result or Check.stop
    command = [*([nice, "-n", "10"] if nice else []), sys.executable, "-m", *CHECKS[name]]
    process = subprocess.Popen(command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)
    _started[name] = Check(process, output)


def result(name: str) -> tuple[int, str]:
    """The exit code and output of check ``name``, started now if it was not."""
    start(name, background=False)
    return _started.pop(name).result()


def stop_all() -> None:
    """End the checks whose test did not run."""
    while _started:
        _started.popitem()[1].stop()
