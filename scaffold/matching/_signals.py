"""Security signals in a description: who acts, on whose records, how dangerous, public, bulk.

The signals set the floor of the contract (``_strength``): whatever the words match best, an
admin request never gets a user-level contract, a dangerous one gets the sensitive contract,
"my X" gets an ownership check, and a public request gets no auth it rules out.

Rules are plain data (``ROLES``, ``DANGER``, ...) in the phrase language of ``_rules``
(stems, ``a|b``, ``@concept``, ``=word``, ``~`` and ``~~`` gaps), so "administrators", "admin"
and "admni" all name the admin role. Whose records are named is read by ``_scope``, whether
the request rules authentication out by ``_public``; rules about what kind of object is acted
on (the whole instance's, or sensitive by nature) live in ``_objects``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from scaffold.matching._account_changes import ACCOUNT_CHANGE_WORDS, account_change
from scaffold.matching._credentials import CREDENTIAL_WORDS, credential_danger
from scaffold.matching._many import MANY_WORDS, emptied, expired_many, marked_many
from scaffold.matching._many import is_plural as _plural
from scaffold.matching._objects import OBJECT_WORDS, SENSITIVE_OBJECTS
from scaffold.matching._payment_changes import PAYMENT_CHANGE_WORDS
from scaffold.matching._privileges import PRIVILEGE_WORDS, privilege_danger
from scaffold.matching._public import PUBLIC_WORDS, VISIBILITY, read_public
from scaffold.matching._rules import (
    masked,
    rule_matches,
    rule_words,
    word_keys,
)
from scaffold.matching._scope import (
    CALLER_WORDS,
    IDS,
    ORGANIZATIONS,
    SCOPE_WORDS,
    Scope,
    read_scope,
)
from scaffold.matching._text import stem
from scaffold.matching._whole import WHOLE_WORDS, whole_danger

__all__ = ["SIGNAL_WORDS", "Signals", "read_signals"]

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
        # the head of the company, who runs a business app's back office:
        # "get_ceo_dashboard_metrics", "lister_boutiques GET /pdg/boutiques" (in French, the
        # président-directeur général)
        "ceo|ceos|pdg",
    ),
    "moderator": ("moderator|moderators|moderation",),
    "staff": (
        "staff",
        "support agent|agents",
        "helpdesk",
        "backoffice|backoffices",
        "back office|offices",
        "supervisor|supervisors",
    ),
    "operator": ("operator|operators",),
}

# Words that begin with "admin" and are words of their own, not a name fused with it; the
# super admin words are the super admin role's ("superadmin", "superadministrator").
_ADMIN_WORDS = ("administ", "admins", "superadmin")

# Who does business on a platform, and whom it serves: their onboarding decided, or their
# access taken away, is danger as a user's ban is.
_TRADERS = (
    "=provider|=providers|=vendor|=vendors|=seller|=sellers|=merchant|=merchants|=partner"
    "|=partners|=host|=hosts|=franchise|=franchises"
)
_CLIENTELE = "=customer|=customers|=artist|=artists|=driver|=drivers"
DANGER = (
    "dangerous|critical|sensitive|irreversible|destructive|privileged|risky|riskiest",
    "purge|purges|purging|erase|erasure|wipe|wipes|gdpr|pii|=anonymize|=anonymise|redact",
    "prune|prunes|pruning",  # records cut away for good, as a purge does
    # rows of the database's tables, or documents of its collections, written by hand:
    # "update_generic_table_row PATCH /admin-db/tables/{table_name}/{pk_column}/{pk_value}" (any
    # table, the users' included), "create_document POST
    # /admin/database/{collection_name}/documents"
    "@create|@update|@delete ~ =db|=database =table|=tables|=collection|=collections",
    # the same, and the tables' columns changed: "create_row POST
    # /admin/tables/{table_name}/rows", "drop_column DELETE /admin/tables/{table_name}/columns/..."
    "@create|@update|@delete|add|drop|alter ~~ =tables ~ =row|=rows|=column|=columns",
    # any collection's document, the collection named by the path: "admin_update_document PUT
    # /api/v1/admin/{collection}/{doc_id}"
    "@create|@update|@delete ~~ =collection|=collections =doc|=docs|=document|=documents",
    "impersonate|impersonates|impersonation|impersonating|masquerade|masquerades|masquerading",
    "ban|bans|banned|unban|refund|refunds|payout|payouts|truncate|shutdown|transfer|transfers",
    # money paid out of the service: "disburse_advance POST
    # /api/financial/advances/{requisition_id}/disburse", "create_disbursement"
    "=disburse|=disburses",
    "@create ~ =disbursement|=disbursements",
    # a player or a character put out of a game or a party, as a member put out of a group is:
    # "kick_player POST /api/games/{game_id}/kick/{user_id}", "kick_character POST
    # /api/parties/{code}/kick"
    "kick|kicks|expel|expels ~ =player|=players|=character|=characters",
    "tempban|tempbans",  # a ban for a time: "admin_tempban_player POST /minecraft/admin/tempban"
    # a transfer by another name: "Batch move servers to other user"
    "move|moves|moving|reassign|reassigns ~~ to =other|=another user|users|owner|account",
    "hard delete",
    "permanently @delete",
    # the same said after the verb, and in Spanish and Portuguese: "excluir_pedido_definitivamente
    # POST /pedidos/{pedido_id}/excluir-definitivamente", "delete the document permanently"
    "@delete ~ permanently|definitivamente|permanentemente",
    "definitivamente|permanentemente @delete",
    "personal data",
    # a social security number, personal data by itself: "get_applicant_ssn GET
    # /admin/applicants/{application_id}/ssn" (the two-hundred-thirtieth set)
    "ssn|ssns",
    "social security number|numbers",
    "rotate|roll|regenerate ~ key|keys|secret|secrets|credential|credentials|token|tokens",
    "api key|keys",
    # a key that signs a device or a machine in: "Create pre-auth key"
    "auth key|keys",
    "authkey|authkeys|preauthkey|preauthkeys",
    # the machine's own superuser, and commands run on it: "_set_sudo_password", "ExecProcess"
    "sudo password|passwords|user|users|access|privilege|privileges|rule|rules",
    "sudoer|sudoers",
    "exec|execute|executes|run ~ process|processes|shell|command|commands",
    # raw SQL run against the database: "execute_sql POST /api/v1/admin/sql", and loaded
    # into it ("sql_import_post POST /v1/admin/sql-import")
    "exec|execute|executes|run|runs ~ =sql",
    "=sql =import|=imports",
    "=import|=imports|=load ~ =sql",
    # a running worker or process stopped by force: "kill_worker POST /workers/kill/{name}"
    "kill|kills ~ worker|workers|process|processes|job|jobs|task|tasks",
    "worker|workers|process|processes =kill",
    # an identity check decided: who may use the service ("KYC rejection", "finalize_rejected
    # POST /kyc/admin/...")
    "kyc ~~ =reject|=rejected|=rejection|=approve|=approved|=approval|=finalize|=finalise"
    "|=review|=reviewed|=process|=processed",  # "process_kyc POST /admin/kyc/{kyc_id}/process/"
    "=reject|=rejects|=approve|=approves|=review|=reviews|=process|=processes|=verify ~ =kyc",
    # someone else's identity check changed by staff: "update_driver_kyc POST
    # /api/v1/admin/drivers/{user_id}/kyc" (the caller's own, "update_kyc", is not)
    "@update ~ =driver|=drivers|=user|=users|=customer|=customers|=merchant|=merchants =kyc",
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
    "block|unblock|suspend|unsuspend|deactivate|disable|silence|restrict|unrestrict ~ user|users"
    "|account|accounts|domain",
    # someone's account let back in: "reactivate_user POST /api/users/{user_id}/reactivate" (the
    # caller's own, "reactivate_current_user", names a word between)
    "=reactivate|=reactivates =user|=users",
    # many accounts enabled or their status or department set at once: "batch_enable POST
    # /api/v1/users/batch-enable", "POST /api/v1/users/batch/update-status"
    "=users|=accounts =batch|=bulk|=mass ~ =enable|=status|=department|=departments",
    "blacklist|blocklist|denylist|blacklisting|unblacklist ~ user|users|account|accounts|member"
    "|members|client|clients|customer|customers",
    "suspend ~ subaccount|subaccounts",
    # someone put on a course or taken off it by another: "enroll_student POST
    # /courses/{course_id}/enrollments", "unenroll_student DELETE /classes/{id}/unenroll/{id}"
    "=enroll|=enrolls|=enrols|=unenroll|=unenrolls|=unenrols ~ =student|=students",
    "@delete ~ =enrollment|=enrollments ~~ =student",
    # a plan or the features it holds handed to a user or taken away by staff:
    # "assign_plan_to_user POST /users/{user_id}/assign-plan", "assign_features POST
    # /api/admin/debug/users/{user_id}/features"
    "assign|unassign|revoke|grant ~ =plan|=plans ~ =user|=users",
    "assign|unassign|revoke|grant =feature|=features|=entitlement|=entitlements ~~ =user|=users",
    # a user's plan, tier or subscription changed by staff: "change_user_tier POST
    # /api/v1/admin/users/{user_id}/change-tier", "update_user_subscription PATCH
    # /api/v1/admin/users/{user_id}/subscription"
    "@update|set|change|override ~ =user|=users =plan|=plans|=tier|=tiers|=subscription"
    "|=subscriptions",
    # a customer's or a merchant's account let in or shut out by staff, and a device barred
    # ("suspend_client POST /clients/{client_id}/suspend", "block_device POST
    # /devices/{device_id}/block")
    "block|unblock|suspend|unsuspend|lock|unlock|=activate|=reactivate ~ =client|=clients"
    "|=merchant|=merchants",
    # a customer shut out: "deactivate_customer DELETE /api/v1/customers/{customer_id}"
    "=deactivate|=deactivates|=suspend|=suspends =customer|=customers",
    "block|unblock|isolate|unisolate|quarantine ~ =device|=devices",
    # a hosted organization's standing decided by the platform: let in, shut out, vouched for,
    # or moved to another plan ("set_tenant_verified POST /tenants/{tenant_id}/verify",
    # "activate_organization", "update_tenant_plan"), with or without a role said
    "block|unblock|suspend|deactivate|disable|=activate|=activates|=reactivate|=reactivates"
    "|verify|unverify|approve|reject|upgrade|downgrade ~ organization|organizations"
    "|organisation|organisations|tenant|tenants",
    # a company, when it is what the verb acts on ("approve_company", not ".../disable" under
    # a path's "{company_id}")
    "=block|=unblock|=deactivate|=disable|=activate|=reactivate|=verify|=unverify|=approve"
    "|=reject|=upgrade|=downgrade =company|=companies",
    "@update|toggle|set ~ tenant|tenants|organization|organizations|organisation|organisations"
    "|company|companies =status|=plan|=subscription|=verified|=active",
    # a business a service hosts suspended or banned: "suspend_business PATCH
    # /businesses/{business_id}/suspend", "ban_vendor"
    "suspend|unsuspend|ban|unban ~ business|businesses|vendor|vendors|seller|sellers|merchant"
    "|merchants|tenants|franchise|franchises",
    "give|grant ~ access",
    "capture ~ payment",
    # an order's payment taken: "capture_paypal_order_endpoint POST /payments/paypal/capture"
    "=capture|=captures ~ =paypal|=order|=orders|=charge|=charges",
    "=paypal|=stripe ~ =capture",
    "@update|adjust ~ balance",
    "drop|recreate ~ table|tables|database|index|schema|collection",
    "restore|@create|download|import|load|from ~ backup|backups|snapshot|snapshots|dump|dumps",
    "export|dump|download ~ all|whole|full|entire|everything|every|raw",
    # the whole instance exported: its database or configuration, whichever comes first
    "export|exports|dump|dumps ~ database|databases|db|configuration|config|settings",
    "database|databases|db|configuration|config|settings ~ export|exports|dump|dumps",
    "export ~ users|accounts",
    # the people a business deals with, carried out as a list: "export_leads GET
    # /api/v1/leads/export", "export_clients_csv GET /admin/clients/export"
    "export|exports ~ =leads|=clients|=customers|=contacts",
    "=leads|=clients|=customers|=contacts ~ =export|=exports",
    # a whole container of everyone's work carried out: "export_workspace GET /export"
    "export|exports|dump|dumps ~ workspace|workspaces|organization|organizations|organisation"
    "|organisations|tenant|tenants",
    "@create|@update|@delete|assign|grant|give|toggle|elevate|promote|demote ~~ role|roles",
    "@create|@update|@delete|assign|grant|give|toggle|elevate ~~ permission|permissions",
    "@create|@update|@delete|assign|grant|give|toggle|elevate ~ privilege|privileges|acl|acls"
    "|abac|rbac",  # "create_abac_rule POST /api/v1/abac-rules": who may do what, written
    "grant|toggle|make|promote ~ admin",
    # someone put in charge of others: "assign_supervisor PATCH
    # /admin/technicians/{tech_id}/assign-supervisor", "assign_branch_manager"
    "=assign|=assigns|=assigning|=appoint|=appoints ~ manager|managers|supervisor|supervisors"
    "|leader|leaders|captain|captains",
    # and taken out of charge, or replaced: "remove_leader DELETE /groups/{group_id}/leaders",
    # "change_captain PUT /teams/{id}/captain"
    "=remove|=removes|=unassign|=unassigns|=change|=changes|=replace ~ manager|managers|supervisor"
    "|supervisors|leader|leaders|captain|captains",
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
    "restart|reboot ~ server|instance|service|node|worker|workers|pool|pools|cluster|gateway"
    "|gateways|daemon|daemons|container|containers",
    # the audit trail erased: "delete old data from audit collection"
    "@delete|clear|clean|purge|truncate|prune ~~ audit|audits|auditlog|auditlogs",
    # the same trail by another name: "cleanup_operation_logs POST /operation-logs/cleanup"
    "@delete|clear|clean|cleanup|purge|truncate|prune ~~ =operation =log|=logs",
    "reset ~ settings|instance|database|db|everything|all",  # "reset_db POST /reset-db"
    # a database emptied, by its short name: "clear_cooperatives POST
    # /v1/maintenace/clear-cooperative-db" ("clear_database_cache" clears a cache, staff's)
    "clear|clears|wipe|wipes|truncate|truncates|erase|erases|empty|empties ~ =db|=dbs",
    "=reset|=resets =data",  # the data itself reset: "reset_data POST /reset"
    # all the caller's data erased, not one record: "clear_my_patient_data DELETE
    # /patients/me/data"
    "@delete|clear|clears my|me ~ =data",
    # everything stored erased: "Completely reset stored memories."
    "=completely|=entirely|=fully =reset|=wipe|=clear|=erase",
    "@delete ~ all",
    "data migration",
    "allow|block list",
    "allowlist|whitelist|blocklist|firewall",
    "lock|unlock ~ user|users|account|accounts",
    # a whole company or tenant locked out: "lock_company PUT /api/v1/admin/companies/{id}/lock"
    f"lock|unlock ~ {ORGANIZATIONS}",
    # a firewall rule by another name: "add_ip_block POST /api/v1/admin/ip-blocks"
    "@create|@update|@delete ~ =ip =block|=blocks|=ban|=bans",
    # someone doing business on the platform shut out: "block_partner POST
    # /api/v1/admin/partners/{partner_id}/block" (a ban, as for a user), or blacklisted:
    # "blacklist_vendor POST /api/v1/vendors/{vendor_id}/blacklist"
    f"block|blocks|unblock|unblocks|ban|bans|unban|unbans|blacklist|unblacklist ~ {_TRADERS}"
    f"|{_CLIENTELE}",
    f"{_TRADERS}|{_CLIENTELE} ~ block|unblock|ban|unban|blacklist|unblacklist",
    # impersonation: "log in as a user", "login as the selected user"
    "=log|=logs|=sign|=signs in|on =as",
    "=login|=logon|=signin =as",
    # a session minted for someone by hand: "mint_user_session POST
    # /admin/users/{user_id}/session" (a caller signs in; no one mints their own session)
    "=mint|=mints|=minting ~ =session|=sessions",
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
    # a sub-administrator's account, an admin's all the same: "update_sub_admin PUT
    # /api/admin/sub-admins/{user_id}"
    "@create|@update|@delete ~~ =sub =admin|=admins",
    # an administrator of some part, named by the user's id: "update_district_admin PATCH
    # /admin/district-admins/{user_id}", "update_store_admin PUT .../store-admins/{user_id}"
    "@create|@update|@delete ~~ =admins|=administrators =user|=users =id",
    # taking over identities: merging accounts, assuming a role
    "merge ~ user|users|account|accounts",
    "assume|switch ~ role|identity",
    "@create|add|invite|promote new|more|additional|other =admins|=administrators|=superusers",
    # money moving: top up, credit, charge, withdraw, payouts
    "top up",
    "topup|withdraw|withdrawal|withdrawals|chargeback|chargebacks|cashout|cashouts",
    "@create|@update|adjust|add|top|issue|grant ~ balance|credit|credits|funds|coin|coins",
    # money taken from someone's account, or a deposit added to a user's account by someone
    # else: "deduct_funds_from_user POST /api/v1/admin/users/{id}/deduct-funds",
    # "add_deposit_to_user POST /api/v1/admin/users/{id}/add-deposit"
    "=deduct|=deducts|=subtract ~ balance|credit|credits|funds|coin|coins|profit|profits|deposit"
    "|deposits",
    "add|@create ~ =deposit|=deposits|=funds|=profit|=profits =to ~ =user|=users|=account"
    "|=accounts",
    # what a user may use, set for them: "Adjust user file usage quota"
    "@update|adjust|set|increase|raise|lower ~ user|users|member|members ~ quota|quotas|=limits",
    # a user's subscription set back by staff: "reset_subscription POST
    # /api/v1/users/{user_id}/reset-subscription"
    "=user|=users ~ =reset|=set|=override|@update =subscription|=subscriptions",
    "balance transaction|transactions",
    "charge|debit|credit ~ customer|customers|card|cards|account|accounts|user|users|wallet"
    "|escrow|escrows",
    # money held for two parties paid out, handed back or frozen: "admin_release_escrow POST
    # /admin/escrow/{deal_id}/release", "admin_dispute_escrow"
    "=release|=releases|=cancel|=refund|=dispute ~ =escrow|=escrows",
    "=escrow|=escrows ~ =release|=releases|=cancel|=refund|=dispute",
    # payments released to whoever holds them: "release POST /api/v1/payments/release" (not
    # "get_payment_release_date": a date read)
    "=payments =release|=releases",
    # what a user pays for and gets, set by someone else: "override_plan PATCH
    # /api/admin/users/{user_id}/plan" (the caller's own plan names no user; a plan changed
    # may be a training or meal plan, so only overriding one is read so)
    "=override ~~ user|users|account|accounts ~ plan|plans|tier|tiers|subscription|subscriptions",
    # a deposit settled or a debit taken without the payer at hand: "finalise_deposit",
    # "auto_debit"
    "=finalise|=finalize|=confirm|=complete|=settle|=approve ~ =deposit|=deposits|=withdrawal"
    "|=withdrawals",
    "=deposit|=deposits|=withdrawal|=withdrawals ~ =finalise|=finalize|=confirm|=settle|=approve",
    # a payment confirmed by hand, and money drawn from a wallet: "manual_confirm_booking_payment
    # POST /admin/bookings/{booking_id}/manual_confirm", "request_wallet_draw"
    "=manual|=manually =confirm ~ =payment|=payments",
    "=request|=requests ~ =wallet|=wallets =draw",  # not "get_wallet_draws", a read
    "=auto|=automatic|=recurring =debit|=debits",
    # a wallet's cash-out settled by staff: "approve_checkout_request POST
    # /admin/wallets/checkout-requests/{transaction_id}/approve"
    "=approve|=complete|=deny|=reject|=confirm|=settle ~~ =wallet|=wallets ~ =checkout",
    # a request to take a role granted: "admin_accept POST
    # /api/v1/admin/become-instructors/{request_id}/accept" (not the caller asking)
    "=accept|=approve ~~ =become",
    # the credits a user spends, granted by staff: "add_ai_tokens POST .../tokens"
    "=add|=grant ~ =tokens",
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
# One person's account linked to another's, which lets one reach the other's records, the
# two named next to each other: "add_parent_to_student POST /students/{student_id}/parents",
# "add_client_to_user" (not "add GET endpoint /users to list all available users").
_LINKED = (
    "parent|parents|guardian|guardians|student|students|child|children|client|clients|user|users"
)
_LINK_VERBS = "=add|=adds|=link|=links|=attach|=attaches|=assign|=assigns"
_LINKS = (
    f"{_LINK_VERBS} {_LINKED} =to {_LINKED}",
    f"{_LINK_VERBS} {_LINKED} =to a|an|the {_LINKED}",
    f"{_LINK_VERBS} a|an|the {_LINKED} =to a|an|the {_LINKED}",
)
# Danger that needs another signal: someone else's password, deleting someone's account, or
# an admin deleting what holds many users' data (a tenant, an organization, a workspace).
_OTHERS_DANGER = (
    "password|passwords",
    # everyone's sessions of one account ended by staff, the account named by its email or id:
    # "admin_logout_all_sessions POST /api/v1/auth/admin/logout-all/{email}"
    "logout|signout ~ all ~~ =email|=id",
    # a reset sent for someone: "send_reset_for_user POST /users/{user_id}/send-reset" (staff
    # resetting someone's sign-in; the caller's own forgotten password is public)
    "=send|=sends =reset",
    # a business the platform hosts let in or shut out by its status, as a user's state is:
    # "update_vendor_status PUT /admin/vendors/{vendor_id}/status"
    "@update|toggle ~ vendor|vendors|seller|sellers|merchant|merchants =status",
    # someone's money held from them, as a balance adjusted by hand: "admin_freeze POST
    # /api/admin/users/{uid}/freeze-wallet" (not "freeze my card": the owner's own)
    "freeze|freezes|unfreeze|unfreezes ~ wallet|wallets|fund|funds|balance|balances|card|cards",
    "@delete ~ user|users|account|accounts|customer|customers",
    # a client's account, named right after the deletion: "delete_client DELETE
    # /api/admin/clients/{client_id}" (not what a client holds: ".../clients/{id}/brand-systems")
    "=delete|=deletes|=remove|=removes =client|=clients",
    "@delete ~ tenant|tenants|organization|organizations|organisation|organisations",
    "@delete ~ business|businesses|vendor|vendors|seller|sellers|merchant|merchants",
    # a professional's account vouched for by staff, or no longer: "verify_lawyer PATCH
    # /admin/lawyers/{lawyer_id}/verify" (a user verifying their own email is no such thing)
    "verify|verifies|unverify|unverifies ~ lawyer|lawyers|doctor|doctors|seller|sellers|vendor"
    "|vendors|driver|drivers|courier|couriers|teacher|teachers|instructor|instructors|=caterer"
    "|=caterers|=customer|=customers|=provider|=providers",
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
    # who may reach something, changed: "set_user_access PUT /users/{user_id}/access"
    "@update|toggle|set ~ =access",
    "void|voids|voided",
    "block|unblock|suspend|deactivate|disable ~ workspace|team",
    # one account's organizations or tenants changed, the path naming it by its id:
    # "assign_tenant POST /api/v1/admin-apps/{user_id}/tenants" (its membership, as members
    # added to a group are)
    "@create|@update|@delete|assign|unassign ~~ =user|=users|=account|=accounts =id =tenant"
    "|=tenants|=org|=orgs|=organization|=organizations|=organisation|=organisations",
    # a business a service hosts, its account's state changed by an admin: "activate_business
    # PATCH /businesses/{business_id}/activate", "deactivate_vendor"
    "block|unblock|deactivate|activate|reactivate|disable ~ business|businesses|vendor|vendors"
    "|seller|sellers|merchant|merchants|tenants",
    # staff exporting: a whole table leaves the service ("admin option for csv exports")
    "export|exports|exporting",
)
# Danger only with a role said or known: an account or an operator vouched for by staff, in
# either order, named as a noun too ("toggle_user_verification PUT
# /admin/users/{user_id}/verify", "update_operator_verification PATCH
# /admin/operators/{user_id}/verification"); with no role, verifying a user is the public
# email check ("Verify a user's email address").
_STAFF_DANGER = (
    "verify|verifies|unverify|unverifies|=verification ~ =user|=users|=account|=accounts"
    "|=operator|=operators",
    "=user|=users|=account|=accounts|=operator|=operators ~ =verification|=verify|=unverify",
    # an administrator's account reset for a tenant: "reset_admin POST
    # /tenants/{tenant_id}/reset-admin"
    "=reset|=resets =admin|=admins|=administrator|=administrators",
)

# A permission or role named as what the caller needs, not what is changed: "admin_permission
# required", "with admin:users permission". Danger rules do not see these words.
REQUIREMENT = (
    "permission|permissions|role|roles|scope|scopes =required|=needed|=only",
    "with|requires|requiring|needs|needing ~ permission|permissions|scope|scopes",
)

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
    # missing records filled in after the fact, across everything that lacks them:
    # "backfill_missing_certificates POST /api/certificates/backfill", "Backfill node IPs"
    "=backfill|=backfilling",
    # records made wholesale to fill a table: "populate_default_pricing POST
    # /populate-pricing/populate-defaults", "populate_appointments POST /dev-tools/populate/..."
    "populate|populates|populating",
    "at once",
    "en masse",
    "list of ids|items|urls|recipients|users|records|emails|accounts",
    # records named by their ids, many in one call: "delete_news_by_ids DELETE
    # /api/admin/news/", "claim_by_entity_ids" (a read by ids is no change)
    "by ~ =ids|=uuids",
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
            if after in IDS or stem(after) == stem(words[at]) or _fused_id(after, words[at]):
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


def read_signals(words: Sequence[str], *, role_known: bool = False) -> Signals:
    """The signals of a description's words (lower case, typos already read).

    ``role_known``: the project's code already requires a role where the function goes, so
    the danger that needs a role said ("admin deletes a customer", an account changed) is read
    as if the words said it (``with_project`` adds the role itself)."""
    keys = word_keys(words)
    roles = _roles(words, keys)
    reads_only = _only_reads(keys, words)
    scope, scope_words = read_scope(words, keys)
    danger_keys = masked(words, keys, REQUIREMENT)
    danger = rule_matches((*DANGER, *SENSITIVE_OBJECTS, *_LINKS), words, danger_keys)
    if scope == "others" or roles or role_known:
        danger += [w for w in rule_matches(_OTHERS_DANGER, words, keys) if w not in danger]
    if roles or role_known:
        danger += [w for w in rule_matches(_STAFF_DANGER, words, keys) if w not in danger]
    # someone else's account, membership or group changed (``_account_changes``)
    changed = account_change(words)
    if changed and (changed.someone_elses or scope == "others" or roles or role_known):
        danger += [] if changed.phrase in danger else [changed.phrase]
    bulk = [] if reads_only else rule_matches((*BULK, *MANY_WORDS), words, keys)
    holder = None if bulk or reads_only else emptied(words) or expired_many(words)
    bulk += [holder] if holder else []
    marked = None if bulk else marked_many(words)  # a change even among reads
    bulk += [marked] if marked else []
    if not (bulk or reads_only or scope == "own"):
        found = _plural_object(words, keys)
        bulk = [found] if found else []
    # a whole container destroyed, or others' records carried out whole (``_whole``)
    # and an administrator made, by a route named so
    made = (*whole_danger(words, keys), *_admin_made(words))
    danger += [found for found in made if found not in danger]
    public, recovery = read_public(words, keys, claimed=bool(roles or scope or danger))
    danger += [phrase for phrase in recovery if phrase not in danger]
    if public and scope == "own" and not CALLER_WORDS.intersection(words):
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
            *DANGER,
            *_OTHERS_DANGER,
            *_STAFF_DANGER,
            *_LINKS,
            *REQUIREMENT,
            *BULK,
            *MANY_WORDS,
        ]
    )
    | SCOPE_WORDS
    | PUBLIC_WORDS
    | OBJECT_WORDS
    | WHOLE_WORDS
    | ACCOUNT_CHANGE_WORDS
    | PAYMENT_CHANGE_WORDS
    | CREDENTIAL_WORDS
    | PRIVILEGE_WORDS
)
