"""A specification read back holds only values that scaffold itself could have written.

The manifest is committed with the project, so anyone who can change a file can change the
specification ``scaffold update`` and ``scaffold status`` render from. Generation checks what
a user types (names, ``--method``, ``--path``, ``--field``); ``FunctionSpec.from_json`` passes
every value it reads through the same shapes here before any of them reaches a template, or an
edited manifest would put its text into the generated code (an HTTP method is written as the
router's attribute, unquoted). Field bounds are checked where each field is validated, as a
template's are.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from scaffold.errors import UserError
from scaffold.generate._spec import OPERATIONS, SCOPES

if TYPE_CHECKING:
    from scaffold.catalog import FieldSpec
    from scaffold.generate._spec import FunctionSpec

__all__ = ["check_recorded_spec"]

_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_MODEL = re.compile(r"[A-Z][A-Za-z0-9]*")
# Up to 40 characters, not today's 32 (``MAX_FIELD_LENGTH``): plans written before 7 December
# could record such names, and a spec read back is checked against what scaffold could write.
_FIELD = re.compile(r"[a-z][a-z0-9_]{0,39}")
# The route shapes catalog templates and ``--path`` accept.
_PATH = re.compile(r"/|(?:/(?:[A-Za-z0-9._~-]+|\{[a-z][a-z0-9_]*\}))+")
_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_OWNERSHIP = frozenset({"record", "user", "none"})


def _identifier(pattern: re.Pattern[str]) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        return (
            isinstance(value, str)
            and pattern.fullmatch(value) is not None
            and not keyword.iskeyword(value)
        )

    return check


def _fields(fields: Mapping[str, FieldSpec]) -> bool:
    return all(_identifier(_FIELD)(name) for name in fields)


def check_recorded_spec(name: str, spec: FunctionSpec, source: str) -> None:
    """Refuse ``spec`` (recorded in ``source`` for function ``name``) unless every value has
    a shape scaffold writes: ``UserError`` naming the first value that does not."""
    checks: dict[str, tuple[Any, Callable[[Any], bool]]] = {
        "name": (spec.name, lambda value: value == name),
        "operation": (spec.operation, lambda value: value in OPERATIONS),
        "action": (spec.action, lambda value: value is None or _identifier(_SNAKE)(value)),
        "resource": (spec.resource, _identifier(_KEBAB)),
        "item": (spec.item, _identifier(_SNAKE)),
        "scope": (spec.scope, lambda value: value in SCOPES),
        "method": (spec.method, lambda value: value in _METHODS),
        "status": (spec.status, lambda value: type(value) is int and 200 <= value <= 299),
        "path": (spec.path, lambda value: _PATH.fullmatch(value) is not None),
        "input_model": (spec.input_model, _identifier(_MODEL)),
        "output_model": (spec.output_model, _identifier(_MODEL)),
        "inputs": (spec.inputs, _fields),
        "outputs": (spec.outputs, _fields),
        "ownership": (spec.ownership, lambda value: value in _OWNERSHIP),
        "role": (spec.role, lambda value: value is None or _identifier(_SNAKE)(value)),
        "once_per": (spec.once_per, lambda value: value is None or value in spec.inputs),
    }
    for key, (value, allowed) in checks.items():
        if not allowed(value):
            shown = sorted(value) if key in ("inputs", "outputs") else value
            raise UserError(
                f"{name}: {source} records {key} {shown!r}, which scaffold never writes; "
                "nothing was rendered from it",
                hint="restore the manifest from version control, or regenerate the function "
                "with `scaffold new function ... --force`",
            )
