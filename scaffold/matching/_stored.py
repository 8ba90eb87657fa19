"""The matching index of a catalog, kept on disk beside the parse cache.

Building the index of thousands of templates takes seconds (every template validated and
analysed); a warm ``scaffold match`` reads it back instead. The index is treated as data: each
field of ``Index`` is stored by what its value is (plain data, a list or mapping decoded an
item at a time on first use, named tuples, numpy arrays, plain objects of the matcher), so a
new field needs no change here, and a value this module cannot store only means the index is
rebuilt in memory, as before.

The file is named after the catalog's sources and holds one index. Its key, checked on every
read, covers what the index was built from:

* the content digest of every template file, by name (any template changed, added, removed
  or overriding another gives another key);
* the sources of ``scaffold.matching`` (scoring and vocabulary) and ``scaffold.catalog`` (the
  model the templates are read into), so a changed matcher never reads an old index;
* the Python version (``marshal``'s format) and this module's format.

A file with another key, a bad checksum or anything unreadable is ignored and replaced;
writes are atomic. ``SCAFFOLD_NO_CACHE`` turns it off, as it does the parse cache.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import importlib
import marshal
import mmap
import os
import struct
import sys
import zlib
from array import array
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scaffold.catalog._cache import CACHE_VARIABLE, cache_root, source_digest
from scaffold.catalog._files import write_bytes_atomically

if TYPE_CHECKING:
    from scaffold.catalog import Catalog, CatalogEntry, Template
    from scaffold.matching._index import Index, PhraseColumns

__all__ = ["catalog_key", "index_path", "load_index", "save_index", "stored_index"]

_MAGIC = b"scaffold-index\x00\x01"
_HEAD = struct.Struct("<16s64sIQ")  # magic, key, crc32 of the rest, size of the contents
_LAZY_BYTES = 256 * 1024  # lists and mappings larger than this are decoded an item at a time
_ALIGN = 8
_OWN_MODULES = "scaffold.matching."


class _Unsupported(Exception):
    """A value this format cannot store: the index stays in memory only."""


class _Corrupt(Exception):
    """A stored index that cannot be what this code wrote."""


# ---- the key -----------------------------------------------------------------------------------


def catalog_key(catalog: Catalog) -> str | None:
    """What the index of ``catalog`` depends on, as a digest; ``None`` when a template's file
    content is unknown (a catalog built in memory)."""
    hasher = hashlib.sha256(_MAGIC)
    code = source_digest("scaffold.matching", "scaffold.catalog")
    hasher.update(f"{code}\0{sys.version_info[:2]}\0{marshal.version}\0".encode())
    for name, entry in catalog.entries.items():
        if entry.sha256 is None:
            return None
        hasher.update(f"{name}\0{entry.sha256}\0".encode())
    return hasher.hexdigest()


def index_path(catalog: Catalog) -> Path:
    """One file per combination of sources (project, added registries, built-in)."""
    where = "\0".join(f"{s.kind}:{s.name}:{os.fspath(s.root)}" for s in catalog.sources)
    name = hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return cache_root() / "index" / f"{name}.idx"


# ---- views decoded on use --------------------------------------------------------------------


class _Templates(Sequence["Template"]):
    """The catalog's templates in index order; each validated when first read."""

    def __init__(self, entries: Sequence[CatalogEntry]) -> None:
        self._entries = entries

    def __getitem__(self, number: int) -> Template:  # type: ignore[override]
        return self._entries[number].template

    def __len__(self) -> int:
        return len(self._entries)


class _Items(Sequence[Any]):
    """A stored list: each item decoded on first read, then kept."""

    def __init__(self, data: memoryview, offsets: array[int], decode: Any) -> None:
        self._data = data
        self._offsets = offsets
        self._decode = decode
        self._items: list[Any] = [_MISSING] * (len(offsets) - 1)

    def __getitem__(self, number: int) -> Any:  # type: ignore[override]
        if number < 0:
            number += len(self._items)
        item = self._items[number]
        if item is _MISSING:
            start, end = self._offsets[number], self._offsets[number + 1]
            item = self._items[number] = self._decode(self._data[start:end])
        return item

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Any]:
        return map(self.__getitem__, range(len(self._items)))


