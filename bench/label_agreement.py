"""How far two blind readings of the same routes agree, and so how far a matcher can agree with one.

Each held-out set is labelled once, by one writer. ``tests/matching/second_reading.yaml`` labels
a sample of their routes again, by hands that saw neither the first labels nor the matcher,
reading each route's code at the pinned commit by the same written rules. The sample is whole
applications drawn at random from the sets of one round of writing (its header says which and
how). This script reports, on that sample:

1. how often the two readings give the same label (and Cohen's kappa, agreement beyond chance);
   where they differ, which reading asks the stronger contract, by the strength order the weaker
   counts use;
2. the matcher's top-1 against the first reading, against the second, and against either;
3. what ``--yes`` generates weaker than the first reading, than the second, and than both.

The first figure is the ceiling the issue's top-1 target meets: a matcher scored against one
reading cannot be expected to agree with it more often than a second careful reader does.

    python bench/label_agreement.py            # the figures, per draw and for all
    python bench/label_agreement.py --differ   # and every route the readings label differently
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from matching_accuracy import label_strength, load_set, weaker_than  # bench/: its folder

from scaffold.catalog import Catalog, load_catalog
from scaffold.matching import Chosen, Floor, Strength, decide, match_request

MATCHING = Path(__file__).resolve().parents[1] / "tests" / "matching"
SECOND_READING = MATCHING / "second_reading.yaml"


@dataclass(frozen=True)
class Draw:
    """One random draw of whole applications from the sets of some rounds of writing."""

    sets: tuple[str, ...]
    seed: int
    at_least: int


DRAWS = (
    Draw(
        sets=(
            "hundredfiftyninth",
            "hundredsixtieth",
            "hundredsixtyfirst",
            "hundredsixtysecond",
            "hundredsixtythird",
            "hundredsixtyfourth",
            "hundredsixtyfifth",
            "hundredsixtysixth",
            "hundredsixtyseventh",
            "hundredsixtyeighth",
            "hundredsixtyninth",
            "hundredseventieth",
        ),
        seed=20261206,
        at_least=300,
    ),
    Draw(sets=("hundredseventyfirst", "hundredseventysecond"), seed=171172, at_least=150),
    Draw(sets=("hundredseventythird", "hundredseventyfourth"), seed=173174, at_least=150),
    Draw(sets=("hundredseventyfifth", "hundredseventysixth"), seed=175176, at_least=150),
    Draw(sets=("hundredseventyseventh", "hundredseventyeighth"), seed=177178, at_least=150),
    Draw(sets=("hundredseventyninth", "hundredeightieth"), seed=179180, at_least=150),
    Draw(sets=("hundredeightyfirst", "hundredeightysecond"), seed=181182, at_least=150),
    Draw(sets=("hundredeightythird", "hundredeightyfourth"), seed=183184, at_least=150),
    Draw(sets=("hundredeightyfifth", "hundredeightysixth"), seed=185186, at_least=150),
    Draw(sets=("hundredeightyseventh", "hundredeightyeighth"), seed=187188, at_least=150),
    Draw(sets=("hundredeightyninth", "hundredninetieth"), seed=189190, at_least=150),
    Draw(sets=("hundredninetyfirst", "hundredninetysecond"), seed=191192, at_least=150),
    Draw(sets=("hundredninetyfifth", "hundredninetysixth"), seed=195196, at_least=150),
    Draw(sets=("hundredninetyninth", "twohundredth"), seed=199200, at_least=150),
    Draw(sets=("twohundredfirst", "twohundredsecond"), seed=201202, at_least=150),
    Draw(sets=("twohundredthird", "twohundredfourth"), seed=203204, at_least=150),
    Draw(sets=("twohundredfifth", "twohundredsixth"), seed=205206, at_least=150),
    Draw(sets=("twohundredseventh", "twohundredeighth"), seed=207208, at_least=150),
    Draw(sets=("twohundredninth", "twohundredtenth"), seed=209210, at_least=150),
    Draw(sets=("twohundredeleventh", "twohundredtwelfth"), seed=211212, at_least=150),
    Draw(sets=("twohundredthirteenth", "twohundredfourteenth"), seed=213214, at_least=150),
    Draw(sets=("twohundredfifteenth", "twohundredsixteenth"), seed=215216, at_least=150),
    Draw(sets=("twohundredseventeenth", "twohundredeighteenth"), seed=217218, at_least=150),
    Draw(sets=("twohundrednineteenth", "twohundredtwentieth"), seed=219220, at_least=150),
    Draw(sets=("twohundredtwentyfirst", "twohundredtwentysecond"), seed=221222, at_least=150),
    Draw(sets=("twohundredtwentythird", "twohundredtwentyfourth"), seed=223224, at_least=150),
    Draw(sets=("twohundredtwentyfifth", "twohundredtwentysixth"), seed=225226, at_least=150),
    Draw(sets=("twohundredtwentyseventh", "twohundredtwentyeighth"), seed=227228, at_least=150),
    Draw(sets=("twohundredtwentyninth", "twohundredthirtieth"), seed=229230, at_least=150),
    Draw(sets=("twohundredthirtyfirst", "twohundredthirtysecond"), seed=231232, at_least=150),
    Draw(sets=("twohundredthirtythird", "twohundredthirtyfourth"), seed=233234, at_least=150),
    Draw(sets=("twohundredthirtyfifth", "twohundredthirtysixth"), seed=235236, at_least=150),
    Draw(sets=("twohundredthirtyseventh", "twohundredthirtyeighth"), seed=237238, at_least=150),
)


@dataclass(frozen=True)
class Route:
    """One route read twice: its description, the set it came from and both labels."""

    text: str
    source: str
    first_set: str
    first: str
    second: str
    hidden: tuple[bool, bool]

    @property
    def app(self) -> str:
        """The repository ("owner/name") the route comes from."""
        return self.source.split("@")[0]


@functools.cache
def applications(name: str) -> dict[str, list[dict[str, Any]]]:
    """A set's entries by the repository ("owner/name") of their source, in the set's order
    (read once per process; callers do not change it)."""
    apps: dict[str, list[dict[str, Any]]] = {}
    for case in load_set(MATCHING / f"{name}_set.yaml"):
        apps.setdefault(case["source"].split("@")[0], []).append(case)
    return apps


def drawn(draw: Draw) -> list[tuple[str, str]]:
    """The (set, repository) pairs a draw takes: every application of its sets, sorted,
    shuffled with its seed, taken in that order until ``at_least`` routes are reached."""
    sizes = {
        (name, repo): len(cases) for name in draw.sets for repo, cases in applications(name).items()
    }
    order = sorted(sizes)
    random.Random(draw.seed).shuffle(order)
    taken: list[tuple[str, str]] = []
    total = 0
    for key in order:
        if total >= draw.at_least:
            break
        taken.append(key)
        total += sizes[key]
    return taken


def routes(path: Path = SECOND_READING) -> list[Route]:
    """The second reading's routes, each with the first reading's label from its set file.

    A route whose description and source are not in the named set is an error: the two
    readings must be of the same route."""
    entries: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: list[Route] = []
    for entry in entries:
        name = entry["first_set"]
        cases = applications(name).get(entry["source"].split("@")[0], [])
        first = next((case for case in cases if case["text"] == entry["text"]), None)
        if first is None or first["source"] != entry["source"]:
            raise ValueError(f"{entry['text']!r} ({entry['source']}) is not in the {name} set")
        hidden = (bool(first.get("hidden_access")), bool(entry.get("hidden_access")))
        out.append(
            Route(entry["text"], entry["source"], name, first["label"], entry["label"], hidden)
        )
    return out


def kappa(pairs: Sequence[tuple[str, str]]) -> float:
    """Cohen's kappa of two readings: their agreement beyond what chance alone would give."""
    total = len(pairs)
    observed = sum(a == b for a, b in pairs) / total
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    expected = sum(left[label] * right[label] for label in left) / total**2
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def stronger_reading(route: Route, catalog: Catalog) -> str:
    """Which reading asks the stronger contract: "first", "second", "neither" (the same
    strength under two labels) or "apart" (neither admits the other's contract)."""
    first = label_strength(route.first, catalog)
    second = label_strength(route.second, catalog)
    first_admits_second = Floor(first.level, first.bulk).admits(second)
    second_admits_first = Floor(second.level, second.bulk).admits(first)
    if first_admits_second and second_admits_first:
        return "neither"
    if first_admits_second:
        return "second"
    if second_admits_first:
        return "first"
    return "apart"


