"""From a description (and the command line) to a ``FunctionSpec``.

``scaffold.generate._reading`` reads the description's words; this module maps what they say
to a route, models and fields.

The verb picks the operation the way REST users expect: create -> ``POST`` 201;
read/get/view/show/list/export/search -> ``GET`` (the collection when the noun is plural or
"all", one record otherwise); update/edit/change/set/rename -> ``PATCH``; delete/remove/
purge/erase -> ``DELETE``; other actions (archive, approve, cancel, rotate, reset, ...) ->
``POST /resources/{id}/<action>``, or on the collection when there is no single record. The
resource is the noun phrase after the verb, pluralised and in kebab-case; "a user's X" puts
X under ``/users/{user_id}``. "my"/"own" scope the call to the caller, "another user's" to
someone else, "all"/"every"/"any user's" and admin roles to everyone the contract admits.
A description that names a route ("AuthViewSet create POST /api/v1/auth") is read by
``scaffold.generate._route_reading``: its method decides the operation, its path the resource.

The template's own endpoint is its example: used when the description asks for that example
("update profile"), never otherwise. A description with no recognisable action or resource is
refused rather than turned into an invented route.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from scaffold._plural import is_plural, plural, singular
from scaffold.errors import UserError
from scaffold.generate._named_fields import (
    NamedField,
    account_field,
    field_named,
    record_field,
    secret_named,
    without_details,
)
from scaffold.generate._parameters import usable_path
from scaffold.generate._reactions import Reaction, reaction_of, undone_by
from scaffold.generate._reading import (
    VERBS,
    Reading,
    names_a_record,
    read_description,
    tokens,
)
from scaffold.generate._route_reading import read_route_description, route_path, split_route
from scaffold.generate._spec import FunctionSpec, Operation, Ownership, Scope

if TYPE_CHECKING:
    from scaffold.catalog import FieldSpec, Template

__all__ = ["DescriptionError", "asks_for_example", "derive_spec", "example_spec", "written_path"]


class DescriptionError(UserError):
    """The description names no action or no resource (nothing to build without guessing), or
    a record whose name is too long for the generated lines to fit."""


# The longest record name read from a description: the generated code names it in model,
# field, store and route names, and every line it stands in must fit the line length.
MAX_RECORD_LENGTH = 30


_COLLECTION_VERBS = frozenset({"list", "search", "browse", "export"})


_RESERVED_MODELS = frozenset(
    [
        "Record",
        "Repository",
        "Store",
        "Any",
        "Protocol",
        "BaseModel",
        "Field",
        "ConfigDict",
        "Annotated",
        "Decimal",
        "EmailStr",
        "UUID",
        "Request",
        "Depends",
        "Body",
        "Path",
        "HTTPException",
        "APIRouter",
        "Caller",
        "PublicCaller",
    ]
)


_EXAMPLE_VERBS = {
    "GET": "get",
    "POST": "create",
    "PUT": "update",
    "PATCH": "update",
    "DELETE": "delete",
}


_ID_FIELD = {"type": "str", "min_length": 1, "max_length": 64}


def _pascal(words: list[str]) -> str:
    return "".join(part.capitalize() for word in words for part in word.split("_"))


@dataclass(frozen=True)
class _Shape:
    operation: Operation
    method: str
    status: int
    path: str
    collection: bool


# "bulk create invoices": one call on the collection's own bulk route, apart from the
# single-record routes ("create invoice" is POST /invoices, "bulk create" POST /invoices/bulk).
_BULK_ROUTES: dict[str, tuple[Operation, str, int]] = {
    "create": ("create", "POST", 201),
    "update": ("update", "PATCH", 200),
    "delete": ("delete", "DELETE", 200),
}


def _shape(reading: Reading, item: str, resource: str) -> _Shape:
    """Method, status and path for a verb on a resource (see the module docstring)."""
    verb = reading.verb or ""
    kind = VERBS[verb]
    last = reading.words[-1] if reading.words else item
    many = is_plural(last) or reading.every or verb in _COLLECTION_VERBS
    parent = reading.parent  # snake_case: "blog_post" is /blog-posts/{blog_post_id}
    base = f"/{plural(parent).replace('_', '-')}/{{{parent}_id}}" if parent else ""
    # "a user's MFA" is one thing under the user; "an item in my cart" one of its items
    singleton = reading.parent is not None and not is_plural(last) and not reading.nested
    collection = f"{base}/{resource}"
    record = collection if singleton else f"{collection}/{{{item}_id}}"
    if reading.bulk and not singleton and kind in _BULK_ROUTES:
        operation, method, status = _BULK_ROUTES[kind]
        return _Shape(operation, method, status, f"{collection}/bulk", True)
    if kind == "create":
        return _Shape("create", "POST", 201, collection, True)
    if kind == "read":
        if many and not singleton:
            return _Shape("list", "GET", 200, collection, True)
        return _Shape("read", "GET", 200, record, False)
    if kind == "update":  # PATCH unless the description's route says PUT
        method = "PUT" if reading.method == "PUT" else "PATCH"
        return _Shape("update", method, 200, record, False)
    if kind == "delete":
        if many and not singleton:
            return _Shape("delete", "DELETE", 200, collection, True)
        return _Shape("delete", "DELETE", 200, record, False)
    target = collection if many and not singleton else record
    segment = reading.action_segment()
    return _Shape("action", "POST", 200, f"{target}/{segment}", target == collection)


def _scope(reading: Reading, template: Template) -> tuple[Scope, str | None]:
    """Who the call is for, and a note when the safer default was taken."""
    if template.auth_role is None:
        return "public", None
    if reading.own:
        return "own", None
    if reading.other:
        return "other", None
    if reading.every or reading.admin or template.auth_role != "user":
        return "all", None
    return "own", "no scope in the description: the caller's own records only (the safer choice)"


def _example_reading(template: Template) -> tuple[str, str]:
    """The operation and resource word of a template's example endpoint."""
    method = template.endpoint.method
    literal = [s for s in template.endpoint.path.split("/") if s and not s.startswith("{")]
    word = singular(literal[-1]) if literal else ""
    kind = {"POST": "create", "GET": "read", "DELETE": "delete"}.get(method, "update")
    return kind, word


