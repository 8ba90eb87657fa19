"""The default terminal report: a rich table of findings, the plan, skipped files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scaffold.analyze._model import Report, Severity

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["print_table"]

_STYLE = {
    Severity.CRITICAL: "bold red",
    Severity.HIGH: "red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
}


def print_table(report: Report, console: Console) -> None:
    from rich.markup import escape
    from rich.table import Table

    protected = sum(1 for h in report.handlers if h.protection.authenticated)
    console.print(
        f"{report.files_scanned} files, {report.lines_scanned} lines: "
        f"{len(report.handlers)} route handlers ({protected} authenticated), "
        f"{len(report.findings)} findings."
    )
    if report.findings:
        table = Table(header_style="bold")
        table.add_column("Severity", no_wrap=True)
        table.add_column("Location / function", overflow="fold")
        table.add_column("Route", overflow="fold")
        table.add_column("Risk", ratio=2)
        table.add_column("Template", overflow="fold")
        for f in sorted(report.findings, key=lambda f: (-f.severity.rank, f.file, f.line)):
            table.add_row(
                f"[{_STYLE[f.severity]}]{f.severity.value}[/]",
                escape(f"{f.file}:{f.line}\n{f.function}"),
                escape(f.route),
                escape(f"{f.rule} {f.message}"),
                escape(f.suggestion.template if f.suggestion else "-"),
            )
        console.print(table)
    if report.plan.files:
        counts = ", ".join(f"{report.plan.count(p)} {p}" for p in ("high", "medium", "low"))
        console.print(f"Migration plan (files by priority: {counts}):")
        for number, item in enumerate(report.plan.files, start=1):
            console.print(
                f"  {number}. [{_STYLE[item.worst]}]{item.priority}[/] {escape(item.file)} "
                f"({item.findings} finding(s))"
            )
    for skipped in report.skipped:
        line = f":{skipped.line}" if skipped.line else ""
        console.print(f"[dim]skipped {escape(skipped.file)}{line}: {escape(skipped.reason)}[/]")
