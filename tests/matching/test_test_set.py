"""Keeps the held-out sets honest: their shape, labels, sources and independence.

One hundred and fifty-six sets are held out from tuning: the newest, untouched test set
(``hundredfiftyeighth_set.yaml``, written in four halves, joined unread and evaluated once), the
thirty before it (``hundredfiftyseventh_set.yaml``, ``hundredfiftysixth_set.yaml``,
``hundredfiftyfifth_set.yaml``, ``hundredfiftyfourth_set.yaml``,
``hundredfiftythird_set.yaml``, ``hundredfiftysecond_set.yaml``,
``hundredfiftyfirst_set.yaml``, ``hundredfiftieth_set.yaml``,
``hundredfortyninth_set.yaml``, ``hundredfortyeighth_set.yaml``,
``hundredfortyseventh_set.yaml``, ``hundredfortysixth_set.yaml``,
``hundredfortyfifth_set.yaml``, ``hundredfortyfourth_set.yaml``, ``hundredfortythird_set.yaml``,
``hundredfortysecond_set.yaml``,
``hundredfortyfirst_set.yaml``, ``hundredfortieth_set.yaml``, ``hundredthirtyninth_set.yaml``,
``hundredthirtyeighth_set.yaml``,
``hundredthirtyseventh_set.yaml``, ``hundredthirtysixth_set.yaml``, ``hundredthirtyfifth_set.yaml``,
``hundredthirtyfourth_set.yaml``,
``hundredthirtythird_set.yaml``, ``hundredthirtysecond_set.yaml``, ``hundredthirtyfirst_set.yaml``,
``hundredthirtieth_set.yaml``, ``hundredtwentyninth_set.yaml`` and
``hundredtwentyeighth_set.yaml``, written in the same way),
the hundred and twenty-one before them
(``hundredtwentyseventh_set.yaml``, ``hundredtwentysixth_set.yaml``,
``hundredtwentyfifth_set.yaml``, ``hundredtwentyfourth_set.yaml``, ``hundredtwentythird_set.yaml``,
``hundredtwentysecond_set.yaml``,
``hundredtwentyfirst_set.yaml``, ``hundredtwentieth_set.yaml``, ``hundrednineteenth_set.yaml``,
``hundredeighteenth_set.yaml``, ``hundredseventeenth_set.yaml``,
``hundredsixteenth_set.yaml``, ``hundredfifteenth_set.yaml``, ``hundredfourteenth_set.yaml``,
``hundredthirteenth_set.yaml``,
``hundredtwelfth_set.yaml``, ``hundredeleventh_set.yaml``, ``hundredtenth_set.yaml``,
``hundredninth_set.yaml``,
``hundredeighth_set.yaml``, ``hundredseventh_set.yaml``, ``hundredsixth_set.yaml``,
``hundredfifth_set.yaml``, ``hundredfourth_set.yaml``, ``hundredthird_set.yaml``,
``hundredsecond_set.yaml``, ``hundredfirst_set.yaml``, ``hundredth_set.yaml``,
``ninetyninth_set.yaml``, ``ninetyeighth_set.yaml``,
``ninetyseventh_set.yaml``, ``ninetysixth_set.yaml``,
``ninetyfifth_set.yaml``, ``ninetyfourth_set.yaml``,
``ninetythird_set.yaml``, ``ninetysecond_set.yaml``,
``ninetyfirst_set.yaml``, ``ninetieth_set.yaml``,
``eightyninth_set.yaml``, ``eightyeighth_set.yaml``,
``eightyseventh_set.yaml``, ``eightysixth_set.yaml``,
``eightyfifth_set.yaml``, ``eightyfourth_set.yaml``,
``eightythird_set.yaml``, ``eightysecond_set.yaml``,
``eightyfirst_set.yaml``, ``eightieth_set.yaml``,
``seventyninth_set.yaml``, ``seventyeighth_set.yaml``,
``seventyseventh_set.yaml``, ``seventysixth_set.yaml``,
``seventyfifth_set.yaml``, ``seventyfourth_set.yaml``,
``seventythird_set.yaml``, ``seventysecond_set.yaml``,
``seventyfirst_set.yaml``, ``seventieth_set.yaml``,
``sixtyninth_set.yaml``, ``sixtyeighth_set.yaml``,
``sixtyseventh_set.yaml``, ``sixtysixth_set.yaml``,
``sixtyfifth_set.yaml``, ``sixtyfourth_set.yaml``,
``sixtythird_set.yaml``, ``sixtysecond_set.yaml``,
``sixtyfirst_set.yaml``, ``sixtieth_set.yaml``,
``fiftyninth_set.yaml``, ``fiftyeighth_set.yaml``,
``fiftyseventh_set.yaml``, ``fiftysixth_set.yaml``, ``fiftyfifth_set.yaml``,
``fiftyfourth_set.yaml``, ``fiftythird_set.yaml``, ``fiftysecond_set.yaml``,
``fiftyfirst_set.yaml``, ``fiftieth_set.yaml``,
``fortyninth_set.yaml``,
``fortyeighth_set.yaml``, ``fortyseventh_set.yaml``, ``fortysixth_set.yaml``,
``fortyfifth_set.yaml``,
``fortyfourth_set.yaml``,
``fortythird_set.yaml``,
``fortysecond_set.yaml``,
``fortyfirst_set.yaml``,
``fortieth_set.yaml``,
``thirtyninth_set.yaml``,
``thirtyeighth_set.yaml``, ``thirtyseventh_set.yaml``, ``thirtysixth_set.yaml``,
``thirtyfifth_set.yaml``, ``thirtyfourth_set.yaml``, ``thirtythird_set.yaml``,
``thirtysecond_set.yaml``,
``thirtyfirst_set.yaml``,
``thirtieth_set.yaml``,
``twentyninth_set.yaml``,
``twentyeighth_set.yaml``, ``twentyseventh_set.yaml``, ``twentysixth_set.yaml``,
``twentyfifth_set.yaml``, ``twentyfourth_set.yaml``, ``twentythird_set.yaml``,
``twentysecond_set.yaml``, ``twentyfirst_set.yaml``, ``twentieth_set.yaml``,
``nineteenth_set.yaml``, ``eighteenth_set.yaml``, ``seventeenth_set.yaml``,
``sixteenth_set.yaml``, ``fifteenth_set.yaml``, ``fourteenth_set.yaml``,
``thirteenth_set.yaml``, ``twelfth_set.yaml``, ``eleventh_set.yaml``, ``tenth_set.yaml``,
``ninth_set.yaml``, ``fresh_set.yaml``, ``unseen_set.yaml``) and the four before those
(``seen_set.yaml`` to ``seen_set_4.yaml``), the older ones evaluated and kept as further
measures. These checks read the files only; they never run the matcher, so they say nothing
about its accuracy (the benchmark does that). They guard each set against edits that would
quietly weaken it as a measure: lost entries, labels outside the vocabulary, repeated
descriptions, or descriptions and sources shared with the material the matcher was built on.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from scaffold.catalog import load_catalog
from scaffold.matching import FALLBACK_KINDS

HERE = Path(__file__).parent
HELD_OUT = (
    "hundredfiftyeighth_set.yaml",
    "hundredfiftyseventh_set.yaml",
    "hundredfiftysixth_set.yaml",
    "hundredfiftyfifth_set.yaml",
    "hundredfiftyfourth_set.yaml",
    "hundredfiftythird_set.yaml",
    "hundredfiftysecond_set.yaml",
    "hundredfiftyfirst_set.yaml",
    "hundredfiftieth_set.yaml",
    "hundredfortyninth_set.yaml",
    "hundredfortyeighth_set.yaml",
    "hundredfortyseventh_set.yaml",
    "hundredfortysixth_set.yaml",
    "hundredfortyfifth_set.yaml",
    "hundredfortyfourth_set.yaml",
    "hundredfortythird_set.yaml",
    "hundredfortysecond_set.yaml",
    "hundredfortyfirst_set.yaml",
    "hundredfortieth_set.yaml",
    "hundredthirtyninth_set.yaml",
    "hundredthirtyeighth_set.yaml",
    "hundredthirtyseventh_set.yaml",
    "hundredthirtysixth_set.yaml",
    "hundredthirtyfifth_set.yaml",
    "hundredthirtyfourth_set.yaml",
    "hundredthirtythird_set.yaml",
    "hundredthirtysecond_set.yaml",
    "hundredthirtyfirst_set.yaml",
    "hundredthirtieth_set.yaml",
    "hundredtwentyninth_set.yaml",
    "hundredtwentyeighth_set.yaml",
    "hundredtwentyseventh_set.yaml",
    "hundredtwentysixth_set.yaml",
    "hundredtwentyfifth_set.yaml",
    "hundredtwentyfourth_set.yaml",
    "hundredtwentythird_set.yaml",
    "hundredtwentysecond_set.yaml",
    "hundredtwentyfirst_set.yaml",
    "hundredtwentieth_set.yaml",
    "hundrednineteenth_set.yaml",
    "hundredeighteenth_set.yaml",
    "hundredseventeenth_set.yaml",
    "hundredsixteenth_set.yaml",
    "hundredfifteenth_set.yaml",
    "hundredfourteenth_set.yaml",
    "hundredthirteenth_set.yaml",
    "hundredtwelfth_set.yaml",
    "hundredeleventh_set.yaml",
    "hundredtenth_set.yaml",
    "hundredninth_set.yaml",
    "hundredeighth_set.yaml",
    "hundredseventh_set.yaml",
    "hundredsixth_set.yaml",
    "hundredfifth_set.yaml",
    "hundredfourth_set.yaml",
    "hundredthird_set.yaml",
    "hundredsecond_set.yaml",
    "hundredfirst_set.yaml",
    "hundredth_set.yaml",
    "ninetyninth_set.yaml",
    "ninetyeighth_set.yaml",
    "ninetyseventh_set.yaml",
    "ninetysixth_set.yaml",
    "ninetyfifth_set.yaml",
    "ninetyfourth_set.yaml",
    "ninetythird_set.yaml",
    "ninetysecond_set.yaml",
    "ninetyfirst_set.yaml",
    "ninetieth_set.yaml",
    "eightyninth_set.yaml",
    "eightyeighth_set.yaml",
    "eightyseventh_set.yaml",
    "eightysixth_set.yaml",
    "eightyfifth_set.yaml",
    "eightyfourth_set.yaml",
    "eightythird_set.yaml",
    "eightysecond_set.yaml",
    "eightyfirst_set.yaml",
    "eightieth_set.yaml",
    "seventyninth_set.yaml",
    "seventyeighth_set.yaml",
    "seventyseventh_set.yaml",
    "seventysixth_set.yaml",
    "seventyfifth_set.yaml",
    "seventyfourth_set.yaml",
    "seventythird_set.yaml",
    "seventysecond_set.yaml",
    "seventyfirst_set.yaml",
    "seventieth_set.yaml",
    "sixtyninth_set.yaml",
    "sixtyeighth_set.yaml",
    "sixtyseventh_set.yaml",
    "sixtysixth_set.yaml",
    "sixtyfifth_set.yaml",
    "sixtyfourth_set.yaml",
    "sixtythird_set.yaml",
    "sixtysecond_set.yaml",
    "sixtyfirst_set.yaml",
    "sixtieth_set.yaml",
    "fiftyninth_set.yaml",
    "fiftyeighth_set.yaml",
    "fiftyseventh_set.yaml",
    "fiftysixth_set.yaml",
    "fiftyfifth_set.yaml",
    "fiftyfourth_set.yaml",
    "fiftythird_set.yaml",
    "fiftysecond_set.yaml",
    "fiftyfirst_set.yaml",
    "fiftieth_set.yaml",
    "fortyninth_set.yaml",
    "fortyeighth_set.yaml",
    "fortyseventh_set.yaml",
    "fortysixth_set.yaml",
    "fortyfifth_set.yaml",
    "fortyfourth_set.yaml",
    "fortythird_set.yaml",
    "fortysecond_set.yaml",
    "fortyfirst_set.yaml",
    "fortieth_set.yaml",
    "thirtyninth_set.yaml",
    "thirtyeighth_set.yaml",
    "thirtyseventh_set.yaml",
    "thirtysixth_set.yaml",
    "thirtyfifth_set.yaml",
    "thirtyfourth_set.yaml",
    "thirtythird_set.yaml",
    "thirtysecond_set.yaml",
    "thirtyfirst_set.yaml",
    "thirtieth_set.yaml",
    "twentyninth_set.yaml",
    "twentyeighth_set.yaml",
    "twentyseventh_set.yaml",
    "twentysixth_set.yaml",
    "twentyfifth_set.yaml",
    "twentyfourth_set.yaml",
    "twentythird_set.yaml",
    "twentysecond_set.yaml",
    "twentyfirst_set.yaml",
    "twentieth_set.yaml",
    "nineteenth_set.yaml",
    "eighteenth_set.yaml",
    "seventeenth_set.yaml",
    "sixteenth_set.yaml",
    "fifteenth_set.yaml",
    "fourteenth_set.yaml",
    "thirteenth_set.yaml",
    "twelfth_set.yaml",
    "eleventh_set.yaml",
    "tenth_set.yaml",
    "ninth_set.yaml",
    "fresh_set.yaml",
    "unseen_set.yaml",
    "seen_set.yaml",
    "seen_set_2.yaml",
    "seen_set_3.yaml",
    "seen_set_4.yaml",
)
# The twenty-sixth to thirty-eighth and the fortieth to sixty-fourth sets are eight whole FastAPI
# applications each, the thirty-ninth six, the sixty-fifth, sixty-seventh, sixty-ninth and
# seventieth ten, the sixty-sixth, seventy-first and seventy-fourth nine, the seventy-third eight,
# the sixty-eighth and seventy-second seven, the seventy-fifth and seventy-eighth eleven, the
# seventy-sixth thirteen, the seventy-seventh and eighty-first twelve, the eighty-second
# eleven, the seventy-ninth, eightieth, eighty-third, eighty-fourth, eighty-fifth,
# eighty-seventh, ninetieth, ninety-first and ninety-third ten, the eighty-sixth, eighty-eighth,
# eighty-ninth, ninety-fourth and ninety-fifth nine and the ninety-second eight, to be measured
# in their own trees too
# (bench/unseen_in_project.py): 323, 347, 321, 307, 317, 340, 322, 327, 329, 250, 286, 314, 302,
# 208, 318, 329, 306, 305, 319, 316, 316, 320, 320, 312, 320, 318, 320, 316, 319, 318, 319, 318,
# 310, 326, 300, 321, 298, 310, 316, 323, 319, 328, 280, 320, 324, 319, 330, 316, 325, 314, 318,
# 323, 314, 321, 321, 315, 321, 333, 337, 317, 320, 315, 309, 327, 317, 321, 307, 323, 311,
# 324, 327, 327, 330, 320, 329, 327, 324, 318, 316, 329, 319, 326, 329, 327, 315, 317, 329,
# 320, 323, 318, 320, 328, 319, 321, 322, 330, 326, 323, 318, 321, 333,
# 310, 320, 327, 331, 308, 304, 304, 303, 268, 304, 304, 301, 296,
# 298, 304, 304, 304, 304, 304, 304, 303, 302, 304, 304, 298, 304, 303, 304, 304, 303 and 299
# entries, held at those
# counts (the issue asks for 300 at least; the thirty-fifth, thirty-sixth, thirty-ninth,
# sixty-second and sixty-eighth are smaller, fresh applications being hard to find, as their
# headers say).
SMALLER = {
    "hundredfiftyeighth_set.yaml": 447,
    "hundredfiftyseventh_set.yaml": 299,
    "hundredfiftysixth_set.yaml": 303,
    "hundredfiftyfifth_set.yaml": 304,
    "hundredfiftyfourth_set.yaml": 304,
    "hundredfiftythird_set.yaml": 303,
    "hundredfiftysecond_set.yaml": 304,
    "hundredfiftyfirst_set.yaml": 298,
    "hundredfiftieth_set.yaml": 304,
    "hundredfortyninth_set.yaml": 304,
    "hundredfortyeighth_set.yaml": 302,
    "hundredfortyseventh_set.yaml": 303,
    "hundredfortysixth_set.yaml": 304,
    "hundredfortyfifth_set.yaml": 304,
    "hundredfortyfourth_set.yaml": 304,
    "hundredfortythird_set.yaml": 304,
    "hundredfortysecond_set.yaml": 304,
    "hundredfortyfirst_set.yaml": 304,
    "hundredfortieth_set.yaml": 298,
    "hundredthirtyninth_set.yaml": 296,
    "hundredthirtyeighth_set.yaml": 301,
    "hundredthirtyseventh_set.yaml": 304,
    "hundredthirtysixth_set.yaml": 304,
    "hundredthirtyfifth_set.yaml": 268,
    "hundredthirtyfourth_set.yaml": 303,
    "hundredthirtythird_set.yaml": 304,
    "hundredthirtysecond_set.yaml": 304,
    "hundredthirtyfirst_set.yaml": 308,
    "hundredtwentyninth_set.yaml": 327,
    "hundredtwentyeighth_set.yaml": 320,
    "hundredtwentyseventh_set.yaml": 310,
    "hundredtwentyfifth_set.yaml": 321,
    "hundredtwentyfourth_set.yaml": 318,
    "hundredtwentythird_set.yaml": 323,
    "hundredtwentysecond_set.yaml": 326,
    "hundredtwentieth_set.yaml": 322,
    "hundrednineteenth_set.yaml": 321,
    "hundredeighteenth_set.yaml": 319,
    "hundredseventeenth_set.yaml": 328,
    "hundredsixteenth_set.yaml": 320,
    "hundredfifteenth_set.yaml": 318,
    "hundredfourteenth_set.yaml": 323,
    "hundredthirteenth_set.yaml": 320,
    "hundredtwelfth_set.yaml": 329,
    "hundredeleventh_set.yaml": 317,
    "hundredtenth_set.yaml": 315,
    "hundredninth_set.yaml": 327,
    "hundredeighth_set.yaml": 329,
    "hundredseventh_set.yaml": 326,
    "hundredsixth_set.yaml": 319,
    "hundredfifth_set.yaml": 329,
    "hundredfourth_set.yaml": 316,
    "hundredthird_set.yaml": 318,
    "hundredsecond_set.yaml": 324,
    "hundredfirst_set.yaml": 327,
    "hundredth_set.yaml": 329,
    "ninetyninth_set.yaml": 320,
    "ninetyeighth_set.yaml": 330,
    "ninetyseventh_set.yaml": 327,
    "ninetysixth_set.yaml": 327,
    "ninetyfifth_set.yaml": 324,
    "ninetyfourth_set.yaml": 311,
    "ninetythird_set.yaml": 323,
    "ninetysecond_set.yaml": 307,
    "ninetyfirst_set.yaml": 321,
    "ninetieth_set.yaml": 317,
    "eightyninth_set.yaml": 327,
    "eightyeighth_set.yaml": 309,
    "eightyseventh_set.yaml": 315,
    "eightysixth_set.yaml": 320,
    "eightyfifth_set.yaml": 317,
    "eightyfourth_set.yaml": 337,
    "eightythird_set.yaml": 333,
    "eightysecond_set.yaml": 321,
    "eightyfirst_set.yaml": 315,
    "eightieth_set.yaml": 321,
    "seventyninth_set.yaml": 321,
    "seventyeighth_set.yaml": 314,
    "seventyseventh_set.yaml": 323,
    "seventysixth_set.yaml": 318,
    "seventyfifth_set.yaml": 314,
    "seventyfourth_set.yaml": 325,
    "seventythird_set.yaml": 316,
    "seventysecond_set.yaml": 330,
    "seventyfirst_set.yaml": 319,
    "seventieth_set.yaml": 324,
    "sixtyninth_set.yaml": 320,
    "sixtyeighth_set.yaml": 280,
    "sixtyseventh_set.yaml": 328,
    "sixtysixth_set.yaml": 319,
    "sixtyfifth_set.yaml": 323,
    "sixtyfourth_set.yaml": 316,
    "sixtythird_set.yaml": 310,
    "sixtysecond_set.yaml": 298,
    "sixtyfirst_set.yaml": 321,
    "sixtieth_set.yaml": 300,
    "fiftyninth_set.yaml": 326,
    "fiftyeighth_set.yaml": 310,
    "fiftyseventh_set.yaml": 318,
    "fiftysixth_set.yaml": 319,
    "fiftyfifth_set.yaml": 318,
    "fiftyfourth_set.yaml": 319,
    "fiftythird_set.yaml": 316,
    "fiftysecond_set.yaml": 320,
    "fiftyfirst_set.yaml": 318,
    "fiftieth_set.yaml": 320,
    "fortyninth_set.yaml": 312,
    "fortyeighth_set.yaml": 320,
    "fortyseventh_set.yaml": 320,
    "fortysixth_set.yaml": 316,
    "fortyfifth_set.yaml": 316,
    "fortyfourth_set.yaml": 319,
    "fortythird_set.yaml": 305,
    "fortysecond_set.yaml": 306,
    "fortyfirst_set.yaml": 329,
    "fortieth_set.yaml": 318,
    "thirtyninth_set.yaml": 208,
    "thirtyeighth_set.yaml": 302,
    "thirtyseventh_set.yaml": 314,
    "thirtysixth_set.yaml": 286,
    "thirtyfifth_set.yaml": 250,
    "thirtyfourth_set.yaml": 329,
    "thirtythird_set.yaml": 327,
    "thirtysecond_set.yaml": 322,
    "twentysixth_set.yaml": 323,
    "twentyeighth_set.yaml": 321,
    "twentyninth_set.yaml": 307,
    "thirtieth_set.yaml": 317,
}
FEWER_SOURCES = {
    "hundredfiftyeighth_set.yaml": 14,
    "hundredfiftyseventh_set.yaml": 8,
    "hundredfiftysixth_set.yaml": 8,
    "hundredfiftyfifth_set.yaml": 8,
    "hundredfiftyfourth_set.yaml": 8,
    "hundredfiftythird_set.yaml": 8,
    "hundredfiftysecond_set.yaml": 8,
    "hundredfiftyfirst_set.yaml": 8,
    "hundredfiftieth_set.yaml": 8,
    "hundredfortyninth_set.yaml": 8,
    "hundredfortyeighth_set.yaml": 8,
    "hundredfortyseventh_set.yaml": 8,
    "hundredfortysixth_set.yaml": 8,
    "hundredfortyfifth_set.yaml": 8,
    "hundredfortyfourth_set.yaml": 8,
    "hundredfortythird_set.yaml": 8,
    "hundredfortysecond_set.yaml": 8,
    "hundredfortyfirst_set.yaml": 8,
    "hundredfortieth_set.yaml": 8,
    "hundredthirtyninth_set.yaml": 8,
    "hundredthirtyeighth_set.yaml": 8,
    "hundredthirtyseventh_set.yaml": 8,
    "hundredthirtysixth_set.yaml": 8,
    "hundredthirtyfifth_set.yaml": 7,
    "hundredthirtyfourth_set.yaml": 8,
    "hundredthirtythird_set.yaml": 8,
    "hundredthirtysecond_set.yaml": 8,
    "hundredthirtyfirst_set.yaml": 8,
    "hundredtwentyninth_set.yaml": 9,
    "hundredtwentyeighth_set.yaml": 8,
    "hundredtwentyfifth_set.yaml": 9,
    "hundredtwentysecond_set.yaml": 9,
    "hundredtwentyfirst_set.yaml": 9,
    "hundredtwentieth_set.yaml": 9,
    "hundrednineteenth_set.yaml": 9,
    "hundredeighteenth_set.yaml": 8,
    "hundredsixteenth_set.yaml": 9,
    "hundredfifteenth_set.yaml": 8,
    "hundredfourteenth_set.yaml": 9,
    "hundredthirteenth_set.yaml": 8,
    "hundredeleventh_set.yaml": 9,
    "hundredtenth_set.yaml": 8,
    "hundredsixth_set.yaml": 8,
    "hundredfifth_set.yaml": 9,
    "hundredfourth_set.yaml": 8,
    "hundredthird_set.yaml": 8,
    "hundredsecond_set.yaml": 9,
    "hundredfirst_set.yaml": 9,
    "hundredth_set.yaml": 9,
    "ninetyninth_set.yaml": 8,
    "ninetyeighth_set.yaml": 9,
    "ninetyseventh_set.yaml": 9,
    "ninetysixth_set.yaml": 9,
    "ninetyfifth_set.yaml": 9,
    "ninetyfourth_set.yaml": 9,
    "ninetysecond_set.yaml": 8,
    "eightyninth_set.yaml": 9,
    "eightyeighth_set.yaml": 9,
    "eightysixth_set.yaml": 9,
    "seventyfourth_set.yaml": 9,
    "seventythird_set.yaml": 8,
    "seventyfirst_set.yaml": 9,
    "sixtyeighth_set.yaml": 7,
    "sixtysixth_set.yaml": 9,
    "sixtyfourth_set.yaml": 8,
    "sixtythird_set.yaml": 8,
    "sixtieth_set.yaml": 8,
    "fiftyninth_set.yaml": 8,
    "fiftyeighth_set.yaml": 8,
    "fiftyseventh_set.yaml": 8,
    "fiftysixth_set.yaml": 8,
    "fiftyfifth_set.yaml": 8,
    "fiftyfourth_set.yaml": 8,
    "fiftythird_set.yaml": 8,
    "fiftysecond_set.yaml": 8,
    "fiftyfirst_set.yaml": 8,
    "fiftieth_set.yaml": 8,
    "fortyninth_set.yaml": 8,
    "fortyeighth_set.yaml": 8,
    "fortyseventh_set.yaml": 8,
    "fortysixth_set.yaml": 8,
    "fortyfifth_set.yaml": 8,
    "fortyfourth_set.yaml": 8,
    "fortythird_set.yaml": 8,
    "fortysecond_set.yaml": 8,
    "fortyfirst_set.yaml": 8,
    "fortieth_set.yaml": 8,
    "thirtyninth_set.yaml": 6,
    "thirtyeighth_set.yaml": 8,
    "thirtyseventh_set.yaml": 8,
    "thirtysixth_set.yaml": 8,
    "thirtyfifth_set.yaml": 8,
    "thirtyfourth_set.yaml": 8,
    "thirtythird_set.yaml": 8,
    "thirtysecond_set.yaml": 8,
    "thirtyfirst_set.yaml": 8,
    "thirtieth_set.yaml": 8,
    "twentysixth_set.yaml": 8,
    "twentyseventh_set.yaml": 8,
    "twentyeighth_set.yaml": 8,
    "twentyninth_set.yaml": 8,
}
ENTRY_KEYS = {"text", "label", "source", "ambiguous", "hidden_access"}
RULE_LABELS = (
    "public_api_endpoint",
    "sensitive_admin_action",
    "bulk_operation",
    "fallback:admin",
    "admin_user_creation",
    "user_profile_update",
    "secure_data_access",
    "fallback:create",
    "fallback:update",
    "fallback:delete",
    "fallback:read",
    "fallback:basic",
    "fallback:rate_limit",
)
# Labels a set holds fewer than ten of, as its routes came when sampled (the ninth to
# ninety-fifth sets' sampling turned up few rate-limited routes, the tenth, seventeenth to
# nineteenth and twenty-second to ninety-fifth none, the eightieth few public routes, few
# account creations, the sixty-ninth, seventy-third, seventy-fifth, seventy-seventh,
# eighty-sixth and ninetieth none,
# the eleventh, twelfth, nineteenth, twentieth, twenty-second to twenty-seventh, twenty-ninth,
# thirty-third to thirty-eighth, fortieth to sixtieth, sixty-second to sixty-eighth, seventieth,
# seventy-first, seventy-fourth and seventy-fifth few calls with no known verb, the twentieth,
# twenty-fourth to twenty-eighth, thirtieth, thirty-second, thirty-third, thirty-fifth to
# forty-fifth, forty-seventh to fifty-second, fifty-fourth, fifty-eighth, sixtieth to sixty-second,
# sixty-fourth to sixty-eighth, seventieth, seventy-first, seventy-fourth and seventy-fifth few
# bulk changes, the twenty-fifth, twenty-ninth,
# thirtieth, thirty-fourth to fortieth, forty-fourth to forty-seventh, fifty-second, fifty-fourth,
# fifty-fifth, fifty-seventh, fifty-ninth, sixty-first to sixty-fifth, sixty-seventh, sixty-eighth
# and seventy-fourth few changes of the caller's own profile, the fifty-fifth, sixtieth to
# sixty-third and sixty-seventh to sixty-ninth few sensitive actions, the thirty-fifth and
# forty-first few deletions, the twenty-second and twenty-third few reads of the caller's own data,
# the twenty-third few changes of the caller's own profile): held at their count, so the set
# cannot lose them quietly.
THIN_LABELS = {
    "hundredfiftyeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 5,
    },
    "hundredfiftyseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 6,
        "user_profile_update": 6,
    },
    "hundredfiftysixth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "fallback:basic": 2,
        "fallback:delete": 4,
        "bulk_operation": 5,
        "sensitive_admin_action": 7,
    },
    "hundredfiftyfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "bulk_operation": 6,
        "fallback:basic": 6,
    },
    "hundredfiftyfourth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 4,
        "bulk_operation": 8,
    },
    "hundredfiftythird_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "fallback:update": 8,
    },
    "hundredfiftysecond_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "bulk_operation": 8,
        "fallback:delete": 8,
    },
    "hundredfiftyfirst_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "bulk_operation": 4,
        "fallback:basic": 4,
    },
    "hundredfiftieth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 3,
        "admin_user_creation": 4,
        "bulk_operation": 7,
        "user_profile_update": 7,
    },
    "hundredfortyninth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 9,
    },
    "hundredfortyeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 1,
        "admin_user_creation": 2,
    },
    "hundredfortyseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 1,
        "user_profile_update": 4,
        "fallback:delete": 7,
    },
    "hundredfortysixth_set.yaml": {
        "fallback:rate_limit": 0,
        "bulk_operation": 2,
        "fallback:basic": 2,
        "admin_user_creation": 7,
        "fallback:delete": 8,
    },
    "hundredfortyfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 4,
        "fallback:basic": 5,
        "bulk_operation": 8,
    },
    "hundredfortyfourth_set.yaml": {
        "admin_user_creation": 0,
        "fallback:rate_limit": 0,
        "fallback:basic": 2,
        "bulk_operation": 7,
        "user_profile_update": 8,
    },
    "hundredfortythird_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "user_profile_update": 4,
        "bulk_operation": 5,
        "fallback:delete": 5,
        "fallback:basic": 6,
    },
    "hundredfortysecond_set.yaml": {
        "fallback:rate_limit": 0,
        "user_profile_update": 2,
        "admin_user_creation": 3,
        "fallback:basic": 9,
    },
    "hundredfortyfirst_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 2,
        "admin_user_creation": 3,
        "user_profile_update": 9,
    },
    "hundredfortieth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 1,
        "admin_user_creation": 3,
        "bulk_operation": 4,
    },
    "hundredthirtyninth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "fallback:basic": 3,
        "user_profile_update": 6,
        "bulk_operation": 9,
    },
    "hundredthirtyeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 1,
        "admin_user_creation": 3,
        "user_profile_update": 6,
    },
    "hundredthirtyseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 3,
        "bulk_operation": 6,
        "fallback:admin": 9,
    },
    "hundredthirtysixth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "fallback:basic": 3,
        "secure_data_access": 6,
        "user_profile_update": 7,
        "sensitive_admin_action": 8,
    },
    "hundredthirtyfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "fallback:basic": 3,
        "bulk_operation": 8,
        "user_profile_update": 9,
    },
    "hundredthirtyfourth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 2,
        "admin_user_creation": 6,
        "user_profile_update": 6,
    },
    "hundredthirtythird_set.yaml": {
        "fallback:rate_limit": 0,
        "bulk_operation": 3,
        "fallback:basic": 3,
        "admin_user_creation": 9,
    },
    "hundredthirtysecond_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "bulk_operation": 3,
        "fallback:basic": 4,
    },
    "hundredthirtyfirst_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 1,
        "bulk_operation": 2,
        "admin_user_creation": 3,
        "user_profile_update": 4,
    },
    "hundredthirtieth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "bulk_operation": 3,
        "fallback:basic": 6,
    },
    "hundredtwentyninth_set.yaml": {
        "fallback:rate_limit": 0,
        "user_profile_update": 1,
        "admin_user_creation": 4,
        "fallback:basic": 4,
        "bulk_operation": 7,
        "public_api_endpoint": 7,
    },
    "hundredtwentyeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "user_profile_update": 1,
        "admin_user_creation": 2,
        "fallback:basic": 2,
        "public_api_endpoint": 7,
        "secure_data_access": 9,
    },
    "hundredtwentyseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "bulk_operation": 1,
        "admin_user_creation": 3,
        "fallback:basic": 8,
    },
    "hundredtwentysixth_set.yaml": {
        "fallback:basic": 0,
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "bulk_operation": 3,
    },
    "hundredtwentyfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "bulk_operation": 6,
        "fallback:admin": 7,
    },
    "hundredtwentyfourth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "bulk_operation": 5,
        "fallback:basic": 5,
        "user_profile_update": 7,
    },
    "hundredtwentythird_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "bulk_operation": 3,
        "fallback:basic": 6,
    },
    "hundredtwentysecond_set.yaml": {
        "fallback:rate_limit": 0,
        "user_profile_update": 0,
        "admin_user_creation": 3,
        "fallback:basic": 3,
        "bulk_operation": 7,
    },
    "hundredtwentyfirst_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "fallback:delete": 7,
    },
    "hundredtwentieth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 6,
        "fallback:basic": 6,
    },
    "hundrednineteenth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 3,
        "fallback:delete": 4,
        "admin_user_creation": 6,
        "user_profile_update": 6,
        "bulk_operation": 7,
    },
    "hundredeighteenth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 1,
        "admin_user_creation": 3,
        "user_profile_update": 4,
        "bulk_operation": 5,
    },
    "hundredseventeenth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 2,
        "user_profile_update": 8,
        "public_api_endpoint": 9,
    },
    "hundredsixteenth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "fallback:admin": 3,
        "fallback:basic": 6,
        "user_profile_update": 6,
        "public_api_endpoint": 7,
        "bulk_operation": 8,
        "secure_data_access": 9,
    },
    "hundredfifteenth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "bulk_operation": 3,
        "fallback:basic": 5,
    },
    "hundredfourteenth_set.yaml": {
        "fallback:rate_limit": 0,
        "bulk_operation": 1,
        "admin_user_creation": 3,
        "fallback:basic": 3,
        "fallback:admin": 5,
    },
    "hundredthirteenth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 4,
        "user_profile_update": 4,
        "admin_user_creation": 7,
        "fallback:admin": 7,
    },
    "hundredtwelfth_set.yaml": {
        "admin_user_creation": 2,
        "fallback:rate_limit": 3,
        "fallback:basic": 4,
        "bulk_operation": 5,
    },
    "hundredeleventh_set.yaml": {
        "admin_user_creation": 0,
        "fallback:rate_limit": 0,
        "bulk_operation": 4,
        "fallback:basic": 5,
        "user_profile_update": 8,
    },
    "hundredtenth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "user_profile_update": 2,
        "fallback:basic": 5,
    },
    "hundredninth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 4,
        "fallback:basic": 5,
        "bulk_operation": 6,
        "user_profile_update": 6,
        "fallback:admin": 8,
    },
    "hundredeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "user_profile_update": 0,
        "admin_user_creation": 2,
        "fallback:basic": 6,
        "secure_data_access": 8,
        "bulk_operation": 9,
    },
    "hundredseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 3,
        "admin_user_creation": 5,
        "user_profile_update": 6,
        "bulk_operation": 8,
    },
    "hundredsixth_set.yaml": {
        "fallback:rate_limit": 0,
        "bulk_operation": 2,
        "admin_user_creation": 2,
        "fallback:basic": 3,
        "public_api_endpoint": 4,
        "user_profile_update": 4,
        "secure_data_access": 5,
    },
    "hundredfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "fallback:basic": 6,
        "bulk_operation": 8,
        "fallback:delete": 8,
    },
    "hundredfourth_set.yaml": {
        "fallback:basic": 0,
        "fallback:rate_limit": 0,
        "user_profile_update": 3,
        "admin_user_creation": 4,
        "bulk_operation": 6,
        "public_api_endpoint": 9,
    },
    "hundredthird_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 4,
        "user_profile_update": 5,
        "secure_data_access": 9,
    },
    "hundredsecond_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 2,
        "public_api_endpoint": 6,
    },
    "hundredfirst_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "secure_data_access": 6,
        "user_profile_update": 8,
    },
    "hundredth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 4,
        "bulk_operation": 7,
    },
    "ninetyninth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 1,
        "bulk_operation": 2,
        "admin_user_creation": 3,
        "user_profile_update": 5,
        "secure_data_access": 8,
    },
    "ninetyeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 4,
        "user_profile_update": 5,
    },
    "ninetyseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 4,
        "bulk_operation": 8,
    },
    "ninetysixth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "user_profile_update": 4,
        "bulk_operation": 5,
        "fallback:basic": 6,
    },
    "ninetyfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "user_profile_update": 6,
        "bulk_operation": 8,
        "secure_data_access": 8,
    },
    "ninetyfourth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 3,
        "admin_user_creation": 4,
        "bulk_operation": 4,
    },
    "ninetythird_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "public_api_endpoint": 7,
    },
    "ninetysecond_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "bulk_operation": 8,
        "fallback:basic": 8,
        "user_profile_update": 8,
    },
    "ninetyfirst_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 4,
        "fallback:basic": 5,
    },
    "ninetieth_set.yaml": {
        "admin_user_creation": 0,
        "fallback:rate_limit": 0,
        "fallback:basic": 3,
        "user_profile_update": 6,
        "bulk_operation": 8,
    },
    "eightyninth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 4,
        "fallback:basic": 6,
        "bulk_operation": 7,
        "user_profile_update": 7,
        "secure_data_access": 8,
    },
    "eightyeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "bulk_operation": 3,
    },
    "eightyseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 3,
        "admin_user_creation": 6,
        "bulk_operation": 7,
    },
    "eightysixth_set.yaml": {
        "admin_user_creation": 0,
        "fallback:rate_limit": 0,
        "fallback:basic": 4,
    },
    "eightyfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 4,
        "fallback:basic": 4,
        "bulk_operation": 7,
        "user_profile_update": 9,
    },
    "eightyfourth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 2,
        "user_profile_update": 8,
    },
    "eightythird_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 1,
        "admin_user_creation": 5,
    },
    "eightysecond_set.yaml": {
        "fallback:rate_limit": 0,
        "bulk_operation": 2,
        "admin_user_creation": 3,
        "fallback:basic": 5,
        "user_profile_update": 5,
    },
    "eightyfirst_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 1,
        "admin_user_creation": 2,
        "bulk_operation": 3,
    },
    "eightieth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 3,
        "admin_user_creation": 5,
        "bulk_operation": 5,
        "user_profile_update": 7,
        "public_api_endpoint": 8,
    },
    "seventyninth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "bulk_operation": 2,
        "fallback:basic": 3,
        "user_profile_update": 6,
    },
    "seventyeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "bulk_operation": 1,
    },
    "seventyseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 0,
        "user_profile_update": 4,
        "fallback:basic": 5,
    },
    "seventysixth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 1,
        "bulk_operation": 3,
        "admin_user_creation": 5,
    },
    "seventyfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 0,
        "bulk_operation": 4,
        "fallback:basic": 5,
    },
    "seventyfourth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 3,
        "user_profile_update": 3,
        "admin_user_creation": 5,
        "bulk_operation": 8,
    },
    "seventythird_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 0,
        "user_profile_update": 2,
        "fallback:basic": 3,
        "bulk_operation": 3,
    },
    "seventysecond_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "bulk_operation": 4,
    },
    "seventyfirst_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "fallback:basic": 4,
        "bulk_operation": 6,
    },
    "seventieth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "bulk_operation": 6,
        "fallback:basic": 9,
    },
    "sixtyninth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 0,
        "sensitive_admin_action": 9,
    },
    "sixtyeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "fallback:basic": 2,
        "user_profile_update": 5,
        "sensitive_admin_action": 5,
        "bulk_operation": 7,
    },
    "sixtyseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "user_profile_update": 4,
        "bulk_operation": 4,
        "fallback:basic": 6,
        "sensitive_admin_action": 8,
    },
    "sixtysixth_set.yaml": {
        "fallback:rate_limit": 0,
        "bulk_operation": 2,
        "fallback:basic": 3,
        "admin_user_creation": 7,
    },
    "sixtyfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "bulk_operation": 3,
        "fallback:basic": 4,
        "admin_user_creation": 5,
        "user_profile_update": 5,
    },
    "sixtyfourth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "fallback:basic": 6,
        "user_profile_update": 6,
        "bulk_operation": 8,
    },
    "sixtythird_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 2,
        "sensitive_admin_action": 5,
        "user_profile_update": 6,
    },
    "sixtysecond_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "sensitive_admin_action": 3,
        "bulk_operation": 5,
        "fallback:basic": 5,
        "user_profile_update": 9,
    },
    "sixtyfirst_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 4,
        "bulk_operation": 3,
        "sensitive_admin_action": 7,
        "user_profile_update": 8,
    },
    "sixtieth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "bulk_operation": 2,
        "fallback:basic": 8,
        "sensitive_admin_action": 8,
    },
    "fiftyninth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 4,
        "fallback:basic": 9,
        "user_profile_update": 1,
    },
    "fiftyeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "fallback:basic": 4,
        "bulk_operation": 6,
    },
    "fiftyseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 4,
        "fallback:basic": 6,
        "user_profile_update": 7,
    },
    "fiftysixth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 0,
        "fallback:basic": 7,
    },
    "fiftyfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 2,
        "sensitive_admin_action": 6,
        "user_profile_update": 9,
    },
    "fiftyfourth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 3,
        "bulk_operation": 6,
        "user_profile_update": 6,
    },
    "fiftythird_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "fallback:basic": 6,
    },
    "fiftysecond_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 5,
        "bulk_operation": 7,
        "user_profile_update": 8,
    },
    "fiftyfirst_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 4,
        "fallback:basic": 6,
        "bulk_operation": 7,
    },
    "fiftieth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 0,
        "fallback:basic": 2,
        "bulk_operation": 7,
    },
    "fortyninth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 2,
        "bulk_operation": 5,
    },
    "fortyeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 0,
        "admin_user_creation": 3,
        "bulk_operation": 5,
    },
    "fortyseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "fallback:basic": 4,
        "user_profile_update": 8,
        "bulk_operation": 9,
    },
    "fortysixth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "fallback:basic": 6,
        "user_profile_update": 7,
    },
    "fortyfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 5,
        "user_profile_update": 7,
        "bulk_operation": 8,
    },
    "fortyfourth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "user_profile_update": 5,
        "fallback:basic": 6,
        "bulk_operation": 9,
    },
    "fortythird_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 0,
        "admin_user_creation": 2,
        "bulk_operation": 4,
    },
    "fortysecond_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "bulk_operation": 3,
        "fallback:basic": 5,
    },
    "fortyfirst_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 7,
        "fallback:delete": 7,
        "admin_user_creation": 9,
        "bulk_operation": 9,
    },
    "fortieth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 2,
        "admin_user_creation": 4,
        "user_profile_update": 4,
        "bulk_operation": 7,
    },
    "thirtyninth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "user_profile_update": 2,
        "bulk_operation": 4,
    },
    "thirtyeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 5,
        "admin_user_creation": 3,
        "user_profile_update": 3,
        "bulk_operation": 9,
    },
    "thirtyseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 3,
        "admin_user_creation": 3,
        "user_profile_update": 3,
        "bulk_operation": 5,
    },
    "thirtysixth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 0,
        "admin_user_creation": 1,
        "bulk_operation": 2,
        "user_profile_update": 6,
    },
    "thirtyfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 0,
        "bulk_operation": 3,
        "admin_user_creation": 3,
        "user_profile_update": 7,
        "fallback:delete": 9,
    },
    "thirtyfourth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "fallback:basic": 8,
        "user_profile_update": 8,
    },
    "thirtythird_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 1,
        "admin_user_creation": 3,
        "bulk_operation": 3,
    },
    "thirtysecond_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "fallback:basic": 2,
        "bulk_operation": 8,
    },
    "thirtyfirst_set.yaml": {
        "fallback:rate_limit": 0,
        "fallback:basic": 2,
        "bulk_operation": 4,
        "user_profile_update": 9,
        "admin_user_creation": 9,
    },
    "thirtieth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "bulk_operation": 6,
        "user_profile_update": 8,
    },
    "twentyninth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 3,
        "user_profile_update": 5,
    },
    "twentyeighth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "bulk_operation": 9,
    },
    "twentyseventh_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 3,
        "fallback:basic": 7,
        "bulk_operation": 8,
    },
    "twentysixth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "fallback:basic": 3,
        "bulk_operation": 4,
    },
    "twentyfifth_set.yaml": {
        "fallback:rate_limit": 0,
        "bulk_operation": 2,
        "fallback:basic": 5,
        "admin_user_creation": 8,
        "user_profile_update": 8,
    },
    "twentyfourth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 4,
        "fallback:basic": 4,
        "bulk_operation": 7,
    },
    "twentythird_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 2,
        "secure_data_access": 3,
        "user_profile_update": 5,
        "fallback:basic": 7,
    },
    "twentysecond_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 5,
        "fallback:basic": 9,
        "secure_data_access": 9,
    },
    "twentyfirst_set.yaml": {
        "fallback:rate_limit": 3,
        "admin_user_creation": 2,
        "user_profile_update": 9,
    },
    "twentieth_set.yaml": {
        "fallback:rate_limit": 1,
        "admin_user_creation": 4,
        "fallback:basic": 8,
        "bulk_operation": 8,
    },
    "nineteenth_set.yaml": {
        "fallback:rate_limit": 0,
        "admin_user_creation": 1,
        "fallback:basic": 9,
    },
    "eighteenth_set.yaml": {"fallback:rate_limit": 0, "admin_user_creation": 2},
    "seventeenth_set.yaml": {
        "fallback:rate_limit": 0,
        "user_profile_update": 4,
        "admin_user_creation": 4,
        "fallback:delete": 7,
    },
    "sixteenth_set.yaml": {
        "fallback:rate_limit": 1,
        "admin_user_creation": 2,
        "fallback:basic": 9,
        "user_profile_update": 9,
    },
    "fifteenth_set.yaml": {"fallback:rate_limit": 2, "admin_user_creation": 3},
    "fourteenth_set.yaml": {"fallback:rate_limit": 2, "admin_user_creation": 6},
    "thirteenth_set.yaml": {
        "fallback:rate_limit": 4,
        "bulk_operation": 8,
        "fallback:basic": 8,
        "admin_user_creation": 9,
    },
    "twelfth_set.yaml": {
        "fallback:rate_limit": 4,
        "admin_user_creation": 2,
        "fallback:basic": 3,
    },
    "eleventh_set.yaml": {
        "fallback:rate_limit": 9,
        "admin_user_creation": 5,
        "fallback:basic": 4,
    },
    "tenth_set.yaml": {"fallback:rate_limit": 0, "admin_user_creation": 2},
    "ninth_set.yaml": {"fallback:rate_limit": 6, "admin_user_creation": 3},
}
HeldOut = tuple[str, list[dict[str, Any]]]


@functools.cache
def _entries(name: str) -> list[dict[str, Any]]:
    """A set's entries, parsed once for every test (the checks only read them)."""
    loaded: list[dict[str, Any]] = yaml.load(
        (HERE / name).read_text(encoding="utf-8"),
        Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
    )
    return loaded


