"""Deleting the caller's own account: unsure between the owner's delete and the sensitive one.

Through the CLI's edge, with the real matcher and the built-in catalog: a terminal asks with
the sensitive contract first (the default answer), `--yes` takes it and names the owner's
delete, and with neither the request is refused in one line and nothing is written. The near
misses (the caller's other records, someone else's account) decide as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.catalog import Catalog
from scaffold.matching import Level, match_request
from tests.generate.helpers import flat_project
from tests.matching.test_decide_cli import answer_on_a_terminal, run

OWN_DELETIONS = (
    "delete my account",
    "Added endpoint to delete your account",
    "DELETE /api/self delete_self",
    "me/delete event.user.delete",
    "close my account",
    "let users delete their account",
    # the account's deletion named, on the caller's own path
    "request_account_deletion DELETE /api/v1/auth/me",
    # the caller's own user, a path ending in it (the hundred-thirty-first set)
    "delete_user_api DELETE /user/me",
)


@pytest.mark.parametrize("description", OWN_DELETIONS)
def test_deleting_ones_own_account_is_unsure_with_the_sensitive_contract_safer(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.unsure is not None
    assert result.unsure.weaker == result.choices[0].template  # the words' own pick
    assert result.choices[0].strength.level is Level.owner
    assert result.unsure.safer == result.choices[1].template == "fallback:sensitive"
    assert result.choices[1].strength.level is Level.sensitive
    assert "cannot be restored" in result.unsure.reason


@pytest.mark.parametrize(
    ("description", "template"),
    [
        ("delete my comment", "fallback:delete"),  # the caller's record, not the account
        ("DELETE /users/me/alert_words remove_alert_words", "fallback:delete"),
        ("remove_avatar DELETE /users/me/avatar", "fallback:delete"),  # a part of it
        ("update my profile", "user_profile_update"),
        ("delete a user", "sensitive_admin_action"),  # someone else's: danger, not unsure
    ],
)
def test_the_callers_other_records_and_someone_elses_account_are_not_this(
    description: str, template: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.unsure is None
    assert result.best.template == template


def test_with_yes_the_sensitive_contract_is_taken_and_the_owners_delete_named(
    tmp_path: Path,
) -> None:
    root = flat_project(tmp_path / "demo")
    code, out, err = run("new", "function", "delete my account", "--into", str(root), "--yes")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:2] == ['signals: scope own ("my")', "template: fallback:sensitive (score 0.45)"]
    assert lines[2].endswith(
        "took the safer contract, fallback:sensitive (sensitive); if the account's owner may"
        " delete it, pass --template fallback:delete"
    )
    endpoint = (root / "app" / "endpoints" / "delete_account.py").read_text(encoding="utf-8")
    assert "super_admin" in endpoint


@pytest.mark.parametrize(
    ("answer", "picked"),
    [
        ("\n", "fallback:sensitive"),  # the default answer is the safer contract
        ("2\n", "fallback:delete"),  # the owner's delete is one answer away
    ],
)
def test_on_a_terminal_it_asks_with_the_sensitive_contract_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str, picked: str
) -> None:
    root = flat_project(tmp_path / "demo")
    code, out, err = answer_on_a_terminal(monkeypatch, root, "delete my account", answer)
    assert code == 0, err
    assert "  1. fallback:sensitive (sensitive, score 0.45)" in out
    assert "  2. fallback:delete (owner, score 0.45)" in out
    assert f"template: {picked} (score 0.45)" in out


def test_without_a_terminal_or_yes_it_is_refused_in_one_line_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    root = flat_project(tmp_path / "demo")
    before = sorted(root.rglob("*"))
    code, _, err = run("new", "function", "delete my account", "--into", str(root))
    assert code == 1
    assert err.count("\n") == 1
    assert "deletes the caller's own account" in err
    assert "say which, or pass --yes to take the safer fallback:sensitive" in err
    assert "choose one with --template (fallback:delete, fallback:sensitive" in err
    assert sorted(root.rglob("*")) == before
