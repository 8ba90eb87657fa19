"""The trees ``bench/unseen_in_project.py`` reads, extracted from clones at the pinned commits.

Each application of ``unseen_in_project.APPS`` is pinned by its entries' sources
(``owner/name@<12 hex>:<path>``). This script takes a local clone of each (nothing is
fetched), extracts the pinned commit with ``git archive``, and makes it readable as a project
the way its set's header says: the header's line ``For bench/unseen_in_project.py: root =
"<dir>", [tool.scaffold] package = "<pkg>", endpoints = "<dir>"`` names the project root and
where the routes live; a ``pyproject.toml`` with that ``[tool.scaffold]`` table is written at
the root (or the table added to the one there), and the empty ``__init__.py`` files the package
and the endpoints folder lack are added. Applications whose header has no such line (the sets
written before the line was) are extracted as they are. It prints the ``--tree`` arguments:

    python bench/app_trees.py --clones ~/clones --out ~/trees [APP ...] > trees.txt
    python bench/unseen_in_project.py $(cat trees.txt)

``--clones DIR`` holds one clone per repository, named as the repository is
(``DIR/project-range``); an application without one is skipped with a line on stderr.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from unseen_in_project import APPS  # bench/: its folder

_LINE = re.compile(
    r'For bench/unseen_in_project\.py: root = "([^"]*)", \[tool\.scaffold\] package = '
    r'"([^"]*)",\s*endpoints = "([^"]*)"'
)
# A paragraph about one application's project root starts with its repository's name:
# "Nova-Itsm-Service-Desk has neither pyproject.toml nor setup.py ...", "maia-bms: its project
# root is backend/ ...".
_ABOUT = re.compile(r"([\w.-]+)(?:(?:'s [\w ]+)? (?:has|holds|keeps|is) |: )")


@dataclass(frozen=True)
class Layout:
    """Where an application's project root, package and route modules are."""

    root: str
    package: str
    endpoints: str


def header_layouts(text: str, names: frozenset[str]) -> dict[str, Layout]:
    """The layouts a set file's header gives, by repository name (one of ``names``)."""
    lines = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    found: dict[str, Layout] = {}
    about = None
    for number, line in enumerate(lines):
        start = _ABOUT.match(line)
        if start is not None and start.group(1) in names:
            about = start.group(1)
        if "For bench/unseen_in_project.py:" in line and about is not None:
            spec = _LINE.search(" ".join(lines[number : number + 3]))
            if spec is not None:
                found[about] = Layout(*spec.groups())
            about = None  # one line an application: the next paragraph names its own
    return found


def prepare(tree: Path, layout: Layout, name: str) -> list[str]:
    """Make ``tree`` readable as a project: the ``[tool.scaffold]`` table, and the
    ``__init__.py`` files its package and endpoints folder lack; returns what was added."""
    root = tree / layout.root
    table = f'[tool.scaffold]\npackage = "{layout.package}"\nendpoints = "{layout.endpoints}"\n'
    project = f'[project]\nname = "{name}"\nversion = "0"\n\n'
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8") if pyproject.is_file() else ""
    added = []
    if "[tool.scaffold]" not in text:
        head = "" if "[project]" in text else project
        pyproject.write_text(head + text + ("\n" if text else "") + table, encoding="utf-8")
        added.append(f"{layout.root}/pyproject.toml")
    package = root / layout.package
    endpoints = root / layout.endpoints
    folders = [package, *(f for f in [endpoints, *endpoints.parents] if package in f.parents)]
    for folder in folders:
        if folder.is_dir() and not (folder / "__init__.py").exists():
            (folder / "__init__.py").write_text("", encoding="utf-8")
            added.append(str((folder / "__init__.py").relative_to(tree)))
    return added


def extract(clone: Path, commit: str, tree: Path) -> list[str]:
    """``commit`` of the repository at ``clone`` (a 12-hex prefix resolves) into ``tree``;
    returns the files left out because the clone lacks their content (a partial or shallow
    copy without its large blobs: a package, an image), which ``git archive`` refuses."""
    tree.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(
        ["git", "-C", str(clone), "archive", "--format=tar", commit],
        capture_output=True,
        check=False,
    )
    if archive.returncode == 0:
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        return []
    return _extract_each(clone, commit, tree)


def _extract_each(clone: Path, commit: str, tree: Path) -> list[str]:
    """``extract`` one blob at a time, skipping the ones the clone lacks."""
    listing = subprocess.run(
        ["git", "-C", str(clone), "ls-tree", "-r", "-z", commit],
        capture_output=True,
        check=True,
    ).stdout.decode()
    missing = []
    for line in filter(None, listing.split("\0")):
        meta, path = line.split("\t", 1)
        _, kind, sha = meta.split()
        if kind != "blob":
            continue  # a submodule: nothing of it is in this repository
        blob = subprocess.run(
            ["git", "-C", str(clone), "cat-file", "blob", sha],
            capture_output=True,
            check=False,
        )
        if blob.returncode != 0:
            missing.append(path)
            continue
        target = tree / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob.stdout)
    return missing


@cache
def _set_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def build(app: str, clones: Path, out: Path) -> Path | None:
    """The tree of ``app``, extracted and prepared under ``out``; None without a clone."""
    path, prefix = APPS[app]
    name = prefix.rstrip("@").split("/")[1]
    clone = clones / name
    if not clone.is_dir():
        print(f"{app}: skipped (no clone at {clone})", file=sys.stderr)
        return None
    text = _set_text(path)
    pinned = re.search(re.escape(prefix) + r"([0-9a-f]{7,40})", text)
    if pinned is None:
        print(f"{app}: skipped (no pinned source in {path.name})", file=sys.stderr)
        return None
    tree = out / app
    if not tree.exists():
        for path in extract(clone, pinned.group(1), tree):
            print(f"{app}: left out {path} (not in the clone)", file=sys.stderr)
    layouts = header_layouts(text, frozenset({name}))
    if name in layouts:
        for added in prepare(tree, layouts[name], app):
            print(f"{app}: added {added}", file=sys.stderr)
    return tree


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("apps", nargs="*", help="APPS keys (default: every one with a clone)")
    parser.add_argument("--clones", type=Path, required=True, help="one clone per repository")
    parser.add_argument("--out", type=Path, required=True, help="where the trees go")
    args = parser.parse_args(argv)
    unknown = [app for app in args.apps if app not in APPS]
    if unknown:
        parser.error(f"unknown application(s): {', '.join(unknown)}")
    trees = []
    for app in args.apps or list(APPS):
        tree = build(app, args.clones.expanduser(), args.out.expanduser())
        if tree is not None:
            trees.append(f"--tree {app}={tree}")
    print(" ".join(trees))
    return 0


if __name__ == "__main__":
    sys.exit(main())
