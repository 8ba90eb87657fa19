"""The matcher's language knowledge: synonym groups, multi-word phrases, filler and generic words.

Plain data, kept apart from the code so it can be read and extended in one place. Every group
maps many surface words to one *concept*; a description and a template match on concepts, so
"edit", "modify" and "rename" all meet a pattern that says "update". Inflected forms are found
through the stemmer; a word listed here explicitly wins over its stem, which keeps "settings"
(a profile word) apart from "set" (an update verb).
"""

from __future__ import annotations

from scaffold._foreign_words import VERBS_IN_ENGLISH

__all__ = [
    "ACTION_CONCEPTS",
    "CONCEPT_GROUPS",
    "FILLER_WORDS",
    "GENERIC_WORDS",
    "IN_ENGLISH",
    "PHRASES",
    "PLURAL_NOUNS",
    "SUBJECT_CONCEPTS",
]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Verbs first: the fallback contract is chosen by these four actions.
ACTION_CONCEPTS = ("create", "update", "delete", "read")

# Who acts or is acted on: common to many templates, so they say less than the object.
SUBJECT_CONCEPTS = ("user", "admin", "superadmin")

CONCEPT_GROUPS: dict[str, tuple[str, ...]] = {
    # actions (the synonyms the issue lists, plus close relatives)
    "create": _words(
        "create creation add addition new register registration signup invite invitation"
        " insert onboard provision enroll enrol submit upload send subscribe follow like"
        " bookmark star vote reply fork duplicate clone copy join schedule generate open"
        " favorite favourite boost reblog repost share pay report flag start"
    ),
    "update": _words(
        "update edit change modify modification rename alter amend patch adjust revise set reset"
        " archive mute lock unlock enable disable activate deactivate merge move accept approve"
        " close finalize void mark highlight hide unhide pin escalate confirm refresh toggle"
        " assign publish unpublish resolve reopen restore sync link attach recalculate replace"
        " cancel pause resume complete finish reverse undo switch"
    ),
    "delete": _words(
        "delete deletion remove removal erase erasure purge revoke revocation destroy drop"
        " wipe discard unsubscribe unfavorite unlike untrack dismiss clear clean disconnect"
        " unfollow unstar unmark unlink reject decline uninstall disband detach kick unenroll"
        " unenrol"
    ),
    "read": _words(
        "get fetch read retrieve retrieval view show list export download display lookup"
        " browse find search see return check count preview redirect statistics stats"
        " summary overview history"
        # verbs of route names in other languages are read in English first (IN_ENGLISH)
        " traer"
    ),
    # subjects and qualities
    "user": _words("user account person people employee hire"),
    "admin": _words("admin administrator administration administrative staff"),
    "superadmin": _words("superuser superadmin"),
    "profile": _words("profile bio avatar settings preferences preference"),
    "bulk": _words("bulk batch batched mass multiple many several import"),
    "public": _words(
        "public publicly anonymous anonymously unauthenticated guest visitor everyone anyone unauth"
    ),
    "throttle": _words("throttle throttling ratelimit quota quotas"),
    "sensitive": _words("sensitive dangerous critical privileged destructive irreversible risky"),
    "data": _words("data resource dataset"),
    # whose records: "my", "own" and "their" say the caller's own, an ownership check
    "owner": _words("my mine own owned myself me your yourself their owner"),
}

# Plurals of action words that name things in route names ("GET /admin/reports",
# "uploads.get", "addShare POST /user/shares"): read as the things, never as the verb of their
# stem ("report" is to create one). Words a plural is a verb in as often ("invites", "likes")
# stay verbs.
PLURAL_NOUNS = frozenset(_words("reports uploads votes shares registrations favorites favourites"))

# Multi-word phrases that stand for one concept; compared on word stems, longest first.
PHRASES: dict[tuple[str, ...], str] = {
    ("sign", "up"): "create",
    ("set", "up"): "create",
    ("look", "up"): "read",
    ("rate", "limit"): "throttle",
    ("rate", "limiting"): "throttle",
    ("flood", "control"): "throttle",
    ("per", "second"): "throttle",
    ("per", "minute"): "throttle",
    ("per", "hour"): "throttle",
    ("per", "day"): "throttle",
    ("token", "bucket"): "throttle",
    ("super", "admin"): "superadmin",
    ("super", "user"): "superadmin",
    ("display", "name"): "profile",
    ("without", "login"): "public",
    ("without", "logging", "in"): "public",
    ("without", "signing", "in"): "public",
    ("without", "authentication"): "public",
    ("no", "login"): "public",
    ("no", "auth"): "public",
    ("no", "authentication"): "public",
    ("not", "logged", "in"): "public",
    ("logged", "out"): "public",
    ("in", "bulk"): "bulk",
    ("at", "once"): "bulk",
    ("en", "masse"): "bulk",
}

