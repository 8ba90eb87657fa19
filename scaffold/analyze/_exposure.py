"""Handlers that answer with the process environment or the application's settings whole.

A debug or diagnostic route that returns ``dict(os.environ)``, ``os.environ.copy()``,
``{k: v for k, v in os.environ.items()}``, ``settings.model_dump()`` of a settings object that
holds secrets, Flask's ``app.config`` or Django's ``settings`` hands every secret the process
has (signing keys, database passwords, API tokens) to whoever calls it. Reading one named value
(``os.environ["PORT"]``, ``settings.VERSION``, ``app.config.get("DEBUG")``) is not a dump, and
neither are the variable names alone (``list(os.environ.keys())``).

Only what reaches the answer counts: the dump inside a ``return`` (``return jsonify(...)``,
``return {"env": dict(os.environ)}``) or in a name that is returned.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass

from scaffold.analyze._modules import Index, Module
from scaffold.analyze._signals import assignments, call_name, field_names, returned_values

__all__ = ["Exposure", "SettingsKind", "environ_names", "find_exposure", "settings_kind"]

Function = ast.FunctionDef | ast.AsyncFunctionDef

# What a name refers to, for the settings test: "settings" (holds secrets), "plain" (a
# settings class of the tree without a secret-like field), "" (not settings), or "named"
# (defined outside the tree or unreadable: judged by its name).
SettingsKind = Callable[[ast.expr], str]

_WHOLE_USES = frozenset({"copy", "items", "values", "to_dict"})
_DUMP_METHODS = frozenset({"dict", "model_dump", "json", "model_dump_json", "to_dict", "as_dict"})
_LIMITS = frozenset({"include"})
_CARRIERS = frozenset(
    {
        "dict",
        "list",
        "tuple",
        "sorted",
        "str",
        "repr",
        "copy",
        "deepcopy",
        "OrderedDict",
        "dumps",
        "jsonify",
        "make_response",
        "Response",
        "JSONResponse",
        "ORJSONResponse",
        "UJSONResponse",
        "JsonResponse",
        "HttpResponse",
        "PlainTextResponse",
    }
)
_KEEPS_ALL = re.compile(r"^\w+\.isupper\(\)$|^not \w+\.startswith\(['\"]_['\"]\)$")
_FLASK_CONFIG = re.compile(r"(?:^|\.)(?:app|current_app|flask_app|application)\.config$")
_SETTINGS_NAME = re.compile(r"(?:^|\.|_)(?:settings|config|conf|cfg)$", re.IGNORECASE)
_SECRET_FIELD = re.compile(
    r"secret|password|passwd|token|api_?key|private|credential|dsn|database_url|db_url|"
    r"_uri$|_url$|salt|signing|access_key",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Exposure:
    """``what``: the dump as written (``dict(os.environ)``); ``judged_by_name``: the settings
    object could not be read, so its name says it is settings."""

    line: int
    what: str
    judged_by_name: bool = False


def secret_fields(node: ast.ClassDef) -> bool:
    """Whether a settings class declares a field whose name says it holds a secret."""
    return any(_SECRET_FIELD.search(name) for name in field_names(node))


def _parents(func: Function) -> dict[ast.AST, ast.AST]:
    return {child: parent for parent in ast.walk(func) for child in ast.iter_child_nodes(parent)}


class _Finder:
    def __init__(self, func: Function, environ: frozenset[str], kind: SettingsKind) -> None:
        self.func, self.environ, self.kind = func, environ, kind
        self.parents = _parents(func)
        self.locals = _local_names(func)

    def whole_use(self, node: ast.expr) -> bool:
        """``node`` is used whole: returned, passed on, copied or iterated, not indexed."""
        parent = self.parents.get(node)
        if isinstance(parent, ast.Subscript) and parent.value is node:
            return False  # os.environ["PORT"]
        if isinstance(parent, ast.Attribute):
            call = self.parents.get(parent)
            return parent.attr in _WHOLE_USES and isinstance(call, ast.Call) and call.func is parent
        if isinstance(parent, ast.Call):
            # Given whole to a copy or a response (dict(os.environ), jsonify(app.config));
            # handed to some other function (search(app.config, ...)), it is that function's.
            return call_name(parent) in _CARRIERS
        return not isinstance(parent, ast.Compare)  # "KEY" in os.environ

    def filtered(self, node: ast.AST) -> bool:
        """Inside a comprehension with a condition: a chosen subset, not the whole; except a
        condition every setting passes (``name.isupper()``, ``not name.startswith("_")``)."""
        current: ast.AST | None = node
        while current is not None:
            if isinstance(current, ast.comprehension) and current.ifs:
                return not all(_KEEPS_ALL.search(ast.unparse(test)) for test in current.ifs)
            current = self.parents.get(current)
        return False

    def dump(self, node: ast.AST) -> tuple[str, bool] | None:
        """What ``node`` dumps, and whether the settings were judged by name."""
        if isinstance(node, ast.Name | ast.Attribute):
            text = ast.unparse(node)
            whole = self.whole_use(node) and not self.filtered(node)
            if text in self.environ and whole:
                return "the process environment", False
            if _FLASK_CONFIG.search(text) and whole:
                return "the application's config", False
            if isinstance(node, ast.Attribute) and node.attr == "__dict__":
                return self._settings(node.value)
        if isinstance(node, ast.Call):
            name = call_name(node)
            if (
                isinstance(node.func, ast.Attribute)
                and name in _DUMP_METHODS
                and not any(k.arg in _LIMITS for k in node.keywords)
            ):
                return self._settings(node.func.value)
            if name in {"vars", "dir"} and isinstance(node.func, ast.Name) and node.args:
                if name == "dir" and (not self._values_read(node) or self.filtered(node)):
                    return None  # dir(settings) alone lists names, not values
                return self._settings(node.args[0])
        return None

    def _values_read(self, call: ast.Call) -> bool:
        """``{k: getattr(settings, k) for k in dir(settings)}``: the values, not just names."""
        current: ast.AST | None = call
        while current is not None and not isinstance(
            current, ast.DictComp | ast.ListComp | ast.SetComp | ast.GeneratorExp
        ):
            current = self.parents.get(current)
        return current is not None and any(
            isinstance(n, ast.Call) and call_name(n) == "getattr" for n in ast.walk(current)
        )

    def shown(self, node: ast.AST) -> str:
        """The dump as the reader wrote it: ``dict(os.environ)``, not ``os.environ``."""
        shown = node
        for _ in range(5):
            parent = self.parents.get(shown)
            if not isinstance(
                parent,
                ast.Call
                | ast.Attribute
                | ast.comprehension
                | ast.DictComp
                | ast.ListComp
                | ast.SetComp
                | ast.GeneratorExp,
            ):
                break
            shown = parent
            if not isinstance(parent, ast.Call | ast.Attribute | ast.comprehension):
                break
        text = ast.unparse(shown)
        return text if len(text) <= 70 else text[:67] + "..."

    def local(self, expr: ast.expr) -> bool:
        """A name bound in the handler (a record called ``settings``), not the application's."""
        root = expr
        while isinstance(root, ast.Attribute):
            root = root.value
        return isinstance(root, ast.Name) and root.id in self.locals

    def returned_whole(self, value: ast.Name | ast.Attribute) -> bool:
        return not self.local(value) and self.kind(value) == "settings"

    def _settings(self, receiver: ast.expr) -> tuple[str, bool] | None:
        if self.local(receiver):
            return None
        kind = self.kind(receiver)
        if kind == "settings":
            return "the application's settings", False
        if kind == "named":
            return "the application's settings", True
        return None


