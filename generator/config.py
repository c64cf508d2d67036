"""Settings: takes mkdocs.yml and command-line overrides; returns a checked, typed Config."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.bilingual import language

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100


class ConfigError(Exception):
    """mkdocs.yml is missing or holds settings the generator cannot work with."""


@dataclass(frozen=True)
class Config:
    """Where things are and how the site is laid out."""

    root: Path
    mkdocs_yml: Path
    content: Path
    templates: Path
    docs_dir: Path
    site_dir: Path
    lang: str
    page_size: int


class TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, leaving tags such as !ENV as plain values."""


TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _section(mapping: dict[str, Any], key: str) -> dict[str, Any]:
    value = mapping.get(key)
    return value if isinstance(value, dict) else {}


def load_config(mkdocs_yml: Path, content: Path | None = None) -> Config:
    """Read mkdocs.yml; return the Config, or raise ConfigError with a readable reason."""
    if not mkdocs_yml.is_file():
        raise ConfigError(f"{mkdocs_yml}: not found (run katalog in the catalogue's folder)")
    try:
        raw: Any = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=TolerantLoader)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{mkdocs_yml}: {exc}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{mkdocs_yml}: expected a mapping of settings")
    root = mkdocs_yml.parent.resolve()
    theme = _section(raw, "theme")
    katalog = _section(_section(raw, "extra"), "katalog")
    lang = str(theme.get("language", "id"))
    page_size = katalog.get("page_size", DEFAULT_PAGE_SIZE)
    if not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ConfigError(f"{mkdocs_yml}: extra.katalog.page_size must be 1-{MAX_PAGE_SIZE}")
    # Paths in the project are taken as they are, never through a symbolic link: a committed
    # link at content/, build/docs or site/ would make the tools read, write or delete elsewhere.
    content_dir = content.resolve() if content else _unlinked(
        mkdocs_yml, root, "content", str(katalog.get("content", "content")))
    docs_dir = _unlinked(mkdocs_yml, root, "docs_dir", str(raw.get("docs_dir", "build/docs")))
    site_dir = _unlinked(mkdocs_yml, root, "site_dir", str(raw.get("site_dir", "site")))
    for name, path in (("docs_dir", docs_dir), ("site_dir", site_dir)):
        if path == root or path.is_relative_to(content_dir) or content_dir.is_relative_to(path):
            raise ConfigError(f"{mkdocs_yml}: {name} must not contain or lie inside {content_dir}")
    return Config(root, mkdocs_yml.resolve(), content_dir, root / "site_templates", docs_dir,
                  site_dir, language(lang), page_size)


def _unlinked(mkdocs_yml: Path, root: Path, name: str, setting: str) -> Path:
    """Return root/setting made absolute; raise ConfigError if any part below root is a link."""
    path = Path(os.path.normpath(root / setting))
    probe = path
    while probe != root and probe != probe.parent:
        if probe.is_symlink():
            raise ConfigError(f"{mkdocs_yml}: {name} goes through the symbolic link {probe}; "
                              "the generator never follows a link out of the project "
                              "(delete the link, or replace it by a real folder)")
        if not probe.is_relative_to(root):
            break  # a maintainer's absolute path outside the project: only its last part counts
        probe = probe.parent
    return path
