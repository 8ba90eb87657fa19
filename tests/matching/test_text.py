"""Text analysis: words, stems, concepts, phrases, filler and typo reading."""

from __future__ import annotations

import pytest

from scaffold.matching._text import (
    Lexicon,
    action_mask,
    first_action,
    split_words,
    stem,
    term_weight,
)


def terms(text: str, *, known: tuple[str, ...] = (), correct: bool = False) -> list[str]:
    return [token.term for token in Lexicon(known).tokens(text, correct=correct)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("updateUserProfile", ["update", "user", "profile"]),
        ("update_user_profile", ["update", "user", "profile"]),
        ("PATCH /users/{user_id}/profile", ["patch", "users", "user", "id", "profile"]),
        ("getHTTPResponse", ["get", "http", "response"]),
        ("rate-limited search", ["rate", "limited", "search"]),
        ("Café déjà vu", ["cafe", "deja", "vu"]),
        ("up to 100 items", ["up", "to", "items"]),
        ("POST /orders", ["create", "orders"]),
        ("PUT /users/{id}", ["update", "users", "id"]),
        # The path's own last verb wins over the method, whatever the parameters' syntax.
        ("POST /users/{id}/delete", ["delete", "users", "id", "delete"]),
        ("POST /delete/<int:book_id>", ["delete", "delete", "int", "book", "id"]),
        ("POST /users/:id/delete", ["delete", "users", "id", "delete"]),
        ("post a message", ["post", "a", "message"]),
        # an RPC-style route names its call after a dot; the method only carries it
        ("POST /api/comments.list", ["list", "api", "comments", "list"]),
        ("POST /api/groups.info", ["get", "api", "groups", "info"]),
        ("POST /api/users.updateEmail", ["update", "api", "users", "update", "email"]),
        ("POST /api/export.csv", ["create", "api", "export", "csv"]),  # a file's extension
        # a POST to one webhook receives it; to the collection, it makes one
        ("POST /deploy/webhook", ["receive", "deploy", "webhook"]),
        ("POST /webhook/:provider", ["receive", "webhook", "provider"]),
        ("POST /webhooks", ["create", "webhooks"]),
        # a route serving several methods reads as the one that changes most; a form's
        # "GET, POST" is left as written
        ("page GET, PUT, PATCH, DELETE /pages/<pk>/", ["page", "delete", "pages", "pk"]),
        ("agents#update PATCH, PUT /agents/:id", ["agents", "update", "patch", "agents", "id"]),
        ("login GET, POST /login", ["login", "get", "create", "login"]),
        # a path parameter named "login" is a user's login name, not a sign-in
        ("DELETE /api/users/:login", ["delete", "api", "users", "username"]),
        ("GET /u/<str:login>", ["get", "u", "username"]),
        (
            "Lti.LaunchController :login POST /lti/login",
            ["lti", "launch", "controller", "login", "create", "lti", "login"],
        ),
        # a path parameter named by a few letters and "id" is one record's id, as "{id}" is;
        # "{uuid}" and a user's "{uid}" stay as written
        (
            "GET /networks/{nid}/health",
            ["get", "networks", "n", "id", "health"],
        ),
        ("GET /q/<int:qid> /p/:pid", ["get", "q", "int", "q", "id", "p", "p", "id"]),
        ("GET /users/{uid}/files/{uuid}", ["get", "users", "uid", "files", "uuid"]),
        # a platform's own area is its operators' console; the caller's own part of it, its
        # ways in and a route named public are not
        ("GET /platform/shops/", ["get", "platform", "admin", "platform", "shops"]),
        (
            "POST /api/v1/platform/tenants",
            ["create", "platform", "admin", "api", "v", "platform", "tenants"],
        ),
        ("GET /api/platform/me", ["get", "api", "platform", "me"]),
        ("POST /platform/register", ["create", "platform", "register"]),
        ("public_stats GET /platform/stats", ["public", "stats", "get", "platform", "stats"]),
        ("GET /api/v1/tenants/platform-fees", ["get", "api", "v", "tenants", "platform", "fees"]),
        # a Django route's module names code, not a read; "views" in prose stays
        ("views.voters_clear voters/clear", ["voters", "clear", "voters", "clear"]),
        ("core.views.export_all export/", ["export", "all", "export"]),
        (
            "Add permissions to user_list views.",
            ["add", "permissions", "to", "user", "list", "views"],
        ),
        ("", []),
    ],
)
def test_split_words_handles_case_styles_paths_and_accents(text: str, words: list[str]) -> None:
    assert split_words(text) == words


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("update profile", "profile update"),  # word order
        ("updating profiles", "update profile"),  # inflections
        ("UPDATE PROFILE", "update profile"),  # case
        ("please let me update my own profile", "update my profile"),  # filler
        ("edit profile", "modify profile"),  # synonyms
        ("rename profile", "change profile"),
        ("remove record", "purge record"),
        ("erase record", "revoke record"),
        ("fetch record", "download record"),
        ("list records", "export record"),
        ("add user", "register user"),
        ("invite user", "sign up user"),
        ("new user", "create user"),
    ],
)
def test_descriptions_that_mean_the_same_give_the_same_terms(first: str, second: str) -> None:
    assert sorted(set(terms(first))) == sorted(set(terms(second)))


