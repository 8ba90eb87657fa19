"""match -> plan -> apply over stdio writes what `scaffold new function` writes, and it works."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.cli import main
from tests.mcp.helpers import call, connect, copy_demo, run_generated_tests, tree

CASES = [
    # (description, plan options, the same options on the command line)
    ("update profile", {}, []),
    (
        "let a user rename their account",
        {"name": "rename_account", "template": "user_profile_update"},
        ["--name", "rename_account", "--template", "user_profile_update"],
    ),
    ("archive my project", {}, []),
]


@pytest.mark.parametrize(("description", "options", "flags"), CASES)
async def test_match_plan_apply_writes_what_the_cli_writes(
    tmp_path: Path, description: str, options: dict[str, str], flags: list[str]
) -> None:
    served = copy_demo(tmp_path / "served")
    by_cli = copy_demo(tmp_path / "by-cli")
    async with connect(served) as session:
        ranked = await call(session, "match", description=description)
        plan = await call(session, "plan", description=description, options=options)
        applied = await call(session, "apply", plan_id=plan["plan_id"])
    best = ranked["candidates"][0]["template"]
    assert plan["spec"]["template"] == (options.get("template") or best)
    assert plan["needs_force"] is False
    planned = [f["path"] for f in plan["files"] if f["action"] != "unchanged"]
    assert applied["written"] == planned
    assert f"+++ b/{plan['test_command'].split()[-1]}" in plan["diff"]

    assert main(["new", "function", description, "--into", str(by_cli), "--yes", *flags]) == 0
    assert tree(served) == tree(by_cli)

    result = run_generated_tests(served, plan["test_command"].split()[-1])
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout


async def test_the_spec_and_the_diff_come_before_anything_is_written(tmp_path: Path) -> None:
    served = copy_demo(tmp_path / "served")
    before = tree(served)
    async with connect(served) as session:
        plan = await call(session, "plan", description="update profile")
    assert tree(served) == before
    spec = plan["spec"]
    assert (spec["method"], spec["path"], spec["template"]) == (
        "PATCH",
        "/users/{user_id}/profile",
        "user_profile_update",
    )
    assert [f["name"] for f in spec["input_fields"]][:2] == ["user_id", "display_name"]
    assert 'auth("user")' in spec["contract"]
    assert "+++ b/app/endpoints/update_profile.py" in plan["diff"]
    assert plan["project"] == "."


async def test_a_second_plan_of_the_same_function_is_nothing_to_do(tmp_path: Path) -> None:
    served = copy_demo(tmp_path / "served")
    async with connect(served) as session:
        plan = await call(session, "plan", description="update profile")
        await call(session, "apply", plan_id=plan["plan_id"])
        again = await call(session, "plan", description="update profile")
        assert again["nothing_to_do"] is True
        applied = await call(session, "apply", plan_id=again["plan_id"])
    assert applied["written"] == []
