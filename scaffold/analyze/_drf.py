"""Django REST Framework permissions and the project's settings, read from the syntax.

``permission_classes`` lists (all must pass), ``&`` / ``|`` compositions, dotted strings in
``REST_FRAMEWORK["DEFAULT_PERMISSION_CLASSES"]``, DRF's built-in classes and custom
``BasePermission`` subclasses judged by what ``has_permission`` and ``has_object_permission``
read. Each answer is a pair: what holds for safe (read) methods, and what holds for writes.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from scaffold.analyze._django_middleware import (
    PathGuard,
    middleware_names,
    path_guards,
    requires_login_everywhere,
)
from scaffold.analyze._guards import Guards, where
from scaffold.analyze._model import Protection
from scaffold.analyze._modules import Index, Module
from scaffold.analyze._signals import auth_tokens, ownership_compare, role_tokens

__all__ = ["AUTH", "ROLE", "Settings", "permissions", "read_settings"]

_NONE = Protection()
_USERS = frozenset({"request.user", "self.request.user", "user", "current_user"})

# Built-in DRF permission classes: (for safe methods, for writes).
AUTH = Protection(authenticated=True)
ROLE = Protection(authenticated=True, role_checked=True)
_DRF: dict[str, tuple[Protection, Protection]] = {
    "IsAuthenticated": (AUTH, AUTH),
    "IsAdminUser": (ROLE, ROLE),
    "IsAuthenticatedOrReadOnly": (_NONE, AUTH),
    "DjangoModelPermissions": (ROLE, ROLE),
    "DjangoModelPermissionsOrAnonReadOnly": (_NONE, ROLE),
    "DjangoObjectPermissions": (
        Protection(authenticated=True, role_checked=True, ownership_checked=True),
    )
    * 2,
    "TokenHasScope": (ROLE, ROLE),
    "TokenHasReadWriteScope": (ROLE, ROLE),
    "TokenHasResourceScope": (ROLE, ROLE),
}


@dataclass
class Settings:
    default_read: Protection
    default_write: Protection
    login_middleware: str  # a middleware that turns away every anonymous caller, or ""
    root_urlconf: str | None
    path_guards: tuple[PathGuard, ...] = ()  # project middleware guarding paths by prefix


def read_settings(index: Index, guards: Guards, modules: list[Module]) -> Settings:
    read = write = Protection(public="DRF default AllowAny (no permission classes set)")
    middleware = ""  # the name of a middleware that turns away every anonymous caller
    chain: list[str] = []  # every middleware the settings name
    root: str | None = None
    for module in modules:
        config = module.defs.get("REST_FRAMEWORK")
        if isinstance(config, ast.Dict):
            for key, value in zip(config.keys, config.values, strict=False):
                if isinstance(key, ast.Constant) and key.value == "DEFAULT_PERMISSION_CLASSES":
                    read, write = permissions(index, guards, module, value)
                    evidence = (f"DEFAULT_PERMISSION_CLASSES ({where(module, value)})",)
                    read = read.merge(Protection(evidence=evidence)) if read.authenticated else read
                    write = (
                        write.merge(Protection(evidence=evidence)) if write.authenticated else write
                    )
        names = middleware_names(module)
        chain.extend(names)
        for name in names:
            if "LoginRequiredMiddleware" in name or requires_login_everywhere(index, name):
                middleware = name.rpartition(".")[2]
        urlconf = module.defs.get("ROOT_URLCONF")
        if isinstance(urlconf, ast.Constant) and isinstance(urlconf.value, str):
            root = urlconf.value
    return Settings(read, write, middleware, root, path_guards(index, chain))


def _weaker(a: Protection, b: Protection) -> Protection:
    """``A | B``: only what both guarantee."""
    return Protection(
        authenticated=a.authenticated and b.authenticated,
        role_checked=a.role_checked and b.role_checked,
        ownership_checked=a.ownership_checked and b.ownership_checked,
        public=a.public or b.public,
        evidence=a.evidence + b.evidence,
    )


def permissions(
    index: Index, guards: Guards, module: Module, expr: ast.expr
) -> tuple[Protection, Protection]:
    """A ``permission_classes`` value: a list (all must pass), ``&``, ``|``, dotted strings."""
    if isinstance(expr, ast.List | ast.Tuple):
        read, write = _NONE, _NONE
        if not expr.elts:
            return Protection(public="explicitly public (empty permission_classes)"), Protection(
                public="explicitly public (empty permission_classes)"
            )
        for item in expr.elts:
            r, w = permissions(index, guards, module, item)
            read, write = read.merge(r), write.merge(w)
        return read, write
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.BitAnd | ast.BitOr):
        lr, lw = permissions(index, guards, module, expr.left)
        rr, rw = permissions(index, guards, module, expr.right)
        if isinstance(expr.op, ast.BitAnd):
            return lr.merge(rr), lw.merge(rw)
        return _weaker(lr, rr), _weaker(lw, rw)
    if isinstance(expr, ast.Call):
        expr = expr.func
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        module_name, _, name = expr.value.rpartition(".")
        symbol = index.member(module_name, name) if module_name else None
    else:
        symbol = index.resolve(module, expr)
    if symbol is None:
        return _NONE, _NONE
    name = symbol.name
    here = f"{name} ({where(module, expr)})"
    if name == "AllowAny":
        public = Protection(public="explicitly public (AllowAny)")
        return public, public
    if name in _DRF:
        read, write = _DRF[name]
        return read.merge(Protection(evidence=(here,))), write.merge(Protection(evidence=(here,)))
    if symbol.module is not None and isinstance(symbol.node, ast.ClassDef):
        return _custom_permission(guards, symbol.module, symbol.node, here)
    found = guards.by_name(name, where(module, expr))
    return found, found


def _may_refuse(check: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether ``has_permission`` reads the request and can answer no: not ``return True``."""
    returns = [n for n in ast.walk(check) if isinstance(n, ast.Return)]
    always = all(isinstance(n.value, ast.Constant) and n.value.value is True for n in returns)
    reads = any(isinstance(n, ast.Name) and n.id == "request" for n in ast.walk(check))
    return reads and bool(returns) and not always


