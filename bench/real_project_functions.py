"""Does ``scaffold new function`` finish inside a real project, and is what it writes sound?

For a project folder (a real FastAPI backend checked out at a pinned commit: pass its path)
and every Nth description of a labelled set written blind (``tests/matching/seen_set_3.yaml``,
picked as ``bench/choice_parity.py`` picks them), each description runs ``scaffold new
function DESCRIPTION --yes`` (the CLI, in a subprocess, on a fresh copy of the project made a
git repository) and is counted:

- written, or stopped: the first line of the error, and whether it stopped at connecting the
  project's own auth (after the template was chosen) or refused before;
- the created Python files: ``ruff format --check`` and ``ruff check`` (ruff's defaults, no
  project configuration) clean or not;
- the files it modified (router registration, ``install``): only lines added, every other
  byte kept;
- the new route against the app's others, as ``bench/route_order.py`` reads the order
  FastAPI tries routes in: pairs where a route registered first catches the new one's calls
  (shadowed) before and after; and whether the router was registered (an
  ``include_router`` line added) or left to the user (a project with several apps).

``--scaffold-src DIR`` runs another checkout of scaffold (``main``, for the figure before a
change). ``--run-tests PYTHON`` also runs the generated contract tests with that interpreter
(a venv with the project's own dependencies and scaffold installed), without the project's
own ``conftest.py`` and pytest options (its fixtures need its test services; the generated
tests need none), with ``--test-env KEY=VALUE`` for the settings its own CI sets.

    python bench/real_project_functions.py PROJECT_DIR [--every 40] [--scaffold-src DIR]
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from route_order import count_app  # bench/ is the script's folder

RULE_CODE = re.compile(r":\d+:\d+: ([A-Z]+[0-9]+) ", re.MULTILINE)
AUTH_STEP = ("authentication dependency", "current-user", "return annotation", "makes dependencies")


@dataclass
class Outcome:
    """What one ``new function`` run did."""

    description: str
    written: bool = False
    error: str = ""
    chosen: bool = False
    ruff_problems: list[str] = field(default_factory=list)
    ruff_project: list[str] = field(default_factory=list)
    edits_only_add: bool = True
    new_shadowed: list[str] = field(default_factory=list)
    reached: bool | None = None
    tests: str = ""


def _git(root: Path, *arguments: str) -> str:
    return subprocess.run(
        ["git", "-C", str(root), *arguments], capture_output=True, text=True, check=True
    ).stdout


def _fresh_copy(project: Path, folder: Path) -> Path:
    root = folder / project.name
    shutil.copytree(project, root, ignore=shutil.ignore_patterns(".git", "__pycache__"))
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-qm", "x")
    return root


def _run_scaffold(
    root: Path, description: str, source: Path | None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = str(source)
    return subprocess.run(
        [sys.executable, "-m", "scaffold", "new", "function", description, "--yes"],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def _ruff(root: Path, files: list[str], isolated: bool) -> list[str]:
    """``ruff format --check`` and ``ruff check`` problems in ``files``: with ruff's defaults
    (``isolated``) or the project's own configuration; as ``format: N files`` and rule codes."""
    options = ["--isolated"] if isolated else []
    problems = []
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", *options, *files],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        problems.append("format: " + done.stdout.strip().splitlines()[-1])
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--output-format", "concise", *options, *files],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    problems.extend(sorted(set(RULE_CODE.findall(done.stdout))))
    return problems


def _added_lines(root: Path, path: str) -> str:
    """The lines the run added to ``path``; ``"\0"`` when it also changed or removed some."""
    before = _git(root, "show", f"HEAD:{path}").splitlines(keepends=True)
    after = (root / path).read_text(encoding="utf-8").splitlines(keepends=True)
    diff = list(difflib.ndiff(before, after))
    if any(line.startswith("- ") for line in diff):
        return "\0"
    return "".join(line[2:] for line in diff if line.startswith("+ "))


