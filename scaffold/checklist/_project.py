"""What ``checklist --verify`` reads from a project, parsed and never imported or run.

Python files are parsed with ``ast``: contracts (``@contract``), ``mount_monitoring`` calls,
``configure(...)`` keywords and settings-class defaults (``scaffold_env = "production"``).
Deployment files (Dockerfiles, compose files, Kubernetes manifests, production ``.env`` files,
Procfile, fly.toml and the like) are read as text, and YAML ones with a safe loader, for the
``SCAFFOLD_*`` variables.

A file that cannot be read, decoded or parsed is recorded in ``Project.unread`` with the reason
(and the line, where there is one), never dropped: the checks it might change cannot pass.
"""

from __future__ import annotations

import ast
import fnmatch
import io
import os
import re
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scaffold._newer_syntax import parse_source

__all__ = [
    "Contract",
    "Evidence",
    "Project",
    "PythonFile",
    "Unread",
    "inside",
    "is_test",
    "scan",
]

SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".venv",
        "venv",
        ".tox",
        ".nox",
        "node_modules",
        "site-packages",
        "__pycache__",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        "build",
        "dist",
        ".eggs",
    }
)
MAX_BYTES = 2 * 1024 * 1024
VARIABLES = (
    "SCAFFOLD_ENV",
    "SCAFFOLD_RATE_LIMIT_STORAGE",
    "SCAFFOLD_AUDIT_SINK",
    "SCAFFOLD_METRICS",
)
# configure() keyword -> the environment variable it stands for.
CONFIGURE_KEYWORDS = {
    "environment": "SCAFFOLD_ENV",
    "rate_limit_storage": "SCAFFOLD_RATE_LIMIT_STORAGE",
    "audit_sink": "SCAFFOLD_AUDIT_SINK",
    "metrics": "SCAFFOLD_METRICS",
}
DEPLOYMENT_DIRS = frozenset(
    {"k8s", "kubernetes", "deploy", "deployment", "deployments", "helm", "charts", "manifests"}
)
DEPLOYMENT_NAMES = (
    "Dockerfile*",
    "*.dockerfile",
    "Containerfile*",
    "docker-compose*.yml",
    "docker-compose*.yaml",
    "compose*.yml",
    "compose*.yaml",
    ".env.prod*",
    "prod*.env",
    "Procfile",
    "fly.toml",
    "render.yaml",
    "app.yaml",
    "heroku.yml",
)
# Files for local work, not deployment: their settings say nothing about production.
NOT_DEPLOYMENT = re.compile(r"dev|local|test|override|example|sample", re.IGNORECASE)
_TEXT_SETTING = re.compile(
    r"(?<![A-Za-z0-9_])(" + "|".join(VARIABLES) + r")(?![A-Za-z0-9_])"
    r"[\"']?\s*[=:]?\s*[\"']?([^\s\"'#,}\]]+)"
)
_MARKER = re.compile(r"#\s*scaffold:\s*(public|modified)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Evidence:
    """One place that sets a runtime setting: which, to what, where, and of what kind."""

    variable: str
    value: str | None  # None: set, but not to a literal the checklist can read
    file: str
    line: int
    kind: str  # "deployment" or "code"

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Contract:
    function: str
    name: str
    file: str
    line: int
    paths: tuple[str, ...] = ()  # the route paths its function is registered under, if any


@dataclass(frozen=True)
class Unread:
    """A file the checks could not read, and why: its settings, routes and contracts are unknown."""

    file: str
    reason: str
    line: int | None = None

    @property
    def where(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@dataclass
class PythonFile:
    relative: str
    source: str
    tree: ast.Module
    is_test: bool

    def markers(self, first: int, last: int) -> set[str]:
        """The ``# scaffold: ...`` markers on lines ``first``..``last`` (1-based)."""
        lines = self.source.splitlines()[first - 1 : last]
        return {found.group(1).lower() for line in lines for found in _MARKER.finditer(line)}


@dataclass
class Project:
    root: Path
    python: list[PythonFile] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    deployment_files: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    contracts: list[Contract] = field(default_factory=list)
    monitoring: list[tuple[str, int, dict[str, ast.expr]]] = field(default_factory=list)
    rate_limits: int = 0
    audit_logs: int = 0

    @property
    def app_files(self) -> list[PythonFile]:
        return [f for f in self.python if not f.is_test]

    @property
    def test_files(self) -> list[PythonFile]:
        return [f for f in self.python if f.is_test]

    def settings(self, variable: str) -> list[Evidence]:
        return [e for e in self.evidence if e.variable == variable]


def inside(root: Path, path: Path) -> bool:
    """Whether ``path``, symlinks resolved, lies under ``root``: nothing outside is read."""
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))


