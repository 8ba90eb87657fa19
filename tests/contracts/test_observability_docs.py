"""docs/observability.md covers every public name this area adds, and the routes it mounts."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

import scaffold.contracts
import scaffold.contracts.testing

API = [
    "LATENCY_BUCKETS",
    "WINDOW_SIZE",
    "SERVICE_FAILURES",
    "ContractSnapshot",
    "HealthThresholds",
    "dashboard_data",
    "health_report",
    "metrics_snapshot",
    "performance_report",
    "prometheus_exposition",
    "reset_metrics",
    "capture_metrics",
    "reset_runtime",
    "rate_limit_clock",
    "RateLimitClock",
    "mount_monitoring",
]
TEXT = [
    "/health/contracts",
    "/metrics",
    "/dashboard/contracts",
    "PROMETHEUS_MULTIPROC_DIR",
    "SCAFFOLD_METRICS",
    "SCAFFOLD_SLOW_CALL_SECONDS",
    "scaffold checklist",
    "# scaffold: public",
    "# scaffold: modified",
]


@pytest.mark.parametrize("name", API + TEXT)
def test_the_guide_mentions(name: str, repo_root: Path) -> None:
    text = (repo_root / "docs" / "observability.md").read_text(encoding="utf-8")
    assert name in text


def test_every_name_listed_is_public() -> None:
    public = set(scaffold.contracts.__all__) | set(scaffold.contracts.testing.__all__)
    public.add("mount_monitoring")
    assert set(API) <= public


def _promql(repo_root: Path) -> str:
    text = (repo_root / "docs" / "observability.md").read_text(encoding="utf-8")
    return text.split("```promql\n", 1)[1].split("```", 1)[0]


def test_the_promql_aggregates_match_the_health_report(repo_root: Path) -> None:
    """Evaluate the documented sums over a real scrape: they are the report's totals."""
    from prometheus_client.parser import text_string_to_metric_families

    from scaffold.contracts import (
        SERVICE_FAILURES,
        AuthContext,
        ContractViolationError,
        auth,
        contract,
        health_report,
        prometheus_exposition,
    )

    @contract(requires=[auth("admin")], name="docs.promql")
    def guarded(context: AuthContext) -> int:
        return 1

    for caller in [AuthContext("root", {"admin"})] * 3 + [AuthContext("eve", {"user"})] * 2:
        with contextlib.suppress(ContractViolationError):
            guarded(caller)
    body, _ = prometheus_exposition()
    totals: dict[str, float] = {}
    for family in text_string_to_metric_families(body.decode()):
        for sample in family.samples:
            totals[sample.name] = totals.get(sample.name, 0.0) + sample.value

    def total(series: str) -> float:
        assert series in totals, f"{series} is not exported"
        return totals[series]

    queries = [line for line in _promql(repo_root).splitlines() if line and line[0] != "#"]
    assert queries[0] == "sum(scaffold_contract_calls_total)"
    assert (
        queries[1] == "sum(scaffold_contract_failures_total) / sum(scaffold_contract_calls_total)"
    )
    report = health_report()
    assert total("scaffold_contract_calls_total") == report["totals"]["executions"] == 5
    rate = total("scaffold_contract_failures_total") / total("scaffold_contract_calls_total")
    assert round(rate, 4) == report["failure_rate"] == 0.4
    service = sorted(_promql(repo_root).split('cause=~"', 1)[1].split('"', 1)[0].split("|"))
    assert service == sorted(SERVICE_FAILURES)
    for name in ("scaffold_contract_duration_seconds_bucket",):
        assert name in _promql(repo_root)
        assert f"{name}{{" in body.decode()
