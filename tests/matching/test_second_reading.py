"""The second reading of the blind sets' routes (tests/matching/second_reading.yaml) and the
script that compares it with the first, bench/label_agreement.py.

The figures are the script's and docs/matching.md's; these tests hold what makes them honest:
the second reading covers exactly the applications its draw names, every route of each, each
route as its set has it, with labels the strength order knows.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from scaffold.catalog import Catalog, load_catalog
from tests.bench_scripts import load_bench


@pytest.fixture(scope="module")
def agreement() -> ModuleType:
    load_bench("matching_accuracy")  # the script imports it from its own folder
    return load_bench("label_agreement")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None, include_user=False)


def test_the_second_reading_holds_every_route_of_each_drawn_application(
    agreement: ModuleType,
) -> None:
    read = agreement.routes()
    wanted = [key for draw in agreement.DRAWS for key in agreement.drawn(draw)]
    assert len(set(wanted)) == len(wanted)
    got = Counter((route.first_set, route.app) for route in read)
    assert set(got) == set(wanted)
    for name, repo in wanted:
        in_set = [case["text"] for case in agreement.applications(name)[repo]]
        in_reading = [r.text for r in read if (r.first_set, r.app) == (name, repo)]
        assert in_reading == in_set, (name, repo)
    assert len(read) >= sum(draw.at_least for draw in agreement.DRAWS)


def test_every_label_of_both_readings_has_a_strength(
    agreement: ModuleType, catalog: Catalog
) -> None:
    bench = load_bench("matching_accuracy")
    for route in agreement.routes():
        bench.label_strength(route.first, catalog)
        bench.label_strength(route.second, catalog)


def test_the_file_keeps_only_the_keys_it_documents(agreement: ModuleType) -> None:
    entries = yaml.safe_load(agreement.SECOND_READING.read_text(encoding="utf-8"))
    allowed = {"text", "label", "source", "first_set", "ambiguous", "hidden_access"}
    assert all(set(entry) <= allowed for entry in entries)
    assert all({"text", "label", "source", "first_set"} <= set(entry) for entry in entries)


def test_a_route_missing_from_its_set_is_an_error(agreement: ModuleType, tmp_path: Path) -> None:
    wrong = tmp_path / "reading.yaml"
    wrong.write_text(
        '- {text: "no_such_route GET /nowhere", label: "fallback:read", '
        'source: "someone/app@000000000000:app.py", first_set: hundredseventieth}\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="not in the hundredseventieth set"):
        agreement.routes(wrong)


def test_kappa_is_one_when_the_readings_agree_and_zero_at_chance(agreement: ModuleType) -> None:
    assert agreement.kappa([("a", "a"), ("b", "b"), ("a", "a")]) == 1.0
    chance = [("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")]
    assert agreement.kappa(chance) == pytest.approx(0.0)


def test_which_reading_asks_more_follows_the_strength_order(
    agreement: ModuleType, catalog: Catalog
) -> None:
    def route(first: str, second: str) -> object:
        return agreement.Route("x", "o/r@0:f.py", "s", first, second, (False, False))

    assert (
        agreement.stronger_reading(route("sensitive_admin_action", "fallback:admin"), catalog)
        == "first"
    )
    assert agreement.stronger_reading(route("fallback:read", "fallback:admin"), catalog) == "second"
    assert (
        agreement.stronger_reading(route("fallback:read", "fallback:update"), catalog) == "neither"
    )
    assert (
        agreement.stronger_reading(route("bulk_operation", "sensitive_admin_action"), catalog)
        == "apart"
    )
