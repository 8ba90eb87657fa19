"""Security signals in a description: who acts, on whose records, how dangerous, public, bulk.

The signals set the floor of the contract (``_strength``): whatever the words match best, an
admin request never gets a user-level contract, a dangerous one gets the sensitive contract,
"my X" gets an ownership check, and a public request gets no auth it rules out.

Rules are plain data (``ROLES``, ``DANGER``, ...) in the phrase language of ``_rules``
(stems, ``a|b``, ``@concept``, ``=word``, ``~`` and ``~~`` gaps), so "administrators", "admin"
and "admni" all name the admin role. Rules about what kind of object is acted on (the whole
instance's, or sensitive by nature) live in ``_objects``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from scaffold.matching._account_changes import ACCOUNT_CHANGE_WORDS, account_change
from scaffold.matching._credentials import CREDENTIAL_WORDS, credential_danger
from scaffold.matching._many import MANY_WORDS, marked_many
from scaffold.matching._many import is_plural as _plural
from scaffold.matching._objects import INSTANCE_SCOPE, OBJECT_WORDS, SENSITIVE_OBJECTS
from scaffold.matching._payment_changes import PAYMENT_CHANGE_WORDS
from scaffold.matching._privileges import PRIVILEGE_WORDS, privilege_danger
from scaffold.matching._rules import (
    NEGATIONS,
    compile_rule,
    find_rule,
    masked,
    rule_matches,
    rule_words,
    word_keys,
)
from scaffold.matching._text import stem
from scaffold.matching._whole import WHOLE_WORDS, whole_danger

__all__ = ["SIGNAL_WORDS", "Signals", "read_signals"]

Scope = Literal["own", "others"]

# Role names and the phrases that name them; the first role found in this order is kept first.
ROLES: Mapping[str, tuple[str, ...]] = {
    "super_admin": (
        "super admin",
        "super administrator",
        "superadmin",
        "superuser",
        "super user",
        "root user",
    ),
    "admin": (
        "admin|admins|administrator|administrators|administration|administrative",
        "management",
        "finance admin",
    ),
    "moderator": ("moderator|moderators|moderation",),
    "staff": (
        "staff",
        "support agent|agents",
        "helpdesk",
        "backoffice|backoffices",
        "back office|offices",
    ),
    "operator": ("operator|operators",),
}

# Words that begin with "admin" and are words of their own, not a name fused with it; the
# super admin words are the super admin role's ("superadmin", "superadministrator").
_ADMIN_WORDS = ("administ", "admins", "superadmin")

# Any one party a request may name: "the logged-in member", "the current principal".
_PARTY = (
    "user|account|member|principal|caller|customer|client|requester|viewer|subscriber|identity"
    "|actor|employee|player|person|profile"
)
# Confirming an action (by a code or link), and the account actions only the signed-in owner
# asks for ("confirm account deletion", "an email change"); a password reset is not one.
_CONFIRMATION = "verification|confirmation|confirm|confirming|verify|verifying"
_OWN_ACTION = (
    "deletion|delete|deleting|closure|close|closing|deactivation|deactivate|cancellation"
    "|change|changes|changing"
)
OWN_SCOPE = (
    "my|mine|own|myself|me|self|your|yourself|their",
    # the signed-in party names the caller, whatever the noun: "the authenticated customer"
    f"current|actual|authenticated {_PARTY}",
    f"=logged|=signed in|on {_PARTY}",
    "authenticated user",
    # what only ever belongs to the caller: their session, feed, notifications, bookmarks
    "current session|sessions|balance|timeline|feed",
    "home timeline|feed",
    "notification|notifications|bookmark|bookmarks|bookmarked",
    "who am i",
    "who you are",
    "whoami",
    "private",
    # a code or link confirming the caller's own account action: "a code to confirm deletion"
    f"{_CONFIRMATION} ~~ {_OWN_ACTION}",
    f"{_OWN_ACTION} ~~ {_CONFIRMATION}",
)

# What notifications are made from or sent through: the service's settings, not the
# caller's own notifications ("list_templates GET /api/v1/notifications/templates", "Create
# notification channel"). Own-scope rules do not see these words.
NOT_OWN = ("notification|notifications ~ template|templates|channel|channels",)

# Words that name the caller; other own-scope words only imply them.
_CALLER_WORDS = frozenset(
    {"my", "mine", "own", "myself", "me", "self", "your", "yourself", "their", "current"}
    | {"logged", "signed", "authenticated", "actual", "whoami"}
)
# "my user details", "your account info": the caller's own, whatever follows.
_OWN_WORDS = frozenset({"my", "own", "your", "mine", "current", "authenticated"})
_USER = "user|users|account|accounts|member|members|customer|customers|people|employee|employees"
_MANY = (
    "another|other|others|any|every|each|all|many|multiple|several|specific|particular|arbitrary"
)
OTHERS_SCOPE = (
    f"{_MANY} {_USER}",
    f"{_MANY} of the {_USER}",
    "user|account by id|username|email|name",
    "org|organization|organisation|platform|site|system|instance|tenant|workspace|company wide",
    "application|app|system|server|site|global|instance|tenant|organization|organisation|workspace"
    " settings|setting|config|configuration",
    "organization|organisation|org|team|group|workspace|tenant|enterprise ~ member|members"
    "|membership|memberships|invitation|invitations|invite|invites|users|accounts",
    "member|members|membership|memberships ~ organization|organisation|org|team|group|workspace"
    "|tenant|enterprise",
    # adding or removing people: the caller acts on someone else's membership
    "@create|@delete|kick|expel ~ member|members|collaborator|collaborators|participant"
    "|participants",
    "subaccount|subaccounts",
    # someone's account data named without "my": "user info", "user emails", "list of accounts"
    "user|users|account|accounts info|information|details|emails",
    "list|lists|listing of =users|=accounts|=members|=customers",
    # records about the whole system rather than one person's
    "audit|audits|auditlog|auditlogs",
    "system|server|application|instance|error|access|event log|logs",
    "log|logs entries|entry|events|event|files|file|lines|messages|stream",
    "system|instance|server|platform|sitewide =s|hook|hooks|webhook|webhooks|job|jobs|cron"
    "|crons|queue|queues",
    "reload ~ configuration|configurations|config|configs|settings",
    # how everyone signs in: identity provider set-up is organization-wide
    "sso|saml|scim|ldap|oidc ~ config|configuration|settings|connection|connections|directory",
    # OAuth's own settings and the sessions it opened are read by a signed-in caller
    # ("view_oauth_settings", "a list of active oauth2 sessions"), not signing in with it
    "oauth ~ config|configuration|settings|setting|session|sessions",
    # a guest as a member, one person named ("Add a guest to your project", "a guest user",
    # "a guest of that project"), not anyone who calls without an account ("for guests")
    "a|an|the|existing =guest",
    "=guest =user|=users|=of|=member|=members",
    # acting for someone else: "on behalf of a user", "the selected user"
    "on behalf of",
    "impersonate|impersonation|impersonating",
    "the|a selected|specified|chosen|target|targeted|given =user|=users|=account|=accounts|member"
    "|members|customer|customers",
    # a staff view of people: "dashboard.users", "user overview"
    "dashboard|console|panel|backoffice =users|=accounts|=customers|=members",
    "=user|=users ~ =accounts",
    "user|users|account|accounts|member|members|customer|customers overview|=listing|statistics"
    "|stats|activity|sessions|devices|tokens",
    # granting something to someone: "grant benefits", "grant credits"
    "=grant|=grants|granting",
)
# Someone else's records named in passing ("a badge for a user", "a user's password"): even
# a read of them is taken as someone else's records, the safer reading.
OTHERS_NAMED = (
    "for|of|to a|an|another|any user|account",
    # people's accounts as the object: "for a customer", "uploaded by a user"
    "for|of|by a|an|another|any|each|some|specific|particular|given|selected|specified"
    " user|account|customer|tenant|member|employee|client|subscriber|student|patient",
    "for =user|=users",
)
# "get a user", "update an account", "list users": the verb's object is someone's account.
_ACCOUNT = frozenset({"user", "account"})
# A customer is someone's account when it is deleted; creating or reading one is often a
# merchant's own records ("Create a customer").
_DELETED_ACCOUNT = frozenset({"custom"})
# Registering an account creates the caller's own: "register a new account" is public.
_REGISTERS = frozenset({"regist", "signup", "enrol", "enroll"})
# The caller's own relation to something, not a change to it: "follow a user", "unfollow
# users", "like a post", "Unstar a dashboard", "Vote on a poll" (not "follow up", nor
# "start").
_SOCIAL = frozenset(
    f"{prefix}{verb}{ending}"
    for prefix in ("", "un")
    for verb, endings in (
        ("follow", ("", "s", "ed", "ing")),
        ("like", ("", "s", "d")),
        ("mute", ("", "s", "d")),
        ("star", ("", "s", "red", "ring")),
        ("favorite", ("", "s", "d")),
        ("favourite", ("", "s", "d")),
        ("vote", ("", "s", "d")),
        ("upvote", ("", "s", "d")),
        ("downvote", ("", "s", "d")),
    )
    for ending in endings
)
_NOT_SOCIAL_AFTER = frozenset({"up", "ups"})  # "FollowUps": a follow-up is a record


def is_social(word: str, after: str | None) -> bool:
    """Whether ``word`` (then ``after``) is a verb of the caller's own relation to something
    ("follow", "likes", "unstarred"), not "follow up"."""
    return word in _SOCIAL and after not in _NOT_SOCIAL_AFTER


# Words between the verb and the account that keep it someone's: articles and states.
_ARTICLE = frozenset(
    {
        "a", "an", "any", "specific", "single", "particular", "given", "new", "existing",
        "pending", "inactive", "active", "locked", "blocked", "disabled", "deleted", "suspended",
        "selected", "specified", "global", "external", "guest", "another", "other",
    }
)  # fmt: skip
_METHODS = frozenset({"get", "post", "put", "patch", "delete"})  # a route's method after it
_AFTER_OBJECT = frozenset(
    {"by", "from", "to", "in", "with", "for", "and", "or", "on", "at", "via", "as", "id", "ids"}
    | {"account", "accounts", "uuid", "v", "endpoint", "endpoints", "route", "handler"}
    # a clause naming which one: "Update a user given its identifier"
    | {"given", "whose", "that", "which", "who", "if", "when"}
)

# Who does business on a platform, and whom it serves: their onboarding decided, or their
# access taken away, is danger as a user's ban is.
_TRADERS = (
    "=provider|=providers|=vendor|=vendors|=seller|=sellers|=merchant|=merchants|=partner"
    "|=partners|=host|=hosts"
)
_CLIENTELE = "=customer|=customers|=artist|=artists"
DANGER = (
    "dangerous|critical|sensitive|irreversible|destructive|privileged|risky|riskiest",
    "purge|purges|purging|erase|erasure|wipe|wipes|gdpr|pii|=anonymize|=anonymise|redact",
    "impersonate|impersonates|impersonation|impersonating|masquerade|masquerades|masquerading",
    "ban|bans|banned|unban|refund|refunds|payout|payouts|truncate|shutdown|transfer|transfers",
    # a transfer by another name: "Batch move servers to other user"
    "move|moves|moving|reassign|reassigns ~~ to =other|=another user|users|owner|account",
    "hard delete",
    "permanently @delete",
    "personal data",
    "rotate|roll|regenerate ~ key|keys|secret|secrets|credential|credentials|token|tokens",
    "api key|keys",
    # a key that signs a device or a machine in: "Create pre-auth key"
    "auth key|keys",
    "authkey|authkeys|preauthkey|preauthkeys",
    # the machine's own superuser, and commands run on it: "_set_sudo_password", "ExecProcess"
    "sudo password|passwords|user|users|access|privilege|privileges|rule|rules",
    "sudoer|sudoers",
    "exec|execute|executes|run ~ process|processes|shell|command|commands",
    # a running worker or process stopped by force: "kill_worker POST /workers/kill/{name}"
    "kill|kills ~ worker|workers|process|processes|job|jobs|task|tasks",
    "worker|workers|process|processes =kill",
    # an identity check decided: who may use the service ("KYC rejection", "finalize_rejected
    # POST /kyc/admin/...")
    "kyc ~~ =reject|=rejected|=rejection|=approve|=approved|=approval|=finalize|=finalise"
    "|=review|=reviewed",  # "admin_kyc_review POST /api/admin/kyc/{kyc_id}/review"
    "=reject|=rejects|=approve|=approves|=review|=reviews ~ =kyc",
    # someone let in to do business on the platform, or turned away: "approve_provider POST
    # /admin/{id}/approve", "reject a seller's application" (an onboarding decided)
    f"approve|approves|approval|reject|rejects|rejection ~ {_TRADERS}",
    f"{_TRADERS} ~ approve|approval|reject|rejection",
    # a device's or another session's sign-in approved: "Approve a pending auth session"
    "approve|approves|reject|rejects ~ auth|login|signin session|sessions|request|requests",
    # an OAuth grant revoked (its tokens ended); the caller's own link disconnected is not
    "revoke|revokes|revoking|revocation ~ oauth|oauth2",
    "oauth|oauth2 ~ revoke|revocation",
    "service account key|keys",  # a service account's key acts as that account
    # an access key handed out or ended is a credential, as an API key is
    "@create|@delete|generate|regenerate|issue|revoke|enable|disable ~ access key|keys",
    "access key|keys ~ @create|@delete|save|enable|disable",  # "AccessKeyController.save"
    "secret|secrets",
    "block|unblock|suspend|deactivate|disable|silence|restrict|unrestrict ~ user|users|account"
    "|accounts|domain",
    "blacklist|blocklist|denylist|blacklisting ~ user|users|account|accounts|member|members",
    "suspend ~ subaccount|subaccounts|tenant|organization",
    # a business a service hosts suspended or banned: "suspend_business PATCH
    # /businesses/{business_id}/suspend", "ban_vendor"
    "suspend|unsuspend|ban|unban ~ business|businesses|vendor|vendors|seller|sellers|merchant"
    "|merchants|tenants",
    "give|grant ~ access",
    "capture ~ payment",
    "@update|adjust ~ balance",
    "drop|recreate ~ table|tables|database|index|schema|collection",
    "restore|@create|download|import|load|from ~ backup|backups|snapshot|snapshots|dump|dumps",
    "export|dump|download ~ all|whole|full|entire|everything|every|raw",
    # the whole instance exported: its database or configuration, whichever comes first
    "export|exports|dump|dumps ~ database|databases|db|configuration|config|settings",
    "database|databases|db|configuration|config|settings ~ export|exports|dump|dumps",
    "export ~ users|accounts",
    "@create|@update|@delete|assign|grant|give|toggle|elevate|promote|demote ~~ role|roles",
    "@create|@update|@delete|assign|grant|give|toggle|elevate ~~ permission|permissions",
    "@create|@update|@delete|assign|grant|give|toggle|elevate ~ privilege|privileges|acl|acls",
    "grant|toggle|make|promote ~ admin",
    # changing someone's role: "set a guest user to admin", "convert a member to collaborator"
    "set|convert|change|make|promote|demote|turn|switch|upgrade|downgrade ~~ =to ~ admin"
    "|administrator|owner|owners|moderator|collaborator|superuser|maintainer|guest|member",
    # someone's account made into another kind of account: "convert_user_to_patient POST
    # /api/patients/{user_id}/convert-to-patient", "upgrade a user to a seller" (not the
    # caller's own: "convert my account to a business account")
    "convert|converts|promote|demote|upgrade|downgrade user|users|account|accounts =to|=into",
    "convert|converts|promote|demote|upgrade|downgrade =a|=an|=the|=this|=that user|users|account"
    "|accounts =to|=into",
    "access level|levels",
    "admin rights",
    "restart|reboot ~ server|instance|service|node|worker|workers|pool|pools|cluster",
    # the audit trail erased: "delete old data from audit collection"
    "@delete|clear|clean|purge|truncate|prune ~~ audit|audits|auditlog|auditlogs",
    "reset ~ settings|instance|database|db|everything|all",  # "reset_db POST /reset-db"
    # everything stored erased: "Completely reset stored memories."
    "=completely|=entirely|=fully =reset|=wipe|=clear|=erase",
    "@delete ~ all",
    "data migration",
    "allow|block list",
    "allowlist|whitelist|blocklist|firewall",
    "lock|unlock ~ user|users|account|accounts",
    # someone doing business on the platform shut out: "block_partner POST
    # /api/v1/admin/partners/{partner_id}/block" (a ban, as for a user)
    f"block|blocks|unblock|unblocks|ban|bans|unban|unbans ~ {_TRADERS}|{_CLIENTELE}",
    f"{_TRADERS}|{_CLIENTELE} ~ block|unblock|ban|unban",
    # impersonation: "log in as a user", "login as the selected user"
    "=log|=logs|=sign|=signs in|on =as",
    "=login|=logon|=signin =as",
    # ending someone's sessions: "log a user out", "sign everyone out"
    "log|sign|force|kick ~ user|users|member|members|account|accounts|everyone =out|=off",
    # a sign-out forced on someone: "post_force_admin_logout POST .../admin/force-logout"
    "force ~ =logout|=logouts|=signout|=signouts",
    # a cancellation forced past the usual rules: "admin_cancel POST .../force-cancel"
    "force|forced ~ =cancel|=cancels|=cancellation",
    # an account's state changed by someone else: "UpdateUserActive", "account suspend"
    "user|users|account|accounts ~ =active|=inactive|activation|deactivation|suspend|suspension"
    "|silence|ban|block|restrict|unrestrict|restriction",
    # permissions, however abbreviated, and roles named before their verb ("roles:create")
    "@create|@update|@delete|assign|grant|give|toggle|elevate ~ perm|perms",
    "perm|perms|role|roles|permission|permissions|privilege|privileges @create|@update|@delete"
    "|assign|grant|revoke",
    # who holds admin rights: "change whether a user is a server administrator"
    "@update|set|toggle|make ~ =is|=as|=be ~ admin|administrator|moderator|superuser|staff",
    "@create|add|invite|promote admin|administrator|superuser =user|=users|=account|=accounts",
    "@create|add|invite|promote global|additional|more|other|another admin|administrator"
    "|superuser =user|=users|=account|=accounts",
    "@create|add|invite a|an|new|another admin|administrator|superuser =user|=account",
    "@create|add|invite|promote =admins|=administrators|=superusers",
    "invite|promote ~ admin|administrator|owner|owners",
    # an administrator's account changed, named by its id: "PATCH /api/v1/admins/{admin_id}"
    "@update|@delete ~~ =admins|=administrators =admin|=administrator id",
    # taking over identities: merging accounts, assuming a role
    "merge ~ user|users|account|accounts",
    "assume|switch ~ role|identity",
    "@create|add|invite|promote new|more|additional|other =admins|=administrators|=superusers",
    # money moving: top up, credit, charge, withdraw, payouts
    "top up",
    "topup|withdraw|withdrawal|withdrawals|chargeback|chargebacks",
    "@create|@update|adjust|add|top|issue|grant ~ balance|credit|credits|funds|coin|coins",
    # what a user may use, set for them: "Adjust user file usage quota"
    "@update|adjust|set|increase|raise|lower ~ user|users|member|members ~ quota|quotas",
    "balance transaction|transactions",
    "charge|debit|credit ~ customer|customers|card|cards|account|accounts|user|users|wallet"
    "|escrow|escrows",
    # what a user pays for and gets, set by someone else: "override_plan PATCH
    # /api/admin/users/{user_id}/plan" (the caller's own plan names no user; a plan changed
    # may be a training or meal plan, so only overriding one is read so)
    "=override ~~ user|users|account|accounts ~ plan|plans|tier|tiers|subscription|subscriptions",
    # a deposit settled or a debit taken without the payer at hand: "finalise_deposit",
    # "auto_debit"
    "=finalise|=finalize|=confirm|=complete|=settle ~ =deposit|=deposits|=withdrawal|=withdrawals",
    "=deposit|=deposits|=withdrawal|=withdrawals ~ =finalise|=finalize|=confirm|=settle",
    "=auto|=automatic|=recurring =debit|=debits",
    # credentials and keys that grant access
    "private|encryption|signing|secret key|keys",
    "=role|=roles|service|system|database ~ credential|credentials",
    "webauthn|passkey|passkeys|u2f|yubikey|fido|fido2",
    "@delete ~ authn",  # a WebAuthn login deleted: "handles.DeleteAuthnLogin"
    # someone's account unlinked from another: "Delete a link between a user and an identity
    # provider"
    "@delete ~ link|links =between ~ user|users|account|accounts",
    # second-factor recovery codes and recovery keys stand in for a password
    "generate|regenerate|@create|@delete|reset|show|view ~ recovery|backup code|codes|key|keys",
    # managing authentication tokens (a token is a credential): enrolling, assigning,
    # disabling one, or a token lost or locked
    "enroll|enrol|assign|unassign|disable|enable|lock|unlock|resync ~ token|tokens",
    "token|tokens ~ =lost|=locked|=disabled|=enrolled",
    "security key|keys",
    "registration|runner|deploy|join|bootstrap|enrollment|enrolment token|tokens",
    "user|users ~ access token|tokens",
    "revoke ~ certificate|certificates|cert|certs",
    # ownership transferred: "update certificate owner", "reassign the owner"
    "@update|reassign|transfer ~ owner|ownership|owners",
    # setting up an instance: "initial setup of the instance", "set up the first admin"
    "initial setup",
    "setup|install|initialize|initialise|bootstrap ~ instance|server|system|first",
    # time-based purges: "delete alerts older than a threshold"
    "@delete|clean|clear ~~ =older =than",
    # exports of people's or money records: personal data
    "export|exports ~ orders|customers|members|users|accounts|payments|transactions|invoices"
    "|subscribers|contacts|payroll|payrolls|salaries|payslips",
    "=payroll|=payrolls|=salary|=salaries|=payslip|=payslips ~ export|exports",
    # data exported, either word first: everyone's, or one person's under GDPR ("export_data
    # GET /export/{data_type}", "Data export endpoint"); not the caller's own, "export my data"
    "export|exports =data",
    "=data export|exports",
)
# Danger that needs another signal: someone else's password, deleting someone's account, or
# an admin deleting what holds many users' data (a tenant, an organization, a workspace).
_OTHERS_DANGER = (
    "password|passwords",
    "@delete ~ user|users|account|accounts|customer|customers",
    "@delete ~ tenant|tenants|organization|organizations|organisation|organisations",
    "@delete ~ business|businesses|vendor|vendors|seller|sellers|merchant|merchants",
    # a professional's account vouched for by staff, or no longer: "verify_lawyer PATCH
    # /admin/lawyers/{lawyer_id}/verify" (a user verifying their own email is no such thing)
    "verify|verifies|unverify|unverifies ~ lawyer|lawyers|doctor|doctors|seller|sellers|vendor"
    "|vendors|driver|drivers|courier|couriers|teacher|teachers|instructor|instructors",
    "@delete ~ workspace|workspaces",
    "user|users|account|accounts deletion|deletions|removal",
    # an account made with admin rights is an admin
    "@create|add|invite ~ =user|=users|=account|=accounts with ~ admin|administrator|superuser"
    "|staff",
    "access token|tokens",
    # for someone else: their keys or credentials, their email (account takeover), voiding
    # their orders
    "key|keys",
    "credential|credentials",
    "@update ~ email|emails",
    "void|voids|voided",
    "block|unblock|suspend|deactivate|disable ~ organization|organizations|organisation|tenant"
    "|workspace|team",
    # a business a service hosts, its account's state changed by an admin: "activate_business
    # PATCH /businesses/{business_id}/activate", "deactivate_vendor"
    "block|unblock|deactivate|activate|reactivate|disable ~ business|businesses|vendor|vendors"
    "|seller|sellers|merchant|merchants|tenants",
    # staff exporting: a whole table leaves the service ("admin option for csv exports")
    "export|exports|exporting",
)

# The forgotten-password flow, which anyone may start: public, unless staff start it for one
# account a path names by its id (``_recovery_for_one_record``).
PASSWORD_RECOVERY = (
    "=forgot",
    "forgot|forgotten password",
    "password recovery",
    "recover password",
    "reset link",
    "password reset|resets email|link",
    # the flow by its steps: a reset asked for, confirmed by its token
    "password reset|resets ~ token|tokens|key|confirm|done|complete|request|requests|form|page"
    "|flow",
    "reset|resets|resetting password|passwords ~ token|tokens|key|confirm|done|complete|form|page"
    "|flow|email|emailed|mail",
    "request|requests|requesting|initiate|initiates ~ password reset|resets",
)

PUBLIC = (
    "public|publicly|anonymous|anonymously|unauthenticated|guest|guests|visitor|visitors|anyone",
    "healthcheck|health|ping|signup|=login|=logon|=signin|oauth|saml|sso|robots|favicon",
    "register|registration",
    "incoming|inbound|receive|handle ~ webhook|webhooks|callback|callbacks",
    "incoming|inbound ~ event|events",
    "webhook|callback handler|receiver|listener",
    # where another service sends its webhooks, named alone: "Webhook consumer for GitHub"
    "=webhook =consumer|=consumers|=url|=endpoint",
    # a sign-in provider redirecting back: "oidc_callback", "GET /auth/bitbucket/callback"
    "oidc|oauth|oauth2|saml|sso|auth|google|github|gitlab|bitbucket ~ callback|callbacks",
    "callback|callbacks for|from ~ oidc|oauth|oauth2|saml|sso|authentication|login",
    # another service calling in: "integrations.stripe.webhook", "a GitHub webhook"
    "integration|integrations|stripe|github|gitlab|slack|twilio|paypal|sendgrid|mailgun|provider"
    " ~ webhook|webhooks|callback|callbacks",
    "signed by",
    "verify|verified|validate|validated|check|checked ~ signature|signatures|hmac",
    "incoming|inbound ~ command|commands|message|messages|notification|notifications",
    "=logged =out",
    "not logged|signed in",
    "without ~ login|logging|signing|authentication|auth|account",
    "no auth|authentication|login",
    "=log|=sign in|on|up",
    "health check",
    "status page",
    # probes and discovery documents other machines read before any sign-in
    "healthz|livez|readyz|=liveness|=readiness|jwks",  # exact: "live tv", "ready to ship"
    "well known",
    "openid configuration|config",
    *PASSWORD_RECOVERY,
    # credentials exchanged for a session or token: logging in by another name
    "username|email and|or password",
    "verification code",
    "verify ~ email",
    "activate account",
    "privacy policy",
    "terms of service",
    # a web app's manifest, read by browsers before anyone signs in
    "=manifest =json|=webmanifest",
    "=webmanifest",
    "static files|assets",
    "static ~ file|files|asset|assets",
    "redirect|redirects ~ url|urls|link|links|short|shortlink|tinyurl",
    # availability checks made before an account exists ("check if a username exists")
    "check|checks|checking ~~ user|users|username|usernames|email|emails|account|handle|name"
    " ~~ =exists|=available|availability",
)

# A password reset named alone is the forgotten password's, public ("Endpoint for resetting
# passwords", "password_reset password_reset/"): read only when no role, no one's account, no
# danger and no user or account at all is named beside it ("admin_reset_password", "reset a
# user's password", "_handle_password_reset POST /access/user/password": a signed-in user's).
_RESET_WHOSE = frozenset({"user", "users", "account", "accounts"})
RESET_ALONE = (
    "reset|resets|resetting password|passwords|pwd",
    "password|passwords|pwd reset|resets",
)

_TRANSPORT = "websocket|websockets|socket|sockets|ws|sse|stream|streams|streaming|eventsource"

# Records an account entry leaves behind, when a change or a download acts on them.
_ENTRY_RECORDS = (
    "=registration|=registrations|=signup|=signups|=enrolment|=enrolments|=enrollment|=enrollments"
)
# What a signed-in caller does to single sign-on or OAuth (the verb right after or before).
_SSO_SET_UP = (
    "=link|=links|=linking|=connect|=promote|=enforce|=enable|=disable|=configure|=setup"
    "|=authorize|=authorise|=uninstall"
)

# Services an OAuth flow connects to, named in its route ("/oauth/google/start").
_OAUTH_PROVIDERS = (
    "=google|=github|=gitlab|=meta|=facebook|=instagram|=microsoft|=azure|=apple|=twitter"
    "|=linkedin|=slack|=discord|=hubspot|=salesforce|=shopify|=stripe|=zoom|=dropbox|=notion"
    "|=provider|=platform|=channel"
)

# A public word that says nothing about who may call: a noun made with it ("a public key",
# "oauth accounts", "a runner registration token", a check's "pings"), login named as a
# requirement ("login_required"), a state ("a user is logged in"), or signing up for something
# other than an account. Public rules do not see these words.
NOT_ACCESS = (
    "public|private|ssh|gpg|signing|encryption|deploy key|keys",
    # an identifier shown outside, not who may call: "{incident_public_id}", "by_public_id"
    "public id|ids|uuid|uuids|slug|slugs|identifier|identifiers",
    # what a change acts on, said to be public ("delete_public_conversation"): a thing seen by
    # all, changed by whoever may change it
    "@delete|@update =public",
    "@delete|@update a|an|the =public",
    "oauth|sso|saml|social account|accounts|connection|connections|identity|identities|provider"
    "|providers|app|apps|application|applications|client|clients",
    "registration|signup|join|runner ~ token|tokens|settings|setting",
    "sso|saml|scim|ldap|oidc ~ config|configuration|settings|connection|connections|directory",
    # OAuth's own settings and the sessions it opened are read by a signed-in caller
    # ("view_oauth_settings", "a list of active oauth2 sessions"), not signing in with it
    "oauth ~ config|configuration|settings|setting|session|sessions",
    # whose an OAuth flow is, checked: a signed-in caller's ("Verify OAuth flow ownership")
    "oauth|oauth2 ~ =ownership|=owner",
    # a guest as a member, one person named ("Add a guest to your project", "a guest user",
    # "a guest of that project"), not anyone who calls without an account ("for guests")
    "a|an|the|existing =guest",
    "=guest =user|=users|=of|=member|=members",
    # an account a machine holds ("Get robot account", "Refresh the robot secret"), not the
    # robots.txt that crawlers read before any sign-in
    "robot|robots account|accounts|secret|secrets|token|tokens|permission|permissions",
    "=pings",
    # people who visit, counted or listed: "visitors_summary GET /api/dashboard/visitors/summary"
    # reads records about visitors, not a visitor's own call ("for anonymous visitors")
    "visitor|visitors|guest|guests =summary|=summaries|=statistics|=stats|=count|=counts"
    "|=analytics|=report|=reports|=log|=logs|=history|=tracking|=list|=overview|=metrics",
    # visitors as what staff act on: "list_visitors", "visitor_check_in POST
    # /api/v1/operations/visitors/check-in" (a hostel's log of who came in)
    "@create|@update|@delete =visitor|=visitors",
    "@read ~ =visitors",
    "visitor|visitors =check",
    "@read =guests",
    # a hotel's or an event's guests as records staff keep: "create_guest POST /guests",
    # "filter_guests", "get_room_guest GET /rooms/{number}/guests"
    "@create|@update|@delete|filter|filters|search =guest|=guests",
    "room|rooms|booking|bookings|reservation|reservations ~ =guest|=guests",
    # a position sent in, not a liveness probe: "ping_location POST /api/driver/location"
    "=ping|=pings ~ location|locations|position|positions|coordinates|gps",
    "=login|=logon|=signin|=log|=sign ~ required|needed|protected",
    "=is|=are|=be|=was|=were|currently|still|already =logged|=signed in|on",
    "=sign up for|to ~ newsletter|newsletters|mailing|waitlist|updates|digest|beta",
    "=signup for|to ~ newsletter|newsletters|mailing|waitlist|updates|digest|beta",
    "=log|=logs|=sign|=signs in|on =as",
    "=login|=logon|=signin =as",
    # records of logins ("desktop login logs", "login history") are read by the signed in
    "=login|=logon|=signin =log|=logs|history|histories|records|audit|activity",
    # a state, not an entry: "registered users" are the signed-in ones
    "=registered",
    # a way of logging in unlinked from the caller's account ("unlink a GitHub login"), and
    # a signed-in caller logging in again to confirm ("fresh_login")
    "=login|=logins|=logon|=signin|oauth|sso|saml|oidc ~ =unlink|=disconnect",
    "=unlink|=disconnect ~ =login|=logins|=logon|=signin|oauth|sso|saml|oidc",
    "fresh|recent =login|=logon|=signin",
    # a login (a way of signing in) deleted is a credential ended, not a sign-in
    "@delete ~ =login|=logins",
    # sign-ups and logins as records a list reads ("List Attendee Signups")
    "@read ~ =signups|=registrations|=logins|=signins",
    # sign-ups, registrations and enrolments as records changed or downloaded ("Delete
    # selected registrations", "Download a picture attached to a registration")
    f"@delete|@update ~ {_ENTRY_RECORDS}",
    # the same, the verb after, as a controller's action names it: "registrations#update"
    f"{_ENTRY_RECORDS} =update|=edit|=destroy|=delete|=remove",
    # the same, named before the change: "Registration approval" is staff deciding on one
    f"{_ENTRY_RECORDS} =approval|=approvals|=approve|=rejection|=rejections|=reject",
    # the caller's own sign-ups as records: "my_registrations GET /api/events/my-registrations"
    f"=my|=own {_ENTRY_RECORDS}",
    # a device, or an AI agent or bot, registered ("register_device POST
    # /v1/devices/register", "register_agent POST /api/v1/agents/register") is a signed-in
    # caller's record, not an account made
    "device|devices|vehicle|vehicles|agent|agents|bot|bots =register|=registers|=registration"
    "|=enroll|=enrol",
    # an OAuth token ended by name ("Revoke an OAuth token") is a credential, not a sign-in
    "@delete ~ oauth|oauth2 =token|=tokens",
    # a webhook's settings read, not a webhook received: "get_slack_webhook GET ..."
    "@read ~ webhook|webhooks",
    # registering for events is subscribing to them, not signing up: "register to webhook
    # events"
    "register|registers|registering =to|=for ~ webhook|webhooks|event|events|notification"
    "|notifications|topic|topics|hook|hooks",
    # an OAuth grant revoked: a credential ended, not a sign-in ("Add revoke-endpoint for
    # OAuth2")
    "revoke|revokes|revoking|revocation ~ oauth|oauth2",
    # a check of one thing named, not a liveness probe: "Ping the repository", "host.Ping GET
    # /api/host/ping/:id"
    "=ping a|an|the|this|that|one ~ @read|@create|@update|@delete|repository|repositories|host"
    "|hosts|server|servers|node|nodes|device|devices|url|urls|webhook|webhooks",
    "host|hosts|node|nodes|device|devices|repository|repositories =ping ~~ =id",
    # one named instance's health checked: "POST /service/instance/healthcheck/{service_id}"
    "=healthcheck|=healthchecks ~~ =id",
    "=health =check|=checks ~~ =id",
    # a webhook's endpoint or address set up, changed or ended: "Create a webhook endpoint"
    "@create|@update|@delete =webhook =consumer|=consumers|=url|=endpoint",
    "@create|@update|@delete a|an|the|new =webhook =consumer|=consumers|=url|=endpoint",
    # an endpoint that changes something on its caller's word: "Webhooks endpoint to stop/start
    # task of a receiver" is the app's own control, not a sender's
    "webhook|webhooks =endpoint|=endpoints|=url =to ~ @create|@update|@delete",
    # where a provider redirects back, set or read: "update the OAuth callback URL"
    "@create|@update|@delete|@read ~ callback|callbacks =url|=urls|=uri|=uris",
    # sign-ups allowed or not: a setting of the instance ("Allow or disallow user registration")
    f"=allow|=allows|=disallow|=disallows|=permit|=forbid ~ {_ENTRY_RECORDS}",
    f"download|downloads|export|exports ~~ {_ENTRY_RECORDS}",
    # single sign-on or OAuth set up, linked or granted by a signed-in caller ("sso/link",
    # "sso/promote", "OAuthAuthorizeHandler"), not signing in with it
    f"oauth|sso|saml|oidc ~ {_SSO_SET_UP}",
    f"{_SSO_SET_UP} ~ oauth|sso|saml|oidc",
    # an OAuth flow started with no sign-in said, at most a provider between the words
    # ("google_oauth_start GET /api/oauth/google/start": an integration connected;
    # "oauth_login_start" stays a sign-in)
    "oauth|oauth2 =start|=begin",
    f"oauth|oauth2 {_OAUTH_PROVIDERS} =start|=begin",
    "=start|=begin oauth|oauth2",
    # a health probe is public; its figures are not ("health status and performance metrics")
    "health|healthcheck ~ metrics|metric|performance|statistics|stats|usage",
    # health as what a record is about, not a probe: "submit_insurance_claim POST
    # /api/health-insurance/claims/", "health records"
    "=health insurance|insurances|record|records|history|histories|profile|profiles|plan|plans"
    "|claim|claims|condition|conditions|data",
    "verify|verification ~ email|emails =request|=requests",
    # the signed-in party ("the logged-in member") and codes confirming the caller's own
    # account action ("a verification code to confirm account deletion") name the caller
    f"=logged|=signed in|on {_PARTY}",
    f"{_CONFIRMATION} ~~ {_OWN_ACTION}",
    f"{_OWN_ACTION} ~~ {_CONFIRMATION}",
    # how messages travel (a websocket, a stream, server-sent events) says nothing of who calls
    f"{_TRANSPORT} ~ event|events|message|messages|notification|notifications|update|updates",
    f"event|events|message|messages|notification|notifications|update|updates ~ {_TRANSPORT}",
)

# Entering an account: signing up, registering, enrolling, logging in. Public only when it
# stands alone ("POST /register"), acts on an account or the caller ("register a new
# account"), or says how ("sign up with email", "login_totp"); entering anything else
# ("register a face image", "register for an event queue") is a signed-in caller's change.
_ENTERED = f"{_PARTY}|users|accounts|members|customers|me|myself|yourself|self"
# How one logs in: "login_totp", "log in with a passkey" (never what is registered: "register
# an OAuth application" creates an application).
_LOGIN_MEANS = (
    f"{_ENTERED}|password|passwords|credential|credentials|otp|totp|mfa|passkey|webauthn|token"
    "|code|magic|oauth|sso|saml|oidc|ldap|social|google|github|email|username"
)
# Each account-entry phrase, and what it may act on and stay public.
ACCOUNT_ENTRY: Mapping[str, str] = {
    "register|registration|registrations|signup|signups|enrol|enroll|enrolment|enrollment": (
        _ENTERED
    ),
    "=sign|=signs up": _ENTERED,
    "=login|=logon|=signin": _LOGIN_MEANS,
    "=log|=logs|=sign|=signs in|on": _LOGIN_MEANS,
}
# An entry named as a thing: "the login page", "a registration form" (right after the word).
_ENTRY_ITSELF = "page|form|flow|view|screen|endpoint|route|handler|attempt|attempts"
# Words after the entry that say how or where, not what: "register with email", "login to
# the server", "log in via Nostr".
_ENTRY_HOW = frozenset({"with", "via", "using", "by", "through", "from", "and", "or", "as"})
_ENTRY_WHERE = frozenset({"to", "into", "at"})
_ENTRY_OF = frozenset({"for", "of", "in", "on"})  # "register for an event": what is entered
# A route's methods after its name ("register POST, GET /-/register") name nothing entered.
_ENTRY_ENDS = _ENTRY_HOW | _ENTRY_WHERE | _ENTRY_OF | _METHODS
_ACTIONS = frozenset({"@create", "@update", "@delete", "@read"})
_ENTRY_SKIP = _ARTICLE | {"the", "your", "my", "their", "this", "that", "its"}

# A permission or role named as what the caller needs, not what is changed: "admin_permission
# required", "with admin:users permission". Danger rules do not see these words.
REQUIREMENT = (
    "permission|permissions|role|roles|scope|scopes =required|=needed|=only",
    "with|requires|requiring|needs|needing ~ permission|permissions|scope|scopes",
)

# Who may see a record changed ("allow anonymous access to a dashboard", "make a repository
# public"): the public word is what is set, not who calls,
# and choosing who sees a record is its owner's call; so is a mark put on a public one.
VISIBILITY = (
    "=allow|enable|disable|revoke|grant|toggle|make|set|share|stop|remove|reverse|undo|@update"
    " ~ public|publicly|anonymous",
    # a caller's own mark on a public thing needs a caller to own it: "star_tool POST
    # /tools/public/{tool_id}/star"
    "=star|=stars|=unstar|=favorite|=favourite|=unfavorite|=upvote|=downvote|=bookmark|=unbookmark",
)

# People uploaded as a list.
_PEOPLE_LISTS = (
    "=users|=members|=voters|=contacts|=students|=employees|=customers|=participants|=attendees"
)

BULK = (
    "bulk|batch|batches|batched|mass|many|multiple|=several|csv|import|seed|broadcast",
    "one or more",
    # a change to many, as route names fuse it: "multi-update", "multiVisible"
    "=multi @update|@delete|@create|visible|hide|show|select|selected|action|actions",
    # a list of people uploaded: "voters_upload", "upload students"
    f"upload|uploads ~ {_PEOPLE_LISTS}",
    f"{_PEOPLE_LISTS} =upload|=uploads",
    # putting many records in a new order changes every one of them
    "reorder|reorders|reordering|rearrange|rearranges",
    "at once",
    "en masse",
    "list of ids|items|urls|recipients|users|records|emails|accounts",
    # a list handed in to act on ("provide a list of pairs to delete"; a read of a list is not)
    "with|provide|provides|given|takes|accepts|from a|an list|lists of",
    # a change to all at once, as route names fuse it: "toggle_all_paused", "mark-all-viewed"
    "@update|@delete|mark|toggle|sync|clear|reset|resend|retry|archive|approve|reject|dismiss"
    "|acknowledge =all",
    "every|all user|users|member|members|customer|customers|recipient|recipients",
    "everyone",
    "collection|collections of",
    "list|lists of ~ ids|uuids|keys|names|items|records|entries",
    # a change made to a list of things ("subscribe to list of channels", "reset a list of
    # achievements"); a list read is not (reads are never bulk)
    "@create|@update|@delete|acknowledge ~~ =to|=a|=an|=the list|lists =of",
    # a change that reaches every match of a pattern, or a whole tree ("regex_rename",
    # "recursive_move")
    "=regex|=regexp|=recursive|=recursively @update|@delete",
    "@update|@delete ~ =recursive|=recursively",
)
# Verbs that change records and take many at once when their object is plural: "delete
# documents", "clear_events", "restore documents from the trash", "rotate documents".
_MANY_VERBS = frozenset(
    {"clear", "clean", "restor", "rotat", "acknowledg", "archiv", "reprocess", "resend", "retri"}
    | {"email", "mail"}
)
_WHOSE = frozenset({"my", "your", "his", "her", "their", "its", "our"})
_PLURAL_SKIP = frozenset({"a", "an", "the", "all", "selected", "several", "these", "those"})
_CHOSEN = frozenset({"selected", "these", "those", "several"})  # many, picked by the caller
_LIST_VERBS = frozenset({"export", "download"})  # reads that may still be a bulk operation


@dataclass(frozen=True, slots=True)
class Signals:
    """What the description says about who may call the function, and how risky it is.

    Each field holds the words (as typed, after typo reading) that raised it; ``roles``
    holds role names (``admin``, ``super_admin``, ``moderator``, ``staff``, ``operator``).
    """

    roles: tuple[str, ...] = ()
    scope: Scope | None = None
    scope_words: tuple[str, ...] = ()
    danger: tuple[str, ...] = ()
    public: tuple[str, ...] = ()
    bulk: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.roles or self.scope or self.danger or self.public or self.bulk)

    def describe(self) -> str:
        """One line for people: ``roles admin; scope others ("a user's"); danger "purge"``."""
        parts: list[str] = []
        if self.roles:
            parts.append("roles " + ", ".join(self.roles))
        if self.scope:
            parts.append(f"scope {self.scope} ({_quoted(self.scope_words)})")
        for name in ("danger", "public", "bulk"):
            words: tuple[str, ...] = getattr(self, name)
            if words:
                parts.append(f"{name} {_quoted(words)}")
        return "; ".join(parts) if parts else "none"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: roles, scope, danger, public, bulk."""
        return {
            "roles": list(self.roles),
            "scope": self.scope,
            "scope_words": list(self.scope_words),
            "danger": list(self.danger),
            "public": list(self.public),
            "bulk": list(self.bulk),
        }


