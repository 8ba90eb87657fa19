"""The server refuses paths outside its root, stale plans, and overwrites without force.

What is refused is the tools' doing, so most tests serve the server in their own process
(``connect_in_process``); the two that also read analyze's and checklist's answers go through
the stdio server as an assistant does.
"""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest

from scaffold.cli import main
from tests.mcp.helpers import call, connect, connect_in_process, copy_demo, refused, tree

OUTSIDE = "outside the server's root"


async def test_every_tool_refuses_a_path_outside_the_root(tmp_path: Path) -> None:
    served = copy_demo(tmp_path / "served")
    elsewhere = copy_demo(tmp_path / "elsewhere")
    (served / "escape").symlink_to(elsewhere, target_is_directory=True)
    before = tree(elsewhere)
    async with connect(served) as session:
        for path in ("..", "../elsewhere", str(elsewhere), "escape", "escape/app", "/etc"):
            assert OUTSIDE in await refused(session, "analyze", path=path)
            assert OUTSIDE in await refused(session, "checklist", project=path)
            assert OUTSIDE in await refused(session, "list_templates", project=path)
            assert OUTSIDE in await refused(session, "match", description="x", project=path)
            text = await refused(session, "plan", description="update profile", project=path)
            assert OUTSIDE in text
        # Inside the root, the same tools answer.
        assert (await call(session, "analyze", path="app"))["root"] == "app"
    assert tree(elsewhere) == before


async def test_a_planned_folder_behind_a_symlink_out_of_the_root_is_refused(
    tmp_path: Path,
) -> None:
    served = copy_demo(tmp_path / "served")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "__init__.py").write_text("")
    (served / "app" / "schemas").symlink_to(elsewhere, target_is_directory=True)
    async with connect_in_process(served) as session:
        text = await refused(session, "plan", description="update profile")
    assert "app/schemas/update_profile.py: resolves outside the server's root" in text
    assert [p.name for p in elsewhere.iterdir()] == ["__init__.py"]
    assert not (served / "app" / "endpoints").exists()


async def test_a_planned_file_behind_a_symlink_out_of_the_root_is_refused(tmp_path: Path) -> None:
    served = copy_demo(tmp_path / "served")
    theirs = tmp_path / "elsewhere.md"
    theirs.write_text("not the project's\n")
    (served / "docs" / "checklists").mkdir(parents=True)
    (served / "docs" / "checklists" / "update_profile.md").symlink_to(theirs)
    async with connect_in_process(served) as session:
        text = await refused(session, "plan", description="update profile")
    assert "docs/checklists/update_profile.md: resolves outside the server's root" in text
    assert theirs.read_text() == "not the project's\n"


async def test_a_project_rooted_above_the_server_root_is_refused(tmp_path: Path) -> None:
    project = copy_demo(tmp_path / "project")
    served = project / "app"  # the pyproject.toml that roots the project is above
    async with connect_in_process(served) as session:
        text = await refused(session, "plan", description="update profile")
    assert f"is rooted at {project}, outside the server's root" in text


async def test_a_stale_plan_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    served = copy_demo(tmp_path / "served")
    async with connect_in_process(served) as session:
        plan = await call(session, "plan", description="update profile")
        main_py = served / "app" / "main.py"  # the plan registers the router here
        main_py.write_text(main_py.read_text() + "# edited after the plan\n")
        before = tree(served)
        text = await refused(session, "apply", plan_id=plan["plan_id"])
        assert f"the project changed since plan {plan['plan_id']} was made (app/main.py)" in text
        assert tree(served) == before
        # The stale plan is forgotten: it can never be applied later.
        assert "no plan" in await refused(session, "apply", plan_id=plan["plan_id"])


