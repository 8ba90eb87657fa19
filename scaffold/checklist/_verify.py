"""The checks behind ``scaffold checklist --verify``: each returns pass, fail or manual, and why.

``manual`` means the project does not show the answer (the setting lives outside it, or is
computed at run time): a person must look. Reasons name files and lines, so a failure says
where to act. A pass that rests on the project's files becomes ``manual`` while a file it
might depend on was not read (``run_check``): the checklist never passes code it did not see.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from scaffold.checklist._project import Evidence, Project, PythonFile, Unread, inside, is_test

__all__ = ["CHECKS", "Result", "Status", "run_check"]

Status = Literal["pass", "fail", "manual"]
MANIFEST = ".scaffold/generated.json"


@dataclass(frozen=True)
class Result:
    status: Status
    reason: str


def _effective(project: Project, variable: str) -> tuple[list[Evidence], str]:
    """The evidence that decides a setting: deployment files first, else the code's defaults."""
    deployed = [e for e in project.settings(variable) if e.kind == "deployment"]
    if deployed:
        return deployed, "deployment"
    return [e for e in project.settings(variable) if e.kind == "code"], "code"


def _places(evidence: list[Evidence]) -> str:
    return ", ".join(
        f"{e.where} ({e.value if e.value is not None else 'not a literal'})" for e in evidence
    )


def production_mode(project: Project) -> Result:
    evidence, kind = _effective(project, "SCAFFOLD_ENV")
    wrong = [
        e for e in evidence if e.value is not None and e.value.lower() not in ("production", "prod")
    ]
    if wrong:
        return Result("fail", f"not production: {_places(wrong)}; set SCAFFOLD_ENV=production")
    readable = [e for e in evidence if e.value is not None]
    if readable and kind == "deployment":
        return Result("pass", f"SCAFFOLD_ENV=production in {_places(readable)}")
    if readable:
        return Result(
            "pass",
            f"the settings default to production ({_places(readable)}) and no deployment file "
            "overrides them",
        )
    if evidence:
        return Result("manual", f"set from values read at run time: {_places(evidence)}")
    return Result(
        "manual",
        "nothing in the project sets SCAFFOLD_ENV (the runtime then runs as production); "
        "set it in your deployment settings to make it visible",
    )


def metrics_enabled(project: Project) -> Result:
    off = [
        e
        for e in project.settings("SCAFFOLD_METRICS")
        if e.value is not None and e.value.lower() in ("0", "false", "off", "no")
    ]
    if off:
        return Result("fail", f"metrics are switched off: {_places(off)}")
    return Result("pass", "nothing switches contract metrics off (they are on by default)")


def audit_sink(project: Project) -> Result:
    if not project.audit_logs:
        return Result("pass", "no contract declares audit_log(...): nothing to store")
    evidence, _ = _effective(project, "SCAFFOLD_AUDIT_SINK")
    values = [e for e in evidence if e.value is not None]
    if not values:
        where = f" ({_places(evidence)})" if evidence else ""
        return Result(
            "manual",
            f"the audit sink is not set to a literal{where}; the default 'log' keeps records "
            "only as long as your log storage does",
        )
    volatile = [e for e in values if e.value in ("null", "memory")]
    if volatile:
        return Result("fail", f"audit records are thrown away: {_places(volatile)}")
    logged = [e for e in values if e.value in ("log", "")]
    if logged:
        return Result(
            "manual",
            f"audit records go to the log ({_places(logged)}): persistent only if your log "
            "storage keeps them; sqlite:///PATH or a database URL stores them",
        )
    return Result("pass", f"audit records are stored in a database: {_places(values)}")


def rate_limit_storage(project: Project) -> Result:
    if not project.rate_limits:
        return Result("pass", "no contract declares rate_limit(...)")
    evidence, _ = _effective(project, "SCAFFOLD_RATE_LIMIT_STORAGE")
    values = [e for e in evidence if e.value is not None]
    if not values and evidence:
        return Result("manual", f"set from values read at run time: {_places(evidence)}")
    if not values:
        return Result(
            "fail",
            f"{project.rate_limits} rate limit(s) but no SCAFFOLD_RATE_LIMIT_STORAGE: counters "
            "stay in each process's memory; set redis://HOST:6379/0",
        )
    memory = [e for e in values if e.value.startswith("memory")]  # type: ignore[union-attr]
    if memory:
        return Result(
            "fail",
            f"in-memory rate limits ({_places(memory)}): each worker counts on its own; "
            "use redis://HOST:6379/0",
        )
    return Result("pass", f"shared storage: {_places(values)}")


def _mount_place(project: Project) -> str:
    return ", ".join(f"{file}:{line}" for file, line, _ in project.monitoring)


