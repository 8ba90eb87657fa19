"""Two shapes of real projects' auth that used to stop ``new function``, through the CLI.

- full-stack-fastapi-template writes ``except InvalidTokenError, ValidationError:`` (PEP 758,
  Python 3.14) in ``api/deps.py``, where its current-user dependency lives;
- fief's ``current_user(...)`` has no return annotation: it is a factory that returns the
  dependency it defines (annotated ``-> User | None``), bound at module level as
  ``current_active_user = current_user(active=True)``.

Each is reproduced on a copy of the ``own_auth`` fixture (shaped like the template's backend)
and generated into; the generated endpoint is then run against the project's own users.
"""

from __future__ import annotations

import ast
import difflib
import subprocess
import sys
from pathlib import Path

import pytest

from scaffold._newer_syntax import parse_source
from scaffold.cli import main
from scaffold.generate import find_project
from scaffold.generate._auth import detect_auth
from scaffold.generate._verify import run_generated_tests
from tests.generate.helpers import build_tree, copy_fixture, flat_project, ruff
from tests.generate.test_adopt import REAL_USERS, _run_in

PEP_758 = "    except ValueError, ValidationError:\n"
PARENTHESISED = "    except (ValueError, ValidationError):\n"
# A function of the app module in the newest syntax too: the router edit must read it.
PORT = (
    "\n\ndef port(text: str) -> int:\n"
    "    try:\n        return int(text)\n"
    "    except ValueError, TypeError:\n        return 8000\n"
)


def _only_added(before: str, after: str) -> bool:
    """Whether ``after`` is ``before`` with lines inserted and none changed or removed."""
    diff = difflib.ndiff(before.splitlines(keepends=True), after.splitlines(keepends=True))
    return not any(line.startswith("- ") for line in diff)


def _runnable_here(root: Path) -> None:
    """Parenthesise the PEP 758 clauses when the running Python predates them, so the
    project can be imported to run its routes (scaffold itself only read them)."""
    if sys.version_info >= (3, 14):
        return
    for path in (root / "src/myapi").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        text = text.replace(PEP_758, PARENTHESISED)
        text = text.replace(
            "    except ValueError, TypeError:\n", "    except (ValueError, TypeError):\n"
        )
        path.write_text(text, encoding="utf-8")


def _check_served_by_own_users(root: Path, function: str) -> None:
    outcome = _run_in(root, REAL_USERS)
    assert outcome["owner"] == 200
    assert outcome["other"] == 403
    assert outcome["anonymous"] == 401
    assert outcome["forged"] == 401  # the project's dependency rejects it: anonymous
    assert outcome["own_route"] == 200
    test_file = root / f"tests/contracts/test_{function}.py"
    run = run_generated_tests(find_project(root), test_file, python=sys.executable)
    assert run.passed, run.output


