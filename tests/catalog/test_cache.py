"""The parse cache: reused while a file is unchanged, never trusted beyond re-validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from catalog_helpers import template_text, write_template

from scaffold.catalog import load_folder
from scaffold.catalog._cache import CACHE_VARIABLE, ParseCache


def cache_entries(folder: Path) -> dict[str, list[object]]:
    path = ParseCache(folder).path
    entries: dict[str, list[object]] = json.loads(path.read_text())["entries"]
    return entries


def test_valid_files_are_cached_and_reused(tmp_path: Path) -> None:
    write_template(tmp_path, "team_one")
    first, _ = load_folder(tmp_path)
    assert list(cache_entries(tmp_path)) == ["team_one.yaml"]
    second, _ = load_folder(tmp_path)
    assert first[0].template == second[0].template
    assert (first[0].line, first[0].column) == (second[0].line, second[0].column)


def test_a_changed_file_is_parsed_again(tmp_path: Path) -> None:
    path = write_template(tmp_path, "team_one")
    load_folder(tmp_path)
    path.write_text(template_text(rename="team_one").replace("version: 1", "version: 4"))
    (loaded,), _ = load_folder(tmp_path)
    assert loaded.template.version == 4


def test_invalid_files_are_never_cached_and_keep_their_positions(tmp_path: Path) -> None:
    write_template(tmp_path, "team_one")
    write_template(tmp_path, "team_bad", replace={"limit: 5,": "limit: 0,"})
    for _ in range(2):
        _, problems = load_folder(tmp_path)
        assert [p.field for p in problems] == ["requires[3].rate_limit.limit"]
    assert list(cache_entries(tmp_path)) == ["team_one.yaml"]


def test_a_tampered_cache_cannot_admit_an_invalid_template(tmp_path: Path) -> None:
    path = write_template(tmp_path, "team_one")
    load_folder(tmp_path)
    cache = ParseCache(tmp_path)
    entry = cache.entries["team_one.yaml"]
    entry[1]["requires"][3]["rate_limit"]["limit"] = 0  # type: ignore[index]
    cache.changed = True
    cache.seen.add("team_one.yaml")
    cache.save()
    (loaded,), problems = load_folder(tmp_path)
    assert problems == []
    assert loaded.template.find("rate_limit")[0].rate_limit.limit == 5  # type: ignore[union-attr]
    assert loaded.path == path


def test_deleted_files_leave_the_cache(tmp_path: Path) -> None:
    write_template(tmp_path, "team_one")
    gone = write_template(tmp_path, "team_two")
    load_folder(tmp_path)
    gone.unlink()
    load_folder(tmp_path)
    assert list(cache_entries(tmp_path)) == ["team_one.yaml"]


@pytest.mark.parametrize("content", ["not json", '{"format": 99}', '{"format": 1, "entries": 3}'])
def test_a_corrupt_cache_is_ignored(tmp_path: Path, content: str) -> None:
    write_template(tmp_path, "team_one")
    cache_path = ParseCache(tmp_path).path
    cache_path.parent.mkdir(parents=True, exist_ok=True)
    cache_path.write_text(content)
    (loaded,), problems = load_folder(tmp_path)
    assert (loaded.template.name, problems) == ("team_one", [])


def test_the_cache_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_VARIABLE, "1")
    write_template(tmp_path, "team_one")
    load_folder(tmp_path)
    assert not ParseCache(tmp_path).path.exists()