def _quoted(words: Sequence[str]) -> str:
    return ", ".join(f'"{word}"' for word in words)


def _object_is_account(words: Sequence[str], keys: Sequence[frozenset[str]]) -> str | None:
    """ "get a user", "list users", "delete user": an action verb whose object is someone's
    account."""
    verbs = {"@create", "@update", "@delete", "@read"}
    for i, key in enumerate(keys):
        if not key & verbs:
            continue
        j = i + 1
        while j < len(words) and words[j] in _ARTICLE:
            j += 1
        if j >= len(words) or stem(words[i]) in _REGISTERS or is_social(words[i], words[j]):
            continue
        if stem(words[j]) not in _ACCOUNT | (_DELETED_ACCOUNT if "@delete" in key else set()):
            continue
        plural = words[j].endswith("s")
        after = words[j + 1] if j + 1 < len(words) else None
        # "delete user" (a route name) removes an account: one's own would say "my account"
        named = plural or j > i + 1 or "@delete" in key
        # the object ends where the route's own verb begins: "Delete a user. DELETE /users/..."
        ends = after is None or after in _AFTER_OBJECT or after in _METHODS
        if named and ends:
            return " ".join(words[i : j + 1])
    return None


# One item's id in a path; what names one account after its collection ("/users/<name>").
_IDS = frozenset({"id", "uuid", "pk"})
_ONE_ACCOUNT = _IDS | {"name", "username"}


