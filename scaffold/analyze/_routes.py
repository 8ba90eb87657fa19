"""Route discovery for FastAPI, Starlette and Flask: routers, routes and how they are joined.

One walk per module collects router objects (``FastAPI()``, ``APIRouter(prefix=...,
dependencies=...)``, ``Flask()``, ``Blueprint(url_prefix=...)``), routes (decorators,
``add_api_route``, ``add_url_rule`` with ``MethodView``, Starlette ``Route``/``Mount``), the
edges between routers (``include_router``, ``register_blueprint``, ``mount``) and Flask
``before_request`` hooks. Composition (prefixes and inherited guards) happens in ``_compose``.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from scaffold.analyze._guards import Guards, where
from scaffold.analyze._model import Protection
from scaffold.analyze._modules import Index, Module
from scaffold.analyze._signals import (
    anonymous_test,
    auth_tokens,
    call_name,
    checks_a_role,
    reads_the_path,
    refuses_anonymous,
    refuses_bad_token,
    refuses_ungranted,
    refusing_except,
    refusing_if,
    role_tokens,
)

if TYPE_CHECKING:
    from scaffold.analyze._passed_paths import PassedPaths

__all__ = ["APP_WIDE", "Collected", "Endpoint", "Include", "RouterDef", "collect"]

Function = ast.FunctionDef | ast.AsyncFunctionDef

_ROUTERS = {
    "FastAPI": "fastapi",
    "APIRouter": "fastapi",
    "Starlette": "starlette",
    "Router": "starlette",
    "Flask": "flask",
    "Blueprint": "flask",
}
_VERBS = {"get", "post", "put", "patch", "delete", "head", "options"}
_HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_HOOKS = {"before_request", "before_app_request"}
_INCLUDES = {"include_router", "register_blueprint", "mount"}
_MAX_HELPER_CALLS = 8
APP_WIDE = "*app*"  # hooks key of blueprint.before_app_request: every Flask route


# A CSRF check: the token a cookie holds sent back in a header (the double-submit pattern).
_CSRF = re.compile(r"csrf|xsrf", re.IGNORECASE)
_CALLER_WORDS = re.compile(r"user|token|session|auth", re.IGNORECASE)
_CALLER_WORDS_BESIDE_CSRF = re.compile(r"user|session|auth", re.IGNORECASE)


def _about_the_caller(test: ast.AST, *, beside_csrf: bool = False) -> bool:
    """Whether a refusal's condition is about who calls. In a hook that checks a CSRF token
    (``beside_csrf``), a token compared is that token: it proves the request came from the
    site's own page, not who sent it, so the condition must name the user, the session or
    authentication itself, and never the CSRF token."""
    if isinstance(test, ast.expr) and anonymous_test(test) is False:
        return False  # refuses some signed-in callers, never an anonymous one
    text = ast.unparse(test)
    if beside_csrf and _CSRF.search(text):
        return False
    words = _CALLER_WORDS_BESIDE_CSRF if beside_csrf else _CALLER_WORDS
    return auth_tokens(test) or bool(words.search(text))


@dataclass
class RouterDef:
    key: str
    framework: str
    module: Module
    prefix: str = ""
    protection: Protection = field(default_factory=Protection)
    factory: str = ""  # what created it: ``FastAPI``, ``APIRouter``, ``Blueprint``...


@dataclass
class Include:
    parent: str
    child: str
    prefix: str | None
    protection: Protection
    replaces_prefix: bool = False
    conditions: tuple[str, ...] = ()
    file: str = ""  # where the joining call is: the order of calls is the order of matching
    line: int = 0
    verb: str = "include_router"


@dataclass
class Endpoint:
    """A route as written, before prefixes and inherited guards are applied."""

    module: Module
    func: Function
    function: str
    framework: str
    methods: tuple[str, ...]
    path: str
    router: str | None
    protection: Protection
    users: frozenset[str]
    condition: str | None = None
    model: str = ""  # a class-based view's model (``queryset = Article.objects...``)
    line: int = 0  # its route decorator in ``module``; 0 when registered by a call elsewhere


@dataclass
class Collected:
    routers: dict[str, RouterDef] = field(default_factory=dict)
    endpoints: list[Endpoint] = field(default_factory=list)
    includes: list[Include] = field(default_factory=list)
    hooks: dict[str, Protection] = field(default_factory=dict)
    # A middleware's guard that some paths skip: it guards a route unless its path is passed.
    path_hooks: dict[str, list[tuple[Protection, PassedPaths]]] = field(default_factory=dict)
    # routers a factory's body makes, read as written: its calls' routers serve the routes
    templates: set[str] = field(default_factory=set)
    walked: set[str] = field(default_factory=set)


def _string(expr: ast.expr | None) -> str | None:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr.value
    return None


# What a module-level name may be bound to that still reads as a path: ``PREFIX =
# settings.API_V1_STR``, ``API = f"{BASE}/api"``, ``V1 = API + "/v1"``, ``PREFIX = OTHER``.
_NAMED_TEXT = (ast.Attribute, ast.Name, ast.JoinedStr, ast.BinOp)
_MAX_TEXT_DEPTH = 4


def _unknown(text: str) -> bool:
    """Whether ``text`` is the placeholder of an expression not read (``{PREFIX}``)."""
    return text.startswith("{") and text.endswith("}") and text.count("{") == 1


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _methods(expr: ast.expr | None) -> tuple[str, ...] | None:
    if isinstance(expr, ast.List | ast.Tuple | ast.Set):
        found = [_string(e) for e in expr.elts]
        return tuple(m.upper() for m in found if m)
    return None


def _local_texts(func: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, ast.expr]:
    """Names a function binds once, at its top level, to what may hold a path (``prefix =
    settings.API_V1_PREFIX`` in an app factory); a name bound more than once is left unread."""
    stores = Counter(
        n.id for n in ast.walk(func) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    )
    return {
        statement.targets[0].id: statement.value
        for statement in func.body
        if isinstance(statement, ast.Assign)
        and len(statement.targets) == 1
        and isinstance(statement.targets[0], ast.Name)
        and stores[statement.targets[0].id] == 1
        and isinstance(statement.value, (*_NAMED_TEXT, ast.Constant))
    }


def _only_registers(func: Function) -> bool:
    """Whether a function includes or mounts routers and defines no function or class (its
    body read once per call would otherwise register its own routes again)."""
    nodes = list(ast.walk(func))[1:]
    return not any(
        isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) for n in nodes
    ) and any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in _INCLUDES
        for n in nodes
    )


def _loop_targets(target: ast.expr) -> list[str] | None:
    """A loop's names: ``router``, or ``prefix, router``; None for any other target."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Tuple) and all(isinstance(e, ast.Name) for e in target.elts):
        return [e.id for e in target.elts if isinstance(e, ast.Name)]
    return None


