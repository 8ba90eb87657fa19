"""Find unprotected routes in an existing project, without importing or running it.

``analyze_path(path)`` parses the project with ``ast``, finds FastAPI / Starlette / Flask /
Django / DRF route handlers, decides what protects each one (following routers, dependencies
and permission classes across modules), reports risks and plans the migration to contracts.
"""

from scaffold.analyze._engine import Suggester, analyze_path, find_registrations, find_routes
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
from scaffold.analyze._rules import RULES, Rule
from scaffold.analyze._suggest import (
    describe,
    lazy_suggester,
    make_suggester,
    project_suggester,
)

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
