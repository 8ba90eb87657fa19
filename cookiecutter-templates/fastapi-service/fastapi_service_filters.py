"""Jinja filters of the fastapi-service template: user text becomes a quoted literal.

``{{ value|quoted }}`` renders a double-quoted string that is valid Python, TOML and YAML at
once (``scaffold new project`` rejects control characters before rendering, so only ``"`` and
``\\`` need escaping). Loaded by cookiecutter through ``_extensions``.
"""

from __future__ import annotations

import json

from jinja2 import Environment
from jinja2.ext import Extension


def quoted(value: object) -> str:
    """A double-quoted literal of ``value``, non-ASCII text kept as it is."""
    return json.dumps(str(value), ensure_ascii=False)


class QuotedExtension(Extension):
    """Registers the ``quoted`` filter."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters["quoted"] = quoted
