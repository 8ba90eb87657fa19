"""The function specification: what one generated function is, apart from its contract.

A template says how a kind of function is protected; the ``FunctionSpec`` says what the
function is: its operation on which resource, for whom (scope), its HTTP method, status and
path, and its input and output fields. It is derived from the description
(``scaffold.generate._derive``), overridable on the command line (``--field``,
``--output-field``, ``--method``, ``--path``), shown in the plan before anything is written,
and recorded in the manifest (``as_json`` / ``from_json``) so the same function can be
regenerated exactly.

``parse_field`` reads the command line's ``NAME:TYPE[:CONSTRAINT...]`` tokens (in the style of
Rails generators) into the catalog's ``FieldSpec``, so a field typed by hand gets the same
pydantic code, sample values and invalid-input tests as a template's.
"""

from __future__ import annotations

import keyword
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from scaffold._field_bounds import bound_problem
from scaffold._plural import is_plural
from scaffold.errors import UserError

if TYPE_CHECKING:
    from scaffold.catalog import FieldSpec

__all__ = [
    "OPERATIONS",
    "SCOPES",
    "FunctionSpec",
    "Operation",
    "Ownership",
    "Scope",
    "field_token",
    "field_type",
    "parse_field",
    "parse_fields",
]

Operation = Literal["create", "read", "list", "update", "delete", "action", "bulk", "search"]
Scope = Literal["own", "other", "all", "public"]
Ownership = Literal["record", "user", "none"]
OPERATIONS: tuple[Operation, ...] = (
    "create",
    "read",
    "list",
    "update",
    "delete",
    "action",
    "bulk",
    "search",
)
SCOPES: tuple[Scope, ...] = ("own", "other", "all", "public")
_HINT = "write NAME:TYPE[:CONSTRAINT...], e.g. amount:decimal:gt=0; --help lists the types"
# At most 32 characters: a field's name and its longest sample value (a UUID) share one
# line of the generated tests, which must fit the line length.
MAX_FIELD_LENGTH = 32
_NAME = re.compile(rf"[a-z][a-z0-9_]{{0,{MAX_FIELD_LENGTH - 1}}}")
_SCALAR_TYPES = ("str", "int", "float", "decimal", "bool", "date", "datetime", "email", "uuid")
_NUMBERS = frozenset({"int", "float", "decimal"})
_SIZED = frozenset({"str", "email", "list"})
_RESERVED = frozenset({"model_config", "model_fields", "owner_id"})