def _account_path(words: Sequence[str]) -> str | None:
    """ "GET /user/{user_id}", "DELETE /users/{id}": a path that ends at one account is
    someone's account (one's own would be "/user/me"); a path going on
    ("/users/{user_id}/profile") may be one's own."""
    tail = words[-3:]
    if len(tail) == 3 and tail[2] in {"id", "uuid"} and {stem(w) for w in tail[:2]} <= _ACCOUNT:
        return " ".join(tail)
    if len(tail) >= 2 and tail[-1] in _ONE_ACCOUNT and tail[-2] in {"users", "accounts"}:
        return " ".join(tail[-2:])  # the collection of accounts, then one of them
    return None


def _possessive(words: Sequence[str]) -> str | None:
    """ "a user's password", "another member's data": someone else's records."""
    for i in range(1, len(words) - 1):
        if words[i + 1] == "s" and stem(words[i]) in {"user", "account", "member", "custom"}:
            before = words[max(0, i - 2) : i]
            if any(word in {"a", "an", *_MANY.split("|")} for word in before):
                return " ".join([*before, words[i]]) + "'s"
    return None


def _fused_admin(words: Sequence[str]) -> str | None:
    """ "wagtailadmin_pages", "pdnsadmin", "adminpanel": a name fused with "admin" names the
    admin area, as route and app names write it ("administrator" and the like are words)."""
    for word in words:
        fused = word.startswith("admin") or word.endswith(("admin", "admins"))
        if fused and len(word) > len("admins") + 1 and not word.startswith(_ADMIN_WORDS):
            return word  # "badminton" holds the letters, not the word
    return None


