"""Who may call the functions already where a new one goes, read from the project's code.

A new function gets its own module in the project's endpoints folder, beside the routes
already there. When every one of those routes requires a role beyond signing in (an admin,
staff, permission or scope check: a router's ``dependencies=[...]``, a ``Depends(...)`` of a
role check, a decorator), the new function most likely belongs with them: that is an admin
signal for matching, as if the description had said "admin". The routes are read by
``scaffold.analyze`` (routers, dependencies and decorators followed across modules), the same
reading ``scaffold analyze`` reports; nothing is imported or run. A project that shows
nothing (no routes there, or any route without a role check) adds nothing, and the evidence
never lowers what the description asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from scaffold.generate._project import Project
from scaffold.matching import ProjectAccess

if TYPE_CHECKING:
    from scaffold.analyze import Handler

__all__ = ["project_access", "read_project_access"]

ROLE = "admin"  # a role beyond signing in: the admin level of the contract ladder


def _shared_evidence(handlers: Sequence[Handler]) -> str:
    """The evidence every route shows (a router's dependency), else the first route's."""
    first = handlers[0].protection.evidence
    shared = [e for e in first if all(e in h.protection.evidence for h in handlers[1:])]
    return (shared or list(first) or ["a role check"])[0]


def project_access(project: Project, handlers: Sequence[Handler]) -> ProjectAccess | None:
    """An admin signal when every route in the endpoints folder requires a role, else None.

    ``handlers``: the project's routes, as ``scaffold.analyze.find_routes`` reads them.
    """
    folder = project.relative(project.endpoints)
    there = [h for h in handlers if h.file.startswith(f"{folder}/")]
    if not there or not all(h.protection.role_checked for h in there):
        return None
    count = f"{len(there)} route{'s' if len(there) > 1 else ''}"
    evidence = _shared_evidence(there)
    return ProjectAccess(
        ROLE, f"project: every route in {folder}/ ({count}) requires {ROLE}: {evidence}"
    )


def read_project_access(project: Project) -> ProjectAccess | None:
    """``project_access`` of the routes the project serves now (read here)."""
    from scaffold.generate._served import served_routes

    return project_access(project, served_routes(project.root))
