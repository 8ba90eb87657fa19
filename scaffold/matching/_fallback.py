"""The basic contracts: a complete Template for a function no template fits.

The contract comes from the description's signals first (``_signals``): danger gives the
sensitive contract, bulk the bulk one, a role or other people's records the admin one, a
public request the public one, so the fallback always meets the floor the signals set.
Without signals, the first action verb decides (create, update, delete, read; each with its
synonyms), then "rate limit"/"throttle", and failing all the basic contract. The verb also
shapes the endpoint (method, path, input). Every signed-in fallback but create is scoped to
the record's owner: update, delete and read act on one record, and a verb the matcher does
not know ("renew", "cancel") is taken the safer way; "my X" scopes a create too.

The synthesized Template is a real one (endpoint, input and output models, conditions,
checklist), so the generator renders it like any built-in template. A match only needs its
kind, strength and contract line, so it is kept as data and validated when it is read; its
names are checked here, and the ``Template`` model is asked only about unusual words. Its names come
from the description's own words, reduced to ASCII snake_case; when they do not make a valid
template, a neutral resource name ("item") is used instead.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from scaffold.matching._signals import Signals
from scaffold.matching._strength import Floor, Level, Strength
from scaffold.matching._text import (
    Token,
    concept_of,
    first_action,
    is_concept,
    shows_only,
    split_words,
)
from scaffold.matching._vocabulary import ACTION_CONCEPTS

if TYPE_CHECKING:
    from scaffold.catalog import Template

__all__ = ["FALLBACK_KINDS", "FALLBACK_PREFIX", "Fallback", "plan_fallback"]

FALLBACK_PREFIX = "fallback:"
FALLBACK_KINDS = (*ACTION_CONCEPTS, "admin", "sensitive", "bulk", "public", "rate_limit", "basic")
RATE_LIMIT = {"limit": 10, "per": "minute"}
# The contract each signal-driven kind adds to the verb's shape.
_PRIVILEGED = frozenset({"admin", "sensitive", "bulk"})
_KIND_LIMITS = {
    "sensitive": {"limit": 3, "per": "minute"},
    "bulk": {"limit": 5, "per": "minute"},
    "public": {"limit": 60, "per": "minute", "by": "ip"},
}
MAX_BULK_ITEMS = 100
_MAX_WORDS = 3
_MAX_WORD_LENGTH = 15  # so every name built from words stays within 64 characters
_NOT_RESOURCE = frozenset({"@admin", "@throttle", "@public", "@sensitive", "@bulk", "@owner"})
_BUILTIN_NAMES = frozenset(dir(builtins))
_METHODS = {"create": "POST", "update": "PATCH", "delete": "DELETE", "read": "GET"}
_INPUT_SUFFIX = {"create": "Create", "update": "Update", "delete": "Deletion", "read": "Lookup"}


@dataclass(frozen=True, slots=True)
class Fallback:
    """The chosen kind, why, and the synthesized template (as data, validated on use).

    The data is built by this module from fixed parts and the description's words, and the
    words are checked here (``names_are_valid``), so a match validates no model: the
    template is validated when something reads it (``template``).
    """

    kind: str
    reasons: list[str]
    data: dict[str, Any] = field(repr=False)
    strength: Strength
    has_verb: bool  # whether an action verb was recognised (else the contract is a guess)
    _built: list[Template] = field(default_factory=list, repr=False, compare=False)

    @property
    def template(self) -> Template:
        """The synthesized template, validated on first read."""
        if not self._built:
            from scaffold.catalog import Template

            self._built.append(Template.model_validate(self.data))
        return self._built[0]

    def template_source(self) -> Template:
        """``template``, as a callable (what ``Match.source`` takes)."""
        return self.template


def _kind(tokens: Sequence[Token], floor: Floor, verb: str | None) -> str:
    """The contract: the floor's when signals set one, else the verb's."""
    if floor.level is Level.sensitive:
        return "sensitive"
    if floor.bulk:
        return "bulk"
    if floor.level is Level.admin:
        return "admin"
    if floor.exact:
        return "public"
    if _throttle_first(tokens):
        return "rate_limit"
    if verb is not None:
        return verb
    if any(token.term == "@throttle" for token in tokens):
        return "rate_limit"
    return "basic"


def _throttle_first(tokens: Sequence[Token]) -> bool:
    """Whether throttling is what is asked: named before any action ("throttle comment
    creation", "limit email send per second"), or what an "add" or "create" adds ("add rate
    limiting for invitations"). "delete invoice, rate limited" is a delete that also gets its
    limit."""
    for number, token in enumerate(tokens):
        if token.term == "@throttle":
            return True
        if is_concept(token.term) and concept_of(token.term) in ACTION_CONCEPTS:
            added = tokens[number + 1 : number + 3]  # "create scoped rate throttle"
            adds = concept_of(token.term) == "create"
            return adds and any(after.term == "@throttle" for after in added)
    return False


def _resource_words(tokens: Sequence[Token]) -> list[str]:
    """The words naming what the function acts on: not verbs, not modifiers."""
    words: list[str] = []
    for token in tokens:
        concept = concept_of(token.term) if is_concept(token.term) else None
        if concept in ACTION_CONCEPTS or token.term in _NOT_RESOURCE:
            continue
        for word in split_words(token.surface):
            if word.isidentifier() and len(word) <= _MAX_WORD_LENGTH and word not in words:
                words.append(word)
    return words


def _function_words(tokens: Sequence[Token], verb: Token | None, resource: list[str]) -> list[str]:
    """The function's name: the verb as typed and the resource, or the description's words."""
    if verb is not None:
        return [*split_words(verb.surface), *resource]
    words: list[str] = []
    for token in tokens:
        words += [w for w in split_words(token.surface) if w not in words]
    return [w for w in words if w.isidentifier() and len(w) <= _MAX_WORD_LENGTH][:4]


def _plural(word: str) -> str:
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word  # already plural
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _pascal(words: Sequence[str]) -> str:
    name = "".join(word.capitalize() for word in words)
    return name + "Record" if name in _BUILTIN_NAMES else name


@dataclass(frozen=True, slots=True)
class _Shape:
    """What the fallback is: its contract kind, the verb that shapes it, its owner scope."""

    kind: str
    verb: str | None
    owned: bool
    throttle: bool
    many: bool = False  # a bound on the list: the bulk kind, or a dangerous bulk request

    @property
    def bulk(self) -> bool:
        return self.kind == "bulk" or self.many


def _path(shape: _Shape, resource: list[str], id_field: str) -> str:
    plural = "-".join([*resource[:-1], _plural(resource[-1])])
    base = "/admin" if shape.kind in _PRIVILEGED else ""
    one = shape.verb in ("update", "delete", "read")
    if shape.bulk:
        return f"/admin/{plural}/bulk"
    if shape.owned:
        if resource == ["user"]:
            return "/users/{user_id}"
        tail = f"/{{{id_field}}}" if one else ""
        return f"/users/{{user_id}}/{plural}{tail}"
    return f"{base}/{plural}/{{{id_field}}}" if one else f"{base}/{plural}"


def _requires(shape: _Shape, function: str, takes_body: bool) -> list[dict[str, Any]]:
    requires: list[dict[str, Any]] = []
    if shape.kind != "public":
        requires.append({"auth": "admin" if shape.kind in _PRIVILEGED else "user"})
    if shape.bulk:
        requires.append({"bulk": {"field": "items", "min_items": 1, "max_items": MAX_BULK_ITEMS}})
    if takes_body:
        requires.append({"validates": "input"})
    if shape.owned:
        requires.append({"owns": "user_id"})
    if shape.kind == "sensitive":
        rule = {"role_at_least": "super_admin"}
        described = "Only a super administrator may run this action"
        requires.append({"business_rule": {"description": described, "rule": rule}})
    limit = _KIND_LIMITS.get(shape.kind)
    if limit is None and (shape.throttle or shape.kind == "rate_limit"):
        limit = RATE_LIMIT
    if limit is not None:
        requires.append({"rate_limit": {"key": function, **limit}})
    return requires


def _data(
    *, shape: _Shape, resource: list[str], function_words: list[str], text: str
) -> dict[str, Any]:
    """The template as YAML-shaped data, validated by the Template model."""
    snake = "_".join(resource)
    is_user = resource == ["user"]
    id_field = "user_id" if is_user else f"{snake}_id"
    path = _path(shape, resource, id_field)
    function = "_".join(function_words or resource)
    if keyword.iskeyword(function) or function in _BUILTIN_NAMES:
        function += "_endpoint"

    ids: dict[str, Any] = {}
    if "{user_id}" in path:
        ids["user_id"] = {"type": "str", "min_length": 1, "max_length": 64}
    if f"{{{id_field}}}" in path:
        ids[id_field] = {"type": "str", "min_length": 1, "max_length": 64}
    editable = {
        "name": {"type": "str", "min_length": 1, "max_length": 100},
        "description": {"type": "str", "max_length": 1000, "required": False},
    }
    items = {
        "items": {
            "type": "list",
            "items": {"type": "str", "min_length": 1, "max_length": 64},
            "description": f"Ids of the items to process (1 to {MAX_BULK_ITEMS})",
        }
    }
    takes_body = shape.bulk or shape.verb not in ("delete", "read")
    body = items if shape.bulk else editable if takes_body else {}
    input_fields = {**ids, **body}
    output_fields: dict[str, Any] = {id_field: {"type": "str"}}
    if shape.bulk:
        output_fields = {"processed": {"type": "int", "min_value": 0}}
    elif shape.verb == "delete":
        output_fields["deleted"] = {"type": "bool"}
    else:
        output_fields["name"] = {"type": "str"}

    ensures: list[dict[str, Any]] = [{"returns": "output"}]
    if shape.kind not in {"read", "rate_limit"}:
        events = {"create": "creation", "update": "update", "delete": "deletion"}
        ensures.append({"audit_log": f"{snake}_{events.get(shape.verb or '', 'action')}"})

    pascal = _pascal(resource)
    kind_text = shape.kind.replace("_", " ")
    method = "POST" if shape.bulk else _METHODS.get(shape.verb or "", "POST")
    return {
        "name": f"fallback_{shape.kind}",
        "version": 1,
        "description": f"Basic {kind_text} contract (no template matched): {text}"[:300],
        "patterns": [text[:120]],
        "examples": [text[:300]],
        "layer": "business" if shape.verb == "read" else "action",
        "endpoint": {"method": method, "path": path, "function": function},
        "input": {
            "model": pascal + _INPUT_SUFFIX.get(shape.verb or "", "Request"),
            "fields": input_fields,
        },
        "output": {"model": pascal, "fields": output_fields},
        "requires": _requires(shape, function, takes_body and bool(body)),
        "ensures": ensures,
        "checklist": [
            "No template matched this function: review the basic contract and tighten it "
            "(roles, ownership, rate limit, business rules) before release",
        ],
    }


def plan_fallback(
    tokens: Sequence[Token], description: str, signals: Signals, floor: Floor
) -> Fallback:
    """Choose the basic contract for a description and synthesize its Template.

    The contract always meets ``floor``, the weakest one the signals allow.
    """
    verb, verb_token = first_action(tokens, shows=shows_only(description))
    kind = _kind(tokens, floor, verb)
    throttle = any(token.term == "@throttle" for token in tokens)
    owned = (
        kind not in _PRIVILEGED
        and kind != "public"
        and (floor.level is Level.owner or verb != "create")
    )
    shape = _Shape(kind, verb, owned, throttle, many=floor.bulk)
    text = " ".join(split_words(description))[:300] or kind
    resource = _resource_words(tokens) or ["item"]
    if verb_token is None and len(resource) > 1:
        resource = resource[1:]  # the first word is most likely an unknown verb ("approve")
    resource = resource[:_MAX_WORDS]
    function_words = _function_words(tokens, verb_token, resource)
    data = _data(shape=shape, resource=resource, function_words=function_words, text=text)
    if not _valid(data):  # the description's words make no valid names: neutral ones do
        neutral = [verb, "item"] if verb is not None else ["item"]
        data = _data(shape=shape, resource=["item"], function_words=neutral, text=kind)

    reasons = []
    if kind != verb and signals:
        reasons.append(f"signals ({signals.describe()}) ask for the {kind} contract")
    elif verb_token is not None:
        typed = verb_token.corrected_from or verb_token.surface
        reasons.append(f'"{typed}" asks for the basic {kind.replace("_", " ")} contract')
    else:
        reasons.append("no action verb recognised: the basic contract")
    if owned and kind not in ("update", "delete", "read"):
        reasons.append("scoped to its owner (the description says whose it is)")
    if throttle and kind != "rate_limit" and kind not in _KIND_LIMITS:
        reasons.append(f"a rate limit of {RATE_LIMIT['limit']} per {RATE_LIMIT['per']} is added")
    reasons.append(f"contract: {_describe(data)}")
    return Fallback(kind, reasons, data, _strength(shape), verb is not None)


# What the template model accepts, narrowed: names within these pass its checks for certain
# (``tests/matching/test_fallback.py`` holds them against the model's own rules).
_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_PASCAL = re.compile(r"[A-Z][A-Za-z0-9]*")
_SEGMENT = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*|\{[a-z][a-z0-9]*(?:_[a-z0-9]+)*\}")
_MAX_NAME = 64
# pydantic's BaseModel attributes a field may not shadow, besides every ``model_*`` name.
RESERVED_FIELDS = frozenset({
    "construct", "copy", "dict", "from_orm", "json", "parse_file", "parse_obj", "parse_raw",
    "schema", "schema_json", "update_forward_refs", "validate",
})  # fmt: skip


def _snake_name(name: str) -> bool:
    plain = len(name) <= _MAX_NAME and _SNAKE.fullmatch(name) is not None
    return plain and not (keyword.iskeyword(name) or keyword.issoftkeyword(name))


def _field_name(name: str) -> bool:
    reserved = name in RESERVED_FIELDS or name.startswith("model")
    return _snake_name(name) and not reserved


def _model_name(name: str) -> bool:
    plain = len(name) <= _MAX_NAME and _PASCAL.fullmatch(name) is not None
    return plain and name not in _BUILTIN_NAMES


def _text(text: str, size: int) -> bool:
    return 0 < len(text) <= size and text.isprintable()


def names_are_valid(data: dict[str, Any]) -> bool:
    """Whether the parts of ``data`` that come from the description's words are plainly valid.

    Stricter than the template model (never looser): ``False`` only means "ask the model".
    Everything else in ``data`` is fixed by this module and checked by its tests.
    """
    endpoint, given, made = data["endpoint"], data["input"], data["output"]
    segments = endpoint["path"].split("/")
    params = [part for part in segments if part.startswith("{")]
    path_ok = len(endpoint["path"]) <= 200 and segments[0] == "" and len(segments) > 1
    path_ok = path_ok and all(_SEGMENT.fullmatch(part) for part in segments[1:])
    path_ok = path_ok and len(set(params)) == len(params)
    function = endpoint["function"]
    events = [c["audit_log"] for c in data["ensures"] if "audit_log" in c]
    return (
        path_ok
        and _snake_name(function)
        and function not in _BUILTIN_NAMES
        and _model_name(given["model"])
        and _model_name(made["model"])
        and given["model"] != made["model"]
        and all(map(_field_name, (*given["fields"], *made["fields"])))
        and all(map(_snake_name, events))
        and _text(data["description"], 300)
        and all(_text(text, 120) for text in data["patterns"])
        and all(_text(text, 300) for text in data["examples"])
    )


def _valid(data: dict[str, Any]) -> bool:
    """Whether ``data`` makes a valid template: checked here when its names are plainly
    valid, else by the ``Template`` model (which only unusual words need)."""
    if names_are_valid(data):
        return True
    from pydantic import ValidationError

    from scaffold.catalog import Template

    try:
        Template.model_validate(data)
    except ValidationError:
        return False
    return True


def _strength(shape: _Shape) -> Strength:
    """What ``strength_of`` reads from the contract ``_requires`` writes for ``shape``."""
    if shape.kind == "public":
        return Strength(Level.public)
    if shape.kind == "sensitive":
        return Strength(Level.sensitive, bulk=shape.many)
    if shape.kind in _PRIVILEGED:
        return Strength(Level.admin, bulk=shape.kind == "bulk")
    return Strength(Level.owner if shape.owned else Level.signed_in)


def _describe(data: dict[str, Any]) -> str:
    """``auth user, validates input, owns user_id, ...``: the contract in one line."""
    parts: list[str] = []
    for condition in (*data["requires"], *data["ensures"]):
        ((kind, value),) = condition.items()
        if kind == "rate_limit":
            parts.append(f"rate_limit {value['limit']}/{value['per']}")
        elif kind == "owns":
            parts.append(f"owns {value}")
        elif kind == "business_rule":
            ((rule, argument),) = value["rule"].items()
            parts.append(f"{rule} {argument}")
        elif kind == "bulk":
            shown = " ".join(f"{key}={value[key]!r}" for key in ("field", "max_items", "min_items"))
            parts.append(f"bulk {shown}")
        else:
            parts.append(f"{kind} {value}")
    return ", ".join(parts)
