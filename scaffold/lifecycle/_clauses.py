"""The clauses of a generated endpoint's ``@contract``, read from source and compared.

A function whose contract lost a clause, or whose clause was loosened by hand (a lower role, a
looser rate limit, a wider ownership bypass), is *weakened*. The source is read with ``ast``,
never imported, so a project that does not even import cleanly can still be checked. The
reference is what the tool generated (the recorded original, or a fresh render of it).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from scaffold._newer_syntax import parse_source
from scaffold.contracts._auth import DEFAULT_ROLE_HIERARCHY, RoleHierarchy

__all__ = ["Clause", "compare_clauses", "read_clauses"]

_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
# Clauses that may appear more than once, told apart by their first argument.
_KEYED = frozenset({"rate_limit", "audit_log", "business_rule", "invariant"})
_ROLES = RoleHierarchy(DEFAULT_ROLE_HIERARCHY)


@dataclass(frozen=True)
class Clause:
    """One condition of a contract: its factory name and its arguments, as literals or source."""

    kind: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        first = self.args[0] if self.args and self.kind in _KEYED else ""
        return (self.kind, str(first))

    def argument(self, position: int, name: str, default: Any = None) -> Any:
        if name in self.kwargs:
            return self.kwargs[name]
        return self.args[position] if len(self.args) > position else default

    def label(self) -> str:
        return self.kind if not self.key[1] else f"{self.kind} {self.key[1]!r}"


def _value(node: ast.expr) -> Any:
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return ast.unparse(node)


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _clause(node: ast.expr) -> Clause:
    if isinstance(node, ast.Call) and (kind := _name(node.func)) is not None:
        return Clause(
            kind,
            tuple(_value(arg) for arg in node.args),
            {kw.arg: _value(kw.value) for kw in node.keywords if kw.arg is not None},
        )
    return Clause(ast.unparse(node))


def _contract_calls(tree: ast.Module) -> Iterable[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for decorator in node.decorator_list:
                if isinstance(decorator, ast.Call) and _name(decorator.func) == "contract":
                    yield decorator


def read_clauses(source: str) -> tuple[Clause, ...] | None:
    """Every clause of the first ``@contract`` in ``source``; ``None`` when it has none.

    Raises ``SyntaxError`` when the source does not parse (conflict markers, for example);
    syntax of a newer Python than the running one (``except A, B:``) is read.
    """
    tree = parse_source(source)
    for call in _contract_calls(tree):
        clauses: list[Clause] = []
        for keyword in call.keywords:
            if keyword.arg in ("requires", "ensures") and isinstance(
                keyword.value, ast.List | ast.Tuple
            ):
                clauses.extend(_clause(element) for element in keyword.value.elts)
        return tuple(clauses)
    return None


def _role_weaker(reference: Any, current: Any) -> bool:
    if reference is None or reference == current:
        return False
    if current is None or not isinstance(current, str) or not isinstance(reference, str):
        return True
    return current not in _ROLES.satisfying(reference)


def _rate(clause: Clause) -> float | None:
    limit, per = clause.argument(1, "limit"), clause.argument(2, "per", "minute")
    if not isinstance(limit, int) or per not in _SECONDS:
        return None
    return limit / _SECONDS[per]


def _describe_rate(clause: Clause) -> str:
    return f"{clause.argument(1, 'limit')}/{clause.argument(2, 'per', 'minute')}"


def _roles(value: Any) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset({value})
    if isinstance(value, Sequence):
        return frozenset(str(role) for role in value)
    return frozenset({str(value)})


def _changes(reference: Clause, current: Clause) -> list[str]:
    kind = reference.kind
    found: list[str] = []
    if kind == "auth":
        was, now = reference.argument(0, "role", "user"), current.argument(0, "role", "user")
        if _role_weaker(was, now):
            found.append(f"auth role lowered to {now or 'anyone signed in'} (was {was})")
    elif kind == "rate_limit":
        was_rate, now_rate = _rate(reference), _rate(current)
        if was_rate is not None and (now_rate is None or now_rate > was_rate):
            found.append(
                f"rate_limit {reference.key[1]!r} loosened to {_describe_rate(current)} "
                f"(was {_describe_rate(reference)})"
            )
        was_by, now_by = reference.argument(3, "by", "user"), current.argument(3, "by", "user")
        if was_by != now_by:
            found.append(f"rate_limit {reference.key[1]!r} keyed by {now_by} (was {was_by})")
    elif kind == "owns":
        was_field, now_field = reference.argument(0, "field"), current.argument(0, "field")
        if was_field != now_field:
            found.append(f"owns checks {now_field} (was {was_field})")
        was_bypass = _roles(reference.argument(1, "bypass_roles", ("admin",)))
        now_bypass = _roles(current.argument(1, "bypass_roles", ("admin",)))
        if now_bypass - was_bypass:
            widened = ", ".join(sorted(now_bypass - was_bypass))
            found.append(f"owns bypass widened to {widened}")
    elif kind == "bulk":
        was_max, now_max = reference.argument(0, "max_items"), current.argument(0, "max_items")
        if isinstance(was_max, int) and (not isinstance(now_max, int) or now_max > was_max):
            found.append(f"bulk max_items raised to {now_max} (was {was_max})")
    elif reference != current:
        found.append(f"{reference.label()} changed")
    return found


def compare_clauses(reference: Sequence[Clause], current: Sequence[Clause]) -> list[str]:
    """How ``current`` is weaker than ``reference``, one phrase a change; empty when it is not.

    Added clauses and stricter values are not reported: tightening a contract is the user's
    right. A clause present twice in the reference must be present twice in the current one.
    """
    remaining: dict[tuple[str, str], list[Clause]] = {}
    for clause in current:
        remaining.setdefault(clause.key, []).append(clause)
    found: list[str] = []
    for clause in reference:
        candidates = remaining.get(clause.key)
        if not candidates:
            found.append(f"{clause.label()} removed")
            continue
        found.extend(_changes(clause, candidates.pop(0)))
    return found
