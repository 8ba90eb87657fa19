"""The template catalog: the model of a template, loading, sources, and added registries.

The top-level ``registry/`` folder is data (one YAML file per template); this package reads
it. ``load_catalog()`` merges the project's ``.scaffold/registry/``, the registries the user
added and the built-in templates; ``Catalog.get(name)`` returns a ``Template``.

Names are imported on first use: loading a catalog and matching against it need none of the
pydantic models (about 0.14 s of CPU to build), which are built only when a template is
validated or a model is named. They are built without pydantic's plugin look-up (see
``scaffold._pydantic_plugins``): the tool's own models have nothing for a plugin to observe.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from scaffold._pydantic_plugins import without_pydantic_plugins

if TYPE_CHECKING:
    from scaffold.catalog._base import TAG_PREFIX
    from scaffold.catalog._conditions import (
        BUSINESS_RULES,
        CONDITIONS,
        ENSURES,
        INVARIANT_RULES,
        INVARIANTS,
        PERIODS,
        REQUIRES,
        AuditLogCondition,
        AuthCondition,
        BulkCondition,
        BulkSpec,
        BusinessRule,
        BusinessRuleCondition,
        BusinessRuleSpec,
        Condition,
        CountMatchesRule,
        CountMatchesSpec,
        InvariantCondition,
        InvariantRule,
        InvariantSpec,
        MatchesInputRule,
        MaxItemsRule,
        MaxItemsSpec,
        NotSelfRule,
        OwnsCondition,
        OwnsSpec,
        RateLimitCondition,
        RateLimitSpec,
        ReturnsCondition,
        RoleAtLeastRule,
        UniqueRule,
        ValidatesCondition,
    )
    from scaffold.catalog._errors import Problem, RegistryError
    from scaffold.catalog._loader import LoadedTemplate, load_file, load_folder
    from scaffold.catalog._model import (
        FIELD_TYPES,
        LAYERS,
        METHODS,
        DataModel,
        Endpoint,
        FieldSpec,
        Template,
    )
    from scaffold.catalog._remote import (
        AddedRegistry,
        RegistryUpdate,
        add_registry,
        added_registries,
        remove_registry,
        update_registry,
    )
    from scaffold.catalog._schema import schema_text, template_json_schema, write_schema
    from scaffold.catalog._sources import (
        PROJECT_REGISTRY,
        Catalog,
        CatalogEntry,
        Source,
        build_catalog,
        builtin_registry,
        check_paths,
        find_project_root,
        load_catalog,
    )

# Where public names are looked for, in order: the modules that load a catalog first, so
# naming one of them builds no model.
_MODULES: tuple[str, ...] = ("_errors", "_loader", "_sources", "_remote")
_MODULES += ("_base", "_conditions", "_model", "_schema")


def __getattr__(name: str) -> Any:
    """A public name, imported on first use (its models built without plugin look-up)."""
    if name in __all__:
        with without_pydantic_plugins():  # the models are built as their modules load
            for module in _MODULES:
                found = vars(importlib.import_module(f"{__name__}.{module}"))
                if name in found:
                    globals()[name] = found[name]
                    return found[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "BUSINESS_RULES",
    "CONDITIONS",
    "ENSURES",
    "FIELD_TYPES",
    "INVARIANTS",
    "INVARIANT_RULES",
    "LAYERS",
    "METHODS",
    "PERIODS",
    "PROJECT_REGISTRY",
    "REQUIRES",
    "TAG_PREFIX",
    "AddedRegistry",
    "AuditLogCondition",
    "AuthCondition",
    "BulkCondition",
    "BulkSpec",
    "BusinessRule",
    "BusinessRuleCondition",
    "BusinessRuleSpec",
    "Catalog",
    "CatalogEntry",
    "Condition",
    "CountMatchesRule",
    "CountMatchesSpec",
    "DataModel",
    "Endpoint",
    "FieldSpec",
    "InvariantCondition",
    "InvariantRule",
    "InvariantSpec",
    "LoadedTemplate",
    "MatchesInputRule",
    "MaxItemsRule",
    "MaxItemsSpec",
    "NotSelfRule",
    "OwnsCondition",
    "OwnsSpec",
    "Problem",
    "RateLimitCondition",
    "RateLimitSpec",
    "RegistryError",
    "RegistryUpdate",
    "ReturnsCondition",
    "RoleAtLeastRule",
    "Source",
    "Template",
    "UniqueRule",
    "ValidatesCondition",
    "add_registry",
    "added_registries",
    "build_catalog",
    "builtin_registry",
    "check_paths",
    "find_project_root",
    "load_catalog",
    "load_file",
    "load_folder",
    "remove_registry",
    "schema_text",
    "template_json_schema",
    "update_registry",
    "write_schema",
]
