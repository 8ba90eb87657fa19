"""A template that validates, generates: the authoring checks and the verification run.

The fixtures in ``tests/fixtures/templates/authoring`` carry the defects contributors hit: a
pattern no sample can match, a rate-limited DELETE, an ``owns`` field that is not text.
Each is either refused by ``scaffold registry validate`` with a file:line message, or
generates tests that pass.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from scaffold.catalog import check_paths
from scaffold.catalog._errors import display_path
from scaffold.cli import main
from scaffold.generate import selftest_templates
from tests.generate.helpers import build_tree, flat_project

AUTHORING = Path(__file__).resolve().parent.parent / "fixtures" / "templates" / "authoring"
LOCATED = re.compile(r"^(?P<file>[^:]+\.yaml):(?P<line>\d+):(?P<column>\d+): \S+: .+$")


def _validate(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["registry", "validate", str(path)])
    return code, capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("path", sorted(AUTHORING.glob("*.yaml")), ids=lambda p: p.stem)
def test_each_fixture_is_refused_with_file_line_or_generates_passing_tests(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = _validate(path, capsys)
    if code:
        assert len(lines) == 1
        match = LOCATED.match(lines[0])
        assert match is not None, lines[0]
        assert Path(match["file"]).resolve() == path.resolve()
        return
    loaded, problems = check_paths([path])
    assert not problems
    (report,) = selftest_templates([item.template for item in loaded], mutate=False)
    assert report.ok, report.problems
    assert report.tests > 0


def test_a_pattern_without_an_example_is_refused_at_the_pattern(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, lines = _validate(AUTHORING / "purge_account.yaml", capsys)
    assert code == 1
    assert lines == [
        f"{display_path(AUTHORING / 'purge_account.yaml')}:17:35: "
        "input.fields.confirm.pattern: cannot make "
        "a sample value for the pattern '^DELETE$'; give the field an `example:` that matches "
        "it (the generated tests send it)"
    ]


def test_the_example_is_what_the_generated_tests_send(tmp_path: Path) -> None:
    loaded, _ = check_paths([AUTHORING / "purge_account_confirmed.yaml"])
    (report,) = selftest_templates([loaded[0].template], mutate=True, workdir=tmp_path)
    assert report.ok, report.problems
    generated = next(tmp_path.rglob("test_purge_account.py")).read_text()
    assert '"confirm": "DELETE"' in generated


def test_a_bad_example_is_refused_where_it_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (AUTHORING / "purge_account_confirmed.yaml").read_text()
    bad = tmp_path / "purge_account_confirmed.yaml"
    bad.write_text(text.replace("example: DELETE", "example: delete"))
    code, lines = _validate(bad, capsys)
    assert code == 1
    assert lines == [
        f"{display_path(bad)}:17:56: "
        "input.fields.confirm.example: does not match the field's pattern"
    ]


def _project_with_template(root: Path, template: str) -> Path:
    flat_project(root)
    registry = root / ".scaffold" / "registry"
    registry.mkdir(parents=True)
    shutil.copy(AUTHORING / f"{template}.yaml", registry)
    return root


def _files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_new_function_runs_a_custom_templates_tests_before_success(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project_with_template(tmp_path / "demo", "purge_account_confirmed")
    command = ["new", "function", "purge my account", "--into", str(root), "--yes"]
    command += ["--template", "purge_account_confirmed"]
    assert main(command) == 0
    out = capsys.readouterr().out
    assert "verifying: template purge_account_confirmed is not built in" in out
    assert re.search(r"verified: \d+ passed", out)


def test_failing_generated_tests_undo_the_files_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project_with_template(tmp_path / "demo", "purge_account_confirmed")
    build_tree(
        root,
        {
            "conftest.py": (
                "import pytest\n\n\n@pytest.fixture(autouse=True)\n"
                "def _database() -> None:\n    raise RuntimeError('no database here')\n"
            )
        },
    )
    before = _files(root)
    command = ["new", "function", "purge my account", "--into", str(root), "--yes"]
    command += ["--template", "purge_account_confirmed"]
    assert main(command) == 1
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.startswith("error: the generated tests of template purge_account_confirmed fail (")
    assert "the files written were removed and the project is as it was" in error
    assert _files(root) == before
    assert main([*command, "--no-verify"]) == 0
    assert (root / "tests/contracts/test_purge_account.py").is_file()
