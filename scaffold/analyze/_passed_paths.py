"""The paths an HTTP middleware lets through before it checks the caller.

``if is_public_path(request.url.path): return await call_next(request)`` ahead of the check
leaves the routes under the listed prefixes open and guards the rest. When every test of the
path that decides what the middleware does can be read, as literal paths and prefixes passed
on or as a refusal that only refuses more, the middleware guards the paths it does not pass;
when one cannot be read (a path tested to decide whether to check at all, a computed list),
which paths it guards is not known and it guards none.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from scaffold.analyze._modules import Index, Module
from scaffold.analyze._signals import passes_on, reads_the_path

__all__ = ["PassedPaths", "passed_paths"]

Function = ast.FunctionDef | ast.AsyncFunctionDef

_MAX_DEPTH = 4


@dataclass(frozen=True)
class PassedPaths:
    """Paths a middleware passes on unchecked: exact paths, prefixes and paths holding a
    word (``if "auth" in path``)."""

    exact: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()
    holding: frozenset[str] = frozenset()

    def __or__(self, other: PassedPaths) -> PassedPaths:
        return PassedPaths(
            self.exact | other.exact,
            self.prefixes | other.prefixes,
            self.holding | other.holding,
        )

    def lets_through(self, path: str) -> bool:
        return (
            path in self.exact
            or any(path.startswith(p) for p in self.prefixes)
            or any(word in path for word in self.holding)
        )


def passed_paths(index: Index, module: Module, func: Function) -> PassedPaths | None:
    """What ``func`` passes on unchecked, or ``None`` when a test of the path cannot be read."""
    names = _path_names(func)
    loops = _loop_values(index, module, func)
    passed = PassedPaths()
    flags: set[str] = set()
    for node in ast.walk(func):
        if isinstance(node, ast.IfExp | ast.While | ast.Match | ast.Assert) and _mentions(
            node, names
        ):
            return None
        if not isinstance(node, ast.If) or not _mentions(node.test, names):
            continue
        if node.orelse:
            return None
        flag = _raised_flag(node.body)
        if flag is not None or passes_on(node.body):
            read = _Tests(index, module, names, loops).literal(node.test)
            if read is None:
                return None
            passed |= read
            if flag is not None:
                flags.add(flag)
        elif not _only_refuses(node.body):
            return None  # a check made for some paths only
    if not all(_checks_unless(func, flag) for flag in flags):
        return None
    return passed


def _raised_flag(body: list[ast.stmt]) -> str | None:
    """The name a branch sets to ``True`` and nothing else (``allowed = True; break``)."""
    names = {
        target.id
        for statement in body
        if isinstance(statement, ast.Assign)
        and isinstance(statement.value, ast.Constant)
        and statement.value.value is True
        for target in statement.targets
        if isinstance(target, ast.Name)
    }
    simple = all(isinstance(s, ast.Assign | ast.Break) for s in body)
    return names.pop() if simple and len(names) == 1 else None


def _checks_unless(func: Function, flag: str) -> bool:
    """Whether the flag a passed path raises only skips the check: it starts ``False`` and is
    read only by ``if not flag: <check>`` or ``if flag: <pass on>``, so the paths that do not
    raise it are checked."""
    starts_false = False
    read_by_gate = 0
    for node in ast.walk(func):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == flag for t in node.targets
        ):
            starts_false |= isinstance(node.value, ast.Constant) and node.value.value is False
        elif isinstance(node, ast.If) and not node.orelse:
            negated, gate = _negation(node.test)
            if _named(gate, flag):
                if negated == passes_on(node.body):
                    return False  # if flag: <check>, or if not flag: <pass on>
                read_by_gate += 1
    uses = sum(
        isinstance(n, ast.Name) and n.id == flag and isinstance(n.ctx, ast.Load)
        for n in ast.walk(func)
    )
    return starts_false and read_by_gate == uses and uses > 0


def _negation(test: ast.expr) -> tuple[bool, ast.expr]:
    """Whether ``test`` is ``not x``, and ``x`` (else ``test`` itself)."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return True, test.operand
    return False, test