def _walk(root: Path, top: Path | None = None) -> Iterator[Path | Unread]:
    """Every file under ``root``; a folder that cannot be listed is an ``Unread``, not a stop."""
    top = top or root
    try:
        children = sorted(root.iterdir())
    except OSError as error:
        yield Unread(root.relative_to(top).as_posix() + "/", f"cannot list: {_why(error)}")
        return
    for path in children:
        if path.is_dir():
            if path.name not in SKIP_DIRS and not path.is_symlink():
                yield from _walk(path, top)
        elif path.is_file() and (not path.is_symlink() or inside(top, path)):
            yield path


def _why(error: OSError) -> str:
    return (error.strerror or type(error).__name__).lower()


def is_test(relative: str) -> bool:
    """Test code: under tests/ or test/, test_*.py, *_test.py, conftest.py."""
    parts = Path(relative).parts
    name = parts[-1]
    return (
        any(part in ("tests", "test") for part in parts[:-1])
        or name.startswith("test_")
        or name.endswith("_test.py")
        or name == "conftest.py"
    )


def _is_deployment(relative: str) -> bool:
    parts = Path(relative).parts
    name = parts[-1]
    if NOT_DEPLOYMENT.search(name):
        return False
    if any(fnmatch.fnmatch(name, pattern) for pattern in DEPLOYMENT_NAMES):
        return True
    in_deploy_dir = any(part.lower() in DEPLOYMENT_DIRS for part in parts[:-1])
    return in_deploy_dir and name.endswith((".yml", ".yaml", ".env", ".toml"))


def _literal(node: ast.expr | None) -> str | None:
    """A string, bool or number literal as text (what an environment variable would hold)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, bool, int, float)):
        return str(node.value)
    if isinstance(node, ast.Call) and node.keywords:  # Field(default="...")
        for keyword in node.keywords:
            if keyword.arg == "default":
                return _literal(keyword.value)
    return None


class _Imports(ast.NodeVisitor):
    """Local names bound to scaffold.contracts things: ``configure``, ``contract``, ..."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # local name -> attribute of scaffold.contracts
        self.modules: set[str] = set()  # local names of the scaffold.contracts module(s)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module and node.module.startswith("scaffold.contracts"):
            for alias in node.names:
                self.names[alias.asname or alias.name] = alias.name
        elif node.module == "scaffold":
            for alias in node.names:
                if alias.name == "contracts":
                    self.modules.add(alias.asname or "contracts")

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.startswith("scaffold.contracts") and alias.asname:
                self.modules.add(alias.asname)


