"""Keeps the unseen test set intact: its shape, labels, sources and independence.

These checks read the files only; they never run the matcher, so they say nothing about its
accuracy and can run while the set stays unseen. They guard the set against edits that would
quietly weaken it as a measure: lost entries, labels outside the vocabulary, repeated
descriptions, or descriptions and sources shared with the material the matcher was built on.
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
ENTRY_KEYS = {"text", "label", "source", "ambiguous", "hidden_access"}


def _entries(name: str) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    return loaded


def _normalised(text: str) -> str:
    """Lowercase, runs of spaces and punctuation collapsed: near-copies compare equal."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _repository(source: str) -> str | None:
    """The GitHub repository a source names (`owner/name@commit:path` or an issue address)."""
    if source.startswith("github.com/"):
        return "/".join(source.split("/")[1:3]).lower()
    if "@" in source and "/" in source.split("@", maxsplit=1)[0]:
        return source.split("@", maxsplit=1)[0].lower()
    return None


@pytest.fixture(scope="module")
def unseen_set() -> list[dict[str, Any]]:
    return _entries("unseen_set.yaml")


def test_the_unseen_set_is_large_and_every_entry_is_complete(
    unseen_set: list[dict[str, Any]],
) -> None:
    assert len(unseen_set) >= 330
    for entry in unseen_set:
        assert set(entry) <= ENTRY_KEYS, entry
        assert entry["text"].strip(), entry
        assert entry["source"].strip(), entry
        assert entry.get("ambiguous", True) is True, entry
        assert entry.get("hidden_access", True) is True, entry


def test_every_label_is_a_known_template_or_fallback_kind(
    unseen_set: list[dict[str, Any]],
) -> None:
    catalog = load_catalog(None, include_user=False)
    known = set(catalog.templates) | {f"fallback:{kind}" for kind in FALLBACK_KINDS}
    unknown = {entry["label"] for entry in unseen_set} - known
    assert not unknown


def test_no_description_repeats_within_the_set(unseen_set: list[dict[str, Any]]) -> None:
    counts = Counter(_normalised(entry["text"]) for entry in unseen_set)
    assert not [text for text, count in counts.items() if count > 1]


@pytest.mark.parametrize("other", ["dev_set.yaml", "test_set.yaml", "cases.yaml"])
def test_no_description_is_shared_with_other_material(
    unseen_set: list[dict[str, Any]], other: str
) -> None:
    theirs = {_normalised(entry["text"]) for entry in _entries(other)}
    shared = [entry["text"] for entry in unseen_set if _normalised(entry["text"]) in theirs]
    assert not shared


@pytest.mark.parametrize("other", ["dev_set.yaml", "test_set.yaml"])
def test_no_source_repository_is_shared_with_other_sets(
    unseen_set: list[dict[str, Any]], other: str
) -> None:
    theirs = {_repository(entry["source"]) for entry in _entries(other)} - {None}
    ours = {_repository(entry["source"]) for entry in unseen_set} - {None}
    assert ours
    assert not ours & theirs
