"""Guidance for AI coding assistants: AGENTS.md generated from the template registry."""

from scaffold.guidance._agents import (
    BEGIN,
    END,
    AgentsPlan,
    merge_block,
    plan_agents_md,
    write_agents_md,
)
from scaffold.guidance._decorator import condition_text, contract_text, factories, literal
from scaffold.guidance._markdown import render_guidance

__all__ = [
    "BEGIN",
    "END",
    "AgentsPlan",
    "condition_text",
    "contract_text",
    "factories",
    "literal",
    "merge_block",
    "plan_agents_md",
    "render_guidance",
    "write_agents_md",
]
