"""Read template files: YAML to ``Template``, every problem located as ``file:line:column``.

Pydantic's errors are rewritten for people editing YAML: a field path such as
``requires[2].rate_limit.limit``, "must be ..." instead of "Input should be ...", a missing key
reported on the mapping that lacks it.
"""

from __future__ import annotations

import gc
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scaffold.catalog._cache import CachedEntry, ParseCache, Signature, digest, signature_of
from scaffold.catalog._errors import Problem, RegistryError
from scaffold.catalog._files import MAX_FILE_BYTES

if TYPE_CHECKING:
    from pydantic import ValidationError

    from scaffold.catalog._model import Template
    from scaffold.catalog._yaml import Document

__all__ = [
    "HoldsTemplate",
    "LoadedTemplate",
    "PendingTemplate",
    "field_path",
    "load_file",
    "load_folder",
    "template_files",
]

SUFFIXES = (".yaml", ".yml")
_TAG_PREFIX = "~"  # ``_base.TAG_PREFIX``, known here without importing the models


def _validated(data: Any) -> Template | None:
    """``data`` as a template, or ``None`` when the model refuses it.

    The models are imported here, through the package (which builds them without plugin
    look-up), so a command that validates no template never builds them.
    """
    from pydantic import ValidationError

    from scaffold.catalog import Template

    try:
        return Template.model_validate(data)
    except ValidationError:
        return None


class PendingTemplate:
    """A template the parse cache holds as valid: its name now, the model on first use.

    Building a pydantic model costs a tenth of a millisecond; a catalog of thousands of
    templates, most of which a command never looks at, would pay it for every one of them.
    The cached data is validated in full when the template is first used, so a tampered
    cache still cannot hand out an invalid template: then the file itself is read again.
    """

    __slots__ = ("_entry", "_path", "_template", "name")

    def __init__(self, entry: CachedEntry, path: Path) -> None:
        self.name = entry.name
        self._entry = entry
        self._path = path
        self._template: Template | None = None

    def resolve(self) -> Template:
        """The validated template (validated once, then kept)."""
        if self._template is None:
            self._template = self._validate()
        return self._template

    def _validate(self) -> Template:
        data = self._entry.data()
        if isinstance(data, dict):
            template = _validated(data)
            if template is not None and template.name == self.name:
                return template
        loaded, problems = load_file(self._path)  # the cache lied: the file decides
        if loaded is not None and loaded.template.name == self.name:
            return loaded.template
        if not problems:
            message = f"the template {self.name!r} changed while in use; run the command again"
            problems = [Problem(self._path, 1, 1, "name", message)]
        raise RegistryError.from_problems(problems)


class HoldsTemplate:
    """Something that holds a template as ``spec``: the template, or a ``PendingTemplate``."""

    spec: Template | PendingTemplate

    @property
    def template(self) -> Template:
        """The template, validated on first use when it came from the parse cache."""
        spec = self.spec
        return spec.resolve() if isinstance(spec, PendingTemplate) else spec

    @property
    def name(self) -> str:
        """The template's name, known without validating it."""
        return self.spec.name


@dataclass(frozen=True)
class LoadedTemplate(HoldsTemplate):
    """A valid template and the file it came from (with the position of its ``name``).

    ``sha256`` is the digest of the file's bytes when it was read.
    """

    spec: Template | PendingTemplate
    path: Path
    line: int
    column: int
    sha256: str | None = None


