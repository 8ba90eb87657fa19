"""The typed inputs and outputs of the MCP tools.

Pydantic models, so the SDK publishes a JSON schema for each tool's arguments and result and
a client gets structured content it can read without parsing text. Field descriptions are
written for a model choosing what to send.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AnalyzeResult",
    "ApplyResult",
    "Candidate",
    "ChecklistItem",
    "ChecklistResult",
    "ChecklistSection",
    "FieldInfo",
    "FindingInfo",
    "FunctionOptions",
    "FunctionSpec",
    "MatchResult",
    "PlanResult",
    "PlannedFile",
    "TemplateDetail",
    "TemplateList",
    "TemplateSummary",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FunctionOptions(_Model):
    """The options of ``scaffold new function``, as the ``plan`` tool takes them.

    ``dry_run`` is the ``plan`` tool itself and ``force`` belongs to ``apply``; ``yes`` has no
    meaning here because the server never asks (a close second match is named in the plan's
    warnings instead).
    """

    name: str | None = Field(
        default=None,
        description="Name of the function and of its files, snake_case (default: made from "
        "the description's words).",
    )
    template: str | None = Field(
        default=None,
        description="Template to generate from: a name from list_templates or match, or a "
        "fallback:<kind> candidate that match returned (default: the best match).",
    )
    method: str | None = Field(
        default=None, description="HTTP method (default: from the description's verb)."
    )
    path: str | None = Field(
        default=None,
        description="URL path such as /invoices/{invoice_id} (default: from the description).",
    )
    fields: list[str] = Field(
        default_factory=list,
        description="Input fields as NAME:TYPE[:CONSTRAINT...], e.g. amount:decimal:gt=0 or "
        "note:str:max=500:optional. Types: str, int, float, decimal, bool, date, datetime, "
        "email, uuid, list[TYPE]. Default: derived from the description.",
    )
    output_fields: list[str] = Field(
        default_factory=list, description="Output fields, in the syntax of fields."
    )


class Candidate(_Model):
    """One ranked template for a description."""

    template: str = Field(description="Template name, or fallback:<kind> for a basic contract.")
    score: float = Field(description="0 to 1; how well the template fits.")
    fallback: bool = Field(description="True when this is the basic contract for the verb.")
    version: int = Field(description="The template's version.")
    reasons: list[str] = Field(description="Why it ranks here, one reason a line.")
    signals: dict[str, Any] | None = Field(
        default=None,
        description="What the matcher read in the description (roles, scope, danger, ...), "
        "when it reports them.",
    )


class MatchResult(_Model):
    description: str
    candidates: list[Candidate] = Field(description="Best first; never empty.")


class FieldInfo(_Model):
    name: str
    type: str
    required: bool
    constraints: dict[str, Any] = Field(
        default_factory=dict, description="min_length, max_value, pattern, ... as declared."
    )


class FunctionSpec(_Model):
    """What the generated function is: its name, route, input, output and contract."""

    name: str
    description: str
    operation: str = Field(description="create, read, list, update, delete, action, ...")
    resource: str = Field(description="The URL collection the function works on.")
    scope: str = Field(description="own, other, all or public: whose records it reaches.")
    ownership: str = Field(
        description="record: the owner is stored at create and checked on load; user: the "
        "record is the caller's own user; none."
    )
    status: int = Field(description="The HTTP status of a success.")
    notes: list[str] = Field(default_factory=list, description="Choices the derivation made.")
    template: str
    template_version: int
    method: str
    path: str
    input_model: str
    input_fields: list[FieldInfo]
    output_model: str
    output_fields: list[FieldInfo]
    contract: str = Field(description="The @contract(...) decorator the endpoint gets.")


class PlannedFile(_Model):
    path: str = Field(description="Relative to the project root.")
    action: Literal["create", "modify", "overwrite", "unchanged"] = Field(
        description="overwrite replaces content scaffold must not replace without force."
    )
    purpose: str
    reason: str = Field(default="", description="Why an overwrite needs force.")


class PlanResult(_Model):
    """A plan: nothing has been written. Pass plan_id to apply to write it."""

    plan_id: str
    project: str = Field(description="The project's root, relative to the server's root.")
    spec: FunctionSpec
    files: list[PlannedFile]
    diff: str = Field(description="Unified diff of every file the plan writes.")
    needs_force: bool = Field(description="True when apply must be called with force=true.")
    nothing_to_do: bool = Field(description="True when the function is already up to date.")
    notes: list[str] = Field(description="Lines to add by hand, if any.")
    warnings: list[str] = Field(description="What the user should know before applying.")
    test_command: str = Field(description="The command that runs the generated tests.")


class ApplyResult(_Model):
    plan_id: str
    written: list[str] = Field(description="Files written, relative to the project root.")
    test_command: str = Field(description="Run it to prove the new contract.")


class FindingInfo(_Model):
    rule: str
    name: str
    severity: Literal["low", "medium", "high", "critical"]
    message: str
    file: str
    line: int
    function: str
    route: str
    suggested_template: str | None = Field(
        default=None, description="The registry template that would fix it, if one fits."
    )
    suggested_contract: str | None = None


class AnalyzeResult(_Model):
    root: str
    files_scanned: int
    handlers: int
    unprotected_handlers: int
    findings: list[FindingInfo] = Field(description="Most severe first.")
    skipped: list[str] = Field(description="Files not analyzed, with the reason.")


class ChecklistItem(_Model):
    id: str
    title: str
    detail: str
    status: Literal["pass", "fail", "manual"]
    reason: str


class ChecklistSection(_Model):
    id: str
    title: str
    items: list[ChecklistItem]


class ChecklistResult(_Model):
    root: str
    passed: int
    failed: int
    manual: int
    sections: list[ChecklistSection]
    unread: list[str] = Field(
        default_factory=list,
        description="Files that could not be read, with the reason: no check covers them.",
    )


class TemplateSummary(_Model):
    name: str
    version: int
    source: str = Field(description="built-in, project, or registry:<name>.")
    layer: str
    description: str
    patterns: list[str] = Field(description="Phrases the template answers to.")
    uri: str = Field(description="The resource that holds the template's YAML.")


class TemplateList(_Model):
    templates: list[TemplateSummary]


class TemplateDetail(_Model):
    summary: TemplateSummary
    contract: str = Field(description="The @contract(...) decorator it produces.")
    template: dict[str, Any] = Field(description="The whole template, as data.")
