"""`scaffold registry ...` through the CLI's edge: output, formats, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from catalog_helpers import GitRepo, template_text, write_template

from scaffold.catalog import PROJECT_REGISTRY, builtin_registry, schema_text
from scaffold.cli import main
from scaffold.cli.registry import complete_registry, complete_template


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["registry", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (with .scaffold/) as the working directory."""
    root = tmp_path / "project"
    (root / ".scaffold").mkdir(parents=True)
    monkeypatch.chdir(root)
    return root


def test_list_shows_name_source_layer_description(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    code, out, _ = run(capsys, "list")
    assert code == 0
    header, *rows = [line for line in out.splitlines() if line.strip()]
    assert header.split() == ["name", "source", "layer", "description"]
    assert any(
        row.startswith("bulk_operation") and "built-in" in row and "action" in row for row in rows
    )


def test_list_says_when_a_project_template_overrides_a_builtin(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    write_template(project / PROJECT_REGISTRY, "bulk_operation", template_text("bulk_operation"))
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert "project (overrides built-in)" in out
    code, out, _ = run(capsys, "list", "--format", "json")
    entries = {item["name"]: item for item in json.loads(out)}
    assert entries["bulk_operation"]["source"] == "project"
    assert entries["bulk_operation"]["overrides"][0]["source"] == "built-in"
    assert entries["admin_user_creation"]["overrides"] == []
    assert set(entries["admin_user_creation"]) == {
        "name", "version", "source", "path", "layer", "description", "overrides",
    }  # fmt: skip


def test_show_prints_the_file(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    code, out, _ = run(capsys, "show", "public_api_endpoint")
    assert code == 0
    text = (builtin_registry() / "public_api_endpoint.yaml").read_text()
    assert out.startswith("# public_api_endpoint from built-in: ")
    assert out.endswith(text)


def test_show_json_is_the_validated_model(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    code, out, _ = run(capsys, "show", "user_profile_update", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["template"]["requires"][0] == {"auth": "user"}
    assert data["template"]["endpoint"]["method"] == "PATCH"


def test_show_highlights_on_a_terminal(project: Path) -> None:
    script = (
        "import sys; sys.stdout.isatty = lambda: True\n"
        "from scaffold.cli import main\n"
        "sys.exit(main(['registry', 'show', 'bulk_operation']))"
    )
    env = {"FORCE_COLOR": "1", "PATH": "/usr/bin:/bin", "HOME": str(project)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "\x1b[" in done.stdout
    assert "bulk_operation" in done.stdout


def test_show_an_unknown_template(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    code, _, err = run(capsys, "show", "bulk_operations")
    assert code == 1
    assert err == "error: no template named 'bulk_operations' (did you mean bulk_operation?)\n"


def test_validate_everything_in_use(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    assert run(capsys, "validate") == (0, "ok: 6 template(s) valid\n", "")
    write_template(project / PROJECT_REGISTRY, "broken_one", replace={"limit: 5,": "limit: 0,"})
    code, out, err = run(capsys, "validate")
    assert code == 1
    assert "broken_one.yaml:" in out
    assert out.rstrip().endswith("requires[3].rate_limit.limit: must be a positive integer")
    assert err == "1 problem in 1 file(s)\n"


def test_validate_paths_reports_every_problem_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = write_template(
        tmp_path / "bad",
        "two_problems",
        replace={"limit: 5,": "limit: 0,", "- validates: input": "- validate: input"},
    )
    (tmp_path / "bad" / "syntax.yaml").write_text("name: [\n")
    code, out, err = run(capsys, "validate", str(tmp_path / "bad"), str(builtin_registry()))
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"{tmp_path / 'bad' / 'syntax.yaml'}:2:1: invalid YAML")
    assert lines[1].startswith(f"{bad}:")
    assert "unknown condition 'validate'" in lines[1]
    assert lines[2].endswith("requires[3].rate_limit.limit: must be a positive integer")
    assert err == "3 problems in 2 file(s)\n"


def test_validate_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = write_template(tmp_path, "bad_one", replace={"version: 1": "version: 0"})
    code, out, _ = run(capsys, "validate", str(bad), "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert report["valid"] is False
    assert report["problems"] == [
        {
            "path": str(bad),
            "line": 3,
            "column": 10,
            "field": "version",
            "message": "must be a positive integer",
        }
    ]
    code, out, _ = run(capsys, "validate", str(builtin_registry()), "--format", "json")
    assert (code, json.loads(out)["valid"], len(json.loads(out)["templates"])) == (0, True, 6)


def test_validate_reports_a_clash_between_sources(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    write_template(tmp_path / "shared", "team_thing")
    assert run(capsys, "add", "shared", str(tmp_path / "shared"))[0] == 0
    write_template(tmp_path / "other", "team_thing")
    code, _, err = run(capsys, "add", "other", str(tmp_path / "other"))
    assert code == 1
    assert "duplicate template name 'team_thing'" in err
    assert str(tmp_path / "shared" / "team_thing.yaml") in err


def test_add_update_remove_a_git_registry(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    upstream = GitRepo(tmp_path / "upstream")
    first = upstream.commit({"registry/team_export.yaml": template_text(rename="team_export")})
    code, out, _ = run(capsys, "add", "team", upstream.url)
    assert code == 0
    assert out == (
        f"added registry 'team' (git {upstream.url} at {first[:12]})\n1 template(s): team_export\n"
    )
    code, out, _ = run(capsys, "list", "--format", "json")
    assert {item["name"]: item["source"] for item in json.loads(out)}[
        "team_export"
    ] == "registry:team"
    assert run(capsys, "update", "team") == (0, f"team: already up to date at {first[:12]}\n", "")
    second = upstream.commit(
        {
            "registry/team_export.yaml": template_text(rename="team_export").replace(
                "version: 1", "version: 2"
            ),
            "registry/team_import.yaml": template_text(rename="team_import"),
        }
    )
    code, out, _ = run(capsys, "update", "team")
    assert code == 0
    assert out.splitlines() == [
        f"team: {first[:12]} -> {second[:12]}",
        "  added    team_import",
        "  changed  team_export (v1 -> v2)",
    ]
    third = upstream.commit({"registry/team_import.yaml": None})
    code, out, _ = run(capsys, "update", "team", "--format", "json")
    assert json.loads(out) == {
        "name": "team", "old_commit": second, "new_commit": third, "added": [], "changed": [],
        "removed": ["team_import"], "templates": ["team_export"],
    }  # fmt: skip
    assert complete_registry("te") == ["team"]
    assert run(capsys, "remove", "team") == (0, f"removed registry 'team' ({upstream.url})\n", "")
    code, _, err = run(capsys, "remove", "team")
    assert (code, err) == (1, "error: no added registry named 'team' (added: none added yet)\n")


def test_update_a_folder_registry(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write_template(tmp_path / "shared", "team_thing")
    run(capsys, "add", "shared", str(tmp_path / "shared"))
    code, out, _ = run(capsys, "update", "shared")
    assert (code, out) == (
        0,
        "shared: a folder registry is read live; nothing to pin (1 template(s) valid)\n",
    )


def test_completion_of_template_names(project: Path) -> None:
    assert complete_template("bulk") == ["bulk_operation"]
    assert "sensitive_admin_action" in complete_template("")
    write_template(project / PROJECT_REGISTRY, "broken_one", replace={"limit: 5,": "limit: 0,"})
    assert complete_template("") == []  # a broken registry completes nothing, and never raises


def test_completion_is_wired_to_the_shell(project: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "scaffold", "registry", "show", "sens"],
        capture_output=True, text=True, check=False,
        env={"_SCAFFOLD_COMPLETE": "complete_bash", "COMP_WORDS": "scaffold registry show sens",
             "COMP_CWORD": "3", "PATH": "/usr/bin:/bin", "HOME": str(project)},
    )  # fmt: skip
    assert "sensitive_admin_action" in done.stdout


def test_schema_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "schema")
    assert (code, out) == (0, schema_text())
    target = tmp_path / "schema.json"
    assert run(capsys, "schema", "--output", str(target)) == (0, f"wrote {target}\n", "")
    assert target.read_text() == schema_text()


def test_bad_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "list", "--format", "xml")
    assert code == 2
    assert "xml" in err
