"""Precision and recall of ``scaffold analyze`` on real open-source apps, against hand labels.

The apps, their pinned commits and the labels are in ``bench/analyze_corpus.yaml``. Nothing of
the apps is stored in this repository: each one is checked out at its pinned commit into a
temporary folder, analyzed, and scored.

    python bench/analyze_corpus.py --clone                 # git clone each public repository
    python bench/analyze_corpus.py --source flaskr=~/src/flask --source microblog=...
    python bench/analyze_corpus.py --sources ~/corpus      # ~/corpus/<app name> are clones

``--source`` takes any local git repository (a clone or a bare mirror) that holds the pinned
commit. Scores:

- *high findings*: findings at high or critical severity, one per (handler, issue kind). A
  finding is right when the labels give that handler that issue (SCF001 is
  ``unauthenticated-write``, SCF005 ``ownership-hole``, SCF002 ``missing-role-check``, or
  ``unauthenticated-write`` when it is critical: an admin operation without authentication;
  SCF006 ``secrets-exposed``).
- *recall of real issues*: labelled issues that a high finding reports.
- *authentication*: labelled handlers whose authentication decision agrees with the label.

``--check`` exits 1 when a precision or recall is under 0.9, per app or overall. ``--list RULE``
prints every finding of that rule at any severity (medium and low findings are not scored: they
ask the reader to confirm, and each must be read and judged by hand).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scaffold.analyze import Report, Severity, analyze_path

LABELS = Path(__file__).with_name("analyze_corpus.yaml")
ISSUE_OF_RULE = {
    "SCF001": "unauthenticated-write",
    "SCF002": "missing-role-check",
    "SCF005": "ownership-hole",
    "SCF006": "secrets-exposed",
}
GOAL = 0.9


@dataclass
class Score:
    """One app's figures; the lists name what went wrong, for the reader of the output."""

    app: str
    handlers: int = 0
    issues: int = 0
    high: int = 0
    right: int = 0
    found: int = 0
    auth_agree: int = 0
    auth_total: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    auth_wrong: list[str] = field(default_factory=list)
    unlabelled: list[str] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.right / self.high if self.high else None

    @property
    def recall(self) -> float | None:
        return self.found / self.issues if self.issues else None


