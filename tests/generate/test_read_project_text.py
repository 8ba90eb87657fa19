"""How planning, applying, updating (strict) and status (lenient) read a project file."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.errors import UserError
from scaffold.generate import read_project_text


def test_a_missing_file_reads_as_none_in_both_modes(tmp_path: Path) -> None:
    (tmp_path / "file.py").write_text("x = 1\n")
    for lenient in (False, True):
        assert read_project_text(tmp_path / "absent.py", lenient=lenient) is None
        assert read_project_text(tmp_path / "file.py" / "below.py", lenient=lenient) is None
        assert read_project_text(tmp_path / "file.py", lenient=lenient) == "x = 1\n"


def test_a_folder_is_refused_strictly_and_absent_leniently(tmp_path: Path) -> None:
    (tmp_path / "thing.py").mkdir()
    with pytest.raises(UserError) as raised:
        read_project_text(tmp_path / "thing.py", folder_hint="choose another --name")
    assert str(raised.value) == (
        f"{tmp_path / 'thing.py'} is a folder, not a file (choose another --name)"
    )
    assert read_project_text(tmp_path / "thing.py", lenient=True) is None


def test_bytes_that_are_not_utf8_are_refused_strictly_and_replaced_leniently(
    tmp_path: Path,
) -> None:
    path = tmp_path / "latin1.py"
    path.write_bytes(b"name = '\xe9'\n")
    with pytest.raises(UserError, match="is not UTF-8 text; it cannot be merged"):
        read_project_text(path)
    assert read_project_text(path, lenient=True) == "name = '\ufffd'\n"
