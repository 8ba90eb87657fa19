"""Registries the user added: a local folder (read live) or a git repository pinned to a commit.

The list lives in ``registries.json`` under the user config directory; git checkouts live under
the user cache directory, one folder per pinned commit, so a deleted cache is fetched again at
the same commit. A registry is data only: its YAML files are read, nothing in it is run (git
runs with hooks, symlinks, LFS smudging and the ``ext::`` transport disabled).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from scaffold.catalog._errors import RegistryError
from scaffold.catalog._files import write_atomically
from scaffold.catalog._loader import LoadedTemplate, load_folder
from scaffold.catalog._sources import Source, build_catalog, builtin_source

__all__ = [
    "AddedRegistry",
    "RegistryUpdate",
    "add_registry",
    "added_registries",
    "cache_dir",
    "config_file",
    "is_git_url",
    "remove_registry",
    "update_registry",
    "user_sources",
]

APP = "contract-scaffold"
RegistryKind = Literal["folder", "git"]
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
_RESERVED = frozenset({"project", "builtin", "built-in"})
_SCP_LIKE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*@[A-Za-z0-9][A-Za-z0-9.-]*:[^\s]+")
_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,199}")
_COMMIT = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
_URL_SCHEMES = ("https://", "ssh://", "file://")
_GIT_TIMEOUT = 300


def config_file() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP) / "registries.json"


def cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path(APP) / "registries"


@dataclass(frozen=True)
class AddedRegistry:
    """One registry the user added."""

    name: str
    kind: RegistryKind
    source: str
    commit: str | None = None
    ref: str | None = None
    subdir: str | None = None

    @property
    def checkout(self) -> Path | None:
        """Where the pinned commit is checked out (git registries only)."""
        return cache_dir() / self.name / self.commit if self.commit else None

    @property
    def root(self) -> Path:
        """The folder holding the templates."""
        if self.kind == "folder":
            base = Path(self.source)
        else:
            base = cache_dir() / self.name / (self.commit or "unpinned")
        return base / self.subdir if self.subdir else base

    def as_source(self) -> Source:
        return Source("user", self.name, self.root)


@dataclass(frozen=True)
class RegistryUpdate:
    """What ``update`` changed: the commits, and the templates added, changed and removed."""

    name: str
    old_commit: str | None
    new_commit: str | None
    added: tuple[str, ...] = ()
    changed: tuple[tuple[str, int, int], ...] = ()
    removed: tuple[str, ...] = ()
    templates: tuple[str, ...] = ()

    @property
    def unchanged(self) -> bool:
        return self.old_commit == self.new_commit and not (
            self.added or self.changed or self.removed
        )


def _read_config() -> list[AddedRegistry]:
    path = config_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as error:
        raise RegistryError(
            f"cannot read {path}: {error}", hint="fix or delete the file to start over"
        ) from None
    registries: list[AddedRegistry] = []
    try:
        for item in raw["registries"]:
            registries.append(AddedRegistry(**item))
    except (KeyError, TypeError) as error:
        raise RegistryError(
            f"{path} is not a registry list ({error})", hint="fix or delete the file"
        ) from None
    return registries


def _write_config(registries: Sequence[AddedRegistry]) -> None:
    payload = {"version": 1, "registries": [asdict(item) for item in registries]}
    write_atomically(config_file(), json.dumps(payload, indent=2) + "\n")


def added_registries() -> list[AddedRegistry]:
    """The registries the user added, in the order they were added."""
    return _read_config()


def _find(name: str, registries: Sequence[AddedRegistry]) -> AddedRegistry:
    for item in registries:
        if item.name == name:
            return item
    known = ", ".join(item.name for item in registries) or "none added yet"
    raise RegistryError(f"no added registry named {name!r}", hint=f"added: {known}")


# ---- git ----------------------------------------------------------------------------------------


def _git(*args: str, cwd: Path | None = None) -> str:
    """Run git with everything that could run code from the repository switched off."""
    hooks = cache_dir() / ".no-hooks"
    command = [
        "git",
        "-c", "protocol.ext.allow=never",
        "-c", f"core.hooksPath={hooks}",
        "-c", "core.symlinks=false",
        "-c", "core.fsmonitor=false",
        "-c", "submodule.recurse=false",
        *args,
    ]  # fmt: skip
    env = {
        **os.environ,
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_LFS_SKIP_SMUDGE": "1",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    try:
        done = subprocess.run(  # noqa: S603 - fixed program, arguments never go through a shell
            command,
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=_GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise RegistryError(
            "git is not installed", hint="install git to add registries from a URL"
        ) from None
    except subprocess.TimeoutExpired:
        raise RegistryError(f"git {args[0]} took longer than {_GIT_TIMEOUT} s") from None
    if done.returncode != 0:
        raise RegistryError(f"git {args[0]} failed: {_git_error(done.stderr)}")
    return done.stdout.strip()


def _git_error(stderr: str) -> str:
    """git's own reason: its first ``fatal:`` or ``error:`` line, not the advice after it
    ("Please make sure you have the correct access rights / and the repository exists.")."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        for prefix in ("fatal:", "error:"):
            if line.startswith(prefix):
                return line.removeprefix(prefix).strip()
    return lines[-1] if lines else "(no message)"


