"""The endpoint module's variable parts: imports, route decorator, parameters, clauses.

The endpoint hands its raw input to the contract (see docs/generation.md), so what FastAPI
must not check before authentication (path values, the body's model) is left out of its
signature and documented in OpenAPI instead (``error_responses``, ``input_body``,
``input_query``). Every fragment is built with ``scaffold.generate._pysource``, already in
the form ``ruff format`` writes.
"""

from __future__ import annotations

from typing import Any

from scaffold.generate._design import Clause, Design
from scaffold.generate._pysource import (
    WIDTH,
    argument,
    call,
    collection,
    doc_text,
    import_lines,
    py_str,
    split_module,
)
from scaffold.generate._render_service import passes_owner, takes_payload

__all__ = ["endpoint_context", "error_statuses", "store_import"]


def _path_param(design: Design, name: str) -> str:
    from scaffold.generate._fields import annotation

    spec = design.inputs[name]
    kind, arguments = annotation(spec, description=False, text=True)
    if not arguments or arguments[0] != "Field":
        return f"{name}: {kind}"
    path = f"Path({', '.join(arguments[1:])})"
    if len(f"    {name}: Annotated[{kind}, {path}],") <= WIDTH:
        return f"{name}: Annotated[{kind}, {path}]"
    # A long parameter name: the subscript one item a line, kept so by its trailing comma at
    # any line length (the signature is one parameter a line).
    return f"{name}: Annotated[\n        {kind},\n        {path},\n    ]"


def _list_fields_line(design: Design) -> str:
    """``_LIST_FIELDS = frozenset({...})``: the query fields read as lists, wrapped as ruff
    wraps a long call (the set measured with the comma after it)."""
    names = [py_str(name) for name in design.list_fields]
    shown = argument(collection(names, indent=4, suffix=",", brackets="{}"))
    return call("frozenset", [shown], prefix="_LIST_FIELDS = ")


def _path_text_types(design: Design) -> set[str]:
    """The runtime's text types the path parameters FastAPI checks are declared with."""
    from scaffold.generate._fields import text_type

    if design.validated:
        return set()  # the contract's input model checks the path values
    specs = [design.inputs[name] for name in design.path_params]
    return {text_type(spec) for spec in specs if spec.type == "str"}


def endpoint_context(design: Design, without: frozenset[str] = frozenset()) -> dict[str, Any]:
    fastapi = {"APIRouter", "Depends"}
    typing = {"Annotated"}
    if design.validated:
        fastapi.add("Request")
        typing.add("Any")
        if design.has_body:
            fastapi.add("Body")
    elif design.path_params and any(
        (annotation_args := _path_param(design, name)) and "Path(" in annotation_args
        for name in design.path_params
    ):
        fastapi.add("Path")
    if design.item_operation:
        fastapi.add("HTTPException")
    services_parent, services_leaf = split_module(design.services_module)
    first: dict[str, set[str]] = {design.schemas_module: {design.output_model}}
    if design.validated:
        first[design.schemas_module].add(design.input_model)
    first[f"{design.stores_package}.base"] = {"Repository"}
    if design.item_operation:
        first[f"{design.stores_package}.base"].add("NotFoundError")
    first_imports = import_lines(
        {"typing": typing},
        {
            "fastapi": fastapi,
            "scaffold.contracts": [*design.contract_imports, *_path_text_types(design)],
            "scaffold.contracts.fastapi": _runtime_names(design),
        },
        first,
    )
    service_import = (
        f"from {services_parent} import {services_leaf} as service"
        if services_parent
        else f"import {services_leaf} as service"
    )
    first_imports.append(service_import)
    first_imports.append(store_import(design))
    first_imports = _resort_first_party(first_imports)
    parameters: list[str] = []
    if design.validated:
        # Path values reach the contract inside the raw input (documented by openapi_extra):
        # a parameter of their own would let FastAPI check them before authentication.
        parameters.append(f"{_input_parameter(design)}: {design.input_model}")
    else:
        parameters += [_path_param(design, name) for name in design.path_params]
    parameters += [f"{_caller_parameter(design)}: {_caller(design)}", "store: Store"]
    route_args = [py_str(design.path), f"response_model={design.output_model}"]
    if design.status_code != 200:
        route_args.append(f"status_code={design.status_code}")
    route_args.append(f"responses=error_responses({', '.join(map(str, error_statuses(design)))})")
    documented = _documented_input(design)
    if documented is not None:
        helper, arguments = documented
        # Measured with the comma the decorator's argument list puts after it.
        extra = call(helper, arguments, indent=4, prefix="openapi_extra=", suffix=",")
        route_args.append(argument(extra))
    route = call(f"router.{design.method.lower()}", route_args, prefix="@")
    clauses: dict[str, list[Clause]] = {"requires": [], "ensures": [], "invariants": []}
    for clause in design.clauses:
        if clause.id not in without:
            clauses[clause.place].append(clause)

    def call_clause(clause: Clause) -> str:
        head, _, rest = clause.code.partition("(")
        one = f"        {clause.code},"
        if len(one) <= WIDTH:
            return one
        return call(head, _split_args(rest[:-1]), indent=8, suffix=",")

    def service_call(indent: int) -> str:
        return call(
            f"service.{design.name}", _service_args(design), indent=indent, prefix="return "
        )

    route_doc = f"Serves {design.method} {doc_text(design.path)}"
    if len(route_doc) > WIDTH:
        route_doc = f"Serves {design.method}:\n{doc_text(design.path)}"
    return {
        "route_doc": route_doc,
        "endpoint_imports": first_imports,
        "parameters": parameters,
        "list_fields_line": _list_fields_line(design),
        "route": route,
        "clauses": clauses,
        "call_clause": call_clause,
        "service_call": service_call,
    }


