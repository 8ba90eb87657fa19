"""The generated tests: one scenario per promise, and which clauses each one proves.

A scenario is a request (caller, input, repeated calls, a broken service) and the answer the
contract must give. Which clauses it proves is computed, not assumed: ``_simulate`` replays
the runtime's rules for the scenario with a clause removed; if the answer changes, the test
covers that clause. When removing one clause changes nothing because a later clause refuses
the same request (an anonymous caller fails both ``auth`` and ``owns``), the test covers the
group of clauses, removed together. ``scaffold registry test`` then proves each mapping by
deleting the clauses from the generated code and running the generated tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from scaffold.generate._design import Clause, Design, Token, _grants
from scaffold.generate._fields import Invalid, invalid_cases
from scaffold.generate._render_bulk import (
    OWNED_REACH_TEST,
    WIDE_REACH_TEST,
    bulk_items,
    reach_doc,
)
from scaffold.generate._render_service import passes_owner

__all__ = ["Scenario", "plan_scenarios"]

DROP = object()  # marks a field removed from the input


@dataclass
class Scenario:
    """One generated test."""

    name: str
    doc: str
    token: Token | None
    changes: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    calls: int = 1
    seed: bool = True
    seed_unique: bool = False
    override: str | None = None  # "invalid_output", or the id of an invariant clause
    expect: int = 200
    audit: str | None = None  # "allowed" / "denied": the test checks the audit record
    keeps: str | None = None  # a field the call leaves out, which the stored record keeps
    body: dict[str, Any] = field(default_factory=dict)  # JSON body fields beyond the input
    rate: str | None = None  # "window" / "key": the rate limit's window or key, on a clock
    peer: Token | None = None  # a key test's second caller from the same address
    others_items: bool = False  # a bulk call naming another user's item (_render_bulk)
    covers: tuple[tuple[str, ...], ...] = ()

    @property
    def clause_ids(self) -> list[str]:
        return sorted({clause for group in self.covers for clause in group})


@dataclass(frozen=True)
class _Outcome:
    status: int | str
    audited: bool
    decided_by: str | None


def _input(design: Design, scenario: Scenario) -> dict[str, Any]:
    data = dict(design.valid_input)
    for key, value in scenario.changes.items():
        if value is DROP:
            data.pop(key, None)
        else:
            data[key] = value
    data.update(scenario.extra)
    if not design.has_body:  # a query string cannot carry an empty list: the field is missing
        data = {key: value for key, value in data.items() if value != []}
    return data


def _is_valid(design: Design, data: dict[str, Any]) -> bool:
    try:
        design.input_class.model_validate(data)
    except Exception:
        return False
    return True


def _deny(status: int | str, clause: Clause, audited: bool) -> _Outcome:
    return _Outcome(status, audited, clause.id)


def _rule_outcome(
    rule: Any, caller: Token | None, data: dict[str, Any], scenario: Scenario
) -> int | None:
    """The status a business rule answers with, or None when it passes (see ``_rules``)."""
    if rule.kind == "unique":
        taken = scenario.seed_unique and data.get(rule.unique) is not None
        return 400 if taken else None
    if rule.kind == "role_at_least":
        return 400 if caller is None or not _grants(caller.roles, rule.role_at_least) else None
    if rule.kind == "not_self":
        if caller is None:
            return 400
        value = data.get(rule.not_self)
        if value is None:
            return 500  # the predicate cannot decide: the contract fails closed
        return 400 if str(value) == caller.user_id else None
    if rule.kind == "max_items":
        items = data.get(rule.max_items.field)
        return 400 if isinstance(items, list) and len(items) > rule.max_items.limit else None
    return None


def _requires(
    design: Design, clause: Clause, scenario: Scenario, data: dict[str, Any], state: dict[str, bool]
) -> int | None:
    """The status one ``requires`` clause answers with, or None when it passes."""
    condition: Any = clause.condition
    caller = scenario.token
    kind = clause.kind
    if kind == "auth":
        if caller is None or caller.expired:
            return 401
        return 403 if not _grants(caller.roles, condition.auth) else None
    if kind == "validates":
        state["validated"] = True
        return 422 if not state["valid"] else None
    if kind == "owns":
        spec = condition.spec
        if caller is None:
            return 401
        if any(_grants(caller.roles, role) for role in spec.bypass_roles):
            return None
        if design.record_owned:  # the loaded record's stored owner decides
            if not scenario.seed:
                return None  # nothing to own: the function answers 404
            return 403 if caller.user_id != design.owner_id else None
        readable = spec.field in design.path_params or state["validated"]
        value = data.get(spec.field) if readable else None
        return 403 if value is None or str(value) != caller.user_id else None
    if kind == "rate_limit":
        return 429 if scenario.calls > condition.rate_limit.limit else None
    if kind == "bulk":
        items = data.get(condition.bulk.field)
        if not isinstance(items, list):
            return 422
        return None if condition.bulk.min_items <= len(items) <= condition.bulk.max_items else 422
    if kind == "business_rule":
        return _rule_outcome(condition.business_rule.rule, caller, data, scenario)
    return None


def _simulate(design: Design, scenario: Scenario, removed: frozenset[str]) -> _Outcome:
    """The answer the endpoint gives ``scenario`` with the ``removed`` clauses deleted."""
    clauses = [clause for clause in design.clauses if clause.id not in removed]
    audited = any(clause.kind == "audit_log" for clause in clauses)
    data = _input(design, scenario)
    valid = _is_valid(design, data)
    if not design.validated and not valid:
        return _Outcome(422, audited, None)  # FastAPI validates; the contract audits it
    state = {"valid": valid, "validated": not design.validated}
    for clause in clauses:
        if clause.place == "requires":
            status = _requires(design, clause, scenario, data, state)
            if status is not None:
                return _deny(status, clause, audited)
    if not state["validated"] or not valid:
        return _Outcome("crash", False, None)  # the service receives unvalidated input
    if design.item_operation and not scenario.seed:
        return _Outcome(404, audited, None)
    if any(data.get(p) != design.valid_input.get(p) for p in design.parent_params):
        return _Outcome(404, audited, None)  # the record is under another parent
    post = {clause.id: clause for clause in clauses if clause.place != "requires"}
    if scenario.override == "invalid_output":
        returns = [c for c in post.values() if c.kind == "returns"]
        if returns:
            return _deny(500, returns[0], audited)
        return _Outcome("crash", False, None)  # FastAPI's response validation raises
    if scenario.override is not None and scenario.override in post:
        return _deny(500, post[scenario.override], audited)
    return _Outcome(design.status_code, audited, None)


def _observed(outcome: _Outcome, scenario: Scenario) -> tuple[Any, ...]:
    """What the generated test asserts about an outcome."""
    if scenario.audit is None:
        return (outcome.status,)
    return (outcome.status, outcome.audited)


def _covers(design: Design, scenario: Scenario) -> tuple[tuple[str, ...], ...]:
    """Groups of clauses whose removal makes the test fail (see the module docstring)."""
    everything: frozenset[str] = frozenset()
    base = _simulate(design, scenario, everything)
    expected = _observed(base, scenario)
    # A clause proves a test when it decides the answer (or writes the audit record it
    # checks) and the answer changes without it; a crash of the unguarded service does not
    # count as proof of the clause that happened to prevent it.
    singles = [
        (clause.id,)
        for clause in design.clauses
        if (clause.id == base.decided_by or clause.kind == "audit_log")
        and _observed(_simulate(design, scenario, frozenset({clause.id})), scenario) != expected
    ]
    if singles:
        return tuple(singles)
    removed: set[str] = set()
    outcome = _simulate(design, scenario, everything)
    while outcome.decided_by is not None:
        removed.add(outcome.decided_by)
        outcome = _simulate(design, scenario, frozenset(removed))
        if _observed(outcome, scenario) != expected:
            order = [clause.id for clause in design.clauses if clause.id in removed]
            return (tuple(order),)
    return ()


def _finish(design: Design, scenario: Scenario) -> Scenario | None:
    """Set the expected status from the simulation; drop a scenario that proves nothing new."""
    outcome = _simulate(design, scenario, frozenset())
    if not isinstance(outcome.status, int) or outcome.status != scenario.expect:
        return None
    scenario.covers = _covers(design, scenario)
    return scenario


def _success(design: Design) -> Scenario:
    audit = "allowed" if design.has("audit_log") else None
    doc = "A valid call succeeds with the response model" + (" and is audited" if audit else "")
    if _is_public(design):
        doc = doc.replace("A valid call", "A valid call without credentials")
    return Scenario(
        f"test_{design.operation}_succeeds",
        doc + ".",
        _caller(design),
        expect=design.status_code,
        audit=audit,
    )


def _is_public(design: Design) -> bool:
    return not design.has("auth") and not design.has("owns")


def _caller(design: Design) -> Token | None:
    """Who makes the calls meant to succeed: the owner, or nobody on a public endpoint.

    A public endpoint is called without credentials, so requiring sign-in breaks its tests.
    """
    return None if _is_public(design) else design.tokens["owner"]


def _auth(design: Design) -> Iterable[Scenario]:
    if not design.has("auth"):
        return
    invalid = _first_invalid(design)
    candidates = [Scenario("test_no_credentials_is_401", "", None, expect=401)]
    if invalid is not None:
        candidates.insert(
            0,
            Scenario("test_no_credentials_is_401", "", None, changes=_change(invalid), expect=401),
        )
    best: Scenario | None = None
    for candidate in candidates:
        done = _finish(design, candidate)
        if done is not None and (best is None or _size(done) < _size(best)):
            best = done
    if best is not None:
        best.doc = "A call without credentials is refused with 401 before anything else runs."
        yield best
    yield Scenario(
        "test_expired_session_is_401",
        "A caller whose session has expired is refused with 401.",
        design.tokens["expired"],
        expect=401,
    )
    if "weak" in design.tokens:
        yield Scenario(
            "test_insufficient_role_is_403",
            f"A signed-in caller without the {design.auth_role} role is refused with 403.",
            design.tokens["weak"],
            expect=403,
        )


def _size(scenario: Scenario) -> int:
    return min((len(group) for group in scenario.covers), default=99)


def _change(case: Invalid) -> dict[str, Any]:
    return {case.field: DROP if case.missing else case.value}


def _invalid(design: Design) -> list[Invalid]:
    cases: list[Invalid] = []
    for name, spec in design.inputs.items():
        in_path = name in design.path_params
        for case in invalid_cases(name, spec, in_path=in_path, text_only=not design.has_body):
            data = _input(design, Scenario("", "", None, changes=_change(case)))
            if not _is_valid(design, data):
                cases.append(case)
    return cases


def _first_invalid(design: Design) -> Invalid | None:
    cases = [case for case in _invalid(design) if case.field not in design.path_params]
    return cases[0] if cases else None


def _validation(design: Design) -> Iterable[Scenario]:
    owner = _caller(design)
    for case in _invalid(design):
        what = case.case.replace("_", " ")
        yield Scenario(
            f"test_{case.field}_{case.case}_is_422",
            f"Invalid input ({case.field}: {what}) is refused with 422.",
            owner,
            changes=_change(case),
            expect=422,
        )
    if design.validated:
        yield Scenario(
            "test_unknown_field_is_422",
            "An undeclared input field is refused with 422 (no mass assignment).",
            owner,
            extra={"unexpected_field": "x"},
            expect=422,
        )


def _ownership(design: Design) -> Iterable[Scenario]:
    owns = design.find("owns")
    if not owns:
        return
    condition: Any = owns[0].condition
    spec = condition.spec
    doc = f"A caller whose id is not {spec.field} is refused with 403."
    if design.record_owned:
        doc = f"Another user's {design.function.item} record is refused with 403 (no IDOR)."
    yield Scenario("test_other_users_resource_is_403", doc, design.tokens["other"], expect=403)
    for role in spec.bypass_roles:
        yield Scenario(
            f"test_{role}_bypasses_ownership",
            f"A caller with the {role} role may act on someone else's resource.",
            design.tokens[f"bypass_{role}"],
            expect=design.status_code,
        )
    if "admin" in design.tokens:
        yield Scenario(
            "test_admin_cannot_bypass_ownership",
            "The template lets no role bypass ownership: even an admin is refused with 403.",
            design.tokens["admin"],
            expect=403,
        )


def _rate_limit(design: Design) -> Iterable[Scenario]:
    caller = _caller(design)
    for clause in design.find("rate_limit"):
        spec: Any = clause.condition.rate_limit  # type: ignore[union-attr]
        limit = spec.limit
        yield Scenario(
            "test_rate_limit_is_429",
            f"Call {limit + 1} within the window is refused with 429 and a Retry-After header.",
            caller,
            calls=limit + 1,
            expect=429,
        )
        # Deleting the clause lets call limit + 1 through, so these prove it too; what they
        # add is the window's length and whose calls share a budget (see _render_tests._rate_test).
        proves = ((clause.id,),)
        yield Scenario(
            f"test_rate_limit_lasts_one_{spec.per}",
            f"The limit holds until the {spec.per} has passed: refused one second before "
            "its end, allowed after it.",
            caller,
            calls=limit + 1,
            expect=429,
            rate="window",
            covers=proves,
        )
        if spec.by == "ip":
            name = "test_rate_limit_counts_per_address"
            doc = (
                "The limit counts per address: another caller from the same address is "
                "refused, a caller from another address is not."
            )
        else:
            name = "test_rate_limit_counts_per_user"
            doc = (
                "The limit counts per user: the same caller from another address is refused, "
                "another user from the same one is not."
            )
        who = caller if spec.by == "ip" else design.tokens["owner"]
        other = design.tokens["other"]
        alone = _simulate(design, Scenario("", "", other), frozenset())
        peer = other if alone.status == design.status_code else None  # nothing else refuses it
        if peer is None:
            doc = doc.split(":")[0] + (
                ": the same caller from another address is not refused."
                if spec.by == "ip"
                else ": the same caller from another address is refused."
            )
        yield Scenario(
            name, doc, who, calls=limit + 1, expect=429, rate="key", covers=proves, peer=peer
        )


def _rules(design: Design) -> Iterable[Scenario]:
    for clause in design.find("business_rule"):
        rule: Any = clause.condition.business_rule.rule  # type: ignore[union-attr]
        text = clause.condition.business_rule.description  # type: ignore[union-attr]
        doc = f"Breaking the business rule '{text}' is refused with 400."
        if rule.kind == "unique":
            yield Scenario(
                f"test_duplicate_{rule.unique}_is_400",
                doc,
                design.tokens["owner"],
                seed_unique=True,
                expect=400,
            )
        elif rule.kind == "role_at_least":
            token = design.tokens.get(f"below_{rule.role_at_least}")
            if token is not None:
                yield Scenario(
                    f"test_role_below_{rule.role_at_least}_is_400", doc, token, expect=400
                )
        elif rule.kind == "not_self":
            owner = design.tokens["owner"]
            yield Scenario(
                f"test_{rule.not_self}_is_self_is_400",
                doc,
                owner,
                changes={rule.not_self: owner.user_id},
                expect=400,
            )
        elif rule.kind == "max_items":
            spec = rule.max_items
            item = design.valid_input.get(spec.field)
            sample = item[0] if isinstance(item, list) and item else "x"
            yield Scenario(
                f"test_too_many_{spec.field}_is_400",
                doc,
                design.tokens["owner"],
                changes={spec.field: [sample] * (spec.limit + 1)},
                expect=400,
            )


def _bulk(design: Design) -> Iterable[Scenario]:
    for clause in design.find("bulk"):
        spec: Any = clause.condition.bulk  # type: ignore[union-attr]
        item = design.valid_input.get(spec.field)
        sample = item[0] if isinstance(item, list) and item else "x"
        owner = _caller(design)
        if spec.min_items >= 1:
            yield Scenario(
                f"test_empty_{spec.field}_is_422",
                f"An empty {spec.field} list is refused with 422.",
                owner,
                changes={spec.field: []},
                expect=422,
            )
        yield Scenario(
            f"test_too_many_{spec.field}_is_422",
            f"More than {spec.max_items} {spec.field} are refused with 422.",
            owner,
            changes={spec.field: [sample] * (spec.max_items + 1)},
            expect=422,
        )
        if design.has_body:  # a query string repeats a key: one value is a list of one
            yield Scenario(
                f"test_{spec.field}_not_a_list_is_422",
                f"{spec.field} that is not a list is refused with 422.",
                owner,
                changes={spec.field: "not-a-list"},
                expect=422,
            )


def _others_items(design: Design) -> Iterable[Scenario]:
    """A bulk call naming the caller's item and another user's: what happens to each is the
    service's per-item promise, which no clause of the ``@contract`` checks."""
    if design.bulk_field is None:
        return
    for items in bulk_items(design):  # the first the contract lets through
        scenario = Scenario(
            OWNED_REACH_TEST if passes_owner(design) else WIDE_REACH_TEST,
            reach_doc(design, items),
            _caller(design),
            changes={design.bulk_field: items},
            expect=design.status_code,
            others_items=True,
        )
        if _finish(design, scenario) is not None:
            yield scenario
            return


