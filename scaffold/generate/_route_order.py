"""Where a new router is included, so that FastAPI reaches its route.

FastAPI (Starlette) tries routes in the order they were registered and takes the first whose
method and path match: ``DELETE /invoices/{invoice_id}`` registered first answers every call
meant for a later ``DELETE /invoices/bulk`` (a 404 for the record "bulk"), and a new
``GET /invoices/{invoice_id}`` registered before ``GET /invoices/export`` would take that one's
calls. The registration edit appends the new ``include_router`` line after the others; when a
route registered earlier would catch the new one, the line is moved above the statement that
registers it, and when the new route would catch one registered later, below that statement.
Only within one block of one module (the statements being includes, or routes decorated on
the same app or router), and only where every such pair ends in order and the line stays
below the app's creation and the router's import. The moved module is analyzed again, and
must hold the same statements, before it is kept.

Anything else (the other route registered in another module, through a mount, by a call the
analysis cannot follow, or through a router included before the one the new line goes in)
is left as it is and the plan carries a warning naming the two statements to swap.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from scaffold._newer_syntax import parse_source
from scaffold.generate._register import Registration
from scaffold.generate._served import EXCLUDES, TEST_MODULES, find_collision, shadows, taken_error

if TYPE_CHECKING:
    from scaffold.analyze import Handler
    from scaffold.analyze._routes import Collected, Endpoint, Include

__all__ = ["Ordered", "order_route", "registered_first", "served_by_app"]

_MAX_DEPTH = 16
_ORDERED_VERBS = frozenset({"route", "include_router"})
_APPS = frozenset({"FastAPI", "Starlette"})


@dataclass(frozen=True)
class _Step:
    """One registration: the statement at ``file:line`` adds a route or a router to ``router``."""

    router: str | None
    file: str
    line: int
    verb: str


Chain = tuple[_Step, ...]  # from the application down to the route


@dataclass(frozen=True)
class _Pair:
    """An existing route and the new one, when one of them matches the other's calls."""

    new: Handler
    old: Handler
    new_first: bool  # the old route catches the new one's calls, so the new one must be first
    chains: tuple[tuple[Chain, Chain], ...]  # (new, old), every way each is reached


@dataclass(frozen=True)
class Ordered:
    """The registration to make (possibly with its include moved up) and what to tell."""

    registration: Registration
    served: str
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    taken: Handler | None = None  # the route serving ``served`` already
    handlers: tuple[Handler, ...] = ()  # the routes the app serves, the new one included

    def refuse_if_taken(self, method: str) -> None:
        """Refuse the route (``taken_error``) when another handler already serves it."""
        if self.taken is not None:
            raise taken_error(self.taken, method, self.served)


def _chains(endpoint: Endpoint, parents: Mapping[str, Sequence[Include]]) -> list[Chain]:
    """Every way ``endpoint`` is reached: the route's own registration, then each include
    above it, listed from the application down."""
    first = _Step(endpoint.router, endpoint.module.file, endpoint.line, "route")
    if endpoint.router is None:
        return [(first,)]
    found: list[Chain] = []

    def climb(router: str, below: Chain, seen: frozenset[str]) -> None:
        joins = [i for i in parents.get(router, ()) if i.parent not in seen]
        if not joins or len(seen) > _MAX_DEPTH:
            found.append(below)
            return
        for join in joins:
            step = _Step(join.parent, join.file, join.line, join.verb)
            climb(join.parent, (step, *below), seen | {router})

    climb(endpoint.router, (first,), frozenset())
    return found


def _divergence(new: Chain, old: Chain) -> tuple[_Step, _Step] | None:
    """The two statements, in the last router both chains pass through, that register each
    side; ``None`` when they share no application."""
    if new[0].router is None or new[0].router != old[0].router:
        return None
    for mine, theirs in zip(new, old, strict=False):
        if mine != theirs:
            return mine, theirs
    return None


