"""The contract tests' module: fixtures' data, the stored records, and one test a scenario.

``scaffold.generate._scenarios`` decides which tests a contract needs (who calls, with what,
expecting which status); this module writes each one as Python: the calls, the rate-limit
sequences on a stopped clock, the output a broken service returns, and what the store must
hold afterwards.
"""

from __future__ import annotations

import ast
from typing import Any

from scaffold.generate._adopt import (
    REAL_APP_TEST_IMPORTS,
    real_app,
    real_app_fixture,
    real_app_import,
)
from scaffold.generate._design import Design
from scaffold.generate._fields import WRONG_TYPE
from scaffold.generate._pysource import (
    assert_equal,
    call,
    collection,
    docstring,
    import_lines,
    literal,
    py_str,
    split_module,
)
from scaffold.generate._python_target import utc_spelling
from scaffold.generate._render_bulk import bulk_reach_checks, bulk_reach_seed
from scaffold.generate._render_endpoint import store_import
from scaffold.generate._scenarios import DROP, Scenario

__all__ = ["test_context"]

# Fixtures the generated module's ``pytestmark`` requests for every test.
_EVERY_TEST_FIXTURES = frozenset({"audit", "repository"})


def test_context(design: Design, scenarios: list[Scenario]) -> dict[str, Any]:
    endpoint_parent, endpoint_leaf = split_module(design.endpoint_module)
    services_parent, services_leaf = split_module(design.services_module)
    first_lines = [
        f"from {endpoint_parent} import {endpoint_leaf} as endpoint",
        store_import(design),
        f"from {design.stores_package}.base import InMemoryRepository",
    ]
    if _uses_service(design):
        first_lines.append(f"from {services_parent} import {services_leaf} as service")
    first_lines.sort(key=lambda s: s.split()[1].lower())
    utc = utc_spelling(design.project.python_floor)
    stdlib: dict[str, set[str]] = {
        "collections.abc": {"Iterator"},
        "datetime": {"datetime", "timedelta", utc.name},
        "typing": {"Any"},
    }
    if design.path_params:
        stdlib["urllib.parse"] = {"quote"}
    third: dict[str, set[str]] = {
        "fastapi": {"FastAPI"},
        "fastapi.testclient": {"TestClient"},
        "scaffold.contracts": {"MemoryAuditSink", "configure", "reset", "reset_rate_limits"},
        "scaffold.contracts.fastapi": {"BearerTokenResolver", "DemoToken", "install"},
    }
    clock = any(scenario.rate == "window" for scenario in scenarios)
    if clock:
        third["scaffold.contracts.testing"] = {"RateLimitClock", "rate_limit_clock"}
    app = real_app(design.project)
    app_fixture = ""
    if app is not None:  # an adopted project: the tests run against its real app
        del third["fastapi"]
        third["scaffold.contracts.fastapi"] = set()
        for module, names in REAL_APP_TEST_IMPORTS.items():
            third[module] = third.get(module, set()) | names
        first_lines = [line for line in first_lines if not line.endswith(" as endpoint")]
        first_lines.append(real_app_import(app))
        first_lines.sort(key=lambda s: s.split()[1].lower())
        app_fixture = real_app_fixture(app, design.name, design.path)
    imports = import_lines(stdlib, third, {}, ("pytest",))
    imports += ["", *first_lines]
    used = {t.name for s in scenarios for t in (s.token, s.peer) if t is not None}
    tokens = [
        call(
            "DemoToken",
            [py_str(t.user_id), literal(t.roles)] + (["EXPIRED"] if t.expired else []),
            indent=4,
            prefix=f"{py_str(t.value)}: ",
            suffix=",",
        )[4:-1]
        for t in design.tokens.values()
        if t.name in used
    ]
    token_block = collection(tokens, prefix="TOKENS = ", brackets="{}", explode=True)
    entries = [f"{py_str(k)}: {literal(v)}" for k, v in design.valid_input.items()]
    valid = collection(
        entries, indent=4, prefix="data: dict[str, Any] = ", brackets="{}", explode=bool(entries)
    )
    path = design.path
    target = f"f{py_str(path)}" if design.path_params else py_str(path)
    where = "json=fields" if design.has_body else "params=fields"
    request_line = call(
        "client.request",
        [py_str(design.method), target, where, "headers=headers"],
        indent=4,
        prefix="return ",
    )
    # Each path value taken out of the fields and quoted, wrapped as ruff wraps a long call.
    path_values = [
        call(
            "quote",
            [f"str(fields.pop({py_str(name)}))", 'safe=""'],
            indent=4,
            prefix=f"{name} = ",
        )
        for name in design.path_params
    ]
    event = next((str(c.condition.audit_log) for c in design.find("audit_log")), "")  # type: ignore[union-attr]
    return {
        "path_wins": any(scenario.body for scenario in scenarios),
        "clock": clock,
        "record": _record_constant(design),
        "event": event,
        "app_fixture": app_fixture,
        "test_imports": imports,
        "utc": utc.expression,
        "tokens": token_block,
        "valid_input": valid,
        "request_line": request_line,
        "path_values": path_values,
        "seed": _seed(design),
        "tests": [_test(design, scenario) for scenario in scenarios],
    }


