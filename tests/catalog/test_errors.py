"""Every problem names file:line:column and the field path; all problems of a file are reported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scaffold.catalog import CONDITIONS, Problem, load_file
from tests.catalog.helpers import template_text, write_template


def problems_of(path: Path) -> list[Problem]:
    template, problems = load_file(path)
    assert template is None
    assert problems
    return problems


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_a_typo_in_a_key_names_the_key_the_close_match_and_the_valid_keys(tmp_path: Path) -> None:
    path = write_template(tmp_path, "t", replace={"\nlayer: action": "\nlayr: action"})
    problems = problems_of(path)
    typo = next(p for p in problems if p.field == "layr")
    assert (typo.line, typo.column) == (line_of(path, "layr:"), 1)
    assert "unknown key 'layr'; did you mean 'layer'?" in typo.message
    assert "valid keys: checklist, description, endpoint" in typo.message
    assert str(typo) == f"{path}:{typo.line}:1: layr: {typo.message}"
    # the key it replaced is now missing, and that is reported too
    assert any(p.message == "missing required key 'layer'" for p in problems)


def test_a_typo_in_a_nested_key(tmp_path: Path) -> None:
    path = write_template(tmp_path, "t", replace={"per: minute}": "per: minute, bye: ip}"})
    (problem,) = problems_of(path)
    assert problem.field == "requires[3].rate_limit.bye"
    assert problem.line == line_of(path, "bye: ip")
    assert problem.message.startswith("unknown key 'bye'; did you mean 'by'?")
    assert problem.message.endswith("valid keys: by, key, limit, per")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "must be a positive integer"),
        ("-3", "must be a positive integer"),
        ('"5"', "must be a valid integer"),
        ("five", "must be a valid integer"),
        ("2.5", "must be a valid integer"),
    ],
)
def test_a_bad_type_names_the_field_path_and_position(
    tmp_path: Path, value: str, message: str
) -> None:
    path = write_template(tmp_path, "t", replace={"limit: 5,": f"limit: {value},"})
    (problem,) = problems_of(path)
    line = line_of(path, "rate_limit:")
    column = path.read_text().splitlines()[line - 1].index(value) + 1
    assert (problem.line, problem.column) == (line, column)
    assert problem.field == "requires[3].rate_limit.limit"
    assert problem.message.startswith(message)


@pytest.mark.parametrize(
    ("old", "new", "field", "keys"),
    [
        (
            "bio: {type: str, max_length: 500",
            "bio: {type: str, maxlen: 3, max_length: 500",
            "input.fields.bio.maxlen",
            "default, description, example, gt, items, lt, max_length, max_value",
        ),
        (
            "- owns: user_id",
            "- owns: {field: user_id, bypass: [admin]}",
            "requires[2].owns.bypass",
            "bypass_roles, field",
        ),
        (
            "  method: PATCH",
            "  method: PATCH\n  verb: PATCH",
            "endpoint.verb",
            "function, method, path",
        ),
        (
            "  model: UserProfile\n",
            "  model: UserProfile\n  name: x\n",
            "output.name",
            "fields, model",
        ),
    ],
)
def test_unknown_keys_at_any_depth_list_the_valid_keys(
    tmp_path: Path, old: str, new: str, field: str, keys: str
) -> None:
    path = write_template(tmp_path, "t", replace={old: new})
    (problem,) = problems_of(path)
    assert problem.field == field
    assert keys in problem.message


def test_an_unknown_condition_lists_the_valid_ones(tmp_path: Path) -> None:
    path = write_template(tmp_path, "t", replace={"- validates: input": "- sanitizes: input"})
    (problem,) = problems_of(path)
    assert problem.field == "requires[1]"
    assert (problem.line, problem.column) == (line_of(path, "sanitizes"), 5)
    assert problem.message.startswith("unknown condition 'sanitizes'")
    assert problem.message.endswith("valid conditions: " + ", ".join(sorted(CONDITIONS)))


def test_a_misspelt_condition_suggests_the_right_one(tmp_path: Path) -> None:
    path = write_template(tmp_path, "t", replace={"- owns: user_id": "- own: user_id"})
    (problem,) = problems_of(path)
    assert "unknown condition 'own'; did you mean 'owns'?" in problem.message


def test_a_condition_in_the_wrong_list(tmp_path: Path) -> None:
    path = write_template(
        tmp_path, "t", replace={"  - audit_log: profile_update": "  - auth: user"}
    )
    (problem,) = problems_of(path)
    assert problem.field == "ensures[1]"
    assert problem.message == (
        "condition 'auth' does not belong in ensures; allowed here: audit_log, invariant, returns"
    )


def test_an_unknown_rule_lists_the_rules(tmp_path: Path) -> None:
    text = template_text("admin_user_creation", rename="t")
    path = write_template(tmp_path, "t", text, replace={"{unique: email}": "{uniq: email}"})
    (problem,) = problems_of(path)
    assert problem.field == "requires[3].business_rule.rule"
    assert "unknown rule 'uniq'; did you mean 'unique'?" in problem.message
    assert "valid rules: count_matches, matches_input, max_items, not_self" in problem.message


def test_a_yaml_syntax_error_gives_its_line(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("name: t\nversion: 1\npatterns: [a, b\nlayer: action\n", encoding="utf-8")
    (problem,) = problems_of(path)
    assert problem.message.startswith("invalid YAML: ")
    assert problem.line == 4
    assert str(problem).startswith(f"{path}:4:")


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("name: t\nversion: 1\nname: u\n", encoding="utf-8")
    (problem,) = problems_of(path)
    assert (problem.line, problem.column) == (3, 1)
    assert problem.message == "duplicate key 'name' (first at line 1)"


def test_anchors_and_aliases_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("a: &x [1, 2]\nb: *x\n", encoding="utf-8")
    (problem,) = problems_of(path)
    assert "anchors and aliases are not allowed" in problem.message


def test_yaml_tags_that_build_objects_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("name: !!python/object/apply:os.system [echo hi]\n", encoding="utf-8")
    (problem,) = problems_of(path)
    assert problem.message.startswith("invalid YAML: ")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "file is empty; a template is a YAML mapping"),
        ("- a\n- b\n", "a template is a YAML mapping (name: ..., version: ...), not a list"),
        (
            "just text\n",
            "a template is a YAML mapping (name: ..., version: ...), not a single value",
        ),
    ],
)
def test_files_that_are_not_a_mapping(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    (problem,) = problems_of(path)
    assert problem.message == message


def test_every_problem_of_a_file_is_reported_in_file_order(tmp_path: Path) -> None:
    path = write_template(
        tmp_path,
        "t",
        replace={
            "method: PATCH": "method: patch",
            "display_name: {type: str, min": "display_name: {type: text, min",
            "- validates: input": "- validate: input",
            "limit: 5,": "limit: 0,",
            "audit_log: profile_update": "audit_log: [profile_update]",
        },
    )
    problems = problems_of(path)
    assert [p.field for p in problems] == [
        "endpoint.method",
        "input.fields.display_name.type",
        "requires[1]",
        "requires[3].rate_limit.limit",
        "ensures[1].audit_log",
    ]
    assert problems == sorted(problems, key=lambda p: (p.line, p.column))
    assert problems[0].message == "must be 'GET', 'POST', 'PUT', 'PATCH' or 'DELETE'"


def test_the_name_must_match_the_file_name(tmp_path: Path) -> None:
    path = write_template(tmp_path, "t", template_text(rename="other_name"))
    (problem,) = problems_of(path)
    assert problem.field == "name"
    assert "'other_name' does not match the file name 't.yaml'" in problem.message


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ("name: t\n", "name: Bad-Name\n", "name", "names must be snake_case"),
        ("name: t\n", "name: class\n", "name", "'class' is a Python keyword"),
        (
            "function: update_user_profile",
            "function: print",
            "endpoint.function",
            "shadows a Python built-in",
        ),
        ("model: UserProfileUpdate", "model: user_profile", "input.model", "PascalCase"),
        (
            "    bio: {",
            "    json: {",
            "input.fields.json",
            "clashes with a pydantic BaseModel attribute",
        ),
        ("    bio: {", "    model_name: {", "input.fields.model_name", "clashes with a pydantic"),
        (
            "description: Let",
            'description: "Bad\\nline"\nx: Let',
            "description",
            "must be one line",
        ),
        (
            'path: "/users/{user_id}/profile"',
            "path: users/{user_id}",
            "endpoint.path",
            "must start with '/'",
        ),
        ("- auth: user", "- auth: User", "requires[0].auth", "roles must be snake_case"),
        (
            "per: minute}",
            "per: week}",
            "requires[3].rate_limit.per",
            "must be 'second', 'minute', 'hour' or 'day'",
        ),
        ("patterns:\n", "patterns: update profile\nold_patterns:\n", "patterns", "must be a list"),
    ],
)
def test_value_problems(tmp_path: Path, old: str, new: str, field: str, message: str) -> None:
    text = template_text(rename="t").replace(old, new, 1)
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    _, problems = load_file(path)
    matching = [p for p in problems if p.field == field]
    assert matching, problems
    assert message in matching[0].message


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ("- owns: user_id", "- owns: owner", "requires[2].owns", "the input has no field 'owner'"),
        ("  - auth: user\n", "", "requires[1]", None),
        (
            "/users/{user_id}/profile",
            "/users/{uid}/profile",
            "endpoint.path",
            "path parameter {uid} has no input field",
        ),
        (
            "  - returns: output\n",
            "  - returns: output\n  - returns: output\n",
            "ensures[1]",
            "'returns' appears twice (first at ensures[0])",
        ),
        (
            "model: UserProfile\n",
            "model: UserProfileUpdate\n",
            "output.model",
            "needs a name other than",
        ),
        (
            "bio: {type: str, max_length: 500",
            "bio: {type: int, max_length: 500",
            "input.fields.bio.max_length",
            "applies to str, email and list, not int",
        ),
        (
            "display_name: {type: str, min_length: 1, max_length: 100}",
            "display_name: {type: str, min_length: 9, max_length: 3}",
            "input.fields.display_name.min_length",
            "9 is greater than max_length 3",
        ),
        (
            "display_name: {type: str, min_length: 1, max_length: 100}",
            "display_name: {type: str, max_length: 1000000000}",
            "input.fields.display_name.max_length",
            "1000000000 is out of range (a str's length is 0 to 1000000)",
        ),
        (
            "display_name: {type: str, min_length: 1, max_length: 100}",
            "display_name: {type: int, max_value: 1.0e+23}",
            "input.fields.display_name.max_value",
            "a bound of a int is -1000000000000000 to 1000000000000000",
        ),
        (
            "display_name: {type: str, min_length: 1, max_length: 100}",
            "display_name: {type: str, pattern: '('}",
            "input.fields.display_name.pattern",
            "is not a regular expression pydantic can use",
        ),
        (
            "display_name: {type: str, min_length: 1, max_length: 100}",
            "display_name: {type: str, max_length: 3, default: toolong}",
            "input.fields.display_name.default",
            "longer than max_length 3",
        ),
        (
            "display_name: {type: str, min_length: 1, max_length: 100}",
            "display_name: {type: int, default: 'x'}",
            "input.fields.display_name.default",
            "must be a number of type int",
        ),
        (
            "display_name: {type: str, min_length: 1, max_length: 100}",
            "display_name: {type: str, required: true, default: x}",
            "input.fields.display_name.default",
            "a required field has no default",
        ),
        (
            "display_name: {type: str, min_length: 1, max_length: 100}",
            "display_name: {type: list}",
            "input.fields.display_name.items",
            "a list needs `items",
        ),
        (
            "display_name: {type: str, min_length: 1, max_length: 100}",
            "display_name: {type: str, default: {a: 1}}",
            "input.fields.display_name.default",
            "must be a string, a number",
        ),
    ],
)
def test_problems_across_parts(
    tmp_path: Path, old: str, new: str, field: str, message: str | None
) -> None:
    text = template_text(rename="t")
    assert old in text
    path = tmp_path / "t.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    problems = problems_of(path)
    matching = [p for p in problems if p.field == field]
    assert matching, problems
    expected = message or "owns needs an `auth` condition before it in requires"
    assert expected in matching[0].message


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan"])
def test_numbers_must_be_finite(tmp_path: Path, value: str) -> None:
    text = template_text(rename="t").replace(
        "bio: {type: str, max_length: 500", "bio: {type: float, max_value: " + value
    )
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    (problem,) = problems_of(path)
    assert (problem.field, problem.message) == (
        "input.fields.bio.max_value",
        "must be a finite number",
    )


@pytest.mark.parametrize(
    ("pattern", "detail"),
    [("'(a)\\1'", "back-references are not supported"), ("'(?=a)a'", "look-around")],
)
def test_patterns_must_suit_pydantics_linear_time_engine(
    tmp_path: Path, pattern: str, detail: str
) -> None:
    old = "display_name: {type: str, min_length: 1, max_length: 100}"
    text = template_text(rename="t").replace(
        old, f"display_name: {{type: str, pattern: {pattern}}}"
    )
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    (problem,) = problems_of(path)
    assert problem.field == "input.fields.display_name.pattern"
    assert detail in problem.message


def test_a_default_is_checked_against_the_pattern(tmp_path: Path) -> None:
    old = "display_name: {type: str, min_length: 1, max_length: 100}"
    new = "display_name: {type: str, pattern: '^(a+)+$', default: " + "a" * 40 + "b}"
    path = tmp_path / "t.yaml"
    path.write_text(template_text(rename="t").replace(old, new), encoding="utf-8")
    (problem,) = problems_of(path)  # answers at once: no catastrophic backtracking
    assert problem.message == "does not match the field's pattern"


def test_bulk_must_name_an_unbounded_input_list(tmp_path: Path) -> None:
    text = template_text("bulk_operation", rename="t")
    path = tmp_path / "t.yaml"
    bounded = text.replace(
        "items: {type: str, min_length: 1, max_length: 64}",
        "items: {type: str}\n      max_length: 100",
    )
    path.write_text(bounded, encoding="utf-8")
    (problem,) = problems_of(path)
    assert problem.field == "requires[1].bulk.field"
    assert "the bulk condition owns the item count" in problem.message
    path.write_text(text.replace("field: items,", "field: nothing,"), encoding="utf-8")
    (problem,) = problems_of(path)
    assert "the input has no field 'nothing'" in problem.message


def test_unreadable_and_oversized_files(tmp_path: Path) -> None:
    binary = tmp_path / "b.yaml"
    binary.write_bytes(b"\xff\xfe\x00name")
    assert problems_of(binary)[0].message == "file is not UTF-8 text"
    big = tmp_path / "big.yaml"
    big.write_text("a: " + "x" * 300_000, encoding="utf-8")
    assert "larger than 256 KiB" in problems_of(big)[0].message


def test_a_huge_sparse_file_is_refused_from_its_size_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as stream:
        stream.truncate(2 * 1024**3)  # 2 GiB, sparse: no disk used
    reads: list[Path] = []
    real_open = Path.open

    def counting_open(self: Path, *args: object, **kwargs: object) -> object:
        if self == huge:
            reads.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", counting_open)
    (problem,) = problems_of(huge)
    assert "larger than 256 KiB" in problem.message
    assert reads == []


def test_a_registry_entry_that_is_not_a_regular_file_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)  # reading it would block forever
    (problem,) = problems_of(fifo)
    assert problem.message == "not a regular file"
