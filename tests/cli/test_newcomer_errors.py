"""Mistakes a newcomer makes first: each is one line saying what and how to fix, exit 1.

Found by following README.md and docs/ on the demo service and a new project; every case
runs the real command (``scaffold.cli.main``) and checks that nothing was written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.cli import main
from tests.bootstrap.helpers import error_lines
from tests.generate.helpers import flat_project


def _files(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*"))


def _error(stderr: str) -> str:
    assert "Traceback" not in stderr
    [line] = error_lines(stderr)
    return line


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("qty", "error: --field 'qty': a type is missing (write NAME:TYPE[:CONSTRAINT...]"),
        (":int", "error: --field ':int': a name is missing (write NAME:TYPE[:CONSTRAINT...]"),
    ],
)
def test_a_field_without_its_type_or_name_says_which_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], token: str, expected: str
) -> None:
    project = flat_project(tmp_path / "demo")
    before = _files(project)
    code = main(["new", "function", "create order", "--into", str(project), "--field", token])
    assert code == 1
    assert _error(capsys.readouterr().err).startswith(expected)
    assert _files(project) == before


@pytest.mark.parametrize(
    ("description", "arguments", "expected"),
    [
        (  # an output field named like an input field returns the input's value
            "archive my report",
            ["--field", "flag:bool", "--output-field", "flag:str"],
            "error: --output-field flag:str cannot hold the input field 'flag' (bool), which "
            "it returns (give the output field the input field's type, or another name)",
        ),
        (  # a list has no record value for a filter
            "list the orders",
            ["--field", "status:str", "--output-field", "status:str"],
            "error: --output-field status: a list returns what it found, and 'status' is one "
            "of its input fields, a filter (name the output field otherwise, e.g. "
            "--output-field items:list[str])",
        ),
        (  # a list's lookup would be thrown away
            "list the orders",
            ["--output-field", "note:str"],
            "error: --output-field: a list returns the records it finds, and none of note can "
            "carry them (add a list or a count, e.g. --output-field items:list[str] or "
            "total:int)",
        ),
    ],
)
def test_output_fields_that_cannot_hold_what_the_function_returns_are_refused(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    description: str,
    arguments: list[str],
    expected: str,
) -> None:
    """One line naming the fields, not a validation traceback or code that drops a value."""
    project = flat_project(tmp_path / "demo")
    before = _files(project)
    code = main(["new", "function", description, "--into", str(project), *arguments, "--yes"])
    assert code == 1
    assert _error(capsys.readouterr().err) == expected
    assert _files(project) == before


@pytest.mark.parametrize(
    ("description", "template", "expected"),
    [
        (
            "create order",
            "fallback:nosuch",
            "error: no fallback contract named 'fallback:nosuch' (there are: fallback:create,",
        ),
        (
            "delete a comment",
            "fallback:create",
            "error: --template fallback:create does not fit 'delete a comment' (it reads as "
            "fallback:delete); use one of: fallback:delete, fallback:admin",
        ),
    ],
)
def test_a_fallback_template_that_does_not_exist_or_fit_names_the_ones_that_do(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    description: str,
    template: str,
    expected: str,
) -> None:
    project = flat_project(tmp_path / "demo")
    before = _files(project)
    code = main(["new", "function", description, "--into", str(project), "--template", template])
    assert code == 1
    assert _error(capsys.readouterr().err).startswith(expected)
    assert _files(project) == before


@pytest.mark.parametrize(
    "command",
    [["new", "function", "update profile", "--into"], ["status"], ["update", "--into"], ["init"]],
    ids=lambda words: words[0],
)
def test_a_folder_that_is_not_a_project_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "todo.txt").write_text("buy milk\n", encoding="utf-8")
    assert main([*command, str(folder)]) == 1
    assert _error(capsys.readouterr().err) == (
        f"error: {folder}: not a Python project: no pyproject.toml here or above, and no Python "
        "package found (a folder with __init__.py); point to your project's folder, or create "
        "its package, e.g. app/__init__.py"
    )
    assert _files(folder) == [folder / "todo.txt"]


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (
            ["analyze", ".", "--fail-on", "medum"],
            "Error: Invalid value for '--fail-on': 'medum' is not one of 'low', 'medium', "
            "'high', 'critical'.",
        ),
        (
            ["match", "update profile", "--format", "xml"],
            "Error: Invalid value for '--format': 'xml' is not one of 'table', 'json'.",
        ),
    ],
    ids=["analyze", "match"],
)
def test_a_wrong_choice_names_the_choices_without_the_validator_s_prefix(
    capsys: pytest.CaptureFixture[str], command: list[str], expected: str
) -> None:
    assert main(command) == 2
    stderr = capsys.readouterr().err
    assert expected in stderr.splitlines()
    assert "Value error" not in stderr


def test_docs_ai_check_tells_a_missing_agents_md_from_a_stale_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = flat_project(tmp_path / "demo")
    assert main(["docs", "ai", str(project), "--check"]) == 1
    assert capsys.readouterr().err == f"{project / 'AGENTS.md'}: missing; run `scaffold docs ai`\n"
    assert not (project / "AGENTS.md").exists()
    (project / "AGENTS.md").write_text("# Notes\n", encoding="utf-8")
    assert main(["docs", "ai", str(project), "--check"]) == 1
    assert capsys.readouterr().err == (
        f"{project / 'AGENTS.md'}: out of date; run `scaffold docs ai`\n"
    )
    assert (project / "AGENTS.md").read_text(encoding="utf-8") == "# Notes\n"


def test_update_of_a_function_in_a_project_with_none_says_how_to_make_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = flat_project(tmp_path / "demo")
    before = _files(project)
    assert main(["update", "update_profile", "--into", str(project)]) == 1
    assert _error(capsys.readouterr().err) == (
        f"error: no generated function named update_profile in "
        f"{project / '.scaffold' / 'generated.json'} (generated functions: none yet; "
        "make one with scaffold new function)"
    )
    assert _files(project) == before


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "include_examples=maybe",
            "error: --extra-context: maybe provided for variable include_examples could not be "
            "converted to a boolean (answer yes or no)",
        ),
        (
            "audit_sink=mongo",
            "error: --extra-context: mongo provided for choice variable audit_sink, but the "
            "choices are ['log', 'sqlite', 'postgres'] (answer one of the choices)",
        ),
    ],
    ids=["boolean", "choice"],
)
def test_a_bad_extra_context_answer_says_what_to_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], answer: str, expected: str
) -> None:
    out = tmp_path / "out"
    args = ["new", "project", "--no-input", "-o", str(out), "--extra-context", answer]
    assert main(args) == 1
    assert _error(capsys.readouterr().err) == expected
    assert not out.exists()


def test_checkout_of_the_built_in_template_is_refused_not_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["new", "project", "--no-input", "-o", str(out), "--checkout", "v2"]) == 1
    assert _error(capsys.readouterr().err) == (
        "error: --checkout v2: the built-in template fastapi-service comes with this version of "
        "scaffold and has no branches or tags; leave --checkout out (it picks a branch, tag or "
        "commit of a git template)"
    )
    assert not out.exists()


def test_a_new_project_gets_no_false_warning_that_install_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its routers are registered in api/__init__.py; install() is called in main.py."""
    assert main(["new", "project", "--no-input", "-o", str(tmp_path)]) == 0
    project = tmp_path / "my-service"
    capsys.readouterr()
    assert main(["new", "function", "update profile", "--into", str(project), "--yes"]) == 0
    assert "install(app, resolver)" not in capsys.readouterr().err
    for module in (project / "src" / "my_service").rglob("*.py"):  # install() taken out
        source = module.read_text(encoding="utf-8")
        module.write_text(source.replace("install(", "print("), encoding="utf-8")
    assert main(["new", "function", "create invoice", "--into", str(project), "--yes"]) == 0
    assert "warning: no module of the package calls" in capsys.readouterr().err
