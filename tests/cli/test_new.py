"""``scaffold new function`` through the CLI's edge: messages, exit codes, files."""

from __future__ import annotations

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
    root = Path(__file__).resolve().parents[2]
    template = str(root / "registry" / "secure_data_access.yaml")
    assert main(["registry", "test", template, "--no-mutate"]) == 0
    assert capsys.readouterr().out.startswith("ok  secure_data_access: 10 test(s)")


def _close_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the matcher rank two templates 0.01 apart."""
    import scaffold.matching
    from scaffold.catalog import load_catalog
    from scaffold.matching import Match

    catalog = load_catalog()
    close = [
        Match("secure_data_access", 0.81, ["close"], catalog.get("secure_data_access")),
        Match("user_profile_update", 0.80, ["close"], catalog.get("user_profile_update")),
    ]
    monkeypatch.setattr(scaffold.matching, "match", lambda *args, **kwargs: close)


def test_close_matches_are_a_question_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from scaffold.cli import new

    _close_matches(monkeypatch)
    monkeypatch.setattr(new, "_interactive", lambda: True)
    monkeypatch.setattr("sys.stdin", io.StringIO("2\n"))
    root = flat_project(tmp_path / "demo")
    assert main(_new("update profile things", "--into", str(root), "--name", "profile_things")) == 0
    out = capsys.readouterr().out
    assert "Two templates fit about equally well:" in out
    manifest = (root / ".scaffold/generated.json").read_text()
    assert '"template": "user_profile_update"' in manifest


def test_close_matches_without_a_terminal_take_the_best_and_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _close_matches(monkeypatch)
    root = flat_project(tmp_path / "demo")
    assert main(_new("update profile things", "--into", str(root), "--name", "profile_things")) == 0
    out = capsys.readouterr().out
    assert "template: secure_data_access (score 0.81)" in out
    assert "also close: user_profile_update (score 0.80); took the best match" in out
