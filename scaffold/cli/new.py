"""``scaffold new``: create things. ``new project`` bootstraps a service from a template."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(name="new", help="Create a project from a template.", no_args_is_help=True)


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
        try:
            with self.console.status(title):
                yield
        except BaseException:
            self.console.print(f"[red]✗[/] {title}")
            raise
        self.console.print(f"[green]✓[/] {title}")


@app.command("project")
def project(  # noqa: PLR0917 (Typer reads each parameter as an option)
    template: Annotated[
        str | None,
        typer.Argument(
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
                },
                indent=2,
                default=str,
            )
        )
    else:
        typer.echo(f"Created {result.project_dir}")