def _uses_service(design: Design) -> bool:
    """Whether the tests replace the service (to break its result)."""
    return design.has("returns") or design.has("invariant")


def _stored_record(design: Design) -> dict[str, object]:
    """The owner's record the item tests find: the output's values, and its owner; a list's
    or purge's also holds the valid input's filters, which the service keeps to."""
    record = dict(design.valid_output)
    if not design.item_operation:
        record.update(design.filter_values)
    for parent in design.parent_params:  # the record is under the parents its path names
        record[parent] = str(design.valid_input[parent])
    if design.record_owned:
        record["owner_id"] = design.owner_id
    return record


def _keeps_owned_records(design: Design) -> bool:
    """A list or purge of the caller's records: the tests seed the caller's and another's."""
    return design.operation in ("list", "purge") and design.record_owned


def _record_constant(design: Design) -> str:
    """``RECORD = {...}``: the stored record, as a module constant the tests reuse.

    An item operation's tests also store ``NEIGHBOUR`` records beside it (another owner,
    other text): a service that reads or removes another record than its key names fails.
    """
    if not (design.item_operation or _keeps_owned_records(design)):
        return ""
    entries = [f"{py_str(k)}: {literal(v)}" for k, v in _stored_record(design).items()]
    record = collection(entries, prefix="RECORD: dict[str, Any] = ", brackets="{}", explode=True)
    if not design.item_operation:
        return record
    changed = ["**RECORD"]
    for name, value in _stored_record(design).items():
        if name == "owner_id":
            changed.append(f"{py_str(name)}: {py_str(design.other_id)}")
        elif isinstance(value, str) and name != design.key_field:
            changed.append(f"{py_str(name)}: {py_str('Other')}")
    neighbour = collection(
        changed, prefix="NEIGHBOUR: dict[str, Any] = ", brackets="{}", explode=True
    )
    return record + "\n" + neighbour


def _seed(design: Design) -> str:
    """The record an item test expects to find (between two neighbours), the ones a list or
    purge sees, or a search's match."""
    key = py_str(design.record_key)
    if design.item_operation:
        field = design.key_field if design.key_field in design.valid_output else None
        lines = []
        # With no key in the path each caller works on the record under their own id, so
        # the other user's record is a neighbour too.
        after = "record-after" if design.key_field else design.other_id
        for neighbour in ("record-before", after):
            value = "dict(NEIGHBOUR)"
            if field is not None:
                value = f"{{**NEIGHBOUR, {py_str(field)}: {py_str(neighbour)}}}"
            lines.append(call("fresh.save", [py_str(neighbour), value], indent=4))
        lines.insert(1, call("fresh.save", [key, "dict(RECORD)"], indent=4))
        return "\n".join(lines)
    if _keeps_owned_records(design):
        other = f'{{**RECORD, "owner_id": {py_str(design.other_id)}}}'
        return "\n".join(
            [
                call("fresh.save", [key, "dict(RECORD)"], indent=4),
                call("fresh.save", [py_str("other-record"), other], indent=4),
            ]
        )
    if design.bulk_delete and design.bulk_field:
        owner = {"owner_id": design.owner_id} if design.record_owned else {}
        items = design.valid_input.get(design.bulk_field or "")
        return "\n".join(
            call("fresh.save", [py_str(str(item)), literal({**owner, "item": item})], indent=4)
            for item in (items if isinstance(items, list) else [])
        )
    if design.operation == "search" and design.search_text_field:
        text = design.valid_input.get(design.search_text_field, "")
        entry = f"{{{py_str(design.search_text_field)}: {literal(text)}}}"
        return call("fresh.save", [py_str("sample-record"), entry], indent=4)
    return ""