def _new_first(new: Chain, old: Chain) -> bool | None:
    """Whether the new route is registered before the old one; ``None`` when the analysis
    cannot tell (another module, a mount, a registration it cannot follow)."""
    split = _divergence(new, old)
    if split is None:
        return None
    mine, theirs = split
    depth = new.index(mine)
    tail = (*new[depth:], *old[old.index(theirs) :])
    if any(step.verb not in _ORDERED_VERBS or step.line <= 0 for step in tail):
        return None
    if mine.file != theirs.file or mine.line == theirs.line:
        return None
    return mine.line < theirs.line


def _joins(collected: Collected) -> tuple[dict[str, list[Include]], set[str]]:
    """The includes by the router they include, and the routers that are applications."""
    parents: dict[str, list[Include]] = defaultdict(list)
    for include in collected.includes:
        parents[include.child].append(include)
    apps = {key for key, router in collected.routers.items() if router.factory in _APPS}
    return parents, apps


def _other_apps(first: str | None, second: str | None, apps: set[str]) -> bool:
    """Whether two routes are served by two different applications (a test's own app, say),
    so neither can catch the other's calls. A router included nowhere the analysis can see
    is no application: it may be included in either, so the two are compared (and not told
    apart)."""
    return first != second and first in apps and second in apps


def _pairs(
    method: str,
    registered: Sequence[tuple[Handler, Endpoint]],
    collected: Collected,
    endpoint_file: str,
    ignored: set[str],
) -> list[_Pair]:
    parents, apps = _joins(collected)
    same_method = [(h, e) for h, e in registered if method in h.methods]
    new = [(h, e) for h, e in same_method if h.file == endpoint_file]
    old = [(h, e) for h, e in same_method if h.file != endpoint_file and h.file not in ignored]
    pairs: list[_Pair] = []
    seen: set[tuple[str, str, str, str]] = set()
    for new_handler, new_endpoint in new:
        for old_handler, old_endpoint in old:
            key = (new_handler.key, new_handler.path, old_handler.key, old_handler.path)
            caught = shadows(old_handler.path, new_handler.path)
            if key in seen or not (caught or shadows(new_handler.path, old_handler.path)):
                continue
            seen.add(key)
            chains = tuple(
                (mine, theirs)
                for mine in _chains(new_endpoint, parents)
                for theirs in _chains(old_endpoint, parents)
                if not _other_apps(mine[0].router, theirs[0].router, apps)
            )
            if chains:
                pairs.append(_Pair(new_handler, old_handler, caught, chains))
    return pairs


def served_by_app(collected: Collected, endpoint: Endpoint) -> bool:
    """Whether the analysis follows ``endpoint`` up to an application (its full path known)."""
    parents, apps = _joins(collected)
    return any(chain[0].router in apps for chain in _chains(endpoint, parents))


def registered_first(collected: Collected, first: Endpoint, second: Endpoint) -> bool | None:
    """Whether FastAPI tries ``first`` before ``second`` in every application serving both
    (``None``: some cannot be told, or no application serves both)."""
    parents, apps = _joins(collected)
    verdicts = [
        _new_first(mine, theirs)
        for mine in _chains(first, parents)
        for theirs in _chains(second, parents)
        if not _other_apps(mine[0].router, theirs[0].router, apps)
    ]
    if not verdicts or None in verdicts or len(set(verdicts)) > 1:
        return None
    return verdicts[0]


def _in_order(pair: _Pair) -> bool | None:
    """Whether every way of reaching both routes has them in the wanted order (``None``:
    some cannot be told)."""
    verdicts = [_new_first(mine, theirs) for mine, theirs in pair.chains]
    if any(v is not None and v != pair.new_first for v in verdicts):
        return False
    return None if None in verdicts or not verdicts else True


def _analyze(
    root: Path, method: str, planned: Mapping[Path | None, str | None], ignored: set[str]
) -> tuple[list[tuple[Handler, Endpoint]], list[_Pair]]:
    """The routes the application serves, with ``planned`` texts in place of their files (the
    apps of test modules left out), and the pairs the new route makes with them."""
    from scaffold.analyze import find_registrations

    overlay = {
        written.relative_to(root).as_posix(): text
        for written, text in planned.items()
        if written is not None and text is not None
    }
    collected, registered = find_registrations(
        root, excludes=(*EXCLUDES, *TEST_MODULES), overlay=overlay, confine=root
    )
    endpoint = next(iter(planned))
    relative = endpoint.relative_to(root).as_posix() if endpoint is not None else ""
    return registered, _pairs(method.upper(), registered, collected, relative, ignored)