# Words that say nothing about which template fits; dropped after phrases are found.
FILLER_WORDS = frozenset(
    _words(
        """
    a an the this that these those some any each every our his her its
    i we us you they them he she it themselves
    another other others someone somebody anybody something anything all every
    to for of in on at by with from into onto about as via per than then
    and or but so if when while where which who whom whose what how
    be is are was were been being am do does did done have has had having
    can could would should will shall may might must
    please want wants wanted need needs needed like let lets allow allows allowing able
    just also only really simply quickly easily way
    up down out off over one
    id ids
    """
    )
)

# Words with a little meaning that recur everywhere ("endpoint", "api"): kept, weighted low.
GENERIC_WORDS = frozenset(
    _words(
        """
    endpoint endpoints function functions handler handlers route routes method methods
    service services request requests call calls action actions operation operations
    api apis feature page screen form item items thing things info information status
    object objects entity entities
    """
    )
)

# Route names written in Spanish, Portuguese, Italian, French, Indonesian or German, read as the
# English word the concepts and phrase rules are written in: their verbs ("aprovar_usuario",
# "hapus_produk", shared with the function reader), an account ("eliminar_usuario", "utenti"),
# and the people kept as its users ("eliminar_paciente_admin", "editar_medico_admin").
# Words of another meaning too ("conta", a bill in Portuguese) are left out.
IN_ENGLISH: dict[str, str] = {
    **dict.fromkeys(
        _words("usuario usuaria utilizador utente utilisateur pengguna benutzer nutzer"), "user"
    ),
    **dict.fromkeys(_words("usuarios usuarias utilizadores utenti utilisateurs"), "users"),
    **dict.fromkeys(_words("cuenta akun konto"), "account"),
    **dict.fromkeys(_words("cuentas konten"), "accounts"),
    **VERBS_IN_ENGLISH,
    # the people a service keeps as its users, by the part they play (``_account_changes``)
    **dict.fromkeys(_words("paciente paziente pasien"), "patient"),
    **dict.fromkeys(_words("pacientes pazienti"), "patients"),
    **dict.fromkeys(_words("medico dokter"), "doctor"),
    **dict.fromkeys(_words("medicos medici"), "doctors"),
    **dict.fromkeys(_words("aluno alumno estudiante studente siswa"), "student"),
    **dict.fromkeys(_words("alunos alumnos estudiantes studenti"), "students"),
    **dict.fromkeys(_words("profesor maestro"), "teacher"),
    **dict.fromkeys(_words("profesores professores maestros"), "teachers"),
    **dict.fromkeys(_words("empleado funcionario dipendente karyawan pegawai"), "employee"),
    **dict.fromkeys(_words("empleados funcionarios dipendenti"), "employees"),
    # what a change grants, and one request acting on many ("carga_masiva", "usuario_permisos")
    **dict.fromkeys(_words("permiso permissao permesso berechtigung"), "permission"),
    **dict.fromkeys(_words("permisos permissoes permessi berechtigungen"), "permissions"),
    **dict.fromkeys(_words("masiva masivo masivas masivos massiva massivo"), "bulk"),
    # the data itself ("reset_dados_tenant POST /admin/tenants/{tenant_id}/reset-dados"), and
    # a membership of a party or an association ("update_adhesion PATCH /admin/adhesions/{id}")
    **dict.fromkeys(_words("dados datos"), "data"),
    **dict.fromkeys(_words("adhesion adhesao adesione"), "membership"),
    **dict.fromkeys(_words("adhesions adhesiones adhesoes adesioni"), "memberships"),
    # a company ("delete_empresa DELETE /empresas/{empresa_id}")
    **dict.fromkeys(_words("empresa"), "company"),
    **dict.fromkeys(_words("empresas"), "companies"),
    # a business ("eliminar_comercio DELETE /comercios/{comercio_id}")
    **dict.fromkeys(_words("comercio negocio"), "business"),
    **dict.fromkeys(_words("comercios negocios"), "businesses"),
    # a register kept, in French ("create_registre POST /api/rgpd/registre"), not a sign-up
    **dict.fromkeys(_words("registre"), "registry"),
    **dict.fromkeys(_words("registres"), "registries"),
    # a credential ("creer_cle POST /api/auth/cles", "revoquer_cle"), as its English word
    # reads; not Spanish "clave", which names a password as often as a key
    **dict.fromkeys(_words("cle chave chiave schluessel"), "key"),
    **dict.fromkeys(_words("cles chaves chiavi"), "keys"),
    **dict.fromkeys(_words("jeton"), "token"),
    **dict.fromkeys(_words("jetons"), "tokens"),
    # money put into a balance ("recargar_wallet POST /wallets/me/recargar"): a top-up
    **dict.fromkeys(_words("recargar recarga recargas recarregar"), "topup"),
}
