"""The MCP server: one typed function a tool, the templates as resources, one prompt.

``build_server(root)`` registers ``scaffold.mcp._tools.Tools`` with the SDK's ``MCPServer``.
The docstrings below are what a model reads when it chooses a tool, so they say when to use
each one and what comes back. A ``ScaffoldError`` becomes a tool error carrying the CLI's
one-line message (``is_error`` with the text, which the model can read and act on); anything
else is a crash, which the SDK reports without details.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import Field

from scaffold import __version__
from scaffold.errors import ScaffoldError
from scaffold.mcp._models import (
    AnalyzeResult,
    ApplyResult,
    ChecklistResult,
    FunctionOptions,
    MatchResult,
    PlanResult,
    TemplateDetail,
    TemplateList,
)
from scaffold.mcp._tools import TEMPLATE_URI, Tools

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer

__all__ = ["INSTRUCTIONS", "SERVER_NAME", "build_server"]

SERVER_NAME = "contract-scaffold"
INSTRUCTIONS = (
    "Secured FastAPI endpoints from security-contract templates. To add an endpoint: call "
    "match with what the function does, then plan (nothing is written; show the user the "
    "spec and the diff), then apply with the plan_id once the user agrees. Never pass "
    "force=true unless the user has seen which of their files would be overwritten. Use "
    "analyze to find unprotected routes and checklist before a release. Every path is "
    "relative to the server's root."
)

ProjectArg = Annotated[
    str,
    Field(description="Project folder, relative to the server's root (default: the root)."),
]


@contextmanager
def _one_line_errors() -> Iterator[None]:
    """A ``ScaffoldError`` becomes a tool error with the CLI's message."""
    from mcp.server.mcpserver.exceptions import ToolError

    try:
        yield
    except ScaffoldError as error:
        raise ToolError(str(error)) from None


def _prompt_text(description: str) -> str:
    return (
        f"Add a secured endpoint to this project: {description!r}.\n\n"
        "Work through the contract-scaffold tools, in this order:\n"
        "1. Call `match` with the description. Read the ranked candidates, their scores and "
        "reasons. If the best candidate is a fallback, or two candidates are close, tell me "
        "which contract you would pick and why before going on.\n"
        "2. Call `plan` with the description (and `options.template` or `options.name` if "
        "needed). Nothing is written yet. Show me the function specification (method, path, "
        "input and output fields, the @contract decorator), the list of files with their "
        "actions, the warnings, and the diff.\n"
        "3. If a file's action is `overwrite`, stop and ask me: never call `apply` with "
        "`force=true` unless I said so after seeing which of my files would change.\n"
        "4. When I agree, call `apply` with the `plan_id`. If it says the project changed "
        "since the plan, call `plan` again and show me the new diff.\n"
        "5. Run the `test_command` it returns, then fill in only the service function's body. "
        "Never remove or weaken a condition of the `@contract` decorator; if the contract "
        "does not fit, say so instead of editing it."
    )


def _server_with_template_resources(tools: Tools, **settings: Any) -> MCPServer:
    """The SDK's server, whose resource list also names each registry template.

    The templates are read when a client lists resources, not at start-up, so the catalog
    (and the project's own templates, which may change while the server runs) costs nothing
    until asked for.
    """
    import anyio.to_thread
    from mcp.server.mcpserver import MCPServer
    from mcp.types import Resource

    class ScaffoldServer(MCPServer[Any]):
        async def list_resources(self) -> list[Resource]:
            listed = await super().list_resources()
            try:
                found = await anyio.to_thread.run_sync(tools.list_templates)
            except ScaffoldError:
                # A broken project registry: reading scaffold://templates reports it.
                return listed
            return [
                *listed,
                *(
                    Resource(
                        uri=template.uri,
                        name=template.name,
                        description=template.description,
                        mime_type="application/yaml",
                    )
                    for template in found.templates
                ),
            ]

    return ScaffoldServer(SERVER_NAME, **settings)


