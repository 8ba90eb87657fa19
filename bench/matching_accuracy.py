"""Matching accuracy on descriptions it was not written with, and its safety figures.

Reports, in this order:

1. the untouched test set (tests/matching/twohundredthirtyeighth_set.yaml, the
   two-hundred-thirty-eighth: joined unread and not evaluated before; its first run is its one
   untouched figure), when present: top-1, picks weaker than the label, confusion by label, and
   what ``decide`` would do with each (choose, ask, refuse); when it is absent, the report says so
   and goes on; then the same for the two hundred and thirty-six test sets before it (1.1 to 1.236:
   the two-hundred-thirty-seventh back to the hundred-fifty-ninth, newest first, written two at a
   time (the hundred-fifty-ninth and hundred-sixtieth, then each pair after), each pair joined
   unread and first run together, with the code of b816339, 5d5fd85, 5198b98, dbd8491, 870f80c,
   8389ad2, 0a53880, fa2c70b, ab7b6f8, 7e9a6ab, a5f14b8, 258f27b, 0a8ad42, f2aa4c3, 53345c2,
   73c3830, b06e93a, a42339b, a42339b, ef7972a, 722abf3, 7af20d2, 39d05d3, e9f33c2, 15c5931,
   900d09a, c0dd477, a4f1efc, dbe4aed, 34e51c6, 261ead6, 5ab4824, e6e0d46, 59f2b3c, 71f32d0,
   acc4715, cf5f334, 7c27f17 and 9120aee in turn; then hundredfiftyeighth_set.yaml (joined unread
   from four halves and first run with the code of a1d3f0b),
   hundredfiftyseventh_set.yaml, hundredfiftysixth_set.yaml (joined unread with the
   hundred-fifty-seventh and first run beside it, with the code of 44b5b3f; the two were
   written at the same time),
   hundredfiftyfifth_set.yaml, hundredfiftyfourth_set.yaml (joined unread with the
   hundred-fifty-fifth and first run beside it, with the code of 5fcfd5d; the two were written at
   the same time),
   hundredfiftythird_set.yaml, hundredfiftysecond_set.yaml (joined unread with the
   hundred-fifty-third and first run beside it, with the code of 2546573; the two were written at
   the same time),
   hundredfiftyfirst_set.yaml, hundredfiftieth_set.yaml (joined unread with the
   hundred-fifty-first and first run beside it, with the code of 03158c4; the two were written at
   the same time),
   hundredfortyninth_set.yaml, hundredfortyeighth_set.yaml (joined unread with the
   hundred-forty-ninth and first run beside it, with the code of fc37769; the two were written at
   the same time),
   hundredfortyseventh_set.yaml, hundredfortysixth_set.yaml (joined unread with the
   hundred-forty-seventh and first run beside it, with the code of e36b557; the two were written at
   the same time), hundredfortyfifth_set.yaml, hundredfortyfourth_set.yaml (joined unread with the
   hundred-forty-fifth and first run beside it, with the matcher and learned reading of 1f9ba86; the
   two were written at the same time), hundredfortythird_set.yaml, hundredfortysecond_set.yaml
   (joined unread with the hundred-fortieth and first run beside it), hundredfortyfirst_set.yaml
   (joined unread with the hundred-forty-third and first run beside it; the hundred-fortieth to
   hundred-forty-third were written at the same time, and the hundred-forty-first and
   hundred-forty-third were evaluated first, the hundred-fortieth and hundred-forty-second after the
   rules written from those two), hundredfortieth_set.yaml, hundredthirtyninth_set.yaml,
   hundredthirtyeighth_set.yaml
   (joined unread with the hundred-thirty-ninth and first run beside it),
   hundredthirtyseventh_set.yaml, hundredthirtysixth_set.yaml (joined unread with the
   hundred-thirty-seventh and first run beside it; the hundred-thirty-sixth to
   hundred-thirty-ninth were written at the same time, and the hundred-thirty-sixth and
   hundred-thirty-seventh were evaluated first, the hundred-thirty-eighth and
   hundred-thirty-ninth after them, no rule written between), hundredthirtyfifth_set.yaml,
   hundredthirtyfourth_set.yaml (joined unread with the hundred-thirty-fifth and
   first run beside it), hundredthirtythird_set.yaml, hundredthirtysecond_set.yaml (joined
   unread with the hundred-thirty-third and first run beside it; the hundred-thirty-second to
   hundred-thirty-fifth were written at the same time, and the hundred-thirty-second and
   hundred-thirty-third were evaluated first, the hundred-thirty-fourth and hundred-thirty-fifth
   after the rules written from those two), hundredthirtyfirst_set.yaml,
   hundredthirtieth_set.yaml (joined unread with the hundred-thirty-first and
   first run beside it), hundredtwentyninth_set.yaml, hundredtwentyeighth_set.yaml (joined
   unread with the hundred-twenty-ninth and first run beside it; the hundred-twenty-eighth to
   hundred-thirty-first were written at the same time, and the hundred-twenty-eighth and
   hundred-twenty-ninth were evaluated first, the hundred-thirtieth and hundred-thirty-first
   after the rules written from those two), hundredtwentyseventh_set.yaml,
   hundredtwentysixth_set.yaml (joined unread with the hundred-twenty-seventh and first run
   beside it), hundredtwentyfifth_set.yaml,
   hundredtwentyfourth_set.yaml (joined unread with the hundred-twenty-fifth and first run beside
   it; the hundred-twenty-fourth to hundred-twenty-seventh were written at the same time, and the
   hundred-twenty-fourth and hundred-twenty-fifth were evaluated first, the hundred-twenty-sixth
   and hundred-twenty-seventh after the rules written from those two), hundredtwentythird_set.yaml,
   hundredtwentysecond_set.yaml (joined unread with the hundred-twenty-third and first run beside
   it), hundredtwentyfirst_set.yaml, hundredtwentieth_set.yaml (joined unread with the
   hundred-twenty-first and first run beside it; the hundred-twentieth to hundred-twenty-third were
   written at the same time, and the hundred-twentieth and hundred-twenty-first were evaluated
   first, the hundred-twenty-second and hundred-twenty-third after the rules written from those
   two), hundrednineteenth_set.yaml, hundredeighteenth_set.yaml (joined unread with the
   hundred-nineteenth and first run beside it), hundredseventeenth_set.yaml,
   hundredsixteenth_set.yaml (joined unread with the hundred-seventeenth and first run beside it;
   the hundred-sixteenth to hundred-nineteenth were written at the same time, and the
   hundred-sixteenth and hundred-seventeenth were evaluated first, the hundred-eighteenth and
   hundred-nineteenth after the rules written from those two), hundredfifteenth_set.yaml,
   hundredfourteenth_set.yaml (joined unread with the hundred-fifteenth and first run beside it),
   hundredthirteenth_set.yaml, hundredtwelfth_set.yaml (joined unread with the hundred-thirteenth
   and first run beside it; the hundred-twelfth to hundred-fifteenth were written at the same time,
   and the hundred-twelfth and hundred-thirteenth were evaluated first, the hundred-fourteenth and
   hundred-fifteenth after the rules written from those two), hundredeleventh_set.yaml,
   hundredtenth_set.yaml (joined unread with the hundred-eleventh and first run beside it),
   hundredninth_set.yaml, hundredeighth_set.yaml (joined unread with the hundred-ninth and first
   run beside it; the hundred-eighth to hundred-eleventh were written at the same time, and the
   hundred-eighth and hundred-ninth were evaluated first, the hundred-tenth and hundred-eleventh
   after the rules written from those two), hundredseventh_set.yaml, hundredsixth_set.yaml (joined
   unread with the hundred-seventh and first run beside it), hundredfifth_set.yaml,
   hundredfourth_set.yaml (joined unread with the hundred-fifth and first run beside it; the
   hundred-fourth to hundred-seventh were written at the same time, and the hundred-fourth and
   hundred-fifth were evaluated first, the hundred-sixth and hundred-seventh after the rules
   written from those two), hundredthird_set.yaml, hundredsecond_set.yaml (joined unread with the
   hundred-third and first run beside it), hundredfirst_set.yaml, hundredth_set.yaml (joined unread
   with the hundred-first and first run beside it; the hundredth to hundred-third were written at
   the same time, and the hundredth and hundred-first were evaluated first, the hundred-second and
   hundred-third after the rules written from those two), ninetyninth_set.yaml,
   ninetyeighth_set.yaml (joined unread with the ninety-ninth and first run beside it),
   ninetyseventh_set.yaml, ninetysixth_set.yaml (joined unread with the ninety-seventh and first
   run beside it; the ninety-sixth to ninety-ninth were written at the same time, and the
   ninety-sixth and ninety-seventh were evaluated first, the ninety-eighth and ninety-ninth after
   the rules written from those two), ninetyfifth_set.yaml, ninetyfourth_set.yaml (joined unread
   with the ninety-fifth and first run beside it), ninetythird_set.yaml, ninetysecond_set.yaml
   (joined unread with the ninety-third and first run beside it; the ninety-second to ninety-fifth
   were written at the same time, and the ninety-second and ninety-third were evaluated first, the
   ninety-fourth and ninety-fifth after the rules written from those two), ninetyfirst_set.yaml,
   ninetieth_set.yaml (joined unread with the ninety-first and first run beside it),
   eightyninth_set.yaml, eightyeighth_set.yaml (joined unread with the eighty-ninth and first run
   beside it; the eighty-eighth to ninety-first were written at the same time, and the
   eighty-eighth and eighty-ninth were evaluated first, the ninetieth and ninety-first after the
   rules written from those two), eightyseventh_set.yaml, eightysixth_set.yaml (joined unread with
   the eighty-seventh and first run beside it), eightyfifth_set.yaml, eightyfourth_set.yaml (joined
   unread with the eighty-fifth and first run beside it), eightythird_set.yaml,
   eightysecond_set.yaml (joined unread with the eighty-third and first run beside it),
   eightyfirst_set.yaml, eightieth_set.yaml (joined unread with the eighty-first and first run
   beside it), seventyninth_set.yaml, seventyeighth_set.yaml (joined unread with the seventy-ninth
   and first run beside it), seventyseventh_set.yaml, seventysixth_set.yaml (joined unread with the
   seventy-seventh and first run beside it), seventyfifth_set.yaml, seventyfourth_set.yaml (joined
   unread with the seventy-fifth and first run beside it), seventythird_set.yaml,
   seventysecond_set.yaml (joined unread with the seventy-third and first run beside it),
   seventyfirst_set.yaml, seventieth_set.yaml (joined unread with the seventy-first and first run
   beside it), sixtyninth_set.yaml, sixtyeighth_set.yaml (joined unread with the sixty-ninth and
   first run beside it), sixtyseventh_set.yaml, sixtysixth_set.yaml (joined unread with the
   sixty-seventh and first run beside it), sixtyfifth_set.yaml, sixtyfourth_set.yaml (joined unread
   with the sixty-fifth and first run beside it), sixtythird_set.yaml, sixtysecond_set.yaml (joined
   unread with the sixty-third and first run beside it), sixtyfirst_set.yaml, sixtieth_set.yaml
   (joined unread with the sixty-first and first run beside it), fiftyninth_set.yaml,
   fiftyeighth_set.yaml (joined unread with the fifty-ninth and first run beside it),
   fiftyseventh_set.yaml, fiftysixth_set.yaml (joined unread with the fifty-seventh and first run
   beside it), fiftyfifth_set.yaml, fiftyfourth_set.yaml (joined unread with the fifty-fifth and
   first run beside it), fiftythird_set.yaml, fiftysecond_set.yaml, fiftyfirst_set.yaml,
   fiftieth_set.yaml (joined unread with the fifty-first and first run beside it),
   fortyninth_set.yaml, fortyeighth_set.yaml, fortyseventh_set.yaml, fortysixth_set.yaml,
   fortyfifth_set.yaml, fortyfourth_set.yaml, fortythird_set.yaml, fortysecond_set.yaml,
   fortyfirst_set.yaml, fortieth_set.yaml, thirtyninth_set.yaml, thirtyeighth_set.yaml,
   thirtyseventh_set.yaml, thirtysixth_set.yaml, thirtyfifth_set.yaml, thirtyfourth_set.yaml,
   thirtythird_set.yaml, thirtysecond_set.yaml, thirtyfirst_set.yaml, thirtieth_set.yaml,
   twentyninth_set.yaml, twentyeighth_set.yaml, twentyseventh_set.yaml, twentysixth_set.yaml,
   twentyfifth_set.yaml, twentyfourth_set.yaml, twentythird_set.yaml, twentysecond_set.yaml,
   twentyfirst_set.yaml, twentieth_set.yaml, nineteenth_set.yaml, eighteenth_set.yaml,
   seventeenth_set.yaml, sixteenth_set.yaml, fifteenth_set.yaml, fourteenth_set.yaml,
   thirteenth_set.yaml, twelfth_set.yaml, eleventh_set.yaml, tenth_set.yaml, ninth_set.yaml,
   fresh_set.yaml the eighth, unseen_set.yaml the seventh, and seen_set.yaml to seen_set_4.yaml),
   evaluated before and so labelled seen; 2. the DEVELOPMENT set (tests/matching/dev_set.yaml), the
   one the matcher is tuned on, whole (with its confusion by label) and in two fixed halves, A and
   B, each with its weaker picks and what ``decide`` would do; 3. the literal-pattern subset: every
   phrase of the design source, alone and in a sentence, must reach its template; 4. the examples
   of the issue that asked for this: each must pick a contract at least as strong as it asks for;
   5. the project's own older cases (tests/matching/cases.yaml): the best case, written with the
   matcher.

Each figure also runs the design source's naive matcher (substring patterns, then substring
verbs) for comparison.

    python bench/matching_accuracy.py              # every figure
    python bench/matching_accuracy.py --misses     # and every miss, per half
    python bench/matching_accuracy.py --dev-only   # leave the held-out test set unread
    python bench/matching_accuracy.py --generated-weaker  # and what --yes generates weaker
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scaffold.catalog import Catalog, load_catalog
from scaffold.matching import (
    Ask,
    Chosen,
    Floor,
    Level,
    Match,
    MatchResult,
    Refuse,
    Strength,
    decide,
    match,
    match_request,
    strength_of,
)

HERE = Path(__file__).resolve().parent.parent / "tests" / "matching"
TWENTYEIGHTH_SET = HERE / "twentyeighth_set.yaml"
TWENTYNINTH_SET = HERE / "twentyninth_set.yaml"
THIRTIETH_SET = HERE / "thirtieth_set.yaml"
THIRTYFIRST_SET = HERE / "thirtyfirst_set.yaml"
THIRTYSECOND_SET = HERE / "thirtysecond_set.yaml"
THIRTYTHIRD_SET = HERE / "thirtythird_set.yaml"
THIRTYFOURTH_SET = HERE / "thirtyfourth_set.yaml"
THIRTYFIFTH_SET = HERE / "thirtyfifth_set.yaml"
THIRTYSIXTH_SET = HERE / "thirtysixth_set.yaml"
THIRTYSEVENTH_SET = HERE / "thirtyseventh_set.yaml"
THIRTYEIGHTH_SET = HERE / "thirtyeighth_set.yaml"
THIRTYNINTH_SET = HERE / "thirtyninth_set.yaml"
FORTIETH_SET = HERE / "fortieth_set.yaml"
FORTYFIRST_SET = HERE / "fortyfirst_set.yaml"
FORTYSECOND_SET = HERE / "fortysecond_set.yaml"
FORTYTHIRD_SET = HERE / "fortythird_set.yaml"
FORTYFOURTH_SET = HERE / "fortyfourth_set.yaml"
FORTYFIFTH_SET = HERE / "fortyfifth_set.yaml"
FORTYSIXTH_SET = HERE / "fortysixth_set.yaml"
FORTYSEVENTH_SET = HERE / "fortyseventh_set.yaml"
FORTYEIGHTH_SET = HERE / "fortyeighth_set.yaml"
FORTYNINTH_SET = HERE / "fortyninth_set.yaml"
FIFTIETH_SET = HERE / "fiftieth_set.yaml"
FIFTYFIRST_SET = HERE / "fiftyfirst_set.yaml"
FIFTYSECOND_SET = HERE / "fiftysecond_set.yaml"
FIFTYTHIRD_SET = HERE / "fiftythird_set.yaml"
FIFTYFOURTH_SET = HERE / "fiftyfourth_set.yaml"
FIFTYFIFTH_SET = HERE / "fiftyfifth_set.yaml"
FIFTYSIXTH_SET = HERE / "fiftysixth_set.yaml"
FIFTYSEVENTH_SET = HERE / "fiftyseventh_set.yaml"
FIFTYEIGHTH_SET = HERE / "fiftyeighth_set.yaml"
FIFTYNINTH_SET = HERE / "fiftyninth_set.yaml"
SIXTIETH_SET = HERE / "sixtieth_set.yaml"
SIXTYFIRST_SET = HERE / "sixtyfirst_set.yaml"
SIXTYSECOND_SET = HERE / "sixtysecond_set.yaml"
SIXTYTHIRD_SET = HERE / "sixtythird_set.yaml"
SIXTYFOURTH_SET = HERE / "sixtyfourth_set.yaml"
SIXTYFIFTH_SET = HERE / "sixtyfifth_set.yaml"
SIXTYSIXTH_SET = HERE / "sixtysixth_set.yaml"
SIXTYSEVENTH_SET = HERE / "sixtyseventh_set.yaml"
SIXTYEIGHTH_SET = HERE / "sixtyeighth_set.yaml"
SIXTYNINTH_SET = HERE / "sixtyninth_set.yaml"
SEVENTIETH_SET = HERE / "seventieth_set.yaml"
SEVENTYFIRST_SET = HERE / "seventyfirst_set.yaml"
SEVENTYSECOND_SET = HERE / "seventysecond_set.yaml"
SEVENTYTHIRD_SET = HERE / "seventythird_set.yaml"
SEVENTYFOURTH_SET = HERE / "seventyfourth_set.yaml"
SEVENTYFIFTH_SET = HERE / "seventyfifth_set.yaml"
SEVENTYSIXTH_SET = HERE / "seventysixth_set.yaml"
SEVENTYSEVENTH_SET = HERE / "seventyseventh_set.yaml"
SEVENTYEIGHTH_SET = HERE / "seventyeighth_set.yaml"
SEVENTYNINTH_SET = HERE / "seventyninth_set.yaml"
EIGHTIETH_SET = HERE / "eightieth_set.yaml"
EIGHTYFIRST_SET = HERE / "eightyfirst_set.yaml"
EIGHTYSECOND_SET = HERE / "eightysecond_set.yaml"
EIGHTYTHIRD_SET = HERE / "eightythird_set.yaml"
EIGHTYFOURTH_SET = HERE / "eightyfourth_set.yaml"
EIGHTYFIFTH_SET = HERE / "eightyfifth_set.yaml"
EIGHTYSIXTH_SET = HERE / "eightysixth_set.yaml"
EIGHTYSEVENTH_SET = HERE / "eightyseventh_set.yaml"
EIGHTYEIGHTH_SET = HERE / "eightyeighth_set.yaml"
EIGHTYNINTH_SET = HERE / "eightyninth_set.yaml"
NINETIETH_SET = HERE / "ninetieth_set.yaml"
NINETYFIRST_SET = HERE / "ninetyfirst_set.yaml"
NINETYSECOND_SET = HERE / "ninetysecond_set.yaml"
NINETYTHIRD_SET = HERE / "ninetythird_set.yaml"
NINETYFOURTH_SET = HERE / "ninetyfourth_set.yaml"
NINETYFIFTH_SET = HERE / "ninetyfifth_set.yaml"
NINETYSIXTH_SET = HERE / "ninetysixth_set.yaml"
NINETYSEVENTH_SET = HERE / "ninetyseventh_set.yaml"
NINETYEIGHTH_SET = HERE / "ninetyeighth_set.yaml"
NINETYNINTH_SET = HERE / "ninetyninth_set.yaml"
HUNDREDTH_SET = HERE / "hundredth_set.yaml"
HUNDREDFIRST_SET = HERE / "hundredfirst_set.yaml"
HUNDREDSECOND_SET = HERE / "hundredsecond_set.yaml"
HUNDREDTHIRD_SET = HERE / "hundredthird_set.yaml"
HUNDREDFOURTH_SET = HERE / "hundredfourth_set.yaml"
HUNDREDFIFTH_SET = HERE / "hundredfifth_set.yaml"
HUNDREDSIXTH_SET = HERE / "hundredsixth_set.yaml"
HUNDREDSEVENTH_SET = HERE / "hundredseventh_set.yaml"
HUNDREDEIGHTH_SET = HERE / "hundredeighth_set.yaml"
HUNDREDNINTH_SET = HERE / "hundredninth_set.yaml"
HUNDREDTENTH_SET = HERE / "hundredtenth_set.yaml"
HUNDREDELEVENTH_SET = HERE / "hundredeleventh_set.yaml"
HUNDREDTWELFTH_SET = HERE / "hundredtwelfth_set.yaml"
HUNDREDTHIRTEENTH_SET = HERE / "hundredthirteenth_set.yaml"
HUNDREDFOURTEENTH_SET = HERE / "hundredfourteenth_set.yaml"
HUNDREDFIFTEENTH_SET = HERE / "hundredfifteenth_set.yaml"
HUNDREDSIXTEENTH_SET = HERE / "hundredsixteenth_set.yaml"
HUNDREDSEVENTEENTH_SET = HERE / "hundredseventeenth_set.yaml"
HUNDREDEIGHTEENTH_SET = HERE / "hundredeighteenth_set.yaml"
HUNDREDNINETEENTH_SET = HERE / "hundrednineteenth_set.yaml"
HUNDREDTWENTIETH_SET = HERE / "hundredtwentieth_set.yaml"
HUNDREDTWENTYFIRST_SET = HERE / "hundredtwentyfirst_set.yaml"
HUNDREDTWENTYSECOND_SET = HERE / "hundredtwentysecond_set.yaml"
HUNDREDTWENTYTHIRD_SET = HERE / "hundredtwentythird_set.yaml"
HUNDREDTWENTYFOURTH_SET = HERE / "hundredtwentyfourth_set.yaml"
HUNDREDTWENTYFIFTH_SET = HERE / "hundredtwentyfifth_set.yaml"
HUNDREDTWENTYSIXTH_SET = HERE / "hundredtwentysixth_set.yaml"
HUNDREDTWENTYSEVENTH_SET = HERE / "hundredtwentyseventh_set.yaml"
HUNDREDTWENTYEIGHTH_SET = HERE / "hundredtwentyeighth_set.yaml"
HUNDREDTWENTYNINTH_SET = HERE / "hundredtwentyninth_set.yaml"
HUNDREDTHIRTIETH_SET = HERE / "hundredthirtieth_set.yaml"
HUNDREDTHIRTYFIRST_SET = HERE / "hundredthirtyfirst_set.yaml"
HUNDREDTHIRTYSECOND_SET = HERE / "hundredthirtysecond_set.yaml"
HUNDREDTHIRTYTHIRD_SET = HERE / "hundredthirtythird_set.yaml"
HUNDREDTHIRTYFOURTH_SET = HERE / "hundredthirtyfourth_set.yaml"
HUNDREDTHIRTYFIFTH_SET = HERE / "hundredthirtyfifth_set.yaml"
HUNDREDTHIRTYSIXTH_SET = HERE / "hundredthirtysixth_set.yaml"
HUNDREDTHIRTYSEVENTH_SET = HERE / "hundredthirtyseventh_set.yaml"
HUNDREDTHIRTYEIGHTH_SET = HERE / "hundredthirtyeighth_set.yaml"
HUNDREDTHIRTYNINTH_SET = HERE / "hundredthirtyninth_set.yaml"
HUNDREDFORTIETH_SET = HERE / "hundredfortieth_set.yaml"
HUNDREDFORTYFIRST_SET = HERE / "hundredfortyfirst_set.yaml"
HUNDREDFORTYSECOND_SET = HERE / "hundredfortysecond_set.yaml"
HUNDREDFORTYTHIRD_SET = HERE / "hundredfortythird_set.yaml"
HUNDREDFORTYFOURTH_SET = HERE / "hundredfortyfourth_set.yaml"
HUNDREDFORTYFIFTH_SET = HERE / "hundredfortyfifth_set.yaml"
HUNDREDFORTYSIXTH_SET = HERE / "hundredfortysixth_set.yaml"
HUNDREDFORTYSEVENTH_SET = HERE / "hundredfortyseventh_set.yaml"
HUNDREDFORTYEIGHTH_SET = HERE / "hundredfortyeighth_set.yaml"
HUNDREDFORTYNINTH_SET = HERE / "hundredfortyninth_set.yaml"
HUNDREDFIFTIETH_SET = HERE / "hundredfiftieth_set.yaml"
HUNDREDFIFTYFIRST_SET = HERE / "hundredfiftyfirst_set.yaml"
HUNDREDFIFTYSECOND_SET = HERE / "hundredfiftysecond_set.yaml"
HUNDREDFIFTYTHIRD_SET = HERE / "hundredfiftythird_set.yaml"
HUNDREDFIFTYFOURTH_SET = HERE / "hundredfiftyfourth_set.yaml"
HUNDREDFIFTYFIFTH_SET = HERE / "hundredfiftyfifth_set.yaml"
HUNDREDFIFTYSIXTH_SET = HERE / "hundredfiftysixth_set.yaml"
HUNDREDFIFTYSEVENTH_SET = HERE / "hundredfiftyseventh_set.yaml"
HUNDREDFIFTYEIGHTH_SET = HERE / "hundredfiftyeighth_set.yaml"
HUNDREDFIFTYNINTH_SET = HERE / "hundredfiftyninth_set.yaml"
HUNDREDSIXTIETH_SET = HERE / "hundredsixtieth_set.yaml"
HUNDREDSIXTYFIRST_SET = HERE / "hundredsixtyfirst_set.yaml"
HUNDREDSIXTYSECOND_SET = HERE / "hundredsixtysecond_set.yaml"
HUNDREDSIXTYTHIRD_SET = HERE / "hundredsixtythird_set.yaml"
HUNDREDSIXTYFOURTH_SET = HERE / "hundredsixtyfourth_set.yaml"
HUNDREDSIXTYFIFTH_SET = HERE / "hundredsixtyfifth_set.yaml"
HUNDREDSIXTYSIXTH_SET = HERE / "hundredsixtysixth_set.yaml"
HUNDREDSIXTYSEVENTH_SET = HERE / "hundredsixtyseventh_set.yaml"
HUNDREDSIXTYEIGHTH_SET = HERE / "hundredsixtyeighth_set.yaml"
HUNDREDSIXTYNINTH_SET = HERE / "hundredsixtyninth_set.yaml"
HUNDREDSEVENTIETH_SET = HERE / "hundredseventieth_set.yaml"
HUNDREDSEVENTYFIRST_SET = HERE / "hundredseventyfirst_set.yaml"
HUNDREDSEVENTYSECOND_SET = HERE / "hundredseventysecond_set.yaml"
HUNDREDSEVENTYTHIRD_SET = HERE / "hundredseventythird_set.yaml"
HUNDREDSEVENTYFOURTH_SET = HERE / "hundredseventyfourth_set.yaml"
HUNDREDSEVENTYFIFTH_SET = HERE / "hundredseventyfifth_set.yaml"
HUNDREDSEVENTYSIXTH_SET = HERE / "hundredseventysixth_set.yaml"
HUNDREDSEVENTYSEVENTH_SET = HERE / "hundredseventyseventh_set.yaml"
HUNDREDSEVENTYEIGHTH_SET = HERE / "hundredseventyeighth_set.yaml"
HUNDREDSEVENTYNINTH_SET = HERE / "hundredseventyninth_set.yaml"
HUNDREDEIGHTIETH_SET = HERE / "hundredeightieth_set.yaml"
HUNDREDEIGHTYFIRST_SET = HERE / "hundredeightyfirst_set.yaml"
HUNDREDEIGHTYSECOND_SET = HERE / "hundredeightysecond_set.yaml"
HUNDREDEIGHTYTHIRD_SET = HERE / "hundredeightythird_set.yaml"
HUNDREDEIGHTYFOURTH_SET = HERE / "hundredeightyfourth_set.yaml"
HUNDREDEIGHTYFIFTH_SET = HERE / "hundredeightyfifth_set.yaml"
HUNDREDEIGHTYSIXTH_SET = HERE / "hundredeightysixth_set.yaml"
HUNDREDEIGHTYSEVENTH_SET = HERE / "hundredeightyseventh_set.yaml"
HUNDREDEIGHTYEIGHTH_SET = HERE / "hundredeightyeighth_set.yaml"
HUNDREDEIGHTYNINTH_SET = HERE / "hundredeightyninth_set.yaml"
HUNDREDNINETIETH_SET = HERE / "hundredninetieth_set.yaml"
HUNDREDNINETYFIRST_SET = HERE / "hundredninetyfirst_set.yaml"
HUNDREDNINETYSECOND_SET = HERE / "hundredninetysecond_set.yaml"
HUNDREDNINETYTHIRD_SET = HERE / "hundredninetythird_set.yaml"
HUNDREDNINETYFOURTH_SET = HERE / "hundredninetyfourth_set.yaml"
HUNDREDNINETYFIFTH_SET = HERE / "hundredninetyfifth_set.yaml"
HUNDREDNINETYSIXTH_SET = HERE / "hundredninetysixth_set.yaml"
HUNDREDNINETYSEVENTH_SET = HERE / "hundredninetyseventh_set.yaml"
HUNDREDNINETYEIGHTH_SET = HERE / "hundredninetyeighth_set.yaml"
HUNDREDNINETYNINTH_SET = HERE / "hundredninetyninth_set.yaml"
TWOHUNDREDTH_SET = HERE / "twohundredth_set.yaml"
TWOHUNDREDFIRST_SET = HERE / "twohundredfirst_set.yaml"
TWOHUNDREDSECOND_SET = HERE / "twohundredsecond_set.yaml"
TWOHUNDREDTHIRD_SET = HERE / "twohundredthird_set.yaml"
TWOHUNDREDFOURTH_SET = HERE / "twohundredfourth_set.yaml"
TWOHUNDREDFIFTH_SET = HERE / "twohundredfifth_set.yaml"
TWOHUNDREDSIXTH_SET = HERE / "twohundredsixth_set.yaml"
TWOHUNDREDSEVENTH_SET = HERE / "twohundredseventh_set.yaml"
TWOHUNDREDEIGHTH_SET = HERE / "twohundredeighth_set.yaml"
TWOHUNDREDNINTH_SET = HERE / "twohundredninth_set.yaml"
TWOHUNDREDTENTH_SET = HERE / "twohundredtenth_set.yaml"
TWOHUNDREDELEVENTH_SET = HERE / "twohundredeleventh_set.yaml"
TWOHUNDREDTWELFTH_SET = HERE / "twohundredtwelfth_set.yaml"
TWOHUNDREDTHIRTEENTH_SET = HERE / "twohundredthirteenth_set.yaml"
TWOHUNDREDFOURTEENTH_SET = HERE / "twohundredfourteenth_set.yaml"
TWOHUNDREDFIFTEENTH_SET = HERE / "twohundredfifteenth_set.yaml"
TWOHUNDREDSIXTEENTH_SET = HERE / "twohundredsixteenth_set.yaml"
TWOHUNDREDSEVENTEENTH_SET = HERE / "twohundredseventeenth_set.yaml"
TWOHUNDREDEIGHTEENTH_SET = HERE / "twohundredeighteenth_set.yaml"
TWOHUNDREDNINETEENTH_SET = HERE / "twohundrednineteenth_set.yaml"
TWOHUNDREDTWENTIETH_SET = HERE / "twohundredtwentieth_set.yaml"
TWOHUNDREDTWENTYFIRST_SET = HERE / "twohundredtwentyfirst_set.yaml"
TWOHUNDREDTWENTYSECOND_SET = HERE / "twohundredtwentysecond_set.yaml"
TWOHUNDREDTWENTYTHIRD_SET = HERE / "twohundredtwentythird_set.yaml"
TWOHUNDREDTWENTYFOURTH_SET = HERE / "twohundredtwentyfourth_set.yaml"
TWOHUNDREDTWENTYFIFTH_SET = HERE / "twohundredtwentyfifth_set.yaml"
TWOHUNDREDTWENTYSIXTH_SET = HERE / "twohundredtwentysixth_set.yaml"
TWOHUNDREDTWENTYSEVENTH_SET = HERE / "twohundredtwentyseventh_set.yaml"
TWOHUNDREDTWENTYEIGHTH_SET = HERE / "twohundredtwentyeighth_set.yaml"
TWOHUNDREDTWENTYNINTH_SET = HERE / "twohundredtwentyninth_set.yaml"
TWOHUNDREDTHIRTIETH_SET = HERE / "twohundredthirtieth_set.yaml"
TWOHUNDREDTHIRTYFIRST_SET = HERE / "twohundredthirtyfirst_set.yaml"
TWOHUNDREDTHIRTYSECOND_SET = HERE / "twohundredthirtysecond_set.yaml"
TWOHUNDREDTHIRTYTHIRD_SET = HERE / "twohundredthirtythird_set.yaml"
TWOHUNDREDTHIRTYFOURTH_SET = HERE / "twohundredthirtyfourth_set.yaml"
TWOHUNDREDTHIRTYFIFTH_SET = HERE / "twohundredthirtyfifth_set.yaml"
TWOHUNDREDTHIRTYSIXTH_SET = HERE / "twohundredthirtysixth_set.yaml"
TWOHUNDREDTHIRTYSEVENTH_SET = HERE / "twohundredthirtyseventh_set.yaml"
TWOHUNDREDTHIRTYEIGHTH_SET = HERE / "twohundredthirtyeighth_set.yaml"
TWENTYSEVENTH_SET = HERE / "twentyseventh_set.yaml"
TWENTYSIXTH_SET = HERE / "twentysixth_set.yaml"
TWENTYFIFTH_SET = HERE / "twentyfifth_set.yaml"
TWENTYFOURTH_SET = HERE / "twentyfourth_set.yaml"
TWENTYTHIRD_SET = HERE / "twentythird_set.yaml"
TWENTYSECOND_SET = HERE / "twentysecond_set.yaml"
TWENTYFIRST_SET = HERE / "twentyfirst_set.yaml"
TWENTIETH_SET = HERE / "twentieth_set.yaml"
NINETEENTH_SET = HERE / "nineteenth_set.yaml"
EIGHTEENTH_SET = HERE / "eighteenth_set.yaml"
SEVENTEENTH_SET = HERE / "seventeenth_set.yaml"
SIXTEENTH_SET = HERE / "sixteenth_set.yaml"
FIFTEENTH_SET = HERE / "fifteenth_set.yaml"
FOURTEENTH_SET = HERE / "fourteenth_set.yaml"
THIRTEENTH_SET = HERE / "thirteenth_set.yaml"
TWELFTH_SET = HERE / "twelfth_set.yaml"
ELEVENTH_SET = HERE / "eleventh_set.yaml"
TENTH_SET = HERE / "tenth_set.yaml"
NINTH_SET = HERE / "ninth_set.yaml"
FRESH_SET = HERE / "fresh_set.yaml"
TEST_SET = HERE / "unseen_set.yaml"
SEEN_SET = HERE / "seen_set.yaml"
SEEN_SET_2 = HERE / "seen_set_2.yaml"
SEEN_SET_3 = HERE / "seen_set_3.yaml"
SEEN_SET_4 = HERE / "seen_set_4.yaml"
DEV_SET = HERE / "dev_set.yaml"
OLD_CASES = HERE / "cases.yaml"

# The design source's phrases, verbatim: each must reach its template.
DESIGN_PATTERNS: dict[str, tuple[str, ...]] = {
    "user_profile_update": (
        "update profile",
        "edit profile",
        "change profile",
        "profile update",
        "update user",
    ),
    "admin_user_creation": ("create user", "add user", "new user", "admin create", "user creation"),
    "secure_data_access": ("get data", "fetch data", "read data", "access data", "retrieve data"),
    "bulk_operation": ("bulk", "batch", "multiple", "mass update", "bulk create", "batch process"),
    "public_api_endpoint": (
        "public api",
        "public endpoint",
        "no auth",
        "anonymous",
        "public access",
    ),
    "sensitive_admin_action": (
        "admin delete",
        "admin action",
        "sensitive",
        "critical",
        "dangerous",
        "super admin",
    ),
}
# Each phrase alone and inside sentences that add no signal of their own.
LITERAL_FRAMES = ("{}", "{} endpoint", "please {}", "add an endpoint to {}", "{} for the app")

# The issue's examples and the weakest contract each asks for.
ISSUE_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("administrator view of all active sessions", "fallback:admin"),
    ("sensitive: export the full users table including PII", "sensitive_admin_action"),
    ("ban a user and revoke all of their sessions", "sensitive_admin_action"),
    ("hard-delete a customer and all related records (GDPR erasure)", "sensitive_admin_action"),
    ("dangerous: drop and recreate the search index", "sensitive_admin_action"),
    ("admin action: reset another user's password", "sensitive_admin_action"),
    ("send a notification to every user in a segment", "bulk_operation"),
    ("renew my subscription", "fallback:update"),
    ("cancel my pending order", "fallback:update"),
    ("delete my account", "fallback:delete"),
    ("upload a new avatar image for my account", "user_profile_update"),
)

_FALLBACK_STRENGTH = {
    "create": Strength(Level.signed_in),
    "basic": Strength(Level.signed_in),
    "rate_limit": Strength(Level.signed_in),
    "read": Strength(Level.owner),
    "update": Strength(Level.owner),
    "delete": Strength(Level.owner),
    "admin": Strength(Level.admin),
    "bulk": Strength(Level.admin, bulk=True),
    "sensitive": Strength(Level.sensitive),
    "public": Strength(Level.public),
}
_NAIVE_FALLBACKS = (
    ("create", ("create", "add", "new")),
    ("update", ("update", "edit", "modify")),
    ("delete", ("delete", "remove")),
    ("admin", ("admin",)),
    ("rate_limit", ("rate limit", "throttle")),
)

Matcher = Callable[[str, Catalog], tuple[str, Strength]]


# The test sets evaluated before the untouched one, newest first (section 1.1 on).
SEEN_SETS = (
    ("two-hundred-thirty-seventh", TWOHUNDREDTHIRTYSEVENTH_SET),
    ("two-hundred-thirty-sixth", TWOHUNDREDTHIRTYSIXTH_SET),
    ("two-hundred-thirty-fifth", TWOHUNDREDTHIRTYFIFTH_SET),
    ("two-hundred-thirty-fourth", TWOHUNDREDTHIRTYFOURTH_SET),
    ("two-hundred-thirty-third", TWOHUNDREDTHIRTYTHIRD_SET),
    ("two-hundred-thirty-second", TWOHUNDREDTHIRTYSECOND_SET),
    ("two-hundred-thirty-first", TWOHUNDREDTHIRTYFIRST_SET),
    ("two-hundred-thirtieth", TWOHUNDREDTHIRTIETH_SET),
    ("two-hundred-twenty-ninth", TWOHUNDREDTWENTYNINTH_SET),
    ("two-hundred-twenty-eighth", TWOHUNDREDTWENTYEIGHTH_SET),
    ("two-hundred-twenty-seventh", TWOHUNDREDTWENTYSEVENTH_SET),
    ("two-hundred-twenty-sixth", TWOHUNDREDTWENTYSIXTH_SET),
    ("two-hundred-twenty-fifth", TWOHUNDREDTWENTYFIFTH_SET),
    ("two-hundred-twenty-fourth", TWOHUNDREDTWENTYFOURTH_SET),
    ("two-hundred-twenty-third", TWOHUNDREDTWENTYTHIRD_SET),
    ("two-hundred-twenty-second", TWOHUNDREDTWENTYSECOND_SET),
    ("two-hundred-twenty-first", TWOHUNDREDTWENTYFIRST_SET),
    ("two-hundred-twentieth", TWOHUNDREDTWENTIETH_SET),
    ("two-hundred-nineteenth", TWOHUNDREDNINETEENTH_SET),
    ("two-hundred-eighteenth", TWOHUNDREDEIGHTEENTH_SET),
    ("two-hundred-seventeenth", TWOHUNDREDSEVENTEENTH_SET),
    ("two-hundred-sixteenth", TWOHUNDREDSIXTEENTH_SET),
    ("two-hundred-fifteenth", TWOHUNDREDFIFTEENTH_SET),
    ("two-hundred-fourteenth", TWOHUNDREDFOURTEENTH_SET),
    ("two-hundred-thirteenth", TWOHUNDREDTHIRTEENTH_SET),
    ("two-hundred-twelfth", TWOHUNDREDTWELFTH_SET),
    ("two-hundred-eleventh", TWOHUNDREDELEVENTH_SET),
    ("two-hundred-tenth", TWOHUNDREDTENTH_SET),
    ("two-hundred-ninth", TWOHUNDREDNINTH_SET),
    ("two-hundred-eighth", TWOHUNDREDEIGHTH_SET),
    ("two-hundred-seventh", TWOHUNDREDSEVENTH_SET),
    ("two-hundred-sixth", TWOHUNDREDSIXTH_SET),
    ("two-hundred-fifth", TWOHUNDREDFIFTH_SET),
    ("two-hundred-fourth", TWOHUNDREDFOURTH_SET),
    ("two-hundred-third", TWOHUNDREDTHIRD_SET),
    ("two-hundred-second", TWOHUNDREDSECOND_SET),
    ("two-hundred-first", TWOHUNDREDFIRST_SET),
    ("two-hundredth", TWOHUNDREDTH_SET),
    ("hundred-ninety-ninth", HUNDREDNINETYNINTH_SET),
    ("hundred-ninety-eighth", HUNDREDNINETYEIGHTH_SET),
    ("hundred-ninety-seventh", HUNDREDNINETYSEVENTH_SET),
    ("hundred-ninety-sixth", HUNDREDNINETYSIXTH_SET),
    ("hundred-ninety-fifth", HUNDREDNINETYFIFTH_SET),
    ("hundred-ninety-fourth", HUNDREDNINETYFOURTH_SET),
    ("hundred-ninety-third", HUNDREDNINETYTHIRD_SET),
    ("hundred-ninety-second", HUNDREDNINETYSECOND_SET),
    ("hundred-ninety-first", HUNDREDNINETYFIRST_SET),
    ("hundred-ninetieth", HUNDREDNINETIETH_SET),
    ("hundred-eighty-ninth", HUNDREDEIGHTYNINTH_SET),
    ("hundred-eighty-eighth", HUNDREDEIGHTYEIGHTH_SET),
    ("hundred-eighty-seventh", HUNDREDEIGHTYSEVENTH_SET),
    ("hundred-eighty-sixth", HUNDREDEIGHTYSIXTH_SET),
    ("hundred-eighty-fifth", HUNDREDEIGHTYFIFTH_SET),
    ("hundred-eighty-fourth", HUNDREDEIGHTYFOURTH_SET),
    ("hundred-eighty-third", HUNDREDEIGHTYTHIRD_SET),
    ("hundred-eighty-second", HUNDREDEIGHTYSECOND_SET),
    ("hundred-eighty-first", HUNDREDEIGHTYFIRST_SET),
    ("hundred-eightieth", HUNDREDEIGHTIETH_SET),
    ("hundred-seventy-ninth", HUNDREDSEVENTYNINTH_SET),
    ("hundred-seventy-eighth", HUNDREDSEVENTYEIGHTH_SET),
    ("hundred-seventy-seventh", HUNDREDSEVENTYSEVENTH_SET),
    ("hundred-seventy-sixth", HUNDREDSEVENTYSIXTH_SET),
    ("hundred-seventy-fifth", HUNDREDSEVENTYFIFTH_SET),
    ("hundred-seventy-fourth", HUNDREDSEVENTYFOURTH_SET),
    ("hundred-seventy-third", HUNDREDSEVENTYTHIRD_SET),
    ("hundred-seventy-second", HUNDREDSEVENTYSECOND_SET),
    ("hundred-seventy-first", HUNDREDSEVENTYFIRST_SET),
    ("hundred-seventieth", HUNDREDSEVENTIETH_SET),
    ("hundred-sixty-ninth", HUNDREDSIXTYNINTH_SET),
    ("hundred-sixty-eighth", HUNDREDSIXTYEIGHTH_SET),
    ("hundred-sixty-seventh", HUNDREDSIXTYSEVENTH_SET),
    ("hundred-sixty-sixth", HUNDREDSIXTYSIXTH_SET),
    ("hundred-sixty-fifth", HUNDREDSIXTYFIFTH_SET),
    ("hundred-sixty-fourth", HUNDREDSIXTYFOURTH_SET),
    ("hundred-sixty-third", HUNDREDSIXTYTHIRD_SET),
    ("hundred-sixty-second", HUNDREDSIXTYSECOND_SET),
    ("hundred-sixty-first", HUNDREDSIXTYFIRST_SET),
    ("hundred-sixtieth", HUNDREDSIXTIETH_SET),
    ("hundred-fifty-ninth", HUNDREDFIFTYNINTH_SET),
    ("hundred-fifty-eighth", HUNDREDFIFTYEIGHTH_SET),
    ("hundred-fifty-seventh", HUNDREDFIFTYSEVENTH_SET),
    ("hundred-fifty-sixth", HUNDREDFIFTYSIXTH_SET),
    ("hundred-fifty-fifth", HUNDREDFIFTYFIFTH_SET),
    ("hundred-fifty-fourth", HUNDREDFIFTYFOURTH_SET),
    ("hundred-fifty-third", HUNDREDFIFTYTHIRD_SET),
    ("hundred-fifty-second", HUNDREDFIFTYSECOND_SET),
    ("hundred-fifty-first", HUNDREDFIFTYFIRST_SET),
    ("hundred-fiftieth", HUNDREDFIFTIETH_SET),
    ("hundred-forty-ninth", HUNDREDFORTYNINTH_SET),
    ("hundred-forty-eighth", HUNDREDFORTYEIGHTH_SET),
    ("hundred-forty-seventh", HUNDREDFORTYSEVENTH_SET),
    ("hundred-forty-sixth", HUNDREDFORTYSIXTH_SET),
    ("hundred-forty-fifth", HUNDREDFORTYFIFTH_SET),
    ("hundred-forty-fourth", HUNDREDFORTYFOURTH_SET),
    ("hundred-forty-third", HUNDREDFORTYTHIRD_SET),
    ("hundred-forty-second", HUNDREDFORTYSECOND_SET),
    ("hundred-forty-first", HUNDREDFORTYFIRST_SET),
    ("hundred-fortieth", HUNDREDFORTIETH_SET),
    ("hundred-thirty-ninth", HUNDREDTHIRTYNINTH_SET),
    ("hundred-thirty-eighth", HUNDREDTHIRTYEIGHTH_SET),
    ("hundred-thirty-seventh", HUNDREDTHIRTYSEVENTH_SET),
    ("hundred-thirty-sixth", HUNDREDTHIRTYSIXTH_SET),
    ("hundred-thirty-fifth", HUNDREDTHIRTYFIFTH_SET),
    ("hundred-thirty-fourth", HUNDREDTHIRTYFOURTH_SET),
    ("hundred-thirty-third", HUNDREDTHIRTYTHIRD_SET),
    ("hundred-thirty-second", HUNDREDTHIRTYSECOND_SET),
    ("hundred-thirty-first", HUNDREDTHIRTYFIRST_SET),
    ("hundred-thirtieth", HUNDREDTHIRTIETH_SET),
    ("hundred-twenty-ninth", HUNDREDTWENTYNINTH_SET),
    ("hundred-twenty-eighth", HUNDREDTWENTYEIGHTH_SET),
    ("hundred-twenty-seventh", HUNDREDTWENTYSEVENTH_SET),
    ("hundred-twenty-sixth", HUNDREDTWENTYSIXTH_SET),
    ("hundred-twenty-fifth", HUNDREDTWENTYFIFTH_SET),
    ("hundred-twenty-fourth", HUNDREDTWENTYFOURTH_SET),
    ("hundred-twenty-third", HUNDREDTWENTYTHIRD_SET),
    ("hundred-twenty-second", HUNDREDTWENTYSECOND_SET),
    ("hundred-twenty-first", HUNDREDTWENTYFIRST_SET),
    ("hundred-twentieth", HUNDREDTWENTIETH_SET),
    ("hundred-nineteenth", HUNDREDNINETEENTH_SET),
    ("hundred-eighteenth", HUNDREDEIGHTEENTH_SET),
    ("hundred-seventeenth", HUNDREDSEVENTEENTH_SET),
    ("hundred-sixteenth", HUNDREDSIXTEENTH_SET),
    ("hundred-fifteenth", HUNDREDFIFTEENTH_SET),
    ("hundred-fourteenth", HUNDREDFOURTEENTH_SET),
    ("hundred-thirteenth", HUNDREDTHIRTEENTH_SET),
    ("hundred-twelfth", HUNDREDTWELFTH_SET),
    ("hundred-eleventh", HUNDREDELEVENTH_SET),
    ("hundred-tenth", HUNDREDTENTH_SET),
    ("hundred-ninth", HUNDREDNINTH_SET),
    ("hundred-eighth", HUNDREDEIGHTH_SET),
    ("hundred-seventh", HUNDREDSEVENTH_SET),
    ("hundred-sixth", HUNDREDSIXTH_SET),
    ("hundred-fifth", HUNDREDFIFTH_SET),
    ("hundred-fourth", HUNDREDFOURTH_SET),
    ("hundred-third", HUNDREDTHIRD_SET),
    ("hundred-second", HUNDREDSECOND_SET),
    ("hundred-first", HUNDREDFIRST_SET),
    ("hundredth", HUNDREDTH_SET),
    ("ninety-ninth", NINETYNINTH_SET),
    ("ninety-eighth", NINETYEIGHTH_SET),
    ("ninety-seventh", NINETYSEVENTH_SET),
    ("ninety-sixth", NINETYSIXTH_SET),
    ("ninety-fifth", NINETYFIFTH_SET),
    ("ninety-fourth", NINETYFOURTH_SET),
    ("ninety-third", NINETYTHIRD_SET),
    ("ninety-second", NINETYSECOND_SET),
    ("ninety-first", NINETYFIRST_SET),
    ("ninetieth", NINETIETH_SET),
    ("eighty-ninth", EIGHTYNINTH_SET),
    ("eighty-eighth", EIGHTYEIGHTH_SET),
    ("eighty-seventh", EIGHTYSEVENTH_SET),
    ("eighty-sixth", EIGHTYSIXTH_SET),
    ("eighty-fifth", EIGHTYFIFTH_SET),
    ("eighty-fourth", EIGHTYFOURTH_SET),
    ("eighty-third", EIGHTYTHIRD_SET),
    ("eighty-second", EIGHTYSECOND_SET),
    ("eighty-first", EIGHTYFIRST_SET),
    ("eightieth", EIGHTIETH_SET),
    ("seventy-ninth", SEVENTYNINTH_SET),
    ("seventy-eighth", SEVENTYEIGHTH_SET),
    ("seventy-seventh", SEVENTYSEVENTH_SET),
    ("seventy-sixth", SEVENTYSIXTH_SET),
    ("seventy-fifth", SEVENTYFIFTH_SET),
    ("seventy-fourth", SEVENTYFOURTH_SET),
    ("seventy-third", SEVENTYTHIRD_SET),
    ("seventy-second", SEVENTYSECOND_SET),
    ("seventy-first", SEVENTYFIRST_SET),
    ("seventieth", SEVENTIETH_SET),
    ("sixty-ninth", SIXTYNINTH_SET),
    ("sixty-eighth", SIXTYEIGHTH_SET),
    ("sixty-seventh", SIXTYSEVENTH_SET),
    ("sixty-sixth", SIXTYSIXTH_SET),
    ("sixty-fifth", SIXTYFIFTH_SET),
    ("sixty-fourth", SIXTYFOURTH_SET),
    ("sixty-third", SIXTYTHIRD_SET),
    ("sixty-second", SIXTYSECOND_SET),
    ("sixty-first", SIXTYFIRST_SET),
    ("sixtieth", SIXTIETH_SET),
    ("fifty-ninth", FIFTYNINTH_SET),
    ("fifty-eighth", FIFTYEIGHTH_SET),
    ("fifty-seventh", FIFTYSEVENTH_SET),
    ("fifty-sixth", FIFTYSIXTH_SET),
    ("fifty-fifth", FIFTYFIFTH_SET),
    ("fifty-fourth", FIFTYFOURTH_SET),
    ("fifty-third", FIFTYTHIRD_SET),
    ("fifty-second", FIFTYSECOND_SET),
    ("fifty-first", FIFTYFIRST_SET),
    ("fiftieth", FIFTIETH_SET),
    ("forty-ninth", FORTYNINTH_SET),
    ("forty-eighth", FORTYEIGHTH_SET),
    ("forty-seventh", FORTYSEVENTH_SET),
    ("forty-sixth", FORTYSIXTH_SET),
    ("forty-fifth", FORTYFIFTH_SET),
    ("forty-fourth", FORTYFOURTH_SET),
    ("forty-third", FORTYTHIRD_SET),
    ("forty-second", FORTYSECOND_SET),
    ("forty-first", FORTYFIRST_SET),
    ("fortieth", FORTIETH_SET),
    ("thirty-ninth", THIRTYNINTH_SET),
    ("thirty-eighth", THIRTYEIGHTH_SET),
    ("thirty-seventh", THIRTYSEVENTH_SET),
    ("thirty-sixth", THIRTYSIXTH_SET),
    ("thirty-fifth", THIRTYFIFTH_SET),
    ("thirty-fourth", THIRTYFOURTH_SET),
    ("thirty-third", THIRTYTHIRD_SET),
    ("thirty-second", THIRTYSECOND_SET),
    ("thirty-first", THIRTYFIRST_SET),
    ("thirtieth", THIRTIETH_SET),
    ("twenty-ninth", TWENTYNINTH_SET),
    ("twenty-eighth", TWENTYEIGHTH_SET),
    ("twenty-seventh", TWENTYSEVENTH_SET),
    ("twenty-sixth", TWENTYSIXTH_SET),
    ("twenty-fifth", TWENTYFIFTH_SET),
    ("twenty-fourth", TWENTYFOURTH_SET),
    ("twenty-third", TWENTYTHIRD_SET),
    ("twenty-second", TWENTYSECOND_SET),
    ("twenty-first", TWENTYFIRST_SET),
    ("twentieth", TWENTIETH_SET),
    ("nineteenth", NINETEENTH_SET),
    ("eighteenth", EIGHTEENTH_SET),
    ("seventeenth", SEVENTEENTH_SET),
    ("sixteenth", SIXTEENTH_SET),
    ("fifteenth", FIFTEENTH_SET),
    ("fourteenth", FOURTEENTH_SET),
    ("thirteenth", THIRTEENTH_SET),
    ("twelfth", TWELFTH_SET),
    ("eleventh", ELEVENTH_SET),
    ("tenth", TENTH_SET),
    ("ninth", NINTH_SET),
    ("eighth", FRESH_SET),
    ("seventh", TEST_SET),
    ("second", SEEN_SET),
    ("third", SEEN_SET_2),
    ("fourth", SEEN_SET_3),
    ("fifth", SEEN_SET_4),
)


# libyaml's loader where the installed PyYAML has it: the same entries, read about fifteen
# times faster (every set is read by the training digest, the bounds and the benches).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_set(path: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    return cases


def dev_half(text: str) -> str:
    """The fixed half of the development set a description belongs to: "A" or "B".

    Read from a hash of the description itself, so the split does not move when entries are
    added, removed or reordered, and needs no seed.
    """
    digest = hashlib.sha256(text.strip().lower().encode("utf-8")).digest()
    return "A" if digest[0] % 2 == 0 else "B"


def label_strength(label: str, catalog: Catalog) -> Strength:
    """The strength a label asks for: a template's contract, or a fallback kind's."""
    if label.startswith("fallback:"):
        return _FALLBACK_STRENGTH[label.removeprefix("fallback:")]
    return strength_of(catalog.get(label))


def ours(text: str, catalog: Catalog) -> tuple[str, Strength]:
    best = match(text, catalog, limit=1)[0]
    return best.template, best.strength


def read_all(cases: Sequence[dict[str, Any]], catalog: Catalog) -> dict[str, MatchResult]:
    """Each description matched once, so that top-1 (``ours_of``) and ``decisions`` share
    it: matching is most of a set's evaluation."""
    return {case["text"]: match_request(case["text"], catalog) for case in cases}


