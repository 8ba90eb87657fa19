"""The one adapter around cookiecutter: fetch a template, build its context, render it.

Cookiecutter does the real work (git and zip sources, abbreviations, prompts, Jinja rendering,
hooks); this module calls its documented functions in the order ``cookiecutter.main`` does, with
two seams the tool needs: the trust check before any template code can run, and rendering into
a folder of our choosing. Every exception cookiecutter or Jinja raises is turned into a
``scaffold.errors`` error here, so nothing escapes to the user as a traceback.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scaffold.errors import ConflictError, UnsafeTemplateError, UserError

__all__ = [
    "HOOK_NAMES",
    "FetchedTemplate",
    "build_context",
    "converted_errors",
    "fetch_template",
    "hook_files",
    "local_extension_files",
    "nested_template",
    "project_dir_name",
    "read_variables",
    "render_project",
    "run_pre_prompt_hook",
]

HOOK_NAMES = ("pre_prompt", "pre_gen_project", "post_gen_project")
_CONTEXT_FILE = "cookiecutter.json"


@dataclass
class FetchedTemplate:
    """A template on disk, ready to read; ``temporary`` folders go when the fetch ends."""

    reference: str
    label: str
    repo_dir: Path
    checkout: str | None
    default_context: dict[str, Any]
    temporary: list[Path] = field(default_factory=list)


@contextmanager
def converted_errors(template: str) -> Iterator[None]:
    """Turn cookiecutter's and Jinja's exceptions into ours, naming the template."""
    from cookiecutter import exceptions as cc
    from jinja2 import TemplateError, TemplateSyntaxError
    from jinja2.exceptions import SecurityError

    try:
        yield
    except cc.UndefinedVariableInTemplate as error:
        raise UserError(
            f"template {template}: {error.message}: {error.error.message}",
            hint="the template uses a variable that it does not define",
        ) from error
    except cc.OutputDirExistsException as error:
        raise ConflictError(str(error), hint="pass --force to write into it") from error
    except cc.RepositoryNotFound as error:
        raise UserError(
            f"template {template}: not found (no cookiecutter.json there)",
            hint="give a template folder, a git URL, gh:ORG/REPO or a .zip",
        ) from error
    except cc.UnknownRepoType as error:
        raise UserError(
            f"template {template}: cannot tell whether this is a git or a Mercurial repository",
            hint="prefix the URL with git+ or hg+",
        ) from error
    except cc.FailedHookException as error:
        raise UserError(f"template {template}: a hook failed: {error}") from error
    except cc.CookiecutterException as error:
        detail = str(error) or (type(error).__doc__ or type(error).__name__).strip().splitlines()[0]
        detail = " ".join(detail.split())  # one line, whatever cookiecutter wrote
        raise UserError(f"template {template}: {detail}") from error
    except SecurityError as error:
        raise UnsafeTemplateError(
            f"template {template} tried to reach Python internals while rendering ({error})",
            hint="pass --trust only if you trust its author",
        ) from error
    except TemplateSyntaxError as error:
        where = f"{error.filename or error.name or '?'}:{error.lineno}"
        raise UserError(f"template {template}: {where}: {error.message}") from error
    except TemplateError as error:
        raise UserError(f"template {template}: rendering failed: {error}") from error
    except EOFError as error:
        raise UserError(
            "no answer to a template question (standard input is closed)",
            hint="pass --no-input to take the defaults, with --extra-context key=value",
        ) from error


def _temporary_root(path: Path) -> Path:
    """Cookiecutter unzips and copies into ``mkdtemp()/<name>``: the whole folder is ours."""
    parent = path.resolve().parent
    return parent if parent.parent == Path(tempfile.gettempdir()).resolve() else path


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


@contextmanager
def fetch_template(
    reference: str, *, label: str, checkout: str | None, no_input: bool
) -> Iterator[FetchedTemplate]:
    """Find, clone or unzip ``reference`` as cookiecutter would; clean up afterwards.

    Cloning or unzipping runs none of the template's code: hooks only run when rendering.
    """
    from cookiecutter.config import get_user_config
    from cookiecutter.repository import determine_repo_dir

    with converted_errors(label):
        config = get_user_config()
        repo_dir, cleanup = determine_repo_dir(
            template=reference,
            abbreviations=config["abbreviations"],
            clone_to_dir=config["cookiecutters_dir"],
            checkout=checkout,
            no_input=no_input,
        )
    fetched = FetchedTemplate(
        reference=reference,
        label=label,
        repo_dir=Path(repo_dir).resolve(),
        checkout=checkout,
        default_context=dict(config.get("default_context") or {}),
    )
    if cleanup:
        fetched.temporary.append(_temporary_root(Path(repo_dir)))
    try:
        yield fetched
    finally:
        for path in reversed(fetched.temporary):
            _remove(path)


def run_pre_prompt_hook(fetched: FetchedTemplate, repo_dir: Path) -> Path:
    """Run the template's ``pre_prompt`` hook on a copy of it; return the copy (or the original)."""
    from cookiecutter.hooks import run_pre_prompt_hook as run

    with converted_errors(fetched.label):
        result = Path(run(str(repo_dir))).resolve()
    if result != repo_dir:
        fetched.temporary.append(_temporary_root(result))
    return result


