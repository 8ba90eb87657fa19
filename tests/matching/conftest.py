"""The built-in catalog, loaded once for the matching tests that do not load their own."""

from __future__ import annotations

import pytest

from scaffold.catalog import Catalog, load_catalog
from scaffold.matching import _learned


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(None, include_user=False)


@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Match without the learned reading, for tests of one rule's own reason and offer (the
    learned reading may offer a stronger contract on top: tests/matching/test_learned.py)."""
    monkeypatch.setattr(_learned, "MODEL_PATH", _learned.MODEL_PATH.with_name("absent.zip"))
