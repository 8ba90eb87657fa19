"""The `new project` command: fast help, interrupts that leave nothing, the error edge."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scaffold.bootstrap import _cookiecutter
from scaffold.cli import main


def test_help_imports_no_heavy_module() -> None:
    code = (
        "import sys\n"
        "from scaffold.cli import main\n"
        "main(['new', 'project', '--help'])\n"
        "heavy = {'cookiecutter', 'jinja2', 'rich'} & {m.split('.')[0] for m in sys.modules}\n"
        "print(sorted(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "--extra-context" in done.stdout
    assert done.stdout.strip().endswith("[]")


def test_an_interrupt_while_rendering_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = _cookiecutter.render_project

    def interrupted(*args: Any, **kwargs: Any) -> Path:
        real(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(_cookiecutter, "render_project", interrupted)
    out = tmp_path / "out"
    assert main(["new", "project", "-o", str(out), "--no-input"]) == 130
    assert "✗ Rendering the project" in capsys.readouterr().err
    assert not out.exists()


def test_a_missing_template_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "project", str(tmp_path / "nowhere"), "--no-input"]) == 1
    error = capsys.readouterr().err
    assert error.splitlines()[-1].startswith("error: template ")
    assert len(error.splitlines()) == 2  # the failed step, then the one error line
    assert "not found (no cookiecutter.json there)" in error
    assert "Traceback" not in error


def test_a_broken_cookiecutter_json_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "broken"
    (template / "{{cookiecutter.name}}").mkdir(parents=True)
    (template / "cookiecutter.json").write_text('{"name": ')
    assert main(["new", "project", str(template), "--no-input", "-o", str(tmp_path)]) == 1
    assert "cookiecutter.json" in capsys.readouterr().err


def test_json_output_is_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["new", "project", "-o", str(tmp_path), "--no-input", "--format", "json"]
    assert main([*args, "--extra-context", "project_name=Ledger"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["project_dir"] == str(tmp_path / "ledger")
    assert data["builtin"] == "fastapi-service"
    assert data["answers"]["package_slug"] == "ledger"
    assert data["answers"]["include_examples"] is False


def test_progress_shows_bracketed_paths_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "[bold]x[/]"
    assert main(["new", "project", "-o", str(out), "--no-input"]) == 0
    assert f"Moving it into {out / 'my-service'}" in capsys.readouterr().err
