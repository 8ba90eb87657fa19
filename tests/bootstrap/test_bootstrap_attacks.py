"""The four escapes of an untrusted template, tried through ``scaffold new project``.

Each attack template sits in ``tests/fixtures/templates/attack-*`` (what cannot be stored, a
``.pyc`` and symlinks to a secret, is built here). Without ``--trust`` no template code runs
(its marker file never appears), nothing is written outside the output folder, and no secret
is copied. Each attack is also run with ``--trust`` where that shows the fixture really is an
attack, so that a passing test is not a fixture that does nothing.
"""

from __future__ import annotations

import json
import os
import py_compile
import shutil
import subprocess
from pathlib import Path

import pytest

from scaffold.bootstrap import ProjectRequest, create_project
from scaffold.bootstrap import _cookiecutter as cc
from scaffold.cli import main
from scaffold.errors import UnsafeTemplateError, UserError
from tests.bootstrap.helpers import (
    copy_fixture,
    error_lines,
    make_git_repo,
    make_zip,
    run_cli,
    snapshot,
)

SECRET = b"-----BEGIN OPENSSH PRIVATE KEY----- not-a-real-key 7f3a9c\n"


def _leftovers(out: Path) -> list[str]:
    return sorted(path.name for path in out.iterdir()) if out.exists() else []


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    """``scaffold ARGS`` in this process (no template code can run in it, as the tests show)."""
    code = main(list(args))
    return code, error_lines(capsys.readouterr().err)


def _refused_untrusted(capsys: pytest.CaptureFixture[str], template: Path, out: Path) -> str:
    """``new project`` of ``template`` without ``--trust``: exit 3, nothing written; its line."""
    code, [line] = _cli(capsys, "new", "project", str(template), "-o", str(out), "--no-input")
    assert code == 3
    assert _leftovers(out) == []
    return line