def asks_for_example(description: str, template: Template) -> bool:
    """Whether the description asks for the template's own example endpoint."""
    if template.name.startswith("fallback_"):
        return False
    words = " ".join(tokens(description))
    if words in (" ".join(tokens(template.description)), template.name.replace("_", " ")):
        return True
    # A pattern asks for the example only as the whole description: patterns such as "admin
    # delete" or "bulk" name the contract, not the endpoint ("admin delete invoice" is not a
    # role change).
    whole = [*template.patterns, *template.examples]
    if any(" ".join(tokens(phrase)) == words for phrase in whole):
        return True
    reading = read_route_description(description)
    if reading.verb is None or not reading.words:
        return False
    kind, word = _example_reading(template)
    return VERBS[reading.verb] == kind and singular(reading.words[-1]) == word


def example_spec(name: str, template: Template) -> FunctionSpec:
    endpoint = template.endpoint
    method = endpoint.method
    params = endpoint.path_params
    operation: Operation
    if template.find("bulk"):
        operation = "bulk"
    elif method == "POST":
        operation = "create"
    elif method in ("PUT", "PATCH"):
        operation = "update"
    elif method == "DELETE":
        operation = "delete"
    else:
        operation = "read" if params else "search"
    from scaffold.catalog import OwnsCondition

    owns = [c for c in template.requires if isinstance(c, OwnsCondition)]
    owner_field = owns[0].spec.field if owns else None
    ownership: Ownership = "none"
    if owner_field is not None:
        ownership = "user" if owner_field == "user_id" else "record"
    scope: Scope = "public" if template.auth_role is None else ("own" if owns else "all")
    literal = [s for s in endpoint.path.split("/") if s and not s.startswith("{")]
    resource = literal[-1] if literal else "items"
    return FunctionSpec(
        name=name,
        operation=operation,
        resource=resource,
        item=singular(resource).replace("-", "_"),
        scope=scope,
        method=method,
        status=201 if operation == "create" else 200,
        path=endpoint.path,
        input_model=template.input.model,
        output_model=template.output.model,
        inputs=dict(template.input.fields),
        outputs=dict(template.output.fields),
        ownership=ownership,
        example=True,
    )