def read_variables(repo_dir: Path) -> dict[str, Any]:
    """The template's ``cookiecutter.json`` as written (defaults unrendered)."""
    path = repo_dir / _CONTEXT_FILE
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UserError(f"{path}: cannot read the template's variables: {error}") from error
    if not isinstance(loaded, dict):
        raise UserError(f"{path}: must hold a JSON object of template variables")
    return loaded


def hook_files(repo_dir: Path) -> list[Path]:
    """The hook scripts cookiecutter would run for this template, in a stable order."""
    from cookiecutter.hooks import valid_hook

    hooks = repo_dir / "hooks"
    if not hooks.is_dir():
        return []
    return sorted(
        path
        for path in hooks.iterdir()
        if path.is_file() and any(valid_hook(path.name, name) for name in HOOK_NAMES)
    )


def local_extension_files(repo_dir: Path, variables: Mapping[str, Any]) -> list[Path]:
    """Jinja extensions the template imports from its own files (code, like hooks)."""
    found: list[Path] = []
    for name in variables.get("_extensions") or ():
        top = str(name).split(".", 1)[0]
        for candidate in (repo_dir / f"{top}.py", repo_dir / top):
            if candidate.exists() and candidate not in found:
                found.append(candidate)
    return found


@contextmanager
def _environment(repo_dir: Path, *, sandboxed: bool) -> Iterator[None]:
    """Cookiecutter's import path for local extensions; a sandboxed Jinja when untrusted.

    Cookiecutter renders with a plain Jinja environment, in which a template can reach Python
    internals; for a template that was not trusted we swap in Jinja's sandbox (as copier does)
    for the prompts and the files.
    """
    saved_path = list(sys.path)
    sys.path.append(str(repo_dir))
    patched: list[tuple[Any, Any]] = []
    try:
        if sandboxed:
            import cookiecutter.generate
            import cookiecutter.prompt

            factory = _sandboxed_factory()
            for module in (cookiecutter.generate, cookiecutter.prompt):
                if not hasattr(module, "create_env_with_context"):
                    raise UserError(
                        "this cookiecutter version renders differently than expected",
                        hint="install cookiecutter>=2.6,<3",
                    )
                patched.append((module, module.create_env_with_context))
                module.create_env_with_context = factory
        yield
    finally:
        for module, original in patched:
            module.create_env_with_context = original
        sys.path[:] = saved_path


