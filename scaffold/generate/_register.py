"""Register a generated router in the application, editing the user's module with libcst.

The target is the API router that aggregates the project's routers (a module-level
``x = APIRouter()`` with ``x.include_router(...)`` calls), else the module creating the
``FastAPI()`` app (at module level or in one factory function), in the package, else in the
modules beside it (``main.py`` next to ``routers/``). Two statements are added:
the import, in sorted place among the project's own imports, and ``x.include_router(...)``
after the last one, with the path prefix every include there shares (``_include_prefix``) so
that the new route is served beside the others. Everything else in the file (comments,
spacing, odd formatting) stays as it was, because libcst keeps every byte it does not touch.
When the place is not unambiguous nothing is edited and the plan carries the lines to add by
hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from scaffold._newer_syntax import parse_source
from scaffold.errors import UserError
from scaffold.generate._project import Project
from scaffold.generate._pysource import WIDTH
from scaffold.generate._register_lines import Target, edit_lines, import_position, targets_in

if TYPE_CHECKING:
    import libcst as cst

__all__ = ["Registration", "plan_registration"]

_SKIP_DIRS = frozenset({"__pycache__", ".venv", "venv", "node_modules", ".git"})


@dataclass(frozen=True)
class Registration:
    """The edit to make (``path``, ``old`` → ``new``), or the lines to add by hand;
    ``prefix``, the path prefix the router is included with (the one its siblings share)."""

    path: Path | None = None
    old: str | None = None
    new: str | None = None
    manual: str | None = None
    already: bool = False
    installs: bool = True
    prefix: str | None = None

    @property
    def edits(self) -> bool:
        return self.path is not None and self.old != self.new


def _python_files(folder: Path) -> Iterable[Path]:
    for path in sorted(folder.rglob("*.py")):
        if not _SKIP_DIRS.intersection(path.parts):
            yield path


def _dotted(node: cst.BaseExpression | None) -> str:
    import libcst as cst

    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr.value}" if base else ""
    return ""


def _created(statement: cst.CSTNode, factory: str) -> str | None:
    """The variable a statement assigns a ``factory(...)`` call to, if it does."""
    import libcst as cst

    if not isinstance(statement, cst.SimpleStatementLine) or len(statement.body) != 1:
        return None
    small = statement.body[0]
    value: cst.BaseExpression | None = None
    targets: list[cst.BaseExpression] = []
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        value, targets = small.value, [small.targets[0].target]
    elif isinstance(small, cst.AnnAssign):
        value, targets = small.value, [small.target]
    if not isinstance(value, cst.Call) or not isinstance(targets[0], cst.Name):
        return None
    if _dotted(value.func).split(".")[-1] != factory:
        return None
    return targets[0].value


def _include_call(statement: cst.CSTNode, variable: str) -> cst.Call | None:
    import libcst as cst

    if not isinstance(statement, cst.SimpleStatementLine) or len(statement.body) != 1:
        return None
    small = statement.body[0]
    if (
        isinstance(small, cst.Expr)
        and isinstance(small.value, cst.Call)
        and _dotted(small.value.func) == f"{variable}.include_router"
    ):
        return small.value
    return None


def _choose(
    targets: Sequence[Target], endpoints_module: str, *, at_app: bool = False
) -> Target | None:
    """The one place to include the router: the aggregating router (unless ``at_app``), else
    the app, else the one factory; None when that is not one place."""
    routers = [] if at_app else [t for t in targets if t.kind == "router"]
    if len(routers) == 1:
        return routers[0]
    if len(routers) > 1:
        near = [
            t
            for t in routers
            if any(src.startswith(f"{endpoints_module}.") for src in t.includes_from)
        ]
        return near[0] if len(near) == 1 else None
    apps = [t for t in targets if t.kind == "app"]
    if len(apps) == 1:
        return apps[0]
    factories = [t for t in targets if t.kind == "factory"]
    if not apps and len(factories) == 1:
        return factories[0]
    return None


def _is_import(statement: cst.CSTNode) -> bool:
    import libcst as cst

    return isinstance(statement, cst.SimpleStatementLine) and any(
        isinstance(small, (cst.Import, cst.ImportFrom)) for small in statement.body
    )


def _from_module(statement: cst.CSTNode) -> str | None:
    import libcst as cst

    if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1:
        small = statement.body[0]
        if isinstance(small, cst.ImportFrom) and not small.relative:
            return _dotted(small.module)
    return None


def _import_index(body: Sequence[cst.CSTNode], module: str, package: str) -> tuple[int, str]:
    """Where the import goes (see ``import_position``)."""
    from_modules = [_from_module(statement) for statement in body]
    return import_position(from_modules, [_is_import(s) for s in body], module, package)


def insert_first_party_import(
    body: list[cst.BaseStatement], line: str, module: str, package: str
) -> int:
    """Insert the import ``line`` of ``module`` in sorted place (see ``_import_index``);
    return its index in ``body``."""
    import libcst as cst

    index, mode = _import_index(body, module, package)
    statement = cst.parse_statement(line + "\n")
    if mode == "before":
        following = body[index]
        if isinstance(following, (cst.SimpleStatementLine, cst.BaseCompoundStatement)):
            statement = statement.with_changes(leading_lines=following.leading_lines)
            body[index] = following.with_changes(leading_lines=())
    elif mode == "block":
        statement = statement.with_changes(leading_lines=[cst.EmptyLine()])
    body.insert(index, statement)
    return index


def _insert_include(
    body: Sequence[cst.BaseStatement], variable: str, include: str, after: int
) -> list[cst.BaseStatement]:
    """``body`` with the statement ``include`` after the last include into ``variable`` (or
    its creation), and not above index ``after``."""
    import libcst as cst

    position = None
    for index, statement in enumerate(body):
        if (
            _include_call(statement, variable) is not None
            or _created(statement, "FastAPI") == variable
            or _created(statement, "APIRouter") == variable
        ):
            position = index + 1
    position = max(position or len(body), after)
    statement = cst.parse_statement(include + "\n")
    return [*body[:position], statement, *body[position:]]


def _edit(target: Target, module_name: str, alias: str, package: str) -> str:
    """The target's module with the router imported and included: two lines inserted when
    ``ast`` confirms they are exact (the common case), else the same edit made with libcst."""
    line = f"from {module_name} import router as {alias}"
    if len(line) > WIDTH:
        line = f"from {module_name} import (\n    router as {alias},\n)"
    edited = edit_lines(target, line, module_name, package, alias)
    return (
        edited
        if edited is not None
        else edit_with_libcst(target, line, module_name, alias, package)
    )


def edit_with_libcst(target: Target, line: str, module_name: str, alias: str, package: str) -> str:
    """``_edit`` made with libcst, which places statements whatever the module looks like."""
    import libcst as cst

    module = cst.parse_module(target.source)
    body: list[cst.BaseStatement] = list(module.body)
    index = insert_first_party_import(body, line, module_name, package)
    if target.kind == "factory":
        for position, node in enumerate(body):
            if isinstance(node, cst.FunctionDef) and node.name.value == target.function:
                block = node.body
                assert isinstance(block, cst.IndentedBlock)  # checked in targets_in
                indent = block.indent or module.default_indent
                # libcst indents the lines inside the call's brackets with the block
                include = target.include(alias, indent).replace("\n" + indent, "\n")
                inner = _insert_include(list(block.body), target.variable, include, 0)
                body[position] = node.with_changes(body=block.with_changes(body=inner))
                break
    else:
        body = _insert_include(body, target.variable, target.include(alias), index + 1)
    return module.with_changes(body=body).code


def _manual(module_name: str, alias: str) -> str:
    return (
        f"from {module_name} import router as {alias}\n"
        f"app.include_router({alias})  # in the module that creates FastAPI()"
    )


def _refuse_unparsable(project: Project, sources: dict[Path, str]) -> None:
    """A module that creates the app but does not parse is named, not silently passed over."""
    for path, text in sources.items():
        try:
            parse_source(text)
        except SyntaxError as error:
            raise UserError(
                f"{project.relative(path)}:{error.lineno or 1}: {error.msg}: the module that "
                "creates the FastAPI app does not parse, so the router cannot be registered",
                hint="fix the file, or run scaffold with the Python version the project needs",
            ) from None
        except ValueError as error:  # null bytes
            raise UserError(f"{project.relative(path)}: {error}") from None


def _calls_install(package_dir: Path, skipped: set[Path]) -> bool:
    """Whether any module of the package calls ``install(``, the runtime's FastAPI hook."""
    for path in _python_files(package_dir):
        if path in skipped:
            continue
        try:
            if "install(" in path.read_text(encoding="utf-8"):
                return True
        except (OSError, UnicodeDecodeError):
            continue
    return False


def _beside(project: Project, skipped: set[Path]) -> list[Path]:
    """The modules directly in the folders holding the package (``main.py`` beside
    ``routers/``): where an app whose package holds only routers is built."""
    folders = dict.fromkeys([project.source_root, project.root])
    return [
        path
        for folder in folders
        for path in sorted(folder.glob("*.py"))
        if path not in skipped and path.is_file()
    ]


def _targets(paths: Iterable[Path], sources: dict[Path, str]) -> list[Target]:
    """The places in ``paths`` (those read into ``sources``) that can take a router."""
    return [t for path in paths if path in sources for t in targets_in(path, sources[path])]


def plan_registration(
    project: Project,
    module_name: str,
    alias: str,
    skip: Iterable[Path] = (),
    *,
    share_prefix: bool = True,
    at_app: bool = False,
) -> Registration:
    """How to include ``module_name``'s ``router`` in the application (see module docstring);
    without ``share_prefix``, with no prefix whatever the other includes share; ``at_app``,
    in the application itself rather than an aggregating router."""
    skipped = set(skip)
    package: list[Path] = []
    beside: list[Path] = []
    if project.app_module is not None:
        package = [project.app_module]
    else:
        package = [path for path in _python_files(project.package_dir) if path not in skipped]
        beside = _beside(project, skipped)
    import_line = f"from {module_name} import router as {alias}"
    sources: dict[Path, str] = {}
    installs = False
    for path in [*package, *beside]:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        installs = installs or "install(" in text
        imported = import_line in text or f"router as {alias}," in text
        if imported and re.search(rf"\.include_router\(\s*{re.escape(alias)}\s*[,)]", text):
            return Registration(path=path, old=text, new=text, already=True, installs=True)
        if "FastAPI(" in text or ("APIRouter(" in text and "include_router(" in text):
            sources[path] = text
    if not installs and project.app_module is not None:
        # [tool.scaffold] app names where routers go, which is often not where the app is
        # built and install() called (a new project's api/__init__.py and main.py).
        installs = _calls_install(project.package_dir, skipped)
    targets = _targets(package, sources) or _targets(beside, sources)  # main.py by routers/
    target = _choose(targets, project.module_of(project.endpoints), at_app=at_app)
    if target is None:
        _refuse_unparsable(project, sources)
        return Registration(manual=_manual(module_name, alias), installs=installs)
    if not share_prefix:
        target = replace(target, prefix=None)
    new = _edit(target, module_name, alias, project.package.split(".")[0])
    return Registration(
        path=target.path, old=target.source, new=new, installs=installs, prefix=target.prefix
    )
