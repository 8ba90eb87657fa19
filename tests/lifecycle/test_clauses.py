"""Reading a ``@contract`` from source and telling how a copy of it was weakened."""

from __future__ import annotations

from pathlib import Path

import pytest

import scaffold.lifecycle
from scaffold.lifecycle import compare_clauses, merge_three_way, read_clauses

DOCS = Path(__file__).resolve().parents[2] / "docs"

SOURCE = """
@router.post("/orders/bulk")
@contract(
    requires=[
        auth("admin"),
        bulk(max_items=50),
        owns("user_id", bypass_roles=()),
        rate_limit("orders", 10, per="hour"),
        rate_limit("orders_burst", 2, per="second", by="ip"),
    ],
    ensures=[returns(Orders), audit_log("orders_bulk")],
)
def bulk_orders(payload: Orders, context: Caller) -> Orders:
    return payload
"""


def _weakened(old: str, new: str) -> list[str]:
    reference = read_clauses(SOURCE)
    current = read_clauses(SOURCE.replace(old, new))
    assert reference is not None
    assert current is not None
    return compare_clauses(reference, current)


def test_the_clauses_are_read_in_order() -> None:
    clauses = read_clauses(SOURCE)
    assert clauses is not None
    assert [clause.kind for clause in clauses] == [
        "auth", "bulk", "owns", "rate_limit", "rate_limit", "returns", "audit_log",
    ]  # fmt: skip
    assert clauses[3].args == ("orders", 10)
    assert clauses[3].kwargs == {"per": "hour"}
    assert clauses[5].args == ("Orders",)  # a name is kept as its source


def test_an_unchanged_or_stricter_contract_is_not_weakened() -> None:
    assert _weakened("", "") == []
    assert _weakened('auth("admin")', 'auth("super_admin")') == []
    assert _weakened('10, per="hour"', '5, per="hour"') == []
    assert _weakened("bulk(max_items=50)", "bulk(max_items=10)") == []
    assert _weakened("        auth(", '        invariant("x", check),\n        auth(') == []


def test_each_loosening_is_named() -> None:
    assert _weakened('auth("admin")', 'auth("user")') == ["auth role lowered to user (was admin)"]
    assert _weakened('auth("admin")', "auth()") == ["auth role lowered to user (was admin)"]
    assert _weakened("bypass_roles=()", 'bypass_roles=("support",)') == [
        "owns bypass widened to support"
    ]
    assert _weakened('owns("user_id"', 'owns("team_id"') == ["owns checks team_id (was user_id)"]
    assert _weakened("max_items=50", "max_items=500") == ["bulk max_items raised to 500 (was 50)"]
    assert _weakened('10, per="hour"', '10, per="minute"') == [
        "rate_limit 'orders' loosened to 10/minute (was 10/hour)"
    ]
    assert _weakened("returns(Orders)", "returns(dict)") == ["returns changed"]


def test_a_removed_clause_is_named_even_when_another_of_its_kind_stays() -> None:
    removed = '        rate_limit("orders_burst", 2, per="second", by="ip"),\n'
    assert _weakened(removed, "") == ["rate_limit 'orders_burst' removed"]
    assert _weakened('audit_log("orders_bulk")', "") == ["audit_log 'orders_bulk' removed"]


def test_a_module_without_a_contract_and_one_that_does_not_parse() -> None:
    assert read_clauses("def handler() -> None:\n    return None\n") is None
    with pytest.raises(SyntaxError):
        read_clauses("<<<<<<< yours\nx = 1\n")


def test_the_merge_marks_conflicts_and_keeps_both_sides_elsewhere() -> None:
    base = "a\nb\nc\n"
    clean = merge_three_way("a\nb\nc\nmine\n", base, "theirs\na\nb\nc\n", label="f.py")
    assert (clean.text, clean.conflicts) == ("theirs\na\nb\nc\nmine\n", 0)
    clash = merge_three_way("a\nB1\nc\n", base, "a\nB2\nc\n", label="f.py")
    assert clash.conflicts == 1
    assert "<<<<<<< f.py (yours)\nB1\n=======\nB2\n>>>>>>> f.py (template now)\n" in clash.text


def test_every_public_name_is_documented() -> None:
    assert scaffold.lifecycle.__all__ == sorted(scaffold.lifecycle.__all__)
    text = (DOCS / "lifecycle.md").read_text(encoding="utf-8")
    assert [name for name in scaffold.lifecycle.__all__ if f"`{name}" not in text] == []
