"""Django and Django REST Framework: views reached from ``urls.py``, and what guards them.

Starts at ``ROOT_URLCONF`` (or every module with ``urlpatterns`` that nothing includes),
follows ``path`` / ``re_path`` / ``include`` and DRF routers, and judges each view by its
decorators (``@login_required``, ``@permission_required``, ``@api_view`` +
``@permission_classes``), its mixins (``LoginRequiredMixin``, ``PermissionRequiredMixin``),
DRF ``permission_classes`` (inherited through local base classes, else
``REST_FRAMEWORK["DEFAULT_PERMISSION_CLASSES"]``, else DRF's own default ``AllowAny``) and
Django's ``LoginRequiredMiddleware``.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator

from scaffold.analyze._drf import AUTH, ROLE, Settings, permissions, read_settings
from scaffold.analyze._guards import Guards, where
from scaffold.analyze._model import WRITE_METHODS, Protection
from scaffold.analyze._modules import Index, Module
from scaffold.analyze._routes import Endpoint
from scaffold.analyze._signals import call_name

__all__ = ["collect_django"]

Function = ast.FunctionDef | ast.AsyncFunctionDef
_NONE = Protection()

_MIXINS = {
    "LoginRequiredMixin": AUTH,
    "PermissionRequiredMixin": ROLE,
    "UserPassesTestMixin": ROLE,
    "StaffuserRequiredMixin": ROLE,
    "SuperuserRequiredMixin": ROLE,
}
_DRF_BASES = re.compile(r"APIView$|ViewSet$|^(?:List|Create|Retrieve|Update|Destroy)\w*APIView$")
# DRF views from libraries that answer POST (log in, get or refresh a token).
_TOKEN_VIEWS = re.compile(
    r"^(?:ObtainAuthToken|ObtainJSONWebToken\w*|Token(?:Obtain|Refresh|Verify)\w*View)$"
)
_VIEWSET_ACTIONS = {
    "list": ("GET", False),
    "create": ("POST", False),
    "retrieve": ("GET", True),
    "update": ("PUT", True),
    "partial_update": ("PATCH", True),
    "destroy": ("DELETE", True),
}
_MIXIN_ACTIONS = {
    "ListModelMixin": ("list",),
    "CreateModelMixin": ("create",),
    "RetrieveModelMixin": ("retrieve",),
    "UpdateModelMixin": ("update", "partial_update"),
    "DestroyModelMixin": ("destroy",),
    "ModelViewSet": ("list", "create", "retrieve", "update", "partial_update", "destroy"),
    "ReadOnlyModelViewSet": ("list", "retrieve"),
}
# The actions DRF's generic views call per method (ListCreateAPIView: list and create, ...).
_GENERIC_ACTIONS = {
    "List": (("get", "list"),),
    "Retrieve": (("get", "retrieve"),),
    "Create": (("post", "create"),),
    "Update": (("put", "update"), ("patch", "partial_update")),
    "Destroy": (("delete", "destroy"),),
}
# What DRF's inherited actions do: the ownership rule reads these like written code.
_ACTION_BODIES = {
    "retrieve": (
        "instance = self.get_object()\n"
        "serializer = self.get_serializer(instance)\n"
        "return Response(serializer.data)"
    ),
    "create": (
        "serializer = self.get_serializer(data=request.data)\n"
        "serializer.is_valid(raise_exception=True)\n"
        "serializer.save()"
    ),
    "update": (
        "instance = self.get_object()\n"
        "serializer = self.get_serializer(instance, data=request.data)\n"
        "serializer.is_valid(raise_exception=True)\n"
        "serializer.save()"
    ),
    "destroy": "instance = self.get_object()\ninstance.delete()",
    # Django's UpdateView.post: the form saves the object loaded from the URL.
    "form_update": (
        "instance = self.get_object()\nform = self.get_form(instance=instance)\nform.save()"
    ),
}
# Django generic views whose POST changes the object named in the URL.
_CBV_ACTIONS = {"UpdateView": "form_update", "DeleteView": "destroy"}
_ACTION_BODIES["partial_update"] = _ACTION_BODIES["update"]
_CBV_METHODS = {
    "CreateView": ("GET", "POST"),
    "UpdateView": ("GET", "POST"),
    "FormView": ("GET", "POST"),
    "DeleteView": ("GET", "POST"),
}
# Decorators that exempt a view from a middleware requiring every caller to sign in: Django's
# own, and the names projects give theirs (EvaP's ``no_login_required``).
_LOGIN_EXEMPT = frozenset({"login_not_required", "no_login_required", "login_exempt"})


def _exempt(name: str) -> Protection:
    """A view marked exempt from signing in by the decorator ``name``."""
    return Protection(public=f"explicitly public (@{name})")


_METHOD_DECORATORS = {
    "require_POST": ("POST",),
    "require_GET": ("GET",),
    "require_safe": ("GET", "HEAD"),
}
_HTTP = ("get", "post", "put", "patch", "delete")
_OBJECT_METHODS = ("get_queryset", "get_object", "perform_update", "perform_destroy", "dispatch")


class _Django:
    def __init__(self, index: Index, guards: Guards, settings: Settings) -> None:
        self.index, self.guards, self.settings = index, guards, settings
        self.out: list[tuple[Endpoint, str, Protection]] = []
        self.visited: set[str] = set()

    # urls -----------------------------------------------------------------------------------

    def urlconf(self, module: Module, prefix: str) -> None:
        if module.name in self.visited:
            return
        self.visited.add(module.name)
        for items in self._pattern_lists(module):
            self.patterns(module, items, prefix, _NONE)

    @staticmethod
    def _pattern_lists(module: Module) -> Iterator[ast.expr]:
        for node in module.tree.body:
            if (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "urlpatterns" for t in node.targets)
            ) or (
                isinstance(node, ast.AugAssign)
                and isinstance(node.target, ast.Name)
                and node.target.id == "urlpatterns"
            ):
                yield node.value

    def patterns(self, module: Module, expr: ast.expr, prefix: str, wrap: Protection) -> None:
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            self.patterns(module, expr.left, prefix, wrap)
            self.patterns(module, expr.right, prefix, wrap)
            return
        if isinstance(expr, ast.Attribute) and expr.attr == "urls":
            self.drf_router(module, expr.value, prefix, wrap)
            return
        if isinstance(expr, ast.Name):
            symbol = self.index.resolve(module, expr)
            if symbol and symbol.module is not None and isinstance(symbol.node, ast.expr):
                self.patterns(symbol.module, symbol.node, prefix, wrap)
            return
        if not isinstance(expr, ast.List | ast.Tuple):
            return
        for item in expr.elts:
            if (
                not isinstance(item, ast.Call)
                or call_name(item) not in {"path", "re_path", "url"}
                or len(item.args) < 2
            ):
                continue
            route = item.args[0]
            text = (
                route.value
                if isinstance(route, ast.Constant) and isinstance(route.value, str)
                else ""
            )
            if call_name(item) != "path":
                text = text.lstrip("^").rstrip("$")
            self.view(module, item.args[1], prefix + text, wrap)

    def view(self, module: Module, expr: ast.expr, path: str, wrap: Protection) -> None:
        if isinstance(expr, ast.Call):
            kind = call_name(expr)
            if kind == "include" and expr.args:
                self.include(module, expr.args[0], path, wrap)
            elif kind == "as_view" and isinstance(expr.func, ast.Attribute):
                symbol = self.index.resolve(module, expr.func.value)
                if symbol and symbol.module is not None and isinstance(symbol.node, ast.ClassDef):
                    self.view_class(symbol.module, symbol.node, path, wrap, None)
            elif expr.args:
                guard = self.guards.decorator(module, expr.func)
                self.view(module, expr.args[0], path, wrap.merge(guard))
            return
        symbol = self.index.resolve(module, expr)
        if (
            symbol
            and symbol.module is not None
            and isinstance(symbol.node, ast.FunctionDef | ast.AsyncFunctionDef)
        ):
            self.view_function(symbol.module, symbol.node, path, wrap)

    def include(self, module: Module, target: ast.expr, path: str, wrap: Protection) -> None:
        if isinstance(target, ast.Tuple) and target.elts:
            target = target.elts[0]
        if isinstance(target, ast.Constant) and isinstance(target.value, str):
            found = self.index.find(target.value)
            inner = self.index.module(found) if found else None
            if inner is not None and inner.name not in self.visited:
                self.visited.add(inner.name)
                for items in self._pattern_lists(inner):
                    self.patterns(inner, items, path, wrap)
        else:
            self.patterns(module, target, path, wrap)

    def drf_router(self, module: Module, router: ast.expr, prefix: str, wrap: Protection) -> None:
        symbol = self.index.resolve(module, router)
        if symbol is None or symbol.module is None:
            return
        owner, name = symbol.module, symbol.name
        for node in ast.walk(owner.tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "register"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == name
                and len(node.args) >= 2
            ):
                route = node.args[0]
                text = (
                    route.value
                    if isinstance(route, ast.Constant) and isinstance(route.value, str)
                    else ""
                )
                viewset = self.index.resolve(owner, node.args[1])
                if (
                    viewset
                    and viewset.module is not None
                    and isinstance(viewset.node, ast.ClassDef)
                ):
                    self.view_class(
                        viewset.module, viewset.node, prefix + text.strip("^$"), wrap, "router"
                    )

    # views ----------------------------------------------------------------------------------

    def view_function(self, module: Module, func: Function, path: str, wrap: Protection) -> None:
        guard = wrap
        methods: tuple[str, ...] | None = None
        drf = False
        drf_guard: tuple[Protection, Protection] | None = None
        public = ""  # the decorator that exempts the view from signing in
        for decorator in func.decorator_list:
            name = call_name(decorator)
            if name == "api_view":
                drf = True
                methods = (
                    _strings(decorator.args[0])
                    if isinstance(decorator, ast.Call) and decorator.args
                    else ("GET",)
                )
            elif (
                name == "permission_classes" and isinstance(decorator, ast.Call) and decorator.args
            ):
                drf_guard = permissions(self.index, self.guards, module, decorator.args[0])
            elif name in _METHOD_DECORATORS:
                methods = _METHOD_DECORATORS[name]
            elif (
                name == "require_http_methods"
                and isinstance(decorator, ast.Call)
                and decorator.args
            ):
                methods = _strings(decorator.args[0])
            elif name in _LOGIN_EXEMPT:
                public = name
            elif name == "user_passes_test":
                guard = guard.merge(
                    Protection(
                        authenticated=True,
                        role_checked=True,
                        evidence=(f"@user_passes_test ({where(module, decorator)})",),
                    )
                )
            else:
                guard = guard.merge(self.guards.decorator(module, decorator))
        if methods is None:
            methods = _inferred_methods(func)
        if drf:
            read, write = drf_guard or (self.settings.default_read, self.settings.default_write)
            per = write if WRITE_METHODS.intersection(methods) else read
            guard = guard.merge(per)
        elif public:
            guard = guard.merge(_exempt(public))
        elif self.settings.login_middleware:
            guard = guard.merge(
                Protection(authenticated=True, evidence=(self.settings.login_middleware,))
            )
        framework = "drf" if drf else "django"
        self.add(
            module, func, func.name, framework=framework, methods=methods, path=path, guard=guard
        )

    def add(
        self,
        module: Module,
        func: Function,
        name: str,
        *,
        framework: str,
        methods: tuple[str, ...],
        path: str,
        guard: Protection,
        model: str = "",
    ) -> None:
        path = "/" + path.lstrip("/")
        for middleware in self.settings.path_guards:
            if middleware.covers(path):
                guard = guard.merge(middleware.protection)
        endpoint = Endpoint(module, func, name, framework, methods, path, None, guard, frozenset())
        endpoint.model = model
        self.out.append((endpoint, path, guard))

    def hierarchy(
        self, module: Module, node: ast.ClassDef, depth: int = 0
    ) -> tuple[list[tuple[Module, ast.ClassDef]], set[str]]:
        """Local classes (the view first, then its bases) and the names of external bases."""
        local = [(module, node)]
        external: set[str] = set()
        if depth > 8:
            return local, external
        for base in node.bases:
            symbol = self.index.resolve(module, base)
            if symbol and symbol.module is not None and isinstance(symbol.node, ast.ClassDef):
                more, names = self.hierarchy(symbol.module, symbol.node, depth + 1)
                local.extend(more)
                external |= names
            else:
                external.add(symbol.name if symbol else call_name(base))
        return local, external

    def view_class(
        self, module: Module, node: ast.ClassDef, path: str, wrap: Protection, router: str | None
    ) -> None:
        classes, external = self.hierarchy(module, node)
        drf = (
            any(_DRF_BASES.search(name) or _TOKEN_VIEWS.match(name) for name in external)
            or router is not None
        )
        methods = {}
        for owner, cls in reversed(classes):
            for item in cls.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    methods[item.name] = (owner, item)
        guard = wrap.merge(self.class_guard(classes, external))
        if drf:
            self.drf_class(
                module,
                node,
                path,
                guard,
                classes=classes,
                external=external,
                methods=methods,
                viewset=router is not None,
            )
            return
        if self.settings.login_middleware and not guard.public:
            guard = guard.merge(
                Protection(authenticated=True, evidence=(self.settings.login_middleware,))
            )
        verbs = [m.upper() for m in _HTTP if m in methods]
        if not verbs:
            verbs = list(next((v for k, v in _CBV_METHODS.items() if k in external), ("GET",)))
        extra = _object_body(methods)
        action = next((a for base, a in _CBV_ACTIONS.items() if base in external), None)
        for verb in verbs:
            inherited = _synthetic(node, verb.lower(), extra, action if verb == "POST" else None)
            owner, func = methods.get(verb.lower(), (module, inherited))
            self.add(
                owner,
                _with_extra(func, extra),
                f"{node.name}.{func.name}",
                framework="django",
                methods=(verb,),
                path=path,
                guard=guard.merge(self.method_guard(owner, func)),
            )

    def method_guard(self, module: Module, func: Function) -> Protection:
        """What a class-based view's own handler method is decorated with: ``@login_required``
        or ``@method_decorator(login_required)`` on ``def post(self, request)``, as OnlineJudge
        guards its API views (a decorator class with ``__get__``)."""
        guard = _NONE
        for decorator in func.decorator_list:
            if call_name(decorator) == "method_decorator" and isinstance(decorator, ast.Call):
                if not decorator.args:
                    continue
                decorator = decorator.args[0]  # noqa: PLW2901 - the decorator it wraps
            guard = guard.merge(self.guards.decorator(module, decorator))
        return guard

    def _decorates_classes(self, module: Module, decorator: ast.expr) -> bool:
        """Whether a plain class decorator is a check made by a factory of the tree that also
        takes classes (it applies itself to ``dispatch``, as EvaP's
        ``class_or_function_check_decorator`` does). Django's own ``login_required`` on a
        class does not guard it, so nothing else counts."""
        if not isinstance(decorator, ast.Name | ast.Attribute):
            return False
        symbol = self.guards.index.resolve(module, decorator)
        node = symbol.node if symbol is not None else None
        if symbol is None or symbol.module is None or not isinstance(node, ast.FunctionDef):
            return False
        factory = self.guards.check_factory(symbol.module, node)
        names = {call_name(n) for n in ast.walk(factory)} if factory is not None else set()
        return bool(names & {"isclass", "method_decorator"})

    def class_guard(
        self, classes: list[tuple[Module, ast.ClassDef]], external: set[str]
    ) -> Protection:
        guard = _NONE
        for name in external:
            if name in _MIXINS:
                guard = guard.merge(_MIXINS[name].merge(Protection(evidence=(name,))))
        for owner, cls in classes:
            for decorator in cls.decorator_list:
                if call_name(decorator) in _LOGIN_EXEMPT:  # @no_login_required class ...View
                    guard = guard.merge(_exempt(call_name(decorator)))
                if self._decorates_classes(owner, decorator):  # @manager_required class ...View
                    guard = guard.merge(self.guards.decorator(owner, decorator))
                if (
                    call_name(decorator) == "method_decorator"
                    and isinstance(decorator, ast.Call)
                    and decorator.args
                ):
                    inner = decorator.args[0]
                    if call_name(inner) in _LOGIN_EXEMPT:
                        guard = guard.merge(_exempt(call_name(inner)))
                    else:
                        guard = guard.merge(self.guards.decorator(owner, inner))
            for item in cls.body:
                if (
                    isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
                    and item.name == "dispatch"
                ):
                    for decorator in item.decorator_list:
                        if (
                            call_name(decorator) == "method_decorator"
                            and isinstance(decorator, ast.Call)
                            and decorator.args
                        ):
                            guard = guard.merge(self.guards.decorator(owner, decorator.args[0]))
            if (
                cls is not classes[0][1]
                and cls.name not in _MIXINS
                and re.search(r"Mixin$", cls.name)
            ):
                dispatch = next(
                    (
                        i
                        for i in cls.body
                        if isinstance(i, ast.FunctionDef) and i.name == "dispatch"
                    ),
                    None,
                )
                if dispatch is not None:
                    guard = guard.merge(self.guards.function(owner, dispatch, cls.name))
            guard = guard.merge(_object_refusal(owner, cls))
        return guard

    def drf_class(
        self,
        module: Module,
        node: ast.ClassDef,
        path: str,
        guard: Protection,
        *,
        classes: list[tuple[Module, ast.ClassDef]],
        external: set[str],
        methods: dict[str, tuple[Module, Function]],
        viewset: bool,
    ) -> None:
        read, write = self.class_permissions(classes)
        lookup = _class_string(classes, "lookup_field") or "pk"
        model = _class_model(classes)
        extra = _object_body(methods)
        actions: list[
            tuple[str, str, bool, Function, Module, tuple[Protection, Protection] | None]
        ] = []
        if viewset:
            names: set[str] = set()
            for base in external:
                names.update(_MIXIN_ACTIONS.get(base, ()))
            names.update(n for n in _VIEWSET_ACTIONS if n in methods)
            for name in sorted(names, key=list(_VIEWSET_ACTIONS).index):
                verb, detail = _VIEWSET_ACTIONS[name]
                owner, func = methods.get(name, (module, _synthetic(node, name, extra)))
                actions.append((name, verb, detail, func, owner, None))
            for name, (owner, func) in methods.items():
                action = next((d for d in func.decorator_list if call_name(d) == "action"), None)
                if isinstance(action, ast.Call):
                    verbs = _strings(_kw(action, "methods")) or ("GET",)
                    detail = (
                        isinstance(_kw(action, "detail"), ast.Constant)
                        and getattr(_kw(action, "detail"), "value", False) is True
                    )
                    perms = _kw(action, "permission_classes")
                    own = (
                        permissions(self.index, self.guards, owner, perms)
                        if perms is not None
                        else None
                    )
                    url = _string(_kw(action, "url_path")) or name
                    for verb in verbs:
                        actions.append((f"{name}/{url}", verb, detail, func, owner, own))
        else:
            generic = {
                verb: action
                for key, pairs in _GENERIC_ACTIONS.items()
                if any(key in base for base in external if base.endswith("APIView"))
                for verb, action in pairs
            }
            if any(_TOKEN_VIEWS.match(base) for base in external):
                generic.setdefault("post", "post")
            for verb in _HTTP:
                called = generic.get(verb)
                if verb in methods:
                    owner, func = methods[verb]
                elif called is not None:
                    # DRF's get/put/... call the action: the written one, else the inherited.
                    written = methods.get(called) or (
                        methods.get("update") if called == "partial_update" else None
                    )
                    owner, func = written or (module, _synthetic(node, called, extra))
                else:
                    continue
                actions.append((verb, verb.upper(), False, func, owner, None))
        for name, verb, detail, func, owner, own in actions:
            r, w = own or (read, write)
            per = w if verb in WRITE_METHODS else r
            url = path.rstrip("/") + "/"
            if viewset and detail:
                url += f"<{lookup}>/"
            if "/" in name:
                url += name.partition("/")[2] + "/"
            self.add(
                owner,
                _with_extra(func, extra),
                f"{node.name}.{func.name}",
                framework="drf",
                methods=(verb,),
                path=url,
                guard=guard.merge(per),
                model=model,
            )

    def class_permissions(
        self, classes: list[tuple[Module, ast.ClassDef]]
    ) -> tuple[Protection, Protection]:
        for owner, cls in classes:
            for item in cls.body:
                if isinstance(item, ast.FunctionDef) and item.name == "get_permissions":
                    return self._get_permissions(owner, item)
                targets = (
                    item.targets
                    if isinstance(item, ast.Assign)
                    else [item.target]
                    if isinstance(item, ast.AnnAssign)
                    else []
                )
                value = getattr(item, "value", None)
                if value is not None and any(
                    isinstance(t, ast.Name) and t.id == "permission_classes" for t in targets
                ):
                    return permissions(self.index, self.guards, owner, value)
        return self.settings.default_read, self.settings.default_write

    def _get_permissions(self, module: Module, func: Function) -> tuple[Protection, Protection]:
        """``get_permissions`` picks per action: writes get the strongest, reads the weakest."""
        found = [
            permissions(self.index, self.guards, module, node)
            for node in ast.walk(func)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name | ast.Attribute)
            and call_name(node)[:1].isupper()
        ]
        if not found:
            return self.settings.default_read, self.settings.default_write
        strongest = max(found, key=lambda pair: (pair[1].authenticated, pair[1].role_checked))
        weakest = min(found, key=lambda pair: (pair[0].authenticated, pair[0].role_checked))
        return weakest[0], strongest[1]


def _kw(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _string(expr: ast.expr | None) -> str | None:
    return expr.value if isinstance(expr, ast.Constant) and isinstance(expr.value, str) else None


def _strings(expr: ast.expr | None) -> tuple[str, ...]:
    if isinstance(expr, ast.List | ast.Tuple | ast.Set):
        return tuple(
            e.value.upper()
            for e in expr.elts
            if isinstance(e, ast.Constant) and isinstance(e.value, str)
        )
    return ()


def _class_string(classes: list[tuple[Module, ast.ClassDef]], name: str) -> str | None:
    for _, cls in classes:
        for item in cls.body:
            if isinstance(item, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in item.targets
            ):
                return _string(item.value)
    return None


def _class_model(classes: list[tuple[Module, ast.ClassDef]]) -> str:
    """``queryset = Article.objects.all()`` or ``model = Article``: the view's model."""
    for _, cls in classes:
        for item in cls.body:
            if isinstance(item, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id in {"queryset", "model"} for t in item.targets
            ):
                found = re.match(r"([A-Z]\w*)\b", ast.unparse(item.value))
                if found:
                    return found.group(1)
    return ""


