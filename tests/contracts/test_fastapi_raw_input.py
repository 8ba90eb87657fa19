"""The contract validates the raw input itself, and every layer is told the truth about it.

``raw_input=`` gives FastAPI the raw dict the dependency really returns while the function
declares the model it really receives; ``input_body(..., path=...)`` documents the model and
the path parameters' constraints, which FastAPI never checks before the contract. A value
FastAPI itself rejects (a typed path parameter) is the contract's own 422, audited.
"""

from __future__ import annotations

from typing import Annotated, Any

import pytest
from fastapi import Body, Depends, FastAPI, Path, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict, Field

from scaffold.contracts import (
    ContractDefinitionError,
    MemoryAuditSink,
    audit_log,
    auth,
    configure,
    contract,
    owns,
    validates,
)
from scaffold.contracts.fastapi import (
    BearerTokenResolver,
    Caller,
    DemoToken,
    error_responses,
    input_body,
    install,
)

ALICE = {"Authorization": "Bearer alice"}
NOTE_ID = r"^n-[0-9]{3}$"


class NoteEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    owner_id: str = Field(min_length=1, max_length=20)
    note_id: str = Field(pattern=NOTE_ID, description="The note's key.")
    text: str = Field(min_length=1, max_length=50)


def _raw(request: Request, body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    return {**body, **request.path_params}


RAW = Annotated[dict[str, Any], Depends(_raw)]
received: list[object] = []


def make_app() -> FastAPI:
    app = FastAPI()
    install(app, resolver=BearerTokenResolver({"alice": DemoToken("alice")}))

    @app.patch(
        "/owners/{owner_id}/notes/{note_id}",
        responses=error_responses(401, 403, 422),
        openapi_extra=input_body(NoteEdit, path=("owner_id", "note_id")),
    )
    @contract(
        requires=[auth("user"), validates(NoteEdit), owns("owner_id", bypass_roles=())],
        ensures=[audit_log("note_edit")],
        name="notes.edit",
        raw_input=RAW,
    )
    def edit_note(payload: NoteEdit, context: Caller) -> dict[str, str]:
        received.append(payload)
        return {"note_id": payload.note_id, "text": payload.text}

    @app.put(
        "/owners/{owner_id}/notes/{note_id}",
        openapi_extra=input_body(NoteEdit, path=("owner_id", "note_id")),
    )
    @contract(
        requires=[auth("user"), owns("owner_id", bypass_roles=()), validates(NoteEdit)],
        name="notes.replace",
        raw_input=RAW,
    )
    def replace_note(payload: NoteEdit, context: Caller) -> dict[str, str]:
        return {"owner_id": payload.owner_id}

    @app.get("/notes/{number}", responses=error_responses(401, 403, 422))
    @contract(requires=[auth("user")], ensures=[audit_log("note_read")], name="notes.read")
    def read_note(number: Annotated[int, Path(ge=1)], context: Caller) -> dict[str, int]:
        return {"number": number}

    return app


@pytest.fixture
def sink() -> MemoryAuditSink:
    memory = MemoryAuditSink()
    configure(audit_sink=memory, environment="production")
    return memory


def test_the_function_receives_the_model_and_fastapi_the_raw_dict(sink: MemoryAuditSink) -> None:
    client = TestClient(make_app())
    response = client.patch("/owners/alice/notes/n-001", json={"text": "hi"}, headers=ALICE)
    assert response.status_code == 200, response.text
    assert isinstance(received[-1], NoteEdit)
    path_wins = {"text": "hi", "note_id": "n-999"}
    response = client.patch("/owners/alice/notes/n-001", json=path_wins, headers=ALICE)
    assert response.json()["note_id"] == "n-001"


def test_path_parameters_document_the_constraints_the_contract_enforces(
    sink: MemoryAuditSink,
) -> None:
    operation = make_app().openapi()["paths"]["/owners/{owner_id}/notes/{note_id}"]["patch"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert set(parameters) == {"owner_id", "note_id"}
    assert parameters["note_id"]["in"] == "path"
    assert parameters["note_id"]["required"] is True
    assert parameters["note_id"]["schema"]["pattern"] == NOTE_ID
    assert parameters["note_id"]["description"] == "The note's key."
    assert parameters["owner_id"]["schema"]["maxLength"] == 20
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert set(body["properties"]) == {"text"}
    assert body["additionalProperties"] is False


def test_a_bad_path_value_is_refused_by_the_contract_after_authentication(
    sink: MemoryAuditSink,
) -> None:
    client = TestClient(make_app())
    anonymous = client.patch("/owners/alice/notes/bad", json={"text": "hi"})
    assert anonymous.status_code == 401
    assert anonymous.headers["www-authenticate"] == "Bearer"
    signed_in = client.patch("/owners/alice/notes/bad", json={"text": "hi"}, headers=ALICE)
    assert signed_in.status_code == 422
    assert signed_in.json() == {"detail": "Input validation failed: note_id."}
    outcomes = [(r.event, r.outcome, r.error_type) for r in sink.records]
    assert outcomes == [
        ("note_edit", "denied", "AUTHENTICATION_REQUIRED"),
        ("note_edit", "denied", "VALIDATION_FAILED"),
    ]


def test_a_path_value_fastapi_rejects_is_the_contracts_audited_422(
    sink: MemoryAuditSink,
) -> None:
    client = TestClient(make_app())
    assert client.get("/notes/zero").status_code == 401
    response = client.get("/notes/zero", headers=ALICE)
    assert response.status_code == 422
    assert response.json() == {"detail": "Input validation failed: path.number."}
    outcomes = [(r.outcome, r.user_id, r.error_type) for r in sink.records]
    assert outcomes == [
        ("denied", None, "AUTHENTICATION_REQUIRED"),
        ("denied", "alice", "VALIDATION_FAILED"),
    ]


def test_ownership_written_before_validation_reads_the_raw_path_value(
    sink: MemoryAuditSink,
) -> None:
    client = TestClient(make_app())
    mine = client.put("/owners/alice/notes/n-001", json={"text": "hi"}, headers=ALICE)
    assert (mine.status_code, mine.json()) == (200, {"owner_id": "alice"})
    claimed = {"text": "hi", "owner_id": "alice"}  # the path wins over the body
    theirs = client.put("/owners/bob/notes/n-001", json=claimed, headers=ALICE)
    assert theirs.status_code == 403


def test_raw_input_needs_an_input_parameter() -> None:
    with pytest.raises(ContractDefinitionError, match="raw_input= describes the input"):

        @contract(requires=[auth("user")], name="no_input", raw_input=RAW)
        def no_input(context: Caller) -> None:
            return None
