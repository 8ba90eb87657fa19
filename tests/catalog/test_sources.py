"""Sources and precedence: project over added registries over built-ins; clashes name both files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from catalog_helpers import template_text, write_template

from scaffold.catalog import (
    PROJECT_REGISTRY,
    RegistryError,
    build_catalog,
    check_paths,
    find_project_root,
    load_catalog,
)
from scaffold.catalog._remote import config_file
from scaffold.catalog._sources import Source, builtin_source


def register_folder(name: str, folder: Path) -> None:
    """Record an added folder registry the way `scaffold registry add` does."""
    path = config_file()
    registries = json.loads(path.read_text())["registries"] if path.exists() else []
    registries.append({"name": name, "kind": "folder", "source": str(folder)})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "registries": registries}))


def test_a_project_template_overrides_a_builtin_and_the_catalog_says_so(tmp_path: Path) -> None:
    text = template_text("admin_user_creation").replace("limit: 10,", "limit: 2,")
    path = write_template(tmp_path / PROJECT_REGISTRY, "admin_user_creation", text)
    catalog = load_catalog(tmp_path)
    entry = catalog.entry("admin_user_creation")
    assert entry.path == path
    assert entry.source.kind == "project"
    assert [item.source.kind for item in entry.overrides] == ["builtin"]
    assert catalog.get("admin_user_creation").find("rate_limit")[0].rate_limit.limit == 2  # type: ignore[union-attr]
    assert catalog.entry("bulk_operation").overrides == ()


def test_project_templates_join_the_builtins(tmp_path: Path) -> None:
    write_template(tmp_path / PROJECT_REGISTRY, "team_profile_update")
    catalog = load_catalog(tmp_path)
    assert len(catalog) == 7
    assert catalog.entry("team_profile_update").source.label == "project"
    assert load_catalog(None).templates.keys() == load_catalog(tmp_path / "none").templates.keys()


def test_the_same_name_twice_in_one_source_names_both_files(tmp_path: Path) -> None:
    folder = tmp_path / PROJECT_REGISTRY
    first = write_template(folder, "one", template_text(rename="one"))
    second = folder / "one.yml"
    second.write_text(template_text(rename="one"), encoding="utf-8")
    with pytest.raises(RegistryError) as error:
        load_catalog(tmp_path)
    (problem,) = error.value.problems
    assert problem.path == second
    assert problem.field == "name"
    assert f"duplicate template name 'one': also defined in {first}:" in problem.message
    assert str(second) in str(error.value)


def test_the_same_name_in_two_added_registries_names_both_files(tmp_path: Path) -> None:
    a = write_template(tmp_path / "a", "shared_thing")
    b = write_template(tmp_path / "b", "shared_thing")
    register_folder("alpha", a.parent)
    register_folder("beta", b.parent)
    with pytest.raises(RegistryError) as error:
        load_catalog()
    message = str(error.value)
    assert str(a) in message
    assert str(b) in message
    assert "(registry:alpha)" in message


def test_an_added_registry_cannot_replace_a_builtin(tmp_path: Path) -> None:
    weaker = template_text("sensitive_admin_action").replace(
        "role_at_least: super_admin", "role_at_least: admin"
    )
    write_template(tmp_path / "evil", "sensitive_admin_action", weaker)
    register_folder("evil", tmp_path / "evil")
    with pytest.raises(RegistryError) as error:
        load_catalog()
    assert "added registries cannot override built-ins" in str(error.value)


def test_a_project_may_override_an_added_registry(tmp_path: Path) -> None:
    write_template(tmp_path / "team", "team_action")
    register_folder("team", tmp_path / "team")
    project = tmp_path / "project"
    write_template(project / PROJECT_REGISTRY, "team_action")
    entry = load_catalog(project).entry("team_action")
    assert entry.source.kind == "project"
    assert [item.source.label for item in entry.overrides] == ["registry:team"]


def test_problems_from_every_source_are_reported_together(tmp_path: Path) -> None:
    write_template(tmp_path / "team", "broken_a", replace={"limit: 5,": "limit: 0,"})
    register_folder("team", tmp_path / "team")
    write_template(tmp_path / PROJECT_REGISTRY, "broken_b", replace={"version: 1": "version: x"})
    with pytest.raises(RegistryError) as error:
        load_catalog(tmp_path)
    assert [p.path.name for p in error.value.problems] == ["broken_b.yaml", "broken_a.yaml"]
    assert str(error.value).startswith("2 problems in the template registry:\n  ")


def test_get_names_close_matches() -> None:
    catalog = load_catalog()
    with pytest.raises(RegistryError) as error:
        catalog.get("bulk_operations")
    assert str(error.value) == "no template named 'bulk_operations' (did you mean bulk_operation?)"
    assert "bulk_operation" in catalog
    assert next(iter(catalog)).name == "admin_user_creation"


def test_build_catalog_takes_preloaded_sources(tmp_path: Path) -> None:
    write_template(tmp_path / "x", "extra_one")
    catalog = build_catalog([Source("user", "x", tmp_path / "x"), builtin_source()])
    assert "extra_one" in catalog.templates
    assert [source.kind for source in catalog.sources] == ["user", "builtin"]


def test_find_project_root_walks_up(tmp_path: Path) -> None:
    (tmp_path / ".scaffold").mkdir()
    deep = tmp_path / "src" / "app"
    deep.mkdir(parents=True)
    assert find_project_root(deep) == tmp_path
    assert (
        find_project_root(tmp_path.parent) is None or find_project_root(tmp_path.parent) != tmp_path
    )


def test_check_paths_reports_duplicates_across_files_and_missing_paths(tmp_path: Path) -> None:
    one = write_template(tmp_path / "a", "same_name")
    two = write_template(tmp_path / "b", "same_name")
    loaded, problems = check_paths([one, tmp_path / "b", tmp_path / "missing.yaml", one])
    assert len(loaded) == 2
    messages = [str(problem) for problem in problems]
    assert any("no such file or folder" in message for message in messages)
    assert any(str(two) in message and str(one) in message for message in messages)


def test_symlinks_leaving_the_folder_are_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "secret.yaml"
    outside.write_text("token: hunter2\n", encoding="utf-8")
    folder = tmp_path / PROJECT_REGISTRY
    folder.mkdir(parents=True)
    (folder / "leak.yaml").symlink_to(outside)
    assert len(load_catalog(tmp_path)) == 6
