"""The suggestion step: which registry template would protect a handler, and its contract.

Separate from the analysis so it can be swapped or switched off: ``analyze_path`` calls a
``Suggester`` per handler. The default one runs the matcher (``scaffold.matching``) on the
handler's function name, route path and docstring against the project's catalog.

A suggestion is never weaker than the guards the handler already has: its own reading is
handed to the matcher as evidence that only raises the floor (``guard_of``), as
``scaffold new function`` hands it the reading of the routes around a new one. A route that
requires a role gets an admin contract or stronger; a route that requires a signed-in caller
is not offered a public contract because its name says "health" or "webhook".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from scaffold._plural import singular
from scaffold.analyze._model import Handler, Protection, Suggestion
from scaffold.analyze._signals import words
from scaffold.errors import UserError

if TYPE_CHECKING:
    from scaffold.catalog import Catalog, Template
    from scaffold.matching import ProjectAccess

__all__ = ["describe", "guard_of", "lazy_suggester", "make_suggester", "project_suggester"]

_VERB = {"POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete", "GET": "get"}
_HAS_VERB = re.compile(
    r"(?:create|add|new|update|edit|change|set|delete|remove|destroy|get|list|read|retrieve|"
    r"fetch|search|import|export|upload|send|cancel|approve|publish|ban|grant|revoke|reset)"
)
_PARAM = re.compile(r"\{[^}]*\}|<[^>]*>|\(\?P<[^)]*\)")
_LAST_WORD = re.compile(r"[a-z]+$")
_NOISE = re.compile(r"\b(?:api(?! keys?\b)|v\d+|view|viewset|set|apiview|endpoint|handler)\b")


class _Match(Protocol):
    """What the suggester needs of ``scaffold.matching.Match``."""

    @property
    def template(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def reasons(self) -> Sequence[str]: ...
    @property
    def spec(self) -> Template: ...


Matcher = Callable[[str, "ProjectAccess | None"], Sequence[_Match]]


def describe(handler: Handler) -> str:
    """What the handler does, in words: ``PATCH /users/{id}/profile update_profile`` and its
    docstring's first line become ``update profile users profile ...``."""
    owner, _, name = handler.function.rpartition(".")
    verbs = [_VERB[m] for m in handler.methods if m in _VERB and m != "POST"]
    if name.upper() in _VERB:  # a class-based view's method: say what it does
        name = ""
    parts = [words(name), words(owner)]
    if verbs and not _HAS_VERB.match(name):
        parts.insert(0, verbs[0])
    parts.append(words(_PARAM.sub(" ", _one_record(handler.path))))
    if handler.docstring:
        parts.append(words(handler.docstring.splitlines()[0]))
    text = _NOISE.sub(" ", " ".join(p for p in parts if p))
    return " ".join(text.split())


def _one_record(path: str) -> str:
    """``path`` with the collection named right before a record's parameter in the singular:
    ``DELETE /channels/{id}`` deletes one channel, not many (a plural object reads as bulk).
    A plural whose singular is a noise word keeps its form (``/views/{id}`` still says views)."""

    def one(found: re.Match[str]) -> str:
        word = singular(found[0])
        return found[0] if _NOISE.fullmatch(word) else word

    segments = path.split("/")
    for i, segment in enumerate(segments[:-1]):
        if _PARAM.fullmatch(segments[i + 1]):
            segments[i] = _LAST_WORD.sub(one, segment)
    return "/".join(segments)


def guard_of(protection: Protection) -> ProjectAccess | None:
    """What the handler's own guards require, as evidence for the matcher: a role (unless an
    owner check lets owners in too), else a signed-in caller, else nothing."""
    from scaffold.matching import ADMIN_ROLE, ProjectAccess

    where = f" ({', '.join(protection.evidence)})" if protection.evidence else ""
    if protection.role_checked and not protection.ownership_checked:
        return ProjectAccess(ADMIN_ROLE, f"route: its guards require {ADMIN_ROLE}{where}")
    if protection.authenticated:
        return ProjectAccess(None, f"route: its guards require a signed-in caller{where}")
    return None


def make_suggester(matcher: Matcher) -> Callable[[Handler], Suggestion | None]:
    """A ``Suggester`` from any matcher that ranks templates for a description, given what
    the handler's guards already require (``guard_of``)."""
    from scaffold.guidance import contract_text

    def suggest(handler: Handler) -> Suggestion | None:
        description = describe(handler)
        if not description:
            return None
        try:
            found = matcher(description, guard_of(handler.protection))
        except UserError:
            return None
        if not found:
            return None
        best = found[0]
        return Suggestion(
            template=best.template,
            score=round(best.score, 3),
            reasons=tuple(best.reasons),
            contract=contract_text(best.spec),
        )

    return suggest


def project_suggester(
    project_dir: Path, catalog: Catalog | None = None
) -> Callable[[Handler], Suggestion | None]:
    """The matcher over the project's catalog (its ``.scaffold/registry``, added, built-in)."""
    from scaffold.catalog import load_catalog
    from scaffold.matching import match_request

    templates = catalog if catalog is not None else load_catalog(project_dir)

    def matcher(description: str, guard: ProjectAccess | None) -> Sequence[_Match]:
        return match_request(description, templates, limit=1, project=guard).matches

    return make_suggester(matcher)


def lazy_suggester(
    factory: Callable[[], Callable[[Handler], Suggestion | None]],
    on_error: Callable[[UserError], None],
) -> Callable[[Handler], Suggestion | None]:
    """Build the suggester on the first handler: a tree without routes never loads the catalog
    and the matcher (most of a run's start-up). ``on_error`` hears once why there are no
    suggestions (a broken registry); the findings are reported all the same."""
    built: list[Callable[[Handler], Suggestion | None] | None] = []

    def suggest(handler: Handler) -> Suggestion | None:
        if not built:
            try:
                built.append(factory())
            except UserError as error:
                on_error(error)
                built.append(None)
        inner = built[0]
        return inner(handler) if inner is not None else None

    return suggest