def _helpers(
    guards: Guards, module: Module, check: ast.FunctionDef | ast.AsyncFunctionDef
) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """The project's functions a ``has_permission`` calls by name, read as part of it:
    tubearchivist's ``return check_admin(request.user)``, whose body reads ``is_staff``."""
    found: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
    for call in ast.walk(check):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
            symbol = guards.index.resolve(module, call.func)
            node = symbol.node if symbol is not None and symbol.module is not None else None
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                found.append(node)
    return found


def _custom_permission(
    guards: Guards, module: Module, node: ast.ClassDef, here: str
) -> tuple[Protection, Protection]:
    """A ``BasePermission`` subclass, judged by what its two ``has_*permission`` methods read;
    when ``has_permission`` reads nothing known (``bool(getattr(request,
    "organization_token", None))``), by the class's name, as any guard the analyzer cannot
    read (``IsOrganizationTokenAuthenticated``, ``RequiresScope``)."""
    methods = {
        n.name: n for n in node.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    check = methods.get("has_permission")
    objects = methods.get("has_object_permission")
    read_too = [check, *_helpers(guards, module, check)] if check is not None else []
    authenticated = any(auth_tokens(f) for f in read_too)
    role = any(role_tokens(f) for f in read_too)
    if check is not None and not (authenticated or role) and _may_refuse(check):
        named = guards.by_name(node.name, here)
        authenticated, role = named.authenticated, named.role_checked
        here = named.evidence[0] if named.evidence else here
    safe_pass = bool(check and "SAFE_METHODS" in ast.unparse(check))
    owner = bool(objects and ownership_compare(objects, _USERS | {"obj"}))
    write = Protection(
        authenticated=authenticated or role,
        role_checked=role,
        ownership_checked=owner,
        evidence=(here,) if authenticated or role or owner else (),
    )
    read = write
    if safe_pass:  # reads pass, or only need a signed-in caller (tubearchivist's AdminWriteOnly)
        signed_in = _safe_reads_signed_in(check) if check is not None else False
        read = Protection(
            authenticated=signed_in,
            ownership_checked=owner,
            evidence=(here,) if signed_in or owner else (),
        )
    return read, write


def _safe_reads_signed_in(check: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether the branch ``has_permission`` takes for safe methods still asks for a signed-in
    caller: ``if request.method in SAFE_METHODS: return IsAuthenticated().has_permission(...)``."""
    return any(
        isinstance(node, ast.If)
        and "SAFE_METHODS" in ast.unparse(node.test)
        and any(
            auth_tokens(statement) or "IsAuthenticated" in ast.unparse(statement)
            for statement in node.body
        )
        for node in ast.walk(check)
    )
