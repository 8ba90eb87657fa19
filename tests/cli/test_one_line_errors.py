"""Each failure once reported as a traceback is now one line with its documented exit code.

Exit codes (``scaffold.cli._main``): 1 bad input or a failed write, 3 an unsafe template
refused, 130 interrupted. Read-only folders are real (``chmod``, or ``chattr +i`` as root);
a full disk is a file-size limit (``RLIMIT_FSIZE``: writes fail with ``EFBIG`` as they would
with ``ENOSPC``) on a real run of the command.
"""

from __future__ import annotations

import importlib.abc
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from importlib.machinery import ModuleSpec
from pathlib import Path

import pytest

from scaffold.cli import main
from scaffold.cli._main import EXIT_INTERRUPTED
from tests.bootstrap.helpers import copy_fixture, error_lines, read_only, run_cli
from tests.generate.helpers import flat_project

SHOP = Path(__file__).parent.parent / "analyze" / "fixtures" / "fastapi_shop"


def _one_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    [line] = error_lines(stderr)
    return line


def test_docs_ai_into_a_read_only_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = flat_project(tmp_path / "demo")
    with read_only(project):
        assert main(["docs", "ai", str(project)]) == 1
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(f"error: cannot write {project / 'AGENTS.md'}: ")
    assert not (project / "AGENTS.md").exists()
    assert [p.name for p in project.iterdir() if p.name.startswith(".")] == []


def test_analyze_output_into_a_read_only_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = flat_project(tmp_path / "demo")
    reports = tmp_path / "reports"
    reports.mkdir()
    with read_only(reports):
        code = main(["analyze", str(project), "-f", "json", "-o", str(reports / "r.json")])
    assert code == 1
    assert _one_line(capsys.readouterr().err).startswith(f"error: cannot write {reports}/r.json")
    assert list(reports.iterdir()) == []


def test_new_project_into_a_read_only_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with read_only(out):
        assert main(["new", "project", "-o", str(out), "--no-input"]) == 1
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(f"error: cannot write in the output folder {out}: ")
    assert list(out.iterdir()) == []


def _limit_file_size(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.parametrize("limit", [1, 3000, 8000], ids=["first-file", "rendering", "functions"])
def test_new_project_on_a_full_disk(tmp_path: Path, limit: int) -> None:
    out = tmp_path / "out"
    done = run_cli(
        "new", "project", "-o", str(out), "--no-input", "--extra-context", "include_examples=yes",
        preexec_fn=lambda: _limit_file_size(limit),
    )  # fmt: skip
    assert done.returncode == 1
    line = _one_line(done.stderr)
    assert "File too large" in line
    assert "nothing was" in line
    assert not out.exists()


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({"extensions": ["jinja2.ext.do"]}, "'extensions' is not supported"),
        ({"finalize": "str"}, "'finalize' is not supported"),
        ({"trim_blocks": "yes"}, "trim_blocks: invalid value 'yes'"),
    ],
)
@pytest.mark.parametrize("trust", [False, True], ids=["untrusted", "trusted"])
def test_jinja_settings_that_name_code(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    settings: dict[str, object],
    named: str,
    trust: bool,
) -> None:
    template = copy_fixture("compat", tmp_path)
    variables = json.loads((template / "cookiecutter.json").read_text())
    variables["_jinja2_env_vars"] = settings
    (template / "cookiecutter.json").write_text(json.dumps(variables))
    out = tmp_path / "out"
    arguments = ["new", "project", str(template), "-o", str(out), "--no-input"]
    assert main(arguments + (["--trust"] if trust else [])) == 1
    assert named in _one_line(capsys.readouterr().err)
    assert not out.exists()


