"""The check models' e-mail type gives EmailStr's verdicts, and remembers them across runs."""

from __future__ import annotations

import subprocess
import sys
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, EmailStr, Field, ValidationError, create_model

from scaffold.generate import _emails
from scaffold.generate._emails import CheckedEmail

VALUES = (
    "user@example.com",
    "u@x.io",
    "  Spaced@Example.COM  ",
    "John Doe <john@example.com>",
    "not-an-email",
    "",
    "a@b",
    "user@[127.0.0.1]",
    "two@@example.com",
    "ünïcode@exämple.com",
    "line\nbreak@example.com",
    "x" * 250 + "@example.com",
)


def _model(kind: Any, max_length: int | None) -> type[BaseModel]:
    field = Field(max_length=max_length) if max_length else Field()
    built: type[BaseModel] = create_model("Sample", email=(Annotated[kind, field], ...))
    return built


def _outcome(model: type[BaseModel], value: str) -> object:
    try:
        return ("valid", model.model_validate({"email": value}).model_dump())
    except ValidationError as error:
        return ("invalid", error.errors(include_url=False))


@pytest.fixture
def fresh_verdicts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_emails, "_VERDICTS", _emails._Verdicts())


@pytest.mark.parametrize("max_length", [None, 30])
@pytest.mark.usefixtures("fresh_verdicts")
def test_the_verdicts_are_email_str_s(max_length: int | None) -> None:
    for _ in range(2):  # computed, then remembered
        for value in VALUES:
            mine = _outcome(_model(CheckedEmail, max_length), value)
            assert mine == _outcome(_model(EmailStr, max_length), value), value


@pytest.mark.usefixtures("fresh_verdicts")
def test_a_remembered_verdict_needs_no_email_validator() -> None:
    for value in VALUES:
        _outcome(_model(CheckedEmail, None), value)  # written to the cache directory
    script = (
        "import sys\n"
        "from scaffold.generate._fields import model\n"
        "from scaffold.catalog import FieldSpec\n"
        "checks = model('Sample', {'email': FieldSpec(type='email')}, forbid_extra=True)\n"
        f"for value in {VALUES!r}:\n"
        "    try:\n"
        "        checks.model_validate({'email': value})\n"
        "    except ValueError:\n"
        "        pass\n"
        "print('email_validator' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True
    )
    assert done.stdout.split() == ["False"], done.stderr


@pytest.mark.usefixtures("fresh_verdicts")
def test_verdicts_of_other_versions_or_a_corrupt_file_are_ignored() -> None:
    _emails._path().parent.mkdir(parents=True, exist_ok=True)
    other = '{"versions": "another", "verdicts": {"not-an-email": ["valid", "x"]}}'
    _emails._path().write_text(other)
    assert _outcome(_model(CheckedEmail, None), "not-an-email")[0] == "invalid"
    _emails._path().write_text("[1, 2")
    _emails._VERDICTS = _emails._Verdicts()
    assert _outcome(_model(CheckedEmail, None), "user@example.com")[0] == "valid"
