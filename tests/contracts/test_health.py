"""Health status, performance report and dashboard data from metrics snapshots."""

from __future__ import annotations

from datetime import datetime

import pytest

from scaffold.contracts import (
    SERVICE_FAILURES,
    ContractSnapshot,
    HealthThresholds,
    configure,
    contract,
    dashboard_data,
    health_report,
    performance_report,
)
from scaffold.contracts._metrics import ContractMetrics


def _snapshot(
    name: str,
    calls: int,
    failures: dict[str, int] | None = None,
    duration: float = 0.01,
    slow: int = 0,
    slow_seconds: float = 2.0,
) -> ContractSnapshot:
    """A contract that saw ``calls`` calls: ``failures`` by cause, ``slow`` of them at 2 s."""
    metrics = ContractMetrics(name, "action")
    causes = [cause for cause, count in (failures or {}).items() for _ in range(count)]
    for index in range(calls):
        cause = causes[index] if index < len(causes) else None
        metrics.record(slow_seconds if index >= calls - slow else duration, cause)
    return metrics.snapshot()


def test_no_calls_is_healthy() -> None:
    report = health_report()
    assert report["status"] == "healthy"
    assert report["issues"] == []
    assert report["totals"]["executions"] == 0
    assert report["failure_rate"] == 0.0
    assert datetime.fromisoformat(report["timestamp"]).tzinfo is not None


@pytest.mark.parametrize(
    ("exceptions", "status"),
    [(0, "healthy"), (5, "healthy"), (6, "warning"), (10, "warning"), (11, "critical")],
)
def test_service_failures_over_5_and_10_percent_warn_and_go_critical(
    exceptions: int, status: str
) -> None:
    report = health_report(snapshots=[_snapshot("a", 100, {"EXCEPTION": exceptions})])
    assert report["status"] == status
    assert report["totals"]["failures"] == exceptions


def test_client_denials_are_reported_but_do_not_change_the_status() -> None:
    snap = _snapshot("a", 100, {"AUTHENTICATION_REQUIRED": 40, "RATE_LIMIT_EXCEEDED": 20})
    report = health_report(snapshots=[snap])
    assert report["status"] == "healthy"
    [issue] = report["issues"]
    assert issue["severity"] == "info"
    assert "AUTHENTICATION_REQUIRED 40" in issue["message"]
    assert report["failure_rate"] == 0.6


def test_counting_every_cause_makes_denials_critical() -> None:
    snap = _snapshot("a", 100, {"AUTHENTICATION_REQUIRED": 40})
    report = health_report(HealthThresholds(causes=None), snapshots=[snap])
    assert report["status"] == "critical"


def test_p95_over_500_ms_warns_and_over_1000_ms_is_critical() -> None:
    slow = _snapshot("slowpoke", 100, slow=10)  # p95 of 2,000 ms
    report = health_report(snapshots=[slow])
    assert report["status"] == "critical"
    assert "p95 latency 2000 ms" in report["issues"][0]["message"]
    lenient = HealthThresholds(p95_critical_seconds=None)
    assert health_report(lenient, snapshots=[slow])["status"] == "warning"
    sluggish = _snapshot("sluggish", 100, slow=10, slow_seconds=0.8)
    assert health_report(snapshots=[sluggish])["status"] == "warning"
    stricter = HealthThresholds(p95_warning_seconds=0.2, p95_critical_seconds=0.5)
    assert health_report(stricter, snapshots=[sluggish])["status"] == "critical"


def test_too_few_calls_are_not_judged() -> None:
    snap = _snapshot("a", 9, {"EXCEPTION": 9})
    assert health_report(snapshots=[snap])["status"] == "healthy"
    assert health_report(HealthThresholds(min_calls=1), snapshots=[snap])["status"] == "critical"


def test_the_service_takes_its_worst_contract() -> None:
    snaps = [
        _snapshot("ok", 50),
        _snapshot("bad", 50, {"EXCEPTION": 20}),
        _snapshot("meh", 50, slow=5),
    ]
    report = health_report(snapshots=snaps)
    assert report["status"] == "critical"
    assert {i["contract"] for i in report["issues"]} == {"bad", "meh"}
    assert report["totals"] == {
        "contracts": 3,
        "executions": 150,
        "failures": 20,
        "failure_rate": round(20 / 150, 4),
    }


def test_configured_thresholds_are_the_default() -> None:
    snap = _snapshot("a", 100, {"EXCEPTION": 3})
    assert health_report(snapshots=[snap])["status"] == "healthy"
    configure(health=HealthThresholds(failure_warning=0.01, failure_critical=0.02))
    assert health_report(snapshots=[snap])["status"] == "critical"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"failure_warning": 0.2, "failure_critical": 0.1},
        {"failure_critical": 1.5},
        {"p95_warning_seconds": 0},
        {"p95_critical_seconds": 0.1},
        {"min_calls": 0},
    ],
)
def test_thresholds_that_make_no_sense_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - each case has its own message
        HealthThresholds(**kwargs)


def test_configure_refuses_a_non_threshold_health() -> None:
    with pytest.raises(ValueError, match="HealthThresholds"):
        configure(health={"failure_warning": 0.1})  # type: ignore[arg-type]


def test_service_failures_are_the_server_side_causes() -> None:
    assert "EXCEPTION" in SERVICE_FAILURES
    assert "AUDIT_FAILED" in SERVICE_FAILURES
    assert "AUTHENTICATION_REQUIRED" not in SERVICE_FAILURES
    assert HealthThresholds().causes == SERVICE_FAILURES


def test_performance_report_lists_every_contract_and_the_five_slowest() -> None:
    snaps = [_snapshot(f"c{i}", 20, duration=0.001 * (i + 1)) for i in range(7)]
    snaps.append(_snapshot("idle", 0))
    snaps.append(_snapshot("flaky", 10, {"EXCEPTION": 5}, duration=0.0005))
    report = performance_report(snaps)
    rows = {row["contract"]: row for row in report["contracts"]}
    assert set(rows) == {*(f"c{i}" for i in range(7)), "idle", "flaky"}
    assert rows["c2"]["executions"] == 20
    assert rows["c2"]["avg_ms"] == pytest.approx(3.0)
    assert rows["c2"]["p95_ms"] == pytest.approx(3.0)
    assert rows["flaky"]["failure_rate"] == 0.5
    assert rows["flaky"]["last_failure"] is not None
    assert rows["idle"]["avg_ms"] is None
    assert [row["contract"] for row in report["slowest"]] == ["c6", "c5", "c4", "c3", "c2"]


def test_performance_report_reads_live_metrics() -> None:
    @contract(name="health.live")
    def live() -> None:
        return None

    live()
    rows = {row["contract"]: row for row in performance_report()["contracts"]}
    assert rows["health.live"]["executions"] == 1


def test_dashboard_data_has_overview_rows_and_alerts() -> None:
    @contract(name="health.dash")
    def failing() -> None:
        raise LookupError("gone")

    for _ in range(12):
        with pytest.raises(LookupError):
            failing()
    data = dashboard_data()
    assert data["overview"]["status"] == "critical"
    assert data["overview"]["executions"] >= 12
    row = next(r for r in data["contracts"] if r["contract"] == "health.dash")
    assert row["status"] == "critical"
    assert row["failures_by_cause"] == {"EXCEPTION": 12}
    assert sum(row["histogram"]["counts"]) == 12
    assert len(row["histogram"]["buckets_ms"]) == len(row["histogram"]["counts"]) - 1
    assert any(
        a["contract"] == "health.dash" and a["severity"] == "critical" for a in data["alerts"]
    )
