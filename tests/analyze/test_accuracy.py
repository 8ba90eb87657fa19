"""Precision and recall of the analyzer on labelled fixtures shaped like real applications.

Each fixture folder has a ``labels.yaml``: every route handler (``file::function``), its route,
whether a caller must be authenticated, and the findings a reviewer would raise. The figures
computed here are the ones reported in docs/analyze.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from scaffold.analyze import analyze_path

FIXTURES = Path(__file__).parent / "fixtures"
APPS = sorted(p.name for p in FIXTURES.iterdir() if (p / "labels.yaml").is_file())


@dataclass
class Score:
    expected: set[tuple[str, str]]
    found: set[tuple[str, str]]

    @property
    def precision(self) -> float:
        return len(self.expected & self.found) / len(self.found) if self.found else 1.0

    @property
    def recall(self) -> float:
        return len(self.expected & self.found) / len(self.expected) if self.expected else 1.0


def _labels(app: str) -> dict[str, dict[str, Any]]:
    data = yaml.safe_load((FIXTURES / app / "labels.yaml").read_text(encoding="utf-8"))
    handlers: dict[str, dict[str, Any]] = data["handlers"]
    return handlers


def _score(app: str) -> tuple[Score, Score, Score]:
    """(routes found, authentication decisions, findings) for one fixture."""
    labels = _labels(app)
    report = analyze_path(FIXTURES / app)
    routes = Score(
        {(key, str(label["route"])) for key, label in labels.items()},
        {(h.key, h.route) for h in report.handlers},
    )
    auth = Score(
        {(key, str(label["authenticated"])) for key, label in labels.items()},
        {(h.key, str(h.protection.authenticated)) for h in report.handlers},
    )
    findings = Score(
        {(key, str(rule)) for key, label in labels.items() for rule in label["findings"]},
        {(f"{f.file}::{f.function}", f.name) for f in report.findings},
    )
    return routes, auth, findings


def test_every_fixture_is_labelled() -> None:
    assert APPS == ["django_shop", "fastapi_shop", "flask_blog", "starlette_notes"]


@pytest.mark.parametrize("app", APPS)
def test_routes_are_all_found_with_their_full_paths(app: str) -> None:
    routes, _, _ = _score(app)
    assert routes.found == routes.expected


@pytest.mark.parametrize("app", APPS)
def test_protection_decisions(app: str) -> None:
    _, auth, _ = _score(app)
    assert auth.precision >= 0.95, sorted(auth.found - auth.expected)


def test_findings_precision_and_recall_across_all_fixtures() -> None:
    expected: set[tuple[str, str]] = set()
    found: set[tuple[str, str]] = set()
    for app in APPS:
        _, _, findings = _score(app)
        expected |= {(app, *item) for item in findings.expected}
        found |= {(app, *item) for item in findings.found}
    total = Score(expected, found)
    assert len(expected) >= 30
    assert total.precision >= 0.9, sorted(found - expected)
    assert total.recall >= 0.9, sorted(expected - found)


@pytest.mark.parametrize("app", APPS)
def test_findings_per_fixture(app: str) -> None:
    _, _, findings = _score(app)
    assert findings.precision >= 0.85, sorted(findings.found - findings.expected)
    assert findings.recall >= 0.85, sorted(findings.expected - findings.found)


@pytest.mark.parametrize("rule", ["secrets-exposed", "read-without-ownership-check"])
def test_the_newest_rules_match_their_labels_exactly(rule: str) -> None:
    """Too few labelled cases for a ratio to notice one loss: every one must hold."""
    expected: set[tuple[str, str]] = set()
    found: set[tuple[str, str]] = set()
    for app in APPS:
        _, _, findings = _score(app)
        expected |= {(app, key) for key, name in findings.expected if name == rule}
        found |= {(app, key) for key, name in findings.found if name == rule}
    assert expected
    assert found == expected
