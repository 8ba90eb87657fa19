"""The parse cache: reused while a file is unchanged, never trusted beyond re-validation."""

from __future__ import annotations

import json
import marshal
import os
from pathlib import Path

import pytest

from scaffold.catalog import Source, build_catalog, load_folder
from scaffold.catalog import _cache as cache_module
from scaffold.catalog import _loader as loader_module
from scaffold.catalog._cache import CACHE_VARIABLE, CachedEntry, ParseCache
from scaffold.catalog._loader import PendingTemplate
from scaffold.catalog._sources import CatalogEntry
from tests.catalog.helpers import (
    edit_keeping_size_and_mtime,
    load_later,
    template_text,
    write_template,
)


def cache_entries(folder: Path) -> dict[str, CachedEntry]:
    return ParseCache(folder).entries


def tamper(folder: Path, name: str, change: dict[str, object]) -> None:
    """Rewrite one cached entry's data, the cache still claiming the current code wrote it."""
    cache = ParseCache(folder)
    entry = cache.entries[name]
    data = json.loads(bytes(entry.blob))
    data["requires"][3]["rate_limit"].update(change)
    cache.entries[name] = entry._replace(blob=json.dumps(data).encode())
    cache.changed = True
    cache.seen.update(cache.entries)
    cache.save()


def project_catalog(folder: Path) -> dict[str, CatalogEntry]:
    return dict(build_catalog([Source("project", "project", folder)]).entries)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the template files read (rather than known unchanged by ``stat``)."""
    done: list[str] = []
    real = loader_module._read

    def counting(path: Path) -> object:
        done.append(path.name)
        return real(path)

    monkeypatch.setattr(loader_module, "_read", counting)
    return done


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


def _cache_file(header: object, body: bytes = b"", magic: bytes = cache_module._MAGIC) -> bytes:
    manifest = marshal.dumps(header)
    return cache_module._HEAD.pack(magic, len(manifest)) + manifest + body


ROW = ("x" * 64, 1, 1, "team_one", 0, 2, None)


@pytest.mark.parametrize(
    "content",
    [
        b"not a cache",
        b'{"format": 2, "entries": {}}\n',  # the format before this one
        _cache_file({"entries": {"team_one.yaml": ROW}}, b"{}", magic=b"scaffold-parse\x00\x02"),
        _cache_file({"entries": {"team_one.yaml": ROW}}, b"{}")[:30],  # truncated
        _cache_file([1, 2]),
        _cache_file({"entries": 3}),
        _cache_file({"entries": {"team_one.yaml": ROW[:6]}}, b"{}"),
        _cache_file({"entries": {"team_one.yaml": (*ROW[:5], 99, None)}}, b"{}"),
        _cache_file({"entries": {"team_one.yaml": (1, *ROW[1:])}}, b"{}"),
        _cache_file({"entries": {"team_one.yaml": (*ROW[:6], ("a", 1))}}, b"{}"),
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


def test_a_file_unchanged_by_stat_is_not_read_again(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_later(monkeypatch)
    write_template(tmp_path, "team_one")
    first = project_catalog(tmp_path)["team_one"]
    assert reads == ["team_one.yaml"]
    second = project_catalog(tmp_path)["team_one"]
    assert reads == ["team_one.yaml"]  # known by its signature: not read, not hashed
    assert second.sha256 == first.sha256 is not None
    assert second.template == first.template


def test_an_edit_keeping_size_and_modification_time_is_seen(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_later(monkeypatch)
    path = write_template(tmp_path, "team_one")
    before = project_catalog(tmp_path)["team_one"]
    assert before.template.version == 1
    edit_keeping_size_and_mtime(path, "version: 1", "version: 4")
    after = project_catalog(tmp_path)["team_one"]
    assert reads == ["team_one.yaml", "team_one.yaml"]  # the change time told
    assert after.template.version == 4
    assert after.sha256 != before.sha256


def test_a_file_changed_just_before_loading_is_read_and_hashed_next_time(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_template(tmp_path, "team_one")
    written = os.stat(path)
    # The load runs in the same instant as the write: a second write within the timestamps'
    # resolution could leave every field of ``stat`` as it was.
    monkeypatch.setattr(cache_module, "_now_ns", lambda: written.st_ctime_ns)
    assert project_catalog(tmp_path)["team_one"].template.version == 1
    assert ParseCache(tmp_path).entries["team_one.yaml"].signature is None
    path.write_text(path.read_text().replace("version: 1", "version: 4"))
    real_stat = os.stat

    def same_stat(target: str | Path, **kwargs: bool) -> os.stat_result:
        return written if target == path else real_stat(target, **kwargs)

    monkeypatch.setattr(os, "stat", same_stat)  # the second write left no trace in stat
    assert project_catalog(tmp_path)["team_one"].template.version == 4
    assert reads == ["team_one.yaml", "team_one.yaml"]


def test_a_racy_file_gets_its_signature_once_settled(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_template(tmp_path, "team_one")
    monkeypatch.setattr(cache_module, "_now_ns", lambda: os.stat(path).st_ctime_ns)
    project_catalog(tmp_path)
    assert ParseCache(tmp_path).entries["team_one.yaml"].signature is None
    load_later(monkeypatch)
    project_catalog(tmp_path)  # read and hashed: unchanged, and now old enough
    signature = ParseCache(tmp_path).entries["team_one.yaml"].signature
    assert signature == cache_module.signature_of(os.stat(path))
    project_catalog(tmp_path)
    assert reads == ["team_one.yaml", "team_one.yaml"]


def test_a_renamed_or_replaced_file_is_read_again(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_later(monkeypatch)
    one = write_template(tmp_path, "team_one")
    two = write_template(tmp_path, "team_two")
    project_catalog(tmp_path)
    swap = tmp_path / "swap.tmp"
    one.rename(swap)  # the files trade names (each keeping its own stat): both read again
    two.rename(one)
    swap.rename(two)
    reads.clear()
    with pytest.raises(Exception, match="does not match the file name"):
        project_catalog(tmp_path)
    assert sorted(reads) == ["team_one.yaml", "team_two.yaml"]


def test_where_stat_cannot_tell_an_edit_every_file_is_hashed(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_later(monkeypatch)
    monkeypatch.setattr(cache_module, "TRUSTS_STAT", False)  # as on Windows
    write_template(tmp_path, "team_one")
    project_catalog(tmp_path)
    project_catalog(tmp_path)
    assert ParseCache(tmp_path).entries["team_one.yaml"].signature is None
    assert reads == ["team_one.yaml", "team_one.yaml"]
