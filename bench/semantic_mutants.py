"""Semantic mutants of freshly generated functions: how many do the generated tests catch?

An independent check of the generated test suites, kept apart from the generator's own
self-test: every built-in template, every verb fallback and the bulk functions of ``BULK`` (owned
and admin-wide) are generated into fresh projects, then each mutant below is applied by a plain text
edit of the generated endpoint or service (a changed rate-limit key or window, a lowered role, a
service that forgets to save, a bulk service that ignores whose item it is or lists an item it
refused among the ids it created, a service that serves a record under another parent than its
path names, ...). A mutant counts for a function only when its pattern
occurs in that function's code. All projects are tested by one pytest process; a mutant is
caught when at least one generated test fails.

    python bench/semantic_mutants.py            # table: caught/total per function
    python bench/semantic_mutants.py --json     # the same, for tools
    python bench/semantic_mutants.py --keep DIR # keep the generated projects in DIR
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from scaffold.catalog import Template, load_catalog
from scaffold.generate import name_from_description
from scaffold.generate._derive import derive_spec, example_spec
from scaffold.generate._spec import FunctionSpec
from scaffold.matching import match

FALLBACKS = (
    "create invoice",
    "read invoice",
    "update invoice",
    "delete invoice, rate limited",
    "archive my invoice",
    "list my invoices",
    "purge my invoices",
    # records under a parent in their path: the service answers 404 for another parent's path
    "read a comment on a post",
    "delete a comment from a post",
)

# Bulk functions as `new function` makes them (the best match): on the caller's own records,
# where each item's owner is checked, and under the admin contract that reaches every record.
BULK = (
    "bulk delete my invoices",
    "bulk update my invoices",
    "bulk create my orders",
    "bulk update items",
    "bulk delete notes",
)

Edit = Callable[[str], str | None]  # the mutated text, or None when the mutant does not apply
_ROLE_BELOW = {'auth("user")': "auth(None)", 'auth("admin")': 'auth("user")'}
_ROLE_BELOW['auth("super_admin")'] = 'auth("admin")'
_SHORTER = {"minute": "second", "hour": "minute", "day": "hour"}


def _sub(pattern: str, replacement: str | Callable[[re.Match[str]], str]) -> Edit:
    def edit(text: str) -> str | None:
        changed, count = re.subn(pattern, replacement, text)
        return changed if count else None

    return edit


def _lower_role(text: str) -> str | None:
    for role, lower in _ROLE_BELOW.items():
        if role in text:
            return text.replace(role, lower)
    return None


def _require_auth(text: str) -> str | None:
    """A public endpoint made to require a signed-in user."""
    if "auth(" in text or "owns(" in text or "requires=[" not in text:
        return None
    text = text.replace("requires=[\n", 'requires=[\n        auth("user"),\n', 1)
    return "from scaffold.contracts import auth\n" + text if "import auth" not in text else text


def _body_wins(text: str) -> str | None:
    """Body fields override path parameters (only meaningful when the route has some)."""
    if not re.search(r'@router\.\w+\(\s*"[^"]*\{', text):
        return None
    return _sub(r"\{\*\*body, \*\*request\.path_params\}", "{**request.path_params, **body}")(text)


def _limit_plus_one(match: re.Match[str]) -> str:
    return f"{match.group(1)}{int(match.group(2)) + 1},"


def _ignore_key(which: str) -> Edit:
    """The service reads or removes another stored record than the one its key names."""
    other = (
        "next(iter(store.keys({})), key)" if which == "first" else "(store.keys({}) or [key])[-1]"
    )

    def edit(text: str) -> str | None:
        if "key: str" not in text:
            return None
        return _sub(r"store\.(get|delete)\(key\)", rf"store.\1({other})")(text)

    return edit


def _create_without_save(text: str) -> str | None:
    if "uuid.uuid4()" not in text:
        return None
    return _sub(r"\n\s*store\.save\(key, record\)", "")(text)


@dataclass(frozen=True)
class Mutant:
    name: str
    role: str  # "endpoint" or "service": the generated file edited
    edit: Edit


MUTANTS = (
    Mutant("rate limit by user -> by ip", "endpoint", _sub(r'by="user"', 'by="ip"')),
    Mutant("rate limit by ip -> by user", "endpoint", _sub(r'by="ip"', 'by="user"')),
    Mutant(
        "rate limit window shorter",
        "endpoint",
        _sub(r'per="(minute|hour|day)"', lambda m: f'per="{_SHORTER[m.group(1)]}"'),
    ),
    Mutant(
        "rate limit one call more",
        "endpoint",
        _sub(r'(rate_limit\(\s*"[^"]*",\s*)(\d+),', _limit_plus_one),
    ),
    Mutant("auth role lowered", "endpoint", _lower_role),
    Mutant("public endpoint requires auth", "endpoint", _require_auth),
    Mutant("body wins over path", "endpoint", _body_wins),
    Mutant("create does not save", "service", _create_without_save),
    Mutant("bulk processes nothing", "service", _sub(r"(for item in payload\.\w+):", r"\1[:0]:")),
    Mutant("delete calls get", "service", _sub(r"store\.delete\(", "store.get(")),
    Mutant(
        "bulk ignores whose item it is",
        "service",
        _sub(r'\n\s*if current\.get\("owner_id", owner\) != owner:\n[^\n]*\n\s*continue', ""),
    ),
    Mutant("bulk starts each item afresh", "service", _sub(r"store\.get\(key\) or \{\}", "{}")),
    Mutant(
        "bulk lists the items it refused as done",
        "service",
        _sub(r'(record\["\w+_ids"\] = )handled\n', r"\1[*handled, *failed]\n"),
    ),
    Mutant("service ignores its key (first record)", "service", _ignore_key("first")),
    Mutant("service ignores its key (last record)", "service", _ignore_key("last")),
    Mutant("PATCH drops exclude_unset", "service", _sub(r",\s*exclude_unset=True", "")),
    Mutant(
        "service ignores the parent in its path",
        "service",
        _sub(
            r'\n\s*(wanted = \w+\n\s*)?if record\.get\("\w+"\) != \w+:'
            r"\n\s*raise NotFoundError\(key\)",
            "",
        ),
    ),
)


@dataclass
class Subject:
    label: str
    template: Template
    spec: FunctionSpec


def subjects() -> list[Subject]:
    """Every built-in template as its example, every verb fallback on a described function,
    and the bulk functions of ``BULK`` under the template that matches them best."""
    catalog = load_catalog()
    found = [
        Subject(t.name, t, example_spec(t.endpoint.function, t))
        for t in catalog.templates.values()
        if not t.name.startswith("fallback_")
    ]
    for description in FALLBACKS:
        template = next(m.spec for m in match(description, catalog) if m.is_fallback)
        name = name_from_description(description, "generated")
        found.append(
            Subject(f"{template.name}:{name}", template, derive_spec(description, template, name))
        )
    for description in BULK:
        template = match(description, catalog)[0].spec
        name = name_from_description(description, "generated")
        found.append(
            Subject(f"{template.name}:{name}", template, derive_spec(description, template, name))
        )
    return found


def _generate(subject: Subject, root: Path, package: str) -> dict[str, Path]:
    """Generate the subject into a fresh project at ``root``; return its files by role."""
    from scaffold.generate._apply import apply_plan
    from scaffold.generate._function import plan_function
    from scaffold.generate._project import find_project

    (root / package).mkdir(parents=True)
    (root / package / "__init__.py").write_text("", encoding="utf-8")
    (root / "pyproject.toml").write_text(
        f'[tool.scaffold]\npackage = "{package}"\n', encoding="utf-8"
    )
    project = find_project(root)
    name = subject.spec.name
    plan = plan_function(
        subject.template.description,
        subject.template,
        project=project,
        name=name,
        spec=subject.spec,
    )
    apply_plan(plan)
    return {
        "endpoint": project.endpoints / f"{name}.py",
        "service": project.services / f"{name}.py",
        "test": project.tests / f"test_{name}.py",
    }


def run(workdir: Path) -> dict[str, dict[str, object]]:
    """Generate, mutate and test everything; return caught and survivors per subject."""
    targets: list[str] = []
    roots: list[str] = []
    planned: dict[str, tuple[str, str]] = {}  # package -> (subject, mutant name or "")
    for number, subject in enumerate(subjects()):
        for index, mutant in enumerate((None, *MUTANTS)):
            package = f"s{number}_m{index}"  # the folder; the package inside is mut_<folder>
            root = workdir / package
            files = _generate(subject, root, f"mut_{package}")
            if mutant is not None:
                path = files[mutant.role]
                changed = mutant.edit(path.read_text(encoding="utf-8"))
                if changed is None:
                    continue
                path.write_text(changed, encoding="utf-8")
            planned[package] = (subject.label, mutant.name if mutant else "")
            roots.append(str(root))
            targets.append(str(files["test"]))
    report = workdir / "results.xml"
    paths = os.pathsep.join([*roots, os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env = dict(os.environ, PYTHONPATH=paths, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--import-mode=importlib",
    ]
    command += ["-o", "addopts=", f"--rootdir={workdir}", f"--junitxml={report}", *targets]
    subprocess.run(command, cwd=workdir, env=env, capture_output=True, check=False)
    failed: dict[str, int] = dict.fromkeys(planned, 0)
    ran: dict[str, int] = dict.fromkeys(planned, 0)
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        package = case.get("classname", "").split(".")[0]
        if package in ran:
            ran[package] += 1
            failed[package] += any(child.tag in ("failure", "error") for child in case)
    results: dict[str, dict[str, object]] = {}
    for package, (label, mutant_name) in planned.items():
        entry = results.setdefault(label, {"caught": 0, "total": 0, "survivors": [], "base": ""})
        if not mutant_name:
            entry["base"] = (
                "ok" if ran[package] and not failed[package] else f"{failed[package]} failing"
            )
            continue
        entry["total"] = int(entry["total"]) + 1  # type: ignore[call-overload]
        if failed[package]:
            entry["caught"] = int(entry["caught"]) + 1  # type: ignore[call-overload]
        else:
            entry["survivors"].append(mutant_name)  # type: ignore[union-attr]
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the generated projects in this folder")
    options = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="semantic-mutants-") as temporary:
        workdir = options.keep or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        results = run(workdir)
    seconds = time.perf_counter() - started
    if options.json:
        print(json.dumps({"seconds": round(seconds, 1), "functions": results}, indent=2))
        return
    caught = sum(int(r["caught"]) for r in results.values())  # type: ignore[call-overload]
    total = sum(int(r["total"]) for r in results.values())  # type: ignore[call-overload]
    for label, entry in results.items():
        survivors = ", ".join(entry["survivors"]) or "-"  # type: ignore[arg-type]
        score = f"{entry['caught']}/{entry['total']}"
        print(f"{label:44} {score:>5}  base {entry['base']}  survivors: {survivors}")
    print(f"total {caught}/{total} caught in {seconds:.0f} s")


if __name__ == "__main__":
    main()
