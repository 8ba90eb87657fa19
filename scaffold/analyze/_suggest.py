"""The suggestion step: which registry template would protect a handler, and its contract.

Separate from the analysis so it can be swapped or switched off: ``analyze_path`` calls a
``Suggester`` per handler. The default one runs the matcher (``scaffold.matching.match``) on
the handler's function name, route path and docstring against the project's catalog.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from scaffold.analyze._model import Handler, Suggestion
from scaffold.analyze._signals import words
from scaffold.errors import UserError

if TYPE_CHECKING:
    from scaffold.catalog import Catalog, Template

__all__ = ["describe", "lazy_suggester", "make_suggester", "project_suggester"]

_VERB = {"POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete", "GET": "get"}
_HAS_VERB = re.compile(
    r"(?:create|add|new|update|edit|change|set|delete|remove|destroy|get|list|read|retrieve|"
    r"fetch|search|import|export|upload|send|cancel|approve|publish|ban|grant|revoke|reset)"
)
_PARAM = re.compile(r"\{[^}]*\}|<[^>]*>|\(\?P<[^)]*\)")
_NOISE = re.compile(r"\b(?:api|v\d+|view|viewset|set|apiview|endpoint|handler)\b")


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


Matcher = Callable[[str], Sequence[_Match]]


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
    parts.append(words(_PARAM.sub(" ", handler.path)))
    if handler.docstring:
        parts.append(words(handler.docstring.splitlines()[0]))
    text = _NOISE.sub(" ", " ".join(p for p in parts if p))
    return " ".join(text.split())


def make_suggester(matcher: Matcher) -> Callable[[Handler], Suggestion | None]:
    """A ``Suggester`` from any matcher that ranks templates for a description."""
    from scaffold.guidance import contract_text

    def suggest(handler: Handler) -> Suggestion | None:
        description = describe(handler)
        if not description:
            return None
        try:
            found = matcher(description)
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
    from scaffold.matching import match

    templates = catalog if catalog is not None else load_catalog(project_dir)

    def matcher(description: str) -> Sequence[_Match]:
        return match(description, templates, limit=1)

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
