"""E-mail checks for the generator's own sample values, remembered from run to run.

The generator checks its sample values, invalid cases and a template's examples with the
model the generated schema defines, e-mail fields included. Pydantic's ``EmailStr`` imports
email-validator as soon as a model using it is built, and that import compiles large Unicode
regular expressions: 50-100 ms, the largest single cost of a ``new function`` run. The values
checked are few and the same from run to run ("user@example.com", "not-an-email"...), so the
check models use ``checked_email``: pydantic's own ``validate_email``, whose verdict for each
value is kept in the user cache directory under the versions of pydantic and email-validator.
email-validator is imported only for a value not seen before. The generated code itself uses
``EmailStr``.
"""

from __future__ import annotations

import json
import os
import re
import threading
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from scaffold.catalog._cache import CACHE_VARIABLE, cache_root
from scaffold.catalog._files import write_bytes_atomically

__all__ = ["CheckedEmail", "checked_email"]

_INVALID = "value is not a valid email address: {reason}"
_KEPT = 4096  # verdicts at most: sample values, not user data


_VERSION_LINE = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)


def _validator_version() -> str:
    """email-validator's version, from the package's own ``version.py``, which is found
    without importing it. ``importlib.metadata`` would list the metadata of every installed
    distribution to find it (10-20 ms of each run); it stays the fallback."""
    from importlib.util import find_spec

    spec = find_spec("email_validator")
    if spec is None or spec.origin is None:
        return "not installed"
    try:
        text = Path(spec.origin).with_name("version.py").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    found = _VERSION_LINE.search(text)
    if found is not None:
        return found.group(1)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("email-validator")
    except PackageNotFoundError:
        return "not installed"


def _versions() -> str:
    import pydantic

    return f"pydantic {pydantic.VERSION}; email-validator {_validator_version()}"


def _path() -> Path:
    return cache_root() / "email-checks.json"


def _read() -> dict[str, list[str]]:
    if os.environ.get(CACHE_VARIABLE):
        return {}
    try:
        data = json.loads(_path().read_bytes())
    except (OSError, ValueError):
        return {}
    if type(data) is not dict or data.get("versions") != _versions():
        return {}
    stored = data.get("verdicts")
    if type(stored) is not dict:
        return {}
    return {
        value: verdict
        for value, verdict in stored.items()
        if type(verdict) is list
        and len(verdict) == 2
        and verdict[0] in ("valid", "invalid")
        and type(verdict[1]) is str
    }


def _save(verdicts: dict[str, list[str]]) -> None:
    if os.environ.get(CACHE_VARIABLE) or len(verdicts) > _KEPT:
        return
    data = {"versions": _versions(), "verdicts": verdicts}
    try:
        write_bytes_atomically(_path(), json.dumps(data, ensure_ascii=False).encode())
    except OSError:
        return  # a cache that cannot be written only costs time


class _Verdicts:
    """The verdicts known, read from the cache on first use; new ones written back."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._known: dict[str, list[str]] | None = None

    def of(self, value: str) -> list[str]:
        with self._lock:
            if self._known is None:
                self._known = _read()
            known = self._known.get(value)
        if known is not None:
            return known
        from pydantic.networks import validate_email

        try:
            found = ["valid", validate_email(value)[1]]
        except PydanticCustomError as error:
            context = error.context or {}
            found = ["invalid", str(context.get("reason", error.message()))]
        with self._lock:
            self._known[value] = found
            _save(self._known)
        return found


_VERDICTS = _Verdicts()


def checked_email(value: str) -> str:
    """What ``EmailStr`` makes of ``value``: the normalized address, or the same error."""
    kind, text = _VERDICTS.of(value)
    if kind == "invalid":
        raise PydanticCustomError("value_error", _INVALID, {"reason": text})
    return text


CheckedEmail: Any = Annotated[str, AfterValidator(checked_email)]
"""The check models' e-mail type: ``EmailStr``'s verdicts, email-validator imported on a miss."""
