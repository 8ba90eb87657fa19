"""An offline wheelhouse made from the distributions installed in this environment.

pip cannot download anything in the tests, and a ``.pth`` file exposing this environment's
site-packages would let a fresh environment import whatever is installed here, whether its
project asked for it or not. Instead each installed distribution is packed back into a wheel
(its files as listed in its RECORD, under a new RECORD), so ``pip install --no-index
--find-links`` resolves a project's dependencies for real and installs only what they require.
"""

from __future__ import annotations

import base64
import hashlib
import zipfile
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.tags import sys_tags
from packaging.utils import canonicalize_name

# Files pip writes at install time: not part of the wheel that was installed.
_INSTALL_ONLY = {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"}


def _installed(name: str) -> metadata.Distribution:
    return metadata.distribution(name)


def requirement_closure(requirements: Iterable[str], skip: set[str]) -> set[str]:
    """Canonical names of the installed distributions ``requirements`` need, transitively."""
    found: set[str] = set()
    queue = [(Requirement(text), frozenset[str]()) for text in requirements]
    seen: set[tuple[str, frozenset[str]]] = set()
    while queue:
        requirement, from_extras = queue.pop()
        if requirement.marker is not None and not any(
            requirement.marker.evaluate({"extra": extra}) for extra in (from_extras or {""})
        ):
            continue
        name = canonicalize_name(requirement.name)
        key = (name, frozenset(requirement.extras))
        if key in seen:
            continue
        seen.add(key)
        if name not in skip:
            found.add(name)
        extras = frozenset(requirement.extras)
        for text in _installed(name).requires or []:
            queue.append((Requirement(text), extras))
    return found


def _tag(dist_info: Path) -> str:
    """The first tag of the wheel this distribution came from that this interpreter supports."""
    supported = {str(tag) for tag in sys_tags()}
    tags = [
        line.removeprefix("Tag:").strip()
        for line in (dist_info / "WHEEL").read_text(encoding="utf-8").splitlines()
        if line.startswith("Tag:")
    ]
    for tag in tags:
        if tag in supported:
            return tag
    raise AssertionError(f"{dist_info.name}: none of its tags {tags} fits this interpreter")


def _record_line(path: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def repack(name: str, outdir: Path) -> Path:
    """Write the wheel of installed distribution ``name`` into ``outdir``."""
    dist = _installed(name)
    files = dist.files or []
    dist_info = next(
        Path(str(dist.locate_file(file))).parent
        for file in files
        if file.name == "METADATA" and file.parent.name.endswith(".dist-info")
    )
    site = dist_info.parent
    project = canonicalize_name(dist.metadata["Name"]).replace("-", "_")
    wheel = outdir / f"{project}-{dist.version}-{_tag(dist_info)}.whl"
    record: list[str] = []
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_STORED) as archive:
        for file in files:
            relative = file.as_posix()
            if relative.startswith("..") or "__pycache__" in file.parts:
                continue  # console scripts (pip writes them again) and byte-code
            if file.parent.name == dist_info.name and file.name in _INSTALL_ONLY:
                continue
            source = site / relative
            if not source.is_file():
                continue
            data = source.read_bytes()
            archive.writestr(relative, data)
            record.append(_record_line(relative, data))
        record.append(f"{dist_info.name}/RECORD,,")
        archive.writestr(f"{dist_info.name}/RECORD", "\n".join(record) + "\n")
    return wheel
