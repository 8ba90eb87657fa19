"""Security signals: the families that set the floor, read from the words of a description."""

from __future__ import annotations

import pytest

from scaffold.catalog import Catalog, load_catalog
from scaffold.matching import Level, match_request
from scaffold.matching._signals import SIGNAL_WORDS, _fused_admin
from tests.matching.helpers import generated_with_yes


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None, include_user=False)


@pytest.mark.parametrize(
    "description",
    [
        "Remove a member from a group",  # someone else's membership
        "Delete members from an organization",
        "Create an organization invitation",
        "Create a subaccount",
        "Fetch user info by email",  # someone's account data, named without "my"
        "Get paginated list of accounts",
        "Get audit entries",  # records about the whole system
        "api_users_delete_user",  # "delete user": an account is the object
    ],
)
def test_others_records_need_an_admin_contract(description: str, catalog: Catalog) -> None:
    result = match_request(description, catalog)
    assert result.signals.scope == "others"
    assert result.floor.level >= Level.admin
    assert result.best.strength.level >= Level.admin


@pytest.mark.parametrize(
    "description",
    [
        "Unblock a user by identifier",  # "unblock" is a signal word, not a typo of "unlock"
        "lock a user account",
        "admin imports a whole site from a backup",
        "admin exports raw data",
        "Add admin option for csv exports",  # staff exporting: a whole table leaves
        "Set an existing guest user to admin",  # a role change, six words apart
        "Convert an organization member to outside collaborator",
        # staff setting someone's credentials: their sign-in is in other hands
        "set_courier_credentials POST /v1/admin/couriers/{user_id}/credentials",
        "admin updates the store credentials",
        # a business the service hosts, suspended: its owner's account, as a tenant's is
        "suspend_business PATCH /businesses/{business_id}/suspend",
        "ban a vendor",
        "admin deactivates a merchant",  # with a role said, as for an organization
        "admin deletes a vendor",
        # a professional's account vouched for by staff (a role said in the path)
        "verify_lawyer PATCH /admin/lawyers/{lawyer_id}/verify",
        # someone's account made into another kind (rhino-hospital-kiroween's patients)
        "convert_user_to_patient POST /api/patients/{user_id}/convert-to-patient",
        "convert a user to a seller",
        # an administrator made, by a route named so (HaulIQ's create_admin), money held for a
        # booking charged, and someone's plan overridden
        "create_admin POST /api/auth/create-admin",
        "addAdmin POST /api/v2/admins",
        "charge_escrow POST /api/freight-payments/charge/{booking_id}",
        "override_plan PATCH /api/admin/users/{user_id}/plan",
        # money held in escrow paid out, handed back or frozen (the hundred-fifty-third set)
        "admin_release_escrow POST /admin/escrow/{deal_id}/release",
        "admin_dispute_escrow POST /admin/escrow/{deal_id}/dispute",
        "cancel the escrow for a deal",
        # money taken from a user's account, a deposit added to it or approved by staff (the
        # hundred-fifty-fourth set)
        "deduct_funds_from_user POST /api/v1/admin/users/{id}/deduct-funds",
        "add_deposit_to_user POST /api/v1/admin/users/{id}/add-deposit",
        "approve_deposit_endpoint PATCH /api/v1/admin/transactions/deposits/{id}/approve",
        # any collection's documents written by hand (the hundred-fifty-seventh set)
        "delete_document DELETE /admin/database/{collection_name}/documents/{document_id}",
        "admin_update_document PUT /api/v1/admin/{collection}/{doc_id}",
        # many accounts let back in, a request to take a role granted, a user's subscription or
        # credits set by staff, a wallet's cash-out settled, an order's payment captured (the
        # hundred-fifty-ninth and hundred-sixtieth sets)
        "bulk_unsuspend_users POST /admin/users/bulk/unsuspend",
        "admin_accept POST /api/v1/admin/become-instructors/{request_id}/accept",
        "update_user_subscription PATCH /api/v1/admin/users/{user_id}/subscription",
        "add_ai_tokens POST /api/v1/admin/users/{user_id}/tokens",
        "approve_checkout_request POST /admin/wallets/checkout-requests/{transaction_id}/approve",
        "capture_paypal_order_endpoint POST /payments/paypal/capture",
        # a user's tier set by staff, a client's account deleted (the hundred-sixty-first set)
        "change_user_tier POST /api/v1/admin/users/{user_id}/change-tier",
        "delete_client DELETE /api/admin/clients/{client_id}",
        # money paid out, a sub-administrator's account changed (the hundred-sixty-third and
        # hundred-sixty-fourth sets)
        "disburse_advance POST /api/financial/advances/{requisition_id}/disburse",
        "create_disbursement POST /v1/social-impact/disbursements",
        "update_sub_admin PUT /api/admin/sub-admins/{user_id}",
        # payments released (the hundred-sixty-sixth set)
        "release POST /api/v1/payments/release",
        # an administrator of some part changed, a caterer or provider vouched for, a payment
        # confirmed by hand, money drawn from a wallet (the hundred-sixty-eighth set)
        "update_district_admin PATCH /admin/district-admins/{user_id}",
        "verify_caterer POST /admin/caterers/{caterer_id}/verify",
        "admin_verify_provider POST /api/v1/admin/providers/{profile_id}/verify",
        "manual_confirm_booking_payment POST /admin/bookings/{booking_id}/manual_confirm",
        "request_wallet_draw POST /api/v1/moves/{move_id}/wallet/draw",
        # data exported, either word first, the database reset, a sign-out forced on someone,
        # and a profile an administrator changes, of an account named by its id (the
        # forty-seventh and forty-eighth sets' shapes)
        "export_data_csv GET /data/export/csv",
        "start a data export",
        "reset_db POST /api/reset-db",
        "force_logout POST /api/sessions/{session_id}/force-logout",
        "update_nurse_profile PUT /admin/nurses/{nurse_id}/profile",
        "edit_profile POST /admin/users/{user_id}/edit-profile",
        # records deleted for good, the adverb after the verb or in Spanish or Portuguese, and a
        # player or a character put out of a game or a party (the two-hundred-ninth set)
        "excluir_pedido_definitivamente POST /pedidos/{pedido_id}/excluir-definitivamente",
        "eliminar_producto_permanentemente DELETE /productos/{producto_id}",
        "delete the document permanently",
        "kick_character POST /api/parties/{code}/kick",
        "kick_player POST /api/games/{game_id}/kick",
        # someone's social security number read or changed (the two-hundred-thirtieth set)
        "get_applicant_ssn GET /admin/applicants/{application_id}/ssn",
        "update_applicant_ssn PUT /admin/applicants/{application_id}/ssn",
        "update an employee's social security number",
    ],
)
def test_danger_needs_the_sensitive_contract(description: str, catalog: Catalog) -> None:
    result = match_request(description, catalog)
    assert result.signals.danger
    assert result.best.strength.level is Level.sensitive


def test_an_export_without_staff_is_no_danger(catalog: Catalog) -> None:
    """The caller exporting their own records is their business, not a staff export."""
    assert not match_request("export my data as csv", catalog).signals.danger


def test_signal_words_are_never_read_as_typos_of_other_words(catalog: Catalog) -> None:
    assert {"unblock", "audit", "subaccount"} <= SIGNAL_WORDS
    result = match_request("unblock a user", catalog)
    assert "unblock a user" in result.signals.danger[0]


