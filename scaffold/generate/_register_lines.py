"""Router registration without libcst: find where the app is built with ``ast``, add lines.

Importing libcst costs more than the rest of ``scaffold new function`` together (about half a
second of a run), and the common registration edit is two plain lines: an import among the
project's imports and ``x.include_router(...)`` after the last include. So the places that
can take a router (``Target``) are read with ``ast``, and the edit is made by inserting
lines. It is kept only when ``ast`` confirms that the result is exactly the original module
with the two statements where the libcst edit puts them (a module with syntax newer than the
running Python is read, and the result checked, with ``scaffold._newer_syntax``); anything
unusual (CRLF line ends, several statements on one line, no import to place it after, an
include after a compound statement) returns ``None`` and the caller makes the edit with
libcst. Either way every byte of the user's file that is not added stays as it was.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scaffold._newer_syntax import parse_source
from scaffold.generate._include_prefix import shared_prefix
from scaffold.generate._pysource import WIDTH

__all__ = ["Target", "edit_lines", "import_position", "targets_in"]

Statement = ast.stmt


@dataclass(frozen=True)
class Target:
    """A place that can include a router: ``variable`` in ``path``, of ``kind`` ``router``
    (an aggregating ``APIRouter``), ``app`` (module level) or ``factory`` (in ``function``);
    ``prefix`` is the expression of the path prefix its includes share (``_include_prefix``)."""

    path: Path
    source: str
    variable: str
    kind: str
    function: str | None = None
    includes_from: tuple[str, ...] = ()
    prefix: str | None = None

    def include(self, alias: str, indent: str = "") -> str:
        """The statement including the router ``alias`` here, in the prefix the others share,
        formatted to fit the line (without ``indent`` on its first line)."""
        call = f"{self.variable}.include_router("
        arguments = alias if self.prefix is None else f"{alias}, prefix={self.prefix}"
        if len(indent.expandtabs(4)) + len(call) + len(arguments) + 1 <= WIDTH:
            return f"{call}{arguments})"
        return f"{call}\n{indent}    {arguments},\n{indent})"


def _dotted(node: ast.expr | None) -> str:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return ""
    return ".".join([node.id, *reversed(parts)])


def _alone(body: Sequence[Statement]) -> list[bool]:
    """For each statement, whether no other statement shares its lines (``a = 1; b = 2``):
    libcst's one-statement ``SimpleStatementLine``, which the edits are defined on."""
    alone = [True] * len(body)
    for index in range(1, len(body)):
        if body[index].lineno == body[index - 1].end_lineno:
            alone[index] = alone[index - 1] = False
    return alone


def _created(statement: Statement, factory: str) -> str | None:
    """The variable a statement assigns a ``factory(...)`` call to, if it does."""
    value: ast.expr | None = None
    target: ast.expr | None = None
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
        value, target = statement.value, statement.targets[0]
    elif isinstance(statement, ast.AnnAssign):
        value, target = statement.value, statement.target
    if not isinstance(value, ast.Call) or not isinstance(target, ast.Name):
        return None
    if _dotted(value.func).split(".")[-1] != factory:
        return None
    return target.id


def _include_call(statement: Statement, variable: str) -> ast.Call | None:
    if (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Call)
        and _dotted(statement.value.func) == f"{variable}.include_router"
    ):
        return statement.value
    return None


def _first_argument(call: ast.Call) -> ast.expr | None:
    """The first argument in source order, keyword or not (``*x`` and ``**x`` give ``x``)."""
    values = [a.value if isinstance(a, ast.Starred) else a for a in call.args]
    values += [keyword.value for keyword in call.keywords]
    return min(values, key=lambda v: (v.lineno, v.col_offset), default=None)


def _imported_modules(body: Sequence[Statement]) -> dict[str, str]:
    """Names bound by ``from X import y [as z]`` at module level -> X.y."""
    found: dict[str, str] = {}
    for statement in body:
        if isinstance(statement, ast.ImportFrom):
            source = "." * statement.level + (statement.module or "")
            for alias in statement.names:
                if alias.name != "*":
                    found[alias.asname or alias.name] = f"{source}.{alias.name}"
    return found


