"""The verb-based basic contracts: a complete Template for a function no template fits.

The kind comes from the first action verb of the description (create, update, delete, read;
each with its synonyms); without one, "admin" or "rate limit"/"throttle" decide, and failing
all, a basic contract applies. "admin" anywhere asks for the admin role, "rate limit" or
"throttle" anywhere adds a rate limit. The contracts (auth role, validates, owns, audit)
follow the design; every fallback also validates its output (``returns``).

The synthesized Template is a real, validated one (endpoint, input and output models,
conditions, checklist), so the generator renders it like any built-in template. Its names come
from the description's own words, reduced to ASCII snake_case; when they do not make a valid
template, a neutral resource name ("item") is used instead.
"""

from __future__ import annotations

import builtins
import keyword
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from scaffold.catalog import Template
from scaffold.matching._text import CONCEPT_MARK, Token, concept_of, is_concept, split_words
from scaffold.matching._vocabulary import ACTION_CONCEPTS

__all__ = ["FALLBACK_KINDS", "FALLBACK_PREFIX", "Fallback", "plan_fallback"]

FALLBACK_PREFIX = "fallback:"
FALLBACK_KINDS = (*ACTION_CONCEPTS, "admin", "rate_limit", "basic")
RATE_LIMIT = {"limit": 10, "per": "minute"}
_MAX_WORDS = 3
_MAX_WORD_LENGTH = 15  # so every name built from words stays within 64 characters
_NOT_RESOURCE = frozenset({"@admin", "@throttle", "@public", "@sensitive", "@bulk"})
_BUILTIN_NAMES = frozenset(dir(builtins))
_METHODS = {"create": "POST", "update": "PATCH", "delete": "DELETE", "read": "GET"}
_INPUT_SUFFIX = {"create": "Create", "update": "Update", "delete": "Deletion", "read": "Lookup"}


@dataclass(frozen=True, slots=True)
class Fallback:
    """The chosen kind, why, and the synthesized template."""

    kind: str
    reasons: list[str]
    template: Template


def _kind(tokens: Sequence[Token]) -> tuple[str, Token | None]:
    for token in tokens:
        if is_concept(token.term) and concept_of(token.term) in ACTION_CONCEPTS:
            return concept_of(token.term), token
    for concept, kind in (("@admin", "admin"), ("@throttle", "rate_limit")):
        for token in tokens:
            if token.term == concept:
                return kind, token
    return "basic", None


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


def _function_words(tokens: Sequence[Token], kind: str, resource: list[str]) -> list[str]:
    """The function's name: the verb as typed and the resource, or the description's words."""
    if kind in ACTION_CONCEPTS:
        verb = next(t for t in tokens if t.term == CONCEPT_MARK + kind)
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