@pytest.mark.parametrize(
    "description",
    [
        "Allow anonymous access to a dashboard",
        "make a repository public",
        # a caller's own mark on a public thing
        "star_tool POST /api/v1/tools/public/{tool_id}/star",
        "bookmark a public recipe",
    ],
)
def test_changing_who_may_see_a_record_is_its_owners_call(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert not result.signals.public
    assert result.signals.scope == "own"
    assert result.best.strength.level >= Level.owner


def test_a_plain_public_request_stays_public(catalog: Catalog) -> None:
    # the icon a browser fetches stays public; uploading one is not (see below)
    for description in (
        "public access for the app",
        "anonymous",
        "public search of posts",
        "bugsink.views.favicon favicon.ico",
        "serve the favicon",
    ):
        assert match_request(description, catalog).best.strength.level is Level.public


@pytest.mark.parametrize(
    "description",
    ["robots GET /robots.txt", "get_robots", "Tell robots we don't want them"],
)
def test_robots_txt_is_public_by_its_plural(description: str, catalog: Catalog) -> None:
    """The crawlers' file is named by "robots"; a robot alone is a machine (see above)."""
    assert match_request(description, catalog).best.strength.level is Level.public


@pytest.mark.parametrize(
    "description",
    [
        "View home timeline",
        "Get a list of notifications",
        "who am i",
        # the picture the caller shows as theirs, changed
        "upload_avatar POST /api/settings/profile/avatar",
        "Profile picture upload endpoint",
    ],
)
def test_what_only_ever_belongs_to_the_caller_is_their_own(
    description: str, catalog: Catalog
) -> None:
    assert match_request(description, catalog).signals.scope == "own"


@pytest.mark.parametrize(
    "description",
    [
        "list_templates GET /api/v1/notifications/templates",
        "Create notification channel",
    ],
)
def test_what_notifications_are_made_from_is_not_the_callers_own(
    description: str, catalog: Catalog
) -> None:
    assert match_request(description, catalog).signals.scope != "own"


@pytest.mark.parametrize(
    "description",
    [
        # a picture read may be anyone's; "uploads" here names a folder, not a change
        "get_user_profile_image GET /api/v1/uploads/image/profile/{user_id}",
        "get_avatar GET /avatars/{user_id}",
        # one record's settings loaded from a file: neither the caller's own nor many
        "load config from json",
    ],
)
def test_a_picture_read_or_settings_loaded_from_a_file_are_neither_own_nor_bulk(
    description: str, catalog: Catalog
) -> None:
    signals = match_request(description, catalog).signals
    assert signals.scope != "own"
    assert not signals.bulk


def test_my_before_a_users_record_keeps_it_the_callers_own(catalog: Catalog) -> None:
    mine = match_request("update my user details", catalog)
    assert mine.signals.scope == "own"
    assert match_request("update user details", catalog).signals.scope == "others"
    # the caller's own account made into another kind is theirs to ask, no danger
    converted = match_request("convert my account to a business account", catalog)
    assert converted.signals.scope == "own"
    assert not converted.signals.danger


@pytest.mark.parametrize(
    "description",
    ["get_current_user_info GET /users/me", "Update authenticated user email and password."],
)
def test_the_current_or_authenticated_user_is_the_caller_not_someone_else(
    description: str, catalog: Catalog
) -> None:
    """The current user's info is the caller's own, as "my user details" is: "current user
    info" was read as someone else's ("user info"), and the admin contract generated for a read
    of oneself."""
    result = match_request(description, catalog)
    assert result.signals.scope == "own"
    assert result.best.strength.level is Level.owner


def test_a_word_sharing_a_stem_with_a_bulk_word_is_not_bulk(catalog: Catalog) -> None:
    # "severity" and "several" share the stem "sever"
    assert not match_request("update a case severity", catalog).signals.bulk
    assert match_request("update several cases", catalog).signals.bulk


def test_a_bulk_contract_for_one_item_counts_for_less(catalog: Catalog) -> None:
    result = match_request("Update a user", catalog, limit=10)
    bulk = next(m for m in result.matches if m.template == "bulk_operation")
    assert any("a contract for many items, but one is asked" in why for why in bulk.reasons)
    assert result.best.template != "bulk_operation"


def test_a_pattern_with_an_article_inside_is_still_word_for_word(catalog: Catalog) -> None:
    best = match_request("please update the profile", catalog).best
    assert best.template == "user_profile_update"
    assert any("word for word" in why for why in best.reasons)


@pytest.mark.parametrize(
    "description",
    [
        "Add a public key on behalf of a user",  # a key, not public access
        # an identifier shown outside names a record, not who may call
        "get_incident GET /api/v1/incidents/{incident_public_id}",
        "close_incident POST /api/v1/incidents/{incident_public_id}/close",
        "find an order by its public id",
        "list_user_oauth_accounts",
        "Get a global runner registration token",
        "GET /api/v3/checks/{uuid}/pings/",
        "set_password (login_required)",
        "list the devices a user is logged in from",
        "Login as a user",
        "Get desktop login logs",  # records of logins
        "show the login history of an account",
        "list registered users",  # a state: the signed-in ones
        "check whether an attendee is registered",
        "Get the database's health status and performance metrics",  # figures, not a probe
        # one named instance's health checked, not the service's liveness probe
        "POST /services/healthcheck/{service_id}",
        # signing up for one thing named by its id, not for an account
        "enroll POST /api/workshops/{workshop_id}/register",
        "list_course_signups GET /api/courses/{course_id}/registrations",
        "my_signups GET /api/courses/my-registrations",  # the caller's own, as records
        # a device registered is a signed-in caller's record, not an account made
        "register_device POST /v1/devices/register",
        "POST /api/vehicles/register",
        # a person's face or fingerprint registered, by the id of whom it is for
        "register_face POST /face/register/{user_id}",
        "enroll_fingerprint POST /api/fingerprints/enroll",
        # every account's login credentials listed, and a robotics collection (no robots.txt)
        "list_login_credentials GET /api/v1/auth/credentials",
        "get_robots GET /api/v1/robotics/",
        # a place's guest book, read by its staff
        "list_guests GET /v1/restaurants/{restaurant_id}/guests/",
        # one record's readiness, named by its id, not the service's probe
        "exam_readiness GET /api/v1/exams/{exam_id}/readiness",
        # a public holiday is a kind of day off that staff keep, not who may call
        "add_public_holiday POST /leaves/public-holidays",
        "delete_public_holiday DELETE /leaves/public-holidays/{holiday_id}",
        # a device's push-notification token registered, either order
        "register_fcm_token POST /fcm-token/register",
        "register the APNs push token",
        # "live" and "ready" share a stem with the probes' names, and are not probes
        "Gets available live tv services.",
        "list the orders ready to ship",
        # a login unlinked from the caller's account, a signed-in caller's fresh login, and
        # sign-ups read as records
        "github_login_unlink",
        "disconnect the Google login from my account",
        "fresh_login POST /v1/auth/fresh-login",
        "List Attendee Signups",
        # registrations as records changed or downloaded, single sign-on set up or linked
        "delete the selected registrations",
        "download the badge attached to a registration",
        "SSOController :link GET /sso/link",
        "enforce SSO for the organization",
        "OAuthAuthorizeHandler POST /oauth/authorize",
        # a part of an account registered, named after whose it is: a signed-in caller's
        # profile made, not an account (blood-donor-system's donor profile)
        "create_donor_profile POST /donors/register-donor-profile/",
        "register user profile",
        # an OAuth flow started with no sign-in said: an integration connected by a
        # signed-in caller (salon-gbp-system's Google and Meta connections)
        "google_oauth_start GET /api/oauth/google/start",
        "meta_oauth_start GET /api/oauth/meta/start",
        # OAuth's settings and the sessions it opened, and a guest as a member
        "Endpoint for finding a list of active oauth2 sessions",
        "update the OAuth settings",
        "Add a guest to your project.",
        "Verify the invitation to join a project for a guest user",
        "Decline invitation to project `project_id` or stop being a guest of that project.",
        # a public thing changed: whoever may change it calls, not anyone
        "delete_public_conversation",
        "update the public description of a project",
        # an account a machine holds, not the robots.txt crawlers read
        "Get robot account",
        "Refresh the robot secret",
        # a login deleted, and a user's login name in a path
        "handles.DeleteAuthnLogin POST /api/authn/delete_authn",
        "ProjectController :confirm_add_reviewer GET /repositories/:id/add-reviewer/:login",
        # registrations decided on by staff, and whose OAuth flow it is, checked
        "Registration approval",
        "Verify OAuth flow ownership and trigger deferred sync.",
        # visitors counted or listed are records (NGD's dashboard), and a position sent in is
        # no liveness probe (HaulIQ's driver)
        "visitors_summary GET /api/dashboard/visitors/summary",
        "guest list of an event",
        "ping_location POST /api/driver/location",
        # health as what a record is about, not a probe (hrm-sf-be's insurance claims)
        "submit_claim POST /api/health-insurance/claims/",
        "list the patient's health records",
        # visitors staff act on, and an AI agent registered (School-Hostel's and
        # OnlyFounders' routes)
        "list_visitors GET /api/v1/operations/visitors",
        "visitor_check_in POST /api/v1/operations/visitors/check-in",
        "visitor_check_out POST /api/v1/operations/visitors/{visitor_id}/check-out",
        "register_agent POST /api/v1/agents/register",
        # a player registered at one tournament its path names by id, the route's name
        # included (RakeFlow's tournaments): joining it, not signing up
        "register_player POST /tournaments/{tournament_id}/register",
        "register_user POST /events/{event_uuid}/register",
        # a visitor the path names by id is a record staff keep, the route's name included
        # (a gated community's visitor log)
        "read_visitor GET /api/v1/visitors/{visitor_id}",
        "check_out_visitor POST /api/v1/visitors/{visitor_id}/check-out",
        # a hotel's guests as records staff keep: made, searched, read by room
        "create_guest POST /guests",
        # the roles and scopes an OAuth server grants, listed by staff
        "get_all_oauth_roles GET /api/v1/oauth/roles/all",
        "get_all_oauth_scopes GET /api/v1/oauth/scopes/all",
        # a visitor made in a path under the API's prefix (a site's visitor log)
        "create_visitor POST /api/v1/visitors/",
        "filter_guests POST /guests/filter",
        "get_room_guest GET /rooms/{number}/guests",
        # a publication is not public, though Snowball cuts both to "public"
        "add_publication POST /publication/add",
        # records anonymized are erased, not opened to anonymous callers (the two-hundred-eighth
        # set)
        "anonymize_patient POST /api/v1/gdpr/anonymize/{patient_id}",
        # a ping that names one record reports on it, not on the service's liveness
        "ping_progress POST /api/courses/{course_id}/progress",
        # a login made for one record named by its id is an account made for someone
        "create_employee_login POST /employees/{employee_id}/create-login",
        # requests to register kept as records, read and decided on by staff
        "list_requests GET /registration-requests/",
        "decide_request POST /registration-requests/{request_id}/decide/",
        # logins that failed, counted: records of them, no one logged in
        "get_failed_logins_count GET /api/dashboard/auth/failed-logins/count",
        # a machine registered, as a device is: no account made
        "create_server POST /api/servers/register",
        # a code made for a guest by a signed-in host; a guest's own account made a full one;
        # an account that signs in through a provider; a registration named by its id; an
        # event named by its full identifier (the ninety-sixth and ninety-seventh sets)
        "generate_guest_code POST /api/v1/events/{event_id}/guest-code",
        "convert_guest POST /api/v1/auth/convert-guest",
        "set_password_for_oauth_user POST /api/v1/users/{user_id}/set-password",
        "get_progress_by_registration GET /api/v1/progress/registration/{registration_id}",
        "register_for_event_tier POST /api/v1/events/{event_identifier}/register",
        # a list of people who signed up, carried out (the hundred-second set)
        "download_notification_users_csv GET /users/notifications-signup/download",
        # a farm's animals' health events are records; an OAuth connection tried out by its
        # owner (the hundred-sixth and hundred-seventh sets)
        "read_health_events GET /api/v1/health-events/",
        "test_endpoint GET /api/v1/google-ads-oauth/test",
        # health sent in by a device (the hundred-eighth set); a health diary, a French register
        # kept (the hundred-twelfth and hundred-thirteenth sets)
        "post_health_beacon POST /api/v1/ingest/root/v1/health",
        # a site's icon uploaded by its administrator (the two-hundred-third set, Ecom-BE)
        "upload_favicon POST /api/upload/favicon",
        "delete the site favicon",
        "add_health_diary_entry POST /api/v1/health-diary/add-entry",
        "create_registre POST /api/rgpd/registre",
        # a list of webhook endpoints added to (the hundred-tenth set)
        "create_endpoint POST /api/v1/webhooks/endpoints",
        # a device's token registered, named before the verb; attempts at logging in read as
        # records (the hundred-seventeenth set)
        "register_device_token POST /device-token/register",
        "get_login_attempts GET /api/v1/security/login-attempts",
        # home health care seeded, an organization's single sign-on read (the
        # hundred-eighteenth and hundred-nineteenth sets)
        "seed_home_health POST /api/seed/home-health",
        "get_current_organization_sso GET /api/v1/organizations/current/sso",
        # a health app's records made or changed, one record's health after its id (the
        # hundred-twenty-first set)
        "log_food POST /health/food-log",
        "update_weekly_progress POST /health/update-progress",
        "get_health GET /api/v1/attempts/{attempt_id}/health",
        # one network's health, a word after its short id (the two-hundred-fourth set)
        "health GET /api/networks/{nid}/maintenance/health",
        # one record's guests, right after its id (the hundred-twenty-third set)
        "get_structure_guests GET /api/structures/{structure_id}/guests",
        # a thing's readiness, named right before it (the hundred-twenty-fifth set)
        "get_readiness GET /api/v1/credit-readiness",
        # guests registered or looked up among staff's records (the hundred-twenty-eighth set);
        # a guest's tokens handed out, a public league joined (the hundred-thirtieth and
        # hundred-thirty-first sets)
        "register_guest_customer POST /api/v1/guests/register",
        "lookup_guest POST /api/v1/guests/lookup",
        "generate_guest_token POST /api/v1/access/guest/generate",
        "list_guest_tokens GET /api/v1/access/guest/list",
        "request_join_public_league POST /leagues/{slug}/join-request",
        # a robot named alone is a machine, not robots.txt (the hundred-forty-third set)
        "assign_robot PATCH /api/v1/chef/orders/{order_id}/assign-robot",
        # guests as the route's collection, after its method (the hundred-forty-eighth set)
        "list_guests GET /api/v1/guests/",
        "list_guests_paginated GET /api/v1/guests/paginated",
        "create_guest POST /api/v1/guests/",
        # a login named as a thing, the route not named for it (the seventy-fourth and
        # twenty-first sets)
        "email_login_mapping_add POST /settings/email-login-mapping/add",
        "loginMethodController.create POST /api/v1/loginmethod",
        # health measured as a score is a figure read, not the service's probe (the
        # hundred-fifty-third set)
        "get_community_health_score GET /api/v1/analytics/community-health",
        "community_health_score GET /api/v1/analytics/community-health-score",
        # a register kept as a ledger, not a sign-up (the hundred-fifty-fourth set)
        "export_risk_register GET /risk/register/export",
        "update the asset register",
        # a sign-in changed or set up, in every mention, and a record looked up by its
        # registration (the hundred-eighty-seventh and -eighth sets)
        "update_login PUT /auth/update-login",
        "change login",
        "edit_login_settings PUT /settings/login",
        "get_vehicle_by_registration GET /api/vehicles/registration/{registration}",
        # registrations read, the path naming them again (the seventy-fourth and
        # two-hundred-thirteenth sets), and a health probe's details or debugging (the
        # hundred-twenty-ninth, two-hundred-eleventh and two-hundred-thirteenth sets)
        "get_pending_registrations GET /api/v1/patients/pending-registrations",
        "list_player_season_registrations GET /registration-requests/player-season-registrations/",
        "health_detail GET /health/detail",
        "debug_info GET /api/health/health/debug",
        "get_diagnostics GET /api/v1/health/diagnostics",
        # a health dashboard, a point of sale's tills listed, a link made public rotated (the
        # hundred-twenty-first, two-hundred-seventeenth and two-hundred-eighteenth sets)
        "health_dashboard GET /api/health/dashboard",
        "get_registers GET /api/v1/pos/registers",
        "rotate_client_public_link POST /api/clients/{cid}/public-link/rotate",
    ],
)
def test_an_incidental_public_word_is_not_a_public_request(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert not result.signals.public
    assert result.best.strength.level > Level.public


@pytest.mark.parametrize(
    "description",
    [
        "no login required: show opening hours",
        "Register an account",
        # OpenID is how one signs up, no record's id
        "OpenIDRegister POST /oauth/register",
        "ping",
        "health check",
        "GET /healthz",
        "deep_health_check GET /api/v1/healthz/deep",  # a probe that looks further
        "view_public_link GET /p/{token}",  # a visitor following a shared link
        "Registers a new user and returns a token",  # "registers" the verb, no read before it
        "liveness probe",
        "readiness check",
        "POST /auth/login",
        # a login or a sign-up by some means stays one: only "by registration" looks a record up
        "login by email",
        "register by email",
        "auth register POST /api/v1/auth/register, throttled by RegisterSuccessRateThrottle",
        # entering an account: alone, on an account, or by some means
        "register",
        "POST /signup",
        "sign up with a GitHub identity",
        "register a user account",
        "log in with a one-time code",
        "sign in to the customer portal",
        "registration form",
        # codes for someone not signed in
        "verify an email address from the link",
        "email a password reset link",
        "forgot password",
        # the forgotten-password flow by its steps: asked for, its form, confirmed, done
        "request a password reset",
        "reset password form",
        "password_reset_done /password-reset/done/",
        "initiate the password reset",
        # a password reset named alone is the forgotten password's
        "password reset endpoint",
        "reset_password POST /auth/reset-password",
        # its token is the emailed link's, not a credential reset
        "confirm a password reset with its token",
        "password_reset_confirm /reset/<uidb64>/<token>/",
        # events another service sends in
        "handle incoming Stripe events",
        "receive a webhook from the payment provider",
        # a route's methods after its name name nothing entered
        "register POST, GET /-/register",
        "register_post limited to 40/day and 3/minute per address",
        "login_magic_link POST /auth/magic",
        "link a magic login",
        "sign in with SSO",
        "SAML login",
        "POST /registration",
        "handle the OAuth callback",
        "Initiate `OAuth2` login flow",
        "oauth_login_start GET /auth/oauth/login/start",  # started, and a sign-in said
        "forum index for guests",
        "guest checkout",
        # one guest in a path is who calls, after the method too
        "guest_login POST /api/v1/auth/guest",
        "create_guest_donation POST /api/donations/guest",
        "contact form for anonymous visitors",
        "publications are public",
        "ping GET /api/v1/health/ping",
        "readiness GET /readiness",  # the service's own probe stays public
        "perform_readiness_check GET /ready",
        "feat: implement readiness and liveness endpoints",
        "UserController.AddLogin POST api/User/login",  # no record named: a sign-in
        "login POST /auth/{tenant_id}/login",  # logging in at a record, nothing made
        # a route named for a login its path names again: the word after it says how or
        # whose (the hundred-fifty-first set)
        "login_web POST /api/v1/auth/login-web",
        "login_hospital POST /api/v1/auth/login/hospital",
        # a request to register, made by a visitor
        "create_student_signup_request POST /api/v1/student-signup-requests",
        "Limit login attempts",  # limited on the login itself, not attempts read
        # a probe built, however it is named
        "Add health checking API endpoint",
        "create a health route for the load balancer",
    ],
)
def test_a_public_request_stays_public_beside_the_incidental_rules(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.signals.public
    assert result.best.strength.level is Level.public


@pytest.mark.parametrize(
    ("description", "level"),
    [
        ("backoffice tasks: enqueue a background task by name", Level.admin),
        # the head of the company named in the path, in English or in French
        ("get_ceo_dashboard_metrics GET /dashboard/ceo-metrics", Level.admin),
        ("lister_boutiques GET /pdg/boutiques", Level.admin),
        ("Switch user context for a specified user", Level.admin),
        ("Create a repository on behalf of a user", Level.admin),
        ("GET /user/{user_id}", Level.admin),
        # approving an account changes someone else's account: sensitive (see
        # _account_changes)
        ("Approve a pending user", Level.sensitive),
        # a reset link sent for one account a path names by id, no emailed token: staff
        # resetting someone's sign-in, not the forgotten-password flow
        ("send_reset_link POST /api/v1/tenants/{tenant_id}/send-reset-link", Level.sensitive),
        # an identity check decided, and a cancellation forced past the usual rules
        ("review_kyc POST /api/v1/admin/partners/{partner_id}/kyc/review", Level.sensitive),
        ("process_kyc POST /admin/kyc/{kyc_id}/process/", Level.sensitive),
        # a business the platform hosts let in or shut out by its status, in an admin area
        ("update_vendor_status PUT /admin/vendors/{vendor_id}/status", Level.sensitive),
        # a hosted organization's standing decided: activated, vouched for, its status or plan
        # set, with no role said (the eightieth to eighty-sixth sets)
        ("activate_tenant POST /api/v1/tenants/activate/{tenant_id}", Level.sensitive),
        ("set_tenant_verified POST /api/v1/tenants/{tenant_id}/verify", Level.sensitive),
        ("update_tenant_status PATCH /tenants/{tenant_id}/status", Level.sensitive),
        ("update_tenant_plan POST /api/v1/tenants/{tenant_id}/plan", Level.sensitive),
        # and a company's, when it is what the verb acts on (the eighty-ninth set)
        ("approve_company POST /companies/approve/{company_id}", Level.sensitive),
        ("update_company_plan PATCH /api/admin/companies/{company_id}/plan", Level.sensitive),
        # a client shut out; someone put in charge of a group, or taken out of it
        ("blacklist_client POST /api/v1/clients/{client_id}/blacklist", Level.sensitive),
        ("assign_leader POST /api/v1/groups/{group_id}/leaders", Level.sensitive),
        ("remove_leader DELETE /api/v1/groups/{group_id}/leaders", Level.sensitive),
        ("change_captain PUT /teams/{id}/captain", Level.sensitive),
        # the data reset, a membership changed by staff, said in Portuguese and French; a
        # service's credentials revoked (the ninety-fourth and ninety-fifth sets)
        ("reset_dados_tenant POST /api/admin/tenants/{tenant_id}/reset-dados", Level.sensitive),
        ("update_adhesion PATCH /api/v1/admin/adhesions/{adhesion_id}", Level.sensitive),
        (
            "revoke_google_credentials DELETE /api/v1/auth/credentials/google/{service_id}",
            Level.sensitive,
        ),
        # a club, a league, a shared ledger or a company (in Spanish) deleted whole; rows of the
        # database's tables written by hand; a client's or merchant's standing decided, a
        # device barred (the ninety-sixth to ninety-ninth sets)
        ("delete_club_endpoint DELETE /clubs/{club_id}", Level.sensitive),
        ("delete_league DELETE /api/leagues/{league_id}", Level.sensitive),
        ("delete_ledger DELETE /ledgers/{ledger_id}", Level.sensitive),
        ("delete_empresa DELETE /api/v1/empresas/{empresa_id}", Level.sensitive),
        # a business in Spanish, "comercio" or "negocio" (the two-hundred-sixteenth set)
        ("eliminar_comercio DELETE /comercios/{comercio_id}", Level.sensitive),
        ("delete_negocio DELETE /negocio/{id}", Level.sensitive),
        ("create_generic_table_row POST /api/v1/admin-db/tables/{table_name}", Level.sensitive),
        ("suspend_client POST /api/v1/clients/{client_id}/suspend", Level.sensitive),
        ("activate_merchant POST /api/v1/merchants/{merchant_id}/activate", Level.sensitive),
        ("block_device POST /api/v1/devices/{device_id}/block", Level.sensitive),
        # someone put on a course or taken off it by another; a plan handed to a user by staff
        # (the hundredth set)
        ("enroll_student POST /courses/{course_id}/enrollments", Level.sensitive),
        (
            "remove_enrollment DELETE /courses/{course_id}/enrollments/{student_id}",
            Level.sensitive,
        ),
        ("assign_plan_to_user POST /api/v1/users/{user_id}/assign-plan", Level.sensitive),
        # a franchise let in or shut out; a device isolated; a user's plan set by staff (the
        # hundred-fourth and hundred-fifth sets)
        ("approve_franchise POST /api/franchises/{franchise_id}/approve", Level.sensitive),
        ("suspend_franchise POST /api/franchises/{franchise_id}/suspend", Level.sensitive),
        ("isolate_device POST /api/v1/devices/{device_id}/isolate", Level.sensitive),
        ("update_user_plan PATCH /api/v1/admin/users/{user_id}/plan", Level.sensitive),
        # raw SQL run; a table's rows written or its columns changed (the hundred-second set)
        ("execute_sql POST /api/v1/admin/sql", Level.sensitive),
        ("create_row POST /api/v1/admin/tables/{table_name}/rows", Level.sensitive),
        (
            "drop_column DELETE /api/v1/admin/tables/{table_name}/columns/{col_name}",
            Level.sensitive,
        ),
        # all the caller's data erased; who may reach a record, changed by staff
        ("clear_my_patient_data DELETE /api/v1/patients/me/data", Level.sensitive),
        (
            "update_admin_patient_ai_access PATCH /api/v1/admin/patients/{patient_id}/ai-access",
            Level.sensitive,
        ),
        # someone put in charge of others
        ("assign_branch_manager PATCH /branches/{branch_id}/manager", Level.sensitive),
        # the admin role handed over in steps, and one account's sessions all ended by staff
        ("api_propose_admin POST /api/v1/admin/propose-admin", Level.sensitive),
        ("api_renounce_admin POST /api/v1/admin/renounce-admin", Level.sensitive),
        ("api_cancel_admin_proposal POST /api/v1/admin/cancel-admin-proposal", Level.sensitive),
        ("admin_logout_all_sessions POST /api/v1/auth/admin/logout-all/{email}", Level.sensitive),
        # the data itself reset, as the database is
        ("reset_data POST /reset", Level.sensitive),
        # the containers the service runs in, restarted
        ("restart_container POST /api/admin/restart-container", Level.sensitive),
        # money put into a wallet, said in Spanish: a top-up
        ("recargar_wallet POST /wallets/me/recargar", Level.sensitive),
        # a moderator's standing toggled, as an admin's
        (
            "toggle_moderator_status PATCH /api/v1/admin/moderators/{user_id}/status",
            Level.sensitive,
        ),
        # a request to register decided on: someone let in or turned away
        (
            "review_registration_request POST /admin/registration-requests/{request_id}/review",
            Level.sensitive,
        ),
        (
            "assign_supervisor PATCH /admin/technicians/{tech_id}/assign-supervisor",
            Level.sensitive,
        ),
        # someone added to a workplace as its staff, as a member to a team
        ("add_doctor_to_clinic POST /api/v1/clinics/{clinic_id}/doctors", Level.sensitive),
        (
            "add_employee_to_department POST /api/v1/departments/{department_id}/employees",
            Level.sensitive,
        ),
        # a password reset sent for someone a path names by id
        ("send_reset_for_user POST /users/{user_id}/send-reset", Level.sensitive),
        # a whole workspace of everyone's work carried out
        ("export_workspace GET /export", Level.sensitive),
        # a user's permissions changed, said in Spanish
        ("update_usuario_permisos PUT /api/admin/usuarios/{user_id}/permisos", Level.sensitive),
        # a member added to a workspace, the member named by a profile's id: someone else's
        # membership, not the caller's own profile
        (
            "add_member POST /api/workspaces/{workspace_id}/memberships/{staff_profile_id}",
            Level.sensitive,
        ),
        # someone doing business on the platform shut out, as a user banned
        ("block_partner POST /api/v1/admin/partners/{partner_id}/block", Level.sensitive),
        ("ban a seller", Level.sensitive),
        # someone let in to do business on the platform, or turned away: an onboarding decided
        ("approve_provider POST /admin/{id}/approve", Level.sensitive),
        # a specialist is someone the service keeps as a user, as a doctor is
        (
            "approve_specialist POST /api/v1/admin/specialists/{specialist_id}/approve",
            Level.sensitive,
        ),
        ("reject a vendor", Level.sensitive),
        # everyone's pay carried out of the service, as payments and invoices are
        ("export_payroll_excel GET /reports/payroll-excel", Level.sensitive),
        ("download_payroll_export POST /api/v1/reports/payroll-export/download", Level.sensitive),
        ("admin_cancel POST /api/v1/admin/bookings/{booking_id}/force-cancel", Level.sensitive),
        ("recover_password POST /users/{user_id}/recover-password", Level.sensitive),
        ("Get log events", Level.admin),
        ("Resets the password of the selected user to random password", Level.sensitive),
        ("admin: reset another user's password from their reset token", Level.sensitive),
        ("create_balance_transaction for a customer (backoffice)", Level.sensitive),
        ("Top-Up Wallet", Level.sensitive),
        ("Adjust user file usage quota", Level.sensitive),  # what a user may use, set
        ("Completely reset stored memories.", Level.sensitive),  # everything stored, erased
        ("regenerate the recovery key of a device", Level.sensitive),  # stands in for a login
        ("move the selected projects to another user", Level.sensitive),  # a transfer
        ("set the sudo password of the machine", Level.sensitive),  # its superuser
        ("execute a shell command on the node", Level.sensitive),
        ("kill a stuck worker process", Level.sensitive),  # stopped by force
        ("reject a KYC submission", Level.sensitive),  # who may use the service
        ("finalize a pending wallet deposit", Level.sensitive),  # money settled
        ("auto_debit POST /savings/auto-debit", Level.sensitive),  # taken without the payer
        ("credit coins to a customer's wallet", Level.sensitive),  # in-app money
        ("create_pat POST /api/tokens", Level.sensitive),  # a personal access token
        ("generate a one-time link for a member", Level.sensitive),  # it signs them in
        ("create an auth key for a device", Level.sensitive),  # it signs the device in
        ("approve a pending login request", Level.sensitive),  # someone else's sign-in
        ("revoke an OAuth2 grant", Level.sensitive),  # its tokens ended
        ("masquerade as a customer", Level.sensitive),  # impersonation by another name
        ("session revocation for a device", Level.sensitive),  # sessions ended, noun last
        ("restrict a user", Level.sensitive),  # an account's state changed by someone else
        ("set a member's storage quota", Level.sensitive),
        ("create_perm", Level.sensitive),
        ("roles:create", Level.sensitive),
        ("Revoke a certificate", Level.sensitive),
        ("Retrieves the private key for a given certificate", Level.sensitive),
        ("Change whether a user is a server administrator or not", Level.sensitive),
        ("initial setup of the instance", Level.sensitive),
        ("Log a user out", Level.sensitive),
        # the hundred-eighth to hundred-eleventh sets: a customer shut out, an identity check
        # decided, an account let back in, a business or a store deleted, the people a
        # business deals with carried out, access rules written, a user's limits or
        # subscription set by staff
        ("deactivate_customer DELETE /api/v1/customers/{customer_id}", Level.sensitive),
        ("verify_customer_kyc POST /api/v1/customers/{customer_id}/verify", Level.sensitive),
        ("reactivate_user POST /api/users/{user_id}/reactivate", Level.sensitive),
        ("delete_business DELETE /api/v1/businesses/{business_id}", Level.sensitive),
        ("delete_store DELETE /api/stores/{store_id}", Level.sensitive),
        ("delete_project DELETE /api/projects/{tracking_id}", Level.sensitive),  # its own id
        ("sql_import_post POST /v1/admin/sql-import", Level.sensitive),  # raw SQL loaded
        ("block_driver POST /api/admin/drivers/{driver_id}/block", Level.sensitive),
        ("update_driver_kyc POST /api/v1/admin/drivers/{user_id}/kyc", Level.sensitive),
        ("export_leads GET /api/v1/leads/export", Level.sensitive),
        ("export_clients GET /api/v1/clients/export", Level.sensitive),
        ("create_abac_rule POST /api/v1/abac-rules", Level.sensitive),
        ("update_limits PATCH /api/v1/users/{user_id}/limits", Level.sensitive),
        ("reset_subscription POST /api/v1/users/{user_id}/reset-subscription", Level.sensitive),
        # a ban for a time, a vendor blacklisted (the hundred-eighteenth set)
        ("admin_tempban_player POST /minecraft/admin/api/minecraft/tempban", Level.sensitive),
        ("blacklist_vendor POST /api/v1/vendors/{vendor_id}/blacklist", Level.sensitive),
        # a company locked out, a firewall rule by another name (the hundred-twentieth and
        # hundred-twenty-first sets)
        ("lock_company PUT /api/v1/admin/companies/{company_id}/lock", Level.sensitive),
        ("add_ip_block POST /api/v1/admin/ip-blocks", Level.sensitive),
        # a database emptied, by its short name (the hundred-twenty-fourth set)
        ("clear_cooperatives POST /v1/maintenace/clear-cooperative-db", Level.sensitive),
        # many accounts enabled or their status set in a batch; operation logs erased (the
        # hundred-twenty-eighth and hundred-twenty-ninth sets)
        ("batch_enable POST /api/v1/users/batch-enable", Level.sensitive),
        ("batch_update_status POST /api/v1/users/batch/update-status", Level.sensitive),
        ("cleanup_operation_logs POST /api/v1/operation-logs/cleanup", Level.sensitive),
        ("delete_operation_log DELETE /api/v1/operation-logs/{log_id}", Level.sensitive),
        # a user's features handed out by staff, a session minted for a user (the
        # hundred-thirty-second and hundred-thirty-third sets)
        ("assign_features POST /api/admin/debug/users/{user_id}/features", Level.sensitive),
        ("mint_user_session POST /admin/users/{user_id}/session", Level.sensitive),
        # fees cashed out, money moving as a withdrawal does (the hundred-thirty-fifth set)
        ("submit_admin_cashout POST /admin/fees/cashout", Level.sensitive),
        # a gateway restarted, as a server is (the hundred-forty-first set)
        ("restart_gateway POST /gateway/restart", Level.sensitive),
        # an API key handed out and revoked, named in French, and a token in Portuguese (the
        # hundred-ninetieth set)
        ("creer_cle POST /api/auth/cles", Level.sensitive),
        ("revoquer_cle DELETE /api/auth/cles/{cle_id}", Level.sensitive),
        ("revogar_token DELETE /api/tokens/{token_id}", Level.sensitive),
    ],
)
def test_staff_money_and_permission_vocabulary_raise_the_floor(
    description: str, level: Level, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.floor.level is level
    assert result.best.strength.level >= level


@pytest.mark.parametrize(
    "description",
    [
        "clear_events",
        "DeleteDocumentsView",
        "restore documents from the trash",
        "delete collection of Pod",
        "acknowledge a list of task ids, or all tasks",
        "Manually re-fires all previously scheduled webhooks for today",
        # the route's name marks, its path names what (the hundred-twenty-sixth set)
        "mark_read PATCH /notifications/read",
    ],
)
def test_a_change_to_a_plural_object_is_bulk(description: str, catalog: Catalog) -> None:
    result = match_request(description, catalog)
    assert result.signals.bulk
    assert result.best.strength.bulk


@pytest.mark.parametrize(
    "description",
    [
        "DELETE /cases/{case_id}",  # a path's collection and one item's id
        "DELETE /invoices/{invoiceid}",  # the item's id written as one word
        "administrator view of all active sessions",  # a read
        "delete my documents",  # the caller's own
    ],
)
def test_one_item_a_read_or_ones_own_records_are_not_bulk(
    description: str, catalog: Catalog
) -> None:
    assert not match_request(description, catalog).signals.bulk


def test_a_path_ending_with_its_verb_reads_as_that_verb(catalog: Catalog) -> None:
    assert match_request("POST /api/v3/checks/{uuid}/pause", catalog).best.template == (
        "fallback:update"
    )
    assert match_request("POST /admin/users", catalog).best.template == "admin_user_creation"


@pytest.mark.parametrize(
    "description",
    [
        "trip_end POST /api/v1/trips/{trip_id}/end",
        "retry_source POST /api/sources/{source_id}/retry",
        "stop_stream POST /api/streams/{stream_id}/stop",
        "review_invoice POST /api/invoices/{invoice_id}/review",
        "rollback_article_route POST /articles/{article_id}/rollback",
        # the route's name starts or opens what its path's last word moves (the
        # hundred-sixteenth and hundred-seventeenth sets)
        "start_trip POST /trips/{trip_id}/start",
        "start_check_in POST /api/v1/attendance/events/{event_id}/start-check-in",
        "open_draft POST /api/v1/leagues/{league_id}/playoff/rounds/{round_id}/open",
        "POST /api/v1/bookings/{booking_id}/check-in",
        "issue_po POST /api/v1/purchase-orders/{po_id}/issue",
        "reschedule_appointment POST /api/v1/appointments/{appointment_id}/reschedule",
        "inactivate_floor POST /api/v1/buildings/{building_id}/floors/{floor_id}/inactivate",
        "unarchive_project POST /api/projects/{project_id}/unarchive",
        "enrich_trip POST /api/trips/{trip_id}/enrich",
        "release_reservation POST /api/inventory/reservations/{id}/release",
        # left, reprocessed, resubmitted (the hundred-twenty-sixth and hundred-twenty-seventh
        # sets)
        "leave_team POST /api/v1/teams/{team_id}/leave",
        "reprocess_document POST /api/v1/documents/{document_id}/reprocess",
        "resubmit_recipe POST /api/v1/recipes/{recipe_id}/resubmit",
        "reanalyze_job POST /api/v1/jobs/{job_id}/reanalyze",
        # checked out, redeemed, submitted, denied (the hundred-twenty-eighth and
        # hundred-thirtieth sets)
        "checkout_visitor POST /api/v1/visitors/{visitor_id}/checkout",
        "redeem_client_reward POST /api/v1/clients/{client_id}/rewards/{premio_id}/redeem",
        "submit_application POST /applications/{application_id}/submit",
        "deny_friend_request POST /friends/requests/{request_id}/deny",
    ],
)
def test_a_post_that_moves_one_record_to_another_state_updates_it(
    description: str, catalog: Catalog
) -> None:
    assert match_request(description, catalog).best.template == "fallback:update"


def test_a_submission_through_a_links_secret_stays_public(catalog: Catalog) -> None:
    # the path's parameter is the link's token, not one record's id: anyone holding the link
    result = match_request("submit_reference POST /api/bgverify/public/{token}/submit", catalog)
    assert result.best.template == "public_api_endpoint"


def test_a_session_started_with_no_record_named_is_still_made(catalog: Catalog) -> None:
    assert match_request("start_session POST /sessions", catalog).best.template == (
        "fallback:create"
    )


def test_a_database_cache_cleared_is_staff_work_not_danger(catalog: Catalog) -> None:
    result = match_request("clear_database_cache POST /api/v1/database/cache/clear", catalog)
    assert not result.signals.danger
    assert result.best.strength.level is Level.admin


def test_building_a_health_endpoint_stays_public(catalog: Catalog) -> None:
    assert match_request("Add a health check endpoint", catalog).best.template == (
        "public_api_endpoint"
    )


def test_throttling_asked_picks_the_rate_limit_contract(catalog: Catalog) -> None:
    for description in ("Throttle comment creation to combat spam", "Limit email send per second"):
        assert match_request(description, catalog).best.template == "fallback:rate_limit"


@pytest.mark.parametrize(
    ("description", "level"),
    [
        ("Reset 2FA for a user", Level.sensitive),  # "2FA" reads as "fa"
        ("invite_admin", Level.sensitive),
        ("merge two user accounts", Level.sensitive),
        ("issue a credit to a customer", Level.sensitive),
        # how everyone signs in, not a log-in: sensitive, as the held-out sets label it
        ("update the SAML configuration", Level.sensitive),
        ("POST /users Creates a new user (admin_permission required)", Level.admin),
    ],
)
def test_common_staff_operations_get_their_floor(
    description: str, level: Level, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert not result.signals.public
    assert result.floor.level is level


def test_logging_in_by_another_name_is_public(catalog: Catalog) -> None:
    best = match_request("get an access token with username and password", catalog).best
    assert best.strength.level is Level.public


@pytest.mark.parametrize(
    ("description", "scope"),
    [
        # entering something that is not an account: a signed-in caller's change
        ("register a fingerprint template for the door reader", None),
        ("register a push token for this phone", None),
        ("sign up for the waiting queue of a clinic appointment", None),
        ("enrol a laptop in device management", None),
        ("create an invoice and register the payment against it", None),
        ("registration of a parking permit", None),
        ("register an OAuth application", None),  # an application, not the caller's account
        # the signed-in party, whatever it is called, is the caller
        ("show the logged-in member's saved addresses", "own"),
        ("return the signed-in principal", "own"),
        ("the authenticated customer's invoices", "own"),
        ("fetch the current caller's quota", "own"),
        ("list orders of the logged-in client", "own"),
        # a code confirming the caller's own account action is theirs
        ("email me a confirmation code before closing my workspace account", "own"),
        ("send a verification link to confirm the account deletion", "own"),
        ("confirm the email change with the code we sent", "own"),
        # how messages travel says nothing of who calls
        ("receive build events over a websocket", None),
        ("handle chat messages from the socket", None),
        ("SSE stream of order updates", None),
        ("subscribe to the event stream", None),
    ],
)
def test_a_public_word_about_something_else_sets_no_public_floor(
    description: str, scope: str | None, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert not result.signals.public
    assert result.signals.scope == scope
    least = Level.owner if scope == "own" else Level.signed_in
    assert result.floor.level >= least
    assert result.best.strength.level >= least


@pytest.mark.parametrize(
    "description",
    [
        "siteadmin_orders_list orders/",
        "GET /api/v1/shopadmin/invoices",
        "adminpanel user search",
        "helpdeskadmins ticket queue",
    ],
)
def test_a_name_fused_with_admin_names_the_admin_role(description: str, catalog: Catalog) -> None:
    result = match_request(description, catalog)
    assert "admin" in result.signals.roles
    assert result.signals.describe().startswith("roles admin")
    assert result.best.strength.level >= Level.admin


@pytest.mark.parametrize(
    "description", ["book a badminton court", "list the administrators", "superadmin_tools"]
)
def test_a_word_holding_the_letters_or_a_word_of_its_own_is_not_fused(
    description: str, catalog: Catalog
) -> None:
    assert _fused_admin(description.replace("_", " ").split()) is None


@pytest.mark.parametrize(
    "description",
    [
        "Register a FIDO key for an account",
        "Regenerate the second-factor recovery codes",
        "enroll a hardware token",
        "assign a token to a helpdesk agent",
        "mark the token as lost",
        "blacklist a user for spam",
        "Create an account with admin rights",
        "export the whole database",
        "configuration export as a zip",
        "download all invoices",
        "creating additional admin users",
        "Remove a user. DELETE /members/users/<int:user_id>",
        "DELETE /api/v2/accounts/{id}",
    ],
)
def test_credentials_accounts_and_exports_of_everything_need_the_sensitive_contract(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.signals.danger, result.signals.describe()
    assert result.best.strength.level is Level.sensitive


@pytest.mark.parametrize(
    "description",
    [
        "Add one or more tags",
        "reorder_sections POST /courses/<int:course_id>/reorder-sections",
        "toggle_all_alerts",
        "POST /inbox/mark-all-read",
        "delete tags with a list of names",
        "archive_selected_threads",
        # missing records filled in after the fact, across everything that lacks them
        "backfill_missing_certificates POST /api/certificates/backfill",
        "Backfill node IPs",
        # records made wholesale to fill a table (the hundred-first set)
        "populate_default_pricing POST /api/v1/populate-pricing/populate-defaults",
        # a whole holder of records emptied: every record in it goes
        "clear_inventory POST /api/items/clear",
        "empty_trash POST /customers/trash/empty",
        "tasklog.Clear POST /api/task/log/clear",
        "clear_video_history DELETE /v1/history",
        # figures worked out again from every record they sum
        "trigger_recalculation POST /earnings/recalculate",
        "recompute_tiers POST /suppliers/recompute-tiers",
        # records past their time cleared out together, and logs cleaned up
        "cleanup_old_events DELETE /api/v1/fridges/{fridge_id}/events/cleanup",
        "cleanup_expired_sessions POST /api/sessions/cleanup",
        "cleanup_push_logs POST /push/logs/cleanup",
        # one request acting on many, said in Spanish: "carga masiva" is a bulk upload
        "carga_masiva POST /api/estudiantes/carga-masiva",
        # records added from a file of them
        "add_categories_from_json POST /admin/add_categories_from_json",
        "create students from an Excel sheet",
        # records named by their ids, many in one call
        "delete_news_by_ids DELETE /api/admin/news/",
        "claim_by_entity_ids POST /api/v1/broker/claim",
        # a whole span of a schedule copied at once (the hundred-eighty-sixth and
        # two-hundred-sixteenth sets)
        "duplicate_week POST /api/v1/assignments/duplicate-week",
        "duplicate_day POST /api/v1/assignments/duplicate-day",
        "copy_from_period POST /api/v1/periods/{period_id}/copy-from/{source_period_id}",
        # a series of bookings made together (the two-hundred-fourteenth and
        # two-hundred-sixteenth sets)
        "create_recurring_booking POST /api/v1/bookings/recurring",
        "create_recurring POST /api/business/me/bookings/recurring",
    ],
)
def test_many_items_named_by_route_words_are_bulk(description: str, catalog: Catalog) -> None:
    result = match_request(description, catalog)
    assert result.signals.bulk, result.signals.describe()
    assert result.best.strength.bulk


@pytest.mark.parametrize(
    "description",
    [
        "Returns a list of the labels created by the current user",  # a read of a list
        "get_users_by_ids GET /api/users/by-ids",  # records read by their ids
        "POST /api/admin/users",  # "/admin/" says who acts; not an admin account created
    ],
)
def test_a_list_read_or_an_admin_path_is_not_bulk_or_danger(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert not result.signals.bulk
    assert not result.signals.danger


@pytest.mark.parametrize(
    "description",
    [
        "clear_chat_history DELETE /chat/history/{doc_id}",  # one record's, by its id
        "clear my cart",  # the caller's own
        "clone_shift POST /shifts/{shift_id}/clone",  # one shift copied, no span of them
        "create_recurring_bill POST /api/bills/",  # one bill that recurs
        "get_recurring_bookings GET /api/v1/bookings/recurring",  # a series read
        "clear_shuttle_cache POST /admin/clear-cache",  # a cache holds no records
        "returns an empty list of tags",  # a read
    ],
)
def test_one_holder_the_callers_own_or_a_cache_is_not_emptied_in_bulk(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert not result.signals.bulk, result.signals.describe()


@pytest.mark.parametrize(
    ("description", "danger"),
    [
        ("admin_freeze POST /api/admin/users/{uid}/freeze-wallet", True),
        ("admin_unfreeze POST /api/admin/users/{uid}/unfreeze-wallet", True),
        ("freeze my card", False),  # the owner's own money, held by the owner
    ],
)
def test_someones_money_frozen_by_staff_is_danger(
    description: str, danger: bool, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert bool(result.signals.danger) is danger, result.signals.describe()
    assert (result.floor.level is Level.sensitive) is danger


def test_allowing_sign_ups_is_a_setting_not_a_public_request(catalog: Catalog) -> None:
    result = match_request("Allow or disallow user registration", catalog)
    assert not result.signals.public
    assert result.unsure is not None  # nothing says who: the admin contract is offered


def test_a_clause_after_the_account_ends_its_name(catalog: Catalog) -> None:
    # "given its identifier" says which user: someone's account, changed
    result = match_request("Update a user given its identifier", catalog)
    assert result.signals.scope == "others"
    assert result.floor.level is Level.sensitive


@pytest.mark.parametrize(
    ("description", "public"),
    [
        ("get the Slack webhook of an integration", False),  # its settings, read
        ("list webhooks", False),
        ("Webhook receiver", True),  # another service calling in
        # a guest who orders without an account calls in; a restaurant's guest book does not
        ("guest checkout for a restaurant order", True),
        ("list_guests GET /v1/restaurants/{restaurant_id}/guests/", False),
        ("Stripe webhook payment confirmation", True),
        # where another service sends its webhooks, named alone, is public; setting one up,
        # changing or ending it, or an endpoint whose call changes something, is not
        ("webhook consumer for the CI server", True),
        ("webhook url for payment notifications", True),
        ("added a Mailgun webhook endpoint", True),
        ("create a webhook endpoint", False),
        ("update_webhook_url", False),
        ("webhook endpoint to delete a build", False),
        # a webhook named with the service that sends it, either order, is that service calling
        # in; registering it with the sender or removing it is the app's own set-up
        ("webhook_whatsapp POST /webhook/whatsapp", True),
        ("razorpay_payment_webhook POST /api/v1/payments/webhooks/razorpay", True),
        ("telegram_webhook POST /telegram/webhook", True),
        ("set_webhook POST /api/v1/telegram/webhook/set", False),
        ("delete_webhook POST /api/v1/telegram/webhook/delete", False),
        # a sign-in provider redirecting back is public; where it redirects, set, is not
        ("saml_callback POST /auth/saml/callback", True),
        ("callback from the OIDC provider", True),
        ("update the OAuth callback URL", False),
        # registering for events subscribes to them; a ping of one thing checks it
        ("register to build events", False),
        ("ping the repository", False),
        ("node.Ping GET /api/node/ping/:id", False),
        ("GET /ping", True),
        # a registration changed by its owner, the verb after it as a controller names it
        ("registrations#update PATCH /account", False),
        # a web app's manifest is read before anyone signs in
        ("site_manifest GET /manifest.json", True),
        ("uninstall an OAuth provider", False),  # a signed-in caller's set-up
        ("OAuth callback", True),
        ("install the Vercel integration via OAuth", True),  # the install callback is public
    ],
)
def test_a_webhook_read_or_an_oauth_provider_uninstalled_is_no_public_request(
    description: str, public: bool, catalog: Catalog
) -> None:
    assert bool(match_request(description, catalog).signals.public) is public


@pytest.mark.parametrize(
    ("description", "template"),
    [
        # WhatsApp, Mercado Pago and Flutterwave call in with no user signed in: staff's
        # contract would leave the route unreachable for them
        ("webhook_whatsapp POST /webhook/whatsapp", "public_api_endpoint"),
        ("mercadopago_webhook POST /api/v1/webhooks/mercadopago", "public_api_endpoint"),
        ("flutterwave_webhook POST /api/webhooks/flutterwave", "public_api_endpoint"),
        # the app registering its webhook with Telegram is staff's set-up
        ("set_webhook POST /api/v1/telegram/webhook/set", "fallback:update"),
    ],
)
def test_a_webhook_named_with_its_sender_is_the_public_contract(
    description: str, template: str, catalog: Catalog
) -> None:
    assert match_request(description, catalog).best.template == template


@pytest.mark.parametrize(
    ("description", "level"),
    [
        ("reset my password", Level.owner),  # the caller's own, signed in
        ("admin resets a password", Level.sensitive),  # a role named beside it
        ("reset a user's password", Level.sensitive),  # someone's account
        ("change password", Level.owner),  # a change, not a reset
        # an account named beside it: whose is unclear, so not the forgotten password's
        ("handle_password_reset POST /account/password", Level.owner),
        ("reset the API token", Level.sensitive),  # a credential reset: no password named
        # who resets it named by "by" (the hundred-thirty-third set)
        ("reset_password_by_trainer POST /api/auth/password/reset", Level.sensitive),
    ],
)
def test_a_password_reset_with_whose_or_who_named_is_not_public(
    description: str, level: Level, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert not result.signals.public
    assert result.best.strength.level is level


@pytest.mark.parametrize(
    "description",
    [
        "admin_category_create POST /admin/category/create",  # who acts, in the path
        "reply POST /admin/order/reply",
        "Add admin page to view registered users",  # a page for admins
        "update_plan PATCH /api/plans/{plan_id}",  # a plan changed is not always a bill
        # Kick, the streaming service, signed in with; a team's player record changed
        "kick_login GET /api/auth/kick/login",
        "update_player PUT /api/teams/{team_id}/players/{player_id}",
    ],
)
def test_an_admin_acting_or_a_plan_changed_is_no_danger_by_itself(
    description: str, catalog: Catalog
) -> None:
    assert not match_request(description, catalog).signals.danger


@pytest.mark.parametrize(
    "description",
    [
        # an account or an operator vouched for by staff (the fifty-fourth set)
        "toggle_user_verification PUT /api/v1/admin/users/{user_id}/verify",
        "update_operator_verification PATCH /api/v1/admin/operators/{user_id}/verification",
        # an organization let in (the fifty-fifth)
        "activate_organization PUT /api/v1/admin/organizations/{org_id}/activate",
        # a token made for one account named by its id signs its holder in as them
        "create_test_token POST /api/v1/auth/create-test-token/{user_id}",
        # one account's tenants changed by its id: its membership
        "assign_tenant POST /api/v1/admin-apps/{user_id}/tenants",
        # one person's account linked to another's (the fifty-eighth and fifty-ninth sets)
        "add_parent_to_student POST /api/v1/students/{student_id}/parents",
        "add_student_to_parent POST /api/v1/parents/{parent_id}/students",
        "add_client_to_user POST /auth/users/clients",
    ],
)
def test_staff_vouching_for_an_account_or_linking_accounts_is_danger(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.signals.danger
    assert result.best.strength.level is Level.sensitive


@pytest.mark.parametrize(
    "description",
    [
        "Verify a user's email address.",  # the public email check: no role named
        "Send email to verify the user email address.",
        "List active organizations the current user belongs to.",  # "active" is a state
        "create_token POST /api/v1/token",  # no account named by its id: often a login
        "list_user_tenants GET /api/v1/admin/users/{user_id}/tenants",  # a read
        "Add GET endpoint /users to list all available users",  # users named apart: no link
        "get_escrow_tracking GET /escrow/orders/{order_id}/tracking",  # escrow read, not moved
        "create_deposit POST /api/v1/deposits",  # the caller's own deposit asked for
        "list_deposits GET /api/v1/admin/deposits",
        "list_documents GET /admin/database/{collection_name}/documents",  # read, not written
        "admin_list GET /api/v1/admin/become-instructors",  # the requests read
        "submit_request POST /api/v1/panel/become-instructor",  # the caller asks
        "list_checkout_requests GET /admin/wallets/checkout-requests",
        "get_user_subscription GET /api/v1/admin/subscriptions/users/{user_id}",
        "capture_frame POST /v1/ai/capture-frame",  # a picture captured, no money
        # what a client holds deleted, and a client's cache cleared: not the client's account
        "delete_brand_system DELETE /api/admin/clients/{client_id}/brand-systems/{bs_id}",
        "clear_client_cache POST /_matrix/maubot/v1/client/{id}/clearcache",
        "list_funding_disbursements GET /api/v1/funding/disbursements",  # read, not paid out
        "loan_disbursement_recovery GET /api/v1/reports/loan-disbursement-recovery",
        "get_payment_release_date GET /payments/{payment_id}/release-date",  # a date read
        "confirm_payment POST /api/payments/{payment_id}/confirm",  # the payer's own step
        "get_wallet_draws GET /api/v1/wallet/draws",  # draws read
        "get_admin GET /api/admin/store-admins/{user_id}",  # an administrator read
    ],
)
def test_an_email_checked_or_organizations_read_is_no_danger(
    description: str, catalog: Catalog
) -> None:
    assert not match_request(description, catalog).signals.danger


@pytest.mark.parametrize(
    "description",
    [
        "update_my_org PUT /api/v1/orgs/me",
        "update_my_tenant PUT /api/v1/tenants/me",
        # a clinic or a venue as the caller's organization (the two-hundred-twelfth and
        # two-hundred-fifteenth sets)
        "update_clinic PUT /api/clinics/me",
        "update_venue PATCH /api/v1/venues/me",
        "update_company_settings PATCH /api/v1/company/settings",  # the whole company's
    ],
)
def test_the_callers_own_organization_changed_is_its_administrators(
    description: str, catalog: Catalog
) -> None:
    result = match_request(description, catalog)
    assert result.signals.scope == "others"
    assert result.best.strength.level is Level.admin


@pytest.mark.parametrize(
    "description", ["get_my_org GET /api/v1/orgs/me", "get_clinic GET /api/clinics/me"]
)
def test_the_callers_own_organization_read_stays_the_members(
    description: str, catalog: Catalog
) -> None:
    assert match_request(description, catalog).signals.scope == "own"


@pytest.mark.parametrize(
    ("description", "level"),
    [
        # the caller's own business changed: its administrators' (the fifty-seventh set)
        ("update_my_business PATCH /api/v1/businesses/me", Level.admin),
        # the database as a whole read: the instance's
        ("get_database_metrics GET /api/v1/database/metrics", Level.admin),
        ("get_database_info GET /api/v1/database/info", Level.admin),
        # the platform's security watched as a whole (the hundred-seventeenth set)
        ("get_security_events GET /api/v1/security/events", Level.admin),
        ("get_security_chart_data GET /api/v1/security/chart-data", Level.admin),
        # an organization's single sign-on, read or changed (the hundred-nineteenth set)
        ("get_current_organization_sso GET /api/v1/organizations/current/sso", Level.admin),
        # an administrator's account reset for a tenant (the fifty-sixth)
        ("reset_admin POST /api/v1/tenants/{tenant_id}/reset-admin", Level.sensitive),
    ],
)
def test_a_business_changed_the_database_read_or_an_admin_reset_is_staffs(
    description: str, level: Level, catalog: Catalog
) -> None:
    assert match_request(description, catalog).best.strength.level is level


@pytest.mark.parametrize(
    ("description", "public"),
    [
        ("database_health_check GET /api/v1/health/db", True),  # a probe, not the database read
        ("get_my_company GET /api/v1/companies/me", False),  # the member's own read
    ],
)
def test_a_database_probe_or_ones_own_company_read_stays_as_it_was(
    description: str, public: bool, catalog: Catalog
) -> None:
    signals = match_request(description, catalog).signals
    assert bool(signals.public) is public
    assert signals.scope != "others"


@pytest.mark.parametrize(
    "description",
    [
        "list_pending_applications GET /supervisor/applications/pending",
        "list_my_technicians GET /supervisor/technicians",  # a supervisor's own: still staff
    ],
)
def test_a_supervisor_is_staff(description: str, catalog: Catalog) -> None:
    result = match_request(description, catalog)
    assert "staff" in result.signals.roles
    assert result.best.strength.level >= Level.admin


@pytest.mark.parametrize(
    ("description", "level"),
    [
        # a platform's own area is its operators' console over the businesses it hosts (the
        # hundred-ninetieth and two-hundred-eleventh sets)
        ("list_shops GET /platform/shops/", Level.admin),
        ("get_company_detail GET /platform/company/{company_id}", Level.admin),
        ("update_plan PATCH /platform/shops/{shop_id}/plan", Level.sensitive),
        # the caller's own part of it, and a route its name calls public
        ("get_my_account GET /api/platform/me", Level.owner),
        ("public_platform_stats GET /api/v1/platform/stats", Level.public),
    ],
)
def test_a_platforms_own_area_is_its_operators(
    description: str, level: Level, catalog: Catalog
) -> None:
    chosen = generated_with_yes(description, catalog)
    assert chosen.match.strength.level is level
