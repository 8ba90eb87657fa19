"""Whatever the description and name, generated code parses, is formatted and lint clean."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scaffold._text import bidi_control
from scaffold.catalog import load_catalog
from scaffold.errors import UserError
from scaffold.generate import check_name, plan_function
from scaffold.generate._derive import DescriptionError
from tests.generate.helpers import flat_project, ruff_clean

TRICKY = st.sampled_from(
    [
        'say "hi"',
        "it's",
        "line\nbreak",
        "back\\slash",
        "{{ 7 * 7 }}",
        '"""',
        "'''",
        "Ünïcödé ünd 日本語 🎉",
        "\x00\x1b[31m",
        "invoice \u202egnp.exe",
        "# not a comment",
        "x" * 300,
    ]
)
FREE_TEXT = st.one_of(TRICKY, st.text(min_size=1, max_size=200)).filter(str.strip)
# A verb and a noun make a function of the free text; without them it may be refused.
ACTIONS = st.tuples(
    st.sampled_from(["create", "list my", "update", "delete", "archive", "reset a user's"]),
    st.sampled_from(["invoice", "None", "class", "records", "x" * 30, "Ünïcödé"]),
    FREE_TEXT,
).map(" ".join)
DESCRIPTIONS = st.one_of(FREE_TEXT, ACTIONS)
NAMES = st.one_of(
    st.none(),
    st.from_regex(r"[a-z][a-z0-9_]{0,45}", fullmatch=True),
    st.text(max_size=20),
)


def test_generated_code_survives_any_description_and_name(tmp_path: Path) -> None:
    templates = list(load_catalog().templates.values())
    outputs: list[tuple[str, str | None]] = []
    counter = iter(range(10_000))

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(description=DESCRIPTIONS, name=NAMES, choice=st.integers(0, len(templates) - 1))
    def generate(description: str, name: str | None, choice: int) -> None:
        root = flat_project(tmp_path / f"p{next(counter)}")
        try:
            plan = plan_function(description, templates[choice], project=root, name=name)
        except DescriptionError:
            return  # no action or resource: refused, never invented
        except UserError:
            if bidi_control(description) is not None:  # "Trojan Source": refused
                with pytest.raises(UserError, match="bidirectional override or isolate"):
                    plan_function(description, templates[choice], project=root)
                return
            assert name is not None  # else only a bad --name may be refused
            with pytest.raises(UserError):
                check_name(name)
            return
        breaks_out = len(description) > 3 and any(char in description for char in "\\\n\r")
        for change in plan.writes:
            if change.relpath.endswith(".py"):
                ast.parse(change.new)
                assert change.new.isascii()  # non-ASCII text is escaped
                if breaks_out:
                    assert description not in change.new  # escaped, never pasted raw
            change.path.parent.mkdir(parents=True, exist_ok=True)
            change.path.write_text(change.new, encoding="utf-8")
        outputs.append((description, name))

    generate()
    assert outputs, "hypothesis generated nothing valid"
    assert ruff_clean(tmp_path) == []
