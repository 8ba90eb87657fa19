"""Small project trees written for a test, analyzed, and what the tests read from the report."""

from __future__ import annotations

from pathlib import Path

from scaffold.analyze import Protection, Report, analyze_path


def analyze_tree(root: Path, files: dict[str, str]) -> Report:
    """Write ``files`` (relative path: text) under ``root`` and analyze the folder."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return analyze_path(root)


def authenticated(report: Report) -> dict[str, bool]:
    """Handler function name: whether it refuses anonymous callers."""
    return {h.function: h.protection.authenticated for h in report.handlers}


def protections(report: Report) -> dict[str, Protection]:
    """Handler function name: what the analyzer read as guarding it."""
    return {h.function: h.protection for h in report.handlers}
