"""The line-insertion registration edit gives exactly libcst's result, or steps aside."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scaffold.generate._register import _choose, edit_with_libcst
from scaffold.generate._register_lines import edit_lines, targets_in

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
    "no import (libcst)": "app = FastAPI()\n",
    "CRLF (libcst)": "from fastapi import FastAPI\r\napp = FastAPI()\r\n",
    "no final newline (libcst)": "from fastapi import FastAPI\napp = FastAPI()",
}
MODULES = ("app.endpoints.update_profile", "app.a0", "app.endpoints." + "x" * 70)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("module", MODULES)
def test_lines_match_libcst_or_step_aside(shape: str, module: str) -> None:
    source = SHAPES[shape]
    target = _choose(targets_in(Path("main.py"), source), "app.endpoints")
    assert target is not None
    alias = module.rsplit(".", 1)[1][:20] + "_router"
    line = f"from {module} import router as {alias}"
    if len(line) > 88:
        line = f"from {module} import (\n    router as {alias},\n)"
    quick = edit_lines(target, line, module, "app", alias)
    full = edit_with_libcst(target, line, module, alias, "app")
    if "(libcst)" in shape:
        assert quick is None
    else:
        assert quick == full


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
