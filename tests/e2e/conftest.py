"""Fixtures for the end-to-end tests: contract-scaffold's wheel, built once for the session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.environments import build_wheel


@pytest.fixture(scope="session")
def scaffold_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """contract-scaffold built as a wheel from this checkout; tests install it, never change it."""
    outdir = tmp_path_factory.mktemp("scaffold-wheel")
    build_wheel(Path(__file__).resolve().parents[2], outdir)
    (wheel,) = outdir.glob("contract_scaffold-*.whl")
    return wheel
