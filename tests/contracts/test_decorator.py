"""The decorator itself: signatures, names, decoration-time errors, fail-closed, ``python -O``."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
from typing import Annotated, Any

import pytest
from pydantic import BaseModel

from scaffold.contracts import (
    AuthContext,
    ContractDefinitionError,
    ContractError,
    ContractViolationError,
    ErrorType,
    MemoryAuditSink,
    audit_log,
    auth,
    business_rule,
    configure,
    contract,
    invariant,
    owns,
    rate_limit,
    returns,
    validates,
)
from tests.contracts.helpers import ALICE, MODES, Profile, build, call, denied


def test_signature_and_metadata_are_preserved() -> None:
    async def update(user_id: str, payload: Profile, context: AuthContext) -> Profile:
        """Update a profile."""
        return payload

    guarded = contract(requires=[auth()])(update)
    assert inspect.signature(guarded) == inspect.signature(update)
    assert guarded.__name__ == "update"
    assert guarded.__doc__ == "Update a profile."
    assert inspect.iscoroutinefunction(guarded)


def test_name_defaults_to_module_and_qualname() -> None:
    guarded = build("sync", [auth()])
    info = guarded.__contract__
    assert info.name == "tests.contracts.helpers.build.<locals>.sync_target"
    named = contract(requires=[auth()], name="profile.update", layer="business")(_takes_only_caller)
    assert named.__contract__.name == "profile.update"
    assert named.__contract__.layer == "business"


def test_violation_names_contract_layer_and_cause() -> None:
    @contract(requires=[auth()], name="profile.update")
    def update(context: AuthContext) -> None:
        return None

    error = denied(update, AuthContext.anonymous())
    assert (error.contract, error.layer, error.type) == (
        "profile.update",
        "action",
        ErrorType.AUTHENTICATION_REQUIRED,
    )
    assert (
        str(error) == "profile.update [action]: AUTHENTICATION_REQUIRED: Authentication required."
    )


def test_input_and_caller_found_by_position_or_keyword() -> None:
    @contract(requires=[auth(), validates(Profile), owns("user_id")])
    def update(payload: Profile, context: AuthContext) -> Profile:
        return payload

    data = {"user_id": "alice", "display_name": "A"}
    assert isinstance(update(data, ALICE), Profile)
    assert isinstance(update(payload=data, context=ALICE), Profile)
    assert isinstance(update(data, context=ALICE), Profile)


def test_annotated_caller_and_payload_name_rule() -> None:
    @contract(requires=[auth(), owns("user_id")])
    def update(payload: dict[str, str], context: Annotated[AuthContext, "dep"]) -> str:
        return payload["user_id"]

    # Without a model, the parameter named `payload` is the input; a mapping's keys are read
    # (a raw input, before or without validates), a model's attributes otherwise.
    assert update({"user_id": "alice"}, ALICE) == "alice"
    with pytest.raises(ContractViolationError) as caught:
        update({"user_id": "bob"}, ALICE)
    assert caught.value.type is ErrorType.OWNERSHIP_DENIED
    with pytest.raises(ContractViolationError):
        update({"name": "no key"}, ALICE)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: contract(requires=[auth()])(lambda payload: payload),
            "needs the caller",
        ),
        (
            lambda: contract(requires=[rate_limit("k", 1)])(lambda payload: payload),
            "needs the caller",
        ),
        (
            lambda: contract(requires=[validates(Profile)])(_takes_only_caller),
            "needs the input",
        ),
        (
            lambda: contract(requires=[owns("tenant_id")])(_takes_profile),
            "finds no 'tenant_id'",
        ),
        (
            lambda: contract(requires=[business_rule("r", _async_rule)])(_takes_profile),
            "async predicate",
        ),
        (lambda: contract(requires=[returns(Profile)]), "belongs in ensures"),
        (lambda: contract(ensures=[auth()]), "belongs in requires"),
        (lambda: contract(invariants=[audit_log("e")]), "belongs in ensures"),
        (lambda: contract(requires=[auth]), "takes conditions"),  # type: ignore[list-item]
        (lambda: contract(layer="service"), "layer must be one of"),  # type: ignore[arg-type]
        (lambda: contract(requires=[auth()])(_two_callers), "more than one parameter"),
        (lambda: rate_limit("k", 0), "positive integer"),
        (lambda: rate_limit("k", 1, per="fortnight"), "per must be one of"),
        (lambda: validates(dict), "pydantic model class"),  # type: ignore[arg-type]
        (lambda: business_rule("", lambda p, c: True), "needs a description"),
    ],
)
def test_definition_errors_happen_at_decoration(make: Any, message: str) -> None:
    with pytest.raises(ContractDefinitionError, match=message):
        make()


def _takes_only_caller(context: AuthContext) -> None:
    return None


def _takes_profile(payload: Profile, context: AuthContext) -> None:
    return None


def _two_callers(a: AuthContext, b: AuthContext) -> None:
    return None


async def _async_rule(payload: Any, caller: Any) -> bool:
    return True


class _Boom(Exception):
    pass


def _crash(*_: Any) -> bool:
    raise _Boom("secret-token-123")


@MODES
@pytest.mark.parametrize("where", ["requires", "invariants"])
def test_a_crashing_condition_denies(mode: str, where: str) -> None:
    ran: list[bool] = []

    def body(payload: Any, context: Any) -> Any:
        ran.append(True)
        return payload

    if where == "requires":
        guarded = build(mode, [business_rule("r", _crash)], body=body)
    else:
        guarded = build(mode, invariants=[invariant("i", _crash)], body=body)
    error = denied(guarded, {}, ALICE)
    assert error.type is ErrorType.CONDITION_ERROR
    assert isinstance(error.__cause__, _Boom)
    assert "secret-token-123" not in str(error)
    assert ran == ([] if where == "requires" else [True])


def test_an_awaitable_predicate_in_a_sync_contract_denies() -> None:
    def sneaky(payload: Any, caller: Any) -> Any:
        return _async_rule(payload, caller)

    guarded = build("sync", [business_rule("r", sneaky)])
    assert denied(guarded, {}, ALICE).type is ErrorType.CONDITION_ERROR


class _Secret(BaseModel):
    user_id: str
    password: str


@MODES
def test_no_argument_value_reaches_any_message(mode: str) -> None:
    secret = "pa55w0rd-DO-NOT-LOG"
    sink = MemoryAuditSink()
    configure(audit_sink=sink)
    conditions = [
        auth("admin"),
        owns("user_id", bypass_roles=()),
        business_rule("Password policy", lambda p, c: False),
        rate_limit("secret", 1),
    ]
    messages = []
    for condition in conditions:
        guarded = build(mode, [validates(_Secret), condition], ensures=[audit_log("e")])
        for _ in range(2):
            try:
                call(guarded, {"user_id": secret, "password": secret}, ALICE)
            except ContractViolationError as error:
                messages.append(f"{error} {error.cause!r} {error.cause.message}")
    assert len(messages) >= len(conditions)
    assert all(secret not in message for message in messages)
    assert all(secret not in repr(record) for record in sink.records)


def test_checks_survive_python_dash_o() -> None:
    script = textwrap.dedent(
        """
        from scaffold.contracts import AuthContext, ContractViolationError, auth, contract

        @contract(requires=[auth("admin")])
        def delete_everything(context: AuthContext) -> str:
            return "deleted"

        try:
            delete_everything(AuthContext("u", {"user"}))
        except ContractViolationError as error:
            print(error.type.value)
        else:
            print("ALLOWED")
        """
    )
    for flag in ("-O", "-OO"):
        out = subprocess.run(
            [sys.executable, flag, "-c", script], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "INSUFFICIENT_ROLE"


def test_wrapper_forwards_every_kind_of_parameter() -> None:
    marker: list[int] = []

    @contract(requires=[auth()])
    def every(
        a: int,
        /,
        b: int,
        *rest: int,
        context: AuthContext,
        c: int,
        d: list[int] = marker,
        **kw: int,
    ) -> tuple[Any, ...]:
        return a, b, rest, c, d, kw

    assert every(1, 2, 3, 4, context=ALICE, c=5, e=6) == (1, 2, (3, 4), 5, marker, {"e": 6})
    assert every(1, b=2, c=3, context=ALICE)[4] is marker
    with pytest.raises(TypeError):
        every(a=1, b=2, c=3, context=ALICE)  # type: ignore[call-arg]


def test_parameters_named_like_the_wrappers_own_locals() -> None:
    @contract(requires=[auth(), owns("_sc_value")])
    def odd(_sc_value: str, _sc_caller: int, context: AuthContext) -> tuple[str, int]:
        return _sc_value, _sc_caller

    assert odd("alice", 7, ALICE) == ("alice", 7)
    assert denied(odd, "bob", 7, ALICE).type is ErrorType.OWNERSHIP_DENIED


def test_validated_input_replaces_the_argument_however_it_was_passed() -> None:
    @contract(requires=[validates(Profile)])
    async def update(user_id: str, payload: Profile) -> Profile:
        return payload

    data = {"user_id": "alice", "display_name": "A"}
    assert isinstance(call(update, "alice", data), Profile)
    assert isinstance(call(update, user_id="alice", payload=data), Profile)


def test_errors_survive_pickling_for_worker_processes() -> None:
    import pickle

    cause = ContractError(ErrorType.OWNERSHIP_DENIED, "You do not own this resource.", {"f": 1})
    error = pickle.loads(pickle.dumps(ContractViolationError("notes.update", "action", cause)))
    assert (error.contract, error.layer, error.type) == (
        "notes.update",
        "action",
        ErrorType.OWNERSHIP_DENIED,
    )
    assert error.cause.details == {"f": 1}
    assert str(error) == "notes.update [action]: OWNERSHIP_DENIED: You do not own this resource."
