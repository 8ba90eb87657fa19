"""The one adapter around cookiecutter: fetch a template, build its context, render it.

Cookiecutter does the real work (git and zip sources, abbreviations, prompts, Jinja rendering,
hooks); this module calls its documented functions in the order ``cookiecutter.main`` does, with
two seams the tool needs: the trust check before any template code can run, and rendering into
a folder of our choosing. Every exception cookiecutter or Jinja raises is turned into a
``scaffold.errors`` error here, so nothing escapes to the user as a traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scaffold.bootstrap._contain import (
    Link,
    PathGuard,
    check_rendered_tree,
    copy_without_links,
    relink,
    template_links,
)
from scaffold.errors import (
    WRITE_HINT,
    ConflictError,
    Declined,
    UnsafeTemplateError,
    UserError,
    describe_os_error,
)

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
def converted_errors(template: str, guard: PathGuard | None = None) -> Iterator[None]:
    """Turn cookiecutter's, Jinja's and the file system's exceptions into ours.

    Each names the template, and with ``guard`` the template file being rendered.
    """
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
    except UnicodeDecodeError as error:
        where = f"{guard.current}: " if guard is not None and guard.current else ""
        raise UserError(
            f"template {template}: {where}not UTF-8 text (byte {error.start}) and not detected "
            "as binary",
            hint="save it as UTF-8, or list it in _copy_without_render",
        ) from error
    except OSError as error:
        raise UserError(
            f"template {template}: {describe_os_error(error)}; nothing was created",
            hint=WRITE_HINT,
        ) from error
    except SystemExit as error:  # cookiecutter's answer "no" to re-using a downloaded copy
        raise Declined("nothing changed: the template was not downloaded again") from error


def _temporary_root(path: Path) -> Path:
    """Cookiecutter unzips and copies into ``mkdtemp()/<name>``: the whole folder is ours."""
    parent = path.resolve().parent
    return parent if parent.parent == Path(tempfile.gettempdir()).resolve() else path


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _check_clone_name(reference: str, abbreviations: dict[str, str], label: str) -> None:
    """A repository URL must end in a plain folder name, the one cookiecutter clones into.

    Cookiecutter clones into ``<cookiecutters_dir>/<last part of the URL>`` and first deletes
    what is there (without asking, with ``--no-input``): a URL ending in ``..`` named the home
    folder, one ending in ``/.git`` the folder of every cached template.
    """
    from cookiecutter.repository import expand_abbreviations, is_repo_url, is_zip_file
    from cookiecutter.vcs import identify_repo

    url = expand_abbreviations(reference, abbreviations)
    if is_zip_file(url) or not is_repo_url(url):
        return
    kind, url = identify_repo(url)  # as cookiecutter.vcs.clone reads it
    name = os.path.split(url.rstrip("/"))[1]
    if kind == "git":
        name = name.split(":")[-1].rsplit(".git")[0]
    if name in ("", ".", "..") or os.path.normpath(name) != name or "/" in name:
        raise UserError(
            f"template {label}: its repository name {name!r} is not a folder name",
            hint="give the repository's URL, ending in its name (https://host/org/name.git)",
        )


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
        _check_clone_name(reference, config["abbreviations"], label)
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
    """Jinja extensions the template could import from its own files (code, like hooks).

    Any form Python imports counts: ``name.py``, byte-code ``name.pyc``, a package or a
    namespace folder ``name/``, a native module ``name.cpython-311-x86_64-linux-gnu.so``.
    """
    names = {str(name).split(".", 1)[0] for name in variables.get("_extensions") or ()}
    if not names:
        return []
    found: list[Path] = []
    for folder in (repo_dir, repo_dir / "__pycache__"):
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.name.split(".", 1)[0] in names and entry not in found:
                found.append(entry)
    return found


_ENV_TEXT = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
)
_ENV_FLAGS = ("trim_blocks", "lstrip_blocks", "keep_trailing_newline", "autoescape", "optimized")
_NEWLINES = ("\n", "\r\n", "\r")


def check_env_vars(variables: Mapping[str, Any], label: str) -> None:
    """``_jinja2_env_vars`` may set Jinja's syntax options, nothing that names code.

    ``extensions``, ``finalize``, ``undefined``, loaders and caches would load code or break
    rendering with a traceback; they are refused with the option named.
    """
    settings = variables.get("_jinja2_env_vars")
    if settings is None:
        return
    if not isinstance(settings, dict):
        raise UserError(f"template {label}: _jinja2_env_vars must be a JSON object")
    for key, value in settings.items():
        if key in _ENV_TEXT and (value is None or isinstance(value, str)):
            continue
        if key in _ENV_FLAGS and isinstance(value, bool):
            continue
        if key == "newline_sequence" and value in _NEWLINES:
            continue
        if key in _ENV_TEXT + _ENV_FLAGS + ("newline_sequence",):
            raise UserError(f"template {label}: _jinja2_env_vars {key}: invalid value {value!r}")
        raise UserError(
            f"template {label}: _jinja2_env_vars {key!r} is not supported",
            hint=f"allowed: {', '.join((*_ENV_TEXT, *_ENV_FLAGS, 'newline_sequence'))}",
        )


def _isolated_path(*exclude: Path) -> list[str]:
    """``sys.path`` without anything a template could put a module in.

    Cookiecutter renders with the template folder as the current folder, so relative entries
    (``''`` when Python runs a script from standard input, ``-c`` or ``-m``) would import
    from it; an absolute entry inside the template (``PYTHONPATH``, or ``python -m`` started
    there) would too. What is left are the installed packages and the standard library.
    """
    kept: list[str] = []
    for entry in sys.path:
        if not entry or not os.path.isabs(entry):
            continue
        real = Path(os.path.realpath(entry))
        if any(real.is_relative_to(folder) for folder in exclude):
            continue
        kept.append(entry)
    return kept


@contextmanager
def isolated_imports(*exclude: Path) -> Iterator[None]:
    """While it lasts, nothing in ``exclude`` or the current folder can be imported."""
    saved_path = list(sys.path)
    sys.path[:] = _isolated_path(*exclude)
    try:
        yield
    finally:
        sys.path[:] = saved_path


@contextmanager
def _environment(
    repo_dir: Path, isolation: Isolation, *, guard: PathGuard | None = None
) -> Iterator[None]:
    """The import path and the Jinja environment cookiecutter renders with.

    Trusted: cookiecutter's import path, with the template folder on it for its own Jinja
    extensions. Untrusted: nothing under the template (``isolation.root``) is importable, so a
    module it ships cannot stand in for one that rendering imports lazily. Sandboxed: Jinja's
    sandbox in place of cookiecutter's plain environment, in which a template can reach Python
    internals (as copier does), for the prompts and the files. ``guard`` checks every path
    that renders.
    """
    saved_path = list(sys.path)
    if isolation.trusted:
        sys.path.append(str(repo_dir))
    else:
        sys.path[:] = _isolated_path(isolation.root)
    patched: list[tuple[Any, Any]] = []
    try:
        import cookiecutter.generate
        import cookiecutter.prompt

        for module in (cookiecutter.generate, cookiecutter.prompt):
            if not hasattr(module, "create_env_with_context"):
                raise UserError(
                    "this cookiecutter version renders differently than expected",
                    hint="install cookiecutter>=2.6,<3",
                )
            patched.append((module, module.create_env_with_context))
            module.create_env_with_context = _factory(
                module.create_env_with_context, sandboxed=isolation.sandboxed, guard=guard
            )
        yield
    finally:
        for module, original in patched:
            module.create_env_with_context = original
        sys.path[:] = saved_path


def _plain_environment(context: dict[str, Any]) -> Any:
    """An environment that renders nothing, for ``find_template`` (it reads the delimiters)."""
    from jinja2.sandbox import SandboxedEnvironment

    settings = context.get("cookiecutter", {}).get("_jinja2_env_vars", {})
    return SandboxedEnvironment(**settings)


def _check_extensions(names: Any) -> None:
    """Each ``_extensions`` entry must name a Jinja ``Extension`` class.

    Jinja calls whatever the name imports with the environment as its only argument, so
    ``os.system`` or ``code.interact`` would be called. Importing happens with the import path
    of the moment (installed packages only, for an untrusted template).
    """
    from jinja2.ext import Extension
    from jinja2.utils import import_string

    if names is None:
        return
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise UserError("_extensions must be a list of names such as 'jinja2_time.TimeExtension'")
    for name in names:
        try:
            found = import_string(name)
        except (ImportError, AttributeError) as error:
            raise UserError(
                f"_extensions: cannot import {name!r} ({error})",
                hint="install the package that provides it, or pass --trust for one the "
                "template ships",
            ) from error
        if not (isinstance(found, type) and issubclass(found, Extension)):
            raise UserError(f"_extensions: {name!r} is not a Jinja extension class")


def _factory(original: Any, *, sandboxed: bool, guard: PathGuard | None) -> Any:
    from cookiecutter.environment import ExtensionLoaderMixin
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    class SandboxedStrictEnvironment(ExtensionLoaderMixin, SandboxedEnvironment):  # type: ignore[misc]
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(undefined=StrictUndefined, **kwargs)

    def create(context: dict[str, Any]) -> Any:
        _check_extensions(context.get("cookiecutter", {}).get("_extensions"))
        if sandboxed:
            settings = context.get("cookiecutter", {}).get("_jinja2_env_vars", {})
            env = SandboxedStrictEnvironment(
                context=context, keep_trailing_newline=True, **settings
            )
        else:
            env = original(context)
        if guard is not None:
            guard.install(env)
        return env

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


@dataclass(frozen=True)
class Isolation:
    """How a template renders.

    ``trusted``: its code may run (hooks, its own extensions). ``sandboxed``: Jinja's sandbox.
    ``root``: the fetched template, from which nothing is imported when untrusted.
    """

    trusted: bool
    sandboxed: bool
    root: Path


def build_context(
    fetched: FetchedTemplate,
    repo_dir: Path,
    *,
    extra_context: Mapping[str, Any],
    no_input: bool,
    output_dir: Path,
    isolation: Isolation,
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
            boolean = "boolean" in str(error)
            raise UserError(
                f"--extra-context: {str(error).rstrip('.')}",
                hint="answer yes or no" if boolean else "answer one of the choices",
            ) from error
        if not prompt:
            return context
        context["_cookiecutter"] = {
            key: value for key, value in context["cookiecutter"].items() if not key.startswith("_")
        }
        if context["cookiecutter"]:
            with _environment(repo_dir, isolation):
                context["cookiecutter"].update(prompt_for_config(context, no_input))
    context["cookiecutter"]["_template"] = fetched.reference
    context["cookiecutter"]["_output_dir"] = str(output_dir.resolve())
    context["cookiecutter"]["_repo_dir"] = str(repo_dir)
    context["cookiecutter"]["_checkout"] = fetched.checkout
    return context


def project_dir_name(
    repo_dir: Path, context: dict[str, Any], *, label: str, isolation: Isolation
) -> str:
    """The name the template's top folder renders to (to check the target before rendering)."""
    import cookiecutter.generate
    from cookiecutter.find import find_template

    with converted_errors(label), _environment(repo_dir, isolation):
        env = cookiecutter.generate.create_env_with_context(context)  # sandboxed when patched
        top = Path(find_template(str(repo_dir), env)).name
        name: str = env.from_string(top).render(**context)
    if not name or Path(name).name != name or name in (".", "..") or "\0" in name:
        raise UnsafeTemplateError(
            f"template {label}: its project folder {top} renders to {name!r}",
            hint="it must render to a plain folder name; check the answers given",
        )
    return name


