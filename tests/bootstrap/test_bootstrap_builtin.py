"""The built-in fastapi-service template: answers checked up front, output valid and clean."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scaffold import __version__
from scaffold.bootstrap import ProjectRequest, _builtin, builtin_dir, create_project
from scaffold.cli import main
from tests.bootstrap.helpers import cookiecutter_output, snapshot

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def new(tmp_path: Path, *extra: str) -> Path:
    request = ProjectRequest(
        output_dir=tmp_path / "out",
        no_input=True,
        extra_context=dict(item.split("=", 1) for item in extra),
    )
    return create_project(request).project_dir


def ruff(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_defaults_make_a_service_with_tool_scaffold_paths(tmp_path: Path) -> None:
    project = new(tmp_path)
    assert project.name == "my-service"
    config = tomllib.loads((project / "pyproject.toml").read_text())
    assert config["project"]["name"] == "my-service"
    runtime = f"contract-scaffold[fastapi,prometheus]~={__version__}"
    assert config["project"]["dependencies"][0] == runtime
    paths = dict(config["tool"]["scaffold"])
    assert paths.pop("package") == "my_service"
    assert (project / paths.pop("app")).is_file()
    assert set(paths) == {"endpoints", "schemas", "services", "tests", "checklists"}
    for path in paths.values():
        assert (project / path).is_dir(), path
    main_py = (project / "src" / "my_service" / "main.py").read_text()
    assert "install(app, resolver=resolver_for(settings))" in main_py
    assert "mount_monitoring(app)" in main_py
    assert "REPLACE" in (project / "src" / "my_service" / "auth.py").read_text()
    assert "SCAFFOLD_ENV=" in (project / ".env.example").read_text()
    assert (project / ".github" / "workflows" / "ci.yml").is_file()
    agents = (project / "AGENTS.md").read_text()
    assert "scaffold:ai-guidance:begin" in agents
    assert "user_profile_update" in agents
    assert not list(project.rglob("__pycache__"))


def test_the_output_is_lint_clean_and_formatted(tmp_path: Path) -> None:
    project = new(tmp_path)
    checked = ruff("check", "--no-cache", ".", cwd=project)
    assert checked.returncode == 0, checked.stdout
    formatted = ruff("format", "--no-cache", "--check", ".", cwd=project)
    assert formatted.returncode == 0, formatted.stdout


NASTY = 'Bob\'s "Quoted" \\ API {é} 🎉 """'


def test_any_one_line_text_is_quoted_safely(tmp_path: Path) -> None:
    project = new(
        tmp_path,
        f"project_name={NASTY}",
        "package_slug=nasty",
        f"description={NASTY} ''' \"\"",
    )
    for path in project.rglob("*.py"):
        ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    config = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["project"]["description"] == f"{NASTY} ''' \"\""
    app = ast.parse((project / "src" / "nasty" / "main.py").read_text(encoding="utf-8"))
    titles = [
        kw.value.value
        for node in ast.walk(app)
        if isinstance(node, ast.Call)
        for kw in node.keywords
        if kw.arg == "title" and isinstance(kw.value, ast.Constant)
    ]
    assert titles == [NASTY]
    assert ruff("check", "--no-cache", ".", cwd=project).returncode == 0
    assert ruff("format", "--no-cache", "--check", ".", cwd=project).returncode == 0


def test_choices_reach_dependencies_and_settings(tmp_path: Path) -> None:
    project = new(
        tmp_path, "rate_limit_storage=redis", "audit_sink=postgres", "python_version=3.12"
    )
    config = tomllib.loads((project / "pyproject.toml").read_text())
    dependencies = config["project"]["dependencies"]
    assert dependencies[0].startswith("contract-scaffold[fastapi,prometheus,redis,sql]")
    assert any(item.startswith("psycopg[binary]") for item in dependencies)
    assert config["project"]["requires-python"] == ">=3.12"
    assert config["tool"]["ruff"]["target-version"] == "py312"
    settings = (project / "src" / "my_service" / "settings.py").read_text()
    assert '"redis://localhost:6379/0"' in settings
    assert '"postgresql+psycopg://localhost:5432/my_service"' in settings


