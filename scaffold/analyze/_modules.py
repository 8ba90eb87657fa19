"""Modules of the analyzed tree and name resolution across them, parsed lazily.

``Index.resolve(module, expr)`` answers "what does this name refer to": a definition in
another module of the tree (following ``import`` / ``from ... import`` chains, relative imports
and star imports), or the dotted name of something outside the tree (``fastapi.Depends``).
A module is parsed the first time something needs it, so files that cannot register routes are
read and counted but never parsed unless a route's guard lives there.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass, field

from scaffold.analyze._files import SourceFile, parse, repaired_lines
from scaffold.analyze._model import Skipped

__all__ = ["Index", "Module", "Symbol", "dotted"]

_MAX_DEPTH = 12


@dataclass
class Module:
    """One parsed module: its top-level definitions and imports."""

    name: str
    file: str
    tree: ast.Module
    is_package: bool
    defs: dict[str, ast.AST] = field(default_factory=dict)
    imports: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    stars: list[str] = field(default_factory=list)
    unreadable: dict[str, int] = field(default_factory=dict)

    def package(self) -> str:
        return self.name if self.is_package else self.name.rpartition(".")[0]


@dataclass(frozen=True)
class Symbol:
    """What a name refers to. ``module`` is set when the definition is inside the tree."""

    qualname: str
    module: Module | None = None
    node: ast.AST | None = None
    is_module: bool = False

    @property
    def name(self) -> str:
        return self.qualname.rpartition(".")[2]


def dotted(expr: ast.AST) -> str | None:
    """``a.b.c`` for a chain of names and attributes, else ``None``."""
    parts: list[str] = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if isinstance(expr, ast.Name):
        parts.append(expr.id)
        return ".".join(reversed(parts))
    return None


def _module_name(relative: str) -> tuple[str, bool]:
    parts = relative[:-3].split("/")
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    return ".".join(p for p in parts if p) or "__root__", is_package


def _collect(module: Module, body: Iterable[ast.stmt], *, imports_only: bool = False) -> None:
    for node in body:
        if imports_only and not isinstance(node, ast.Import | ast.ImportFrom | ast.If | ast.Try):
            continue
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            module.defs[node.name] = node
            # Application factories import their blueprints inside the function.
            _collect(module, node.body, imports_only=True)
        elif isinstance(node, ast.ClassDef):
            module.defs[node.name] = node
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    module.defs[target.id] = node.value
                elif isinstance(target, ast.Tuple):  # public_app, app = get_routers()
                    _collect_unpacked(module, target, node.value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if node.value is not None:
                module.defs[node.target.id] = node.value
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    module.imports.setdefault(alias.asname, (alias.name, None))
                else:
                    top = alias.name.partition(".")[0]
                    module.imports.setdefault(top, (top, None))
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, node.module, node.level)
            for alias in node.names:
                if alias.name == "*":
                    module.stars.append(base)
                else:
                    module.imports.setdefault(alias.asname or alias.name, (base, alias.name))
        elif isinstance(node, ast.If | ast.Try | ast.With):
            _collect(module, node.body, imports_only=imports_only)
            for handler in getattr(node, "handlers", ()):
                _collect(module, handler.body, imports_only=imports_only)
            _collect(module, getattr(node, "orelse", ()), imports_only=imports_only)
            _collect(module, getattr(node, "finalbody", ()), imports_only=imports_only)


def _collect_unpacked(module: Module, target: ast.Tuple, value: ast.expr) -> None:
    """Names bound by unpacking: each to its own value when written side by side (``a, b =
    x, y``), else to the whole value they are unpacked from (``public_app, app =
    get_routers()``), so a route on ``app`` names this module's ``app``."""
    values = [value] * len(target.elts)
    if isinstance(value, ast.Tuple | ast.List) and len(value.elts) == len(target.elts):
        values = list(value.elts)
    for element, bound in zip(target.elts, values, strict=True):
        if isinstance(element, ast.Name):
            module.defs[element.id] = bound


def _absolute(module: Module, name: str | None, level: int) -> str:
    if level == 0:
        return name or ""
    package = module.package().split(".") if module.package() else []
    base = package[: len(package) - (level - 1)] if level > 1 else package
    return ".".join([*base, name] if name else base)


