"""docs/observability.md covers every public name this area adds, and the routes it mounts."""

from __future__ import annotations

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
