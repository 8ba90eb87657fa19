"""A match validates no template, yet answers what full validation answers, byte for byte.

Every description of the development set is matched twice in process: as ``scaffold match``
does (versions and strengths from the index, the fallback's names checked by the matcher) and
with everything validated (each candidate's template read in full, every fallback validated
by the ``Template`` model); the answers, reasons included, must be the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel, ValidationError
from typer.testing import CliRunner

from scaffold.catalog import (
    BusinessRuleCondition,
    Catalog,
    OwnsCondition,
    RateLimitCondition,
    Template,
    load_catalog,
)
from scaffold.catalog._base import _MODEL_ATTRIBUTES
from scaffold.catalog._cache import CACHE_VARIABLE
from scaffold.catalog._loader import PendingTemplate
from scaffold.cli import main
from scaffold.matching import _fallback, clear_cache, match_request, strength_of
from scaffold.matching._fallback import (
    FALLBACK_KINDS,
    RESERVED_FIELDS,
    _field_name,
    names_are_valid,
)
from scaffold.matching._match import MatchResult
from tests.catalog.helpers import edit_keeping_size_and_mtime, load_later, write_template

HERE = Path(__file__).parent


def _descriptions() -> list[str]:
    cases = yaml.safe_load((HERE / "dev_set.yaml").read_text(encoding="utf-8"))
    return [case["text"] for case in cases]


DESCRIPTIONS = _descriptions()
# Words no template name may take, however the description spells them.
AWKWARD = (
    "update model config",
    "delete the class",
    "create a print job",
    "read my json dict",
    "update schema copy",
    "approve match case",
    "create type",
    "update the naïve café entry",
    "delete 2fa token",
    "create model_dump",
    "update profile" + " x" * 200,
)


@pytest.fixture(scope="module")
def catalog() -> Iterator[Catalog]:
    clear_cache()
    yield load_catalog(None, include_user=False)
    clear_cache()


def _describe(template: Template) -> str:
    """The contract line as the matcher wrote it from a validated template."""
    parts: list[str] = []
    for condition in template.conditions:
        if isinstance(condition, RateLimitCondition):
            parts.append(f"rate_limit {condition.rate_limit.limit}/{condition.rate_limit.per}")
        elif isinstance(condition, OwnsCondition):
            parts.append(f"owns {condition.spec.field}")
        elif isinstance(condition, BusinessRuleCondition):
            rule = condition.business_rule.rule
            parts.append(f"{rule.kind} {getattr(rule, rule.kind)}")
        else:
            parts.append(f"{condition.kind} {getattr(condition, condition.kind)}")
    return ", ".join(parts)


def _checked_in_full(result: MatchResult) -> None:
    """Every shown or offered candidate agrees with its fully validated template."""
    for found in (*result.matches, *result.choices):
        spec = found.spec
        assert found.version == spec.version
        assert found.strength == strength_of(spec)
        if found.is_fallback:
            contract = [r for r in found.reasons if r.startswith("contract: ")]
            assert contract == [f"contract: {_describe(spec)}"]


def _answer(result: MatchResult) -> str:
    return json.dumps(
        [result.to_dict(), [(m.template, m.reasons) for m in result.choices]], sort_keys=True
    )


def test_the_lean_path_answers_as_full_validation(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    lean = [_answer(match_request(text, catalog, limit=5)) for text in DESCRIPTIONS + list(AWKWARD)]
    monkeypatch.setattr(_fallback, "names_are_valid", lambda data: False)  # the model decides
    for text, answer in zip(DESCRIPTIONS + list(AWKWARD), lean, strict=True):
        result = match_request(text, catalog, limit=5)
        _checked_in_full(result)
        assert _answer(result) == answer, text


@pytest.mark.parametrize("description", AWKWARD)
def test_names_the_matcher_accepts_are_valid_for_the_model(description: str) -> None:
    from scaffold.matching._fallback import _data, _Shape

    words = description.split()[:3]
    for kind in FALLBACK_KINDS:
        owned = (False,) if kind in {"admin", "sensitive", "bulk", "public"} else (False, True)
        shapes = [
            _Shape(kind, verb, own, throttle)
            for verb in ("create", "update", "delete", "read", None)
            for own in owned
            for throttle in (False, True)
        ]
        for shape in shapes:
            data = _data(shape=shape, resource=words, function_words=words, text=description)
            try:
                Template.model_validate(data)
            except ValidationError:
                assert not names_are_valid(data), data
            verb = [shape.verb] if shape.verb else []
            item = [*verb, "item"]
            neutral = _data(shape=shape, resource=["item"], function_words=item, text=kind)
            assert names_are_valid(neutral)
            Template.model_validate(neutral)  # the fixed parts are valid for every shape


def test_the_reserved_field_names_cover_the_model_attributes() -> None:
    """A field name the matcher accepts never shadows an attribute of pydantic's models."""
    attributes = {name for name in dir(BaseModel) if not name.startswith("__")}
    assert attributes == _MODEL_ATTRIBUTES  # what the template model refuses
    accepted = {name for name in attributes if _field_name(name)}
    assert not accepted
    assert attributes >= RESERVED_FIELDS  # no needless refusal either


