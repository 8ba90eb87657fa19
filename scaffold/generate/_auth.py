"""Find a project's own authentication: the FastAPI dependency that returns the current user.

Read with ``ast``, never imported. A candidate is a module-level function named like
``get_current_user`` / ``current_active_user``, or one that an alias such as
``CurrentUser = Annotated[User, Depends(get_current_user)]`` wraps, or a module-level
``current_active_user = current_user(active=True)`` made by a dependency factory (a function
returning the function it defines: FastAPI must depend on what it makes, never on the factory).
Its return annotation (or the alias's type) names the user class; without one, the class is
read from the code when the code says it for certain (``_Index.inferred``); otherwise scaffold
refuses and says to annotate. The class must be defined in the project so its
attributes can be read: an id (``id`` or ``user_id``) is required; the roles come from
``role``, ``roles``, ``is_superuser`` or ``is_admin`` when the class has one. When several
candidates remain, the one that depends on the others wins (it adds checks such as "active");
a real tie is reported, never guessed.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from scaffold._newer_syntax import parse_source
from scaffold.analyze._modules import dotted
from scaffold.errors import UserError
from scaffold.generate._project import Project

__all__ = ["ProjectAuth", "RoleSource", "detect_auth", "missing_auth_message"]

_DEPENDENCY_NAME = re.compile(
    r"(get_)?(current|authenticated|logged_in|request)_(active_)?user", re.IGNORECASE
)
_SKIP_DIRS = frozenset({"__pycache__", ".venv", "venv", "node_modules", ".git", "tests", "test"})
_ID_ATTRIBUTES = ("id", "user_id")
_MAX_BASES = 6


@dataclass(frozen=True)
class RoleSource:
    """Where the user's roles come from: ``kind`` is role, roles, superuser or admin_flag."""

    kind: str
    attribute: str
    annotation: str = ""


@dataclass(frozen=True)
class ProjectAuth:
    """The project's current-user dependency and what its user object carries."""

    dependency_module: str
    dependency: str
    file: str
    line: int
    user_module: str
    user_class: str
    id_attribute: str
    roles: RoleSource | None
    alias: str | None = None

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


_Function = ast.FunctionDef | ast.AsyncFunctionDef
_MAX_DEPTH = 4  # dependencies followed when a type is read from the code


@dataclass
class _Module:
    name: str
    path: Path
    tree: ast.Module
    functions: dict[str, _Function] = field(default_factory=dict)
    classes: dict[str, ast.ClassDef] = field(default_factory=dict)
    imports: dict[str, str] = field(default_factory=dict)  # bound name -> module.attr
    aliases: dict[str, tuple[str, ast.expr]] = field(default_factory=dict)  # alias -> (fn, type)
    made: dict[str, tuple[str, int]] = field(default_factory=dict)  # x = f(...) -> (f, line)


def _python_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*.py")):
        if not _SKIP_DIRS.intersection(path.relative_to(folder).parts[:-1]):
            yield path


def _dotted(node: ast.expr) -> str:
    return dotted(node) or ""


def _resolve_relative(module: str, level: int, target: str | None, is_package: bool) -> str:
    parts = module.split(".")
    keep = len(parts) - level + (1 if is_package else 0)
    base = ".".join(parts[: max(keep, 0)])
    return ".".join(part for part in (base, target or "") if part)


def _depends_target(node: ast.expr) -> str | None:
    """``Depends(f)`` -> ``f``."""
    if isinstance(node, ast.Call) and _dotted(node.func).split(".")[-1] == "Depends" and node.args:
        return _dotted(node.args[0]) or None
    return None


def _annotated_alias(value: ast.expr) -> tuple[str, ast.expr] | None:
    """``Annotated[User, Depends(f)]`` -> (``f``, ``User``)."""
    if not isinstance(value, ast.Subscript) or _dotted(value.value).split(".")[-1] != "Annotated":
        return None
    inner = value.slice
    if not isinstance(inner, ast.Tuple) or len(inner.elts) < 2:
        return None
    for extra in inner.elts[1:]:
        target = _depends_target(extra)
        if target is not None:
            return target, inner.elts[0]
    return None


