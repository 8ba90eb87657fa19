"""What a ``scaffold new function`` run must not load: the parts of other commands it skips.

Each run is a fresh interpreter, as a user starts it. A module listed here reappearing (an
eager import added back) costs every run its import time, which no output test notices.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The analyzer's body reading, rules, plan and suggestions (``scaffold analyze``), and the
# detection of a project's own auth (only for a project not connected yet).
SKIPPED = (
    "scaffold.analyze._engine",
    "scaffold.analyze._body",
    "scaffold.analyze._rules",
    "scaffold.analyze._suggest",
    "scaffold.analyze._plan",
    "scaffold.generate._auth",
)


def _run(project: Path, cache: Path) -> dict[str, object]:
    script = (
        "import contextlib, io, json, sys\n"
        "from scaffold.cli import main\n"
        "import importlib.metadata as metadata\n"
        "looked_up = []\n"
        "real = metadata.version\n"
        "metadata.version = lambda name: looked_up.append(name) or real(name)\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['new', 'function', 'update profile', '--into', {str(project)!r},"
        " '--yes'])\n"
        "print(json.dumps({'code': code, 'modules': sorted(sys.modules),"
        " 'looked_up': looked_up}))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "XDG_CONFIG_HOME": str(cache / "c")}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_new_function_loads_neither_the_full_analysis_nor_auth_detection(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    shutil.copytree(ROOT / "docs/examples/demo-service", first)
    shutil.copytree(ROOT / "docs/examples/demo-service", second)
    _run(first, tmp_path / "cache")  # fills the caches (e-mail verdicts among them)
    result = _run(second, tmp_path / "cache")
    assert result["code"] == 0
    modules = result["modules"]
    assert isinstance(modules, list)
    assert [name for name in SKIPPED if name in modules] == []
    assert "scaffold.analyze._registrations" in modules  # the routes were read
    # email-validator's version comes from its package, not from every distribution's metadata
    assert result["looked_up"] == []
