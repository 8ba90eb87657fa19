"""``scaffold registry``: list, show and validate templates; add, update and remove registries.

Thin: the work is done by ``scaffold.catalog``. Heavy imports (pydantic, yaml, rich) happen
inside the commands so ``scaffold --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from scaffold.catalog import Catalog, CatalogEntry, Problem, Template
    from scaffold.generate import TemplateReport

app = typer.Typer(
    name="registry",
    help="The template registry: list, show, validate, and manage added registries.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


class TableFormat(str, Enum):
    table = "table"
    json = "json"


class ShowFormat(str, Enum):
    yaml = "yaml"
    json = "json"


class TextFormat(str, Enum):
    text = "text"
    json = "json"


ProjectOption = Annotated[
    Path | None,
    typer.Option(
        "--project",
        help="Project folder whose .scaffold/registry/ to include (default: found from here).",
        file_okay=False,
    ),
]


def _project(project: Path | None) -> Path | None:
    from scaffold.catalog import find_project_root

    return project if project is not None else find_project_root(Path.cwd())


def _catalog(project: Path | None) -> Catalog:
    from scaffold.catalog import load_catalog

    return load_catalog(_project(project))


def complete_template(incomplete: str) -> list[str]:
    """Shell completion: template names (nothing when the registry cannot be read)."""
    from scaffold.errors import ScaffoldError

    try:
        names = list(_catalog(None).entries)
    except ScaffoldError:
        return []
    return [name for name in names if name.startswith(incomplete)]


def complete_registry(incomplete: str) -> list[str]:
    """Shell completion: names of added registries."""
    from scaffold.catalog import added_registries
    from scaffold.errors import ScaffoldError

    try:
        names = [item.name for item in added_registries()]
    except ScaffoldError:
        return []
    return [name for name in names if name.startswith(incomplete)]


def _echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _source_text(entry: CatalogEntry) -> str:
    if not entry.overrides:
        return entry.source.label
    below = ", ".join(item.source.label for item in entry.overrides)
    return f"{entry.source.label} (overrides {below})"


def _entry_json(entry: CatalogEntry) -> dict[str, Any]:
    return {
        "name": entry.name,
        "version": entry.template.version,
        "source": entry.source.label,
        "path": str(entry.path),
        "layer": entry.template.layer,
        "description": entry.template.description,
        "overrides": [
            {"source": item.source.label, "path": str(item.path)} for item in entry.overrides
        ],
    }


@app.command("list")
def list_templates(
    output: Annotated[
        TableFormat, typer.Option("--format", help="table for people, json for tools.")
    ] = TableFormat.table,
    project: ProjectOption = None,
) -> None:
    """List every available template: name, source, layer, description."""
    catalog = _catalog(project)
    if output is TableFormat.json:
        _echo_json([_entry_json(entry) for entry in catalog.entries.values()])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("name", "source", "layer", "description"):
        table.add_column(column, overflow="fold")
    for entry in catalog.entries.values():
        table.add_row(
            entry.name, _source_text(entry), entry.template.layer, entry.template.description
        )
    # Piped output is never wrapped, so every row stays one line for grep and friends.
    width = None if sys.stdout.isatty() else 1000
    Console(highlight=False, width=width).print(table)


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="Template name.", autocompletion=complete_template)],
    output: Annotated[
        ShowFormat, typer.Option("--format", help="yaml (the file, highlighted) or json.")
    ] = ShowFormat.yaml,
    project: ProjectOption = None,
) -> None:
    """Show one template: the YAML file as written, highlighted on a terminal."""
    entry = _catalog(project).entry(name)
    if output is ShowFormat.json:
        _echo_json({**_entry_json(entry), "template": entry.template.model_dump(mode="json")})
        return
    header = f"# {entry.name} from {_source_text(entry)}: {entry.path}"
    text = entry.path.read_text(encoding="utf-8")
    if not sys.stdout.isatty():  # piped: the file exactly, ready to copy
        typer.echo(header)
        typer.echo(text, nl=False)
        return
    from rich.console import Console
    from rich.syntax import Syntax

    console = Console(highlight=False)
    console.print(header, style="dim")
    console.print(Syntax(text, "yaml", background_color="default", word_wrap=True))


def _report(problems: list[Problem], names: list[str], output: TextFormat) -> None:
    if output is TextFormat.json:
        _echo_json(
            {
                "valid": not problems,
                "templates": sorted(names),
                "problems": [problem.as_dict() for problem in problems],
            }
        )
    else:
        for problem in problems:
            typer.echo(str(problem))
        if problems:
            files = len({problem.path for problem in problems})
            noun = "problem" if len(problems) == 1 else "problems"
            typer.echo(f"{len(problems)} {noun} in {files} file(s)", err=True)
        else:
            typer.echo(f"ok: {len(names)} template(s) valid")
    if problems:
        raise typer.Exit(1)


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Template files or folders (default: every source in use)."),
    ] = None,
    output: Annotated[
        TextFormat, typer.Option("--format", help="text for people, json for tools.")
    ] = TextFormat.text,
    project: ProjectOption = None,
) -> None:
    """Check templates; print every problem as file:line:column: field: message (exit 1).

    Beyond the format, each template is checked for what generation and its generated tests
    depend on (sample values, the rate-limit test's repeated call, owns comparisons).
    """
    from scaffold.catalog import RegistryError, check_paths

    if paths:
        loaded, problems = check_paths(paths)
        problems += _generation_problems([(item.path, item.template) for item in loaded])
        _report(problems, [item.template.name for item in loaded], output)
        return
    try:
        catalog = _catalog(project)
    except RegistryError as error:
        if not error.problems:
            raise
        _report(list(error.problems), [], output)
        return
    entries = [(entry.path, entry.template) for entry in catalog.entries.values()]
    _report(_generation_problems(entries), list(catalog.entries), output)


def _generation_problems(items: list[tuple[Path, Template]]) -> list[Problem]:
    """The authoring checks of ``scaffold.generate``, located in each template's file."""
    from scaffold.catalog import Problem
    from scaffold.catalog._loader import field_path
    from scaffold.catalog._yaml import locate, parse
    from scaffold.generate._authoring import authoring_problems

    problems: list[Problem] = []
    for path, template in items:
        found = authoring_problems(template)
        if not found:
            continue
        document, _ = parse(path, path.read_text(encoding="utf-8"))
        for loc, message in found:
            line, column = locate(document.root, loc) if document is not None else (1, 1)
            problems.append(Problem(path, line, column, field_path(loc), message))
    return sorted(problems, key=lambda p: (str(p.path), p.line, p.column))


@app.command()
def search(
    text: Annotated[str, typer.Argument(help='What the function does, e.g. "update profile".')],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=50, help="At most this many.")
    ] = 5,
    output: Annotated[
        TableFormat, typer.Option("--format", help="table for people, json for tools.")
    ] = TableFormat.table,
    project: ProjectOption = None,
) -> None:
    """Find templates for a description, best first (the matcher of `scaffold match`)."""
    from scaffold.cli.match import MatchFormat, print_matches, read_description
    from scaffold.matching import match

    found = match(read_description(text), _catalog(project), limit=limit + 1)
    templates = [item for item in found if not item.is_fallback][:limit]
    if not templates and output is TableFormat.table:
        typer.echo("no template matches; `scaffold match` shows the basic contract to use")
        return
    print_matches(templates, MatchFormat(output.value))


