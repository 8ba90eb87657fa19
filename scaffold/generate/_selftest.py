"""Prove a template's generated tests: generate, run them, then delete clauses and run again.

For each template the function is generated into a throw-away project and its suite must
pass as generated. Then, for every clause, a mutant project has that clause deleted from the
``@contract`` decorator (a libcst edit of the generated endpoint); every test that claims to
prove the clause must fail there. A test that proves a group of clauses (an anonymous caller
is refused by ``auth`` and by ``owns``) must fail once the whole group is deleted.

All projects of a run get distinct package names and are tested by one pytest process
(``--import-mode=importlib``), so the cost is one interpreter start, not one per mutant.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from scaffold.errors import UserError

if TYPE_CHECKING:
    from scaffold.catalog import Template
    from scaffold.generate._scenarios import Scenario

__all__ = ["TemplateReport", "delete_clauses", "selftest_templates"]


@dataclass
class _Mutant:
    template: int
    index: int
    removed: tuple[str, ...]
    root: Path
    test_file: Path


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


def delete_clauses(source: str, places: Sequence[tuple[str, int]]) -> str:
    """``source`` with the given ``(place, index)`` items removed from its ``@contract(...)``."""
    import libcst as cst

    wanted: dict[str, set[int]] = {}
    for place, index in places:
        wanted.setdefault(place, set()).add(index)

    class Remove(cst.CSTTransformer):
        found = False

        def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.Call:
            if not (isinstance(updated.func, cst.Name) and updated.func.value == "contract"):
                return updated
            self.found = True
            arguments = []
            for argument in updated.args:
                place = argument.keyword.value if argument.keyword is not None else ""
                if place in wanted and isinstance(argument.value, cst.List):
                    kept = [
                        element
                        for position, element in enumerate(argument.value.elements)
                        if position not in wanted[place]
                    ]
                    argument = argument.with_changes(
                        value=argument.value.with_changes(elements=kept)
                    )
                arguments.append(argument)
            return updated.with_changes(args=arguments)

    remover = Remove()
    result = cst.parse_module(source).visit(remover)
    if not remover.found:
        raise UserError("no @contract(...) decorator found in the generated endpoint")
    return result.code


def _function_name(template: Template) -> str:
    from scaffold.generate._names import check_name

    try:
        return check_name(template.endpoint.function)
    except UserError:
        return "generated_function"


def _build(
    template: Template, number: int, index: int, root: Path
) -> tuple[Path, Path, list[Scenario], dict[str, tuple[str, int]]]:
    """Generate ``template`` into a fresh project; return test and endpoint files, etc."""
    from scaffold.generate._apply import apply_plan
    from scaffold.generate._design import Design
    from scaffold.generate._function import plan_function
    from scaffold.generate._project import find_project
    from scaffold.generate._scenarios import plan_scenarios

    package = f"selftest_t{number}_m{index}"
    (root / package).mkdir(parents=True)
    (root / package / "__init__.py").write_text("", encoding="utf-8")
    (root / "pyproject.toml").write_text(
        f'[tool.scaffold]\npackage = "{package}"\n', encoding="utf-8"
    )
    name = _function_name(template)
    project = find_project(root)
    apply_plan(plan_function(template.description, template, project=project, name=name))
    design = Design(template=template, name=name, description=template.description, project=project)
    positions: dict[str, tuple[str, int]] = {}
    counters: dict[str, int] = {}
    for clause in design.clauses:
        positions[clause.id] = (clause.place, counters.get(clause.place, 0))
        counters[clause.place] = counters.get(clause.place, 0) + 1
    test_file = project.tests / f"test_{name}.py"
    return test_file, project.endpoints / f"{name}.py", plan_scenarios(design), positions


def _run(
    root: Path, mutants: Sequence[_Mutant], python: str
) -> dict[tuple[int, int], dict[str, bool]]:
    """Run every mutant's tests in one pytest process; return pass/fail by mutant and test."""
    report = root / "results.xml"
    env = dict(os.environ)
    paths = [str(mutant.root) for mutant in mutants]
    env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
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
        *(str(mutant.test_file) for mutant in mutants),
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
) -> list[TemplateReport]:
    """Generate each template, run its suite, and (``mutate``) prove each test's clause."""
    with tempfile.TemporaryDirectory(prefix="scaffold-selftest-") as temporary:
        root = Path(workdir or temporary)
        mutants: list[_Mutant] = []
        claims: dict[int, list[Scenario]] = {}
        reports = [TemplateReport(template.name) for template in templates]
        for number, template in enumerate(templates):
            base = root / f"t{number}_m0"
            test_file, _, scenarios, positions = _build(template, number, 0, base)
            claims[number] = scenarios
            mutants.append(_Mutant(number, 0, (), base, test_file))
            if not mutate:
                continue
            groups = sorted({group for s in scenarios for group in s.covers})
            for index, group in enumerate(groups, start=1):
                folder = root / f"t{number}_m{index}"
                test_file, endpoint, _, _ = _build(template, number, index, folder)
                endpoint.write_text(
                    delete_clauses(endpoint.read_text("utf-8"), [positions[c] for c in group]),
                    encoding="utf-8",
                )
                mutants.append(_Mutant(number, index, group, folder, test_file))
            unclaimed = [c for c in positions if not any(c in g for g in groups)]
            for clause in unclaimed:
                reports[number].problems.append(f"no generated test proves the clause {clause}")
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
