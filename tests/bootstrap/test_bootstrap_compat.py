"""Bootstrapping gives the same files as cookiecutter itself, whatever the template's source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scaffold.bootstrap import ProjectRequest, create_project
from scaffold.errors import UserError
from tests.bootstrap.helpers import (
    cookiecutter_output,
    copy_fixture,
    git,
    make_git_repo,
    make_zip,
    snapshot,
    write_tree,
)

HOOKS = {
    "hooks/pre_prompt.py": (
        "import json, pathlib\n"
        "path = pathlib.Path('cookiecutter.json')\n"
        "data = json.loads(path.read_text())\n"
        "data['version'] = '9.9.9'\n"
        "path.write_text(json.dumps(data))\n"
    ),
    "hooks/pre_gen_project.py": (
        "import pathlib\n"
        "pathlib.Path('pre_gen.txt').write_text('{{ cookiecutter.project_slug }} before\\n')\n"
    ),
    "hooks/post_gen_project.py": (
        "import pathlib\n"
        "pathlib.Path('post_gen.txt').write_text('{{ cookiecutter.license }} after\\n')\n"
        "{% if not cookiecutter.use_ci %}pathlib.Path('README.md').unlink(){% endif %}\n"
    ),
}


def both(
    template: str, tmp_path: Path, *, extra: dict[str, str] | None = None, trust: bool = False
) -> tuple[Path, Path]:
    """Render ``template`` with cookiecutter, move its project aside, then render it with ours.

    Both render into the same output folder, so values such as ``_output_dir`` agree.
    """
    out = tmp_path / "out"
    expected_root = tmp_path / "expected"
    expected_root.mkdir()
    theirs = cookiecutter_output(template, out, no_input=True, extra_context=dict(extra or {}))
    expected = theirs.rename(expected_root / theirs.name)
    ours = create_project(
        ProjectRequest(
            template=template,
            output_dir=out,
            no_input=True,
            extra_context=dict(extra or {}),
            trust=trust,
        )
    ).project_dir
    return expected, ours


def assert_same_tree(expected: Path, ours: Path) -> None:
    assert ours.name == expected.name
    theirs, mine = snapshot(expected), snapshot(ours)
    assert sorted(mine) == sorted(theirs)
    for relative in theirs:
        assert mine[relative] == theirs[relative], relative


def test_local_folder_gives_cookiecutters_files(tmp_path: Path) -> None:
    template = copy_fixture("compat", tmp_path)
    expected, ours = both(str(template), tmp_path)
    assert_same_tree(expected, ours)
    readme = (ours / "README.md").read_text(encoding="utf-8")
    assert "Hello from Compat Demo, licensed MIT." in readme  # a rendered private variable
    assert "{{ kept as written }}" in readme  # a `_` variable is not rendered
    assert "port 8000 for compat_demo" in readme  # a dict variable with a computed default
    assert "CI: yes" in readme
    assert not (ours / "Dockerfile").exists()  # a templated file name rendering to nothing
    assert (
        ours / "raw" / "untouched.txt"
    ).read_text() == "This {{ stays }} exactly as {% written %}.\n"
    assert (ours / "crlf.txt").read_bytes() == b"windows line\r\nending 0.1.0\r\n"
    assert (ours / "bin" / "run.sh").stat().st_mode & 0o100


def test_choices_booleans_and_computed_defaults_follow_extra_context(tmp_path: Path) -> None:
    template = copy_fixture("compat", tmp_path)
    extra = {
        "project_name": "Other Thing",
        "license": "Apache-2.0",
        "use_docker": "yes",
        "use_ci": "off",
    }
    expected, ours = both(str(template), tmp_path, extra=extra)
    assert_same_tree(expected, ours)
    assert ours.name == "other_thing"
    assert (ours / "other_thing" / "__init__.py").is_file()  # a templated folder name
    assert 'LABEL name="other_thing"' in (ours / "Dockerfile").read_text()
    readme = (ours / "README.md").read_text()
    assert "licensed Apache-2.0" in readme
    assert "CI: yes" not in readme
    assert "Docker: yes" in readme


def test_hooks_run_with_trust_as_cookiecutter_runs_them(tmp_path: Path) -> None:
    template = copy_fixture("compat", tmp_path)
    write_tree(template, HOOKS)
    expected, ours = both(str(template), tmp_path, extra={"license": "BSD-3-Clause"}, trust=True)
    assert_same_tree(expected, ours)
    assert (ours / "pre_gen.txt").read_text() == "compat_demo before\n"
    assert (ours / "post_gen.txt").read_text() == "BSD-3-Clause after\n"
    assert '__version__ = "9.9.9"' in (ours / "compat_demo" / "__init__.py").read_text()


def test_git_url_gives_cookiecutters_files(tmp_path: Path) -> None:
    url = make_git_repo(copy_fixture("compat", tmp_path / "src"), tmp_path / "compat.git")
    assert url.startswith("file://")
    expected, ours = both(url, tmp_path)
    assert_same_tree(expected, ours)


def test_checkout_picks_a_branch(tmp_path: Path) -> None:
    repo = tmp_path / "compat.git"
    url = make_git_repo(copy_fixture("compat", tmp_path / "src"), repo)
    git(repo, "checkout", "-q", "-b", "v2")
    variables = json.loads((repo / "cookiecutter.json").read_text())
    variables["version"] = "2.0.0"
    (repo / "cookiecutter.json").write_text(json.dumps(variables))
    git(repo, "commit", "-q", "-am", "v2")
    git(repo, "checkout", "-q", "main")
    out = tmp_path / "out"
    theirs = cookiecutter_output(url, out, no_input=True, checkout="v2")
    (tmp_path / "expected").mkdir()
    expected = theirs.rename(tmp_path / "expected" / theirs.name)
    request = ProjectRequest(url, out, no_input=True, checkout="v2")
    ours = create_project(request).project_dir
    assert_same_tree(expected, ours)
    assert '__version__ = "2.0.0"' in (ours / "compat_demo" / "__init__.py").read_text()


def test_zip_gives_cookiecutters_files(tmp_path: Path) -> None:
    archive = make_zip(copy_fixture("compat", tmp_path / "src"), tmp_path / "compat.zip")
    expected, ours = both(str(archive), tmp_path, extra={"use_docker": "y"})
    assert_same_tree(expected, ours)
    assert (ours / "Dockerfile").is_file()


def test_abbreviations_from_the_user_config_expand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repos" / "compat"
    make_git_repo(copy_fixture("compat", tmp_path / "src"), repo)
    config = tmp_path / "cookiecutterrc.yaml"
    config.write_text(
        f"abbreviations:\n  local: 'git+{(tmp_path / 'repos').as_uri()}/{{0}}'\n"
        f"cookiecutters_dir: '{tmp_path / 'cache'}'\n"
    )
    monkeypatch.setenv("COOKIECUTTER_CONFIG", str(config))
    expected, ours = both("local:compat", tmp_path)
    assert_same_tree(expected, ours)


def test_nested_templates_choose_like_cookiecutter(tmp_path: Path) -> None:
    root = tmp_path / "multi"
    copy_fixture("compat", root)
    write_tree(
        root,
        {
            "cookiecutter.json": (
                '{"templates": {"compat": {"path": "./compat", "title": "Compat",'
                ' "description": "the compat fixture"}}}'
            )
        },
    )
    expected, ours = both(str(root), tmp_path)
    assert_same_tree(expected, ours)
    assert ours.name == "compat_demo"


def test_nested_templates_cannot_point_outside(tmp_path: Path) -> None:
    root = tmp_path / "multi"
    copy_fixture("compat", tmp_path)
    write_tree(
        root,
        {"cookiecutter.json": '{"templates": {"x": {"path": "../compat", "title": "X"}}}'},
    )
    with pytest.raises(UserError, match="outside"):
        create_project(ProjectRequest(str(root), tmp_path / "out", no_input=True))
