"""Prove a template's generated tests: generate, run them, then mutate the code and run again.

For each template the function is generated into a throw-away project and its suite must
pass as generated. Then, for every clause, a mutant project is generated whose endpoint is
rendered with that clause left out of the ``@contract`` decorator (the only difference from
the generated file); every test that claims to prove the clause must fail there. A test that
proves a group of clauses (an anonymous caller is refused by ``auth`` and by ``owns``) must
fail once the whole group is deleted. Then each semantic mutant that applies to the contract
(``_mutants``: a rate limit keyed or timed differently, a lowered role, a service that does
not save, ...) is applied to a fresh copy, and at least one generated test must fail there
(its other tests are skipped after the first failure: ``_selftest_plugin``).

All projects of a run get distinct package names and are tested by one pytest process
(``--import-mode=importlib``), so the cost is one interpreter start, not one per mutant. Its
output is read as it comes, so ``progress`` hears of each template as soon as its last test
has run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from scaffold.errors import UserError
from scaffold.generate._selftest_plugin import SEMANTIC_FOLDERS

if TYPE_CHECKING:
    from scaffold.catalog import Template
    from scaffold.generate._design import Design
    from scaffold.generate._mutants import SemanticMutant
    from scaffold.generate._scenarios import Scenario
    from scaffold.generate._spec import FunctionSpec

__all__ = ["TemplateReport", "selftest_templates"]


@dataclass
class _Mutant:
    template: int
    index: int
    removed: tuple[str, ...]
    root: Path
    test_file: Path
    only: tuple[str, ...] = ()  # the tests to run (all when empty)
    semantic: str = ""  # the semantic mutant's name; any failing test catches it

    @property
    def targets(self) -> list[str]:
        if not self.only:
            return [str(self.test_file)]
        return [f"{self.test_file}::{name}" for name in self.only]


@dataclass
class TemplateReport:
    """What running and mutating one template's generated suite showed."""

    template: str
    tests: int = 0
    mutants: int = 0  # clause deletions, each failing the tests that claim the clause
    semantic: int = 0  # semantic mutants that apply to the contract
    caught: int = 0  # ... and those a generated test caught
    seconds: float = 0.0  # generating, mutating and running this template's suites
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, object]:
        return {
            "template": self.template,
            "ok": self.ok,
            "tests": self.tests,
            "clause_mutants": self.mutants,
            "semantic_mutants": {"caught": self.caught, "total": self.semantic},
            "seconds": round(self.seconds, 2),
            "problems": list(self.problems),
        }


def _function_name(template: Template) -> str:
    from scaffold.generate._names import check_name

    try:
        return check_name(template.endpoint.function)
    except UserError:
        return "generated_function"


def _build(
    template: Template,
    number: int,
    index: int,
    root: Path,
    without: tuple[str, ...],
    *,
    spec: FunctionSpec | None = None,
) -> Design:
    """Generate ``template`` into a fresh project at ``root``, ``without`` some clauses."""
    from scaffold.generate._apply import apply_plan
    from scaffold.generate._derive import example_spec
    from scaffold.generate._design import Design
    from scaffold.generate._fit import fit_template
    from scaffold.generate._function import plan_function
    from scaffold.generate._project import find_project
    from scaffold.generate._render import render_endpoint

    package = f"selftest_t{number}_m{index}"
    (root / package).mkdir(parents=True)
    (root / package / "__init__.py").write_text("", encoding="utf-8")
    (root / "pyproject.toml").write_text(
        f'[tool.scaffold]\npackage = "{package}"\n', encoding="utf-8"
    )
    name = spec.name if spec is not None else _function_name(template)
    project = find_project(root)
    spec = spec or example_spec(name, template)
    fitted, spec = fit_template(template, spec)
    apply_plan(plan_function(template.description, template, project=project, name=name, spec=spec))
    design = Design(
        template=fitted,
        name=name,
        description=template.description,
        project=project,
        spec=spec,
    )
    if without:
        endpoint = project.endpoints / f"{name}.py"
        paths = {
            "endpoint": project.relative(endpoint),
            "test": project.relative(project.tests / f"test_{name}.py"),
            "checklist": project.relative(project.checklists / f"{name}.md"),
        }
        endpoint.write_text(render_endpoint(design, paths, frozenset(without)), encoding="utf-8")
    return design


_RESULT_LINE = re.compile(
    r"^(?P<folder>[^/\\:\s]+)[/\\]\S*::(?P<test>\S+) (?P<outcome>PASSED|FAILED|ERROR)"
)

