"""When matching is unsure who may call a function, `scaffold new function` says so: it asks on
a terminal, takes the safer contract with --yes only when one fits, or refuses and writes
nothing. Run through the CLI's edge, with the real matcher and the built-in catalog."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from scaffold.cli import main
from tests.generate.helpers import flat_project

UNSURE = "update employee salary"  # people as the object, nothing says who may change them


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    with CliRunner().isolation(input=stdin) as (out, err, _):
        code = main(list(args))
        return code, out.getvalue().decode(), err.getvalue().decode()


def _files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*"))


def test_a_change_to_other_people_with_no_caller_named_is_a_question_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scaffold.cli import new

    monkeypatch.setattr(new, "_interactive", lambda: True)
    root = flat_project(tmp_path / "demo")
    code, out, err = run("new", "function", UNSURE, "--into", str(root), "--dry-run", stdin="1\n")
    assert code == 0, err
    assert out.startswith("signals: none\n")
    assert "These contracts fit about equally well:" in out
    assert "  1. fallback:update (owner, score 0.45)" in out
    assert "template: fallback:update (score 0.45)" in out


@pytest.mark.parametrize("yes", [True, False])
def test_without_a_terminal_it_is_refused_when_no_admin_contract_fits(
    tmp_path: Path, yes: bool
) -> None:
    root = flat_project(tmp_path / "demo")
    before = _files(root)
    code, _, err = run("new", "function", UNSURE, "--into", str(root), *(["--yes"] * yes))
    assert code == 1
    assert err.count("\n") == 1
    assert "nothing in 'update employee salary' says who may change 'employee'" in err
    assert "say who, e.g. 'admin ...' or 'my ...'" in err
    assert "choose one with --template (fallback:update" in err
    assert _files(root) == before


def test_saying_who_settles_it(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    args = ("new", "function", "admin updates employee salary", "--into", str(root))
    code, out, err = run(*args, "--yes", "--dry-run")
    assert code == 0, err
    assert out.startswith("signals: roles admin\n")
    assert "template: fallback:admin" in out


def test_public_and_someone_elses_records_is_refused_as_a_contradiction(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    description = "view another user's public profile"
    code, _, err = run("new", "function", description, "--into", str(root), "--yes")
    assert code == 1
    assert "asks both for public access ('public') and for someone else's records" in err


@pytest.mark.parametrize(
    ("description", "template"),
    [
        ("Login as a user", "sensitive_admin_action"),  # impersonation, not a log-in page
        ("Add a public key on behalf of a user", "sensitive_admin_action"),
        ("list_user_oauth_accounts", "fallback:admin"),
        ("backoffice edit_email of a customer", "sensitive_admin_action"),
        ("DeleteDocumentsView", "bulk_operation"),
    ],
)
def test_incidental_words_and_staff_vocabulary_keep_the_contract_strong(
    tmp_path: Path, description: str, template: str
) -> None:
    root = flat_project(tmp_path / "demo")
    code, out, err = run("new", "function", description, "--into", str(root), "--yes", "--dry-run")
    assert code == 0, err
    assert "public" not in out.splitlines()[0]
    assert f"template: {template}" in out
