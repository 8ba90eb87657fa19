"""The line-insertion registration edit gives exactly libcst's result, or steps aside."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from scaffold.generate._register import _choose, edit_with_libcst
from scaffold.generate._register_lines import Target, edit_lines, targets_in

ROOT = Path(__file__).resolve().parents[2]

SHAPES = {
    "demo service": (ROOT / "docs/examples/demo-service/app/main.py").read_text(),
    "odd formatting": (ROOT / "tests/fixtures/projects/odd_main/service/main.py").read_text(),
    "factory": (
        "from fastapi import FastAPI\n\n\ndef create_app() -> FastAPI:\n"
        "    app = FastAPI()\n    return app\n"
    ),
    "factory with includes and a comment": (
        "from fastapi import FastAPI\nfrom app.x import r\n\n\ndef create_app() -> FastAPI:\n"
        "    app = FastAPI()\n    app.include_router(r)\n    # more below\n\n    return app\n"
    ),
    "async factory, tabs": "import fastapi\n\nasync def make():\n\tapp = fastapi.FastAPI()\n",
    "aggregating router": (
        "from fastapi import APIRouter\n\nfrom app.api.routes import users\n\n"
        "api_router = APIRouter()\napi_router.include_router(users.router)\n\n# end\n"
    ),
    "import sorted before another": (
        "from fastapi import FastAPI\n\n# ours\nfrom app.zz import r\n\n"
        "app = FastAPI()\napp.include_router(r)\n"
    ),
    "multi-line include, trailing comment": (
        "from fastapi import FastAPI\nfrom app.a import a\nfrom app.b import b\n"
        "app = FastAPI()\napp.include_router(\n    a.router,\n    prefix='/a',\n)  # c\n"
        "app.include_router(b.router)\nprint('x')\n"
    ),
    "docstring, annotated app": (
        '"""Doc."""\n\nfrom fastapi import FastAPI\n\napp: FastAPI = FastAPI()\n'
    ),
    "include after a late import": (
        "from fastapi import FastAPI\napp = FastAPI()\nfrom app.q import q\napp.include_router(q)\n"
    ),
    "a block last": (
        "from fastapi import FastAPI\napp = FastAPI()\n\ndef f():\n    pass\n    # in\n"
    ),
    "includes sharing a prefix": (
        "from fastapi import FastAPI\nfrom app.a import a\nfrom app.core import settings\n\n"
        "PREFIX = settings.API\napp = FastAPI()\napp.include_router(a, prefix=PREFIX)\n"
        'app.include_router(a, prefix=f"{PREFIX}/b")\n'
    ),
    "factory sharing a long prefix, tabs": (
        "from fastapi import FastAPI\nfrom app.a import a, b\n\n\ndef create_app():\n"
        "\tapp = FastAPI()\n\tapp.include_router(a, prefix=settings.API_V1_PREFIX_FOR_ALL)\n"
        "\tapp.include_router(b, prefix=settings.API_V1_PREFIX_FOR_ALL)\n\treturn app\n"
    ),
    "no import (libcst)": "app = FastAPI()\n",
    "CRLF (libcst)": "from fastapi import FastAPI\r\napp = FastAPI()\r\n",
    "no final newline (libcst)": "from fastapi import FastAPI\napp = FastAPI()",
}
MODULES = ("app.endpoints.update_profile", "app.a0", "app.endpoints." + "x" * 70)


def _target(shape: str, module: str) -> tuple[Target, str]:
    """Where ``shape``'s module takes a router, and the alias ``module``'s router gets."""
    target = _choose(targets_in(Path("main.py"), SHAPES[shape]), "app.endpoints")
    assert target is not None
    return target, module.rsplit(".", 1)[1][:20] + "_router"


def _import_line(module: str, alias: str) -> str:
    line = f"from {module} import router as {alias}"
    return line if len(line) <= 88 else f"from {module} import (\n    router as {alias},\n)"


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("module", MODULES)
def test_lines_match_libcst_or_step_aside(shape: str, module: str) -> None:
    target, alias = _target(shape, module)
    line = _import_line(module, alias)
    quick = edit_lines(target, line, module, "app", alias)
    full = edit_with_libcst(target, line, module, alias, "app")
    if "(libcst)" in shape:
        assert quick is None
    else:
        assert quick == full


@pytest.mark.parametrize("shape", [s for s in SHAPES if "sharing" in s])
@pytest.mark.parametrize("module", MODULES)
def test_the_include_takes_the_prefix_its_siblings_share(shape: str, module: str) -> None:
    target, alias = _target(shape, module)
    source = SHAPES[shape]
    edited = edit_lines(target, _import_line(module, alias), module, "app", alias) or ""
    prefix = "PREFIX" if "PREFIX = " in source else "settings.API_V1_PREFIX_FOR_ALL"
    added = [
        node
        for node in ast.walk(ast.parse(edited))
        if isinstance(node, ast.Call) and [ast.unparse(a) for a in node.args] == [alias]
    ]
    assert [ast.unparse(k) for call in added for k in call.keywords] == [f"prefix={prefix}"]
    lines = [line for line in edited.splitlines() if not line.startswith("from ")]
    assert all(len(line.expandtabs(4)) <= 88 for line in lines)


def test_new_function_in_the_demo_service_does_not_import_libcst(tmp_path: Path) -> None:
    import shutil

    project = tmp_path / "demo"
    shutil.copytree(ROOT / "docs/examples/demo-service", project)
    code = (
        "import sys\n"
        "from scaffold.cli import main\n"
        f"code = main(['new', 'function', 'update profile', '--into', {str(project)!r}, '--yes'])\n"
        "print(code, 'libcst' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split()[-2:] == ["0", "False"]
    assert "update_profile_router" in (project / "app/main.py").read_text()


LOOPS = {
    "a written list, one prefix": (
        "from fastapi import FastAPI\nfrom app.routers import a, b\n\nPREFIX = '/api/v1'\n"
        "app = FastAPI()\nfor router in [a.router, b.router]:\n"
        "    app.include_router(router, prefix=PREFIX)\n",
        "PREFIX",
    ),
    "a list bound to a name": (
        "from fastapi import FastAPI\nfrom app.routers import a, b\n\n"
        "routers = (a.router, b.router)\napp = FastAPI()\nfor router in routers:\n"
        "    app.include_router(router, prefix='/api')\n",
        '"/api"',
    ),
    "a prefix made by the loop": (
        "from fastapi import FastAPI\nfrom app.routers import a, b\n\napp = FastAPI()\n"
        "for module in [a, b]:\n    name = module.__name__\n"
        "    app.include_router(module.router, prefix=f'/{name}')\n",
        None,
    ),
    "one router in the list": (
        "from fastapi import FastAPI\nfrom app.routers import a\n\napp = FastAPI()\n"
        "for router in [a.router]:\n    app.include_router(router, prefix='/api')\n",
        None,
    ),
}


@pytest.mark.parametrize("shape", LOOPS)
def test_routers_included_in_a_loop_count_once_each(shape: str) -> None:
    """A loop's include counts once for each router of the written list it goes over, so
    their shared prefix is the new router's; a prefix the loop makes for each is no shared
    one, nor is a single router's."""
    source, prefix = LOOPS[shape]
    (target,) = targets_in(Path("main.py"), source)
    assert target.prefix == prefix
