"""The index kept on disk: read back whole, the same answers, rebuilt whenever its inputs change."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from scaffold.catalog import Catalog, Source, build_catalog
from scaffold.catalog._cache import CACHE_VARIABLE, source_digest
from scaffold.matching import _index, _score, _stored, clear_cache, match_request
from scaffold.matching._index import Index, Phrase, build_index
from tests.catalog.helpers import (
    edit_keeping_size_and_mtime,
    load_later,
    template_text,
    write_template,
)

DESCRIPTIONS = (
    "update profile",
    "udpate my proflie",
    "bulk delete users",
    "export customer data for the admin",
    "public product catalog for anonymous visitors",
    "delete my account",
)
BUILTINS = (
    "user_profile_update",
    "admin_user_creation",
    "bulk_operation",
    "public_api_endpoint",
    "secure_data_access",
    "sensitive_admin_action",
)


@pytest.fixture(autouse=True)
def _fresh_memory() -> Iterator[None]:
    clear_cache()  # the in-memory cache would hide what the disk holds
    yield
    clear_cache()


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One item per index built (rather than read from disk)."""
    made: list[int] = []

    def counting(templates: list[object]) -> Index:
        made.append(len(templates))
        return build_index(templates)  # type: ignore[arg-type]

    monkeypatch.setattr(_index, "build_index", counting)
    return made


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A project registry: two copies of each built-in template under new names."""
    registry = tmp_path / "registry"
    for name in BUILTINS:
        for copy in ("a", "b"):
            write_template(registry, f"{name}_{copy}", template_text(name, rename=f"{name}_{copy}"))
    return registry


def catalog_of(folder: Path) -> Catalog:
    return build_catalog([Source("project", "project", folder)])


def answers(catalog: Catalog) -> list[object]:
    """Everything ``scaffold match`` shows for each description, reasons included."""
    found: list[object] = []
    for description in DESCRIPTIONS:
        result = match_request(description, catalog, limit=8)
        found.append((result.to_dict(), [m.reasons for m in result.choices]))
    return found


def stored_file(catalog: Catalog) -> Path:
    return _stored.index_path(catalog)


def test_the_index_is_stored_and_read_back_with_the_same_answers(
    folder: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = answers(catalog_of(folder))
    assert builds == [12]
    assert stored_file(catalog_of(folder)).is_file()
    clear_cache()
    second = answers(catalog_of(folder))
    assert builds == [12]  # read from disk, not built
    monkeypatch.setenv(CACHE_VARIABLE, "1")
    clear_cache()
    assert answers(catalog_of(folder)) == first == second


def test_a_large_catalog_stores_its_arrays(
    folder: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_index, "VECTOR_FROM", 4)  # numpy scoring from 4 templates
    first = answers(catalog_of(folder))
    clear_cache()
    catalog = catalog_of(folder)
    assert answers(catalog) == first
    assert builds == [12]
    assert _index.index_for(catalog).arrays is not None


def _saved_and_read(
    folder: Path, monkeypatch: pytest.MonkeyPatch, *, defer_arrays: bool = False
) -> tuple[Index, Index]:
    """A large catalog's index as built, and as read back from the file it was saved to."""
    monkeypatch.setattr(_index, "VECTOR_FROM", 4)
    catalog = catalog_of(folder)
    built = build_index(list(catalog.templates.values()))
    key = _stored.catalog_key(catalog)
    assert key is not None
    path = stored_file(catalog)
    assert _stored.save_index(path, key, built)
    read = _stored.load_index(
        path, key, list(catalog.templates.values()), defer_arrays=defer_arrays
    )
    assert read is not None
    return built, read


