"""``scaffold analyze``: formats, SARIF shape, --fail-on, --output, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scaffold.cli import main

SHOP = Path(__file__).parent / "fixtures" / "fastapi_shop"


def test_table_is_the_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["analyze", str(SHOP), "--no-suggest"]) == 0
    out = capsys.readouterr().out
    assert "25 route handlers (16 authenticated), 15 findings." in out
    assert "app/api/users.py:46" in out
    assert "Migration plan (files by priority: 6 high, 0 medium, 0 low):" in out


def test_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SHOP), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["handlers"] == 25
    assert data["summary"]["findings"] == {"low": 2, "medium": 5, "high": 8, "critical": 0}
    first = data["findings"][0]
    assert set(first) >= {"rule", "severity", "file", "line", "function", "route", "suggestion"}
    assert first["suggestion"]["contract"].startswith("@contract(")
    assert [f["order"] for f in data["plan"]["files"]] == list(range(1, 7))
    assert data["plan"]["counts"] == {"high": 6, "medium": 0, "low": 0}


def test_sarif_has_the_shape_code_scanning_reads(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SHOP), "-f", "sarif", "--no-suggest"]) == 0
    log = json.loads(capsys.readouterr().out)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids == ["SCF001", "SCF002", "SCF003", "SCF004", "SCF005", "SCF006", "SCF007"]
    for rule in rules:
        assert rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    assert len(run["results"]) == 15
    for result in run["results"]:
        assert result["ruleId"] in ids
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
        assert result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        assert not location["artifactLocation"]["uri"].startswith("/")
        assert (SHOP / location["artifactLocation"]["uri"]).is_file()
        assert location["region"]["startLine"] >= 1


def test_markdown_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SHOP), "-f", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Security analysis\n")
    assert "| high | `app/api/users.py:46` | `GET /users/search` |" in out
    assert "## Contracts to add" in out
    assert "## Migration plan" in out


@pytest.mark.parametrize(("threshold", "code"), [("critical", 0), ("high", 1), ("low", 1)])
def test_fail_on(threshold: str, code: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["analyze", str(SHOP), "-f", "json", "--no-suggest", "--fail-on", threshold]) == code
    )


def test_output_file_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "reports" / "analyze.sarif"
    assert main(["analyze", str(SHOP), "-f", "sarif", "-o", str(target), "--no-suggest"]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert capsys.readouterr().out == ""
    table = tmp_path / "table.txt"
    assert main(["analyze", str(SHOP), "-o", str(table), "--no-suggest"]) == 0
    assert "Migration plan" in table.read_text(encoding="utf-8")


def test_bad_path_and_bad_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "/no/such/folder"]) == 1
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["analyze", str(SHOP), "--format", "xml"]) == 2


def test_a_broken_project_registry_skips_suggestions_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".scaffold" / "registry").mkdir(parents=True)
    (tmp_path / ".scaffold" / "registry" / "bad.yaml").write_text("name: [\n", encoding="utf-8")
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI\napp = FastAPI()\n@app.post('/x')\ndef x(): ...\n",
        encoding="utf-8",
    )
    assert main(["analyze", str(tmp_path), "-f", "json"]) == 0
    captured = capsys.readouterr()
    assert "warning: no template suggestions" in captured.err
    assert json.loads(captured.out)["findings"][0]["suggestion"] is None


def test_a_suggestion_keeps_the_role_check_its_route_has(
    capsys: pytest.CaptureFixture[str],
) -> None:
    guarded = Path(__file__).parent / "fixtures" / "fastapi_guarded"
    assert main(["analyze", str(guarded), "--format", "json"]) == 0
    handlers = {h["function"]: h for h in json.loads(capsys.readouterr().out)["handlers"]}
    barber = handlers["get_appointments_by_barber"]
    assert barber["protection"]["role_checked"]
    assert 'auth("admin")' in barber["suggestion"]["contract"]
    assert barber["suggestion"]["reasons"][0].startswith("route: its guards require admin (")