@pytest.mark.parametrize(
    ("trap", "concept"),
    [
        ("address", "@create"),
        ("renew", "@create"),
        ("credit", "@update"),
        ("newsletter", "@create"),
    ],
)
def test_whole_words_only_no_substring_traps(trap: str, concept: str) -> None:
    assert concept not in terms(trap)
    assert concept not in terms(trap, known=("add", "new", "edit"), correct=True)


def test_multi_word_phrases_become_one_concept() -> None:
    assert terms("sign up") == ["@create"]
    assert terms("rate limit the search") == ["@throttle", "@read"]
    assert terms("change display name") == ["@update", "@profile"]
    assert terms("display the name") == ["@read", "name"]
    assert terms("without logging in") == ["@public"]


def test_explicit_words_win_over_their_stems() -> None:
    assert terms("settings") == ["@profile"]  # not "set", an update verb
    assert terms("set") == ["@update"]


@pytest.mark.parametrize(
    ("plural", "stem"),
    [("reports", "report"), ("uploads", "upload"), ("votes", "vote"), ("favorites", "favorit")],
)
def test_plurals_that_name_things_are_not_verbs(plural: str, stem: str) -> None:
    assert terms(f"list {plural}") == ["@read", stem]
    assert terms(f"{plural.removesuffix('s')} a thing")[0] == "@create"  # still a verb


def test_a_list_of_reports_is_no_account_creation() -> None:
    from scaffold.catalog import load_catalog
    from scaffold.matching import match

    best = match("admin: list reports", load_catalog(), limit=1)[0]
    assert best.template == "fallback:admin"
    assert best.strength.level.name == "admin"


@pytest.mark.parametrize(
    ("typed", "read_as"),
    [
        ("udpate", "update"),  # swapped letters
        ("proflie", "profile"),
        ("profle", "profile"),  # a missing letter
        ("edti", "edit"),  # four letters: swaps only
        ("retreive", "retrieve"),
        ("pubilc", "public"),
    ],
)
def test_typos_are_read_as_the_closest_known_word(typed: str, read_as: str) -> None:
    (token,) = Lexicon(("profile",)).tokens(typed, correct=True)
    assert (token.surface, token.corrected_from) == (read_as, typed)


@pytest.mark.parametrize("word", ["role", "usr", "invoice", "crdit"])
def test_words_too_far_or_too_short_are_left_alone(word: str) -> None:
    (token,) = Lexicon(("rule", "user", "voice", "edit")).tokens(word, correct=True)
    assert token.corrected_from is None
    assert token.surface == word