Outcomes = dict[tuple[int, int], dict[str, bool]]


def _mutate(design: Design, mutant: SemanticMutant) -> str | None:
    """Apply ``mutant`` to the generated file; a problem when it cannot be applied."""
    project = design.project
    folders = {"endpoint": project.endpoints, "schemas": project.schemas}
    folder = folders.get(mutant.role, project.services)
    path = folder / f"{design.name}.py"
    changed = mutant.apply(path.read_text(encoding="utf-8"))
    if changed is None:
        return f"the semantic mutant '{mutant.name}' found nothing to change in {path.name}"
    try:
        compile(changed, str(path), "exec")
    except SyntaxError as error:
        return f"the semantic mutant '{mutant.name}' does not compile: {error.msg}"
    path.write_text(changed, encoding="utf-8")
    return None


def _run(
    root: Path,
    mutants: Sequence[_Mutant],
    python: str,
    finished: Callable[[int, Outcomes], None],
) -> Outcomes:
    """Run every mutant's tests in one pytest process; return pass/fail by mutant and test.

    ``finished(template, outcomes)`` is called as soon as a template's last test has run
    (mutants are run in template order), from pytest's output as it is written.
    """
    report = root / "results.xml"
    env = dict(os.environ)
    paths = [str(mutant.root) for mutant in mutants]
    env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    # Generated suites need no plugin; loading every installed one (hypothesis, asyncio, ...)
    # would cost more than the tests themselves.
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    env["PYTHONUNBUFFERED"] = "1"  # one line per test as it ends, for the progress report
    semantic = (mutant.root.name for mutant in mutants if mutant.semantic)
    env[SEMANTIC_FOLDERS] = os.pathsep.join(semantic)
    command = [
        python,
        "-m",
        "pytest",
        "-v",
        "--no-header",
        # Pass or fail is all the score reads: formatting each failure's traceback (parsing
        # the source of every frame, FastAPI's and Starlette's included) cost half the run.
        "--tb=no",
        "--assert=plain",  # nor is rewriting 80 test modules' asserts for their messages
        "-p",
        "no:cacheprovider",
        "-p",
        "scaffold.generate._selftest_plugin",
        "--import-mode=importlib",
        "-o",
        "addopts=",
        f"--rootdir={root}",
        f"--junitxml={report}",
        *(target for mutant in mutants for target in mutant.targets),
    ]
    by_folder = {mutant.root.name: mutant for mutant in mutants}
    streamed: Outcomes = {}
    current = mutants[0].template if mutants else 0
    tail: list[str] = []
    with subprocess.Popen(  # noqa: S603 - our own interpreter and generated test files
        command, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            tail = [*tail[-40:], line]
            found = _RESULT_LINE.match(line)
            mutant = by_folder.get(found["folder"]) if found else None
            if found is None or mutant is None:
                continue
            while mutant.template > current:
                finished(current, streamed)
                current += 1
            key = (mutant.template, mutant.index)
            streamed.setdefault(key, {})[found["test"]] = found["outcome"] == "PASSED"
    if not report.is_file():
        raise UserError("the generated tests could not run: " + "".join(tail)[-2000:])
    outcomes: Outcomes = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):  # noqa: S314 - our own file
        folder = case.get("classname", "").split(".")[0]
        mutant = by_folder.get(folder)
        if mutant is None:
            continue
        failed = any(child.tag in ("failure", "error") for child in case)
        outcomes.setdefault((mutant.template, mutant.index), {})[case.get("name", "")] = not failed
    return outcomes


def _score(
    report: TemplateReport,
    mutants: Sequence[_Mutant],
    scenarios: Sequence[Scenario],
    outcomes: Outcomes,
    problems: list[str],
) -> None:
    """Fill ``report`` from the outcomes of one template's suites (as generated and mutated).

    ``problems`` are those found while generating; the report gets them and its own.
    """
    report.tests = report.mutants = report.semantic = report.caught = 0
    problems = list(problems)
    for mutant in mutants:
        results = outcomes.get((mutant.template, mutant.index), {})
        if mutant.index == 0:
            report.tests = len(results)
            expected = {s.name for s in scenarios}
            problems += [f"{name} did not run" for name in sorted(expected - set(results))]
            problems += [
                f"{name} fails as generated" for name, ok in sorted(results.items()) if not ok
            ]
            continue
        if mutant.semantic:
            report.semantic += 1
            if results and not all(results.values()):
                report.caught += 1
            else:
                problems.append(
                    f"no generated test catches the semantic mutant '{mutant.semantic}'"
                )
            continue
        report.mutants += 1
        for scenario in scenarios:
            if mutant.removed in scenario.covers and results.get(scenario.name, False):
                deleted = " and ".join(mutant.removed)
                problems.append(
                    f"{scenario.name} still passes with {deleted} deleted from the contract"
                )
    report.problems = problems


