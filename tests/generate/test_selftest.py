"""The generated suites pass as generated, and each test fails without the clause it proves.

This is the product's promise, checked on every built-in template: generate into a fresh
project, run the generated tests, then delete each clause (alone, or with the clauses that
refuse the same request) from the @contract and run the tests that claim it again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scaffold.catalog import Template, builtin_registry, load_catalog
from scaffold.generate import _selftest, name_from_description, selftest_templates
from scaffold.generate._derive import derive_spec
from scaffold.generate._spec import FunctionSpec
from scaffold.matching import match


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

    def without_auth(template, number, index, root, without, spec=None):  # type: ignore[no-untyped-def]
        return build(template, number, index, root, (*without, "auth"), spec=spec)

    monkeypatch.setattr(_selftest, "_build", without_auth)
    [report] = selftest_templates(
        [load_catalog().get("user_profile_update")], mutate=False, workdir=tmp_path
    )
    assert "test_expired_session_is_401 fails as generated" in report.problems


FALLBACKS = (
    "create invoice",
    "read invoice",
    "update invoice",
    "delete invoice, rate limited",
    "archive my invoice",
    "list my invoices",
    "purge my invoices",
)


def _fallbacks() -> tuple[list[Template], list[FunctionSpec | None]]:
    """The verb fallbacks as the CLI makes them: the fallback contract on the described shape."""
    catalog = load_catalog()
    templates: list[Template] = []
    specs: list[FunctionSpec | None] = []
    for description in FALLBACKS:
        # The verb fallback among the candidates (as `--template fallback:<kind>` takes it).
        template = next(m.spec for m in match(description, catalog) if m.is_fallback)
        assert template.name.startswith("fallback_"), description
        name = name_from_description(description, "generated")
        templates.append(template)
        specs.append(derive_spec(description, template, name))
    return templates, specs


@pytest.mark.slow
def test_every_verb_fallback_proves_each_clause_on_the_described_function() -> None:
    """Record ownership, 404s and a rate-limited delete (a fresh record for each call)."""
    templates, specs = _fallbacks()
    reports = selftest_templates(templates, specs=specs, mutate=True)
    assert {r.template: r.problems for r in reports} == {r.template: [] for r in reports}
    assert all(r.mutants >= 3 for r in reports)


def test_an_integer_owner_field_is_compared_as_a_number(tmp_path: Path) -> None:
    """``owns`` on an ``int`` field: the other user is another number, the owner passes."""
    data = yaml.safe_load((builtin_registry() / "user_profile_update.yaml").read_text())
    data["name"] = "numbered_profile"
    data["input"]["fields"]["user_id"] = {"type": "int", "min_value": 1}
    data["output"]["fields"]["user_id"] = {"type": "int"}
    [report] = selftest_templates([Template.model_validate(data)], workdir=tmp_path)
    assert report.problems == []
    assert report.mutants >= 4
