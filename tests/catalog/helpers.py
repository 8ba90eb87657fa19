"""Helpers shared by the catalog and registry CLI tests (imported by name: no tests package)."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from scaffold.catalog import _cache, builtin_registry

TemplateWriter = Callable[..., Path]


def template_text(name: str = "user_profile_update", *, rename: str | None = None) -> str:
    """A built-in template's text, optionally renamed (so it can live in another file)."""
    text = (builtin_registry() / f"{name}.yaml").read_text(encoding="utf-8")
    if rename is not None:
        text = text.replace(f"name: {name}\n", f"name: {rename}\n", 1)
    return text


def write_template(
    folder: Path, name: str, text: str | None = None, replace: dict[str, str] | None = None
) -> Path:
    """Write ``folder/name.yaml`` (default: user_profile_update renamed), with replacements."""
    if text is None:
        text = template_text(rename=name)
    for old, new in (replace or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def load_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loads from now on run as if a minute after every write: no file is too recent for its
    ``stat`` signature to be recorded and trusted."""
    monkeypatch.setattr(_cache, "_now_ns", lambda: time.time_ns() + 60 * 1_000_000_000)


def edit_keeping_size_and_mtime(path: Path, old: str, new: str) -> None:
    """Replace ``old`` with ``new`` (as long) in ``path``, then set its times back, as
    ``cp -p`` or an editor keeping timestamps would; wait for the change time to move (only
    the kernel sets it, in ticks of its clock)."""
    assert len(old) == len(new)
    before = os.stat(path)
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    for _ in range(400):
        path.write_text(text.replace(old, new), encoding="utf-8")
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        after = os.stat(path)
        if after.st_ctime_ns != before.st_ctime_ns:
            break
        time.sleep(0.005)
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert after.st_ctime_ns != before.st_ctime_ns


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout.strip()


class GitRepo:
    """A git repository a test builds commit by commit (reached through file:// URLs)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.mkdir(parents=True)
        git(path, "init", "--quiet", "--initial-branch=main")
        git(path, "config", "user.email", "test@example.com")
        git(path, "config", "user.name", "Test")
        git(path, "config", "commit.gpgsign", "false")

    @property
    def url(self) -> str:
        return self.path.as_uri()

    def commit(self, files: dict[str, str | None], message: str = "templates") -> str:
        """Write (or, for ``None``, delete) files, commit, return the commit id."""
        for relative, text in files.items():
            target = self.path / relative
            if text is None:
                target.unlink()
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        git(self.path, "add", "-A")
        git(self.path, "commit", "--quiet", "-m", message)
        return git(self.path, "rev-parse", "HEAD")