def field_path(loc: Iterable[str | int]) -> str:
    """``("requires", 2, "rate_limit")`` -> ``requires[2].rate_limit``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def _clean_loc(loc: Sequence[str | int]) -> tuple[str | int, ...]:
    return tuple(
        part for part in loc if not (isinstance(part, str) and part.startswith(_TAG_PREFIX))
    )


_REWRITES = (
    ("Input should be a valid dictionary or object to extract fields from", "must be a mapping"),
    ("Input should be a valid dictionary or instance of", "must be a mapping, not an instance of"),
    ("Input should be a valid dictionary", "must be a mapping"),
    ("Input should be a valid list", "must be a list"),
    ("Input should be a valid tuple", "must be a list"),
    ("Input should be", "must be"),
    ("String should have", "must have"),
    ("List should have", "must have"),
    ("Tuple should have", "must have"),
    ("Dictionary should have", "must have"),
    ("String should match pattern", "must match the pattern"),
    ("Value error, ", ""),
)


def _message(error: dict[str, Any]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "greater_than_equal" and ctx.get("ge") == 1:
        return "must be a positive integer"
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return "must not be empty"
    if kind in ("list_type", "tuple_type") and isinstance(error.get("input"), str):
        return "must be a list (write `[a, b]` or one `- item` per line)"
    message: str = error["msg"]
    for old, new in _REWRITES:
        if message.startswith(old):
            return new + message[len(old) :]
    return message


def _unknown_key(raw_loc: Sequence[str | int]) -> str:
    from scaffold.catalog import Template
    from scaffold.catalog._base import closest, valid_keys

    key = str(raw_loc[-1])
    keys = valid_keys(Template, raw_loc[:-1])
    if keys is None:
        return f"unknown key {key!r}"
    return f"unknown key {key!r}{closest(key, keys) or ';'} valid keys: {', '.join(keys)}"


def problems_from(document: Document, error: ValidationError) -> list[Problem]:
    """Turn a pydantic error into located problems, in file order."""
    from scaffold.catalog._yaml import locate

    problems: list[Problem] = []
    for item in error.errors(include_url=False):
        loc = _clean_loc(item["loc"])
        kind = item["type"]
        if kind == "missing" and loc:
            parent, key = loc[:-1], loc[-1]
            line, column = locate(document.root, parent)
            message = f"missing required key {key!r}"
            problems.append(Problem(document.path, line, column, field_path(parent), message))
            continue
        at_key = kind == "extra_forbidden"
        line, column = locate(document.root, loc, at_key=at_key)
        message = _message(dict(item))
        if kind == "extra_forbidden":
            message = _unknown_key(item["loc"])
        shown = tuple(part for part in loc if part != "[key]")
        problems.append(Problem(document.path, line, column, field_path(shown), message))
    unique = dict.fromkeys(problems)
    return sorted(unique, key=lambda p: (p.line, p.column))


def _too_large(path: Path) -> list[Problem]:
    message = f"file is larger than {MAX_FILE_BYTES // 1024} KiB; templates are short files"
    return [Problem(path, 1, 1, "", message)]


# Opening never blocks (a FIFO named like a template is refused by the fstat that follows).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _read(path: Path) -> tuple[bytes | None, list[Problem], Signature | None]:
    """The file's bytes and its ``stat`` signature, taken before reading.

    The size is checked with ``fstat`` first (a huge file is never read).
    """
    try:
        handle = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(handle)
            if not stat.S_ISREG(info.st_mode):
                return None, [Problem(path, 1, 1, "", "not a regular file")], None
            if info.st_size > MAX_FILE_BYTES:
                return None, _too_large(path), None
            raw = os.read(handle, MAX_FILE_BYTES + 1)
            while len(raw) != info.st_size and len(raw) <= MAX_FILE_BYTES:  # a short read,
                more = os.read(handle, MAX_FILE_BYTES + 1 - len(raw))  # or it changed size
                if not more:
                    break
                raw += more
        finally:
            os.close(handle)
    except OSError as error:
        problem = Problem(path, 1, 1, "", f"cannot read file: {error.strerror or error}")
        return None, [problem], None
    if len(raw) > MAX_FILE_BYTES:
        return None, _too_large(path), None
    return raw, [], signature_of(info)


def _decode(path: Path, raw: bytes) -> tuple[str | None, list[Problem]]:
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        return None, [Problem(path, 1, 1, "", "file is not UTF-8 text")]


def _name_problem(path: Path, template: Template, line: int, column: int) -> Problem | None:
    if template.name == path.stem:
        return None
    return Problem(
        path,
        line,
        column,
        "name",
        f"{template.name!r} does not match the file name {path.name!r}; a template lives in "
        f"<name>.yaml (rename the file to {template.name}.yaml)",
    )


def _parse_and_validate(path: Path, text: str) -> tuple[LoadedTemplate | None, list[Problem], Any]:
    """The template (or problems) and the parsed data it came from."""
    from scaffold.catalog._yaml import locate, parse  # only files the cache lacks are parsed

    document, problems = parse(path, text)
    if document is None:
        return None, problems, None
    if not isinstance(document.data, dict):
        kind = "a list" if isinstance(document.data, list) else "a single value"
        message = f"a template is a YAML mapping (name: ..., version: ...), not {kind}"
        return None, [Problem(path, 1, 1, "", message)], None
    from pydantic import ValidationError

    from scaffold.catalog import Template

    try:
        template = Template.model_validate(document.data)
    except ValidationError as error:
        return None, problems_from(document, error), None
    line, column = locate(document.root, ("name",))
    wrong = _name_problem(path, template, line, column)
    if wrong is not None:
        return None, [wrong], None
    sha256 = digest(text.encode("utf-8", "surrogatepass"))
    return LoadedTemplate(template, path, line, column, sha256), [], document.data


def load_file(path: Path, text: str | None = None) -> tuple[LoadedTemplate | None, list[Problem]]:
    """Load and validate one template file."""
    if text is None:
        raw, problems, _ = _read(path)
        if raw is None:
            return None, problems
        text, problems = _decode(path, raw)
        if text is None:
            return None, problems
    template, problems, _ = _parse_and_validate(path, text)
    return template, problems


def _from_cache(path: Path, entry: CachedEntry, *, trusted: bool) -> LoadedTemplate | None:
    """The template of a cache hit: pending when ``trusted``, else validated now."""
    if entry.name != path.stem:
        return None
    if trusted:
        pending = PendingTemplate(entry, path)
        return LoadedTemplate(pending, path, entry.line, entry.column, entry.sha256)
    data = entry.data()
    if not isinstance(data, dict):
        return None
    template = _validated(data)
    if template is None or template.name != entry.name:
        return None
    return LoadedTemplate(template, path, entry.line, entry.column, entry.sha256)


def _load_cached(
    path: Path, cache: ParseCache, *, lazy: bool
) -> tuple[LoadedTemplate | None, list[Problem]]:
    """A file the cache knows unchanged by ``stat`` is not read; any other is read and hashed."""
    try:
        known = cache.unchanged(path.name, signature_of(os.stat(path)))
    except OSError:
        known = None  # reading it says what is wrong
    if known is not None:
        loaded = _from_cache(path, known, trusted=lazy and cache.trusted)
        if loaded is not None:
            return loaded, []
        cache.forget(path.name)
    raw, problems, signature = _read(path)
    if raw is None:
        return None, problems
    key = digest(raw)
    entry = cache.get(path.name, key, signature)
    if entry is not None:
        loaded = _from_cache(path, entry, trusted=lazy and cache.trusted)
        if loaded is not None:
            return loaded, []
        cache.forget(path.name)
    text, problems = _decode(path, raw)
    if text is None:
        return None, problems
    loaded, problems, data = _parse_and_validate(path, text)
    if loaded is not None:
        cache.put(path.name, key, data, (loaded.line, loaded.column), signature)
    return loaded, problems


def template_files(folder: Path) -> list[Path]:
    """The template files of a folder (not recursive), sorted; symlinks leaving it are skipped."""
    if not folder.is_dir():
        return []
    root = folder.resolve()
    names: list[str] = []
    with os.scandir(folder) as entries:  # file types come with the listing: no stat per file
        for entry in entries:
            if not entry.name.endswith(SUFFIXES) or not entry.is_file():
                continue
            if entry.is_symlink() and not (folder / entry.name).resolve().is_relative_to(root):
                continue
            names.append(entry.name)
    names.sort()  # the order of the paths, without comparing thousands of Path objects
    return [folder / name for name in names]


def load_folder(
    folder: Path, *, cache: bool = True, lazy: bool = False
) -> tuple[list[LoadedTemplate], list[Problem]]:
    """Load every template of a folder; report every problem of every file.

    With ``cache`` the parsed YAML of valid files is reused while their content is unchanged.
    With ``lazy`` too, a file the cache knows valid is validated on first use only
    (``PendingTemplate``): for catalogs, where most templates are never looked at.
    """
    loaded: list[LoadedTemplate] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return loaded, [Problem(folder, 1, 1, "", "no such folder")]
    # Loading allocates many objects that all live on: the cyclic garbage collector would
    # scan them again and again while finding nothing to free.
    collecting = gc.isenabled()
    gc.disable()
    try:
        parsed = ParseCache(folder) if cache else None
        for path in template_files(folder):
            if parsed is None:
                template, found = load_file(path)
            else:
                template, found = _load_cached(path, parsed, lazy=lazy)
            if template is not None:
                loaded.append(template)
            problems.extend(found)
        if parsed is not None:
            parsed.save()
    finally:
        if collecting:
            gc.enable()
    return loaded, problems
