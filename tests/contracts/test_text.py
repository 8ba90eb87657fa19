"""Text fields refuse control, bidi-control and surrogate characters, naming their class.

Through a model (as generated schemas use them) and through ``validates`` behind a FastAPI
app, where the refusal is an ordinary 422 that names the field and never the character.
"""

from __future__ import annotations

from typing import Annotated, Any

import pytest
from fastapi import Body, Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from scaffold.contracts import (
    MultiLineText,
    SingleLineText,
    configure,
    contract,
    text_problem,
    validates,
)
from scaffold.contracts.fastapi import install

BIDI_CONTROLS = [chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
CONTROLS = [chr(code) for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))]
C1_AND_DEL = [chr(code) for code in range(0x7F, 0xA0)]
LAYOUT = ["\t", "\n", "\r", "\u2028", "\u2029"]
MARKS = ["\u200e", "\u200f", "\u061c"]


class Note(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: SingleLineText = Field(min_length=1, max_length=20)
    body: MultiLineText | None = Field(default=None, max_length=200)
    tags: list[SingleLineText] = []


def _error(**data: Any) -> dict[str, Any]:
    with pytest.raises(ValidationError) as caught:
        Note.model_validate({"title": "t", **data})
    errors = caught.value.errors(include_url=False, include_input=False, include_context=False)
    assert len(errors) == 1, errors
    return dict(errors[0])


@pytest.mark.parametrize("char", CONTROLS + C1_AND_DEL + BIDI_CONTROLS)
@pytest.mark.parametrize("field", ["title", "body"])
def test_both_kinds_refuse_control_characters_and_bidi_overrides(char: str, field: str) -> None:
    error = _error(**{field: f"ab{char}cd"})
    assert error["loc"] == (field,)
    assert error["type"].startswith("string_")
    assert char not in error["msg"]
    assert f"U+{ord(char):04X} at position 2" in error["msg"]


@pytest.mark.parametrize("char", LAYOUT + MARKS)
def test_line_breaks_tabs_and_marks_are_multi_line_only(char: str) -> None:
    assert Note.model_validate({"title": "t", "body": f"one{char}two"}).body == f"one{char}two"
    assert _error(title=f"one{char}two")["loc"] == ("title",)


def test_messages_name_the_class() -> None:
    assert _error(title="a\x00")["msg"] == (
        "Single-line text must not contain a control character (U+0000 at position 1)"
    )
    assert _error(body="\u202eevil")["type"] == "string_bidi_control"
    assert "bidirectional override or isolate" in _error(body="\u202eevil")["msg"]
    assert _error(title="a\nb")["type"] == "string_line_break"
    assert "invisible direction mark" in _error(title="admin\u200f")["msg"]
    for surrogate in ("\ud800", "a\udfffb"):  # pydantic lets them through an unbounded str
        assert _error(tags=[surrogate])["type"] == "string_unpaired_surrogate"
    assert _error(tags=["ok", "\u2066x"])["loc"] == ("tags", 1)


def test_ordinary_text_of_every_script_passes() -> None:
    values = [
        "Zoë Ångström",
        "שלום עולם",  # Hebrew: right-to-left by itself, no override needed
        "\u0645\u0631\u062d\u0628\u0627\u061c\u0628\u0643",  # Arabic, with a letter mark
        "日本語のテキスト",
        "emoji \U0001f469\u200d\U0001f4bb",  # ZWJ sequence and an astral character
        "x" * 20,
    ]
    for value in values:
        assert Note.model_validate({"title": "t", "body": value}).body == value
        title = value.replace("\u061c", " ")[:20]  # a mark is multi-line text only
        assert Note.model_validate({"title": title}).title == title
    assert Note.model_validate({"title": "t", "body": "para one\r\n\tpara two"}).body


def test_length_bounds_still_apply() -> None:
    assert _error(title="")["type"] == "string_too_short"
    assert _error(title="x" * 21)["type"] == "string_too_long"


def test_every_refused_character_is_non_printable() -> None:
    """The fast path (``str.isprintable``) may skip the search only while this holds."""
    refused = CONTROLS + C1_AND_DEL + BIDI_CONTROLS + LAYOUT + MARKS + ["\ud800", "\udfff"]
    assert [f"U+{ord(char):04X}" for char in refused if char.isprintable()] == []


def test_allowed_non_printable_characters_pass() -> None:
    for char in ("\u00a0", "\u00ad", "\u200d", "\u200b"):  # NBSP, soft hyphen, ZWJ, ZWSP
        assert Note.model_validate({"title": f"a{char}b", "body": f"a{char}\nb"}).title


def test_text_problem_names_the_class_and_code_point() -> None:
    assert text_problem("fine") is None
    assert text_problem("a\nb") == "a line break or tab (U+000A)"
    assert text_problem("a\nb", multiline=True) is None
    assert text_problem("\u202e", multiline=True) == "a bidirectional override or isolate (U+202E)"


def _raw(body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    return body


def test_validates_answers_422_naming_the_field_not_the_character() -> None:
    configure(environment="development")
    app = FastAPI()
    install(app)
    stored: list[Note] = []

    @app.post("/notes", status_code=201)
    @contract(
        requires=[validates(Note)],
        name="create_note",
        raw_input=Annotated[dict[str, Any], Depends(_raw)],
    )
    def create_note(payload: Note) -> dict[str, str]:
        stored.append(payload)
        return {"title": payload.title}

    client = TestClient(app)
    assert client.post("/notes", json={"title": "ok", "body": "a\nb"}).status_code == 201
    for body in ({"title": "a\u202eb"}, {"title": "ok", "body": "a\x00b"}):
        answer = client.post("/notes", json=body)
        assert answer.status_code == 422
        text = answer.text
        for echoed in ("\u202e", "\\u202e", "\x00", "\\u0000"):
            assert echoed not in text.lower()
        assert "title" in text or "body" in text
    assert len(stored) == 1
