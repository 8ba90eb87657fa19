"""The dashboard page in real headless Chromium, against a live uvicorn server on localhost."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel, Field

from scaffold.contracts import MemoryAuditSink, audit_log, auth, configure, contract, validates
from scaffold.contracts.fastapi import (
    BearerTokenResolver,
    Caller,
    DemoToken,
    install,
    mount_monitoring,
)

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ADMIN = {"Authorization": "Bearer admin-token"}
USER = {"Authorization": "Bearer user-token"}
NONE = "\u2013"  # the page's placeholder for "no value yet" (an en dash)
CONTRACTS = ("shop.list_orders", "shop.place_order", "shop.cancel_order")
ROWS_SCRIPT = """
return Array.from(document.querySelectorAll("#contracts tr")).map(
  (row) => [row.dataset.contract, ...Array.from(row.cells).map((cell) => cell.textContent)]);
"""
STATE_SCRIPT = """
return {
  lines: Array.from(document.querySelectorAll("#chart polyline")).map((l) => l.dataset.contract),
  order: Array.from(document.querySelectorAll("#contracts tr")).map((r) => r.dataset.contract),
  status: document.getElementById("status").textContent,
  error: document.getElementById("error").textContent,
};
"""
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1200,1400",
)


class Order(BaseModel):
    item: str = Field(min_length=1, max_length=40)
    quantity: int = Field(ge=1, le=10)


def _shop() -> FastAPI:
    app = FastAPI()
    install(
        app,
        BearerTokenResolver(
            {
                "admin-token": DemoToken("root", ("admin",)),
                "user-token": DemoToken("alice", ("user",)),
            }
        ),
    )
    mount_monitoring(app, refresh_seconds=0.5)

    @app.get("/orders")
    @contract(requires=[auth("user")], name="shop.list_orders", layer="data")
    async def list_orders(context: Caller) -> list[str]:
        return ["o-1"]

    @app.post("/orders")
    @contract(
        requires=[auth("user"), validates(Order)],
        ensures=[audit_log("order_placed")],
        name="shop.place_order",
    )
    async def place_order(payload: Order, context: Caller) -> dict[str, str]:
        return {"id": "o-2"}

    @app.delete("/orders/{order_id}")
    @contract(requires=[auth("user")], name="shop.cancel_order")
    async def cancel_order(order_id: str, context: Caller) -> dict[str, str]:
        if order_id == "shipped":
            raise LookupError("already shipped")
        return {"id": order_id}

    return app


@pytest.fixture
def server() -> Iterator[str]:
    """uvicorn serving the shop on a free loopback port, in a thread; stopped after the test."""
    import uvicorn

    configure(audit_sink=MemoryAuditSink())
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    # "critical": the 500 the test provokes on purpose would print a traceback otherwise.
    config = uvicorn.Config(_shop(), log_level="critical", lifespan="off")
    uvi = uvicorn.Server(config)
    thread = threading.Thread(target=uvi.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uvi.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uvi.should_exit = True
        thread.join(timeout=20)
        sock.close()


def _traffic(base: str) -> None:
    with httpx.Client(base_url=base, timeout=10) as client:
        for _ in range(5):
            assert client.get("/orders", headers=USER).status_code == 200
        assert client.get("/orders").status_code == 401
        order = {"item": "tea", "quantity": 2}
        assert client.post("/orders", json=order, headers=USER).status_code == 200
        bad = {"item": "tea", "quantity": 99}  # the contract's 422, counted as its denial
        assert client.post("/orders", json=bad, headers=USER).status_code == 422
        assert client.delete("/orders/o-1", headers=USER).status_code == 200
        assert client.delete("/orders/shipped", headers=USER).status_code == 500


def _driver(profile: Path):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for tool in (CHROMIUM, CHROMEDRIVER):
        if not shutil.which(tool):
            message = f"{tool} is missing: apt-get install chromium chromium-driver (.ci/run does)"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


def test_the_dashboard_shows_a_row_per_contract_and_refreshes(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    monkeypatch.setenv("SE_OFFLINE", "true")  # never let Selenium look for a browser online
    _traffic(server)
    driver = _driver(tmp_path / "profile")
    try:
        # The page and its data endpoint are admin-only: send the admin's token with every
        # request, as a signed-in browser session would send its cookie.
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": ADMIN})
        driver.get(f"{server}/dashboard")
        wait = WebDriverWait(driver, 30)

        def rows() -> dict[str, list[str]]:
            """The table as text, read in one script: the page rebuilds it on every refresh."""
            found: list[list[str]] = driver.execute_script(ROWS_SCRIPT)
            return {row[0]: row[1:] for row in found}

        def loads() -> int:
            return int(driver.execute_script("return document.body.dataset.loaded || 0"))

        wait.until(lambda _: set(CONTRACTS) <= set(rows()))
        table = rows()
        assert table["shop.list_orders"][1:4] == ["data", "healthy", "6"]
        assert table["shop.list_orders"][4] == "16.7%"
        assert table["shop.place_order"][3:5] == ["2", "50.0%"]
        assert table["shop.cancel_order"][3:5] == ["2", "50.0%"]
        assert table["shop.cancel_order"][7] != NONE  # a last-failure time is shown
        for cells in table.values():
            assert cells[6] == NONE or float(cells[6]) >= 0  # p95 in ms

        # More traffic: the page picks it up by itself and the chart draws a line per contract.
        _traffic(server)
        wait.until(lambda _: rows()["shop.list_orders"][3] == "12")
        wait.until(lambda _: loads() >= 3)
        state = driver.execute_script(STATE_SCRIPT)
        assert set(state["lines"]) == set(CONTRACTS)
        assert state["error"] == ""
        assert state["status"] in {"healthy", "warning", "critical"}
        # The service's contracts first, the monitoring routes' own contracts after them.
        own = [name.startswith("scaffold.monitoring.") for name in state["order"]]
        assert own == sorted(own)
        assert any(own)

        shot = tmp_path / "dashboard.png"
        assert driver.save_screenshot(str(shot))
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert shot.stat().st_size > 10_000

        # Nothing the page did was refused by its own Content-Security-Policy.
        problems = [
            entry["message"]
            for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" or "Content Security Policy" in entry["message"]
        ]
        assert problems == []
    finally:
        driver.quit()


def test_the_dashboard_without_credentials_is_refused(server: str) -> None:
    response = httpx.get(f"{server}/dashboard", timeout=10)
    assert response.status_code == 401
    assert "Contract dashboard" not in response.text