def test_the_stored_index_equals_the_built_one(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built, read = _saved_and_read(folder, monkeypatch)
    assert list(read.names) == built.names
    assert vars(read.lexicon) == vars(built.lexicon)
    assert dict(read.idf) == built.idf
    assert list(read.phrases) == built.phrases
    assert [type(p) for p in read.phrases] == [type(p) for p in built.phrases]
    assert list(read.phrase_ranges) == built.phrase_ranges
    assert dict(read.phrase_postings) == built.phrase_postings
    assert dict(read.context_postings) == built.context_postings
    assert [dict(s) for s in read.context_sources] == built.context_sources
    assert read.arrays is not None
    assert built.arrays is not None
    for field in dataclasses.fields(built.arrays):
        stored, fresh = getattr(read.arrays, field.name), getattr(built.arrays, field.name)
        if isinstance(fresh, dict):
            assert set(stored) == set(fresh)
            assert all(np.array_equal(stored[k], fresh[k]) for k in fresh)
        else:
            assert np.array_equal(stored, fresh)


def test_a_changed_template_rebuilds_the_index(folder: Path, builds: list[int]) -> None:
    assert match_request("rename a widget", catalog_of(folder)).best.is_fallback
    path = folder / "user_profile_update_a.yaml"
    text = path.read_text()
    assert "patterns:\n" in text
    path.write_text(text.replace("patterns:\n", "patterns:\n  - rename a widget\n", 1))
    clear_cache()
    best = match_request("rename a widget", catalog_of(folder)).best
    assert best.template == "user_profile_update_a"
    assert len(builds) == 2


def test_an_edit_keeping_size_and_modification_time_rebuilds_the_index(
    folder: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_later(monkeypatch)  # every file old enough for its stat signature to be trusted
    assert match_request("rename widget stock", catalog_of(folder)).best.is_fallback
    clear_cache()
    match_request("rename widget stock", catalog_of(folder))
    assert len(builds) == 1  # the second process read it back
    path = folder / "user_profile_update_a.yaml"
    edit_keeping_size_and_mtime(path, "change display name", "rename widget stock")
    clear_cache()
    best = match_request("rename widget stock", catalog_of(folder)).best
    assert best.template == "user_profile_update_a"
    assert len(builds) == 2


def test_an_added_or_removed_template_rebuilds_the_index(folder: Path, builds: list[int]) -> None:
    answers(catalog_of(folder))
    write_template(folder, "team_profile_update")
    clear_cache()
    catalog = catalog_of(folder)
    assert "team_profile_update" in _index.index_for(catalog).names
    (folder / "bulk_operation_b.yaml").unlink()
    clear_cache()
    catalog = catalog_of(folder)
    assert "bulk_operation_b" not in _index.index_for(catalog).names
    assert builds == [12, 13, 12]
    clear_cache()
    assert answers(catalog_of(folder)) == answers(catalog_of(folder))
    assert len(builds) == 3


def test_a_changed_matcher_rebuilds_the_index(
    folder: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = catalog_of(folder)
    answers(catalog)
    key = _stored.catalog_key(catalog)
    clear_cache()
    edited = "a different scoring or vocabulary"
    monkeypatch.setattr(_stored, "source_digest", lambda *packages: edited)
    assert _stored.catalog_key(catalog) != key
    answers(catalog_of(folder))
    assert len(builds) == 2


def test_the_key_covers_the_matcher_and_its_vocabulary() -> None:
    digest = source_digest("scaffold.matching", "scaffold.catalog")
    assert digest == source_digest("scaffold.matching", "scaffold.catalog")
    assert digest != source_digest("scaffold.catalog")
    vocabulary = Path(_index.__file__).with_name("_vocabulary.py")
    assert vocabulary.is_file()  # hashed with every other source of scaffold.matching


def corrupt_variants(good: bytes) -> dict[str, bytes]:
    middle = len(good) // 2
    return {
        "empty": b"",
        "garbage": b"not an index at all",
        "truncated": good[: len(good) - 10],
        "a flipped byte": good[:middle] + bytes([good[middle] ^ 0xFF]) + good[middle + 1 :],
        "another key": good[:16] + b"0" * 64 + good[80:],
    }


@pytest.mark.parametrize("variant", list(corrupt_variants(b"x" * 200)))
def test_a_corrupt_file_is_ignored_and_rebuilt(
    folder: Path, builds: list[int], variant: str
) -> None:
    first = answers(catalog_of(folder))
    path = stored_file(catalog_of(folder))
    path.write_bytes(corrupt_variants(path.read_bytes())[variant])
    clear_cache()
    assert answers(catalog_of(folder)) == first
    assert len(builds) == 2
    clear_cache()
    answers(catalog_of(folder))
    assert len(builds) == 2  # the rebuilt file is good


def test_a_file_of_another_catalog_is_ignored(tmp_path: Path, builds: list[int]) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    write_template(one, "team_one")
    write_template(two, "team_two")
    answers(catalog_of(one))
    answers(catalog_of(two))
    stored_file(catalog_of(two)).write_bytes(stored_file(catalog_of(one)).read_bytes())
    clear_cache()
    assert _index.index_for(catalog_of(two)).names == ["team_two"]
    assert len(builds) == 3


def test_no_file_without_the_cache(
    folder: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_VARIABLE, "1")
    catalog = catalog_of(folder)
    answers(catalog)
    assert not stored_file(catalog).exists()


def test_an_index_holding_what_the_format_cannot_store_stays_in_memory(
    folder: Path, tmp_path: Path
) -> None:
    catalog = catalog_of(folder)
    unstorable: dict[str, object] = {"x": re.compile("x")}
    index = dataclasses.replace(build_index(list(catalog.templates.values())), idf=unstorable)  # type: ignore[arg-type]
    assert not _stored.save_index(tmp_path / "index.idx", "0" * 64, index)
    assert not (tmp_path / "index.idx").exists()


def test_a_catalog_built_in_memory_has_no_key() -> None:
    source = Source("project", "memory", Path("memory"))
    catalog = catalog_of(Path(__file__).parents[2] / "registry")
    entries = {
        name: dataclasses.replace(entry, sha256=None, source=source)
        for name, entry in catalog.entries.items()
    }
    assert _stored.catalog_key(Catalog(entries, (source,))) is None


def test_a_stored_index_reads_its_arrays_back_only_from_its_second_match(
    folder: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_index, "VECTOR_FROM", 4)
    built = answers(catalog_of(folder))  # built, stored, and scored with numpy
    clear_cache()
    catalog = catalog_of(folder)
    first = match_request(DESCRIPTIONS[0], catalog, limit=8)
    index = _index.index_for(catalog)
    assert builds == [12]
    assert index.arrays is None  # the first match was scored in plain Python
    assert index.stored_arrays is not None
    assert answers(catalog) == built
    assert index.arrays is not None
    assert index.stored_arrays is None
    assert (first.to_dict(), [m.reasons for m in first.choices]) == built[0]


def test_a_one_off_match_on_a_stored_large_index_does_not_import_numpy(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_index, "VECTOR_FROM", 4)
    answers(catalog_of(folder))  # stores the index, arrays included
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from scaffold.catalog import Source, build_catalog\n"
        "from scaffold.matching import _index, match_request\n"
        "_index.VECTOR_FROM = 4\n"
        f"catalog = build_catalog([Source('project', 'project', Path({str(folder)!r}))])\n"
        "result = match_request('update profile', catalog, limit=8)\n"
        "print(result.choices[0].template, _index.index_for(catalog).stored_arrays is not None,"
        " 'numpy' in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    expected = match_request("update profile", catalog_of(folder), limit=8).choices[0].template
    assert run.stdout.split() == [expected, "True", "False"], run.stderr


class _CountingReads(list[Phrase]):
    """A list of phrases that counts the items read from it."""

    reads = 0

    def __getitem__(self, number: int) -> Phrase:  # type: ignore[override]
        type(self).reads += 1
        return super().__getitem__(number)


def test_a_stored_large_index_scores_from_its_phrase_columns(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built, read = _saved_and_read(folder, monkeypatch, defer_arrays=True)
    assert read.phrase_columns is not None
    columns = read.phrase_columns
    for number, phrase in enumerate(built.phrases):  # the same numbers, bit for bit
        row = (columns.template[number], columns.weight[number], columns.total[number])
        assert row == (phrase.template, phrase.weight, phrase.total)
        assert columns.actions[number] == phrase.actions
    plain = dataclasses.replace(built, arrays=None)
    # Without the arrays, every match is scored in plain Python, as a one-off match is.
    counted = dataclasses.replace(read, phrases=_CountingReads(read.phrases), stored_arrays=None)
    for description in DESCRIPTIONS:
        query = _score.read_query(plain, description)
        assert _score.rank(counted, query, 8) == _score.rank(plain, query, 8), description
    assert _CountingReads.reads == 0  # no phrase decoded to score