def _generate(
    template: Template,
    number: int,
    root: Path,
    spec: FunctionSpec | None,
    mutants: list[_Mutant],
    *,
    mutate: bool,
) -> tuple[list[Scenario], list[str]]:
    """Generate one template and (``mutate``) its mutants; return its tests and problems."""
    from scaffold.generate._mutants import semantic_mutants
    from scaffold.generate._scenarios import plan_scenarios

    base = root / f"t{number}_m0"
    design = _build(template, number, 0, base, (), spec=spec)
    scenarios = plan_scenarios(design)
    test_name = f"test_{design.name}.py"
    mutants.append(_Mutant(number, 0, (), base, design.project.tests / test_name))
    groups = sorted({group for s in scenarios for group in s.covers})
    unclaimed = [c.id for c in design.clauses if not any(c.id in g for g in groups)]
    problems = [f"no generated test proves the clause {clause}" for clause in unclaimed]
    if not mutate:
        return scenarios, problems
    for index, group in enumerate(groups, start=1):
        folder = root / f"t{number}_m{index}"
        built = _build(template, number, index, folder, group, spec=spec)
        claimed = tuple(s.name for s in scenarios if group in s.covers)
        test_file = built.project.tests / test_name
        mutants.append(_Mutant(number, index, group, folder, test_file, claimed))
    for index, semantic in enumerate(semantic_mutants(design), start=len(groups) + 1):
        folder = root / f"t{number}_m{index}"
        built = _build(template, number, index, folder, (), spec=spec)
        problem = _mutate(built, semantic)
        if problem is not None:
            problems.append(problem)
            continue
        test_file = built.project.tests / test_name
        mutants.append(_Mutant(number, index, (), folder, test_file, semantic=semantic.name))
    return scenarios, problems


def selftest_templates(
    templates: Sequence[Template],
    *,
    mutate: bool = True,
    python: str | None = None,
    workdir: Path | None = None,
    specs: Sequence[FunctionSpec | None] | None = None,
    progress: Callable[[TemplateReport], None] | None = None,
) -> list[TemplateReport]:
    """Generate each template, run its suite, and (``mutate``) prove its tests with mutants.

    Each template is generated as its own example, or as ``specs[i]`` when given (a
    described function under the template's contract). ``progress`` is called with each
    template's report as soon as its suites have run.
    """
    shapes = list(specs) if specs is not None else [None] * len(templates)
    with tempfile.TemporaryDirectory(prefix="scaffold-selftest-") as temporary:
        root = Path(workdir or temporary)
        mutants: list[_Mutant] = []
        claims: dict[int, list[Scenario]] = {}
        reports = [
            TemplateReport(template.name if shape is None else f"{template.name}:{shape.name}")
            for template, shape in zip(templates, shapes, strict=True)
        ]
        built_problems: dict[int, list[str]] = {}
        for number, template in enumerate(templates):
            begun = time.perf_counter()
            claims[number], built_problems[number] = _generate(
                template, number, root, shapes[number], mutants, mutate=mutate
            )
            reports[number].seconds = time.perf_counter() - begun
        by_template: dict[int, list[_Mutant]] = {}
        for mutant in mutants:
            by_template.setdefault(mutant.template, []).append(mutant)
        clock = [time.perf_counter()]
        reported: set[int] = set()

        def finished(number: int, outcomes: Outcomes) -> None:
            report = reports[number]
            mine = by_template.get(number, [])
            _score(report, mine, claims[number], outcomes, built_problems[number])
            now = time.perf_counter()
            report.seconds += now - clock[0]
            clock[0] = now
            reported.add(number)
            if progress is not None:
                progress(report)

        outcomes = _run(root, mutants, python or sys.executable, finished)
        for number, report in enumerate(reports):  # the complete results, from pytest's report
            mine = by_template.get(number, [])
            _score(report, mine, claims[number], outcomes, built_problems[number])
            if number not in reported:
                finished(number, outcomes)
        return reports