@dataclass(frozen=True)
class FunctionSpec:
    """One function's shape: operation, resource, scope, route and fields.

    ``resource`` is the URL collection (``expense-reports``); ``item`` its singular in
    snake_case (``expense_report``), which names the key field (``expense_report_id``) and
    the store shared by every function of the resource. ``ownership`` says how the owner is
    checked: ``record`` (stored on the record at create, compared when it is loaded),
    ``user`` (the record is the user, keyed by ``user_id``) or ``none``.
    """

    name: str
    operation: Operation
    resource: str
    item: str
    scope: Scope
    method: str
    status: int
    path: str
    input_model: str
    output_model: str
    inputs: Mapping[str, FieldSpec]
    outputs: Mapping[str, FieldSpec]
    ownership: Ownership = "none"
    action: str | None = None
    role: str | None = None
    example: bool = False
    notes: tuple[str, ...] = field(default=())
    once_per: str | None = None  # a create made once per caller and this input ("post_id")

    @property
    def path_params(self) -> list[str]:
        return re.findall(r"\{([a-z][a-z0-9_]*)\}", self.path)

    @property
    def key_field(self) -> str | None:
        """The path parameter naming the record a call works on (the last one)."""
        params = self.path_params
        return params[-1] if params else None

    @property
    def collection(self) -> bool:
        """Whether the call works on the collection rather than one record: a delete of a
        nested collection (``DELETE /posts/{post_id}/likes``) too, whose last parameter is
        the parent's, not a record of its own."""
        if self.operation in ("create", "list", "search", "bulk") or self.key_field is None:
            return True
        last = self.path.rstrip("/").rsplit("/", 1)[-1]
        return self.operation == "delete" and not last.startswith("{") and is_plural(last)

    def summary(self) -> list[str]:
        """The specification as plan lines: what will be built, before anything is written."""
        inputs = ", ".join(field_token(name, spec) for name, spec in self.inputs.items())
        outputs = ", ".join(field_token(name, spec) for name, spec in self.outputs.items())
        owner = {
            "record": "the owner is stored on the record at create and checked when it is loaded",
            "user": "the record is the caller's own user (user_id)",
            "none": "no per-record owner",
        }[self.ownership]
        lines = [
            f"function: {self.name}: {self.operation}"
            + (f" ({self.action})" if self.action else "")
            + f" {self.resource}, scope {self.scope}"
            + (f", for {self.role}s" if self.role else "")
            + (" (the template's example)" if self.example else ""),
            f"  route: {self.method} {self.path} -> {self.status}",
            f"  input {self.input_model}: {inputs or '(none)'}",
            f"  output {self.output_model}: {outputs}",
            f"  ownership: {owner}",
        ]
        lines += [f"  note: {note}" for note in self.notes]
        return lines

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready form for the manifest: enough to rebuild this spec exactly."""
        return {
            "name": self.name,
            "operation": self.operation,
            "action": self.action,
            "resource": self.resource,
            "item": self.item,
            "scope": self.scope,
            "method": self.method,
            "status": self.status,
            "path": self.path,
            "input_model": self.input_model,
            "output_model": self.output_model,
            "inputs": _fields_json(self.inputs),
            "outputs": _fields_json(self.outputs),
            "ownership": self.ownership,
            "role": self.role,
            "example": self.example,
            "notes": list(self.notes),
            "once_per": self.once_per,
        }

    @classmethod
    def from_json(
        cls, data: Mapping[str, Any], name: str, source: str = ".scaffold/generated.json"
    ) -> FunctionSpec:
        """The spec ``as_json`` wrote for function ``name`` (a manifest entry in ``source``).

        Raises ``UserError`` when it is broken or holds a value scaffold never writes (see
        ``_spec_check``): the manifest can be edited by hand, and its values reach templates.
        """
        from scaffold.generate._spec_check import check_recorded_spec

        try:
            if type(data["status"]) is not int:
                raise TypeError(f"status {data['status']!r} is not a whole number")
            spec = cls(
                name=str(data["name"]),
                operation=data["operation"],
                action=data.get("action"),
                resource=str(data["resource"]),
                item=str(data["item"]),
                scope=data["scope"],
                method=str(data["method"]),
                status=int(data["status"]),
                path=str(data["path"]),
                input_model=str(data["input_model"]),
                output_model=str(data["output_model"]),
                inputs=_recorded_fields(data, "inputs"),
                outputs=_recorded_fields(data, "outputs"),
                ownership=data.get("ownership", "none"),
                role=data.get("role"),
                example=bool(data.get("example", False)),
                notes=tuple(str(note) for note in data.get("notes", ())),
                once_per=data.get("once_per"),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise UserError(
                f"{name}: {source} records no valid function specification ({error})"
            ) from None
        check_recorded_spec(name, spec, source)
        return spec


def _recorded_fields(data: Mapping[str, Any], key: str) -> dict[str, FieldSpec]:
    """The fields recorded under ``key``, each validated as a template's field is.

    ``ValueError`` on the first invalid one, in one line: pydantic's own message spans lines.
    """
    from pydantic import ValidationError

    from scaffold.catalog import FieldSpec

    fields = {}
    for name, value in data[key].items():
        try:
            fields[str(name)] = FieldSpec.model_validate(value)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "field"
            raise ValueError(f"{key} [{name!r}] {where}: {first['msg']}") from None
    return fields


def _fields_json(fields: Mapping[str, FieldSpec]) -> dict[str, Any]:
    return {name: spec.model_dump(mode="json", exclude_unset=True) for name, spec in fields.items()}


# ---- the command line's field syntax -----------------------------------------------------


def field_type(spec: FieldSpec) -> str:
    """A field's type as ``--field`` writes it: ``bool``, ``list[int]``."""
    return str(spec.type) if spec.items is None else f"list[{spec.items.type}]"


def field_token(name: str, spec: FieldSpec) -> str:
    """``amount:decimal:gt=0``: a field in the syntax ``--field`` reads."""
    parts = [name, field_type(spec)]
    sized = spec.type in _SIZED
    for key, word in (("min_length", "min"), ("max_length", "max")) if sized else ():
        if getattr(spec, key) is not None:
            parts.append(f"{word}={getattr(spec, key)}")
    for key, word in (("min_value", "min"), ("max_value", "max"), ("gt", "gt"), ("lt", "lt")):
        if getattr(spec, key, None) is not None:
            parts.append(f"{word}={getattr(spec, key)}")
    if spec.pattern is not None:
        parts.append("pattern")
    if spec.multiline or (spec.items is not None and spec.items.multiline):
        parts.append("multiline")
    if spec.is_optional:
        parts.append("optional")
    return ":".join(parts)