def ours_of(results: dict[str, MatchResult]) -> Matcher:
    """``ours``, read from descriptions already matched (``read_all``)."""

    def matcher(text: str, catalog: Catalog) -> tuple[str, Strength]:
        best = results[text].matches[0]
        return best.template, best.strength

    return matcher


def naive(text: str, catalog: Catalog) -> tuple[str, Strength]:
    """The design source's matcher: substring patterns, then substring verbs."""
    lowered = text.lower()
    for template in catalog.templates.values():
        if any(pattern.lower() in lowered for pattern in DESIGN_PATTERNS.get(template.name, ())):
            return template.name, strength_of(template)
    for kind, words in _NAIVE_FALLBACKS:
        if any(word in lowered for word in words):
            return f"fallback:{kind}", _FALLBACK_STRENGTH.get(kind, Strength(Level.signed_in))
    return "fallback:basic", Strength(Level.signed_in)


@dataclass
class Report:
    """Top-1, the misses, the weaker picks and the confusion of one matcher on one set."""

    total: int = 0
    right: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    weaker: list[tuple[str, str, str]] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    def by_label(self) -> dict[str, tuple[int, int]]:
        totals: Counter[str] = Counter()
        rights: Counter[str] = Counter()
        for (label, got), count in self.confusion.items():
            totals[label] += count
            if label == got:
                rights[label] += count
        return {label: (rights[label], totals[label]) for label in sorted(totals)}


