"""The service module's variable parts: its imports, signature and body, per operation.

The generated service works as generated (records in the resource's store), so its body is
written out for each operation: create, update and actions, read, delete, lists and purges,
search, bulk. Kept apart from the endpoint's parts: the endpoint carries the contract, the
service the operation, and each changes for its own reasons.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from scaffold.generate._design import Design
from scaffold.generate._pysource import WIDTH, argument, call, collection, from_import, py_str
from scaffold.generate._python_target import utc_spelling

__all__ = ["passes_owner", "service_context", "takes_payload"]

_PAYLOAD = re.compile(r"\bpayload\b")
_DUMP = 'payload.model_dump(mode="json")'  # the validated input as a record


def passes_owner(design: Design) -> bool:
    """Whether the service gets the caller's id: to stamp new records or keep to them."""
    return design.record_owned and design.operation in (
        "create",
        "list",
        "purge",
        "mark_all",
        "bulk",
    )


def _computed(design: Design) -> tuple[dict[str, str], bool]:
    """The output-only fields the service fills in, and whether it reads the clock for them."""
    computed = {name: design.computed_field(name, spec) for name, spec in design.output_only()}
    stamps = design.operation == "bulk" and not design.bulk_delete  # handled_at
    return computed, stamps or (design.operation != "read" and "now" in computed.values())


def takes_payload(design: Design) -> bool:
    """Whether the service's body reads the validated input, so takes it: a read or a delete
    needs the key alone, and an argument it never reads is one the project's linters flag
    (ruff's ARG001, which fastapi/full-stack-fastapi-template selects)."""
    if not design.validated:
        return False
    body = _service_body(design, *_computed(design))[1:]  # the docstring does not count
    return any(_PAYLOAD.search(line) for line in body)


def service_context(design: Design) -> dict[str, Any]:
    operation = design.operation
    computed, uses_now = _computed(design)
    stdlib: dict[str, set[str]] = {}
    plain = []
    if operation == "create":
        plain.append("uuid")
    if uses_now:
        stdlib["datetime"] = {"datetime", utc_spelling(design.project.python_floor).name}
    if operation == "bulk" or design.unique_fields:
        stdlib["typing"] = {"Any"}
    names = {design.output_model}
    if takes_payload(design):
        names.add(design.input_model)
    base = {"Repository"}
    if design.item_operation:
        base.add("NotFoundError")
    if operation not in ("read", "delete", "update", "action"):
        base.add("Record")
    first = {design.schemas_module: names, f"{design.stores_package}.base": base}
    standard = [f"import {name}" for name in sorted(plain)]
    standard += [from_import(module, stdlib[module]) for module in sorted(stdlib)]
    imports = [*standard, ""] if standard else []
    imports += [from_import(module, first[module]) for module in sorted(first)]
    params = ["store: Repository"]
    if design.item_operation:
        params.append("key: str")
        params += [f"{parent}: str" for parent in design.parent_params]
    if takes_payload(design):
        params.append(f"payload: {design.input_model}")
    if passes_owner(design):
        params.append("owner: str")
    service_def = call(f"def {design.name}", params, suffix=f" -> {design.output_model}:")
    return {
        "service_imports": imports,
        "service_def": service_def,
        "service_body": _service_body(design, computed, uses_now),
    }


_SERVICE_DOCS = {
    "create": "Store a new record for the input and return it.",
    "create_once": "Store the caller's record for the input once; a repeat returns it.",
    "update": "Apply the input to the stored record and return it (missing: NotFoundError).",
    "read": "The stored record with this key.",
    "delete": "Remove the record with this key and return what it held.",
    "action": "Record the action on the stored record and return it (missing: NotFoundError).",
    "list": "The keys of the records the caller may list.",
    "purge": "Remove every record in the caller's reach and say how many.",
    "mark_all": "Record the action on every record in the caller's reach.",
    "search": "The keys of the records that hold the input's text.",
    "bulk": "Record each item once; items repeated in the request are reported as failed.",
}
_BULK_OWNED_DOC = "Record the caller's items once; repeated or others' items are reported failed."
_BULK_DELETE_DOC = "Delete each stored item once; missing or repeated ones are reported failed."
_BULK_DELETE_OWNED_DOC = "Delete the caller's stored items once; missing, repeated, others' fail."


def _loaded(lookup: str, parents: list[str]) -> list[str]:
    """The record loaded (or removed) by its key; under parents in the path, one of another
    parent is missing too (loaded first, then removed)."""
    lines = [
        f"    record = store.{'get' if parents else lookup}(key)",
        "    if record is None:",
        "        raise NotFoundError(key)",
    ]
    for parent in parents:
        check = f"    if record.get({py_str(parent)}) != {parent}:"
        if len(check) > WIDTH:
            lines.append(f"    wanted = {parent}")
            check = f"    if record.get({py_str(parent)}) != wanted:"
        lines += [check, "        raise NotFoundError(key)"]
    if parents and lookup == "delete":
        lines.append("    store.delete(key)")
    return lines


def _service_doc(design: Design) -> str:
    if design.bulk_delete:
        return _BULK_DELETE_OWNED_DOC if passes_owner(design) else _BULK_DELETE_DOC
    if design.operation == "bulk" and passes_owner(design):
        return _BULK_OWNED_DOC
    if design.once_per:
        return _SERVICE_DOCS["create_once"]
    return _SERVICE_DOCS[design.operation]


