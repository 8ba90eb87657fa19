"""The root fence and the plan store, without a server."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.catalog import load_catalog
from scaffold.errors import ConflictError, UserError
from scaffold.generate import plan_function
from scaffold.mcp import PlanStore, Root
from tests.mcp.helpers import copy_demo


def test_paths_resolve_inside_the_root_or_are_refused(tmp_path: Path) -> None:
    root = Root(tmp_path / ".")
    (tmp_path / "inside").mkdir()
    (tmp_path / "inside" / "link").symlink_to(tmp_path.parent, target_is_directory=True)
    (tmp_path / "loop").symlink_to(tmp_path / "inside", target_is_directory=True)
    assert root.inside(None) == tmp_path.resolve()
    assert root.inside("") == tmp_path.resolve()
    assert root.inside("inside/../inside") == (tmp_path / "inside").resolve()
    assert root.inside("loop") == (tmp_path / "inside").resolve()
    assert root.inside(str(tmp_path / "inside")) == (tmp_path / "inside").resolve()
    assert root.inside("not/yet/there") == tmp_path.resolve() / "not/yet/there"
    for outside in ("..", "inside/link", "inside/link/x", "/", str(tmp_path.parent)):
        with pytest.raises(UserError, match="outside the server's root"):
            root.inside(outside)
    assert root.relative(tmp_path / "inside") == "inside"
    assert root.relative(tmp_path) == "."


def test_the_store_keeps_plans_by_id_until_full_then_drops_the_oldest(tmp_path: Path) -> None:
    project = copy_demo(tmp_path / "demo")
    template = load_catalog().get("user_profile_update")
    plan = plan_function("update profile", template, project=project)
    store = PlanStore(capacity=2)
    first, second, third = (store.add(plan) for _ in range(3))
    assert len({first.id, second.id, third.id}) == 3
    assert len(store) == 2
    assert store.get(third.id).plan is plan
    with pytest.raises(UserError, match=f"no plan '{first.id}'"):
        store.get(first.id)
    store.check_fresh(second)  # nothing changed: no error
    (project / "app" / "main.py").write_text("# rewritten\n")
    with pytest.raises(ConflictError, match=r"changed since plan .* \(app/main.py\)"):
        store.check_fresh(second)
    with pytest.raises(UserError):
        store.get(second.id)
