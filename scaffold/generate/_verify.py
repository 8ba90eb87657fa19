"""Run the generated tests of one function once, in the project, before reporting success.

A template that is not built in comes from a registry or a pull request; the checks of
``scaffold registry validate`` catch what can be seen in its YAML, and this run catches the
rest: the generated suite must pass as generated. The project's own interpreter
(``.venv/bin/python`` when there is one) runs it, so the project's dependencies are there; the
package's source root is put on ``PYTHONPATH`` so a ``src/`` layout imports without an install.

When the run fails, ``undo`` puts every file the plan wrote back as it was, except a file
changed since it was written (the user's edit wins; it is named instead).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from scaffold.generate._plan import Plan
from scaffold.generate._project import Project

__all__ = ["TestRun", "missing_folders", "project_python", "run_generated_tests", "undo"]

_OUTPUT_TAIL = 3000


@dataclass(frozen=True)
class TestRun:
    """The outcome of one pytest run: ``passed``, and the end of its output for the user."""

    __test__ = False  # not a pytest test class

    passed: bool
    output: str
    summary: str


def project_python(project: Project) -> str:
    """The project's virtual environment's interpreter, else the one running scaffold."""
    for folder in (".venv", "venv"):
        for candidate in ("bin/python", "Scripts/python.exe"):
            path = project.root / folder / candidate
            if path.is_file():
                return str(path)
    return sys.executable


def run_generated_tests(project: Project, test_file: Path, python: str | None = None) -> TestRun:
    """Run ``test_file`` with pytest from the project root; never raises for a failing test."""
    env = dict(os.environ)
    paths = [str(project.source_root), str(project.root)]
    env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    command = [
        python or project_python(project),
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-o",
        "addopts=",
        str(test_file),
    ]
    try:
        completed = subprocess.run(  # noqa: S603 - the project's interpreter, a generated file
            command,
            cwd=project.root,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as error:
        return TestRun(False, str(error), f"could not start pytest: {error}")
    output = (completed.stdout + completed.stderr)[-_OUTPUT_TAIL:]
    lines = [line for line in completed.stdout.splitlines() if line.strip()]
    summary = lines[-1].strip("= ") if lines else f"pytest exited with {completed.returncode}"
    return TestRun(completed.returncode == 0, output, summary)


def missing_folders(plan: Plan) -> set[Path]:
    """The folders applying ``plan`` will create (call before applying it, for ``undo``)."""
    missing: set[Path] = set()
    for change in plan.writes:
        folder = change.path.parent
        while not folder.exists() and plan.root in folder.parents:
            missing.add(folder)
            folder = folder.parent
    return missing


def undo(plan: Plan, created: set[Path]) -> list[str]:
    """Restore what ``plan`` wrote; return the files left alone because they changed since.

    ``created`` (from ``missing_folders``) are removed again when they are empty.
    """
    from scaffold.generate._apply import restore

    kept: list[str] = []
    for change in reversed(plan.writes):
        try:
            current = change.path.read_bytes().decode("utf-8")
        except (FileNotFoundError, UnicodeDecodeError):
            continue
        if current != change.new:
            kept.append(change.relpath)
        elif change.old is None:
            change.path.unlink()
        else:
            restore(change.path, change.old)
    for folder in sorted(created, key=lambda path: len(path.parts), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return kept