def _read_module(project: Project, path: Path, unreadable: list[str]) -> _Module | None:
    try:
        tree = parse_source(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as error:
        unreadable.append(f"{project.relative(path)}:{error.lineno or 1}: {error.msg}")
        return None
    except (OSError, UnicodeDecodeError, ValueError):
        unreadable.append(f"{project.relative(path)}: not readable UTF-8 text")
        return None
    name = project.module_of(path)
    module = _Module(name, path, tree)
    is_package = path.name == "__init__.py"
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            module.functions[node.name] = node
        elif isinstance(node, ast.ClassDef):
            module.classes[node.name] = node
        elif isinstance(node, ast.ImportFrom):
            source = node.module or ""
            if node.level:
                source = _resolve_relative(name, node.level, node.module, is_package)
            for alias in node.names:
                module.imports[alias.asname or alias.name] = f"{source}.{alias.name}"
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found = _annotated_alias(node.value)
            if found is not None and len(targets) == 1 and isinstance(targets[0], ast.Name):
                module.aliases[targets[0].id] = found
            maker = _dotted(node.value.func) if isinstance(node.value, ast.Call) else ""
            if maker and len(targets) == 1 and isinstance(targets[0], ast.Name):
                module.made[targets[0].id] = (maker, node.lineno)
    return module


def _strip_optional(node: ast.expr | None) -> ast.expr | None:
    """``User | None`` / ``Optional[User]`` / ``"User"`` / ``Annotated[User, ...]`` -> ``User``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            node = ast.parse(node.value, mode="eval").body
        except SyntaxError:
            return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        sides = [s for s in (node.left, node.right) if not _is_none(s)]
        return _strip_optional(sides[0]) if len(sides) == 1 else None
    if isinstance(node, ast.Subscript) and _dotted(node.value).split(".")[-1] == "Optional":
        return _strip_optional(node.slice)
    if isinstance(node, ast.Subscript) and _dotted(node.value).split(".")[-1] == "Annotated":
        inner = node.slice
        return _strip_optional(inner.elts[0] if isinstance(inner, ast.Tuple) else inner)
    return node


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


_Typed = tuple["_Module", ast.expr]  # a type and the module whose names it uses


def _annotation(module: _Module, function: _Function) -> _Typed | None:
    returns = _strip_optional(function.returns)
    return (module, returns) if returns is not None else None


def _own_nodes(function: _Function) -> Iterator[ast.AST]:
    """The nodes of ``function``'s body, leaving out the functions and classes it defines."""
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        yield node
        stack.extend(
            child
            for child in ast.iter_child_nodes(node)
            if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            and not isinstance(child, ast.Lambda)
        )


def _made_function(function: _Function) -> _Function | None:
    """The function a dependency factory defines and returns (``return _current_user``)."""
    last = function.body[-1]
    if not isinstance(last, ast.Return) or not isinstance(last.value, ast.Name):
        return None
    made = last.value.id
    return next(
        (
            statement
            for statement in function.body
            if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef)
            and statement.name == made
        ),
        None,
    )