class Index:
    """All modules under the root, by dotted name; each parsed on first use."""

    def __init__(self, sources: Iterable[SourceFile], root_name: str = "") -> None:
        self._root_name = root_name
        self._sources: dict[str, SourceFile] = {}
        self._packages: set[str] = set()
        self._suffix: dict[str, list[str]] = {}
        for source in sources:
            name, is_package = _module_name(source.relative)
            self._sources.setdefault(name, source)
            if is_package:
                self._packages.add(name)
            parts = name.split(".")
            for start in range(1, len(parts)):
                self._suffix.setdefault(".".join(parts[start:]), []).append(name)
        self._parsed: dict[str, Module | None] = {}
        self.skipped: list[Skipped] = []

    def names(self) -> list[str]:
        return list(self._sources)

    def source(self, name: str) -> SourceFile:
        return self._sources[name]

    def find(self, name: str) -> str | None:
        """The module ``name`` means: exact, or by suffix (a ``src/`` layout, a root package)."""
        if name in self._sources:
            return name
        candidates = self._suffix.get(name)
        if candidates:
            return min(candidates, key=len)
        head, _, rest = name.partition(".")
        # The root folder is itself a package: ``myapp.routers`` is ``routers`` here.
        return self.find(rest) if rest and head == self._root_name else None

    def module(self, name: str) -> Module | None:
        """The parsed module, or ``None`` when it is outside the tree or does not parse."""
        if name in self._parsed:
            return self._parsed[name]
        source = self._sources.get(name)
        result: Module | None = None
        if source is not None:
            parsed = parse(source)
            if isinstance(parsed, Skipped):
                self.skipped.append(parsed)
            else:
                self.skipped.extend(repaired_lines(source, parsed))
                result = Module(
                    name,
                    source.relative,
                    parsed.tree,
                    name in self._packages,
                    unreadable=parsed.unreadable,
                )
                _collect(result, parsed.tree.body)
        self._parsed[name] = result
        return result

    @property
    def parsed_count(self) -> int:
        return sum(1 for m in self._parsed.values() if m is not None)

    def resolve(self, module: Module, expr: ast.AST, depth: int = 0) -> Symbol | None:
        """What ``expr`` (a name or an attribute chain) refers to, seen from ``module``."""
        if depth > _MAX_DEPTH:
            return None
        if isinstance(expr, ast.Name):
            return self._lookup(module, expr.id, depth)
        if isinstance(expr, ast.Attribute):
            base = self.resolve(module, expr.value, depth + 1)
            if base is None:
                return None
            if base.is_module:
                return self.member(base.qualname, expr.attr, depth + 1)
            if base.module is not None and isinstance(base.node, ast.ClassDef):
                method = _method(base.node, expr.attr)  # Factory.get_auth_verifier
                if method is not None:
                    return Symbol(f"{base.qualname}.{expr.attr}", base.module, method)
            return Symbol(f"{base.qualname}.{expr.attr}")
        return None

    def bases(self, module: Module, node: ast.ClassDef) -> list[tuple[Module, ast.ClassDef]]:
        """The base classes of ``node`` written in the tree, each with its module."""
        found: list[tuple[Module, ast.ClassDef]] = []
        for base in node.bases:
            symbol = self.resolve(module, base)
            if (
                symbol is not None
                and symbol.module is not None
                and isinstance(symbol.node, ast.ClassDef)
            ):
                found.append((symbol.module, symbol.node))
        return found

    def resolve_in(self, module: Module, func: ast.AST, name: ast.Name) -> Symbol | None:
        """``resolve`` of a bare name, also when ``func`` imports it in its own body (``from
        app.services.permissions import is_allowed`` inside a nested guard)."""
        for node in ast.walk(func):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if (alias.asname or alias.name) == name.id:
                        base = _absolute(module, node.module, node.level)
                        return self.member(base, alias.name)
        return self.resolve(module, name)

    def settings_default(self, module: Module, expr: ast.Attribute) -> str | None:
        """The class default of a settings object's string attribute: ``settings.API_V1_STR``
        where ``settings = Settings()`` (or ``get_settings()`` returning one) and the class
        says ``API_V1_STR: str = "/api/v1"``; the value the app runs with unless its
        environment sets another. None when any step cannot be read."""
        made = expr.value
        if isinstance(made, ast.Name | ast.Attribute):
            symbol = self.resolve(module, made)
            if symbol is None or symbol.module is None or not isinstance(symbol.node, ast.Call):
                return None
            module, made = symbol.module, symbol.node
        if not isinstance(made, ast.Call):
            return None
        maker = self.resolve(module, made.func)
        if maker is not None and isinstance(maker.node, ast.FunctionDef) and maker.module:
            returned = [n.value for n in maker.node.body if isinstance(n, ast.Return)]
            if len(returned) != 1 or not isinstance(returned[0], ast.Call):
                return None  # get_settings(): the one object it returns
            maker = self.resolve(maker.module, returned[0].func)
        if maker is None or not isinstance(maker.node, ast.ClassDef):
            return None
        return _class_default(maker.node, expr.attr)

    def _lookup(self, module: Module, name: str, depth: int) -> Symbol:
        if depth > _MAX_DEPTH:
            return Symbol(name)
        if name in module.defs:
            return Symbol(f"{module.name}.{name}", module, module.defs[name])
        if name in module.unreadable:  # defined by a statement that does not parse
            return Symbol(f"{module.name}.{name}", module, None)
        if name in module.imports:
            target, attr = module.imports[name]
            if attr is None:
                found = self.find(target)
                return Symbol(found or target, self.module(found) if found else None, None, True)
            return self.member(target, attr, depth + 1) or Symbol(f"{target}.{attr}")
        for star in module.stars:
            found = self.find(star)
            inner = self.module(found) if found else None
            if inner is not None and inner is not module and depth < _MAX_DEPTH:
                hit = self._lookup(inner, name, depth + 1)
                if hit.module is not None or hit.qualname != name:
                    return hit
        return Symbol(name)

    def member(self, module_name: str, attr: str, depth: int = 0) -> Symbol | None:
        """``attr`` of the module called ``module_name`` (a definition, import or submodule)."""
        found = self.find(module_name)
        if found is None:
            # A namespace package (no __init__.py) still has submodules.
            submodule = self.find(f"{module_name}.{attr}")
            if submodule is not None:
                return Symbol(submodule, self.module(submodule), None, True)
            return Symbol(f"{module_name}.{attr}")
        submodule = self.find(f"{found}.{attr}")
        inner = self.module(found)
        if inner is not None and (attr in inner.defs or attr in inner.unreadable):
            return self._lookup(inner, attr, depth + 1)
        if inner is not None and _rebinds(inner, found, attr):
            return self._lookup(inner, attr, depth + 1)
        if submodule is not None:
            return Symbol(submodule, self.module(submodule), None, True)
        if inner is not None and attr in inner.imports:
            return self._lookup(inner, attr, depth + 1)
        if inner is not None and inner.stars and depth < _MAX_DEPTH:
            return self._lookup(inner, attr, depth + 1)
        return Symbol(f"{found}.{attr}")