class _Walker:
    def __init__(
        self,
        index: Index,
        guards: Guards,
        out: Collected,
        module: Module,
        function: ast.FunctionDef | ast.AsyncFunctionDef | None = None,
    ) -> None:
        """``function``: the function whose body this walker reads, if any."""
        self.index, self.guards, self.out, self.module = index, guards, out, module
        self.enclosing = function
        self.scope: dict[str, str] = {}
        self.sequences: dict[str, list[ast.expr]] = {}  # routers = [a.router, b.router]
        self.loop_texts: dict[str, str] = {}  # for prefix, router in [("auth", auth_router)]
        self._locals: dict[str, ast.expr] | None = None

    def local_texts(self) -> dict[str, ast.expr]:
        """The function's names bound to what may hold a path, read on first need."""
        if self._locals is None:
            self._locals = _local_texts(self.enclosing) if self.enclosing is not None else {}
        return self._locals

    # keys ------------------------------------------------------------------------------------

    def key(self, expr: ast.expr) -> str | None:
        if isinstance(expr, ast.Name) and expr.id in self.scope:
            return self.scope[expr.id]
        if (  # module.router, where a loop's name stands for a module
            isinstance(expr, ast.Attribute)
            and isinstance(expr.value, ast.Name)
            and expr.value.id in self.scope
        ):
            return f"{self.scope[expr.value.id]}.{expr.attr}"
        symbol = self.index.resolve(self.module, expr)
        return symbol.qualname if symbol else None

    def text(self, expr: ast.expr | None, depth: int = 0) -> str | None:
        """A path or prefix: a literal, a constant it names, a settings object's class default
        (``settings.API_V1_STR``), those joined (an f-string, ``api_prefix + "/item"``), a name
        bound to any of those (``PREFIX = settings.API_V1_STR``), or ``{expression}`` when
        unknown."""
        if expr is None:
            return None
        value = _string(expr)
        if value is not None:
            return value
        if isinstance(expr, ast.Name) and expr.id in self.loop_texts:
            return self.loop_texts[expr.id]
        if isinstance(expr, ast.Name) and depth < _MAX_TEXT_DEPTH:
            local = self.local_texts().get(expr.id)
            if local is not None:
                return self.text(local, depth + 1)
        if isinstance(expr, ast.Name | ast.Attribute):
            symbol = self.index.resolve(self.module, expr)
            if symbol is not None and isinstance(symbol.node, ast.Constant):
                found = _string(symbol.node)
                if found is not None:
                    return found
            if (
                symbol is not None
                and symbol.module is not None
                and isinstance(symbol.node, _NAMED_TEXT)
                and depth < _MAX_TEXT_DEPTH
            ):
                bound = _Walker(self.index, self.guards, self.out, symbol.module)
                found = bound.text(symbol.node, depth + 1)
                if found is not None and not _unknown(found):
                    return found
        if isinstance(expr, ast.Attribute):
            found = self.index.settings_default(self.module, expr)
            if found is not None:
                return found
        if isinstance(expr, ast.JoinedStr):  # f"{settings.API_V1_STR}/auth"
            return "".join(
                str(part.value)
                if isinstance(part, ast.Constant)
                else self.text(part.value, depth) or "{" + ast.unparse(part.value) + "}"
                for part in expr.values
                if isinstance(part, ast.Constant | ast.FormattedValue)
            )
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left, right = self.text(expr.left, depth), self.text(expr.right, depth)
            return None if left is None or right is None else left + right
        if isinstance(expr, ast.Name | ast.Attribute | ast.Subscript):
            return "{" + ast.unparse(expr) + "}"
        return None

    # statements ------------------------------------------------------------------------------

    def walk(self, body: Sequence[ast.stmt], conditions: tuple[str, ...], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                self.function(node, conditions)
                for keys, texts in self._helper_passes(node, body):
                    inner = _Walker(self.index, self.guards, self.out, self.module, node)
                    inner.scope = {**self.scope, **keys}
                    inner.loop_texts = texts
                    inner.walk(node.body, conditions, f"{prefix}{node.name}.")
            elif isinstance(node, ast.ClassDef):
                continue
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                self.assign(node, prefix)
                self.remember_sequence(node)
                value = node.value
                if isinstance(value, ast.Call):
                    self.call(value, conditions)
            elif isinstance(node, ast.Expr):
                if isinstance(node.value, ast.Call):
                    self.call(node.value, conditions)
                elif isinstance(node.value, ast.Await) and isinstance(node.value.value, ast.Call):
                    self.call(node.value.value, conditions)
            elif isinstance(node, ast.If):
                test = ast.unparse(node.test)
                self.walk(node.body, (*conditions, test), prefix)
                self.walk(node.orelse, (*conditions, f"not ({test})"), prefix)
            elif isinstance(node, ast.Try):
                self.walk(node.body, conditions, prefix)
                for handler in node.handlers:
                    self.walk(handler.body, conditions, prefix)
                self.walk(node.orelse, conditions, prefix)
                self.walk(node.finalbody, conditions, prefix)
            elif isinstance(node, ast.For):
                self.loop(node, conditions, prefix)
            elif isinstance(node, ast.With):
                self.walk(node.body, conditions, prefix)

    def remember_sequence(self, node: ast.Assign | ast.AnnAssign) -> None:
        """A name bound to a written list or tuple here, for a loop over it below."""
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if (
            len(targets) == 1
            and isinstance(targets[0], ast.Name)
            and isinstance(node.value, ast.List | ast.Tuple)
        ):
            self.sequences[targets[0].id] = list(node.value.elts)

    def loop(self, node: ast.For, conditions: tuple[str, ...], prefix: str) -> None:
        """``for router in (items.router, users.router): app.include_router(router, ...)``:
        the body once for each router (or module of routers) written in the list, here or in
        a name bound to one, the loop's name standing for it; with pairs (``for prefix,
        router in [("auth", auth_router), ...]``), each name for its part, a written string
        as that text (``prefix=f"/{prefix}"``); any other loop, its body once."""
        passes = self._loop_passes(node)
        if passes is None:
            self.walk(node.body, conditions, prefix)
            return
        names = {name for keys, texts in passes for name in (*keys, *texts)}
        keys_before = {n: self.scope[n] for n in names if n in self.scope}
        texts_before = {n: self.loop_texts[n] for n in names if n in self.loop_texts}
        for keys, texts in passes:
            self._unbind(names)
            self.scope.update(keys)
            self.loop_texts.update(texts)
            self.walk(node.body, conditions, prefix)
        self._unbind(names)
        self.scope.update(keys_before)
        self.loop_texts.update(texts_before)

    def _helper_passes(
        self, func: Function, body: Sequence[ast.stmt]
    ) -> list[tuple[dict[str, str], dict[str, str]]]:
        """``def include_all(prefix=""): app.include_router(users.router, prefix=prefix)``
        called beside it as ``include_all()`` and ``include_all(prefix="/api")``: its body
        once for each call, each parameter standing for what that call gives it; a helper
        that defines functions or classes, or that no call beside it names, is read once with
        its parameters unknown."""
        unread: list[tuple[dict[str, str], dict[str, str]]] = [({}, {})]
        if not _only_registers(func):
            return unread
        calls = [
            n
            for statement in body
            if statement is not func
            for n in ast.walk(statement)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == func.name
        ]
        if not calls or len(calls) > _MAX_HELPER_CALLS:
            return unread
        return [self._helper_pass(func, call) for call in calls]

    def _helper_pass(self, func: Function, call: ast.Call) -> tuple[dict[str, str], dict[str, str]]:
        """A helper's parameters in one call: a path read from the argument (or the default)
        as that text, else a router's key; a parameter given neither stays unknown."""
        params = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
        defaults = func.args.defaults
        given = dict(zip(params[len(params) - len(defaults) :], defaults, strict=True))
        given.update(zip(params, call.args, strict=False))
        given.update({k.arg: k.value for k in call.keywords if k.arg in params})
        keys: dict[str, str] = {}
        texts: dict[str, str] = {}
        for name, argument in given.items():
            text = self.text(argument)
            if text is not None and not _unknown(text):
                texts[name] = text
                continue
            key = self.key(argument)
            if key is not None:
                keys[name] = key
        return keys, texts

    def _unbind(self, names: set[str]) -> None:
        for name in names:
            self.scope.pop(name, None)
            self.loop_texts.pop(name, None)

    def _loop_passes(self, node: ast.For) -> list[tuple[dict[str, str], dict[str, str]]] | None:
        """Each pass of a loop over a written sequence of routers, as the routers' keys and
        the written strings its names stand for, when its body only registers (no function or
        class defined there); else None."""
        names = _loop_targets(node.target)
        if names is None or any(
            isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            for n in ast.walk(node)
        ):
            return None
        walker: _Walker = self
        items: list[ast.expr] | None = None
        if isinstance(node.iter, ast.List | ast.Tuple):
            items = list(node.iter.elts)
        elif isinstance(node.iter, ast.Name) and node.iter.id in self.sequences:
            items = self.sequences[node.iter.id]
        elif isinstance(node.iter, ast.Name | ast.Attribute):
            symbol = self.index.resolve(self.module, node.iter)
            if (
                symbol is not None
                and symbol.module is not None
                and isinstance(symbol.node, ast.List | ast.Tuple)
            ):
                items = list(symbol.node.elts)
                walker = _Walker(self.index, self.guards, self.out, symbol.module)
        if not items:
            return None
        passes = [walker._loop_pass(names, item) for item in items]
        return None if None in passes else [p for p in passes if p is not None]

    def _loop_pass(
        self, names: list[str], item: ast.expr
    ) -> tuple[dict[str, str], dict[str, str]] | None:
        """What a loop's names stand for in the pass over ``item``: a router's key, or (in a
        pair) a written string; None when a part is neither, or no part is a router."""
        if len(names) == 1:
            parts = [item]
        elif isinstance(item, ast.Tuple | ast.List) and len(item.elts) == len(names):
            parts = list(item.elts)
        else:
            return None
        keys: dict[str, str] = {}
        texts: dict[str, str] = {}
        for name, part in zip(names, parts, strict=True):
            written = _string(part) if len(names) > 1 else None
            if written is not None:
                texts[name] = written
                continue
            key = self.key(part)
            if key is None:
                return None
            keys[name] = key
        return (keys, texts) if keys else None

    def assign(self, node: ast.Assign | ast.AnnAssign, prefix: str) -> None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        value = node.value
        if not isinstance(value, ast.Call) or not targets:
            return
        if isinstance(targets[0], ast.Tuple):  # public_app, app = get_routers()
            made = _factory_routers(self.index, self.module, value)
            names = targets[0].elts
            if made is not None and len(made) == len(names):
                for target, (module, call) in zip(names, made, strict=True):
                    if isinstance(target, ast.Name) and call is not None:
                        self.router(target.id, call, module, prefix)
            return
        if not isinstance(targets[0], ast.Name):
            return
        if call_name(value) in _ROUTERS:
            self.router(targets[0].id, value, self.module, prefix)
            return
        made = _factory_routers(self.index, self.module, value)  # router = make_router()
        if made is not None and len(made) == 1 and made[0][1] is not None:
            from scaffold.analyze._factory_instances import instance  # rare: imported when met

            called = instance(self.index, self.module, value, made[0][1])
            if called is None:
                self.router(targets[0].id, made[0][1], made[0][0], prefix)
                return
            # canchas = construir_abm(prefijo="canchas"): the factory's routes, as this call
            # makes them, on this router; the factory's own reading is not served
            self.router(targets[0].id, called.router_call, called.module, prefix)
            inner = _Walker(self.index, self.guards, self.out, called.module, called.factory)
            inner.scope = {called.local: f"{self.module.name}.{prefix}{targets[0].id}"}
            for handler in called.handlers():
                inner.function(handler, ())
            self.out.templates.add(called.template)

    def router(self, name: str, value: ast.Call, module: Module, prefix: str) -> None:
        """A router object named ``name`` here, made by ``value`` (written in ``module``: here,
        or a factory function's module, where its dependencies are read)."""
        kind = call_name(value)
        key = f"{self.module.name}.{prefix}{name}"
        if prefix:
            self.scope[name] = key
        written = _keyword(value, "prefix") or _keyword(value, "url_prefix")
        # in a factory, a prefix that is no literal names its parameter: no path is known
        prefix_arg = (self.text(written) if module is self.module else _string(written)) or ""
        protection = self.guards.dependency_list(module, _keyword(value, "dependencies"))
        self.out.routers[key] = RouterDef(
            key, _ROUTERS[kind], self.module, prefix_arg, protection, factory=kind
        )
        routes = _keyword(value, "routes")
        if routes is not None:
            self.starlette_routes(key, routes, (), "")

    # routes ----------------------------------------------------------------------------------

    def function(self, func: Function, conditions: tuple[str, ...]) -> None:
        for position, decorator in enumerate(func.decorator_list):
            if isinstance(decorator, ast.Attribute) and decorator.attr in _HOOKS:
                self.hook(decorator.value, func, app_wide=decorator.attr == "before_app_request")
                continue
            app = _http_middleware_of(decorator)  # @app.middleware("http")
            if app is not None:
                self.hook(app, func, app_wide=False, kind="middleware")
                continue
            if not isinstance(decorator, ast.Call) or not isinstance(decorator.func, ast.Attribute):
                continue
            verb = decorator.func.attr
            receiver = decorator.func.value
            path = (
                self.text(decorator.args[0])
                if decorator.args
                else self.text(_keyword(decorator, "path") or _keyword(decorator, "rule"))
            )
            if path is None or (verb not in _VERBS and verb not in {"route", "api_route"}):
                continue
            router = self.key(receiver)
            if router is not None and router not in self.out.routers:
                self.ensure(router)
            known = router in self.out.routers
            if not known and not path.startswith("/"):
                continue
            framework = self.out.routers[router].framework if known and router else self.guess()
            methods = _methods(_keyword(decorator, "methods"))
            if verb in _VERBS:
                methods = (verb.upper(),)
            elif methods is None:
                methods = ("GET",)
            local = self.guards.dependency_list(self.module, _keyword(decorator, "dependencies"))
            for guard in func.decorator_list[position + 1 :]:
                local = local.merge(self.guards.decorator(self.module, guard))
            misplaced = [
                ast.unparse(d)
                for d in func.decorator_list[:position]
                if self.guards.decorator(self.module, d).authenticated
            ]
            if misplaced:
                local = local.merge(
                    Protection(
                        evidence=tuple(
                            f"ignored: @{m} sits above the route decorator, "
                            "so it does not wrap the registered view"
                            for m in misplaced
                        )
                    )
                )
            self.endpoint(
                func,
                func.name,
                framework=framework,
                methods=methods,
                path=path,
                router=router,
                local=local,
                conditions=conditions,
                line=decorator.lineno,
            )

    def endpoint(
        self,
        func: Function,
        name: str,
        *,
        framework: str,
        methods: tuple[str, ...],
        path: str,
        router: str | None,
        local: Protection,
        conditions: tuple[str, ...],
        module: Module | None = None,
        line: int = 0,
    ) -> None:
        owner = module or self.module
        params, users = self.guards.parameters(owner, func)
        self.out.endpoints.append(
            Endpoint(
                owner,
                func,
                name,
                framework,
                methods,
                path,
                router,
                local.merge(params),
                users,
                " and ".join(conditions) or None,
                line=line,
            )
        )

    def guess(self) -> str:
        imported = {target.partition(".")[0] for target, _ in self.module.imports.values()}
        for framework in ("fastapi", "flask", "starlette"):
            if framework in imported:
                return framework
        return "fastapi"

    def hook(
        self,
        receiver: ast.expr,
        func: Function,
        module: Module | None = None,
        *,
        app_wide: bool,
        kind: str = "before_request",
    ) -> None:
        """A ``before_request`` hook or an HTTP middleware guards the routes below it only if
        it refuses someone. A middleware that reads the request's path may let some paths
        through without the check: it guards the others when the paths it passes are written
        out (``_passed_paths``), else nothing (its routes stay reported)."""
        router = APP_WIDE if app_wide else self.key(receiver)
        owner = module or self.module
        if router is None:
            return
        passed = None
        if kind == "middleware" and reads_the_path(func):
            from scaffold.analyze._passed_paths import passed_paths  # rare: imported when met

            passed = passed_paths(self.index, owner, func)
            if passed is None:
                return
        checked = refusing_except(func)  # except NotAuthorized: abort(403)
        token_checked = kind == "middleware" and refuses_bad_token(func)
        csrf = _CSRF.search(ast.unparse(func)) is not None
        about = partial(_about_the_caller, beside_csrf=csrf)
        authenticated = (
            refuses_anonymous(func) or refusing_if(func, about) or bool(checked) or token_checked
        )
        decorated = Protection()
        for decorator in func.decorator_list if kind == "before_request" else ():
            if not (isinstance(decorator, ast.Attribute) and decorator.attr in _HOOKS):
                decorated = decorated.merge(self.guards.decorator(owner, decorator))
        if decorated.authenticated:
            previous = self.out.hooks.get(router, Protection())
            self.out.hooks[router] = previous.merge(decorated)
        if authenticated:
            guard = Protection(
                authenticated=True,
                role_checked=refusing_if(func, role_tokens)
                or checks_a_role(checked)
                or (token_checked and refuses_ungranted(func)),
                evidence=(f"{kind} {func.name} ({where(owner, func)})",),
            )
            if passed is not None:
                self.out.path_hooks.setdefault(router, []).append((guard, passed))
                return
            self.out.hooks[router] = self.out.hooks.get(router, Protection()).merge(guard)

    def call(self, call: ast.Call, conditions: tuple[str, ...]) -> None:
        registered = _http_middleware_of(call.func)  # app.middleware("http")(check_permissions)
        if registered is not None and len(call.args) == 1:
            self.registered_middleware(registered, call.args[0])
            return
        if not isinstance(call.func, ast.Attribute):
            return
        verb = call.func.attr
        parent = self.key(call.func.value)
        if parent is None:
            return
        if verb in _INCLUDES:
            # by position or by name: include_router(router=v1_router, prefix="/v1")
            if verb == "mount":
                child_expr = call.args[1] if len(call.args) > 1 else _keyword(call, "app")
                prefix_expr = call.args[0] if call.args else _keyword(call, "path")
            else:
                named = "router" if verb == "include_router" else "blueprint"
                child_expr = call.args[0] if call.args else _keyword(call, named)
                prefix_expr = _keyword(call, "prefix") or _keyword(call, "url_prefix")
            child = self.key(child_expr) if child_expr is not None else None
            if child is None:
                return
            prefix = self.text(prefix_expr)
            protection = self.guards.dependency_list(self.module, _keyword(call, "dependencies"))
            self.out.includes.append(
                Include(
                    parent,
                    child,
                    prefix,
                    protection,
                    replaces_prefix=verb == "register_blueprint",
                    conditions=conditions,
                    file=self.module.file,
                    line=call.lineno,
                    verb=verb,
                )
            )
            self.ensure(child)
        elif verb in {"add_api_route", "add_route", "add_url_rule"}:
            self.added_route(parent, call, verb, conditions)
        elif verb == "add_middleware" and call.args:
            self.added_middleware(call.func.value, call.args[0])
        elif verb in _HOOKS and call.args:
            target = self.index.resolve(self.module, call.args[0])
            if (
                target
                and target.module
                and isinstance(target.node, ast.FunctionDef | ast.AsyncFunctionDef)
            ):
                self.hook(
                    call.func.value,
                    target.node,
                    target.module,
                    app_wide=verb == "before_app_request",
                )

    def registered_middleware(self, app: ast.expr, given: ast.expr) -> None:
        """``app.middleware("http")(func)``: the decorator called by hand guards as it would."""
        target = self.index.resolve(self.module, given)
        if target is not None and target.module is not None and isinstance(target.node, Function):
            self.hook(app, target.node, target.module, app_wide=False, kind="middleware")

    def added_middleware(self, app: ast.expr, given: ast.expr) -> None:
        """``app.add_middleware(Cls)``: a project class whose ``dispatch`` refuses is a guard."""
        target = self.index.resolve(self.module, given)
        if target is None or target.module is None:
            return
        node = target.node
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item.name in (
                    "dispatch",
                    "__call__",
                ):
                    self.hook(app, item, target.module, app_wide=False, kind="middleware")

    def ensure(self, key: str) -> None:
        """Walk the module that defines router ``key`` if it has not been walked yet."""
        module_name = key.rpartition(".")[0]
        found = self.index.find(module_name)
        if found and found not in self.out.walked:
            module = self.index.module(found)
            if module is not None:
                walk_module(self.index, self.guards, self.out, module)

    def added_route(
        self, router: str, call: ast.Call, verb: str, conditions: tuple[str, ...]
    ) -> None:
        path = (
            self.text(call.args[0])
            if call.args
            else self.text(_keyword(call, "path") or _keyword(call, "rule"))
        )
        if path is None:
            return
        if verb == "add_url_rule":
            view = _keyword(call, "view_func") or (call.args[2] if len(call.args) > 2 else None)
        else:
            view = call.args[1] if len(call.args) > 1 else _keyword(call, "endpoint")
        if view is None:
            return
        framework = (
            self.out.routers[router].framework if router in self.out.routers else self.guess()
        )
        methods = _methods(_keyword(call, "methods"))
        local = self.guards.dependency_list(self.module, _keyword(call, "dependencies"))
        self.view(
            view,
            framework=framework,
            methods=methods,
            path=path,
            router=router,
            local=local,
            conditions=conditions,
        )

    def view(
        self,
        view: ast.expr,
        *,
        framework: str,
        methods: tuple[str, ...] | None,
        path: str,
        router: str | None,
        local: Protection,
        conditions: tuple[str, ...],
    ) -> None:
        """A view given by reference: a function, a wrapped function, or ``Class.as_view()``."""
        while isinstance(view, ast.Call) and call_name(view) != "as_view" and view.args:
            local = local.merge(self.guards.decorator(self.module, view.func))
            view = view.args[0]
        if isinstance(view, ast.Call) and isinstance(view.func, ast.Attribute):
            view = view.func.value  # Class.as_view("name")
        symbol = self.index.resolve(self.module, view)
        if symbol is None or symbol.module is None:
            return
        node = symbol.node
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for decorator in node.decorator_list:
                local = local.merge(self.guards.decorator(symbol.module, decorator))
            self.endpoint(
                node,
                node.name,
                framework=framework,
                methods=methods or ("GET",),
                path=path,
                router=router,
                local=local,
                conditions=conditions,
                module=symbol.module,
            )
        elif isinstance(node, ast.ClassDef):
            for method, func, guard in class_methods(self.guards, symbol.module, node):
                if methods and method not in methods:
                    continue
                self.endpoint(
                    func,
                    f"{node.name}.{func.name}",
                    framework=framework,
                    methods=(method,),
                    path=path,
                    router=router,
                    local=local.merge(guard),
                    conditions=conditions,
                    module=symbol.module,
                )

    def starlette_routes(
        self, router: str, routes: ast.expr, conditions: tuple[str, ...], prefix: str
    ) -> None:
        if isinstance(routes, ast.Name):
            symbol = self.index.resolve(self.module, routes)
            routes = symbol.node if symbol and isinstance(symbol.node, ast.List) else routes
        if not isinstance(routes, ast.List | ast.Tuple):
            return
        for item in routes.elts:
            if not isinstance(item, ast.Call):
                continue
            kind = call_name(item)
            path = self.text(item.args[0]) if item.args else self.text(_keyword(item, "path"))
            if path is None:
                continue
            if kind == "Route":
                view = item.args[1] if len(item.args) > 1 else _keyword(item, "endpoint")
                if view is not None:
                    self.view(
                        view,
                        framework="starlette",
                        methods=_methods(_keyword(item, "methods")),
                        path=prefix + path,
                        router=router,
                        local=Protection(),
                        conditions=conditions,
                    )
            elif kind == "Mount":
                inner = _keyword(item, "routes")
                if inner is not None:
                    self.starlette_routes(router, inner, conditions, prefix + path)


def class_methods(
    guards: Guards, module: Module, node: ast.ClassDef
) -> Iterator[tuple[str, Function, Protection]]:
    """HTTP methods of a ``MethodView`` / ``HTTPEndpoint`` class, with class-level guards."""
    guard = Protection()
    for statement in node.body:
        if (
            isinstance(statement, ast.Assign)
            and any(
                isinstance(t, ast.Name) and t.id in {"decorators", "method_decorators"}
                for t in statement.targets
            )
            and isinstance(statement.value, ast.List | ast.Tuple)
        ):
            for item in statement.value.elts:
                guard = guard.merge(guards.decorator(module, item))
    for decorator in node.decorator_list:
        guard = guard.merge(guards.decorator(module, decorator))
    for statement in node.body:
        if (
            isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef)
            and statement.name.upper() in _HTTP_METHODS
        ):
            own = guard
            for decorator in statement.decorator_list:
                own = own.merge(guards.decorator(module, decorator))
            yield statement.name.upper(), statement, own


