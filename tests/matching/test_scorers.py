"""The plain-Python scorer (small catalogs) and the numpy one (large catalogs) agree exactly."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

from scaffold.catalog import Catalog, Template, load_catalog
from scaffold.matching import match
from scaffold.matching._index import VECTOR_FROM, Index, build_index
from scaffold.matching._score import rank, read_query
from scaffold.matching._vector import build_arrays

CASES = Path(__file__).with_name("cases.yaml")
MORE = ["bulk delete users", "udpate proflie", "admin", "view my profile", "x", "get get get"]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None, include_user=False)


def _descriptions() -> list[str]:
    return [case["text"] for case in yaml.safe_load(CASES.read_text(encoding="utf-8"))] + MORE


def _both(index: Index) -> tuple[Index, Index]:
    plain = dataclasses.replace(index, arrays=None)
    vector = dataclasses.replace(index, arrays=build_arrays(index))
    return plain, vector


def test_both_scorers_rank_the_builtin_catalog_alike(catalog: Catalog) -> None:
    plain, vector = _both(build_index(list(catalog)))
    for description in _descriptions():
        query = read_query(plain, description)
        assert rank(plain, query, 10) == rank(vector, query, 10), description


def _many(catalog: Catalog, count: int) -> list[Template]:
    bases = list(catalog)
    return [
        bases[number % len(bases)].model_copy(
            update={
                "name": f"variant_{number}",
                "patterns": [f"{word} item {number % 7}" for word in ("update", "delete")],
            }
        )
        for number in range(count)
    ]


def test_a_large_catalog_is_scored_with_numpy_and_agrees(catalog: Catalog) -> None:
    templates = _many(catalog, VECTOR_FROM) + list(catalog)
    index = build_index(templates)
    assert index.arrays is not None
    plain, vector = _both(index)
    for description in ["update profile", "delete item 3", "bulk delete users", "view records"]:
        query = read_query(plain, description)
        assert rank(plain, query, 5) == rank(vector, query, 5), description
    best = match("udpate my proflie", templates)[0]
    assert best.template == "user_profile_update"


def test_a_small_catalog_has_no_arrays(catalog: Catalog) -> None:
    assert build_index(list(catalog)).arrays is None
