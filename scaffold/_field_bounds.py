"""The largest bounds a field may carry, wherever it is declared (``--field`` or a template).

The generated tests send a value just past every bound, and the generator builds each sample
in memory to check it: a bound of a billion would cost gigabytes and minutes. The catalog
refuses such a template when it loads it, and ``--field`` when it is parsed.
"""

from __future__ import annotations

__all__ = ["MAX_LIST_ITEMS", "MAX_MAGNITUDE", "MAX_TEXT_LENGTH", "bound_problem"]

MAX_TEXT_LENGTH = 1_000_000
"""The largest length bound of a str or email: a megabyte body is a sane test value."""
MAX_LIST_ITEMS = 10_000
"""The largest item-count bound of a list: the generated tests send one item past it."""
MAX_MAGNITUDE = 10**15
"""The largest bound of a number either side of zero, well inside a JSON number's precision."""

_NUMBERS = frozenset({"int", "float", "decimal"})
_SIZED = frozenset({"str", "email"})


def bound_problem(kind: str, number: float) -> str | None:
    """Why ``number`` is too large a bound for a ``kind`` field, or ``None`` when it fits."""
    if kind == "list":
        high, what = MAX_LIST_ITEMS, "a list's item count"
    elif kind in _SIZED:
        high, what = MAX_TEXT_LENGTH, f"a {kind}'s length"
    elif kind in _NUMBERS:
        if -MAX_MAGNITUDE <= number <= MAX_MAGNITUDE:
            return None
        return f"a bound of a {kind} is -{MAX_MAGNITUDE} to {MAX_MAGNITUDE}"
    else:
        return None
    return None if 0 <= number <= high else f"{what} is 0 to {high}"
