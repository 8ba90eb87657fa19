"""bench/app_trees.py: the in-project benchmark's trees, extracted from a local clone at the
commit a set pins and prepared as the set's header says, on a git repository made here."""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from tests.bench_scripts import load_bench

HEADER = """\
# Project roots, for reading each application as a project:
# tiny-shop has neither pyproject.toml nor setup.py (requirements.txt beside backend/ at the
# repository's root); its project root is backend/, beside the package app, which has no
# __init__.py, nor has app/routers; the app is built in backend/app/main.py.
# For bench/unseen_in_project.py: root = "backend", [tool.scaffold] package = "app",
# endpoints = "app/routers"
# (write a pyproject.toml at the root with a [project] name and that table).
# other-app has a pyproject.toml at its root.
# For bench/unseen_in_project.py: root = ".", [tool.scaffold] package = "other", endpoints =
# "other/api"
# third.app: its project root is server/, beside the package api.
# For bench/unseen_in_project.py: root = "server", [tool.scaffold] package = "api",
# endpoints = "api"
"""


@pytest.fixture(scope="module")
def trees() -> ModuleType:
    load_bench("matching_accuracy")  # the modules it imports, as bench/ is their folder
    load_bench("unseen_in_project")
    return load_bench("app_trees")


def git(*arguments: str, cwd: Path) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_the_header_line_of_each_application_is_read(trees: ModuleType) -> None:
    layouts = trees.header_layouts(HEADER, frozenset({"tiny-shop", "other-app", "third.app"}))
    assert layouts == {
        "tiny-shop": trees.Layout("backend", "app", "app/routers"),
        "other-app": trees.Layout(".", "other", "other/api"),
        "third.app": trees.Layout("server", "api", "api"),
    }
    assert trees.header_layouts(HEADER, frozenset({"tiny-shop"})).keys() == {"tiny-shop"}


def test_an_application_is_extracted_at_its_pin_and_prepared(
    tmp_path: Path, trees: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    clone = tmp_path / "clones" / "tiny-shop"
    routers = clone / "backend" / "app" / "routers"
    routers.mkdir(parents=True)
    (routers / "orders.py").write_text("ROUTES = 1\n", encoding="utf-8")
    git("init", "-q", cwd=clone)
    git("add", ".", cwd=clone)
    git("commit", "-q", "-m", "first", cwd=clone)
    pinned = git("rev-parse", "HEAD", cwd=clone)
    (routers / "orders.py").write_text("ROUTES = 2\n", encoding="utf-8")
    git("commit", "-q", "-am", "later", cwd=clone)
    source = f"me/tiny-shop@{pinned[:12]}:backend/app/routers/orders.py"
    entry = f'- {{text: "list_orders GET /orders", label: "fallback:read", source: "{source}"}}\n'
    set_file = tmp_path / "a_set.yaml"
    set_file.write_text(HEADER + entry, encoding="utf-8")
    monkeypatch.setitem(trees.APPS, "tinyshop", (set_file, "me/tiny-shop@"))

    code = trees.main(
        ["tinyshop", "--clones", str(tmp_path / "clones"), "--out", str(tmp_path / "t")]
    )

    assert code == 0
    tree = tmp_path / "t" / "tinyshop"
    assert (tree / "backend/app/routers/orders.py").read_text(encoding="utf-8") == "ROUTES = 1\n"
    pyproject = (tree / "backend/pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "tinyshop"' in pyproject
    assert 'package = "app"\nendpoints = "app/routers"' in pyproject
    assert (tree / "backend/app/__init__.py").is_file()
    assert (tree / "backend/app/routers/__init__.py").is_file()


def test_a_table_is_added_to_a_pyproject_already_there(tmp_path: Path, trees: ModuleType) -> None:
    (tmp_path / "other" / "api").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\n', encoding="utf-8")
    added = trees.prepare(tmp_path, trees.Layout(".", "other", "other/api"), "otherapp")
    text = (tmp_path / "pyproject.toml").read_text(encoding="utf-8")
    assert text.count("[project]") == 1
    assert text.startswith('[project]\nname = "other"\n')
    assert '[tool.scaffold]\npackage = "other"\nendpoints = "other/api"\n' in text
    assert sorted(added) == ["./pyproject.toml", "other/__init__.py", "other/api/__init__.py"]


def test_an_unknown_application_is_refused_in_one_line(
    tmp_path: Path, trees: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        trees.main(["no-such-app", "--clones", str(tmp_path), "--out", str(tmp_path / "t")])
    assert stopped.value.code == 2
    assert "unknown application(s): no-such-app" in capsys.readouterr().err


def test_a_clone_without_a_large_blob_is_extracted_without_it(
    tmp_path: Path, trees: ModuleType
) -> None:
    clone = tmp_path / "clone"
    (clone / "app").mkdir(parents=True)
    (clone / "app" / "routes.py").write_text("ROUTES = 1\n", encoding="utf-8")
    (clone / "tool.deb").write_bytes(b"\x00" * 64)
    git("init", "-q", cwd=clone)
    git("add", ".", cwd=clone)
    git("commit", "-q", "-m", "first", cwd=clone)
    blob = git("rev-parse", "HEAD:tool.deb", cwd=clone)
    (clone / ".git" / "objects" / blob[:2] / blob[2:]).unlink()  # as a partial clone lacks it

    missing = trees.extract(clone, git("rev-parse", "HEAD", cwd=clone), tmp_path / "tree")

    assert missing == ["tool.deb"]
    assert (tmp_path / "tree" / "app" / "routes.py").read_text(encoding="utf-8") == "ROUTES = 1\n"
    assert not (tmp_path / "tree" / "tool.deb").exists()