def is_git_url(source: str) -> bool:
    return source.startswith(_URL_SCHEMES) or bool(_SCP_LIKE.fullmatch(source))


def _resolve(clone: Path, ref: str | None) -> str:
    if ref is not None and (not _REF.fullmatch(ref) or ".." in ref):
        raise RegistryError(f"invalid git ref {ref!r}", hint="give a branch, tag or commit name")
    candidates = (
        ["HEAD"] if ref is None else [f"refs/remotes/origin/{ref}", f"refs/tags/{ref}", ref]
    )
    for candidate in candidates:
        try:
            return _git("rev-parse", "--verify", "--quiet", f"{candidate}^{{commit}}", cwd=clone)
        except RegistryError:
            continue
    raise RegistryError(f"no branch, tag or commit {ref!r} in the repository")


def _fetch(url: str, ref: str | None, commit: str | None) -> tuple[Path, str]:
    """Clone ``url`` into a temporary folder of the cache and check out ``commit`` (or ``ref``)."""
    base = cache_dir()
    base.mkdir(parents=True, exist_ok=True)
    if commit is not None and not _COMMIT.fullmatch(commit):
        raise RegistryError(f"invalid pinned commit {commit!r} in {config_file()}")
    clone = Path(tempfile.mkdtemp(dir=base, prefix=".clone-"))
    try:
        _git("clone", "--quiet", "--no-checkout", "--", url, str(clone))
        pinned = commit or _resolve(clone, ref)
        _git("checkout", "--quiet", "--detach", pinned, "--", cwd=clone)
        return clone, _git("rev-parse", "HEAD", cwd=clone)
    except BaseException:
        shutil.rmtree(clone, ignore_errors=True)
        raise


def _install(clone: Path, name: str, commit: str) -> Path:
    """Move a fetched clone into its place in the cache (``<name>/<commit>``)."""
    target = cache_dir() / name / commit
    if target.exists():
        shutil.rmtree(clone, ignore_errors=True)
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(clone, target)
    return target


def _ensure_checkout(registry: AddedRegistry) -> None:
    """Fetch a git registry's pinned commit again if the cache lost it."""
    checkout = registry.checkout
    if registry.kind != "git" or checkout is None or checkout.is_dir():
        return
    clone, commit = _fetch(registry.source, None, registry.commit)
    _install(clone, registry.name, commit)


def _templates_root(base: Path, subdir: str | None) -> tuple[Path, str | None]:
    if subdir:
        root = (base / subdir).resolve()
        if not root.is_relative_to(base.resolve()) or not root.is_dir():
            raise RegistryError(f"no folder {subdir!r} in the registry")
        return root, subdir
    if (base / "registry").is_dir():
        return base / "registry", "registry"
    return base, None


# ---- the operations -----------------------------------------------------------------------------


def user_sources() -> list[Source]:
    """The added registries as catalog sources (restoring lost git checkouts)."""
    sources: list[Source] = []
    for registry in _read_config():
        _ensure_checkout(registry)
        if not registry.root.is_dir():
            raise RegistryError(
                f"registry {registry.name!r}: folder {registry.root} is missing",
                hint=f"restore it, or run `scaffold registry remove {registry.name}`",
            )
        sources.append(registry.as_source())
    return sources


def _check_catalog(
    others: Sequence[AddedRegistry], staged: Source, templates: Sequence[LoadedTemplate]
) -> None:
    """The catalog of the other added registries, the staged one and the built-ins is valid."""
    sources = [item.as_source() for item in others]
    build_catalog([*sources, staged, builtin_source()], {staged: templates})


def _load_checked(registry: AddedRegistry) -> list[LoadedTemplate]:
    templates, problems = load_folder(registry.root)
    if problems:
        raise RegistryError.from_problems(problems)
    return templates


