"""A project appears whole or not at all; an existing folder is only written with --force."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scaffold._owned_files import STAGING_PREFIX
from scaffold.bootstrap import ProjectRequest, _place, create_project
from scaffold.cli import main
from scaffold.errors import ConflictError, UserError
from tests.bootstrap.helpers import copy_fixture, snapshot, write_tree


def leftovers(folder: Path) -> list[Path]:
    return list(folder.glob(f"{STAGING_PREFIX}*"))


def test_an_existing_project_is_not_touched_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(tmp_path / "my-service", {"mine.txt": "keep me\n"})
    before = snapshot(tmp_path)
    assert main(["new", "project", "-o", str(tmp_path), "--no-input"]) == 1
    assert "already exists (pass --force" in capsys.readouterr().err
    assert snapshot(tmp_path) == before


def test_force_lays_the_new_files_over_and_keeps_the_others(tmp_path: Path) -> None:
    write_tree(tmp_path / "my-service", {"mine.txt": "keep me\n", "README.md": "old\n"})
    request = ProjectRequest(output_dir=tmp_path, no_input=True, force=True)
    project = create_project(request).project_dir
    assert (project / "mine.txt").read_text() == "keep me\n"
    assert (project / "README.md").read_text().startswith("# My Service")
    assert (project / "src" / "my_service" / "main.py").is_file()
    assert leftovers(tmp_path) == []


def test_a_failure_while_overlaying_restores_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(
        tmp_path / "my-service",
        {"mine.txt": "keep me\n", "README.md": "old\n", "pyproject.toml": "old = 1\n"},
    )
    before = snapshot(tmp_path)
    real_replace = os.replace
    calls = {"n": 0}

    def flaky(source: os.PathLike[str] | str, target: os.PathLike[str] | str) -> None:
        calls["n"] += 1
        if calls["n"] == 12:
            raise OSError("disk full")
        real_replace(source, target)

    monkeypatch.setattr(_place.os, "replace", flaky)
    with pytest.raises(UserError, match="disk full; nothing was created"):
        create_project(ProjectRequest(output_dir=tmp_path, no_input=True, force=True))
    monkeypatch.setattr(_place.os, "replace", real_replace)
    assert calls["n"] >= 12
    assert snapshot(tmp_path) == before


def test_a_file_where_the_template_makes_a_folder_is_refused_first(tmp_path: Path) -> None:
    write_tree(tmp_path / "my-service", {"src": "a file\n", "README.md": "old\n"})
    before = snapshot(tmp_path)
    with pytest.raises(ConflictError, match="is a file where the template makes a folder"):
        create_project(ProjectRequest(output_dir=tmp_path, no_input=True, force=True))
    assert snapshot(tmp_path) == before


def test_a_folder_symlinked_out_of_the_project_is_refused_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --force, a folder of the existing project that links elsewhere is not written
    through: the new files would land outside the project."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    write_tree(out / "my-service", {"README.md": "old\n"})
    (out / "my-service" / "src").symlink_to(elsewhere, target_is_directory=True)
    before = snapshot(tmp_path)
    assert main(["new", "project", "-o", str(out), "--no-input", "--force"]) == 1
    err = capsys.readouterr().err
    assert f"{out / 'my-service' / 'src'} is a symlink out of the project folder" in err
    assert snapshot(tmp_path) == before
    assert list(elsewhere.iterdir()) == []


def test_a_folder_symlinked_inside_the_project_is_written_through(tmp_path: Path) -> None:
    write_tree(tmp_path / "my-service", {"README.md": "old\n"})
    (tmp_path / "my-service" / "code").mkdir()
    (tmp_path / "my-service" / "src").symlink_to("code", target_is_directory=True)
    project = create_project(
        ProjectRequest(output_dir=tmp_path, no_input=True, force=True)
    ).project_dir
    assert (project / "code" / "my_service" / "main.py").is_file()


def test_an_output_folder_made_for_a_failed_run_is_removed(tmp_path: Path) -> None:
    template = copy_fixture("compat", tmp_path)
    write_tree(template, {"{{cookiecutter.project_slug}}/zz_broken.txt": "{{ nope }}\n"})
    out = tmp_path / "a" / "b"
    assert main(["new", "project", str(template), "-o", str(out), "--no-input"]) == 1
    assert not (tmp_path / "a").exists()


def test_a_rendering_error_names_the_file_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = copy_fixture("compat", tmp_path)
    write_tree(template, {"{{cookiecutter.project_slug}}/zz_broken.txt": "fine\n{% if %}\n"})
    out = tmp_path / "out"
    out.mkdir()
    assert main(["new", "project", str(template), "-o", str(out), "--no-input"]) == 1
    error = capsys.readouterr().err
    assert "zz_broken.txt:2" in error
    assert list(out.iterdir()) == []


def test_success_leaves_no_staging_folder(tmp_path: Path) -> None:
    create_project(ProjectRequest(output_dir=tmp_path, no_input=True))
    assert [path.name for path in tmp_path.iterdir()] == ["my-service"]


def test_function_into_a_project_without_a_package_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = copy_fixture("compat", tmp_path)
    (
        template / "{{cookiecutter.project_slug}}" / "{{cookiecutter.project_slug}}" / "__init__.py"
    ).unlink()
    out = tmp_path / "out"
    args = ["new", "project", str(template), "-o", str(out), "--no-input"]
    assert main([*args, "--function", "update profile"]) == 1
    assert "no Python package found" in capsys.readouterr().err
    assert not out.exists()
