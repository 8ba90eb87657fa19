"""The generated checklist ticks only what a named generated test proves.

For every built-in template and verb fallback: each ticked item of "Enforced by the contract"
and "Also tested" names at least one test, and each named test is a test function of the
generated test file. An item no test proves is left unticked and tells the reviewer what to
check.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from scaffold.catalog import Template, load_catalog
from scaffold.generate import _render, name_from_description, plan_function
from scaffold.generate._derive import derive_spec
from scaffold.generate._spec import FunctionSpec
from scaffold.matching import match
from tests.generate.helpers import flat_project

FALLBACKS = ("create invoice", "read invoice", "delete invoice, rate limited", "purge my invoices")
_REF = re.compile(r"`(?P<file>[^`]+)::(?P<test>test_\w+)`")


def _subjects() -> list[object]:
    catalog = load_catalog()
    found = [pytest.param(t.name, t, None, id=t.name) for t in catalog.templates.values()]
    for description in FALLBACKS:
        template = next(m.spec for m in match(description, catalog) if m.is_fallback)
        name = name_from_description(description, "generated")
        spec = derive_spec(description, template, name)
        found.append(pytest.param(description, template, spec, id=name))
    return found


def _files(root: Path, template: Template, spec: FunctionSpec | None) -> tuple[str, set[str], str]:
    """The checklist, the generated test functions, and the test file's path."""
    plan = plan_function(template.description, template, project=root, spec=spec)
    by_path = {change.relpath: change.new for change in plan.changes}
    [checklist] = [text for path, text in by_path.items() if path.startswith("docs/checklists/")]
    [(test_path, test_text)] = [
        (path, text)
        for path, text in by_path.items()
        if path.startswith("tests/") and path.endswith(".py")
    ]
    tests = {
        node.name
        for node in ast.parse(test_text).body
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    }
    return checklist, tests, test_path


def _items(checklist: str, section: str) -> list[str]:
    """The items of one section: each ``- [ ]``/``- [x]`` line with the lines under it."""
    body = checklist.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return ["- [" + chunk for chunk in body.split("\n- [")[1:]]


@pytest.mark.parametrize(("label", "template", "spec"), _subjects())
def test_every_ticked_item_names_a_generated_test_that_exists(
    tmp_path: Path, label: str, template: Template, spec: FunctionSpec | None
) -> None:
    checklist, tests, test_path = _files(flat_project(tmp_path), template, spec)
    ticked = [
        item
        for section in ("Enforced by the contract", "Also tested")
        for item in _items(checklist, section)
        if item.startswith("- [x]")
    ]
    assert ticked, label
    for item in ticked:
        named = [(ref["file"], ref["test"]) for ref in _REF.finditer(item)]
        assert named, f"{label}: a ticked item names no test: {item}"
        for file, test in named:
            assert file == test_path, item
            assert test in tests, f"{label}: {test} is named by the checklist but not generated"
    assert "test_insufficient_role_is_403" in tests or not template.auth_role, label


def test_a_clause_no_test_proves_is_left_for_a_reviewer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no test proving anything, no clause is ticked and each says what to check."""
    monkeypatch.setattr(_render, "plan_scenarios", lambda design: [])
    template = load_catalog().get("user_profile_update")
    checklist, _tests, _path = _files(flat_project(tmp_path), template, None)
    items = _items(checklist, "Enforced by the contract")
    assert len(items) >= 4  # auth, validates, owns, rate_limit, ...
    for item in items:
        assert item.startswith("- [ ]"), item
        assert "a reviewer must check" in item
        assert "proven by" not in item


_HOSTILE = "create my invoice \u200egnp.exe \x1b[31mred\u200b"  # bidi overrides are refused


def _control_characters(text: str) -> list[str]:
    """The control (Cc) and format (Cf) characters of ``text``, line ends and tabs aside."""
    import unicodedata

    return [c for c in text if c not in "\n\t" and unicodedata.category(c) in ("Cc", "Cf")]


def test_direction_marks_and_terminal_escapes_reach_neither_markdown_nor_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from scaffold.cli import main

    root = flat_project(tmp_path / "demo")
    assert main(["new", "function", _HOSTILE, "--into", str(root), "--dry-run"]) == 0
    shown = capsys.readouterr()
    assert "fallback_create" in shown.out  # the description was planned, diff included
    assert _control_characters(shown.out + shown.err) == []
    assert main(["new", "function", _HOSTILE, "--into", str(root)]) == 0
    [checklist] = (root / "docs/checklists").glob("*.md")
    text = checklist.read_text(encoding="utf-8")
    assert _control_characters(text) == []
    assert "create my invoice \\<U+200E\\>gnp.exe \\<U+001B\\>\\[31mred\\<U+200B\\>" in text
    assert _control_characters(capsys.readouterr().out) == []