def one(project: Path, description: str, args: argparse.Namespace) -> Outcome:
    outcome = Outcome(description)
    with tempfile.TemporaryDirectory() as folder:
        root = _fresh_copy(project, Path(folder))
        before = count_app(project.name, root)
        done = _run_scaffold(root, description, args.scaffold_src)
        outcome.chosen = "\ntemplate: " in "\n" + done.stdout
        if done.returncode != 0:
            lines = (done.stderr or done.stdout).strip().splitlines()
            outcome.error = lines[0] if lines else f"exit {done.returncode}"
            return outcome
        outcome.written = True
        status = _git(root, "status", "--porcelain", "--untracked-files=all").splitlines()
        created = [line[3:] for line in status if line.startswith("??") and line.endswith(".py")]
        modified = [line[3:] for line in status if line.startswith(" M")]
        outcome.ruff_problems = _ruff(root, created, isolated=True)
        outcome.ruff_project = _ruff(root, created, isolated=False)
        outcome.edits_only_add = all("\0" not in _added_lines(root, path) for path in modified)
        after = count_app(project.name, root)
        outcome.new_shadowed = sorted(set(after.shadowed) - set(before.shadowed))
        added = "".join(_added_lines(root, path) for path in modified)
        outcome.reached = ".include_router(" in added  # else left to the user (the note)
        if args.run_tests:
            tests = [p for p in created if p.startswith("tests/contracts/test_")]
            run = subprocess.run(
                [
                    args.run_tests,
                    "-m",
                    "pytest",
                    "-q",
                    "-p",
                    "no:cacheprovider",
                    "--noconftest",
                    "-o",
                    "addopts=",
                    *tests,
                ],
                cwd=root,
                capture_output=True,
                text=True,
                env={**os.environ, **dict(args.test_env), "PYTHONPATH": str(root)},
                check=False,
            )
            tail = run.stdout.strip().splitlines()
            outcome.tests = tail[-1] if tail else run.stderr.strip()[-200:]
    return outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--set", type=Path, default=Path("tests/matching/seen_set_3.yaml"))
    parser.add_argument("--every", type=int, default=40)
    parser.add_argument("--scaffold-src", type=Path, help="run scaffold from this checkout")
    parser.add_argument("--run-tests", help="interpreter to run the generated tests with")
    parser.add_argument(
        "--test-env",
        action="append",
        default=[],
        type=lambda text: tuple(text.split("=", 1)),
        help="KEY=VALUE for the test run (the settings the project's own CI sets)",
    )
    args = parser.parse_args()
    entries = yaml.safe_load(args.set.read_text(encoding="utf-8"))
    descriptions = [entry["text"] for entry in entries][:: args.every]
    outcomes = [one(args.project.resolve(), text, args) for text in descriptions]
    for o in outcomes:
        if o.written:
            state = "written" + ("" if o.reached else " (router registration left to the user)")
            state += f"; ruff defaults: {', '.join(o.ruff_problems) or 'clean'}"
            state += f"; project's ruff config: {', '.join(o.ruff_project) or 'clean'}"
            state += "; edits only add lines" if o.edits_only_add else "; EDIT CHANGED LINES"
            state += f"; newly shadowed: {len(o.new_shadowed)}"
            state += f"; tests: {o.tests}" if o.tests else ""
        else:
            stage = "after the choice" if o.chosen else "before the choice"
            state = f"stopped {stage}: {o.error}"
        print(f"- {o.description!r}: {state}")
    written = [o for o in outcomes if o.written]
    at_auth = [
        o for o in outcomes if o.chosen and not o.written and any(k in o.error for k in AUTH_STEP)
    ]
    print(
        f"written {len(written)}/{len(outcomes)}; stopped at the project's auth {len(at_auth)}; "
        f"ruff clean (defaults) {sum(not o.ruff_problems for o in written)}/{len(written)}; "
        f"(project's config) {sum(not o.ruff_project for o in written)}/{len(written)}; "
        f"edits only add {sum(o.edits_only_add for o in written)}/{len(written)}; "
        f"newly shadowed routes {sum(len(o.new_shadowed) for o in written)}; "
        f"router registered {sum(bool(o.reached) for o in written)}/{len(written)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
