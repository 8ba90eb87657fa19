"""The generated test of a bulk call's reach: it passes as generated, and it alone catches a
service that lost its per-item owner check.

Every kind of bulk function (create, update, delete and an action; on the caller's own
records and under the admin contract that reaches every record; the template's example and
the bulk verb fallback) is generated into one copy of the demo service. Its code must be
formatted, lint- and ``mypy --strict``-clean and its suites must pass. Then the owned
functions' services are edited the way the semantic mutant edits them (the owner check
removed): every other generated test still passes, and each reach test fails.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from scaffold.catalog import FieldSpec, Template, builtin_registry
from scaffold.cli import main
from scaffold.errors import UserError
from scaffold.generate import find_project, plan_function, render_recorded, selftest_templates
from scaffold.generate._derive import derive_spec
from scaffold.generate._mutants import SemanticMutant
from tests.generate.helpers import (
    RUFF_IGNORE,
    RUFF_RULES,
    demo_with_users,
    flat_project,
    mypy_strict,
    ruff,
    ruff_clean,
    run_in_project,
)

OWNED = "test_bulk_keeps_to_the_callers_items"
EVERY = "test_bulk_reaches_every_users_items"
FUNCTIONS = {  # function name -> (description, extra options, the reach test it gets)
    "bulk_update_invoices": ("bulk update my invoices", (), OWNED),
    "bulk_delete_invoices": ("bulk delete my invoices", (), OWNED),
    "bulk_create_orders": ("bulk create my orders", (), OWNED),
    "bulk_approve_reports": ("bulk approve my reports", ("--template", "fallback:bulk"), OWNED),
    "bulk_update_items": ("bulk update items", (), EVERY),
    # Its models' names clash with bulk_update_invoices': long ones made from its own name.
    "bulk_update_every_invoice": (
        "bulk update invoices",
        ("--path", "/admin/invoices/bulk"),
        EVERY,
    ),
    "bulk_delete_notes": ("bulk delete notes", (), EVERY),
    "run_bulk_operation": ("bulk operation", (), EVERY),
}
# The semantic mutant's edit (scaffold.generate._mutants), written out here so this test
# does not trust the pattern it checks.
NO_OWNER_CHECK = SemanticMutant(
    "bulk skips the per-item owner check",
    "service",
    r'\n *if current\.get\("owner_id", owner\) != owner:\n.*\n.*continue',
    "",
)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = demo_with_users(tmp_path_factory.mktemp("bulk"), [])
    for name, (description, options, _) in FUNCTIONS.items():
        command = ["new", "function", description, "--name", name, *options]
        assert main([*command, "--into", str(root), "--yes"]) == 0, description
    return root


def _pytest(root: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run the generated suites (``arguments`` choose the files and tests), verbose."""
    return run_in_project(root, "-m", "pytest", "-v", "-p", "no:cacheprovider", *arguments)


def test_every_bulk_function_gets_its_reach_test(generated: Path) -> None:
    for name, (description, _, reach) in FUNCTIONS.items():
        text = (generated / "tests" / "contracts" / f"test_{name}.py").read_text(encoding="utf-8")
        assert f"def {reach}(" in text, description
        assert "repository.save" in text.split(f"def {reach}(")[1], description