def _field(data: Mapping[str, Any]) -> FieldSpec:
    from scaffold.catalog import FieldSpec

    return FieldSpec.model_validate(data)


def _created_ids(item_class: str, *, bulk: bool) -> dict[str, FieldSpec]:
    """What a create answers to name its record: its id, or a bulk create's list of the ids
    it created (one id would name one item of many, maybe one it refused)."""
    if bulk:
        return {f"{item_class}_ids": _field({"type": "list", "items": {"type": "str"}})}
    return {f"{item_class}_id": _field({"type": "str"})}


def _named_fields(
    operation: Operation, field: NamedField, named: _Named
) -> tuple[dict[str, FieldSpec], dict[str, FieldSpec], str]:
    """The input and output of a change or read of one named field of a record (the
    profile, for an account's): the field itself."""
    typed = _field(dict(field.spec))
    shown = _field({"type": field.spec["type"]})
    body = {field.name: typed} if operation == "update" else {}
    outputs = {f"{named.record}_id": _field({"type": "str"}), field.name: shown}
    where = (
        "its profile record (profile store)" if named.on_account else f"the {named.record} record"
    )
    note = f"the {field.name.replace('_', ' ')} of {where}"
    return body, outputs, note


_PARENT_WORDS = 2  # a parent named in two words at most: "blog post", "shopping cart"
_STOPPING = re.compile(r"\b(?:stop|stops|quit|cease|no longer)\s+\w+ing\b")


@dataclass(frozen=True, slots=True)
class _Named:
    """What the description's words were read as, beyond a verb and a resource: a field of
    an account or of a record (and which record), or the caller's own act on a record."""

    field: NamedField | None = None
    record: str | None = None  # the record the field is on: "user", "product"
    reaction: Reaction | None = None

    @property
    def on_account(self) -> bool:
        return self.record == "user"

    @property
    def store(self) -> str | None:
        """Whose store the field is kept in: the profile functions' for an account's."""
        return "profile" if self.on_account else self.record

    @property
    def model_prefix(self) -> str | None:
        """What the models are named after: "ProductPriceUpdate" (an account's: "EmailUpdate")."""
        return None if self.on_account else self.record


def _named(description: str, reading: Reading) -> _Named:
    """Read "change my email" as a field of the caller's account, "update product price" as
    a field of a product, "get order details" as the order, and "like a post" as the
    caller's own like of it (``reading`` is rewritten to their routes); refuse a secret."""
    kind = VERBS[reading.verb or ""]
    named_route = reading.method is not None  # "GET /password/reset": the route decides
    secret = secret_named(reading.words, reading.parent)
    takes_or_gives = ("create", "update") if named_route else ("create", "update", "read")
    if secret is not None and kind in takes_or_gives:
        raise DescriptionError(
            f"{description!r} takes or gives a {secret}: secrets are not generated (a"
            " generated store keeps what it is given in the clear)",
            hint="change it through your identity provider or a maintained hashing library"
            " (argon2-cffi, passlib), or pass --path and --field for another function",
        )
    if named_route:
        return _Named()
    if secret is not None:  # "reset my password": an action on the account, no secret held
        reading.parent = reading.parent or "user"
        return _Named()
    if kind in ("update", "read"):
        account = account_field(reading.words, reading.parent)
        if account is not None:  # "change my email": the email on the caller's account
            reading.parent, reading.words = "user", account.words
            return _Named(account, "user")
        named = record_field(reading.words) if reading.parent is None else None
        if named is not None and len(named[0]) <= _PARENT_WORDS and names_a_record(named[0]):
            record, field = named
            reading.parent, reading.words = _snake(record), field.words
            return _Named(field, reading.parent)
        alone = field_named(reading.words) if reading.parent is not None else None
        if alone is not None:  # "update the title of a post": the post's title
            reading.words, reading.nested = alone.words, False
            return _Named(alone, reading.parent)
    if kind == "read":
        reading.words = without_details(reading.words)  # "get order details": the order
    stops = _STOPPING.search(description.lower()) is not None  # "Stop following": undone
    words = reading.words
    target = len(words) == 1 or (len(words) <= _PARENT_WORDS and names_a_record(words))
    reaction = reaction_of(reading.verb, reading.parent) if target and not stops else None
    if reaction is not None:  # "like a post": the caller's like, about that post
        reading.parent = _snake(reading.words)
        reading.words, reading.verb = (reaction.records,), "create"
        return _Named(reaction=reaction)
    undone = undone_by(reading.verb, reading.parent) if target else None
    if undone is not None:  # "unlike a post": the caller's likes of that post, deleted
        reading.parent = _snake(reading.words)
        reading.words, reading.verb = (undone.records,), "delete"
    return _Named()


