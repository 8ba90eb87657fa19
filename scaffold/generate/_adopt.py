"""Adopt the project's own authentication once: an adapter module and ``install`` in the app.

Two edits, planned like any generation (diff first, written all or nothing):

* ``<package>/scaffold_auth.py``, a small module that is the user's to edit afterwards: it
  maps the project's user object to an ``AuthContext`` and builds ``resolve_caller``, a
  ``DependencyResolver`` around the project's own current-user dependency;
* ``install(app, resolver=resolve_caller)`` right after the ``FastAPI()`` call, in the
  ``create_app()`` factory or at module level, added with libcst so the rest of the file keeps
  every byte (an ``install(app, ...)`` already there gets the resolver instead).

Once both are in place the project is "adopted": generated endpoints accept its real users,
and generated tests run against its real app (``real_app``).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from scaffold._newer_syntax import parse_source
from scaffold.generate._plan import FileChange, Plan
from scaffold.generate._project import Project
from scaffold.generate._register import _dotted, _python_files, insert_first_party_import
from scaffold.generate._register_lines import Target, targets_in

if TYPE_CHECKING:
    import libcst as cst

    from scaffold.generate._auth import ProjectAuth, RoleSource

__all__ = ["ADAPTER", "Adoption", "RealApp", "plan_adoption", "real_app"]

ADAPTER = "scaffold_auth"
RESOLVER = "resolve_caller"
_INSTALL_MODULE = "scaffold.contracts.fastapi"
_USER_ROLE = '"user"'
_VALUE = '"value"'


@dataclass(frozen=True)
class RealApp:
    """Where the project's application comes from: ``module.attribute``, called if a factory."""

    module: str
    attribute: str
    factory: bool

    @property
    def expression(self) -> str:
        return f"{self.attribute}()" if self.factory else self.attribute


@dataclass(frozen=True)
class Adoption:
    """What adopting the project's authentication would change.

    ``state``: ``adopted`` (already done), ``ready`` (``plan`` writes it), ``absent`` (no
    recognisable authentication: ``message`` says what to add) or ``manual`` (the app could
    not be found unambiguously: ``message`` holds the lines to add by hand).
    """

    state: str
    auth: ProjectAuth | None = None
    plan: Plan | None = None
    message: str = ""


def _adapter_path(project: Project) -> Path:
    return project.package_dir / f"{ADAPTER}.py"


def _role_lines(roles: RoleSource | None) -> tuple[list[str], str]:
    """The body lines computing ``roles`` and the docstring's words about them."""
    if roles is None:
        return (
            [
                "    # The user class has no role attribute: every caller is a plain user, so",
                "    # admin contracts deny everyone until admins are mapped here.",
                '    roles = {"user"}',
            ],
            "every user is a plain user",
        )
    attribute = f"user.{roles.attribute}"
    if roles.kind == "superuser":
        return (
            [
                '    roles = {"user"}',
                f"    if {attribute}:",
                '        roles.update(("admin", "super_admin"))',
            ],
            f"superusers ({roles.attribute}) are admins and super admins",
        )
    if roles.kind == "admin_flag":
        return (
            ['    roles = {"user"}', f"    if {attribute}:", '        roles.add("admin")'],
            f"{roles.attribute} makes an admin",
        )
    if roles.kind == "roles":
        return (
            [
                f"    roles = {{{_USER_ROLE}, *(str(getattr(role, {_VALUE}, role)) "
                f"for role in {attribute})}}"
            ],
            f"the names in {roles.attribute}, plus user",
        )
    if roles.annotation.replace(" ", "") in ("str", "str|None", "Optional[str]"):
        value = f"str({attribute})"
    else:  # an Enum (or unknown type): its value, else its text
        value = f'str(getattr({attribute}, "value", {attribute}))'
    return ([f'    roles = {{"user", {value}}}'], f"{roles.attribute} names the role")


