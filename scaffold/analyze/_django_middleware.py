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
from scaffold.analyze._signals import (
    anonymous_test,
    is_refusal,
    refuses_anonymous,
    refusing_if,
    role_tokens,
)

__all__ = ["PathGuard", "middleware_names", "path_guards", "requires_login_everywhere"]

_HOOKS = frozenset({"process_request", "process_view", "__call__"})


@dataclass(frozen=True, slots=True)
class PathGuard:
    """Routes whose path starts with ``prefix`` get ``protection``."""

    prefix: str
    protection: Protection

    def covers(self, path: str) -> bool:
        return path.startswith(self.prefix)


def middleware_names(module: Module) -> list[str]:
    """The dotted names a settings module puts in ``MIDDLEWARE``, in every assignment to it
    (EvaP's ``MIDDLEWARE = ["debug_toolbar..."] + MIDDLEWARE`` under ``if DEBUG`` adds to the
    list, it does not replace it)."""
    names: list[str] = []
    for node in ast.walk(module.tree):
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        if not any(isinstance(t, ast.Name) and t.id == "MIDDLEWARE" for t in targets):
            continue
        value = getattr(node, "value", None)
        for item in ast.walk(value) if value is not None else ():
            if isinstance(item, ast.Constant) and isinstance(item.value, str):
                names.append(item.value)
    return names


def path_guards(index: Index, names: list[str]) -> tuple[PathGuard, ...]:
    """The path guards of every project middleware named in a ``MIDDLEWARE`` setting
    (``names``, as ``middleware_names`` reads them)."""
    return tuple(guard for name in names for guard in _middleware(index, name))


def _project_class(index: Index, dotted: str) -> tuple[Module, ast.ClassDef] | None:
    """The middleware class ``dotted`` names, when it is the project's."""
    module_name, _, name = dotted.rpartition(".")
    target = index.find(module_name) if module_name else None
    module = index.module(target) if target else None
    node = module.defs.get(name) if module is not None else None
    if module is None or not isinstance(node, ast.ClassDef):
        return None
    return module, node


def _hooks(node: ast.ClassDef) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [
        method
        for method in node.body
        if isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef) and method.name in _HOOKS
    ]


# What a refusal that sends a caller to sign in, or turns them away, looks like.
_TO_SIGN_IN = ("redirect_to_login", "login", "401", "403", "PermissionDenied", "Forbidden")


def requires_login_everywhere(index: Index, dotted: str) -> bool:
    """Whether the project's middleware ``dotted`` names turns away every anonymous caller,
    whatever the path, as EvaP's ``RequireLoginMiddleware`` does::

        def process_view(cls, request, view_func, *args):
            if request.user.is_authenticated:
                return None
            ...  # views marked exempt pass
            return redirect_to_login(request.get_full_path())

    Read at the top level of a hook: a refusal of anonymous callers, or signed-in callers let
    through first and a refusal to sign in after. Exempt views are marked by a decorator
    (``@no_login_required``), read where the views are."""
    found = _project_class(index, dotted)
    if found is None:
        return False
    for method in _hooks(found[1]):
        for at, statement in enumerate(method.body):
            if not isinstance(statement, ast.If) or not _only_the_caller(statement.test):
                continue  # askbot's closed mode: "if SETTING and request.user.is_anonymous"
            polarity = anonymous_test(statement.test)
            if polarity is True and is_refusal(statement.body) and _signs_in(statement.body):
                return True
            if polarity is False and is_refusal(statement.body):
                after = method.body[at + 1 :]
                if any(isinstance(s, ast.Return | ast.Raise) for s in after) and _signs_in(after):
                    return True
    return False


def _only_the_caller(test: ast.expr) -> bool:
    """Whether a condition reads nothing but whether the caller signed in: no setting, path
    or method beside it."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return _only_the_caller(test.operand)
    if isinstance(test, ast.BoolOp):
        return all(_only_the_caller(value) for value in test.values)
    return anonymous_test(test) is not None


def _signs_in(body: list[ast.stmt]) -> bool:
    text = ast.unparse(ast.Module(body=body, type_ignores=[]))
    return any(mark in text for mark in _TO_SIGN_IN)


def _middleware(index: Index, dotted: str) -> list[PathGuard]:
    """The path guards of the middleware class ``dotted`` names, when it is the project's."""
    found = _project_class(index, dotted)
    if found is None:
        return []
    module, node = found
    name = node.name
    guards: list[PathGuard] = []
    for method in _hooks(node):
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
