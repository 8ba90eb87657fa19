"""``scaffold status`` and ``scaffold update`` through the CLI, on a small generated project.

Each scenario starts from "update profile" generated from the built-in template, then changes
the template (a project template of the same name, version 2) or the user's files.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scaffold.cli import main
from tests.generate.helpers import flat_project

BUILTIN = Path(__file__).resolve().parents[2] / "registry" / "user_profile_update.yaml"
ENDPOINT = "app/endpoints/update_profile.py"
SCHEMAS = "app/schemas/update_profile.py"
RATE_V1 = 'rate_limit("update_profile", 5, per="minute", by="user")'
RATE_V2 = 'rate_limit("update_profile", 3, per="minute", by="user")'


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = flat_project(tmp_path / "demo")
    assert main(["new", "function", "update profile", "--into", str(root)]) == 0
    capsys.readouterr()
    return root


def _tighten_template(root: Path) -> None:
    """Version 2 of the template: the rate limit goes from 5 to 3 calls a minute."""
    text = BUILTIN.read_text(encoding="utf-8")
    text = text.replace("version: 1", "version: 2").replace(
        "limit: 5, per: minute", "limit: 3, per: minute"
    )
    (root / ".scaffold/registry").mkdir(parents=True, exist_ok=True)
    (root / ".scaffold/registry/user_profile_update.yaml").write_text(text, encoding="utf-8")


def _edit(root: Path, relpath: str, old: str, new: str) -> None:
    path = root / relpath
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _status_json(root: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["status", str(root), "--format", "json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert isinstance(item, dict)
    return item


def test_a_fresh_project_is_ok(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", str(project), "--check"]) == 0
    out = capsys.readouterr().out
    assert "update_profile: user_profile_update v1: ok" in out
    assert f"generated         {ENDPOINT}" in out
    assert (project / ".scaffold/base" / f"{ENDPOINT}.base").read_text() == (
        project / ENDPOINT
    ).read_text()
    assert main(["update", "--into", str(project)]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_a_tightened_template_is_stale_and_update_applies_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _tighten_template(project)
    item = _status_json(project, capsys)
    assert item["stale"] is True
    assert (item["version"], item["available"]) == (1, 2)
    assert main(["status", str(project), "--check"]) == 1
    assert "v1, v2 available: stale" in capsys.readouterr().out

    assert main(["update", "--into", str(project), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"-        {RATE_V1}," in out
    assert f"+        {RATE_V2}," in out
    assert ".scaffold/base" not in out  # the bases are bookkeeping, not part of the diff
    assert RATE_V1 in (project / ENDPOINT).read_text()  # dry run wrote nothing

    assert main(["update", "--into", str(project)]) == 0
    out = capsys.readouterr().out
    assert "update_profile: v1 -> v2" in out
    assert f"replaced  {ENDPOINT}" in out
    assert RATE_V2 in (project / ENDPOINT).read_text()
    assert _status_json(project, capsys)["stale"] is False
    assert main(["update", "--into", str(project)]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_the_users_field_and_comment_survive_the_update(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(
        project,
        ENDPOINT,
        "router = APIRouter(",
        "# Reviewed by the payments team.\nrouter = APIRouter(",
    )
    _edit(
        project,
        SCHEMAS,
        "    bio: MultiLineText | None = Field(default=None, max_length=500)\n",
        "    bio: MultiLineText | None = Field(default=None, max_length=500)\n"
        "    pronouns: str | None = Field(default=None, max_length=30)\n",
    )
    _tighten_template(project)
    assert main(["update", "--into", str(project)]) == 0
    out = capsys.readouterr().out
    assert f"merged    {ENDPOINT}  (your edits kept)" in out
    endpoint = (project / ENDPOINT).read_text()
    assert "# Reviewed by the payments team." in endpoint
    assert RATE_V2 in endpoint
    assert "pronouns: str | None" in (project / SCHEMAS).read_text()
    item = _status_json(project, capsys)
    assert (item["stale"], item["weakened"]) == (False, [])
    assert main(["update", "--into", str(project)]) == 0  # a re-run is a no-op
    assert "nothing to do" in capsys.readouterr().out


def test_the_same_line_changed_on_both_sides_is_a_conflict(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(project, ENDPOINT, RATE_V1, 'rate_limit("update_profile", 4, per="minute", by="user")')
    _tighten_template(project)
    assert main(["update", "--into", str(project)]) == 1
    captured = capsys.readouterr()
    assert f"conflict  {ENDPOINT}  (1 conflict(s) marked)" in captured.out
    assert f"error: conflicts in {ENDPOINT}" in captured.err
    endpoint = (project / ENDPOINT).read_text()
    assert f"<<<<<<< {ENDPOINT} (yours)" in endpoint
    assert 'rate_limit("update_profile", 4,' in endpoint
    assert RATE_V2 in endpoint
    assert f">>>>>>> {ENDPOINT} (template now)" in endpoint
    # The other files took the template's change; the conflicted file awaits the user.
    item = _status_json(project, capsys)
    assert item["version"] == 2
    assert any("does not parse" in problem for problem in item["problems"])  # type: ignore[union-attr]


def test_a_removed_owns_clause_is_reported_weakened(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(project, ENDPOINT, '        owns("user_id", bypass_roles=()),\n', "")
    assert main(["status", str(project), "--check"]) == 1
    out = capsys.readouterr().out
    assert "update_profile: user_profile_update v1: weakened" in out
    assert "weakened: owns removed" in out
    assert main(["checklist", str(project), "--verify", "--format", "json"]) == 1
    checks = json.loads(capsys.readouterr().out)
    results = {item["id"]: item for section in checks["sections"] for item in section["items"]}
    verdict = results["security.generated_contracts"]
    assert verdict["status"] == "fail"
    assert "update_profile: owns removed" in verdict["reason"]


def test_a_lowered_role_and_a_looser_limit_are_named(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(project, ENDPOINT, 'auth("user")', "auth(None)")
    _edit(project, ENDPOINT, RATE_V1, 'rate_limit("update_profile", 5, per="second", by="ip")')
    item = _status_json(project, capsys)
    assert item["weakened"] == [
        "auth role lowered to anyone signed in (was user)",
        "rate_limit 'update_profile' loosened to 5/second (was 5/minute)",
        "rate_limit 'update_profile' keyed by ip (was user)",
    ]


def test_unknown_names_and_projects_without_functions(
    tmp_path: Path, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["update", "nope", "--into", str(project)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: no generated function named nope")
    assert "generated functions: update_profile" in err
    empty = flat_project(tmp_path / "empty")
    assert main(["status", str(empty)]) == 0
    assert "no generated functions" in capsys.readouterr().out
    assert main(["update", "--into", str(empty)]) == 1
    assert "lists no generated function" in capsys.readouterr().err


def test_the_updated_function_passes_its_generated_tests(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(project, ENDPOINT, "router = APIRouter(", "# Kept by the update.\nrouter = APIRouter(")
    _tighten_template(project)
    assert main(["update", "--into", str(project)]) == 0
    capsys.readouterr()
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/contracts"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "passed" in completed.stdout


def test_status_and_update_render_the_record_without_analyzing_the_project(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A recorded function's route, registration and auth were settled when it was generated:
    status and update only render it again, and still see drift and conflicts."""

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("status and update must not analyze the project again")

    import scaffold.analyze

    monkeypatch.setattr(scaffold.analyze, "find_routes", refused)
    monkeypatch.setattr(scaffold.analyze, "analyze_path", refused)
    monkeypatch.setattr("scaffold.generate._placement.plan_registration", refused)
    monkeypatch.setattr("scaffold.generate._auth.detect_auth", refused)
    assert main(["status", str(project), "--check"]) == 0
    capsys.readouterr()
    _edit(project, ENDPOINT, RATE_V1, 'rate_limit("update_profile", 4, per="minute", by="user")')
    _tighten_template(project)
    item = _status_json(project, capsys)
    assert (item["stale"], item["available"]) == (True, 2)
    stale = {entry["path"]: entry["stale"] for entry in item["files"]}  # type: ignore[union-attr]
    assert stale[ENDPOINT] is True
    assert main(["update", "--into", str(project)]) == 1
    assert f"conflict  {ENDPOINT}  (1 conflict(s) marked)" in capsys.readouterr().out
    assert f"<<<<<<< {ENDPOINT} (yours)" in (project / ENDPOINT).read_text()


