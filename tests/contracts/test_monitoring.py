"""``mount_monitoring``: the routes, their protection, and the dashboard page's headers."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from scaffold.contracts import WINDOW_SIZE, contract
from scaffold.contracts._metrics import metrics_for
from scaffold.contracts.fastapi import (
    BearerTokenResolver,
    Caller,
    DemoToken,
    install,
    mount_monitoring,
)

ADMIN = {"Authorization": "Bearer admin-token"}
USER = {"Authorization": "Bearer user-token"}
PATHS = ("/health/contracts", "/metrics", "/dashboard/contracts", "/dashboard")


def _app(**options: object) -> FastAPI:
    app = FastAPI()
    install(
        app,
        BearerTokenResolver(
            {"admin-token": DemoToken("root", ("admin",)), "user-token": DemoToken("u", ("user",))}
        ),
    )
    mount_monitoring(app, **options)  # type: ignore[arg-type]

    @app.get("/items/{item_id}")
    @contract(name="monitoring.item")
    async def item(item_id: int, context: Caller) -> dict[str, int]:
        if item_id == 0:
            raise LookupError("no item 0")
        return {"id": item_id}

    return app


@pytest.mark.parametrize("path", PATHS)
def test_every_route_is_admin_only_by_default(path: str) -> None:
    client = TestClient(_app())
    assert client.get(path).status_code == 401
    assert client.get(path, headers=USER).status_code == 403
    assert client.get(path, headers=ADMIN).status_code == 200


def test_public_routes_are_open_and_the_others_stay_guarded() -> None:
    client = TestClient(_app(public={"health"}))
    assert client.get("/health/contracts").status_code == 200
    assert client.get("/metrics").status_code == 401
    assert client.get("/dashboard").status_code == 401


def test_denied_attempts_show_up_as_the_monitoring_contracts_failures() -> None:
    client = TestClient(_app())
    client.get("/metrics")
    data = client.get("/dashboard/contracts", headers=ADMIN).json()
    row = next(r for r in data["contracts"] if r["contract"] == "scaffold.monitoring.metrics")
    assert row["failures_by_cause"] == {"AUTHENTICATION_REQUIRED": 1}
    assert row["layer"] == "presentation"


def test_role_none_needs_no_install_and_opens_everything() -> None:
    app = FastAPI()
    mount_monitoring(app, role=None)
    client = TestClient(app)
    assert [client.get(path).status_code for path in PATHS] == [200, 200, 200, 200]


def test_guarded_routes_without_install_are_refused_at_mount_time() -> None:
    with pytest.raises(RuntimeError, match="install"):
        mount_monitoring(FastAPI())


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"public": {"admin"}}, "unknown: admin"),
        ({"prefix": "ops"}, "prefix"),
        ({"prefix": "/ops/"}, "prefix"),
        ({"refresh_seconds": 0}, "refresh_seconds"),
    ],
)
def test_bad_options_are_refused(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        mount_monitoring(FastAPI(), role=None, **options)  # type: ignore[arg-type]


def test_health_is_503_when_critical_and_200_again_when_healthy() -> None:
    client = TestClient(_app(public={"health"}), raise_server_exceptions=False)
    for _ in range(10):
        assert client.get("/items/0", headers=USER).status_code == 500
    response = client.get("/health/contracts")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "critical"
    assert {"status", "timestamp", "totals", "failure_rate", "issues", "slowest"} <= set(body)
    assert body["issues"][0]["contract"] == "monitoring.item"
    assert response.headers["cache-control"] == "no-store"
    metrics = metrics_for("monitoring.item", "action")
    for _ in range(WINDOW_SIZE):  # the window moves on: the failures leave it
        metrics.record(0.001, None)
    assert client.get("/health/contracts").status_code == 200


def test_prefix_and_no_prometheus() -> None:
    client = TestClient(_app(prefix="/ops", prometheus=False))
    assert client.get("/ops/health/contracts", headers=ADMIN).status_code == 200
    assert client.get("/ops/metrics", headers=ADMIN).status_code == 404
    page = client.get("/ops/dashboard", headers=ADMIN).text
    assert 'data-source="/ops/dashboard/contracts"' in page


def test_the_dashboard_page_runs_only_its_own_nonced_script() -> None:
    client = TestClient(_app(refresh_seconds=2))
    first = client.get("/dashboard", headers=ADMIN)
    second = client.get("/dashboard", headers=ADMIN)
    assert first.headers["content-type"].startswith("text/html")
    policy = first.headers["content-security-policy"]
    nonce = re.search(r"script-src 'nonce-([\w-]+)'", policy)
    assert nonce is not None
    assert f'<script nonce="{nonce.group(1)}">' in first.text
    assert f'<style nonce="{nonce.group(1)}">' in first.text
    assert "default-src 'none'" in policy
    assert "frame-ancestors 'none'" in policy
    assert first.headers["x-content-type-options"] == "nosniff"
    assert nonce.group(1) not in second.text  # a fresh nonce every time
    assert 'data-refresh="2000"' in first.text
    assert "__NONCE__" not in first.text


def test_dashboard_json_lists_the_contracts_after_traffic() -> None:
    client = TestClient(_app())
    client.get("/items/3", headers=USER)
    data = client.get("/dashboard/contracts", headers=ADMIN).json()
    assert set(data) == {"timestamp", "overview", "contracts", "alerts"}
    row = next(r for r in data["contracts"] if r["contract"] == "monitoring.item")
    assert row["executions"] == 1
    assert row["status"] == "healthy"


def test_monitoring_routes_stay_out_of_the_openapi_schema() -> None:
    schema = TestClient(_app()).get("/openapi.json").json()
    assert not any(path in schema["paths"] for path in PATHS)
