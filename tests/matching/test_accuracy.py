"""Matching measured on descriptions it was not written with, through bench/matching_accuracy.py.

The figures themselves are reported by the benchmark and in docs/matching.md; these tests hold
what must never regress: the sets are real and separate, weaker picks on the untouched test
set (when it is present) do not grow, neither half of the development set has a weaker pick,
every phrase of the design source reaches its template, every example of the issue gets
a contract at least as strong as it asks, and unsure decisions neither grow nor generate the
weaker contract with --yes.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from scaffold.catalog import Catalog, load_catalog
from scaffold.matching import FALLBACK_KINDS

BENCH = Path(__file__).resolve().parents[2] / "bench" / "matching_accuracy.py"
# Regression bounds at the measured figures (docs/matching.md). The goal is 90% top-1 and
# no weaker pick on the untouched test set; its one evaluation measured 45.9% and 106 weaker
# picks, and 46.4% and 100 once seen (after the public-word rules): these bounds hold the
# matcher from doing worse.
TEST_SET_TOP1_FLOOR = 0.46
TEST_SET_WEAKER_AT_MOST = 100
# The development set, tuned on, in its two fixed halves (both read while tuning since the
# second test set joined it): floors at the figures bench/matching_accuracy.py measures
# (84.5% and 81.8% top-1, no weaker pick in either).
DEV_BOUNDS = {"A": (0.84, 0), "B": (0.81, 0)}
# Descriptions whose words do not say who may call a change (unsure: asked on a terminal,
# the safer admin contract with --yes): 167 measured. More would ask more often than the
# rule was written for; fewer is fine.
DEV_UNSURE_AT_MOST = 167
OLD_CASES_TOP1_FLOOR = 0.91


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    """The accuracy script in bench/, which also holds the design's naive matcher."""
    spec = importlib.util.spec_from_file_location("matching_accuracy", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None, include_user=False)


def _require_test_set(bench: ModuleType) -> None:
    if not bench.TEST_SET.exists():
        pytest.skip(f"no untouched test set: {bench.TEST_SET} is absent")


@pytest.mark.parametrize("name", ["TEST_SET", "DEV_SET"])
def test_each_set_is_large_sourced_and_labelled(
    bench: ModuleType, catalog: Catalog, name: str
) -> None:
    if name == "TEST_SET":
        _require_test_set(bench)
    cases = bench.load_set(getattr(bench, name))
    assert len(cases) >= 300
    assert len({case["text"].lower() for case in cases}) == len(cases)
    valid = set(catalog.templates) | {f"fallback:{kind}" for kind in FALLBACK_KINDS}
    assert {case["label"] for case in cases} <= valid
    assert set(catalog.templates) <= {case["label"] for case in cases}
    assert all(case["source"].strip() for case in cases)
    assert len({case["source"].split()[0] for case in cases}) >= 5  # varied sources


def test_the_test_set_shares_no_description_with_the_development_set(bench: ModuleType) -> None:
    _require_test_set(bench)
    test = {case["text"].lower() for case in bench.load_set(bench.TEST_SET)}
    dev = {case["text"].lower() for case in bench.load_set(bench.DEV_SET)}
    assert not test & dev


def test_weaker_picks_on_the_test_set_do_not_grow(
    bench: ModuleType, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    _require_test_set(bench)
    report = bench.evaluate(bench.ours, bench.load_set(bench.TEST_SET), catalog)
    naive = bench.evaluate(bench.naive, bench.load_set(bench.TEST_SET), catalog)
    with capsys.disabled():
        print(
            f"\nuntouched test set: top-1 {report.accuracy:.1%}, weaker {len(report.weaker)}"
            f" (naive: {naive.accuracy:.1%}, weaker {len(naive.weaker)})"
        )
    assert len(report.weaker) <= TEST_SET_WEAKER_AT_MOST
    assert report.accuracy >= TEST_SET_TOP1_FLOOR
    assert report.accuracy > naive.accuracy


def test_the_development_halves_are_fixed_and_balanced(bench: ModuleType) -> None:
    dev = bench.load_set(bench.DEV_SET)
    halves = [bench.dev_half(case["text"]) for case in dev]
    assert set(halves) == {"A", "B"}
    assert 0.4 <= halves.count("A") / len(halves) <= 0.6
    assert bench.dev_half("Update My Profile ") == bench.dev_half("update my profile")


@pytest.mark.parametrize("half", sorted(DEV_BOUNDS))
def test_weaker_picks_on_each_development_half_do_not_grow(
    bench: ModuleType, catalog: Catalog, half: str
) -> None:
    cases = [c for c in bench.load_set(bench.DEV_SET) if bench.dev_half(c["text"]) == half]
    report = bench.evaluate(bench.ours, cases, catalog)
    top1_floor, weaker_at_most = DEV_BOUNDS[half]
    assert len(report.weaker) <= weaker_at_most
    assert report.accuracy >= top1_floor


def test_with_yes_nothing_weaker_than_asked_is_generated_from_the_development_set(
    bench: ModuleType, catalog: Catalog
) -> None:
    outcome = bench.decisions(bench.load_set(bench.DEV_SET), catalog)
    assert outcome["--yes: generated weaker than asked"] == 0
    assert outcome["--yes: chosen"] > 0
    unsure = outcome["unsure: no word says who may call"]
    assert 0 < unsure <= DEV_UNSURE_AT_MOST
    assert outcome["--yes: chosen (safer, unsure)"] == unsure  # never refused, never the weaker


def test_every_design_phrase_reaches_its_template(bench: ModuleType, catalog: Catalog) -> None:
    report = bench.evaluate(bench.ours, bench.literal_cases(), catalog)
    assert report.total >= 100
    assert not report.misses, report.misses


def test_the_issues_examples_get_at_least_the_contract_they_ask(
    bench: ModuleType, catalog: Catalog
) -> None:
    cases = [{"text": text, "label": label} for text, label in bench.ISSUE_EXAMPLES]
    report = bench.evaluate(bench.ours, cases, catalog)
    assert not report.weaker, report.weaker


def test_the_older_own_cases_still_match(bench: ModuleType, catalog: Catalog) -> None:
    cases = [{"text": c["text"], "label": c["expect"]} for c in bench.load_set(bench.OLD_CASES)]
    report = bench.evaluate(bench.ours, cases, catalog)
    assert report.accuracy >= OLD_CASES_TOP1_FLOOR, report.misses