def _factory_routers(
    index: Index, module: Module, call: ast.Call
) -> list[tuple[Module, ast.Call | None]] | None:
    """The routers a project function makes and returns, in order, with the module they are
    written in: ``return APIRouter(...)``, ``return router`` or ``return public_app, app``
    where each name is assigned a router call in its body (``app =
    APIRouter(dependencies=[Depends(JWTAuth())])``); None when ``call`` is no such function's
    call. A returned name made otherwise is None."""
    if not _may_make_routers(index, module, call):
        return None
    symbol = index.resolve(module, call.func)
    node = symbol.node if symbol is not None else None
    if symbol is None or symbol.module is None or not isinstance(node, ast.FunctionDef):
        return None
    made: dict[str, ast.Call] = {}
    returned: ast.expr | None = None
    for statement in node.body:
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call):
            if call_name(statement.value) in _ROUTERS:
                made.update(
                    {t.id: statement.value for t in statement.targets if isinstance(t, ast.Name)}
                )
        elif isinstance(statement, ast.Return):
            returned = statement.value
    names = returned.elts if isinstance(returned, ast.Tuple) else [returned] if returned else []
    routers = [
        made.get(n.id)
        if isinstance(n, ast.Name)
        else n
        if isinstance(n, ast.Call) and call_name(n) in _ROUTERS
        else None
        for n in names
    ]
    if not any(routers):
        return None
    return [(symbol.module, router) for router in routers]


