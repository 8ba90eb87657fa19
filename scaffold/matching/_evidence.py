"""Who may call, as the project's code shows it: evidence that only ever raises the floor.

A description may say nothing of who calls while the project says it plainly: every route in
the folder the new function goes to requires an admin role, or the router they hang from
does. ``scaffold new function`` reads that with ``scaffold.analyze`` (in
``scaffold.generate``) and hands it to matching as a ``ProjectAccess``: a role the signals
then carry, as if the description had named it. It is never used to lower a floor: a role
only ever adds one, and a project that shows nothing adds nothing.

A weaker reading says only that the routes where the function goes all require a signed-in
caller (``role`` None). It adds no role; it checks one thing, a description read as public
("get_slack_webhook", a word such as "webhook" or "oauth" taken for another service calling
in): that reading and the project's are put side by side, asked on a terminal, refused
otherwise, and never taken silently (``_decide.contradicts``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from scaffold.matching._signals import Signals

__all__ = ["ADMIN_ROLE", "ProjectAccess", "with_project"]

ADMIN_ROLE = "admin"  # a role beyond signing in: the admin level of the contract ladder


@dataclass(frozen=True, slots=True)
class ProjectAccess:
    """A role the project requires where the function goes, or None when it requires only a
    signed-in caller, and the evidence in one line (``project: router app.api.routes requires
    admin (...)``)."""

    role: str | None
    reason: str

    @property
    def signed_in_only(self) -> bool:
        """Whether the evidence is of signing in alone: no role, only a check on public."""
        return self.role is None


def with_project(signals: Signals, project: ProjectAccess | None) -> Signals:
    """``signals`` with the project's role added when the description names none."""
    if project is None or project.role is None or signals.roles:
        return signals  # a role already sets the admin floor or a stronger one
    return replace(signals, roles=(project.role,))