def render_adapter(project: Project, auth: ProjectAuth) -> str:
    """The adapter module's source, formatted as ``ruff format`` writes it."""
    from scaffold.generate._pysource import doc_lines, from_import

    role_lines, roles_doc = _role_lines(auth.roles)
    imports: dict[str, set[str]] = {auth.dependency_module: {auth.dependency}}
    imports.setdefault(auth.user_module, set()).add(auth.user_class)
    first_party = [from_import(module, names) for module, names in sorted(imports.items())]
    about = (
        f"Generated once by scaffold; yours to edit, scaffold never rewrites it. For each "
        f"guarded call, {RESOLVER} runs the project's own dependency {auth.dependency} "
        f"({auth.file}) and caller_from_user maps the user it returns. A caller that "
        "dependency rejects is anonymous: the contract answers 401 and audits the denial."
    )
    lines = [
        '"""Who calls a guarded endpoint: this project\'s own users, as the contracts see them.',
        "",
        *doc_lines(about, 0),
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from scaffold.contracts import AuthContext",
        "from scaffold.contracts.fastapi import DependencyResolver",
        "",
        *first_party,
        "",
        "",
        f"def caller_from_user(user: {auth.user_class}) -> AuthContext:",
        '    """The contract\'s view of a user: its id and its roles.',
        "",
        *(f"    {line}" for line in doc_lines(roles_doc[:1].upper() + roles_doc[1:] + ".", 4)),
        '    """',
        *role_lines,
        f"    return AuthContext(user_id=str(user.{auth.id_attribute}), roles=frozenset(roles))",
        "",
        "",
        f"{RESOLVER} = DependencyResolver({auth.dependency}, caller_from_user)",
        "",
    ]
    return "\n".join(lines)


def _app_targets(project: Project) -> list[Target]:
    files = (
        [project.app_module]
        if project.app_module is not None
        else list(_python_files(project.package_dir))
    )
    targets: list[Target] = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if "FastAPI(" in text:
            targets += [t for t in targets_in(path, text) if t.kind in ("app", "factory")]
    return targets


def _is_install_of(statement: cst.CSTNode, variable: str) -> bool:
    """Whether ``statement`` is ``install(variable, ...)`` (or ``x.install(variable, ...)``)."""
    import libcst.matchers as m

    install = m.Name("install") | m.Attribute(attr=m.Name("install"))
    first = m.Arg(value=m.Name(variable), keyword=None)
    call = m.Call(func=install, args=[first, m.ZeroOrMore()])
    return m.matches(statement, m.SimpleStatementLine(body=[m.Expr(value=call)]))


def _with_install(body: Sequence[cst.BaseStatement], variable: str) -> list[cst.BaseStatement]:
    """``body`` with ``install(variable, resolver=...)`` after the app's creation (or in place
    of an existing ``install(variable, ...)``)."""
    import libcst as cst

    from scaffold.generate._register import _created

    statement = cst.parse_statement(f"install({variable}, resolver={RESOLVER})\n")
    out = list(body)
    for index, node in enumerate(out):
        if _is_install_of(node, variable) and isinstance(node, cst.SimpleStatementLine):
            out[index] = statement.with_changes(leading_lines=node.leading_lines)
            return out
    for index, node in enumerate(out):
        if _created(node, "FastAPI") == variable:
            out.insert(index + 1, statement)
            return out
    return out


def _imports_install(module: cst.Module) -> bool:
    import libcst as cst

    for statement in module.body:
        if isinstance(statement, cst.SimpleStatementLine):
            for small in statement.body:
                if (
                    isinstance(small, cst.ImportFrom)
                    and not small.relative
                    and _dotted(small.module) == _INSTALL_MODULE
                    and not isinstance(small.names, cst.ImportStar)
                    and any(_dotted(alias.name) == "install" for alias in small.names)
                ):
                    return True
    return False