Outcome = tuple[str, Strength | None]


def outcomes(sample: Sequence[Route], catalog: Catalog) -> dict[Route, Outcome]:
    """What the matcher does with each route, once: its top pick, and the strength of the
    contract ``--yes`` generates (None where it generates nothing)."""
    out: dict[Route, Outcome] = {}
    for route in sample:
        result = match_request(route.text, catalog)
        top = result.matches[0].template if result.matches else ""
        decision = decide(result, interactive=False, assume_yes=True)
        chosen = decision.match.strength if isinstance(decision, Chosen) else None
        out[route] = (top, chosen)
    return out


def report_agreement(sample: Sequence[Route], catalog: Catalog) -> None:
    total = len(sample)
    same = sum(route.first == route.second for route in sample)
    apps = sorted({route.app for route in sample}, key=str.lower)
    print(f"{total} routes from {len(apps)} applications, read twice")
    print(
        f"  the readings agree: {same}/{total} ({same / total:.1%}), "
        f"Cohen's kappa {kappa([(r.first, r.second) for r in sample]):.2f}"
    )
    for app in apps:
        own = [r for r in sample if r.app == app]
        agree = sum(r.first == r.second for r in own)
        print(f"    {app} ({own[0].first_set}): {agree}/{len(own)}")
    hidden = sum(route.hidden[0] == route.hidden[1] for route in sample)
    print(f"  they agree on whether only the code shows who may call: {hidden}/{total}")
    which = Counter(stronger_reading(r, catalog) for r in sample if r.first != r.second)
    print(
        "  where they differ, the stronger contract is asked by: "
        + ", ".join(f"{name} {which[name]}" for name in ("first", "second", "neither", "apart"))
    )
    pairs = Counter((r.first, r.second) for r in sample if r.first != r.second)
    for (first, second), count in pairs.most_common(8):
        print(f"    {first} (first) / {second} (second): {count}")