async def test_a_file_created_after_the_plan_makes_it_stale(tmp_path: Path) -> None:
    served = copy_demo(tmp_path / "served")
    async with connect_in_process(served) as session:
        plan = await call(session, "plan", description="update profile")
        mine = served / "docs" / "checklists" / "update_profile.md"
        mine.parent.mkdir(parents=True)
        mine.write_text("my own notes\n")
        text = await refused(session, "apply", plan_id=plan["plan_id"])
    assert "docs/checklists/update_profile.md" in text
    assert mine.read_text() == "my own notes\n"
    assert not (served / "app" / "endpoints").exists()


async def test_a_modified_file_is_not_overwritten_without_force(tmp_path: Path) -> None:
    served = copy_demo(tmp_path / "served")
    service = served / "app" / "services" / "update_profile.py"
    async with connect_in_process(served) as session:
        first = await call(session, "plan", description="update profile")
        await call(session, "apply", plan_id=first["plan_id"])
        generated = service.read_text()
        service.write_text(generated + "# my change\n")

        plan = await call(session, "plan", description="update profile")
        assert plan["needs_force"] is True
        [overwrite] = [f for f in plan["files"] if f["action"] == "overwrite"]
        assert overwrite == {
            "path": "app/services/update_profile.py",
            "action": "overwrite",
            "purpose": "service",
            "reason": "modified since it was generated",
        }
        text = await refused(session, "apply", plan_id=plan["plan_id"])
        assert (
            "would overwrite app/services/update_profile.py (modified since it was generated)"
            in text
        )
        assert service.read_text() == generated + "# my change\n"

        # Refused for want of force, the plan is kept: the same plan applies with force.
        applied = await call(session, "apply", plan_id=plan["plan_id"], force=True)
    assert applied["written"] == ["app/services/update_profile.py"]
    assert service.read_text() == generated


async def test_an_unknown_plan_id_is_refused(tmp_path: Path) -> None:
    async with connect_in_process(copy_demo(tmp_path / "served")) as session:
        text = await refused(session, "apply", plan_id="0123456789abcdef")
    assert "no plan '0123456789abcdef' in this server" in text


@pytest.mark.parametrize(
    ("tool", "arguments", "command"),
    [
        ("show_template", {"name": "no_such_template"}, ["registry", "show", "no_such_template"]),
        ("plan", {"description": "   "}, ["new", "function", "   "]),
        (
            "plan",
            {"description": "update profile", "options": {"name": "class"}},
            ["new", "function", "update profile", "--name", "class"],
        ),
        ("analyze", {"path": "missing"}, ["analyze", "missing"]),
    ],
)
async def test_errors_carry_the_cli_one_line_message(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tool: str,
    arguments: dict[str, object],
    command: list[str],
) -> None:
    served = copy_demo(tmp_path / "served")
    monkeypatch.chdir(served)
    assert main(command) == 1
    line = capsys.readouterr().err.strip()
    assert line.startswith("error: ")
    message = line.removeprefix("error: ").replace("missing", str(served / "missing"))
    async with connect_in_process(served) as session:
        text = await refused(session, tool, **arguments)
    assert text.endswith(message)
    assert "\n" not in text
    assert "Traceback" not in text


async def test_two_applies_of_one_plan_at_once_write_it_once(tmp_path: Path) -> None:
    served = copy_demo(tmp_path / "served")
    outcomes: list[bool] = []
    async with connect_in_process(served) as session:
        plan = await call(session, "plan", description="update profile")

        async def apply_it() -> None:
            result = await session.call_tool("apply", {"plan_id": plan["plan_id"]})
            outcomes.append(bool(result.is_error))

        async with anyio.create_task_group() as group:
            group.start_soon(apply_it)
            group.start_soon(apply_it)
    assert sorted(outcomes) == [False, True]
    assert (served / "app" / "endpoints" / "update_profile.py").is_file()


