"""The migration plan: which files to put under contracts first."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from scaffold.analyze._model import Finding, Plan, PlanFile, Severity

__all__ = ["make_plan"]


def _priority(worst: Severity) -> str:
    if worst.rank >= Severity.HIGH.rank:
        return "high"
    return "medium" if worst is Severity.MEDIUM else "low"


def make_plan(findings: Sequence[Finding]) -> Plan:
    """Files with findings, worst first, then by how many findings, then by name.

    Within a priority, files with more findings come first: one migration removes more risk.
    """
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_file[finding.file].append(finding)
    names: dict[str, list[str]] = defaultdict(list)
    for finding in findings:
        if finding.function not in names[finding.file]:
            names[finding.file].append(finding.function)
    items = []
    for file, found in by_file.items():
        worst = max((f.severity for f in found), key=lambda s: s.rank)
        items.append(PlanFile(file, _priority(worst), len(found), worst, tuple(names[file])))
    items.sort(key=lambda p: (-p.worst.rank, -p.findings, p.file))
    return Plan(tuple(items))