class _Index:
    def __init__(self, project: Project, modules: dict[str, _Module]) -> None:
        self.project = project
        self.modules = modules

    def _locate(self, module: _Module, name: str, depth: int = 0) -> tuple[_Module, str] | None:
        """The module that defines ``name`` as seen from ``module`` (imports followed), and
        the name it has there."""
        if depth > _MAX_BASES:
            return None
        head, _, rest = name.partition(".")
        if not rest and (head in module.classes or head in module.functions):
            return module, head
        imported = module.imports.get(head)
        if imported is None:
            return None
        source, _, attribute = imported.rpartition(".")
        if rest:  # models.User where `from app import models`
            target = self.modules.get(imported)
            return self._locate(target, rest, depth + 1) if target else None
        target = self.modules.get(source)
        return self._locate(target, attribute, depth + 1) if target else None

    def find_class(self, module: _Module, name: str) -> tuple[_Module, ast.ClassDef] | None:
        found = self._locate(module, name)
        if found is None or found[1] not in found[0].classes:
            return None
        return found[0], found[0].classes[found[1]]

    def find_function(self, module: _Module, name: str) -> tuple[_Module, _Function] | None:
        found = self._locate(module, name)
        if found is None or found[1] not in found[0].functions:
            return None
        return found[0], found[0].functions[found[1]]

    def inferred(self, module: _Module, function: _Function, depth: int = 0) -> _Typed | None:
        """The project class an unannotated dependency returns, when its code says so for
        certain: every ``return`` (``None`` aside) gives the same project class, read from a
        constructor call, a call of an annotated project function, or a name bound once by
        an annotated parameter, a ``Depends(f)`` of a typed ``f``, or an assignment of one
        of these. Anything else (a method call, a name bound in a loop) is unknown: ``None``."""
        if depth > _MAX_DEPTH:
            return None
        found: list[_Typed] = []
        for node in _own_nodes(function):
            if isinstance(node, ast.Return) and node.value is not None and not _is_none(node.value):
                typed = self._value(module, function, node.value, depth)
                if typed is None:
                    return None
                found.append(typed)
        keys = {self._class_key(typed) for typed in found}
        if len(keys) != 1 or None in keys:
            return None
        return found[0]

    def _class_key(self, typed: _Typed) -> tuple[str, str] | None:
        resolved = self.find_class(typed[0], _dotted(typed[1]))
        return (resolved[0].name, resolved[1].name) if resolved is not None else None

    def _returned(self, module: _Module, name: str, depth: int) -> _Typed | None:
        """What the project function ``name`` (as ``module`` sees it) returns."""
        found = self.find_function(module, name)
        if found is None:
            return None
        return _annotation(*found) or self.inferred(*found, depth + 1)

    def _value(
        self, module: _Module, function: _Function, value: ast.expr, depth: int
    ) -> _Typed | None:
        if isinstance(value, ast.Await):
            value = value.value
        if isinstance(value, ast.Call):
            name = _dotted(value.func)
            if name and self.find_class(module, name) is not None:
                return module, value.func
            return self._returned(module, name, depth) if name else None
        if isinstance(value, ast.Name):
            return self._bound(module, function, value.id, depth)
        return None

    def _bound(self, module: _Module, function: _Function, name: str, depth: int) -> _Typed | None:
        arguments = function.args
        positional = [*arguments.posonlyargs, *arguments.args]
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults))
        pairs = [
            *zip(positional, [*defaults, *arguments.defaults], strict=True),
            *zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True),
        ]
        for argument, default in pairs:
            if argument.arg != name:
                continue
            alias = self._alias_type(module, argument.annotation)
            if alias is not None:
                return alias
            annotation = _strip_optional(argument.annotation)
            if annotation is not None:
                return module, annotation
            target = _depends_target(default) if default is not None else None
            return self._returned(module, target, depth) if target is not None else None
        stores = [
            node
            for node in _own_nodes(function)
            if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store)
        ]
        found: list[_Typed] = []
        for node in _own_nodes(function):
            if isinstance(node, ast.AnnAssign) and _dotted(node.target) == name:
                annotation = _strip_optional(node.annotation)
                if annotation is None:
                    return None
                found.append((module, annotation))
            elif isinstance(node, ast.Assign) and [_dotted(t) for t in node.targets] == [name]:
                typed = self._value(module, function, node.value, depth + 1)
                if typed is None:
                    return None
                found.append(typed)
        if not found or len(found) != len(stores):
            return None  # also bound by a loop, a `with`, an unpacking...: not read
        keys = {self._class_key(typed) for typed in found}
        return found[0] if len(keys) == 1 and None not in keys else None

    def _alias_type(self, module: _Module, annotation: ast.expr | None) -> _Typed | None:
        """``CurrentUser`` (an ``Annotated[User, Depends(...)]`` alias) -> ``User``."""
        name = _dotted(annotation) if annotation is not None else ""
        owner: _Module | None = module
        if name in module.imports and name not in module.aliases:
            source, _, name = module.imports[name].rpartition(".")
            owner = self.modules.get(source)
        if owner is None or name not in owner.aliases:
            return None
        alias_type = _strip_optional(owner.aliases[name][1])
        return (owner, alias_type) if alias_type is not None else None

    def attributes(self, module: _Module, node: ast.ClassDef, depth: int = 0) -> dict[str, str]:
        """Attribute name -> annotation text, along the project-defined bases."""
        found: dict[str, str] = {}
        if depth <= _MAX_BASES:
            for base in node.bases:
                resolved = self.find_class(module, _dotted(base))
                if resolved is not None:
                    found.update(self.attributes(*resolved, depth + 1))
        for statement in node.body:
            if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                found[statement.target.id] = ast.unparse(statement.annotation)
            elif isinstance(statement, ast.Assign):
                for target in statement.targets:
                    if isinstance(target, ast.Name):
                        found.setdefault(target.id, "")
        return found