def _rebinds(package: Module, name: str, attr: str) -> bool:
    """Whether the package's ``__init__`` binds ``attr`` to a name imported from elsewhere
    (``from .router import router``): then ``package.router`` is that object, not the
    submodule of the same name, as Python runs it (``from . import router`` is the submodule)."""
    imported = package.imports.get(attr)
    return imported is not None and imported[1] is not None and imported[0] != name


def _class_default(node: ast.ClassDef, name: str) -> str | None:
    """The string a class's own body assigns to ``name`` (``API_V1_STR: str = "/api/v1"``), or
    gives pydantic's ``Field`` as its default (``Field(default="/api/v1", validation_alias=...)``,
    ``Field("/api/v1")``)."""
    for item in node.body:
        targets: list[ast.expr]
        if isinstance(item, ast.AnnAssign):
            targets, value = [item.target], item.value
        elif isinstance(item, ast.Assign):
            targets, value = item.targets, item.value
        else:
            continue
        if not any(isinstance(t, ast.Name) and t.id == name for t in targets):
            continue
        value = _field_default(value)
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            return value.value
    return None


def _field_default(value: ast.expr | None) -> ast.expr | None:
    """The default a ``Field(...)`` call gives (its first argument or ``default=``), else
    ``value`` itself."""
    if not isinstance(value, ast.Call) or (dotted(value.func) or "").rpartition(".")[2] != "Field":
        return value
    if value.args:
        return value.args[0]
    return next((k.value for k in value.keywords if k.arg == "default"), None)


def _method(node: ast.ClassDef, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The function ``name`` defined in a class's own body, else None."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item.name == name:
            return item
    return None