def _data(
    *,
    kind: str,
    resource: list[str],
    function_words: list[str],
    admin: bool,
    throttle: bool,
    text: str,
) -> dict[str, Any]:
    """The template as YAML-shaped data, validated by the Template model."""
    snake = "_".join(resource)
    plural = "-".join([*resource[:-1], _plural(resource[-1])])
    user_scoped = kind in ("update", "delete", "read") and not admin
    is_user = resource == ["user"]
    base = "/admin" if admin else ""
    id_field = "user_id" if is_user else f"{snake}_id"
    if user_scoped:
        path = "/users/{user_id}" if is_user else f"/users/{{user_id}}/{plural}/{{{id_field}}}"
    elif kind in ("update", "delete", "read"):
        path = f"{base}/{plural}/{{{id_field}}}"
    else:
        path = f"{base}/{plural}"
    function = "_".join(function_words or resource)
    if keyword.iskeyword(function) or function in _BUILTIN_NAMES:
        function += "_endpoint"

    ids: dict[str, Any] = {}
    if user_scoped:
        ids["user_id"] = {"type": "str", "min_length": 1, "max_length": 64}
    if kind in ("update", "delete", "read"):
        ids[id_field] = {"type": "str", "min_length": 1, "max_length": 64}
    editable = {
        "name": {"type": "str", "min_length": 1, "max_length": 100},
        "description": {"type": "str", "max_length": 1000, "required": False},
    }
    takes_body = kind not in ("delete", "read")
    input_fields = {**ids, **(editable if takes_body else {})}
    output_fields: dict[str, Any] = {id_field: {"type": "str"}}
    if kind == "delete":
        output_fields["deleted"] = {"type": "bool"}
    else:
        output_fields["name"] = {"type": "str"}

    requires: list[dict[str, Any]] = [{"auth": "admin" if admin else "user"}]
    if takes_body:
        requires.append({"validates": "input"})
    if user_scoped:
        requires.append({"owns": "user_id"})
    if throttle or kind == "rate_limit":
        requires.append({"rate_limit": {"key": function, **RATE_LIMIT}})
    ensures: list[dict[str, Any]] = [{"returns": "output"}]
    if kind not in {"read", "rate_limit"}:
        event = {"create": "creation", "update": "update", "delete": "deletion"}.get(kind, "action")
        ensures.append({"audit_log": f"{snake}_{event}"})

    pascal = _pascal(resource)
    return {
        "name": f"fallback_{kind}",
        "version": 1,
        "description": f"Basic {kind.replace('_', ' ')} contract (no template matched): {text}"[
            :300
        ],
        "patterns": [text[:120]],
        "examples": [text[:300]],
        "layer": "business" if kind == "read" else "action",
        "endpoint": {"method": _METHODS.get(kind, "POST"), "path": path, "function": function},
        "input": {"model": pascal + _INPUT_SUFFIX.get(kind, "Request"), "fields": input_fields},
        "output": {"model": pascal, "fields": output_fields},
        "requires": requires,
        "ensures": ensures,
        "checklist": [
            "No template matched this function: review the basic contract and tighten it "
            "(roles, ownership, rate limit, business rules) before release",
        ],
    }


def plan_fallback(tokens: Sequence[Token], description: str) -> Fallback:
    """Choose the basic contract for a description's tokens and synthesize its Template."""
    kind, verb_token = _kind(tokens)
    admin = any(token.term == "@admin" for token in tokens)
    throttle = any(token.term == "@throttle" for token in tokens)
    text = " ".join(split_words(description))[:300] or kind
    resource = _resource_words(tokens) or ["item"]
    if kind == "basic" and len(resource) > 1:
        resource = resource[1:]  # the first word is most likely an unknown verb ("approve")
    resource = resource[:_MAX_WORDS]
    function_words = _function_words(tokens, kind, resource)
    try:
        template = Template.model_validate(
            _data(
                kind=kind,
                resource=resource,
                function_words=function_words,
                admin=admin,
                throttle=throttle,
                text=text,
            )
        )
    except ValidationError:  # the description's words make no valid names: neutral ones do
        neutral = [kind, "item"] if kind in ACTION_CONCEPTS else ["item"]
        template = Template.model_validate(
            _data(
                kind=kind,
                resource=["item"],
                function_words=neutral,
                admin=admin,
                throttle=throttle,
                text=kind,
            )
        )

    reasons = []
    if verb_token is not None:
        typed = verb_token.corrected_from or verb_token.surface
        reasons.append(f'"{typed}" asks for the basic {kind.replace("_", " ")} contract')
    else:
        reasons.append("no action verb recognised: the basic contract")
    if admin and kind != "admin":
        reasons.append('"admin" asks for the admin role')
    if throttle and kind != "rate_limit":
        reasons.append(f"a rate limit of {RATE_LIMIT['limit']} per {RATE_LIMIT['per']} is added")
    reasons.append(f"contract: {_describe(template)}")
    return Fallback(kind, reasons, template)


def _describe(template: Template) -> str:
    parts: list[str] = []
    for condition in template.conditions:
        value = getattr(condition, condition.kind)
        if condition.kind == "rate_limit":
            parts.append(f"rate_limit {value.limit}/{value.per}")
        elif condition.kind == "owns":
            parts.append(f"owns {condition.spec.field}")  # type: ignore[union-attr]
        else:
            parts.append(f"{condition.kind} {value}")
    return ", ".join(parts)