@app.command()
def add(
    name: Annotated[str, typer.Argument(help="A short name for the registry (e.g. team).")],
    source: Annotated[str, typer.Argument(help="A folder, or a git URL (https, ssh, file).")],
    ref: Annotated[
        str | None, typer.Option(help="Git branch, tag or commit to pin (default: HEAD).")
    ] = None,
    subdir: Annotated[
        str | None,
        typer.Option(help="Folder of templates inside the source (default: registry/ or root)."),
    ] = None,
) -> None:
    """Add a registry: a folder (read live) or a git repository pinned to a commit."""
    from scaffold.catalog import add_registry

    registry, names = add_registry(name, source, ref=ref, subdir=subdir)
    where = (
        registry.source
        if registry.commit is None
        else f"{registry.source} at {registry.commit[:12]}"
    )
    typer.echo(f"added registry {registry.name!r} ({registry.kind} {where})")
    typer.echo(f"{len(names)} template(s): {', '.join(sorted(names)) or '(none)'}")


@app.command()
def update(
    name: Annotated[str, typer.Argument(help="Registry name.", autocompletion=complete_registry)],
    output: Annotated[
        TextFormat, typer.Option("--format", help="text for people, json for tools.")
    ] = TextFormat.text,
) -> None:
    """Re-pin a git registry to the latest commit of its ref and show what changed."""
    from scaffold.catalog import update_registry

    result = update_registry(name)
    if output is TextFormat.json:
        _echo_json(
            {
                "name": result.name,
                "old_commit": result.old_commit,
                "new_commit": result.new_commit,
                "added": list(result.added),
                "changed": [
                    {"name": item, "old_version": old, "new_version": new}
                    for item, old, new in result.changed
                ],
                "removed": list(result.removed),
                "templates": list(result.templates),
            }
        )
        return
    if result.new_commit is None:
        typer.echo(
            f"{name}: a folder registry is read live; nothing to pin "
            f"({len(result.templates)} template(s) valid)"
        )
        return
    if result.unchanged:
        typer.echo(f"{name}: already up to date at {result.new_commit[:12]}")
        return
    old = (result.old_commit or "?")[:12]
    typer.echo(f"{name}: {old} -> {result.new_commit[:12]}")
    for item in result.added:
        typer.echo(f"  added    {item}")
    for item, before, after in result.changed:
        version = f"v{before} -> v{after}" if before != after else f"v{after}, same version"
        typer.echo(f"  changed  {item} ({version})")
    for item in result.removed:
        typer.echo(f"  removed  {item}")
    if not (result.added or result.changed or result.removed):
        typer.echo("  no template changed")


