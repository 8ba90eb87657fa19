"""``scaffold checklist``: the listed checklist, and --verify against small projects on disk."""

from __future__ import annotations

import hashlib
import json
import textwrap
from pathlib import Path

import pytest

from scaffold.catalog import load_catalog
from scaffold.checklist import SECTIONS, build_checklist, to_json, to_markdown
from scaffold.cli import main
from scaffold.generate import apply_plan, plan_function

APP = """
from fastapi import FastAPI
from scaffold.contracts import audit_log, auth, contract, rate_limit
from scaffold.contracts.fastapi import Caller, install, mount_monitoring

app = FastAPI()
install(app)
mount_monitoring(app, public={"health"})


@app.get("/live")  # scaffold: public (liveness probe for the orchestrator)
def live() -> dict[str, str]:
    return {"status": "ok"}


@app.patch("/profile")
@contract(
    requires=[auth("user"), rate_limit("update_profile", 5)],
    ensures=[audit_log("profile_update")],
)
async def update_profile(context: Caller) -> dict[str, str]:
    return {}


@app.get("/orders")
@contract(requires=[auth("user")], name="orders.list")
async def list_orders(context: Caller) -> list[str]:
    return []
"""

TEST_PROFILE = """
from service.main import update_profile

def test_update_profile() -> None:
    assert update_profile
"""

TEST_ORDERS = """
def test_orders_contract_name() -> None:
    assert "orders.list"
"""

DOCKERFILE = """
FROM python:3.12-slim
ENV SCAFFOLD_ENV=production \\
    SCAFFOLD_RATE_LIMIT_STORAGE=redis://cache:6379/0
ENV SCAFFOLD_AUDIT_SINK sqlite:////data/audit.db
CMD ["uvicorn", "service.main:app"]
"""


def _hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write(root: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


def _manifest(root: Path, files: dict[str, str]) -> None:
    document = {
        "schema": 1,
        "functions": {
            "update_profile": {
                "description": "update profile",
                "template": "user_profile_update",
                "template_version": 1,
                "scaffold_version": "0.1.0",
                "files": files,
                "registered_in": "service/main.py",
            }
        },
    }
    path = root / ".scaffold" / "generated.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")


@pytest.fixture
def good(tmp_path: Path) -> Path:
    root = _write(
        tmp_path / "good",
        {
            "service/__init__.py": "",
            "service/main.py": APP,
            "tests/contracts/test_update_profile.py": TEST_PROFILE,
            "tests/test_orders.py": TEST_ORDERS,
            "Dockerfile": DOCKERFILE,
            "AGENTS.md": "# Working on this service\n",
            "pyproject.toml": '[project]\nname = "service"\nversion = "0.1.0"\n',
        },
    )
    template = load_catalog().get("user_profile_update")
    apply_plan(plan_function("update profile", template, project=root, name="edit_profile"))
    return root


def _statuses(root: Path) -> dict[str, tuple[str, str]]:
    checklist = build_checklist(root, verify=True)
    return {
        entry.item.id: (entry.result.status, entry.result.reason)
        for section in checklist.sections
        for entry in section.entries
        if entry.result is not None
    }


def test_the_listed_checklist_has_the_five_sections_and_no_results() -> None:
    checklist = build_checklist()
    assert [s.title for s in checklist.sections] == [
        "Environment",
        "Security configuration",
        "Monitoring",
        "Testing",
        "Documentation",
    ]
    assert not checklist.verified
    assert not checklist.failed
    text = to_markdown(checklist)
    for section in SECTIONS:
        assert f"## {section.title}" in text
        for item in section.items:
            assert f"- [ ] **{item.title}**: {item.detail}" in text
    document = json.loads(to_json(checklist))
    assert document["verified"] is False
    assert "summary" not in document
    ids = [item["id"] for s in document["sections"] for item in s["items"]]
    assert len(ids) == len(set(ids)) >= 20
    assert all("status" not in item for s in document["sections"] for item in s["items"])


