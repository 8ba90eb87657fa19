"""Checks on a template's answers, run before anything is written (with or without prompts).

Cookiecutter itself checks choices and booleans given as extra context; these add what it lets
through: unknown ``--extra-context`` keys (a typo would be silently ignored), and for the
built-in templates the rules their generated code depends on (a package name Python can
import, single-line text that the template quotes safely).
"""

from __future__ import annotations

import difflib
import keyword
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from scaffold.errors import UserError

__all__ = ["check_answers", "check_extra_keys", "parse_extra_context"]

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_PACKAGE = re.compile(r"[a-z][a-z0-9_]*\Z")
# Names a service package must not take: it would shadow what the service imports.
_TAKEN = frozenset(
    {"scaffold", "fastapi", "pydantic", "pydantic_settings", "starlette", "uvicorn", "limits"}
    | {"tests", "test", "app", "src"}
)
# Characters that would end or break a quoted one-line value: controls and line breaks.
_BREAKING = frozenset({"Cc", "Cs", "Zl", "Zp"})
# Characters README.md would carry as they are, unseen: zero-width ones, and bidirectional
# overrides and isolates that make the text display in another order ("Trojan Source").
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def parse_extra_context(items: Iterable[str]) -> dict[str, str]:
    """``["key=value", ...]`` to a dict; the last value of a repeated key wins."""
    parsed: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not _KEY.match(key):
            raise UserError(
                f"--extra-context expects key=value, got {item!r}",
                hint="e.g. --extra-context package_slug=billing",
            )
        parsed[key] = value
    return parsed


def check_extra_keys(variables: Mapping[str, Any], extra: Mapping[str, Any], where: str) -> None:
    """Every extra-context key must be a variable of the template."""
    known = [key for key in variables if not key.startswith("__")]
    for key in extra:
        if key not in variables:
            close = difflib.get_close_matches(key, known, n=3)
            hint = f"did you mean {', '.join(close)}?" if close else f"known: {', '.join(known)}"
            raise UserError(
                f"--extra-context {key}: template {where} has no such variable", hint=hint
            )


def _package_name(name: str, value: Any) -> None:
    text = str(value)
    if not _PACKAGE.match(text):
        raise UserError(
            f"{name} {text!r} is not a valid Python package name: use lowercase letters, digits "
            "and underscores, starting with a letter",
            hint=f"e.g. --extra-context {name}=billing_service",
        )
    if keyword.iskeyword(text) or keyword.issoftkeyword(text):
        raise UserError(f"{name} {text!r} is a Python keyword", hint="choose another name")
    if text in sys.stdlib_module_names or text in _TAKEN:
        raise UserError(
            f"{name} {text!r} would shadow the module of the same name",
            hint=f"choose another name, e.g. {text}_service",
        )


def _one_line(name: str, value: Any, *, required: bool) -> None:
    text = str(value)
    if required and not text.strip():
        raise UserError(f"{name} must not be empty", hint=f"--extra-context {name}=...")
    bad = sorted({f"U+{ord(c):04X}" for c in text if unicodedata.category(c) in _BREAKING})
    if bad:
        raise UserError(
            f"{name} must be one line of text without control characters ({', '.join(bad)})"
        )
    if (found := _INVISIBLE.search(text)) is not None:
        raise UserError(
            f"{name} has an invisible or bidirectional control character "
            f"(U+{ord(found.group()):04X} at position {found.start()}), which README.md "
            "would carry unseen",
            hint=f"type {name} again without it",
        )


Rule = Callable[[str, Any], None]

# The rules of each built-in template, by variable.
_BUILTIN_RULES: Mapping[str, Mapping[str, Rule]] = {
    "fastapi-service": {
        "project_name": lambda name, value: _one_line(name, value, required=True),
        "description": lambda name, value: _one_line(name, value, required=False),
        "package_slug": _package_name,
    },
}


def check_answers(builtin: str | None, answers: Mapping[str, Any]) -> None:
    """Apply a built-in template's rules to its answers (other templates have none here)."""
    rules = _BUILTIN_RULES.get(builtin or "", {})
    for name, rule in rules.items():
        if name in answers:
            rule(name, answers[name])
