"""Build this tool's own pydantic models without looking up pydantic plugins.

The first pydantic model built in a process makes pydantic list the entry points of every
installed distribution, looking for plugins (10-30 ms). A plugin observes the validation of a
program's data; the catalog's models (template files) and the generator's check models (its
own sample values) are internal to this tool, with nothing for one to observe. Typer builds its
parameter adapters the same way. Models built outside (a user's, the runtime's) still get the
plugins: the look-up is skipped, not cached as empty.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["without_pydantic_plugins"]

_VARIABLE = "PYDANTIC_DISABLE_PLUGINS"


@contextmanager
def without_pydantic_plugins() -> Iterator[None]:
    """Models (and their validators) built inside get no pydantic plugins."""
    previous = os.environ.get(_VARIABLE)
    os.environ[_VARIABLE] = "__all__"
    try:
        yield
    finally:
        if previous is None:
            del os.environ[_VARIABLE]
        else:
            os.environ[_VARIABLE] = previous
