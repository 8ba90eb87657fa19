"""Description -> ranked templates with scores and reasons, and the verb-based fallback.

>>> from scaffold.catalog import load_catalog
>>> from scaffold.matching import match
>>> best = match("udpate my proflie", load_catalog())[0]
>>> best.template, best.score >= 0.5
('user_profile_update', True)

``match()`` is deterministic and offline. When no template reaches ``THRESHOLD``, the first
result is ``fallback:<kind>``: a synthesized Template with the basic contract for the
description's verb, which the generator renders like any other.
"""

from scaffold.matching._fallback import FALLBACK_KINDS, FALLBACK_PREFIX
from scaffold.matching._index import clear_cache
from scaffold.matching._match import THRESHOLD, Match, match

__all__ = ["FALLBACK_KINDS", "FALLBACK_PREFIX", "THRESHOLD", "Match", "clear_cache", "match"]
