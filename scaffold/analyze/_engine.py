"""``analyze_path``: discover files, find routes, judge protection, apply the rules, plan.

Only files that can register routes (or hold Django settings) are parsed up front; the modules
their guards live in are parsed when a name leads there. The rest is read and counted only.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from scaffold.analyze._body import Facts, read_body
from scaffold.analyze._compose import compose
from scaffold.analyze._django import collect_django
from scaffold.analyze._files import DEFAULT_MAX_BYTES, SourceFile, discover
from scaffold.analyze._guards import Guards
from scaffold.analyze._model import Finding, Handler, Protection, Report, Skipped, Suggestion
from scaffold.analyze._modules import Index, Module
from scaffold.analyze._plan import make_plan
from scaffold.analyze._routes import collect
from scaffold.analyze._rules import evaluate, public_reason
from scaffold.errors import UserError

__all__ = ["Suggester", "analyze_path"]

Suggester = Callable[[Handler], "Suggestion | None"]

# Anything that can register a route, join routers, or configure Django / DRF.
_ENTRY = re.compile(
    rb"@[ \t]*[\w.]+\.(?:get|post|put|patch|delete|head|options|route|api_route)[ \t]*\(|"
    rb"include_router|register_blueprint|add_url_rule|add_api_route|\.add_route\(|urlpatterns|"
    rb"REST_FRAMEWORK|ROOT_URLCONF|LoginRequiredMiddleware|(?<![\w.])(?:Route|Mount)\("
)


def analyze_path(
    path: str | Path,
    *,
    excludes: Sequence[str] = (),
    default_excludes: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    suggest: Suggester | None = None,
    prefilter: bool = True,
) -> Report:
    """Analyze the Python code under ``path`` without importing or running it.

    ``suggest`` proposes a registry template per handler (see ``scaffold.analyze.suggester``);
    ``prefilter=False`` parses every file (slower; the result is the same).
    """
    root = Path(path)
    if not root.exists():
        raise UserError(f"{root}: no such file or folder", hint="give the path of your project")
    report = Report(root=str(root))
    sources: list[SourceFile] = []
    for item in discover(
        root, excludes=excludes, default_excludes=default_excludes, max_bytes=max_bytes
    ):
        if isinstance(item, Skipped):
            report.skipped.append(item)
        else:
            sources.append(item)
            report.lines_scanned += item.lines
    report.files_scanned = len(sources)
    root_name = root.name if root.is_dir() and (root / "__init__.py").is_file() else ""
    index = Index(sources, root_name)
    entries: list[Module] = []
    for name in index.names():
        if prefilter and not _ENTRY.search(index.source(name).data):
            continue
        module = index.module(name)
        if module is not None:
            entries.append(module)
    guards = Guards(index)
    collected = collect(index, guards, entries)
    endpoints = compose(collected) + collect_django(index, guards, entries)
    handlers: list[Handler] = []
    facts: dict[str, Facts] = {}
    for endpoint, full_path, inherited in endpoints:
        body = read_body(endpoint.func, endpoint.users, endpoint.framework)
        inline = Protection(
            authenticated=body.inline_auth,
            role_checked=body.inline_role,
            ownership_checked=body.ownership,
            evidence=("check in the handler body",) if body.inline_auth or body.inline_role else (),
        )
        protection = inherited.merge(inline)
        docstring = _docstring(endpoint.func)
        handler = Handler(
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
        if not protection.authenticated and protection.public is None:
            reason = public_reason(handler)
            if reason:
                handler = replace(handler, protection=protection.merge(Protection(public=reason)))
        if suggest is not None:
            handler = replace(handler, suggestion=suggest(handler))
        if handler.key + handler.route in facts:
            continue
        facts[handler.key + handler.route] = body
        handlers.append(handler)
    handlers.sort(key=lambda h: (h.file, h.line, h.route))
    findings: list[Finding] = []
    for handler in handlers:
        findings.extend(evaluate(handler, facts[handler.key + handler.route]))
    report.handlers = handlers
    report.findings = findings
    report.skipped.extend(index.skipped)
    report.skipped.sort(key=lambda s: s.file)
    report.files_parsed = index.parsed_count
    report.plan = make_plan(findings)
    return report


def _docstring(func: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    return (ast.get_docstring(func) or "").strip()
