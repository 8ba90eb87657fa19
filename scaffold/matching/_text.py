"""From free text to matchable terms: words, stems, concepts, phrases, filler and typos.

A description ("Updating my proflie", ``updateUserProfile``, ``/users/{user_id}/profile``) and a
template's own texts go through the same steps, so both sides meet on the same terms:

1. Unicode is folded to ASCII and case is dropped; camelCase, snake_case, kebab-case and paths
   are split into words. Words are whole tokens, so "address" never contains "add".
2. Multi-word phrases ("sign up", "rate limit") become one concept, compared on stems.
3. Filler words go; each other word becomes a *concept* (``@update`` for "edit", "modify", ...)
   or, failing that, its Snowball stem ("profiles" -> "profil").
4. For a description only: a word the catalog does not know is read as the closest known word
   when it is one typo away (two for long words), so "udpate" reads as "update".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from scaffold.matching._vocabulary import (
    ACTION_CONCEPTS,
    CONCEPT_GROUPS,
    FILLER_WORDS,
    GENERIC_WORDS,
    IN_ENGLISH,
    PHRASES,
    PLURAL_NOUNS,
    SUBJECT_CONCEPTS,
)

__all__ = [
    "Lexicon",
    "Token",
    "action_mask",
    "analyse_text",
    "concept_of",
    "first_action",
    "is_concept",
    "is_object",
    "is_qualifier",
    "shows_only",
    "split_words",
    "stem",
    "term_weight",
    "word_concept",
]

CONCEPT_MARK = "@"
ACTION_WEIGHT = 0.6  # a verb alone says less about the template than its object
SUBJECT_WEIGHT = 0.8  # so does who acts ("user", "admin")
GENERIC_WEIGHT = 0.3
_ACTION_TERMS = frozenset(CONCEPT_MARK + name for name in ACTION_CONCEPTS)
_ACTION_BITS = {CONCEPT_MARK + name: 1 << bit for bit, name in enumerate(ACTION_CONCEPTS)}
_SUBJECT_TERMS = frozenset(CONCEPT_MARK + name for name in SUBJECT_CONCEPTS)

# An acronym before a capitalised word, a capitalised or lower word, a trailing acronym.
# Digits and punctuation separate words and are dropped.
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
# Names written in mixed case that are one word: "OAuth" is no "o auth", "WebAuthn" no "web
# authn"; read as if capitalised once ("createOAuth" is "create oauth").
_ONE_WORD_NAMES = re.compile(r"OAuth|WebAuthn|GitHub|GitLab|PayPal|LinkedIn|YouTube|WhatsApp")
_STEMMER = snowballstemmer.stemmer("english")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours() -> dict[str, str]:
    """Each letter's neighbours on a QWERTY keyboard (same row and the rows around it)."""
    position = {
        key: (row, column) for row, keys in enumerate(_ROWS) for column, key in enumerate(keys)
    }
    return {
        key: "".join(
            other
            for other, (row2, column2) in position.items()
            if other != key and abs(row - row2) <= 1 and abs(column - column2) <= 1
        )
        for key, (row, column) in position.items()
    }