def _snake(words: tuple[str, ...]) -> str:
    """A record's words as the parent's name: ("blog", "posts") -> "blog_post"."""
    return "_".join([*words[:-1], singular(words[-1])])


def _once_per(named: _Named, target: str | None) -> str | None:
    """The input a reaction is made once per, by each caller: a like's post ("post_id")."""
    if named.reaction is None or not named.reaction.once or target is None:
        return None
    return f"{target}_id"


def _reaction_fields(
    item: str, target: str, reaction: Reaction
) -> tuple[dict[str, FieldSpec], dict[str, FieldSpec], str]:
    """A like's (or vote's, reply's...) input and output: the record it is about, and the
    text a reply carries."""
    body = {"text": _field(dict(reaction.text))} if reaction.text else {}
    outputs = {f"{item}_id": _field({"type": "str"}), f"{target}_id": _field({"type": "str"})}
    if reaction.text:
        outputs["text"] = _field({"type": "str"})
    note = (
        f"the caller's own {item.replace('_', ' ')} of a {target}: nothing of the {target} changes"
    )
    return body, outputs, note


def _default_fields(
    operation: Operation, key: str | None, item_class: str, *, collection: bool, bulk: bool
) -> tuple[dict[str, FieldSpec], dict[str, FieldSpec], str | None]:
    """The small default input and output, and the note that says they are defaults."""
    body = {
        "name": _field({"type": "str", "min_length": 1, "max_length": 100}),
        "description": _field(
            {"type": "str", "max_length": 1000, "required": False, "multiline": True}
        ),
    }
    id_out = {key: _field({"type": "str"})} if key else {}
    if operation == "create":
        id_out = _created_ids(item_class, bulk=bulk)
    if operation in ("create", "update"):
        note = "default body: name, description (pass --field NAME:TYPE to choose the fields)"
        outputs = {**id_out, "name": _field({"type": "str"})}
        outputs["description"] = _field({"type": "str", "required": False})
        return body, outputs, note
    if operation == "list":
        query = {"limit": _field({"type": "int", "min_value": 1, "max_value": 100, "default": 20})}
        outputs = {
            f"{item_class}_ids": _field({"type": "list", "items": {"type": "str"}}),
            "count": _field({"type": "int", "min_value": 0}),
        }
        return query, outputs, "default query: limit; the result lists record ids"
    if operation == "read":
        outputs = {
            **id_out,
            "name": _field({"type": "str", "required": False}),
            "description": _field({"type": "str", "required": False}),
        }
        return {}, outputs, "default output: name, description (pass --output-field to choose)"
    if operation == "delete":
        if collection:
            return {}, {"deleted": _field({"type": "int", "min_value": 0})}, None
        return {}, {**id_out, "deleted": _field({"type": "bool"})}, None
    outputs = {**id_out, "action": _field({"type": "str"})}
    outputs["performed_at"] = _field({"type": "datetime"})
    return {}, outputs, None


def _model_name(name: str) -> str:
    """A class name no generated module already uses, and not a keyword (``None``)."""
    taken = name in _RESERVED_MODELS or keyword.iskeyword(name) or name in dir(builtins)
    taken = taken or len(name) < 2  # ruff (E742) refuses a class named "O" or "I"
    return name + "Model" if taken else name


