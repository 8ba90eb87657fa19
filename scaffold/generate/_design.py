"""From a template and a name to everything the file templates need: modules, code, values.

The Jinja templates only lay code out; every decision is made here in Python, where it can be
tested: which operation the service performs, which parameters the endpoint declares, how each
condition is written, which sample values the tests send (checked against the real models).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from scaffold.errors import UserError
from scaffold.generate._fields import annotation, field_default, imports_for, model, valid_value
from scaffold.generate._names import camel
from scaffold.generate._pysource import call, py_str
from scaffold.generate._spec import field_type

if TYPE_CHECKING:
    from pydantic import BaseModel

    from scaffold.catalog import Condition, FieldSpec, Template
    from scaffold.generate._project import Project
    from scaffold.generate._spec import FunctionSpec

__all__ = ["Clause", "Design", "Token", "is_id_field"]

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
ITEM_OPERATIONS = frozenset({"read", "update", "delete", "action"})
# The demo callers of record-owned functions: the owner and another signed-in user.
RECORD_OWNER, RECORD_OTHER = "user-1", "user-2"
_ID_TYPES = frozenset({"str", "uuid"})


@dataclass(frozen=True)
class Clause:
    """One condition of the contract, as written in the generated decorator."""

    id: str
    kind: str
    place: str
    code: str
    title: str
    condition: Condition


@dataclass(frozen=True)
class Token:
    """A demo caller of the generated tests: a bearer token and who it stands for."""

    name: str
    user_id: str
    roles: tuple[str, ...]
    expired: bool = False

    @property
    def value(self) -> str:
        return f"{self.name}-token"


def is_id_field(name: str, spec: FieldSpec) -> bool:
    """Whether a field holds one record's id (``id``, ``*_id``; text or a UUID)."""
    return spec.type in _ID_TYPES and (name == "id" or name.endswith("_id"))


def _typed(spec: FieldSpec, user_id: str) -> object:
    """A caller's id as a value of the field: an ``int`` field holds the number."""
    return int(user_id) if spec.type == "int" else user_id


# The runtime's default role hierarchy (scaffold.contracts.DEFAULT_ROLE_HIERARCHY), which the
# generated tests run under. Kept here so generating does not import the runtime (a third of
# a second); a test checks the two agree.
DEFAULT_ROLES: dict[str, tuple[str, ...]] = {
    "super_admin": ("admin",),
    "admin": ("user",),
    "user": (),
}


def _grants(held: tuple[str, ...], role: str) -> bool:
    """Whether holding ``held`` satisfies ``role`` under the default hierarchy."""
    reached, stack = set(), list(held)
    while stack:
        current = stack.pop()
        if current not in reached:
            reached.add(current)
            stack.extend(DEFAULT_ROLES.get(current, ()))
    return role in reached


