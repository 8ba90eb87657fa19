"""What a command imports is part of its speed: these runs must not load what they do not use.

Each command runs in a fresh interpreter, as a user runs it, and reports ``sys.modules``. A
module listed here reappearing (a top-level import added, a lazy one made eager) costs every
run of the command its import time, which no test of the command's output would notice.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Loaded by neither a warm ``scaffold match`` nor ``scaffold new function`` on the demo service.
NEVER = ("libcst", "cookiecutter", "numpy", "xml", "scaffold.generate._selftest")


def _imported(args: list[str], cwd: Path, cache: Path) -> tuple[int, set[str]]:
    """Run ``scaffold ARGS`` in process in a fresh interpreter: its exit code and modules."""
    script = (
        "import contextlib, io, json, sys\n"
        "from scaffold.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main({args!r})\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "XDG_CONFIG_HOME": str(cache / "config")}
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=cwd, env=env
    )
    code, modules = json.loads(run.stdout.splitlines()[-1])
    return code, set(modules)


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(f"{n}.") for n in names))


def test_a_warm_match_imports_no_generator_analyzer_or_table_for_json(tmp_path: Path) -> None:
    args = ["match", "update my profile", "--format", "json"]
    _imported(args, tmp_path, tmp_path / "cache")  # fills the caches
    code, modules = _imported(args, tmp_path, tmp_path / "cache")
    assert code == 0
    unwanted = (*NEVER, "rich", "jinja2", "yaml", "scaffold.generate", "scaffold.analyze")
    # Nor pydantic: the match validates no template, and the command's values are checked
    # without Typer's pydantic adapters (about 40% of a warm match's instructions).
    unwanted += ("pydantic", "pydantic_core", "typer._adapters")
    assert _loaded(modules, unwanted) == []


def test_new_function_imports_neither_libcst_nor_the_self_test(tmp_path: Path) -> None:
    project = tmp_path / "demo"
    shutil.copytree(ROOT / "docs/examples/demo-service", project)
    args = ["new", "function", "update profile", "--into", str(project), "--yes"]
    code, modules = _imported(args, tmp_path, tmp_path / "cache")
    assert code == 0
    assert "update_profile_router" in (project / "app/main.py").read_text(encoding="utf-8")
    assert _loaded(modules, (*NEVER, "rich")) == []


def test_a_warm_table_reads_no_rich_markup(tmp_path: Path) -> None:
    args = ["match", "update my profile"]
    _imported(args, tmp_path, tmp_path / "cache")
    code, modules = _imported(args, tmp_path, tmp_path / "cache")
    assert code == 0
    assert "rich.table" in modules
    assert _loaded(modules, ("rich._emoji_codes", "scaffold.generate", "yaml", "pydantic")) == []


def test_the_table_shows_a_templates_words_as_written(capsys: pytest.CaptureFixture[str]) -> None:
    from scaffold.cli.match import MatchFormat, print_matches

    found = SimpleNamespace(
        template="approve_report",
        score=0.5,
        reasons=['pattern "approve [admin only] :thumbs_up:" matched "approve"'],
    )
    print_matches([found], MatchFormat.table)  # type: ignore[list-item]
    assert '"approve [admin only] :thumbs_up:" matched' in capsys.readouterr().out
