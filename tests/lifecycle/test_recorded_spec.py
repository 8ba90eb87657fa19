"""A manifest is data anyone can edit: ``scaffold update`` never pastes its values into code.

`.scaffold/generated.json` is committed with the project, so a pull request can change the
specification it records. ``update`` (and ``status``) re-render functions from it: every value
must be one scaffold could have written, or the command stops with one line and writes
nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scaffold.cli import main
from tests.generate.helpers import flat_project

PAYLOAD = "__import__('os').system('id')"

TAMPERED: dict[str, Any] = {
    "method": f'patch("/x")\ndef pwned() -> None: ...\n{PAYLOAD}\n@router.patch',
    "input_model": f"X(BaseModel): ...\n{PAYLOAD}\nclass Y",
    "output_model": "Invoice Updated",
    "item": f"x\n{PAYLOAD}",
    "resource": "../invoices",
    "path": '/x"\n' + PAYLOAD,
    "operation": f"update\n{PAYLOAD}",
    "scope": "everyone",
    "ownership": "nobody",
    "status": 99,
    "role": "admin\nx",
    "action": f"x\n{PAYLOAD}",
    "name": "another_function",
    "once_per": f"x))))\n{PAYLOAD}\n#",
}


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = flat_project(tmp_path / "demo")
    assert main(["new", "function", "update invoice", "--into", str(root), "--yes"]) == 0
    capsys.readouterr()
    return root


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _tamper(root: Path, change: dict[str, Any]) -> None:
    """Change the recorded specification, and mark the function stale so update renders it."""
    manifest = root / ".scaffold" / "generated.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    entry = data["functions"]["update_invoice"]
    entry["template_version"] = 0
    for key, value in change.items():
        if key in ("inputs", "outputs"):
            entry["spec"][key].update(value)
        else:
            entry["spec"][key] = value
    manifest.write_text(json.dumps(data, indent=1), encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    [
        *({key: value} for key, value in TAMPERED.items()),
        {"inputs": {f"x: int = {PAYLOAD}  #": {"type": "str"}}},
        {"outputs": {"class": {"type": "str"}}},
    ],
    ids=[*TAMPERED, "input-field", "output-field"],
)
def test_a_tampered_specification_is_refused_and_nothing_is_written(
    project: Path, capsys: pytest.CaptureFixture[str], change: dict[str, Any]
) -> None:
    _tamper(project, change)
    before = _tree(project)
    assert main(["update", "--into", str(project)]) == 1
    captured = capsys.readouterr()
    [line] = [text for text in captured.err.splitlines() if text]
    assert line.startswith("error: update_invoice: .scaffold/generated.json records ")
    assert "Traceback" not in captured.err
    assert _tree(project) == before
    assert main(["status", str(project), "--check"]) == 1
    status = capsys.readouterr()
    assert "Traceback" not in status.err
    assert ".scaffold/generated.json records " in status.out + status.err


def test_an_untouched_specification_still_updates(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The check refuses what scaffold never writes, not what it wrote."""
    _tamper(project, {})
    assert main(["update", "--into", str(project)]) == 0
    assert "Traceback" not in capsys.readouterr().err