def _not_mounted() -> Result:
    return Result(
        "fail",
        "no mount_monitoring(app) call; add scaffold.contracts.fastapi.mount_monitoring(app)",
    )


def health_route(project: Project) -> Result:
    if not project.monitoring:
        return _not_mounted()
    return Result("pass", f"/health/contracts mounted at {_mount_place(project)}")


def metrics_route(project: Project) -> Result:
    if not project.monitoring:
        return _not_mounted()
    without = [
        f"{file}:{line}"
        for file, line, keywords in project.monitoring
        if isinstance(keywords.get("prometheus"), ast.Constant)
        and keywords["prometheus"].value is False  # type: ignore[attr-defined]
    ]
    if len(without) == len(project.monitoring):
        return Result("fail", f"mount_monitoring(..., prometheus=False) at {', '.join(without)}")
    return Result("pass", f"/metrics mounted at {_mount_place(project)}")


def dashboard_route(project: Project) -> Result:
    if not project.monitoring:
        return _not_mounted()
    for file, line, keywords in project.monitoring:
        role = keywords.get("role")
        public = keywords.get("public")
        if isinstance(role, ast.Constant) and role.value is None:
            return Result("fail", f"{file}:{line}: role=None leaves /dashboard open to anyone")
        if public is not None and "dashboard" in ast.unparse(public):
            return Result("fail", f"{file}:{line}: public= includes the dashboard")
    return Result("pass", f"/dashboard mounted and guarded at {_mount_place(project)}")


def routes_guarded(project: Project) -> Result:
    from scaffold.analyze import analyze_path

    report = analyze_path(project.root, confine=project.root)  # no symlink out is followed
    files = {f.relative: f for f in project.python}
    unguarded, public = [], []
    handlers = [h for h in report.handlers if not is_test(h.file)]
    for handler in report.unguarded():
        if is_test(handler.file):
            continue  # test fixtures and test apps are not the service
        file = files.get(handler.file)
        if file is not None and "public" in file.markers(
            _first_line(file, handler.line), handler.line
        ):
            public.append(handler)
        else:
            unguarded.append(handler)
    if unguarded:
        listed = ", ".join(f"{h.route} ({h.file}:{h.line})" for h in unguarded[:10])
        more = f" and {len(unguarded) - 10} more" if len(unguarded) > 10 else ""
        return Result("fail", f"{len(unguarded)} route(s) without @contract: {listed}{more}")
    if not handlers:
        return Result("manual", "no route handlers found (FastAPI, Starlette, Flask, Django)")
    note = f"; marked public: {', '.join(h.route for h in public)}" if public else ""
    return Result("pass", f"{len(handlers) - len(public)} route(s) guarded{note}")


