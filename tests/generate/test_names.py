"""Function names: checked when given, derived from the description otherwise."""

from __future__ import annotations

import pytest

from scaffold.errors import UserError
from scaffold.generate import check_name, name_from_description


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Update", "not a lowercase Python identifier"),
        ("update-profile", "not a lowercase Python identifier"),
        ("2fa", "not a lowercase Python identifier"),
        ("naïve", "not a lowercase Python identifier"),
        ("", "not a lowercase Python identifier"),
        ("class", "is a Python keyword"),
        ("match", "is a Python keyword"),
        ("list", "shadows a Python built-in"),
        ("router", "clashes with a name the generated code uses"),
        ("service", "clashes with a name the generated code uses"),
        ("test_things", "pytest would collect"),
        ("l", "reads like 1 or I"),
        ("a" * 41, "longer than 40"),
    ],
)
def test_bad_names_are_refused(name: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        check_name(name)


@pytest.mark.parametrize(
    ("description", "name"),
    [
        ("update profile", "update_profile"),
        ("Let a user update their profile, please!", "user_update_profile"),
        ("updateUserProfile", "update_user_profile"),
        ("Créer un élément", "creer_element"),  # "un", an article
        ("eliminar la cuenta del usuario", "eliminar_cuenta_usuario"),
        ("2 factor reset", "do_2_factor_reset"),
        ("list", "fallback_name"),
        ('"""{{ }}\\', "fallback_name"),
    ],
)
def test_names_from_descriptions(description: str, name: str) -> None:
    assert name_from_description(description, "fallback_name") == name


def test_the_generator_reasons_with_the_runtime_role_hierarchy() -> None:
    from scaffold.contracts._auth import DEFAULT_ROLE_HIERARCHY, RoleHierarchy
    from scaffold.generate._design import DEFAULT_ROLES, _grants

    assert {k: tuple(v) for k, v in DEFAULT_ROLE_HIERARCHY.items()} == DEFAULT_ROLES
    runtime = RoleHierarchy()
    for held in ("user", "admin", "super_admin", "editor"):
        for role in ("user", "admin", "super_admin", "editor"):
            assert _grants((held,), role) == runtime.grants((held,), role)
