"""Render the generated files from the Jinja2 templates in ``scaffold/templates/``.

The environment is sandboxed (templates can call nothing unsafe) with ``StrictUndefined`` (a
missing value is an error, not an empty string). Text reaches the output only through a filter
made for its target: ``pystr`` (Python string literal), ``ident`` (an identifier, checked),
``doc`` (docstring or comment text), ``md`` (one Markdown line), ``md_code`` (inside backticks).
Code fragments with a variable length are built in Python (``scaffold.generate._pysource``)
so every line is already in the form ``ruff format`` writes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scaffold.generate._adopt import (
    REAL_APP_TEST_IMPORTS,
    real_app,
    real_app_fixture,
    real_app_import,
)
from scaffold.generate._design import Clause, Design
from scaffold.generate._fields import WRONG_TYPE
from scaffold.generate._pysource import (
    WIDTH,
    call,
    collection,
    doc_lines,
    doc_text,
    from_import,
    literal,
    py_str,
)
from scaffold.generate._scenarios import DROP, Scenario, plan_scenarios

if TYPE_CHECKING:
    from jinja2.bccache import Bucket, BytecodeCache
    from jinja2.sandbox import SandboxedEnvironment

__all__ = ["Rendered", "render_endpoint", "render_function", "render_store_files"]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STDLIB = frozenset({"collections.abc", "datetime", "threading", "typing", "urllib.parse", "uuid"})


def _ident(value: str) -> str:
    if not _IDENT.fullmatch(value):
        raise ValueError(f"not an identifier: {value!r}")
    return value


def _md(text: str) -> str:
    """One Markdown line: no line breaks, Markdown and HTML punctuation escaped."""
    flat = re.sub(r"([\\`*_\[\]<>|])", r"\\\1", " ".join(str(text).split()))
    return re.sub(r"^([#+\-]|\d+[.)])", r"\\\1", flat)


def _md_code(text: str) -> str:
    return " ".join(str(text).split()).replace("`", "'")


def docstring(text: str, indent: int) -> str:
    """A one-line or wrapped docstring for ``text`` at ``indent`` spaces."""
    pad = " " * indent
    body = doc_text(text).rstrip(".") + "."
    if len(pad) + 6 + len(body) <= WIDTH:
        return f'{pad}"""{body}"""'
    # Room for the closing quotes too: a body wrapped onto one line would be joined with
    # them by ruff format, past the line length.
    lines = doc_lines(body, indent, first=6)
    return (
        f'{pad}"""'
        + lines[0]
        + "\n"
        + "".join(f"{pad}{line}\n" for line in lines[1:])
        + f'{pad}"""'
    )


def _bytecode_cache() -> BytecodeCache | None:
    """Jinja's compiled templates, kept between runs as Python keeps ``.pyc`` files.

    Compiling the five templates costs more than rendering them (about 0.1 s of every
    ``scaffold new function``). Jinja keys each entry on the template's name and a checksum
    of its source, and on its own and Python's versions, so an edited template is compiled
    afresh. The cache lives in the user cache directory beside the registry's parse cache and
    obeys the same switch (``SCAFFOLD_NO_CACHE``); a cache that cannot be written is skipped.
    """
    from jinja2 import FileSystemBytecodeCache

    from scaffold.catalog._cache import CACHE_VARIABLE

    if os.environ.get(CACHE_VARIABLE):
        return None

    class QuietCache(FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: Bucket) -> None:
            try:
                Path(self.directory).mkdir(parents=True, exist_ok=True)
                super().dump_bytecode(bucket)
            except OSError:
                return  # read-only or full cache directory: compile again next time

    from platformdirs import user_cache_path

    return QuietCache(str(user_cache_path("contract-scaffold") / "jinja"), "%s.cache")


@cache
def environment() -> SandboxedEnvironment:
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(TEMPLATES)),
        bytecode_cache=_bytecode_cache(),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(pystr=py_str, ident=_ident, doc=doc_text, md=_md, md_code=_md_code)
    env.globals.update(doc_lines=doc_lines, docstring=docstring)
    return env


