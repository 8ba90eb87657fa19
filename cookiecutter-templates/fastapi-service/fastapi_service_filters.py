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


# The Python versions the contract runtime is tested on; a project supports its lowest onwards.
SUPPORTED_PYTHONS = ("3.10", "3.11", "3.12", "3.13", "3.14")


def pythons_from(lowest: object) -> list[str]:
    """The supported Python versions from ``lowest`` up, for classifiers and the CI matrix."""
    minor = int(str(lowest).split(".")[1])
    return [version for version in SUPPORTED_PYTHONS if int(version.split(".")[1]) >= minor]


def toml_string(value: object) -> str:
    """A TOML basic string (double-quoted, JSON escapes)."""
    return json.dumps(str(value), ensure_ascii=False)


class LiteralsExtension(Extension):
    """Registers the ``py_string``, ``toml_string`` and ``pythons_from`` filters."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters["py_string"] = py_string
        environment.filters["toml_string"] = toml_string
        environment.filters["pythons_from"] = pythons_from