def evaluate(matcher: Matcher, cases: Sequence[dict[str, Any]], catalog: Catalog) -> Report:
    report = Report()
    for case in cases:
        label = case["label"]
        got, strength = matcher(case["text"], catalog)
        report.total += 1
        report.confusion[(label, got)] += 1
        if got == label:
            report.right += 1
        else:
            report.misses.append((case["text"], label, got))
        if not Floor(
            label_strength(label, catalog).level, label_strength(label, catalog).bulk
        ).admits(strength):
            report.weaker.append((case["text"], label, got))
    return report


def weaker_than(label: str, strength: Strength, catalog: Catalog) -> bool:
    """Whether a contract of ``strength`` falls short of what ``label`` asks for."""
    asked = label_strength(label, catalog)
    return not Floor(asked.level, asked.bulk).admits(strength)


def _admits(label: str, chosen: Match, catalog: Catalog) -> bool:
    return not weaker_than(label, chosen.strength, catalog)


def _stronger(label: str, chosen: Match, catalog: Catalog) -> bool:
    asked = label_strength(label, catalog)
    return chosen.strength.level > asked.level


def weaker_kind(asked: Strength, got: Strength, *, reads: bool = False) -> str:
    """How a contract generated weaker than asked falls short, worst first: no
    authentication at all, a signed-in caller acting on any record, a check on the record's
    owner where staff are needed (a change, or a read: a read shows the caller no one else's
    records, so it falls short for staff's work, not by showing too much), staff where a
    super administrator is needed, or no bound on a list."""
    if got.level is Level.public:
        return "authentication dropped"
    if got.level < asked.level and got.level is Level.signed_in:
        return "any signed-in caller, more needed"
    if got.level < asked.level and got.level is Level.owner:
        which = "a read" if reads else "a change"
        return f"the owner's records only, staff needed ({which})"
    if got.level < asked.level:
        return "staff, a super administrator needed"
    return "no bound on the list"