def _import_lines(
    stdlib: Mapping[str, Iterable[str]],
    third: Mapping[str, Iterable[str]],
    first: Mapping[str, Iterable[str]],
    plain: Iterable[str] = (),
) -> list[str]:
    """Import statements grouped and sorted the way ruff's isort rule wants them."""
    sections: list[list[str]] = []
    ordered = sorted(stdlib, key=str.lower)
    lines = [from_import(module, stdlib[module]) for module in ordered if stdlib[module]]
    if lines:
        sections.append(lines)
    lines = [f"import {name}" for name in sorted(plain)]
    lines += [from_import(module, third[module]) for module in sorted(third, key=str.lower)]
    if lines:
        sections.append(lines)
    lines = [from_import(module, first[module]) for module in sorted(first, key=str.lower)]
    if lines:
        sections.append(lines)
    out: list[str] = []
    for section in sections:
        if out:
            out.append("")
        out.extend(section)
    return out


def _split(module: str) -> tuple[str, str]:
    parent, _, leaf = module.rpartition(".")
    return parent, leaf


# ---- endpoint -------------------------------------------------------------------------------


def _path_param(design: Design, name: str) -> str:
    from scaffold.generate._fields import annotation

    spec = design.inputs[name]
    kind, arguments = annotation(spec, description=False)
    if arguments and arguments[0] == "Field":
        return f"{name}: Annotated[{kind}, Path({', '.join(arguments[1:])})]"
    return f"{name}: {kind}"


