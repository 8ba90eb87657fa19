"""Invisible characters a user types never reach a generated file, or the terminal, as they are.

Zero-width characters (U+200B-U+200D, U+2060, U+FEFF) are kept in a description, as scripts
and emoji need some of them, but every file shows them as an escape: ``<U+200B>`` in
docstrings and Markdown, ``\\u200b`` in the manifest's JSON. Bidirectional overrides and
isolates (U+202A-U+202E, U+2066-U+2069: "Trojan Source") make the description display in
another order than it is stored, so the description is refused in one line and nothing is
written.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scaffold.cli import main
from tests.bootstrap.helpers import error_lines
from tests.generate.helpers import flat_project

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = re.compile(f"[{ZERO_WIDTH}{BIDI}]")


def _files(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_zero_width_characters_are_escaped_in_every_generated_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    description = "\ufeffarchive\u200b old\u200c invoices\u200d for\u2060 the team"
    assert main(["new", "function", description, "--into", str(root), "--yes"]) == 0
    captured = capsys.readouterr()
    assert INVISIBLE.search(captured.out + captured.err) is None
    files = _files(root)
    assert "app/endpoints/archive_old_invoices_team.py" in files
    raw = {name: INVISIBLE.findall(text) for name, text in files.items() if INVISIBLE.search(text)}
    assert raw == {}
    manifest = json.loads(files[".scaffold/generated.json"])
    [entry] = manifest["functions"].values()
    assert entry["description"] == description  # kept exactly, as escapes
    shown = "<U+FEFF>archive<U+200B> old<U+200C> invoices<U+200D> for<U+2060> the team"
    assert f"Asked for: {shown}" in files["app/endpoints/archive_old_invoices_team.py"]
    checklist = files["docs/checklists/archive_old_invoices_team.md"]
    assert shown.replace("<", "\\<").replace(">", "\\>") in checklist  # Markdown-escaped


@pytest.mark.parametrize("char", BIDI, ids=lambda char: f"U+{ord(char):04X}")
def test_a_bidirectional_control_in_the_description_is_refused_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], char: str
) -> None:
    root = flat_project(tmp_path / "demo")
    before = _files(root)
    description = f"update profile {char}gnp.exe"
    assert main(["new", "function", description, "--into", str(root), "--yes"]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert error_lines(captured.err) == [
        f"error: the description has a bidirectional override or isolate (U+{ord(char):04X} "
        "at position 15): it makes text display in another order than it is stored; type the "
        "description again without it"
    ]
    assert INVISIBLE.search(captured.out + captured.err) is None
    assert _files(root) == before


@pytest.mark.parametrize(
    "option",
    [
        ["--name", "edit\u200b_profile"],
        ["--name", "edit_profile\u202e"],
        ["--field", "display\u200d_name:str"],
        ["--output-field", "display_name\u2066:str"],
        ["--path", "/users/{user_id}/pro\ufefffile"],
    ],
    ids=["name-zero-width", "name-bidi", "field", "output-field", "path"],
)
def test_invisible_characters_in_a_name_field_or_path_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: list[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    before = _files(root)
    assert main(["new", "function", "update profile", *option, "--into", str(root)]) == 1
    captured = capsys.readouterr()
    [line] = error_lines(captured.err)
    assert line.startswith("error: ")
    assert INVISIBLE.search(line) is None
    assert _files(root) == before


@pytest.mark.parametrize(
    ("variable", "char"),
    [("project_name", char) for char in ZERO_WIDTH + BIDI]
    + [("description", "\u200b"), ("description", "\u202e")],
    ids=lambda value: f"U+{ord(value):04X}" if len(value) == 1 else value,
)
def test_new_project_refuses_invisible_characters_its_readme_would_carry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], variable: str, char: str
) -> None:
    """README.md takes the project's name and description as they are (it is Markdown)."""
    out = tmp_path / "out"
    context = ["--extra-context", f"{variable}=Billing{char} API"]
    assert main(["new", "project", "-o", str(out), "--no-input", *context]) == 1
    assert error_lines(capsys.readouterr().err) == [
        f"error: {variable} has an invisible or bidirectional control character "
        f"(U+{ord(char):04X} at position 7), which README.md would carry unseen "
        f"(type {variable} again without it)"
    ]
    assert not out.exists() or list(out.iterdir()) == []