def test_a_deps_module_in_python_3_14_syntax_is_read_and_the_endpoint_uses_its_auth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_fixture("own_auth", tmp_path)
    deps, app = root / "src/myapi/deps.py", root / "src/myapi/main.py"
    deps.write_text(deps.read_text().replace(PARENTHESISED, PEP_758))
    app.write_text(app.read_text() + PORT)
    if sys.version_info < (3, 14):
        with pytest.raises(SyntaxError):
            ast.parse(deps.read_text())
    app_before = app.read_text()

    assert main(["new", "function", "update profile", "--into", str(root), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "get_current_user (via CurrentUser) at src/myapi/deps.py:21" in out
    adapter = (root / "src/myapi/scaffold_auth.py").read_text()
    assert "from myapi.deps import get_current_user" in adapter
    assert "DependencyResolver(get_current_user, caller_from_user)" in adapter
    app_after = app.read_text()
    assert "install(app, resolver=resolve_caller)" in app_after
    assert "app.include_router(update_profile_router)" in app_after
    assert _only_added(app_before, app_after)  # the 3.14 lines are kept byte for byte
    assert PEP_758 in deps.read_text()  # never edited
    written = ["src/myapi/routers/update_profile.py", "src/myapi/scaffold_auth.py", "tests"]
    lint = ruff("check", "--select", "E,F,I,W,UP,B", *written, cwd=root)
    assert lint.returncode == 0, lint.stdout
    unused = ruff("check", "--select", "ARG001", "tests", cwd=root)  # the template selects it
    assert unused.returncode == 0, unused.stdout

    _runnable_here(root)
    _check_served_by_own_users(root, "update_profile")


FACTORY_DEPS = '''\
"""Dependencies shared by the routes: the current user comes from a factory, as in fief."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from pydantic import ValidationError

from myapi.db import Session, get_db
from myapi.models import TokenPayload, User
from myapi.security import decode_token

reusable_oauth2 = OAuth2PasswordBearer(tokenUrl="/login/access-token")

SessionDep = Annotated[Session, Depends(get_db)]
TokenDep = Annotated[str, Depends(reusable_oauth2)]


def current_user(*, optional: bool = False, active: bool = True):
    def _current_user(session: SessionDep, token: TokenDep) -> User | None:
        try:
            token_data = TokenPayload(**decode_token(token))
        except (ValueError, ValidationError):
            if optional:
                return None
            raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED) from None
        user = session.get(token_data.sub or "")
        if user is None or (active and not user.is_active):
            if optional:
                return None
            raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
        return user

    return _current_user


current_active_user = current_user(active=True)
'''

FACTORY_USERS_ROUTER = '''\
"""The project's own routes about users."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from myapi.deps import current_active_user
from myapi.models import User

router = APIRouter(prefix="/users", tags=["users"])


@router.get("/me", response_model=User)
def read_user_me(user: User = Depends(current_active_user)) -> User:
    return user
'''

FACTORY_ITEMS_ROUTER = '''\
"""The project's own item routes."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from myapi.deps import current_active_user
from myapi.models import User

router = APIRouter(prefix="/items", tags=["items"])


@router.get("/")
def read_items(user: User = Depends(current_active_user)) -> list[dict[str, str]]:
    return [{"owner": str(user.id)}]
'''


def test_an_unannotated_factory_dependency_is_read_through_what_it_makes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_fixture("own_auth", tmp_path)
    build_tree(
        root,
        {
            "src/myapi/deps.py": FACTORY_DEPS,
            "src/myapi/routers/users.py": FACTORY_USERS_ROUTER,
            "src/myapi/routers/items.py": FACTORY_ITEMS_ROUTER,
        },
    )
    assert main(["new", "function", "update profile", "--into", str(root), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "current_active_user at src/myapi/deps.py:39, returning User" in out
    adapter = (root / "src/myapi/scaffold_auth.py").read_text()
    assert "from myapi.deps import current_active_user" in adapter
    assert "DependencyResolver(current_active_user, caller_from_user)" in adapter
    _check_served_by_own_users(root, "update_profile")


def test_a_factory_without_a_bound_dependency_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_fixture("own_auth", tmp_path)
    deps = FACTORY_DEPS.replace("current_active_user = current_user(active=True)\n", "")
    build_tree(
        root,
        {
            "src/myapi/deps.py": deps,
            **{
                f"src/myapi/routers/{name}.py": text.replace(
                    "import current_active_user", "import current_user"
                ).replace("Depends(current_active_user)", "Depends(current_user())")
                for name, text in (("users", FACTORY_USERS_ROUTER), ("items", FACTORY_ITEMS_ROUTER))
            },
        },
    )
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    assert main(["new", "function", "update profile", "--into", str(root), "--yes"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0
    assert "src/myapi/deps.py:21: current_user makes dependencies (it returns _current_user)" in (
        error
    )
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


USER = "from pydantic import BaseModel\n\nclass User(BaseModel):\n    id: int\n    role: str\n\n"


@pytest.mark.parametrize(
    "body",
    [
        # the body returns a value of a project class
        "def get_current_user(token: str):\n    return User(id=1, role='user')\n",
        "def get_current_user(token: str):\n    user: User | None = lookup(token)\n"
        "    if user is None:\n        raise ValueError(token)\n    return user\n",
        # it depends on another typed dependency and returns what that gives
        "def read_token(token: str) -> User:\n    return User(id=1, role='user')\n\n"
        "def get_current_user(user=Depends(read_token)):\n    return user\n",
        "async def load(token: str) -> User | None:\n    return None\n\n"
        "async def get_current_user(token: str):\n    found = await load(token)\n"
        "    return found\n",
    ],
)
def test_the_user_class_is_read_from_the_code_when_it_says_so(tmp_path: Path, body: str) -> None:
    root = flat_project(tmp_path / "demo")
    header = "from fastapi import Depends\n" + USER + "def lookup(token: str): ...\n\n"
    build_tree(root, {"app/deps.py": header + body})
    auth = detect_auth(find_project(root))
    assert auth is not None
    assert (auth.dependency, auth.user_class, auth.id_attribute) == (
        "get_current_user",
        "User",
        "id",
    )


@pytest.mark.parametrize(
    "body",
    [
        "async def get_current_user(manager=Depends(get_manager)):\n"
        "    return await manager.get(1)\n",  # a method: its class is not read
        "def get_current_user(admin: bool):\n    if admin:\n        return Admin()\n"
        "    return User(id=1, role='user')\n",  # two classes
        "def get_current_user(tokens: list[str]):\n    for user in tokens:\n        pass\n"
        "    user = User(id=1, role='user')\n    return user\n",  # also bound by a loop
    ],
)
def test_an_unannotated_dependency_the_code_does_not_type_is_refused(
    tmp_path: Path, body: str
) -> None:
    root = flat_project(tmp_path / "demo")
    header = "from fastapi import Depends\n" + USER + "class Admin(User): ...\n\n"
    header += "def get_manager(): ...\n\n"
    build_tree(root, {"app/deps.py": header + body})
    with pytest.raises(Exception, match="does not say for certain which class it returns"):
        detect_auth(find_project(root))


def test_the_lenient_parse_runs_only_on_a_syntax_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import scaffold._newer_syntax_rewrite as rewrite

    calls: list[str] = []
    real = rewrite.older_text

    def counted(text: str) -> str | None:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(rewrite, "older_text", counted)
    parse_source("try:\n    pass\nexcept (A, B):\n    pass\n")
    assert calls == []
    newer = "x = 1\ntry:\n    pass\nexcept A, B:\n    y = 2\n"
    if sys.version_info < (3, 14):
        tree = parse_source(newer)
        assert len(calls) == 1
        handler = tree.body[1].handlers[0]  # type: ignore[attr-defined]
        assert isinstance(handler.type, ast.Tuple)
        assert (handler.lineno, handler.body[0].lineno) == (4, 5)  # lines kept
    with pytest.raises(SyntaxError) as raised:
        parse_source("def f(:\n    pass\n")
    with pytest.raises(SyntaxError) as expected:
        ast.parse("def f(:\n    pass\n")
    assert (raised.value.msg, raised.value.lineno) == (expected.value.msg, expected.value.lineno)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="PEP 695 parses natively here")
def test_a_rewrite_that_would_move_lines_keeps_the_syntax_error() -> None:
    one_line = "def f[T](x: T) -> T:\n    return x\n"
    assert [n.lineno for n in ast.walk(parse_source(one_line)) if isinstance(n, ast.Return)] == [2]
    with pytest.raises(SyntaxError):
        parse_source("def f[\n    T,\n](x: T) -> T:\n    return x\n")


def test_reading_a_project_does_not_import_libcst_when_every_file_parses() -> None:
    code = (
        "import sys\nfrom scaffold._newer_syntax import parse_source\n"
        "parse_source('x = 1\\n')\nprint('libcst' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_syntax_libcst_cannot_read_either_keeps_the_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    build_tree(root, {"app/deps.py": "def get_current_user() -> User\n    return None\n"})
    assert main(["init", str(root), "--yes"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0
    assert "app/deps.py:1:" in error
    assert "cannot read it, so the project's authentication dependency cannot be looked for" in (
        error
    )
