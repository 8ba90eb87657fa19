"""Project bootstrap: ``scaffold new project`` over cookiecutter, safe by default.

The one module that talks to cookiecutter is ``_cookiecutter``; everything else here works on
plain paths and dicts. Untrusted templates never run code (hooks, their own Jinja extensions)
and render in Jinja's sandbox; a project appears whole or not at all.
"""

from scaffold.bootstrap._builtin import BUILTIN_TEMPLATES, DEFAULT_TEMPLATE, builtin_dir
from scaffold.bootstrap._functions import GeneratedFunction
from scaffold.bootstrap._project import (
    Progress,
    ProjectRequest,
    ProjectResult,
    create_project,
    template_code,
)
from scaffold.bootstrap._validate import parse_extra_context

__all__ = [
    "BUILTIN_TEMPLATES",
    "DEFAULT_TEMPLATE",
    "GeneratedFunction",
    "Progress",
    "ProjectRequest",
    "ProjectResult",
    "builtin_dir",
    "create_project",
    "parse_extra_context",
    "template_code",
]
