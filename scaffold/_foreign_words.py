"""Route and function names written in Spanish, Portuguese, Italian, French, Indonesian or
German: their verbs as the English verb they are, and their articles and "of".

Teams name routes in their own language (``eliminar_paciente``, ``aprovar_usuario``,
``hapus_produk``); the matcher and the function reader both read such a verb as its English
one, so a Portuguese description is matched and generated as its English twin would be;
"rejeitar o cadastro do paciente" reads as "reject the registration of the patient".
Words written without accents, as route names are; words with an English or other common
meaning (``ver``, ``lista``, ``post``) are left out.
"""

from __future__ import annotations

__all__ = ["ARTICLES", "OF", "VERBS_IN_ENGLISH"]


def _each(words: str, english: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), english)


VERBS_IN_ENGLISH: dict[str, str] = {
    **_each("crear criar crea creare creer buat erstellen anlegen", "create"),
    **_each("agregar adicionar aggiungi aggiungere ajouter tambah hinzufuegen", "add"),
    **_each("registrar cadastrar registrare enregistrer registrieren", "register"),
    **_each("enviar invia inviare envoyer senden", "send"),
    **_each("subir cargar carregar caricare unggah hochladen", "upload"),
    **_each("editar modifica modificare modifier bearbeiten ubah sunting", "edit"),
    **_each("actualizar atualizar aggiorna aggiornare perbarui aktualisieren", "update"),
    **_each("modificar", "modify"),
    **_each("cambiar alterar aendern", "change"),
    **_each("eliminar elimina eliminare supprimer hapus loeschen", "delete"),
    **_each("borrar excluir deletar cancella cancellare", "delete"),
    **_each("remover quitar rimuovi rimuovere retirer entfernen", "remove"),
    **_each("listar elenca elencare lister", "list"),
    **_each("obtener obter ottieni ottenere obtenir ambil abrufen", "get"),
    **_each("mostrar mostra mostrare afficher tampilkan anzeigen lihat", "show"),
    **_each("buscar pesquisar cerca cercare rechercher cari suchen", "search"),
    **_each("consultar", "lookup"),
    **_each("descargar baixar scaricare telecharger unduh herunterladen", "download"),
    **_each("exportar esportare exporter ekspor exportieren", "export"),
    **_each("importar importare importer impor importieren", "import"),
    **_each("aprovar aprobar approvare approuver setujui genehmigen", "approve"),
    **_each("rejeitar recusar rechazar rifiutare rejeter tolak ablehnen", "reject"),
    **_each("cancelar anular annulla annullare annuler batalkan stornieren", "cancel"),
    **_each("cerrar fechar encerrar chiudere fermer tutup schliessen", "close"),
    **_each("bloquear bloccare bloquer blokir sperren", "block"),
    **_each("desbloquear sbloccare debloquer entsperren", "unblock"),
    **_each("desativar desactivar disattivare desactiver nonaktifkan deaktivieren", "deactivate"),
    **_each("ativar activar attivare activer aktifkan aktivieren", "activate"),
    **_each("suspender sospendere suspendre", "suspend"),
    **_each("reactivar reativar riattivare reactiver reaktivieren", "reactivate"),
    **_each("publicar pubblicare publier terbitkan veroeffentlichen", "publish"),
    **_each("restaurar ripristinare restaurer pulihkan wiederherstellen", "restore"),
    **_each("asignar atribuir assegnare assigner zuweisen", "assign"),
    **_each("confirmar confermare confirmer konfirmasi bestaetigen", "confirm"),
    **_each("verificar verificare verifier verifikasi", "verify"),
    **_each("validar validare valider validasi", "validate"),
    **_each("marcar", "mark"),
    **_each("renovar rinnovare renouveler perpanjang", "renew"),
    **_each("transferir trasferire transferer", "transfer"),
    **_each("pagar pagare payer bayar bezahlen", "pay"),
    **_each("reembolsar rimborsare rembourser", "refund"),
    **_each("revocar revogar revocare revoquer widerrufen", "revoke"),
}

ARTICLES = frozenset(
    ["o", "os", "el", "la", "los", "las", "um", "uma", "un", "una", "il", "lo", "gli", "le"]
)
OF = frozenset(["de", "do", "da", "dos", "das", "del", "di", "della", "delle", "dei", "du", "des"])