def _line_start(lines: Sequence[str], statement: Statement) -> str:
    """The text of ``statement``'s first line before it (``col_offset`` counts UTF-8 bytes)."""
    line = lines[statement.lineno - 1].encode("utf-8")
    return line[: statement.col_offset].decode("utf-8", "replace")


def _indented(lines: Sequence[str], statement: Statement) -> bool:
    """Whether ``statement`` starts its own line (an indented block, not ``def f(): x``)."""
    return not _line_start(lines, statement).strip()


def _includes(body: Sequence[Statement], variable: str) -> list[ast.Call]:
    """The calls ``variable.include_router(...)`` standing alone among ``body``'s statements,
    one for each router when the call is in a loop over a written list of them (``for router
    in [a.router, b.router]: app.include_router(router, prefix=API_PREFIX)``)."""
    found: list[ast.Call] = []
    for statement, one in zip(body, _alone(body), strict=True):
        call = _include_call(statement, variable) if one else None
        if call is not None:
            found.append(call)
        elif one and isinstance(statement, ast.For):
            count = len(_written_sequence(body, statement.iter))
            for inner in statement.body:
                looped = _include_call(inner, variable)
                if looped is not None and not _prefix_names(looped) & _loop_names(statement):
                    found.extend([looped] * count)
    return found


def _loop_names(loop: ast.For) -> set[str]:
    """The names a loop binds: its target's and those assigned in its body."""
    stores = (n for n in ast.walk(loop) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store))
    return {n.id for n in stores}


def _prefix_names(call: ast.Call) -> set[str]:
    """The names a call's ``prefix=`` reads: one the loop binds (``f"/{module_name}"``) makes
    a prefix of each router, not one to share."""
    value = next((k.value for k in call.keywords if k.arg == "prefix"), None)
    return {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value else set()


def _written_sequence(body: Sequence[Statement], iterated: ast.expr) -> list[ast.expr]:
    """The items of a list or tuple written in place or bound to a name among ``body``."""
    if isinstance(iterated, ast.List | ast.Tuple):
        return list(iterated.elts)
    if isinstance(iterated, ast.Name):
        for statement in body:
            if (
                isinstance(statement, ast.Assign)
                and [_dotted(t) for t in statement.targets] == [iterated.id]
                and isinstance(statement.value, ast.List | ast.Tuple)
            ):
                return list(statement.value.elts)
    return []


def targets_in(path: Path, source: str) -> list[Target]:
    """Every place in ``source`` that can include a router (see ``Target``)."""
    try:
        body = parse_source(source).body
    except (SyntaxError, ValueError):
        return []
    lines = source.split("\n")  # as ast numbers lines (splitlines also splits at \f, \x1c...)
    alone = _alone(body)
    imported = _imported_modules(body)
    targets: list[Target] = []
    for statement, single in zip(body, alone, strict=True):
        router = _created(statement, "APIRouter") if single else None
        if router is not None:
            includes = _includes(body, router)
            if includes:
                sources = tuple(
                    imported.get(_dotted(first).split(".")[0], "")
                    for call in includes
                    if (first := _first_argument(call)) is not None
                )
                prefix = shared_prefix(includes)
                targets.append(
                    Target(path, source, router, "router", includes_from=sources, prefix=prefix)
                )
        app = _created(statement, "FastAPI") if single else None
        if app is not None:
            prefix = shared_prefix(_includes(body, app))
            targets.append(Target(path, source, app, "app", prefix=prefix))
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef) and _indented(
            lines, statement.body[0]
        ):
            inner_alone = _alone(statement.body)
            for inner, one in zip(statement.body, inner_alone, strict=True):
                variable = _created(inner, "FastAPI") if one else None
                if variable is not None:
                    prefix = shared_prefix(_includes(statement.body, variable))
                    targets.append(
                        Target(path, source, variable, "factory", statement.name, prefix=prefix)
                    )
    return targets


def _from_module(statement: Statement) -> str | None:
    if isinstance(statement, ast.ImportFrom) and not statement.level:
        return statement.module or ""
    return None


