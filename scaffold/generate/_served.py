"""What a project already serves, read by ``scaffold.analyze`` before anything is written.

Two refusals come from it: a project that is not FastAPI (Flask, Django) gets no FastAPI files,
and a method and path the project already serves are not generated a second time (the second
handler would be unreachable while its own tests, which mount only its router, still pass).
Paths compare by shape: ``/users/{user_id}`` and ``/users/{id}`` are the same route, and
``shadows`` tells a route that catches another's calls (``_route_order`` orders them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from scaffold.errors import UserError

if TYPE_CHECKING:
    from scaffold.analyze import Handler

__all__ = [
    "EXCLUDES",
    "TEST_MODULES",
    "check_route_free",
    "find_collision",
    "require_fastapi",
    "served_routes",
    "shadows",
    "taken_error",
]

_PARAMETER = re.compile(r"\{[^}/]*\}|<[^>/]*>|:[A-Za-z_][A-Za-z0-9_]*")
_WHOLE_PARAMETER = re.compile(
    r"\{[^}/:]*(?::(?P<starlette>[^}/]*))?\}|<(?:(?P<werkzeug>[^>/:]*):)?[^>/:]*>"
    r"|:[A-Za-z_][A-Za-z0-9_]*"
)
# The text a converter matches in one segment (Starlette's and werkzeug's); others: any text.
_HEX = "[0-9a-fA-F]"
_CONVERTER_TEXT = {
    "int": r"[0-9]+",
    "float": r"[0-9]+(\.[0-9]+)?",
    "uuid": f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}",
}
_OTHER_FRAMEWORKS = {"flask": "Flask", "django": "Django", "drf": "Django REST framework"}
_DEPENDENCY_NAMES = {"flask": "Flask", "django": "Django"}
EXCLUDES = (".scaffold",)  # the tool's own records (merge bases, registry), not the project
# Test modules: the apps they build (a generated test mounts its router alone, without the
# prefix the application adds) serve nothing to the application's callers.
TEST_MODULES = ("test_*.py", "*_test.py", "conftest.py")
_FIND_DEPENDENCY = re.compile(r"""["']?\b(fastapi|flask|django)\b""", re.IGNORECASE)


def served_routes(root: Path) -> list[Handler]:
    """Every route handler the project defines, with its full path (prefixes applied)."""
    from scaffold.analyze import find_routes

    return find_routes(root, excludes=EXCLUDES, confine=root)  # no symlink out is followed


def _shape(path: str) -> str:
    """``/users/{user_id}/`` -> ``/users/{}``: parameters unnamed, trailing slash dropped."""
    shaped = _PARAMETER.sub("{}", path)
    return shaped.rstrip("/") or "/"


def find_collision(
    root: Path,
    method: str,
    path: str,
    *,
    ignore_files: Iterable[Path] = (),
    handlers: list[Handler] | None = None,
) -> Handler | None:
    """The handler already serving ``method path`` in the project at ``root``, if any.

    ``ignore_files`` are skipped (the files a regeneration of the same function replaces);
    ``handlers`` reuses an analysis already made.
    """
    ignored = {Path(p).resolve() for p in ignore_files}
    wanted = (method.upper(), _shape(path))
    for handler in served_routes(root) if handlers is None else handlers:
        if (root / handler.file).resolve() in ignored:
            continue
        if wanted[0] in handler.methods and _shape(handler.path) == wanted[1]:
            return handler
    return None


def check_route_free(
    root: Path,
    method: str,
    path: str,
    *,
    ignore_files: Iterable[Path] = (),
    handlers: list[Handler] | None = None,
) -> None:
    """Raise ``UserError`` (one line: the existing handler, file:line) if the route is taken."""
    found = find_collision(root, method, path, ignore_files=ignore_files, handlers=handlers)
    if found is not None:
        raise taken_error(found, method, path)