def _roles(words: Sequence[str], keys: Sequence[frozenset[str]]) -> list[str]:
    roles: list[str] = []
    for role, rules in ROLES.items():
        if rule_matches(rules, words, keys) and role not in roles:
            roles.append(role)
    if not roles and _fused_admin(words):
        roles.append("admin")
    if "super_admin" in roles and "admin" in roles:
        roles.remove("admin")  # "super admin" names one role, not two
    return roles


def _one_of(words: Sequence[str], at: int) -> bool:
    """ "/cases/{case_id}", "/pages/<pk>/", "/trades/{tradeid}": a path's collection followed
    by one item's id names one item, here or where the path names it again ("delete pages api
    pages pk")."""
    for place in range(at, len(words) - 1):
        if place == at or words[place] == words[at]:
            after = words[place + 1]
            if after in _IDS or stem(after) == stem(words[at]) or _fused_id(after, words[at]):
                return True
    return False


def _fused_id(word: str, collection: str) -> bool:
    """ "tradeid" after "trades": the collection's item and its id, written as one word."""
    return word.endswith("id") and len(word) > 4 and stem(word[:-2]) == stem(collection)


def _plural_object(words: Sequence[str], keys: Sequence[frozenset[str]]) -> str | None:
    """ "delete documents", "clear all events", "re-fires all scheduled webhooks": the first
    action changes a plural object, or changes "all" of a plural thing (many records)."""
    actions = {"@create", "@update", "@delete", "@read"}
    for i, key in enumerate(keys):
        if not (key & actions or stem(words[i]) in _MANY_VERBS):
            continue
        if "@read" in key:
            return None  # "view all active sessions" reads them
        chosen = i + 1 < len(words) and words[i + 1] in _CHOSEN  # "edit_selected_books"
        changes = "@delete" in key or stem(words[i]) in _MANY_VERBS or chosen
        j = i + 1
        while j < len(words) and words[j] in _PLURAL_SKIP:
            j += 1
        # one word may name what kind: "remove password documents", "delete user sessions"
        for k in (j, j + 1) if j == i + 1 else (j,):
            if changes and k < len(words) and _plural(words[k]) and not _one_of(words, k):
                return " ".join(words[i : k + 1])
        break
    for i, word in enumerate(words):
        if word == "all":
            for j in range(i + 1, min(len(words), i + 4)):
                if words[j] in _WHOSE:
                    break
                if _plural(words[j]):
                    return " ".join(words[i : j + 1])
    return None


