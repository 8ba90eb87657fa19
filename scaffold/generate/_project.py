"""Where a project keeps its code: ``[tool.scaffold]`` in pyproject.toml, or the layout's defaults.

A project names its package and the folders generated code goes to::

    [tool.scaffold]
    package = "app"                  # import name; found under the root or under src/
    endpoints = "app/api/routes"     # folders relative to the project root
    schemas = "app/schemas"
    services = "app/services"
    tests = "tests/contracts"
    checklists = "docs/checklists"
    app = "app/main.py"              # the module to register routers in (optional)

Every key is optional. Without them the layout decides: a ``src/`` or flat package (``app``
preferred, then the one named after the project), routers in an existing ``api/routes``,
``routers`` or ``endpoints`` folder, ``schemas`` and ``services`` beside them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scaffold.errors import UserError
from scaffold.generate._python_target import python_floor

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["CONFIG_KEYS", "Project", "find_project"]

CONFIG_KEYS = ("package", "endpoints", "schemas", "services", "tests", "checklists", "app")
_ENDPOINT_FOLDERS = (
    "api/routes",
    "api/routers",
    "api/endpoints",
    "routers",
    "routes",
    "endpoints",
    "api",
)
_NOT_PACKAGES = frozenset(
    {
        "tests",
        "test",
        "docs",
        "doc",
        "bench",
        "benchmarks",
        "scripts",
        "build",
        "dist",
        "migrations",
    }
)
_DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


@dataclass(frozen=True)
class Project:
    """A project's root and the folders generated code is written to (absolute paths)."""

    root: Path
    package: str
    source_root: Path
    endpoints: Path
    schemas: Path
    services: Path
    tests: Path
    checklists: Path
    app_module: Path | None = None
    configured: bool = False
    python_floor: tuple[int, int] | None = None  # oldest Python it supports; None: unknown

    @property
    def package_dir(self) -> Path:
        return self.source_root.joinpath(*self.package.split("."))

    @property
    def manifest_path(self) -> Path:
        return self.root / ".scaffold" / "generated.json"

    def relative(self, path: Path) -> str:
        """``path`` relative to the project root, with forward slashes (for messages, manifest)."""
        return path.relative_to(self.root).as_posix()

    def module_of(self, path: Path) -> str:
        """The dotted import name of a file or folder inside the package."""
        parts = list(path.relative_to(self.source_root).parts)
        if parts and parts[-1].endswith(".py"):
            parts[-1] = parts[-1][: -len(".py")]
        if parts and parts[-1] == "__init__":
            parts.pop()
        return ".".join(parts)