def _endpoint_context(design: Design, without: frozenset[str] = frozenset()) -> dict[str, Any]:
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
    services_parent, services_leaf = _split(design.services_module)
    first: dict[str, set[str]] = {design.schemas_module: {design.output_model}}
    if design.validated:
        first[design.schemas_module].add(design.input_model)
    first[f"{design.stores_package}.base"] = {"Repository"}
    if design.item_operation:
        first[f"{design.stores_package}.base"].add("NotFoundError")
    first_imports = _import_lines(
        {"typing": typing},
        {
            "fastapi": fastapi,
            "scaffold.contracts": design.contract_imports,
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
    first_imports.append(_store_import(design))
    first_imports = _resort_first_party(first_imports)
    parameters: list[str] = []
    if design.validated:
        # Path values reach the contract inside the raw input (documented by openapi_extra):
        # a parameter of their own would let FastAPI check them before authentication.
        parameters.append(f"payload: {design.input_model}")
    else:
        parameters += [_path_param(design, name) for name in design.path_params]
    parameters += [f"context: {_caller(design)}", "store: Store"]
    route_args = [py_str(design.path), f"response_model={design.output_model}"]
    if design.status_code != 200:
        route_args.append(f"status_code={design.status_code}")
    route_args.append(f"responses=error_responses({', '.join(map(str, error_statuses(design)))})")
    documented = _documented_input(design)
    if documented is not None:
        helper, arguments = documented
        route_args.append(call(helper, arguments, indent=4, prefix="openapi_extra=").lstrip())
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


def _store_import(design: Design) -> str:
    """``from <services>.stores import <item>_store as records``: the resource's store."""
    return f"from {design.stores_package} import {design.store_name} as records"


def _resort_first_party(lines: list[str]) -> list[str]:
    """Keep the last (first-party) section sorted by module after adding the service import."""
    if "" not in lines:
        return lines
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
    if design.validated:
        return f"str(payload.{key})"
    return key if design.inputs[key].type == "str" else f"str({key})"


def _passes_owner(design: Design) -> bool:
    """Whether the service gets the caller's id: to stamp new records or keep to them."""
    return design.record_owned and design.operation in ("create", "list", "purge", "mark_all")


def _service_args(design: Design) -> list[str]:
    args = ["store"]
    if design.item_operation:
        args.append(_key_expression(design))
    if design.validated:
        args.append("payload")
    if _passes_owner(design):
        args.append("str(context.user_id)")
    return args


# ---- service --------------------------------------------------------------------------------


def _service_context(design: Design) -> dict[str, Any]:
    operation = design.operation
    computed = {name: design.computed_field(name, spec) for name, spec in design.output_only()}
    uses_now = operation == "bulk" or (operation != "read" and "now" in computed.values())
    stdlib: dict[str, set[str]] = {}
    plain = []
    if operation == "create":
        plain.append("uuid")
    if uses_now:
        stdlib["datetime"] = {"datetime", "timezone"}
    if operation == "bulk" or design.unique_fields:
        stdlib["typing"] = {"Any"}
    names = {design.output_model}
    if design.validated:
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
    if design.validated:
        params.append(f"payload: {design.input_model}")
    if _passes_owner(design):
        params.append("owner: str")
    service_def = call(f"def {design.name}", params, suffix=f" -> {design.output_model}:")
    return {
        "service_imports": imports,
        "service_def": service_def,
        "service_body": _service_body(design, computed, uses_now),
    }


_SERVICE_DOCS = {
    "create": "Store a new record for the input and return it.",
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


def _loaded(lookup: str) -> list[str]:
    return [
        f"    record = store.{lookup}(key)",
        "    if record is None:",
        "        raise NotFoundError(key)",
    ]


def _service_body(design: Design, computed: dict[str, str], uses_now: bool) -> list[str]:
    out = design.output_model
    operation = design.operation
    lines = [f'    """{_SERVICE_DOCS[operation]}"""']
    if uses_now:
        lines.append("    now = datetime.now(timezone.utc).isoformat()")
    dump = 'payload.model_dump(mode="json")'
    where = '{"owner_id": owner}' if _passes_owner(design) else "{}"
    if operation == "create":
        lines.append("    key = str(uuid.uuid4())")
        lines.append(
            f"    record: Record = {dump}" if design.validated else "    record: Record = {}"
        )
        lines += _assignments(computed, setdefault=False)
        if _passes_owner(design):
            lines.append('    record["owner_id"] = owner')
        lines.append("    store.save(key, record)")
    elif operation in ("update", "action"):
        lines += _loaded("get")
        if design.validated and design.non_path_fields:
            partial = ", exclude_unset=True" if design.method == "PATCH" else ""
            lines.append(f'    record.update(payload.model_dump(mode="json"{partial}))')
        lines += _assignments(computed, setdefault=operation == "update")
        lines.append("    store.save(key, record)")
    elif operation in ("read", "delete"):
        lines += _loaded("get" if operation == "read" else "delete")
        if operation == "delete":
            lines += _assignments(computed, setdefault=True)
    elif operation in ("list", "purge", "mark_all"):
        limit = design.search_limit_field if operation == "list" else None
        limit_expr = f", payload.{limit}" if limit and design.validated else ""
        lines.append(f"    handled = store.keys({where}{limit_expr})")
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
        lines.append(
            f"    record: Record = {dump}" if design.validated else "    record: Record = {}"
        )
        lines += _assignments(computed, setdefault=False)
    else:  # bulk
        field = design.bulk_field
        lines += [
            "    handled: list[Any] = []",
            "    failed: list[Any] = []",
            "    seen: set[str] = set()",
            f"    for item in payload.{field}:",
            "        key = str(item)",
            "        if key in seen:",
            "            failed.append(item)",
            "            continue",
            "        seen.add(key)",
            '        store.save(key, {"item": item, "handled_at": now})',
            "        handled.append(item)",
            f"    record: Record = {dump}",
        ]
        lines += _assignments(computed, setdefault=False)
    lines.append(f"    return {out}.model_validate(record)")
    return lines


def _assignments(computed: Mapping[str, str], *, setdefault: bool) -> list[str]:
    lines = []
    for name, expression in computed.items():
        refresh = expression in ("key", "now") and not name.startswith("created")
        if setdefault and not refresh:
            lines.append(call("record.setdefault", [py_str(name), expression], indent=4))
        else:
            lines.append(f"    record[{py_str(name)}] = {expression}")
    return lines


# ---- tests ----------------------------------------------------------------------------------


def _test_context(design: Design, scenarios: list[Scenario]) -> dict[str, Any]:
    endpoint_parent, endpoint_leaf = _split(design.endpoint_module)
    services_parent, services_leaf = _split(design.services_module)
    first_lines = [
        f"from {endpoint_parent} import {endpoint_leaf} as endpoint",
        _store_import(design),
        f"from {design.stores_package}.base import InMemoryRepository",
    ]
    if _uses_service(design):
        first_lines.append(f"from {services_parent} import {services_leaf} as service")
    first_lines.sort(key=lambda s: s.split()[1].lower())
    stdlib: dict[str, set[str]] = {
        "collections.abc": {"Iterator"},
        "datetime": {"datetime", "timedelta", "timezone"},
        "typing": {"Any"},
    }
    if design.path_params:
        stdlib["urllib.parse"] = {"quote"}
    third: dict[str, set[str]] = {
        "fastapi": {"FastAPI"},
        "fastapi.testclient": {"TestClient"},
        "scaffold.contracts": {"MemoryAuditSink", "configure", "reset", "reset_rate_limits"},
        "scaffold.contracts.fastapi": {"BearerTokenResolver", "DemoToken", "install"},
    }
    clock = any(scenario.rate == "window" for scenario in scenarios)
    if clock:
        third["scaffold.contracts.testing"] = {"RateLimitClock", "rate_limit_clock"}
    app = real_app(design.project)
    app_fixture = ""
    if app is not None:  # an adopted project: the tests run against its real app
        del third["fastapi"]
        third["scaffold.contracts.fastapi"] = set()
        for module, names in REAL_APP_TEST_IMPORTS.items():
            third[module] = third.get(module, set()) | names
        first_lines = [line for line in first_lines if not line.endswith(" as endpoint")]
        first_lines.append(real_app_import(app))
        first_lines.sort(key=lambda s: s.split()[1].lower())
        app_fixture = real_app_fixture(app, design.name, design.path)
    imports = _import_lines(stdlib, third, {}, ("pytest",))
    imports += ["", *first_lines]
    used = {t.name for s in scenarios for t in (s.token, s.peer) if t is not None}
    tokens = [
        call(
            "DemoToken",
            [py_str(t.user_id), literal(t.roles)] + (["EXPIRED"] if t.expired else []),
            indent=4,
            prefix=f"{py_str(t.value)}: ",
            suffix=",",
        )[4:-1]
        for t in design.tokens.values()
        if t.name in used
    ]
    token_block = collection(tokens, prefix="TOKENS = ", brackets="{}", explode=True)
    entries = [f"{py_str(k)}: {literal(v)}" for k, v in design.valid_input.items()]
    valid = collection(
        entries, indent=4, prefix="data: dict[str, Any] = ", brackets="{}", explode=bool(entries)
    )
    path = design.path
    target = f"f{py_str(path)}" if design.path_params else py_str(path)
    where = "json=fields" if design.has_body else "params=fields"
    request_line = call(
        "client.request",
        [py_str(design.method), target, where, "headers=headers"],
        indent=4,
        prefix="return ",
    )
    event = next((str(c.condition.audit_log) for c in design.find("audit_log")), "")  # type: ignore[union-attr]
    return {
        "path_wins": any(scenario.body for scenario in scenarios),
        "clock": clock,
        "record": _record_constant(design),
        "event": event,
        "app_fixture": app_fixture,
        "test_imports": imports,
        "tokens": token_block,
        "valid_input": valid,
        "request_line": request_line,
        "seed": _seed(design),
        "tests": [_test(design, scenario) for scenario in scenarios],
    }


def _uses_service(design: Design) -> bool:
    """Whether the tests replace the service (to break its result)."""
    return design.has("returns") or design.has("invariant")


def _stored_record(design: Design) -> dict[str, object]:
    """The owner's record the item tests find: the output's values, and its owner."""
    record = dict(design.valid_output)
    if design.record_owned:
        record["owner_id"] = design.owner_id
    return record


def _keeps_owned_records(design: Design) -> bool:
    """A list or purge of the caller's records: the tests seed the caller's and another's."""
    return design.operation in ("list", "purge") and design.record_owned


def _record_constant(design: Design) -> str:
    """``RECORD = {...}``: the stored record, as a module constant the tests reuse.

    An item operation's tests also store ``NEIGHBOUR`` records beside it (another owner,
    other text): a service that reads or removes another record than its key names fails.
    """
    if not (design.item_operation or _keeps_owned_records(design)):
        return ""
    entries = [f"{py_str(k)}: {literal(v)}" for k, v in _stored_record(design).items()]
    record = collection(entries, prefix="RECORD: dict[str, Any] = ", brackets="{}", explode=True)
    if not design.item_operation:
        return record
    changed = ["**RECORD"]
    for name, value in _stored_record(design).items():
        if name == "owner_id":
            changed.append(f"{py_str(name)}: {py_str(design.other_id)}")
        elif isinstance(value, str) and name != design.key_field:
            changed.append(f"{py_str(name)}: {py_str('Other')}")
    neighbour = collection(
        changed, prefix="NEIGHBOUR: dict[str, Any] = ", brackets="{}", explode=True
    )
    return record + "\n" + neighbour


def _seed(design: Design) -> str:
    """The record an item test expects to find (between two neighbours), the ones a list or
    purge sees, or a search's match."""
    key = py_str(design.record_key)
    if design.item_operation:
        field = design.key_field if design.key_field in design.valid_output else None
        lines = []
        # With no key in the path each caller works on the record under their own id, so
        # the other user's record is a neighbour too.
        after = "record-after" if design.key_field else design.other_id
        for neighbour in ("record-before", after):
            value = "dict(NEIGHBOUR)"
            if field is not None:
                value = f"{{**NEIGHBOUR, {py_str(field)}: {py_str(neighbour)}}}"
            lines.append(call("fresh.save", [py_str(neighbour), value], indent=4))
        lines.insert(1, call("fresh.save", [key, "dict(RECORD)"], indent=4))
        return "\n".join(lines)
    if _keeps_owned_records(design):
        other = f'{{**RECORD, "owner_id": {py_str(design.other_id)}}}'
        return "\n".join(
            [
                call("fresh.save", [key, "dict(RECORD)"], indent=4),
                call("fresh.save", [py_str("other-record"), other], indent=4),
            ]
        )
    if design.operation == "search" and design.search_text_field:
        text = design.valid_input.get(design.search_text_field, "")
        entry = f"{{{py_str(design.search_text_field)}: {literal(text)}}}"
        return call("fresh.save", [py_str("sample-record"), entry], indent=4)
    return ""


def _changes(scenario: Scenario) -> list[str]:
    out = []
    for key, value in {**scenario.changes, **scenario.extra}.items():
        out.append(f"{key}=DROP" if value is DROP else f"{key}={literal(value)}")
    return out


def _send(
    scenario: Scenario, indent: int, changes: list[str] | None = None, client: str = "client"
) -> str:
    token = py_str(scenario.token.name) if scenario.token is not None else "None"
    arguments = _changes(scenario) if changes is None else changes
    data = call("valid_input", arguments) if arguments else "valid_input()"
    extra = [f"body={literal(scenario.body)}"] if scenario.body else []
    return call("send", [client, token, data, *extra], indent=indent, prefix="response = ")


def _test(design: Design, scenario: Scenario) -> str:
    fixtures = ["client: TestClient"]
    body: list[str] = []
    if scenario.audit is not None or scenario.name.endswith("_succeeds"):
        fixtures.append("audit: MemoryAuditSink")
    refills = scenario.calls > 1 and design.operation == "delete"
    checks_store = refills or scenario.keeps is not None or scenario.name.endswith("_succeeds")
    if scenario.seed_unique or not scenario.seed or checks_store:
        fixtures.append("repository: InMemoryRepository")
    if scenario.override is not None:
        fixtures.append("monkeypatch: pytest.MonkeyPatch")
    if scenario.rate == "window":
        fixtures.append("clock: RateLimitClock")
    head = call(f"def {scenario.name}", fixtures, suffix=" -> None:")
    body.append(docstring(scenario.doc, 4))
    if not scenario.seed:
        body.append(f"    repository.delete({py_str(design.record_key)})")
    if scenario.seed_unique:
        for field in design.unique_fields:
            value = design.valid_input.get(field)
            body.append(
                call(
                    "repository.save",
                    [py_str("existing"), f"{{{py_str(field)}: {literal(value)}}}"],
                    indent=4,
                )
            )
    if scenario.override is not None:
        body += _override(design, scenario)
    if scenario.rate is not None:
        body += _rate_test(design, scenario)
        return head + "\n" + "\n".join(body)
    if scenario.calls > 1:
        body += _repeat(design, scenario)
    body.append(_send(scenario, 4))
    body.append(f"    assert response.status_code == {scenario.expect}")
    body += _checks(design, scenario)
    return head + "\n" + "\n".join(body)


def _override(design: Design, scenario: Scenario) -> list[str]:
    if scenario.override == "invalid_output":
        broken = _invalid_output(design)
    else:
        broken = _invariant_breaking(design, scenario.override or "")
    entries = [f"{py_str(k)}: {literal(v)}" for k, v in broken.items()]
    value = collection(entries, indent=8, prefix="return ", brackets="{}")
    return [
        "",
        "    def broken(*args: Any, **kwargs: Any) -> Any:",
        value,
        "",
        f"    monkeypatch.setattr(service, {py_str(design.name)}, broken)",
    ]


def _invalid_output(design: Design) -> dict[str, Any]:
    # Output text gets an object: no serializer can mistake it for text.
    wrong = {**WRONG_TYPE, "str": {"not": "text"}}
    data = dict(design.valid_output)
    for name, spec in design.outputs.items():
        data[name] = wrong[spec.type]
        break
    return data


def _invariant_breaking(design: Design, clause_id: str) -> dict[str, Any]:
    data = dict(design.valid_output)
    clause = next(c for c in design.clauses if c.id == clause_id)
    rule: Any = clause.condition.invariant.rule  # type: ignore[union-attr]
    if rule.kind == "matches_input":
        current = data.get(rule.matches_input)
        data[rule.matches_input] = design.other_id if current != design.other_id else "other"
    elif rule.kind == "count_matches":
        sent: Any = design.valid_input.get(rule.count_matches.input) or []
        sample: Any = data.get(rule.count_matches.result) or ["x"]
        data[rule.count_matches.result] = list(sample[:1]) * (len(sent) + 1)
    return data


def _varying(design: Design, index: int | None) -> list[str]:
    """Arguments giving call ``index`` (the loop's ``index`` when None) unique field values."""
    varying = []
    for field in design.unique_fields:
        spec = design.inputs[field]
        if spec.type == "email":
            value = "user{index}@example.com" if index is None else f"user{index}@example.com"
        elif spec.type == "str":
            value = "sample{index}" if index is None else f"sample{index}"
        else:
            continue
        varying.append(f"{field}=f{py_str(value)}" if index is None else f"{field}={py_str(value)}")
    return varying


def _repeat(design: Design, scenario: Scenario) -> list[str]:
    varying = _varying(design, None)
    inner = Scenario(scenario.name, "", scenario.token)
    # Each delete removes the record: the next call needs a fresh one to be a success.
    refill = call("repository.save", [py_str(design.record_key), "dict(RECORD)"], indent=8)
    refills = [refill] if design.operation == "delete" else []
    return [
        f"    for {'index' if varying else '_'} in range({scenario.calls - 1}):",
        *refills,
        _send(inner, 8, varying),
        f"        assert response.status_code == {design.status_code}",
        *[line[4:] for line in refills],
    ]


_WINDOW_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
OTHER_ADDRESS = ("203.0.113.7", 50000)  # a documentation address (RFC 5737)


def _rate_test(design: Design, scenario: Scenario) -> list[str]:
    """After the limit is used up: the window's end on the clock, or whose budget is spent."""
    spec: Any = design.find("rate_limit")[0].condition.rate_limit  # type: ignore[union-attr]
    caller = Scenario("", "", scenario.token)
    calls = scenario.calls
    lines = _repeat(design, scenario)

    def attempt(who: Scenario, status: int, index: int, elsewhere: bool = False) -> list[str]:
        changes = _varying(design, index)
        if not elsewhere:
            return [_send(who, 4, changes), f"    assert response.status_code == {status}"]
        return [
            f"    with TestClient(client.app, client={literal(OTHER_ADDRESS)}) as elsewhere:",
            _send(who, 8, changes, client="elsewhere"),
            f"    assert response.status_code == {status}",
        ]

    lines += attempt(caller, 429, calls)
    if scenario.rate == "window":
        window = _WINDOW_SECONDS[spec.per]
        lines[-2:-2] = [f"    clock.advance({window - 1 if window > 1 else 0.5})"]
        lines.append("    clock.advance(2)")
        return lines + attempt(caller, design.status_code, calls + 1)
    peer = [] if scenario.peer is None else [Scenario("", "", scenario.peer)]
    if spec.by == "ip":  # another caller here shares the budget; this one elsewhere does not
        for other in peer:
            lines += attempt(other, 429, calls + 1)
        return lines + attempt(caller, design.status_code, calls + 2, elsewhere=True)
    lines += attempt(caller, 429, calls + 1, elsewhere=True)
    for other in peer:
        lines += attempt(other, design.status_code, calls + 2)
    return lines


def _checks(design: Design, scenario: Scenario) -> list[str]:
    lines: list[str] = []
    if scenario.expect == 429:
        lines.append('    assert int(response.headers["Retry-After"]) >= 1')
    if scenario.expect == 500:
        lines.append('    assert response.json() == {"detail": "Internal server error."}')
    if scenario.audit == "denied":
        lines.append('    assert audited(audit) == [(EVENT, "denied")]')
    key = design.key_field
    if scenario.body and key is not None and key in design.outputs:
        expected = literal(design.valid_input.get(key, design.record_key))
        lines.append(f"    assert response.json()[{py_str(key)}] == {expected}")
    if scenario.keeps is not None:
        kept = py_str(scenario.keeps)
        lines += [
            f"    stored = repository.get({py_str(design.record_key)})",
            "    assert stored is not None",
            f"    assert stored[{kept}] == RECORD[{kept}]",
        ]
    if not scenario.name.endswith("_succeeds"):
        return lines
    lines.append("    body = response.json()")
    keys = ", ".join(py_str(name) for name in design.outputs)
    lines.append(collection([keys], indent=4, prefix="assert set(body) == ", brackets="{}"))
    for name, spec in design.outputs.items():
        value = design.valid_input.get(name)
        if (
            name in design.inputs
            and spec.type in ("str", "int", "bool", "email")
            and value is not None
        ):
            lines.append(f"    assert body[{py_str(name)}] == {literal(value)}")
    lines += _side_effect_checks(design)
    if scenario.audit == "allowed":
        lines.append('    assert audited(audit) == [(EVENT, "allowed")]')
    return lines


def _stored_field(design: Design) -> str | None:
    """A body field of text the call sends and the store keeps: its value can be checked."""
    for name in design.non_path_fields:
        if design.inputs[name].type == "str" and isinstance(design.valid_input.get(name), str):
            return name
    return None


def _side_effect_checks(design: Design) -> list[str]:
    """What the call did to the store: created, changed, removed, every item, the owner."""
    key = py_str(design.record_key)
    operation = design.operation
    if operation == "delete":
        return [f"    assert repository.get({key}) is None"]
    if operation == "purge" and design.record_owned:
        return [
            f"    assert repository.get({key}) is None",
            '    assert repository.get("other-record") is not None',
        ]
    if operation == "update":
        lines = [f"    stored = repository.get({key})", "    assert stored is not None"]
        field = _stored_field(design)
        if field is not None:
            value = literal(design.valid_input[field])
            lines.append(f"    assert stored[{py_str(field)}] == {value}")
        return lines
    if operation == "bulk" and design.bulk_field:
        field = py_str(design.bulk_field)
        return [
            f"    for item in valid_input()[{field}]:",
            "        assert repository.get(str(item)) is not None",
        ]
    if operation == "create":
        ident = f"{design.function.item}_id"
        ids = [n for n, s in design.outputs.items() if s.type == "str" and n not in design.inputs]
        name = (
            ident
            if ident in design.outputs
            else next((n for n in ids if n == "id" or n.endswith("_id")), None)
        )
        # Without a new id in the answer, the one record in the (fresh) store is the new one.
        lookup = "repository.keys({})[0]" if name is None else f"body[{py_str(name)}]"
        lines = [f"    stored = repository.get({lookup})", "    assert stored is not None"]
        field = _stored_field(design)
        if name is None and field is not None:
            lines.append(
                f"    assert stored[{py_str(field)}] == {literal(design.valid_input[field])}"
            )
        if design.record_owned:
            lines.append(f'    assert stored["owner_id"] == {py_str(design.owner_id)}')
        return lines
    if operation == "list" and design.record_owned:
        lists = [n for n, s in design.outputs.items() if s.type == "list"]
        if lists:
            return [f"    assert body[{py_str(lists[0])}] == [{key}]"]
    return []


# ---- checklist ------------------------------------------------------------------------------


_PINS = {  # what a rate-limit test proves beyond the clause being there
    "window": ": and the window's length, on a stopped clock",
    "key": ": and whose calls share the budget",
}


def _checklist_context(design: Design, scenarios: list[Scenario], test_path: str) -> dict[str, Any]:
    items = []
    for clause in design.clauses:
        tests = []
        for scenario in scenarios:
            for group in scenario.covers:
                if clause.id in group:
                    also = [g for g in group if g != clause.id]
                    note = f" (fails once {', '.join(also)} is deleted too)" if also else ""
                    note += _PINS.get(scenario.rate or "", "")
                    tests.append({"ref": f"{test_path}::{scenario.name}", "note": note})
        items.append({"title": clause.title, "code": clause.code, "tests": tests})
    others = [{"doc": s.doc, "ref": f"{test_path}::{s.name}"} for s in scenarios if not s.covers]
    return {"items": items, "others": others, "manual": list(design.template.checklist)}


# ---- all files ------------------------------------------------------------------------------


def render_endpoint(
    design: Design, paths: Mapping[str, str], without: frozenset[str] = frozenset()
) -> str:
    """The endpoint module alone, optionally ``without`` some clauses (for mutation tests)."""
    context = {
        "d": design,
        "test_path": paths["test"],
        "checklist_path": paths["checklist"],
        "endpoint_path": paths["endpoint"],
    }
    template = environment().get_template("endpoint.py.jinja")
    return template.render(context, **_endpoint_context(design, without))


def render_store_files(design: Design) -> tuple[str, str]:
    """The stores package's files: the repository protocol, and this resource's store."""
    env = environment()
    base = env.get_template("store_base.py.jinja").render()
    base_import = from_import(
        f"{design.stores_package}.base", ["InMemoryRepository", "Record", "Repository"]
    )
    store = env.get_template("store.py.jinja").render(
        item=design.function.item.replace("_", " "), base_import=base_import
    )
    return base, store


class Rendered(dict[str, str]):
    """Rendered files by role (endpoint, schemas, service, test, checklist), plus scenarios."""

    scenarios: list[Scenario]


def render_function(design: Design, paths: Mapping[str, str]) -> Rendered:
    """Render every file of one function; ``paths`` are the project-relative file paths."""
    env = environment()
    scenarios = plan_scenarios(design)
    common = {
        "d": design,
        "test_path": paths["test"],
        "checklist_path": paths["checklist"],
        "endpoint_path": paths["endpoint"],
    }
    schema_imports = _import_lines(
        {k: v for k, v in design.schema_imports.items() if k != "pydantic"},
        {"pydantic": design.schema_imports["pydantic"]},
        {},
    )
    rendered = Rendered()
    rendered["schemas"] = env.get_template("schemas.py.jinja").render(
        common, schema_imports=schema_imports
    )
    rendered["endpoint"] = env.get_template("endpoint.py.jinja").render(
        common, **_endpoint_context(design)
    )
    rendered["service"] = env.get_template("service.py.jinja").render(
        common, **_service_context(design)
    )
    rendered["test"] = env.get_template("test_contract.py.jinja").render(
        common, **_test_context(design, scenarios)
    )
    rendered["checklist"] = env.get_template("checklist.md.jinja").render(
        common, **_checklist_context(design, scenarios, paths["test"])
    )
    rendered.scenarios = scenarios
    return rendered
