"""Health status, the performance report and the dashboard data, computed from metrics.

Every judgement looks at the recent window (the last 1,000 calls of each contract), so a
service recovers its status once the failures stop. Statuses: ``healthy``, ``warning``,
``critical``; the service takes the worst status of its contracts.

Which failures count towards health: by default only the ones that say the *service* is broken
(the function raised, its output or an invariant failed, a check crashed, the audit sink
failed). Denials a client provokes (no credentials, a wrong role, bad input, rate limits,
business rules) are shown with their rates but do not change the status: otherwise anyone
could turn ``/health/contracts`` into a 503, and the load balancer would take the instance out
of service for them. ``HealthThresholds(causes=None)`` counts every failure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Literal

from scaffold.contracts._errors import ErrorType
from scaffold.contracts._metrics import (
    EXCEPTION,
    LATENCY_BUCKETS,
    ContractSnapshot,
    metrics_snapshot,
)

__all__ = [
    "MONITORING_ROUTES",
    "SERVICE_FAILURES",
    "HealthThresholds",
    "Status",
    "dashboard_data",
    "health_report",
    "performance_report",
]

Status = Literal["healthy", "warning", "critical"]
Severity = Literal["info", "warning", "critical"]
_RANK: dict[str, int] = {"healthy": 0, "info": 0, "warning": 1, "critical": 2}

SERVICE_FAILURES: frozenset[str] = frozenset(
    {
        EXCEPTION,
        ErrorType.OUTPUT_VALIDATION_FAILED.value,
        ErrorType.INVARIANT_VIOLATION.value,
        ErrorType.CONDITION_ERROR.value,
        ErrorType.AUDIT_FAILED.value,
    }
)
"""Failure causes that mean the service misbehaved, as opposed to a client being refused."""

SLOWEST = 5

MONITORING_ROUTES: tuple[tuple[str, str, str], ...] = (
    (
        "health",
        "/health/contracts",
        "health status, totals, issues, the 5 slowest; 503 if critical",
    ),
    ("metrics", "/metrics", "Prometheus exposition of every contract's calls, failures, latency"),
    ("dashboard", "/dashboard/contracts", "the dashboard's JSON: overview, contracts, alerts"),
    ("dashboard", "/dashboard", "an HTML page drawing that JSON, refreshed every few seconds"),
)
"""What ``mount_monitoring`` serves: (the ``public=`` name, path below the prefix, what)."""


@dataclass(frozen=True)
class HealthThresholds:
    """When a contract turns ``warning`` or ``critical``; rates are fractions (0.05 is 5%).

    Latency: a p95 above 500 ms is a warning, above 1,000 ms critical (``None``: never).
    """

    failure_warning: float = 0.05
    failure_critical: float = 0.10
    p95_warning_seconds: float = 0.5
    p95_critical_seconds: float | None = 1.0
    min_calls: int = 10
    causes: frozenset[str] | None = field(default=SERVICE_FAILURES)

    def __post_init__(self) -> None:
        if not 0 <= self.failure_warning <= self.failure_critical <= 1:
            raise ValueError("need 0 <= failure_warning <= failure_critical <= 1")
        if self.p95_warning_seconds <= 0:
            raise ValueError("p95_warning_seconds must be positive")
        if self.p95_critical_seconds is not None and (
            self.p95_critical_seconds < self.p95_warning_seconds
        ):
            raise ValueError("p95_critical_seconds must not be below p95_warning_seconds")
        if self.min_calls < 1:
            raise ValueError("min_calls must be at least 1")
        if self.causes is not None:
            object.__setattr__(self, "causes", frozenset(self.causes))


@dataclass(frozen=True)
class _Issue:
    contract: str
    severity: Severity
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"contract": self.contract, "severity": self.severity, "message": self.message}


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 3)


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, timezone.utc).isoformat()


def _thresholds(given: HealthThresholds | None) -> HealthThresholds:
    if given is not None:
        return given
    # Imported here: the settings module imports this one for HealthThresholds.
    from scaffold.contracts._config import get_settings

    return get_settings().health


def _counted(snapshot: ContractSnapshot, thresholds: HealthThresholds) -> int:
    causes = thresholds.causes
    window = snapshot.window_failures_by_cause
    if causes is None:
        return sum(window.values())
    return sum(count for cause, count in window.items() if cause in causes)


def _judge(snapshot: ContractSnapshot, thresholds: HealthThresholds) -> list[_Issue]:
    """The issues of one contract over its window; none below ``min_calls`` calls."""
    calls = snapshot.window_calls
    if calls < thresholds.min_calls:
        return []
    issues: list[_Issue] = []
    name = snapshot.name
    rate = _counted(snapshot, thresholds) / calls
    if rate > thresholds.failure_critical:
        issues.append(_Issue(name, "critical", f"failure rate {rate:.1%} over the last {calls}"))
    elif rate > thresholds.failure_warning:
        issues.append(_Issue(name, "warning", f"failure rate {rate:.1%} over the last {calls}"))
    denied = snapshot.window_failures / calls
    if denied > thresholds.failure_warning and denied > rate:
        causes = ", ".join(
            f"{cause} {count}" for cause, count in sorted(snapshot.window_failures_by_cause.items())
        )
        issues.append(_Issue(name, "info", f"{denied:.1%} of the last {calls} failed ({causes})"))
    p95 = snapshot.p95_seconds or 0.0
    critical = thresholds.p95_critical_seconds
    if critical is not None and p95 > critical:
        issues.append(_Issue(name, "critical", f"p95 latency {p95 * 1000:.0f} ms"))
    elif p95 > thresholds.p95_warning_seconds:
        issues.append(_Issue(name, "warning", f"p95 latency {p95 * 1000:.0f} ms"))
    return issues


def _status(issues: Iterable[_Issue]) -> Status:
    worst = max((_RANK[issue.severity] for issue in issues), default=0)
    return ("healthy", "warning", "critical")[worst]


def _performance(snapshot: ContractSnapshot) -> dict[str, Any]:
    return {
        "contract": snapshot.name,
        "layer": snapshot.layer,
        "executions": snapshot.executions,
        "failures": snapshot.failures,
        "failure_rate": round(snapshot.failure_rate, 4),
        "avg_ms": _ms(snapshot.avg_seconds),
        "p95_ms": _ms(snapshot.p95_seconds),
        "last_failure": _iso(snapshot.last_failure),
    }


def _slowest(snapshots: Iterable[ContractSnapshot]) -> list[dict[str, Any]]:
    called = [s for s in snapshots if s.p95_seconds is not None]
    called.sort(key=lambda s: (-(s.p95_seconds or 0.0), s.name))
    return [
        {
            "contract": s.name,
            "p95_ms": _ms(s.p95_seconds),
            "avg_ms": _ms(s.avg_seconds),
            "executions": s.executions,
        }
        for s in called[:SLOWEST]
    ]


def _totals(snapshots: list[ContractSnapshot]) -> dict[str, Any]:
    executions = sum(s.executions for s in snapshots)
    failures = sum(s.failures for s in snapshots)
    return {
        "contracts": len(snapshots),
        "executions": executions,
        "failures": failures,
        "failure_rate": round(failures / executions, 4) if executions else 0.0,
    }


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def performance_report(snapshots: list[ContractSnapshot] | None = None) -> dict[str, Any]:
    """Per contract: executions, avg and p95 (ms), failure rate, last failure; the 5 slowest."""
    found = metrics_snapshot() if snapshots is None else snapshots
    return {
        "timestamp": _now(),
        "contracts": [_performance(s) for s in found],
        "slowest": _slowest(found),
    }


def health_report(
    thresholds: HealthThresholds | None = None,
    snapshots: list[ContractSnapshot] | None = None,
) -> dict[str, Any]:
    """Status, timestamp, totals, failure rate, issues and the 5 slowest contracts.

    ``failure_rate`` counts every failure since the start; the status follows the thresholds
    over each contract's recent window (see the module docstring for which failures count).
    """
    limits = _thresholds(thresholds)
    found = metrics_snapshot() if snapshots is None else snapshots
    issues = [issue for s in found for issue in _judge(s, limits)]
    totals = _totals(found)
    return {
        "status": _status(issues),
        "timestamp": _now(),
        "totals": totals,
        "failure_rate": totals["failure_rate"],
        "issues": [issue.to_dict() for issue in issues],
        "slowest": _slowest(found),
    }


def dashboard_data(thresholds: HealthThresholds | None = None) -> dict[str, Any]:
    """What ``/dashboard/contracts`` serves: an overview, every contract, and the alerts."""
    limits = _thresholds(thresholds)
    found = metrics_snapshot()
    contracts = []
    alerts: list[_Issue] = []
    for snapshot in found:
        issues = _judge(snapshot, limits)
        alerts.extend(issues)
        row = _performance(snapshot)
        row.update(
            status=_status(issues),
            failures_by_cause=dict(sorted(snapshot.failures_by_cause.items())),
            window_calls=snapshot.window_calls,
            timed_calls=snapshot.timed_calls,  # the histogram's calls: a sample when busy
            max_ms=_ms(snapshot.max_seconds),
            histogram={
                "buckets_ms": [_ms(bound) for bound in LATENCY_BUCKETS],
                "counts": list(snapshot.bucket_counts),
            },
        )
        contracts.append(row)
    windows = [s for s in found if s.window_calls]
    p95s = [s.p95_seconds for s in windows if s.p95_seconds is not None]
    overview = {
        "status": _status(alerts),
        **_totals(found),
        "worst_p95_ms": _ms(max(p95s)) if p95s else None,
    }
    return {
        "timestamp": _now(),
        "overview": overview,
        "contracts": contracts,
        "alerts": [issue.to_dict() for issue in alerts],
    }
