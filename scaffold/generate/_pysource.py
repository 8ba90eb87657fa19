"""Python source text that is safe and already formatted, whatever text it carries.

User and template text reaches generated Python only through these functions:

* ``py_str``: a string literal, ASCII-only (escapes for anything else), quoted the way
  ``ruff format`` quotes it, so it can never end the literal early or inject code;
* ``doc_text``: text for a docstring or comment: one line, printable ASCII without
  backslashes or quotes, so it can neither close the docstring nor trip linters;
* ``call`` / ``collection``: a call or literal on one line when it fits in ``WIDTH`` columns,
  else one item a line with a trailing comma (the form ``ruff format`` keeps as it is);
* ``docstring`` / ``import_lines``: a docstring wrapped to fit, import statements grouped
  and sorted the way ruff's isort rule wants them.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "WIDTH",
    "Code",
    "argument",
    "assert_equal",
    "call",
    "collection",
    "doc_lines",
    "doc_text",
    "docstring",
    "from_import",
    "import_lines",
    "literal",
    "py_str",
    "split_module",
]

WIDTH = 88
_SIMPLE_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


@dataclass(frozen=True)
class Code:
    """Source text to emit as it is (an expression built by the generator, never user text)."""

    text: str


def py_str(text: str) -> str:
    """``text`` as a Python string literal, ASCII only, with ruff's choice of quotes."""
    quote = "'" if text.count('"') > text.count("'") else '"'
    out = [quote]
    for char in text:
        code = ord(char)
        if char in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[char])
        elif char == quote:
            out.append("\\" + char)
        elif 32 <= code < 127:
            out.append(char)
        elif code < 256:
            out.append(f"\\x{code:02x}")
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    out.append(quote)
    return "".join(out)


def doc_text(text: str) -> str:
    """``text`` for a docstring or a comment: one line of printable ASCII, no ``\\`` or quotes.

    Accents are dropped (é -> e); other characters become their code point (``<U+2603>``);
    whitespace runs become one space. The exact text is kept where it is data (the manifest,
    the checklist).
    """
    folded = unicodedata.normalize("NFKD", text)
    out = []
    for char in folded:
        if unicodedata.combining(char):
            continue
        if char.isspace():
            out.append(" ")
        elif char in '"\\`':
            out.append({'"': "'", "\\": "/", "`": "'"}[char])
        elif 32 <= ord(char) < 127:
            out.append(char)
        else:
            out.append(f"<U+{ord(char):04X}>")
    return re.sub(r" +", " ", "".join(out)).strip()


def doc_lines(text: str, indent: int, first: int = 0) -> list[str]:
    """``doc_text(text)`` wrapped to fit ``WIDTH`` at ``indent`` (first line ``first`` shorter)."""
    width = WIDTH - indent
    wrapper = textwrap.TextWrapper(
        width=width,
        initial_indent=" " * first,
        break_long_words=True,
        break_on_hyphens=False,
    )
    lines = wrapper.wrap(doc_text(text)) or [""]
    lines[0] = lines[0][first:]
    return [line.rstrip() for line in lines]


def literal(value: object) -> str:
    """A JSON-like value (or ``Code``) as one-line Python source."""
    if isinstance(value, Code):
        return value.text
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return _compact_str(value)
    if isinstance(value, list) and len(value) > 4 and all(item == value[0] for item in value):
        return f"[{literal(value[0])}] * {len(value)}"
    if isinstance(value, dict):
        items = ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, (list, tuple)):
        inner = ", ".join(literal(item) for item in value)
        if isinstance(value, tuple):
            return f"({inner},)" if len(value) == 1 else f"({inner})"
        return f"[{inner}]"
    raise TypeError(f"cannot write {type(value).__name__} as a literal")


def _compact_str(text: str) -> str:
    """Long runs of one character as ``"x" * 101`` so test values stay short lines."""
    run = len(text) - len(text.lstrip(text[:1])) if text else 0
    if run < 16:
        return py_str(text)
    rest = text[run:]
    repeated = f"{py_str(text[0])} * {run}"
    return f"{repeated} + {py_str(rest)}" if rest else repeated


def _fits(line: str) -> bool:
    return len(line) <= WIDTH and "\n" not in line


