"""When matching is unsure who may call a function, `scaffold new function` says so: it asks on
a terminal (the safer contract first), takes the safer contract with --yes and names the
weaker one, or refuses and writes nothing. Run through the CLI's edge, with the real matcher
and the built-in catalog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scaffold.cli import main
from tests.generate.helpers import flat_project

UNSURE = "update employee salary"  # people as the object, nothing says who may change them
CHANGE = "delete a comment"  # a deletion with no role, owner, public or danger word
# Each unsure description and the contract its words alone would pick.
EACH_UNSURE = pytest.mark.parametrize(
    ("description", "weaker"),
    [
        (UNSURE, "fallback:update"),
        (CHANGE, "fallback:delete"),
        ("create a product", "fallback:create"),  # a creation: often staff-only in real code
    ],
)


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    with CliRunner().isolation(input=stdin) as (out, err, _):
        code = main(list(args))
        return code, out.getvalue().decode(), err.getvalue().decode()


def new_function(root: Path, description: str, *flags: str) -> tuple[int, str, str]:
    return run("new", "function", description, "--into", str(root), *flags)


def lines_with_yes(root: Path, description: str, *flags: str) -> list[str]:
    """The lines ``scaffold new function DESCRIPTION --yes`` prints into ``root``."""
    code, out, err = new_function(root, description, "--yes", *flags)
    assert code == 0, err
    return out.splitlines()


def refused_writing_nothing(tmp_path: Path, description: str) -> str:
    """``new function`` without a terminal or ``--yes``: refused in one line, nothing written;
    the line."""
    root = flat_project(tmp_path / "demo")
    before = sorted(root.rglob("*"))
    code, _, err = new_function(root, description)
    assert code == 1
    assert err.count("\n") == 1
    assert sorted(root.rglob("*")) == before
    return err


def answer_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, root: Path, description: str, answer: str
) -> tuple[int, str, str]:
    """``scaffold new function DESCRIPTION --dry-run`` as on a terminal, ``answer`` typed."""
    from scaffold.cli import new

    monkeypatch.setattr(new, "_interactive", lambda: True)
    args = ("new", "function", description, "--into", str(root), "--dry-run")
    return run(*args, stdin=answer)


def _files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*"))


@pytest.mark.parametrize(
    ("description", "weaker", "answer", "picked"),
    [
        (UNSURE, "fallback:update", "2", "fallback:update"),
        (CHANGE, "fallback:delete", "1", "fallback:admin"),
        (CHANGE, "fallback:delete", "\n", "fallback:admin"),  # the default is the safer one
    ],
)
def test_a_change_with_no_word_saying_who_may_call_is_a_question_on_a_terminal(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    description: str,
    weaker: str,
    answer: str,
    picked: str,
) -> None:
    root = flat_project(tmp_path / "demo")
    stdin = answer.replace("\\n", "") + "\n"
    code, out, err = answer_on_a_terminal(monkeypatch, root, description, stdin)
    assert code == 0, err
    assert out.startswith("signals: none\n")
    assert f"Unsure: nothing in {description!r} says who may" in out
    assert "  1. fallback:admin (admin, score 0.45)" in out
    assert f"  2. {weaker} (owner, score 0.45)" in out
    assert f"template: {picked} (score 0.45)" in out


@EACH_UNSURE
def test_with_yes_the_safer_contract_is_taken_and_the_weaker_one_named(
    tmp_path: Path, description: str, weaker: str
) -> None:
    code, out, err = new_function(flat_project(tmp_path / "demo"), description, "--yes")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:2] == ["signals: none", "template: fallback:admin (score 0.45)"]
    assert lines[2].startswith(f"  nothing in {description!r} says who may")
    assert lines[2].endswith(
        f": took the safer contract, fallback:admin (admin); if any signed-in user may call "
        f"it, pass --template {weaker}"
    )
    assert "ownership: no per-record owner" in out  # staff act on anyone's records
    written = sorted((tmp_path / "demo" / "app" / "endpoints").glob("*.py"))
    assert len(written) == 2  # the package and the endpoint


def test_the_weaker_contract_is_one_template_option_away(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    args = ("new", "function", CHANGE, "--into", str(root), "--template", "fallback:delete")
    code, out, err = run(*args, "--dry-run")
    assert code == 0, err
    assert "signals:" not in out  # chosen by name: nothing to decide
    assert "function: delete_comment: delete comments, scope own" in out


@EACH_UNSURE
def test_without_a_terminal_or_yes_it_is_refused_in_one_line(
    tmp_path: Path, description: str, weaker: str
) -> None:
    root = flat_project(tmp_path / "demo")
    before = _files(root)
    code, _, err = run("new", "function", description, "--into", str(root))
    assert code == 1
    assert err.count("\n") == 1
    assert f"nothing in {description!r} says who may" in err
    assert "say who (e.g. 'admin ...' or 'my ...'), or pass --yes to take the safer" in err
    assert f"choose one with --template ({weaker}, fallback:admin" in err
    assert _files(root) == before


@pytest.mark.parametrize(
    ("description", "template"),
    [
        ("delete my comment", "fallback:delete"),  # whose: the owner's
        ("create my comment", "fallback:create"),  # whose: the caller's own
        ("list comments", "fallback:read"),  # a read
        ("update profile", "user_profile_update"),  # an owner-level template fits
        ("moderator deletes a comment", "fallback:admin"),  # who: a role
    ],
)
def test_saying_whose_or_who_or_not_changing_anything_is_not_unsure(
    tmp_path: Path, description: str, template: str
) -> None:
    code, out, err = new_function(flat_project(tmp_path / "demo"), description, "--dry-run")
    assert code == 0, err
    assert f"template: {template} " in out
    assert "took the safer contract" not in out


def test_scaffold_match_shows_the_decision_as_unsure_with_its_reason() -> None:
    code, out, err = run("match", CHANGE)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[2] == (
        "decision: unsure (nothing in 'delete a comment' says who may call it: it deletes "
        "records (no role, owner, other user, public or danger word))"
    )
    code, out, err = run("match", CHANGE, "--format", "json", "--limit", "2")
    assert code == 0, err
    data = json.loads(out)
    assert data["unsure"]["weaker"] == "fallback:delete"
    assert data["unsure"]["safer"] == "fallback:admin"
    assert data["matches"][0]["reasons"][0].startswith("unsure: nothing in 'delete a comment'")
    assert [m["template"] for m in data["matches"]] == ["fallback:delete", "fallback:admin"]
    code, out, err = run("match", "delete my comment", "--format", "json")
    assert json.loads(out)["unsure"] is None


@pytest.mark.usefixtures("rules_alone")  # what is at stake: tests/matching/test_learned.py
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
