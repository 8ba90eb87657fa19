"""Route names written in Spanish, Portuguese, Italian, French, Indonesian or German: their verb is
read as the English one, so a form's ``POST`` that edits or deletes is not read as a creation,
and "Crear endpoint para ..." says what to build, not what it does; their accounts
("usuario", "utente", "cuenta") and the verbs of the account rules ("aprovar", "rechazar",
"bloquear") are the English words, so another person's account approved, changed or deleted
is danger as it is in English."""

from __future__ import annotations

import pytest

from scaffold.catalog import Catalog
from scaffold.matching import Level, match, match_request


@pytest.mark.parametrize(
    ("description", "template"),
    [
        ("excluir_cliente POST /clientes/excluir/{cliente_id}", "fallback:delete"),
        ("editar_cliente POST /clientes/editar/{cliente_id}", "fallback:update"),
        ("cancelar POST /api/torneos/{torneo_id}/cancelar", "fallback:update"),
        ("nachricht_loeschen POST /chat/nachricht/{message_id}/loeschen", "fallback:delete"),
        ("hapus_barang POST /barang/{barang_id}/hapus", "fallback:delete"),
        ("aggiorna_prenotazione POST /prenotazioni/{id_prenotazione}", "fallback:update"),
        ("quitar_item DELETE /api/ordenes-compra/{id_orden}/items/{id_detalle}", "fallback:delete"),
        # French, and verbs the function reader shares (scaffold._foreign_words)
        ("supprimer_article POST /articles/{article_id}/supprimer", "fallback:delete"),
        ("modifier_commande POST /commandes/{commande_id}/modifier", "fallback:update"),
        # Brazilian Portuguese (the hundred-twenty-fourth set and earlier ones)
        ("deletar_evento DELETE /api/lojas/eventos/{evento_id}", "fallback:delete"),
        ("encerrar POST /contratos/{id_contrato}/encerrar", "fallback:update"),
    ],
)
def test_a_route_names_verb_in_another_language_is_read(
    catalog: Catalog, description: str, template: str
) -> None:
    assert match(description, catalog, limit=1)[0].template == template


@pytest.mark.parametrize(
    "description",
    [
        "Crear endpoint para obtener pedidos del cliente autenticado.",
        "Criar endpoint para listar os pedidos que o usuário autenticado efetuou",
    ],
)
def test_an_endpoint_asked_for_is_read_by_what_it_does(catalog: Catalog, description: str) -> None:
    result = match_request(description, catalog)
    assert result.best.template == "fallback:read"  # before: no verb read, refused
    assert result.best.strength.level is Level.owner  # the read checks whose orders


@pytest.mark.parametrize(
    ("description", "template"),
    [
        ("aprovar_usuario POST /admin/aprovar-usuario/{id_usuario}", "sensitive_admin_action"),
        ("rejeitar_usuario POST /admin/rejeitar-usuario/{id_usuario}", "sensitive_admin_action"),
        (
            "eliminar_usuario_admin POST /admin/usuarios/{usuario_id}/eliminar",
            "sensitive_admin_action",
        ),
        ("bloquear_cuenta POST /admin/cuentas/{cuenta_id}/bloquear", "sensitive_admin_action"),
        ("listar_usuarios GET /api/usuarios/", "fallback:admin"),
        ("criar_usuario POST /usuarios/", "admin_user_creation"),
        (
            "eliminar_paciente_admin POST /admin/pacientes/{paciente_id}/eliminar",
            "sensitive_admin_action",
        ),
        ("editar_medico_admin POST /admin/medicos/{medico_id}/editar", "sensitive_admin_action"),
        # French: an account suspended, or brought back, by someone else
        (
            "suspendre_utilisateur PUT /admin/utilisateurs/{id}/suspendre",
            "sensitive_admin_action",
        ),
        (
            "reactiver_utilisateur PUT /admin/utilisateurs/{id}/reactiver",
            "sensitive_admin_action",
        ),
    ],
)
def test_an_account_named_in_another_language_is_an_account(
    catalog: Catalog, description: str, template: str
) -> None:
    assert match(description, catalog, limit=1)[0].template == template


def test_a_teacher_named_in_spanish_is_an_account_changed(catalog: Catalog) -> None:
    """``maestro`` reads as teacher: a change to one of the people the service keeps, unsure,
    the safer reading a super administrator's (as for ``profesor``)."""
    result = match_request("update_maestro PUT /api/v1/maestros/{maestro_id}", catalog)
    assert result.unsure is not None
    assert "update teacher" in result.unsure.reason


def test_a_transfer_named_in_portuguese_is_danger(catalog: Catalog) -> None:
    result = match_request("transferir_posse POST /servicos/{liga_id}/transferir_posse", catalog)
    assert result.signals.danger  # before: read as a creation, the plain create contract
    assert result.best.template == "sensitive_admin_action"
