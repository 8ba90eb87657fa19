"""Rewrite syntax newer than the running Python into older syntax that reads the same.

Used by ``scaffold._newer_syntax.parse_source`` on a file ``ast`` refused. The rewrites:

- an unparenthesised ``except`` tuple (PEP 758, Python 3.14) gains its parentheses;
- ``except*`` (Python 3.11) is read as ``except``, for Python 3.10;
- type parameters of a function or class (PEP 695, 3.12) are left out
  (``def f[T](x: T)`` -> ``def f(x: T)``), and ``type X = ...`` is read as ``X = ...``;
- a t-string (PEP 750, 3.14) is read as an f-string.

Each keeps every line where it was (only columns on a rewritten line move); type parameters
written over several lines would not, so a module holding them is not rewritten at all.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

# Imported only by ``parse_source``, on a file ``ast`` refused: never on scaffold's common path.
import libcst as cst  # noqa: TID253

__all__ = ["older_text"]


@functools.lru_cache(maxsize=32)
def older_text(text: str) -> str | None:
    """``text`` rewritten line for line, or ``None`` when libcst cannot parse it or a rewrite
    would move a line. Kept for the run: one ``new function`` reads a module several times
    (auth, routes, registration)."""
    try:
        module = cst.parse_module(text)
    except (cst.ParserSyntaxError, RecursionError):
        return None
    rewriter = _OlderSyntax(module)
    code = module.visit(rewriter).code
    if rewriter.moves_lines or code.count("\n") != text.count("\n"):
        return None
    return code


def _parenthesised(kind: cst.BaseExpression | None) -> cst.BaseExpression | None:
    if isinstance(kind, cst.Tuple) and not kind.lpar:
        return kind.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
    return kind


def _formatted(
    parts: Sequence[cst.BaseTemplatedStringContent],
) -> list[cst.BaseFormattedStringContent]:
    found: list[cst.BaseFormattedStringContent] = []
    for part in parts:
        if isinstance(part, cst.TemplatedStringText):
            found.append(cst.FormattedStringText(value=part.value))
        elif isinstance(part, cst.TemplatedStringExpression):
            spec = _formatted(part.format_spec) if part.format_spec is not None else None
            found.append(
                cst.FormattedStringExpression(
                    expression=part.expression,
                    conversion=part.conversion,
                    format_spec=spec,
                    whitespace_before_expression=part.whitespace_before_expression,
                    whitespace_after_expression=part.whitespace_after_expression,
                    equal=part.equal,
                )
            )
    return found


class _OlderSyntax(cst.CSTTransformer):
    """The rewrites of the module docstring; ``moves_lines`` when one would move a line."""

    def __init__(self, module: cst.Module) -> None:
        super().__init__()
        self.module = module
        self.moves_lines = False

    def _left_out(self, node: cst.CSTNode | None) -> None:
        if node is not None and "\n" in self.module.code_for_node(node):
            self.moves_lines = True

    def leave_ExceptHandler(
        self, original_node: cst.ExceptHandler, updated_node: cst.ExceptHandler
    ) -> cst.ExceptHandler:
        return updated_node.with_changes(type=_parenthesised(updated_node.type))

    def leave_TryStar(self, original_node: cst.TryStar, updated_node: cst.TryStar) -> cst.Try:
        handlers = [
            cst.ExceptHandler(
                body=handler.body,
                type=_parenthesised(handler.type),
                name=handler.name,
                leading_lines=handler.leading_lines,
                whitespace_after_except=cst.SimpleWhitespace(" "),
                whitespace_before_colon=handler.whitespace_before_colon,
            )
            for handler in updated_node.handlers
        ]
        return cst.Try(
            body=updated_node.body,
            handlers=handlers,
            orelse=updated_node.orelse,
            finalbody=updated_node.finalbody,
            leading_lines=updated_node.leading_lines,
            whitespace_before_colon=updated_node.whitespace_before_colon,
        )

    def leave_FunctionDef(
        self, original_node: cst.FunctionDef, updated_node: cst.FunctionDef
    ) -> cst.FunctionDef:
        self._left_out(original_node.type_parameters)
        return updated_node.with_changes(type_parameters=None)

    def leave_ClassDef(
        self, original_node: cst.ClassDef, updated_node: cst.ClassDef
    ) -> cst.ClassDef:
        self._left_out(original_node.type_parameters)
        return updated_node.with_changes(type_parameters=None)

    def leave_TypeAlias(
        self, original_node: cst.TypeAlias, updated_node: cst.TypeAlias
    ) -> cst.Assign:
        self._left_out(original_node.type_parameters)
        return cst.Assign(
            targets=[cst.AssignTarget(target=updated_node.name)],
            value=updated_node.value,
            semicolon=updated_node.semicolon,
        )

    def leave_TemplatedString(
        self, original_node: cst.TemplatedString, updated_node: cst.TemplatedString
    ) -> cst.FormattedString:
        prefix_length = len(updated_node.start.rstrip("'\""))
        prefix = updated_node.start[:prefix_length].replace("t", "f").replace("T", "F")
        return cst.FormattedString(
            parts=_formatted(updated_node.parts),
            start=prefix + updated_node.start[prefix_length:],
            end=updated_node.end,
            lpar=updated_node.lpar,
            rpar=updated_node.rpar,
        )
