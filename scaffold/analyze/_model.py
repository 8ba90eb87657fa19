"""What the analyzer reports: handlers, their protection, findings, skipped files, the plan.

Plain frozen dataclasses so reports are cheap to build, compare in tests and turn into JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__all__ = [
    "WRITE_METHODS",
    "Finding",
    "Handler",
    "Plan",
    "PlanFile",
    "Protection",
    "Report",
    "Severity",
    "Skipped",
    "Suggestion",
]

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class Severity(str, Enum):
    """How urgent a finding is; ordered, so ``--fail-on`` can compare."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __str__(self) -> str:
        return self.value


_RANK = {Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3, Severity.CRITICAL: 4}


@dataclass(frozen=True)
class Protection:
    """What guards a handler, with the evidence (mechanism and where it was found)."""

    authenticated: bool = False
    role_checked: bool = False
    ownership_checked: bool = False
    contract: bool = False
    public: str | None = None
    evidence: tuple[str, ...] = ()
    # every owner check found keeps the record in the caller's organization, not to the
    # caller (``Item.organization_id == user.organization_id``): its other members reach it
    tenant_only: bool = False

    @property
    def owner_checked(self) -> bool:
        """An owner check ties the record to the caller, beyond the caller's organization."""
        return self.ownership_checked and not self.tenant_only

    def merge(self, other: Protection) -> Protection:
        """Both guards apply (a router dependency plus a parameter dependency, say)."""
        return Protection(
            authenticated=self.authenticated or other.authenticated,
            role_checked=self.role_checked or other.role_checked,
            ownership_checked=self.ownership_checked or other.ownership_checked,
            tenant_only=(self.ownership_checked or other.ownership_checked)
            and not (self.owner_checked or other.owner_checked),
            contract=self.contract or other.contract,
            public=self.public or other.public,
            evidence=self.evidence + tuple(e for e in other.evidence if e not in self.evidence),
        )


@dataclass(frozen=True)
class Suggestion:
    """The registry template the matcher proposes for a handler, and the contract it adds."""

    template: str
    score: float
    reasons: tuple[str, ...]
    contract: str


@dataclass(frozen=True)
class Handler:
    """One route handler: where it is, how it is reached, what protects it."""

    file: str
    line: int
    function: str
    framework: str
    methods: tuple[str, ...]
    path: str
    protection: Protection
    docstring: str = ""
    condition: str | None = None
    suggestion: Suggestion | None = None

    @property
    def route(self) -> str:
        methods = ",".join(self.methods) if self.methods else "ANY"
        return f"{methods} {self.path or '?'}"

    @property
    def writes(self) -> bool:
        """Whether the handler can change data (a write method, or any method)."""
        return not self.methods or bool(WRITE_METHODS.intersection(self.methods))

    @property
    def key(self) -> str:
        return f"{self.file}::{self.function}"


@dataclass(frozen=True)
class Finding:
    """One risk at one place, with the template that would fix it."""

    rule: str
    name: str
    severity: Severity
    message: str
    file: str
    line: int
    function: str
    route: str
    suggestion: Suggestion | None = None


@dataclass(frozen=True)
class Skipped:
    """A file that was not analyzed, and why (syntax, encoding, size)."""

    file: str
    reason: str
    line: int | None = None


@dataclass(frozen=True)
class PlanFile:
    file: str
    priority: str
    findings: int
    worst: Severity
    handlers: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    """Files by priority (high / medium / low) in the order to migrate them."""

    files: tuple[PlanFile, ...]

    def count(self, priority: str) -> int:
        return sum(1 for item in self.files if item.priority == priority)


@dataclass
class Report:
    """Everything one run found. ``handlers`` lists every route, protected or not."""

    root: str
    handlers: list[Handler] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    plan: Plan = field(default_factory=lambda: Plan(()))
    files_scanned: int = 0
    files_parsed: int = 0
    lines_scanned: int = 0

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def unguarded(self) -> list[Handler]:
        """Handlers without a ``@contract`` (what ``scaffold checklist --verify`` asks about)."""
        return [h for h in self.handlers if not h.protection.contract]
