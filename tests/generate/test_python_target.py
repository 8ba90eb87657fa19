"""Generated code names UTC the way the project's oldest Python and its linter want.

A project that supports only Python 3.11 or later gets ``datetime.UTC`` (ruff's UP017 flags
``timezone.utc`` there); one that supports 3.10, or says nothing, gets ``timezone.utc``,
which runs everywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scaffold.cli import main
from scaffold.generate import find_project
from scaffold.generate._python_target import python_floor, utc_spelling
from tests.generate.helpers import RUFF_IGNORE, RUFF_RULES, build_tree, ruff

# A bulk create stamps each item (``now`` in the service) and its test has an expired token:
# both places generated code names UTC.
DESCRIPTION = "bulk create my orders"
GENERATED = ("app/endpoints", "app/schemas", "app/services", "tests/contracts")


@pytest.mark.parametrize(
    ("spec", "floor"),
    [
        (">=3.12", (3, 12)),
        (">= 3.11.4", (3, 11)),
        (">=3.10,<4.0", (3, 10)),
        ("<4, >=3.11", (3, 11)),
        ("~=3.12", (3, 12)),
        ("==3.13.*", (3, 13)),
        (">3.11", (3, 11)),
        (">=3.9, !=3.10.*", (3, 9)),
        ("<3.13", None),
        (">=3.11rc1", None),
        ("===3.12", None),
        ("python3.12", None),
        ("", None),
        (">=3.12,", None),
    ],
)
def test_the_floor_is_the_highest_lower_bound_of_requires_python(
    spec: str, floor: tuple[int, int] | None
) -> None:
    assert python_floor({"project": {"requires-python": spec}}) == floor


@pytest.mark.parametrize(
    ("pyproject", "floor"),
    [
        ({"tool": {"ruff": {"target-version": "py312"}}}, (3, 12)),
        ({"tool": {"ruff": {"target-version": "py310"}}}, (3, 10)),
        ({"tool": {"ruff": {"target-version": "python3"}}}, None),
        ({"tool": {"ruff": []}}, None),
        ({"project": {"name": "demo"}}, None),
        ({"project": "not a table"}, None),
        ({}, None),
        # What the project runs on wins over what it is linted for.
        (
            {
                "project": {"requires-python": ">=3.10"},
                "tool": {"ruff": {"target-version": "py312"}},
            },
            (3, 10),
        ),
    ],
)
def test_ruff_target_version_counts_only_without_requires_python(
    pyproject: dict[str, Any], floor: tuple[int, int] | None
) -> None:
    assert python_floor(pyproject) == floor


def test_utc_is_used_from_python_3_11_and_timezone_utc_otherwise() -> None:
    assert utc_spelling((3, 11)) == ("UTC", "UTC")
    assert utc_spelling((3, 13)) == ("UTC", "UTC")
    assert utc_spelling((3, 10)) == ("timezone", "timezone.utc")
    assert utc_spelling(None) == ("timezone", "timezone.utc")


def _generated_project(root: Path, pyproject: str | None) -> Path:
    main_py = "from fastapi import FastAPI\n\napp = FastAPI()\n"
    files = {"app/__init__.py": "", "app/main.py": main_py}
    if pyproject is not None:
        files["pyproject.toml"] = pyproject
    build_tree(root, files)
    assert main(["new", "function", DESCRIPTION, "--into", str(root), "--yes"]) == 0
    return root


def _generated_text(root: Path) -> str:
    return "".join(
        path.read_text(encoding="utf-8")
        for folder in GENERATED
        for path in sorted((root / folder).rglob("*.py"))
    )


def test_a_project_on_python_3_12_gets_utc_and_passes_pyupgrade(tmp_path: Path) -> None:
    pyproject = '[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.12"\n'
    root = _generated_project(tmp_path / "p", pyproject)
    assert find_project(root).python_floor == (3, 12)
    text = _generated_text(root)
    assert "from datetime import UTC, datetime, timedelta" in text
    assert "from datetime import UTC, datetime\n" in text  # the service's stamp
    assert "EXPIRED = datetime.now(UTC) - timedelta(hours=1)" in text
    assert "now = datetime.now(UTC).isoformat()" in text
    assert "timezone" not in text
    for rules, ignore in (("UP", ""), (RUFF_RULES, RUFF_IGNORE)):
        checked = ruff(
            *("check", "--isolated", "--select", rules, "--target-version", "py312"),
            *(("--ignore", ignore) if ignore else ()),
            *("--output-format", "concise", *GENERATED),
            cwd=root,
        )
        assert checked.returncode == 0, checked.stdout


@pytest.mark.parametrize(
    "pyproject",
    [
        '[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.10"\n',
        None,
    ],
    ids=["requires-python-3.10", "no-pyproject"],
)
def test_a_project_on_python_3_10_or_unknown_gets_timezone_utc(
    tmp_path: Path, pyproject: str | None
) -> None:
    root = _generated_project(tmp_path / "p", pyproject)
    text = _generated_text(root)
    assert "from datetime import datetime, timedelta, timezone" in text
    assert "EXPIRED = datetime.now(timezone.utc) - timedelta(hours=1)" in text
    assert "now = datetime.now(timezone.utc).isoformat()" in text
    assert "(UTC)" not in text
    assert "import UTC" not in text
    checked = ruff(
        *("check", "--isolated", "--select", "UP", "--target-version", "py310"),
        *("--output-format", "concise", *GENERATED),
        cwd=root,
    )
    assert checked.returncode == 0, checked.stdout