def taken_error(found: Handler, method: str, path: str) -> UserError:
    """The refusal of ``method path``, which ``found`` already serves."""
    return UserError(
        f"{method.upper()} {path} is already served by {found.function} "
        f"({found.file}:{found.line}); nothing was written",
        hint="choose another route with --path, or another function with --name",
    )


def _converter(segment: str) -> str | None:
    """The converter of a segment that is one parameter (``""`` when it names none:
    ``{id}``, ``<id>``, ``:id``; ``int`` for ``{id:int}`` and ``<int:id>``), else ``None``."""
    found = _WHOLE_PARAMETER.fullmatch(segment)
    if found is None:
        return None
    return (found.group("starlette") or found.group("werkzeug") or "").strip().lower()


def _catches(segment: str, text: str) -> bool:
    """Whether a parameter ``segment`` matches the literal ``text`` (``{id:int}`` does not
    match ``bulk``; no parameter matches an empty segment)."""
    kind = _converter(segment)
    if kind is None or not text or _converter(text) is not None:
        return False
    pattern = _CONVERTER_TEXT.get(kind)
    return pattern is None or re.fullmatch(pattern, text) is not None


def shadows(earlier: str, later: str) -> bool:
    """Whether a route on ``earlier`` catches every call meant for ``later``: segment by
    segment equal, or a parameter of ``earlier`` whose converter matches ``later``'s text,
    once at least (``/invoices/{invoice_id}`` catches ``/invoices/bulk``, ``{id:uuid}`` does
    not; a final ``{rest:path}`` takes any number of segments). A trailing slash counts, as
    in Starlette: ``/recipes/{recipe_id}`` does not catch ``/recipes/search/``."""
    first, second = earlier.split("/"), later.split("/")
    if _converter(first[-1]) == "path" and len(second) >= len(first):
        cut = len(first) - 1
        second = [*second[:cut], "/".join(second[cut:])]
    if len(first) != len(second):
        return False
    loose = [_catches(a, b) for a, b in zip(first, second, strict=True)]
    same = [
        a == b or (_converter(a) is not None and _converter(b) is not None)
        for a, b in zip(first, second, strict=True)
    ]
    return any(loose) and all(x or y for x, y in zip(loose, same, strict=True))


def _declared_frameworks(root: Path) -> set[str]:
    """Frameworks named in pyproject.toml or requirements*.txt (lower case)."""
    found: set[str] = set()
    for name in ("pyproject.toml", "requirements.txt", "requirements.in", "setup.cfg"):
        try:
            text = (root / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        found.update(match.group(1).lower() for match in _FIND_DEPENDENCY.finditer(text))
    return found


def require_fastapi(root: Path, handlers: list[Handler] | None = None) -> None:
    """Refuse (``UserError``, one line) a project that serves its routes with another framework.

    FastAPI routes, a declared ``fastapi`` dependency, or no sign of any framework pass; Flask
    or Django routes (or a ``manage.py`` / declared dependency) with no FastAPI are refused.
    """
    routes = served_routes(root) if handlers is None else handlers
    frameworks = {handler.framework for handler in routes}
    if frameworks & {"fastapi", "starlette"}:
        return
    declared = _declared_frameworks(root)
    other = next((name for name in sorted(frameworks) if name in _OTHER_FRAMEWORKS), None)
    if other is None and (root / "manage.py").is_file():
        other = "django"
    if other is None and "fastapi" not in declared:
        other = next((name for name in sorted(declared) if name in _DEPENDENCY_NAMES), None)
    if other is None:
        return
    label = _OTHER_FRAMEWORKS[other]
    example = next((h for h in routes if h.framework == other), None)
    where = f" (e.g. {example.file}:{example.line})" if example is not None else ""
    raise UserError(
        f"{root} serves its routes with {label}{where}, not FastAPI; scaffold generates FastAPI "
        "endpoints only, so nothing was written",
        hint="use the contracts runtime directly (@contract from scaffold.contracts) in this "
        "project, or generate into a FastAPI project",
    )
