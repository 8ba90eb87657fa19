"""The matcher on the labelled descriptions of cases.yaml: top-1 accuracy of at least 90%."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from scaffold.catalog import Catalog, load_catalog
from scaffold.matching import FALLBACK_KINDS

REQUIRED_ACCURACY = 0.90
BENCH = Path(__file__).resolve().parents[2] / "bench" / "matching_accuracy.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    """The accuracy script in bench/, which also holds the design's naive matcher."""
    spec = importlib.util.spec_from_file_location("matching_accuracy", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None, include_user=False)


def test_the_labelled_set_is_large_varied_and_valid(bench: ModuleType, catalog: Catalog) -> None:
    cases = bench.load_cases()
    assert len(cases) >= 100
    assert len({case["text"] for case in cases}) == len(cases)
    valid = set(catalog.templates) | {f"fallback:{kind}" for kind in FALLBACK_KINDS}
    assert {case["expect"] for case in cases} <= valid
    assert set(catalog.templates) <= {case["expect"] for case in cases}
    tags = {tag for case in cases for tag in case["tags"]}
    assert {"order", "inflection", "synonym", "typo", "camel", "snake", "filler", "case"} <= tags
    assert {"trap", "fallback"} <= tags


def test_top1_accuracy_is_at_least_90_percent(
    bench: ModuleType, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = bench.load_cases()
    ours, misses, _ = bench.evaluate(bench.our_match, cases, catalog)
    naive, _, _ = bench.evaluate(bench.naive_match, cases, catalog)
    with capsys.disabled():
        print(f"\nmatching top-1 accuracy: {ours:.1%} (naive substring matcher: {naive:.1%})")
    detail = "\n".join(f"  {text!r}: expected {want}, got {got}" for text, want, got in misses)
    assert ours >= REQUIRED_ACCURACY, f"accuracy {ours:.1%} below 90%; misses:\n{detail}"
    assert ours > naive


def test_every_trap_is_avoided(bench: ModuleType, catalog: Catalog) -> None:
    traps = [case for case in bench.load_cases() if "trap" in case["tags"]]
    assert traps
    for case in traps:
        assert bench.our_match(case["text"], catalog) == case["expect"], case["text"]