def render_project(
    repo_dir: Path,
    context: dict[str, Any],
    into: Path,
    *,
    label: str,
    isolation: Isolation,
    project_name: str,
) -> Path:
    """Render the template into the empty folder ``into``; return the project folder made.

    Every rendered path is checked to stay inside the project before it is written. A
    trusted template's symlinks are rendered from a copy (as placeholders), then put back
    as links that stay inside the project; an untrusted one never gets here with links.
    """
    import cookiecutter.generate
    from cookiecutter.find import find_template
    from cookiecutter.generate import generate_files

    links: list[Link] = []
    source = repo_dir
    if template_links(repo_dir):
        source, links = copy_without_links(repo_dir, into.parent / "template")
    guard = PathGuard(into / project_name, label)
    with converted_errors(label, guard), _environment(source, isolation, guard=guard):
        template_dir = Path(find_template(str(source), _plain_environment(context)))
        guard.top = template_dir.name
        env = cookiecutter.generate.create_env_with_context(context)  # with the guard
        guard.preflight(env, template_dir, context)
        guard.current = ""
        project = Path(
            generate_files(
                repo_dir=str(source),
                context=context,
                output_dir=str(into),
                accept_hooks=isolation.trusted,
            )
        )
    relink(project, links, label)
    if not isolation.trusted:  # a trusted template's hooks may make links (a virtualenv's)
        check_rendered_tree(project, label)
    return project
