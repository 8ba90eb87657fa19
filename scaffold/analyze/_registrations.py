"""Where a project registers its routes: files, routers, includes and handlers, nothing judged.

``find_routes`` and ``find_registrations`` are what a planner needs (``scaffold new
function``'s collision check, route order and project evidence); ``analyze_path`` builds on
them and reads every handler's body. Kept apart from ``_engine`` so that a planner imports
none of the body reading, the rules or the migration plan.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from scaffold.analyze._compose import compose
from scaffold.analyze._django import collect_django
from scaffold.analyze._files import DEFAULT_MAX_BYTES, SourceFile, discover
from scaffold.analyze._guards import Guards
from scaffold.analyze._model import Handler, Protection, Report, Skipped
from scaffold.analyze._modules import Index, Module
from scaffold.analyze._routes import Collected, Endpoint, collect
from scaffold.errors import UserError

__all__ = ["collect_sources", "find_registrations", "find_routes", "handler_of", "registered"]

# Anything that can register a route, join routers, or configure Django / DRF. Plain substring
# tests first (fast), then one regex for route decorators that starts with a literal "@".
_MARKERS = (
    b"include_router",
    b"register_blueprint",
    b"add_url_rule",
    b"add_api_route",
    b".add_route(",
    b"urlpatterns",
    b"REST_FRAMEWORK",
    b"ROOT_URLCONF",
    b"LoginRequiredMiddleware",
    b"Route(",
    b"Mount(",
    b".mount(",
)
_DECORATOR = re.compile(
    rb"@[ \t]*[\w.]+\.(?:get|post|put|patch|delete|head|options|route|api_route)[ \t]*\("
)


def _can_register_routes(data: bytes) -> bool:
    return any(marker in data for marker in _MARKERS) or _DECORATOR.search(data) is not None


def collect_sources(
    root: Path,
    *,
    excludes: Sequence[str],
    default_excludes: bool,
    max_bytes: int,
    report: Report,
    overlay: Mapping[str, str] | None = None,
    confine: Path | None = None,
) -> list[SourceFile]:
    """The Python files under ``root`` (``overlay``: relative path -> text standing in for the
    file on disk, or added), in the order of the walk; skipped files go to ``report``."""
    if not root.exists():
        raise UserError(f"{root}: no such file or folder", hint="give the path of your project")
    sources: list[SourceFile] = []
    for item in discover(
        root,
        excludes=excludes,
        default_excludes=default_excludes,
        max_bytes=max_bytes,
        confine=confine,
    ):
        if isinstance(item, Skipped):
            report.skipped.append(item)
        elif overlay is None or item.relative not in overlay:
            sources.append(item)
    if overlay:
        sources += [
            SourceFile(root / relative, relative, text.encode("utf-8"))
            for relative, text in overlay.items()
        ]
        sources.sort(key=lambda source: source.relative.split("/"))
    report.files_scanned = len(sources)
    report.lines_scanned = sum(source.lines for source in sources)
    return sources


def registered(
    root: Path, sources: list[SourceFile], prefilter: bool
) -> tuple[Index, Collected, list[tuple[Endpoint, str, Protection]]]:
    """The index of ``sources``, their routers, routes and includes, and Django's endpoints."""
    root_name = root.name if root.is_dir() and (root / "__init__.py").is_file() else ""
    index = Index(sources, root_name)
    entries: list[Module] = []
    for name in index.names():
        if prefilter and not _can_register_routes(index.source(name).data):
            continue
        module = index.module(name)
        if module is not None:
            entries.append(module)
    guards = Guards(index)
    return index, collect(index, guards, entries), collect_django(index, guards, entries)


def find_routes(
    path: str | Path,
    *,
    excludes: Sequence[str] = (),
    overlay: Mapping[str, str] | None = None,
    confine: Path | None = None,
) -> list[Handler]:
    """Every route handler under ``path`` with its full path and framework, nothing judged.

    What a planner needs to refuse a route that is already served, at a fraction of
    ``analyze_path``'s cost: handler bodies are not read, so ``protection`` holds only what
    routers and dependencies give. ``overlay`` (relative path -> text) analyzes files as they
    will be once a plan is written, without writing them; ``confine`` as ``analyze_path``.
    """
    handlers: dict[str, Handler] = {}
    for handler, _ in find_registrations(path, excludes=excludes, overlay=overlay, confine=confine)[
        1
    ]:
        handlers.setdefault(handler.key + handler.route, handler)
    return sorted(handlers.values(), key=lambda h: (h.file, h.line, h.route))


def find_registrations(
    path: str | Path,
    *,
    excludes: Sequence[str] = (),
    overlay: Mapping[str, str] | None = None,
    confine: Path | None = None,
) -> tuple[Collected, list[tuple[Handler, Endpoint]]]:
    """``find_routes`` with how each route is registered: the routers, the includes joining
    them (each with its file and line) and, for every handler, the route as written. A planner
    reads from them which of two routes FastAPI tries first."""
    root = Path(path)
    report = Report(root=str(root))
    sources = collect_sources(
        root,
        excludes=excludes,
        default_excludes=True,
        max_bytes=DEFAULT_MAX_BYTES,
        report=report,
        overlay=overlay,
        confine=confine,
    )
    _, collected, django = registered(root, sources, prefilter=True)
    pairs = [
        (handler_of(endpoint, full_path, inherited), endpoint)
        for endpoint, full_path, inherited in compose(collected) + django
    ]
    return collected, pairs


def handler_of(
    endpoint: Endpoint, full_path: str, protection: Protection, docstring: str = ""
) -> Handler:
    return Handler(
        file=endpoint.module.file,
        line=endpoint.func.lineno,
        function=endpoint.function,
        framework=endpoint.framework,
        methods=endpoint.methods,
        path=full_path,
        protection=protection,
        docstring=docstring,
        condition=endpoint.condition,
    )