def _third_party_index(body: Sequence[cst.BaseStatement], package: str) -> int:
    """Where ``from scaffold.contracts.fastapi import install`` sorts among third-party imports."""
    import libcst as cst

    last = None
    for index, statement in enumerate(body):
        if not isinstance(statement, cst.SimpleStatementLine) or len(statement.body) != 1:
            continue
        small = statement.body[0]
        if not isinstance(small, cst.ImportFrom) or small.relative:
            continue
        name = _dotted(small.module)
        top = name.split(".")[0]
        if top in ("__future__", package) or top in sys.stdlib_module_names:
            continue
        if name.lower() > _INSTALL_MODULE:
            return index
        last = index
    if last is not None:
        return last + 1
    imports = [
        i
        for i, s in enumerate(body)
        if isinstance(s, cst.SimpleStatementLine)
        and any(isinstance(x, (cst.Import, cst.ImportFrom)) for x in s.body)
    ]
    return imports[-1] + 1 if imports else 0


def _wire(target: Target, package: str, adapter_module: str) -> str:
    import libcst as cst

    module = cst.parse_module(target.source)
    body: list[cst.BaseStatement] = list(module.body)
    if target.kind == "factory":
        for position, node in enumerate(body):
            if isinstance(node, cst.FunctionDef) and node.name.value == target.function:
                block = node.body
                assert isinstance(block, cst.IndentedBlock)  # checked in targets_in
                inner = _with_install(list(block.body), target.variable)
                body[position] = node.with_changes(body=block.with_changes(body=inner))
                break
    else:
        body = _with_install(body, target.variable)
    line = f"from {adapter_module} import {RESOLVER}"
    if line not in target.source:
        insert_first_party_import(body, line, adapter_module, package)
    if not _imports_install(module):
        index = _third_party_index(body, package)
        body.insert(index, cst.parse_statement(f"from {_INSTALL_MODULE} import install\n"))
    return module.with_changes(body=body).code


def _manual_lines(adapter_module: str) -> str:
    return (
        f"from {_INSTALL_MODULE} import install\n"
        f"from {adapter_module} import {RESOLVER}\n"
        f"install(app, resolver={RESOLVER})  # right after app = FastAPI(...)"
    )


def _is_adopted(project: Project, targets: Sequence[Target]) -> bool:
    if not _adapter_path(project).is_file():
        return False
    return any(f"resolver={RESOLVER}" in target.source for target in targets)


def _passes_a_resolver(targets: Sequence[Target]) -> str | None:
    """The file whose app already calls ``install(app, resolver=...)`` with a resolver of its
    own (tokens, sessions, an identity provider): the runtime is connected already."""
    for target in targets:
        if "resolver" not in target.source:
            continue
        for node in ast.walk(parse_source(target.source)):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            name = getattr(function, "id", None) or getattr(function, "attr", None)
            if name == "install" and any(keyword.arg == "resolver" for keyword in node.keywords):
                return str(target.path)
    return None


def plan_adoption(project: Project, dependency: str | None = None) -> Adoption:
    """What ``scaffold init`` would write to connect the runtime to the project's users."""
    targets = _app_targets(project)
    if _is_adopted(project, targets):
        return Adoption("adopted")
    own = _passes_a_resolver(targets) if dependency is None else None
    if own is not None:
        where = project.relative(Path(own))
        return Adoption("adopted", message=f"{where} passes its own resolver to install()")
    # Looking for the project's auth reads its code: only a project not connected yet needs it.
    from scaffold.generate._auth import detect_auth, missing_auth_message

    auth = detect_auth(project, dependency)
    if auth is None:
        return Adoption("absent", message=missing_auth_message(project))
    adapter_path = _adapter_path(project)
    adapter_module = project.module_of(adapter_path)
    if len(targets) != 1:
        found = "no" if not targets else "several"
        return Adoption(
            "manual",
            auth=auth,
            message=f"{found} place creating FastAPI() found; after `scaffold init` writes "
            f"{project.relative(adapter_path)}, add these lines where the app is built:\n"
            + _manual_lines(adapter_module),
        )
    target = targets[0]
    changes: list[FileChange] = []
    relpath = project.relative(adapter_path)
    if adapter_path.exists():
        old = adapter_path.read_text(encoding="utf-8")
        changes.append(FileChange(adapter_path, relpath, "unchanged", old, old, "auth adapter"))
    else:
        adapter = render_adapter(project, auth)
        changes.append(FileChange(adapter_path, relpath, "create", None, adapter, "auth adapter"))
    new = _wire(target, project.package.split(".")[0], adapter_module)
    changes.append(
        FileChange(
            target.path,
            project.relative(target.path),
            "modify",
            target.source,
            new,
            "install the contracts with the project's users",
        )
    )
    plan = Plan(
        root=project.root,
        name=ADAPTER,
        template="",
        template_version=0,
        changes=tuple(changes),
    )
    return Adoption("ready", auth=auth, plan=plan)