def test_a_template_file_that_is_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = copy_fixture("compat", tmp_path)
    latin1 = template / "{{cookiecutter.project_slug}}" / "notes-latin1.txt"
    latin1.write_bytes("café crème brûlée\n".encode("latin-1") * 3)
    out = tmp_path / "out"
    assert main(["new", "project", str(template), "-o", str(out), "--no-input"]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "{{cookiecutter.project_slug}}/notes-latin1.txt: not UTF-8 text" in line
    assert "_copy_without_render" in line
    assert not out.exists()


class _InterruptOn(importlib.abc.MetaPathFinder):
    """Ctrl-C arriving while ``name`` is being imported."""

    def __init__(self, name: str) -> None:
        self.name = name

    def find_spec(self, fullname: str, path: object, target: object = None) -> ModuleSpec | None:
        if fullname == self.name:
            raise KeyboardInterrupt
        return None


@pytest.mark.parametrize("module", ["scaffold.matching", "scaffold.cli.app"])
def test_ctrl_c_while_a_module_loads(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    module: str,
) -> None:
    root = flat_project(tmp_path / "demo")
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    for name in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [_InterruptOn(module), *sys.meta_path])
    assert main(["new", "function", "update profile", "--into", str(root)]) == 130
    assert _one_line(capsys.readouterr().err) == "error: interrupted"
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


# The child runs ``python -m scaffold`` as is, with one import hook: the first ``import typer``
# (the first line inside the CLI's ``try``) writes the marker. The marker names the function
# that imported typer, so a refactor that imports it earlier fails here instead of flaking.
_MARK_WHEN_RUNNING = """
import importlib.abc, pathlib, runpy, signal, sys

MARKER = pathlib.Path(sys.argv[1])
# Started from a background job, the child inherits SIGINT ignored and Ctrl-C would prove
# nothing: restore what a terminal gives Python (KeyboardInterrupt).
signal.signal(signal.SIGINT, signal.default_int_handler)

class _MarkWhenRunning(importlib.abc.MetaPathFinder):
    marked = False

    def find_spec(self, name, path, target=None):
        if name == "typer" and not self.marked:
            self.marked = True
            frame, importer = sys._getframe(1), "elsewhere"
            while frame is not None:
                code = frame.f_code
                if code.co_name == "main" and code.co_filename.endswith("_main.py"):
                    importer = "scaffold.cli._main.main"
                frame = frame.f_back
            MARKER.write_text(importer)
        return None

sys.meta_path.insert(0, _MarkWhenRunning())
sys.argv = ["scaffold", *sys.argv[2:]]
runpy.run_module("scaffold", run_name="__main__", alter_sys=True)
"""


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _start(root: Path, marker: Path, command: list[str]) -> subprocess.Popen[str]:
    """``scaffold <command>`` in ``root``; returns once the CLI's own code runs."""
    process = subprocess.Popen(
        [sys.executable, "-c", _MARK_WHEN_RUNNING, str(marker), *command],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60  # generous, for a loaded machine
    while not marker.exists() or not marker.read_text():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the CLI never started"
        time.sleep(0.005)
    assert marker.read_text() == "scaffold.cli._main.main"
    return process


def test_ctrl_c_at_any_moment_of_a_real_run_is_never_a_traceback(tmp_path: Path) -> None:
    """SIGINT at growing fractions of a real run: from module loading to past its end.

    Each run ends in exit 130 and one ``error: interrupted`` line, or (the signal came after the
    work) exit 0 or death by SIGINT; the project is always left as it was or fully generated,
    never half-written. Delays count from the CLI's first line, not from the process start (a
    signal during the interpreter's own start, ``runpy``, is Python's to report, and on a loaded
    machine a fixed delay from the start could land there), and are fractions of an
    uninterrupted run's length measured the same way, so a slow machine moves them with it.
    """
    command = ["new", "function", "update profile"]
    complete = flat_project(tmp_path / "complete")
    process = _start(complete, tmp_path / "running", command)
    started = time.monotonic()
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    length = time.monotonic() - started
    done = _snapshot(complete)
    outcomes = set()
    for attempt, fraction in enumerate((0.0, 0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 1.2)):
        root = flat_project(tmp_path / f"demo{attempt}")
        before = _snapshot(root)
        process = _start(root, tmp_path / f"running{attempt}", command)
        time.sleep(fraction * length)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=120)
        assert "Traceback" not in stderr, (fraction, stderr)
        assert process.returncode in (0, EXIT_INTERRUPTED, -signal.SIGINT), (fraction, stderr)
        if process.returncode == EXIT_INTERRUPTED:
            assert error_lines(stderr)[-1] == "error: interrupted", (fraction, stderr)
        after = _snapshot(root)
        assert after in (before, done), (fraction, sorted(set(after) ^ set(before)))
        outcomes.add(process.returncode)
    assert EXIT_INTERRUPTED in outcomes  # the earliest signals did interrupt the run


