"""Who may call the functions already where a new one goes, read from the project's code.

Two readings, each an admin signal for matching (as if the description had said "admin"; the
top role's, "super_admin", when every route read is guarded by a check named for a super
administrator), and a third that checks a public reading:

- the folder: when every route in the project's endpoints folder requires a role beyond
  signing in (an admin, staff, permission or scope check: a router's ``dependencies=[...]``,
  a ``Depends(...)`` of a role check, a decorator), the new function most likely belongs with
  them;
- the resource: when the new function's route has siblings (routes on the same collection,
  ``/users`` and ``/users/{id}/...``, an API prefix such as ``/api/v1`` set aside) and every
  sibling that acts on other users' records requires a role, a new function there acts like
  them. Set aside as not acting like it: the caller's own routes (``/users/me``,
  ``/agents/my-orders``, or a handler that compares the record's owner with the caller), and
  routes anyone may call (sign-up, log-in). Two siblings at least: one route is one author's
  choice, two are a rule. A new change (POST, PUT, PATCH, DELETE) is also read against the
  siblings that change the collection alone: an app that lets every signed-in user read its
  assets but keeps their changes for staff keeps a new change there for staff too;
- signing in: when the new route's siblings (two at least) all require a signed-in caller and
  neither of the first two readings says more, a description read as public there ("get the
  Slack webhook", a word taken for another service calling in) is asked about or refused,
  never generated public silently (``signed_in_access``); it adds no role.

The routes are read by ``scaffold.analyze`` (routers, dependencies and decorators followed
across modules; for the resource, handler bodies too, where owner and superuser checks are
written), the same reading ``scaffold analyze`` reports; nothing is imported or run. A project
that shows nothing adds nothing, and the evidence never lowers what the description asks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from scaffold.generate._project import Project
from scaffold.matching import ADMIN_ROLE, TOP_ROLE, ProjectAccess

if TYPE_CHECKING:
    from scaffold.analyze import Handler
    from scaffold.generate._spec import FunctionSpec

__all__ = [
    "ProjectEvidence",
    "collection_of",
    "folder_access",
    "guarded_by_role",
    "is_own",
    "nested_resource_of",
    "requires_role",
    "resource_access",
    "resource_of",
    "siblings",
    "signed_in_access",
]

MIN_SIBLINGS = 2
# The caller's own records: /users/me, /account/self/..., /me/settings.
OWN_SEGMENTS = frozenset({"me", "my", "mine", "self", "current"})
_MY_WORD = re.compile(r"my[-_]")
# Segments before the resource that name the API, not a collection: api, v1, api-v2, an
# unresolved setting ("{settings.API_V1_STR}"), or the part of the API behind a sign-in
# ("/api/private/menus": menus; not "public", whose routes may be open beside guarded ones).
_API_SEGMENT = re.compile(
    r"api|rest|v\d+(?:\.\d+)*|api[-_]?v\d+|\{[^}]*[.A-Z][^}]*\}|private|internal|protected"
)
# An action on a record, not a collection: /projects/{name}/update, .../set_members.
_ACTION = re.compile(
    r"(?:get|list|create|update|delete|set|add|remove|apply|stop|start|init|upload|download|"
    r"poll|register|unregister|refresh|patch|edit|enable|disable)(?:[_-]|$)"
)
# A guard named for a role (``require_permission``, ``Security scopes``), not for the tenant
# every route is scoped to (``get_company_scope``).
_NAMES_A_ROLE = re.compile(r"admin|superuser|staff|role|permission|moderator|scopes", re.I)
# A guard named for a super administrator (``require_super_admin``,
# ``get_current_superadmin``): the routes are the top role's, not any staff member's. Not
# "superuser", full-stack-fastapi-template's one administrator, nor a guard that lets
# another role in too (``require_admin_or_super_admin``).
_NAMES_TOP_ROLE = re.compile(r"super[-_]?admin", re.I)
_NAMES_ANOTHER = re.compile(r"(?:^|[-_.])or(?:[-_.]|$)", re.I)
_IDENTIFIER = re.compile(r"\{[a-z_][a-z0-9_]*(?::[a-z]+)?\}|<[^>]*>|:[A-Za-z_]\w*")


# The part of an API named before its collections for callers not signed in to it
# ("/api/v1/public/doctors"): its routes may be open beside guarded ones, each collection in it
# read on its own.
_PUBLIC_AREA = "public"

# Methods that change records: a new change goes with the project's changes to the same
# collection, wherever its reads are open to every signed-in user.
_CHANGES = frozenset({"POST", "PUT", "PATCH", "DELETE"})

Planned = TypeVar("Planned")


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _collection_segments(path: str) -> list[str]:
    """The path's segments from its collection on (API segments before it dropped)."""
    segments = _segments(path)
    while segments and _API_SEGMENT.fullmatch(segments[0].lower()):
        segments = segments[1:]
    return segments