def report_matcher(
    sample: Sequence[Route], matched: dict[Route, Outcome], catalog: Catalog
) -> None:
    total = len(sample)
    top = Counter[str]()
    weaker = Counter[str]()
    for route in sample:
        got, strength = matched[route]
        top["the first"] += got == route.first
        top["the second"] += got == route.second
        top["either"] += got in (route.first, route.second)
        if strength is None:
            continue
        short_first = weaker_than(route.first, strength, catalog)
        short_second = weaker_than(route.second, strength, catalog)
        weaker["first"] += short_first
        weaker["second"] += short_second
        weaker["both"] += short_first and short_second
        weaker["either"] += short_first or short_second
    print(
        "  the matcher's top-1: "
        + ", ".join(
            f"against {name} {count}/{total} ({count / total:.1%})" for name, count in top.items()
        )
    )
    print(
        f"  --yes generated weaker than the first reading {weaker['first']}, than the second "
        f"{weaker['second']}, than both {weaker['both']}, than either {weaker['either']}"
    )


def report(
    sample: Sequence[Route], matched: dict[Route, Outcome], catalog: Catalog, *, differ: bool
) -> None:
    report_agreement(sample, catalog)
    report_matcher(sample, matched, catalog)
    for route in sample if differ else ():
        if route.first != route.second:
            print(f"    {route.text!r}: {route.first} (first) / {route.second} (second)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--differ", action="store_true", help="list every route read two ways")
    args = parser.parse_args(argv)
    catalog = load_catalog(None, include_user=False)
    read = routes()
    matched = outcomes(read, catalog)
    for number, draw in enumerate(DRAWS, 1):
        taken = set(drawn(draw))
        print(f"draw {number}, from the {draw.sets[0]} to the {draw.sets[-1]} set:")
        mine = [r for r in read if (r.first_set, r.app) in taken]
        report(mine, matched, catalog, differ=args.differ)
        print()
    print("every draw:")
    report(read, matched, catalog, differ=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
