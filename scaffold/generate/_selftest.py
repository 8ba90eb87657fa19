"""Prove a template's generated tests: generate, run them, then delete clauses and run again.

For each template the function is generated into a throw-away project and its suite must
pass as generated. Then, for every clause, a mutant project is generated whose endpoint is
rendered with that clause left out of the ``@contract`` decorator (the only difference from
the generated file); every test that claims to prove the clause must fail there. A test that
proves a group of clauses (an anonymous caller is refused by ``auth`` and by ``owns``) must
fail once the whole group is deleted.

All projects of a run get distinct package names and are tested by one pytest process
(``--import-mode=importlib``), so the cost is one interpreter start, not one per mutant.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from scaffold.errors import UserError

if TYPE_CHECKING:
    from scaffold.catalog import Template
    from scaffold.generate._design import Design
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
    mutants: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


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


def _run(
    root: Path, mutants: Sequence[_Mutant], python: str
) -> dict[tuple[int, int], dict[str, bool]]:
    """Run every mutant's tests in one pytest process; return pass/fail by mutant and test."""
    report = root / "results.xml"
    env = dict(os.environ)
    paths = [str(mutant.root) for mutant in mutants]
    env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    # Generated suites need no plugin; loading every installed one (hypothesis, asyncio, ...)
    # would cost more than the tests themselves.
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    command = [
        python,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--import-mode=importlib",
        "-o",
        "addopts=",
        f"--rootdir={root}",
        f"--junitxml={report}",
        *(target for mutant in mutants for target in mutant.targets),
    ]
    completed = subprocess.run(  # noqa: S603 - our own interpreter and generated test files
        command, cwd=root, env=env, capture_output=True, text=True, check=False
    )
    if not report.is_file():
        raise UserError(
            "the generated tests could not run: " + (completed.stderr or completed.stdout)[-2000:]
        )
    outcomes: dict[tuple[int, int], dict[str, bool]] = {}
    by_folder = {mutant.root.name: mutant for mutant in mutants}
    for case in ElementTree.parse(report).getroot().iter("testcase"):  # noqa: S314 - our own file
        folder = case.get("classname", "").split(".")[0]
        mutant = by_folder.get(folder)
        if mutant is None:
            continue
        failed = any(child.tag in ("failure", "error") for child in case)
        outcomes.setdefault((mutant.template, mutant.index), {})[case.get("name", "")] = not failed
    return outcomes


def selftest_templates(
    templates: Sequence[Template],
    *,
    mutate: bool = True,
    python: str | None = None,
    workdir: Path | None = None,
    specs: Sequence[FunctionSpec | None] | None = None,
) -> list[TemplateReport]:
    """Generate each template, run its suite, and (``mutate``) prove each test's clause.

    Each template is generated as its own example, or as ``specs[i]`` when given (a
    described function under the template's contract).
    """
    shapes = list(specs) if specs is not None else [None] * len(templates)
    from scaffold.generate._scenarios import plan_scenarios

    with tempfile.TemporaryDirectory(prefix="scaffold-selftest-") as temporary:
        root = Path(workdir or temporary)
        mutants: list[_Mutant] = []
        claims: dict[int, list[Scenario]] = {}
        reports = [
            TemplateReport(template.name if shape is None else f"{template.name}:{shape.name}")
            for template, shape in zip(templates, shapes, strict=True)
        ]
        for number, template in enumerate(templates):
            base = root / f"t{number}_m0"
            design = _build(template, number, 0, base, (), spec=shapes[number])
            scenarios = plan_scenarios(design)
            claims[number] = scenarios
            test_file = design.project.tests / f"test_{design.name}.py"
            mutants.append(_Mutant(number, 0, (), base, test_file))
            groups = sorted({group for s in scenarios for group in s.covers})
            unclaimed = [c.id for c in design.clauses if not any(c.id in g for g in groups)]
            for clause in unclaimed:
                reports[number].problems.append(f"no generated test proves the clause {clause}")
            if not mutate:
                continue
            for index, group in enumerate(groups, start=1):
                folder = root / f"t{number}_m{index}"
                built = _build(template, number, index, folder, group, spec=shapes[number])
                claimed = tuple(s.name for s in scenarios if group in s.covers)
                test_file = built.project.tests / f"test_{built.name}.py"
                mutants.append(_Mutant(number, index, group, folder, test_file, claimed))
        outcomes = _run(root, mutants, python or sys.executable)
        for mutant in mutants:
            report = reports[mutant.template]
            results = outcomes.get((mutant.template, mutant.index), {})
            if mutant.index == 0:
                report.tests = len(results)
                expected = {s.name for s in claims[mutant.template]}
                for name in sorted(expected - set(results)):
                    report.problems.append(f"{name} did not run")
                for name, passed in sorted(results.items()):
                    if not passed:
                        report.problems.append(f"{name} fails as generated")
                continue
            report.mutants += 1
            for scenario in claims[mutant.template]:
                if mutant.removed in scenario.covers and results.get(scenario.name, False):
                    deleted = " and ".join(mutant.removed)
                    report.problems.append(
                        f"{scenario.name} still passes with {deleted} deleted from the contract"
                    )
        return reports