def add_registry(
    name: str, source: str, *, ref: str | None = None, subdir: str | None = None
) -> tuple[AddedRegistry, list[str]]:
    """Add a folder or a git repository (pinned to the commit of ``ref``, default its HEAD).

    The registry's templates must all be valid and must not clash with other sources;
    otherwise nothing is recorded. Returns the registry and its template names.
    """
    if not _NAME.fullmatch(name) or name in _RESERVED:
        raise RegistryError(
            f"invalid registry name {name!r}",
            hint="use lowercase letters, digits, '-' and '_' (not project or builtin)",
        )
    registries = _read_config()
    if any(item.name == name for item in registries):
        raise RegistryError(
            f"a registry named {name!r} is already added",
            hint=f"run `scaffold registry update {name}` or remove it first",
        )
    folder = Path(source).expanduser()
    clone: Path | None = None
    if folder.is_dir():
        root, subdir = _templates_root(folder.resolve(), subdir)
        registry = AddedRegistry(name, "folder", str(folder.resolve()), subdir=subdir)
        if ref is not None:
            raise RegistryError("--ref applies to git registries, not to folders")
    elif is_git_url(source):
        clone, commit = _fetch(source, ref, None)
        try:
            root, subdir = _templates_root(clone, subdir)
        except BaseException:
            shutil.rmtree(clone, ignore_errors=True)
            raise
        registry = AddedRegistry(name, "git", source, commit=commit, ref=ref, subdir=subdir)
    else:
        raise RegistryError(
            f"{source!r} is neither a folder nor a git URL",
            hint="give a folder path, or an https://, ssh://, file:// or user@host:path URL",
        )
    try:
        staged = Source("user", name, root)
        templates, problems = load_folder(root)
        if problems:
            raise RegistryError.from_problems(problems)
        _check_catalog(registries, staged, templates)
        if clone is not None and registry.commit is not None:
            _install(clone, name, registry.commit)
            clone = None
        _write_config([*registries, registry])
    finally:
        if clone is not None:
            shutil.rmtree(clone, ignore_errors=True)
    return registry, [item.template.name for item in templates]


def _diff(
    old: Sequence[LoadedTemplate], new: Sequence[LoadedTemplate]
) -> tuple[tuple[str, ...], tuple[tuple[str, int, int], ...], tuple[str, ...]]:
    before = {item.template.name: item.template for item in old}
    after = {item.template.name: item.template for item in new}
    added = tuple(sorted(set(after) - set(before)))
    removed = tuple(sorted(set(before) - set(after)))
    changed = tuple(
        (name, before[name].version, after[name].version)
        for name in sorted(set(before) & set(after))
        if before[name] != after[name]
    )
    return added, changed, removed


def update_registry(name: str) -> RegistryUpdate:
    """Re-pin a git registry to the current commit of its ref; report what changed."""
    registries = _read_config()
    current = _find(name, registries)
    if current.kind == "folder":
        templates = _load_checked(current)
        names = tuple(item.template.name for item in templates)
        return RegistryUpdate(name, None, None, templates=names)
    old_templates: list[LoadedTemplate] = []
    if current.checkout is not None and current.root.is_dir():
        old_templates, _ = load_folder(current.root)
    clone, commit = _fetch(current.source, current.ref, None)
    try:
        updated = AddedRegistry(
            name, "git", current.source, commit=commit, ref=current.ref, subdir=current.subdir
        )
        root = clone / updated.subdir if updated.subdir else clone
        if not root.is_dir():
            raise RegistryError(f"registry {name!r}: folder {updated.subdir!r} is gone upstream")
        new_templates, problems = load_folder(root)
        if problems:
            raise RegistryError.from_problems(problems)
        others = [item for item in registries if item.name != name]
        _check_catalog(others, updated.as_source(), new_templates)
        _install(clone, name, commit)
    except BaseException:
        shutil.rmtree(clone, ignore_errors=True)
        raise
    _write_config([updated if item.name == name else item for item in registries])
    if current.checkout is not None and current.commit != commit:
        shutil.rmtree(current.checkout, ignore_errors=True)
    added, changed, removed = _diff(old_templates, new_templates)
    names = tuple(sorted(item.template.name for item in new_templates))
    return RegistryUpdate(name, current.commit, commit, added, changed, removed, names)


def remove_registry(name: str) -> AddedRegistry:
    """Forget an added registry and delete its cached checkouts."""
    registries = _read_config()
    registry = _find(name, registries)
    _write_config([item for item in registries if item.name != name])
    if registry.kind == "git":
        shutil.rmtree(cache_dir() / name, ignore_errors=True)
    return registry
