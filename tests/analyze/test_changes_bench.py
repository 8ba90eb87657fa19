"""``bench/analyze_changes.py``: two checkouts of scaffold over the same tree, route by route."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.analyze.test_loop_includes import _tree
from tests.bench_scripts import BENCH, load_bench

ROOT = Path(__file__).resolve().parents[2]
MAIN = """\
from fastapi import FastAPI

from app.routers import notes, tags

app = FastAPI()
for router in (notes.router, tags.router):
    app.include_router(router, prefix="/api")
"""


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))  # the script imports its sibling scripts
    return load_bench("analyze_changes")


def test_the_same_checkout_reads_every_route_alike(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, text in _tree(MAIN).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert bench.main(["--before", str(ROOT), "--tree", f"loop={tmp_path}"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("loop | 3 | 0 | ")
    assert lines[-1] == "all | | 0 |"


def test_a_route_read_at_another_path_or_guard_is_changed(bench: ModuleType) -> None:
    place = ("app/routers/notes.py", 6, "read_notes")
    before = {place: ("GET /notes/{item_id}", False, False, False)}
    after = {place: ("GET /api/notes/{item_id}", False, False, False)}
    assert bench.changed(before, after) == [("read_notes", before[place], after[place])]
    assert bench.changed(before, dict(before)) == []