@pytest.mark.parametrize(
    ("lowest", "supported"),
    [("3.10", ["3.10", "3.11", "3.12", "3.13", "3.14"]), ("3.13", ["3.13", "3.14"])],
)
def test_supported_pythons_agree_with_the_ci_matrix(
    tmp_path: Path, lowest: str, supported: list[str]
) -> None:
    project = new(tmp_path, f"python_version={lowest}")
    config = tomllib.loads((project / "pyproject.toml").read_text())["project"]
    assert config["requires-python"] == f">={lowest}"
    prefix = "Programming Language :: Python :: 3."
    named = [c.rsplit(" ", 1)[1] for c in config["classifiers"] if c.startswith(prefix)]
    assert named == supported
    workflow = yaml.safe_load((project / ".github" / "workflows" / "ci.yml").read_text())
    job = workflow["jobs"]["test"]
    assert job["strategy"]["matrix"]["python-version"] == supported
    setup = next(step for step in job["steps"] if "setup-python" in step.get("uses", ""))
    assert setup["with"]["python-version"] == "${{ matrix.python-version }}"
    assert ", ".join(supported) in (project / "README.md").read_text()


def test_sqlite_audit_sink(tmp_path: Path) -> None:
    project = new(tmp_path, "audit_sink=sqlite")
    assert "SCAFFOLD_AUDIT_SINK=sqlite:///audit.db" in (project / ".env.example").read_text()


def test_same_files_as_cookiecutter_plus_agents_md(tmp_path: Path) -> None:
    out = tmp_path / "out"
    theirs = cookiecutter_output(str(builtin_dir()), out, no_input=True)
    expected = theirs.rename(tmp_path / theirs.name)
    ours = snapshot(new(tmp_path))
    assert ours.pop("AGENTS.md")[0] == "file"
    assert ours == snapshot(expected)


def test_template_version_matches_the_package() -> None:
    variables = json.loads((builtin_dir() / "cookiecutter.json").read_text())
    assert variables["_scaffold_version"] == __version__


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["package_slug=Bad-Name"], "not a valid Python package name"),
        (["package_slug=class"], "is a Python keyword"),
        (["package_slug=json"], "would shadow"),
        (["package_slug=scaffold"], "would shadow"),
        (["project_name=1st Service"], "'1st_service' is not a valid Python package name"),
        (["project_name=   "], "project_name must not be empty"),
        (["project_name=two\nlines"], "U+000A"),
        (["description=bell\x07"], "U+0007"),
        (["rate_limit_storage=mongo"], "choices are ['memory', 'redis']"),
        (["audit_sink=kafka"], "choices are ['log', 'sqlite', 'postgres']"),
        (["include_examples=maybe"], "could not be converted to a boolean"),
        (["package_slg=x"], "did you mean package_slug"),
        (["oops"], "expects key=value"),
    ],
)
def test_bad_answers_fail_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    out = tmp_path / "out"
    args = ["new", "project", "-o", str(out), "--no-input"]
    for item in extra:
        args += ["--extra-context", item]
    assert main(args) == 1
    error = capsys.readouterr().err
    assert error.splitlines()[-1].startswith("error: ")
    assert message in error
    assert "Traceback" not in error
    assert not out.exists()


def test_prompts_take_answers_from_standard_input(tmp_path: Path) -> None:
    answers = "Shop Front\n\nSells things.\n2\n2\n1\nn\n"
    ran = subprocess.run(
        [sys.executable, "-m", "scaffold", "new", "project", "-o", str(tmp_path)],
        input=answers,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    project = tmp_path / "shop-front"
    config = tomllib.loads((project / "pyproject.toml").read_text())
    assert config["project"]["description"] == "Sells things."
    assert config["project"]["requires-python"] == ">=3.11"
    assert "contract-scaffold[fastapi,prometheus,redis]" in config["project"]["dependencies"][0]
    assert (project / "src" / "shop_front" / "main.py").is_file()


def test_a_bad_typed_answer_is_refused(tmp_path: Path) -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "scaffold", "new", "project", "-o", str(tmp_path / "o")],
        input="Shop\nfor\n\n\n\n\n\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 1
    assert "package_slug 'for' is a Python keyword" in ran.stderr
    assert not (tmp_path / "o").exists()


def test_closed_input_without_no_input_is_a_clear_error(tmp_path: Path) -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "scaffold", "new", "project", "-o", str(tmp_path / "o")],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 1
    assert "--no-input" in ran.stderr
    assert "Traceback" not in ran.stderr


def test_progress_is_shown_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "project", "-o", str(tmp_path), "--no-input"]) == 0
    captured = capsys.readouterr()
    assert "✓ Rendering the project" in captured.err
    assert "✓ Moving it into" in captured.err
    assert captured.out.strip() == f"Created {tmp_path / 'my-service'}"