def test_typos_are_read_only_for_descriptions() -> None:
    assert Lexicon(("profile",)).tokens("proflie")[0].corrected_from is None


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("deleteuser", ["delete", "user"]),
        ("massadd", ["mass", "add"]),
        ("listusers", ["list", "users"]),
        ("newinvoice", ["new", "invoice"]),
    ],
)
def test_a_verb_fused_onto_a_known_word_is_read_as_two(name: str, words: list[str]) -> None:
    lexicon = Lexicon(("invoice",))
    assert [token.surface for token in lexicon.tokens(name, correct=True)] == words
    assert [token.surface for token in lexicon.tokens(name)] == [name]  # templates: as written


@pytest.mark.parametrize("word", ["address", "settle", "getaway", "addon", "listen", "newsfeed"])
def test_words_that_only_start_like_a_verb_stay_whole(word: str) -> None:
    tokens = Lexicon(("invoice", "user")).tokens(word, correct=True)
    assert len(tokens) <= 1
    assert all(token.surface != word[:3] for token in tokens)


def test_weights_and_action_bits() -> None:
    assert term_weight("@update") < term_weight("@user") < term_weight("profil")
    assert term_weight("endpoint") < term_weight("@update")
    assert action_mask(["@create", "@read", "profil"]) == 0b1001
    assert action_mask(["profil"]) == 0


def test_compiled_stemmer_gives_the_pure_python_stems() -> None:
    """PyStemmer only makes start-up cheaper: every stem must stay what snowballstemmer gives.

    Words: the matcher's source (vocabulary, signal rules, built-in templates) and the
    descriptions of the development and test sets.
    """
    from pathlib import Path

    import Stemmer
    from snowballstemmer.english_stemmer import EnglishStemmer

    from scaffold.matching import _text

    assert isinstance(_text._STEMMER, Stemmer.Stemmer)
    root = Path(__file__).resolve().parents[2]
    sources = [*(root / "scaffold").rglob("*.py"), *(root / "scaffold").rglob("*.yaml")]
    sources += sorted(Path(__file__).parent.glob("*.yaml"))
    words = sorted({w.lower() for p in sources for w in split_words(p.read_text("utf-8"))})
    assert len(words) > 3000
    pure = EnglishStemmer()
    assert [_text._STEMMER.stemWord(w) for w in words] == [pure.stemWord(w) for w in words]


def test_a_word_snowball_cuts_to_a_signal_word_keeps_a_stem_of_its_own() -> None:
    assert stem("publication") == stem("publications") != stem("public") == stem("publicly")
    assert stem("anonymize") == stem("anonymization") != stem("anonymous") == stem("anonymously")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("register an OAuth application", ["register", "an", "oauth", "application"]),
        ("createOAuth", ["create", "oauth"]),
        ("OAuthAuthorizeHandler", ["oauth", "authorize", "handler"]),
        ("Add a WebAuthn key", ["add", "a", "webauthn", "key"]),
        ("added PayPal webhook endpoint", ["added", "paypal", "webhook", "endpoint"]),
    ],
)
def test_a_name_in_mixed_case_is_one_word(text: str, words: list[str]) -> None:
    assert split_words(text) == words


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a controller named for what it serves, whose method names the action
        ("FavoriteController.deleteFavorite DELETE /favorites/{favoriteId}", "delete"),
        ("ScheduleController@update PUT /api/v1/schedules/{schedule}", "update"),
        # a controller named for its action keeps it
        ("UnsubscribeController.store POST /unsubscribe", "delete"),
        ("DestroyController", "delete"),
        # a thing made (a vote, a bookmark, a like) that a deletion follows is what is deleted
        ("post_vote_delete DELETE /api/v1/votes/posts/{post_id}/", "delete"),
        ("bookmark_delete DELETE /api/v1/bookmarks/posts/{post_id}/", "delete"),
        ("Add delete comment API endpoint", "delete"),
        # a thing made with nothing deleted after it is still made
        ("vote POST /api/v1/votes/posts/{post_id}/", "create"),
        ("delete_and_recreate_index POST /admin/index", "delete"),
        # switching a thing on or off, or to another, changes it
        ("switch_like POST /v1/artworks/{artwork_id}/switch_like", "update"),
    ],
)
def test_the_verb_a_route_takes(text: str, first: str) -> None:
    action, _token = first_action(Lexicon().tokens(text, correct=True))
    assert action == first
