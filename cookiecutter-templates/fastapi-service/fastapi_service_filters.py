"""Jinja filters of the fastapi-service template: user text becomes a safe literal.

``scaffold new project`` rejects control characters and line breaks before rendering, so
escaping quotes and backslashes is all it takes. Loaded by cookiecutter through ``_extensions``.
"""

from __future__ import annotations

import json

from jinja2 import Environment
from jinja2.ext import Extension


def py_string(value: object) -> str:
    """A Python string literal quoted the way ``ruff format`` leaves it."""
    text = str(value).replace("\\", "\\\\")
    quote = "'" if text.count('"') > text.count("'") else '"'
    return quote + text.replace(quote, "\\" + quote) + quote


def toml_string(value: object) -> str:
    """A TOML basic string (double-quoted, JSON escapes)."""
    return json.dumps(str(value), ensure_ascii=False)


class LiteralsExtension(Extension):
    """Registers the ``py_string`` and ``toml_string`` filters."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters["py_string"] = py_string
        environment.filters["toml_string"] = toml_string
