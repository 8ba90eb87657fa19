"""Plans, diffs and the all-or-nothing apply."""

from __future__ import annotations

import os
import subprocess
import sys
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


def _three_changes(root: Path) -> tuple[Path, Plan]:
    """A new file, an edit of ``main.py`` (mode 0o640), another new file."""
    existing = root / "main.py"
    existing.write_text("original\n")
    existing.chmod(0o640)
    plan = _plan(
        root,
        _create(root, "new/first.py", "1\n"),
        FileChange(existing, "main.py", "modify", "original\n", "edited\n", "test"),
        _create(root, "new/third.py", "3\n"),
    )
    return existing, plan


def test_a_failing_write_restores_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing, plan = _three_changes(tmp_path)
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


def test_a_rewritten_module_never_runs_from_stale_bytecode(tmp_path: Path) -> None:
    """Same size, same second: Python would trust the cached bytecode of the old text."""
    module = tmp_path / "ordered.py"
    module.write_text("VALUE = 'ab'\n")
    run = [sys.executable, "-c", "import ordered; print(ordered.VALUE)"]
    clean = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    first = subprocess.run(run, cwd=tmp_path, env=clean, capture_output=True, text=True, check=True)
    assert first.stdout.strip() == "ab"
    assert list((tmp_path / "__pycache__").glob("ordered.*.pyc"))  # cached
    stat_before = module.stat()
    change = FileChange(module, "ordered.py", "modify", "VALUE = 'ab'\n", "VALUE = 'ba'\n", "t")
    apply_plan(_plan(tmp_path, change))
    os.utime(module, ns=(stat_before.st_atime_ns, stat_before.st_mtime_ns))  # the same second
    second = subprocess.run(
        run, cwd=tmp_path, env=clean, capture_output=True, text=True, check=True
    )
    assert second.stdout.strip() == "ba"


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


_KILLED_RUN = """
import os, sys
from pathlib import Path
from scaffold.generate import FileChange, Plan, apply_plan
from scaffold.generate import _apply

root = Path(sys.argv[1])
phase, after = sys.argv[2], int(sys.argv[3])
changes = tuple(
    FileChange(root / rel, rel, "create", None, rel + "\\n", "test")
    for rel in ("new/a.py", "new/deeper/b.py", "c.py")
) + (FileChange(root / "main.py", "main.py", "modify", "old\\n", "new\\n", "test"),)
calls = []
real = {"stage": _apply._write_new, "commit": os.replace}[phase]

def dies(*args, **options):
    calls.append(args)
    if len(calls) > after:
        os._exit(9)  # as abrupt as kill -9: no clean-up, no finally
    return real(*args, **options)

if phase == "stage":
    _apply._write_new = dies
else:
    _apply.os.replace = dies
apply_plan(Plan(root=root, name="x", template="t", template_version=1, changes=changes))
"""


@pytest.mark.parametrize(
    ("phase", "after", "expected"),
    [("stage", 2, "old"), ("stage", 4, "old"), ("commit", 1, "new"), ("commit", 3, "new")],
)
def test_a_run_killed_midway_is_undone_or_finished_by_the_next(
    tmp_path: Path, phase: str, after: int, expected: str
) -> None:
    import subprocess
    import sys

    from scaffold.generate._apply import recover_interrupted

    (tmp_path / "main.py").write_text("old\n")
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_RUN, str(tmp_path), phase, str(after)], check=False
    )
    assert killed.returncode == 9
    assert any(p.name.startswith(".scaffold-apply-") for p in tmp_path.iterdir())
    assert recover_interrupted(tmp_path) == 1
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    if expected == "old":
        assert files == ["main.py"]
        assert (tmp_path / "main.py").read_text() == "old\n"
    else:
        assert files == ["c.py", "main.py", "new", "new/a.py", "new/deeper", "new/deeper/b.py"]
        assert (tmp_path / "main.py").read_text() == "new\n"
        assert (tmp_path / "new/deeper/b.py").read_text() == "new/deeper/b.py\n"


def test_writes_through_a_symlink_out_of_the_project_are_refused(tmp_path: Path) -> None:
    root, elsewhere = tmp_path / "proj", tmp_path / "elsewhere"
    (root / "app").mkdir(parents=True)
    elsewhere.mkdir()
    (root / "app" / "schemas").symlink_to(elsewhere)
    plan = _plan(root, _create(root, "app/schemas/x.py", "x\n"), _create(root, "ok.py", "ok\n"))
    with pytest.raises(ConflictError, match=r"app/schemas/x\.py would be written to .*outside"):
        apply_plan(plan)
    assert list(elsewhere.iterdir()) == []
    assert sorted(p.name for p in root.iterdir()) == ["app"]


def test_symlinks_inside_the_project_are_written_through(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "linked").symlink_to("real")
    apply_plan(_plan(tmp_path, _create(tmp_path, "linked/x.py", "x\n")))
    assert (tmp_path / "real" / "x.py").read_text() == "x\n"
    assert (tmp_path / "linked").is_symlink()


def test_new_files_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        apply_plan(_plan(tmp_path, _create(tmp_path, "x.py", "x\n")))
    finally:
        os.umask(old)
    assert (tmp_path / "x.py").stat().st_mode & 0o777 == 0o640


def test_every_staged_file_is_on_disk_before_the_commit_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scaffold.generate import _apply

    events: list[str] = []
    real_fsync, real_open = os.fsync, Path.open

    def fsync(fd: int) -> None:
        events.append("fsync " + os.readlink(f"/proc/self/fd/{fd}").rsplit("/", 1)[1])
        real_fsync(fd)

    def journal_open(path: Path, *args: object, **kwargs: object) -> object:
        if path.name.startswith(".scaffold-apply-") and args and args[0] == "ab":
            events.append("commit line")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_apply.os, "fsync", fsync)
    monkeypatch.setattr(Path, "open", journal_open)
    changes = [_create(tmp_path, f"f{index}.py", f"{index}\n") for index in range(4)]
    apply_plan(_plan(tmp_path, *changes))
    commit = events.index("commit line")
    staged = [event for event in events[:commit] if event.endswith(".tmp")]
    assert len(staged) == 4  # the four temporary files, all before the journal's commit line
    assert sorted((tmp_path / f"f{index}.py").read_text() for index in range(4)) == [
        "0\n",
        "1\n",
        "2\n",
        "3\n",
    ]


def test_ctrl_c_right_after_a_file_takes_its_place_still_undoes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGINT between a file's replace and the bookkeeping after it left that file behind,
    a half-written project (seen in the Ctrl-C test of a real run, at 0.6 of its length)."""
    existing, plan = _three_changes(tmp_path)
    real_replace = os.replace
    calls = []

    def interrupted_after(source: str, target: str) -> None:
        real_replace(source, target)
        calls.append(target)
        if len(calls) == 2:  # the second file's replace is done when the signal lands
            raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted_after)
    with pytest.raises(KeyboardInterrupt):
        apply_plan(plan)
    monkeypatch.setattr(os, "replace", real_replace)
    assert existing.read_text() == "original\n"
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["main.py"]  # no journal, no temp