def _read_pyproject(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"{path}: cannot read it ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise UserError(f"{path}: not valid TOML ({error})") from None
    return data


def _find_root(start: Path) -> tuple[Path, dict[str, Any]]:
    """The nearest folder holding pyproject.toml (``start`` itself when none has one)."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return folder, _read_pyproject(candidate)
    return start, {}


def _config(root: Path, pyproject: Mapping[str, Any]) -> dict[str, str]:
    tool = pyproject.get("tool", {})
    table = tool.get("scaffold", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        raise UserError(f"{root / 'pyproject.toml'}: [tool.scaffold] must be a table")
    config: dict[str, str] = {}
    for key, value in table.items():
        if key not in CONFIG_KEYS:
            raise UserError(
                f"{root / 'pyproject.toml'}: unknown key [tool.scaffold] {key!r}; "
                f"valid keys: {', '.join(CONFIG_KEYS)}"
            )
        if not isinstance(value, str) or not value.strip():
            raise UserError(
                f"{root / 'pyproject.toml'}: [tool.scaffold] {key} must be a non-empty string"
            )
        config[key] = value.strip()
    return config


def _is_package(folder: Path) -> bool:
    return (folder / "__init__.py").is_file()


def _packages_in(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    return sorted(
        child.name
        for child in folder.iterdir()
        if child.is_dir()
        and child.name.isidentifier()
        and child.name not in _NOT_PACKAGES
        and _is_package(child)
    )


def _locate_package(root: Path, name: str) -> Path:
    """The source root (root or root/src) holding the configured package ``name``."""
    if not _DOTTED.fullmatch(name):
        raise UserError(f"[tool.scaffold] package {name!r} is not a dotted Python module name")
    parts = name.split(".")
    for source in (root / "src", root):
        if _is_package(source.joinpath(*parts)):
            return source
    raise UserError(
        f"[tool.scaffold] package {name!r}: no folder {'/'.join(parts)}/ with __init__.py "
        f"under {root} or {root / 'src'}"
    )


def _detect_package(root: Path, pyproject: Mapping[str, Any]) -> tuple[Path, str]:
    project_name = str(pyproject.get("project", {}).get("name", ""))
    wanted = re.sub(r"[-.]+", "_", project_name).lower()
    for source in (root / "src", root):
        found = _packages_in(source)
        for preferred in ("app", wanted):
            if preferred in found:
                return source, preferred
        if len(found) == 1:
            return source, found[0]
        if len(found) > 1:
            raise UserError(
                f"{source}: several packages ({', '.join(found)}); say which one gets the "
                'generated code with [tool.scaffold] package = "NAME" in pyproject.toml'
            )
    if not (root / "pyproject.toml").is_file():
        raise UserError(
            f"{root}: not a Python project: no pyproject.toml here or above, and no Python "
            "package found (a folder with __init__.py); point to your project's folder, or "
            "create its package, e.g. app/__init__.py"
        )
    raise UserError(
        f"{root}: no Python package found (a folder with __init__.py, flat or under src/); "
        'create one, e.g. app/__init__.py, or set [tool.scaffold] package = "NAME"'
    )


def _inside(root: Path, relative: str, key: str) -> Path:
    path = (root / relative).resolve()
    if path != root and root not in path.parents:
        raise UserError(f"[tool.scaffold] {key} = {relative!r} points outside the project {root}")
    return path


def find_project(path: str | Path | None = None) -> Project:
    """The project containing ``path`` (default: the current folder).

    The root is the nearest folder with a pyproject.toml, or ``path`` itself when there is none.
    Raises ``UserError`` when the package or a configured folder cannot be found.
    """
    start = Path(path if path is not None else Path.cwd()).resolve()
    if not start.exists():
        raise UserError(f"{start}: no such folder")
    if start.is_file():
        start = start.parent
    root, pyproject = _find_root(start)
    config = _config(root, pyproject)
    if "package" in config:
        package = config["package"]
        source_root = _locate_package(root, package)
    else:
        source_root, package = _detect_package(root, pyproject)
    package_dir = source_root.joinpath(*package.split("."))

    def folder(key: str, default: Path) -> Path:
        if key in config:
            return _inside(root, config[key], key)
        return default

    endpoints_default = next(
        (
            package_dir / sub
            for sub in _ENDPOINT_FOLDERS
            if (package_dir / sub).is_dir() and _is_package(package_dir / sub)
        ),
        package_dir / "endpoints",
    )
    endpoints = folder("endpoints", endpoints_default)
    schemas = folder("schemas", package_dir / "schemas")
    services = folder("services", package_dir / "services")
    for key, target in (("endpoints", endpoints), ("schemas", schemas), ("services", services)):
        if target != package_dir and package_dir not in target.parents:
            raise UserError(
                f"[tool.scaffold] {key} must be a folder inside the package {package_dir} "
                f"so the generated modules can be imported, got {target}"
            )
    app_module = _inside(root, config["app"], "app") if "app" in config else None
    if app_module is not None and not app_module.is_file():
        raise UserError(f"[tool.scaffold] app = {config['app']!r}: no such file under {root}")
    return Project(
        root=root,
        package=package,
        source_root=source_root,
        endpoints=endpoints,
        schemas=schemas,
        services=services,
        tests=folder("tests", root / "tests" / "contracts"),
        checklists=folder("checklists", root / "docs" / "checklists"),
        app_module=app_module,
        configured=bool(config),
        python_floor=python_floor(pyproject),
    )