_NEIGHBOURS = _keyboard_neighbours()
# "POST /orders", "PUT /users/{id}": HTTP methods before a path read as their verbs (GET,
# PATCH and DELETE already are verbs).
# A path that ends with its own verb ("POST /checks/{uuid}/pause") says what it does.
_METHOD = re.compile(r"\b(POST|PUT)\s+(/\S*)")
_METHOD_VERB = {"POST": "create", "PUT": "update"}
# A route that serves several methods ("GET, PUT, PATCH, DELETE /pages/<pk>/"): one function
# does all of it, so it is read as the method that changes most.
_METHODS = re.compile(
    r"\b(?:GET|HEAD|POST|PUT|PATCH|DELETE)(?:\s*[,/|]\s*(?:GET|HEAD|POST|PUT|PATCH|DELETE))+\b"
)
_METHOD_ORDER = ("DELETE", "PATCH", "PUT", "POST", "GET", "HEAD")
# A path parameter, whatever the framework writes: "{id}" (FastAPI), "<int:id>" (Flask),
# ":id" (Express and many API docs).
_PATH_PARAMETER = re.compile(r"[{<:]")
# A path parameter named "login" is a user's login name ("DELETE /api/users/:login"), not a
# sign-in: read as a username.
_LOGIN_PARAMETER = re.compile(r"(?<=/)(?::login\b|\{login\}|<(?:\w+:)?login>)")
_VIEW_CLASS = re.compile(r"(?<=[a-z])(?:API)?View(?:Set)?\b")
# A Django route's module: "views.voters_clear", "core.views.export" name code, not a read.
_VIEWS_MODULE = re.compile(r"\b(?:[a-z_]\w*\.)*views\.(?=[A-Za-z_])")
# A path parameter named by a letter or three and "id" ("{nid}", "<int:qid>", "/:pid") is one
# record's id, as "{id}" is: read as two words ("n id"), so "/networks/{nid}/health" names one
# network's health, not the service's probe. "{uuid}" is already an id, and "{uid}" a user's.
_SHORT_ID_PARAMETER = re.compile(r"(\{|<(?:\w+:)?|/:)(?!u?uid\b)([a-z]{1,3})id(?=[}>/\s]|$)")
# A platform's own area ("GET /platform/shops/", "POST /api/v1/platform/tenants") is its
# operators' console over the businesses it hosts, as an "/admin/" area is its administrators':
# read as "platform admin" before the path. The caller's own ("/platform/me"), the ways in
# ("/platform/register") and what a route calls public ("public_platform_stats") are not.
_PLATFORM_AREA = re.compile(
    r"(?<=\s)(?=/(?:api/)?(?:v\d+/)?platform/(?!(?:me|public|register|signup|login|auth)\b))",
    re.IGNORECASE,
)
# "add GET /api/orders to list ...": the verb says what to build, the route what it does.
_BUILD_ROUTE = re.compile(
    r"\b(?:add|adds|added|create|creates|implement|implements|new)\s+(?=(?:GET|POST|PUT|PATCH|DELETE)\s+/)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Token:
    """One meaningful unit of a text: what was typed, and the term it is compared by."""

    surface: str  # the word or phrase as written (lower case), for reasons
    term: str  # "@update" for a concept, otherwise the word's stem
    corrected_from: str | None = None  # the typed word when this token is a typo's reading


def split_words(text: str, *, routes: bool = True) -> list[str]:
    """Lower-case ASCII words of ``text``: camelCase, snake_case, paths and accents handled;
    ``routes``: a route's method read as its verb (else left as the word it is)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _ONE_WORD_NAMES.sub(lambda found: found.group().capitalize(), text)
    if "login" in text:
        text = _LOGIN_PARAMETER.sub(":username", text)
    if "id" in text:
        text = _SHORT_ID_PARAMETER.sub(r"\1\2Id", text)
    if "View" in text:  # a Django class name: "DeleteDocumentsView" does not view
        text = _VIEW_CLASS.sub("", text)
    if "views." in text:
        text = _VIEWS_MODULE.sub("", text)
    if routes and ("P" in text or "G" in text or "D" in text):
        text = _BUILD_ROUTE.sub("", text)
        text = _METHODS.sub(_strongest_method, text)
        text = _METHOD.sub(_method_verb, text)
    if routes and "platform/" in text and "public" not in text.lower():
        text = _PLATFORM_AREA.sub("platform admin ", text)
    return [word.lower() for word in _WORD.findall(text)]


def _strongest_method(found: re.Match[str]) -> str:
    """The listed method that changes most, when one updates or deletes; "GET, POST" (a
    form shown, then sent) is left as written."""
    listed = set(re.findall(r"[A-Z]+", found.group()))
    if not listed & {"PUT", "PATCH", "DELETE"}:
        return found.group()
    return next(method for method in _METHOD_ORDER if method in listed)


# Where another service posts to: "POST /deploy/webhook", "POST /webhook/:provider" (one
# webhook, named singular: "POST /webhooks" makes one).
_RECEIVED = frozenset({"webhook", "callback"})


# A POST that moves one record to another state ("POST /trips/{trip_id}/start", "POST
# /sources/{source_id}/retry", "POST /events/{event_id}/start-check-in") or leaves it ("POST
# /teams/{team_id}/leave": the caller's membership ended) changes that record; it makes
# nothing new.
_STATE_CHANGES = frozenset(
    {
        "start", "stop", "end", "retry", "rollback", "review", "open", "reopen", "finish",
        "checkin", "reschedule", "inactivate", "issue", "unarchive", "undelete", "enrich",
        "release", "leave", "reprocess", "resubmit", "reanalyze", "checkout", "redeem", "submit",
        "deny",
    }
)  # fmt: skip


def _changes_state(segment: str) -> bool:
    """Whether a path's last segment names a move to another state, by its first word
    ("start-check-in") or as one word ("check-in")."""
    words = re.split(r"[-_]", segment)
    return words[0] in _STATE_CHANGES or "".join(words) in _STATE_CHANGES


# A parameter that is a link's secret, not a record's id: "POST /api/bgverify/public/{token}/submit"
# is anyone holding the link, not one record's owner ("{api_key_id}" is still a record's id).
_SECRETS = frozenset({"token", "code", "secret"})


def _link_secret(parameter: str) -> bool:
    """Whether a path parameter's words name a secret and no id ("{token}", "{short_code}")."""
    words = set(re.split(r"[^a-z0-9]+", parameter.lower()))
    return bool(words & _SECRETS) and "id" not in words


def _after_one_record(parts: list[str]) -> bool:
    """Whether the path's last part comes right after a path parameter that names one record
    (not a link's secret): one record's action."""
    return (
        len(parts) >= 2
        and _PATH_PARAMETER.match(parts[-2]) is not None
        and not _link_secret(parts[-2])
    )


def _method_verb(found: re.Match[str]) -> str:
    """The method read as its verb before the path, unless the path's last word is a verb
    itself; an "/admin/" area says who acts: "POST /admin/users" is "admin create /users";
    a POST to one webhook or callback receives it."""
    path = found.group(2)
    parts = [part for part in path.split("/") if part]
    segments = [part for part in parts if not _PATH_PARAMETER.match(part)]
    called = _rpc_verb(segments[-1]) if segments else None
    if called is not None:
        return f"{called} {path}"
    last = segments[-1].lower() if segments else ""
    concept = word_concept(last) if last.isalpha() else None
    if concept is not None and concept_of(concept) in ("update", "delete"):
        return f"{last} {path}"
    if found.group(1) == "POST" and last in _RECEIVED:
        return f"receive {path}"
    verb = _METHOD_VERB[found.group(1)]
    if verb == "create" and _changes_state(last) and _after_one_record(parts):
        verb = "update"
    if path.lower().startswith("/admin/"):
        return f"admin {verb} {path[len('/admin') :]}"
    return f"{verb} {path}"


# An RPC-style route names its call after a dot ("POST /api/comments.list"); the method only
# carries it. "info" asks for one record.
_RPC_CALL = re.compile(r"\.([a-z]+)[A-Z]?\w*$")
_RPC_READS = {"info": "get"}


def _rpc_verb(segment: str) -> str | None:
    """The action an RPC-style route's last segment names after its dot ("comments.list":
    list, "users.updateEmail": update), when it is an action verb."""
    found = _RPC_CALL.search(segment)
    if found is None:
        return None
    word = _RPC_READS.get(found.group(1), found.group(1))
    concept = word_concept(word)
    return word if concept is not None and concept_of(concept) in ACTION_CONCEPTS else None


# Words Snowball cuts down to a signal word they do not mean: a publication is not public
# ("add_publication POST /publication/add" needs a signed-in author), and records anonymized
# are erased, not opened to anonymous callers ("anonymize_patient POST
# /api/v1/gdpr/anonymize/{patient_id}").
_OVERSTEMMED = {
    "publication": "publicat",
    "publications": "publicat",
    **dict.fromkeys(
        (
            "anonymize", "anonymizes", "anonymized", "anonymizing", "anonymization",
            "anonymizer",
        ),
        "anonymiz",
    ),
}  # fmt: skip


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-case word, but for ``_OVERSTEMMED``."""
    if word in _OVERSTEMMED:
        return _OVERSTEMMED[word]
    result: str = _STEMMER.stemWord(word)
    return result


def _concept_tables() -> tuple[dict[str, str], dict[str, str]]:
    by_word: dict[str, str] = {}
    by_stem: dict[str, str] = {}
    for concept, words in CONCEPT_GROUPS.items():
        for word in words:
            by_word[word] = CONCEPT_MARK + concept
            by_stem.setdefault(stem(word), CONCEPT_MARK + concept)
    return by_word, by_stem


_BY_WORD, _BY_STEM = _concept_tables()


def _phrase_table() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Phrases by the stem of their first word, longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, concept in PHRASES.items():
        stems = tuple(stem(word) for word in words)
        table.setdefault(stems[0], []).append((stems, CONCEPT_MARK + concept))
    for entries in table.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return table


_PHRASES = _phrase_table()
_FILLER_STEMS = frozenset(stem(word) for word in FILLER_WORDS)
_GENERIC_STEMS = frozenset(stem(word) for word in GENERIC_WORDS)
# Surface words the typo reader may land on even when no template uses them.
_BUILTIN_WORDS = frozenset(_BY_WORD) | frozenset(w for words in PHRASES for w in words)


def is_concept(term: str) -> bool:
    return term.startswith(CONCEPT_MARK)


def concept_of(term: str) -> str:
    """``"@update"`` -> ``"update"``; a stem is returned as it is."""
    return term[1:] if is_concept(term) else term


_META_OBJECTS = frozenset(
    {"endpoint", "endpoints", "route", "routes", "api", "function", "handler"}
)
_META_LINKS = frozenset(
    {"to", "that", "for", "which", "where", "so", "who"}
    | {"para", "que"}  # "Crear endpoint para obtener pedidos", "Criar endpoint para listar"
)
_META_ARTICLES = frozenset(
    {"a", "an", "the", "new", "one"} | {"un", "una", "um", "uma", "el", "o", "nuevo", "novo"}
)


def _controller_noun(words: list[str], i: int) -> bool:
    """ "FavoriteController.deleteFavorite": a controller named for what it serves, whose
    method names the action and the thing again; its name is that thing, not a verb."""
    if words[i + 1 : i + 2] != ["controller"] or word_concept(words[i]) not in _ACTION_BITS:
        return False
    after = words[i + 2 :]
    return (
        bool(after)
        and word_concept(after[0]) in _ACTION_BITS
        and stem(words[i]) in map(stem, after)
    )


def drop_meta_verbs(words: list[str]) -> list[str]:
    """Drop the verb of "add an endpoint to ...", the noun of "View to ..." and a
    controller's name repeated by its method ("FavoriteController.deleteFavorite"): they say
    what to build, not what it does."""
    kept: list[str] = []
    for i, word in enumerate(words):
        if _controller_noun(words, i):
            continue
        j = i + 1
        while j < len(words) and words[j] in _META_ARTICLES:
            j += 1
        meta = (
            word_concept(word) == CONCEPT_MARK + "create"
            and j + 1 < len(words)
            and words[j] in _META_OBJECTS
            and words[j + 1] in _META_LINKS
        ) or (  # "View to add a new gym": the view is the code, not a read
            i == 0 and word in {"view", "viewset"} and j < len(words) and words[j] in _META_LINKS
        )
        if not meta:
            kept.append(word)
    return kept


def word_concept(word: str) -> str | None:
    """The concept term of one lower-case word (``"@update"`` for "modify", and for
    "modificar": a word of another language is read in English), if it has one."""
    if word in PLURAL_NOUNS:
        return None
    word = IN_ENGLISH.get(word, word)
    return _BY_WORD.get(word) or _BY_STEM.get(stem(word))


# Read words that are nouns first: "api_task_history DELETE ..." deletes the history.
_READ_NOUNS = frozenset({"history", "statistics", "stats", "summary", "overview"})


# A route line whose method is GET: "exists_favorite GET /api/v1/favorite-post-user/{id}/exists".
_GET_ROUTE = re.compile(r"^\s*[\w.]+\s+GET\s+/")


def shows_only(description: str) -> bool:
    """Whether ``description`` is a route line served by GET: it shows something, so a
    create word in its name is a noun or a form's page ("create_blood_request_page")."""
    return _GET_ROUTE.match(description) is not None


def first_action(
    tokens: Sequence[Token], *, shows: bool = False
) -> tuple[str | None, Token | None]:
    """The first action verb (create, update, delete, read) and the token that said it; a
    read word that is a noun first ("history") gives way to a change or a deletion after it
    ("History - delete"), and so does a word that starts or opens something ("start_trip
    POST /trips/{trip_id}/start" changes the trip); a route that ``shows`` only
    (``shows_only``) creates nothing, and a thing made that a deletion follows is what is
    deleted ("post_vote_delete DELETE /votes/posts/{post_id}", "Add delete comment API")."""
    noun: tuple[str | None, Token | None] = (None, None)
    last_deletion = max(
        (number for number, token in enumerate(tokens) if token.term == "@delete"), default=-1
    )
    for number, token in enumerate(tokens):
        if not (is_concept(token.term) and concept_of(token.term) in ACTION_CONCEPTS):
            continue
        concept = concept_of(token.term)
        if shows and concept == "create":
            continue
        if concept == "create" and number < last_deletion:
            continue
        starts = concept == "create" and token.surface in _STATE_CHANGES
        if noun[1] is None and (token.surface in _READ_NOUNS or starts):
            noun = (concept, token)
        elif noun[1] is None or concept in ("update", "delete"):
            return concept, token
    return noun


def action_mask(terms: Iterable[str]) -> int:
    """The action verbs among ``terms`` as bits (create 1, update 2, delete 4, read 8)."""
    mask = 0
    for term in terms:
        bit = _ACTION_BITS.get(term)
        if bit is not None:
            mask |= bit
    return mask


_QUALIFIERS = frozenset(
    CONCEPT_MARK + name for name in ("owner", "public", "bulk", "sensitive", "throttle")
)


def is_qualifier(term: str) -> bool:
    """Whether a term qualifies the contract rather than its object: owner, public, bulk, ..."""
    return term in _QUALIFIERS


def is_object(term: str) -> bool:
    """Whether a term names what a function acts on: not a verb, a subject, a qualifier
    ("my", "public", "bulk") or a generic word ("endpoint")."""
    return not (
        term in _ACTION_TERMS
        or term in _SUBJECT_TERMS
        or term in _QUALIFIERS
        or term in _GENERIC_STEMS
    )


def term_weight(term: str) -> float:
    """How much a term says on its own, before rarity across the catalog is counted."""
    if term in _ACTION_TERMS:
        return ACTION_WEIGHT
    if term in _SUBJECT_TERMS:
        return SUBJECT_WEIGHT
    if term in _GENERIC_STEMS:
        return GENERIC_WEIGHT
    return 1.0


@lru_cache(maxsize=65536)
def _word_term(word: str) -> str | None:
    """The term of one word, or None for filler."""
    if word in PLURAL_NOUNS:
        return stem(word)  # the thing, not the verb its stem is
    concept = _BY_WORD.get(word)
    if concept is not None:
        return concept
    if len(word) < 2:
        return None
    word_stem = stem(word)
    if word in FILLER_WORDS or word_stem in _FILLER_STEMS:
        return None
    return _BY_STEM.get(word_stem, word_stem)


def _knows_builtin(word: str) -> bool:
    word_stem = stem(word)
    return (
        word in _BY_WORD
        or word_stem in _BY_STEM
        or word in FILLER_WORDS
        or word_stem in _FILLER_STEMS
        or word_stem in _GENERIC_STEMS
    )


# Words that route and function names fuse onto the word after them, longest first.
_FUSED_HEADS = (
    "delete",
    "remove",
    "create",
    "update",
    "change",
    "toggle",
    "reset",
    "fetch",
    "edit",
    "list",
    "mass",
    "view",
    "add",
    "get",
    "new",
    "set",
)


def _typo_budget(word: str) -> int:
    """Edits allowed to read ``word`` as a known one: none for short words, more for long.

    Four-letter words may only swap two letters ("edti"); longer ones must keep their first
    letter unless letters were swapped, so a real word is rarely "corrected" into another.
    """
    if len(word) <= 3:
        return 0
    if len(word) <= 7:
        return 1
    return 2


@lru_cache(maxsize=1 << 18)
def analyse_text(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A template text's terms and words (no typo reading: templates are proofread)."""
    words = split_words(text)
    return frozenset(term for _start, _length, term in _scan(words)), tuple(words)


class Lexicon:
    """Turns text into tokens; with ``known`` words, it also reads typos as the closest one."""

    def __init__(self, known_words: Iterable[str] = ()) -> None:
        words = set(known_words) | _BUILTIN_WORDS
        self._choices = sorted(w for w in words if len(w) >= 4)
        self._known_stems = frozenset(stem(w) for w in words)

    def tokens(self, text: str, *, correct: bool = False) -> list[Token]:
        """The tokens of ``text`` in order; ``correct`` reads typos (for descriptions)."""
        return self.read(text, correct=correct)[0]

    def read(self, text: str, *, correct: bool = False) -> tuple[list[Token], list[str]]:
        """The tokens of ``text``, and all its words (filler kept) with typos read."""
        words = drop_meta_verbs(split_words(text))
        if correct:
            words = [IN_ENGLISH.get(part, part) for word in words for part in self._unfuse(word)]
        originals: list[str | None] = [None] * len(words)
        if correct:
            for i, word in enumerate(words):
                fixed = self._correct(word)
                if fixed is not None:
                    originals[i], words[i] = word, fixed
        return _tokens_of(words, originals), words

    def _knows(self, word: str) -> bool:
        return _knows_builtin(word) or stem(word) in self._known_stems

    def _unfuse(self, word: str) -> list[str]:
        """An unknown word made of a leading verb and a known word, as the two words.

        Route and function names fuse them ("deleteuser", "massadd", "resetpassword"); the
        rest must be a word the matcher knows, of three letters or more, so "address" or
        "settle" stay whole.
        """
        if len(word) < 6 or self._knows(word):
            return [word]
        for head in _FUSED_HEADS:
            rest = word[len(head) :]
            if word.startswith(head) and len(rest) >= 3 and self._knows(rest):
                return [head, rest]
        return [word]

    def _correct(self, word: str) -> str | None:
        budget = _typo_budget(word)
        if budget == 0 or _knows_builtin(word) or stem(word) in self._known_stems:
            return None
        from rapidfuzz import process  # only for a word no template knows: most never need it
        from rapidfuzz.distance import OSA

        candidates = process.extract(
            word, self._choices, scorer=OSA.distance, score_cutoff=budget, limit=8
        )
        # Closest first, then the alphabetically first: the same input always reads the same.
        for candidate, _distance, _index in sorted(candidates, key=lambda c: (c[1], c[0])):
            swapped = sorted(candidate) == sorted(word)
            if swapped or (len(word) > 4 and candidate[0] == word[0] and _slips(word, candidate)):
                return str(candidate)
        return None


def _slips(typed: str, meant: str) -> bool:
    """Whether ``typed`` differs from ``meant`` the way fingers slip: a letter missing or
    doubled, or struck on a neighbouring key. "after" is not a typo of "alter" (f and l are
    far apart), nor "registry" of "register"."""
    from rapidfuzz.distance import Levenshtein

    for edit in Levenshtein.editops(typed, meant):
        operation, source, target = edit.tag, edit.src_pos, edit.dest_pos
        letter = typed[source] if source < len(typed) else ""
        if operation == "replace" and meant[target] not in _NEIGHBOURS.get(letter, ""):
            return False
        if operation == "delete":  # an extra letter: doubled, or a neighbour of the one before
            before = typed[source - 1] if source else ""
            if letter != before and before not in _NEIGHBOURS.get(letter, ""):
                return False
    return True


def _scan(words: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, length, term) of each meaningful unit: phrases first, filler dropped."""
    found: list[tuple[int, int, str]] = []
    stems = [stem(word) for word in words]
    i, count = 0, len(words)
    while i < count:
        length, term = 1, None
        for phrase, concept in _PHRASES.get(stems[i], ()):
            if tuple(stems[i : i + len(phrase)]) == phrase:
                length, term = len(phrase), concept
                break
        else:
            term = _word_term(words[i])
        if term is not None:
            found.append((i, length, term))
        i += length
    return found


def _tokens_of(words: Sequence[str], originals: Sequence[str | None]) -> list[Token]:
    tokens: list[Token] = []
    for start, length, term in _scan(words):
        span = range(start, start + length)
        typed = " ".join(originals[j] or words[j] for j in span)
        surface = " ".join(words[j] for j in span)
        tokens.append(Token(surface, term, typed if typed != surface else None))
    return tokens
