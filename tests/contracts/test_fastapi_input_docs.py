"""``input_body`` and ``input_query``: the input model a contract validates, shown in OpenAPI."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Request
from pydantic import BaseModel, ConfigDict, Field

from scaffold.contracts.fastapi import input_body, input_query


class Line(BaseModel):
    sku: str = Field(max_length=20)


class OrderChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    order_id: str
    note: str = Field(max_length=200, description="Shown to the customer.")
    lines: list[Line] = []


def _raw(body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    return body


def _operations() -> dict[str, Any]:
    app = FastAPI()

    @app.patch("/orders/{order_id}", openapi_extra=input_body(OrderChange, path=("order_id",)))
    def change(order_id: str, raw: Annotated[dict[str, Any], Depends(_raw)]) -> None:
        """Change an order."""

    @app.get(
        "/orders/{order_id}/search", openapi_extra=input_query(OrderChange, path=("order_id",))
    )
    def search(order_id: str, request: Request) -> None:
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
    parameters = {p["name"]: p for p in _operations()["query"]["parameters"]}
    assert parameters["order_id"]["in"] == "path"
    assert parameters["note"] == {
        "name": "note",
        "in": "query",
        "required": True,
        "schema": parameters["note"]["schema"],
        "description": "Shown to the customer.",
    }
    assert parameters["note"]["schema"]["maxLength"] == 200
    assert parameters["lines"]["required"] is False