def _no_secret_below(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            assert SECRET not in path.read_bytes(), path


# 1. A module the template ships, imported lazily while rendering (dateutil.tz -> winreg).


@pytest.mark.parametrize("source", ["folder", "zip", "git"])
def test_a_shipped_module_never_runs_without_trust(tmp_path: Path, source: str) -> None:
    template = copy_fixture("attack-syspath", tmp_path / "src")
    reference = {
        "folder": lambda: str(template),
        "zip": lambda: str(make_zip(template, tmp_path / "attack.zip")),
        "git": lambda: make_git_repo(template, tmp_path / "attack.git"),
    }[source]()
    marker, out = tmp_path / "marker", tmp_path / "out"
    env = {"SCAFFOLD_ATTACK_MARKER": str(marker)}
    done = run_cli("new", "project", reference, "-o", str(out), "--no-input", env=env)
    assert done.returncode == 0, done.stderr
    assert not marker.exists()
    assert (out / "hijacked" / "data.bin").read_bytes() == bytes(range(256)) * 4
    if source != "folder":
        return
    # The same template, trusted, does import its module: the fixture is a real attack.
    trusted = run_cli(
        "new", "project", reference, "-o", str(tmp_path / "t"), "--trust", "--no-input", env=env
    )
    assert trusted.returncode == 0, trusted.stderr
    assert marker.read_text() == "template code ran\n"


def test_running_from_inside_the_template_imports_nothing_from_it(tmp_path: Path) -> None:
    """``python -m`` puts the current folder on ``sys.path``; here that is the template."""
    template = copy_fixture("attack-syspath", tmp_path)
    marker = tmp_path / "marker"
    out = tmp_path / "out"
    done = run_cli(
        "new", "project", ".", "-o", str(out), "--no-input",
        cwd=template, env={"SCAFFOLD_ATTACK_MARKER": str(marker), "PYTHONPATH": str(template)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not marker.exists()


def test_the_isolated_path_keeps_installed_packages_only(tmp_path: Path) -> None:
    saved = list(cc.sys.path)
    try:
        cc.sys.path[:] = ["", ".", "relative/dir", str(tmp_path), str(tmp_path / "sub"), *saved]
        kept = cc._isolated_path(tmp_path)
    finally:
        cc.sys.path[:] = saved
    assert "" not in kept
    assert not [entry for entry in kept if not os.path.isabs(entry)]
    assert not [entry for entry in kept if Path(entry).is_relative_to(tmp_path)]
    assert [entry for entry in saved if entry and not Path(entry).is_relative_to(tmp_path)] == kept


# 2. Local extensions in forms other than a .py file.


def _compiled_extension(template: Path, layout: str) -> str:
    """Put the extension in the template as ``layout`` says, byte-code only; its import name."""
    source = template / "evilext_source.txt"
    forms = {
        "pyc": ("evilext.pyc", "evilext.Ext"),
        "package": ("evilext/__init__.pyc", "evilext.Ext"),
        "namespace": ("evilext/inner.pyc", "evilext.inner.Ext"),
    }
    relative, name = forms[layout]
    (template / relative).parent.mkdir(parents=True, exist_ok=True)
    py_compile.compile(str(source), cfile=str(template / relative), doraise=True)
    return name


@pytest.mark.parametrize("layout", ["pyc", "package", "namespace"])
def test_byte_code_extensions_are_template_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], layout: str
) -> None:
    template = copy_fixture("attack-pyc", tmp_path / "src")
    name = _compiled_extension(template, layout)
    variables = json.loads((template / "cookiecutter.json").read_text())
    variables["_extensions"] = [name]
    (template / "cookiecutter.json").write_text(json.dumps(variables))
    marker, out = tmp_path / "marker", tmp_path / "out"
    env = {"SCAFFOLD_ATTACK_MARKER": str(marker)}
    monkeypatch.setenv("SCAFFOLD_ATTACK_MARKER", str(marker))
    line = _refused_untrusted(capsys, template, out)
    assert "would run code on this machine: evilext" in line
    assert not marker.exists()
    trusted = run_cli(
        "new", "project", str(template), "-o", str(out), "--no-input", "--trust", env=env
    )
    assert trusted.returncode == 0, trusted.stderr
    assert marker.exists()


def test_a_native_module_counts_as_template_code(tmp_path: Path) -> None:
    template = copy_fixture("attack-pyc", tmp_path)
    (template / "evilext.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF")
    request = ProjectRequest(str(template), tmp_path / "out", no_input=True)
    with pytest.raises(UnsafeTemplateError, match=r"evilext\.cpython-311-x86_64-linux-gnu\.so"):
        create_project(request)


def test_a_missed_extension_still_cannot_be_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Second line of defence: were the code check to miss a file, the import still fails."""
    template = copy_fixture("attack-pyc", tmp_path / "src")
    (template / "missedext.pyc").parent.mkdir(exist_ok=True)
    py_compile.compile(
        str(template / "evilext_source.txt"), cfile=str(template / "missedext.pyc"), doraise=True
    )
    variables = json.loads((template / "cookiecutter.json").read_text())
    variables["_extensions"] = ["missedext.Ext"]
    (template / "cookiecutter.json").write_text(json.dumps(variables))
    marker = tmp_path / "marker"
    monkeypatch.setenv("SCAFFOLD_ATTACK_MARKER", str(marker))
    monkeypatch.setattr(cc, "local_extension_files", lambda repo_dir, variables: [])
    with pytest.raises(UserError, match="missedext"):
        create_project(ProjectRequest(str(template), tmp_path / "out", no_input=True))
    assert not marker.exists()
    assert "missedext" not in cc.sys.modules


# 3. Rendered paths that leave the output folder.


def _climb(target: Path) -> str:
    """A relative path that climbs to the root, then down to ``target``."""
    return "../" * 40 + str(target).lstrip("/")


@pytest.mark.parametrize(
    ("variable", "how", "shown"),
    [
        ("fname", "absolute default", "{{cookiecutter.fname}}"),
        ("folder", "climbing default", "{{cookiecutter.folder}}"),
        ("fname", "climbing answer", "{{cookiecutter.fname}}"),
        ("copied", "absolute default", "{{cookiecutter.copied}}"),
    ],
)
def test_rendered_paths_stay_inside_the_output_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], variable: str, how: str, shown: str
) -> None:
    template = copy_fixture("attack-paths", tmp_path / "src")
    outside = tmp_path / "outside"
    outside.mkdir()
    escape = str(outside / "escaped") if how.startswith("absolute") else _climb(outside / "escaped")
    extra: list[str] = []
    if how.endswith("answer"):
        extra = ["--extra-context", f"{variable}={escape}"]
    else:
        variables = json.loads((template / "cookiecutter.json").read_text())
        variables[variable] = escape
        (template / "cookiecutter.json").write_text(json.dumps(variables))
    out = tmp_path / "out"
    for trust in ([], ["--trust"]):
        code, [line] = _cli(
            capsys, "new", "project", str(template), "-o", str(out), "--no-input", *extra, *trust
        )
        assert code == 3
        assert f"{shown} renders to" in line
        assert "outside the new project" in line
        assert list(outside.iterdir()) == []
        assert _leftovers(out) == []


def test_the_project_folder_name_cannot_climb(tmp_path: Path) -> None:
    template = copy_fixture("attack-paths", tmp_path / "src")
    request = ProjectRequest(
        str(template),
        tmp_path / "out" / "deep",
        no_input=True,
        extra_context={"project_slug": "../escaped"},
    )
    with pytest.raises(UnsafeTemplateError, match=r"project_slug\}\} renders to '\.\./escaped'"):
        create_project(request)
    assert not (tmp_path / "out").exists()


# 4. Symlinks that copy a secret.


def _secret(tmp_path: Path) -> Path:
    secret = tmp_path / "home" / ".ssh" / "id_rsa"
    secret.parent.mkdir(parents=True)
    secret.write_bytes(SECRET)
    return secret


@pytest.mark.parametrize(
    "link",
    ["id_rsa", "raw/id_rsa", "keys", ".git/leak", ".hg/leak"],
    # Only the template's own top-level .git is not the project; one deeper is copied.
    ids=["file", "copy-without-render", "folder", "in-git-folder", "in-hg-folder"],
)
def test_symlinks_are_refused_without_trust(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], link: str
) -> None:
    template = copy_fixture("attack-symlink", tmp_path / "src")
    secret = _secret(tmp_path)
    where = template / "{{cookiecutter.project_slug}}" / link
    where.parent.mkdir(exist_ok=True)
    where.symlink_to(secret.parent if link == "keys" else secret)
    out = tmp_path / "out"
    line = _refused_untrusted(capsys, template, out)
    assert f"holds symlinks: {{{{cookiecutter.project_slug}}}}/{link} -> " in line
    assert "--trust" in line
    _no_secret_below(tmp_path / "out")


def test_trusted_symlinks_out_of_the_project_are_refused_too(tmp_path: Path) -> None:
    template = copy_fixture("attack-symlink", tmp_path / "src")
    (template / "{{cookiecutter.project_slug}}" / "id_rsa").symlink_to(_secret(tmp_path))
    out = tmp_path / "out"
    request = ProjectRequest(str(template), out, no_input=True, trust=True)
    with pytest.raises(UnsafeTemplateError, match=r"symlink .*id_rsa points outside"):
        create_project(request)
    assert _leftovers(out) == []
    _no_secret_below(tmp_path / "out")


def test_trusted_symlinks_inside_the_project_stay_links(tmp_path: Path) -> None:
    template = copy_fixture("attack-symlink", tmp_path / "src")
    project_template = template / "{{cookiecutter.project_slug}}"
    (project_template / "docs").mkdir()
    (project_template / "docs" / "index.md").symlink_to("../README.md")
    (project_template / "raw" / "again.txt").symlink_to("plain.txt")
    request = ProjectRequest(str(template), tmp_path / "out", no_input=True, trust=True)
    project = create_project(request).project_dir
    tree = snapshot(project)
    assert tree["docs/index.md"] == ("link", "../README.md", 0)
    assert tree["raw/again.txt"] == ("link", "plain.txt", 0)
    assert (project / "docs" / "index.md").read_text() == "# links-project\n"
    assert not (tmp_path / "out" / "template").exists()
    shutil.rmtree(project)


@pytest.mark.parametrize("name", ["os.system", "code.interact", "builtins.print"])
def test_an_installed_callable_is_not_an_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """Jinja calls what ``_extensions`` names with the environment: only classes may load."""
    template = copy_fixture("attack-pyc", tmp_path)
    variables = json.loads((template / "cookiecutter.json").read_text())
    variables["_extensions"] = [name]
    (template / "cookiecutter.json").write_text(json.dumps(variables))
    out = tmp_path / "out"
    assert main(["new", "project", str(template), "-o", str(out), "--no-input"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = error_lines(captured.err)
    assert line == f"error: _extensions: {name!r} is not a Jinja extension class"
    assert _leftovers(out) == []


def test_an_escaping_path_is_refused_before_cookiecutter_writes_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cookiecutter.generate

    def never(*args: object, **kwargs: object) -> str:
        raise AssertionError("cookiecutter started writing")

    monkeypatch.setattr(cookiecutter.generate, "generate_files", never)
    template = copy_fixture("attack-paths", tmp_path / "src")
    request = ProjectRequest(
        str(template),
        tmp_path / "out",
        no_input=True,
        extra_context={"folder": _climb(tmp_path / "outside")},
    )
    with pytest.raises(UnsafeTemplateError, match=r"\{\{cookiecutter\.folder\}\} renders to"):
        create_project(request)


# 5. A version-control folder inside the project: commands git runs.


def _git_config_template(tmp_path: Path, marker: Path, folder: str = ".git") -> Path:
    """A template whose project ships a ``.git`` whose config runs a command on ``git status``."""
    template = copy_fixture("attack-symlink", tmp_path / "src")
    repository = template / "{{cookiecutter.project_slug}}" / folder
    (repository / "objects").mkdir(parents=True)
    (repository / "refs").mkdir()
    (repository / "HEAD").write_text("ref: refs/heads/main\n")
    (repository / "config").write_text(
        f'[core]\n\trepositoryformatversion = 0\n\tfsmonitor = "touch {marker}; false"\n'
    )
    return template


@pytest.mark.parametrize("folder", [".git", ".GIT", ".hg"])
def test_a_version_control_folder_in_the_project_is_refused_without_trust(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], folder: str
) -> None:
    """Git and Mercurial run commands their config names (``core.fsmonitor``, hooks)."""
    marker = tmp_path / "marker"
    template = _git_config_template(tmp_path, marker, folder)
    out = tmp_path / "out"
    line = _refused_untrusted(capsys, template, out)
    assert f"links-project/{folder} is version-control metadata" in line
    assert "--trust" in line


def test_a_shipped_git_config_is_a_real_attack_when_trusted(tmp_path: Path) -> None:
    """With ``--trust`` the folder is kept, and ``git status`` in the project runs its command."""
    marker = tmp_path / "marker"
    template = _git_config_template(tmp_path, marker)
    request = ProjectRequest(str(template), tmp_path / "out", no_input=True, trust=True)
    project = create_project(request).project_dir
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", "status"], cwd=project, env=env, capture_output=True, check=False)
    assert marker.exists()


# 6. A git URL whose last part is not a folder name: cookiecutter deletes where it would clone.


@pytest.mark.parametrize(
    "url",
    [
        "git+https://example.invalid/org/..",
        "https://example.invalid/org/..git",
        "git@example.invalid:org/..",
        "https://example.invalid/.git",
        "hg+https://example.invalid/org/..",
    ],
)
def test_a_repository_url_cannot_name_a_folder_outside_the_clone_folder(
    tmp_path: Path, url: str
) -> None:
    """Cookiecutter clones into ``~/.cookiecutters/<last part>`` and first deletes what is there:
    ``..`` was the home folder, an empty name every cached template."""
    home = tmp_path / "home"
    (home / "precious").mkdir(parents=True)
    (home / "precious" / "file").write_text("keep\n")
    (home / ".cookiecutters" / "cached").mkdir(parents=True)
    env = {"HOME": str(home), "COOKIECUTTER_CONFIG": str(tmp_path / "none.yaml")}
    (tmp_path / "none.yaml").write_text("{}\n")
    done = run_cli("new", "project", url, "-o", str(tmp_path / "out"), "--no-input", env=env)
    assert done.returncode == 1, done.stderr
    [line] = error_lines(done.stderr)
    assert line.startswith(f"error: template {url}: its repository name ")
    assert "Traceback" not in done.stderr
    assert (home / "precious" / "file").read_text() == "keep\n"
    assert (home / ".cookiecutters" / "cached").is_dir()
