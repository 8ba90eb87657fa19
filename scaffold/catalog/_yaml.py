"""Safe YAML reading that remembers where every value came from.

``yaml.safe_load`` forgets positions; here the document is composed into nodes (which keep
their line and column), checked, then constructed with PyYAML's safe constructor. Anchors and
aliases are refused (a template never needs them, and they are how "billion laughs" documents
blow up), as are duplicate keys, which PyYAML would otherwise silently let the last one win.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scaffold.catalog._errors import Problem
from scaffold.catalog._files import MAX_FILE_BYTES

__all__ = ["MAX_FILE_BYTES", "Document", "locate", "parse"]

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Document:
    """A parsed file: its data and the node tree that locates each value."""

    path: Path
    data: Any
    root: yaml.Node


def _structure_problems(path: Path, root: yaml.Node) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            mark = node.start_mark
            problems.append(
                Problem(
                    path,
                    mark.line + 1,
                    mark.column + 1,
                    "",
                    "YAML anchors and aliases are not allowed in templates",
                )
            )
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, yaml.Node] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    first = keys.get(key.value)
                    if first is not None:
                        mark = key.start_mark
                        problems.append(
                            Problem(
                                path,
                                mark.line + 1,
                                mark.column + 1,
                                "",
                                f"duplicate key {key.value!r} "
                                f"(first at line {first.start_mark.line + 1})",
                            )
                        )
                    else:
                        keys[key.value] = key
                stack.extend((value, key))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return problems


def parse(path: Path, text: str) -> tuple[Document | None, list[Problem]]:
    """Parse one YAML document; on failure return the problems, each with its position."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        return None, [
            Problem(
                path,
                1,
                1,
                "",
                f"file is larger than {MAX_FILE_BYTES // 1024} KiB; templates are short files",
            )
        ]
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, [Problem(path, 1, 1, "", "file is empty; a template is a YAML mapping")]
        problems = _structure_problems(path, root)
        if problems:
            return None, problems
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = " ".join(part for part in (error.context, error.problem) if part)
        return None, [Problem(path, line, column, "", f"invalid YAML: {detail}")]
    except yaml.YAMLError as error:
        return None, [Problem(path, 1, 1, "", f"invalid YAML: {error}")]
    finally:
        loader.dispose()
    return Document(path, data, root), []


def locate(root: yaml.Node, loc: Sequence[str | int], *, at_key: bool = False) -> tuple[int, int]:
    """The 1-based line and column of the value at ``loc`` (or of the nearest ancestor found).

    With ``at_key`` the position is that of the last mapping key on the way (for errors about
    the key itself, such as an unknown key).
    """
    node = root
    key_node: yaml.Node | None = None
    for part in loc:
        if part == "[key]":
            break
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                    node, key_node = value, key
                    break
            else:
                break
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(part, int)
            and 0 <= part < len(node.value)
        ):
            node, key_node = node.value[part], None
        else:
            break
    else:
        if at_key and key_node is not None:
            node = key_node
    if loc and loc[-1] == "[key]" and key_node is not None:
        node = key_node
    mark = node.start_mark
    return mark.line + 1, mark.column + 1
