"""``scaffold new project``: a project from a cookiecutter template, checked, then placed whole.

The steps, in order: fetch the template; refuse code it would run (hooks, its own Jinja
extensions) unless it is built in or trusted; build the answers (prompts or defaults, plus
extra context); validate them; render into a staging folder beside the target; move the
finished tree into place. With the built-in template's examples or ``--function``,
``scaffold new function`` runs on the staged project before it moves; a built-in template
also gets the AGENTS.md of ``scaffold docs ai``. Nothing lands in the
target before the last step.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from scaffold import __version__
from scaffold._owned_files import TEMP_DIR, remove_stale, temp_dir_prefix
from scaffold.bootstrap import _cookiecutter as cc
from scaffold.bootstrap._builtin import builtin_name, clean_copy
from scaffold.bootstrap._contain import template_links
from scaffold.bootstrap._functions import GeneratedFunction, generate_functions
from scaffold.bootstrap._place import place, remove_stale_staging, staging_area
from scaffold.bootstrap._validate import check_answers, check_extra_keys
from scaffold.errors import (
    WRITE_HINT,
    ConflictError,
    UnsafeTemplateError,
    UserError,
    describe_os_error,
)

__all__ = ["Progress", "ProjectRequest", "ProjectResult", "create_project", "template_code"]


class Progress(Protocol):
    """Shows the steps of a long operation; the CLI draws them with rich."""

    def step(self, title: str) -> AbstractContextManager[object]: ...


class _Quiet:
    def step(self, title: str) -> AbstractContextManager[object]:
        return nullcontext()


@dataclass(frozen=True)
class ProjectRequest:
    """What to create: ``template`` is a built-in name, a folder, a git URL, ``gh:…`` or a zip."""

    template: str | None = None
    output_dir: Path = Path()
    no_input: bool = False
    extra_context: Mapping[str, str] = field(default_factory=dict)
    trust: bool = False
    force: bool = False
    checkout: str | None = None
    functions: Sequence[str] = ()


@dataclass(frozen=True)
class ProjectResult:
    """What was created: the folder, the template, the answers, the template code that ran."""

    project_dir: Path
    template: str
    builtin: str | None
    answers: Mapping[str, Any]
    code_run: tuple[Path, ...]
    functions: tuple[GeneratedFunction, ...] = ()


def template_code(repo_dir: Path) -> list[Path]:
    """Files of a template that run as code: hooks, and Jinja extensions it ships itself."""
    return cc.hook_files(repo_dir) + cc.local_extension_files(repo_dir, cc.read_variables(repo_dir))


def _refuse_untrusted(reference: str, repo_dir: Path, code: Sequence[Path]) -> None:
    listing = ", ".join(str(path.relative_to(repo_dir)) for path in code)
    raise UnsafeTemplateError(
        f"template {reference} would run code on this machine: {listing}",
        hint="read those files, then pass --trust to run them",
    )


def _refuse_links(reference: str, root: Path) -> None:
    """An untrusted template's symlinks could copy any readable file into the project."""
    links = template_links(root)
    if links:
        listing = ", ".join(f"{path.relative_to(root)} -> {os.readlink(path)}" for path in links)
        raise UnsafeTemplateError(
            f"template {reference} holds symlinks: {listing}",
            hint="read where they point, then pass --trust to copy them as links",
        )


def _write_agents_md(project: Path) -> None:
    """AGENTS.md from the registry, as ``scaffold docs ai`` writes it."""
    from scaffold.guidance import plan_agents_md, write_agents_md

    write_agents_md(plan_agents_md(project))


def _final_template(
    fetched: cc.FetchedTemplate,
    request: ProjectRequest,
    output_dir: Path,
    isolation: cc.Isolation,
) -> tuple[Path, dict[str, Any], list[Path]]:
    """Refuse untrusted code and links, run ``pre_prompt`` when trusted, follow nested templates.

    Returns the folder to render, its variables, and the template code that may run.
    """
    repo_dir = fetched.repo_dir
    trusted = isolation.trusted
    if not trusted:
        _refuse_links(fetched.label, repo_dir)
    code_run: list[Path] = []
    while True:
        code = template_code(repo_dir)
        if code and not trusted:
            _refuse_untrusted(fetched.label, repo_dir, code)
        code_run.extend(code)
        if trusted:
            repo_dir = cc.run_pre_prompt_hook(fetched, repo_dir)
        variables = cc.read_variables(repo_dir)
        cc.check_env_vars(variables, fetched.label)
        if not {"template", "templates"} & variables.keys():
            return repo_dir, variables, code_run
        shallow = cc.build_context(
            fetched,
            repo_dir,
            extra_context={},
            no_input=request.no_input,
            output_dir=output_dir,
            isolation=isolation,
            prompt=False,
        )
        repo_dir = cc.nested_template(fetched, shallow, request.no_input)


