"""Fixtures for catalog tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_helpers import GitRepo


@pytest.fixture
def upstream(tmp_path: Path) -> GitRepo:
    """An empty git repository to commit templates into."""
    return GitRepo(tmp_path / "upstream")
