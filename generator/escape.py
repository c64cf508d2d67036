"""Output escaping: takes untrusted text and returns Markup safe in Markdown, HTML text and attributes."""

from __future__ import annotations

import functools
import html
import re

from markupsafe import Markup

from generator import urls

# ASCII punctuation that means something to Markdown, its extensions or HTML. Each is written as
# a numeric character reference, which Python-Markdown passes through untouched and browsers
# show as the character itself, so no contributor text can form syntax.
_SPECIAL = "\\`*_{}[]()#+-.!|<>&\"'~=:^$%@/;?"
_ENTITY = {c: f"&#{ord(c)};" for c in _SPECIAL}
# One character class with a dict lookup per match: several times faster than str.translate
# with a multi-character table, and the same result character by character.
_SPECIAL_RE = re.compile("[" + re.escape(_SPECIAL) + "]")


def _entity(match: re.Match[str]) -> str:
    return _ENTITY[match.group()]

_SPACE = re.compile(r"\s+")
# In folded (>) YAML text every remaining line break is one the author meant, so each one
# starts a paragraph; blank lines in literal (|) text do the same.
_PARAGRAPH = re.compile(r"\n")
# In an attribute, a URL keeps only characters no Markdown or HTML rule reacts to; the rest
# (& * _ ! $ + , ; = ~ and so on) become numeric character references, which browsers decode.
_URL_PLAIN = re.compile(r"[^A-Za-z0-9/:.?#%@-]")


def inline(value: object) -> Markup:
    """Return `value` as one line of inert text: whitespace folded, punctuation as entities."""
    if isinstance(value, Markup):
        return value
    return _inline(str(value))


@functools.lru_cache(maxsize=8192)
def _inline(text: str) -> Markup:
    # Labels, region names and numbers repeat across thousands of pages, hence the cache.
    # str.split() splits on exactly the characters `\s` matches: whitespace folded, ends trimmed
    return Markup(_SPECIAL_RE.sub(_entity, " ".join(text.split())))


def paragraphs(value: object) -> Markup:
    """Return multi-line text as inert Markdown paragraphs separated by blank lines."""
    parts = [inline(p) for p in _PARAGRAPH.split(str(value).strip()) if p.strip()]
    return Markup("\n\n".join(parts))


def url(value: object) -> Markup:
    """Return a URL that passes `urls.is_url` escaped for an HTML attribute; anything else is '#'."""
    text = str(value)
    if not urls.is_url(text):
        return Markup("#")
    return Markup(_URL_PLAIN.sub(lambda m: f"&#{ord(m.group())};", text))


def plain(value: object) -> str:
    """Return text for places Material prints without escaping (front matter): HTML-escaped."""
    return html.escape(_SPACE.sub(" ", str(value)).strip(), quote=True)
