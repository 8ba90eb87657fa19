"""The built-in catalog, loaded once for the matching tests that do not load their own."""

from __future__ import annotations

import pytest

from scaffold.catalog import Catalog, load_catalog


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(None, include_user=False)
