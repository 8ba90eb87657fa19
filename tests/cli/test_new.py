"""``scaffold new function`` through the CLI's edge: messages, exit codes, files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scaffold.cli import main
from tests.generate.helpers import flat_project


def _new(*arguments: str) -> list[str]:
    return ["new", "function", *arguments]


def test_generates_then_says_nothing_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    assert main(_new("update profile", "--into", str(root))) == 0
    out = capsys.readouterr().out
    assert "template: user_profile_update (score 1.00)" in out
    assert "create  app/endpoints/update_profile.py  (endpoint)" in out
    assert "pytest tests/contracts/test_update_profile.py" in out
    assert (root / "docs/checklists/update_profile.md").is_file()
    assert main(_new("update profile", "--into", str(root))) == 0
    assert "nothing to do: update_profile is already generated" in capsys.readouterr().out


def test_dry_run_prints_the_diff_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    assert main(_new("update profile", "--into", str(root), "--dry-run")) == 0
    out = capsys.readouterr().out
    assert "+++ b/app/endpoints/update_profile.py" in out
    assert "+app.include_router(update_profile_router)" in out
    assert out.rstrip().endswith("dry run: nothing was written")
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


def test_conflicts_need_force_which_shows_the_diff(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    assert main(_new("update profile", "--into", str(root))) == 0
    service = root / "app/services/update_profile.py"
    service.write_text(service.read_text() + "# mine\n")
    capsys.readouterr()
    assert main(_new("update profile", "--into", str(root))) == 1
    err = capsys.readouterr().err
    assert "error: would overwrite app/services/update_profile.py (modified since it was" in err
    assert service.read_text().endswith("# mine\n")
    assert main(_new("update profile", "--into", str(root), "--force")) == 0
    out = capsys.readouterr().out
    assert "-# mine" in out  # the diff came first
    assert not service.read_text().endswith("# mine\n")


def test_named_template_and_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = flat_project(tmp_path / "demo")
    arguments = ("let admins add people", "--template", "admin_user_creation", "--name", "invite")
    assert main(_new(*arguments, "--into", str(root))) == 0
    assert (root / "app/endpoints/invite.py").is_file()
    assert "template:" not in capsys.readouterr().out  # no matching when the template is named


def test_unmatched_description_gets_the_basic_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    assert main(_new("archive an invoice", "--into", str(root), "--yes")) == 0
    assert "template: fallback:" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("update profile", "--name", "class"), "error: name 'class' is a Python keyword"),
        (("update profile", "--template", "nope"), "error: "),
        (("   ",), "error: "),
    ],
)
def test_bad_input_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: tuple[str, ...], message: str
) -> None:
    root = flat_project(tmp_path / "demo")
    assert main(_new(*arguments, "--into", str(root))) == 1
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert err.count("\n") == 1
    assert not (root / ".scaffold").exists()


def test_registry_test_command(capsys: pytest.CaptureFixture[str]) -> None:
    """One line per template as it finishes (tests, seconds), then a summary; JSON for tools."""
    root = Path(__file__).resolve().parents[2]
    template = str(root / "registry" / "secure_data_access.yaml")
    assert main(["registry", "test", template, "--no-mutate"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "generating 1 template(s) ..."
    assert re.fullmatch(r"ok    secure_data_access: 13 test\(s\) \(\d+\.\d s\)", lines[1])
    assert lines[2:] == ["1 template(s), 0 failed"]
    assert main(["registry", "test", template, "--no-mutate", "--quiet"]) == 0
    assert capsys.readouterr().out == "1 template(s), 0 failed\n"
    assert main(["registry", "test", template, "--no-mutate", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"] == {
        "templates": 1,
        "failed": 0,
        "semantic_mutants": {"caught": 0, "total": 0},
    }
    [report] = data["templates"]
    assert (report["template"], report["ok"], report["tests"]) == ("secure_data_access", True, 13)


def test_a_symlinked_folder_out_of_the_project_is_never_written_through(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "app" / "schemas").symlink_to(elsewhere)
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    assert main(_new("update profile", "--into", str(root))) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "outside the project (through a symlink)" in err
    assert list(elsewhere.iterdir()) == []
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before