def import_position(
    from_modules: Sequence[str | None], imports: Sequence[bool], module: str, package: str
) -> tuple[int, str]:
    """Where the import of ``module`` goes among a module's statements, given for each the
    module of its absolute ``from`` import (``None`` for others) and whether it imports: before
    a first-party import that sorts after it (``before``), after the last first-party import
    (``after``), or a new block after all imports (``block``)."""
    first_party = [
        (index, name)
        for index, name in enumerate(from_modules)
        if name is not None and (name == package or name.startswith(f"{package}."))
    ]
    for index, name in first_party:
        if name.lower() > module.lower():
            return index, "before"
    if first_party:
        return first_party[-1][0] + 1, "after"
    found = [index for index, is_import in enumerate(imports) if is_import]
    if found:
        return found[-1] + 1, "block"
    return 0, "after"


def _include_position(body: Sequence[Statement], variable: str) -> int | None:
    """After the last include into ``variable`` or the statement creating it."""
    position = None
    for index, statement in enumerate(body):
        if (
            _include_call(statement, variable) is not None
            or _created(statement, "FastAPI") == variable
            or _created(statement, "APIRouter") == variable
        ):
            position = index + 1
    return position


def edit_lines(
    target: Target, import_line: str, module: str, package: str, alias: str
) -> str | None:
    """``target.source`` with the router's import and include added as lines, or ``None``
    when that cannot be done exactly as the libcst edit would (see the module docstring)."""
    source = target.source
    if "\r" in source or not source.endswith("\n"):
        return None
    try:
        tree = parse_source(source)
    except (SyntaxError, ValueError):
        return None
    body = tree.body
    if not all(_alone(body)):
        return None
    index, mode = import_position(
        [_from_module(statement) for statement in body],
        [isinstance(statement, ast.Import | ast.ImportFrom) for statement in body],
        module,
        package,
    )
    if index == 0:
        return None  # no import to place it after: libcst knows the module's header
    insertions: list[tuple[int, str]] = []  # (after this many lines, text)
    if mode == "before":
        insertions.append((body[index].lineno - 1, import_line + "\n"))
    else:
        blank = "\n" if mode == "block" else ""
        insertions.append((_end(body[index - 1]), blank + import_line + "\n"))
    include = target.include(alias)
    import_statement = ast.parse(import_line).body[0]
    expected_body: list[Statement] = [*body[:index], import_statement, *body[index:]]
    include_statement = ast.parse(include).body[0]
    if target.kind == "factory":
        function = next(
            (
                s
                for s in body
                if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)
                and s.name == target.function
            ),
            None,
        )
        if function is None or not all(_alone(function.body)):
            return None
        position = _include_position(function.body, target.variable)
        if position is None or not _simple(function.body[position - 1]):
            return None
        after = function.body[position - 1]
        indent = _line_start(source.split("\n"), after)
        insertions.append((_end(after), f"{indent}{target.include(alias, indent)}\n"))
        function.body.insert(position, include_statement)
    else:
        found = _include_position(body, target.variable)
        position = max(found + (found > index) if found is not None else len(body) + 1, index + 1)
        if position == index + 1:  # right after the import just added
            insertions[0] = (insertions[0][0], insertions[0][1] + include + "\n")
        else:
            after = expected_body[position - 1]
            if not _simple(after):
                return None
            insertions.append((_end(after), include + "\n"))
        expected_body.insert(position, include_statement)
    lines = [line + "\n" for line in source.split("\n")[:-1]]
    for line_count, text in sorted(insertions, key=lambda item: item[0], reverse=True):
        lines.insert(line_count, text)
    edited = "".join(lines)
    tree.body = expected_body
    try:
        same = ast.dump(parse_source(edited)) == ast.dump(tree)
    except SyntaxError:
        same = False
    return edited if same else None


def _end(statement: Statement) -> int:
    end = statement.end_lineno
    assert end is not None  # ast.parse sets positions on every statement
    return end


def _simple(statement: Statement) -> bool:
    """A statement without a block, so no comment of a block can trail inside it."""
    return isinstance(statement, ast.Expr | ast.Assign | ast.AnnAssign | ast.ImportFrom)
