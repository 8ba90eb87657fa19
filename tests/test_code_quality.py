"""The project's own standards, checked by the suite so CI enforces them: lint, format, types.

The checks start when collection ends (``tests/code_quality.py``); each test waits for its own.
"""

from __future__ import annotations

import pytest

from tests.code_quality import CHECKS, result


@pytest.mark.parametrize("name", list(CHECKS), ids=list(CHECKS))
def test_the_tree_is_clean(name: str) -> None:
    code, output = result(name)
    assert code == 0, output
