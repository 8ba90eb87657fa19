"""The public names of scaffold.matching are exported, documented, and cheap to import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import scaffold.matching


def test_every_public_name_is_documented(repo_root: Path) -> None:
    text = (repo_root / "docs" / "matching.md").read_text(encoding="utf-8")
    for name in scaffold.matching.__all__:
        assert f"`{name}" in text, name
        assert hasattr(scaffold.matching, name), name


def test_the_cli_help_does_not_load_the_matcher() -> None:
    code = (
        "import sys; from scaffold.cli import main; main(['--help']); "
        "print(sorted(m for m in ('numpy', 'scaffold.matching', 'rapidfuzz') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