# ---- moving the include --------------------------------------------------------------------


@dataclass(frozen=True)
class _Include:
    """The new router's ``variable.include_router(alias)``: its line, and the factory
    ``function`` whose body holds it (``None``: module level)."""

    variable: str
    line: int
    function: str | None


def _find_include(text: str | None, alias: str) -> _Include | None:
    """The statement including ``alias`` (no arguments but the router and its prefix) at module
    level or in a top-level function of ``text``."""
    if text is None:
        return None
    try:
        tree = parse_source(text)
    except (SyntaxError, ValueError):
        return None
    blocks: list[tuple[str | None, list[ast.stmt]]] = [(None, tree.body)]
    blocks += [
        (s.name, s.body) for s in tree.body if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    for function, body in blocks:
        for statement in body:
            call = statement.value if isinstance(statement, ast.Expr) else None
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "include_router"
                and isinstance(call.func.value, ast.Name)
                and [ast.unparse(a) for a in call.args] == [alias]
                and all(keyword.arg == "prefix" for keyword in call.keywords)
            ):
                return _Include(call.func.value.id, statement.lineno, function)
    return None


def _block(tree: ast.Module, function: str | None) -> list[ast.stmt] | None:
    if function is None:
        return tree.body
    for statement in tree.body:
        if (
            isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef)
            and statement.name == function
        ):
            return statement.body
    return None


def _statement_index(body: Sequence[ast.stmt], line: int) -> int | None:
    """The index of the statement of ``body`` whose lines (decorators included) hold ``line``."""
    for index, statement in enumerate(body):
        end = statement.end_lineno or statement.lineno
        if _start(statement) <= line <= end:
            return index
    return None


def _move(text: str, include_line: int, spot: int, function: str | None) -> str | None:
    """``text`` with the statement at ``include_line`` moved just above the statement holding
    line ``spot`` (0: to the end of the block), in the same block. It takes the blank lines
    above its new neighbour (a function after it keeps its two) and its own comments; every
    other line stays as it was."""
    import libcst as cst
    from libcst.metadata import MetadataWrapper, PositionProvider

    wrapper = MetadataWrapper(cst.parse_module(text))
    positions = wrapper.resolve(PositionProvider)
    module = wrapper.module
    owner: cst.FunctionDef | None = None
    body: list[cst.BaseStatement] = list(module.body)
    if function is not None:
        owner = next(
            (s for s in body if isinstance(s, cst.FunctionDef) and s.name.value == function),
            None,
        )
        if owner is None or not isinstance(owner.body, cst.IndentedBlock):
            return None
        body = list(owner.body.body)

    def holds(statement: cst.BaseStatement, line: int) -> bool:
        decorators = getattr(statement, "decorators", ())
        start = positions[decorators[0]].start.line if decorators else None
        span = positions[statement]
        return (start or span.start.line) <= line <= span.end.line

    moving = next((s for s in body if holds(s, include_line)), None)
    target = next((s for s in body if holds(s, spot)), None) if spot else None
    if not isinstance(moving, cst.SimpleStatementLine) or moving is target:
        return None
    if spot and target is None:
        return None
    body.remove(moving)
    comments = [line for line in moving.leading_lines if line.comment is not None]
    if isinstance(target, cst.SimpleStatementLine | cst.BaseCompoundStatement):
        blanks = []
        for empty in target.leading_lines:
            if empty.comment is not None:
                break
            blanks.append(empty)
        body.insert(body.index(target), moving.with_changes(leading_lines=blanks + comments))
    else:
        after_block = isinstance(body[-1], cst.BaseCompoundStatement)
        blanks = [cst.EmptyLine()] * ((1 if owner else 2) if after_block else 0)
        body.append(moving.with_changes(leading_lines=blanks + comments))
    if owner is None:
        return module.with_changes(body=body).code
    assert isinstance(owner.body, cst.IndentedBlock)  # checked above
    moved = owner.with_changes(body=owner.body.with_changes(body=body))
    return module.with_changes(body=[moved if s is owner else s for s in module.body]).code


