"""The parse cache: reused while a file is unchanged, never trusted beyond re-validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scaffold.catalog import Source, build_catalog, load_folder
from scaffold.catalog import _cache as cache_module
from scaffold.catalog._cache import CACHE_VARIABLE, CachedEntry, ParseCache
from scaffold.catalog._loader import PendingTemplate
from scaffold.catalog._sources import CatalogEntry
from tests.catalog.helpers import template_text, write_template


def cache_entries(folder: Path) -> dict[str, CachedEntry]:
    return ParseCache(folder).entries


def tamper(folder: Path, name: str, change: dict[str, object]) -> None:
    """Rewrite one cached entry's data, the cache still claiming the current code wrote it."""
    cache = ParseCache(folder)
    entry = cache.entries[name]
    data = json.loads(entry.blob)
    data["requires"][3]["rate_limit"].update(change)
    cache.entries[name] = entry._replace(blob=json.dumps(data).encode())
    cache.changed = True
    cache.seen.update(cache.entries)
    cache.save()


def project_catalog(folder: Path) -> dict[str, CatalogEntry]:
    return dict(build_catalog([Source("project", "project", folder)]).entries)


def test_valid_files_are_cached_and_reused(tmp_path: Path) -> None:
    write_template(tmp_path, "team_one")
    first, _ = load_folder(tmp_path)
    assert list(cache_entries(tmp_path)) == ["team_one.yaml"]
    second, _ = load_folder(tmp_path)
    assert first[0].template == second[0].template
    assert (first[0].line, first[0].column) == (second[0].line, second[0].column)
    assert first[0].sha256 == second[0].sha256 is not None


def test_a_catalog_validates_a_cached_template_on_first_use(tmp_path: Path) -> None:
    write_template(tmp_path, "team_one")
    fresh = load_folder(tmp_path)[0][0].template
    entry = project_catalog(tmp_path)["team_one"]
    assert isinstance(entry.spec, PendingTemplate)
    assert entry.name == "team_one"
    assert entry.template == fresh
    assert entry.template is entry.template  # validated once, then kept


def test_a_changed_file_is_parsed_again(tmp_path: Path) -> None:
    path = write_template(tmp_path, "team_one")
    load_folder(tmp_path)
    path.write_text(template_text(rename="team_one").replace("version: 1", "version: 4"))
    (loaded,), _ = load_folder(tmp_path)
    assert loaded.template.version == 4
    assert project_catalog(tmp_path)["team_one"].template.version == 4


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
    tamper(tmp_path, "team_one.yaml", {"limit": 0})
    (loaded,), problems = load_folder(tmp_path)
    assert problems == []
    assert loaded.template.find("rate_limit")[0].rate_limit.limit == 5  # type: ignore[union-attr]
    assert loaded.path == path


def test_a_tampered_cache_cannot_admit_an_invalid_template_on_first_use(tmp_path: Path) -> None:
    write_template(tmp_path, "team_one")
    load_folder(tmp_path)
    tamper(tmp_path, "team_one.yaml", {"limit": 0})
    entry = project_catalog(tmp_path)["team_one"]
    assert isinstance(entry.spec, PendingTemplate)  # trusted at load...
    rate_limit = entry.template.find("rate_limit")[0]
    assert rate_limit.rate_limit.limit == 5  # type: ignore[union-attr]  # ...the file decides


def test_a_cache_written_by_other_code_is_validated_at_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_template(tmp_path, "team_one")
    load_folder(tmp_path)
    monkeypatch.setattr(cache_module, "_catalog_code", lambda: "another version")
    entry = project_catalog(tmp_path)["team_one"]
    assert not isinstance(entry.spec, PendingTemplate)
    assert ParseCache(tmp_path).trusted  # rewritten for the code now running
    assert isinstance(project_catalog(tmp_path)["team_one"].spec, PendingTemplate)


def test_deleted_files_leave_the_cache(tmp_path: Path) -> None:
    write_template(tmp_path, "team_one")
    gone = write_template(tmp_path, "team_two")
    load_folder(tmp_path)
    gone.unlink()
    load_folder(tmp_path)
    assert list(cache_entries(tmp_path)) == ["team_one.yaml"]


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b'{"format": 99}\n',
        b'{"format": 2, "entries": 3}\n',
        b'{"format": 2, "entries": {"team_one.yaml": ["x", 1, 1, "team_one", 0, 99]}}\n{}',
        b'{"format": 2, "entries": {"team_one.yaml": [1, 2]}}\n',
        b"\xff\xfe\n\x00",
    ],
)
def test_a_corrupt_cache_is_ignored(tmp_path: Path, content: bytes) -> None:
    write_template(tmp_path, "team_one")
    cache_path = ParseCache(tmp_path).path
    cache_path.parent.mkdir(parents=True, exist_ok=True)
    cache_path.write_bytes(content)
    (loaded,), problems = load_folder(tmp_path)
    assert (loaded.template.name, problems) == ("team_one", [])
    assert project_catalog(tmp_path)["team_one"].template.name == "team_one"


def test_a_corrupt_blob_falls_back_to_the_file(tmp_path: Path) -> None:
    write_template(tmp_path, "team_one")
    load_folder(tmp_path)
    cache = ParseCache(tmp_path)
    cache.entries["team_one.yaml"] = cache.entries["team_one.yaml"]._replace(blob=b"{broken")
    cache.changed = True
    cache.seen.update(cache.entries)
    cache.save()
    assert project_catalog(tmp_path)["team_one"].template.name == "team_one"


def test_the_cache_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_VARIABLE, "1")
    write_template(tmp_path, "team_one")
    load_folder(tmp_path)
    assert not ParseCache(tmp_path).path.exists()
    assert not isinstance(project_catalog(tmp_path)["team_one"].spec, PendingTemplate)
