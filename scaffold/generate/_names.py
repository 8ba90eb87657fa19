"""Function names: derived from a description, or checked when the user gives one.

A name becomes a module, a function, a test file and a checklist file, so it must be a
lowercase identifier that is not a keyword, does not shadow a built-in or a name the generated
modules import, and is short enough to keep generated lines within the formatter's width.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import re
import unicodedata
from pathlib import Path

from scaffold import _foreign_words as foreign
from scaffold._newer_syntax import parse_source
from scaffold.errors import UserError
from scaffold.generate._route_reading import read_path, split_route

__all__ = [
    "MAX_NAME_LENGTH",
    "RESERVED_NAMES",
    "camel",
    "check_name",
    "model_names_taken",
    "name_from_description",
]

MAX_NAME_LENGTH = 40
_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_WORD = re.compile(r"[a-z0-9]+")
# Words that say nothing about what the function does.
_ENGLISH_FILLER = frozenset(
    (
        "a",
        "an",
        "the",
        "my",
        "our",
        "your",
        "their",
        "his",
        "her",
        "its",
        "me",
        "us",
        "i",
        "we",
        "you",
        "they",
        "please",
        "let",
        "lets",
        "allow",
        "allows",
        "able",
        "to",
        "for",
        "of",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "into",
        "as",
        "some",
        "any",
        "this",
        "that",
        "these",
        "those",
        "can",
        "could",
        "should",
        "would",
        "will",
        "want",
        "wants",
        "need",
        "needs",
        "so",
        "just",
    )
)
# "eliminar la cuenta del usuario": eliminar_cuenta_usuario
_FILLER = _ENGLISH_FILLER | foreign.ARTICLES | foreign.OF
# Names the generated modules bind themselves: a function of the same name would shadow them.
RESERVED_NAMES = frozenset(
    {
        "annotations",
        "any",
        "audit_log",
        "auth",
        "body",
        "bulk",
        "business_rule",
        "caller",
        "contract",
        "contracts",
        "depends",
        "field",
        "invariant",
        "owns",
        "protocol",
        "rate_limit",
        "repository",
        "returns",
        "router",
        "schemas",
        "service",
        "services",
        "threading",
        "uuid",
        "validates",
    }
)


def _ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    # camelCase and PascalCase words split like spaces: updateUserProfile -> update user profile
    folded = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", folded)
    return _WORD.findall(folded.encode("ascii", "ignore").decode("ascii").lower())


def check_name(name: str) -> str:
    """Return ``name`` if it can name generated code, else raise ``UserError`` saying why."""
    shown = repr(name)
    if not _NAME.fullmatch(name):
        raise UserError(
            f"name {shown} is not a lowercase Python identifier: use letters a-z, digits and "
            "single underscores, starting with a letter (e.g. --name update_profile)"
        )
    if len(name) > MAX_NAME_LENGTH:
        raise UserError(
            f"name {shown} is longer than {MAX_NAME_LENGTH} characters; pick a shorter one"
        )
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        raise UserError(f"name {shown} is a Python keyword; pick another, e.g. {name}_item")
    if hasattr(builtins, name):
        raise UserError(f"name {shown} shadows a Python built-in; pick another, e.g. {name}_item")
    if name in RESERVED_NAMES:
        raise UserError(
            f"name {shown} clashes with a name the generated code uses; pick another, "
            f"e.g. {name}_item"
        )
    if name == "l":
        raise UserError("name 'l' reads like 1 or I; pick a longer name")
    if name.startswith("test"):
        raise UserError(f"name {shown} starts with 'test', which pytest would collect as a test")
    return name


def name_from_description(description: str, fallback: str) -> str:
    """A function name from the meaningful words of ``description`` (else ``fallback``).

    A description copied from a route leaves out the route, its guard clauses and class-name
    suffixes ("AuthViewSet create POST /api/v1/auth, throttled by X" is ``auth_create``);
    one that is only a route is named by its method and resource (``get_users``). Other
    descriptions keep every word: "delete invoice, rate limited" names a variant.
    """
    route = split_route(description)
    plain = route.text if route.path is not None else description
    if not _ascii_words(plain) and route.path is not None:
        plain = " ".join([route.methods[0].lower(), *read_path(route.path).words])
    plain = re.sub(r"\([^)]*\)", " ", plain)  # "(finance admins only)" qualifies
    plain = re.sub(r"(?<=\w)['\u2019]s?\b", "", plain)  # "a user's MFA": the owner, no "s"
    words = [word for word in _ascii_words(plain) if word not in _FILLER]
    name = ""
    for word in words[:4]:
        candidate = f"{name}_{word}" if name else word
        if len(candidate) > MAX_NAME_LENGTH:
            break
        name = candidate
    if name and name[0].isdigit():
        name = f"do_{name}"
    try:
        return check_name(name)
    except UserError:
        return fallback


def camel(name: str) -> str:
    """``update_profile`` -> ``UpdateProfile`` (for class names)."""
    return "".join(part.capitalize() for part in name.split("_"))


def model_names_taken(schemas: Path, own_module: str) -> dict[str, str]:
    """Class names the project's schema modules define (other than ``own_module``): name ->
    module.

    OpenAPI names a schema after its class; two classes of one name get module-path names
    (``app__schemas__x__Invoice``), so a new function's models must not reuse these.
    Modules that do not parse are skipped (they are reported where they are used).
    """
    taken: dict[str, str] = {}
    if not schemas.is_dir():
        return taken
    for module in sorted(schemas.glob("*.py")):
        if module.stem == own_module:
            continue
        try:
            tree = parse_source(module.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                taken.setdefault(node.name, module.stem)
    return taken
