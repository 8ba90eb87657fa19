"""`scaffold match`, `scaffold registry search` and the matching decision of `new function`,
through the CLI's edge."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scaffold.cli import main
from tests.generate.helpers import flat_project


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """Run the CLI in a ``CliRunner`` isolation (stdin from ``stdin``): code, stdout, stderr."""
    with CliRunner().isolation(input=stdin) as (out, err, _):
        code = main(list(args))
        return code, out.getvalue().decode(), err.getvalue().decode()


# ---- scaffold match ---------------------------------------------------------------------------


def test_match_prints_the_signals_then_a_ranked_table() -> None:
    code, out, _ = run("match", "udpate my proflie")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == 'signals: scope own ("my")'
    assert lines[1] == "needs: a contract owner or stronger"
    assert lines[2].split()[:4] == ["#", "template", "score", "why"]
    assert lines[3].split()[:2] == ["1", "user_profile_update"]
    assert "read as" in out
    assert "fallback:update" in out


def test_match_sets_weaker_templates_aside_and_says_why() -> None:
    code, out, _ = run("match", "admin action: reset another user's password", "--limit", "5")
    assert code == 0
    assert out.startswith("signals: roles admin; scope others")
    assert 'danger "password"' in out
    table = out.splitlines()[3:]
    assert table[0].split()[:2] == ["1", "sensitive_admin_action"]
    assert "set aside: owner is weaker" in out


def test_match_json_carries_signals_floor_and_matches() -> None:
    code, out, _ = run("match", "edit a comment", "--format", "json", "--limit", "3")
    assert code == 0
    data = json.loads(out)
    assert set(data["signals"]) == {"roles", "scope", "scope_words", "danger", "public", "bulk"}
    assert data["floor"] == "signed_in or stronger"
    matches = data["matches"]
    assert len(matches) == 3
    assert matches[0]["template"] == "fallback:update"
    assert matches[0]["fallback"] is True
    assert matches[0]["strength"] == "owner"
    assert all({"template", "score", "reasons", "meets_floor"} <= set(item) for item in matches)


def test_match_json_names_each_signal() -> None:
    code, out, _ = run("match", "bulk delete every user's sessions", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["signals"]["bulk"]
    assert data["signals"]["scope"] == "others"
    assert data["matches"][0]["meets_floor"] is True


def test_a_blank_description_is_a_user_error() -> None:
    code, out, err = run("match", "   ")
    assert code == 1
    assert out == ""
    assert err.startswith("error: the description is empty")


def test_a_bad_limit_is_a_usage_error() -> None:
    code, _, err = run("match", "update profile", "--limit", "0")
    assert code == 2
    assert "--limit" in err


def test_registry_search_lists_templates_only() -> None:
    code, out, _ = run("registry", "search", "bulk delete", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data[0]["template"] == "bulk_operation"
    assert not any(item["fallback"] for item in data)

    code, out, _ = run("registry", "search", "bulk delete")
    assert code == 0
    assert out.splitlines()[1].split()[:2] == ["1", "bulk_operation"]


def test_registry_search_says_when_nothing_matches() -> None:
    code, out, _ = run("registry", "search", "calculate shipping cost")
    assert code == 0
    assert out.startswith("no template matches")


def test_match_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "scaffold", "match", "bulk delete", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["matches"][0]["template"] == "bulk_operation"


# ---- scaffold new function: choose, ask, take the strongest, or refuse ------------------------


def _close_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make matching return three candidates within 0.02 of each other."""
    from scaffold.catalog import load_catalog
    from scaffold.matching import Floor, Level, Match, MatchResult, Signals, _choose, strength_of

    catalog = load_catalog()

    def candidate(name: str, score: float) -> Match:
        spec = catalog.get(name)
        return Match(name, score, [f"why {name}"], spec, strength_of(spec))

    close = [
        candidate("secure_data_access", 0.81),
        candidate("sensitive_admin_action", 0.80),
        candidate("user_profile_update", 0.79),
    ]
    result = MatchResult("profile things", Signals(), Floor(Level.signed_in), close, close, True)
    monkeypatch.setattr(_choose, "match_request", lambda *args, **kwargs: result)


def _generated_template(root: Path) -> str:
    manifest = json.loads((root / ".scaffold/generated.json").read_text())
    (entry,) = manifest["functions"].values() if isinstance(manifest, dict) else manifest
    return str(entry["template"])


def test_close_candidates_are_a_question_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scaffold.cli import new

    _close_candidates(monkeypatch)
    monkeypatch.setattr(new, "_interactive", lambda: True)  # a terminal on both ends
    root = flat_project(tmp_path / "demo")
    args = ("new", "function", "profile things", "--into", str(root), "--name", "things")
    code, out, err = run(*args, stdin="3\n")
    assert code == 0, err
    assert "These contracts fit about equally well:" in out
    assert "  1. secure_data_access (owner, score 0.81): why secure_data_access" in out
    assert "  2. sensitive_admin_action (sensitive, score 0.80)" in out
    assert "  3. user_profile_update (owner, score 0.79)" in out
    assert "template: user_profile_update (score 0.79)" in out
    assert '"template": "user_profile_update"' in (root / ".scaffold/generated.json").read_text()


def test_with_yes_the_strongest_close_candidate_is_taken_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _close_candidates(monkeypatch)
    root = flat_project(tmp_path / "demo")
    args = ("new", "function", "profile things", "--into", str(root), "--name", "things")
    code, out, err = run(*args, "--yes", "--dry-run")
    assert code == 0, err
    assert "template: sensitive_admin_action (score 0.80)" in out
    assert "took the strongest contract, sensitive" in out
    assert "secure_data_access 0.81" in out


def test_without_a_terminal_or_yes_close_candidates_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _close_candidates(monkeypatch)
    root = flat_project(tmp_path / "demo")
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    code, _, err = run("new", "function", "profile things", "--into", str(root))
    assert code == 1
    assert err.count("\n") == 1
    assert err.startswith("error: secure_data_access (0.81) and sensitive_admin_action (0.80)")
    assert "choose one with --template (secure_data_access, sensitive_admin_action, " in err
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


def test_a_description_with_nothing_recognised_is_refused_in_one_line(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    code, out, err = run("new", "function", "zorp the blibber", "--into", str(root), "--yes")
    assert code == 1
    assert out == "signals: none\n"
    assert err.count("\n") == 1
    assert "nothing in 'zorp the blibber' says what the function does" in err
    assert "choose one with --template (fallback:basic" in err
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


def test_contradicting_signals_are_refused(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    code, _, err = run("new", "function", "public admin endpoint", "--into", str(root))
    assert code == 1
    assert "asks both for public access ('public') and for a role; say which" in err


def test_signals_decide_the_floor_of_the_generated_contract(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    description = "admin action: reset another user's password"
    code, out, err = run("new", "function", description, "--into", str(root), "--dry-run")
    assert code == 0, err
    assert out.startswith("signals: roles admin; scope others")
    assert "template: sensitive_admin_action" in out
