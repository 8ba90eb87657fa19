"""The Python versions the package claims are the ones CI tests, here and in generated projects."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "Programming Language :: Python :: 3."


def _constant(path: Path, name: str) -> tuple[str, ...]:
    """A module-level tuple of strings, read without importing the module."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return value
    raise AssertionError(f"{name} not found in {path}")


def _classified() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [c.rsplit(" ", 1)[1] for c in project["classifiers"] if c.startswith(PREFIX)]


def _workflow_matrix() -> list[str]:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text("utf-8"))
    return [
        str(version) for version in workflow["jobs"]["test"]["strategy"]["matrix"]["python-version"]
    ]


def test_classifiers_are_the_workflow_matrix_from_requires_python_up() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    matrix = _workflow_matrix()
    assert _classified() == matrix
    assert project["requires-python"] == f">={matrix[0]}"
    minors = [int(version.split(".")[1]) for version in matrix]
    assert minors == list(range(minors[0], minors[-1] + 1)), "no version skipped"


def test_the_local_smoke_passes_cover_every_version_this_machine_can_have() -> None:
    local = _constant(ROOT / "noxfile.py", "SUPPORTED")
    assert list(local) == [v for v in _workflow_matrix() if v != "3.14"]
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^\.venv/bin/python -m nox\b", ci_run, re.MULTILINE)
    assert ci_run.index("-m pytest") < ci_run.index("-m nox"), "the whole suite runs first"


def test_generated_projects_support_what_the_runtime_is_tested_on() -> None:
    filters = ROOT / "cookiecutter-templates" / "fastapi-service" / "fastapi_service_filters.py"
    assert list(_constant(filters, "SUPPORTED_PYTHONS")) == _workflow_matrix()
