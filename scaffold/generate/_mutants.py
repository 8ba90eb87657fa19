"""Semantic mutants: small changes of meaning the generated tests of a function must catch.

Deleting a clause (``_selftest``) proves each test guards its clause; these prove the tests
pin what the clause and the service *mean*: a rate limit keyed on the address instead of the
user (or back), a shorter window, a lowered role, a public endpoint that asks for sign-in, the
body overriding the path, input text that takes control and bidi-override characters again,
services that forget to save, process nothing, read instead of delete, or work on another
record than their key names or under another parent than their path names, and bulk services
that replace the stored record, touch another owner's item or answer with an item they
refused. Which mutants apply is decided from the function's contract and operation, so a
template is only scored on the promises it makes; each is applied as a text edit of the
generated endpoint or service, and an edit that finds nothing to change is reported (the
generated code no longer has the expected shape).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from scaffold.generate._design import DEFAULT_ROLES, Design
from scaffold.generate._pysource import py_str
from scaffold.generate._render_bulk import reports_handled_items
from scaffold.generate._render_service import passes_owner

__all__ = ["SemanticMutant", "semantic_mutants"]

_SHORTER = {"minute": "second", "hour": "minute", "day": "hour"}


@dataclass(frozen=True)
class SemanticMutant:
    """One change of meaning: its name, the generated file it edits, and the edit."""

    name: str
    role: str  # "endpoint", "schemas" or "service"
    pattern: str
    replacement: str | Callable[[re.Match[str]], str]
    prefix: str = ""  # text put before the module (an import the edit needs)

    def apply(self, text: str) -> str | None:
        """The mutated module, or None when the pattern is not in ``text``."""
        changed, count = re.subn(self.pattern, self.replacement, text, count=1)
        return self.prefix + changed if count else None


def _lower(role: str) -> str:
    """The role just below ``role``: what it grants, else ``user``; below ``user``, none."""
    if role == "user":
        return "None"
    below = DEFAULT_ROLES.get(role, ("user",))
    return f'"{below[0]}"' if below else "None"


def _rate_limit(design: Design) -> list[SemanticMutant]:
    found = []
    for clause in design.find("rate_limit"):
        spec: Any = clause.condition.rate_limit  # type: ignore[union-attr]
        key = re.escape(f'rate_limit("{spec.key}"')
        other = {"user": "ip", "ip": "user"}.get(spec.by)
        if other is not None:
            found.append(
                SemanticMutant(
                    f'rate limit by="{spec.by}" -> by="{other}"',
                    "endpoint",
                    rf'({key}[^)]*by=)"{spec.by}"',
                    rf'\1"{other}"',
                )
            )
        shorter = _SHORTER.get(spec.per)
        if shorter is not None:
            found.append(
                SemanticMutant(
                    f'rate limit per="{spec.per}" -> per="{shorter}"',
                    "endpoint",
                    rf'({key}[^)]*per=)"{spec.per}"',
                    rf'\1"{shorter}"',
                )
            )
    return found


def _access(design: Design) -> list[SemanticMutant]:
    found = []
    role = design.auth_role
    if design.has("auth") and role is not None:
        lower = _lower(role)
        found.append(
            SemanticMutant(
                f'auth("{role}") -> auth({lower})',
                "endpoint",
                re.escape(f'auth("{role}")'),
                f"auth({lower})",
            )
        )
    if not design.has("auth") and not design.has("owns"):
        found.append(
            SemanticMutant(
                'public endpoint requires auth("user")',
                "endpoint",
                r"requires=\[\n",
                'requires=[\n        auth("user"),\n',
                prefix="from scaffold.contracts import auth\n",
            )
        )
    if design.validated and design.has_body and design.path_params:
        found.append(
            SemanticMutant(
                "the body wins over the path",
                "endpoint",
                r"\{\*\*body, \*\*request\.path_params\}",
                "{**request.path_params, **body}",
            )
        )
    return found


def _plain_text(found: re.Match[str]) -> str:
    names = [name.strip() for name in found.group(1).split(",")]
    return " = ".join(names) + " = str"


def _text(design: Design) -> list[SemanticMutant]:
    """The input model's text types become plain ``str``, when a generated test sends NUL."""
    from scaffold.generate._fields import invalid_cases

    tested = design.validated and any(
        case.case.endswith("control_character")
        for name, spec in design.inputs.items()
        if name not in design.path_params
        for case in invalid_cases(name, spec, text_only=not design.has_body)
    )
    if not tested:
        return []
    return [
        SemanticMutant(
            "text inputs take control and bidi characters",
            "schemas",
            r"from scaffold\.contracts import ([A-Za-z, ]+)",
            _plain_text,
        )
    ]


def _service(design: Design) -> list[SemanticMutant]:
    operation = design.operation
    found = []
    if operation == "create":
        found.append(
            SemanticMutant("create does not save", "service", r"\n *store\.save\(key, record\)", "")
        )
    if operation == "bulk":
        found.append(
            SemanticMutant(
                "bulk processes nothing", "service", r"(for item in payload\.\w+):", r"\1[:0]:"
            )
        )
        if not design.bulk_delete:
            found.append(
                SemanticMutant(
                    "bulk replaces the stored record", "service", r"store\.get\(key\) or \{\}", "{}"
                )
            )
        if passes_owner(design):
            found.append(
                SemanticMutant(
                    "bulk skips the per-item owner check",
                    "service",
                    r"\n *if current\.get\(\"owner_id\", owner\) != owner:\n.*\n.*continue",
                    "",
                )
            )
        if reports_handled_items(design):
            found.append(
                SemanticMutant(
                    "bulk answers with the items it was given, refused ones too",
                    "service",
                    r"(record\[\"\w+\"\] = )handled\n",
                    rf"\1list(payload.{design.bulk_field})\n",
                )
            )
    if operation in ("delete", "purge") or design.bulk_delete:
        found.append(
            SemanticMutant("delete calls get", "service", r"store\.delete\(", "store.get(")
        )
    if design.item_operation:
        for which, other in (
            ("first", "next(iter(store.keys({})), key)"),
            ("last", "(store.keys({}) or [key])[-1]"),
        ):
            found.append(
                SemanticMutant(
                    f"the service ignores its key ({which} stored record)",
                    "service",
                    r"store\.(get|delete)\(key\)",
                    rf"store.\1({other})",
                )
            )
    for parent in design.parent_params:
        found.append(
            SemanticMutant(
                f"the service ignores the parent {parent} in its path",
                "service",
                rf"\n *(?:wanted = {parent}\n *)?if record\.get\({re.escape(py_str(parent))}\)"
                rf" != (?:{parent}|wanted):\n *raise NotFoundError\(key\)",
                "",
            )
        )
    if operation == "update" and design.method == "PATCH":
        found.append(
            SemanticMutant("PATCH drops exclude_unset", "service", r",\s*exclude_unset=True", "")
        )
    return found


def semantic_mutants(design: Design) -> list[SemanticMutant]:
    """The semantic mutants that apply to ``design``'s contract and operation."""
    return [*_rate_limit(design), *_access(design), *_text(design), *_service(design)]
