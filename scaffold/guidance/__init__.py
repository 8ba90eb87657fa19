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
from scaffold.guidance._mcp_config import MCP_CONFIG_FILES, find_mcp_configs, runs_scaffold_mcp

__all__ = [
    "BEGIN",
    "END",
    "MCP_CONFIG_FILES",
    "AgentsPlan",
    "condition_text",
    "contract_text",
    "factories",
    "find_mcp_configs",
    "literal",
    "merge_block",
    "plan_agents_md",
    "render_guidance",
    "runs_scaffold_mcp",
    "write_agents_md",
]