def _local_names(func: Function) -> set[str]:
    """Names bound in the handler (assignments, loop targets); parameters are not: a settings
    object arrives as one (``settings: Settings = Depends(get_settings)``)."""
    found: set[str] = set()
    for node in ast.walk(func):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            found.add(node.id)
    return found


def find_exposure(func: Function, environ: frozenset[str], kind: SettingsKind) -> Exposure | None:
    """The first dump of the environment or settings that reaches the handler's answer."""
    finder = _Finder(func, environ, kind)
    dumped: dict[str, tuple[ast.AST, str, bool]] = {}
    for node in assignments(func):
        found = _first_dump(finder, node.value, dumped) if node.value is not None else None
        if found is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            dumped.update({t.id: found for t in targets if isinstance(t, ast.Name)})
    for line, value in returned_values(func):
        if isinstance(value, ast.Name | ast.Attribute) and finder.returned_whole(value):
            # return settings: the framework serializes every field
            return Exposure(line, f"the application's settings (return {ast.unparse(value)})")
        found = _first_dump(finder, value, dumped)
        if found is not None:
            source, what, by_name = found
            shown = finder.shown(source)
            return Exposure(getattr(source, "lineno", line), f"{what} ({shown})", by_name)
    return None


def _first_dump(
    finder: _Finder, expr: ast.expr, dumped: dict[str, tuple[ast.AST, str, bool]]
) -> tuple[ast.AST, str, bool] | None:
    for node in ast.walk(expr):
        if isinstance(node, ast.Name) and node.id in dumped and isinstance(node.ctx, ast.Load):
            return dumped[node.id]
        found = finder.dump(node)
        if found is not None:
            return node, found[0], found[1]
    return None