def _callee(node: ast.expr, imports: _Imports) -> str | None:
    """The scaffold.contracts name a call or decorator refers to, if it does."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return imports.names.get(node.id)
    if isinstance(node, ast.Attribute):
        base = node.value
        dotted = []
        while isinstance(base, ast.Attribute):
            dotted.append(base.attr)
            base = base.value
        if isinstance(base, ast.Name):
            dotted.append(base.id)
            path = ".".join(reversed(dotted))
            if base.id in imports.modules or path.startswith("scaffold.contracts"):
                return node.attr
    return None


_ROUTE_DECORATORS = frozenset(
    {"get", "post", "put", "patch", "delete", "head", "options", "api_route", "route"}
)


def _route_paths(node: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[str, ...]:
    """Paths from ``@router.get("/path")``-style decorators of a function."""
    paths = []
    for decorator in node.decorator_list:
        if (
            isinstance(decorator, ast.Call)
            and isinstance(decorator.func, ast.Attribute)
            and decorator.func.attr in _ROUTE_DECORATORS
            and decorator.args
            and isinstance(decorator.args[0], ast.Constant)
            and isinstance(decorator.args[0].value, str)
        ):
            paths.append(decorator.args[0].value)
    return tuple(paths)


def _scan_python(project: Project, file: PythonFile) -> None:
    imports = _Imports()
    imports.visit(file.tree)
    for node in ast.walk(file.tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not file.is_test:
            for decorator in node.decorator_list:
                if _callee(decorator, imports) == "contract":
                    name = node.name
                    if isinstance(decorator, ast.Call):
                        for option in decorator.keywords:
                            if option.arg == "name" and _literal(option.value):
                                name = str(_literal(option.value))
                    project.contracts.append(
                        Contract(node.name, name, file.relative, node.lineno, _route_paths(node))
                    )
        elif isinstance(node, ast.Call) and not file.is_test:
            callee = _callee(node, imports)
            keywords = {k.arg: k.value for k in node.keywords if k.arg}
            if callee == "mount_monitoring":
                project.monitoring.append((file.relative, node.lineno, keywords))
            elif callee == "rate_limit":
                project.rate_limits += 1
            elif callee == "audit_log":
                project.audit_logs += 1
            elif callee == "configure":
                for argument, variable in CONFIGURE_KEYWORDS.items():
                    if argument in keywords:
                        value = _literal(keywords[argument])
                        project.evidence.append(
                            Evidence(variable, value, file.relative, node.lineno, "code")
                        )
        elif isinstance(node, ast.ClassDef) and not file.is_test:
            _settings_class(project, file, node)


def _settings_class(project: Project, file: PythonFile, node: ast.ClassDef) -> None:
    """Defaults of settings fields named after the variables (pydantic-settings style)."""
    wanted = {variable.lower(): variable for variable in VARIABLES}
    for statement in node.body:
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            target, value = statement.target.id, statement.value
        elif (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
        ):
            target, value = statement.targets[0].id, statement.value
        else:
            continue
        variable = wanted.get(target.lower())
        if variable is not None and value is not None:
            project.evidence.append(
                Evidence(variable, _literal(value), file.relative, statement.lineno, "code")
            )


def _yaml_settings(data: Any) -> Iterator[tuple[str, Any]]:
    """``(variable, value)`` pairs anywhere in a YAML document (env lists, maps, KEY=VALUE)."""
    if isinstance(data, dict):
        name = data.get("name")
        if name in VARIABLES and "value" in data:
            yield name, data["value"]
        for key, value in data.items():
            if key in VARIABLES and not isinstance(value, (dict, list)):
                yield key, value
            else:
                yield from _yaml_settings(value)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, str) and "=" in item:
                key, _, value = item.partition("=")
                if key.strip() in VARIABLES:
                    yield key.strip(), value.strip()
            else:
                yield from _yaml_settings(item)


def _expand(value: str) -> str | None:
    """``${VAR:-default}`` reads as its default; ``${VAR}`` alone is unknown here."""
    found = re.fullmatch(r"\$\{[A-Za-z0-9_]+:?-([^}]*)\}", value)
    if found:
        return found.group(1)
    return None if "$" in value else value


def _scan_deployment(project: Project, relative: str, text: str) -> None:
    lines = text.splitlines()

    def line_of(variable: str) -> int:
        return next((n for n, line in enumerate(lines, 1) if variable in line), 1)

    if relative.endswith((".yml", ".yaml")):
        import yaml

        try:
            documents = list(yaml.safe_load_all(text))
        except yaml.YAMLError:
            documents = []
        if documents:
            for document in documents:
                for variable, value in _yaml_settings(document):
                    text_value = None if value is None else _expand(str(value).strip())
                    project.evidence.append(
                        Evidence(variable, text_value, relative, line_of(variable), "deployment")
                    )
            return
    for number, line in enumerate(lines, 1):
        if line.lstrip().startswith("#"):
            continue
        for found in _TEXT_SETTING.finditer(line):
            project.evidence.append(
                Evidence(found.group(1), _expand(found.group(2)), relative, number, "deployment")
            )


def _read(path: Path, relative: str) -> bytes | Unread:
    try:
        if path.stat().st_size > MAX_BYTES:
            return Unread(relative, "larger than 2 MB")
        return path.read_bytes()
    except OSError as error:  # vanished since listed, no permission, a broken link
        return Unread(relative, f"cannot read: {_why(error)}")


def _python(data: bytes, relative: str) -> PythonFile | Unread:
    """The file parsed, as Python reads it (BOM or coding cookie, else UTF-8), or why not."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        source = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return Unread(relative, f"not {error.encoding} text ({error.reason})", line)
    except (SyntaxError, LookupError) as error:  # an unknown or contradictory coding cookie
        return Unread(relative, f"cannot decode: {error}")
    try:
        tree = parse_source(source, filename=relative)
    except SyntaxError as error:
        return Unread(relative, f"does not parse ({error.msg})", error.lineno)
    except (ValueError, RecursionError, MemoryError) as error:  # null bytes, nesting too deep
        return Unread(relative, f"does not parse ({str(error) or type(error).__name__})")
    return PythonFile(relative, source, tree, is_test(relative))


def scan(root: Path) -> Project:
    """Read everything ``--verify`` needs from the project at ``root``."""
    project = Project(root)
    for path in _walk(root):
        if isinstance(path, Unread):
            project.unread.append(path)
            continue
        relative = path.relative_to(root).as_posix()
        deployment = _is_deployment(relative)
        if path.suffix != ".py" and not deployment:
            continue
        data = _read(path, relative)
        if isinstance(data, Unread):
            project.unread.append(data)
            continue
        if path.suffix == ".py":
            file = _python(data, relative)
            if isinstance(file, Unread):
                project.unread.append(file)
                continue
            project.python.append(file)
            _scan_python(project, file)
        else:
            project.deployment_files.append(relative)
            _scan_deployment(project, relative, data.decode("utf-8", "replace"))
    return project
