"""Path parameters named so that the generated code can use their names.

A path parameter's name becomes a handler argument, a field of the input model, a local of the
contract tests and, for the record an owner check loads, the check's field. A name Python or
the generated modules already use breaks that code or its lint: ``{id}`` and ``{type}`` shadow
built-ins, ``{class}`` is a keyword, ``{model_id}`` is in pydantic's namespace, ``{store}``,
``{service}`` and ``{client}`` are names of the endpoint or its tests, and a name given twice
is no route at all. Such a parameter is renamed, in the path too, so that one name serves
everywhere; the path still matches the same URLs (a parameter's name is not part of them):
``/categories/{id}`` becomes ``/categories/{category_id}``, and the plan says so.
"""

from __future__ import annotations

import builtins
import functools
import keyword
import re
from typing import TYPE_CHECKING

from scaffold._plural import singular
from scaffold.generate._reading import tokens

if TYPE_CHECKING:
    from pydantic import TypeAdapter

__all__ = ["GENERATED_NAMES", "parameter_problem", "usable_path"]

# Names the generated endpoint, schemas, service and contract tests define, import or use as
# locals, whatever the function (tests/generate/test_parameters.py keeps this list complete).
GENERATED_NAMES = frozenset(
    {
        "action",
        "annotations",
        "app",
        "audit",
        "audit_log",
        "audited",
        "auth",
        "body",
        "broken",
        "bulk",
        "business_rule",
        "changes",
        "client",
        "clock",
        "configure",
        "context",
        "contract",
        "current",
        "data",
        "datetime",
        "delete",
        "deleted",
        "elsewhere",
        "email_exists",
        "endpoint",
        "error_responses",
        "failed",
        "field",
        "fields",
        "find",
        "found",
        "fresh",
        "frozen",
        "get",
        "get_store",
        "handled",
        "headers",
        "index",
        "input_body",
        "input_query",
        "install",
        "item",
        "key",
        "keys",
        "load",
        "mine",
        "monkeypatch",
        "now",
        "owner",
        "owns",
        "payload",
        "performed_at",
        "pytest",
        "pytestmark",
        "query",
        "quote",
        "rate_limit",
        "rate_limit_clock",
        "record",
        "records",
        "repository",
        "request",
        "reset",
        "reset_rate_limits",
        "response",
        "returns",
        "role_at_least",
        "router",
        "save",
        "search",
        "seen",
        "self",
        "send",
        "service",
        "sink",
        "store",
        "stored",
        "test_client",
        "text",
        "theirs",
        "threading",
        "timedelta",
        "timezone",
        "token",
        "unique",
        "uuid",
        "valid_input",
        "validates",
        "value",
        "wanted",
        "where",
    }
)
_PARAMETER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_BUILTINS = frozenset(dir(builtins))


@functools.cache
def _field_names() -> TypeAdapter[str]:
    """The rule a template's field names follow (built once: building it costs a millisecond)."""
    from pydantic import TypeAdapter

    from scaffold.catalog._base import FieldName

    return TypeAdapter(FieldName)


def parameter_problem(name: str) -> str | None:
    """Why ``name`` cannot be a path parameter of the generated code, else None."""
    from pydantic import ValidationError

    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return f"{name!r} is a Python keyword"
    if name in _BUILTINS:
        return f"{name!r} is a Python built-in"
    if name in GENERATED_NAMES or name.startswith("_"):
        return f"{name!r} is a name of the generated code"
    try:
        _field_names().validate_python(name)
    except ValidationError as error:
        message = str(error.errors(include_url=False)[0]["msg"])
        return message.removesuffix("; choose another field name")
    return None


def _stem(segment: str | None) -> str | None:
    """``email-settings`` -> ``email_setting``: the record a segment names, in snake_case."""
    words = tokens(segment) if segment is not None else []
    return "_".join([*words[:-1], singular(words[-1])]) if words else None


def _renamed(name: str, segment: str | None, taken: set[str]) -> str:
    stem = _stem(segment)
    candidates = [f"{stem}_{name}"] if stem and stem != name else []
    candidates += [] if name.endswith("_id") else [f"{name}_id"]
    candidates += ["record_id", *(f"record_id_{n}" for n in range(2, 100))]
    return next(c for c in candidates if c not in taken and parameter_problem(c) is None)


def usable_path(path: str) -> tuple[str, tuple[str, ...]]:
    """``path`` with each parameter the generated code cannot use renamed (module docstring),
    and a note for each."""
    segments = path.split("/")
    taken: set[str] = set()
    notes: list[str] = []
    literal: str | None = None
    for index, segment in enumerate(segments):
        found = _PARAMETER.fullmatch(segment)
        if found is None:
            literal = segment or literal
            continue
        name = found.group(1)
        problem = "it is given twice" if name in taken else parameter_problem(name)
        if problem is not None:
            new = _renamed(name, literal, taken)
            segments[index] = "{" + new + "}"
            notes.append(f"path parameter {{{name}}} is {{{new}}}: {problem}")
            name = new
        taken.add(name)
    return "/".join(segments), tuple(notes)
