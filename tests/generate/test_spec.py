"""The function specification: derived from the description, overridable, shown, recorded.

The descriptions below were written from the issue's list before the derivation was tuned;
each states the method, path, scope and roles a REST user would expect.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scaffold.catalog import AuthCondition, BusinessRuleCondition, OwnsCondition, load_catalog
from scaffold.cli import main
from scaffold.errors import UserError
from scaffold.generate import plan_function
from scaffold.generate._derive import DescriptionError, derive_spec
from scaffold.generate._fit import fit_template
from scaffold.generate._spec import FunctionSpec, field_token, parse_field
from scaffold.matching import match
from tests.generate.helpers import flat_project

CATALOG = load_catalog()


def _spec(description: str, template: str | None = None) -> tuple[FunctionSpec, object]:
    chosen = CATALOG.get(template) if template else match(description, CATALOG)[0].spec
    fitted, spec = fit_template(chosen, derive_spec(description, chosen, "generated"))
    return spec, fitted


def _auth(fitted: object) -> str | None:
    for condition in fitted.requires:  # type: ignore[attr-defined]
        if isinstance(condition, AuthCondition):
            return str(condition.auth)
    return None


def _owns(fitted: object) -> list[str]:
    return [
        c.spec.field
        for c in fitted.requires  # type: ignore[attr-defined]
        if isinstance(c, OwnsCondition)
    ]


@pytest.mark.parametrize(
    ("description", "template", "method", "path", "scope", "auth", "owns"),
    [
        (
            "archive my project",
            None,
            "POST",
            "/projects/{project_id}/archive",
            "own",
            "user",
            ["project_id"],
        ),
        (
            "approve an expense report (finance admins only)",
            None,
            "POST",
            "/expense-reports/{expense_report_id}/approve",
            "all",
            "admin",
            [],
        ),
        ("list my invoices", None, "GET", "/invoices", "own", "user", []),
        ("admin removes a tenant", None, "DELETE", "/tenants/{tenant_id}", "all", "admin", []),
        (
            "reset a user's MFA (support admins)",
            "sensitive_admin_action",
            "POST",
            "/users/{user_id}/mfa/reset",
            "all",
            "admin",
            [],
        ),
        ("admin delete invoice", None, "DELETE", "/invoices/{invoice_id}", "all", "admin", []),
        ("update invoice", None, "PATCH", "/invoices/{invoice_id}", "own", "user", ["invoice_id"]),
        ("read invoice", None, "GET", "/invoices/{invoice_id}", "own", "user", ["invoice_id"]),
        ("create invoice", None, "POST", "/invoices", "own", "user", []),
        ("export all invoices as csv", None, "GET", "/invoices", "all", "admin", []),
        # "send" creates what it sends; "new" says which record, not what it is
        (
            "send a password reset email",
            None,
            "POST",
            "/password-reset-emails",
            "public",
            None,
            [],
        ),
        (
            "upload a new avatar image for my account",
            None,
            "POST",
            "/avatar-images",
            "own",
            "user",
            [],
        ),
        (
            "refresh my access token",
            None,
            "POST",
            "/access-tokens/{access_token_id}/refresh",
            "own",
            "user",
            ["access_token_id"],
        ),
        ("get the current user", None, "GET", "/users/{user_id}", "own", "user", ["user_id"]),
        # an act on someone's record creates the caller's own record about it
        ("like a post", None, "POST", "/posts/{post_id}/likes", "own", "user", []),
        ("vote on a poll", None, "POST", "/polls/{poll_id}/votes", "own", "user", []),
        # "mark ... as read" is an action, not a read of "mark-notifications"
        (
            "mark my notification as read",
            None,
            "POST",
            "/notifications/{notification_id}/mark",
            "own",
            "user",
            ["notification_id"],
        ),
        (
            "mute my conversation",
            None,
            "POST",
            "/conversations/{conversation_id}/mute",
            "own",
            "user",
            ["conversation_id"],
        ),
        (
            "delete another user's comment (moderators)",
            None,
            "DELETE",
            "/users/{user_id}/comment",
            "other",
            "admin",
            [],
        ),
    ],
)
def test_descriptions_become_the_function_they_describe(
    description: str,
    template: str | None,
    method: str,
    path: str,
    scope: str,
    auth: str,
    owns: list[str],
) -> None:
    spec, fitted = _spec(description, template)
    assert (spec.method, spec.path, spec.scope) == (method, path, scope)
    assert spec.status == (201 if method == "POST" and spec.operation == "create" else 200)
    assert _auth(fitted) == auth
    assert _owns(fitted) == owns


@pytest.mark.parametrize(
    ("description", "method", "path"),
    [
        ("bulk update invoices", "PATCH", "/invoices/bulk"),
        ("bulk create invoices", "POST", "/invoices/bulk"),
        ("bulk delete invoices", "DELETE", "/invoices/bulk"),
        ("create invoices in bulk", "POST", "/invoices/bulk"),
        ("batch update my invoices", "PATCH", "/invoices/bulk"),
    ],
)
def test_bulk_calls_get_the_collection_bulk_route(description: str, method: str, path: str) -> None:
    """Not a single record's route, and not "create invoice"'s ``POST /invoices``."""
    spec, _fitted = _spec(description)
    assert (spec.method, spec.path, spec.key_field) == (method, path, None)
    assert spec.collection


def test_a_bulk_route_does_not_collide_with_the_single_record_one(tmp_path: Path) -> None:
    from scaffold.generate import apply_plan

    root = flat_project(tmp_path / "demo")
    apply_plan(
        plan_function("create invoice", match("create invoice", CATALOG)[0].spec, project=root)
    )
    bulk = plan_function(
        "bulk create invoices", match("bulk create invoices", CATALOG)[0].spec, project=root
    )
    assert bulk.spec is not None
    assert bulk.spec.path == "/invoices/bulk"


@pytest.mark.parametrize(
    ("description", "resource", "item"),
    [
        ("update résumé für naïve", "resume-fur-naives", "resume_fur_naive"),
        ("archive my café", "cafes", "cafe"),
        ("create Übersicht", "ubersichts", "ubersicht"),
    ],
)
def test_accented_letters_are_folded_to_ascii_as_the_matcher_does(
    description: str, resource: str, item: str
) -> None:
    template = next(m.spec for m in match(description, CATALOG) if m.is_fallback)
    spec = derive_spec(description, template, "f")
    assert (spec.resource, spec.item) == (resource, item)


def test_the_sensitive_contract_keeps_its_rules_where_they_apply() -> None:
    spec, fitted = _spec("admin removes a tenant", "sensitive_admin_action")
    rules = [
        c.business_rule.rule.kind
        for c in fitted.requires  # type: ignore[attr-defined]
        if isinstance(c, BusinessRuleCondition)
    ]
    assert rules == ["role_at_least"]  # a tenant is not a user: not_self has nothing to compare
    assert any("not_self on user_id left out" in note for note in spec.notes)
    _, on_user = _spec("reset a user's MFA (support admins)", "sensitive_admin_action")
    kinds = [
        c.business_rule.rule.kind
        for c in on_user.requires  # type: ignore[attr-defined]
        if isinstance(c, BusinessRuleCondition)
    ]
    assert kinds == ["role_at_least", "not_self"]


@pytest.mark.parametrize("template", sorted(CATALOG.templates))
def test_each_builtin_templates_example_when_asked_for(template: str) -> None:
    chosen = CATALOG.get(template)
    spec = derive_spec(chosen.patterns[0], chosen, "generated")
    assert spec.example
    assert (spec.method, spec.path) == (chosen.endpoint.method, chosen.endpoint.path)
    assert list(spec.inputs) == list(chosen.input.fields)


def test_a_template_is_not_its_example_when_something_else_is_asked() -> None:
    chosen = CATALOG.get("sensitive_admin_action")
    spec = derive_spec("purge a user's data", chosen, "purge_user_data")
    assert not spec.example
    assert (spec.method, spec.path) == ("DELETE", "/users/{user_id}/data")


@pytest.mark.parametrize("description", ["asdf qwerty zxcv", "the thing", "delete", "please do it"])
def test_no_action_or_resource_is_refused(description: str) -> None:
    template = match(description, CATALOG)[0].spec
    with pytest.raises(DescriptionError, match="recognised"):
        derive_spec(description, template, "generated")


def test_without_a_verb_the_matched_templates_method_is_taken_and_said() -> None:
    spec = derive_spec("public product catalog", CATALOG.get("public_api_endpoint"), "catalog")
    assert (spec.method, spec.scope) == ("GET", "public")
    assert any("no action verb in the description" in note for note in spec.notes)


def test_garbage_is_refused_by_the_cli_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    assert main(["new", "function", "asdf qwerty zxcv", "--into", str(root)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: nothing in 'asdf qwerty zxcv' says what the function does")
    assert err.count("\n") == 1
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("amount:decimal:gt=0", "amount:decimal:gt=0"),
        ("note:str:max=500:optional", "note:str:max=500:optional"),
        ("count:int:min=1:max=9", "count:int:min=1:max=9"),
        ("tags:list[str]:max=5", "tags:list[str]:max=5"),
        ("due:date", "due:date"),
        ("at:datetime:optional", "at:datetime:optional"),
        ("contact:email", "contact:email"),
        ("ref:uuid", "ref:uuid"),
        ("ratio:float:gt=0:lt=1", "ratio:float:gt=0:lt=1"),
        ("paid:bool", "paid:bool"),
    ],
)
def test_field_tokens_round_trip(token: str, expected: str) -> None:
    name, spec = parse_field(token)
    assert field_token(name, spec) == expected


@pytest.mark.parametrize(
    ("token", "message"),
    [
        ("amount", "'amount': a type is missing"),
        (":int", "':int': a name is missing"),
        ("amount:money", "unknown type 'money'"),
        ("Amount:int", "not a usable field name"),
        ("class:int", "not a usable field name"),
        ("owner_id:str", "not a usable field name"),
        ("note:str:gt=1", "gt= applies to numbers"),
        ("note:str:max=x", "'x' is not a number"),
        ("note:str:max=-1", r"max=-1 is out of range \(a str's length is 0 to 1000000\)"),
        ("note:str:max=1.5", "is a length"),
        (
            "amount:str:max=99999999999999999999999",
            r"'amount:str:max=99999999999999999999999': max=99999999999999999999999 is out of "
            r"range \(a str's length is 0 to 1000000\)",
        ),
        ("amount:str:min=1000000000", r"out of range \(a str's length is 0 to 1000000\)"),
        ("ids:list[int]:max=100000000", r"out of range \(a list's item count is 0 to 10000\)"),
        ("n:int:max=1e16", r"out of range \(a bound of a int is -1000000000000000 to"),
        ("n:decimal:gt=-10000000000000001", "out of range"),
        ("paid:bool:min=1", "min= does not apply to bool"),
        ("tags:list", "say what the list holds"),
        ("n:int:min=5:max=1", "greater than"),
        ("n:int:frob", "unknown constraint"),
    ],
)
def test_bad_field_syntax_is_one_clear_error(token: str, message: str) -> None:
    with pytest.raises(UserError, match=message) as caught:
        parse_field(token)
    assert "\n" not in str(caught.value)


def test_fields_at_the_largest_bounds_make_tests_past_them(tmp_path: Path) -> None:
    from scaffold._field_bounds import MAX_LIST_ITEMS, MAX_TEXT_LENGTH

    root = flat_project(tmp_path / "demo")
    chosen = match("create invoice", CATALOG)[0].spec
    tokens = [f"note:str:max={MAX_TEXT_LENGTH}", f"ids:list[int]:max={MAX_LIST_ITEMS}"]
    plan = plan_function(
        "create invoice", chosen, project=root, fields=dict(map(parse_field, tokens))
    )
    tests = next(c.new for c in plan.changes if c.relpath.startswith("tests/contracts/"))
    assert f'note="x" * {MAX_TEXT_LENGTH + 1}' in tests
    assert f"ids=[1] * {MAX_LIST_ITEMS + 1}" in tests


def test_fields_and_route_overrides_shape_the_function(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    chosen = match("record an expense", CATALOG)[0].spec
    fields = dict([parse_field("amount:decimal:gt=0"), parse_field("note:str:max=500:optional")])
    plan = plan_function(
        "create expense",
        chosen,
        project=root,
        fields=fields,
        path="/teams/{team_id}/expenses",
    )
    assert plan.spec is not None
    assert plan.spec.path == "/teams/{team_id}/expenses"
    assert list(plan.spec.inputs) == ["team_id", "amount", "note"]
    assert list(plan.spec.outputs) == ["expense_id", "amount", "note"]
    assert not any(note.startswith("default body") for note in plan.spec.notes)
    summary = plan.summary()
    assert "  route: POST /teams/{team_id}/expenses -> 201" in summary
    assert "amount:decimal:gt=0" in summary


def test_without_fields_the_default_body_is_named_in_the_plan(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    chosen = match("create invoice", CATALOG)[0].spec
    plan = plan_function("create invoice", chosen, project=root)
    assert "  note: default body: name, description (pass --field NAME:TYPE" in plan.summary()


def test_the_spec_is_recorded_and_rebuilds_the_same_function(tmp_path: Path) -> None:
    from scaffold.generate import apply_plan

    root = flat_project(tmp_path / "demo")
    chosen = match("archive my project", CATALOG)[0].spec
    plan = plan_function("archive my project", chosen, project=root)
    apply_plan(plan)
    manifest = json.loads((root / ".scaffold/generated.json").read_text())
    recorded = manifest["functions"]["archive_project"]["spec"]
    assert recorded["path"] == "/projects/{project_id}/archive"
    assert recorded["ownership"] == "record"
    spec = FunctionSpec.from_json(recorded, "archive_project")
    again = plan_function("archive my project", chosen, project=root, spec=spec)
    assert again.nothing_to_do


def test_a_broken_recorded_spec_is_one_error() -> None:
    with pytest.raises(UserError, match=r"x: \.scaffold/generated\.json records no valid function"):
        FunctionSpec.from_json({"name": "x"}, "x")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"method": "GET\nimport os"}, "records method 'GET"),
        ({"status": "201"}, "status '201' is not a whole number"),
        ({"status": 201.5}, "status 201.5 is not a whole number"),
        ({"status": 99}, "records status 99"),
        ({"scope": "everyone"}, "records scope 'everyone'"),
        ({"name": "other"}, "records name 'other'"),
        (
            {"inputs": {"note": {"type": "str", "max_length": 10**9}}},
            "inputs \\['note'\\] max_length: 1000000000 is out of range",
        ),
        (
            {"outputs": {"ids": {"type": "list", "items": {"type": "int"}, "max_length": 10**8}}},
            "outputs \\['ids'\\] max_length: 100000000 is out of range",
        ),
        (
            {"inputs": {"n": {"type": "int", "max_value": 10**30}}},
            "inputs \\['n'\\] max_value: 10+ is out of range",
        ),
        ({"inputs": {"n": {"type": "bytes"}}}, "inputs \\['n'\\] type: Input should be"),
    ],
)
def test_from_json_refuses_values_scaffold_never_writes(
    change: dict[str, object], message: str
) -> None:
    template = CATALOG.get("secure_data_access")
    recorded = derive_spec("archive my project", template, "p").as_json()
    FunctionSpec.from_json(recorded, "p")  # as written, it is read back
    with pytest.raises(UserError, match=message) as caught:
        FunctionSpec.from_json({**recorded, **change}, "p")
    assert str(caught.value).startswith("p: .scaffold/generated.json records ")


def test_dry_run_shows_the_spec_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    arguments = ["new", "function", "archive my project", "--into", str(root), "--dry-run"]
    assert main(arguments) == 0
    out = capsys.readouterr().out
    assert "function: archive_project: action (archive) projects, scope own" in out
    assert "  route: POST /projects/{project_id}/archive -> 200" in out
    assert "  ownership: the owner is stored on the record at create" in out
    assert not (root / ".scaffold").exists()
