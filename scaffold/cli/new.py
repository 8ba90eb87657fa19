"""``scaffold new``: ``function`` writes a secured endpoint, its tests and checklist from a
description; ``project`` bootstraps a service from a cookiecutter template.

Thin: matching is ``scaffold.matching``, planning and writing are ``scaffold.generate``,
bootstrapping is ``scaffold.bootstrap``. Heavy imports happen inside the commands so
``scaffold --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from scaffold.cli._options import IntoOption

if TYPE_CHECKING:
    from scaffold.catalog import Catalog, Template
    from scaffold.generate import Plan, Project
    from scaffold.matching import ProjectAccess

app = typer.Typer(
    name="new",
    help="Create new things: a project from a template, a secured function in a project.",
    no_args_is_help=True,
    rich_markup_mode=None,
)

FIELD_HELP = (
    "An input field as NAME:TYPE[:CONSTRAINT...], repeatable. Types: str, int, float, "
    "decimal, bool, date, datetime, email, uuid, list[TYPE]. Constraints: min=N, max=N "
    "(length of str, email and list; value of numbers), gt=N, lt=N (numbers, exclusive), "
    "optional, multiline (str text that keeps line breaks). "
    "Example: --field amount:decimal:gt=0 --field note:str:max=500:optional"
)


def _complete_template(incomplete: str) -> list[str]:
    from scaffold.cli.registry import complete_template

    return complete_template(incomplete)


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _choose(
    description: str,
    catalog: Catalog,
    template: str | None,
    yes: bool,
    access: ProjectAccess | None = None,
) -> Template:
    """The template to generate from (``scaffold.matching.choose_template``), with the
    signals, the project's evidence and the decision's note printed; asks on a terminal."""
    from scaffold.cli.match import ask, show_reading
    from scaffold.matching import Refused, choose_template

    try:
        choice = choose_template(
            description,
            catalog,
            named=template,
            access=access,
            ask=ask if _interactive() else None,
            assume_yes=yes,
        )
    except Refused as refused:
        show_reading(refused.signals, refused.evidence)
        raise
    if choice.signals is not None and not choice.asked:  # a question showed them already
        show_reading(choice.signals, choice.evidence)
    if choice.score is not None:
        typer.echo(f"template: {choice.name} (score {choice.score:.2f})")
    if choice.advice is not None:
        typer.echo(f"  {choice.advice}")
    return choice.template


def _plan(  # noqa: PLR0917 - the command's options, passed on
    description: str,
    catalog: Catalog,
    template: str | None,
    project: Project,
    name: str | None,
    yes: bool,
    overrides: dict[str, Any],
    access: ProjectAccess | None,
) -> tuple[str, Template, Plan]:
    """Match and plan; a description that names no action or resource is asked again on a
    terminal (never guessed), else refused."""
    from scaffold.generate import plan_function
    from scaffold.generate._derive import DescriptionError

    while True:
        chosen = _choose(description, catalog, template, yes, access)
        try:
            plan = plan_function(description, chosen, project=project, name=name, **overrides)
            return description, chosen, plan
        except DescriptionError as error:
            if yes or not _interactive():
                raise
            typer.echo(f"{error.message}.")
            description = typer.prompt(
                "Say what the function does, starting with a verb (e.g. 'archive a project')"
            )


def _report(plan: Plan) -> None:
    typer.echo(plan.summary())
    for note in plan.notes:
        typer.echo(f"note: {note}")
    for warning in plan.warnings:
        typer.echo(f"warning: {warning}", err=True)


@app.command("function")
def function(  # noqa: PLR0917 - Typer passes each option as a parameter
    description: Annotated[
        str, typer.Argument(help="What the function does, e.g. 'update profile'.")
    ],
    name: Annotated[
        str | None,
        typer.Option(
            "--name", help="Name of the function and its files (default: from the description)."
        ),
    ] = None,
    template: Annotated[
        str | None,
        typer.Option(
            "--template",
            help="Template to use (default: the best match for the description).",
            autocompletion=_complete_template,
        ),
    ] = None,
    into: IntoOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the plan and the diff; write nothing.")
    ] = False,
    force: Annotated[
        bool,
        typer.Option("--force", help="Overwrite existing files (their diff is shown first)."),
    ] = False,
    yes: Annotated[
        bool,
        typer.Option(
            "--yes",
            "-y",
            help="Ask nothing: take the strongest of close matches (and say so), connect the "
            "project's own auth, confirm writes.",
        ),
    ] = False,
    verify: Annotated[
        bool,
        typer.Option(
            "--verify/--no-verify",
            help="Run the generated tests of a template that is not built in before reporting "
            "success (the default).",
        ),
    ] = True,
    fields: Annotated[
        list[str] | None,
        typer.Option("--field", metavar="NAME:TYPE[:CONSTRAINT...]", help=FIELD_HELP),
    ] = None,
    output_fields: Annotated[
        list[str] | None,
        typer.Option(
            "--output-field",
            metavar="NAME:TYPE[:CONSTRAINT...]",
            help="An output field, in the syntax of --field (repeatable).",
        ),
    ] = None,
    method: Annotated[
        str | None,
        typer.Option("--method", help="HTTP method (default: from the description's verb)."),
    ] = None,
    path: Annotated[
        str | None,
        typer.Option(
            "--path",
            help="URL path the app serves, e.g. /invoices/{invoice_id} (default: from the "
            "description).",
        ),
    ] = None,
) -> None:
    """Generate a secured FastAPI endpoint, its schemas, service, contract tests and checklist.

    The function's shape (operation, resource, scope, method, path, fields) is derived from
    the description and shown before anything is written; the template supplies the contract.
    """
    from scaffold.catalog import load_catalog
    from scaffold.cli.init import adopt
    from scaffold.errors import ConflictError, Declined
    from scaffold.generate import apply_plan, find_project, plan_function, render_diff
    from scaffold.generate._access import ProjectEvidence
    from scaffold.generate._apply import recover_interrupted
    from scaffold.generate._served import require_fastapi, served_routes
    from scaffold.generate._spec import parse_fields
    from scaffold.generate._verify import missing_folders

    project = find_project(into)
    routes = served_routes(project.root)
    require_fastapi(project.root, routes)
    if recover_interrupted(project.root):  # a killed earlier run: finish or undo it first
        routes = served_routes(project.root)
    catalog = load_catalog(project.root)
    overrides: dict[str, Any] = {
        "method": method,
        "path": path,
        "fields": parse_fields(fields or (), "--field") or None,
        "output_fields": parse_fields(output_fields or (), "--output-field") or None,
    }
    # Refusals (no action, a collision, a weaker contract) come before any question.
    # Who may call the routes already there: the folder's, or the new route's resource's.
    said = description  # as last said: a description with no action is asked again

    def attempt(access: ProjectAccess | None) -> tuple[str, Template, Plan]:
        nonlocal said
        made = _plan(said, catalog, template, project, name, yes, overrides, access)
        said = made[0]
        return made

    description, chosen, plan = ProjectEvidence(project, routes).planned(
        description, (method, path), attempt, lambda made: made[2].spec
    )
    if adopt(project, yes=yes, dry_run=dry_run, required=False):
        plan = plan_function(description, chosen, project=project, name=name, **overrides)
    if plan.nothing_to_do:
        typer.echo(f"nothing to do: {plan.name} is already generated and up to date")
        return
    _report(plan)
    if dry_run:
        typer.echo(render_diff(plan), nl=False)
        typer.echo("dry run: nothing was written")
        return
    if plan.overwrites:
        if not force:
            listed = "; ".join(f"{c.relpath} ({c.reason})" for c in plan.overwrites)
            raise ConflictError(
                f"would overwrite {listed}",
                hint="see the diff with --dry-run, then pass --force, or choose another --name",
            )
        typer.echo(render_diff(plan), nl=False)
        if _interactive() and not yes and not typer.confirm("Overwrite these files?"):
            raise Declined("nothing changed: the files were not overwritten")
    created = missing_folders(plan)
    written = apply_plan(plan, force=force)
    test_file = next(c.relpath for c in plan.changes if c.purpose == "contract tests")
    entry = catalog.entries.get(chosen.name)  # fallbacks are built in, made from the verb
    if verify and entry is not None and entry.source.kind != "builtin":
        _verify(project, plan, created, test_file)
    typer.echo(f"wrote {len(written)} file(s); run the contract tests with: pytest {test_file}")


def _verify(project: Project, plan: Plan, created: set[Path], test_file: str) -> None:
    """Run a custom template's generated tests once; on failure undo the files and say so."""
    from scaffold.errors import UserError
    from scaffold.generate._verify import run_generated_tests, undo

    typer.echo(f"verifying: template {plan.template} is not built in; running {test_file}")
    run = run_generated_tests(project, project.root / test_file)
    if run.passed:
        typer.echo(f"verified: {run.summary}")
        return
    typer.echo(run.output, err=True)
    kept = undo(plan, created)
    left = f"; kept {', '.join(kept)} (changed since it was written)" if kept else ""
    raise UserError(
        f"the generated tests of template {plan.template} fail ({run.summary}); the files "
        f"written were removed and the project is as it was{left}",
        hint="check the template with `scaffold registry validate` and `scaffold registry "
        "test`, or keep the files with --no-verify to investigate",
    )


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class _RichSteps:
    """Each step as a spinner while it runs, then a check mark (or a cross) on stderr."""

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(stderr=True, highlight=False)

    @contextmanager
    def step(self, title: str) -> Iterator[None]:
        from rich.markup import escape

        shown = escape(title)  # paths and names may hold [brackets]
        try:
            with self.console.status(shown):
                yield
        except BaseException:
            self.console.print(f"[red]✗[/] {shown}", soft_wrap=True)
            raise
        self.console.print(f"[green]✓[/] {shown}", soft_wrap=True)


