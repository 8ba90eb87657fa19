"""The generated suites pass as generated, each test fails without the clause it proves, and
every semantic mutant that applies to a template is caught.

This is the product's promise, checked on every built-in template and verb fallback: generate
into a fresh project, run the generated tests, then delete each clause (alone, or with the
clauses that refuse the same request) from the @contract and run the tests that claim it
again, then change what the code means (``_mutants``) and run the whole suite again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scaffold.catalog import Template, builtin_registry, load_catalog
from scaffold.generate import (
    _mutants,
    _scenarios,
    _selftest,
    name_from_description,
    selftest_templates,
)
from scaffold.generate._derive import derive_spec
from scaffold.generate._design import Design
from scaffold.generate._spec import FunctionSpec
from scaffold.matching import match
from tests.bench_scripts import load_bench


def test_generated_suites_pass_as_generated() -> None:
    reports = selftest_templates(list(load_catalog().templates.values()), mutate=False)
    assert {r.template: r.problems for r in reports} == {r.template: [] for r in reports}
    assert all(r.tests >= 10 for r in reports)


@pytest.mark.slow
def test_every_generated_test_fails_when_its_clause_is_deleted() -> None:
    """... and every semantic mutant of every built-in template is caught (100%)."""
    reports = selftest_templates(list(load_catalog().templates.values()), mutate=True)
    assert {r.template: r.problems for r in reports} == {r.template: [] for r in reports}
    assert all(r.mutants >= 4 for r in reports)
    assert {r.template: (r.caught, r.semantic) for r in reports} == {
        r.template: (r.semantic, r.semantic) for r in reports
    }
    assert all(r.semantic >= 3 for r in reports)


def test_semantic_mutants_follow_the_contract() -> None:
    """Only the changes of meaning a template's contract and operation can have are scored."""
    from scaffold.generate._derive import example_spec
    from scaffold.generate._design import Design
    from scaffold.generate._fit import fit_template
    from scaffold.generate._project import Project

    def names(template_name: str) -> set[str]:
        template = load_catalog().get(template_name)
        fitted, spec = fit_template(template, example_spec(template.endpoint.function, template))
        project = Project.__new__(Project)  # the mutants read the contract only
        design = Design(template=fitted, name=spec.name, description="", project=project, spec=spec)
        return {mutant.name for mutant in _mutants.semantic_mutants(design)}

    assert names("user_profile_update") == {
        'rate limit by="user" -> by="ip"',
        'rate limit per="minute" -> per="second"',
        'auth("user") -> auth(None)',
        "the body wins over the path",
        "text inputs take control and bidi characters",
        "the service ignores its key (first stored record)",
        "the service ignores its key (last stored record)",
        "PATCH drops exclude_unset",
    }
    assert names("public_api_endpoint") == {
        'rate limit by="ip" -> by="user"',
        'rate limit per="minute" -> per="second"',
        'public endpoint requires auth("user")',
        "text inputs take control and bidi characters",
    }
    assert "create does not save" in names("admin_user_creation")
    assert "bulk processes nothing" in names("bulk_operation")
    # The template's own example reaches every record (auth admin): no owner check to lose.
    assert "bulk replaces the stored record" in names("bulk_operation")
    assert "bulk skips the per-item owner check" not in names("bulk_operation")


