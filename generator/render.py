"""Rendering: takes planned pages and the site_templates/ folder; returns each page's Markdown text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import yaml

from generator import escape
from generator.charts import bar_chart
from generator.crossref import Catalogue
from generator.i18n import t
from generator.markdown_links import HELPERS
from generator.pages import Page

try:  # libyaml's emitter is many times faster than the pure-Python one
    from yaml import CSafeDumper as _Dumper
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]


def make_env(templates: Path, lang: str) -> jinja2.Environment:
    """Return a Jinja2 environment where every `{{ value }}` is inert text unless it is Markup."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=True,
        finalize=escape.inline,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # Templates do not change during one run (a preview makes a new environment when their
        # digest changes), so skip Jinja's stat of the template file on every get_template.
        auto_reload=False,
    )
    env.filters["para"] = escape.paragraphs
    env.filters["url"] = escape.url
    env.globals["lang"] = lang
    env.globals["t"] = lambda key, **kw: t(key, lang, **kw)
    env.globals.update(HELPERS)
    env.globals["bar_chart"] = bar_chart
    return env


def front_matter(page: Page) -> str:
    """Return the page's front matter, written by a YAML dumper with every value HTML-escaped."""
    meta: dict[str, Any] = {"title": escape.plain(page.title)}
    if page.description:
        meta["description"] = escape.plain(page.description)
    if page.tags:
        meta["tags"] = [escape.plain(tag) for tag in page.tags]
    meta.update(page.meta)
    body = yaml.dump(meta, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{body}---\n\n"


def render_page(env: jinja2.Environment, page: Page, catalogue: Catalogue) -> str:
    """Return the full Markdown text (front matter and body) of one page."""
    template = env.get_template(page.template)
    body = template.render(page=page, catalogue=catalogue, vocab=catalogue.vocab, **page.context)
    return front_matter(page) + body.strip() + "\n"
