"""The checklist as Markdown (for people and pull requests) or JSON (for tools)."""

from __future__ import annotations

import json
from typing import Any

from scaffold._visible import visible
from scaffold.checklist._model import Checklist

__all__ = ["to_json", "to_markdown"]

_MARK = {"pass": "[x]", "fail": "[ ]", "manual": "[ ]"}
_LABEL = {"pass": "pass", "fail": "FAIL", "manual": "manual"}


def to_markdown(checklist: Checklist) -> str:
    """The checklist for people: paths, names and reasons come from the project, so control
    and format characters in them are shown, not passed to a terminal or a Markdown viewer."""
    lines = ["# Production deployment checklist", ""]
    if checklist.verified:
        lines += [f"Project: `{checklist.root}`", ""]
    for section in checklist.sections:
        lines += [f"## {section.title}", ""]
        for entry in section.entries:
            item = entry.item
            if entry.result is None:
                lines.append(f"- [ ] **{item.title}**: {item.detail}")
            else:
                status = entry.result.status
                lines.append(
                    f"- {_MARK[status]} **{item.title}** ({_LABEL[status]}): {entry.result.reason}"
                )
        lines.append("")
    if checklist.unread:
        lines += ["## Not read", ""]
        lines += [f"- {u.where}: {u.reason}" for u in checklist.unread]
        lines.append("")
    if checklist.verified:
        counts = checklist.counts()
        passed, failed, manual = counts["pass"], counts["fail"], counts["manual"]
        unread = len(checklist.unread)
        not_read = f", {unread} file(s) not read (not verified)" if unread else ""
        lines.append(f"Summary: {passed} pass, {failed} fail, {manual} to check by hand{not_read}.")
    return visible("\n".join(lines).rstrip()) + "\n"


def to_json(checklist: Checklist) -> str:
    document: dict[str, Any] = {
        "verified": checklist.verified,
        "root": checklist.root,
        "sections": [
            {
                "id": section.id,
                "title": section.title,
                "items": [
                    {
                        "id": entry.item.id,
                        "title": entry.item.title,
                        "detail": entry.item.detail,
                        "checkable": entry.item.check is not None,
                        **(
                            {"status": entry.result.status, "reason": entry.result.reason}
                            if entry.result is not None
                            else {}
                        ),
                    }
                    for entry in section.entries
                ],
            }
            for section in checklist.sections
        ],
    }
    if checklist.verified:
        document["unread"] = [
            {"file": u.file, "line": u.line, "reason": u.reason} for u in checklist.unread
        ]
        document["summary"] = {**checklist.counts(), "unread": len(checklist.unread)}
    return json.dumps(document, indent=2) + "\n"
