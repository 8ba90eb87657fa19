"""Everything a template renders stays inside the new project: paths, and symlinks.

Cookiecutter joins each rendered file or folder name to the project folder, so a name that
renders to an absolute path or climbs with ``..`` (from a default, an answer or
``--extra-context``) would write anywhere. Cookiecutter renders every path through
``Environment.from_string`` (file contents go through ``get_template``), so the environment used
for rendering gets a ``from_string`` that checks each rendered path and names the template path
at fault. Every name is rendered and checked once before cookiecutter starts writing, and again
as cookiecutter renders it (a name may render differently each time).

Symlinks in a template would have their targets' content copied (a link to ``~/.ssh/id_rsa``
copies the key). Untrusted templates with links are refused. A trusted template is rendered
from a copy in which each link is a placeholder file, and the placeholders become links again
afterwards, each checked to point inside the new project.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scaffold.errors import UnsafeTemplateError, UserError

__all__ = [
    "Link",
    "PathGuard",
    "check_rendered_tree",
    "copy_without_links",
    "relink",
    "template_links",
]

_VERSION_CONTROL = frozenset({".git", ".hg"})


def template_links(root: Path) -> list[Path]:
    """Every symlink under ``root``, sorted.

    Only the repository's own version-control folder at the top is skipped (cookiecutter never
    renders it); one deeper, inside the project folder, is copied like any other folder.
    """
    found: list[Path] = []
    for folder, dirnames, filenames in os.walk(root):
        if folder == str(root):
            dirnames[:] = [name for name in dirnames if name not in _VERSION_CONTROL]
        for name in dirnames + filenames:
            path = Path(folder, name)
            if path.is_symlink():
                found.append(path)
    return sorted(found)


class PathGuard:
    """Checks each path cookiecutter renders against the project folder it renders into."""

    def __init__(self, project: Path, label: str) -> None:
        self.given = str(project)
        self.project = Path(os.path.realpath(project))
        self.label = label
        self.top = ""  # the template's project folder as written, e.g. {{cookiecutter.slug}}
        self.current = ""  # the template path rendered last: named when its content fails

    def install(self, env: Any) -> None:
        """Wrap ``env.from_string`` so that every rendered path is checked as it renders."""
        original: Callable[..., Any] = env.from_string
        guard = self

        class CheckedTemplate:
            def __init__(self, source: str, template: Any) -> None:
                self.source, self.template = source, template

            def render(self, *args: Any, **kwargs: Any) -> str:
                rendered: str = self.template.render(*args, **kwargs)
                guard.check(self.source, rendered)
                return rendered

        def from_string(source: Any, *args: Any, **kwargs: Any) -> Any:
            return CheckedTemplate(str(source), original(source, *args, **kwargs))

        env.from_string = from_string

    def _shown(self, source: str) -> str:
        """``source`` as a path in the template (cookiecutter passes folders absolute)."""
        for prefix in (self.given + os.sep, str(self.project) + os.sep):
            if source.startswith(prefix):
                source = source[len(prefix) :]
        shown = os.path.normpath(source)
        return shown if not self.top or shown == self.top else os.path.join(self.top, shown)

    def preflight(self, env: Any, template_dir: Path, context: dict[str, Any]) -> None:
        """Render every file and folder name first: an escape is refused before any write.

        Walks the template as cookiecutter does (not into ``_copy_without_render`` folders).
        Names that fail to render are left for cookiecutter to report as it always has; names
        that render differently on each run (random) are still checked as they are written.
        """
        from cookiecutter.generate import is_copy_only_path
        from jinja2 import TemplateError

        for folder, dirnames, filenames in os.walk(template_dir):
            relative_folder = os.path.relpath(folder, template_dir)
            for name in [*dirnames, *filenames]:
                relative = os.path.normpath(os.path.join(relative_folder, name))
                if name in dirnames and is_copy_only_path(relative, context):
                    dirnames.remove(name)
                try:
                    env.from_string(relative).render(**context)  # checked by the guard
                except TemplateError:
                    continue

    def check(self, source: str, rendered: str) -> None:
        """Refuse ``rendered`` (the output of template path ``source``) unless it is inside."""
        shown = self._shown(source)
        inside = "\0" not in rendered and Path(
            os.path.realpath(os.path.join(self.project, rendered))
        ).is_relative_to(self.project)
        if not inside:
            raise UnsafeTemplateError(
                f"template {self.label}: {shown} renders to {rendered!r}, outside the new project",
                hint="file and folder names must stay inside it; check the answers given",
            )
        self.current = shown


@dataclass(frozen=True)
class Link:
    """A symlink of a template: where it sits (relative), what it points to, its placeholder."""

    relative: Path
    target: str
    marker: bytes


def copy_without_links(repo_dir: Path, into: Path) -> tuple[Path, list[Link]]:
    """Copy the template to ``into`` with every symlink replaced by a placeholder file."""
    token = secrets.token_hex(16)
    links: list[Link] = []

    def copy(source: str, destination: str) -> None:
        shutil.copy2(source, destination, follow_symlinks=False)

    shutil.copytree(repo_dir, into, symlinks=True, copy_function=copy)
    for index, path in enumerate(template_links(into)):
        marker = f"scaffold symlink placeholder {token} {index}\n".encode()
        links.append(Link(path.relative_to(into), os.readlink(path), marker))
        path.unlink()
        path.write_bytes(marker)
    return into, links


def relink(project: Path, links: list[Link], label: str) -> None:
    """Turn the rendered placeholders back into links; each must point inside ``project``."""
    if not links:
        return
    by_marker = {link.marker: link for link in links}
    size = len(links[0].marker)
    for folder, _dirnames, filenames in os.walk(project):
        for name in filenames:
            path = Path(folder, name)
            if path.is_symlink() or path.stat().st_size != size:
                continue
            link = by_marker.get(path.read_bytes())
            if link is None:
                continue
            resolved = os.path.normpath(os.path.join(path.parent, link.target))
            if os.path.isabs(link.target) or not Path(resolved).is_relative_to(project):
                raise UnsafeTemplateError(
                    f"template {label}: symlink {link.relative} points outside the new project "
                    f"({link.target})",
                    hint="only links to files inside the project are copied",
                )
            path.unlink()
            path.symlink_to(link.target)


def check_rendered_tree(project: Path, label: str) -> None:
    """The rendered project holds only folders, regular files and links that stay inside.

    And no version-control folder: git and Mercurial run the commands their config names
    (``core.fsmonitor``, hooks) on the user's next ``git status``, or a shell prompt's.
    """
    root = Path(os.path.realpath(project))
    for folder, dirnames, filenames in os.walk(project):
        for name in dirnames + filenames:
            path = Path(folder, name)
            relative = path.relative_to(project)
            if name.lower() in _VERSION_CONTROL:
                raise UnsafeTemplateError(
                    f"template {label}: {project.name}/{relative.as_posix()} is version-control "
                    "metadata, whose config can run commands on this machine",
                    hint="read it, then pass --trust to keep it",
                )
            if path.is_symlink():
                if not Path(os.path.realpath(path)).is_relative_to(root):
                    raise UnsafeTemplateError(
                        f"template {label}: {relative} is a symlink out of the new project",
                        hint="only links inside the project are kept",
                    )
            elif not (path.is_dir() or path.is_file()):
                raise UserError(f"template {label}: {relative} is not a regular file or folder")