def _is_public(design: Design) -> bool:
    """Whether anonymous callers may call it: no ``auth`` and no ``owns`` clause."""
    return not (design.has("auth") or design.has("owns"))


def _caller(design: Design) -> str:
    """``PublicCaller`` (no security requirement in OpenAPI) or ``Caller`` (bearer)."""
    return "PublicCaller" if _is_public(design) else "Caller"


def _reads_caller(design: Design) -> bool:
    """Whether the body hands the caller to the service: the owner it stamps or keeps to, or
    the key of the caller's own record (``_key_expression``, ``_service_args``)."""
    return passes_owner(design) or (design.item_operation and design.key_field is None)


def _caller_parameter(design: Design) -> str:
    """``context``; ``_context`` when only the contract reads it (``auth``, ``owns``, the
    audit record: the runtime finds the caller by its annotation, not its name), so the
    project's linters (ruff's ARG001, pylint's unused-argument) and readers know it is meant."""
    return "context" if _reads_caller(design) else "_context"


def _input_parameter(design: Design) -> str:
    """``payload``; ``_payload`` when only the contract reads it (``validates`` finds it by its
    model): an input of no fields, or fields the generated service does not apply."""
    keyed = design.item_operation and design.key_field is not None  # ``_key_expression``
    return "payload" if keyed or takes_payload(design) else "_payload"


def error_statuses(design: Design) -> list[int]:
    """The error statuses the endpoint can answer, as its OpenAPI operation documents them.

    400: a business rule; 401 and 403: authentication, roles, ownership; 404: a record is
    loaded; 422: any input (bulk limits included); 429: a rate limit.
    """
    statuses = set()
    if design.has("business_rule"):
        statuses.add(400)
    if not _is_public(design):
        statuses.update((401, 403))
    if design.item_operation:
        statuses.add(404)
    if design.validated or design.inputs:
        statuses.add(422)
    if design.has("rate_limit"):
        statuses.add(429)
    return sorted(statuses)


def _documented_input(design: Design) -> tuple[str, list[str]] | None:
    """``input_body`` or ``input_query`` and its arguments: the model the contract validates.

    FastAPI never sees that model (the contract validates the raw input, after
    authentication), so the operation documents it explicitly, path parameters included.
    """
    if not (design.validated and design.inputs):
        return None
    helper = "input_body" if design.has_body else "input_query"
    arguments = [design.input_model]
    if design.path_params:
        names = [py_str(name) for name in design.path_params]
        arguments.append(collection(names, prefix="path=", brackets="()"))
    return helper, arguments


def _runtime_names(design: Design) -> set[str]:
    names = {_caller(design), "error_responses"}
    documented = _documented_input(design)
    if documented is not None:
        names.add(documented[0])
    return names


def store_import(design: Design) -> str:
    """``from <services>.stores import <item>_store as records``: the resource's store."""
    return f"from {design.stores_package} import {design.store_name} as records"


def _resort_first_party(lines: list[str]) -> list[str]:
    """Keep the last (first-party) section sorted by module after adding the service import.

    ``lines`` always holds a blank line: the endpoint imports from ``typing`` and ``fastapi``.
    """
    cut = len(lines) - 1 - lines[::-1].index("")
    head, tail = lines[: cut + 1], lines[cut + 1 :]
    statements = "\n".join(tail).replace("(\n", "(\0").replace(",\n", ",\0").split("\n")
    statements = sorted(statements, key=lambda s: s.split()[1].lower())
    return head + "\n".join(statements).replace("\0", "\n").split("\n")


def _split_args(text: str) -> list[str]:
    """Split a call's argument text at top-level commas (the text is generator-made)."""
    parts, depth, current, quote = [], 0, "", ""
    for char in text:
        if quote:
            current += char
            if char == quote and not current.endswith("\\" + quote):
                quote = ""
            continue
        if char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        current += char
    if current.strip():
        parts.append(current.strip())
    return parts


def _key_expression(design: Design) -> str:
    key = design.key_field
    if key is None:
        return "str(context.user_id)"
    return _as_text(design, key)


def _as_text(design: Design, name: str) -> str:
    """An input field as the text a store's key or record holds."""
    if design.validated:
        return f"str(payload.{name})"
    return name if design.inputs[name].type == "str" else f"str({name})"


def _service_args(design: Design) -> list[str]:
    args = ["store"]
    if design.item_operation:
        args.append(_key_expression(design))
        args += [_as_text(design, parent) for parent in design.parent_params]
    if takes_payload(design):
        args.append("payload")
    if passes_owner(design):
        args.append("str(context.user_id)")
    return args