def _inferred_methods(func: Function) -> tuple[str, ...]:
    """A plain Django view answers every method; report the ones its body handles."""
    found = ["GET"]
    text = ast.unparse(func)
    for verb in ("POST", "PUT", "PATCH", "DELETE"):
        if f"'{verb}'" in text or f'"{verb}"' in text:
            found.append(verb)
    if "request.POST" in text and "POST" not in found:
        found.append("POST")
    return tuple(found)


def _object_body(methods: dict[str, tuple[Module, Function]]) -> list[ast.stmt]:
    body: list[ast.stmt] = []
    for name in _OBJECT_METHODS:
        if name in methods:
            body.extend(methods[name][1].body)
    return body


def _synthetic(
    node: ast.ClassDef, name: str, body: list[ast.stmt], action: str | None = None
) -> ast.FunctionDef:
    """An inherited action (``ModelViewSet.destroy``) stands at its class's line, with what
    the framework's own action does (``self.get_object()`` then ``delete()``), so rules can
    read it."""
    statements: list[ast.stmt] = [ast.Expr(ast.Constant(ast.get_docstring(node) or ""))]
    behaviour = _ACTION_BODIES.get(action or name)
    if behaviour is not None:
        statements.extend(ast.parse(behaviour).body)
    func = ast.FunctionDef(
        name=name,
        args=ast.arguments(
            posonlyargs=[],
            args=[ast.arg("self"), ast.arg("request")],
            kwonlyargs=[],
            kw_defaults=[],
            defaults=[],
        ),
        body=statements,
        decorator_list=[],
        returns=None,
    )
    _no_type_params(func)
    for item in ast.walk(func):
        if "lineno" in item._attributes:
            item.lineno = item.end_lineno = node.lineno  # type: ignore[attr-defined]
            item.col_offset = item.end_col_offset = node.col_offset  # type: ignore[attr-defined]
    return func