def _changes(scenario: Scenario) -> list[str]:
    out = []
    for key, value in {**scenario.changes, **scenario.extra}.items():
        out.append(f"{key}=DROP" if value is DROP else f"{key}={literal(value)}")
    return out


def _send(
    scenario: Scenario, indent: int, changes: list[str] | None = None, client: str = "client"
) -> str:
    token = py_str(scenario.token.name) if scenario.token is not None else "None"
    arguments = _changes(scenario) if changes is None else changes
    data = call("valid_input", arguments) if arguments else "valid_input()"
    extra = [f"body={literal(scenario.body)}"] if scenario.body else []
    return call("send", [client, token, data, *extra], indent=indent, prefix="response = ")


def _test(design: Design, scenario: Scenario) -> str:
    fixtures = ["client: TestClient"]
    body: list[str] = []
    if scenario.audit is not None or scenario.name.endswith("_succeeds"):
        fixtures.append("audit: MemoryAuditSink")
    refills = scenario.calls > 1 and design.operation == "delete"
    checks_store = refills or scenario.keeps is not None or scenario.name.endswith("_succeeds")
    checks_store = checks_store or scenario.others_items
    if scenario.seed_unique or not scenario.seed or checks_store:
        fixtures.append("repository: InMemoryRepository")
    if scenario.override is not None:
        fixtures.append("monkeypatch: pytest.MonkeyPatch")
    if scenario.rate == "window":
        fixtures.append("clock: RateLimitClock")
    body.append(docstring(scenario.doc, 4))
    if not scenario.seed:
        body.append(f"    repository.delete({py_str(design.record_key)})")
    if scenario.seed_unique:
        for field in design.unique_fields:
            value = design.valid_input.get(field)
            body.append(
                call(
                    "repository.save",
                    [py_str("existing"), f"{{{py_str(field)}: {literal(value)}}}"],
                    indent=4,
                )
            )
    if scenario.override is not None:
        body += _override(design, scenario)
    if scenario.rate is not None:
        body += _rate_test(design, scenario)
        return _function(scenario.name, fixtures, body)
    if scenario.calls > 1:
        body += _repeat(design, scenario)
    items = scenario.changes.get(design.bulk_field or "") if scenario.others_items else None
    if isinstance(items, list):
        body += bulk_reach_seed(design, items)
    body.append(_send(scenario, 4))
    body.append(f"    assert response.status_code == {scenario.expect}")
    if isinstance(items, list):
        return _function(scenario.name, fixtures, [*body, *bulk_reach_checks(design, items)])
    body += _checks(design, scenario)
    return _function(scenario.name, fixtures, body)


def _function(name: str, fixtures: list[str], body: list[str]) -> str:
    """The test, with only the fixtures its body reads as arguments (ruff's ARG001).

    ``audit`` and ``repository`` run for every test (the module's ``pytestmark``); another
    fixture needed for what it does, not for its value (the stopped clock), is named in
    ``usefixtures``.
    """
    whole = call(f"def {name}", fixtures, suffix=" -> None:") + "\n" + "\n".join(body)
    read = {node.id for node in ast.walk(ast.parse(whole)) if isinstance(node, ast.Name)}
    named = {fixture: fixture.partition(":")[0] for fixture in fixtures}
    used = [fixture for fixture, fixture_name in named.items() if fixture_name in read]
    effects = [n for n in named.values() if n not in read and n not in _EVERY_TEST_FIXTURES]
    head = call(f"def {name}", used, suffix=" -> None:")
    if effects:
        head = call("@pytest.mark.usefixtures", [py_str(f) for f in effects]) + "\n" + head
    return head + "\n" + "\n".join(body)


