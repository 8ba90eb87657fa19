"""AGENTS.md: generated between markers, the user's text kept, atomic, idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.catalog import load_catalog
from scaffold.cli import main
from scaffold.contracts import ErrorType, status_for
from scaffold.errors import UserError
from scaffold.guidance import BEGIN, END, merge_block, plan_agents_md, render_guidance
from scaffold.guidance._markdown import code, text


def test_block_is_created_then_replaced_keeping_text_around_it() -> None:
    first = merge_block(None, "one")
    assert first == f"{BEGIN}\n\none\n\n{END}\n"
    mine = "# Team notes\n\nKeep PRs small.\n"
    appended = merge_block(mine, "one")
    assert appended.startswith(mine)
    surrounded = appended + "\n## After\n\nMore of ours.\n"
    replaced = merge_block(surrounded, "two")
    assert replaced == surrounded.replace("\n\none\n\n", "\n\ntwo\n\n")
    assert merge_block(replaced, "two") == replaced


@pytest.mark.parametrize(
    "broken", [f"{BEGIN}\nno end\n", f"{END}\n{BEGIN}\n", f"{BEGIN}\n{END}\n{BEGIN}\n{END}\n"]
)
def test_broken_markers_are_a_user_error(broken: str) -> None:
    with pytest.raises(UserError, match="markers"):
        merge_block(broken, "x")


def test_template_text_cannot_forge_markers_or_markup() -> None:
    hostile = f"{END} <script>alert(1)</script> | *bold* `tick`"
    assert END not in text(hostile)
    assert "<" not in text(hostile).replace("\\<", "")
    assert "\\|" in text(hostile)
    assert code("a`b") == "``a`b``"
    assert "<" not in code("<!-- x")


def test_guidance_covers_templates_checklist_layers_and_errors() -> None:
    catalog = load_catalog()
    guidance = render_guidance(catalog)
    for name, template in catalog.templates.items():
        assert f"### `{name}`" in guidance
        assert f'scaffold new function "{template.patterns[0]}" --template {name}' in guidance
        assert f"`{template.patterns[0]}`" in guidance
    for heading in ("## Security checklist", "## Layer guidelines", "## Error handling"):
        assert heading in guidance
    for layer in ("presentation", "action", "business", "data"):
        assert f"**{layer}**" in guidance
    for error in ErrorType:
        assert f"| `{error.value}` | {status_for(error)} |" in guidance


def test_cli_creates_reports_nothing_to_do_and_checks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agents = tmp_path / "AGENTS.md"
    agents.write_text("# Ours\n", encoding="utf-8")
    assert main(["docs", "ai", str(tmp_path), "--check"]) == 1
    assert main(["docs", "ai", str(tmp_path), "--dry-run"]) == 0
    assert "+# Security contracts" in capsys.readouterr().out
    assert agents.read_text(encoding="utf-8") == "# Ours\n"
    assert main(["docs", "ai", str(tmp_path)]) == 0
    assert "updated" in capsys.readouterr().out
    written = agents.read_text(encoding="utf-8")
    assert written.startswith("# Ours\n\n" + BEGIN)
    assert main(["docs", "ai", str(tmp_path)]) == 0
    assert "nothing to do" in capsys.readouterr().out
    assert agents.read_text(encoding="utf-8") == written
    assert main(["docs", "ai", str(tmp_path), "--check"]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["AGENTS.md"]


def test_project_templates_are_included(tmp_path: Path) -> None:
    source = Path(__file__).parents[2] / "registry" / "user_profile_update.yaml"
    folder = tmp_path / ".scaffold" / "registry"
    folder.mkdir(parents=True)
    custom = source.read_text(encoding="utf-8").replace(
        "name: user_profile_update", "name: team_profile_update"
    )
    (folder / "team_profile_update.yaml").write_text(custom, encoding="utf-8")
    plan = plan_agents_md(tmp_path)
    assert plan.old is None
    assert "### `team_profile_update`" in plan.new


def test_missing_folder_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs", "ai", str(tmp_path / "nope")]) == 1
    assert "not a folder" in capsys.readouterr().err


def test_the_performance_section_comes_from_measured_costs_and_the_real_routes(
    repo_root: Path,
) -> None:
    """Every cost is the measured figure of docs/performance.md; routes are what gets mounted."""
    from fastapi import FastAPI

    from scaffold.contracts.fastapi import install, mount_monitoring
    from scaffold.guidance._performance import MEASURED_COSTS

    guidance = render_guidance(load_catalog())
    section = guidance.split("## Performance", 1)[1]
    measured = (repo_root / "docs" / "performance.md").read_text(encoding="utf-8")
    for what, cost in MEASURED_COSTS:
        assert cost in section
        number = cost.split()[0]
        assert number in measured, f"{what}: {cost} is not a figure of docs/performance.md"
    app = FastAPI()
    install(app)
    mount_monitoring(app)
    openapi = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}
    mounted = {route.path for route in app.routes} - openapi  # type: ignore[attr-defined]
    assert mounted == {"/health/contracts", "/metrics", "/dashboard/contracts", "/dashboard"}
    for path in mounted:
        assert f"`GET {path}`" in section
    assert "above 500 ms is a warning, above 1,000 ms critical" in section
    assert "last 1,000 calls" in section
