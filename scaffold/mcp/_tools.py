"""What each MCP tool does, over the library's public API, with no MCP in sight.

``Tools`` holds the server's root and its plans; each method takes plain arguments, returns a
model of ``scaffold.mcp._models`` and raises ``scaffold.errors`` exceptions, exactly as the
CLI's commands do. ``scaffold.mcp._server`` turns them into MCP tools. The heavy packages
(catalog, matching, generation, analysis) are imported inside the methods, so listing the
tools costs none of them.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scaffold.errors import ConflictError, UserError
from scaffold.mcp._models import (
    AnalyzeResult,
    ApplyResult,
    Candidate,
    ChecklistItem,
    ChecklistResult,
    ChecklistSection,
    FieldInfo,
    FindingInfo,
    FunctionOptions,
    FunctionSpec,
    MatchResult,
    PlannedFile,
    PlanResult,
    TemplateDetail,
    TemplateList,
    TemplateSummary,
)
from scaffold.mcp._workspace import PlanStore, Root

if TYPE_CHECKING:
    from collections.abc import Mapping

    from scaffold.catalog import Catalog, CatalogEntry, FieldSpec, Template
    from scaffold.generate import Plan, Project
    from scaffold.matching import Choice, ProjectAccess

__all__ = ["TEMPLATE_URI", "Tools"]

TEMPLATE_URI = "scaffold://templates/{name}"
_SEVERITY_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3}


def _fields(fields: Mapping[str, FieldSpec]) -> list[FieldInfo]:
    infos = []
    for name, spec in fields.items():
        declared = spec.model_dump(exclude_defaults=True, exclude={"type", "required"})
        infos.append(
            FieldInfo(name=name, type=spec.type, required=spec.required, constraints=declared)
        )
    return infos


def _spec(plan: Plan, chosen: str, template: Template, description: str) -> FunctionSpec:
    """The function specification of a plan: its own shape, and the template's contract.

    ``chosen`` is the name ``options.template`` accepts (``fallback:<kind>`` for a fallback).
    """
    from scaffold.guidance import contract_text

    shape = plan.spec
    if shape is None:  # every plan of plan_function carries one
        raise UserError(f"the plan of {plan.name} has no function specification")
    return FunctionSpec(
        name=plan.name,
        description=description,
        operation=shape.operation
        if shape.action is None
        else f"{shape.operation} ({shape.action})",
        resource=shape.resource,
        scope=shape.scope,
        ownership=shape.ownership,
        status=shape.status,
        notes=list(shape.notes),
        template=chosen,
        template_version=plan.template_version,
        method=shape.method,
        path=shape.path,
        input_model=shape.input_model,
        input_fields=_fields(shape.inputs),
        output_model=shape.output_model,
        output_fields=_fields(shape.outputs),
        contract=contract_text(template),
    )


def _test_command(plan: Plan) -> str:
    test_file = next(
        (change.relpath for change in plan.changes if change.purpose == "contract tests"), ""
    )
    return f"pytest {test_file}".rstrip()


def _summary(entry: CatalogEntry) -> TemplateSummary:
    template = entry.template
    return TemplateSummary(
        name=template.name,
        version=template.version,
        source=entry.source.label,
        layer=template.layer,
        description=template.description,
        patterns=list(template.patterns),
        uri=TEMPLATE_URI.format(name=template.name),
    )


class Tools:
    """The tools of one server: one root, one store of plans."""

    def __init__(self, root: str | Path) -> None:
        self.root = Root(root)
        self.plans = PlanStore()
        # The SDK runs tools in worker threads: one apply at a time, so two calls can never
        # both pass the freshness check and then write over each other.
        self._applying = threading.Lock()

    # ---- the catalog ------------------------------------------------------------------------

    def catalog(self, project: str | None = None) -> Catalog:
        """The templates a project inside the root sees: its own, the user's added, built-in."""
        from scaffold.catalog import find_project_root, load_catalog

        start = self.root.inside(project)
        found = find_project_root(start if start.is_dir() else start.parent)
        return load_catalog(found if found is not None and self.root.contains(found) else None)

    def list_templates(self, project: str | None = None) -> TemplateList:
        entries = self.catalog(project).entries.values()
        return TemplateList(templates=[_summary(entry) for entry in entries])

    def show_template(self, name: str, project: str | None = None) -> TemplateDetail:
        from scaffold.guidance import contract_text

        entry = self.catalog(project).entry(name)
        return TemplateDetail(
            summary=_summary(entry),
            contract=contract_text(entry.template),
            template=entry.template.model_dump(mode="json"),
        )

    def template_yaml(self, name: str) -> str:
        """The template's YAML file as written (the resource's content)."""
        entry = self.catalog().entry(name)
        try:
            return entry.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"{entry.path}: cannot read ({error})") from error

    # ---- match, plan, apply -----------------------------------------------------------------

    def match(self, description: str, project: str | None = None, limit: int = 5) -> MatchResult:
        from scaffold.matching import described, match

        text = described(description)
        if not 1 <= limit <= 50:
            raise UserError(f"limit {limit} is out of range", hint="ask for 1 to 50 candidates")
        found = match(text, self.catalog(project), limit=limit)
        candidates = []
        for candidate in found:
            data: dict[str, Any] = candidate.to_dict()
            candidates.append(
                Candidate(
                    template=candidate.template,
                    score=candidate.score,
                    fallback=candidate.is_fallback,
                    version=candidate.spec.version,
                    reasons=list(candidate.reasons),
                    signals=data.get("signals"),
                )
            )
        return MatchResult(description=text, candidates=candidates)

    @staticmethod
    def _plan_function(
        text: str, template: Template, found: Project, options: FunctionOptions
    ) -> Plan:
        from scaffold.generate import plan_function
        from scaffold.generate._spec import parse_fields

        return plan_function(
            text,
            template,
            project=found,
            name=options.name,
            method=options.method,
            path=options.path,
            fields=parse_fields(options.fields, "fields") or None,
            output_fields=parse_fields(options.output_fields, "output_fields") or None,
        )

    def plan(self, description: str, options: FunctionOptions, project: str | None) -> PlanResult:
        """Everything ``scaffold new function`` would write, kept under a new plan id."""
        from scaffold.catalog import load_catalog
        from scaffold.generate import find_project, render_diff
        from scaffold.generate._access import ProjectEvidence
        from scaffold.matching import choose_template, described

        text = described(description)
        found = find_project(self.root.inside(project))
        if not self.root.contains(found.root):
            raise UserError(
                f"the project containing {project or '.'} is rooted at {found.root}, outside "
                f"the server's root {self.root.path}",
                hint="start the server at the project's root (the folder of its pyproject.toml)",
            )
        catalog = load_catalog(found.root)

        def attempt(access: ProjectAccess | None) -> tuple[Choice, Plan]:
            """As ``scaffold new function --yes``: close candidates settle on the strongest
            (a warning says so); a description below the floor is refused."""
            choice = choose_template(
                text,
                catalog,
                named=options.template,
                access=access,
                assume_yes=True,
                option="options.template",
            )
            return choice, self._plan_function(text, choice.template, found, options)

        # Who may call the routes already there: the folder's, or the new route's resource's.
        choice, plan = ProjectEvidence(found).planned(
            text, (options.method, options.path), attempt, lambda made: made[1].spec
        )
        warnings = [line for line in (choice.advice, choice.evidence) if line is not None]
        self.root.check_plan(plan)
        stored = self.plans.add(plan)
        return PlanResult(
            plan_id=stored.id,
            project=self.root.relative(found.root),
            spec=_spec(plan, choice.name, choice.template, text),
            files=[
                PlannedFile(
                    path=change.relpath,
                    action=change.action,
                    purpose=change.purpose,
                    reason=change.reason,
                )
                for change in plan.changes
            ],
            diff=render_diff(plan),
            needs_force=bool(plan.overwrites),
            nothing_to_do=plan.nothing_to_do,
            notes=list(plan.notes),
            warnings=[*warnings, *plan.warnings],
            test_command=_test_command(plan),
        )

    def apply(self, plan_id: str, force: bool = False) -> ApplyResult:
        """Write a plan exactly as it was shown, if nothing changed since; forget it after."""
        with self._applying:
            return self._apply(plan_id, force)

    def _apply(self, plan_id: str, force: bool) -> ApplyResult:
        from scaffold.generate import apply_plan

        stored = self.plans.get(plan_id)
        plan = stored.plan
        self.root.check_plan(plan)
        self.plans.check_fresh(stored)
        if plan.overwrites and not force:
            listed = "; ".join(f"{c.relpath} ({c.reason})" for c in plan.overwrites)
            raise ConflictError(
                f"would overwrite {listed}",
                hint="review the plan's diff, then call apply with force=true, or plan with "
                "another name",
            )
        written = apply_plan(plan, force=force)
        self.plans.discard(plan_id)
        return ApplyResult(
            plan_id=plan_id,
            written=[self.root.relative(path) for path in written],
            test_command=_test_command(plan),
        )

    # ---- analyze and checklist --------------------------------------------------------------

    def analyze(self, path: str | None = None) -> AnalyzeResult:
        from scaffold.analyze import analyze_path, project_suggester

        target = self.root.inside(path)
        report = analyze_path(
            target,
            suggest=project_suggester(target, self.catalog(self.root.relative(target))),
            confine=self.root.path,  # a symlink out of the root is not followed
        )
        findings = sorted(report.findings, key=lambda f: _SEVERITY_ORDER[f.severity.value])
        return AnalyzeResult(
            root=self.root.relative(target),
            files_scanned=report.files_scanned,
            handlers=len(report.handlers),
            unprotected_handlers=sum(1 for h in report.handlers if not h.protection.authenticated),
            findings=[
                FindingInfo(
                    rule=f.rule,
                    name=f.name,
                    severity=f.severity.value,
                    message=f.message,
                    file=f.file,
                    line=f.line,
                    function=f.function,
                    route=f.route,
                    suggested_template=f.suggestion.template if f.suggestion else None,
                    suggested_contract=f.suggestion.contract if f.suggestion else None,
                )
                for f in findings
            ],
            skipped=[f"{s.file}: {s.reason}" for s in report.skipped],
        )

    def checklist(self, project: str | None = None) -> ChecklistResult:
        from scaffold.checklist import build_checklist

        folder = self.root.inside(project)
        result = build_checklist(folder, verify=True)
        counts = result.counts()
        return ChecklistResult(
            root=self.root.relative(folder),
            passed=counts["pass"],
            failed=counts["fail"],
            manual=counts["manual"],
            sections=[
                ChecklistSection(
                    id=section.id,
                    title=section.title,
                    items=[
                        ChecklistItem(
                            id=entry.item.id,
                            title=entry.item.title,
                            detail=entry.item.detail,
                            status=entry.result.status if entry.result else "manual",
                            reason=entry.result.reason if entry.result else "",
                        )
                        for entry in section.entries
                    ],
                )
                for section in result.sections
            ],
            unread=[f"{u.where}: {u.reason}" for u in result.unread],
        )
