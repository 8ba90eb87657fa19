"""The tool's own models skip pydantic's plugin look-up; a user's models still get plugins."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import pydantic.plugin._loader as plugins
from scaffold.catalog import load_catalog
from scaffold.generate._fields import model
from scaffold.matching import match

catalog = load_catalog(None, include_user=False)
for template in catalog:
    model("Sample", template.input.fields, forbid_extra=True)
match("update profile", catalog)
print("looked up by the tool:", plugins._plugins is not None)

from pydantic import BaseModel

class Mine(BaseModel):
    name: str

print("looked up for a user's model:", plugins._plugins is not None)
"""


def test_only_models_outside_the_tool_look_plugins_up() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[-2:] == ["looked up by the tool: False", "looked up for a user's model: True"]