def checkout(source: str, commit: str, folder: Path) -> Path:
    """Check ``commit`` of the repository at ``source`` (a path or a URL) out into ``folder``."""
    target = folder / "checkout"
    subprocess.run(
        ["git", "clone", "--quiet", "--no-checkout", source, str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run(
        ["git", "-C", str(target), "-c", "advice.detachedHead=false", "checkout", "-q", commit],
        check=True,
    )
    return target


def source_of(app: str, spec: dict[str, Any], args: argparse.Namespace) -> str | None:
    """Where to check ``app`` out from: ``--source APP=PATH``, its clone in ``--sources``, or
    its public repository with ``--clone``; ``None`` when none is given."""
    given = dict(item.split("=", 1) for item in args.source)
    source: str | None = given.get(app)
    if source is None and args.sources is not None and (args.sources / app).exists():
        source = str(args.sources / app)
    if source is None and args.clone:
        source = str(spec["repository"])
    return str(Path(source).expanduser()) if source is not None and "://" not in source else source


def checked_out(
    apps: dict[str, dict[str, Any]], args: argparse.Namespace
) -> Iterator[tuple[str, dict[str, Any], Path]]:
    """Each app with a source, checked out at its pinned commit into a folder that lives until
    the next one; an app without a source is skipped with a line on stderr."""
    for app, spec in apps.items():
        source = source_of(app, spec, args)
        if source is None:
            print(f"{app}: skipped (no --source {app}=PATH, --sources or --clone)", file=sys.stderr)
            continue
        with tempfile.TemporaryDirectory() as folder:
            yield app, spec, checkout(source, spec["commit"], Path(folder))


def score(app: str, spec: dict[str, Any], report: Report) -> Score:
    labels: dict[str, dict[str, Any]] = spec["handlers"]
    result = Score(app, handlers=len(labels))
    expected = {(key, label["issue"]) for key, label in labels.items() if label.get("issue")}
    result.issues = len(expected)
    reported: set[tuple[str, str]] = set()
    for finding in report.findings:
        if finding.severity.rank >= Severity.HIGH.rank:
            kind = ISSUE_OF_RULE.get(finding.rule, finding.name)
            if finding.rule == "SCF002" and finding.severity is Severity.CRITICAL:
                kind = "unauthenticated-write"  # an admin operation open to anyone
            reported.add((f"{finding.file}::{finding.function}", kind))
    result.high = len(reported)
    result.right = len(reported & expected)
    result.found = len(expected & reported)
    result.wrong = sorted(f"{key} ({kind})" for key, kind in reported - expected)
    result.missed = sorted(f"{key} ({kind})" for key, kind in expected - reported)
    decisions: dict[str, bool] = {}
    for handler in report.handlers:
        # A handler reached by several routes is as weak as its weakest route.
        previous = decisions.get(handler.key, True)
        decisions[handler.key] = previous and handler.protection.authenticated
    for key, label in labels.items():
        if key not in decisions:
            result.not_found.append(key)
            continue
        result.auth_total += 1
        if decisions[key] == bool(label["auth"]):
            result.auth_agree += 1
        else:
            result.auth_wrong.append(f"{key} (labelled {label['auth']})")
    result.unlabelled = sorted(key for key in decisions if key not in labels)
    return result


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", action="append", default=[], metavar="APP=PATH")
    parser.add_argument("--sources", type=Path, help="a folder of clones named after the apps")
    parser.add_argument("--clone", action="store_true", help="clone the public repositories")
    parser.add_argument("--app", action="append", default=[], help="only these apps")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 under the 0.9 goals")
    parser.add_argument(
        "--list", action="append", default=[], metavar="RULE", help="print this rule's findings"
    )
    args = parser.parse_args(argv)
    apps: dict[str, dict[str, Any]] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["apps"]
    scores: list[Score] = []
    listed: list[str] = []
    chosen = {app: spec for app, spec in apps.items() if not args.app or app in args.app}
    for app, spec, tree in checked_out(chosen, args):
        report = analyze_path(tree / spec["root"])
        scores.append(score(app, spec, report))
        listed.extend(
            f"  {app}: {f.rule} {f.severity} {f.file}:{f.line} {f.function} [{f.route}]: "
            f"{f.message}"
            for f in report.findings
            if f.rule in args.list
        )
    if not scores:
        return 1
    groups = {"all": scores}
    held_out = {app for app, spec in apps.items() if spec.get("held_out")}
    if any(s.app in held_out for s in scores):
        groups["tuned on"] = [s for s in scores if s.app not in held_out]
        groups["held out"] = [s for s in scores if s.app in held_out]
    totals = [_total(name, group) for name, group in groups.items() if group]
    if args.json:
        print(json.dumps([vars(s) for s in [*scores, *totals]], indent=2))
    else:
        _print(scores, totals, held_out)
        if args.list:
            print(f"findings of {', '.join(args.list)}: {len(listed)}")
            print("\n".join(listed))
    failed = [
        s.app
        for s in [*scores, *totals]
        if (s.precision is not None and s.precision < GOAL)
        or (s.recall is not None and s.recall < GOAL)
    ]
    return 1 if args.check and failed else 0


def _total(name: str, scores: list[Score]) -> Score:
    return Score(
        name,
        handlers=sum(s.handlers for s in scores),
        issues=sum(s.issues for s in scores),
        high=sum(s.high for s in scores),
        right=sum(s.right for s in scores),
        found=sum(s.found for s in scores),
        auth_agree=sum(s.auth_agree for s in scores),
        auth_total=sum(s.auth_total for s in scores),
    )


def _print(scores: list[Score], totals: list[Score], held_out: set[str]) -> None:
    print(
        f"{'app':34} {'handlers':>8} {'issues':>6} {'high':>5} {'precision':>9} "
        f"{'recall':>6} {'auth agree':>10}"
    )
    for item in [*scores, *totals]:
        name = f"{item.app} (held out)" if item.app in held_out else item.app
        print(
            f"{name:34} {item.handlers:8} {item.issues:6} {item.high:5} "
            f"{_ratio(item.precision):>9} {_ratio(item.recall):>6} "
            f"{item.auth_agree:>5}/{item.auth_total:<4}"
        )
    for item in scores:
        for title, entries in (
            ("wrong high finding", item.wrong),
            ("missed issue", item.missed),
            ("authentication disagrees", item.auth_wrong),
            ("labelled, not found", item.not_found),
            ("found, not labelled", item.unlabelled),
        ):
            for entry in entries:
                print(f"  {item.app}: {title}: {entry}")


if __name__ == "__main__":
    sys.exit(main())