def _same_statements(before: str, after: str) -> bool:
    """Whether ``after`` holds the same statements as ``before``, only reordered."""

    def dumps(text: str) -> list[str]:
        found: list[str] = []
        for node in ast.walk(parse_source(text)):
            if isinstance(node, ast.stmt):
                found.append(ast.dump(node))
        return sorted(found)

    try:
        return dumps(before) == dumps(after)
    except (SyntaxError, ValueError):
        return False


def _start(statement: ast.stmt) -> int:
    """The first line of ``statement``, its decorators included."""
    decorators: list[ast.expr] = getattr(statement, "decorator_list", [])
    return min([statement.lineno, *(d.lineno for d in decorators)])


def _floor(body: Sequence[ast.stmt], include: _Include, alias: str) -> int:
    """The index of the last statement the include must stay below: the one creating the app
    or router it goes in, or importing the new router."""
    floor = -1
    for index, statement in enumerate(body):
        names: list[str] = []
        if isinstance(statement, ast.Assign):
            names = [t.id for t in statement.targets if isinstance(t, ast.Name)]
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            names = [statement.target.id]
        elif isinstance(statement, ast.ImportFrom | ast.Import):
            names = [a.asname or a.name for a in statement.names]
        if include.variable in names or alias in names:
            floor = index
    return floor


def _placement(
    pairs: Sequence[_Pair],
    target_file: str,
    include: _Include,
    body: Sequence[ast.stmt],
    alias: str,
) -> int | None:
    """Where the new include goes: the first line of the statement to put it above, or 0 for
    the end of its block. ``None`` when its place does not decide every pair out of order, or
    no place satisfies them all."""
    here = _statement_index(body, include.line)
    if here is None:
        return None
    above: list[int] = []  # statements the include must precede
    below: list[int] = [_floor(body, include, alias)]  # statements it must follow
    for pair in pairs:
        for mine, theirs in pair.chains:
            split = _divergence(mine, theirs)
            if split is None or split[0].file != target_file or split[0].line != include.line:
                return None  # decided elsewhere (or not at all): moving here cannot fix it
            index = _statement_index(body, split[1].line)
            if split[1].file != target_file or index is None:
                return None
            (above if pair.new_first else below).append(index)
    low, high = max(below), min(above, default=len(body))
    if low < here < high or low >= high:
        return None  # in place already, or no place satisfies both sides
    position = high if here >= high else low + 1
    if position >= len(body):
        return 0
    return _start(body[position])


# ---- the plan's answer ---------------------------------------------------------------------


def _caught_message(pair: _Pair, method: str, include: str) -> str:
    """The warning for a pair out of order (or whose order cannot be told), with the fix."""
    new, old = pair.new, pair.old
    known = _in_order(pair) is False
    would = "would" if known else "may"
    where = _swap(pair)
    if where is not None:
        fix = f"move the statement at {where[0]} above the one at {where[1]}"
    else:
        side = "above" if pair.new_first else "below"
        fix = f"put `{include}` {side} the statement that registers {old.function}"
    if not known:
        fix = f"scaffold cannot tell which is registered first; if it is, {fix}"
    if pair.new_first:
        caught = (
            f"{method} {new.path} {would} never be reached: {old.function} "
            f"({old.file}:{old.line}) serves {method} {old.path}, which matches it"
        )
    else:
        caught = (
            f"{method} {old.path} ({old.function}, {old.file}:{old.line}) {would} no longer "
            f"be reached: the new {method} {new.path} matches it"
        )
    first = " and is registered first" if known else ""
    return f"{caught}{first}; {fix} (FastAPI takes the first route that matches)"


def _swap(pair: _Pair) -> tuple[str, str] | None:
    """The two statements (``file:line``) to swap, when both are in one module."""
    for mine, theirs in pair.chains:
        split = _divergence(mine, theirs)
        if split is None:
            continue
        first, second = (split[0], split[1]) if pair.new_first else (split[1], split[0])
        if first.file == second.file and first.line > 0 and second.line > 0:
            return f"{first.file}:{first.line}", f"{second.file}:{second.line}"
    return None