def _only_reads(keys: Sequence[frozenset[str]], words: Sequence[str]) -> bool:
    """Whether every action is a read ("a list of ids" names a list; it does not list)."""
    verbs = {"@create", "@update", "@delete", "@read"}
    named = [
        key
        for i, key in enumerate(keys)
        if not (words[i] in {"list", "lists"} and i + 1 < len(words) and words[i + 1] == "of")
    ]
    actions = {k for key in named for k in key if k in verbs}
    return actions == {"@read"} and not _LIST_VERBS & set(words)


def _entry_elsewhere(words: Sequence[str], keys: Sequence[frozenset[str]]) -> list[int]:
    """Where an account-entry word acts on something that is not an account ("register a
    face image"): those words say nothing about who may call."""
    elsewhere: list[int] = []
    for text, entered in ACCOUNT_ENTRY.items():
        rule = compile_rule(text)
        targets = compile_rule(entered)[0][0]
        start = 0
        while (span := find_rule(rule, keys[start:])) is not None:
            begin, end = start + span[0], start + span[1]
            start = end
            negated = begin and words[begin - 1] in NEGATIONS  # "no login required"
            named = _entered(words, keys, end)
            if named and not negated and _not_an_account(named, targets):
                elsewhere.extend(range(begin, end))
    return elsewhere