def test_a_surviving_semantic_mutant_is_reported(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The score is not vacuous: a change no test can see survives and fails the template."""
    harmless = _mutants.SemanticMutant("a reworded docstring", "endpoint", "guarded by", "behind")
    lowered = _mutants.SemanticMutant(
        'auth("user") -> auth(None)', "endpoint", r'auth\("user"\)', "auth(None)"
    )
    monkeypatch.setattr(_mutants, "semantic_mutants", lambda design: [harmless, lowered])
    seen: list[str] = []
    [report] = selftest_templates(
        [load_catalog().get("secure_data_access")],
        workdir=tmp_path,
        progress=lambda report: seen.append(report.template),
    )
    assert (report.caught, report.semantic) == (1, 2)
    assert report.problems == [
        "no generated test catches the semantic mutant 'a reworded docstring'"
    ]
    assert seen == ["secure_data_access"]


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


def _bench_fallbacks() -> tuple[str, ...]:
    """The verb fallbacks bench/semantic_mutants.py mutates: one list for both."""
    fallbacks: tuple[str, ...] = load_bench("semantic_mutants").FALLBACKS
    return fallbacks


FALLBACKS = _bench_fallbacks()


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
    assert {r.template: (r.caught, r.semantic) for r in reports} == {
        r.template: (r.semantic, r.semantic) for r in reports
    }
    assert all(r.semantic >= 1 for r in reports)


def test_an_integer_owner_field_is_compared_as_a_number(tmp_path: Path) -> None:
    """``owns`` on an ``int`` field: the other user is another number, the owner passes."""
    data = yaml.safe_load((builtin_registry() / "user_profile_update.yaml").read_text())
    data["name"] = "numbered_profile"
    data["input"]["fields"]["user_id"] = {"type": "int", "min_value": 1}
    data["output"]["fields"]["user_id"] = {"type": "int"}
    [report] = selftest_templates([Template.model_validate(data)], workdir=tmp_path)
    assert report.problems == []
    assert report.mutants >= 4


# Bulk functions on the caller's own records, as `new function` makes them from these
# descriptions: the built-in template, and the bulk verb fallback.
OWNED_BULK = (
    ("bulk delete my invoices", "bulk_operation"),
    ("bulk update my invoices", "bulk_operation"),
    ("bulk create my orders", "bulk_operation"),
    ("bulk approve my reports", "fallback_bulk"),
)


def _owned_bulk() -> tuple[list[Template], list[FunctionSpec | None]]:
    catalog = load_catalog()
    templates: list[Template] = []
    specs: list[FunctionSpec | None] = []
    for description, template_name in OWNED_BULK:
        found = [m.spec for m in match(description, catalog) if m.spec.name == template_name]
        template = found[0] if found else catalog.get(template_name)
        templates.append(template)
        specs.append(derive_spec(description, template, name_from_description(description, "")))
    return templates, specs


@pytest.mark.slow
def test_owned_bulk_functions_prove_each_clause_and_keep_to_the_callers_items() -> None:
    """Each owned bulk function's mutants, the lost per-item owner check among them, are
    caught (100%)."""
    templates, specs = _owned_bulk()
    reports = selftest_templates(templates, specs=specs, mutate=True)
    assert {r.template: r.problems for r in reports} == {r.template: [] for r in reports}
    assert {r.template: (r.caught, r.semantic) for r in reports} == {
        r.template: (r.semantic, r.semantic) for r in reports
    }
    # rate limit key and window, role, no item processed, the owner check, and a replaced
    # record (or, for a delete, get instead of delete)
    assert all(r.semantic >= 6 for r in reports)


def test_only_the_reach_test_catches_the_lost_owner_check(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without test_bulk_keeps_to_the_callers_items the mutant survives every other test."""
    templates, specs = _owned_bulk()
    every = _mutants.semantic_mutants
    lost = "bulk skips the per-item owner check"

    def owner_check_only(design: Design) -> list[_mutants.SemanticMutant]:
        return [mutant for mutant in every(design) if mutant.name == lost]

    monkeypatch.setattr(_mutants, "semantic_mutants", owner_check_only)
    [caught] = selftest_templates(templates[:1], specs=specs[:1], workdir=tmp_path / "with")
    assert (caught.caught, caught.semantic, caught.problems) == (1, 1, [])
    monkeypatch.setattr(_scenarios, "_others_items", lambda design: iter(()))
    [survived] = selftest_templates(templates[:1], specs=specs[:1], workdir=tmp_path / "without")
    assert (survived.caught, survived.semantic) == (0, 1)
    assert survived.problems == [f"no generated test catches the semantic mutant '{lost}'"]


def test_only_a_bulk_answer_listing_its_items_gets_the_refused_items_mutant() -> None:
    """The owned bulk create lists the ids it created (its reach test pins that list); the
    other owned bulk functions answer a count or nothing of the kind."""
    from scaffold.generate._fit import fit_template
    from scaffold.generate._project import Project

    listed = "bulk answers with the items it was given, refused ones too"
    found = {}
    for (description, _), template, spec in zip(OWNED_BULK, *_owned_bulk(), strict=True):
        assert spec is not None
        fitted, fitted_spec = fit_template(template, spec)
        project = Project.__new__(Project)  # the mutants read the contract and outputs only
        design = Design(
            template=fitted, name=spec.name, description="", project=project, spec=fitted_spec
        )
        found[description] = listed in {m.name for m in _mutants.semantic_mutants(design)}
    assert found == {
        "bulk delete my invoices": False,
        "bulk update my invoices": False,
        "bulk create my orders": True,
        "bulk approve my reports": False,
    }
