"""``owns`` with a loader: the owner stored on the loaded record decides, not a key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from scaffold.contracts import (
    AuthContext,
    ContractDefinitionError,
    ErrorType,
    contract,
    owns,
    validates,
)
from tests.contracts.helpers import ADMIN, ALICE, ANONYMOUS, BOB, Profile, call, denied

RECORDS: dict[str, dict[str, Any]] = {
    "inv-1": {"owner_id": "alice", "name": "first"},
    "inv-2": {"owner_id": "bob", "name": "second"},
}


def _load(store: dict[str, dict[str, Any]], key: str) -> dict[str, Any] | None:
    return store.get(key)


def _guard(*conditions: Any) -> Any:
    return contract(requires=conditions)


def test_the_loaded_records_owner_is_compared_with_the_caller() -> None:
    @_guard(owns("invoice_id", bypass_roles=(), loader=_load, using="store"))
    def read(invoice_id: str, context: AuthContext, store: dict[str, Any]) -> str:
        return str(store[invoice_id]["name"])

    assert read("inv-1", ALICE, RECORDS) == "first"
    assert denied(read, "inv-2", ALICE, RECORDS).type is ErrorType.OWNERSHIP_DENIED
    assert denied(read, "inv-1", BOB, RECORDS).type is ErrorType.OWNERSHIP_DENIED
    assert denied(read, "inv-1", ANONYMOUS, RECORDS).type is ErrorType.AUTHENTICATION_REQUIRED
    # A missing record passes: the function answers "not found" to every caller alike.
    with pytest.raises(KeyError):
        read("inv-9", BOB, RECORDS)


def test_the_bypass_roles_still_apply_to_records() -> None:
    @_guard(owns("invoice_id", loader=_load, using="store"))
    def read(invoice_id: str, context: AuthContext, store: dict[str, Any]) -> str:
        return str(store[invoice_id]["name"])

    assert read("inv-2", ADMIN, RECORDS) == "second"
    assert denied(read, "inv-2", ALICE, RECORDS).type is ErrorType.OWNERSHIP_DENIED


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_key_from_the_input_and_a_loader_without_source(mode: str) -> None:
    """The key may come from the validated input; the loader may take the key alone."""

    def load(key: str) -> dict[str, Any] | None:
        return RECORDS.get(key)

    guard = _guard(validates(Profile), owns("user_id", bypass_roles=(), loader=load))
    if mode == "sync":

        def sync_target(payload: Profile, context: AuthContext) -> str:
            return payload.display_name

        target: Any = guard(sync_target)
    else:

        async def async_target(payload: Profile, context: AuthContext) -> str:
            return payload.display_name

        target = guard(async_target)
    assert call(target, {"user_id": "inv-1", "display_name": "x"}, ALICE) == "x"
    error = denied(target, {"user_id": "inv-2", "display_name": "x"}, ALICE)
    assert error.type is ErrorType.OWNERSHIP_DENIED


@dataclass
class Document:
    owner: int


def test_objects_and_typed_owners_compare_as_stored_or_as_text() -> None:
    """An integer owner id on an object record matches the caller's id written as text."""
    documents = {"d1": Document(owner=7)}

    @_guard(
        owns("document_id", bypass_roles=(), loader=documents.get, owner_field="owner"),
    )
    def read(document_id: str, context: AuthContext) -> str:
        return document_id

    assert read("d1", AuthContext("7", {"user"})) == "d1"
    assert denied(read, "d1", AuthContext("8", {"user"})).type is ErrorType.OWNERSHIP_DENIED


def test_a_record_without_an_owner_is_refused() -> None:
    @_guard(owns("key", bypass_roles=(), loader=lambda key: {"name": "orphan"}))
    def read(key: str, context: AuthContext) -> str:
        return key

    assert denied(read, "k", ALICE).type is ErrorType.OWNERSHIP_DENIED


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: owns("key", loader="store.get"), "takes a callable"),  # type: ignore[arg-type]
        (lambda: owns("key", using="store"), "only applies with a loader"),
        (lambda: owns("key", loader=_load, owner_field="owner id"), "takes a name"),
    ],
)
def test_contracts_that_cannot_work_fail_when_built(make: Any, message: str) -> None:
    with pytest.raises(ContractDefinitionError, match=message):
        make()


def test_an_async_loader_is_refused() -> None:
    async def load(key: str) -> None:
        return None

    with pytest.raises(ContractDefinitionError, match="plain function"):
        owns("key", loader=load)


def test_a_missing_source_parameter_fails_at_decoration() -> None:
    with pytest.raises(ContractDefinitionError, match="has no parameter of that name"):

        @_guard(owns("invoice_id", loader=_load, using="store"))
        def read(invoice_id: str, context: AuthContext) -> str:
            return invoice_id


def test_the_repr_names_the_loader() -> None:
    text = repr(owns("invoice_id", bypass_roles=(), loader=_load, using="store"))
    assert text == (
        "owns('invoice_id', bypass_roles=(), loader=_load, owner_field='owner_id', using='store')"
    )
