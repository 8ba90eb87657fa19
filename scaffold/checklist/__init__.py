"""The production deployment checklist, and its verification against a project.

``build_checklist()`` lists the items; ``build_checklist(path, verify=True)`` checks what the
project shows (parsed with ``ast`` and a YAML loader, never imported) and marks each item
pass, fail or manual with the reason. ``to_markdown`` / ``to_json`` render either.
"""

from scaffold.checklist._items import SECTIONS, Item, Section
from scaffold.checklist._model import Checklist, Entry, SectionResult, build_checklist
from scaffold.checklist._render import to_json, to_markdown
from scaffold.checklist._verify import Result, Status

__all__ = [
    "SECTIONS",
    "Checklist",
    "Entry",
    "Item",
    "Result",
    "Section",
    "SectionResult",
    "Status",
    "build_checklist",
    "to_json",
    "to_markdown",
]
