"""Generate secured functions into a project: plan, preview as a diff, apply atomically.

``derive_spec`` turns a description into a ``FunctionSpec`` (what the function is);
``plan_function`` renders every file in memory and returns a ``Plan``; ``render_diff`` shows it
as a unified diff; ``apply_plan`` writes it all or nothing. ``find_project`` locates the
project and the folders generated code goes to. The CLI (``scaffold new function``) is a thin
layer over these.
"""

from typing import TYPE_CHECKING, Any

from scaffold.generate._apply import ApplyError, apply_plan
from scaffold.generate._derive import derive_spec
from scaffold.generate._function import plan_function, render_recorded
from scaffold.generate._manifest import (
    FileState,
    Manifest,
    ManifestEntry,
    base_relpath,
    file_states,
    read_base,
)
from scaffold.generate._names import check_name, name_from_description
from scaffold.generate._plan import (
    BASE_PURPOSE,
    FileChange,
    Plan,
    content_hash,
    read_project_text,
    render_diff,
)
from scaffold.generate._project import Project, find_project
from scaffold.generate._served import check_route_free, find_collision
from scaffold.generate._spec import FunctionSpec, parse_field

if TYPE_CHECKING:
    from scaffold.generate._selftest import TemplateReport, selftest_templates

__all__ = [
    "BASE_PURPOSE",
    "ApplyError",
    "FileChange",
    "FileState",
    "FunctionSpec",
    "Manifest",
    "ManifestEntry",
    "Plan",
    "Project",
    "TemplateReport",
    "apply_plan",
    "base_relpath",
    "check_name",
    "check_route_free",
    "content_hash",
    "derive_spec",
    "file_states",
    "find_collision",
    "find_project",
    "name_from_description",
    "parse_field",
    "plan_function",
    "read_base",
    "read_project_text",
    "render_diff",
    "render_recorded",
    "selftest_templates",
]


def __getattr__(name: str) -> Any:
    # The self-test (``scaffold registry test``) is imported on first use: with its XML
    # reading it is a cost every ``scaffold new function`` paid for nothing.
    if name in ("TemplateReport", "selftest_templates"):
        from scaffold.generate import _selftest

        return getattr(_selftest, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
