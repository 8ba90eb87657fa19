"""Text shown to people with its control and format characters made visible."""

from __future__ import annotations

import unicodedata

__all__ = ["visible"]


def visible(text: str, keep: str = "\n\t") -> str:
    """``text`` with control and format characters shown as ``<U+202E>`` (except ``keep``).

    Terminal escapes (Cc, such as ESC) recolour or rewrite a terminal, and bidirectional
    overrides (Cf, such as U+202E) make ``gnp.exe`` read as ``exe.png``: neither may reach
    Markdown or the terminal as it is, whatever the user typed.
    """
    return "".join(
        f"<U+{ord(char):04X}>"
        if char not in keep and unicodedata.category(char) in ("Cc", "Cf")
        else char
        for char in text
    )