def resource_of(path: str) -> str | None:
    """The collection a route acts on: ``/api/v1/users/{id}`` -> ``users``, else None (a
    path that starts with a parameter, or names only the API)."""
    segments = _collection_segments(path)
    if not segments or _IDENTIFIER.fullmatch(segments[0]) or segments[0].startswith("{"):
        return None
    return segments[0].lower()


def nested_resource_of(path: str) -> str | None:
    """The collection a route nested under a parent record or a tenant acts on:
    ``/api/project/{project_name}/backends/create`` and ``/{organization}/backends`` ->
    ``backends``, else None (``/projects/{name}/update`` acts on the project itself)."""
    segments = _collection_segments(path)
    if segments and _is_parameter(segments[0]):
        segments = ["", *segments]  # /{organization}/cases: a tenant's cases are cases
    if len(segments) < 3 or not _is_parameter(segments[1]):
        return None
    nested = segments[2].lower()
    if _is_parameter(nested) or _ACTION.match(nested):
        return None  # /projects/{name}/update: an action on the parent record itself
    return nested


def _is_parameter(segment: str) -> bool:
    return bool(_IDENTIFIER.fullmatch(segment)) or segment.startswith("{")


def collection_of(handlers: Sequence[Handler], method: str, path: str) -> str | None:
    """The collection a new route ``method path`` acts on, as the project's routes name it:
    the nested one when another route here acts on it (``/project/{name}/backends``), else
    the route's own (``/cases/{id}/archive`` acts on cases, not on an "archive" collection;
    the route itself, if served already, names nothing but itself)."""
    nested, own = nested_resource_of(path), resource_of(path)
    if nested is not None and any(
        _same_collection(nested, h.path) and not _is_route(h, method, path) for h in handlers
    ):
        return nested
    return own or nested


def _same_collection(resource: str, path: str) -> bool:
    """Whether ``path`` acts on ``resource``: its own collection, or the one it nests under a
    parent record (a project's backends are backends), singular or plural."""
    names = {resource_of(path), nested_resource_of(path)} - {None}
    return any(_stem(resource) == _stem(name) for name in names if name is not None)


def _stem(name: str) -> str:
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


def is_own(path: str) -> bool:
    """Whether the route names the caller's own records: ``/users/me``, or a segment that
    starts with "my" as a word (``/agents/my-orders-total-price``, ``/my_projects``)."""
    return any(s.lower() in OWN_SEGMENTS or _MY_WORD.match(s.lower()) for s in _segments(path))


def _shape(path: str) -> list[str]:
    """``/api/v1/users/{user_id}/`` -> ``["users", "{}"]``: same route, same shape."""
    return [_IDENTIFIER.sub("{}", s).lower() for s in _collection_segments(path)]


Guarded = frozenset[tuple[str, str]]


def guarded_by_role(routes: Sequence[Handler]) -> Guarded:
    """The routes (handler key, path) whose guards, a dependency or a decorator read without
    handler bodies, require a role and let no owner in: a check that runs before the handler,
    so no owner check in its body opens it to a signed-in owner."""
    return frozenset(
        (h.key, h.path)
        for h in routes
        if h.protection.role_checked and not h.protection.owner_checked
    )


def requires_role(handler: Handler, guarded: Guarded = frozenset()) -> bool:
    """A role is needed: a guard requires one, or the body checks one and no owner check
    lets an owner in (``if not user.is_superuser and item.owner_id != user.id``)."""
    p = handler.protection
    return (handler.key, handler.path) in guarded or (p.role_checked and not p.owner_checked)


def _acts_on_others(handler: Handler, guarded: Guarded) -> bool:
    """A sibling that acts like a new function on other users' records: not the caller's own
    (``/me``, an owner check that a role guard does not override), not open to anyone."""
    p = handler.protection
    if not p.authenticated or is_own(handler.path):
        return False
    return not p.owner_checked or (handler.key, handler.path) in guarded