def test_bytecode_in_an_installed_template_never_reaches_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = tmp_path / "site-packages" / "fastapi-service"
    shutil.copytree(builtin_dir(), installed)
    cache = installed / "{{cookiecutter.__project_dir}}" / "src" / "{{cookiecutter.package_slug}}"
    (cache / "__pycache__").mkdir()
    (cache / "__pycache__" / "main.cpython-311.pyc").write_bytes(b"\x00bytecode")
    monkeypatch.setattr(_builtin, "_ROOTS", (installed.parent,))
    assert builtin_dir() == installed
    project = new(tmp_path)
    assert (project / "src" / "my_service" / "main.py").is_file()
    assert not list(project.rglob("__pycache__"))
    assert (cache / "__pycache__").is_dir()  # the installed copy is left alone


@pytest.mark.parametrize("python_version", ["3.10", "3.11", "3.12", "3.13"])
def test_examples_and_functions_are_lint_clean(tmp_path: Path, python_version: str) -> None:
    request = ProjectRequest(
        output_dir=tmp_path,
        no_input=True,
        extra_context={"include_examples": "yes", "python_version": python_version},
        functions=("archive an order",),
    )
    result = create_project(request)
    project = result.project_dir
    assert [made.name for made in result.functions][-1] == "archive_order"
    assert len(result.functions) == 7
    for made in result.functions:
        for relative in made.files:
            assert (project / relative).is_file(), relative
    routers = (project / "src" / "my_service" / "api" / "__init__.py").read_text()
    assert "include_router(archive_order_router)" in routers
    checked = ruff("check", "--no-cache", ".", cwd=project)
    assert checked.returncode == 0, checked.stdout
    formatted = ruff("format", "--no-cache", "--check", ".", cwd=project)
    assert formatted.returncode == 0, formatted.stdout


def test_a_function_that_cannot_be_generated_leaves_no_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["new", "project", "-o", str(tmp_path / "out"), "--no-input"]
    args += ["--extra-context", "include_examples=yes", "--function", "update user profile"]
    assert main(args) == 1
    assert "would overwrite" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_project_with_shared_storage_passes_the_verified_checklist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = new(tmp_path, "rate_limit_storage=redis", "audit_sink=sqlite")
    capsys.readouterr()
    assert main(["checklist", str(project), "--verify"]) == 0, capsys.readouterr().out
    report = capsys.readouterr().out
    assert "(FAIL)" not in report
    assert "/health/contracts mounted" in report


# `--function` decides as `scaffold new function --yes`: the strongest of close candidates,
# and no function for a description below the matcher's floor (descriptions from the
# matcher's untouched test set on which the best score and that decision differ).
CLOSE = ("dashboard.users:create", "PATCH /users/{id} from the admin API", "adminSearchUsers")


def test_a_function_takes_the_contract_new_function_yes_takes(tmp_path: Path) -> None:
    from scaffold.catalog import load_catalog
    from scaffold.matching import Chosen, decide, match_request

    request = ProjectRequest(output_dir=tmp_path, no_input=True, functions=CLOSE)
    result = create_project(request)
    catalog = load_catalog(result.project_dir)
    for made in result.functions:
        decision = decide(
            match_request(made.description, catalog), interactive=False, assume_yes=True
        )
        assert isinstance(decision, Chosen)
        assert made.template == decision.match.spec.name, made.description
        assert made.note == decision.note, made.description


def test_the_output_says_when_the_strongest_of_close_candidates_was_taken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["new", "project", "-o", str(tmp_path / "out"), "--no-input"]
    assert main([*args, "--function", CLOSE[0]]) == 0
    out = capsys.readouterr().out
    assert "    note: close candidates" in out
    assert "took the strongest contract" in out


@pytest.mark.parametrize("description", ["good_to_go", "prometheus_metrics"])
def test_a_function_below_the_floor_is_refused_and_no_project_is_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], description: str
) -> None:
    args = ["new", "project", "-o", str(tmp_path / "out"), "--no-input"]
    assert main([*args, "--function", description]) == 1
    [line] = [text for text in capsys.readouterr().err.splitlines() if text.startswith("error")]
    assert line.startswith(f"error: --function {description!r}: ")
    assert "scaffold new function" in line
    assert not (tmp_path / "out").exists()