def _ensures(design: Design) -> Iterable[Scenario]:
    owner = _caller(design)
    if design.has("returns"):
        yield Scenario(
            "test_invalid_output_is_500",
            "A result that fails the response model is refused with 500 and a safe body.",
            owner,
            override="invalid_output",
            expect=500,
        )
    for clause in design.find("invariant"):
        yield Scenario(
            f"test_{clause.id}_violation_is_500",
            f"{clause.title}: a result breaking it is refused with 500.",
            owner,
            override=clause.id,
            expect=500,
        )
    if design.has("audit_log") and (design.has("auth") or design.has("owns")):
        token = None if design.has("auth") else design.tokens["other"]
        yield Scenario(
            "test_denied_call_is_audited",
            "A refused call leaves a 'denied' audit record.",
            token,
            audit="denied",
            expect=401 if token is None else 403,
        )
    if design.item_operation:
        yield Scenario(
            f"test_missing_{design.key_field or 'record'}_is_404",
            "A record that does not exist answers 404.",
            owner,
            seed=False,
            expect=404,
        )
    for parent in design.parent_params:
        other = _another(design, parent)
        if other is not None:
            yield Scenario(
                f"test_{design.key_field}_under_another_{parent}_is_404",
                f"The record, named under another {parent} than its own, answers 404.",
                owner,
                changes={parent: other},
                expect=404,
            )