_REFUSED = re.compile(r"\b(?:PermissionDenied|Forbidden)\b")  # not Http404: a visibility check
# A test of who may change the object ("can_edit", "has_perm('judge.change_ticket')"), not
# who may see it ("can_view", "is_accessible_by"): anonymous callers may see public records.
_MAY_CHANGE = re.compile(r"edit|change|delete|manage|modify|update|write|perm|owner|author", re.I)


def _object_refusal(module: Module, cls: ast.ClassDef) -> Protection:
    """A ``get_object`` that refuses the caller unless a test of who may change the object
    passes, as wafer's ``EditOwnTalksMixin`` does (``if object_.can_edit(self.request.user):
    return object_``, else ``raise PermissionDenied``): every handler that loads the object
    is checked against the caller, anonymous callers included. A visibility test
    (``can_view``) or a 404 says nothing of signing in."""
    method = next(
        (
            item
            for item in cls.body
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
            and item.name == "get_object"
        ),
        None,
    )
    if method is None:
        return _NONE
    tests = [ast.unparse(node.test) for node in ast.walk(method) if isinstance(node, ast.If)]
    tests_caller = any("request.user" in test and _MAY_CHANGE.search(test) for test in tests)
    refuses = any(
        isinstance(node, ast.Raise)
        and node.exc is not None
        and _REFUSED.search(ast.unparse(node.exc))
        for node in ast.walk(method)
    )
    if not (tests_caller and refuses):
        return _NONE
    return Protection(
        authenticated=True,
        ownership_checked=True,
        evidence=(f"{cls.name}.get_object refuses the caller ({where(module, method)})",),
    )