async def test_analyze_reads_nothing_through_a_symlink_out_of_the_root(tmp_path: Path) -> None:
    """A link inside the root that points out is skipped, not followed; one inside is read."""
    served = copy_demo(tmp_path / "served")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    route = (
        "from fastapi import FastAPI\napp = FastAPI()\n\n\n@app.post('/{name}')\n"
        "def {name}():\n    pass\n"
    )
    (elsewhere / "folder.py").write_text(route.format(name="private_folder_route"))
    (elsewhere / "file.py").write_text(route.format(name="private_file_route"))
    (served / "linked").symlink_to(elsewhere, target_is_directory=True)
    (served / "app" / "linked_file.py").symlink_to(elsewhere / "file.py")
    (served / "app" / "inside.py").write_text(route.format(name="inside_route"))
    (served / "app" / "inside_link.py").symlink_to("inside.py")
    async with connect_in_process(served) as session:
        result = await call(session, "analyze")
    text = str(result)
    assert "private_folder_route" not in text
    assert "private_file_route" not in text
    assert "inside_route" in text
    assert "linked: symlink out of the analyzed root, not followed" in result["skipped"]
    assert "app/linked_file.py: symlink out of the analyzed root, not followed" in result["skipped"]


_ROUTE = (
    "from fastapi import FastAPI\napp = FastAPI()\n\n\n@app.post('/invoices')\n"
    "def private_route():\n    pass\n"
)


def _routes_linked_from_outside(tmp_path: Path) -> Path:
    """The demo with a folder and a file linked from outside it, both serving POST /invoices."""
    served = copy_demo(tmp_path / "served")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "routes.py").write_text(_ROUTE)
    (served / "app" / "linked").symlink_to(elsewhere, target_is_directory=True)
    (served / "app" / "linked_file.py").symlink_to(elsewhere / "routes.py")
    return served


async def test_the_checklist_reads_nothing_through_a_symlink_or_a_path_out_of_the_root(
    tmp_path: Path,
) -> None:
    """Routes behind a link out are not analyzed; manifest paths out of the root are not read."""
    import json

    served = _routes_linked_from_outside(tmp_path)
    (tmp_path / "elsewhere" / "secret.txt").write_text("not the project's\n")
    manifest = served / ".scaffold" / "generated.json"
    manifest.parent.mkdir(exist_ok=True)
    recorded = {"../elsewhere/secret.txt": "sha256:" + "0" * 64}
    manifest.write_text(json.dumps({"functions": {"f": {"files": recorded}}}))
    async with connect(served) as session:
        result = await call(session, "checklist")
    items = [item for section in result["sections"] for item in section["items"]]
    reasons = " ".join(item["reason"] for item in items)
    assert "private_route" not in reasons
    assert "/invoices" not in reasons
    generated = next(item for item in items if "../elsewhere" in item["reason"])
    assert generated["status"] == "fail"
    assert "outside the project, not read: ../elsewhere/secret.txt" in generated["reason"]
    assert "changed since generation" not in generated["reason"]


async def test_the_collision_check_follows_no_symlink_out_of_the_project(tmp_path: Path) -> None:
    """A route served only from outside the project does not block (or reveal) anything."""
    served = _routes_linked_from_outside(tmp_path)
    async with connect_in_process(served) as session:
        result = await call(session, "plan", description="create invoice")
    assert "private_route" not in str(result)
    assert "POST /invoices" in str(result)


async def test_the_checklist_names_a_file_it_could_not_read(tmp_path: Path) -> None:
    """Leaving it out quietly would let an assistant read the checklist as all clear."""
    served = copy_demo(tmp_path / "served")
    (served / "app" / "broken.py").write_text("def (:\n", encoding="utf-8")
    async with connect_in_process(served) as session:
        result = await call(session, "checklist")
    assert result["unread"] == ["app/broken.py:1: does not parse (invalid syntax)"]
    items = [item for section in result["sections"] for item in section["items"]]
    guarded = next(item for item in items if item["id"] == "security.routes_guarded")
    assert guarded["status"] != "pass"