def real_app(project: Project) -> RealApp | None:
    """The adopted project's application, for generated tests; ``None`` before adoption."""
    if not _adapter_path(project).is_file():
        return None  # not adopted: no need to read the app's module
    targets = _app_targets(project)
    if len(targets) != 1 or not _is_adopted(project, targets):
        return None
    target = targets[0]
    module = project.module_of(target.path)
    if target.kind == "factory" and target.function is not None:
        return RealApp(module, target.function, factory=True)
    return RealApp(module, target.variable, factory=False)


REAL_APP_TEST_IMPORTS: dict[str, set[str]] = {
    "fastapi": {"Request"},
    "scaffold.contracts": {"AuthContext"},
    "scaffold.contracts.fastapi": {"BearerTokenResolver", "DemoToken", "auth_context"},
}
"""Third-party imports the real-app fixture needs (instead of ``FastAPI`` and ``install``)."""


def real_app_import(app: RealApp) -> str:
    """The test module's import of the module that builds the application."""
    parent, _, leaf = app.module.rpartition(".")
    return (
        f"from {parent} import {leaf} as application" if parent else f"import {leaf} as application"
    )


def real_app_fixture(app: RealApp, function: str, path: str) -> str:
    """The ``client`` fixture of a generated test in an adopted project.

    The project's real app (its routes, middleware and ``install``), with demo tokens standing
    in for its users through a dependency override that is removed afterwards. The route's
    URL comes from the app (``url_path_for``), so the test also proves the router is included,
    under whatever prefix.
    """
    import re

    from scaffold.generate._pysource import call, py_str

    params = re.findall(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", path)
    served = call(
        "app.url_path_for",
        [py_str(function), *(f'{name}="0"' for name in params)],
        indent=4,
        prefix="served = ",
    )
    relative = re.sub(r"\{[^}]*\}", "0", path)
    return "\n".join(
        [
            "DEMO_CALLERS = BearerTokenResolver(TOKENS)",
            "",
            "",
            "def caller_from_token(request: Request) -> AuthContext:",
            '    """The caller a demo token names; anonymous without one."""',
            "    caller = DEMO_CALLERS(request)",
            "    if caller is not None:",
            "        return caller",
            "    return AuthContext.anonymous(request.client.host if request.client else None)",
            "",
            "",
            "@pytest.fixture",
            "def client() -> Iterator[TestClient]:",
            '    """The project\'s real app; demo bearer tokens stand in for its users."""',
            f"    app = application.{app.expression}",
            "    app.dependency_overrides[auth_context] = caller_from_token",
            "    # Where the app serves the route (under any prefix): also proves it is included.",
            served,
            call("str(served).removesuffix", [py_str(relative)], indent=4, prefix="prefix = "),
            "    try:",
            '        with TestClient(app, base_url=f"http://testserver{prefix}") as test_client:',
            "            yield test_client",
            "    finally:",
            "        app.dependency_overrides.pop(auth_context, None)",
        ]
    )
