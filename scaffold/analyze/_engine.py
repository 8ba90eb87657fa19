"""``analyze_path``: discover files, find routes, judge protection, apply the rules, plan.

Only files that can register routes (or hold Django settings) are parsed up front; the modules
their guards live in are parsed when a name leads there. The rest is read and counted only.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from scaffold.analyze._body import Facts, read_body
from scaffold.analyze._compose import compose
from scaffold.analyze._django import collect_django
from scaffold.analyze._exposure import environ_names, find_exposure, settings_kind
from scaffold.analyze._files import DEFAULT_MAX_BYTES, SourceFile, discover
from scaffold.analyze._guards import Guards
from scaffold.analyze._model import Finding, Handler, Protection, Report, Skipped, Suggestion
from scaffold.analyze._modules import Index, Module
from scaffold.analyze._plan import make_plan
from scaffold.analyze._routes import Collected, Endpoint, collect
from scaffold.analyze._rules import evaluate, path_ids, public_reason
from scaffold.analyze._signals import OWNER_WORDS, field_names, ownership_compare
from scaffold.errors import UserError

__all__ = ["Suggester", "analyze_path", "find_registrations", "find_routes"]

Suggester = Callable[[Handler], "Suggestion | None"]

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


def analyze_path(
    path: str | Path,
    *,
    excludes: Sequence[str] = (),
    default_excludes: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    suggest: Suggester | None = None,
    prefilter: bool = True,
    confine: Path | None = None,
) -> Report:
    """Analyze the Python code under ``path`` without importing or running it.

    ``suggest`` proposes a registry template per handler (``project_suggester(path)`` runs
    the matcher over the project's catalog);
    ``prefilter=False`` parses every file (slower; the result is the same);
    ``confine``: symlinks that lead out of this folder are skipped, not followed.
    """
    root = Path(path)
    report = Report(root=str(root))
    sources = _sources(
        root,
        excludes=excludes,
        default_excludes=default_excludes,
        max_bytes=max_bytes,
        report=report,
        confine=confine,
    )
    index, endpoints = _endpoints(root, sources, prefilter)
    handlers: list[Handler] = []
    facts: dict[str, Facts] = {}
    for endpoint, full_path, inherited in endpoints:
        handler, body = _judge(index, endpoint, full_path, inherited)
        if handler.key + handler.route in facts:
            continue
        if suggest is not None:
            handler = replace(handler, suggestion=suggest(handler))
        facts[handler.key + handler.route] = body
        handlers.append(handler)
    handlers.sort(key=lambda h: (h.file, h.line, h.route))
    findings: list[Finding] = []
    roles = any(h.protection.role_checked for h in handlers)
    private, public = _models_by_audience(handlers, facts)
    for handler in handlers:
        body = facts[handler.key + handler.route]
        findings.extend(
            evaluate(
                handler,
                body,
                project_has_roles=roles,
                owner_filtered_models=private,
                public_models=public,
            )
        )
    report.handlers = handlers
    report.findings = findings
    report.skipped.extend(index.skipped)
    report.skipped.sort(key=lambda s: s.file)
    report.files_parsed = index.parsed_count
    report.plan = make_plan(findings)
    return report


def _sources(
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


def _endpoints(
    root: Path, sources: list[SourceFile], prefilter: bool
) -> tuple[Index, list[tuple[Endpoint, str, Protection]]]:
    """The index of ``sources`` and every endpoint they register, with its full path."""
    index, collected, django = _collect(root, sources, prefilter)
    return index, compose(collected) + django


def _collect(
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
    sources = _sources(
        root,
        excludes=excludes,
        default_excludes=True,
        max_bytes=DEFAULT_MAX_BYTES,
        report=report,
        overlay=overlay,
        confine=confine,
    )
    _, collected, django = _collect(root, sources, prefilter=True)
    pairs = [
        (_handler(endpoint, full_path, inherited), endpoint)
        for endpoint, full_path, inherited in compose(collected) + django
    ]
    return collected, pairs


def _handler(
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


def _judge(
    index: Index, endpoint: Endpoint, full_path: str, inherited: Protection
) -> tuple[Handler, Facts]:
    """The handler with everything that protects it, and the facts of its body."""
    body = read_body(
        endpoint.func,
        endpoint.users,
        endpoint.framework,
        _validator(index, endpoint.module),
        path_ids=tuple(path_ids(full_path)),
        model=endpoint.model,
    )
    if not body.ownership and _helper_checks_owner(
        index, endpoint.module, endpoint.func, endpoint.users
    ):
        body = replace(body, ownership=True)
    if body.record_change is not None:
        field = _owner_field(index, endpoint.module, body.record_change.model)
        body = replace(body, record_change=replace(body.record_change, owner_field=field))
    if body.record_read is not None:
        field = _owner_field(index, endpoint.module, body.record_read.model)
        body = replace(body, record_read=replace(body.record_read, owner_field=field))
    exposure = find_exposure(
        endpoint.func,
        environ_names(endpoint.module),
        settings_kind(index, endpoint.module, endpoint.func),
    )
    if exposure is not None:
        body = replace(body, exposure=exposure)
    evidence: tuple[str, ...] = ()
    if body.permitted_writes:
        evidence = ("writes only under a permission check on the caller",)
    elif body.inline_auth or body.inline_role:
        evidence = ("check in the handler body",)
    inline = Protection(
        authenticated=body.inline_auth,
        role_checked=body.inline_role,
        ownership_checked=body.ownership,
        evidence=evidence,
    )
    protection = inherited.merge(inline)
    docstring = (ast.get_docstring(endpoint.func) or "").strip()
    handler = _handler(endpoint, full_path, protection, docstring)
    if not protection.authenticated and protection.public is None:
        reason = public_reason(handler, body.verifies_signature, body.handles_anonymous)
        if reason:
            handler = replace(handler, protection=protection.merge(Protection(public=reason)))
    return handler, body


_VALIDATING = re.compile(r"BaseModel|RootModel|Schema|Form$|Serializer|Validator|TypeAdapter")
_CALLER = frozenset({"current_user", "request.user", "g.user", "self.request.user"})


def _validator(index: Index, module: Module) -> Callable[[ast.Call], bool]:
    """Whether a call validates its input: a pydantic model, a form, a schema, a serializer."""

    def validates(call: ast.Call) -> bool:
        symbol = index.resolve(module, call.func)
        if symbol is None:
            return False
        if symbol.module is not None and isinstance(symbol.node, ast.ClassDef):
            return _validating_class(index, symbol.module, symbol.node, 0)
        return bool(_VALIDATING.search(symbol.name))

    return validates


def _validating_class(index: Index, module: Module, node: ast.ClassDef, depth: int) -> bool:
    for base in node.bases:
        symbol = index.resolve(module, base)
        if symbol is None:
            continue
        if _VALIDATING.search(symbol.name):
            return True
        if (
            depth < 6
            and symbol.module is not None
            and isinstance(symbol.node, ast.ClassDef)
            and _validating_class(index, symbol.module, symbol.node, depth + 1)
        ):
            return True
    return False


def _helper_checks_owner(
    index: Index,
    module: Module,
    func: ast.FunctionDef | ast.AsyncFunctionDef,
    users: frozenset[str],
) -> bool:
    """``post = get_post(post_id)`` where the helper aborts unless the caller wrote the post."""
    for node in ast.walk(func):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            symbol = index.resolve(module, node.func)
            helper = symbol.node if symbol else None
            if (
                isinstance(helper, ast.FunctionDef | ast.AsyncFunctionDef)
                and helper is not func
                and ownership_compare(helper, users | _CALLER)
            ):
                return True
    return False


def _models_by_audience(
    handlers: list[Handler], facts: dict[str, Facts]
) -> tuple[frozenset[str], frozenset[str]]:
    """``(private, public)``: models some read-only handler serves only to their owner (a list
    filtered by the caller, a read that compares the owner), and models some GET handler
    serves to anonymous callers (a blog's post page): how the project treats its records."""
    private: set[str] = set()
    public: set[str] = set()
    for handler in handlers:
        models = facts[handler.key + handler.route].models
        if handler.protection.ownership_checked and not handler.writes:
            private |= models
        if not handler.protection.authenticated and "GET" in handler.methods:
            public |= models
    return frozenset(private), frozenset(public - private)


def _owner_field(index: Index, module: Module, model: str) -> str:
    """The field of ``model`` that names its owner (``author``, ``owner_id``), when the model
    class is in the tree; ``""`` when it cannot be told."""
    if not model.isidentifier():
        return ""
    symbol = index.resolve(module, ast.Name(id=model, ctx=ast.Load()))
    node = symbol.node if symbol else None
    if not isinstance(node, ast.ClassDef):
        return ""
    return next((name for name in field_names(node) if OWNER_WORDS.search(name.lower())), "")