def environ_names(module: Module) -> frozenset[str]:
    """How the module spells the process environment (``os.environ``, ``environ``)."""
    names = {"os.environ"}
    for name, (target, attr) in module.imports.items():
        if target == "os" and attr == "environ":
            names.add(name)
        elif target == "os" and attr is None:
            names.add(f"{name}.environ")
    return frozenset(names)


_SETTINGS_BASE = re.compile(r"Settings$|Config$|Configuration$")


def settings_kind(index: Index, module: Module, func: Function) -> SettingsKind:
    """Tell, for an expression of ``func``, whether it is the application's settings: a
    ``BaseSettings`` instance of the tree with a secret-like field, Django's
    ``django.conf.settings``, or a name defined outside the tree (judged by its name)."""
    arguments = func.args.posonlyargs + func.args.args + func.args.kwonlyargs
    annotations = {a.arg: a.annotation for a in arguments}

    def kind(expr: ast.expr) -> str:
        if isinstance(expr, ast.Name) and expr.id in annotations:
            annotation = annotations[expr.id]
            if annotation is None:
                return "named" if _SETTINGS_NAME.search(expr.id) else ""
            if isinstance(annotation, ast.Subscript) and isinstance(annotation.slice, ast.Tuple):
                annotation = annotation.slice.elts[0]  # Annotated[Settings, Depends(...)]
            return _class_kind(index, module, annotation, 0)
        symbol = index.resolve(module, expr)
        if symbol is None:
            return ""
        if symbol.qualname == "django.conf.settings":
            return "settings"
        if symbol.module is None or symbol.node is None:
            return "named" if _by_name(symbol.name) else ""
        if isinstance(symbol.node, ast.Call):  # settings = Settings() / get_settings()
            return _class_kind(index, symbol.module, symbol.node.func, 0)
        return ""

    return kind


def _by_name(name: str) -> bool:
    return bool(_SETTINGS_NAME.search(name) or _SETTINGS_BASE.search(name))


def _class_kind(index: Index, module: Module, expr: ast.expr, depth: int) -> str:
    symbol = index.resolve(module, expr)
    if symbol is None or depth > 4:
        return ""
    node = symbol.node
    if symbol.module is None or node is None:
        # Settings() or get_settings() from outside the tree (or unreadable): by its name.
        return "named" if _by_name(symbol.name) else ""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):  # get_settings() -> Settings
        if node.returns is not None:
            return _class_kind(index, symbol.module, node.returns, depth + 1)
        made = next(
            (n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None),
            None,
        )
        if isinstance(made, ast.Call):
            return _class_kind(index, symbol.module, made.func, depth + 1)
        return ""
    if not isinstance(node, ast.ClassDef) or not _is_settings_class(index, symbol.module, node, 0):
        return ""
    return "settings" if _holds_secrets(index, symbol.module, node, 0) else "plain"


def _is_settings_class(index: Index, module: Module, node: ast.ClassDef, depth: int) -> bool:
    if any(_SETTINGS_BASE.search(ast.unparse(base)) for base in node.bases):
        return True
    return depth < 4 and any(
        _is_settings_class(index, inner, base, depth + 1)
        for inner, base in index.bases(module, node)
    )


def _holds_secrets(index: Index, module: Module, node: ast.ClassDef, depth: int) -> bool:
    if secret_fields(node):
        return True
    return depth < 4 and any(
        _holds_secrets(index, inner, base, depth + 1) for inner, base in index.bases(module, node)
    )
