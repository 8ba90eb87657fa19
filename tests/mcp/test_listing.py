"""What the server offers: seven typed tools, the templates as resources, one prompt."""

from __future__ import annotations

import json
from pathlib import Path

from scaffold.catalog import load_catalog
from tests.mcp.helpers import connect, copy_demo

TOOLS = {
    "match",
    "plan",
    "apply",
    "analyze",
    "checklist",
    "list_templates",
    "show_template",
}


async def test_the_tools_are_typed_and_described_and_none_bootstraps_a_project(
    tmp_path: Path,
) -> None:
    async with connect(copy_demo(tmp_path / "served")) as session:
        listed = (await session.list_tools()).tools
    # Exactly these: no tool runs a cookiecutter template (`new project` is not served).
    assert {tool.name for tool in listed} == TOOLS
    for tool in listed:
        assert tool.description is not None, tool.name
        assert len(tool.description) > 40, tool.name
        assert tool.output_schema is not None, tool.name
        assert tool.input_schema["type"] == "object"
    by_name = {tool.name: tool for tool in listed}
    assert by_name["apply"].input_schema["required"] == ["plan_id"]
    assert by_name["plan"].input_schema["required"] == ["description"]
    assert "plan_id" in by_name["plan"].output_schema["properties"]
    assert by_name["match"].annotations is not None
    assert by_name["match"].annotations.read_only_hint is True
    assert by_name["apply"].annotations is not None
    assert by_name["apply"].annotations.read_only_hint is not True


async def test_the_registry_templates_are_resources(tmp_path: Path) -> None:
    catalog = load_catalog()
    async with connect(copy_demo(tmp_path / "served")) as session:
        [template] = (await session.list_resource_templates()).resource_templates
        assert template.uri_template == "scaffold://templates/{name}"
        resources = {str(r.uri): r for r in (await session.list_resources()).resources}
        index = await session.read_resource("scaffold://templates")
        one = await session.read_resource("scaffold://templates/user_profile_update")
    listed = json.loads(index.contents[0].text)["templates"]  # type: ignore[union-attr]
    assert set(resources) == {"scaffold://templates"} | {
        f"scaffold://templates/{name}" for name in catalog.templates
    }
    assert resources["scaffold://templates/user_profile_update"].mime_type == "application/yaml"
    assert [item["name"] for item in listed] == sorted(catalog.templates)
    assert listed[0]["uri"] == f"scaffold://templates/{listed[0]['name']}"
    entry = catalog.entry("user_profile_update")
    assert one.contents[0].text == entry.path.read_text(encoding="utf-8")  # type: ignore[union-attr]


async def test_the_prompt_walks_through_match_plan_and_apply(tmp_path: Path) -> None:
    async with connect(copy_demo(tmp_path / "served")) as session:
        [prompt] = (await session.list_prompts()).prompts
        assert prompt.name == "add_secured_function"
        assert prompt.title == "Add a secured function"
        result = await session.get_prompt(prompt.name, {"description": "archive my project"})
    text = result.messages[0].content.text  # type: ignore[union-attr]
    assert "'archive my project'" in text
    steps = [text.index(f"`{tool}`") for tool in ("match", "plan", "apply")]
    assert steps == sorted(steps)
    assert "force=true" in text


async def test_the_project_s_own_templates_are_listed_and_served(
    tmp_path: Path, repo_root: Path
) -> None:
    served = copy_demo(tmp_path / "served")
    original = (repo_root / "registry" / "user_profile_update.yaml").read_text(encoding="utf-8")
    mine = original.replace("name: user_profile_update", "name: team_profile_update", 1)
    (served / ".scaffold" / "registry").mkdir(parents=True)
    (served / ".scaffold" / "registry" / "team_profile_update.yaml").write_text(mine)
    async with connect(served) as session:
        listed = await session.call_tool("list_templates", {})
        resources = {str(r.uri) for r in (await session.list_resources()).resources}
        read = await session.read_resource("scaffold://templates/team_profile_update")
    assert listed.structured_content is not None
    sources = {t["name"]: t["source"] for t in listed.structured_content["templates"]}
    assert sources["team_profile_update"] == "project"
    assert sources["user_profile_update"] == "built-in"
    assert "scaffold://templates/team_profile_update" in resources
    assert read.contents[0].text == mine  # type: ignore[union-attr]
