"""What the text types cost per field: a plain ``str`` field against ``SingleLineText``.

Each case validates a one-field pydantic model (``Field(max_length=...)`` as generated) in a
loop and reports the best of several repeats, in nanoseconds per validation; the difference
to the plain ``str`` model is the cost of the check. The values are what generated inputs
hold: a 20-character name, a 1,000-character description, and non-ASCII text (the check is
a character-class search, so its cost grows with the length, not with the script). Two
other ways of checking (``str.translate`` with a deletion table, and a Python loop over the
characters) are timed on the same values to show why the search was chosen.

Run: ``python bench/text_fields.py [--number N]``; figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import re
import timeit
from collections.abc import Callable

from pydantic import BaseModel, Field

from scaffold.contracts import MultiLineText, SingleLineText

VALUES = {
    "name, 20 ASCII": "Ada Lovelace-Byron 1",
    "description, 1000 ASCII": ("The quick brown fox jumps over the lazy dog.\n" * 23)[:1000],
    "description, 1000 mixed": ("Zoë café, 日本語, \u05e9\u05dc\u05d5\u05dd; " * 50)[:1000],
}


class Plain(BaseModel):
    value: str = Field(max_length=2000)


class Single(BaseModel):
    value: SingleLineText = Field(max_length=2000)


class Multi(BaseModel):
    value: MultiLineText = Field(max_length=2000)


_REFUSED = "".join(
    chr(code) for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))
) + "".join(chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
_SEARCH = re.compile(f"[{re.escape(_REFUSED)}\ud800-\udfff]")
_DELETE = str.maketrans("", "", _REFUSED)
_REFUSED_SET = frozenset(_REFUSED)


def _by_search(value: str) -> bool:
    return _SEARCH.search(value) is None


def _by_translate(value: str) -> bool:
    return len(value.translate(_DELETE)) == len(value)


def _by_loop(value: str) -> bool:
    return not any(char in _REFUSED_SET for char in value)


def _best(call: Callable[[], object], number: int) -> float:
    """Nanoseconds per call, the best of five repeats."""
    return min(timeit.repeat(call, number=number, repeat=5)) / number * 1e9


def measure(number: int) -> list[tuple[str, str, float]]:
    rows = []
    for label, value in VALUES.items():
        single_value = value.replace("\n", " ")
        plain = _best(lambda v=value: Plain.model_validate({"value": v}), number)
        rows.append((label, "plain str model", plain))
        single = _best(lambda v=single_value: Single.model_validate({"value": v}), number)
        rows.append((label, "SingleLineText model (+ cost)", single - plain))
        multi = _best(lambda v=value: Multi.model_validate({"value": v}), number)
        rows.append((label, "MultiLineText model (+ cost)", multi - plain))
        for name, check in (
            ("regex search alone", _by_search),
            ("str.translate alone", _by_translate),
            ("Python loop alone", _by_loop),
        ):
            assert check(single_value)
            rows.append((label, name, _best(lambda c=check, v=single_value: c(v), number)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=20_000, help="calls per repeat")
    number = parser.parse_args().number
    print(f"{'value':<26} {'what':<32} {'ns':>9}")
    for label, what, nanoseconds in measure(number):
        print(f"{label:<26} {what:<32} {nanoseconds:>9.0f}")


if __name__ == "__main__":
    main()
