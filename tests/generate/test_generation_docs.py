"""docs/generation.md tells the truth: its examples table and console output are re-run."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from scaffold.catalog import AuthCondition, load_catalog
from scaffold.cli import main
from scaffold.generate._derive import derive_spec
from scaffold.generate._fit import fit_template
from scaffold.matching import match
from tests.generate.helpers import flat_project

DOC = (Path(__file__).resolve().parents[2] / "docs" / "generation.md").read_text(encoding="utf-8")
ROW = re.compile(r"^\| ([a-z][^|`]*?) \| `([A-Z]+) ([^`]+)` \| (\w+) \| (\w+)", re.M)
CONSOLE = re.compile(r"```console\n\$ (scaffold [^\n]*)\n(.*?)```", re.S)


def _rows() -> list[tuple[str, ...]]:
    section = DOC.split("Examples (each row is checked", 1)[1].split("\n\n", 2)[1]
    return ROW.findall(section)


def test_the_examples_table_is_found() -> None:
    assert len(_rows()) >= 6


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row[0])
def test_each_documented_example_derives_as_shown(row: tuple[str, ...]) -> None:
    description, method, path, scope, role = row
    template = match(description, load_catalog())[0].spec
    fitted, spec = fit_template(template, derive_spec(description, template, "documented"))
    assert (spec.method, spec.path, spec.scope) == (method, path, scope)
    auth = next(c.auth for c in fitted.requires if isinstance(c, AuthCondition))
    assert auth == role


@pytest.mark.parametrize("block", CONSOLE.findall(DOC), ids=lambda block: block[0][:40])
def test_each_console_example_prints_what_is_shown(
    block: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command, shown = block
    root = flat_project(tmp_path / "demo")
    arguments = shlex.split(command)[1:]
    assert main([*arguments, "--into", str(root)]) == 0
    out = capsys.readouterr().out
    for line in shown.splitlines():
        assert line in out.splitlines()