@app.command("project")
def project(  # noqa: PLR0917 (Typer reads each parameter as an option)
    template: Annotated[
        str | None,
        typer.Argument(
            metavar="[TEMPLATE]",
            help="A built-in template name (default: fastapi-service), a template folder, a git "
            "URL, a gh:/gl:/bb: abbreviation or a zip file.",
            show_default=False,
        ),
    ] = None,
    output_dir: Annotated[
        Path, typer.Option("--output-dir", "-o", help="Where to create the project folder.")
    ] = Path(),
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Ask nothing: take the template's defaults.")
    ] = False,
    extra_context: Annotated[
        list[str] | None,
        typer.Option(
            "--extra-context",
            metavar="KEY=VALUE",
            help="Answer a template variable, as key=value (repeatable); checked like prompts.",
        ),
    ] = None,
    checkout: Annotated[
        str | None, typer.Option(help="Branch, tag or commit of a git template.")
    ] = None,
    trust: Annotated[
        bool,
        typer.Option(
            "--trust", help="Run the template's hooks and extensions (code from its author)."
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Write into an existing project folder.")
    ] = False,
    functions: Annotated[
        list[str] | None,
        typer.Option(
            "--function",
            metavar="DESCRIPTION",
            help="Generate a secured function into the new project, as `new function` does "
            "(repeatable).",
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", help="text: one line; json: the folder, template and answers."),
    ] = OutputFormat.text,
) -> None:
    """Create a project from a cookiecutter template, checked and placed all at once."""
    from scaffold.bootstrap import ProjectRequest, create_project, parse_extra_context

    request = ProjectRequest(
        template=template,
        output_dir=output_dir,
        no_input=no_input,
        extra_context=parse_extra_context(extra_context or ()),
        trust=trust,
        force=force,
        checkout=checkout,
        functions=tuple(functions or ()),
    )
    result = create_project(request, _RichSteps())
    if output_format is OutputFormat.json:
        typer.echo(
            json.dumps(
                {
                    "project_dir": str(result.project_dir),
                    "template": result.template,
                    "builtin": result.builtin,
                    "answers": dict(result.answers),
                    "code_run": [str(path) for path in result.code_run],
                    "functions": [
                        {
                            "description": f.description,
                            "template": f.template,
                            "name": f.name,
                            "note": f.note,
                        }
                        for f in result.functions
                    ],
                },
                indent=2,
                default=str,
            )
        )
    else:
        for made in result.functions:
            typer.echo(f"  {made.name}: {made.template} ({made.description})")
            if made.note:
                typer.echo(f"    note: {made.note}")
        typer.echo(f"Created {result.project_dir}")
