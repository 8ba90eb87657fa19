"""Django middleware of the project that guards the paths under a prefix it names.

A middleware in ``settings.MIDDLEWARE`` may refuse callers only for some paths, as
OnlineJudge's ``AdminRoleRequiredMiddleware`` does::

    def process_request(self, request):
        path = request.path_info
        if path.startswith("/admin/") or path.startswith("/api/admin/"):
            if not (request.user.is_authenticated and request.user.is_admin_role()):
                return JSONResponse.response({"error": "login-required"})

Which paths it guards is in the syntax when the test is nothing but ``startswith`` calls with
literal prefixes (joined by ``or``), at the top of ``process_request``, ``process_view`` or
``__call__``: every route under those prefixes gets what the block refuses (anonymous
callers, and a role when the refusal reads one). A test that also reads the method, a
negated prefix, or a prefix held in a setting says nothing certain, and adds nothing.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from scaffold.analyze._guards import where
from scaffold.analyze._model import Protection
from scaffold.analyze._modules import Index, Module
from scaffold.analyze._signals import refuses_anonymous, refusing_if, role_tokens

__all__ = ["PathGuard", "path_guards"]

_HOOKS = frozenset({"process_request", "process_view", "__call__"})


@dataclass(frozen=True, slots=True)
class PathGuard:
    """Routes whose path starts with ``prefix`` get ``protection``."""

    prefix: str
    protection: Protection

    def covers(self, path: str) -> bool:
        return path.startswith(self.prefix)


def path_guards(index: Index, modules: list[Module]) -> tuple[PathGuard, ...]:
    """The path guards of every project middleware named in a ``MIDDLEWARE`` setting."""
    found: list[PathGuard] = []
    for module in modules:
        chain = module.defs.get("MIDDLEWARE")
        if not isinstance(chain, ast.List | ast.Tuple):
            continue
        for item in chain.elts:
            if isinstance(item, ast.Constant) and isinstance(item.value, str):
                found.extend(_middleware(index, item.value))
    return tuple(found)


def _middleware(index: Index, dotted: str) -> list[PathGuard]:
    """The path guards of the middleware class ``dotted`` names, when it is the project's."""
    module_name, _, name = dotted.rpartition(".")
    target = index.find(module_name) if module_name else None
    module = index.module(target) if target else None
    node = module.defs.get(name) if module is not None else None
    if module is None or not isinstance(node, ast.ClassDef):
        return []
    guards: list[PathGuard] = []
    for method in node.body:
        if isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef) and method.name in _HOOKS:
            for statement in method.body:
                if isinstance(statement, ast.If):
                    guards.extend(_guarded(module, name, statement))
    return guards


def _guarded(module: Module, name: str, branch: ast.If) -> list[PathGuard]:
    """``if path.startswith("/api/admin/"): <refuse unless ...>`` as guards of its prefixes."""
    prefixes = _prefixes(branch.test)
    block = ast.Module(body=branch.body, type_ignores=[])
    if not prefixes or not refuses_anonymous(block):
        return []
    role = refusing_if(block, role_tokens)
    return [
        PathGuard(
            prefix,
            Protection(
                authenticated=True,
                role_checked=role,
                evidence=(f"middleware {name} for paths under {prefix} ({where(module, branch)})",),
            ),
        )
        for prefix in prefixes
    ]


def _prefixes(test: ast.expr) -> list[str]:
    """The literal prefixes of a test made only of ``<path>.startswith(...)`` calls joined by
    ``or``; empty when anything else is part of it."""
    calls = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) else [test]
    prefixes: list[str] = []
    for call in calls:
        if not (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "startswith"
            and "path" in ast.unparse(call.func.value)
            and len(call.args) == 1
            and not call.keywords
        ):
            return []
        given = call.args[0]
        items = given.elts if isinstance(given, ast.Tuple) else [given]
        for item in items:
            if not (isinstance(item, ast.Constant) and isinstance(item.value, str) and item.value):
                return []
            prefixes.append(item.value)
    return prefixes