def _sandboxed_factory() -> Any:
    from cookiecutter.environment import ExtensionLoaderMixin
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    class SandboxedStrictEnvironment(ExtensionLoaderMixin, SandboxedEnvironment):  # type: ignore[misc]
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(undefined=StrictUndefined, **kwargs)

    def create(context: dict[str, Any]) -> SandboxedStrictEnvironment:
        settings = context.get("cookiecutter", {}).get("_jinja2_env_vars", {})
        return SandboxedStrictEnvironment(context=context, keep_trailing_newline=True, **settings)

    return create


def nested_template(fetched: FetchedTemplate, context: dict[str, Any], no_input: bool) -> Path:
    """The sub-template a ``templates``-style template points at (asks which one)."""
    from cookiecutter.prompt import choose_nested_template

    with converted_errors(fetched.label):
        try:
            chosen = choose_nested_template(context, str(fetched.repo_dir), no_input)
        except (ValueError, AttributeError) as error:
            raise UserError(
                f"template {fetched.label}: its nested templates are not declared correctly"
            ) from error
    path = Path(chosen).resolve()
    if not path.is_relative_to(fetched.repo_dir):
        raise UserError(f"template {fetched.label}: a nested template lies outside it")
    return path


def build_context(
    fetched: FetchedTemplate,
    repo_dir: Path,
    *,
    extra_context: Mapping[str, Any],
    no_input: bool,
    output_dir: Path,
    sandboxed: bool,
    prompt: bool = True,
) -> dict[str, Any]:
    """The full cookiecutter context: defaults, user config, extra context, then answers.

    With ``prompt=False`` the answers are not asked for (used to look for nested templates).
    """
    from cookiecutter.generate import generate_context
    from cookiecutter.prompt import prompt_for_config

    with converted_errors(fetched.label):
        try:
            context: dict[str, Any] = generate_context(
                context_file=str(repo_dir / _CONTEXT_FILE),
                default_context=fetched.default_context,
                extra_context=dict(extra_context) or None,
            )
        except ValueError as error:  # an unknown choice, a bad boolean
            raise UserError(f"--extra-context: {error}") from error
        if not prompt:
            return context
        context["_cookiecutter"] = {
            key: value for key, value in context["cookiecutter"].items() if not key.startswith("_")
        }
        if context["cookiecutter"]:
            with _environment(repo_dir, sandboxed=sandboxed):
                context["cookiecutter"].update(prompt_for_config(context, no_input))
    context["cookiecutter"]["_template"] = fetched.reference
    context["cookiecutter"]["_output_dir"] = str(output_dir.resolve())
    context["cookiecutter"]["_repo_dir"] = str(repo_dir)
    context["cookiecutter"]["_checkout"] = fetched.checkout
    return context


def project_dir_name(
    repo_dir: Path, context: dict[str, Any], *, label: str, sandboxed: bool
) -> str:
    """The name the template's top folder renders to (to check the target before rendering)."""
    import cookiecutter.generate
    from cookiecutter.find import find_template

    with converted_errors(label), _environment(repo_dir, sandboxed=sandboxed):
        env = cookiecutter.generate.create_env_with_context(context)  # sandboxed when patched
        top = find_template(str(repo_dir), env)
        name: str = env.from_string(Path(top).name).render(**context)
    if not name or Path(name).name != name or name in (".", ".."):
        raise UserError(f"template {label}: its project folder renders to {name!r}")
    return name


def render_project(
    repo_dir: Path,
    context: dict[str, Any],
    into: Path,
    *,
    label: str,
    run_hooks: bool,
    sandboxed: bool,
) -> Path:
    """Render the template into the empty folder ``into``; return the project folder made."""
    from cookiecutter.generate import generate_files

    with converted_errors(label), _environment(repo_dir, sandboxed=sandboxed):
        project = generate_files(
            repo_dir=str(repo_dir),
            context=context,
            output_dir=str(into),
            accept_hooks=run_hooks,
        )
    return Path(project)
