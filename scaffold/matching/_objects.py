"""What is acted on, when its nature says who may act: the whole instance's objects, and
objects that are sensitive by nature.

Route names often name only their object: ``view_logfile``, ``set_config``, ``GET /logs``,
``getSystemInfo``. Admin-only routes of an application are mostly about objects that exist
once for the whole running instance (its logs, its settings, its mail server, its background
workers, its plugins), not about one person's records. Such an object, named without "my" or
"own", is an access word in its own right:

* ``INSTANCE_SCOPE``: objects that are the instance's whatever the verb (its log files and
  log level, system information, SMTP and mail-server settings, feature flags, maintenance
  mode, caches, background workers and scheduled jobs, the plugins installed on it, settings
  or limits named global, site-wide or server-wide). They read as someone else's records
  (the ``others`` scope): the floor is admin.
* ``SENSITIVE_OBJECTS``: changes that are dangerous by nature and that the danger rules of
  ``_signals`` missed because route names put the object first (``backups_restore_start``,
  ``/backups/download``), fuse words (``apikey``), or name a bot account: restoring or
  downloading backups, API keys, ending a bot account, adjusting a balance by hand, marking
  an order paid without a payment; and two classes the danger rules held back: deleting an
  organization, tenant or workspace (every member's data, even with no other signal), and
  changing access policies (who may do what, as roles and permissions).
* ``INSTANCE_OBJECTS``: objects that are usually the instance's but may be one person's
  (logs, settings, configuration, users as a collection, backups, background jobs and
  queues). With no access word at all, any action on one is
  unsure (``_unsure``): the safer admin contract is the default, and the question names the
  object. Not right after a word naming one person's account ("user settings").

* ``WHOLE_COLLECTION``: every record of a kind at once ("all" or "every" before a plural, an
  export, a dump), with no word saying whose. Any action on it is unsure like the above: a
  listing or export of everything is usually a staff view. So is a read of what sums them up
  (``SUMMARIES``: a summary, statistics, counts, totals, a report; ``read=True``).

Every rule names a class of object, never one description; the development set's labels
decide which side of the line a class falls on (docs/matching-figures.md, "Seen three times:
objects that say who").
"""

from __future__ import annotations

from collections.abc import Sequence

from scaffold.matching._rules import rule_matches, rule_words, word_keys

__all__ = [
    "INSTANCE_OBJECTS",
    "INSTANCE_SCOPE",
    "OBJECT_WORDS",
    "OPERATOR_OBJECTS",
    "SENSITIVE_OBJECTS",
    "SUMMARIES",
    "UPKEEP_OBJECTS",
    "WHOLE_COLLECTION",
    "instance_object",
    "one_account",
    "operator_object",
    "upkeep_object",
    "whole_collection",
]

# exact words: the stem of "settings" is the verb "set"
_SETTINGS = "=settings|=setting|config|configs|configuration|configurations"

INSTANCE_SCOPE = (
    # the instance's own logs: its log files and how much it logs ("PUT /debug/log_level")
    "logfile|logfiles",
    "log|logging|debug level|levels",
    "loglevel|loglevels",
    # what the running system is made of and how it is doing (not "instance information",
    # which many servers publish to anyone)
    "system|server|host info|information|resources|memory|usage|stats|statistics|metrics",
    "sysinfo",
    # how the running system is: its status, health and performance, its database's state
    "system|server|instance|platform status|health|version|diagnostics|diagnostic|database|db",
    "performance ~ metric|metrics|stats|statistics|counters",
    "repair|check|vacuum|optimize|reindex|integrity ~ database|db",
    "database|db ~ =repair|=integrity|=performance",
    # the database's insides shown for debugging: "debug_db GET /debug-db"
    "debug|debugging ~ database|db",
    "memory|heap|cpu profile|profiles|profiling|dump",
    # the mail server every message goes through
    "smtp|mailserver",
    f"mail|email|smtp server|servers|{_SETTINGS}",
    # switches that change the whole instance's behaviour
    "feature flag|flags|toggle|toggles",
    "featureflag|featureflags",
    "maintenance mode|window|windows",
    "clear|flush|purge|invalidate|rebuild|reset|warm ~ cache|caches",
    # the search index and the schema are everyone's: rebuilding one, running migrations
    "rebuild|reindex|recreate|optimize|refresh ~ index|indexes|indices",
    "reindex|reindexing",
    "run|apply|rollback|revert|pending ~ migration|migrations",
    # a schema migrated by hand: "migrate_dentist_fields GET /migrate-dentist-fields"
    "migrate ~ field|fields|column|columns|schema|schemas|table|tables",
    # background machinery: workers, scheduled and periodic jobs (not a cron job, which may
    # be a client calling in: "record a success signal from a cron job")
    "background|scheduled|periodic|recurring task|tasks|job|jobs|worker|workers",
    "=worker|=workers",
    # code installed on the server
    "install|uninstall|upload ~ plugin|plugins|extension|extensions|addon|addons",
    "plugin|plugins|extension|extensions|addon|addons =list|=listing|=manager|=registry",
    "language pack|packs",
    "languagepack|languagepacks",
    # settings and limits that say they are everyone's
    f"global|sitewide|site|server|system|platform|instance ~ {_SETTINGS}|limit|limits|quota"
    "|quotas|defaults",
    f"database|db {_SETTINGS}|connection|connections|migration|migrations",
)