def _first_line(file: PythonFile, line: int) -> int:
    """The first decorator line of the function defined at ``line``."""
    for node in ast.walk(file.tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.lineno == line:
            return min([d.lineno for d in node.decorator_list] + [line])
    return line


def contract_tests(project: Project) -> Result:
    if not project.contracts:
        return Result("manual", "no @contract found in the project")
    tests = project.test_files
    if not tests:
        return Result("fail", f"{len(project.contracts)} contract(s) and no test files")
    missing = []
    for found in project.contracts:
        named = any(found.function in file.relative.rsplit("/", 1)[-1] for file in tests)
        patterns = [_path_pattern(path) for path in found.paths]
        if not named and not any(
            _mentions(file.tree, found.function, found.name, patterns) for file in tests
        ):
            missing.append(f"{found.function} ({found.file}:{found.line})")
    if missing:
        return Result("fail", f"no test file for: {', '.join(missing)}")
    return Result("pass", f"{len(project.contracts)} contract(s), each with a test file")


def _path_pattern(path: str) -> re.Pattern[str]:
    """A route path as a pattern for the URLs tests request: parameters match one segment."""
    parts = re.split(r"\{[^}]*\}", path)
    body = "[^/?#]+".join(re.escape(part) for part in parts)
    return re.compile(body + r"/?(?:[?#].*)?$")


def _url(node: ast.AST) -> str | None:
    """A string literal, or an f-string with each value read as one path segment."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            str(part.value) if isinstance(part, ast.Constant) else "x" for part in node.values
        )
    return None


def _mentions(tree: ast.Module, function: str, name: str, paths: list[re.Pattern[str]]) -> bool:
    """Whether a test module names the function or its contract, or requests its route."""
    for node in ast.walk(tree):
        url = _url(node)
        if url is not None and url.startswith("/") and any(p.search(url) for p in paths):
            return True
        if isinstance(node, ast.Name) and node.id == function:
            return True
        if isinstance(node, ast.Attribute) and node.attr == function:
            return True
        if isinstance(node, ast.alias) and (node.asname or node.name) == function:
            return True
        if isinstance(node, ast.Constant) and node.value == name:
            return True
    return False


def agents_md(project: Project) -> Result:
    path = project.root / "AGENTS.md"
    if not path.is_file():
        return Result("fail", "no AGENTS.md at the project root; run: scaffold docs ai")
    if not path.read_text(encoding="utf-8", errors="replace").strip():
        return Result("fail", "AGENTS.md is empty; run: scaffold docs ai")
    return Result("pass", "AGENTS.md is present")


def _hash(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data.decode("utf-8", "replace").encode("utf-8")).hexdigest()


def generated_code(project: Project) -> Result:
    path = project.root / MANIFEST
    if not path.is_file():
        return Result("pass", f"no {MANIFEST}: nothing generated to compare")
    try:
        functions = json.loads(path.read_text(encoding="utf-8"))["functions"]
        files = {
            str(relative): str(digest)
            for entry in functions.values()
            for relative, digest in entry["files"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        return Result("fail", f"{MANIFEST} is not a valid manifest ({type(error).__name__})")
    outside = sorted(
        relative for relative in files if not inside(project.root, project.root / relative)
    )
    if outside:
        return Result(
            "fail",
            f"{MANIFEST} records file(s) outside the project, not read: {', '.join(outside)}",
        )
    missing: list[str] = []
    modified: list[str] = []
    knowingly: list[str] = []
    for relative, digest in sorted(files.items()):
        target = project.root / relative
        if not target.is_file():
            missing.append(relative)
            continue
        data = target.read_bytes()
        if _hash(data) == digest:
            continue
        marked = "scaffold: modified" in data.decode("utf-8", "replace").lower()
        (knowingly if marked else modified).append(relative)
    problems = []
    if modified:
        problems.append(
            f"changed since generation: {', '.join(modified)} (review, then mark the file "
            "'# scaffold: modified' with the reason)"
        )
    if missing:
        problems.append(f"missing: {', '.join(missing)}")
    if problems:
        return Result("fail", "; ".join(problems))
    note = f"; knowingly modified: {', '.join(knowingly)}" if knowingly else ""
    return Result("pass", f"{len(files)} generated file(s) match {MANIFEST}{note}")


def generated_contracts(project: Project) -> Result:
    """Generated functions are as strong as their template: not stale, not weakened by hand."""
    from scaffold.errors import ScaffoldError
    from scaffold.lifecycle import project_status

    if not (project.root / MANIFEST).is_file():
        return Result("pass", f"no {MANIFEST}: nothing generated to compare")
    try:
        items = project_status(project.root)
    except ScaffoldError as error:
        return Result("fail", f"could not compare generated functions: {error}")
    problems = []
    for item in items:
        if item.stale:
            problems.append(f"{item.name} is stale (run: scaffold update {item.name})")
        problems.extend(f"{item.name}: {weakening}" for weakening in item.weakened)
        problems.extend(f"{item.name}: {problem}" for problem in item.problems)
    if problems:
        return Result("fail", "; ".join(problems))
    return Result("pass", f"{len(items)} generated function(s) match their templates")


CHECKS: dict[str, Callable[[Project], Result]] = {
    "production_mode": production_mode,
    "metrics_enabled": metrics_enabled,
    "audit_sink": audit_sink,
    "rate_limit_storage": rate_limit_storage,
    "routes_guarded": routes_guarded,
    "generated_code": generated_code,
    "generated_contracts": generated_contracts,
    "health_route": health_route,
    "metrics_route": metrics_route,
    "dashboard_route": dashboard_route,
    "contract_tests": contract_tests,
    "agents_md": agents_md,
}

# Checks that read the manifest or one named file, not the project's source and settings.
_OWN_FILES = frozenset({"generated_code", "generated_contracts", "agents_md"})


def _not_covered(check: str, unread: list[Unread]) -> list[Unread]:
    """The unread files that could change ``check``'s answer: test files only the suite's."""
    if check in _OWN_FILES:
        return []
    return [u for u in unread if check == "contract_tests" or not is_test(u.file)]


def run_check(check: str, project: Project) -> Result:
    """Run ``check``; a pass with a file it depends on unread is ``manual``, naming the files."""
    result = CHECKS[check](project)
    missed = _not_covered(check, project.unread)
    if result.status != "pass" or not missed:
        return result
    listed = ", ".join(u.where for u in missed[:5])
    more = f" and {len(missed) - 5} more" if len(missed) > 5 else ""
    return Result("manual", f"{result.reason} (in the files read; not read: {listed}{more})")