def test_the_generated_bulk_code_is_clean_and_its_suites_pass(
    generated: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    generated_code = ["app/endpoints", "app/schemas", "app/services", "tests/contracts"]
    assert [ruff_clean(generated / folder) for folder in generated_code] == [[]] * 4
    lint = ruff(
        *("check", "--isolated", "--select", RUFF_RULES, "--ignore", RUFF_IGNORE),
        *("--target-version", "py310", "--output-format", "concise", *generated_code),
        cwd=generated,
    )
    assert lint.returncode == 0, lint.stdout
    strict = mypy_strict(generated, tmp_path_factory)
    assert strict.returncode == 0, strict.stdout[-3000:]
    outcome = _pytest(generated, "tests/contracts")
    assert outcome.returncode == 0, outcome.stdout[-3000:]
    for name, (_, _, reach) in FUNCTIONS.items():
        assert f"test_{name}.py::{reach} PASSED" in outcome.stdout, name


def test_only_the_reach_test_catches_a_service_without_its_owner_check(
    generated: Path, tmp_path: Path
) -> None:
    """A mutant no other generated test sees: the reach test is what proves the check."""
    root = tmp_path / "mutated"
    shutil.copytree(generated, root)
    owned = [name for name, (_, _, reach) in FUNCTIONS.items() if reach == OWNED]
    for name in owned:
        service = root / "app" / "services" / f"{name}.py"
        mutated = NO_OWNER_CHECK.apply(service.read_text(encoding="utf-8"))
        assert mutated is not None, name
        service.write_text(mutated, encoding="utf-8")
    files = [f"tests/contracts/test_{name}.py" for name in owned]
    survived = _pytest(root, "-k", f"not {OWNED}", *files)
    assert survived.returncode == 0, survived.stdout[-3000:]
    caught = _pytest(root, "-k", OWNED, *files)
    for name in owned:
        assert f"test_{name}.py::{OWNED} FAILED" in caught.stdout, caught.stdout[-3000:]


# The new mutant's edit, written out here too: the service answers with every item it was
# given (an item it refused among them) where it listed those it handled.
ALL_GIVEN = SemanticMutant(
    "bulk answers with the items it was given, refused ones too",
    "service",
    r'(record\["order_ids"\] = )handled\n',
    r"\1list(payload.items)\n",
)


def test_a_bulk_create_answers_with_the_ids_it_handled_and_the_reach_test_pins_it(
    generated: Path, tmp_path: Path
) -> None:
    """The answer lists the caller's new ids; a service that lists what it was given (another
    user's refused item among them) is caught by the reach test alone."""
    service = generated / "app" / "services" / "bulk_create_orders.py"
    text = service.read_text(encoding="utf-8")
    assert 'record["order_ids"] = handled\n' in text
    assert "= key\n" not in text
    test = (generated / "tests" / "contracts" / "test_bulk_create_orders.py").read_text()
    assert 'assert body["order_ids"] == ["mine"]' in test.split(f"def {OWNED}(")[1]
    root = tmp_path / "mutated"
    shutil.copytree(generated, root)
    mutated = ALL_GIVEN.apply(text)
    assert mutated is not None
    (root / "app" / "services" / "bulk_create_orders.py").write_text(mutated, encoding="utf-8")
    files = ["tests/contracts/test_bulk_create_orders.py"]
    survived = _pytest(root, "-k", f"not {OWNED}", *files)
    assert survived.returncode == 0, survived.stdout[-3000:]
    caught = _pytest(root, "-k", OWNED, *files)
    assert f"test_bulk_create_orders.py::{OWNED} FAILED" in caught.stdout, caught.stdout[-3000:]


def test_a_bulk_output_with_one_id_is_refused(tmp_path: Path) -> None:
    template = builtin_registry() / "bulk_operation.yaml"
    bulk = Template.model_validate(yaml.safe_load(template.read_text(encoding="utf-8")))
    one_id = {"order_id": FieldSpec.model_validate({"type": "str"})}
    with pytest.raises(UserError, match=r"cannot carry one id \(order_id\)") as refused:
        plan_function(
            "bulk create my orders",
            bulk,
            project=flat_project(tmp_path / "p"),
            output_fields=one_id,
        )
    assert "--output-field order_ids:list[str]" in (refused.value.hint or "")


def test_a_recorded_bulk_create_with_one_id_names_an_item_it_handled(tmp_path: Path) -> None:
    """A manifest from before: its one id is rendered as the last item handled, never the
    loop's last key (an item it may have refused)."""
    bulk = Template.model_validate(
        yaml.safe_load((builtin_registry() / "bulk_operation.yaml").read_text(encoding="utf-8"))
    )
    spec = derive_spec("bulk create my orders", bulk, "bulk_create_orders")
    old = replace(spec, outputs={"order_id": FieldSpec.model_validate({"type": "str"})})
    project = find_project(flat_project(tmp_path / "p"))
    files = render_recorded(
        "bulk create my orders", bulk, project=project, name="bulk_create_orders", spec=old
    )
    service = files["app/services/bulk_create_orders.py"]
    assert 'record["order_id"] = str(handled[-1]) if handled else ""' in service
    assert "= key\n" not in service


@pytest.mark.parametrize(
    "description",
    ["bulk update my users", "bulk delete my users", "bulk update my user's invoices"],
)
def test_a_bulk_call_on_my_users_is_refused(tmp_path: Path, description: str) -> None:
    """No per-item check can be generated (these records store no owner; ``owns`` on the
    path's user says nothing of the items): refused, rather than reaching other users'
    records under a description that asked for the caller's."""
    root = demo_with_users(tmp_path, [])
    before = sorted(path.relative_to(root) for path in root.rglob("*"))
    assert main(["new", "function", description, "--into", str(root), "--yes"]) == 1
    assert sorted(path.relative_to(root) for path in root.rglob("*")) == before
    bulk = Template.model_validate(
        yaml.safe_load((builtin_registry() / "bulk_operation.yaml").read_text(encoding="utf-8"))
    )
    with pytest.raises(UserError, match="cannot be checked item by item"):
        plan_function(description, bulk, project=root)


def _bulk_template(**changes: Any) -> Template:
    """bulk_operation with ``changes`` to its data (a name of its own)."""
    data = yaml.safe_load((builtin_registry() / "bulk_operation.yaml").read_text())
    data["name"] = "bulk_variant"
    data.update(changes)
    return Template.model_validate(data)


def test_one_item_at_a_time_names_the_other_users_item_alone(tmp_path: Path) -> None:
    """A bulk contract of one item: the reach test sends the other user's item alone."""
    template = _bulk_template(
        requires=[
            {"auth": "admin"},
            {"bulk": {"field": "items", "min_items": 1, "max_items": 1}},
            {"validates": "input"},
        ]
    )
    spec = derive_spec("bulk delete my invoices", template, "bulk_delete_invoices")
    plan = plan_function(
        "bulk delete my invoices", template, project=flat_project(tmp_path / "p"), spec=spec
    )
    [test] = [c.new for c in plan.changes if c.relpath.endswith("test_bulk_delete_invoices.py")]
    assert test is not None
    assert 'valid_input(items=["theirs"])' in test.split(f"def {OWNED}(")[1]
    assert not plan.warnings
    [report] = selftest_templates([template], specs=[spec], mutate=False, workdir=tmp_path / "t")
    assert report.problems == []


def test_a_bulk_function_without_a_reach_test_says_so(tmp_path: Path) -> None:
    """Items no second value can be made of: no reach test, and the plan warns."""
    template = _bulk_template(
        input={
            "model": "BulkRequest",
            "fields": {"items": {"type": "list", "items": {"type": "bool"}}},
        }
    )
    plan = plan_function("bulk operation", template, project=flat_project(tmp_path))
    [test] = [c.new for c in plan.changes if c.relpath.startswith("tests/contracts/test_")]
    assert test is not None
    assert f"def {OWNED}(" not in test
    assert f"def {EVERY}(" not in test
    assert any("whose items the bulk call reaches" in warning for warning in plan.warnings)
