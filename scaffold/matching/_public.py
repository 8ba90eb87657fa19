"""Public requests: words that rule authentication out (a sign-up, a health check, a signed
webhook, the forgotten-password flow), and the words that only look so.

A public word says nothing about who may call when it names a thing ("a public key"), a
record staff keep ("visitors/{visitor_id}"), or an entry into something other than an
account ("register a face image"); ``NOT_ACCESS`` and the entry rules mask those before
``PUBLIC`` is read. A password reset staff start for one record is danger instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from scaffold.matching._rules import (
    NEGATIONS,
    compile_rule,
    find_rule,
    masked,
    rule_matches,
    rule_words,
)
from scaffold.matching._scope import (
    ARTICLE,
    CONFIRMATION,
    IDS,
    METHODS,
    ORGANIZATIONS,
    OWN_ACTION,
    PARTY,
    REGISTERS,
)
from scaffold.matching._text import stem
from scaffold.matching._vocabulary import FILLER_WORDS, GENERIC_WORDS

__all__ = ["PUBLIC_WORDS", "VISIBILITY", "read_public"]

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

# Services known to call in with webhooks: payment, messaging, code hosting and e-mail
# providers. A webhook or callback named with one of them is that service calling in.
_SENDERS = (
    "stripe|github|gitlab|slack|twilio|paypal|sendgrid|mailgun|whatsapp|telegram|razorpay"
    "|mercadopago|flutterwave|paystack|nowpayments|shopify|discord|braintree|adyen|paddle"
    "|lemonsqueezy|postmark|vonage|calendly|docusign|hubspot|zendesk|coinbase|plaid|mpesa"
    "|alipay|wechat|twitch|bitbucket|svix|clerk|mollie|xendit|midtrans|paymob|yookassa|cryptomus"
)

PUBLIC = (
    "public|publicly|anonymous|anonymously|unauthenticated|guest|guests|visitor|visitors|anyone",
    # robots.txt, by its plural: "assign_robot" hands an order to a machine, no crawler
    "healthcheck|health|ping|signup|=login|=logon|=signin|oauth|saml|sso|=robots|favicon",
    "register|registration",
    "incoming|inbound|receive|handle ~ webhook|webhooks|callback|callbacks",
    "incoming|inbound ~ event|events",
    "webhook|callback handler|receiver|listener",
    # where another service sends its webhooks, named alone: "Webhook consumer for GitHub"
    "=webhook =consumer|=consumers|=url|=endpoint",
    # a sign-in provider redirecting back: "oidc_callback", "GET /auth/bitbucket/callback"
    # (GitHub, GitLab and Bitbucket are senders too, below)
    "oidc|oauth|oauth2|saml|sso|auth|google ~ callback|callbacks",
    "callback|callbacks for|from ~ oidc|oauth|oauth2|saml|sso|authentication|login",
    # another service calling in: "integrations.stripe.webhook", "a GitHub webhook"
    f"integration|integrations|provider|{_SENDERS} ~ webhook|webhooks|callback|callbacks",
    # the sender named after: "webhook_whatsapp POST /webhook/whatsapp"
    f"webhook|webhooks|callback|callbacks ~ {_SENDERS}",
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

# Changes a sharer makes to a link made public.
_LINK_CHANGES = "@create|@update|@delete|=rotate|=rotates|=regenerate|=regenerates|=revoke|=revokes"

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
    # a link made public changed by the one who shares it ("rotate_client_public_link POST
    # /api/clients/{cid}/public-link/rotate"); a visitor following one stays public
    f"{_LINK_CHANGES} ~ =public =link|=links|=url|=urls",
    f"=public =link|=links|=url|=urls ~ {_LINK_CHANGES}",
    # a kind of day off, not who may call: "add_public_holiday POST /leaves/public-holidays"
    "public =holiday|=holidays",
    # a register kept as a record, a ledger of things: "export_risk_register GET
    # /risk/register/export", an asset or attendance register
    "=risk|=risks|=cash|=pos|=asset|=assets|=attendance|=inventory|=stock|=audit|=land =register"
    "|=registers",
    "oauth|sso|saml|social account|accounts|connection|connections|identity|identities|provider"
    "|providers|app|apps|application|applications|client|clients",
    "registration|signup|join|runner ~ token|tokens|settings|setting",
    "sso|saml|scim|ldap|oidc ~ config|configuration|settings|connection|connections|directory",
    # OAuth's own settings and the sessions it opened are read by a signed-in caller
    # ("view_oauth_settings", "a list of active oauth2 sessions"), not signing in with it
    "oauth ~ config|configuration|settings|setting|session|sessions",
    # the roles and scopes an OAuth server grants, listed: "get_all_oauth_roles GET
    # /api/v1/oauth/roles/all" (staff's settings, no sign-in)
    "oauth =roles|=scopes|=permissions",
    # whose an OAuth flow is, checked: a signed-in caller's ("Verify OAuth flow ownership")
    "oauth|oauth2 ~ =ownership|=owner",
    # a guest as a member, one person named ("Add a guest to your project", "a guest user",
    # "a guest of that project"), not anyone who calls without an account ("for guests")
    "a|an|the|existing =guest",
    "=guest =user|=users|=of|=member|=members",
    # a code or pass made for a guest by a signed-in host ("generate_guest_code POST
    # /events/{event_id}/guest-code"), and a guest's own account made a full one
    # ("convert_guest POST /auth/convert-guest"): the caller has an account
    "=guest =code|=codes|=pass|=passes|=link|=links|=invite|=invites|=invitation|=invitations",
    "convert|converts|converting|conversion =guest|=guests",
    # an account that signs in through a provider, named as the account acted on
    # ("set_password_for_oauth_user POST /users/{user_id}/set-password")
    "oauth|oauth2|sso|social =user|=users",
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
    "@create|@update|@delete ~ =visitor|=visitors",
    "@read ~ =visitors",
    "visitor|visitors =check",
    # a hotel's or an event's guests as records staff keep: "create_guest POST /guests",
    # "filter_guests", "get_room_guest GET /rooms/{number}/guests"
    "@create|@update|@delete|filter|filters|search|lookup =guest|=guests",
    # a guest registered into, or looked up among, the guests staff keep:
    # "register_guest_customer POST /api/v1/guests/register", "POST /api/v1/guests/lookup"
    "=guests =register|=lookup",
    "room|rooms|booking|bookings|reservation|reservations ~ =guest|=guests",
    # guests read or changed, as the words say ("list guests") or as a route's path names them
    # after its method (read as its action): "list_guests GET /api/v1/guests/", "create_guest
    # POST /api/v1/guests/" (a hostel's records); one guest in a path stays who calls
    # ("guest_login POST /api/v1/auth/guest")
    "@read|@create|@update|@delete ~ =guests",
    # a place's guest book: "list_guests GET /v1/restaurants/{restaurant_id}/guests/"
    "restaurant|restaurants|hotel|hotels|venue|venues ~ =guest|=guests",
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
    # logins that failed, counted or purged: "get_failed_logins_count GET
    # /api/dashboard/auth/failed-logins/count" reads records of them, it logs no one in
    "failed|unsuccessful =login|=logins|=logon|=signin",
    # attempts at logging in read as records: "get_login_attempts GET
    # /api/v1/security/login-attempts" (not limiting them on the login itself)
    "@read ~ =login|=logon|=signin =attempts",
    # a state, not an entry: "registered users" are the signed-in ones
    "=registered",
    # a public group joined: the caller is signed in to join it ("request_join_public_league
    # POST /leagues/{slug}/join-request")
    "join|joins|joining =public",
    # a way of logging in unlinked from the caller's account ("unlink a GitHub login"), and
    # a signed-in caller logging in again to confirm ("fresh_login")
    "=login|=logins|=logon|=signin|oauth|sso|saml|oidc ~ =unlink|=disconnect",
    "=unlink|=disconnect ~ =login|=logins|=logon|=signin|oauth|sso|saml|oidc",
    "fresh|recent =login|=logon|=signin",
    # a login (a way of signing in) deleted is a credential ended, not a sign-in
    "@delete ~ =login|=logins",
    # sign-ups and logins as records a list reads ("List Attendee Signups"), the read's verb
    # up to six words before, as a route's path names them again ("get_pending_registrations
    # GET /api/v1/patients/pending-registrations"), and a point of sale's tills listed
    # ("get_registers GET /api/v1/pos/registers")
    "@read ~~ =signups|=registrations|=logins|=signins|=registers",
    # accounts' login credentials listed or read: records of every account, not a sign-in
    # ("list_login_credentials GET /api/v1/auth/credentials")
    "@read ~~ =login|=logon|=signin =credentials|=credential",
    # a robotics collection, not the crawlers' robots.txt: "get_robots GET /api/v1/robotics/"
    "=robots|=robot ~~ =robotics",
    "=robotics ~~ =robots|=robot",
    # sign-ups, registrations and enrolments as records changed or downloaded ("Delete
    # selected registrations", "Download a picture attached to a registration")
    f"@delete|@update ~ {_ENTRY_RECORDS}",
    # the same, the verb after, as a controller's action names it: "registrations#update"
    f"{_ENTRY_RECORDS} =update|=edit|=destroy|=delete|=remove",
    # the same, named before the change: "Registration approval" is staff deciding on one
    f"{_ENTRY_RECORDS} =approval|=approvals|=approve|=rejection|=rejections|=reject",
    # requests to register, kept as records, read and decided on: "decide_request POST
    # /registration-requests/{request_id}/decide/" (one made is still a visitor's, as
    # "create_student_signup_request POST /api/v1/student-signup-requests" is)
    f"@read|@update|@delete|=decide|=decides|=review|=reviews ~ {_ENTRY_RECORDS} =request"
    "|=requests",
    f"{_ENTRY_RECORDS} =request|=requests ~~ @update|@delete|=decide|=decides|=review|=reviews",
    # the caller's own sign-ups as records: "my_registrations GET /api/events/my-registrations"
    f"=my|=own {_ENTRY_RECORDS}",
    # a device, or an AI agent or bot, registered ("register_device POST
    # /v1/devices/register", "register_agent POST /api/v1/agents/register") is a signed-in
    # caller's record, not an account made
    "device|devices|vehicle|vehicles|agent|agents|bot|bots =register|=registers|=registration"
    "|=enroll|=enrol",
    # a face, a fingerprint or another biometric registered for a person ("register_face POST
    # /face/register/{user_id}"): a record of someone signed in, not an account made
    "face|faces|fingerprint|fingerprints|biometric|biometrics|palm|palms|iris =register"
    "|=registers|=registration|=enroll|=enrol",
    # a machine registered the same way: "create_server POST /api/servers/register", "Register
    # node"
    "server|servers|node|nodes|host|hosts|machine|machines|runner|runners|worker|workers"
    " =register|=registers|=registration",
    # a device's push-notification token registered, either order ("register_fcm_token POST
    # /fcm-token/register"): the signed-in caller's device, not an account made
    "fcm|apns|push ~ =register|=registers|=registration",
    "=register|=registers ~ fcm|apns|push",
    # an organization's single sign-on read or changed, not a sign-in: "get_current_organization_sso
    # GET /api/v1/organizations/current/sso"
    f"@read|@update|@delete ~ {ORGANIZATIONS} ~ sso|saml|scim|oidc",
    # a device's token named before its registration: "POST /device-token/register"
    "device|devices =token|=tokens =register|=registers|=registration",
    # an OAuth token ended by name ("Revoke an OAuth token") is a credential, not a sign-in
    "@delete ~ oauth|oauth2 =token|=tokens",
    # a webhook's settings read, not a webhook received: "get_slack_webhook GET ..."
    "@read ~ webhook|webhooks",
    # a webhook registered with its sender or removed, the app's own set-up, not the sender
    # calling in: "set_webhook POST /api/v1/telegram/webhook/set"
    "=set|=delete|=remove|=unregister|=configure =webhook|=webhooks",
    "=webhook|=webhooks =set|=delete|=remove|=unregister|=configure",
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
    # a ping that names one record by its id reports on that record, not the service's
    # liveness: "ping_progress POST /api/courses/{course_id}/progress"
    "=ping ~~ =id",
    # one named instance's health checked: "POST /service/instance/healthcheck/{service_id}"
    "=healthcheck|=healthchecks ~~ =id",
    # one record's readiness, named by its id: "exam_readiness GET
    # /api/v1/exams/{exam_id}/readiness" (is the exam ready?), not the service's probe. A mask
    # blanks its whole span, the id too, so the word on both sides of the id comes first, then
    # each side alone.
    "=readiness|=liveness ~~ =id =readiness|=liveness",
    "=id =readiness|=liveness",
    "=readiness|=liveness ~~ =id",
    "=health =check|=checks ~~ =id",
    # a webhook's endpoint or address set up, changed or ended: "Create a webhook endpoint"
    "@create|@update|@delete =webhook =consumer|=consumers|=url|=endpoint",
    # the same on a list of them: "create_endpoint POST /api/v1/webhooks/endpoints"
    "@create|@update|@delete ~ =webhooks =endpoints|=urls",
    "@create|@update|@delete a|an|the|new =webhook =consumer|=consumers|=url|=endpoint",
    # an endpoint that changes something on its caller's word: "Webhooks endpoint to stop/start
    # task of a receiver" is the app's own control, not a sender's
    "webhook|webhooks =endpoint|=endpoints|=url =to ~ @create|@update|@delete",
    # where a provider redirects back, set or read: "update the OAuth callback URL"
    "@create|@update|@delete|@read ~ callback|callbacks =url|=urls|=uri|=uris",
    # sign-ups allowed or not: a setting of the instance ("Allow or disallow user registration")
    f"=allow|=allows|=disallow|=disallows|=permit|=forbid ~ {_ENTRY_RECORDS}",
    f"download|downloads|export|exports ~~ {_ENTRY_RECORDS}",
    # the same, the verb after: "download_notification_users_csv GET
    # /users/notifications-signup/download" (a list of people who signed up, carried out)
    f"{_ENTRY_RECORDS} =download|=downloads|=export|=exports",
    # single sign-on or OAuth set up, linked or granted by a signed-in caller ("sso/link",
    # "sso/promote", "OAuthAuthorizeHandler"), not signing in with it
    f"oauth|sso|saml|oidc ~ {_SSO_SET_UP}",
    f"{_SSO_SET_UP} ~ oauth|sso|saml|oidc",
    # an OAuth flow started with no sign-in said, at most a provider between the words
    # ("google_oauth_start GET /api/oauth/google/start": an integration connected;
    # "oauth_login_start" stays a sign-in)
    "oauth|oauth2 =start|=begin",
    # an OAuth connection tried out by its owner: "test_endpoint GET /google-ads-oauth/test"
    "oauth|oauth2 =test|=tests",
    f"oauth|oauth2 {_OAUTH_PROVIDERS} =start|=begin",
    "=start|=begin oauth|oauth2",
    # health sent in is a record written, not a probe read: "post_health_beacon POST
    # /api/v1/ingest/root/v1/health" (a device reporting in; "add a health endpoint" builds one)
    "=post|=posts|=ingest|=submit|=submits|=upload|=uploads ~~ =health|=healthcheck",
    # a site's icon changed is a setting staff keep, not the asset a browser fetches:
    # "upload_favicon POST /api/upload/favicon" ("favicon.ico" stays public)
    "=upload|=uploads|=set|=update|=updates|=change|=replace|=delete|=remove ~~ =favicon",
    # a health probe is public; its figures are not ("health status and performance metrics"),
    # nor its details, kept for staff where the sets read them ("health_detail GET
    # /health/detail", "debug_info GET /api/health/health/debug", "get_diagnostics GET
    # /api/v1/health/diagnostics")
    "health|healthcheck ~ metrics|metric|performance|statistics|stats|usage",
    "health|healthcheck ~ =detail|=details|=detailed|=debug|=diagnostics|=diagnostic",
    # nor its dashboard, a page of figures ("health_dashboard GET /api/health/dashboard",
    # "get_health_dashboard GET /health/dashboard")
    "=health|=healthcheck =dashboard|=dashboards",
    "=dashboard|=dashboards =health|=healthcheck",
    "=detail|=details|=detailed|=debug|=diagnostics|=diagnostic ~ =health|=healthcheck",
    # home health care, a kind of care: "seed_home_health POST /api/seed/home-health"
    "=home =health",
    # health as what a record is about, not a probe: "submit_insurance_claim POST
    # /api/health-insurance/claims/", "health records"
    "=health insurance|insurances|record|records|history|histories|profile|profiles|plan|plans"
    "|claim|claims|condition|conditions|data|event|events|diary|diaries|step|steps"
    "|sleep|education|pattern|patterns|report|reports|summary|summaries|overview",
    "verify|verification ~ email|emails =request|=requests",
    # the signed-in party ("the logged-in member") and codes confirming the caller's own
    # account action ("a verification code to confirm account deletion") name the caller
    f"=logged|=signed in|on {PARTY}",
    f"{CONFIRMATION} ~~ {OWN_ACTION}",
    f"{OWN_ACTION} ~~ {CONFIRMATION}",
    # how messages travel (a websocket, a stream, server-sent events) says nothing of who calls
    f"{_TRANSPORT} ~ event|events|message|messages|notification|notifications|update|updates",
    f"event|events|message|messages|notification|notifications|update|updates ~ {_TRANSPORT}",
)

# Entering an account: signing up, registering, enrolling, logging in. Public only when it
# stands alone ("POST /register"), acts on an account or the caller ("register a new
# account"), or says how ("sign up with email", "login_totp"); entering anything else
# ("register a face image", "register for an event queue") is a signed-in caller's change.
_ENTERED = f"{PARTY}|users|accounts|members|customers|me|myself|yourself|self"
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
_ENTRY_ENDS = _ENTRY_HOW | _ENTRY_WHERE | _ENTRY_OF | METHODS
_ACTIONS = frozenset({"@create", "@update", "@delete", "@read"})
_ENTRY_SKIP = ARTICLE | {"the", "your", "my", "their", "this", "that", "its"}

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


# A route named for a login whose path names the login again ("login_web POST
# /api/v1/auth/login-web", "login_hospital POST /auth/login/hospital") is that login: the word
# after it says how or whose, not what else is entered.
_SIGN_INS = frozenset({"login", "logon", "signin"})


def _named_login(words: Sequence[str]) -> bool:
    """Whether the words begin with a login word that the rest repeats (the route's path)."""
    return bool(words) and words[0] in _SIGN_INS and words[0] in words[1:]


def _entry_elsewhere(words: Sequence[str], keys: Sequence[frozenset[str]]) -> list[int]:
    """Where an account-entry word acts on something that is not an account ("register a
    face image"): those words say nothing about who may call."""
    elsewhere: list[int] = []
    login_route = _named_login(words)
    for text, entered in ACCOUNT_ENTRY.items():
        if login_route and entered == _LOGIN_MEANS:
            continue
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


# A record's id in a path, also when named in full ("{event_identifier}") or as a list of them.
_RECORD_IDS = IDS | {"ids", "identifier"}


def _record_id(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` names records by their id in a path ("{tournament_id}"); "OpenID"
    is how one signs in, no record's id."""
    return words[at] in _RECORD_IDS and words[at - 1 : at] != ["open"]


# Signing up for one thing a path names by its id, not for an account: "register_pass POST
# /api/passes/{event_id}/register", "GET /api/fest-events/{event_id}/registrations"; and a
# login made for one record so named, an account made for someone: "create_employee_login
# POST /employees/{employee_id}/create-login".
_ENTRIES = REGISTERS | {"registr"}  # the stem of "registration"
_LOGINS = frozenset({"login", "logins"})


def _entry_at_one_record(words: Sequence[str], keys: Sequence[frozenset[str]]) -> list[int]:
    """Where the entry words are when the path, right after one record's id, enters that
    record (``register_player POST /tournaments/{tournament_id}/register``: joining it, the
    route's name included, is a signed-in caller's change, not a sign-up) or makes a login
    for it (an account made for someone, not a sign-in)."""
    ids = [i for i in range(len(words) - 1) if _record_id(words, i)]
    joins = any(stem(words[i + 1]) in _ENTRIES for i in ids)
    made = any(
        "@create" in keys[i + 1] and i + 2 < len(words) and words[i + 2] in _LOGINS for i in ids
    )
    return [
        i
        for i, word in enumerate(words)
        if (joins and stem(word) in _ENTRIES) or (made and word in _LOGINS)
    ]


# People who visit, or stay as guests, registrations and one record's health: when the path
# names one by its id ("/visitors/{visitor_id}", "/progress/registration/{registration_id}",
# "/attempts/{attempt_id}/health"), they are records staff or their owner keep, and every
# mention is the record's, the route's name included ("check_out_visitor",
# "get_progress_by_registration", "get_health"), not a visitor's own call, a sign-up or the
# service's probe.
_NAMED_RECORDS = frozenset(
    {"visitor", "visitors", "guest", "guests", "registration", "registrations", "health"}
)


# What staff hand out for one of those records: "generate_guest_token".
_HANDED_OUT = frozenset({"token", "tokens"})


def _records_named_by_id(words: Sequence[str]) -> list[int]:
    """Where those words are when one of them is followed, within three words, by an id, or
    comes up to three words after one ("get_structure_guests GET
    /api/structures/{structure_id}/guests": that record's guests; "health GET
    /api/networks/{nid}/maintenance/health": one network's), or is followed by the tokens staff
    hand out for it ("generate_guest_token POST /api/v1/access/guest/generate": a credential,
    not a guest's own call), or nothing."""
    named = any(
        word in _NAMED_RECORDS
        and (
            _RECORD_IDS.intersection(words[i + 1 : i + 5])
            or _RECORD_IDS.intersection(words[max(i - 3, 0) : i])
            or _HANDED_OUT.intersection(words[i + 1 : i + 2])
        )
        for i, word in enumerate(words)
    )
    return [i for i, word in enumerate(words) if word in _NAMED_RECORDS] if named else []


# A health path whose records are made, changed or deleted keeps a health app's data ("log_food
# POST /health/food-log", "update_weekly_progress POST /health/update-progress"): a probe is
# only read. Building one stays public: "add a health check endpoint".
_PROBE_PARTS = frozenset(
    stem(word)
    for word in (
        "check", "endpoint", "probe", "route", "api", "status", "ping", "live", "liveness",
        "ready", "readiness", "monitor",
    )
)  # fmt: skip
_CHANGES = ("@create", "@update", "@delete")


def _health_records(words: Sequence[str], keys: Sequence[frozenset[str]]) -> list[int]:
    """Where "health" names records a change acts on: a change verb up to seven words before,
    and a word after it that is none of a probe's."""
    return [
        i
        for i, word in enumerate(words)
        if word == "health"
        and i + 1 < len(words)
        and stem(words[i + 1]) not in _PROBE_PARTS
        and any(change in key for key in keys[max(0, i - 7) : i] for change in _CHANGES)
    ]


# A thing's readiness, named by the thing right before it ("get_readiness GET
# /api/v1/credit-readiness": how ready the caller's credit is), is that thing's record, not the
# service's probe ("perform_readiness_check", "liveness and readiness", "system/ready").
_NOT_THINGS = FILLER_WORDS | GENERIC_WORDS | {
    "health", "system", "app", "server", "k8s", "pod", "implement", "perform", "expose", "support",
}  # fmt: skip


# Health measured as a score ("community_health_score GET /api/v1/analytics/community-health",
# a community's health score; "get_portfolio_health_index"): a figure someone reads, not the
# service's probe, in every mention.
_MEASURES = frozenset({"score", "scores", "index", "rating", "ratings", "grade"})


def _health_measured(words: Sequence[str]) -> list[int]:
    """Where "health" is, when one is followed by a word that measures it."""
    measured = any(
        word == "health" and i + 1 < len(words) and words[i + 1] in _MEASURES
        for i, word in enumerate(words)
    )
    return _mentions(words, "health") if measured else []


def _readiness_of_a_thing(words: Sequence[str], keys: Sequence[frozenset[str]]) -> list[int]:
    """Where "readiness" is, when one is right after a word that names a thing: no verb, no
    probe's part and no word that names the service itself."""
    owned = any(
        word == "readiness"
        and i > 0
        and words[i - 1].isalpha()
        and stem(words[i - 1]) not in _PROBE_PARTS
        and words[i - 1] not in _NOT_THINGS
        and not any(key.startswith("@") for key in keys[i - 1])
        for i, word in enumerate(words)
    )
    return _mentions(words, "readiness") if owned else []


# An entry word that names no entry, read so in one mention and so in the route's every other
# ("update_login PUT /auth/update-login"): a sign-in changed or set up, not one made (the
# caller's own credentials, "edit_login_settings PUT /settings/login"), and a record looked up
# by its registration ("get_vehicle_by_registration GET /api/vehicles/registration/{registration}").
_NO_ENTRY = (
    "=update|=updates|=change|=changes|=edit|=edits|=modify =login|=logon|=signin",
    "=login|=logon|=signin =settings|=setting|=config|=configuration|=preferences|=options",
    "=by =registration",
)
_NO_ENTRY_WORDS = _SIGN_INS | {"registration"}


def _no_entry(words: Sequence[str], keys: Sequence[frozenset[str]]) -> list[int]:
    """Every mention of an entry word one ``_NO_ENTRY`` rule reads as no entry."""
    phrases = rule_matches(_NO_ENTRY, words, keys)
    named = {word for phrase in phrases for word in phrase.split() if word in _NO_ENTRY_WORDS}
    return [at for word in named for at in _mentions(words, word)]


def _mentions(words: Sequence[str], word: str) -> list[int]:
    """Every position of ``word``: a reading of one mention holds for the route's others."""
    return [i for i, each in enumerate(words) if each == word]


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


def _public_keys(
    words: Sequence[str], keys: Sequence[frozenset[str]]
) -> tuple[list[frozenset[str]], list[str]]:
    """The keys the public rules read, with the words that say nothing about who may call
    masked, and the password-recovery phrases staff start for one record (danger, masked)."""
    public_keys = masked(words, keys, NOT_ACCESS)
    for position in (
        *_entry_elsewhere(words, public_keys),
        *_entry_at_one_record(words, keys),
        *_records_named_by_id(words),
        *_health_records(words, keys),
        *_readiness_of_a_thing(words, keys),
        *_health_measured(words),
        *_no_entry(words, keys),
    ):
        public_keys[position] = frozenset()
    recovery = _recovery_for_one_record(words, public_keys)
    if recovery:
        for position, word in enumerate(words):
            if word in _RECOVERY_WORDS:
                public_keys[position] = frozenset()
    return public_keys, recovery


def read_public(
    words: Sequence[str], keys: Sequence[frozenset[str]], *, claimed: bool
) -> tuple[list[str], list[str]]:
    """The public phrases of ``words``, and the password-recovery phrases staff start for one
    record (danger). ``claimed``: a role, a scope or danger is already said, so a password
    reset named alone is someone's, not the forgotten password's."""
    public_keys, recovery = _public_keys(words, keys)
    public = rule_matches(PUBLIC, words, public_keys)
    if not (claimed or recovery or _RESET_WHOSE.intersection(words)):
        public += rule_matches(RESET_ALONE, words, public_keys)
    return public, recovery


# Every word a public rule names.
PUBLIC_WORDS = frozenset(
    rule_words(
        [
            *PUBLIC,
            *RESET_ALONE,
            *NOT_ACCESS,
            *_NO_ENTRY,
            *ACCOUNT_ENTRY,
            *ACCOUNT_ENTRY.values(),
            *VISIBILITY,
        ]
    )
)
