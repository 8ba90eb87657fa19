"""Render real cookiecutter templates with ``scaffold new project`` and with cookiecutter itself.

Usage: ``python bench/real_templates.py TEMPLATE_DIR...`` (folders holding a cookiecutter.json;
fetch them yourself, at a pinned commit). For each template, four runs with the defaults:

- cookiecutter without hooks (``accept_hooks=False``) and ``scaffold`` without ``--trust``:
  the same files, or a refusal that names template code (hooks, its own extensions);
- cookiecutter as its CLI runs (hooks included) and ``scaffold --trust``: the same files.

It prints one row a template and a summary; the figures in docs/new-project.md come from it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from scaffold.bootstrap import ProjectRequest, create_project
from scaffold.errors import ScaffoldError


def _tree(root: Path) -> dict[str, tuple[str, bytes | str]]:
    tree: dict[str, tuple[str, bytes | str]] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.is_symlink():
            tree[relative] = ("link", os.readlink(path))
        elif path.is_file():
            tree[relative] = ("file", path.read_bytes())
        else:
            tree[relative] = ("dir", "")
    return tree


def _cookiecutter(template: Path, out: Path, *, hooks: bool) -> Path | str:
    from cookiecutter.main import cookiecutter

    try:
        return Path(
            cookiecutter(str(template), no_input=True, output_dir=str(out), accept_hooks=hooks)
        )
    except Exception as error:  # a measurement: record whatever cookiecutter raised
        return f"cookiecutter failed: {type(error).__name__}: {str(error).splitlines()[0][:80]}"


def _scaffold(template: Path, out: Path, *, trust: bool) -> Path | str:
    try:
        return create_project(
            ProjectRequest(str(template), out, no_input=True, trust=trust)
        ).project_dir
    except ScaffoldError as error:
        return f"exit {error.exit_code}: {error.message[:110]}"


def _compare(theirs: Path | str, ours: Path | str) -> str:
    if isinstance(ours, str) and isinstance(theirs, str):
        return f"both failed; scaffold: {ours}; {theirs}"
    if isinstance(ours, str):
        return f"{ours} (cookiecutter rendered it)"
    if isinstance(theirs, str):
        return f"scaffold rendered, {theirs}"
    a, b = _tree(theirs), _tree(ours)
    if a == b:
        return f"identical ({sum(kind == 'file' for kind, _ in a.values())} files)"
    differing = sorted(key for key in a.keys() | b.keys() if a.get(key) != b.get(key))
    return f"DIFFERENT: {len(differing)} paths, e.g. {differing[:3]}"


def _both(template: Path, base: Path, *, trusted: bool) -> str:
    """Both tools into the same output folder (``_output_dir`` is part of the context)."""
    out = base / "out"
    theirs = _cookiecutter(template, out, hooks=trusted)
    if isinstance(theirs, Path):
        theirs = theirs.rename(base / "theirs")
    shutil.rmtree(out, ignore_errors=True)
    return _compare(theirs, _scaffold(template, out, trust=trusted))


def main(templates: list[str]) -> None:
    for template in map(Path, templates):
        with tempfile.TemporaryDirectory() as scratch:
            plain = _both(template, Path(scratch) / "plain", trusted=False)
            trusted = _both(template, Path(scratch) / "trusted", trusted=True)
        print(f"{template.name}\n  untrusted: {plain}\n  --trust:   {trusted}")


if __name__ == "__main__":
    main(sys.argv[1:])
