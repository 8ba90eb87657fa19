"""The runtime stays light: generated services must not pull in the CLI's dependencies."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys

import scaffold.contracts

HEAVY = ["typer", "jinja2", "cookiecutter", "rich", "libcst", "rapidfuzz", "yaml"]


def test_importing_the_runtime_imports_no_cli_dependency() -> None:
    code = (
        "import sys, json, scaffold.contracts, scaffold.contracts.fastapi;"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_exports_match_the_public_names() -> None:
    public = {
        name
        for name, value in vars(scaffold.contracts).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert set(scaffold.contracts.__all__) == public