def _from_path(method: str | None, path: str) -> Reading:
    """A reading made from ``--method``/``--path`` alone (the description had none)."""
    literal = [s for s in path.split("/") if s and not s.startswith("{")]
    verb = {"POST": "create", "GET": "get", "PATCH": "update", "PUT": "update"}.get(
        (method or "").upper(), "delete" if (method or "").upper() == "DELETE" else "get"
    )
    words = tuple(re.findall(r"[a-z][a-z0-9]*", literal[-1].lower())) if literal else ()
    return Reading(verb=verb, words=words)


def _check_record_length(item: str, description: str) -> None:
    """Refuse a record name too long for the generated lines that name it to fit."""
    if len(item) > MAX_RECORD_LENGTH:
        raise DescriptionError(
            f"the record {item!r} read from {description!r} is longer than "
            f"{MAX_RECORD_LENGTH} characters, too long to name its code",
            hint="name it in fewer words, or pass --path with a shorter collection, "
            "e.g. --path /orders/{order_id}",
        )


def _route(reading: Reading) -> tuple[list[str], str, str, _Shape]:
    """The words, item, resource and route shape of a reading that names a verb and words."""
    words = [*reading.words[:-1], singular(reading.words[-1])]
    item = "_".join(words)
    resource = "-".join([*words[:-1], plural(words[-1])])
    if reading.parent is not None and not is_plural(reading.words[-1]) and not reading.nested:
        resource = "-".join(words)  # a user's MFA: one thing under the user, not a collection
    return words, item, resource, _shape(reading, item, resource)


def described_route(
    description: str, method: str | None = None, path: str | None = None
) -> tuple[str, str] | None:
    """The method and path the description asks for (``--method``/``--path`` first, then a
    route it names outright: ``get_stats GET /api/v1/reports/stats`` is on /reports, though
    the function is named for "stats"), before a template is chosen; None when it names no
    action or resource, or the caller's own records ("my invoices": the routes on other
    users' records say nothing of it)."""
    reading = read_route_description(description)
    if reading.own:
        return None
    named = split_route(description)
    if path is None and named.path is not None:
        return ((method or (named.methods or ("GET",))[0]).upper(), named.path)
    if reading.verb is None and path is not None:
        reading = _from_path(method, path)
    if not reading.words and reading.parent is not None:
        reading.words, reading.parent = (reading.parent,), None
    if reading.verb is None or not reading.words:
        return (method.upper(), path) if method and path else None
    try:
        _named(description, reading)
    except DescriptionError:
        return None  # a secret: nothing is planned
    shape = _route(reading)[3]
    return ((method or shape.method).upper(), path or shape.path)


def derive_spec(
    description: str,
    template: Template,
    name: str,
    *,
    method: str | None = None,
    path: str | None = None,
    fields: Mapping[str, FieldSpec] | None = None,
    output_fields: Mapping[str, FieldSpec] | None = None,
) -> FunctionSpec:
    """The specification of the function ``description`` asks for, with overrides applied."""
    if asks_for_example(description, template) and method is None and path is None:
        spec = example_spec(name, template)
    else:
        spec = _described_spec(description, template, name, method, path)
    chosen = (method or spec.method).upper()
    written, note = (None, None) if path is not None else _written_path(description, chosen)
    bulk = bool(template.find("bulk"))
    spec = _override(spec, method, path or written, fields, output_fields, bulk=bulk)
    usable, renamed = usable_path(spec.path)
    if renamed:
        spec = _override(spec, None, usable, None, None, bulk=bulk)
    notes = (note, *renamed) if note else renamed
    return replace(spec, notes=(*notes, *spec.notes)) if notes else spec


def written_path(description: str, method: str) -> str | None:
    """The path ``description`` writes out for a ``method`` route, if it is kept as the
    route's path (``_written_path``)."""
    return _written_path(description, method)[0]


def _written_path(description: str, method: str) -> tuple[str | None, str | None]:
    """The path a description writes out (``GET /api/v1/reports/categories``), kept as the
    route's path: the function described is that route, not one renamed after its last
    word. Not when the function takes another method than the route's (an RPC route's
    ``POST /spaces/delete`` is a DELETE on /spaces/{id}), and not one that cannot be a
    FastAPI path: that one is set aside, and the note says so."""
    route = split_route(description)
    named = route.path
    if named is None or method not in route.methods:
        return None, None
    path = route_path(named)
    if not _PATH.fullmatch(path):
        return None, (
            f"the path the description writes, {named}, cannot be used ({_PATH_HINT}); the "
            "route is made from its words: pass --path to choose it"
        )
    return path, f"route: the path the description writes, {named}" + (
        f" (as {path})" if path != named else ""
    )


