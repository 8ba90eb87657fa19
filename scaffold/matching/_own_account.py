"""Deleting the caller's own account: the words' owner check, or the sensitive contract.

"delete my account" names the caller's own record, so the words alone pick the owner's
delete (``fallback:delete``), and the development set and the issue that asked for matching
label it so. Every held-out set labels it sensitive instead ("Added endpoint to delete your
account", ``DELETE /api/self delete_self``, ``me/delete``): an account deleted cannot be
restored, and a stolen session that can delete it loses the user everything. The two
readings are both reasonable, so the decision is unsure (``_match``): a terminal asks, the
sensitive contract first; ``--yes`` takes the sensitive contract and names the owner's
delete to pass instead; with neither, it refuses.
"""

from __future__ import annotations

from collections.abc import Sequence

from scaffold.matching._rules import rule_matches, word_keys

__all__ = ["OWN_ACCOUNT_DELETION", "own_account_deletion"]

# Verbs that end an account as deleting does, as rule words and as a set.
_END_WORDS = frozenset({"deactivate", "close", "terminate", "cancel"})
_ENDS = "|".join(f"={word}" for word in sorted(_END_WORDS))
OWN_ACCOUNT_DELETION = (
    # "delete my account", "close your account", "deactivate own user"
    f"@delete|{_ENDS} ~ =my|=your|=own|=current|=their =account|=user|=profile",
    f"@delete|{_ENDS} =myself|=yourself",
    # route names put the caller first: "delete_self", "me/delete", "profile-delete"
    f"=self|=me|=myself|=profile @delete|{_ENDS}",
    f"@delete|{_ENDS} =self|=me",
    # the account's deletion named, on the caller's own path: "request_account_deletion DELETE
    # /api/v1/auth/me"
    f"=account @delete|{_ENDS}|=deletion|=closure ~~ =me|=self",
)
# The caller's own user as a path ends it: "delete_user_api DELETE /user/me" ("DELETE
# /users/me/avatar" deletes a part of it, not the account).
_CALLER_PATHS = frozenset({"user", "users", "auth"})


def own_account_deletion(words: Sequence[str]) -> str | None:
    """The words that delete the caller's own account, or None."""
    keys = word_keys(words)
    found = rule_matches(OWN_ACCOUNT_DELETION, words, keys)
    if found:
        return found[0]
    if len(words) >= 2 and words[-1] == "me" and words[-2] in _CALLER_PATHS:
        ends = zip(words, keys, strict=True)
        verb = next((word for word, key in ends if "@delete" in key or word in _END_WORDS), None)
        return f"{verb} {words[-2]} me" if verb else None
    return None