def _shared_evidence(handlers: Sequence[Handler], unnamed: str = "a role check") -> str:
    """The evidence every route shows (a router's dependency), else the first route's; a
    check of the kind named (``"role check in the handler body"``) first, so a sign-in
    dependency every route also has is not given as the role check."""
    first = handlers[0].protection.evidence
    shared = [e for e in first if all(e in h.protection.evidence for h in handlers[1:])]
    kind = unnamed.removeprefix("a ")  # "role check in ..."
    named = [e for e in shared if e.startswith(kind)]
    if kind == "role check":  # a guard named for a role before a tenant scope both share
        named += [e for e in shared if _NAMES_A_ROLE.search(_guard_named(e))]
    named_first = [e for e in first if e.startswith(kind)]
    return (named or shared or named_first or list(first) or [unnamed])[0]


def _guard_named(evidence: str) -> str:
    """The guard a line of evidence names, its place left out: ``Security scopes ['a']`` of
    ``Security scopes ['a'] (app/api.py:3)``, ``Depends(x)`` of ``Depends(x) at app/api.py:9``."""
    return evidence.split(" (", 1)[0].split(" at ", 1)[0]


def _count(handlers: Sequence[Handler]) -> str:
    return f"{len(handlers)} route{'s' if len(handlers) > 1 else ''}"


def folder_access(folder: str, handlers: Sequence[Handler]) -> ProjectAccess | None:
    """An admin signal when every route in ``folder`` (the endpoints folder, relative to the
    project) requires a role, else None.

    ``handlers``: the project's routes, as ``scaffold.analyze.find_routes`` reads them.
    """
    there = [h for h in handlers if h.file.startswith(f"{folder}/")]
    if not there or not all(h.protection.role_checked for h in there):
        return None
    role = _role_of(there)
    return ProjectAccess(
        role,
        f"project: every route in {folder}/ ({_count(there)}) requires {role}: "
        f"{_shared_evidence(there)}",
    )


def _role_of(handlers: Sequence[Handler]) -> str:
    """The top role when a guard of every one of ``handlers`` is named for a super
    administrator (the project keeps them for the top role), else admin."""
    named = (any(_top_role_guard(_guard_named(e)) for e in h.protection.evidence) for h in handlers)
    return TOP_ROLE if all(named) else ADMIN_ROLE


def _top_role_guard(guard: str) -> bool:
    return bool(_NAMES_TOP_ROLE.search(guard)) and not _NAMES_ANOTHER.search(guard)


def _neighbours(handlers: Sequence[Handler], method: str, path: str) -> list[Handler]:
    """Every route on the collection of ``method path``, the route itself (if served already)
    left out."""
    resource = collection_of(handlers, method, path)
    if resource is None:
        return []
    return [
        h for h in handlers if _same_collection(resource, h.path) and not _is_route(h, method, path)
    ]


def _is_route(handler: Handler, method: str, path: str) -> bool:
    """Whether ``handler`` serves ``method path`` (the same shape: ``{id}`` or ``{user_id}``)."""
    return method.upper() in handler.methods and _shape(handler.path) == _shape(path)


def siblings(
    handlers: Sequence[Handler], method: str, path: str, guarded: Guarded = frozenset()
) -> list[Handler]:
    """The routes on the resource of ``method path`` that act on other users' records (the
    route itself, if served already, left out); ``guarded``: see ``guarded_by_role``."""
    if is_own(path):
        return []
    return [h for h in _neighbours(handlers, method, path) if _acts_on_others(h, guarded)]


def resource_access(
    handlers: Sequence[Handler],
    method: str,
    path: str,
    *,
    minimum: int = MIN_SIBLINGS,
    guarded: Guarded = frozenset(),
) -> ProjectAccess | None:
    """An admin signal when the siblings of ``method path`` (see ``siblings``), ``minimum``
    at least, all require a role, else None. ``handlers``: read with handler bodies
    (``scaffold.analyze.analyze_path``), where owner checks are written; ``guarded``: the
    routes whose guards require a role (``guarded_by_role`` of the routes read without)."""
    found = siblings(handlers, method, path, guarded)
    what = "act on other users' records"
    if method.upper() in _CHANGES and not _all_require_role(found, minimum, guarded):
        found = [h for h in found if _CHANGES.intersection(h.methods)]
        what = "change them"
    if not _all_require_role(found, minimum, guarded):
        return None
    role = _role_of(found)
    return ProjectAccess(
        role,
        f"project: the {_count(found)} on /{collection_of(handlers, method, path)}/ here that "
        f"{what} require {role}: {_shared_evidence(found)}",
    )


def _all_require_role(found: Sequence[Handler], minimum: int, guarded: Guarded) -> bool:
    return len(found) >= minimum and all(requires_role(h, guarded) for h in found)


