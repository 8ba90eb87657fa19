"""Read a project module written for a newer Python than the one running scaffold.

A project on Python 3.14 writes ``except A, B:`` (PEP 758); one on 3.12 writes ``def f[T]()``
and ``type X = ...`` (PEP 695). ``ast`` on an older interpreter refuses the whole file, and
with it every definition scaffold reads there (the current-user dependency, the app, the
routes). ``parse_source`` is ``ast.parse`` first; only when that raises ``SyntaxError`` does
libcst (whose grammar knows these forms whatever Python runs it) parse the text, and the
newer forms are rewritten into older ones that say the same for reading
(``scaffold._newer_syntax_rewrite``), line for line. Text libcst cannot parse either, or whose
rewrite would move a line, raises the original ``SyntaxError``.

The tree is for reading only: a file scaffold edits is edited on its own text, never
regenerated from this tree. libcst is imported only on the rare file that needs it (importing
it costs more than the rest of a ``new function`` run).
"""

from __future__ import annotations

import ast

__all__ = ["parse_source"]


def parse_source(text: str, filename: str = "<unknown>") -> ast.Module:
    """``ast.parse(text)``; on ``SyntaxError``, the tree of the text rewritten for reading.

    Raises the original ``SyntaxError`` when neither reads the text (``ValueError`` for NUL
    bytes, as ``ast.parse`` does).
    """
    try:
        return ast.parse(text, filename=filename)
    except SyntaxError as error:
        original = error
    from scaffold._newer_syntax_rewrite import older_text

    readable = older_text(text)
    if readable is not None:
        try:
            return ast.parse(readable, filename=filename)
        except SyntaxError:
            pass
    raise original