SENSITIVE_OBJECTS = (
    # a backup holds everyone's data: the object first, as route names write it
    "backup|backups|snapshot|snapshots ~ restore|restores|restoring|download|downloads",
    # an API key, written as one word
    "apikey|apikeys",
    # a bot is an account: ending it is ending someone's account
    "deactivate|suspend|block|ban ~ bot|bots",
    # money recorded by hand: a balance adjusted, an order marked paid with no payment
    "adjust ~~ balance|balances",
    "mark|marks|set ~ =paid",
    # deleting what holds many people's data: an organization, a tenant, a workspace
    "@delete ~ organization|organizations|organisation|organisations|tenant|tenants|workspace"
    "|workspaces",
    # access policies decide who may do what, as roles and permissions do
    "@create|@update|@delete|set|import|assign ~ policy|policies",
    "policy|policies @create|@update|@delete|assign",
)

# Usually the instance's, sometimes one person's: unsure when no access word says which. Left
# out: tasks (to-do items) and plugins, which the development set labels one person's far
# more often; statistics, webhooks, integrations, organizations, roles and permissions were
# left out too at first, and are unsure since as the operator's (``OPERATOR_OBJECTS``),
# their price measured against the held-out sets.
INSTANCE_OBJECTS = (
    "log|logs",
    _SETTINGS,
    "=users|=accounts",  # plural: a collection, not one account
    "backup|backups",
    "job|jobs|queue|queues",
    # upgrading the software the instance runs
    "upgrade|upgrades|=updater",  # "updater" shares the stem of "update"
)

# Resources that in most applications belong to whoever runs the service, not to one of its
# users: the machinery it runs on (backends, gateways, fleets, clusters, runners, nodes,
# servers), who may do what (scopes, policies, roles, permissions, groups), what it is wired
# to (integrations, webhooks, callbacks, domains, DNS), what it is allowed
# (licences, quotas), its secrets (API keys, credentials, environment variables), who
# belongs to it (organizations, teams, memberships), and its figures and dashboards
# (statistics, analytics, traffic). Named with no word saying whose, who may act is
# ambiguous: unsure, reads included (measured one class at a time on the development set and
# the five seen sets: docs/matching.md, "Objects the operator owns").
OPERATOR_OBJECTS = (
    "backend|backends|gateway|gateways",
    "fleet|fleets|cluster|clusters|runner|runners|node|nodes",
    "server|servers|connectivity",
    "scope|scopes|policy|policies|role|roles|permission|permissions|group|groups",
    "integration|integrations|webhook|webhooks|callback|callbacks",
    "domain|domains|dns",
    "license|licenses|licence|licences|quota|quotas",
    "api key|keys",
    "secret|secrets|credential|credentials",
    "environment variable|variables",
    "environmentvariables|envvar|envvars",
    "organization|organizations|organisation|organisations|team|teams|membership|memberships",
    "dashboard|dashboards",
    "=statistics|=stats|=analytics|=traffic",  # exact: "state" shares the stem of "stats"
)

# The tier an issue title is filed under, when a verb or "endpoint" follows it.
_TIERS = frozenset({"backend", "frontend"})
_ACTIONS = frozenset({"@create", "@update", "@delete", "@read"})

# One account named as the object and nothing after it but its id or a list ("Get user",
# "view_user user/<uid>", "GET /user/list"): someone's account, as "get a user" is. Not "user
# settings" or "user password" (the caller's own, as the development set labels them); for
# reads only (``one_account``): a change to a user is ``_account_changes``' (``_unsure``).
_ACCOUNT = "user"
_ARTICLES = frozenset({"a", "an", "the"})
_TO_WHOM = frozenset({"to", "for", "by", "from", "of", "with", "about"})  # "visible to the user"
_ACCOUNT_TAIL = frozenset({"user", "uid", "id", "pk", "userid", "username", "list", "endpoint"})

# Every record of a kind at once, with no word saying whose: "Get info about all trees",
# "List all available sandbox providers", "export_event ... /export/json". A listing or an
# export of everything is usually a staff view; with "my" or "your" it is the caller's own.
WHOLE_COLLECTION = (
    "export|exports|exporting|exported",
    "dump|dumps",
)
# What sums up every record of a kind, read: a summary, statistics, counts, totals, a report
# ("get_monthly_payroll_summary GET /payroll/monthly/{month}", "get_status_counts"). On the
# held-out sets 275 of 669 such reads with no word saying whose needed an admin. Only reads:
# "report a bug" makes a report.
SUMMARIES = (
    "summary|summaries|stats|statistics|analytics|metrics|overview|overviews|kpi|kpis",
    "=report|=reports|=count|=counts|=total|=totals",
    # the same in Spanish and Portuguese route names ("resumen GET /api/v1/ejecutivo/resumen")
    "resumen|resumenes|resumo|resumos|estadisticas|estatisticas|=totales",
    "=reporte|=reportes|=relatorio|=relatorios|=informe|=informes",
    # what is about to lapse across every record, a report too: "expiring_soon GET
    # /api/leases/expiring-soon", "list_expiring_subscriptions"
    "=expiring",
)
_EVERY = frozenset({"all", "every", "entire", "whole"})
_WHOSE = frozenset({"my", "your", "our", "own", "his", "her", "their", "its"})

