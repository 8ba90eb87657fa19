"""Helpers for the generation tests: small projects on disk, fixtures copied, ruff runs."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "projects"
DEMO = Path(__file__).resolve().parents[2] / "docs" / "examples" / "demo-service"
RUFF_RULES = "E,W,F,I,B,UP,SIM,RUF,C4,PIE,PT,RET,A,PL,S,ARG"
RUFF_IGNORE = "S101,PLR2004,PLR0913"

MAIN = """\
from fastapi import FastAPI
from scaffold.contracts.fastapi import install

app = FastAPI()
install(app)
"""


def build_tree(root: Path, files: Mapping[str, str]) -> Path:
    """Write ``files`` (relative path -> content) under ``root``; return ``root``."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root


def flat_project(root: Path, main: str = MAIN) -> Path:
    """A flat project with an ``app`` package whose main.py creates the FastAPI app."""
    return build_tree(
        root,
        {
            "pyproject.toml": '[project]\nname = "demo"\nversion = "0.1.0"\n',
            "app/__init__.py": "",
            "app/main.py": main,
        },
    )


def copy_fixture(name: str, target: Path) -> Path:
    destination = target / name
    shutil.copytree(FIXTURES / name, destination)
    return destination


def demo_with_users(target: Path, users: Sequence[tuple[str, str]]) -> Path:
    """A copy of the demo service under ``target`` whose demo tokens also admit ``users``
    (name, role): each signs in with ``Bearer <name>-token``."""
    root = target / "demo-service"
    shutil.copytree(DEMO, root)
    main_py = root / "app" / "main.py"
    text = main_py.read_text(encoding="utf-8")
    alice = '"alice-token": DemoToken("alice", ("user",)),'
    assert alice in text
    more = "".join(
        f'\n            "{name}-token": DemoToken("{name}", ("{role}",)),' for name, role in users
    )
    main_py.write_text(text.replace(alice, alice + more), encoding="utf-8")
    return root


def run_in_project(
    root: Path, *arguments: str, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run this interpreter in a generated project (``python ARGUMENTS``), nothing else on
    its path: the project's ``app`` package never mixes with another test's. ``env`` adds
    variables (default: ``SCAFFOLD_ENV=production``)."""
    extra = {"SCAFFOLD_ENV": "production"} if env is None else dict(env)
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(root), "PATH": "", **extra},
    )


def mypy_strict(
    root: Path, tmp_path_factory: pytest.TempPathFactory
) -> subprocess.CompletedProcess[str]:
    """``mypy --strict app tests`` in a generated project, with a cache shared by the session.

    The cache holds what the projects share (FastAPI, pydantic, the runtime), so only the
    first check of a session reads them; mypy checks each project's own modules by content.
    pytest-xdist workers share it too (it sits beside their temporary folders), one check at
    a time: a lock file keeps two workers from writing it together.
    """
    session = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        session = session.parent  # the controller's folder, holding each worker's
    cache = session / "mypy-cache"
    with (session / "mypy-cache.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        return run_in_project(
            root, "-m", "mypy", "--strict", "--cache-dir", str(cache), "app", "tests", env={}
        )


def ruff(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ruff from the test environment with no configuration but the arguments."""
    return subprocess.run(
        [sys.executable, "-m", "ruff", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def ruff_clean(folder: Path) -> list[str]:
    """Problems ``ruff format --check`` and ``ruff check`` find in ``folder`` (empty: clean).

    Generated code targets ruff's defaults (line length 88); it must also stay formatted at
    this repository's 100 columns.
    """
    problems = []
    for width in ("88", "100"):
        result = ruff("format", "--isolated", "--check", "--line-length", width, ".", cwd=folder)
        if result.returncode != 0:
            problems.append(f"format at {width}: {result.stdout}{result.stderr}")
    # Each project is checked from its own root, where ruff tells first-party imports apart.
    roots = (
        [folder]
        if (folder / "pyproject.toml").is_file()
        else sorted(path.parent for path in folder.glob("*/pyproject.toml"))
    )
    for root in roots:
        result = ruff(
            "check",
            "--isolated",
            "--select",
            RUFF_RULES,
            "--ignore",
            RUFF_IGNORE,
            "--target-version",
            "py310",
            "--output-format",
            "concise",
            ".",
            cwd=root,
        )
        if result.returncode != 0:
            problems.append(f"check {root.name}: {result.stdout}{result.stderr}")
    return problems


def replay(
    target: Path,
    users: Sequence[tuple[str, str]],
    functions: Sequence[tuple[str, str]],
    calls: str,
) -> Any:
    """Generate each (description, template) into a demo service that also admits
    ``users``, run ``calls`` (Python printing one JSON document) in it, and return what it
    printed: a replay through the real app, in a child interpreter."""
    from scaffold.cli import main

    root = demo_with_users(target, users)
    for description, template in functions:
        args = ["new", "function", description, "--into", str(root), "--template", template]
        assert main(args) == 0, description
    return run_calls(root, calls)


def new_function(
    root: Path, capsys: pytest.CaptureFixture[str], *arguments: str
) -> tuple[int, str]:
    """``scaffold new function ARGUMENTS --into root --yes`` through the CLI: its exit code,
    and everything it printed."""
    from scaffold.cli import main

    code = main(["new", "function", *arguments, "--into", str(root), "--yes"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def run_calls(root: Path, calls: str) -> Any:
    """Run ``calls`` (Python printing one JSON document) in the project at ``root`` and return
    what it printed."""
    result = run_in_project(root, "-c", calls)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)
