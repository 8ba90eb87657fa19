"""``input_body`` and ``input_query``: the input model a contract validates, shown in OpenAPI.

The functions take no path parameter of their own: the path value reaches the contract in the
raw input, and the helpers document it (once) with the model's constraints.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Request
from pydantic import BaseModel, ConfigDict, Field

from scaffold.contracts.fastapi import input_body, input_query


class Line(BaseModel):
    sku: str = Field(max_length=20)


class OrderChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    order_id: str = Field(pattern=r"^o-[0-9]+$", max_length=12)
    note: str = Field(max_length=200, description="Shown to the customer.")
    lines: list[Line] = []


def _raw(body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    return body


def _operations() -> dict[str, Any]:
    app = FastAPI()

    @app.patch("/orders/{order_id}", openapi_extra=input_body(OrderChange, path=("order_id",)))
    def change(raw: Annotated[dict[str, Any], Depends(_raw)]) -> None:
        """Change an order."""

    @app.get(
        "/orders/{order_id}/search", openapi_extra=input_query(OrderChange, path=("order_id",))
    )
    def search(request: Request) -> None:
        """Search an order."""

    paths = app.openapi()["paths"]
    return {
        "body": paths["/orders/{order_id}"]["patch"],
        "query": paths["/orders/{order_id}/search"]["get"],
    }


def test_the_body_is_the_model_without_its_path_fields_and_with_no_dangling_refs() -> None:
    schema = _operations()["body"]["requestBody"]["content"]["application/json"]["schema"]
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == {"note", "lines"}
    assert schema["required"] == ["note"]
    assert schema["properties"]["lines"]["items"]["properties"]["sku"]["maxLength"] == 20
    assert "$ref" not in str(schema)


def test_query_parameters_carry_their_constraints_and_descriptions() -> None:
    listed = _operations()["query"]["parameters"]
    parameters = {p["name"]: p for p in listed}
    assert len(listed) == len(parameters)  # each once
    assert parameters["order_id"]["in"] == "path"
    assert parameters["order_id"]["required"] is True
    assert parameters["order_id"]["schema"]["pattern"] == r"^o-[0-9]+$"
    assert parameters["note"] == {
        "name": "note",
        "in": "query",
        "required": True,
        "schema": parameters["note"]["schema"],
        "description": "Shown to the customer.",
    }
    assert parameters["note"]["schema"]["maxLength"] == 200
    assert parameters["lines"]["required"] is False


def test_the_body_operation_documents_its_path_parameter_once_with_its_constraints() -> None:
    listed = _operations()["body"]["parameters"]
    assert [(p["name"], p["in"], p["required"]) for p in listed] == [("order_id", "path", True)]
    assert listed[0]["schema"]["maxLength"] == 12
