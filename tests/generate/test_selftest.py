"""The generated suites pass as generated, and each test fails without the clause it proves.

This is the product's promise, checked on every built-in template: generate into a fresh
project, run the generated tests, then delete each clause (alone, or with the clauses that
refuse the same request) from the @contract and run the tests that claim it again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.catalog import load_catalog
from scaffold.generate import _selftest, selftest_templates


def test_generated_suites_pass_as_generated() -> None:
    reports = selftest_templates(list(load_catalog().templates.values()), mutate=False)
    assert {r.template: r.problems for r in reports} == {r.template: [] for r in reports}
    assert all(r.tests >= 10 for r in reports)


@pytest.mark.slow
def test_every_generated_test_fails_when_its_clause_is_deleted() -> None:
    reports = selftest_templates(list(load_catalog().templates.values()), mutate=True)
    assert {r.template: r.problems for r in reports} == {r.template: [] for r in reports}
    assert all(r.mutants >= 4 for r in reports)


def test_a_missing_clause_is_caught(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The check is not vacuous: a 'generated' endpoint lacking its auth clause fails."""
    build = _selftest._build

    def without_auth(template, number, index, root, without):  # type: ignore[no-untyped-def]
        return build(template, number, index, root, (*without, "auth"))

    monkeypatch.setattr(_selftest, "_build", without_auth)
    [report] = selftest_templates(
        [load_catalog().get("user_profile_update")], mutate=False, workdir=tmp_path
    )
    assert "test_expired_session_is_401 fails as generated" in report.problems
