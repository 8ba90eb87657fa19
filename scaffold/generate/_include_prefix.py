"""The path prefix every router included in one place shares, for the new router to share.

An application that includes each router with ``prefix=PREFIX`` (or ``"/api/v1/users"``,
``"/api/v1/items"``, ``f"{settings.API_V1_STR}/auth"``...) serves all its routes under that
prefix; a new router included without it would be the one route outside it. The common part
is read from the include calls' ``prefix=`` arguments, segment by segment (``"/api/v1"`` from
``"/api/v1/users"`` and ``"/api/v1/items"``; ``settings.API_V1_STR`` from it alone and
``f"{settings.API_V1_STR}/auth"``), and written back as an expression in the project's own
terms. Nothing is shared when an include has no prefix, when there are fewer than two, or
when a prefix is an expression other than a string, a name or attribute, an f-string or a
``+`` of those: the new router is then included without one, as before.
"""

from __future__ import annotations

import ast
import itertools
import json
import re
from collections.abc import Sequence

__all__ = ["shared_prefix"]

_SEGMENT = re.compile(r"/*[^/]+|/+")
_Token = tuple[str, str]  # ("text", "/api") or ("expression", "settings.API_V1_STR")


def _tokens(node: ast.expr) -> list[_Token] | None:
    """A prefix as path segments and opaque expressions, or None when it cannot be read."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [("text", segment) for segment in _SEGMENT.findall(node.value)]
    if isinstance(node, ast.Name | ast.Attribute):
        return [("expression", ast.unparse(node))]
    if isinstance(node, ast.JoinedStr):
        found: list[_Token] = []
        for value in node.values:
            part = value.value if isinstance(value, ast.FormattedValue) else value
            if isinstance(value, ast.FormattedValue) and (
                value.conversion != -1 or value.format_spec is not None
            ):
                return None
            tokens = _tokens(part)
            if tokens is None:
                return None
            found.extend(tokens)
        return found
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _tokens(node.left), _tokens(node.right)
        return None if left is None or right is None else left + right
    return None


def _common(prefixes: Sequence[list[_Token]]) -> list[_Token]:
    """The tokens all ``prefixes`` start with, without a trailing slash."""
    columns = zip(*prefixes, strict=False)  # stops at the shortest
    same = len(list(itertools.takewhile(lambda column: len(set(column)) == 1, columns)))
    common = prefixes[0][:same]
    while common and common[-1] == ("text", "/" * len(common[-1][1])):
        common.pop()  # FastAPI refuses a prefix ending in "/"
    return common


def _expression(tokens: Sequence[_Token]) -> str:
    """The tokens written as one Python expression: the expression, a string or an f-string
    (its text escaped as in a string, its braces doubled)."""
    if len(tokens) == 1 and tokens[0][0] == "expression":
        return tokens[0][1]
    if all(kind == "text" for kind, _ in tokens):
        return json.dumps("".join(text for _, text in tokens), ensure_ascii=False)
    parts = [
        f"{{{text}}}"
        if kind == "expression"
        else json.dumps(text, ensure_ascii=False)[1:-1].replace("{", "{{").replace("}", "}}")
        for kind, text in tokens
    ]
    return 'f"' + "".join(parts) + '"'


def shared_prefix(includes: Sequence[ast.Call]) -> str | None:
    """The expression of the prefix that every one of ``includes`` (two or more
    ``x.include_router(...)`` calls) starts its ``prefix=`` with, or None."""
    if len(includes) < 2:
        return None
    prefixes: list[list[_Token]] = []
    for call in includes:
        value = next((k.value for k in call.keywords if k.arg == "prefix"), None)
        tokens = _tokens(value) if value is not None else None
        if not tokens:
            return None
        prefixes.append(tokens)
    common = _common(prefixes)
    if not common or not (common[0][0] == "expression" or common[0][1].startswith("/")):
        return None
    return _expression(common)
