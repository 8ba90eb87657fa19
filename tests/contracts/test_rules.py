"""The built-in rules, alone and inside ``@contract`` as generated code uses them."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pydantic import BaseModel

from scaffold.contracts import (
    AuthContext,
    ContractDefinitionError,
    ContractViolationError,
    ErrorType,
    RoleHierarchy,
    auth,
    business_rule,
    configure,
    contract,
    count_matches,
    invariant,
    matches_input,
    max_items,
    not_self,
    role_at_least,
    unique,
    validates,
)

ADMIN = AuthContext("root", frozenset({"admin"}))
SUPER = AuthContext("boss", frozenset({"super_admin"}))
USER = AuthContext("alice", frozenset({"user"}))


class NewUser(BaseModel):
    email: str
    nickname: str | None = None


class RoleChange(BaseModel):
    user_id: str
    tags: list[str] = []


class Batch(BaseModel):
    items: list[str]


class BatchResult(BaseModel):
    results: list[str]


def test_unique_passes_when_the_value_is_free_and_denies_when_taken() -> None:
    taken = {"a@example.com"}
    rule = unique("email", exists=taken.__contains__)
    assert rule(NewUser(email="b@example.com"), USER) is True
    assert rule(NewUser(email="a@example.com"), USER) is False
    assert rule({"email": "b@example.com"}, USER) is True
    assert repr(rule) == "unique('email')"


def test_unique_skips_an_optional_field_left_out() -> None:
    calls: list[Any] = []
    rule = unique("nickname", exists=lambda value: calls.append(value) or True)
    assert rule(NewUser(email="x@example.com"), USER) is True
    assert calls == []


def test_unique_refuses_a_lookup_that_is_not_a_sync_bool() -> None:
    with pytest.raises(TypeError, match="must return a bool"):
        unique("email", exists=lambda value: "yes")(NewUser(email="x@example.com"), USER)

    async def lookup(value: str) -> bool:
        return False

    with pytest.raises(TypeError, match="synchronously"):
        unique("email", exists=lookup)(NewUser(email="x@example.com"), USER)  # type: ignore[arg-type]


def test_unique_refuses_a_missing_field_and_a_bad_definition() -> None:
    with pytest.raises(LookupError):
        unique("phone", exists=lambda value: False)(NewUser(email="x@example.com"), USER)
    with pytest.raises(ContractDefinitionError):
        unique("email", exists=None)  # type: ignore[arg-type]
    with pytest.raises(ContractDefinitionError):
        unique("not a field", exists=lambda value: False)


def test_unique_using_a_parameter_looks_in_the_store_the_call_received() -> None:
    module_store: set[str] = set()
    stores: list[set[str]] = []

    def email_exists(store: set[str], value: str) -> bool:
        stores.append(store)
        return value in store

    @contract(
        requires=[
            validates(NewUser),
            business_rule("Email must be unique", unique("email", email_exists, using="store")),
        ]
    )
    def create(payload: NewUser, store: set[str]) -> str:
        store.add(payload.email)
        return payload.email

    override = {"a@example.com"}
    with pytest.raises(ContractViolationError) as refused:
        create(NewUser(email="a@example.com"), override)
    assert refused.value.type is ErrorType.BUSINESS_RULE_VIOLATION
    assert create(NewUser(email="a@example.com"), module_store) == "a@example.com"
    assert stores == [override, module_store]
    assert repr(unique("email", email_exists, using="store")) == "unique('email', using='store')"


def test_unique_using_needs_a_parameter_of_that_name() -> None:
    rule = business_rule("Email must be unique", unique("email", lambda s, v: False, using="db"))
    with pytest.raises(ContractDefinitionError, match="looks through 'db'"):

        @contract(requires=[validates(NewUser), rule])
        def create(payload: NewUser) -> None:
            return None

    with pytest.raises(ContractDefinitionError, match="parameter name"):
        unique("email", lambda s, v: False, using="not a name")


def test_role_at_least_follows_the_hierarchy() -> None:
    rule = role_at_least("super_admin")
    assert rule(None, SUPER) is True
    assert rule(None, ADMIN) is False
    assert rule(None, USER) is False
    assert rule(None, AuthContext.anonymous()) is False
    assert rule(None, None) is False
    assert role_at_least("admin")(None, SUPER) is True
    configure(roles=RoleHierarchy({"owner": ("super_admin",), "super_admin": ("admin",)}))
    assert rule(None, AuthContext("o", frozenset({"owner"}))) is True
    with pytest.raises(ContractDefinitionError):
        role_at_least("")


def test_not_self_denies_acting_on_ones_own_id() -> None:
    rule = not_self("user_id")
    assert rule(RoleChange(user_id="someone"), ADMIN) is True
    assert rule(RoleChange(user_id="root"), ADMIN) is False
    assert rule(RoleChange(user_id="x"), AuthContext.anonymous()) is False
    with pytest.raises(LookupError):
        rule({}, ADMIN)


def test_max_items_counts_a_list_field() -> None:
    rule = max_items(2, field="tags")
    assert rule(RoleChange(user_id="u", tags=["a", "b"]), USER) is True
    assert rule(RoleChange(user_id="u", tags=["a", "b", "c"]), USER) is False
    assert rule({"tags": None}, USER) is True
    with pytest.raises(TypeError):
        rule({"tags": "abc"}, USER)
    with pytest.raises(LookupError):
        rule({}, USER)
    for bad in (0, -1, True, 1.5):
        with pytest.raises(ContractDefinitionError):
            max_items(bad, field="tags")  # type: ignore[arg-type]


def test_matches_input_compares_the_same_field_of_input_and_result() -> None:
    rule = matches_input("user_id")
    assert rule(RoleChange(user_id="7"), {"user_id": 7}) is True
    assert rule(RoleChange(user_id="7"), RoleChange(user_id="8")) is False
    with pytest.raises(LookupError):
        rule(RoleChange(user_id="7"), {})


def test_count_matches_compares_list_lengths() -> None:
    rule = count_matches("items", "results")
    assert rule(Batch(items=["a", "b"]), BatchResult(results=["x", "y"])) is True
    assert rule(Batch(items=["a", "b"]), BatchResult(results=["x"])) is False
    with pytest.raises(LookupError):
        rule(Batch(items=[]), {})


def test_rules_guard_a_function_as_generated_code_writes_them() -> None:
    existing = {"taken@example.com"}

    @contract(
        requires=[
            auth("admin"),
            validates(NewUser),
            business_rule("Email must be unique", unique("email", exists=existing.__contains__)),
        ],
    )
    def create_user(payload: NewUser, context: AuthContext) -> str:
        return payload.email

    assert create_user(NewUser(email="new@example.com"), ADMIN) == "new@example.com"
    with pytest.raises(ContractViolationError) as denied:
        create_user(NewUser(email="taken@example.com"), ADMIN)
    assert denied.value.type is ErrorType.BUSINESS_RULE_VIOLATION
    assert denied.value.cause.message == "Email must be unique"


def test_a_failing_lookup_denies_the_call() -> None:
    def broken(value: str) -> bool:
        raise ConnectionError("database down")

    @contract(requires=[business_rule("Email must be unique", unique("email", exists=broken))])
    def create_user(payload: NewUser, context: AuthContext) -> str:
        return payload.email

    with pytest.raises(ContractViolationError) as denied:
        create_user(NewUser(email="a@example.com"), ADMIN)
    assert denied.value.type is ErrorType.CONDITION_ERROR


def test_super_admin_rule_refuses_plain_admins_in_an_async_contract() -> None:
    @contract(
        requires=[
            auth("admin"),
            business_rule("Only super administrators", role_at_least("super_admin")),
            business_rule("Administrators cannot change their own role", not_self("user_id")),
        ],
    )
    async def change_role(payload: RoleChange, context: AuthContext) -> str:
        return payload.user_id

    assert asyncio.run(change_role(RoleChange(user_id="alice"), SUPER)) == "alice"
    refused = ((ADMIN, RoleChange(user_id="alice")), (SUPER, RoleChange(user_id="boss")))
    for caller, change in refused:
        with pytest.raises(ContractViolationError) as denied:
            asyncio.run(change_role(change, caller))
        assert denied.value.type is ErrorType.BUSINESS_RULE_VIOLATION


def test_invariant_rules_check_the_result() -> None:
    @contract(
        requires=[auth("admin"), validates(Batch)],
        ensures=[invariant("Every item is accounted for", count_matches("items", "results"))],
    )
    def process(payload: Batch, context: AuthContext, drop: bool = False) -> BatchResult:
        results = [item.upper() for item in payload.items]
        return BatchResult(results=results[1:] if drop else results)

    assert process(Batch(items=["a", "b"]), ADMIN).results == ["A", "B"]
    with pytest.raises(ContractViolationError) as denied:
        process(Batch(items=["a", "b"]), ADMIN, drop=True)
    assert denied.value.type is ErrorType.INVARIANT_VIOLATION
