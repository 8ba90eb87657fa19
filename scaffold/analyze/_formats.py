"""Report formats: JSON (data), Markdown (a pull-request comment), SARIF 2.1.0 (code scanning).

SARIF follows the subset GitHub code scanning reads: ``runs[].tool.driver.rules`` with ids,
names, descriptions and a default level; ``results`` with ``ruleId``, ``ruleIndex``, ``level``,
``message.text`` and ``locations[].physicalLocation`` (``artifactLocation.uri`` relative to the
scanned root, ``region.startLine``); files that were skipped become tool notifications.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from scaffold import __version__
from scaffold.analyze._model import Finding, Handler, Report, Severity
from scaffold.analyze._rules import RULES

__all__ = ["SARIF_SCHEMA", "to_dict", "to_json", "to_markdown", "to_sarif"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
}
# GitHub sorts alerts by this property (0.0 - 10.0).
_SCORE = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
}


def _handler(handler: Handler) -> dict[str, Any]:
    data = asdict(handler)
    data["route"] = handler.route
    data["protection"]["evidence"] = list(handler.protection.evidence)
    data["methods"] = list(handler.methods)
    return data


def _finding(finding: Finding) -> dict[str, Any]:
    data = asdict(finding)
    data["severity"] = finding.severity.value
    return data


def to_dict(report: Report) -> dict[str, Any]:
    """The whole report as plain data (the ``--format json`` document)."""
    return {
        "root": report.root,
        "summary": {
            "files_scanned": report.files_scanned,
            "files_parsed": report.files_parsed,
            "lines_scanned": report.lines_scanned,
            "handlers": len(report.handlers),
            "unprotected_handlers": sum(
                1 for h in report.handlers if not h.protection.authenticated
            ),
            "findings": {
                s.value: sum(1 for f in report.findings if f.severity is s) for s in Severity
            },
            "skipped": len(report.skipped),
        },
        "findings": [_finding(f) for f in report.findings],
        "handlers": [_handler(h) for h in report.handlers],
        "plan": {
            "counts": {p: report.plan.count(p) for p in ("high", "medium", "low")},
            "files": [
                {
                    "order": number,
                    "file": item.file,
                    "priority": item.priority,
                    "findings": item.findings,
                    "worst": item.worst.value,
                    "handlers": list(item.handlers),
                }
                for number, item in enumerate(report.plan.files, start=1)
            ],
        },
        "skipped": [asdict(s) for s in report.skipped],
    }


def to_json(report: Report) -> str:
    return json.dumps(to_dict(report), indent=2, sort_keys=False) + "\n"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("`", "'")


def to_markdown(report: Report) -> str:
    """A Markdown report: summary, findings table, migration plan, skipped files."""
    lines = [
        "# Security analysis",
        "",
        f"{report.files_scanned} files, {report.lines_scanned} lines, "
        f"{len(report.handlers)} route handlers, {len(report.findings)} findings.",
        "",
    ]
    if report.findings:
        lines += [
            "| Severity | Location | Route | Function | Risk | Suggested template |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for f in sorted(report.findings, key=lambda f: (-f.severity.rank, f.file, f.line)):
            template = f"`{f.suggestion.template}`" if f.suggestion else ""
            lines.append(
                f"| {f.severity.value} | `{_cell(f.file)}:{f.line}` | `{_cell(f.route)}` | "
                f"`{_cell(f.function)}` | {f.rule} {_cell(f.message)} | {template} |"
            )
        lines.append("")
        suggested = {(h.file, h.function): h for h in report.handlers if h.suggestion}
        flagged = {(f.file, f.function) for f in report.findings}
        if flagged & suggested.keys():
            lines += ["## Contracts to add", ""]
            for key in sorted(flagged & suggested.keys()):
                handler = suggested[key]
                if handler.suggestion is None:
                    continue
                lines += [
                    f"`{_cell(handler.function)}` ({_cell(handler.file)}:{handler.line}), "
                    f"template `{handler.suggestion.template}`:",
                    "",
                    "```python",
                    handler.suggestion.contract,
                    "```",
                    "",
                ]
    else:
        lines += ["No findings.", ""]
    if report.plan.files:
        counts = ", ".join(f"{report.plan.count(p)} {p}" for p in ("high", "medium", "low"))
        lines += ["## Migration plan", "", f"Files by priority: {counts}.", ""]
        for number, item in enumerate(report.plan.files, start=1):
            lines.append(
                f"{number}. **{item.priority}** `{_cell(item.file)}`: {item.findings} finding(s), "
                f"worst {item.worst.value} ({_cell(', '.join(item.handlers))})"
            )
        lines.append("")
    if report.skipped:
        lines += ["## Skipped files", ""]
        lines += [f"- `{_cell(s.file)}`: {_cell(s.reason)}" for s in report.skipped]
        lines.append("")
    return "\n".join(lines)


def to_sarif(report: Report) -> str:
    """A SARIF 2.1.0 log GitHub code scanning accepts (upload with codeql-action/upload-sarif)."""
    rule_ids = list(RULES)
    rules = [
        {
            "id": rule.id,
            "name": rule.name,
            "shortDescription": {"text": rule.title},
            "fullDescription": {"text": rule.help},
            "help": {"text": rule.help},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            "properties": {"tags": ["security"], "security-severity": _SCORE[rule.severity]},
        }
        for rule in RULES.values()
    ]
    results = []
    for f in report.findings:
        text = f"{f.message} [{f.route} {f.function}]"
        if f.suggestion:
            text += f" Suggested template: {f.suggestion.template}."
        results.append(
            {
                "ruleId": f.rule,
                "ruleIndex": rule_ids.index(f.rule),
                "level": _LEVEL[f.severity],
                "message": {"text": text},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": f.file, "uriBaseId": "%SRCROOT%"},
                            "region": {"startLine": max(f.line, 1)},
                        }
                    }
                ],
                "partialFingerprints": {
                    "scaffoldFinding/v1": f"{f.rule}:{f.file}:{f.function}:{f.route}"
                },
                "properties": {
                    "security-severity": _SCORE[f.severity],
                    "severity": f.severity.value,
                },
            }
        )
    notifications = [
        {
            "level": "warning",
            "message": {"text": f"skipped: {s.reason}"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": s.file, "uriBaseId": "%SRCROOT%"},
                        **({"region": {"startLine": s.line}} if s.line else {}),
                    }
                }
            ],
        }
        for s in report.skipped
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "scaffold-analyze",
                        "informationUri": "https://github.com/contract-scaffold/contract-scaffold",
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "invocations": [
                    {"executionSuccessful": True, "toolExecutionNotifications": notifications}
                ],
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2) + "\n"
