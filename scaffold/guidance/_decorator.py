"""The ``@contract(...)`` text a registry template stands for, for documentation and reports.

This is documentation, not code generation: it shows a reader (or an AI assistant) which
runtime factories a template adds and with which arguments. Every string from a template goes
through ``literal`` so the text is always valid Python, whatever the template says.
"""

from __future__ import annotations

from scaffold.catalog import (
    AuditLogCondition,
    AuthCondition,
    BulkCondition,
    BusinessRuleCondition,
    Condition,
    CountMatchesRule,
    InvariantCondition,
    MatchesInputRule,
    MaxItemsRule,
    NotSelfRule,
    OwnsCondition,
    RateLimitCondition,
    ReturnsCondition,
    RoleAtLeastRule,
    Template,
    UniqueRule,
    ValidatesCondition,
)

__all__ = ["condition_text", "contract_text", "factories", "literal"]

_RUNTIME_DEFAULT_BYPASS = ("admin",)


def literal(text: str) -> str:
    """A Python string literal for ``text``: double quotes when plain, ``repr`` otherwise."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    return repr(text)


def _rule(rule: object) -> str:
    if isinstance(rule, UniqueRule):
        return f"unique({literal(rule.unique)}, exists=...)"
    if isinstance(rule, RoleAtLeastRule):
        return f"role_at_least({literal(rule.role_at_least)})"
    if isinstance(rule, NotSelfRule):
        return f"not_self({literal(rule.not_self)})"
    if isinstance(rule, MaxItemsRule):
        return f"max_items({rule.max_items.limit}, {literal(rule.max_items.field)})"
    if isinstance(rule, MatchesInputRule):
        return f"matches_input({literal(rule.matches_input)})"
    if isinstance(rule, CountMatchesRule):
        spec = rule.count_matches
        return f"count_matches({literal(spec.input)}, {literal(spec.result)})"
    raise TypeError(f"unknown rule {type(rule).__name__}")


def condition_text(condition: Condition, template: Template) -> str:
    """One condition as the runtime factory call it becomes (``owns("user_id")``)."""
    if isinstance(condition, AuthCondition):
        return f"auth({literal(condition.auth)})"
    if isinstance(condition, ValidatesCondition):
        return f"validates({template.input.model})"
    if isinstance(condition, OwnsCondition):
        spec = condition.spec
        if tuple(spec.bypass_roles) == _RUNTIME_DEFAULT_BYPASS:
            return f"owns({literal(spec.field)})"
        roles = ", ".join(literal(r) for r in spec.bypass_roles)
        roles = f"({roles},)" if len(spec.bypass_roles) == 1 else f"({roles})"
        return f"owns({literal(spec.field)}, bypass_roles={roles})"
    if isinstance(condition, RateLimitCondition):
        limit = condition.rate_limit
        by = "" if limit.by == "user" else f", by={literal(limit.by)}"
        return f"rate_limit({literal(limit.key)}, {limit.limit}, per={literal(limit.per)}{by})"
    if isinstance(condition, BulkCondition):
        bulk = condition.bulk
        return (
            f"bulk(max_items={bulk.max_items}, min_items={bulk.min_items}, "
            f"field={literal(bulk.field)})"
        )
    if isinstance(condition, BusinessRuleCondition):
        rule = condition.business_rule
        return f"business_rule({literal(rule.description)}, {_rule(rule.rule)})"
    if isinstance(condition, ReturnsCondition):
        return f"returns({template.output.model})"
    if isinstance(condition, AuditLogCondition):
        return f"audit_log({literal(condition.audit_log)})"
    if isinstance(condition, InvariantCondition):
        check = condition.invariant
        return f"invariant({literal(check.description)}, {_rule(check.rule)})"
    raise TypeError(f"unknown condition {type(condition).__name__}")


def factories(template: Template) -> list[str]:
    """The names a module must import from ``scaffold.contracts`` for this contract."""
    names = {"contract"}
    for condition in (*template.requires, *template.ensures, *template.invariants):
        text = condition_text(condition, template)
        names.add(text.partition("(")[0])
        if isinstance(condition, BusinessRuleCondition | InvariantCondition):
            inner = text.partition(", ")[2]
            names.add(inner.partition("(")[0])
    return sorted(names)


def contract_text(template: Template) -> str:
    """The decorator, one condition a line, as in the generated endpoint."""
    lines = ["@contract("]
    for label, items in (
        ("requires", template.requires),
        ("ensures", template.ensures),
        ("invariants", template.invariants),
    ):
        if items:
            lines.append(f"    {label}=[")
            lines.extend(f"        {condition_text(c, template)}," for c in items)
            lines.append("    ],")
    lines.append(f"    layer={literal(template.layer)},")
    lines.append(")")
    return "\n".join(lines)
