"""Route names written in Spanish, Portuguese, Italian, Indonesian or German: their verb is
read as the English one, so a form's ``POST`` that edits or deletes is not read as a creation,
and "Crear endpoint para ..." says what to build, not what it does."""

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