def decisions(
    cases: Sequence[dict[str, Any]],
    catalog: Catalog,
    generated_weaker: list[tuple[str, str, str]] | None = None,
    *,
    results: dict[str, MatchResult] | None = None,
) -> Counter[str]:
    """What ``scaffold new function`` would do with each description, on a terminal and with
    ``--yes``, and how many contracts it would generate weaker (or stronger) than the label
    with ``--yes`` (a refusal generates nothing). ``unsure`` counts the descriptions where
    the decision is unsure (nothing says who may call a change, or the caller deletes their
    own account): a safer contract is offered. ``generated_weaker``, when given, receives each
    description generated weaker with ``--yes``: (text, label, template). ``results``: the
    descriptions already matched (``read_all``)."""
    outcome: Counter[str] = Counter()
    for case in cases:
        text = case["text"]
        result = results[text] if results is not None else match_request(text, catalog)
        if result.unsure is not None:
            outcome["unsure: the safer contract offered"] += 1
        for mode, interactive, yes in (("--yes", False, True), ("terminal", True, False)):
            decision = decide(result, interactive=interactive, assume_yes=yes)
            if isinstance(decision, Chosen):
                kind = "chosen (strongest of close)" if decision.note else "chosen"
                if decision.weaker is not None:
                    kind = "chosen (safer, unsure)"
                if mode == "--yes" and not _admits(case["label"], decision.match, catalog):
                    outcome["--yes: generated weaker than asked"] += 1
                    asked = label_strength(case["label"], catalog)
                    reads = decision.match.spec.endpoint.method == "GET"
                    short = weaker_kind(asked, decision.match.strength, reads=reads)
                    outcome[f"--yes: generated weaker than asked: {short}"] += 1
                    if generated_weaker is not None:
                        generated_weaker.append(
                            (case["text"], case["label"], decision.match.template)
                        )
                if mode == "--yes" and _stronger(case["label"], decision.match, catalog):
                    outcome["--yes: generated stronger than asked"] += 1
            elif isinstance(decision, Ask):
                kind = "asked"
            else:
                assert isinstance(decision, Refuse)
                kind = "refused"
            outcome[f"{mode}: {kind}"] += 1
    return outcome