def _named(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _path_names(func: Function) -> frozenset[str]:
    """Local names bound to the request's path (``path = request.url.path``)."""
    return frozenset(
        target.id
        for node in ast.walk(func)
        if isinstance(node, ast.Assign) and reads_the_path(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    )


def _mentions(node: ast.AST, names: frozenset[str]) -> bool:
    if reads_the_path(node):
        return True
    return any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(node))


def _is_path(node: ast.expr, names: frozenset[str]) -> bool:
    if isinstance(node, ast.Name):
        return node.id in names
    return reads_the_path(node) and isinstance(node, ast.Attribute | ast.Subscript)


def _only_refuses(body: list[ast.stmt]) -> bool:
    """A branch that answers or raises and does nothing else that could skip a check."""
    last = body[-1] if body else None
    simple = all(isinstance(s, ast.Assign | ast.AnnAssign | ast.Expr) for s in body[:-1])
    return simple and isinstance(last, ast.Return | ast.Raise) and not passes_on(body)


def _loop_values(index: Index, module: Module, code: ast.AST) -> dict[str, frozenset[str]]:
    """Loop names over literal strings: ``for prefix in PUBLIC_PREFIXES``."""
    found: dict[str, frozenset[str]] = {}
    local = _local_literals(code)
    for node in ast.walk(code):
        loops = node.generators if isinstance(node, ast.GeneratorExp | ast.ListComp) else ()
        pairs = [(c.target, c.iter) for c in loops]
        if isinstance(node, ast.For):
            pairs.append((node.target, node.iter))
        for target, iterated in pairs:
            named = local.get(iterated.id) if isinstance(iterated, ast.Name) else None
            values = _strings(index, module, named or iterated, 0)
            if isinstance(target, ast.Name) and values is not None:
                found[target.id] = values
    return found


def _local_literals(code: ast.AST) -> dict[str, ast.expr]:
    """Names the code binds once to a literal collection and never changes, and that
    literal: ``public = ["/docs", "auth"]`` inside the middleware."""
    bound: dict[str, list[ast.expr]] = {}
    changed: set[str] = set()
    for node in ast.walk(code):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    bound.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign) and isinstance(node.target, ast.Name):
            changed.add(node.target.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            changed.add(node.value.id)  # public.append(...): no longer the literal
    return {
        name: values[0]
        for name, values in bound.items()
        if len(values) == 1
        and name not in changed
        and isinstance(values[0], ast.List | ast.Tuple | ast.Set)
    }


def _strings(index: Index, module: Module, node: ast.AST, depth: int) -> frozenset[str] | None:
    """The literal strings an expression holds: a string, a collection of them, or a name
    bound to one at module level."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return frozenset({node.value})
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        values: set[str] = set()
        for element in node.elts:
            read = _strings(index, module, element, depth + 1)
            if read is None:
                return None
            values |= read
        return frozenset(values)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"frozenset", "set", "tuple", "list"}
        and len(node.args) == 1
    ):
        return _strings(index, module, node.args[0], depth + 1)
    if isinstance(node, ast.Name | ast.Attribute):
        symbol = index.resolve(module, node)
        if symbol is not None and symbol.module is not None and isinstance(symbol.node, ast.expr):
            return _strings(index, symbol.module, symbol.node, depth + 1)
    return None


@dataclass(frozen=True)
class _Tests:
    """Reads a test of the path where ``names`` hold it and ``loops`` name literal strings."""

    index: Index
    module: Module
    names: frozenset[str]
    loops: dict[str, frozenset[str]]

    def strings(self, node: ast.expr) -> frozenset[str] | None:
        if isinstance(node, ast.Name) and node.id in self.loops:
            return self.loops[node.id]
        return _strings(self.index, self.module, node, 0)

    def literal(self, test: ast.expr, depth: int = 0) -> PassedPaths | None:
        """The paths for which ``test`` holds, when it is written with literal paths only."""
        if depth > _MAX_DEPTH:
            return None
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
            passed = PassedPaths()
            for value in test.values:
                read = self.literal(value, depth + 1)
                if read is None:
                    return None
                passed |= read
            return passed
        if isinstance(test, ast.Call):
            return self.called(test, depth)
        if (
            isinstance(test, ast.Compare)
            and len(test.ops) == 1
            and isinstance(test.ops[0], ast.Eq | ast.In)
            and _is_path(test.left, self.names)
        ):
            values = self.strings(test.comparators[0])
            return PassedPaths(exact=values) if values is not None else None
        if (
            isinstance(test, ast.Compare)
            and len(test.ops) == 1
            and isinstance(test.ops[0], ast.In)
            and _is_path(test.comparators[0], self.names)
        ):
            values = self.strings(test.left)  # "auth" in path: every path holding the word
            return PassedPaths(holding=values) if values is not None else None
        return None

    def called(self, call: ast.Call, depth: int) -> PassedPaths | None:
        """``path.startswith(...)``, ``any(... for p in PREFIXES)`` or a helper of the
        project whose one statement is such a test (``is_public_path(path)``)."""
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "startswith" and len(call.args) == 1:
            values = self.strings(call.args[0]) if _is_path(func.value, self.names) else None
            return PassedPaths(prefixes=values) if values is not None else None
        if isinstance(func, ast.Name) and func.id == "any" and len(call.args) == 1:
            generated = call.args[0]
            if not isinstance(generated, ast.GeneratorExp) or any(
                g.ifs for g in generated.generators
            ):
                return None
            loops = {**self.loops, **_loop_values(self.index, self.module, generated)}
            inner = _Tests(self.index, self.module, self.names, loops)
            return inner.literal(generated.elt, depth + 1)
        symbol = self.index.resolve(self.module, func) if isinstance(func, ast.Name) else None
        node = symbol.node if symbol is not None else None
        if symbol is None or symbol.module is None or not isinstance(node, Function):
            return None
        body = [s for s in node.body if not _is_docstring(s)]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
            return None
        given = frozenset(
            parameter.arg
            for parameter, argument in zip(node.args.args, call.args, strict=False)
            if _is_path(argument, self.names)
        )
        if not given:
            return None
        loops = _loop_values(self.index, symbol.module, node)
        return _Tests(self.index, symbol.module, given, loops).literal(body[0].value, depth + 1)


def _is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