def build_server(root: str | Path) -> MCPServer:
    """An MCP server over the project tools, confined to ``root``."""
    from mcp.server.mcpserver.exceptions import ResourceNotFoundError
    from mcp.types import ToolAnnotations

    tools = Tools(root)
    server = _server_with_template_resources(
        tools,
        title="contract-scaffold",
        instructions=INSTRUCTIONS,
        version=__version__,
        log_level="WARNING",
    )
    reading = ToolAnnotations(read_only_hint=True, open_world_hint=False)

    @server.tool(annotations=reading)
    def match(
        description: Annotated[
            str, Field(description="What the function does, e.g. 'update profile'.")
        ],
        project: ProjectArg = ".",
        limit: Annotated[int, Field(ge=1, le=50, description="How many candidates.")] = 5,
    ) -> MatchResult:
        """Rank the security-contract templates for a function description, best first.

        Use it before `plan` to see which contract fits: each candidate has a score (0-1),
        the reasons, and what the matcher read in the description. A `fallback:<kind>`
        candidate is the basic contract for the description's verb, used when no template
        fits well.
        """
        with _one_line_errors():
            return tools.match(description, project, limit)

    @server.tool(annotations=reading)
    def plan(
        description: Annotated[
            str, Field(description="What the function does, e.g. 'update profile'.")
        ],
        options: FunctionOptions | None = None,
        project: ProjectArg = ".",
    ) -> PlanResult:
        """Plan a secured endpoint for the description, exactly as `scaffold new function`.

        Writes nothing. Returns a plan_id, the function specification (method, path, fields,
        the @contract decorator), every file with its action (create, modify, overwrite,
        unchanged), warnings, and the unified diff. Show the spec and the diff to the user,
        then call `apply` with the plan_id. `needs_force` means a file the user wrote or
        edited would be replaced.
        """
        with _one_line_errors():
            return tools.plan(description, options or FunctionOptions(), project)

    @server.tool(annotations=ToolAnnotations(destructive_hint=False, open_world_hint=False))
    def apply(
        plan_id: Annotated[str, Field(description="The plan_id that `plan` returned.")],
        force: Annotated[
            bool,
            Field(
                description="Overwrite files the plan marks `overwrite`. Only when the user "
                "agreed after seeing them."
            ),
        ] = False,
    ) -> ApplyResult:
        """Write a plan made by `plan`: exactly the files and content it showed, all or nothing.

        Refuses, writing nothing, when any planned file changed since the plan (call `plan`
        again), and when the plan would overwrite a file without `force`. Returns the files
        written and the command that runs the generated contract tests.
        """
        with _one_line_errors():
            return tools.apply(plan_id, force)

    @server.tool(annotations=reading)
    def analyze(
        path: Annotated[
            str,
            Field(description="Folder or file to analyze, relative to the server's root."),
        ] = ".",
    ) -> AnalyzeResult:
        """Find route handlers without authentication, role or ownership checks.

        Reads the code with `ast` and never runs it. Each finding has a severity, the place,
        and the registry template (with its contract) that would fix it.
        """
        with _one_line_errors():
            return tools.analyze(path)

    @server.tool(annotations=reading)
    def checklist(project: ProjectArg = ".") -> ChecklistResult:
        """The production deployment checklist, verified against the project.

        Each item is pass or fail with the reason the project shows, or manual when only a
        person can check it. Use it before a release.
        """
        with _one_line_errors():
            return tools.checklist(project)

    @server.tool(annotations=reading)
    def list_templates(project: ProjectArg = ".") -> TemplateList:
        """Every security-contract template the project can use: name, layer, description."""
        with _one_line_errors():
            return tools.list_templates(project)

    @server.tool(annotations=reading)
    def show_template(
        name: Annotated[str, Field(description="Template name, from list_templates or match.")],
        project: ProjectArg = ".",
    ) -> TemplateDetail:
        """One template in full: its endpoint example, fields, conditions and checklist."""
        with _one_line_errors():
            return tools.show_template(name, project)

    @server.resource(
        TEMPLATE_URI,
        name="template",
        description="A security-contract template of the registry, as its YAML file.",
        mime_type="application/yaml",
    )
    def template_resource(name: str) -> str:
        try:
            return tools.template_yaml(name)
        except ScaffoldError as error:
            raise ResourceNotFoundError(str(error)) from None

    @server.resource(
        "scaffold://templates",
        name="templates",
        description="The registry's templates: name, version, source, layer, description.",
        mime_type="application/json",
    )
    def templates_resource() -> str:
        try:
            return tools.list_templates().model_dump_json(indent=2)
        except ScaffoldError as error:
            raise ResourceNotFoundError(str(error)) from None

    @server.prompt(
        name="add_secured_function",
        title="Add a secured function",
        description="Walk through match, plan and apply to add an endpoint guarded by a "
        "security contract.",
    )
    def add_secured_function(
        description: Annotated[str, Field(description="What the function does.")],
    ) -> str:
        return _prompt_text(description)

    return server