@dataclass
class Design:
    """What one generated function is made of."""

    template: Template
    name: str
    description: str
    project: Project
    spec: FunctionSpec | None = None
    clauses: list[Clause] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.spec is None:
            from scaffold.generate._derive import example_spec

            self.spec = example_spec(self.name, self.template)
        self.clauses = list(self._clauses())

    @property
    def function(self) -> FunctionSpec:
        assert self.spec is not None  # set in __post_init__
        return self.spec

    # ---- names and places -----------------------------------------------------------------

    @property
    def class_prefix(self) -> str:
        return camel(self.name)

    def module(self, folder: str) -> str:
        base = self.project.module_of(getattr(self.project, folder))
        return f"{base}.{self.name}" if base else self.name

    @property
    def endpoint_module(self) -> str:
        return self.module("endpoints")

    @property
    def schemas_module(self) -> str:
        return self.module("schemas")

    @property
    def services_module(self) -> str:
        return self.module("services")

    @property
    def router_alias(self) -> str:
        return f"{self.name}_router"

    @property
    def stores_package(self) -> str:
        """The package of the shared stores: ``<services>.stores``."""
        base = self.project.module_of(self.project.services)
        return f"{base}.stores" if base else "stores"

    @property
    def store_name(self) -> str:
        """The module of this resource's store, shared by every function of the resource."""
        return f"{self.function.item}_store"

    @property
    def record_owned(self) -> bool:
        """Whether the owner is stored on the record (create stamps it, loads compare it)."""
        return self.function.ownership == "record"

    @property
    def once_per(self) -> str | None:
        """The validated input a create is made once per, by each caller ("post_id": one
        like per post), or None: the caller's record is keyed by it, so a repeat returns it."""
        field = self.function.once_per
        made_once = self.function.operation == "create" and self.record_owned and self.validated
        return field if made_once and field in self.inputs else None

    # ---- the endpoint ---------------------------------------------------------------------

    @property
    def method(self) -> str:
        return self.template.endpoint.method

    @property
    def path(self) -> str:
        return self.template.endpoint.path

    @property
    def path_params(self) -> list[str]:
        return self.template.endpoint.path_params

    @property
    def inputs(self) -> Mapping[str, FieldSpec]:
        return self.template.input.fields

    @property
    def outputs(self) -> Mapping[str, FieldSpec]:
        return self.template.output.fields

    @property
    def input_model(self) -> str:
        return self.template.input.model

    @property
    def output_model(self) -> str:
        return self.template.output.model

    @property
    def non_path_fields(self) -> list[str]:
        return [name for name in self.inputs if name not in self.path_params]

    @property
    def has_body(self) -> bool:
        return self.method in BODY_METHODS and bool(self.non_path_fields)

    @property
    def list_fields(self) -> list[str]:
        return [name for name in self.non_path_fields if self.inputs[name].type == "list"]

    def has(self, kind: str) -> bool:
        return any(clause.kind == kind for clause in self.clauses)

    def find(self, kind: str) -> list[Clause]:
        return [clause for clause in self.clauses if clause.kind == kind]

    @property
    def validated(self) -> bool:
        """Whether the contract validates the input (else FastAPI does, before the contract)."""
        return self.has("validates")

    @property
    def operation(self) -> str:
        """What the service does: an operation of the spec, made concrete for the code."""
        if self.has("bulk"):
            return "bulk"
        operation = self.function.operation
        if operation == "delete" and self.function.collection:
            return "purge"
        if operation == "action" and self.function.collection:
            return "mark_all"
        if operation == "read" and not self.path_params:
            return "search"
        return operation

    @property
    def bulk_delete(self) -> bool:
        """A bulk contract on a delete ("bulk delete invoices"): each item is removed, not
        recorded."""
        return self.operation == "bulk" and self.function.operation == "delete"

    @property
    def item_operation(self) -> bool:
        """Whether the call works on one stored record (which may be missing: 404)."""
        return self.operation in ITEM_OPERATIONS

    @property
    def parent_params(self) -> list[str]:
        """The path parameters before the record's own key (``/posts/{post_id}/comments/
        {comment_id}``: ``post_id``): the record is served under them only when it holds
        the same values, so that the path cannot reach a record of another parent."""
        return self.path_params[:-1] if self.item_operation else []

    @cached_property
    def key_field(self) -> str | None:
        """The input field that names the record a call works on."""
        if self.path_params:
            return self.path_params[-1]
        for clause in self.find("owns"):
            return str(clause.condition.spec.field)  # type: ignore[union-attr]
        return None

    @property
    def status_code(self) -> int:
        return self.function.status

    @property
    def auth_role(self) -> str | None:
        return self.template.auth_role

    # ---- conditions as code ---------------------------------------------------------------

    def _clauses(self) -> list[Clause]:
        from scaffold.catalog import (
            AuditLogCondition,
            AuthCondition,
            BulkCondition,
            BusinessRuleCondition,
            InvariantCondition,
            OwnsCondition,
            RateLimitCondition,
            ReturnsCondition,
            ValidatesCondition,
        )

        clauses: list[Clause] = []
        counts: dict[str, int] = {}
        for place in ("requires", "ensures", "invariants"):
            for condition in getattr(self.template, place):
                kind = condition.kind
                counts[kind] = counts.get(kind, 0) + 1
                ident = kind if counts[kind] == 1 else f"{kind}_{counts[kind]}"
                if isinstance(condition, AuthCondition):
                    code = f"auth({py_str(condition.auth)})"
                    title = f"Authentication: a signed-in caller with the {condition.auth} role"
                elif isinstance(condition, ValidatesCondition):
                    code = f"validates({self.input_model})"
                    title = f"Input validation against {self.input_model}"
                elif isinstance(condition, OwnsCondition):
                    spec = condition.spec
                    roles = ", ".join(py_str(role) for role in spec.bypass_roles)
                    bypass = f"({roles},)" if len(spec.bypass_roles) == 1 else f"({roles})"
                    code = f"owns({py_str(spec.field)}, bypass_roles={bypass})"
                    title = f"Ownership: {spec.field} must be the caller's own id"
                    if self.record_owned:
                        code = code[:-1] + ', loader=records.load, using="store")'
                        title = (
                            f"Ownership: the stored owner of the {spec.field} record is the caller"
                        )
                    if spec.bypass_roles:
                        title += f" ({', '.join(spec.bypass_roles)} may bypass)"
                elif isinstance(condition, RateLimitCondition):
                    rate = condition.rate_limit
                    code = (
                        f"rate_limit({py_str(rate.key)}, {rate.limit}, per={py_str(rate.per)}, "
                        f"by={py_str(rate.by)})"
                    )
                    title = f"Rate limit: {rate.limit} calls per {rate.per} per {rate.by}"
                elif isinstance(condition, BulkCondition):
                    bulk = condition.bulk
                    code = (
                        f"bulk(max_items={bulk.max_items}, min_items={bulk.min_items}, "
                        f"field={py_str(bulk.field)})"
                    )
                    title = (
                        f"Bulk input: {bulk.field} holds {bulk.min_items} to {bulk.max_items} items"
                    )
                elif isinstance(condition, BusinessRuleCondition):
                    rule = condition.business_rule
                    code = (
                        f"business_rule({py_str(rule.description)}, {self._rule_code(rule.rule)})"
                    )
                    title = f"Business rule: {rule.description}"
                elif isinstance(condition, ReturnsCondition):
                    code = f"returns({self.output_model})"
                    title = f"Output validation against {self.output_model}"
                elif isinstance(condition, AuditLogCondition):
                    code = f"audit_log({py_str(condition.audit_log)})"
                    title = f"Audit: every call is recorded as {condition.audit_log}"
                elif isinstance(condition, InvariantCondition):
                    inv = condition.invariant
                    code = f"invariant({py_str(inv.description)}, {self._rule_code(inv.rule)})"
                    title = f"Invariant: {inv.description}"
                else:  # pragma: no cover - the catalog's vocabulary is closed
                    raise UserError(f"template {self.template.name}: unknown condition {kind!r}")
                clauses.append(Clause(ident, kind, place, code, title, condition))
        return clauses

    def _rule_code(self, rule: Any) -> str:
        kind = rule.kind
        if kind == "unique":
            # using="store": the lookup reads the store the endpoint got from FastAPI, so a
            # dependency override replaces it for the rule too.
            lookup = f"service.{self.exists_function(rule.unique)}"
            return f'unique({py_str(rule.unique)}, exists={lookup}, using="store")'
        if kind == "role_at_least":
            return f"role_at_least({py_str(rule.role_at_least)})"
        if kind == "not_self":
            return f"not_self({py_str(rule.not_self)})"
        if kind == "max_items":
            return f"max_items({rule.max_items.limit}, field={py_str(rule.max_items.field)})"
        if kind == "matches_input":
            return f"matches_input({py_str(rule.matches_input)})"
        if kind == "count_matches":
            spec = rule.count_matches
            return f"count_matches({py_str(spec.input)}, {py_str(spec.result)})"
        raise UserError(f"template {self.template.name}: unknown rule {kind!r}")

    @staticmethod
    def exists_function(field_name: str) -> str:
        return f"{field_name}_exists"

    @property
    def unique_fields(self) -> list[str]:
        found = []
        for clause in self.find("business_rule"):
            rule: Any = clause.condition.business_rule.rule  # type: ignore[union-attr]
            if rule.kind == "unique":
                found.append(rule.unique)
        return found

    @property
    def rule_factories(self) -> list[str]:
        names = []
        for clause in self.clauses:
            if clause.kind in ("business_rule", "invariant"):
                names.append(clause.code.split(", ", 1)[1].split("(", 1)[0])
        return sorted(set(names))

    @property
    def contract_imports(self) -> list[str]:
        names = {"contract", *(clause.kind for clause in self.clauses), *self.rule_factories}
        return sorted(names)

    # ---- schemas --------------------------------------------------------------------------

    def field_lines(self, fields: Mapping[str, FieldSpec], *, text: bool = False) -> list[str]:
        """The model's field declarations; ``text``: the input's, str as the runtime's text."""
        lines = []
        for name, spec in fields.items():
            kind, arguments = annotation(spec, text=text)
            if arguments is None:
                lines.append(f"    {name}: {kind}")
            elif arguments[0] != "Field":
                lines.append(f"    {name}: {kind} = {arguments[0]}")
            else:
                lines.append(call("Field", arguments[1:], indent=4, prefix=f"{name}: {kind} = "))
        return lines

    @property
    def schema_imports(self) -> dict[str, set[str]]:
        needed = imports_for(self.inputs, text=True)
        for module, names in imports_for(self.outputs).items():
            needed.setdefault(module, set()).update(names)
        needed["pydantic"].add("ConfigDict")
        return needed

    @cached_property
    def input_class(self) -> type[BaseModel]:
        return model(self.input_model, self.inputs, forbid_extra=True)

    @cached_property
    def output_class(self) -> type[BaseModel]:
        return model(self.output_model, self.outputs, forbid_extra=False)

    # ---- sample values --------------------------------------------------------------------

    @cached_property
    def owns_field(self) -> str | None:
        for clause in self.find("owns"):
            return str(clause.condition.spec.field)  # type: ignore[union-attr]
        return None

    def _id_value(self, field_name: str, base: str) -> str:
        spec = self.inputs.get(field_name)
        if spec is None:
            return base
        value = valid_value(spec, hint=base)
        return str(value)

    @cached_property
    def owner_id(self) -> str:
        if self.record_owned:
            return RECORD_OWNER
        return self._id_value(self.owns_field or self.key_field or "", "user-1")

    @cached_property
    def other_id(self) -> str:
        if self.record_owned:
            return RECORD_OTHER
        field_name = self.owns_field or self.key_field or ""
        spec = self.inputs.get(field_name)
        if spec is not None and spec.type == "uuid":
            return "8c4f1e2a-3b5d-4e6f-8a7b-9c0d1e2f3a4b"
        if spec is not None and spec.type == "int":
            # Compared as the field's type: another number, still inside the bounds.
            step = (
                -1 if spec.max_value is not None and int(self.owner_id) + 1 > spec.max_value else 1
            )
            return str(int(self.owner_id) + step)
        candidate = self._id_value(field_name, "user-2")
        return candidate if candidate != self.owner_id else self._id_value(field_name, "other")

    @cached_property
    def valid_input(self) -> dict[str, object]:
        """A valid input: path, query and body fields together."""
        data: dict[str, object] = {}
        not_self = self._not_self_fields
        for name, spec in self.inputs.items():
            if name == self.owns_field and not self.record_owned:
                data[name] = _typed(spec, self.owner_id)
            elif name in not_self:
                data[name] = _typed(spec, self.other_id)
            elif spec.is_optional and spec.has_default:
                continue
            else:
                data[name] = valid_value(spec, hint="sample-1" if name in self.path_params else "")
        try:
            self.input_class.model_validate(data)
        except Exception as error:
            raise UserError(
                f"template {self.template.name}: cannot make a valid sample input ({error})"
            ) from None
        return data

    @cached_property
    def _not_self_fields(self) -> set[str]:
        found = set()
        for clause in self.find("business_rule"):
            rule: Any = clause.condition.business_rule.rule  # type: ignore[union-attr]
            if rule.kind == "not_self":
                found.add(rule.not_self)
        return found

    def output_value(self, name: str, spec: FieldSpec) -> object:
        """A valid value of an output field for records the tests seed."""
        if name in self.valid_input:
            return self.valid_input[name]
        if spec.has_default:
            return field_default(spec)
        return valid_value(spec)

    @property
    def record_key(self) -> str:
        """The key of the record the tests' valid input works on."""
        if self.key_field is None:
            return self.owner_id  # no key in the path: the endpoint keys the caller's record
        return str(self.valid_input.get(self.key_field, self.owner_id))

    @cached_property
    def valid_output(self) -> dict[str, object]:
        from pydantic import ValidationError

        data = {name: self.output_value(name, spec) for name, spec in self.outputs.items()}
        if self.key_field in self.outputs:
            data[str(self.key_field)] = self.record_key
        try:
            self.output_class.model_validate(data)
        except ValidationError as invalid:
            # An output field named like an input field returns the input's value: a type it
            # cannot hold (--field flag:bool --output-field flag:str) is the user's to settle.
            name = str(invalid.errors()[0]["loc"][0])
            given = self.inputs.get(name)
            source = f"the input field {name!r} ({field_type(given)})" if given else "its value"
            raise UserError(
                f"--output-field {name}:{field_type(self.outputs[name])} cannot hold "
                f"{source}, which it returns",
                hint="give the output field the input field's type, or another name",
            ) from None
        return data

    # ---- service --------------------------------------------------------------------------

    def output_only(self) -> list[tuple[str, FieldSpec]]:
        return [(n, s) for n, s in self.outputs.items() if n not in self.inputs]

    def computed_field(self, name: str, spec: FieldSpec) -> str:
        """Source of the value the service gives an output field the input does not carry."""
        operation = self.operation
        if name == "action" and spec.type == "str" and self.function.action:
            return py_str(self.function.action)
        if spec.has_default:
            from scaffold.generate._pysource import literal

            return literal(field_default(spec))
        if is_id_field(name, spec):
            if operation == "bulk":
                # A manifest recorded before bulk outputs listed their ids (new plans refuse
                # one id: ``_render_bulk.refuse_unchecked_bulk``): the last item handled, never
                # the last one given, which may be another user's it refused.
                return 'str(handled[-1]) if handled else ""'
            return "key"
        if spec.type == "datetime":
            return "now"
        if spec.type in ("int", "float", "decimal"):
            if operation in ("bulk", "search", "list", "purge", "mark_all"):
                return "len(handled)"
            if spec.type == "decimal" or spec.gt is not None or spec.lt is not None:
                from scaffold.generate._pysource import literal

                return literal(valid_value(spec))
            low = spec.min_value if spec.min_value is not None else 0
            return repr(int(low) if spec.type == "int" else float(low))
        if spec.type == "bool":
            return "True"
        if spec.type == "list":
            if operation in ("search", "list"):
                return "handled"
            if operation == "bulk":
                words = ("fail", "error", "skip", "reject", "invalid", "duplicate")
                return "failed" if any(word in name for word in words) else "handled"
            return "[]"
        from scaffold.generate._pysource import literal

        return literal(valid_value(spec))

    @property
    def search_text_field(self) -> str | None:
        for name in self.non_path_fields:
            if self.inputs[name].type == "str":
                return name
        return None

    @property
    def filter_fields(self) -> list[str]:
        """The inputs a list, purge or mark-all keeps records to, compared for equality: every
        field but a list's limit and list-valued ones (path values too: a nested collection is
        its parent's records)."""
        if self.operation not in ("list", "purge", "mark_all"):
            return []
        limit = self.search_limit_field if self.operation == "list" else None
        return [name for name, spec in self.inputs.items() if spec.type != "list" and name != limit]

    @cached_property
    def filter_values(self) -> dict[str, object]:
        """The filters of the valid input as the service compares them (JSON values, the
        ones given): what a record must hold to be listed, purged or marked."""
        if not (self.validated and self.filter_fields):
            return {}
        given = self.input_class.model_validate(self.valid_input)
        dumped: dict[str, object] = given.model_dump(
            mode="json", include=set(self.filter_fields), exclude_none=True
        )
        return dumped

    @property
    def search_limit_field(self) -> str | None:
        ints = [n for n in self.non_path_fields if self.inputs[n].type == "int"]
        for name in ints:
            if name in ("limit", "max_results", "page_size", "size", "count"):
                return name
        return ints[0] if ints else None

    @property
    def bulk_field(self) -> str | None:
        for clause in self.find("bulk"):
            return str(clause.condition.bulk.field)  # type: ignore[union-attr]
        return None

    @property
    def tokens(self) -> dict[str, Token]:
        """Every caller the tests may use, by name."""
        roles = self.success_roles
        found = {
            "owner": Token("owner", self.owner_id, roles),
            "other": Token("other", self.other_id, roles),
            "expired": Token("expired", self.owner_id, roles, expired=True),
        }
        weak = self.weak_roles
        if weak is not None:
            found["weak"] = Token("weak", self.owner_id, weak)
        for clause in self.find("owns"):
            for role in clause.condition.spec.bypass_roles:  # type: ignore[union-attr]
                found[f"bypass_{role}"] = Token(
                    f"bypass-{role}".replace("_", "-"), "bypass-1", (role,)
                )
        if self.owns_field and "admin" not in self._bypass_roles:
            found["admin"] = Token("admin", "admin-1", ("admin",))
        for role in self._rule_roles:
            if self.auth_role and not _grants((self.auth_role,), role):
                found[f"below_{role}"] = Token(
                    "below-" + role.replace("_", "-"), self.owner_id, (self.auth_role,)
                )
        return found

    @property
    def _bypass_roles(self) -> tuple[str, ...]:
        for clause in self.find("owns"):
            return tuple(clause.condition.spec.bypass_roles)  # type: ignore[union-attr]
        return ()

    @property
    def _rule_roles(self) -> list[str]:
        found = []
        for clause in self.find("business_rule"):
            rule: Any = clause.condition.business_rule.rule  # type: ignore[union-attr]
            if rule.kind == "role_at_least":
                found.append(rule.role_at_least)
        return found

    @property
    def success_roles(self) -> tuple[str, ...]:
        """The smallest role set that passes every role check (auth and role rules)."""
        needed = [role for role in (self.auth_role, *self._rule_roles) if role]
        if not needed:
            return ("user",)
        for candidate in ("user", "admin", "super_admin", *needed):
            if all(_grants((candidate,), role) for role in needed):
                return (candidate,)
        return tuple(dict.fromkeys(needed))

    @property
    def weak_roles(self) -> tuple[str, ...] | None:
        """Roles of a signed-in caller that ``auth`` refuses, or None when auth needs no role.

        For ``auth("user")`` it is a caller with no role at all: signed in is not enough.
        """
        role = self.auth_role
        if role is None:
            return None
        if role == "user":
            return ()
        return ("user",) if not _grants(("user",), role) else None