class _Entries(Mapping[Any, Any]):
    """A stored mapping: keys read at once, each value decoded on first read."""

    def __init__(self, keys: list[Any], values: _Items) -> None:
        self._positions = dict(zip(keys, range(len(keys)), strict=True))
        self._values = values

    def __getitem__(self, key: Any) -> Any:
        return self._values[self._positions[key]]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)

    def __contains__(self, key: object) -> bool:
        return key in self._positions


_MISSING = object()


# ---- encoding ----------------------------------------------------------------------------------


def _class_name(value: object) -> str:
    cls = type(value)
    if not cls.__module__.startswith(_OWN_MODULES):
        raise _Unsupported(f"{cls.__module__}.{cls.__qualname__}")
    return f"{cls.__module__}:{cls.__qualname__}"


def _find_class(name: str) -> type:
    module, _, qualname = name.partition(":")
    if not module.startswith(_OWN_MODULES):
        raise _Corrupt(name)
    found: Any = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    if not isinstance(found, type):
        raise _Corrupt(name)
    return found


class _Writer:
    """Lays out the blobs of one index; descriptions say how to read each value back."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.size = 0

    def blob(self, data: bytes) -> tuple[int, int]:
        padding = -self.size % _ALIGN
        if padding:
            self.chunks.append(b"\0" * padding)
            self.size += padding
        start = self.size
        self.chunks.append(data)
        self.size += len(data)
        return start, len(data)

    def value(self, value: Any, *, lazy: bool = True) -> tuple[Any, ...]:
        """How ``value`` is stored (``_Unsupported`` when it cannot be).

        Plain data is stored whole; with ``lazy``, a large list or mapping is stored an item
        at a time, so reading the index decodes only the items a match looks at.
        """
        if type(value).__module__ == "numpy":
            return self.array(value)
        data = marshal.dumps(value) if _is_plain(value) else None
        container = type(value) in (list, dict) and len(value) > 0
        if data is not None and not (lazy and container and len(data) > _LAZY_BYTES):
            return ("plain", self.blob(data))
        if container and isinstance(value, dict):
            keys = self.blob(_plain(list(value)))
            return ("map", keys, self.items(list(value.values())))
        if container:
            return ("list", self.items(value))
        if dataclasses.is_dataclass(value) or hasattr(value, "__dict__"):
            return self.instance(value)
        raise _Unsupported(type(value).__qualname__)

    def items(self, values: list[Any]) -> tuple[Any, ...]:
        """A list stored an item at a time: all plain data, all arrays, or one named tuple."""
        first = values[0]
        if isinstance(first, tuple) and type(first) is not tuple:
            cls = type(first)
            kind: tuple[Any, ...] = ("row", _class_name(first))
            blobs = [_plain(tuple(v)) if type(v) is cls else _fail(v) for v in values]
        elif type(first).__module__ == "numpy":
            kind = ("array", str(first.dtype))
            blobs = [_array_bytes(v, first.dtype) for v in values]
        else:
            kind = ("plain",)
            blobs = [_plain(v) for v in values]
        offsets = array("Q", [0])
        for data in blobs:
            offsets.append(offsets[-1] + len(data))
        return kind, self.blob(offsets.tobytes()), self.blob(b"".join(blobs))

    def array(self, value: Any) -> tuple[Any, ...]:
        if value.ndim != 1:
            raise _Unsupported("an array of more than one dimension")
        return ("array", str(value.dtype), self.blob(_array_bytes(value, value.dtype)))

    def instance(self, value: Any) -> tuple[Any, ...]:
        if dataclasses.is_dataclass(value):
            names = [field.name for field in dataclasses.fields(value)]
        else:
            names = list(vars(value))
        fields = {name: self.value(getattr(value, name), lazy=False) for name in names}
        return ("object", _class_name(value), fields)


def _unmarshal(blob: bytes | memoryview) -> Any:
    """Plain data back from ``marshal``, which, unlike pickle, builds values and runs nothing.

    Only files this module wrote into the user's own cache directory get here, after their
    key and checksum were checked.
    """
    return marshal.loads(blob)  # noqa: S302 - see above


_SCALARS = frozenset({type(None), bool, int, float, str, bytes})
_COLLECTIONS = frozenset({list, tuple, set, frozenset})


def _is_plain(value: Any) -> bool:
    """Whether ``marshal`` gives ``value`` back as it is: builtin types only, no subclasses
    (it would write a named tuple as a tuple, or an array as bytes)."""
    kind = type(value)
    if kind in _SCALARS:
        return True
    if kind in _COLLECTIONS:
        return all(map(_is_plain, value))
    if kind is dict:
        return all(map(_is_plain, value)) and all(map(_is_plain, value.values()))
    return False


def _plain(value: Any) -> bytes:
    if not _is_plain(value):
        raise _Unsupported(type(value).__qualname__)
    return marshal.dumps(value)


def _fail(value: Any) -> bytes:
    raise _Unsupported(f"a list mixing {type(value).__qualname__} with other types")


def _array_bytes(value: Any, dtype: Any) -> bytes:
    if type(value).__module__ != "numpy" or value.dtype != dtype or value.ndim != 1:
        raise _Unsupported("a list of arrays of different types")
    data: bytes = value.tobytes()
    return data


def save_index(path: Path, key: str, index: Index) -> bool:
    """Write ``index`` under ``key``; False when it holds what this format cannot store."""
    writer = _Writer()
    try:
        fields = {
            field.name: writer.value(getattr(index, field.name))
            for field in dataclasses.fields(index)
            if field.name not in ("templates", "stored_arrays", "matches", "phrase_columns")
        }
    except _Unsupported:
        return False
    contents = b"".join(writer.chunks)
    toc = marshal.dumps(fields)
    body = struct.pack("<Q", len(toc)) + toc + contents
    head = _HEAD.pack(_MAGIC, key.encode("ascii"), zlib.crc32(body), len(body))
    try:
        write_bytes_atomically(path, head + body)
    except OSError:
        return False  # a cache that cannot be written only costs time
    return True


# ---- decoding ----------------------------------------------------------------------------------


class _Reader:
    def __init__(self, contents: memoryview) -> None:
        self.contents = contents

    def blob(self, where: tuple[int, int]) -> memoryview:
        start, size = where
        if start < 0 or size < 0 or start + size > len(self.contents):
            raise _Corrupt("a value outside the file")
        return self.contents[start : start + size]

    def value(self, description: tuple[Any, ...]) -> Any:
        kind = description[0]
        if kind == "plain":
            return _unmarshal(self.blob(description[1]))
        if kind == "list":
            return self.items(*description[1])
        if kind == "map":
            keys = _unmarshal(self.blob(description[1]))
            return _Entries(keys, self.items(*description[2]))
        if kind == "array":
            return self.array(description[1], description[2])
        if kind == "object":
            cls = _find_class(description[1])
            made: Any = object.__new__(cls)
            for name, field in description[2].items():
                object.__setattr__(made, name, self.value(field))
            return made
        raise _Corrupt(f"unknown kind {kind!r}")

    def items(
        self, kind: tuple[Any, ...], offsets: tuple[int, int], data: tuple[int, int]
    ) -> _Items:
        bounds = array("Q")
        bounds.frombytes(self.blob(offsets))
        if not bounds or bounds[-1] != data[1]:
            raise _Corrupt("item offsets")
        decode: Any = _unmarshal
        if kind[0] == "row":
            make = _find_class(kind[1])._make  # type: ignore[attr-defined]

            def decode(blob: memoryview) -> Any:
                return make(_unmarshal(blob))

        elif kind[0] == "array":
            decode = self._array_decoder(kind[1])
        return _Items(self.blob(data), bounds, decode)

    def _array_decoder(self, dtype: str) -> Any:
        import numpy as np

        def decode(blob: memoryview) -> Any:
            return np.frombuffer(blob, dtype=dtype)

        return decode

    def array(self, dtype: str, where: tuple[int, int]) -> Any:
        return self._array_decoder(dtype)(self.blob(where))

    def columns(self, arrays: tuple[Any, ...]) -> PhraseColumns | None:
        """The phrase numbers of stored numpy arrays as typed views of the file, no numpy.

        The views hold the very numbers numpy would (same bytes, same machine), so scoring
        with them gives the same floats. ``None`` when the arrays are not stored as expected.
        """
        from scaffold.matching._index import PhraseColumns

        if arrays[0] != "object":
            return None
        fields = arrays[2]
        views: dict[str, Sequence[Any]] = {}
        for name in PhraseColumns._fields:
            stored = fields.get(f"phrase_{name}")
            if stored is None or stored[0] != "array" or stored[1] not in ("int64", "float64"):
                return None
            view = self.blob(stored[2])  # numpy wrote them in this machine's byte order
            views[name] = view.cast("q") if stored[1] == "int64" else view.cast("d")
        return PhraseColumns(**views)


def load_index(
    path: Path, key: str, templates: Sequence[Template], *, defer_arrays: bool = False
) -> Index | None:
    """The index stored at ``path`` when it was built under ``key``, else ``None``.

    ``defer_arrays``: the numpy arrays are read back on the index's second match (see
    ``Index.stored_arrays``), so a one-off match does not import numpy.
    """
    from scaffold.matching._index import Index

    try:
        with path.open("rb") as stream:  # mapped: only the pages a match reads are loaded
            raw = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # ValueError: an empty file
        return None
    if len(raw) < _HEAD.size:
        return None
    magic, stored_key, crc, size = _HEAD.unpack_from(raw)
    body = memoryview(raw)[_HEAD.size :]
    if (magic, stored_key) != (_MAGIC, key.encode("ascii")) or size != len(body):
        return None
    if zlib.crc32(body) != crc:
        return None
    try:
        (toc_size,) = struct.unpack_from("<Q", body)
        fields = _unmarshal(body[8 : 8 + toc_size])
        reader = _Reader(body[8 + toc_size :])
        arrays = fields.pop("arrays") if defer_arrays else None
        values = {name: reader.value(field) for name, field in fields.items()}
        index = Index(templates=templates, **values)  # type: ignore[arg-type]
        if arrays is not None and arrays[0] != "plain":  # stored None is "plain"
            index.stored_arrays = functools.partial(reader.value, arrays)
            index.phrase_columns = reader.columns(arrays)
    except (
        _Corrupt,
        ValueError,
        TypeError,
        EOFError,
        KeyError,
        AttributeError,
        ImportError,
        struct.error,
    ):
        return None
    return index


def stored_index(catalog: Catalog) -> Index | None:
    """The index of ``catalog`` from disk, or built and stored; ``None`` when it has no key."""
    if os.environ.get(CACHE_VARIABLE):
        return None
    key = catalog_key(catalog)
    if key is None:
        return None
    path = index_path(catalog)
    entries = list(catalog.entries.values())
    collecting = gc.isenabled()
    gc.disable()  # thousands of long-lived objects: nothing for the collector to find
    try:
        index = load_index(path, key, _Templates(entries), defer_arrays=True)
        if index is not None and list(index.names) == list(catalog.entries):
            return index
        from scaffold.matching._index import build_index

        index = build_index([entry.template for entry in entries])
        save_index(path, key, index)
    finally:
        if collecting:
            gc.enable()
    return index