def _role_source(attributes: dict[str, str]) -> RoleSource | None:
    if "role" in attributes:
        return RoleSource("role", "role", attributes["role"])
    if "roles" in attributes:
        return RoleSource("roles", "roles", attributes["roles"])
    for flag, kind in (("is_superuser", "superuser"), ("is_admin", "admin_flag")):
        if flag in attributes:
            return RoleSource(kind, flag, attributes[flag])
    return None


@dataclass(frozen=True)
class _Candidate:
    """A dependency that may identify the caller. ``function`` is the one FastAPI runs (for
    ``x = factory(...)``, the function the factory makes); ``makes`` names the function a
    factory returns when the candidate is the factory itself, which is never usable."""

    module: _Module
    name: str
    line: int
    function: _Function
    user_type: _Typed | None
    alias: str | None
    makes: str | None = None


def _candidates(index: _Index, wanted: str | None) -> list[_Candidate]:
    """Every current-user-like dependency: named like one, wrapped in an alias, or (``wanted``)
    named by ``--dependency``."""
    modules = index.modules
    aliased: dict[tuple[str, str], tuple[str, _Module, ast.expr]] = {}
    for module in modules.values():
        for alias_name, (target, written) in module.aliases.items():
            owner, function = module, target
            if target not in module.functions and target in module.imports:
                source, _, function = module.imports[target].rpartition(".")
                owner = modules.get(source, module)
            aliased.setdefault((owner.name, function), (alias_name, module, written))

    def wanted_name(name: str, module: _Module) -> tuple[bool, str | None, _Typed | None]:
        """Whether ``name`` is a candidate, its alias, the type its alias gives."""
        chosen = _DEPENDENCY_NAME.fullmatch(name) is not None or name == wanted
        found = aliased.get((module.name, name))
        if found is None:
            return chosen, None, None
        alias_name, alias_module, written = found
        stated = _strip_optional(written)
        return True, alias_name, (alias_module, stated) if stated is not None else None

    found: list[_Candidate] = []
    for module in modules.values():
        for name, definition in module.functions.items():
            chosen, alias, alias_type = wanted_name(name, module)
            if not chosen:
                continue
            made = _made_function(definition)
            if made is not None:
                found.append(
                    _Candidate(module, name, definition.lineno, made, None, alias, made.name)
                )
                continue
            user_type = _annotation(module, definition) or alias_type
            user_type = user_type or index.inferred(module, definition)
            found.append(_Candidate(module, name, definition.lineno, definition, user_type, alias))
        for name, (maker, line) in module.made.items():
            chosen, alias, alias_type = wanted_name(name, module)
            factory = index.find_function(module, maker) if chosen else None
            made = _made_function(factory[1]) if factory is not None else None
            if factory is None or made is None:
                continue
            user_type = _annotation(factory[0], made) or alias_type
            user_type = user_type or index.inferred(factory[0], made)
            found.append(_Candidate(module, name, line, made, user_type, alias))
    return found


def _uses(candidate: _Candidate, other: _Candidate) -> bool:
    """Whether ``candidate`` takes ``other`` (or its alias) as a dependency."""
    names = {other.name} | ({other.alias} if other.alias else set())
    arguments = candidate.function.args
    for argument in [*arguments.args, *arguments.kwonlyargs]:
        text = ast.unparse(argument.annotation) if argument.annotation else ""
        if any(re.search(rf"\b{re.escape(name)}\b", text) for name in names):
            return True
    defaults = [*arguments.defaults, *(d for d in arguments.kw_defaults if d is not None)]
    return any(_depends_target(default) in names for default in defaults)


def missing_auth_message(project: Project) -> str:
    """The one line saying what to add when no recognisable authentication exists."""
    return (
        f"no authentication dependency found in {project.relative(project.package_dir)}/: add "
        "a FastAPI dependency `def get_current_user(...) -> User` (raising HTTPException for "
        "anonymous callers) whose User class has an `id` and a `role` or `is_superuser` "
        "attribute, and `CurrentUser = Annotated[User, Depends(get_current_user)]`; then run "
        "`scaffold init` again"
    )


