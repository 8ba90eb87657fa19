"""Render the generated files from the Jinja2 templates in ``scaffold/templates/``.

The environment is sandboxed (templates can call nothing unsafe) with ``StrictUndefined`` (a
missing value is an error, not an empty string). Text reaches the output only through a filter
made for its target: ``pystr`` (Python string literal), ``doc`` (docstring or comment text),
``md`` (one Markdown line), ``md_code`` (inside backticks). Code fragments with a variable
length are built in Python, one module per file they go into (``_render_endpoint``,
``_render_service``, ``_render_tests``, with the helpers of ``scaffold.generate._pysource``),
so every line is already in the form ``ruff format`` writes; this module feeds them to the
templates.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scaffold._visible import visible
from scaffold.generate._design import Design
from scaffold.generate._pysource import (
    doc_lines,
    doc_text,
    docstring,
    from_import,
    import_lines,
    py_str,
)
from scaffold.generate._render_endpoint import endpoint_context
from scaffold.generate._render_service import service_context
from scaffold.generate._render_tests import test_context
from scaffold.generate._scenarios import Scenario, plan_scenarios

if TYPE_CHECKING:
    from jinja2.bccache import Bucket, BytecodeCache
    from jinja2.sandbox import SandboxedEnvironment

__all__ = ["Rendered", "render_endpoint", "render_function", "render_store_files"]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def _md(text: str) -> str:
    """One Markdown line: no line breaks or control characters, Markdown and HTML escaped."""
    flat = re.sub(r"([\\`*_\[\]<>|])", r"\\\1", visible(" ".join(str(text).split())))
    return re.sub(r"^([#+\-]|\d+[.)])", r"\\\1", flat)


def _md_code(text: str) -> str:
    return visible(" ".join(str(text).split())).replace("`", "'")


def _bytecode_cache() -> BytecodeCache | None:
    """Jinja's compiled templates, kept between runs as Python keeps ``.pyc`` files.

    Compiling the five templates costs more than rendering them (about 0.1 s of every
    ``scaffold new function``). Jinja keys each entry on the template's name and a checksum
    of its source, and on its own and Python's versions, so an edited template is compiled
    afresh. The cache lives in the user cache directory beside the registry's parse cache and
    obeys the same switch (``SCAFFOLD_NO_CACHE``); a cache that cannot be written is skipped.
    """
    from jinja2 import FileSystemBytecodeCache

    from scaffold.catalog._cache import CACHE_VARIABLE

    if os.environ.get(CACHE_VARIABLE):
        return None

    class QuietCache(FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: Bucket) -> None:
            try:
                Path(self.directory).mkdir(parents=True, exist_ok=True)
                super().dump_bytecode(bucket)
            except OSError:
                return  # read-only or full cache directory: compile again next time

    from platformdirs import user_cache_path

    return QuietCache(str(user_cache_path("contract-scaffold") / "jinja"), "%s.cache")


@cache
def environment() -> SandboxedEnvironment:
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(TEMPLATES)),
        bytecode_cache=_bytecode_cache(),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(pystr=py_str, doc=doc_text, md=_md, md_code=_md_code)
    env.globals.update(doc_lines=doc_lines, docstring=docstring)
    return env


_PINS = {  # what a rate-limit test proves beyond the clause being there
    "window": ": and the window's length, on a stopped clock",
    "key": ": and whose calls share the budget",
}


def _checklist_context(design: Design, scenarios: list[Scenario], test_path: str) -> dict[str, Any]:
    items = []
    for clause in design.clauses:
        tests = []
        for scenario in scenarios:
            for group in scenario.covers:
                if clause.id in group:
                    also = [g for g in group if g != clause.id]
                    note = f" (fails once {', '.join(also)} is deleted too)" if also else ""
                    note += _PINS.get(scenario.rate or "", "")
                    tests.append({"ref": f"{test_path}::{scenario.name}", "note": note})
        items.append({"title": clause.title, "code": clause.code, "tests": tests})
    others = [{"doc": s.doc, "ref": f"{test_path}::{s.name}"} for s in scenarios if not s.covers]
    return {"items": items, "others": others, "manual": list(design.template.checklist)}


def _common(design: Design, paths: Mapping[str, str]) -> dict[str, Any]:
    """What every template may name: the design and the paths of the files that cite others."""
    return {
        "d": design,
        "test_path": paths["test"],
        "checklist_path": paths["checklist"],
        "endpoint_path": paths["endpoint"],
    }


def render_endpoint(
    design: Design, paths: Mapping[str, str], without: frozenset[str] = frozenset()
) -> str:
    """The endpoint module alone, optionally ``without`` some clauses (for mutation tests)."""
    template = environment().get_template("endpoint.py.jinja")
    return template.render(_common(design, paths), **endpoint_context(design, without))


def render_store_files(design: Design) -> tuple[str, str]:
    """The stores package's files: the repository protocol, and this resource's store."""
    env = environment()
    base = env.get_template("store_base.py.jinja").render()
    base_import = from_import(
        f"{design.stores_package}.base", ["InMemoryRepository", "Record", "Repository"]
    )
    store = env.get_template("store.py.jinja").render(
        item=design.function.item.replace("_", " "), base_import=base_import
    )
    return base, store


class Rendered(dict[str, str]):
    """Rendered files by role (endpoint, schemas, service, test, checklist), plus scenarios."""

    scenarios: list[Scenario]


def render_function(design: Design, paths: Mapping[str, str]) -> Rendered:
    """Render every file of one function; ``paths`` are the project-relative file paths."""
    env = environment()
    scenarios = plan_scenarios(design)
    common = _common(design, paths)
    third = {"pydantic", "scaffold.contracts"}
    schema_imports = import_lines(
        {k: v for k, v in design.schema_imports.items() if k not in third},
        {k: v for k, v in design.schema_imports.items() if k in third},
        {},
    )
    rendered = Rendered()
    rendered["schemas"] = env.get_template("schemas.py.jinja").render(
        common, schema_imports=schema_imports
    )
    rendered["endpoint"] = render_endpoint(design, paths)
    rendered["service"] = env.get_template("service.py.jinja").render(
        common, **service_context(design)
    )
    rendered["test"] = env.get_template("test_contract.py.jinja").render(
        common, **test_context(design, scenarios)
    )
    rendered["checklist"] = env.get_template("checklist.md.jinja").render(
        common, **_checklist_context(design, scenarios, paths["test"])
    )
    rendered.scenarios = scenarios
    return rendered
