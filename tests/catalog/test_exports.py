"""The public names other packages rely on (docs/API decisions) exist and stay exported."""

from __future__ import annotations

import scaffold.catalog
import scaffold.contracts


def test_catalog_exports_exist() -> None:
    for name in scaffold.catalog.__all__:
        assert hasattr(scaffold.catalog, name), name
    assert {"Template", "Catalog", "load_catalog", "RegistryError"} <= set(scaffold.catalog.__all__)


def test_registry_error_is_a_user_error() -> None:
    from scaffold.errors import UserError

    assert issubclass(scaffold.catalog.RegistryError, UserError)


def test_runtime_exports_the_rules() -> None:
    rules = {"unique", "role_at_least", "not_self", "max_items", "matches_input", "count_matches"}
    assert rules <= set(scaffold.contracts.__all__)
    for name in scaffold.contracts.__all__:
        assert hasattr(scaffold.contracts, name), name


def test_public_constants_match_the_model() -> None:
    from typing import get_args

    from scaffold.catalog import FIELD_TYPES, LAYERS, METHODS, Endpoint, FieldSpec, Template

    assert get_args(FieldSpec.model_fields["type"].annotation) == FIELD_TYPES
    assert get_args(Template.model_fields["layer"].annotation) == LAYERS
    assert get_args(Endpoint.model_fields["method"].annotation) == METHODS
