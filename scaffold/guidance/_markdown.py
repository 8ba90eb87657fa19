"""Markdown rendering of the AI guidance (the generated part of AGENTS.md).

Every string that comes from a template goes through ``text`` or ``code``: Markdown syntax is
escaped and ``<`` is too, so no template can close the generated block or inject HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scaffold.catalog import Catalog, Template
from scaffold.contracts import ErrorType, status_for
from scaffold.guidance._decorator import contract_text, factories, literal
from scaffold.guidance._performance import performance_lines

__all__ = ["code", "render_guidance", "text"]

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")

_MEANING = {
    ErrorType.AUTHENTICATION_REQUIRED: "no caller, or the credentials were not accepted",
    ErrorType.SESSION_EXPIRED: "the caller's session has expired",
    ErrorType.INSUFFICIENT_ROLE: "the caller lacks the role the contract requires",
    ErrorType.OWNERSHIP_DENIED: "the record belongs to someone else",
    ErrorType.VALIDATION_FAILED: "the input does not match the input model",
    ErrorType.INVALID_BULK_INPUT: "the batch is not a list of valid items",
    ErrorType.BULK_TOO_LARGE: "the batch has too many (or too few) items",
    ErrorType.RATE_LIMIT_EXCEEDED: "too many calls; the response carries Retry-After",
    ErrorType.BUSINESS_RULE_VIOLATION: "a business rule of the template does not hold",
    ErrorType.OUTPUT_VALIDATION_FAILED: "the function returned data that breaks the output model",
    ErrorType.INVARIANT_VIOLATION: "the result breaks an invariant of the template",
    ErrorType.CONDITION_ERROR: "a check itself crashed; the call is denied (fail closed)",
    ErrorType.AUDIT_FAILED: "the audit record could not be written; the call is denied",
}
_LAYERS = (
    ("presentation", "login and session: who is calling, is the session still valid"),
    ("action", "permissions, input validation and rate limits for the action requested"),
    ("business", "ownership and business rules: may this caller do this to this record"),
    ("data", "final checks before data is stored or returned, and the audit trail"),
)
_CHECKLIST = (
    "Every endpoint that reads private data or changes data is guarded by `@contract` with "
    "`auth(...)`; public endpoints say so with a rate limit and no `auth`.",
    "Input is declared as a pydantic model and checked with `validates(...)`; never read "
    "`request.json()` or `request.body()` directly.",
    "Records addressed by an id in the path are checked with `owns(...)` unless the template "
    "says an admin role may bypass it.",
    'Role checks use `auth("admin")` (or higher), never a comparison in the function body.',
    "Data-changing endpoints have a rate limit and an `audit_log(...)` event.",
    "Responses are declared with `returns(...)`, so private fields never leak.",
    "SQL uses bound parameters or the ORM; no string formatting into queries.",
    "Secrets come from the environment, never from source code or logs.",
    "Run `scaffold analyze .` before a pull request; it must report no high or critical finding.",
)


def text(value: str) -> str:
    """Plain text from a template, safe in a Markdown paragraph or list item."""
    return _SPECIAL.sub(r"\\\1", " ".join(value.split()))


def code(value: str) -> str:
    """Inline code from a template (a keyword, a path), safe whatever backticks it holds."""
    flat = " ".join(value.split()).replace("<", "\u2039")
    fence = "``" if "`" in flat else "`"
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def _command(template: Template) -> str:
    phrase = template.patterns[0].replace('"', "'").replace("`", "'").replace("$", "")
    return f'scaffold new function "{phrase}" --template {template.name}'


def _template(template: Template) -> list[str]:
    endpoint = template.endpoint
    lines = [
        f"### `{template.name}` ({template.layer} layer)",
        "",
        text(template.description) + ".",
        "",
        "Use it when: " + "; ".join(text(e) for e in template.examples) + ".",
        "",
        "Keywords: " + ", ".join(code(p) for p in template.patterns) + ".",
        "",
        f"Endpoint: {code(endpoint.method + ' ' + endpoint.path)}, function "
        f"`{endpoint.function}`, input `{template.input.model}`, output `{template.output.model}`.",
        "",
        "Generate it:",
        "",
        "```bash",
        _command(template),
        "```",
        "",
        "The decorator it produces (import "
        + ", ".join(f"`{name}`" for name in factories(template))
        + " from `scaffold.contracts`):",
        "",
        "```python",
        f"@router.{endpoint.method.lower()}({literal(endpoint.path)})",
        contract_text(template),
        "```",
        "",
    ]
    if template.checklist:
        lines += ["Checklist:", ""]
        lines += [f"- {text(item)}" for item in template.checklist]
        lines.append("")
    return lines


def _mcp_section(configs: Sequence[str]) -> list[str]:
    """How to reach the same steps through the MCP server, when the project registers it."""
    return [
        "## MCP server",
        "",
        "This project registers the contract-scaffold MCP server (`scaffold mcp`) in "
        + ", ".join(code(name) for name in configs)
        + ". When your client has it, call its tools instead of the commands above: `match`, "
        "then `plan` (it writes nothing; show the user the function specification and the "
        "diff), then `apply` with the plan's `plan_id`; `analyze` and `checklist` for reviews. "
        "The prompt `add_secured_function` walks through these steps. Call `apply` with "
        "`force=true` only when the user agreed after seeing the files it would overwrite.",
        "",
    ]


def render_guidance(catalog: Catalog, *, mcp_configs: Sequence[str] = ()) -> str:
    """The generated guidance, without the markers.

    ``mcp_configs`` names the project's MCP configuration files that register
    ``scaffold mcp``; when there are any, a section says to use the server's tools.
    """
    order = [name for name, _ in _LAYERS]
    templates = sorted(catalog.templates.values(), key=lambda t: (order.index(t.layer), t.name))
    lines = [
        "# Security contracts: instructions for AI coding assistants",
        "",
        "Every endpoint in this project is guarded by a security contract from the scaffold "
        "registry. When you add or change an endpoint, start from a template instead of writing "
        "the checks by hand:",
        "",
        '1. Find the template that fits: `scaffold match "what the function does"`.',
        '2. Preview the code: `scaffold new function "what the function does" --dry-run` '
        "(add `--template NAME` to choose one, `--name NAME` to name the function).",
        "3. Write it: the same command without `--dry-run`; it adds the endpoint, its pydantic "
        "schemas, a pytest suite proving each clause, and a checklist.",
        "4. Fill in the function body only. Never remove or weaken a condition of `@contract`; "
        "if a template does not fit, add a template to `.scaffold/registry/` instead.",
        "5. Run the generated tests and `scaffold analyze .` before you finish.",
        "",
        *(_mcp_section(mcp_configs) if mcp_configs else []),
        "## Templates",
        "",
        "| Template | Layer | Use it for | Keywords |",
        "| --- | --- | --- | --- |",
    ]
    for template in templates:
        lines.append(
            f"| `{template.name}` | {template.layer} | {text(template.description)} | "
            + ", ".join(code(p) for p in template.patterns[:4]).replace("|", "\\|")
            + " |"
        )
    lines.append("")
    for template in templates:
        lines += _template(template)
    lines += ["## Security checklist for every endpoint", ""]
    lines += [f"- [ ] {item}" for item in _CHECKLIST]
    lines += ["", "## Layer guidelines", ""]
    lines += [f"- **{name}**: {what}." for name, what in _LAYERS]
    lines += [
        "",
        "Put each check in the lowest layer that knows enough to make it, and declare it in "
        "the contract rather than in the function body.",
        "",
        "## Error handling",
        "",
        "A failed condition raises `ContractViolationError`; its `type` is a stable code. "
        "With `scaffold.contracts.fastapi.install(app, resolver)` the service answers:",
        "",
        "| Code | Status | Meaning |",
        "| --- | --- | --- |",
    ]
    lines += [
        f"| `{error.value}` | {status_for(error)} | {_MEANING[error]} |" for error in ErrorType
    ]
    lines += [
        "",
        "In production (`SCAFFOLD_ENV=production`) bodies carry only a safe message; in "
        "development they also carry the contract, layer and details. Do not catch "
        "`ContractViolationError` in endpoint code, and never put secrets or personal data in "
        "exception messages.",
        "",
    ]
    lines += performance_lines()
    return "\n".join(lines) + "\n"
