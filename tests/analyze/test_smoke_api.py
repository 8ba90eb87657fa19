"""The public entry point other areas rely on: ``analyze_path`` and the report's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.analyze import Report, Severity, analyze_path
from scaffold.errors import UserError


def test_unprotected_write_is_found_and_contract_counts_as_guard(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI\n"
        "from scaffold.contracts import auth, contract\n"
        "app = FastAPI()\n"
        "@app.post('/notes')\n"
        "def create_note(text: str):\n"
        "    return text\n"
        "@app.delete('/notes/{note_id}')\n"
        "@contract(requires=[auth('user')])\n"
        "def delete_note(note_id: int):\n"
        "    return note_id\n",
        encoding="utf-8",
    )
    report = analyze_path(tmp_path)
    assert isinstance(report, Report)
    assert [(h.function, h.route) for h in report.handlers] == [
        ("create_note", "POST /notes"),
        ("delete_note", "DELETE /notes/{note_id}"),
    ]
    assert [(f.rule, f.function, f.severity) for f in report.findings] == [
        ("SCF001", "create_note", Severity.HIGH),
    ]
    assert [h.function for h in report.unguarded()] == ["create_note"]


def test_missing_path_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        analyze_path(tmp_path / "nope")


def test_exported_names_exist() -> None:
    import scaffold.analyze
    import scaffold.guidance

    for package in (scaffold.analyze, scaffold.guidance):
        assert len(set(package.__all__)) == len(package.__all__)
        for name in package.__all__:
            assert hasattr(package, name), name


def test_importing_the_analyzer_stays_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, scaffold.analyze; "
        "print(sorted(m for m in ('rich', 'jinja2', 'typer', 'scaffold.catalog', "
        "'scaffold.matching') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
