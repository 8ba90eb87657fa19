"""Matching speed: one description against the built-in catalog and a synthetic 10,000-template one.

The synthetic catalog copies the built-in templates under new names, patterns, descriptions and
examples drawn from a vocabulary of ~100 words (so common words, like "user", occur in thousands
of templates, the hard case for an inverted index). The index is built once per catalog (timed
apart); each match is then timed on its own.

    python bench/matching_speed.py [--templates 10000] [--rounds 30]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

from scaffold.catalog import Catalog, CatalogEntry, Source, Template, load_catalog
from scaffold.matching import clear_cache, match
from scaffold.matching._index import index_for


def _words(text: str) -> list[str]:
    return text.split()


NOUNS = _words(
    "invoice order payment customer account profile report document file record ticket comment "
    "post message session token key role permission team project task note photo video product "
    "price cart wishlist address subscription plan coupon review rating badge device webhook "
    "event log setting preference notification email phone contact group tenant workspace "
    "folder tag label category stock shipment delivery refund credit balance wallet transfer "
    "loan policy claim patient appointment prescription course lesson grade student teacher"
)
VERBS = _words(
    "create add update edit delete remove get list view export import approve archive restore "
    "publish share assign revoke grant reset verify sync"
)
QUALIFIERS = _words("user admin public private bulk secure sensitive monthly daily shared personal")
DESCRIPTIONS = (
    "update profile",
    "udpate my proflie",
    "bulk delete users",
    "approve an expense report",
    "let users edit their invoice",
    "get the monthly report",
    "updateUserProfile",
    "renew a subscription",
    "export customer data for the admin",
    "public product catalog for anonymous visitors",
)


def synthetic_catalog(size: int, seed: int = 7) -> Catalog:
    """``size`` templates made from the built-in ones with random wording (no validation)."""
    rng = random.Random(seed)
    bases = list(load_catalog(None, include_user=False).templates.values())
    source = Source("builtin", "synthetic", Path("synthetic"))
    entries: dict[str, CatalogEntry] = {}
    for number in range(size):
        verb, noun, other, qualifier = (
            rng.choice(VERBS),
            rng.choice(NOUNS),
            rng.choice(NOUNS),
            rng.choice(QUALIFIERS),
        )
        name = f"{verb}_{qualifier}_{noun}_{number}"
        template: Template = rng.choice(bases).model_copy(
            update={
                "name": name,
                "description": f"{verb.capitalize()} a {qualifier} {noun} with its {other}",
                "patterns": [f"{verb} {noun}", f"{noun} {verb}", f"{verb} {qualifier} {noun}"],
                "examples": [
                    f"let a {rng.choice(QUALIFIERS)} user {verb} the {noun} of a {other}",
                    f"{verb} {other} for {noun}",
                    f"{qualifier} {noun} {other} {rng.choice(VERBS)}",
                ],
            }
        )
        entries[name] = CatalogEntry(template, Path(f"{name}.yaml"), 1, source)
    return Catalog(entries, (source,))


def time_matches(catalog: Catalog, rounds: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds per match, every description ``rounds`` times (index built)."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(rounds):
        for description in DESCRIPTIONS:
            start, start_cpu = time.perf_counter(), time.process_time()
            match(description, catalog)
            cpu.append(time.process_time() - start_cpu)
            wall.append(time.perf_counter() - start)
    return wall, cpu


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"median {statistics.median(ordered) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def report(label: str, catalog: Catalog, rounds: int) -> None:
    clear_cache()
    start, start_cpu = time.perf_counter(), time.process_time()
    index_for(catalog)
    build, build_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    wall, cpu = time_matches(catalog, rounds)
    print(f"{label}: {len(catalog)} templates")
    print(f"  index, built once: {build * 1000:.0f} ms wall, {build_cpu * 1000:.0f} ms CPU")
    print(f"  one match ({len(wall)} timed): wall {_ms(wall)}; CPU {_ms(cpu)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    report("built-in", load_catalog(None, include_user=False), args.rounds)
    start = time.perf_counter()
    big = synthetic_catalog(args.templates)
    print(f"(synthetic catalog made in {time.perf_counter() - start:.1f} s)")
    report("synthetic", big, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
