"""Find unprotected routes in an existing project, without importing or running it.

``analyze_path(path)`` parses the project with ``ast``, finds FastAPI / Starlette / Flask /
Django / DRF route handlers, decides what protects each one (following routers, dependencies
and permission classes across modules), reports risks and plans the migration to contracts.

``find_routes`` and ``find_registrations`` (what ``scaffold new function`` reads) load with
the package; the body reading, rules and suggestions behind ``analyze_path`` are imported on
first use, so a planner does not pay for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from scaffold.analyze._model import (
    Finding,
    Handler,
    Plan,
    PlanFile,
    Protection,
    Report,
    Severity,
    Skipped,
    Suggestion,
)
from scaffold.analyze._registrations import find_registrations, find_routes

if TYPE_CHECKING:
    from scaffold.analyze._engine import Suggester, analyze_path
    from scaffold.analyze._rules import RULES, Rule
    from scaffold.analyze._suggest import (
        describe,
        lazy_suggester,
        make_suggester,
        project_suggester,
    )

_LAZY = {
    "Suggester": "_engine",
    "analyze_path": "_engine",
    "RULES": "_rules",
    "Rule": "_rules",
    "describe": "_suggest",
    "lazy_suggester": "_suggest",
    "make_suggester": "_suggest",
    "project_suggester": "_suggest",
}

__all__ = [
    "RULES",
    "Finding",
    "Handler",
    "Plan",
    "PlanFile",
    "Protection",
    "Report",
    "Rule",
    "Severity",
    "Skipped",
    "Suggester",
    "Suggestion",
    "analyze_path",
    "describe",
    "find_registrations",
    "find_routes",
    "lazy_suggester",
    "make_suggester",
    "project_suggester",
]


def __getattr__(name: str) -> Any:
    """A name of the full analysis, imported on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