@contextmanager
def _own_temporary_folder() -> Iterator[Path]:
    """A folder of this run in the system's temporary folder, holding all its temporary files.

    Cookiecutter's own temporary copies (unzipped templates, the ``pre_prompt`` copy) land in
    it too, so a run killed with ``kill -9`` leaves one folder that names this process, and
    the next run removes it.
    """
    saved = tempfile.tempdir  # usually None: computed from TMPDIR on each first use
    system = Path(tempfile.gettempdir())
    remove_stale(system, TEMP_DIR)
    folder = Path(tempfile.mkdtemp(prefix=temp_dir_prefix(), dir=system))
    tempfile.tempdir = str(folder)
    try:
        yield folder
    finally:
        tempfile.tempdir = saved
        shutil.rmtree(folder, ignore_errors=True)


def create_project(request: ProjectRequest, progress: Progress | None = None) -> ProjectResult:
    """Create a project as ``request`` says; on any failure raise and leave nothing behind."""
    # An untrusted local template might be on the import path already (the current folder
    # with ``python -m``, PYTHONPATH): what the tool imports while fetching must not come
    # from it either.
    local = Path(request.template or "").expanduser()
    isolated = (
        cc.isolated_imports(Path(os.path.realpath(local)))
        if request.template and not request.trust and local.is_dir()
        else nullcontext()
    )
    try:
        with isolated, _own_temporary_folder() as scratch:
            return _create(request, progress or _Quiet(), scratch)
    except OSError as error:
        raise UserError(
            f"cannot create the project: {describe_os_error(error)}; nothing was created",
            hint=WRITE_HINT,
        ) from error


def _create(request: ProjectRequest, steps: Progress, scratch: Path) -> ProjectResult:
    builtin = builtin_name(request.template)
    trusted = builtin is not None or request.trust
    # Jinja's sandbox unless the user trusts a template: built-in templates need nothing it
    # forbids, and answers are rendered too, so a crafted answer cannot reach Python either.
    sandboxed = builtin is not None or not request.trust
    if builtin and request.checkout is not None:
        raise UserError(
            f"--checkout {request.checkout}: the built-in template {builtin} comes with this "
            "version of scaffold and has no branches or tags; leave --checkout out",
            hint="it picks a branch, tag or commit of a git template",
        )
    extra: dict[str, Any] = dict(request.extra_context)
    if builtin:
        extra.setdefault("_scaffold_version", __version__)
    output_dir = request.output_dir.expanduser().absolute()
    remove_stale_staging(output_dir)

    label = request.template or str(builtin)
    with ExitStack() as stack:
        reference = str(request.template)
        if builtin:
            reference = str(clean_copy(builtin, scratch))
        with nullcontext() if builtin else steps.step(f"Fetching {label}"):
            fetched = stack.enter_context(
                cc.fetch_template(
                    reference, label=label, checkout=request.checkout, no_input=request.no_input
                )
            )
        isolation = cc.Isolation(trusted=trusted, sandboxed=sandboxed, root=fetched.repo_dir)
        repo_dir, variables, code_run = _final_template(fetched, request, output_dir, isolation)
        check_extra_keys(variables, request.extra_context, label)
        context = cc.build_context(
            fetched,
            repo_dir,
            extra_context=extra,
            no_input=request.no_input,
            output_dir=output_dir,
            isolation=isolation,
        )
        answers = context["cookiecutter"]
        check_answers(builtin, answers)
        name = cc.project_dir_name(repo_dir, context, label=label, isolation=isolation)
        target = output_dir / name
        if (target.exists() or target.is_symlink()) and not request.force:
            raise ConflictError(
                f"{target} already exists", hint="pass --force to write the project into it"
            )

        hooks = trusted and bool(cc.hook_files(repo_dir))
        with staging_area(output_dir) as staging:
            with steps.step("Rendering the project" + (" and running its hooks" if hooks else "")):
                built = cc.render_project(
                    repo_dir,
                    context,
                    staging / "render",
                    label=label,
                    isolation=isolation,
                    project_name=name,
                )
            examples = builtin is not None and answers.get("include_examples") is True
            functions: list[GeneratedFunction] = []
            if examples or request.functions:
                what = "the example functions" if examples else "functions"
                if examples and request.functions:
                    what = "the example functions and yours"
                with steps.step(f"Generating {what}"):
                    functions = generate_functions(
                        built, examples=examples, descriptions=request.functions
                    )
            if builtin:
                with steps.step("Writing AGENTS.md for AI coding assistants"):
                    _write_agents_md(built)
            target = output_dir / built.name
            with steps.step(f"Moving it into {target}"):
                place(built, target, force=request.force, backup=staging / "backup")

    return ProjectResult(
        project_dir=target,
        template=label,
        builtin=builtin,
        answers={key: value for key, value in answers.items() if not key.startswith("_")},
        code_run=tuple(code_run),
        functions=tuple(functions),
    )
