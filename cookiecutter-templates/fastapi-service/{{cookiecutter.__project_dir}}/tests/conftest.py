"""Every test starts from a fresh contract runtime: settings, rate limits and metrics."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from scaffold.contracts.testing import reset_runtime

from {{ cookiecutter.package_slug }}.main import create_app
from {{ cookiecutter.package_slug }}.settings import Settings


@pytest.fixture(autouse=True)
def _fresh_runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("SCAFFOLD_ENV", "SCAFFOLD_RATE_LIMIT_STORAGE", "SCAFFOLD_AUDIT_SINK", "API_DOCS"):
        monkeypatch.delenv(name, raising=False)
    reset_runtime()
    yield
    reset_runtime()


def settings_for(environment: str) -> Settings:
    """Settings for tests: never read .env, keep everything in memory."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        scaffold_env=environment,  # type: ignore[arg-type]
        scaffold_rate_limit_storage="memory://",
        scaffold_audit_sink="memory",
    )


@pytest.fixture
def make_settings() -> Callable[[str], Settings]:
    return settings_for


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app(settings_for("development")))


@pytest.fixture
def production_client() -> TestClient:
    return TestClient(create_app(settings_for("production")))
