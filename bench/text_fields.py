"""What the text types cost per field: a plain ``str`` field against ``SingleLineText``.

Each case validates a one-field pydantic model (``Field(max_length=2000)``, as generated)
and reports the cost of one validation; the difference to the plain ``str`` model is the
cost of the check. The values are what generated inputs hold: a 20-character name, a
1,000-character description with line breaks, and 1,000 characters of mixed scripts. The
check is ``str.isprintable`` and, only when that fails, a character-class search; the
search alone is measured too, to show what the fast path saves.

Wall-clock time moves with whatever else the machine runs, so ``--instructions`` counts
instructions with valgrind's callgrind instead (each case run with 0 and N calls; the
difference divided by N), as ``bench/runtime_instructions.py`` does.

Run: ``python bench/text_fields.py [--instructions] [--number N]``; figures go to
docs/performance.md ("Text fields").
"""

from __future__ import annotations

import argparse
import shutil
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.runtime_instructions import instructions
from scaffold.contracts import MultiLineText, SingleLineText, _text

VALUES = {
    "name, 20 ASCII": "Ada Lovelace-Byron 1",
    "description, 1000 ASCII": ("The quick brown fox jumps over the lazy dog.\n" * 23)[:1000],
    "description, 1000 mixed": ("Zoë café,\n日本語, \u05e9\u05dc\u05d5\u05dd; " * 50)[:1000],
}


class Plain(BaseModel):
    value: str = Field(max_length=2000)


class Single(BaseModel):
    value: SingleLineText = Field(max_length=2000)


class Multi(BaseModel):
    value: MultiLineText = Field(max_length=2000)


def _one_line(value: str) -> str:
    return value.replace("\n", " ")


def cases() -> dict[str, Callable[[], object]]:
    """Every measured call, by ``value | what``."""
    found: dict[str, Callable[[], object]] = {}
    single_search = _text._refused(False).search
    multi_search = _text._refused(True).search
    for label, value in VALUES.items():
        line = _one_line(value)
        found[f"{label} | plain str, one line"] = lambda v=line: Plain.model_validate({"value": v})
        found[f"{label} | SingleLineText"] = lambda v=line: Single.model_validate({"value": v})
        found[f"{label} | plain str, as is"] = lambda v=value: Plain.model_validate({"value": v})
        found[f"{label} | MultiLineText"] = lambda v=value: Multi.model_validate({"value": v})
        found[f"{label} | single-line search alone"] = lambda v=line: single_search(v)
        found[f"{label} | multi-line search alone"] = lambda v=value: multi_search(v)
    return found


def _differences(cost: dict[str, float]) -> list[tuple[str, float]]:
    rows = []
    for label in VALUES:
        plain = cost[f"{label} | plain str, as is"]
        single = cost[f"{label} | SingleLineText"] - cost[f"{label} | plain str, one line"]
        rows += [
            (f"{label} | plain str model", plain),
            (f"{label} | SingleLineText, cost over str", single),
            (f"{label} | MultiLineText, cost over str", cost[f"{label} | MultiLineText"] - plain),
            (f"{label} | single-line search alone", cost[f"{label} | single-line search alone"]),
            (f"{label} | multi-line search alone", cost[f"{label} | multi-line search alone"]),
        ]
    return rows


def _wall_clock(number: int) -> dict[str, float]:
    """Nanoseconds per call, the best of five repeats."""
    return {
        name: min(timeit.repeat(call, number=number, repeat=5)) / number * 1e9
        for name, call in cases().items()
    }


def _run_case(name: str, calls: int) -> None:
    call = cases()[name]
    call()  # outside the count: lazy caches fill here
    for _ in range(calls):
        call()


def _instructions_per_call(number: int) -> dict[str, float]:
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    script = Path(__file__)
    return {
        name: (instructions(script, name, number) - instructions(script, name, 0)) / number
        for name in cases()
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] in cases():  # one case, run under callgrind
        _run_case(sys.argv[1], int(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=None, help="calls per measurement")
    parser.add_argument("--instructions", action="store_true", help="count with callgrind")
    arguments = parser.parse_args()
    if arguments.instructions:
        cost, unit = _instructions_per_call(arguments.number or 2_000), "instructions"
    else:
        cost, unit = _wall_clock(arguments.number or 20_000), "ns"
    for name, amount in _differences(cost):
        label, what = name.split(" | ")
        print(f"{label:<25} {what:<36} {amount:>9,.0f} {unit}")


if __name__ == "__main__":
    main()
