"""Evidence of signing in, through the CLI and the MCP server: when every route on the new
function's collection requires a signed-in caller, a description read as public there
("receive the integration webhook") is never generated public silently. It is asked on a
terminal (the project's reading first, the description's last), refused in one line
otherwise, even with --yes or through the MCP ``plan`` tool, and nothing is written. A
collection with a route open to anyone, and a description that is not read as public, change
nothing. On a small FastAPI app written by each test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scaffold.cli import main
from tests.matching.test_project_access_cli import project as demo_project
from tests.matching.test_project_access_cli import run

INTEGRATIONS = """\
from fastapi import APIRouter, Depends

from app.deps import User, get_current_user

router = APIRouter(prefix="/integrations")


@router.get("/")
def list_integrations(user: User = Depends(get_current_user)) -> None:
    return None


@router.get("/{integration_id}")
def read_integration(integration_id: str, user: User = Depends(get_current_user)) -> None:
    return None
"""
OPEN_TO_ANYONE = INTEGRATIONS.replace(", user: User = Depends(get_current_user)", "")
MAIN = """\
from fastapi import FastAPI

from app.routers import integrations

app = FastAPI()
app.include_router(integrations.router)
"""
EVIDENCE = (
    "project: the 2 routes on /integrations/ here require a signed-in caller: "
    "get_current_user (app/deps.py:12)"
)
WEBHOOK = [
    "receive the integration webhook",
    "--method",
    "POST",
    "--path",
    "/integrations/{integration_id}/webhook",
]
GENERATED_FROM = re.compile(r"template: (\S+)")


def project(root: Path, routes: str = INTEGRATIONS) -> Path:
    return demo_project(root, routes, "integrations", MAIN)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_a_public_reading_where_every_route_requires_signing_in_is_refused_with_yes(
    tmp_path: Path,
) -> None:
    root = project(tmp_path / "demo")
    before = _tree(root)
    code, out, err = run("new", "function", *WEBHOOK, "--into", str(root), "--yes")
    assert code == 1
    assert out.splitlines()[1] == EVIDENCE
    [line] = err.strip().splitlines()
    assert line.startswith("error: the description asks both for public access (")
    assert f"and for a signed-in caller ({EVIDENCE}); say which" in line
    assert line.endswith("choose one with --template (fallback:basic, public_api_endpoint)")
    assert _tree(root) == before


@pytest.mark.parametrize(
    ("answer", "picked"), [("\n", "fallback:basic"), ("2\n", "public_api_endpoint")]
)
def test_on_a_terminal_the_two_readings_are_asked_the_projects_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str, picked: str
) -> None:
    from scaffold.cli import new

    monkeypatch.setattr(new, "_interactive", lambda: True)
    root = project(tmp_path / "demo")
    args = ["new", "function", *WEBHOOK, "--into", str(root), "--dry-run"]
    with CliRunner().isolation(input=answer) as (out, err, _):
        code = main(args)
        said, errors = out.getvalue().decode(), err.getvalue().decode()
    assert code == 0, errors
    lines = said.splitlines()
    assert lines[1] == EVIDENCE
    assert lines[2].startswith("Unsure: the description asks for public access (")
    assert lines[2].endswith(f"but {EVIDENCE}; say which.")
    assert lines[3].startswith("  1. fallback:basic (owner, score 0.45): project: ")
    assert lines[4].startswith("  2. public_api_endpoint (public, score ")
    assert "what the description says, without the project's evidence" in lines[4]
    assert GENERATED_FROM.search(said).group(1) == picked  # type: ignore[union-attr]


def test_a_collection_with_a_route_open_to_anyone_keeps_the_public_reading(
    tmp_path: Path,
) -> None:
    root = project(tmp_path / "demo", OPEN_TO_ANYONE)
    code, out, err = run("new", "function", *WEBHOOK, "--into", str(root), "--yes", "--dry-run")
    assert code == 0, err
    assert "project:" not in out
    assert "template: public_api_endpoint " in out


def test_a_description_not_read_as_public_shows_no_evidence(tmp_path: Path) -> None:
    root = project(tmp_path / "demo")
    args = ["new", "function", "rename an integration", "--into", str(root), "--dry-run"]
    code, out, err = run(*args, "--yes")
    assert code == 0, err
    assert "project:" not in out
    assert "public" not in out.splitlines()[0]


async def test_the_mcp_plan_refuses_the_same_public_reading(tmp_path: Path) -> None:
    from tests.mcp.helpers import connect, refused

    root = project(tmp_path / "demo")
    options = {"method": "POST", "path": "/integrations/{integration_id}/webhook"}
    async with connect(root) as session:
        said = await refused(
            session, "plan", description="receive the integration webhook", options=options
        )
    assert f"and for a signed-in caller ({EVIDENCE}); say which" in said
    assert "options.template (fallback:basic, public_api_endpoint)" in said


# An /auth/ router whose other routes need a session: the integrations router's shape.
AUTH = (
    INTEGRATIONS.replace('"/integrations"', '"/auth"')
    .replace('@router.get("/")', '@router.get("/me")')
    .replace('@router.get("/{integration_id}")', '@router.post("/logout")')
)
AUTH_MAIN = MAIN.replace("integrations", "auth")


def test_a_sign_in_step_is_public_though_its_siblings_require_signing_in(tmp_path: Path) -> None:
    """Logging in comes before any caller is known: the /auth/ routes that need a session say
    nothing of it, and the tool says it set them aside. A public word that is no sign-in step
    is still refused there."""
    root = demo_project(tmp_path / "demo", AUTH, "auth", AUTH_MAIN)
    login = ["login POST /auth/login", "--into", str(root), "--yes", "--dry-run"]
    code, out, err = run("new", "function", *login)
    assert code == 0, err
    assert GENERATED_FROM.search(out).group(1) == "public_api_endpoint"  # type: ignore[union-attr]
    said = "signing in comes before any caller is known: the project's evidence is set aside (the 2"
    assert said in out
    webhook = ["receive the auth webhook", "--method", "POST", "--path", "/auth/webhook"]
    code, _, err = run("new", "function", *webhook, "--into", str(root), "--yes", "--dry-run")
    assert code == 1
    assert "asks both for public access" in err


# A public area whose doctors need a caller known to the app (a clinic's booking widget holding
# its key) beside a theme open to anyone: the area as a whole says nothing, its doctors do (the
# integrations router's shape).
PUBLIC_AREA = (
    INTEGRATIONS.replace('"/integrations"', '"/api/v1/public"')
    .replace('@router.get("/")', '@router.get("/doctors")')
    .replace('@router.get("/{integration_id}")', '@router.get("/doctors/{integration_id}/slots")')
    + """

@router.get("/theme")
def get_theme() -> None:
    return None
"""
)
PUBLIC_MAIN = MAIN.replace("integrations", "public")


@pytest.mark.parametrize(
    ("description", "refused"),
    [
        ("get_doctor GET /api/v1/public/doctors/{doctor_id}", True),
        ("get_theme_colors GET /api/v1/public/theme/colors", False),
    ],
)
def test_in_a_public_area_the_collection_inside_it_speaks(
    tmp_path: Path, description: str, refused: bool
) -> None:
    root = demo_project(tmp_path / "demo", PUBLIC_AREA, "public", PUBLIC_MAIN)
    code, out, err = run("new", "function", description, "--into", str(root), "--yes", "--dry-run")
    if refused:
        assert code == 1
        evidence = (
            "project: the 2 routes on /public/doctors/ here require a signed-in caller: "
            "get_current_user (app/deps.py:12)"
        )
        assert f"and for a signed-in caller ({evidence}); say which" in err
    else:
        assert code == 0, err
        assert "project:" not in out
        assert GENERATED_FROM.search(out).group(1) == "public_api_endpoint"  # type: ignore[union-attr]
