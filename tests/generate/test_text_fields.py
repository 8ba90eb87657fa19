"""Generated input text fields: single-line unless declared multi-line, and proven by tests.

The schema declares each input ``str`` with the runtime's text type (the output keeps
``str``), ``--field`` and templates say which fields keep line breaks, and the invalid cases
the generated tests send are refused only because of the character they carry.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from scaffold.catalog import FieldSpec
from scaffold.errors import UserError
from scaffold.generate._fields import annotation, imports_for, invalid_cases, model
from scaffold.generate._spec import field_token, parse_field


def test_multiline_is_a_field_constraint_of_str_and_list_of_str() -> None:
    name, body = parse_field("body:str:max=5000:multiline")
    assert (name, body.multiline, body.max_length) == ("body", True, 5000)
    assert field_token(name, body) == "body:str:max=5000:multiline"
    _, tags = parse_field("tags:list[str]:multiline:optional")
    assert tags.items is not None
    assert tags.items.multiline
    assert field_token("tags", tags) == "tags:list[str]:multiline:optional"
    assert not parse_field("title:str")[1].multiline
    with pytest.raises(UserError, match="multiline applies to str and list"):
        parse_field("count:int:multiline")


def test_the_catalog_refuses_multiline_elsewhere_and_defaults_it_would_refuse() -> None:
    with pytest.raises(ValidationError, match="applies to str, not int"):
        FieldSpec.model_validate({"type": "int", "multiline": True})
    with pytest.raises(ValidationError, match=r"contains a control character \(U\+0000\)"):
        FieldSpec.model_validate({"type": "str", "default": "a\x00b"})
    with pytest.raises(ValidationError, match="line break or tab"):
        FieldSpec.model_validate({"type": "str", "example": "two\nlines"})
    assert FieldSpec.model_validate({"type": "str", "multiline": True, "example": "two\nlines"})


def test_input_fields_use_the_text_types_and_outputs_keep_str() -> None:
    title = FieldSpec.model_validate({"type": "str", "max_length": 80})
    body = FieldSpec.model_validate({"type": "str", "multiline": True, "required": False})
    tags = FieldSpec.model_validate({"type": "list", "items": {"type": "str", "max_length": 9}})
    assert annotation(title, text=True) == ("SingleLineText", ["Field", "max_length=80"])
    assert annotation(body, text=True) == ("MultiLineText | None", ["None"])
    assert annotation(tags, text=True)[0] == "list[Annotated[SingleLineText, Field(max_length=9)]]"
    assert annotation(title) == ("str", ["Field", "max_length=80"])
    fields = {"title": title, "body": body, "tags": tags}
    assert imports_for(fields, text=True)["scaffold.contracts"] == {
        "MultiLineText",
        "SingleLineText",
    }
    assert "scaffold.contracts" not in imports_for(fields)
    built = model("Note", fields, forbid_extra=True)
    assert built.model_validate({"title": "t", "body": "a\nb", "tags": ["x"]})
    with pytest.raises(ValidationError):
        built.model_validate({"title": "t\u202e", "tags": []})
    assert model("Out", fields, forbid_extra=False).model_validate({"title": "t\x00", "tags": []})


def test_invalid_text_cases_are_refused_for_the_character_alone() -> None:
    spec = FieldSpec.model_validate({"type": "str", "min_length": 6, "max_length": 6})
    cases = {case.case: case.value for case in invalid_cases("code", spec)}
    assert cases["control_character"] == "\x00ample"  # "Sample" with its first letter swapped
    assert cases["bidi_override"] == "\u202eample"
    in_path = {case.case for case in invalid_cases("code", spec, in_path=True)}
    assert not in_path & {"control_character", "bidi_override"}
    anchored = FieldSpec.model_validate({"type": "str", "pattern": "^[a-z]+$", "example": "abc"})
    assert "control_character" not in {case.case for case in invalid_cases("slug", anchored)}