def detect_auth(project: Project, dependency: str | None = None) -> ProjectAuth | None:
    """The project's current-user dependency, or ``None`` when it has none.

    ``dependency`` (``module:function`` or a function name) picks one when several qualify.
    Raises ``UserError`` when candidates exist but none or several can be used as they stand.
    """
    modules: dict[str, _Module] = {}
    unreadable: list[str] = []
    for path in _python_files(project.package_dir):
        module = _read_module(project, path, unreadable)
        if module is not None:
            modules[module.name] = module
    index = _Index(project, modules)
    candidates = _candidates(index, dependency.rpartition(":")[2] if dependency else None)
    if not candidates and unreadable:
        version = ".".join(str(part) for part in sys.version_info[:2])
        others = f" (and {len(unreadable) - 1} more file(s))" if len(unreadable) > 1 else ""
        raise UserError(
            f"{unreadable[0]}{others}: Python {version} cannot read it, so the project's "
            "authentication dependency cannot be looked for",
            hint="fix the file, or run scaffold with the Python version the project needs",
        )
    if dependency is not None:
        module_part, _, function_part = dependency.rpartition(":")
        candidates = [
            c
            for c in candidates
            if c.name == function_part and (not module_part or c.module.name == module_part)
        ]
        if not candidates:
            raise UserError(
                f"--dependency {dependency}: no such current-user function in the package",
                hint="give it as module:function, e.g. myapi.deps:get_current_user",
            )
    if not candidates:
        return None
    usable: list[ProjectAuth] = []
    reasons: list[str] = []
    for candidate in candidates:
        result = _describe(index, candidate)
        if isinstance(result, str):
            # An alias such as ``SessionDep = Annotated[Session, Depends(get_db)]`` is any
            # dependency: only a function named like a current-user one is worth a refusal.
            if _DEPENDENCY_NAME.fullmatch(candidate.name) or dependency is not None:
                reasons.append(result)
        else:
            usable.append(result)
    if not usable:
        if not reasons:
            return None
        raise UserError(reasons[0])
    if len(usable) > 1:
        by_name = {(c.module.name, c.name): c for c in candidates}
        outer = [
            auth
            for auth in usable
            if all(
                auth is other
                or _uses(
                    by_name[(auth.dependency_module, auth.dependency)],
                    by_name[(other.dependency_module, other.dependency)],
                )
                for other in usable
            )
        ]
        if len(outer) != 1:
            listed = ", ".join(f"{a.dependency_module}:{a.dependency} ({a.where})" for a in usable)
            raise UserError(
                f"several current-user dependencies: {listed}",
                hint="say which one identifies callers with --dependency module:function",
            )
        usable = outer
    return usable[0]


def _describe(index: _Index, candidate: _Candidate) -> ProjectAuth | str:
    project = index.project
    where = f"{project.relative(candidate.module.path)}:{candidate.line}"
    name = candidate.name
    if candidate.makes is not None:
        return (
            f"{where}: {name} makes dependencies (it returns {candidate.makes}) rather than "
            f"being one; bind what it makes at module level under a current-user name "
            f"(`current_active_user = {name}(...)`) so scaffold can depend on it"
        )
    if candidate.user_type is None:
        return (
            f"{where}: {name} has no return annotation naming the user class, and its code "
            "does not say for certain which class it returns; annotate it (`-> User`) so "
            "scaffold can read the user's id and role"
        )
    type_module, user_type = candidate.user_type
    type_name = _dotted(user_type)
    resolved = index.find_class(type_module, type_name) if type_name else None
    if resolved is None:
        return (
            f"{where}: {name} returns {ast.unparse(user_type)}, which is not a class "
            "defined in this project, so its id and role attributes cannot be read"
        )
    user_module, user_class = resolved
    attributes = index.attributes(user_module, user_class)
    id_attribute = next((a for a in _ID_ATTRIBUTES if a in attributes), None)
    if id_attribute is None:
        return (
            f"{where}: {name} returns {user_class.name}, which has no `id` or `user_id` "
            "attribute; add one so each caller has an identity"
        )
    return ProjectAuth(
        dependency_module=candidate.module.name,
        dependency=name,
        file=project.relative(candidate.module.path),
        line=candidate.line,
        user_module=user_module.name,
        user_class=user_class.name,
        id_attribute=id_attribute,
        roles=_role_source(attributes),
        alias=candidate.alias,
    )