def _warnings(pairs: Iterable[_Pair], method: str, include: str) -> tuple[str, ...]:
    return tuple(
        _caught_message(pair, method, include) for pair in pairs if _in_order(pair) is not True
    )


def order_route(
    root: Path,
    method: str,
    path: str,
    planned: Mapping[Path | None, str | None],
    registration: Registration,
    *,
    alias: str,
    ignore_files: Iterable[Path],
) -> Ordered:
    """Order the new include, and find the handler already serving the route, if any
    (``taken``: the caller refuses it with ``Ordered.refuse_if_taken``).

    ``planned`` maps the new endpoint module (first) and the registration's file to their
    planned text; ``alias`` is the name the new router is included under. Returns the
    registration to make, moved when that is what reaches the new route (with a note saying
    so), else as it was with a warning for each route out of order, and the path the app
    serves the new route at (its router's prefixes applied).
    """
    method = method.upper()
    ignored = {
        Path(p).resolve().relative_to(root.resolve()).as_posix()
        for p in ignore_files
        if Path(p).resolve().is_relative_to(root.resolve())
    }
    registered, pairs = _analyze(root, method, planned, ignored)
    handlers = [handler for handler, _ in registered]
    endpoint = next(iter(planned))
    relative = endpoint.relative_to(root).as_posix() if endpoint is not None else ""
    served = next((h.path for h in handlers if h.file == relative and method in h.methods), path)
    taken = find_collision(root, method, served, ignore_files=ignore_files, handlers=handlers)
    wrong = [pair for pair in pairs if _in_order(pair) is not True]
    if not wrong:
        return Ordered(registration, served, taken=taken, handlers=tuple(handlers))
    include = _find_include(registration.new, alias)
    moved = _moved(
        root,
        method,
        planned=planned,
        registration=registration,
        pairs=pairs,
        include=include,
        alias=alias,
        ignored=ignored,
    )
    if moved is not None:
        note = _moved_note(wrong[0], method)
        return Ordered(moved, served, notes=(note,), taken=taken, handlers=tuple(handlers))
    prefix = f", prefix={registration.prefix}" if registration.prefix else ""
    line = f"{include.variable if include else 'app'}.include_router({alias}{prefix})"
    warnings = _warnings(wrong, method, line)
    return Ordered(registration, served, warnings=warnings, taken=taken, handlers=tuple(handlers))


def _moved(
    root: Path,
    method: str,
    *,
    planned: Mapping[Path | None, str | None],
    registration: Registration,
    pairs: Sequence[_Pair],
    include: _Include | None,
    alias: str,
    ignored: set[str],
) -> Registration | None:
    """The registration with its include moved, checked by analyzing the result again."""
    text, target = registration.new, registration.path
    if text is None or target is None or include is None:
        return None
    body = _block(parse_source(text), include.function)
    if body is None:
        return None
    spot = _placement(pairs, target.relative_to(root).as_posix(), include, body, alias)
    if spot is None:
        return None
    moved = _move(text, include.line, spot, include.function)
    if moved is None or not _same_statements(text, moved):
        return None
    endpoint = next(iter(planned))
    _, recheck = _analyze(root, method, {endpoint: planned[endpoint], target: moved}, ignored)
    if len(recheck) != len(pairs) or any(_in_order(pair) is not True for pair in recheck):
        return None
    return replace(registration, new=moved)


def _moved_note(pair: _Pair, method: str) -> str:
    """What the move was for, naming the first route that was out of order."""
    new, old = pair.new, pair.old
    if pair.new_first:
        return (
            f"{method} {new.path} is included above {old.function} ({old.file}:{old.line}), "
            f"whose {method} {old.path} would otherwise catch its calls: FastAPI takes the "
            "first route that matches"
        )
    return (
        f"{method} {new.path} is included below {old.function} ({old.file}:{old.line}), "
        f"whose {method} {old.path} it would otherwise catch: FastAPI takes the first route "
        "that matches"
    )
