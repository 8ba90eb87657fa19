"""The service as generated: health, the contract error handling, and the demo sign-in."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from scaffold.contracts import get_settings

from {{ cookiecutter.package_slug }}.main import HEALTH_PROBES_PER_MINUTE, create_app
from {{ cookiecutter.package_slug }}.settings import Settings

ALICE = {"Authorization": "Bearer alice-token"}
ADMIN = {"Authorization": "Bearer admin-token"}


def test_health_answers_ok(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_health_probes_are_limited_per_address(client: TestClient) -> None:
    for _ in range(HEALTH_PROBES_PER_MINUTE):
        assert client.get("/health").status_code == 200
    response = client.get("/health")
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) >= 1


def test_guarded_endpoint_denies_without_credentials(client: TestClient) -> None:
    response = client.get("/me")
    assert response.status_code == 401
    assert response.json()["type"] == "AUTHENTICATION_REQUIRED"


def test_demo_token_signs_in_during_development(client: TestClient) -> None:
    response = client.get("/me", headers=ALICE)
    assert response.status_code == 200
    assert response.json() == {"user_id": "alice", "roles": ["user"]}


def test_production_turns_demo_tokens_off(production_client: TestClient) -> None:
    response = production_client.get("/me", headers=ALICE)
    assert response.status_code == 401
    assert response.json() == {"detail": "Authentication required."}


def test_unknown_token_is_anonymous(client: TestClient) -> None:
    response = client.get("/me", headers={"Authorization": "Bearer forged"})
    assert response.status_code == 401


def test_monitoring_is_for_admins_only(client: TestClient) -> None:
    assert client.get("/health/contracts").status_code == 401
    assert client.get("/health/contracts", headers=ALICE).status_code == 403
    response = client.get("/health/contracts", headers=ADMIN)
    assert response.status_code == 200
    assert response.json()["status"] == "healthy"


def test_metrics_count_guarded_calls(client: TestClient) -> None:
    assert client.get("/me", headers=ALICE).status_code == 200
    assert client.get("/me").status_code == 401
    response = client.get("/metrics", headers=ADMIN)
    assert response.status_code == 200
    assert "read_me" in response.text


def test_api_docs_are_served_in_development_only(
    client: TestClient, production_client: TestClient, make_settings: Callable[[str], Settings]
) -> None:
    assert client.get("/openapi.json").status_code == 200
    assert client.get("/docs").status_code == 200
    assert production_client.get("/openapi.json").status_code == 404
    assert production_client.get("/docs").status_code == 404
    published = make_settings("production").model_copy(update={"api_docs": True})
    assert TestClient(create_app(published)).get("/openapi.json").status_code == 200


def test_trailing_slash_is_not_redirected_to_the_callers_host(client: TestClient) -> None:
    response = client.get("/me/", headers={**ALICE, "Host": "evil.example"}, follow_redirects=False)
    assert response.status_code == 404
    assert "location" not in response.headers


def test_request_bodies_are_limited(client: TestClient) -> None:
    response = client.post("/me", content=b"x" * (2 * 1024 * 1024), headers=ALICE)
    assert response.status_code == 413


def test_settings_reach_the_contract_runtime(make_settings: Callable[[str], Settings]) -> None:
    create_app(make_settings("development"))
    settings = get_settings()
    assert settings.environment == "development"
    assert settings.rate_limit_storage == "memory://"
    assert settings.audit_sink_url == "memory"


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCAFFOLD_ENV", "development")
    monkeypatch.setenv("SCAFFOLD_AUDIT_SINK", "null")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.scaffold_env == "development"
    assert settings.scaffold_audit_sink == "null"
    assert not settings.is_production


def test_production_is_the_default() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.is_production
