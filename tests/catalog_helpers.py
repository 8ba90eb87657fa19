"""Helpers shared by the catalog and registry CLI tests (imported by name: no tests package)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from scaffold.catalog import builtin_registry

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
