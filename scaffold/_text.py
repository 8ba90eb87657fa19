"""Text types that refuse the characters a stored or displayed string should never carry.

``SingleLineText`` (names, titles, ids, search terms) and ``MultiLineText`` (descriptions,
bodies) are ``str`` with one ``AfterValidator`` each, so ``Field(max_length=...)`` and the
other string constraints still apply. Both refuse:

- C0 and C1 control characters and DEL: NUL is harmless in JSON but PostgreSQL ``text``
  refuses it (a 500 once a real database stores the value), and the others are invisible
  or rewrite a terminal or a log line;
- the explicit bidirectional formatting characters (U+202A-U+202E embeddings and overrides,
  U+2066-U+2069 isolates): "Trojan Source" text that renders in another order than it is
  stored, e.g. a display name shown reversed to other users;
- unpaired surrogates (U+D800-U+DFFF), which a JSON ``\\ud800`` escape carries into a
  ``str`` that no UTF-8 database or log can encode (pydantic refuses them only in a field
  with a length bound).

``MultiLineText`` keeps TAB, LF and CR, and the implicit direction marks (U+200E, U+200F,
U+061C) that right-to-left prose uses; they cannot reorder a span. ``SingleLineText`` also
refuses those, and U+2028/U+2029 (line and paragraph separators): a single-line value with
a line break forges log lines and headers, and an invisible mark makes ``admin`` and
``admin<U+200F>`` look the same.

They live outside ``scaffold.contracts`` (which re-exports them) so the generator and the
catalog, which check sample values and template defaults with the same rule, do not load the
whole runtime to do it. The check is ``str.isprintable`` on the value, and a precompiled
character-class search only when that fails (docs/performance.md, "Text fields"). The error
never repeats the character: it names its class and code point.
"""

from __future__ import annotations

import functools
import re
from typing import Annotated

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

__all__ = ["MultiLineText", "SingleLineText", "bidi_control", "text_problem"]

_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_LAYOUT = "\t\n\r\u2028\u2029"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_MARKS = "\u200e\u200f\u061c"
_SURROGATES = "\ud800-\udfff"


# The patterns are compiled on first use: text that passes ``str.isprintable`` (nearly all of
# it) never needs them, and compiling these Unicode classes was most of this module's import,
# paid by every service that imports the runtime.
@functools.cache
def _refused(multiline: bool) -> re.Pattern[str]:
    if multiline:
        return re.compile(f"[{_CONTROL}{_BIDI}{_SURROGATES}]")
    return re.compile(f"[{_CONTROL}{_LAYOUT}{_BIDI}{_MARKS}{_SURROGATES}]")


@functools.cache
def _classes() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(pattern, error type, what the message calls the character), by class."""
    return (
        (re.compile(f"[{_LAYOUT}]"), "string_line_break", "a line break or tab"),
        (re.compile(f"[{_CONTROL}]"), "string_control_character", "a control character"),
        (re.compile(f"[{_BIDI}]"), "string_bidi_control", "a bidirectional override or isolate"),
        (re.compile(f"[{_MARKS}]"), "string_bidi_control", "an invisible direction mark"),
        (re.compile(f"[{_SURROGATES}]"), "string_unpaired_surrogate", "an unpaired surrogate"),
    )


def bidi_control(value: str) -> re.Match[str] | None:
    """The first bidirectional override or isolate in ``value`` ("Trojan Source"), or None."""
    return _classes()[2][0].search(value)


def _describe(char: str) -> tuple[str, str]:
    for pattern, error_type, what in _classes():
        if pattern.match(char):
            return error_type, what
    raise AssertionError(f"U+{ord(char):04X} is refused but in no class")  # pragma: no cover


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """Why ``value`` is refused (class and code point, never the character), or ``None``."""
    if _printable(value, multiline=multiline):
        return None
    found = _refused(multiline).search(value)
    if found is None:
        return None
    return f"{_describe(found.group())[1]} (U+{ord(found.group()):04X})"


def _refuse(value: str, multiline: bool, kind: str) -> str:
    found = _refused(multiline).search(value)
    if found is None:
        return value
    char = found.group()
    error_type, what = _describe(char)
    raise PydanticCustomError(
        error_type,
        "{kind} text must not contain {what} (U+{code} at position {position})",
        {"kind": kind, "what": what, "code": f"{ord(char):04X}", "position": found.start()},
    )


# Every refused character is non-printable (categories Cc, Cf, Cs, Zl, Zp), and
# ``str.isprintable`` runs several times faster than a regex search, so text that passes it
# needs no search; the search finds the culprit, or lets through an allowed non-printable
# character (a no-break space, a zero-width joiner).


def _printable(value: str, *, multiline: bool) -> bool:
    """Whether ``value`` certainly holds no refused character (the common case, no search)."""
    return value.isprintable() or (multiline and _without_layout(value).isprintable())


def _single_line(value: str) -> str:
    if value.isprintable():  # inline, as in ``_printable``: this runs on every request
        return value
    return _refuse(value, False, "Single-line")


def _multi_line(value: str) -> str:
    if value.isprintable() or _without_layout(value).isprintable():
        return value
    return _refuse(value, True, "Multi-line")


def _without_layout(value: str) -> str:
    return value.replace("\n", " ").replace("\r", " ").replace("\t", " ")


SingleLineText = Annotated[str, AfterValidator(_single_line)]
"""A ``str`` without control, line-break, bidi-control or surrogate characters (names, ids)."""

MultiLineText = Annotated[str, AfterValidator(_multi_line)]
"""A ``str`` that keeps TAB, LF, CR and direction marks, but refuses other control characters,
bidirectional overrides or isolates and unpaired surrogates (descriptions, bodies)."""