def _number(text: str, where: str) -> int | float:
    try:
        value = float(text) if any(c in text for c in ".eE") else int(text)
    except ValueError:
        raise UserError(f"{where}: {text!r} is not a number", hint=_HINT) from None
    if not math.isfinite(value):
        raise UserError(f"{where}: {text!r} is not a finite number", hint=_HINT)
    return value


def _type(text: str, where: str) -> dict[str, Any]:
    match = re.fullmatch(r"list\[([a-z]+)\]", text)
    if match is not None:
        inner = match.group(1)
        if inner not in _SCALAR_TYPES:
            raise UserError(f"{where}: unknown list item type {inner!r}", hint=_HINT)
        return {"type": "list", "items": {"type": inner}}
    if text == "list":
        raise UserError(f"{where}: say what the list holds, e.g. list[str]", hint=_HINT)
    if text not in _SCALAR_TYPES:
        raise UserError(f"{where}: unknown type {text!r}", hint=_HINT)
    return {"type": text}


def _constraint(data: dict[str, Any], word: str, where: str) -> None:
    kind = data["type"]
    if word == "optional":
        data["required"] = False
        return
    if word == "multiline":
        text = data if kind == "str" else data.get("items", {})
        if text.get("type") != "str":
            raise UserError(f"{where}: multiline applies to str and list[str]", hint=_HINT)
        text["multiline"] = True
        return
    key, sep, value = word.partition("=")
    if not sep or not value:
        raise UserError(f"{where}: unknown constraint {word!r}", hint=_HINT)
    number = _number(value, where)
    limit = bound_problem(kind, number)
    if limit is not None:
        raise UserError(f"{where}: {key}={value} is out of range ({limit})", hint=_HINT)
    if key in ("min", "max"):
        if kind in _SIZED:
            if not isinstance(number, int) or number < 0:
                raise UserError(
                    f"{where}: {key}= of a {kind} is a length: a whole number", hint=_HINT
                )
            data["min_length" if key == "min" else "max_length"] = number
        elif kind in _NUMBERS:
            data["min_value" if key == "min" else "max_value"] = number
        else:
            raise UserError(f"{where}: {key}= does not apply to {kind}", hint=_HINT)
    elif key in ("gt", "lt"):
        if kind not in _NUMBERS:
            raise UserError(f"{where}: {key}= applies to numbers, not {kind}", hint=_HINT)
        data[key] = number
    else:
        raise UserError(f"{where}: unknown constraint {key!r}", hint=_HINT)


def parse_field(token: str, option: str = "--field") -> tuple[str, FieldSpec]:
    """One ``NAME:TYPE[:CONSTRAINT...]`` token as a field name and its ``FieldSpec``."""
    from pydantic import ValidationError

    from scaffold.catalog import FieldSpec

    where = f"{option} {token!r}"
    parts = token.strip().split(":")
    if len(parts) < 2 or not parts[0] or not parts[1]:
        missing = "a name" if not parts[0] else "a type"
        raise UserError(f"{where}: {missing} is missing", hint=_HINT)
    name = parts[0]
    if not _NAME.fullmatch(name) or keyword.iskeyword(name) or name in _RESERVED:
        raise UserError(
            f"{where}: {name!r} is not a usable field name",
            hint=f"use lowercase snake_case of at most {MAX_FIELD_LENGTH} characters, not a "
            "keyword or owner_id",
        )
    data = _type(parts[1], where)
    for word in parts[2:]:
        _constraint(data, word, where)
    if data["type"] == "list" and "items" in data:
        data = {**data, "items": data["items"]}
    try:
        return name, FieldSpec.model_validate(data)
    except ValidationError as error:
        detail = "; ".join(
            f"{'.'.join(str(p) for p in item['loc'])} {item['msg']}".strip()
            for item in error.errors(include_url=False)
        )
        raise UserError(f"{where}: {detail}", hint=_HINT) from None


def parse_fields(tokens: list[str] | tuple[str, ...], option: str) -> dict[str, FieldSpec]:
    """Several tokens, in order; a name given twice is an error."""
    fields: dict[str, FieldSpec] = {}
    for token in tokens:
        name, spec = parse_field(token, option)
        if name in fields:
            raise UserError(f"{option} {token!r}: the field {name!r} is given twice")
        fields[name] = spec
    return fields