def test_a_match_validates_no_template(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Templates from the parse cache stay unvalidated through a match, the fallback too;
    reading ``spec`` validates them then."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(CACHE_VARIABLE, raising=False)
    load_catalog(None, include_user=False)  # fills the parse cache
    clear_cache()
    warm = load_catalog(None, include_user=False)
    match_request("update my profile", warm)  # builds and stores the index
    clear_cache()
    warm = load_catalog(None, include_user=False)

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("a template was validated")

    with monkeypatch.context() as patched:
        patched.setattr(Template, "model_validate", refused)
        results = [match_request(text, warm) for text in ("update my profile", "zzz qqq")]
    pending = [e.spec for e in warm.entries.values() if isinstance(e.spec, PendingTemplate)]
    assert len(pending) == len(warm.entries)
    for result in results:
        for found in result.matches:
            assert found.spec.name == found.template or found.is_fallback
            assert found.spec.version == found.version


def test_the_loader_knows_the_tag_prefix_without_the_models() -> None:
    from scaffold.catalog import TAG_PREFIX, _loader

    assert _loader._TAG_PREFIX == TAG_PREFIX


WARM_MATCH = """
import sys
from scaffold.cli import run

sys.argv = ["scaffold", "match", "update my profile", "--format", "json"]
try:
    run()
except SystemExit:
    pass
print("models built:", "scaffold.catalog._model" in sys.modules, file=sys.stderr)
"""


def test_a_warm_match_builds_no_template_model(tmp_path: Path) -> None:
    """The second ``scaffold match`` (caches filled) neither validates nor builds a model."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop(CACHE_VARIABLE, None)
    runs = [
        subprocess.run(
            [sys.executable, "-c", WARM_MATCH],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            check=True,
        )
        for _ in range(2)
    ]
    assert runs[0].stdout == runs[1].stdout
    assert json.loads(runs[1].stdout)["matches"][0]["template"] == "user_profile_update"
    assert runs[0].stderr.splitlines()[-1] == "models built: True"  # cold: validated
    assert runs[1].stderr.splitlines()[-1] == "models built: False"


def test_a_template_broken_after_a_warm_match_is_reported_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Caches filled, then a project template is broken on disk while keeping its size and
    modification time: ``scaffold match`` reports it in one line, file and line, exit 1."""
    load_later(monkeypatch)
    registry = tmp_path / ".scaffold" / "registry"
    path = write_template(registry, "team_profile_update")
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        code, out, _err = _run("match", "update the team profile", "--format", "json")
        assert code == 0
        assert json.loads(out)["matches"][0]["template"] == "team_profile_update"
    edit_keeping_size_and_mtime(path, "version: 1", "version: 0")
    clear_cache()
    code, out, err = _run("match", "update the team profile")
    assert code == 1
    assert out == ""
    (line,) = err.strip().splitlines()
    where = Path(".scaffold", "registry", "team_profile_update.yaml")
    assert line == f"error: {where}:3:10: version: must be a positive integer"


def _run(*args: str) -> tuple[int, str, str]:
    with CliRunner().isolation() as (out, err, _):
        code = main(list(args))
        return code, out.getvalue().decode(), err.getvalue().decode()
