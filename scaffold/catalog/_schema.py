"""The JSON Schema of a template file, generated from the model.

Published at ``docs/registry-schema.json`` (a test fails when it is stale) and referenced from
each template with ``# yaml-language-server: $schema=...`` so editors check templates as
people type. Regenerate it with ``scaffold registry schema --output docs/registry-schema.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scaffold._atomic_file import write_text_atomic
from scaffold.catalog._model import Template

__all__ = ["SCHEMA_URL", "schema_text", "template_json_schema", "write_schema"]

SCHEMA_URL = (
    "https://raw.githubusercontent.com/contract-scaffold/contract-scaffold/main/"
    "docs/registry-schema.json"
)


def template_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that a template file's content satisfies."""
    schema = Template.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_URL,
        **schema,
        "title": "contract-scaffold template",
    }


def schema_text() -> str:
    """The schema as the exact text of ``docs/registry-schema.json``."""
    return json.dumps(template_json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path) -> None:
    """Write the schema to ``path`` atomically, as a file the user commits (umask mode)."""
    write_text_atomic(path, schema_text())
