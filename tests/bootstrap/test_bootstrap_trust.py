"""Template code runs only when trusted: hooks, the template's own extensions, Jinja internals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scaffold.bootstrap import ProjectRequest, create_project
from scaffold.cli import main
from scaffold.errors import UnsafeTemplateError
from tests.bootstrap.helpers import cookiecutter_output, copy_fixture, snapshot, write_tree


def marker_hooks(marker: Path) -> dict[str, str]:
    """Hooks that each leave a line in ``marker`` (an absolute path) when they run."""
    line = "import pathlib\nwith open({path!r}, 'a') as f: f.write({name!r} + '\\n')\n"
    return {
        f"hooks/{name}.py": line.format(path=str(marker), name=name)
        for name in ("pre_prompt", "pre_gen_project", "post_gen_project")
    }


def test_hooks_are_refused_without_trust(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = copy_fixture("compat", tmp_path)
    marker = tmp_path / "ran.txt"
    write_tree(template, marker_hooks(marker))
    out = tmp_path / "out"
    code = main(["new", "project", str(template), "-o", str(out), "--no-input"])
    assert code == 3
    error = capsys.readouterr().err
    for name in ("hooks/pre_prompt.py", "hooks/pre_gen_project.py", "hooks/post_gen_project.py"):
        assert name in error
    assert "--trust" in error
    assert not marker.exists()
    assert not out.exists()


def test_hooks_run_with_trust(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = copy_fixture("compat", tmp_path)
    marker = tmp_path / "ran.txt"
    write_tree(template, marker_hooks(marker))
    code = main(
        ["new", "project", str(template), "-o", str(tmp_path / "out"), "--no-input", "--trust"]
    )
    assert code == 0, capsys.readouterr().err
    assert marker.read_text().split() == ["pre_prompt", "pre_gen_project", "post_gen_project"]
    assert "running its hooks" in capsys.readouterr().err


def test_backup_files_in_hooks_are_not_hooks(tmp_path: Path) -> None:
    template = copy_fixture("compat", tmp_path)
    write_tree(
        template, {"hooks/post_gen_project.py~": "raise SystemExit(1)\n", "hooks/README": "x"}
    )
    result = create_project(ProjectRequest(str(template), tmp_path / "out", no_input=True))
    assert result.code_run == ()


def test_a_failing_hook_leaves_nothing_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = copy_fixture("compat", tmp_path)
    write_tree(template, {"hooks/post_gen_project.py": "raise SystemExit(4)\n"})
    out = tmp_path / "out"
    code = main(["new", "project", str(template), "-o", str(out), "--no-input", "--trust"])
    assert code == 1
    assert "hook" in capsys.readouterr().err
    assert not out.exists()


def test_the_templates_own_extensions_are_code_too(tmp_path: Path) -> None:
    template = copy_fixture("compat", tmp_path)
    write_tree(
        template,
        {
            "shout_ext.py": (
                "from jinja2.ext import Extension\n"
                "class Shout(Extension):\n"
                "    def __init__(self, environment):\n"
                "        super().__init__(environment)\n"
                "        environment.filters['shout'] = lambda value: str(value).upper()\n"
            ),
            "{{cookiecutter.project_slug}}/SHOUT.txt": "{{ cookiecutter.project_name|shout }}\n",
        },
    )
    variables = json.loads((template / "cookiecutter.json").read_text())
    variables["_extensions"].append("shout_ext.Shout")
    (template / "cookiecutter.json").write_text(json.dumps(variables))
    request = ProjectRequest(str(template), tmp_path / "out", no_input=True)
    with pytest.raises(UnsafeTemplateError, match=r"shout_ext\.py"):
        create_project(request)
    trusted = ProjectRequest(str(template), tmp_path / "out", no_input=True, trust=True)
    project = create_project(trusted).project_dir
    assert (project / "SHOUT.txt").read_text() == "COMPAT DEMO\n"


ESCAPE = "{{ cycler.__init__.__globals__.os.system('touch %s') }}"


def test_untrusted_templates_render_in_a_sandbox(tmp_path: Path) -> None:
    template = copy_fixture("compat", tmp_path)
    marker = tmp_path / "escaped"
    write_tree(template, {"{{cookiecutter.project_slug}}/evil.txt": ESCAPE % marker})
    out = tmp_path / "out"
    with pytest.raises(UnsafeTemplateError, match="Python internals"):
        create_project(ProjectRequest(str(template), out, no_input=True))
    assert not marker.exists()
    assert not out.exists()


def test_untrusted_defaults_render_in_a_sandbox_too(tmp_path: Path) -> None:
    template = copy_fixture("compat", tmp_path)
    marker = tmp_path / "escaped"
    variables = json.loads((template / "cookiecutter.json").read_text())
    variables["version"] = ESCAPE % marker
    (template / "cookiecutter.json").write_text(json.dumps(variables))
    with pytest.raises(UnsafeTemplateError):
        create_project(ProjectRequest(str(template), tmp_path / "out", no_input=True))
    assert not marker.exists()


def test_trust_renders_exactly_as_cookiecutter(tmp_path: Path) -> None:
    template = copy_fixture("compat", tmp_path)
    write_tree(
        template,
        {"{{cookiecutter.project_slug}}/kind.txt": "{{ cookiecutter.__class__.__name__ }}\n"},
    )
    out = tmp_path / "out"
    theirs = cookiecutter_output(str(template), out, no_input=True)
    expected = theirs.rename(tmp_path / "expected")
    ours = create_project(ProjectRequest(str(template), out, no_input=True, trust=True)).project_dir
    assert snapshot(ours) == snapshot(expected)
    assert (ours / "kind.txt").read_text() == "OrderedDict\n"


def test_answers_to_the_builtin_template_cannot_reach_python(tmp_path: Path) -> None:
    marker = tmp_path / "escaped"
    request = ProjectRequest(
        output_dir=tmp_path / "out",
        no_input=True,
        extra_context={"project_name": ESCAPE % marker},
    )
    with pytest.raises(UnsafeTemplateError):
        create_project(request)
    assert not marker.exists()
    assert not (tmp_path / "out").exists()
