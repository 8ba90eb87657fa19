"""The production deployment checklist: sections, items, and which items can be checked.

Data only. Each item has a stable ``id`` (``section.item``) that ``--format json`` consumers and
tests match on; ``check`` names the verification in ``_verify.py`` (None: a person decides).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SECTIONS", "Item", "Section"]


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    detail: str
    check: str | None = None


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    items: tuple[Item, ...]


SECTIONS: tuple[Section, ...] = (
    Section(
        "environment",
        "Environment",
        (
            Item(
                "environment.production_mode",
                "Production mode is set",
                "SCAFFOLD_ENV=production in the deployment settings, so error bodies carry "
                "safe messages only and security events are redacted.",
                check="production_mode",
            ),
            Item(
                "environment.error_logging",
                "Errors and security events are logged and kept",
                "The scaffold.security and scaffold.contracts loggers reach your log storage "
                "at WARNING and above; someone is told about CRITICAL events.",
            ),
            Item(
                "environment.performance_monitoring",
                "Contract metrics are on",
                "SCAFFOLD_METRICS is not switched off, so every contract's calls, failures "
                "and latency are measured.",
                check="metrics_enabled",
            ),
            Item(
                "environment.audit_storage",
                "Audit records are stored persistently",
                "SCAFFOLD_AUDIT_SINK is sqlite:///PATH or a database URL (not null or memory), "
                "and the storage is backed up.",
                check="audit_sink",
            ),
        ),
    ),
    Section(
        "security",
        "Security configuration",
        (
            Item(
                "security.routes_guarded",
                "Every route is guarded by a contract",
                "Each route handler carries @contract; a route open on purpose is marked "
                "'# scaffold: public' on its decorator or def line, with the reason.",
                check="routes_guarded",
            ),
            Item(
                "security.generated_code",
                "Generated code is unchanged, or knowingly modified",
                "Files recorded in .scaffold/generated.json match their recorded hash; an "
                "edited one says '# scaffold: modified' with the reason.",
                check="generated_code",
            ),
            Item(
                "security.generated_contracts",
                "Generated functions are current and their contracts intact",
                "No generated function is stale (scaffold update takes the template's fixes) "
                "and no clause of a generated @contract was removed or loosened by hand "
                "(scaffold status lists both).",
                check="generated_contracts",
            ),
            Item(
                "security.reviewed_templates",
                "Templates were reviewed",
                "Every registry template in use (built-in, project or added) was read by a "
                "second person; added registries are pinned to a commit.",
            ),
            Item(
                "security.admin_roles",
                "Admin roles are few and reviewed",
                "The role hierarchy (configure(roles=...)) and who holds admin were reviewed; "
                "ownership bypasses (owns(..., bypass_roles=...)) are intended.",
            ),
            Item(
                "security.rate_limits",
                "Rate limits share their storage",
                "SCAFFOLD_RATE_LIMIT_STORAGE is redis://... (not memory://) when the service "
                "runs more than one process, or every worker allows the full limit.",
                check="rate_limit_storage",
            ),
            Item(
                "security.session_management",
                "Sessions come from a real identity provider",
                "The demo BearerTokenResolver is replaced; sessions expire and can be revoked.",
            ),
        ),
    ),
    Section(
        "monitoring",
        "Monitoring",
        (
            Item(
                "monitoring.health_endpoints",
                "Health endpoint is mounted",
                "mount_monitoring(app) serves /health/contracts (503 when critical); the load "
                "balancer or orchestrator probes it.",
                check="health_route",
            ),
            Item(
                "monitoring.alert_thresholds",
                "Alert thresholds fit the service",
                "HealthThresholds (failure rates, p95, slow-call warning) were chosen for this "
                "service, and alerts reach a person.",
            ),
            Item(
                "monitoring.prometheus",
                "Prometheus scrapes /metrics",
                "The /metrics route is mounted; with several workers PROMETHEUS_MULTIPROC_DIR "
                "points at an empty folder, cleared at each start.",
                check="metrics_route",
            ),
            Item(
                "monitoring.dashboard",
                "The dashboard is reachable by admins only",
                "/dashboard is mounted and guarded (the default role is admin).",
                check="dashboard_route",
            ),
        ),
    ),
    Section(
        "testing",
        "Testing",
        (
            Item(
                "testing.contract_suite",
                "Every contract has its test file",
                "Each guarded function has a test file (tests/contracts/test_<function>.py) "
                "proving each clause; the suite passes in CI.",
                check="contract_tests",
            ),
            Item(
                "testing.production_errors",
                "Errors were checked in production mode",
                "With SCAFFOLD_ENV=production, error bodies show no details, stack traces or "
                "input values.",
            ),
            Item(
                "testing.security_boundaries",
                "Security boundaries were tested",
                "Another user's resources, expired sessions, missing roles and oversized input "
                "are refused.",
            ),
            Item(
                "testing.load_test",
                "A load test ran",
                "Rate limits and p95 latency hold under the expected load, on a staging copy.",
            ),
        ),
    ),
    Section(
        "documentation",
        "Documentation",
        (
            Item(
                "documentation.ai_guide",
                "AGENTS.md guides AI assistants",
                "AGENTS.md at the project root (scaffold docs ai) tells assistants to use "
                "the contract templates.",
                check="agents_md",
            ),
            Item(
                "documentation.templates",
                "The templates in use are documented",
                "Which templates the service uses and why, including project-specific ones.",
            ),
            Item(
                "documentation.troubleshooting",
                "Troubleshooting notes exist",
                "What each denial type means for users and operators, and what to do.",
            ),
            Item(
                "documentation.team_training",
                "The team knows the workflow",
                "Everyone adding endpoints knows scaffold new function, the checklist and the "
                "review of contracts.",
            ),
        ),
    ),
)
