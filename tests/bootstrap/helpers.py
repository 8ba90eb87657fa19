"""Helpers for the bootstrap tests: template fixtures, file trees, cookiecutter's own output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "templates"

Tree = dict[str, tuple[str, bytes | str | None, int]]


def copy_fixture(name: str, into: Path) -> Path:
    target = into / name
    shutil.copytree(FIXTURES / name, target)
    return target


def write_tree(root: Path, files: Mapping[str, str]) -> None:
    """Create ``files`` (relative path -> text) under ``root``."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def snapshot(root: Path) -> Tree:
    """Every entry below ``root``: kind, content (bytes, link target) and permission bits."""
    tree: Tree = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        mode = path.lstat().st_mode & 0o777
        if path.is_symlink():
            tree[relative] = ("link", os.readlink(path), 0)
        elif path.is_dir():
            tree[relative] = ("dir", None, mode)
        else:
            tree[relative] = ("file", path.read_bytes(), mode)
    return tree


def cookiecutter_output(template: str, output_dir: Path, **options: Any) -> Path:
    """What cookiecutter itself makes of ``template`` (its Python API, as its CLI runs it)."""
    from cookiecutter.main import cookiecutter

    return Path(cookiecutter(template, output_dir=str(output_dir), **options))


def make_git_repo(source: Path, repo: Path) -> str:
    """A git repository holding the files of ``source``; returns its file:// URL."""
    shutil.copytree(source, repo)
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "template"]):
        git(repo, *args)
    return repo.as_uri()


def git(repo: Path, *args: str) -> None:
    """Run git in ``repo`` with a fixed identity and no user configuration."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    subprocess.run(["git", *args], cwd=repo, check=True, env=env)


def make_zip(source: Path, archive: Path) -> Path:
    """A zip with ``source`` as its single top folder, as cookiecutter expects."""
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(source, source.name + "/")
        for path in sorted(source.rglob("*")):
            name = (source.name / path.relative_to(source)).as_posix()
            if path.is_dir():
                bundle.write(path, name + "/")
            else:
                bundle.write(path, name)
    return archive


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` refuse new entries, for real: ``chmod`` for a user, ``chattr +i`` for root.

    Root ignores permission bits, so as root the folder is made immutable instead (ext4, xfs,
    btrfs); where that is not supported the test is skipped.
    """
    if os.geteuid() != 0:
        mode = folder.stat().st_mode & 0o777
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)], check=False).returncode:
        pytest.skip("running as root and this file system cannot make a folder immutable")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def run_cli(
    *args: str, cwd: Path | None = None, env: Mapping[str, str] | None = None, **options: Any
) -> subprocess.CompletedProcess[str]:
    """``python -m scaffold ARGS`` in a fresh interpreter (nothing imported beforehand)."""
    return subprocess.run(
        [sys.executable, "-m", "scaffold", *args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
        **options,
    )


def error_lines(stderr: str) -> list[str]:
    """The lines of ``stderr`` that are not progress marks (rich's check marks and crosses)."""
    return [line for line in stderr.splitlines() if line and line[0] not in "✓✗"]