def test_a_ready_project_passes_every_check(good: Path) -> None:
    statuses = _statuses(good)
    checked = {key: value for key, value in statuses.items() if value[0] != "manual"}
    assert {key: status for key, (status, _) in checked.items()} == {
        "environment.production_mode": "pass",
        "environment.performance_monitoring": "pass",
        "environment.audit_storage": "pass",
        "security.routes_guarded": "pass",
        "security.generated_code": "pass",
        "security.generated_contracts": "pass",
        "security.rate_limits": "pass",
        "monitoring.health_endpoints": "pass",
        "monitoring.prometheus": "pass",
        "monitoring.dashboard": "pass",
        "testing.contract_suite": "pass",
        "documentation.ai_guide": "pass",
    }
    assert "Dockerfile:2" in statuses["environment.production_mode"][1]
    assert "redis://cache:6379/0" in statuses["security.rate_limits"][1]
    assert "marked public: GET /live" in statuses["security.routes_guarded"][1]
    assert "3 contract(s)" in statuses["testing.contract_suite"][1]  # two by hand, one generated
    assert statuses["security.reviewed_templates"][0] == "manual"
    assert "1 generated function(s) match" in statuses["security.generated_contracts"][1]


def test_the_cli_exits_0_when_nothing_fails(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checklist", str(good), "--verify", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["verified"] is True
    assert document["summary"]["fail"] == 0
    assert document["summary"]["pass"] == 12
    assert document["summary"]["unread"] == 0
    assert document["unread"] == []


BAD_APP = """
from fastapi import FastAPI
from scaffold import contracts
from scaffold.contracts import contract, rate_limit, audit_log
from scaffold.contracts.fastapi import mount_monitoring

app = FastAPI()
mount_monitoring(app, role=None, prometheus=False)
contracts.configure(metrics=False, audit_sink="null")


@app.get("/export")
def export_everything() -> list[str]:
    return []


@app.post("/orders")
@contract(requires=[rate_limit("orders", 5)], ensures=[audit_log("order")])
def place_order() -> None:
    return None
"""

BAD_K8S = """
apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: web
          env:
            - name: SCAFFOLD_ENV
              value: development
            - name: SCAFFOLD_RATE_LIMIT_STORAGE
              value: memory://
"""


def test_a_careless_project_fails_with_reasons(tmp_path: Path) -> None:
    root = _write(
        tmp_path / "bad",
        {
            "app/main.py": BAD_APP,
            "k8s/deployment.yaml": BAD_K8S,
            "tests/test_nothing.py": "x = 1\n",
        },
    )
    (root / "app/generated.py").write_text("# generated\n", encoding="utf-8")
    _manifest(
        root,
        {"app/generated.py": _hash("# something else\n"), "app/gone.py": _hash("x = 1\n")},
    )
    statuses = _statuses(root)
    failed = {key: reason for key, (status, reason) in statuses.items() if status == "fail"}
    assert set(failed) == {
        "environment.production_mode",
        "environment.performance_monitoring",
        "environment.audit_storage",
        "security.routes_guarded",
        "security.generated_code",
        "security.generated_contracts",
        "security.rate_limits",
        "monitoring.prometheus",
        "monitoring.dashboard",
        "testing.contract_suite",
        "documentation.ai_guide",
    }
    assert "k8s/deployment.yaml" in failed["environment.production_mode"]
    assert "development" in failed["environment.production_mode"]
    assert "app/main.py:8" in failed["environment.performance_monitoring"]
    assert "thrown away" in failed["environment.audit_storage"]
    assert "GET /export" in failed["security.routes_guarded"]
    assert "changed since generation: app/generated.py" in failed["security.generated_code"]
    assert "missing: app/gone.py" in failed["security.generated_code"]
    assert "could not compare" in failed["security.generated_contracts"]
    assert "memory://" in failed["security.rate_limits"]
    assert "prometheus=False" in failed["monitoring.prometheus"]
    assert "role=None" in failed["monitoring.dashboard"]
    assert "place_order (app/main.py:" in failed["testing.contract_suite"]
    assert statuses["monitoring.health_endpoints"][0] == "pass"


def test_the_cli_exits_1_and_prints_every_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _write(tmp_path / "bad", {"app/main.py": BAD_APP})
    assert main(["checklist", str(root), "--verify"]) == 1
    out = capsys.readouterr().out
    assert "- [ ] **Every route is guarded by a contract** (FAIL): 1 route(s)" in out
    assert "Summary: " in out
    assert f"Project: `{root}`" in out


def test_a_knowingly_modified_file_passes(good: Path) -> None:
    path = good / "tests/contracts/test_edit_profile.py"
    path.write_text(
        path.read_text(encoding="utf-8") + "# scaffold: modified - extra case for refunds\n",
        encoding="utf-8",
    )
    status, reason = _statuses(good)["security.generated_code"]
    assert status == "pass"
    assert "knowingly modified: tests/contracts/test_edit_profile.py" in reason


def test_an_unreadable_manifest_fails(good: Path) -> None:
    (good / ".scaffold/generated.json").write_text("{not json", encoding="utf-8")
    status, reason = _statuses(good)["security.generated_code"]
    assert status == "fail"
    assert "not a valid manifest" in reason


SETTINGS = """
from pydantic_settings import BaseSettings

class Settings(BaseSettings):
    scaffold_env: str = "production"
    scaffold_rate_limit_storage: str = "memory://"
    scaffold_audit_sink: str = "log"
"""


def test_settings_defaults_count_until_a_deployment_file_overrides_them(tmp_path: Path) -> None:
    root = _write(
        tmp_path / "svc",
        {
            "svc/settings.py": SETTINGS,
            "svc/api.py": "from scaffold.contracts import rate_limit, audit_log\n"
            "LIMIT = rate_limit('x', 1)\nAUDIT = audit_log('y')\n",
        },
    )
    statuses = _statuses(root)
    assert statuses["environment.production_mode"][0] == "pass"
    assert "svc/settings.py:4" in statuses["environment.production_mode"][1]
    assert statuses["security.rate_limits"][0] == "fail"
    assert statuses["environment.audit_storage"][0] == "manual"
    _write(
        root,
        {
            "docker-compose.yml": """
            services:
              web:
                environment:
                  SCAFFOLD_ENV: ${SCAFFOLD_ENV:-production}
                  SCAFFOLD_RATE_LIMIT_STORAGE: redis://redis:6379/0
                  SCAFFOLD_AUDIT_SINK: postgresql://db/audit
            """,
            # Local-work files never speak for production.
            "docker-compose.dev.yml": """
            services:
              web:
                environment:
                  - SCAFFOLD_ENV=development
            """,
            ".env.production": "SCAFFOLD_METRICS=on\n",
        },
    )
    statuses = _statuses(root)
    assert statuses["environment.production_mode"] == (
        "pass",
        "SCAFFOLD_ENV=production in docker-compose.yml:4 (production)",
    )
    assert statuses["security.rate_limits"][0] == "pass"
    assert statuses["environment.audit_storage"][0] == "pass"
    assert statuses["environment.performance_monitoring"][0] == "pass"


def test_nothing_set_anywhere_is_left_to_a_person(tmp_path: Path) -> None:
    root = _write(tmp_path / "empty", {"README.md": "nothing here\n"})
    statuses = _statuses(root)
    assert statuses["environment.production_mode"][0] == "manual"
    assert statuses["security.routes_guarded"][0] == "manual"
    assert statuses["testing.contract_suite"][0] == "manual"
    assert statuses["security.rate_limits"][0] == "pass"  # no rate limits declared


def test_the_project_is_parsed_never_run(tmp_path: Path) -> None:
    sentinel = tmp_path / "ran"
    root = _write(
        tmp_path / "trap",
        {
            "app.py": f"open({str(sentinel)!r}, 'w').close()\nraise SystemExit(3)\n",
            "broken.py": "def (:\n",
        },
    )
    build_checklist(root, verify=True)
    assert not sentinel.exists()


def test_a_missing_folder_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["checklist", str(tmp_path / "nope"), "--verify"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert "not a folder" in err
    assert len(err.strip().splitlines()) == 1


def test_listing_needs_no_project_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checklist", "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("# Production deployment checklist\n")


def test_contracts_are_found_under_any_import_spelling(tmp_path: Path) -> None:
    root = _write(
        tmp_path / "spell",
        {
            "svc/a.py": "from scaffold.contracts import contract as guard\n\n"
            "@guard(name='billing.refund')\ndef refund() -> None: ...\n",
            "svc/b.py": "import scaffold.contracts as sc\n\n"
            "@sc.contract()\ndef close() -> None: ...\n",
            "svc/c.py": "from other import contract\n\n@contract()\ndef unrelated() -> None: ...\n",
            "tests/test_billing.py": "NAME = 'billing.refund'\n",
        },
    )
    status, reason = _statuses(root)["testing.contract_suite"]
    assert status == "fail"
    assert reason == "no test file for: close (svc/b.py:4)"


ROUTED = """
from fastapi import APIRouter
from scaffold.contracts import contract

router = APIRouter(prefix="/api")

@router.get("/users/{user_id}/orders")
@contract()
def user_orders(user_id: str) -> list[str]:
    return []
"""


@pytest.mark.parametrize(
    ("request_line", "status"),
    [
        ('client.get(f"/api/users/{uid}/orders?limit=2")', "pass"),
        ('client.get("/api/users/alice/orders")', "pass"),
        ('client.get("/api/users/alice/orders/archive")', "fail"),
        ('client.get("/api/users/orders")', "fail"),
    ],
)
def test_a_test_that_requests_the_route_counts(
    tmp_path: Path, request_line: str, status: str
) -> None:
    root = _write(
        tmp_path / "routed",
        {
            "svc/api.py": ROUTED,
            "tests/test_http.py": f"def test_it(client, uid):\n    {request_line}\n",
        },
    )
    assert _statuses(root)["testing.contract_suite"][0] == status


def test_control_and_bidi_characters_in_the_project_are_shown_not_passed_on(good: Path) -> None:
    """A folder name can hold a terminal escape or a right-to-left override."""
    odd = good.rename(good.parent / "svc\x1b[31m\u202egnp.exe")
    text = to_markdown(build_checklist(odd, verify=True))
    assert "\x1b" not in text
    assert "\u202e" not in text
    assert "svc<U+001B>[31m<U+202E>gnp.exe" in text


NEWER_SYNTAX = """

def parse_limit(text: str) -> int | None:
    try:
        return int(text)
    except ValueError, OverflowError:  # PEP 758, Python 3.14
        return None


type Limits = dict[str, int]  # PEP 695, Python 3.12
"""


def test_a_module_in_a_newer_pythons_syntax_is_still_read(good: Path) -> None:
    """``except A, B:`` (PEP 758) left ``service/main.py`` unread: its contracts, its public
    marker and its settings went missing from every check on an older interpreter."""
    ready = _statuses(good)
    main_py = good / "service" / "main.py"
    main_py.write_text(main_py.read_text(encoding="utf-8") + NEWER_SYNTAX, encoding="utf-8")
    assert _statuses(good) == ready


def _with_unreadable_files(good: Path) -> Path:
    """The ready project plus a module with a syntax error and one in Latin-1 without a cookie."""
    (good / "service/broken.py").write_text(
        "from scaffold.contracts import configure\n\nconfigure(metrics=False\n", encoding="utf-8"
    )
    (good / "service/latin.py").write_bytes(b'NAME = "ok"\nCITY = "Z\xfcrich"\n')
    return good


def test_a_file_that_cannot_be_read_is_named_and_fails_the_run(
    good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file left out quietly made the checklist read as all clear for code it never saw."""
    root = _with_unreadable_files(good)
    assert main(["checklist", str(root), "--verify"]) == 1
    out = capsys.readouterr().out
    not_read = out.split("## Not read\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert not_read == [
        "- service/broken.py:3: does not parse ('(' was never closed)",
        "- service/latin.py:2: not utf-8 text (invalid start byte)",
    ]
    assert "0 fail" in out
    assert ", 2 file(s) not read (not verified)." in out
    # What rests on the project's code no longer passes; what does not, still does.
    assert (
        "- [ ] **Contract metrics are on** (manual): nothing switches contract metrics off "
        "(they are on by default) (in the files read; not read: service/broken.py:3, "
        "service/latin.py:2)"
    ) in out
    assert "- [ ] **Every route is guarded by a contract** (manual): 3 route(s) guarded" in out
    assert "- [x] **AGENTS.md guides AI assistants** (pass)" in out
    assert "- [x] **Generated code is unchanged, or knowingly modified** (pass)" in out


def test_json_carries_the_files_not_read(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _with_unreadable_files(good)
    assert main(["checklist", str(root), "--verify", "--format", "json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["unread"] == [
        {"file": "service/broken.py", "line": 3, "reason": "does not parse ('(' was never closed)"},
        {"file": "service/latin.py", "line": 2, "reason": "not utf-8 text (invalid start byte)"},
    ]
    assert document["summary"] == {"pass": 3, "fail": 0, "manual": 20, "unread": 2}
    items = {item["id"]: item for s in document["sections"] for item in s["items"]}
    assert items["security.routes_guarded"]["status"] == "manual"
    assert "service/broken.py:3" in items["security.routes_guarded"]["reason"]


def test_a_coding_cookie_is_honoured_not_reported(good: Path) -> None:
    (good / "service/latin.py").write_bytes(b'# -*- coding: latin-1 -*-\nCITY = "Z\xfcrich"\n')
    checklist = build_checklist(good, verify=True)
    assert checklist.unread == ()
    assert checklist.complete
    assert not checklist.failed


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (FileNotFoundError(2, "No such file or directory"), "no such file or directory"),
        (PermissionError(13, "Permission denied"), "permission denied"),
    ],
)
def test_a_file_that_vanished_or_is_unreadable_is_named(
    good: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    reason: str,
) -> None:
    """Removed between listing and reading, or without read permission (which root ignores,
    so the refusal is made here)."""
    target = (good / "service/main.py").resolve()
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.resolve() == target:
            raise error
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert main(["checklist", str(good), "--verify", "--format", "json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["unread"] == [
        {"file": "service/main.py", "line": None, "reason": f"cannot read: {reason}"}
    ]
    # Its contracts, public marker and monitoring were never seen: nothing that needs them passes.
    items = {item["id"]: item for s in document["sections"] for item in s["items"]}
    assert items["monitoring.health_endpoints"]["status"] == "fail"
    assert items["security.rate_limits"]["status"] == "manual"


def test_an_unreadable_test_file_holds_back_only_the_contract_suite(good: Path) -> None:
    (good / "tests/test_broken.py").write_text("def test_(:\n", encoding="utf-8")
    statuses = _statuses(good)
    assert statuses["testing.contract_suite"][0] == "manual"
    assert "tests/test_broken.py:1" in statuses["testing.contract_suite"][1]
    assert statuses["security.routes_guarded"][0] == "pass"
    assert statuses["environment.production_mode"][0] == "pass"


def test_the_installed_command_exits_1_on_a_broken_file(good: Path) -> None:
    import subprocess
    import sys

    (good / "service/broken.py").write_text("def (:\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "scaffold", "checklist", str(good), "--verify"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr == ""
    assert "- service/broken.py:1: does not parse (invalid syntax)\n" in done.stdout
