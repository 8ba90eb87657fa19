"""Keeps the untouched test set honest: its shape, labels, sources and independence.

These checks read the file only; they never run the matcher, so they say nothing about its
accuracy (the benchmark does that) and can run while the set stays untouched. When the file
is absent (it is written separately), they say so and are skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from scaffold.catalog import load_catalog
from scaffold.matching import FALLBACK_KINDS

HERE = Path(__file__).parent
RULE_LABELS = (
    "public_api_endpoint",
    "sensitive_admin_action",
    "bulk_operation",
    "fallback:admin",
    "admin_user_creation",
    "user_profile_update",
    "secure_data_access",
    "fallback:create",
    "fallback:update",
    "fallback:delete",
    "fallback:read",
    "fallback:basic",
    "fallback:rate_limit",
)


def _entries(name: str) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    return loaded


def _normalised(text: str) -> str:
    """Lowercase, runs of spaces and punctuation collapsed: near-copies compare equal."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@pytest.fixture(scope="module")
def test_set() -> list[dict[str, Any]]:
    if not (HERE / "test_set.yaml").exists():
        pytest.skip(f"no untouched test set: {HERE / 'test_set.yaml'} is absent")
    return _entries("test_set.yaml")


def test_the_test_set_is_large_and_every_entry_is_complete(test_set: list[dict[str, Any]]) -> None:
    assert len(test_set) >= 330
    for entry in test_set:
        assert set(entry) <= {"text", "label", "source", "ambiguous", "hidden_access"}, entry
        assert entry["text"].strip(), entry
        assert entry["source"].strip(), entry
        assert entry.get("ambiguous", True) is True, entry
        assert entry.get("hidden_access", True) is True, entry


def test_every_label_is_a_known_template_or_fallback_kind(test_set: list[dict[str, Any]]) -> None:
    catalog = load_catalog(None, include_user=False)
    known = set(catalog.templates) | {f"fallback:{kind}" for kind in FALLBACK_KINDS}
    unknown = {entry["label"] for entry in test_set} - known
    assert not unknown


def test_every_label_of_the_rules_has_at_least_ten_entries(
    test_set: list[dict[str, Any]],
) -> None:
    counts = Counter(entry["label"] for entry in test_set)
    thin = {label: counts[label] for label in RULE_LABELS if counts[label] < 10}
    assert not thin


def _origin(source: str) -> str:
    """The repository a source names: `owner/name@commit:path` or `github.com/owner/name/...`."""
    if "@" in source:
        return source.split("@", maxsplit=1)[0]
    return "/".join(source.split("/")[1:3])


def test_sources_are_varied(test_set: list[dict[str, Any]]) -> None:
    origins = Counter(_origin(entry["source"]) for entry in test_set)
    assert len(origins) >= 10
    assert max(origins.values()) <= len(test_set) // 4


def test_no_description_repeats_within_the_set(test_set: list[dict[str, Any]]) -> None:
    repeated = [
        text
        for text, count in Counter(_normalised(e["text"]) for e in test_set).items()
        if count > 1
    ]
    assert not repeated


@pytest.mark.parametrize("other", ["dev_set.yaml", "cases.yaml"])
def test_no_description_is_shared_with_other_material(
    test_set: list[dict[str, Any]], other: str
) -> None:
    theirs = {_normalised(entry["text"]) for entry in _entries(other)}
    shared = [entry["text"] for entry in test_set if _normalised(entry["text"]) in theirs]
    assert not shared