@app.command()
def remove(
    name: Annotated[str, typer.Argument(help="Registry name.", autocompletion=complete_registry)],
) -> None:
    """Forget an added registry and delete its cached copy."""
    from scaffold.catalog import remove_registry

    registry = remove_registry(name)
    typer.echo(f"removed registry {registry.name!r} ({registry.source})")


@app.command()
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Print the JSON Schema of a template file (editors use it to check templates)."""
    from scaffold.catalog import schema_text, write_schema

    if output is None:
        sys.stdout.write(schema_text())
        return
    write_schema(output)
    typer.echo(f"wrote {output}")


@app.command("test")
def run_template_tests(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Template files or folders (default: every source in use)."),
    ] = None,
    mutate: Annotated[
        bool,
        typer.Option(
            "--mutate/--no-mutate",
            help="Also mutate the code (delete each clause, change its meaning) and check "
            "the tests then fail (the default).",
        ),
    ] = True,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only failures and the summary.")
    ] = False,
    output: Annotated[
        TextFormat, typer.Option("--format", help="text for people, json for tools.")
    ] = TextFormat.text,
    project: ProjectOption = None,
) -> None:
    """Generate each template into a temporary project and run its tests (exit 1 on failure).

    One line per template as its suites finish: tests, mutants caught, seconds.
    """
    from scaffold.catalog import check_paths
    from scaffold.generate import selftest_templates

    if paths:
        loaded, problems = check_paths(paths)
        if problems:
            _report(problems, [item.template.name for item in loaded], output)
        templates = [item.template for item in loaded]
    else:
        templates = list(_catalog(project).templates.values())
    text = output is TextFormat.text

    def progress(report: TemplateReport) -> None:
        if not text or (quiet and report.ok):
            return
        typer.echo(_template_line(report, mutate))
        for problem in report.problems:
            typer.echo(f"      {problem}")

    if text and not quiet:
        what = "and their mutants " if mutate else ""
        typer.echo(f"generating {len(templates)} template(s) {what}...")
    reports = selftest_templates(templates, mutate=mutate, progress=progress)
    failed = sum(not report.ok for report in reports)
    caught = sum(report.caught for report in reports)
    semantic = sum(report.semantic for report in reports)
    if not text:
        summary: dict[str, Any] = {"templates": len(reports), "failed": failed}
        summary["semantic_mutants"] = {"caught": caught, "total": semantic}
        _echo_json({"summary": summary, "templates": [r.as_json() for r in reports]})
    else:
        clauses = sum(report.mutants for report in reports)
        score = f"; {clauses} clause mutant(s), semantic mutants caught {caught}/{semantic}"
        typer.echo(f"{len(reports)} template(s), {failed} failed" + (score if mutate else ""))
    if failed:
        if text:
            typer.echo(f"{failed} template(s) failed", err=True)
        raise typer.Exit(1)


def _template_line(report: TemplateReport, mutate: bool) -> str:
    status = "ok" if report.ok else "FAIL"
    proof = ""
    if mutate:
        proof = f", {report.mutants} clause mutant(s), semantic {report.caught}/{report.semantic}"
    return f"{status:4}  {report.template}: {report.tests} test(s){proof} ({report.seconds:.1f} s)"
