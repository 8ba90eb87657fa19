"""The runtime docs run as written and name every public name."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import scaffold.contracts

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_DOC = ROOT / "docs" / "runtime.md"


def _python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.DOTALL)


def test_runtime_doc_examples_run() -> None:
    blocks = _python_blocks(RUNTIME_DOC.read_text(encoding="utf-8"))
    assert blocks
    for block in blocks:
        exec(compile(block, str(RUNTIME_DOC), "exec"), {"__name__": "docs_runtime"})


def test_runtime_docs_cover_every_public_name() -> None:
    text = "".join(
        (ROOT / "docs" / name).read_text(encoding="utf-8")
        for name in ("runtime.md", "observability.md")
    )
    missing = [name for name in scaffold.contracts.__all__ if name not in text]
    assert missing == []


def test_runtime_demo_walks_through_every_clause(capsys: object) -> None:
    namespace = runpy.run_path(str(ROOT / "docs" / "examples" / "runtime_demo.py"))
    results = dict(namespace["main"]())
    assert results == {
        "owner updates own profile": 200,
        "no credentials": 401,
        "expired session": 401,
        "invalid input": 422,
        "someone else's profile": 403,
        "admin bypasses ownership": 200,
        "sixth call within a minute": 429,
    }