def _normalised(text: str) -> str:
    """Lowercase, runs of spaces and punctuation collapsed: near-copies compare equal."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _repository(source: str) -> str | None:
    """The GitHub repository a source names (`owner/name@commit:path` or an issue address)."""
    if source.startswith("github.com/"):
        return "/".join(source.split("/")[1:3]).lower()
    if "@" in source and "/" in source.split("@", maxsplit=1)[0]:
        return source.split("@", maxsplit=1)[0].lower()
    return None


def _short_names(entries: list[dict[str, Any]]) -> set[str]:
    """Applications a source names in short form ("ctfd admin.py ..."), not as owner/name.

    API documentation (``github-docs``) names no repository; issue threads are addresses.
    """
    names = set()
    for entry in entries:
        source = entry["source"].split()
        if source and _repository(entry["source"]) is None and not source[0].endswith("-docs"):
            names.add(source[0].lower())
    return names


@pytest.fixture(scope="module", params=HELD_OUT)
def held_out(request: pytest.FixtureRequest) -> HeldOut:
    name: str = request.param
    return name, _entries(name)


def test_each_set_is_large_and_every_entry_is_complete(held_out: HeldOut) -> None:
    name, entries = held_out
    assert len(entries) >= SMALLER.get(name, 330)
    for entry in entries:
        assert set(entry) <= ENTRY_KEYS, entry
        assert entry["text"].strip(), entry
        assert entry["source"].strip(), entry
        assert entry.get("ambiguous", True) is True, entry
        assert entry.get("hidden_access", True) is True, entry


def test_every_label_is_a_known_template_or_fallback_kind(held_out: HeldOut) -> None:
    catalog = load_catalog(None, include_user=False)
    known = set(catalog.templates) | {f"fallback:{kind}" for kind in FALLBACK_KINDS}
    assert not {entry["label"] for entry in held_out[1]} - known


def test_every_label_of_the_rules_has_at_least_ten_entries(held_out: HeldOut) -> None:
    name, entries = held_out
    counts = Counter(entry["label"] for entry in entries)
    thin = {label: counts[label] for label in RULE_LABELS if counts[label] < 10}
    assert thin == THIN_LABELS.get(name, {})


def test_sources_are_varied(held_out: HeldOut) -> None:
    name, entries = held_out
    origins = Counter(_repository(entry["source"]) for entry in entries)
    assert len(origins) >= FEWER_SOURCES.get(name, 10)
    assert max(origins.values()) <= len(entries) // 4


def test_no_description_repeats_within_the_set(held_out: HeldOut) -> None:
    counts = Counter(_normalised(entry["text"]) for entry in held_out[1])
    assert not [text for text, count in counts.items() if count > 1]


def _others(name: str, *material: str) -> list[str]:
    return [other for other in (*material, *HELD_OUT) if other != name]


def test_no_description_is_shared_with_other_material(held_out: HeldOut) -> None:
    name, entries = held_out
    for other in _others(name, "dev_set.yaml", "cases.yaml"):
        theirs = {_normalised(entry["text"]) for entry in _entries(other)}
        shared = [entry["text"] for entry in entries if _normalised(entry["text"]) in theirs]
        assert not shared, other


def test_no_source_repository_is_shared_with_other_sets(held_out: HeldOut) -> None:
    name, entries = held_out
    ours = {_repository(entry["source"]) for entry in entries} - {None}
    assert ours
    for other in _others(name, "dev_set.yaml"):
        theirs = {_repository(entry["source"]) for entry in _entries(other)} - {None}
        assert not ours & theirs, other


def test_no_source_repository_is_an_application_named_in_short_form(held_out: HeldOut) -> None:
    """A repository an earlier set names by its application alone ("ctfd", "fullstack") counts."""
    name, entries = held_out
    ours = {_repository(entry["source"]) for entry in entries} - {None}
    for other in _others(name, "dev_set.yaml"):
        for short in _short_names(_entries(other)):
            clashes = [
                repository
                for repository in ours
                if repository is not None
                and any(
                    part == short or part.replace("-", "").replace("_", "").startswith(short)
                    for part in repository.split("/")
                )
            ]
            assert not clashes, (other, short, clashes)
