"""Character rules: takes text; returns the first control or invisible character in it, if any."""

from __future__ import annotations

import re

# C0/C1 controls except tab and newline; DEL.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters that show nothing (or change how the text around them shows): every Unicode
# format character (category Cf: bidirectional controls, zero-width characters, soft hyphen,
# tag characters, interlinear annotation), line/paragraph separators, the fillers and joiners
# that render blank (U+034F, U+115F, U+1160, U+17B4-17B5, U+180B-180F, U+2800 braille blank,
# U+3164, U+FFA0),
# variation selectors and private-use characters. tests/test_url_rule.py checks that
# every Cf character of the running Python's Unicode database is here.
INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160"
    "\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u2800\u3164\ue000-\uf8ff"
    "\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001345f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
    "\U000f0000-\U0010ffff]")


def find_invisible(text: str) -> str | None:
    """Return the first invisible (format, filler, private-use) character in `text` as U+XXXX."""
    match = INVISIBLE_RE.search(text)
    return f"U+{ord(match.group()):04X}" if match else None
