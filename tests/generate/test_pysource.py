"""Source text helpers: every user string becomes a safe literal or safe docstring text."""

from __future__ import annotations

import ast

from hypothesis import given
from hypothesis import strategies as st

from scaffold.generate._pysource import call, collection, doc_text, from_import, literal, py_str


@given(st.text())
def test_py_str_round_trips_and_is_ascii(text: str) -> None:
    source = py_str(text)
    assert source.isascii()
    assert "\n" not in source
    assert ast.literal_eval(source) == text


def test_py_str_quotes_like_ruff() -> None:
    assert py_str("plain") == '"plain"'
    assert py_str('say "hi"') == "'say \"hi\"'"
    assert py_str('it\'s "x"') == "'it\\'s \"x\"'"
    assert py_str("é") == '"\\xe9"'


@given(st.text())
def test_doc_text_cannot_close_a_docstring(text: str) -> None:
    safe = doc_text(text)
    assert safe.isascii()
    assert safe.isprintable()
    assert '"' not in safe
    assert "\\" not in safe
    assert "\n" not in safe
    assert ast.literal_eval(f'"""{safe} """') == f"{safe} "


def test_doc_text_keeps_what_it_can() -> None:
    assert doc_text('Crée "x"\n\\ {{ y }}') == "Cree 'x' / {{ y }}"
    assert doc_text("emoji \N{GRINNING FACE}") == "emoji <U+1F600>"


def test_long_calls_and_collections_explode_with_trailing_commas() -> None:
    assert call("f", ["a", "b"]) == "f(a, b)"
    long = call("function", ["x" * 50, "y" * 50], indent=4, prefix="return ")
    assert (
        long == "    return function(\n        " + "x" * 50 + ",\n        " + "y" * 50 + ",\n    )"
    )
    assert collection(["1"], brackets="()") == "(1,)"
    assert collection(["'a': 1"], brackets="{}", explode=True) == "{\n    'a': 1,\n}"


def test_literals_stay_short() -> None:
    assert literal("x" * 101) == '"x" * 101'
    assert literal("u" * 20 + "@example.com") == '"u" * 20 + "@example.com"'
    assert literal(["a"] * 101) == '["a"] * 101'
    assert literal({"a": [1, None, True]}) == '{"a": [1, None, True]}'
    assert ast.literal_eval(literal(("a",))) == ("a",)


def test_from_import_sorts_and_wraps() -> None:
    assert from_import("typing", ["cast", "Any", "TYPE_CHECKING"]) == (
        "from typing import TYPE_CHECKING, Any, cast"
    )
    wrapped = from_import("module", [f"name_{n}" for n in range(12)])
    assert wrapped.startswith("from module import (\n    name_0,\n")
    assert wrapped.endswith(",\n)")