def signed_in_access(
    handlers: Sequence[Handler], method: str, path: str, *, minimum: int = MIN_SIBLINGS
) -> ProjectAccess | None:
    """Evidence of signing in alone when every route on the collection of ``method path``
    (the route itself, if served already, set aside), ``minimum`` at least, requires a
    signed-in caller, else None: a description read as public there is put to the user
    (``scaffold.matching.contradicts``), never taken silently. In a public area
    (``/api/public/doctors``), whose routes may be open beside guarded ones, the collection
    inside it (``public/doctors``) is read when the area as a whole says nothing."""
    for where, found in (
        (collection_of(handlers, method, path), _neighbours(handlers, method, path)),
        *_in_public_area(handlers, method, path),
    ):
        if len(found) >= minimum and all(h.protection.authenticated for h in found):
            return ProjectAccess(
                None,
                f"project: the {_count(found)} on /{where}/ here require a signed-in caller: "
                f"{_shared_evidence(found, 'a sign-in check')}",
            )
    return None


def _in_public_area(
    handlers: Sequence[Handler], method: str, path: str
) -> list[tuple[str, list[Handler]]]:
    """The collection inside a public area that ``method path`` acts on (``public/doctors``
    of ``/api/v1/public/doctors/{id}/slots``) and its other routes; none outside one."""
    where = _public_collection(path)
    if where is None:
        return []
    found = [
        h
        for h in handlers
        if (theirs := _public_collection(h.path)) is not None
        and _stem(theirs) == _stem(where)
        and not _is_route(h, method, path)
    ]
    return [(where, found)]


def _public_collection(path: str) -> str | None:
    """``public/doctors`` of ``/api/v1/public/doctors/{id}/slots``: the collection inside a
    public area a route acts on, else None."""
    segments = _collection_segments(path)
    if len(segments) < 2 or segments[0].lower() != _PUBLIC_AREA or _is_parameter(segments[1]):
        return None
    return f"{_PUBLIC_AREA}/{segments[1].lower()}"


class ProjectEvidence:
    """The project's routes, read once (handler bodies only when a route needs them), and the
    admin signal they show for a new function."""

    def __init__(self, project: Project, handlers: Sequence[Handler] | None = None) -> None:
        from scaffold.generate._served import served_routes

        self.project = project
        self.handlers = list(handlers) if handlers is not None else served_routes(project.root)
        self._bodies: list[Handler] | None = None

    def bodies(self) -> list[Handler]:
        """The routes with what their bodies check (owner, superuser)."""
        if self._bodies is None:
            from scaffold.analyze import analyze_path

            root = self.project.root
            self._bodies = analyze_path(root, excludes=(".scaffold",), confine=root).handlers
        return self._bodies

    def for_route(self, route: tuple[str, str] | None) -> ProjectAccess | None:
        """The folder's signal, else the resource's for ``route`` (method, path) if given: a
        role its siblings require, else signing in if they all require that."""
        found = folder_access(self.project.relative(self.project.endpoints), self.handlers)
        resource = collection_of(self.handlers, *route) if route is not None else None
        if found is not None or route is None or resource is None:
            return found
        if not any(_same_collection(resource, h.path) for h in self.handlers):
            return None  # no sibling at all: the bodies need not be read
        role = resource_access(self.bodies(), *route, guarded=guarded_by_role(self.handlers))
        return role or signed_in_access(self.handlers, *route)

    def for_description(
        self, description: str, method: str | None = None, path: str | None = None
    ) -> ProjectAccess | None:
        """``for_route`` of the route the description (or ``--method``/``--path``) asks for."""
        from scaffold.generate._derive import described_route

        return self.for_route(described_route(description, method, path))

    def for_plan(
        self, spec: FunctionSpec | None, used: ProjectAccess | None
    ) -> ProjectAccess | None:
        """The evidence for the route a plan will serve, when it adds what ``used`` (read for
        the route the description asked for) did not; else None. A template's example route,
        or a verb taken from the template, can differ from the description's reading."""
        if (used is not None and not used.signed_in_only) or spec is None:
            return None
        found = self.for_route((spec.method, spec.path))
        return None if found == used else found

    def planned(
        self,
        description: str,
        route: tuple[str | None, str | None],
        attempt: Callable[[ProjectAccess | None], Planned],
        spec_of: Callable[[Planned], FunctionSpec | None],
    ) -> Planned:
        """``attempt`` (choose a template and plan) with the evidence for the route the
        description (or ``route``: method, path) asks for, and once more with the planned
        route's evidence (``spec_of`` what was made) when that says more: the same two
        readings on every surface."""
        access = self.for_description(description, *route)
        made = attempt(access)
        again = self.for_plan(spec_of(made), access)
        return made if again is None else attempt(again)