def what_the_words_show(cases: Sequence[dict[str, Any]], texts: set[str]) -> dict[str, int]:
    """How many of ``texts`` (descriptions generated weaker) state their access and carry one
    reading, how many could be read another way (``ambiguous``), and how many leave their
    access to the source's code alone (``hidden_access``, ambiguous or not): the first is
    what the words alone should have caught."""
    counts = {"stated, one reading": 0, "ambiguous": 0, "access only in the code": 0}
    for case in cases:
        if case["text"] not in texts:
            continue
        if case.get("hidden_access"):
            counts["access only in the code"] += 1
        elif case.get("ambiguous"):
            counts["ambiguous"] += 1
        else:
            counts["stated, one reading"] += 1
    return counts


def literal_cases() -> list[dict[str, Any]]:
    return [
        {"text": frame.format(phrase), "label": name}
        for name, phrases in DESIGN_PATTERNS.items()
        for phrase in phrases
        for frame in LITERAL_FRAMES
    ]


def _print(
    title: str, report: Report, *, misses: bool, confusion: bool = False, weaker: bool = True
) -> None:
    print(
        f"  {title}: top-1 {report.accuracy:.1%} ({report.right}/{report.total}), "
        f"weaker than asked: {len(report.weaker)}"
    )
    if confusion:
        for label, (right, total) in report.by_label().items():
            wrong = Counter(
                {
                    got: n
                    for (lab, got), n in report.confusion.items()
                    if lab == label and got != label
                }
            )
            detail = ", ".join(f"{got} {n}" for got, n in wrong.most_common())
            print(f"    {label:26} {right:3}/{total:<3} {('-> ' + detail) if detail else ''}")
    for text, label, got in report.weaker if weaker else ():
        print(f"    WEAKER: {text!r}: needs {label}, got {got}")
    if misses:
        for text, label, got in report.misses:
            print(f"    miss: {text!r}: {label} -> {got}")