def _no_type_params(func: ast.FunctionDef) -> None:
    if sys.version_info >= (3, 12):
        func.type_params = []


def _with_extra(func: Function, extra: list[ast.stmt]) -> Function:
    """The action plus the queryset/object hooks that run with it (ownership lives there)."""
    if not extra:
        return func
    merged = ast.FunctionDef(
        name=func.name, args=func.args, body=[*func.body, *extra], decorator_list=[], returns=None
    )
    _no_type_params(merged)
    merged.lineno, merged.col_offset = func.lineno, func.col_offset
    return merged


def collect_django(
    index: Index, guards: Guards, entries: list[Module]
) -> list[tuple[Endpoint, str, Protection]]:
    urlconfs = [
        m
        for m in entries
        if "urlpatterns" in m.defs
        or any(
            isinstance(n, ast.AugAssign)
            and isinstance(n.target, ast.Name)
            and n.target.id == "urlpatterns"
            for n in m.tree.body
        )
    ]
    if not urlconfs:
        return []
    settings = read_settings(index, guards, entries)
    django = _Django(index, guards, settings)
    if settings.root_urlconf:
        found = index.find(settings.root_urlconf)
        root = index.module(found) if found else None
        if root is not None:
            django.urlconf(root, "")
    included = _included(urlconfs)
    for module in urlconfs:
        if module.name not in included:
            django.urlconf(module, "")
    for module in urlconfs:
        django.urlconf(module, "")
    return django.out


def _included(modules: list[Module]) -> set[str]:
    names: set[str] = set()
    for module in modules:
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Call) and call_name(node) == "include" and node.args:
                target = node.args[0]
                if isinstance(target, ast.Tuple) and target.elts:
                    target = target.elts[0]
                if isinstance(target, ast.Constant) and isinstance(target.value, str):
                    names.add(target.value)
    return {m.name for m in modules if any(m.name == n or m.name.endswith("." + n) for n in names)}