# A route's path as generated; a parameter's name is made usable by
# ``scaffold.generate._parameters``, not refused.
_PATH = re.compile(r"(?:/(?:[A-Za-z0-9._~-]+|\{[a-z][a-z0-9_]*\}))+")
_PATH_HINT = "start with / and use segments of letters, digits, '._~-' or {snake_case}"


def _described_spec(
    description: str, template: Template, name: str, method: str | None, path: str | None
) -> FunctionSpec:
    reading = read_route_description(description)
    if reading.verb is None and path is not None:
        reading = _from_path(method, path)
    elif reading.verb is None and not template.name.startswith("fallback_"):
        # "public product catalog": the matched template's method says what it does.
        reading = read_description(f"{_EXAMPLE_VERBS[template.endpoint.method]} {description}")
        reading.borrowed = True
    if reading.verb is None:
        raise DescriptionError(
            f"no action recognised in {description!r}: the function would be invented",
            hint="start with a verb (create, list, update, delete, archive, approve...), "
            "or pass --method and --path",
        )
    if not reading.words and reading.parent is not None:
        reading.words, reading.parent = (reading.parent,), None
    if not reading.words:
        raise DescriptionError(
            f"no resource recognised in {description!r}: say what the function acts on",
            hint="e.g. 'archive a project', or pass --path",
        )
    named = _named(description, reading)
    words, item, resource, shape = _route(reading)
    scope, scope_note = _scope(reading, template)
    params = re.findall(r"\{([a-z][a-z0-9_]*)\}", shape.path)
    key = params[-1] if params else None
    # "update product price": ProductPriceUpdate, not a PriceUpdate every record would share
    prefix = named.model_prefix
    pascal = _model_name(_pascal([prefix, *words] if prefix else words))
    verb = reading.verb or ""
    kind = VERBS[verb]
    suffix = {"create": "Create", "update": "Update", "read": "Lookup", "delete": "Deletion"}
    if shape.operation == "list":
        input_model, output_model = f"{pascal}Query", f"{pascal}List"
    elif shape.operation == "action":
        input_model = f"{pascal}{verb.capitalize()}Request"
        output_model = f"{pascal}{verb.capitalize()}Result"
    else:
        input_model = f"{pascal}{suffix[shape.operation]}"
        # One name per operation: OpenAPI names each schema after its class, and two
        # classes of one name (create's and read's records differ) get module-path names.
        done = {"create": "Created", "update": "Updated", "delete": "Deleted"}
        output_model = f"{pascal}{done.get(shape.operation, '')}"
    body, outputs, default_note = _default_fields(
        shape.operation, key, item, collection=shape.collection, bulk=bool(template.find("bulk"))
    )
    if named.field is not None and named.record is not None and named.store is not None:
        body, outputs, default_note = _named_fields(shape.operation, named.field, named)
        item = named.store
        resource = plural(named.record).replace("_", "-")  # kebab-case: "blog-posts"
    elif named.reaction is not None and reading.parent is not None:
        body, outputs, default_note = _reaction_fields(item, reading.parent, named.reaction)
    _check_record_length(item, description)
    ids = {param: _field(_ID_FIELD) for param in params}
    ownership: Ownership = "none"
    if scope == "own":
        ownership = "user" if key == "user_id" or item == "user" else "record"
    borrowed = None
    if reading.borrowed:
        borrowed = (
            f"no action verb in the description: {template.name}'s {template.endpoint.method} "
            "was taken; check the route, or start the description with a verb"
        )
    once_per = _once_per(named, reading.parent) if ownership == "record" else None
    if once_per is not None:  # the caller's key: "one like per caller and post"
        default_note = f"{default_note}; one per caller and {reading.parent}, a repeat returns it"
    notes = tuple(n for n in (reading.route_note, borrowed, scope_note, default_note) if n)
    return FunctionSpec(
        name=name,
        operation=shape.operation,
        action=verb if kind == "action" else None,
        resource=resource,
        item=item,
        scope=scope,
        method=shape.method,
        status=shape.status,
        path=shape.path,
        input_model=input_model,
        output_model=_model_name(output_model),
        inputs={**ids, **body},
        outputs=outputs,
        ownership=ownership,
        role="admin" if reading.admin else None,
        notes=notes,
        once_per=once_per,
    )