def _service_body(design: Design, computed: dict[str, str], uses_now: bool) -> list[str]:
    out = design.output_model
    operation = design.operation
    lines = [f'    """{_service_doc(design)}"""']
    if uses_now:
        utc = utc_spelling(design.project.python_floor).expression
        lines.append(f"    now = datetime.now({utc}).isoformat()")
    if operation == "create":
        lines += _created(design, computed)
    elif operation in ("update", "action"):
        lines += _loaded("get", design.parent_params)
        if design.validated and design.non_path_fields:
            partial = ", exclude_unset=True" if design.method == "PATCH" else ""
            lines.append(f'    record.update(payload.model_dump(mode="json"{partial}))')
        lines += _assignments(computed, setdefault=operation == "update")
        lines.append("    store.save(key, record)")
    elif operation in ("read", "delete"):
        lines += _loaded("get" if operation == "read" else "delete", design.parent_params)
        if operation == "delete":
            lines += _assignments(computed, setdefault=True)
    elif operation in ("list", "purge", "mark_all"):
        lines += _kept_to(design)
        if operation == "purge":
            lines += ["    for key in handled:", "        store.delete(key)"]
        elif operation == "mark_all":
            action = py_str(design.function.action or "action")
            lines += [
                "    for key in handled:",
                "        marked = store.get(key) or {}",
                f'        marked["last_action"] = {action}',
                "        store.save(key, marked)",
            ]
        lines.append("    record: Record = {}")
        lines += _assignments(computed, setdefault=False)
    elif operation == "search":
        text = design.search_text_field
        limit = design.search_limit_field
        text_expr = f"payload.{text}" if text and design.validated else '""'
        limit_expr = f"payload.{limit}" if limit and design.validated else "None"
        lines.append(f"    handled = store.search({text_expr}, {limit_expr})")
        lines.append(_input_record(design))
        lines += _assignments(computed, setdefault=False)
    else:  # bulk
        lines += _bulk_loop(design)
        lines.append(f"    record: Record = {_DUMP}")
        lines += _assignments(computed, setdefault=False)
    lines.append(f"    return {out}.model_validate(record)")
    return lines


def _input_record(design: Design) -> str:
    """The record begun from the validated input (an empty one when nothing validates it)."""
    return f"    record: Record = {_DUMP}" if design.validated else "    record: Record = {}"


def _created(design: Design, computed: dict[str, str]) -> list[str]:
    """A create's body: a new key (the caller's own for a record made once), the input and
    the computed fields, the owner stamped, the record saved."""
    lines = _made_once(design) if design.once_per else ["    key = str(uuid.uuid4())"]
    lines.append(_input_record(design))
    lines += _assignments(computed, setdefault=False)
    if passes_owner(design):
        lines.append('    record["owner_id"] = owner')
    lines.append("    store.save(key, record)")
    return lines


def _made_once(design: Design) -> list[str]:
    """A key made of the caller and the record the act is about, so a repeat finds the first:
    one like per caller and post, returned again rather than made twice."""
    about = design.once_per
    name = py_str(design.function.resource)
    return [
        f"    key = str(uuid.uuid5(uuid.NAMESPACE_URL, repr(({name}, owner, payload.{about}))))",
        "    made = store.get(key)",
        "    if made is not None:",
        f"        return {design.output_model}.model_validate(made)",
    ]


def _kept_to(design: Design) -> list[str]:
    """``handled``: the keys a list, purge or mark-all acts on. They hold every filter the
    input gives (compared for equality) and, on owned records, the caller's id, set last so
    no filter can name another owner; a list stops at its limit."""
    where = '{"owner_id": owner}' if passes_owner(design) else "{}"
    lines = []
    filters = design.filter_fields if design.validated else []
    if filters:
        # The set as the call's own line, one argument a line, measures it (comma included).
        names = [py_str(name) for name in filters]
        include = collection(names, indent=8, prefix="include=", suffix=",", brackets="{}")
        args = ['mode="json"', argument(include), "exclude_none=True"]
        lines.append(call("payload.model_dump", args, indent=4, prefix="wanted = "))
        where = '{**wanted, "owner_id": owner}' if passes_owner(design) else "wanted"
    limit = design.search_limit_field if design.operation == "list" else None
    arguments = [where, f"payload.{limit}"] if limit and design.validated else [where]
    return [*lines, call("store.keys", arguments, indent=4, prefix="handled = ")]


def _bulk_loop(design: Design) -> list[str]:
    """Each item of the request once. A stored record keeps its fields (its owner among
    them); on owned records, one that belongs to someone else is reported, never touched.
    A bulk delete removes each record (one not stored is reported failed: nothing deleted)."""
    deletes = design.bulk_delete
    lines = [
        "    handled: list[Any] = []",
        "    failed: list[Any] = []",
        "    seen: set[str] = set()",
        f"    for item in payload.{design.bulk_field}:",
        "        key = str(item)",
        "        if key in seen:",
        "            failed.append(item)",
        "            continue",
        "        seen.add(key)",
        "        current = store.get(key)" if deletes else "        current = store.get(key) or {}",
    ]
    if deletes:
        lines += [
            "        if current is None:",
            "            failed.append(item)",
            "            continue",
        ]
    if passes_owner(design):
        lines += [
            '        if current.get("owner_id", owner) != owner:',
            "            failed.append(item)",
            "            continue",
        ]
        if not deletes:
            lines.append('        current["owner_id"] = owner')
    if deletes:
        return [*lines, "        store.delete(key)", "        handled.append(item)"]
    return [
        *lines,
        '        current.update({"item": item, "handled_at": now})',
        "        store.save(key, current)",
        "        handled.append(item)",
    ]


def _assignments(computed: Mapping[str, str], *, setdefault: bool) -> list[str]:
    lines = []
    for name, expression in computed.items():
        refresh = expression in ("key", "now") and not name.startswith("created")
        if setdefault and not refresh:
            lines.append(call("record.setdefault", [py_str(name), expression], indent=4))
        else:
            lines.append(f"    record[{py_str(name)}] = {expression}")
    return lines
