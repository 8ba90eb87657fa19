"""Plans, diffs and the all-or-nothing apply."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scaffold.errors import ConflictError
from scaffold.generate import ApplyError, FileChange, Plan, apply_plan, render_diff


def _plan(root: Path, *changes: FileChange) -> Plan:
    return Plan(root=root, name="x", template="t", template_version=1, changes=changes)


def _create(root: Path, relpath: str, new: str) -> FileChange:
    return FileChange(root / relpath, relpath, "create", None, new, "test")


def test_apply_writes_new_files_and_folders(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path, _create(tmp_path, "a/b/one.py", "one\n"), _create(tmp_path, "two.md", "2\n")
    )
    written = apply_plan(plan)
    assert written == [tmp_path / "a/b/one.py", tmp_path / "two.md"]
    assert (tmp_path / "a/b/one.py").read_text() == "one\n"
    assert not [p for p in tmp_path.rglob(".*") if p.is_file()]  # no temporary files left


def test_a_failing_write_restores_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "main.py"
    existing.write_text("original\n")
    existing.chmod(0o640)
    plan = _plan(
        tmp_path,
        _create(tmp_path, "new/first.py", "1\n"),
        FileChange(existing, "main.py", "modify", "original\n", "edited\n", "test"),
        _create(tmp_path, "new/third.py", "3\n"),
    )
    real_replace = os.replace
    calls = []

    def failing_replace(source: str, target: str) -> None:
        calls.append(target)
        if len(calls) == 3:
            raise OSError(28, "No space left on device", str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(ApplyError, match="nothing was changed"):
        apply_plan(plan)
    monkeypatch.setattr(os, "replace", real_replace)
    assert existing.read_text() == "original\n"
    assert oct(existing.stat().st_mode & 0o777) == oct(0o640)
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["main.py"]


def test_overwrites_need_force(tmp_path: Path) -> None:
    target = tmp_path / "mine.py"
    target.write_text("mine\n")
    plan = _plan(tmp_path, FileChange(target, "mine.py", "overwrite", "mine\n", "theirs\n", "test"))
    with pytest.raises(ConflictError, match=r"would overwrite mine\.py"):
        apply_plan(plan)
    assert target.read_text() == "mine\n"
    apply_plan(plan, force=True)
    assert target.read_text() == "theirs\n"


def test_a_file_changed_since_planning_stops_the_run(tmp_path: Path) -> None:
    target = tmp_path / "main.py"
    target.write_text("planned\n")
    plan = _plan(
        tmp_path,
        _create(tmp_path, "new.py", "new\n"),
        FileChange(target, "main.py", "modify", "planned\n", "edited\n", "test"),
    )
    target.write_text("changed meanwhile\n")
    with pytest.raises(ConflictError, match="changed since the plan"):
        apply_plan(plan)
    assert not (tmp_path / "new.py").exists()


def test_render_diff_is_a_unified_diff(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        _create(tmp_path, "new.py", "a\nb\n"),
        FileChange(tmp_path / "old.py", "old.py", "modify", "x\n", "x\ny", "test"),
        FileChange(tmp_path / "same.py", "same.py", "unchanged", "s\n", "s\n", "test"),
    )
    assert render_diff(plan) == (
        "--- /dev/null\n+++ b/new.py\n@@ -0,0 +1,2 @@\n+a\n+b\n"
        "--- a/old.py\n+++ b/old.py\n@@ -1 +1,2 @@\n x\n+y\n\\ No newline at end of file\n"
    )
    assert not plan.nothing_to_do
    assert _plan(tmp_path, plan.changes[2]).nothing_to_do