def _override(
    spec: FunctionSpec,
    method: str | None,
    path: str | None,
    fields: Mapping[str, FieldSpec] | None,
    output_fields: Mapping[str, FieldSpec] | None,
    *,
    bulk: bool,
) -> FunctionSpec:
    """Apply ``--method``, ``--path``, ``--field`` and ``--output-field``."""
    changes: dict[str, Any] = {}
    notes = [n for n in spec.notes if not (fields and n.startswith(("default body", "default q")))]
    if output_fields:
        notes = [n for n in notes if not n.startswith("default output")]
    if method is not None:
        upper = method.upper()
        if upper not in ("GET", "POST", "PUT", "PATCH", "DELETE"):
            raise UserError(
                f"--method {method!r}: not an HTTP method",
                hint="use GET, POST, PUT, PATCH or DELETE",
            )
        changes["method"] = upper
        changes["status"] = 201 if upper == "POST" and spec.operation == "create" else 200
    inputs = dict(spec.inputs)
    if path is not None:
        if not _PATH.fullmatch(path):
            raise UserError(f"--path {path!r}: not a usable path", hint=_PATH_HINT)
        changes["path"] = path
        old = set(spec.path_params)
        new = re.findall(r"\{([a-z][a-z0-9_]*)\}", path)
        inputs = {k: v for k, v in inputs.items() if k not in old or k in new}
        inputs = {**{p: inputs.get(p) or _field(_ID_FIELD) for p in new}, **inputs}
    if fields:
        params = re.findall(r"\{([a-z][a-z0-9_]*)\}", changes.get("path", spec.path))
        inputs = {**{p: inputs[p] for p in params if p in inputs}, **fields}
        if spec.operation in ("create", "update") and not output_fields:
            key = {p: _field({"type": "str"}) for p in params[-1:]}
            if spec.operation == "create":
                key = _created_ids(spec.item, bulk=bulk)
            changes["outputs"] = {**key, **_as_outputs(fields)}
    if output_fields:
        _check_collection_outputs(spec.operation, output_fields, inputs)
        changes["outputs"] = dict(output_fields)
    changes["inputs"] = inputs
    changes["notes"] = tuple(notes)
    return replace(spec, **changes)


def _check_collection_outputs(
    operation: str, outputs: Mapping[str, FieldSpec], inputs: Mapping[str, FieldSpec]
) -> None:
    """A list or search returns what it found: one output field at least must carry it, a
    list (the records' keys) or a number (how many), else the lookup would be thrown away;
    and none may be named like an input field, a filter it has no record value for."""
    if operation not in ("list", "search"):
        return
    echoed = [name for name in outputs if name in inputs]
    if echoed:
        raise UserError(
            f"--output-field {echoed[0]}: a {operation} returns what it found, and "
            f"{echoed[0]!r} is one of its input fields, a filter",
            hint="name the output field otherwise, e.g. --output-field items:list[str]",
        )
    if any(spec.type in ("list", "int", "float", "decimal") for spec in outputs.values()):
        return
    raise UserError(
        f"--output-field: a {operation} returns the records it finds, and none of "
        f"{', '.join(outputs)} can carry them",
        hint="add a list or a count, e.g. --output-field items:list[str] or total:int",
    )


def _as_outputs(fields: Mapping[str, FieldSpec]) -> dict[str, FieldSpec]:
    """Input fields echoed in the output: same type, no input-only constraints."""
    outputs: dict[str, FieldSpec] = {}
    for name, spec in fields.items():
        data: dict[str, Any] = {"type": spec.type}
        if spec.items is not None:
            data["items"] = {"type": spec.items.type}
        if spec.is_optional:
            data["required"] = False
        outputs[name] = _field(data)
    return outputs
