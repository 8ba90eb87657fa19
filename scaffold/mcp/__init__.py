"""An MCP (Model Context Protocol) server, so AI assistants call the tool directly.

``scaffold mcp`` serves match, plan, apply, analyze, checklist, list_templates and
show_template over stdio (or streamable HTTP on the loopback interface), the registry's
templates as resources, and a prompt that walks a model through match, plan and apply. Every
path stays inside the root the server was started with; plans live in the server's memory and
``apply`` writes exactly what was planned, or nothing. Needs the ``mcp`` extra
(``pip install "contract-scaffold[mcp]"``).
"""

from scaffold.mcp._models import (
    AnalyzeResult,
    ApplyResult,
    Candidate,
    ChecklistResult,
    FunctionOptions,
    FunctionSpec,
    MatchResult,
    PlanResult,
    TemplateDetail,
    TemplateList,
)
from scaffold.mcp._server import INSTRUCTIONS, SERVER_NAME, build_server
from scaffold.mcp._tools import Tools
from scaffold.mcp._workspace import PlanStore, Root

__all__ = [
    "INSTRUCTIONS",
    "SERVER_NAME",
    "AnalyzeResult",
    "ApplyResult",
    "Candidate",
    "ChecklistResult",
    "FunctionOptions",
    "FunctionSpec",
    "MatchResult",
    "PlanResult",
    "PlanStore",
    "Root",
    "TemplateDetail",
    "TemplateList",
    "Tools",
    "build_server",
]