def _override(design: Design, scenario: Scenario) -> list[str]:
    if scenario.override == "invalid_output":
        broken = _invalid_output(design)
    else:
        broken = _invariant_breaking(design, scenario.override or "")
    entries = [f"{py_str(k)}: {literal(v)}" for k, v in broken.items()]
    value = collection(entries, indent=8, prefix="return ", brackets="{}")
    return [
        "",
        "    def broken(*_args: Any, **_kwargs: Any) -> Any:",
        value,
        "",
        f"    monkeypatch.setattr(service, {py_str(design.name)}, broken)",
    ]


def _invalid_output(design: Design) -> dict[str, Any]:
    # Output text gets an object: no serializer can mistake it for text.
    wrong = {**WRONG_TYPE, "str": {"not": "text"}}
    data = dict(design.valid_output)
    for name, spec in design.outputs.items():
        data[name] = wrong[spec.type]
        break
    return data


def _invariant_breaking(design: Design, clause_id: str) -> dict[str, Any]:
    data = dict(design.valid_output)
    clause = next(c for c in design.clauses if c.id == clause_id)
    rule: Any = clause.condition.invariant.rule  # type: ignore[union-attr]
    if rule.kind == "matches_input":
        current = data.get(rule.matches_input)
        data[rule.matches_input] = design.other_id if current != design.other_id else "other"
    elif rule.kind == "count_matches":
        sent: Any = design.valid_input.get(rule.count_matches.input) or []
        sample: Any = data.get(rule.count_matches.result) or ["x"]
        data[rule.count_matches.result] = list(sample[:1]) * (len(sent) + 1)
    return data


def _varying(design: Design, index: int | None) -> list[str]:
    """Arguments giving call ``index`` (the loop's ``index`` when None) unique field values."""
    varying = []
    for field in design.unique_fields:
        spec = design.inputs[field]
        if spec.type == "email":
            value = "user{index}@example.com" if index is None else f"user{index}@example.com"
        elif spec.type == "str":
            value = "sample{index}" if index is None else f"sample{index}"
        else:
            continue
        varying.append(f"{field}=f{py_str(value)}" if index is None else f"{field}={py_str(value)}")
    return varying


def _repeat(design: Design, scenario: Scenario) -> list[str]:
    varying = _varying(design, None)
    inner = Scenario(scenario.name, "", scenario.token)
    # Each delete removes the record: the next call needs a fresh one to be a success.
    refill = call("repository.save", [py_str(design.record_key), "dict(RECORD)"], indent=8)
    refills = [refill] if design.operation == "delete" else []
    return [
        f"    for {'index' if varying else '_'} in range({scenario.calls - 1}):",
        *refills,
        _send(inner, 8, varying),
        f"        assert response.status_code == {design.status_code}",
        *[line[4:] for line in refills],
    ]


_WINDOW_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


_OTHER_ADDRESS = ("203.0.113.7", 50000)  # a documentation address (RFC 5737)


def _rate_test(design: Design, scenario: Scenario) -> list[str]:
    """After the limit is used up: the window's end on the clock, or whose budget is spent."""
    spec: Any = design.find("rate_limit")[0].condition.rate_limit  # type: ignore[union-attr]
    caller = Scenario("", "", scenario.token)
    calls = scenario.calls
    lines = _repeat(design, scenario)

    def attempt(who: Scenario, status: int, index: int, elsewhere: bool = False) -> list[str]:
        changes = _varying(design, index)
        if not elsewhere:
            return [_send(who, 4, changes), f"    assert response.status_code == {status}"]
        return [
            f"    with TestClient(client.app, client={literal(_OTHER_ADDRESS)}) as elsewhere:",
            _send(who, 8, changes, client="elsewhere"),
            f"    assert response.status_code == {status}",
        ]

    lines += attempt(caller, 429, calls)
    if scenario.rate == "window":
        window = _WINDOW_SECONDS[spec.per]
        lines[-2:-2] = [f"    clock.advance({window - 1 if window > 1 else 0.5})"]
        lines.append("    clock.advance(2)")
        return lines + attempt(caller, design.status_code, calls + 1)
    peer = [] if scenario.peer is None else [Scenario("", "", scenario.peer)]
    if spec.by == "ip":  # another caller here shares the budget; this one elsewhere does not
        for other in peer:
            lines += attempt(other, 429, calls + 1)
        return lines + attempt(caller, design.status_code, calls + 2, elsewhere=True)
    lines += attempt(caller, 429, calls + 1, elsewhere=True)
    for other in peer:
        lines += attempt(other, design.status_code, calls + 2)
    return lines


