"""Each condition's pass and fail path, for sync and async functions."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from scaffold.contracts import (
    AuthContext,
    ContractViolationError,
    ErrorType,
    MemoryAuditSink,
    audit_log,
    auth,
    bulk,
    business_rule,
    configure,
    invariant,
    owns,
    rate_limit,
    returns,
    validates,
)
from tests.contracts.helpers import (
    ADMIN,
    ALICE,
    ANONYMOUS,
    BOB,
    EXPIRED,
    MODES,
    SUPER,
    Profile,
    build,
    call,
    denied,
)

GOOD = {"user_id": "alice", "display_name": "Alice"}


@MODES
def test_auth_passes_a_signed_in_user(mode: str) -> None:
    guarded = build(mode, [auth("user")])
    assert call(guarded, GOOD, ALICE) == GOOD


@MODES
@pytest.mark.parametrize(
    ("caller", "error"),
    [
        (ANONYMOUS, ErrorType.AUTHENTICATION_REQUIRED),
        (None, ErrorType.AUTHENTICATION_REQUIRED),
        (EXPIRED, ErrorType.SESSION_EXPIRED),
        (AuthContext("carol", set()), ErrorType.INSUFFICIENT_ROLE),
    ],
)
def test_auth_denies(mode: str, caller: AuthContext | None, error: ErrorType) -> None:
    guarded = build(mode, [auth("user")])
    assert denied(guarded, GOOD, caller).type is error


@MODES
def test_role_hierarchy_lets_higher_roles_through(mode: str) -> None:
    guarded = build(mode, [auth("admin")])
    assert denied(guarded, GOOD, ALICE).type is ErrorType.INSUFFICIENT_ROLE
    assert call(guarded, GOOD, ADMIN) == GOOD
    assert call(guarded, GOOD, SUPER) == GOOD


def test_role_hierarchy_is_configurable() -> None:
    guarded = build("sync", [auth("editor")])
    writer = AuthContext("w", {"writer"})
    assert denied(guarded, GOOD, writer).type is ErrorType.INSUFFICIENT_ROLE
    configure(roles={"chief": ["editor"], "editor": ["writer"]})
    assert denied(guarded, GOOD, writer).type is ErrorType.INSUFFICIENT_ROLE
    assert call(guarded, GOOD, AuthContext("c", {"chief"})) == GOOD


@MODES
def test_validates_coerces_and_passes_the_model(mode: str) -> None:
    guarded = build(mode, [validates(Profile)])
    result = call(guarded, GOOD, ALICE)
    assert isinstance(result, Profile)
    assert result.display_name == "Alice"


@MODES
def test_validates_reports_field_errors_without_values(mode: str) -> None:
    guarded = build(mode, [validates(Profile)])
    secret = "hunter2-" * 10
    error = denied(guarded, {"user_id": "alice", "display_name": secret}, ALICE)
    assert error.type is ErrorType.VALIDATION_FAILED
    assert "display_name" in error.cause.message
    assert secret not in str(error)
    assert secret not in repr(error.cause.details)
    assert error.cause.details["errors"][0]["loc"] == ["display_name"]


@MODES
def test_owns_compares_the_input_field_with_the_caller(mode: str) -> None:
    guarded = build(mode, [validates(Profile), owns("user_id")])
    assert call(guarded, GOOD, ALICE).user_id == "alice"
    assert denied(guarded, GOOD, BOB).type is ErrorType.OWNERSHIP_DENIED


@MODES
def test_owns_admin_bypass_and_no_bypass(mode: str) -> None:
    bypassing = build(mode, [validates(Profile), owns("user_id")])
    strict = build(mode, [validates(Profile), owns("user_id", bypass_roles=())])
    assert call(bypassing, GOOD, ADMIN).user_id == "alice"
    assert call(bypassing, GOOD, SUPER).user_id == "alice"
    assert denied(strict, GOOD, ADMIN).type is ErrorType.OWNERSHIP_DENIED


@MODES
def test_owns_requires_a_signed_in_caller(mode: str) -> None:
    guarded = build(mode, [owns("user_id")])
    assert denied(guarded, GOOD, ANONYMOUS).type is ErrorType.AUTHENTICATION_REQUIRED


def test_owns_checks_a_path_parameter_and_the_body_together() -> None:
    @_contract_with(owns("user_id"))
    def update(user_id: str, payload: Profile, context: AuthContext) -> str:
        return user_id

    body = Profile(user_id="alice", display_name="A")
    assert update("alice", body, ALICE) == "alice"
    # A body claiming the caller cannot unlock someone else's path, and vice versa.
    assert denied(update, "bob", body, ALICE).type is ErrorType.OWNERSHIP_DENIED
    assert denied(update, "alice", Profile(user_id="bob", display_name="A"), ALICE).type is (
        ErrorType.OWNERSHIP_DENIED
    )


def _contract_with(*conditions: Any) -> Any:
    from scaffold.contracts import contract

    return contract(requires=conditions)


@MODES
def test_rate_limit_admits_exactly_the_limit(mode: str) -> None:
    guarded = build(mode, [rate_limit("profile", 3, per="minute")])
    for _ in range(3):
        call(guarded, GOOD, ALICE)
    error = denied(guarded, GOOD, ALICE)
    assert error.type is ErrorType.RATE_LIMIT_EXCEEDED
    assert 1 <= error.cause.details["retry_after"] <= 60
    # Another user has a bucket of their own.
    assert call(guarded, GOOD, BOB) == GOOD


def test_rate_limit_admits_exactly_the_limit_under_threads() -> None:
    """The wrapper's in-place hit, and the full check hitting again to deny, admit the limit."""
    guarded = build("sync", [rate_limit("crowd", 100, per="minute")])
    admitted: list[int] = []
    refused: list[ErrorType] = []

    def work() -> None:
        for _ in range(40):
            try:
                call(guarded, GOOD, ALICE)
            except ContractViolationError as error:
                refused.append(error.cause.type)
            else:
                admitted.append(1)

    workers = [threading.Thread(target=work) for _ in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(admitted) == 100
    assert refused == [ErrorType.RATE_LIMIT_EXCEEDED] * (8 * 40 - 100)


@MODES
def test_rate_limit_by_ip_and_by_callable(mode: str) -> None:
    by_ip = build(mode, [rate_limit("public", 1, by="ip")])
    call(by_ip, GOOD, AuthContext.anonymous("1.1.1.1"))
    assert denied(by_ip, GOOD, AuthContext.anonymous("1.1.1.1")).type is (
        ErrorType.RATE_LIMIT_EXCEEDED
    )
    call(by_ip, GOOD, AuthContext.anonymous("2.2.2.2"))

    by_key = build(mode, [rate_limit("tenant", 1, by=lambda payload, _: payload["user_id"])])
    call(by_key, GOOD, ALICE)
    assert denied(by_key, GOOD, BOB).type is ErrorType.RATE_LIMIT_EXCEEDED


@MODES
def test_business_rule_passes_and_denies_with_its_description(mode: str) -> None:
    rule = business_rule("Name must not be admin", lambda p, c: p["display_name"] != "admin")
    guarded = build(mode, [rule])
    assert call(guarded, GOOD, ALICE) == GOOD
    error = denied(guarded, {**GOOD, "display_name": "admin"}, ALICE)
    assert error.type is ErrorType.BUSINESS_RULE_VIOLATION
    assert error.cause.message == "Name must not be admin"


def test_business_rule_async_predicate() -> None:
    async def unused(payload: Any, caller: Any) -> bool:
        await asyncio.sleep(0)
        return bool(payload["display_name"] != "taken")

    guarded = build("async", [business_rule("Name must be unused", unused)])
    assert call(guarded, GOOD, ALICE) == GOOD
    assert denied(guarded, {**GOOD, "display_name": "taken"}, ALICE).type is (
        ErrorType.BUSINESS_RULE_VIOLATION
    )


@MODES
def test_business_rule_needs_exactly_true(mode: str) -> None:
    guarded = build(mode, [business_rule("truthy is not enough", lambda p, c: "yes")])
    assert denied(guarded, GOOD, ALICE).type is ErrorType.BUSINESS_RULE_VIOLATION


@MODES
def test_returns_validates_the_result(mode: str) -> None:
    good = build(mode, ensures=[returns(Profile)])
    assert call(good, GOOD, ALICE) == Profile(**GOOD)
    bad = build(mode, ensures=[returns(Profile)], body=lambda p, c: {"user_id": "x"})
    error = denied(bad, GOOD, ALICE)
    assert error.type is ErrorType.OUTPUT_VALIDATION_FAILED


@MODES
def test_invariant_over_input_and_result(mode: str) -> None:
    same_user = invariant("Result belongs to the input's user", lambda p, r: p == r)
    good = build(mode, invariants=[same_user])
    assert call(good, GOOD, ALICE) == GOOD
    bad = build(mode, invariants=[same_user], body=lambda p, c: {"user_id": "bob"})
    assert denied(bad, GOOD, ALICE).type is ErrorType.INVARIANT_VIOLATION


@MODES
def test_bulk_bounds(mode: str) -> None:
    guarded = build(mode, [bulk(max_items=3)])
    assert call(guarded, [1, 2, 3], ADMIN) == [1, 2, 3]
    assert denied(guarded, [], ADMIN).type is ErrorType.INVALID_BULK_INPUT
    assert denied(guarded, {"not": "a list"}, ADMIN).type is ErrorType.INVALID_BULK_INPUT
    assert denied(guarded, [1, 2, 3, 4], ADMIN).type is ErrorType.BULK_TOO_LARGE


@MODES
def test_audit_log_records_allowed_and_denied_calls(mode: str) -> None:
    sink = MemoryAuditSink()
    configure(audit_sink=sink)
    guarded = build(mode, [auth("user")], ensures=[audit_log("profile_update")])
    call(guarded, GOOD, ALICE)
    denied(guarded, GOOD, ANONYMOUS)
    allowed, refused = sink.records
    assert (allowed.outcome, allowed.user_id, allowed.event) == (
        "allowed",
        "alice",
        "profile_update",
    )
    assert (refused.outcome, refused.error_type) == ("denied", "AUTHENTICATION_REQUIRED")
    assert refused.client_ip == "10.0.0.9"
    assert allowed.contract.endswith("_target")
    assert allowed.layer == "action"


@MODES
def test_audit_log_records_errors_of_the_function(mode: str) -> None:
    sink = MemoryAuditSink()
    configure(audit_sink=sink)

    def explode(payload: Any, context: Any) -> Any:
        raise LookupError("boom")

    guarded = build(mode, ensures=[audit_log("x")], body=explode)
    with pytest.raises(LookupError):
        call(guarded, GOOD, ALICE)
    # Write-ahead: the call was allowed to run (stored first), then it raised.
    assert [r.outcome for r in sink.records] == ["allowed", "error"]


def test_conditions_have_readable_reprs() -> None:
    def named_key(payload: Any, caller: Any) -> str:
        return "k"

    assert repr(auth("admin")) == "auth('admin')"
    assert repr(validates(Profile)) == "validates(Profile)"
    assert repr(owns("user_id")) == "owns('user_id', bypass_roles=('admin',))"
    assert repr(rate_limit("k", 5)) == "rate_limit('k', 5, per='minute', by='user')"
    assert (
        repr(rate_limit("k", 5, by=named_key)) == "rate_limit('k', 5, per='minute', by='named_key')"
    )
    assert repr(business_rule("Email must be unique", lambda p, c: True)) == (
        "business_rule('Email must be unique')"
    )
    assert repr(returns(Profile)) == "returns(Profile)"
    assert repr(audit_log("e")) == "audit_log('e')"
    assert repr(invariant("i", lambda p, r: True)) == "invariant('i')"
    assert repr(bulk(100)) == "bulk(max_items=100, min_items=1)"
