"""The project templates shipped with the tool, found in a checkout or in an installed wheel.

In this repository they live in ``cookiecutter-templates/``; the wheel carries the same folder
as ``scaffold/_cookiecutter_templates`` (``force-include`` in ``pyproject.toml``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from scaffold.errors import UserError

__all__ = ["BUILTIN_TEMPLATES", "DEFAULT_TEMPLATE", "builtin_dir", "builtin_name", "clean_copy"]

DEFAULT_TEMPLATE = "fastapi-service"
BUILTIN_TEMPLATES = (DEFAULT_TEMPLATE,)

_PACKAGE = Path(__file__).resolve().parent.parent
_ROOTS = (_PACKAGE / "_cookiecutter_templates", _PACKAGE.parent / "cookiecutter-templates")


def builtin_dir(name: str = DEFAULT_TEMPLATE) -> Path:
    """The folder of the built-in template ``name``."""
    if name not in BUILTIN_TEMPLATES:
        raise UserError(
            f"no built-in project template {name!r}",
            hint=f"built in: {', '.join(BUILTIN_TEMPLATES)}",
        )
    for root in _ROOTS:
        folder = root / name
        if (folder / "cookiecutter.json").is_file():
            return folder
    raise UserError(
        f"the built-in template {name!r} is missing from this installation",
        hint="reinstall contract-scaffold",
    )


def builtin_name(reference: str | None) -> str | None:
    """Which built-in template ``reference`` means, if any.

    ``None`` is the default template; a built-in name counts unless a folder of that name
    exists (cookiecutter's rule: a local path wins); a path to a built-in folder counts too.
    """
    if reference is None:
        return DEFAULT_TEMPLATE
    path = Path(reference).expanduser()
    if reference in BUILTIN_TEMPLATES and not path.exists():
        return reference
    if path.is_dir():
        resolved = path.resolve()
        for name in BUILTIN_TEMPLATES:
            if resolved == builtin_dir(name).resolve():
                return name
    return None


def clean_copy(name: str, into: Path) -> Path:
    """The built-in template, copied without byte-code if its project files have any.

    pip compiles the ``.py`` files of the wheel's copy on install; rendered as they are, the
    ``__pycache__`` folders would land in every project. A checkout has none: no copy needed.
    """
    source = builtin_dir(name)
    caches = (path for path in source.rglob("__pycache__") if path.parent != source)
    if next(caches, None) is None:
        return source
    target = into / name
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.py[co]"))
    return target