def test_a_ctrl_c_the_interpreter_would_ignore_is_delivered_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Ctrl-C landing in an import lock's weakref callback reaches ``sys.unraisablehook``
    (printed as "Exception ignored ... Traceback", the run going on); the CLI's hook sends
    SIGINT again, from another thread once the hook has returned (raised inside the hook, it
    would be ignored and printed again), so the run stops in one line. Other unraisable errors
    go to the hook before it."""
    from types import SimpleNamespace

    from scaffold.cli import _main

    delivered: list[str] = []
    monkeypatch.setattr(_main, "_redeliver", lambda: delivered.append("again"))
    passed_on: list[object] = []
    interrupted = SimpleNamespace(exc_value=KeyboardInterrupt())
    _main._interrupt_again(passed_on.append, interrupted)  # type: ignore[arg-type]
    assert delivered == ["again"]
    assert passed_on == []
    other = SimpleNamespace(exc_value=ValueError("from a __del__"))
    _main._interrupt_again(passed_on.append, other)  # type: ignore[arg-type]
    assert delivered == ["again"]
    assert passed_on == [other]


def test_the_cli_puts_back_the_unraisable_hook_it_found() -> None:
    before = sys.unraisablehook
    assert main(["--version"]) == 0
    assert sys.unraisablehook is before


def test_analyze_walks_past_a_folder_it_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder symlink to ``/proc/1`` made the ``pyvenv.cfg`` check raise PermissionError."""
    project = tmp_path / "shop"
    shutil.copytree(SHOP, project)
    locked = project / "locked"
    locked.mkdir()
    real_stat = os.stat

    def denied(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if Path(str(path)).parent == locked:  # what a protected /proc entry answers
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", denied)
    assert main(["analyze", str(project), "-f", "json", "--no-suggest"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert json.loads(captured.out)["summary"]["handlers"] == 25


def test_declining_the_overwrite_question_is_exit_1_nothing_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from scaffold.cli import new

    root = flat_project(tmp_path / "demo")
    assert main(["new", "function", "update profile", "--into", str(root)]) == 0
    endpoint = root / "app" / "endpoints" / "update_profile.py"
    endpoint.write_text(endpoint.read_text() + "# mine\n")
    mine = endpoint.read_text()
    capsys.readouterr()
    monkeypatch.setattr(new, "_interactive", lambda: True)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("n\n"))
    code = main(["new", "function", "update profile", "--into", str(root), "--force"])
    assert code == 1
    err = capsys.readouterr().err
    assert err == "nothing changed: the files were not overwritten\n"
    assert endpoint.read_text() == mine


def test_declining_to_download_a_template_again_is_exit_1_nothing_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cookiecutter ends with ``sys.exit()`` when you answer no to re-using a clone."""
    import cookiecutter.prompt
    import cookiecutter.repository

    def no_twice(question: str, default: str) -> bool:
        return False

    def clone(*args: object, **kwargs: object) -> str:
        cookiecutter.prompt.prompt_and_delete(str(tmp_path), no_input=False)
        raise AssertionError("not reached")

    monkeypatch.setattr(cookiecutter.prompt, "read_user_yes_no", no_twice)
    monkeypatch.setattr(cookiecutter.repository, "determine_repo_dir", clone)
    out = tmp_path / "out"
    assert main(["new", "project", "gh:someone/template", "-o", str(out)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        "nothing changed: the template was not downloaded again"
    )
    assert not out.exists()


def test_a_run_builds_only_the_command_it_names() -> None:
    from scaffold.cli.app import app, app_for

    trimmed = app_for(["new", "function", "update profile"])
    assert [group.name for group in trimmed.registered_groups] == ["new"]
    assert trimmed.registered_commands == []
    assert [command.name for command in app_for(["status"]).registered_commands] == ["status"]
    for args in ([], ["--version"], ["-h"], ["nope"]):
        assert app_for(args) is app