def _another(design: Design, name: str) -> object | None:
    """A valid value of the input ``name`` other than the valid input's (its last character
    changed: ``sample-1`` -> ``sample-2``), or None when no such change validates."""
    from pydantic import ValidationError

    value = design.valid_input.get(name)
    if isinstance(value, bool) or not isinstance(value, int | str) or value == "":
        return None
    if isinstance(value, int):
        other: object = value + 1
    else:
        last = value[-1]
        swapped = {"9": "0", "z": "a", "Z": "A", "f": "0", "F": "0"}.get(last)
        if swapped is None:
            swapped = chr(ord(last) + 1) if last.isalnum() else "1"
        other = value[:-1] + swapped
    try:
        design.input_class.model_validate({**design.valid_input, name: other})
    except ValidationError:
        return None
    return other


def _partial_update(design: Design) -> Iterable[Scenario]:
    """A PATCH that leaves an optional field out keeps its stored value."""
    if design.operation != "update" or design.method != "PATCH":
        return
    for name in design.non_path_fields:
        spec = design.inputs[name]
        if spec.is_optional and name in design.valid_input and name in design.valid_output:
            yield Scenario(
                f"test_patch_keeps_omitted_{name}",
                f"A PATCH without {name} keeps the stored {name}.",
                design.tokens["owner"],
                changes={name: DROP},
                expect=design.status_code,
                keeps=name,
            )
            return


def _path_wins(design: Design) -> Iterable[Scenario]:
    """A body field named like the record's path parameter does not redirect the call."""
    key = design.key_field
    if key is None or not (design.has_body and design.validated) or key not in design.path_params:
        return
    yield Scenario(
        "test_path_wins_over_body",
        f"A body field {key} does not override the {key} in the path.",
        design.tokens["owner"],
        body={key: "other-key"},
        expect=design.status_code,
    )


def plan_scenarios(design: Design) -> list[Scenario]:
    """Every test of the generated suite, each with the clauses it proves."""
    planned: list[Scenario] = []
    seen: set[str] = set()
    producers = (
        _auth,
        _validation,
        _ownership,
        _rate_limit,
        _rules,
        _bulk,
        _others_items,
        _ensures,
        _partial_update,
        _path_wins,
    )
    candidates = [_success(design)]
    for produce in producers:
        candidates.extend(produce(design))
    for candidate in candidates:
        if candidate.name in seen:
            continue
        done = candidate if candidate.covers else _finish(design, candidate)
        if done is None:
            continue
        seen.add(done.name)
        planned.append(done)
    return planned