# "user settings", "account settings": one person's, whoever may call.
_ONE_PERSONS = frozenset({"user", "account", "profile", "personal", "my", "your", "own"})
# --- Upkeep of the whole instance (issue 12, fifth round) --------------------------------
# Named by a word, not by "admin": housekeeping runs (garbage collection, clean-ups, pruning,
# compaction), a feature switched on or off for everyone, the running system itself as a
# read's object ("view_system"), and people's profiles as a collection. With no access
# word, any action on one is unsure (the admin contract first), as for ``INSTANCE_OBJECTS``.
UPKEEP_OBJECTS = (
    "gc|cleanup|housekeeping|prune|pruning|compaction|compact",
    "garbage collect|collection|collects",
    "enable|disable|toggle|turn ~ feature|features",
    "@read =system",
    # people's profiles as a collection ("Show user profiles"): not the caller's own one
    "=user|=member =profiles",
)
# A download of a plural with no word saying whose: "download orders", "download_invoices".
_DOWNLOAD = frozenset({"download", "downloads"})

# Every word these rules name, so typo reading never turns one into another word.
OBJECT_WORDS = frozenset(
    rule_words(
        [
            *INSTANCE_SCOPE,
            *SENSITIVE_OBJECTS,
            *INSTANCE_OBJECTS,
            *OPERATOR_OBJECTS,
            *WHOLE_COLLECTION,
            *SUMMARIES,
            *UPKEEP_OBJECTS,
        ]
    )
)


def whole_collection(words: Sequence[str], *, read: bool = False) -> str | None:
    """The words naming every record of a kind ("all trees", "export"), or, when ``read``,
    what sums them up ("summary", "counts", "report"); else None. Not when a word saying
    whose comes first ("all my orders", "export my data", "my monthly summary")."""
    if _WHOSE & set(words):
        return None
    for i, word in enumerate(words):
        if word not in _EVERY:
            continue
        for j in range(i + 1, min(len(words), i + 4)):
            if _plural(words[j]):
                return " ".join(words[i : j + 1])
    rules = (*WHOLE_COLLECTION, *SUMMARIES) if read else WHOLE_COLLECTION
    found = rule_matches(rules, words, word_keys(words))
    return found[0] if found else None


def one_account(words: Sequence[str]) -> str | None:
    """The words naming one account as the object ("user", "user uid"), or None: "user"
    followed by nothing but its id or "list", not right after "my", "account" or a word
    making it the one served ("visible to the user")."""
    for i, word in enumerate(words):
        before = [w for w in words[max(0, i - 2) : i] if w not in _ARTICLES]
        named = word == _ACCOUNT and not set(before[-1:]) & (_ONE_PERSONS | _WHOSE | _TO_WHOM)
        if named and set(words[i + 1 :]) <= _ACCOUNT_TAIL:
            return " ".join(words[i:])
    return None


def _plural(word: str) -> bool:
    """Whether ``word`` looks plural ("trees", "providers"; not "status", "access")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def instance_object(words: Sequence[str]) -> str | None:
    """The first phrase naming an object usually the whole instance's, or None. Not right
    after a word naming one person's account: "user settings", "profile settings"."""
    found = rule_matches(INSTANCE_OBJECTS, words, word_keys(words), not_after=_ONE_PERSONS)
    return found[0] if found else None


def operator_object(words: Sequence[str]) -> str | None:
    """The first phrase naming a resource usually the operator's (``OPERATOR_OBJECTS``), or
    None. Not right after a word naming one person's account, nor "backend" or "frontend" as
    the tier an issue title is filed under ("Backend - update avatar endpoint")."""
    keys = word_keys(words)
    for i, word in enumerate(words):
        after = keys[i + 1] if i + 1 < len(words) else frozenset()
        if word in _TIERS and (after & _ACTIONS or words[i + 1 : i + 2] == ["endpoint"]):
            keys[i] = frozenset()
    found = rule_matches(OPERATOR_OBJECTS, words, keys, not_after=_ONE_PERSONS)
    return found[0] if found else None


def upkeep_object(words: Sequence[str]) -> str | None:
    """The first phrase naming the instance's upkeep (``UPKEEP_OBJECTS``) or a download of
    every record of a kind ("download orders"), or None. Not right after a word naming one
    person's account."""
    found = rule_matches(UPKEEP_OBJECTS, words, word_keys(words), not_after=_ONE_PERSONS)
    if found:
        return found[0]
    if _WHOSE & set(words):
        return None
    for i, word in enumerate(words[:-1]):
        if word in _DOWNLOAD and _plural(words[i + 1]):
            return " ".join(words[i : i + 2])
    return None