def call(
    func: str, args: Sequence[str], *, indent: int = 0, prefix: str = "", suffix: str = ""
) -> str:
    """``prefix func(args) suffix`` on one line when it fits, else one argument a line."""
    pad = " " * indent
    one = f"{pad}{prefix}{func}({', '.join(args)}){suffix}"
    if _fits(one) or not args:
        return one
    inner = " " * (indent + 4)
    body = "\n".join(f"{inner}{arg}," for arg in args)
    return f"{pad}{prefix}{func}(\n{body}\n{pad}){suffix}"


def argument(display: str) -> str:
    """A ``call`` or ``collection`` rendered at an argument's indent with ``suffix=","`` (so it
    is measured with the comma an exploded call puts after it), as that argument's text."""
    return display.lstrip().removesuffix(",")


def assert_equal(left: str, right: str, *, indent: int = 4) -> str:
    """``assert left == right``; when too long, ``left`` is named first (``got = ...``), so
    each line fits at any line length ruff may be given (a split ruff makes at 88 columns,
    it undoes at 100)."""
    pad = " " * indent
    one = f"{pad}assert {left} == {right}"
    if _fits(one):
        return one
    return f"{pad}got = {left}\n{pad}assert got == {right}"


def collection(
    items: Sequence[str],
    *,
    indent: int = 0,
    prefix: str = "",
    suffix: str = "",
    brackets: str = "[]",
    explode: bool = False,
) -> str:
    """A list, tuple, set or dict display (``items`` already rendered) formatted like ruff."""
    pad = " " * indent
    opening, closing = brackets[0], brackets[1]
    if not items:
        return f"{pad}{prefix}{opening}{closing}{suffix}"
    joined = ", ".join(items)
    if opening == "(" and len(items) == 1:
        joined += ","
    one = f"{pad}{prefix}{opening}{joined}{closing}{suffix}"
    if not explode and _fits(one):
        return one
    inner = " " * (indent + 4)
    body = "\n".join(f"{inner}{item}," for item in items)
    return f"{pad}{prefix}{opening}\n{body}\n{pad}{closing}{suffix}"


def from_import(module: str, names: Iterable[str]) -> str:
    """``from module import a, b`` sorted like ruff's isort, wrapped when too long."""
    ordered = sorted(
        set(names), key=lambda name: (not name.isupper(), not name[:1].isupper(), name)
    )
    line = f"from {module} import {', '.join(ordered)}"
    if _fits(line):
        return line
    return f"from {module} import (\n" + "".join(f"    {name},\n" for name in ordered) + ")"


def docstring(text: str, indent: int) -> str:
    """A one-line or wrapped docstring for ``text`` at ``indent`` spaces."""
    pad = " " * indent
    body = doc_text(text).rstrip(".") + "."
    if len(pad) + 6 + len(body) <= WIDTH:
        return f'{pad}"""{body}"""'
    # Room for the closing quotes too: a body wrapped onto one line would be joined with
    # them by ruff format, past the line length.
    lines = doc_lines(body, indent, first=6)
    return (
        f'{pad}"""'
        + lines[0]
        + "\n"
        + "".join(f"{pad}{line}\n" for line in lines[1:])
        + f'{pad}"""'
    )


def import_lines(
    stdlib: Mapping[str, Iterable[str]],
    third: Mapping[str, Iterable[str]],
    first: Mapping[str, Iterable[str]],
    plain: Iterable[str] = (),
) -> list[str]:
    """Import statements grouped and sorted the way ruff's isort rule wants them."""
    sections: list[list[str]] = []
    ordered = sorted(stdlib, key=str.lower)
    lines = [from_import(module, stdlib[module]) for module in ordered if stdlib[module]]
    if lines:
        sections.append(lines)
    lines = [f"import {name}" for name in sorted(plain)]
    lines += [from_import(module, third[module]) for module in sorted(third, key=str.lower)]
    if lines:
        sections.append(lines)
    lines = [from_import(module, first[module]) for module in sorted(first, key=str.lower)]
    if lines:
        sections.append(lines)
    out: list[str] = []
    for section in sections:
        if out:
            out.append("")
        out.extend(section)
    return out


def split_module(module: str) -> tuple[str, str]:
    """``a.b.c`` -> ``("a.b", "c")``: the package to import a module from, and its name."""
    parent, _, leaf = module.rpartition(".")
    return parent, leaf
