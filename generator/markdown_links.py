"""Template link helpers: take the render context and a code, id or URL; return a Markdown or HTML link as Markup.

They are plain Python rather than Jinja macros because listing pages call them hundreds of times;
all text goes through `escape.inline`, all targets are trusted paths from `pages.Paths`.
"""

from __future__ import annotations

import posixpath
from typing import Any

import jinja2
from markupsafe import Markup

from generator import escape


def relative(target: str, here: str) -> str:
    """Return posixpath.relpath(target, here) for clean relative paths, without its getcwd calls."""
    if not here or here == ".":
        return target or "."
    base, parts = here.split("/"), target.split("/")
    common = 0
    for a, b in zip(base, parts, strict=False):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(base) - common) + parts[common:]) or "."


def _link(context: Any, text: object, target: str) -> Markup:
    here = posixpath.dirname(context["page"].path)
    return Markup(f"[{escape.inline(text)}]({relative(target, here)})")


@jinja2.pass_context
def rel(context: Any, target: str) -> Markup:
    """Return the relative Markdown link target from the current page to `target`."""
    return Markup(relative(target, posixpath.dirname(context["page"].path)))


@jinja2.pass_context
def region(context: Any, code: str) -> Markup:
    """Return a region's name, linked to its page when it has one."""
    name = context["vocab"].regions[code].name
    path = context["paths"].region(code)
    return _link(context, name, path) if path else escape.inline(name)


@jinja2.pass_context
def region_full(context: Any, code: str) -> Markup:
    """Return "Regency, Province" (each linked), or just the province."""
    own = region(context, code)
    return Markup(f"{own}, {region(context, code[:2])}") if len(code) > 2 else own


@jinja2.pass_context
def inno(context: Any, record: Any) -> Markup:
    """Return an innovation's name linked to its page."""
    return _link(context, record.name, context["paths"].innovation(record.id))


@jinja2.pass_context
def term(context: Any, key: str, value: str, label: str) -> Markup:
    """Return a taxonomy term's label linked to its listing."""
    return _link(context, label, context["paths"].term(context["taxonomies"][key], value))


@jinja2.pass_context
def award(context: Any, award_id: str) -> Markup:
    """Return an award tier's label linked to its page."""
    label = context["vocab"].awards[award_id].label.get(context["lang"])
    return _link(context, label, context["paths"].award(award_id))


def ext(href: str, text: object) -> Markup:
    """Return an external link (http, https or mailto only) as inline HTML."""
    return Markup(f'<a href="{escape.url(href)}" rel="noopener">{escape.inline(text)}</a>')


HELPERS = {"rel": rel, "region": region, "region_full": region_full, "inno": inno, "term": term,
           "award": award, "ext": ext}