def _held_out(
    title: str, path: Path, catalog: Catalog, *, misses: bool, generated: bool = False
) -> None:
    """A held-out set's figures: whole, then without the entries only code explains;
    ``generated`` lists what ``--yes`` would generate weaker than asked."""
    if not path.exists():
        print(f"{title}: absent ({path.name} not found); no figure")
        return
    test = load_set(path)
    print(f"{title} ({path.name}): {len(test)} descriptions from real routes and issues")
    results = read_all(test, catalog)
    matched = ours_of(results)
    _print("scaffold.matching", evaluate(matched, test, catalog), misses=misses, confusion=True)
    _print("naive substring", evaluate(naive, test, catalog), misses=False)
    weaker: list[tuple[str, str, str]] = []
    for outcome, count in sorted(decisions(test, catalog, weaker, results=results).items()):
        print(f"    {outcome}: {count}")
    for text, label, got in weaker if generated else ():
        print(f"    GENERATED WEAKER with --yes: {text!r}: needs {label}, generated {got}")
    shown = what_the_words_show(test, {text for text, _, _ in weaker})
    print(
        "    --yes: generated weaker, by what the words show: "
        + ", ".join(f"{kind} {count}" for kind, count in shown.items())
    )
    stated = [case for case in test if not case.get("hidden_access")]
    print(
        f"  without the {len(test) - len(stated)} whose access only the source's code shows"
        f" (hidden_access): {len(stated)}"
    )
    _print("scaffold.matching", evaluate(matched, stated, catalog), misses=False, weaker=False)
    for outcome, count in sorted(decisions(stated, catalog, results=results).items()):
        print(f"    {outcome}: {count}")
    print()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument(
        "--dev-only",
        action="store_true",
        help="do not read the untouched test set (while it is held out)",
    )
    parser.add_argument(
        "--generated-weaker",
        action="store_true",
        help="list, per held-out set, what --yes would generate weaker than asked",
    )
    args = parser.parse_args(argv)
    catalog = load_catalog(None, include_user=False)

    if args.dev_only:
        print("1. held-out sets: not read (--dev-only)")
    else:
        listed = args.generated_weaker
        _held_out(
            "1. untouched test set (the two-hundred-thirty-eighth)",
            TWOHUNDREDTHIRTYEIGHTH_SET,
            catalog,
            misses=args.misses,
            generated=listed,
        )
        for number, (ordinal, path) in enumerate(SEEN_SETS, start=1):
            title = f"1.{number}. {ordinal} test set (seen)"
            _held_out(title, path, catalog, misses=False, generated=listed)

    dev = load_set(DEV_SET)
    print(f"\n2. development set (tuned on): {len(dev)} descriptions")
    whole = evaluate(ours, dev, catalog)
    _print("scaffold.matching", whole, misses=False, confusion=True, weaker=False)
    _print("naive substring", evaluate(naive, dev, catalog), misses=False, weaker=False)
    for outcome, count in sorted(decisions(dev, catalog).items()):
        print(f"    {outcome}: {count}")
    for half in ("A", "B"):
        cases = [case for case in dev if dev_half(case["text"]) == half]
        print(f"  half {half} ({len(cases)}):")
        _print("scaffold.matching", evaluate(ours, cases, catalog), misses=args.misses)
        for outcome, count in sorted(decisions(cases, catalog).items()):
            print(f"    {outcome}: {count}")

    literal = literal_cases()
    print(f"\n3. literal-pattern subset: {len(literal)} descriptions holding a design phrase")
    _print("scaffold.matching", evaluate(ours, literal, catalog), misses=True)

    issue = [{"text": text, "label": label} for text, label in ISSUE_EXAMPLES]
    print(f"\n4. the issue's examples: {len(issue)}, each at least as strong as asked")
    report = evaluate(ours, issue, catalog)
    _print("scaffold.matching", report, misses=False)
    for case in issue:
        print(f"    {case['text']!r}: asks {case['label']}, got {ours(case['text'], catalog)[0]}")

    old = [{"text": c["text"], "label": c["expect"]} for c in load_set(OLD_CASES)]
    print(f"\n5. best case, the project's own cases written with the matcher: {len(old)}")
    _print("scaffold.matching", evaluate(ours, old, catalog), misses=args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
