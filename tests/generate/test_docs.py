"""The Python API documentation covers every public name, and its example runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import scaffold.generate
from tests.generate.helpers import flat_project

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_public_name_is_documented() -> None:
    text = (DOCS / "python-api.md").read_text(encoding="utf-8")
    missing = [name for name in scaffold.generate.__all__ if f"`{name}" not in text]
    assert missing == []


def test_the_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (DOCS / "python-api.md").read_text(encoding="utf-8")
    example = re.search(r"```python\n(.*?)```", text, re.S)
    assert example is not None
    root = flat_project(tmp_path / "service")
    monkeypatch.chdir(tmp_path)
    code = example.group(1).replace('"path/to/service"', repr(str(root)))
    exec(compile(code, "python-api.md", "exec"), {})  # the documented example, verbatim
    out = capsys.readouterr().out
    assert "user_profile_update" in out
    assert (root / "tests/contracts/test_update_profile.py").is_file()
