"""`scaffold match` and `scaffold registry search` through the CLI's edge."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from scaffold.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_match_prints_a_ranked_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "match", "udpate my proflie")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["#", "template", "score", "why"]
    assert lines[1].split()[:3] == ["1", "user_profile_update", "0.90"]
    assert "read as" in out
    assert "fallback:update" in out


def test_match_json_lists_template_and_score(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "match", "edit a comment", "--format", "json", "--limit", "3")
    assert code == 0
    data = json.loads(out)
    assert len(data) == 3
    assert data[0]["template"] == "fallback:update"
    assert data[0]["fallback"] is True
    assert all({"template", "score", "reasons"} <= set(item) for item in data)
    assert [item["score"] for item in data] == sorted(
        (item["score"] for item in data), reverse=True
    )


def test_a_blank_description_is_a_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "match", "   ")
    assert code == 1
    assert out == ""
    assert err.startswith("error: the description is empty")


def test_a_bad_limit_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "match", "update profile", "--limit", "0")
    assert code == 2
    assert "--limit" in err


def test_registry_search_lists_templates_only(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "registry", "search", "bulk delete", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data[0]["template"] == "bulk_operation"
    assert not any(item["fallback"] for item in data)

    code, out, _ = run(capsys, "registry", "search", "bulk delete")
    assert code == 0
    assert out.splitlines()[1].split()[:2] == ["1", "bulk_operation"]


def test_registry_search_says_when_nothing_matches(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "registry", "search", "calculate shipping cost")
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
    assert json.loads(done.stdout)[0]["template"] == "bulk_operation"