# A module that makes a router names its class, called: read before a call is resolved,
# which may parse the module the function lives in.
_ROUTER_CALLS = tuple(f"{name}(".encode() for name in _ROUTERS)


def _may_make_routers(index: Index, module: Module, call: ast.Call) -> bool:
    """Whether ``call`` names a function of this module, or one imported by name from a
    project module that makes routers: the only calls worth resolving as a factory."""
    if not isinstance(call.func, ast.Name):
        return False
    name = call.func.id
    if name in module.defs:
        return isinstance(module.defs[name], ast.FunctionDef)
    base, attr = module.imports.get(name, ("", None))
    found = index.find(base) if attr is not None else None
    return found is not None and any(m in index.source(found).data for m in _ROUTER_CALLS)


def walk_module(index: Index, guards: Guards, out: Collected, module: Module) -> None:
    if module.name in out.walked:
        return
    out.walked.add(module.name)
    _Walker(index, guards, out, module).walk(module.tree.body, (), "")


def collect(index: Index, guards: Guards, modules: Sequence[Module]) -> Collected:
    out = Collected()
    for module in modules:
        walk_module(index, guards, out, module)
    return out


def _http_middleware_of(node: ast.expr) -> ast.expr | None:
    """The app of ``@app.middleware("http")``, a FastAPI/Starlette HTTP middleware's decorator."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "middleware"
        and len(node.args) == 1
        and _string(node.args[0]) == "http"
    ):
        return node.func.value
    return None
