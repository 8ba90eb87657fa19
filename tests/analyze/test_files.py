"""Robust discovery: bad syntax, odd encodings, huge files, symlink loops, vendored folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scaffold.analyze import analyze_path

ROUTE = "from fastapi import FastAPI\napp = FastAPI()\n@app.post('/x')\ndef x():\n    pass\n"


def _write(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


def test_statements_that_do_not_parse_are_reported_and_the_rest_analyzed(tmp_path: Path) -> None:
    _write(tmp_path / "good.py", ROUTE)
    _write(tmp_path / "broken.py", ROUTE + "def (:\n")
    _write(tmp_path / "future.py", ROUTE + "match = lambda: (yield from x) := 1\n")
    report = analyze_path(tmp_path)
    assert [h.file for h in report.handlers] == ["broken.py", "future.py", "good.py"]
    skipped = {s.file: s for s in report.skipped}
    assert set(skipped) == {"broken.py", "future.py"}
    assert skipped["broken.py"].line == 6
    assert skipped["future.py"].line == 6
    assert "line 6 does not parse with Python 3." in skipped["broken.py"].reason
    assert "the rest of the file was analyzed" in skipped["broken.py"].reason


def test_encodings_cookie_bom_and_undecodable(tmp_path: Path) -> None:
    latin = "# -*- coding: latin-1 -*-\n" + ROUTE.replace("'/x'", "'/caf\xe9'")
    _write(tmp_path / "latin.py", latin.encode("latin-1"))
    _write(tmp_path / "bom.py", b"\xef\xbb\xbf" + ROUTE.replace("'/x'", "'/bom'").encode())
    _write(tmp_path / "bad.py", b"x = '\xff\xfe'\n" + ROUTE.encode())
    _write(tmp_path / "nul.py", ROUTE.encode() + b"\x00")
    report = analyze_path(tmp_path)
    assert sorted(h.path for h in report.handlers) == ["/bom", "/caf\xe9"]
    assert {s.file for s in report.skipped} == {"bad.py", "nul.py"}


def test_huge_files_are_skipped_with_the_limit(tmp_path: Path) -> None:
    _write(tmp_path / "big.py", ROUTE + "#" * 5000 + "\n")
    report = analyze_path(tmp_path, max_bytes=1000)
    assert report.handlers == []
    assert report.skipped[0].reason.startswith("too large")


def test_vendored_folders_are_excluded_unless_asked(tmp_path: Path) -> None:
    for folder in (".venv/lib", "node_modules/pkg", "lib/site-packages/dep", "env2"):
        _write(tmp_path / folder / "app.py", ROUTE)
    _write(tmp_path / "env2" / "pyvenv.cfg", "home = /usr\n")
    _write(tmp_path / "src" / "app.py", ROUTE)
    assert [h.file for h in analyze_path(tmp_path).handlers] == ["src/app.py"]
    everything = analyze_path(tmp_path, default_excludes=False)
    assert len(everything.handlers) == 4  # a folder with pyvenv.cfg is a virtualenv anyway
    assert [h.file for h in analyze_path(tmp_path, excludes=["src"]).handlers] == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loops_end(tmp_path: Path) -> None:
    _write(tmp_path / "pkg" / "app.py", ROUTE)
    (tmp_path / "pkg" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "dangling.py").symlink_to(tmp_path / "missing.py")
    report = analyze_path(tmp_path)
    assert [h.file for h in report.handlers] == ["pkg/app.py"]
    reasons = {s.file: s.reason for s in report.skipped}
    assert reasons["pkg/loop/"].startswith("symlink loop")
    assert reasons["dangling.py"] == "broken symlink"


def test_a_single_file_can_be_analyzed(tmp_path: Path) -> None:
    _write(tmp_path / "one.py", ROUTE)
    report = analyze_path(tmp_path / "one.py")
    assert [(h.file, h.route) for h in report.handlers] == [("one.py", "POST /x")]


@pytest.mark.parametrize("app", ["fastapi_shop", "flask_blog", "django_shop", "starlette_notes"])
def test_the_prefilter_never_changes_the_result(app: str) -> None:
    root = Path(__file__).parent / "fixtures" / app
    fast, full = analyze_path(root), analyze_path(root, prefilter=False)
    assert fast.handlers == full.handlers
    assert fast.findings == full.findings
    assert fast.files_parsed <= full.files_parsed


def test_a_confined_walk_does_not_follow_symlinks_out_of_its_fence(tmp_path: Path) -> None:
    """The MCP server's analysis: links out of its root are skipped; the CLI follows them."""
    root, elsewhere = tmp_path / "root", tmp_path / "elsewhere"
    (root / "pkg").mkdir(parents=True)
    elsewhere.mkdir()
    route = (
        "from fastapi import FastAPI\napp = FastAPI()\n\n\n@app.post('/{0}')\n"
        "def {0}():\n    pass\n"
    )
    (elsewhere / "outside.py").write_text(route.format("outside"))
    (root / "pkg" / "inside.py").write_text(route.format("inside"))
    (root / "linked").symlink_to(elsewhere, target_is_directory=True)
    (root / "pkg" / "linked_file.py").symlink_to(elsewhere / "outside.py")
    (root / "pkg" / "again.py").symlink_to("inside.py")

    confined = analyze_path(root, confine=root)
    assert sorted(h.function for h in confined.handlers) == ["inside", "inside"]
    reasons = {s.file: s.reason for s in confined.skipped}
    assert reasons["linked"] == "symlink out of the analyzed root, not followed"
    assert reasons["pkg/linked_file.py"] == "symlink out of the analyzed root, not followed"

    followed = analyze_path(root)
    assert sorted(h.function for h in followed.handlers) == [
        "inside",
        "inside",
        "outside",
        "outside",
    ]