def _checks(design: Design, scenario: Scenario) -> list[str]:
    lines: list[str] = []
    if scenario.expect == 429:
        lines.append('    assert int(response.headers["Retry-After"]) >= 1')
    if scenario.expect == 500:
        lines.append('    assert response.json() == {"detail": "Internal server error."}')
    if scenario.audit == "denied":
        lines.append('    assert audited(audit) == [(EVENT, "denied")]')
    key = design.key_field
    if scenario.body and key is not None and key in design.outputs:
        expected = literal(design.valid_input.get(key, design.record_key))
        lines.append(assert_equal(f"response.json()[{py_str(key)}]", expected))
    if scenario.keeps is not None:
        kept = py_str(scenario.keeps)
        lines += [
            f"    stored = repository.get({py_str(design.record_key)})",
            "    assert stored is not None",
            assert_equal(f"stored[{kept}]", f"RECORD[{kept}]"),
        ]
    if not scenario.name.endswith("_succeeds"):
        return lines
    lines.append("    body = response.json()")
    keys = [py_str(name) for name in design.outputs]
    lines.append(collection(keys, indent=4, prefix="assert set(body) == ", brackets="{}"))
    for name, spec in design.outputs.items():
        value = design.valid_input.get(name)
        if (
            name in design.inputs
            and spec.type in ("str", "int", "bool", "email")
            and value is not None
        ):
            lines.append(assert_equal(f"body[{py_str(name)}]", literal(value)))
    lines += _side_effect_checks(design)
    if scenario.audit == "allowed":
        lines.append('    assert audited(audit) == [(EVENT, "allowed")]')
    return lines


def _stored_field(design: Design) -> str | None:
    """A body field of text the call sends and the store keeps: its value can be checked."""
    for name in design.non_path_fields:
        if design.inputs[name].type == "str" and isinstance(design.valid_input.get(name), str):
            return name
    return None


def _side_effect_checks(design: Design) -> list[str]:
    """What the call did to the store: created, changed, removed, every item, the owner."""
    key = py_str(design.record_key)
    operation = design.operation
    if operation == "delete":
        return [f"    assert repository.get({key}) is None"]
    if operation == "purge" and design.record_owned:
        return [
            f"    assert repository.get({key}) is None",
            '    assert repository.get("other-record") is not None',
        ]
    if operation == "update":
        lines = [f"    stored = repository.get({key})", "    assert stored is not None"]
        field = _stored_field(design)
        if field is not None:
            value = literal(design.valid_input[field])
            lines.append(assert_equal(f"stored[{py_str(field)}]", value))
        return lines
    if operation == "bulk" and design.bulk_field:
        field = py_str(design.bulk_field)
        stored = "is None" if design.bulk_delete else "is not None"
        return [
            f"    for item in valid_input()[{field}]:",
            f"        assert repository.get(str(item)) {stored}",
        ]
    if operation == "create":
        ident = f"{design.function.item}_id"
        ids = [n for n, s in design.outputs.items() if s.type == "str" and n not in design.inputs]
        name = (
            ident
            if ident in design.outputs
            else next((n for n in ids if n == "id" or n.endswith("_id")), None)
        )
        # Without a new id in the answer, the one record in the (fresh) store is the new one.
        lookup = "repository.keys({})[0]" if name is None else f"body[{py_str(name)}]"
        lines = [f"    stored = repository.get({lookup})", "    assert stored is not None"]
        field = _stored_field(design)
        if name is None and field is not None:
            lines.append(
                assert_equal(f"stored[{py_str(field)}]", literal(design.valid_input[field]))
            )
        if design.record_owned:
            lines.append(f'    assert stored["owner_id"] == {py_str(design.owner_id)}')
        return lines
    if operation == "list" and design.record_owned:
        lists = [n for n, s in design.outputs.items() if s.type == "list"]
        if lists:
            return [assert_equal(f"body[{py_str(lists[0])}]", f"[{key}]")]
    return []