_RECORD_IDS = frozenset({"id", "uuid", "pk"})


def _record_id(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` is one record's id in a path ("{tournament_id}"); "OpenID" is how
    one signs in, no record's id."""
    return words[at] in _RECORD_IDS and words[at - 1 : at] != ["open"]


# Signing up for one thing a path names by its id, not for an account: "register_pass POST
# /api/passes/{event_id}/register", "GET /api/fest-events/{event_id}/registrations".
_ENTRIES = _REGISTERS | {"registr"}  # the stem of "registration"


def _entry_at_one_record(words: Sequence[str]) -> list[int]:
    """Where the entry words are when the path enters one record named by its id
    (``register_player POST /tournaments/{tournament_id}/register``): joining that record,
    the route's name included, is a signed-in caller's change, not a sign-up."""
    at_record = any(
        _record_id(words, i) and stem(words[i + 1]) in _ENTRIES for i in range(len(words) - 1)
    )
    return [i for i, word in enumerate(words) if stem(word) in _ENTRIES] if at_record else []


# People who visit, or stay as guests: when the path names one by its id
# ("/visitors/{visitor_id}"), they are records staff keep, and every mention is the record's,
# the route's name included ("check_out_visitor"), not a visitor's own call.
_VISITORS = frozenset({"visitor", "visitors", "guest", "guests"})
_VISITOR_IDS = _RECORD_IDS | {"ids"}


def _visitor_records(words: Sequence[str]) -> list[int]:
    """Where the visitor words are when one of them is followed, within three words, by an
    id, or nothing."""
    named = any(
        word in _VISITORS and _VISITOR_IDS.intersection(words[i + 1 : i + 5])
        for i, word in enumerate(words)
    )
    return [i for i, word in enumerate(words) if word in _VISITORS] if named else []


# Words of the forgotten-password flow, and what proves who started it: the emailed link's
# token or code.
_RECOVERY_WORDS = frozenset({"reset", "resets", "recover", "recovery", "forgot", "forgotten"})
_PROOFS = frozenset({"token", "tokens", "code", "codes", "otp", "uid", "uidb64", "key"})


def _recovery_for_one_record(words: Sequence[str], keys: Sequence[frozenset[str]]) -> list[str]:
    """The password-recovery phrases of a route whose path names one record by its id and
    carries no proof (``send_reset_link POST /tenants/{tenant_id}/send-reset-link``): staff
    resetting someone else's sign-in, which is danger, not the flow anyone may start."""
    if _PROOFS.intersection(words) or not any(_record_id(words, i) for i in range(len(words))):
        return []
    return rule_matches((*PASSWORD_RECOVERY, *RESET_ALONE), words, keys)


# What an account holds, named after the one it belongs to: "register donor profile" makes a
# signed-in donor's profile, not an account.
_ACCOUNT_PARTS = frozenset(
    {
        "profile", "profiles", "detail", "details", "info", "information", "data", "photo",
        "picture", "avatar", "document", "documents", "card", "cards", "address", "addresses",
    }
)  # fmt: skip


def _not_an_account(named: Sequence[str], targets: frozenset[str]) -> bool:
    """Whether what an entry word acts on is no account: nothing of ``targets`` named, or a
    part of one named after another word ("donor profile", "user details"; a bare "register
    profile" is still signing up)."""
    if not {stem(word) for word in named} & targets:
        return True
    return bool(_ACCOUNT_PARTS.intersection(named[1:]))


def _entered(words: Sequence[str], keys: Sequence[frozenset[str]], at: int) -> list[str]:
    """What the words from ``at`` say is entered (up to three words), or nothing ("the login
    page", "log in to the server", a bare "register")."""
    if at < len(words) and keys[at] & compile_rule(_ENTRY_ITSELF)[0][0]:
        return []  # "login page"
    if at < len(words) and words[at] in _ENTRY_WHERE:
        return []  # "log in to the server"
    if at < len(words) and words[at] in _ENTRY_OF:
        at += 1
    entry_words = frozenset().union(*(compile_rule(text)[0][0] for text in ACCOUNT_ENTRY))
    named: list[str] = []
    for word, key in zip(words[at:], keys[at:], strict=True):
        if word in _ENTRY_SKIP:
            continue
        # the object ends where a preposition, another entry word or a verb begins
        if word in _ENTRY_ENDS or key & (entry_words | _ACTIONS) or len(named) == 3:
            break
        named.append(word)
    return named


# A route named for an administrator made: "create_admin POST /api/auth/create-admin",
# "addAdmin POST /api/v2/admins" (its POST read as "create" right after the name). Only a
# name that is these two words: "admin_category_create POST /admin/category/create" is who
# acts, "add admin page" a page.
_MAKE = frozenset({"create", "add", "new", "invite", "register"})
_ADMINS = frozenset({"admin", "administrator", "superuser", "superadmin"})


def _admin_made(words: Sequence[str]) -> tuple[str, ...]:
    """The name of a route that makes an administrator, when ``words`` are one."""
    if len(words) > 2 and words[0] in _MAKE and words[1] in _ADMINS and words[2] == "create":
        return (f"{words[0]} {words[1]}",)
    return ()


def _public_keys(
    words: Sequence[str], keys: Sequence[frozenset[str]]
) -> tuple[list[frozenset[str]], list[str]]:
    """The keys the public rules read, with the words that say nothing about who may call
    masked, and the password-recovery phrases staff start for one record (danger, masked)."""
    public_keys = masked(words, keys, NOT_ACCESS)
    for position in (
        *_entry_elsewhere(words, public_keys),
        *_entry_at_one_record(words),
        *_visitor_records(words),
    ):
        public_keys[position] = frozenset()
    recovery = _recovery_for_one_record(words, public_keys)
    if recovery:
        for position, word in enumerate(words):
            if word in _RECOVERY_WORDS:
                public_keys[position] = frozenset()
    return public_keys, recovery


def read_signals(words: Sequence[str], *, role_known: bool = False) -> Signals:
    """The signals of a description's words (lower case, typos already read).

    ``role_known``: the project's code already requires a role where the function goes, so
    the danger that needs a role said ("admin deletes a customer", an account changed) is read
    as if the words said it (``with_project`` adds the role itself)."""
    keys = word_keys(words)
    roles = _roles(words, keys)
    reads_only = _only_reads(keys, words)
    others = rule_matches((*OTHERS_SCOPE, *INSTANCE_SCOPE), words, keys, not_after=_OWN_WORDS)
    found = _object_is_account(words, keys)
    if found:
        others.append(found)
    others += rule_matches(OTHERS_NAMED, words, keys)
    for found in (_possessive(words), _account_path(words)):
        if found:
            others.append(found)
    own = rule_matches(OWN_SCOPE, words, masked(words, keys, NOT_OWN))
    scope: Scope | None = None
    scope_words: list[str] = []
    if others:
        scope, scope_words = "others", others
    elif own:
        scope, scope_words = "own", own
    danger_keys = masked(words, keys, REQUIREMENT)
    danger = rule_matches((*DANGER, *SENSITIVE_OBJECTS), words, danger_keys)
    if scope == "others" or roles or role_known:
        danger += [w for w in rule_matches(_OTHERS_DANGER, words, keys) if w not in danger]
    # someone else's account, membership or group changed (``_account_changes``)
    changed = account_change(words)
    if changed and (changed.someone_elses or scope == "others" or roles or role_known):
        danger += [] if changed.phrase in danger else [changed.phrase]
    bulk = [] if reads_only else rule_matches((*BULK, *MANY_WORDS), words, keys)
    marked = None if bulk else marked_many(words)  # a change even among reads
    bulk += [marked] if marked else []
    if not (bulk or reads_only or scope == "own"):
        found = _plural_object(words, keys)
        bulk = [found] if found else []
    # a whole container destroyed, or others' records carried out whole (``_whole``)
    # and an administrator made, by a route named so
    made = (*whole_danger(words, keys), *_admin_made(words))
    danger += [found for found in made if found not in danger]
    public_keys, recovery = _public_keys(words, keys)
    danger += [phrase for phrase in recovery if phrase not in danger]
    public = rule_matches(PUBLIC, words, public_keys)
    said = frozenset(words)
    if not (roles or scope or danger or _RESET_WHOSE & said):
        public += rule_matches(RESET_ALONE, words, public_keys)
    if public and scope == "own" and not said & _CALLER_WORDS:
        # notifications, a feed, a session are the caller's only when someone is signed in:
        # "handle notification delivery status callbacks" comes from another service
        scope, scope_words = None, []
    # credentials handed out or ended, the instance operated on (``_credentials``)
    credential = credential_danger(
        words, danger_keys, reads_only=reads_only, own=scope == "own", public=bool(public)
    )
    danger += [phrase for phrase in credential if phrase not in danger]
    # second factors, roles and admins, who shares a thing (``_privileges``)
    power = privilege_danger(words, danger_keys, reads_only=reads_only, own=scope == "own")
    danger += [phrase for phrase in power if phrase not in danger]
    visibility = rule_matches(VISIBILITY, words, keys) if public else []
    if visibility:
        public = []
        if scope is None:
            scope, scope_words = "own", visibility
    return Signals(
        roles=tuple(roles),
        scope=scope,
        scope_words=tuple(scope_words),
        danger=tuple(danger),
        public=tuple(public),
        bulk=tuple(bulk),
    )


# Every word a rule names: known words, never read as a typo of another ("unblock" is not
# "unlock", "audit" is not "edit").
SIGNAL_WORDS = frozenset(
    rule_words(
        [
            *(rule for rules in ROLES.values() for rule in rules),
            *OWN_SCOPE,
            *NOT_OWN,
            *OTHERS_SCOPE,
            *OTHERS_NAMED,
            *DANGER,
            *_OTHERS_DANGER,
            *PUBLIC,
            *RESET_ALONE,
            *NOT_ACCESS,
            *ACCOUNT_ENTRY,
            *ACCOUNT_ENTRY.values(),
            *REQUIREMENT,
            *VISIBILITY,
            *BULK,
            *MANY_WORDS,
        ]
    )
    | OBJECT_WORDS
    | WHOLE_WORDS
    | ACCOUNT_CHANGE_WORDS
    | PAYMENT_CHANGE_WORDS
    | CREDENTIAL_WORDS
    | PRIVILEGE_WORDS
)
