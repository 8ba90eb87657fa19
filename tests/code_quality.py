"""The project's lint, format and type checks as child processes started ahead of their tests.

``mypy scaffold`` takes over a minute and needs nothing the suite does, so when its test is
selected ``tests/conftest.py`` starts it as soon as collection ends and the test only waits for
its result. In a one-process run the check runs at low priority on the second core while the
suite runs on the first. Under pytest-xdist the controlling process starts it (it alone knows
whether any worker collected the test, and before any test runs) at the workers' priority, and
writes its output and exit code into a folder given to the workers: whichever worker gets the
test reads them there, so the check never waits for its test's turn to begin.
The checks read the tree as it is when the session starts, which is the tree the suite tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
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
    publisher: threading.Thread | None = None

    def result(self) -> tuple[int, str]:
        """Wait for the check; its exit code and output."""
        code = self.process.wait()
        self.output.seek(0)
        text = self.output.read().decode(errors="replace")
        self.output.close()
        return code, text

    def publish(self, code_file: Path) -> None:
        """Wait for the check, then write its exit code to ``code_file`` (atomically)."""
        code = self.process.wait()
        partial = code_file.with_suffix(".partial")
        partial.write_text(str(code), encoding="utf-8")
        os.replace(partial, code_file)

    def stop(self) -> None:
        """End the check if it still runs (the session ended without its test)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.publisher is not None:
            self.publisher.join()
        self.output.close()


_started: dict[str, Check] = {}
_results_from: list[Path] = []
"""Under pytest-xdist, in a worker: the folder the controlling process writes results into."""


def start(name: str, *, background: bool = True, publish_to: Path | None = None) -> None:
    """Start check ``name`` now unless it was started already.

    ``background``: below the priority of the tests (one process, which has a core to spare).
    ``publish_to``: a folder where its output and then its exit code are written, for the
    pytest-xdist worker that runs its test.
    """
    if name in _started:
        return
    nice = shutil.which("nice") if background else None
    if publish_to is None:
        output = tempfile.TemporaryFile()  # noqa: SIM115 - closed by Check.result or Check.stop
    else:
        output = (publish_to / f"{name}.out").open("w+b")
    command = [*([nice, "-n", "10"] if nice else []), sys.executable, "-m", *CHECKS[name]]
    process = subprocess.Popen(command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)
    check = Check(process, output)
    _started[name] = check
    if publish_to is not None:
        code_file = publish_to / f"{name}.code"
        check.publisher = threading.Thread(target=check.publish, args=(code_file,), daemon=True)
        check.publisher.start()


def read_results_from(folder: Path) -> None:
    """In a pytest-xdist worker: the checks the controller started publish into ``folder``."""
    _results_from[:] = [folder]


def _published(name: str) -> tuple[int, str] | None:
    """The result of check ``name`` from the controlling process, or None if it did not
    start it (the output file is created before the check starts, before any test runs)."""
    if not _results_from or not (_results_from[0] / f"{name}.out").is_file():
        return None
    code_file = _results_from[0] / f"{name}.code"
    while not code_file.is_file():
        time.sleep(0.2)
    output = (_results_from[0] / f"{name}.out").read_text(encoding="utf-8", errors="replace")
    return int(code_file.read_text(encoding="utf-8")), output


def result(name: str) -> tuple[int, str]:
    """The exit code and output of check ``name``, started now if nobody started it."""
    published = _published(name)
    if published is not None:
        return published
    start(name, background=False)
    return _started.pop(name).result()


def stop_all() -> None:
    """End the checks whose test did not run."""
    while _started:
        _started.popitem()[1].stop()
