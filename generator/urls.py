"""The one URL rule: takes a URL or e-mail address as written; returns whether the site may link it.

Every URL-valued field (records and registries), the contact e-mail and every link target in a
hand-written page pass `is_url`, so a URL that reaches the site is always an absolute http(s) or
mailto URL made only of RFC 3986 characters, without brackets, parentheses, quotes, backslashes,
spaces or controls (those must be percent-encoded) and without controls or invisible characters
(bidi overrides, zero-width, fillers) once percent-decoded as UTF-8 (`%C2%85`, `%E2%80%AE`).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from generator.chars import INVISIBLE_RE

# A host name of ASCII labels (internationalised names are written in punycode, xn--...).
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = rf"(?:{_LABEL}\.)+[A-Za-z](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?"
# RFC 3986 path, query and fragment characters minus ' ( ) (and [ ] which it allows in hosts only).
_PCHAR = r"(?:[A-Za-z0-9\-._~!$&*+,;=:@/?]|%[0-9A-Fa-f]{2})"
# No user-info (`https://example.go.id@evil.example/`): the host is what the reader sees.
_WEB = re.compile(rf"https?://{_HOST}(?::[0-9]{{1,5}})?(?:[/?]{_PCHAR}*)?(?:#{_PCHAR}*)?", re.ASCII)
# A bare address only: no ?headers, no percent-encoding, no quoted local part.
_ADDRESS = re.compile(rf"[A-Za-z0-9](?:[A-Za-z0-9._+-]{{0,62}}[A-Za-z0-9])?@{_HOST}", re.ASCII)
# Checked on the percent-decoded URL: C0 and C1 controls (tab and newline too), DEL.
_DECODED_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MAX_URL_CHARS = 2_000


def is_url(value: str) -> bool:
    """Tell whether `value` is an allowed absolute http(s) URL or `mailto:` + a bare address."""
    if value.startswith("mailto:"):
        return is_address(value.removeprefix("mailto:"))
    if len(value) > MAX_URL_CHARS or _WEB.fullmatch(value) is None:
        return False
    decoded = unquote(value, errors="replace")
    return not _DECODED_CONTROL.search(decoded) and not INVISIBLE_RE.search(decoded)


def is_address(value: str) -> bool:
    """Tell whether `value` is a bare e-mail address (local@host.tld), ASCII only."""
    return ".." not in value and _ADDRESS.fullmatch(value) is not None