def test_an_endpoint_edited_in_a_newer_pythons_syntax_is_still_read(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``except A, B:`` (PEP 758) made the endpoint "not parse" on an older interpreter, and a
    loosened rate limit in it went unreported."""
    helper = (
        "\n\ndef _parse_limit(text: str) -> int | None:\n"
        "    try:\n        return int(text)\n"
        "    except ValueError, OverflowError:\n        return None\n"
    )
    path = project / ENDPOINT
    path.write_text(path.read_text(encoding="utf-8") + helper, encoding="utf-8")
    item = _status_json(project, capsys)
    assert (item["weakened"], item["problems"]) == ([], [])
    _edit(project, ENDPOINT, RATE_V1, RATE_V1.replace("5,", "50,"))
    item = _status_json(project, capsys)
    assert item["problems"] == []
    assert item["weakened"] == ["rate_limit 'update_profile' loosened to 50/minute (was 5/minute)"]


def test_a_damaged_recorded_original_is_a_problem_not_a_skipped_comparison(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The contract is compared with the recorded original; one that does not parse made the
    comparison quietly return nothing, so a weakened contract read as intact."""
    _edit(project, ENDPOINT, '        owns("user_id", bypass_roles=()),\n', "")
    (project / ".scaffold/base" / f"{ENDPOINT}.base").write_text("def (:\n", encoding="utf-8")
    assert main(["status", str(project), "--check"]) == 1
    assert f"problem: {ENDPOINT}: its recorded original does not parse" in capsys.readouterr().out
    item = _status_json(project, capsys)
    assert (
        f"{ENDPOINT}: its recorded original does not parse (line 1); "
        "the contract cannot be compared"
    ) in item["problems"]  # type: ignore[operator]
