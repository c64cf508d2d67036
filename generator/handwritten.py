"""Hand-written pages policy: takes content/pages and the generated paths; returns files to publish and violations.

The policy (docs/SECURITY.md): only Markdown pages (`.md`) and raster images; lowercase names
that shadow no generated page, theme or search file; front matter of `title` and `description`
only, read by the strict YAML loader and written back HTML-escaped; no raw HTML, no attribute
lists, and link targets that are relative paths or URLs passing `urls.is_url`.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from generator import escape, page_html
from generator.chars import CONTROL_RE, INVISIBLE_RE
from generator.crossref import IMAGE_SUFFIXES
from generator.diagnostics import Diagnostic, diag
from generator.load import display_path, load_bytes
from generator.model import Line, StrictModel, Text
from generator.validate import validate

PAGE_SUFFIXES = (".md", *IMAGE_SUFFIXES)
# Folders and files the theme, the search index or MkDocs write into the site.
THEME_NAMES = frozenset({"assets", "pagefind", "search", "404", "sitemap", "stylesheets",
                         "javascripts", "tags", "objects"})
_NAME = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*", re.ASCII)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
# Raw HTML (tags, comments, declarations, processing instructions) and <autolinks>.
_HTML = re.compile(r"<[A-Za-z/!?]")
# Python-Markdown's attr_list reads `{...}` after an element; an escaped `\{` is text.
_ATTR_LIST = re.compile(r"(?<!\\)\{")
# The target, then what follows it: only a closing `)` or a title after whitespace is allowed.
_INLINE_LINK = re.compile(r"\]\(\s*<?([^\s)>]*)(\s*)([^\s]?)")
_REF_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?([^\s>]*)", re.MULTILINE)
# MkDocs also reads MultiMarkdown-style `Key: value` lines at the top as metadata, unescaped.
_MULTIMARKDOWN_META = re.compile(r"^ {0,3}[A-Za-z0-9_-]+:")


class PageMeta(StrictModel):
    """The front matter a hand-written page may carry."""

    title: Line
    description: Text | None = None


# Magic bytes of each raster image type (the start of the file, or a part at an offset).
_MAGIC: dict[str, tuple[tuple[int, bytes], ...]] = {
    ".png": ((0, b"\x89PNG\r\n\x1a\n"),),
    ".jpg": ((0, b"\xff\xd8\xff"),),
    ".jpeg": ((0, b"\xff\xd8\xff"),),
    ".gif": ((0, b"GIF87a"), (0, b"GIF89a")),
    ".webp": ((0, b"RIFF"), (8, b"WEBP")),
    ".avif": ((4, b"ftypavi"),),
}


def check_pages(content: Path, generated: list[str], extensions: list[tuple[str, dict[str, Any]]]
                ) -> tuple[dict[str, bytes], list[Diagnostic]]:
    """Return the hand-written files to publish (path -> bytes) and every policy violation.

    `extensions` are the Markdown extensions of the build (`page_html.extensions_of`); pages
    are rendered with them to check the HTML they will produce.
    """
    folder = content / "pages"
    if folder.is_symlink():
        return {}, [diag(display_path(folder), None, "symlink-folder", value=display_path(folder))]
    if not folder.is_dir():
        return {}, []
    taken = {_url_key(p).lower(): p for p in generated}
    reserved = THEME_NAMES | {p.split("/")[0] for p in generated if "/" in p}
    files: dict[str, bytes] = {}
    diags: list[Diagnostic] = []
    for path in sorted(folder.rglob("*")):
        name = display_path(path)
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            diags.append(diag(name, None, "symlink"))
            continue
        if not path.is_file():
            continue
        found = _check_name(name, rel, taken, reserved)
        size = path.stat().st_size
        if not found and size > page_html.MAX_PAGE_BYTES:
            found = [diag(name, None, "page-too-large", size=size, limit=page_html.MAX_PAGE_BYTES)]
        data = b"" if found else path.read_bytes()
        if not found and rel.endswith(".md"):
            data, found = _check_markdown(name, data, extensions)
        elif not found and not _magic_ok(path.suffix, data):
            found = [diag(name, (1, 1), "page-image-kind", value=path.suffix)]
        if not found:
            taken[_url_key(rel).lower()] = rel
            files[rel] = data
        diags += found
    return files, sorted(diags)


def _url_key(path: str) -> str:
    """Return the URL MkDocs publishes a path at (`a/index.md`, `a.md` -> `a`; images as is)."""
    if not path.endswith(".md"):
        return path
    stem = path.removesuffix(".md")
    for index in ("index", "README", "readme"):
        if stem == index:
            return ""
        stem = stem.removesuffix(f"/{index}")
    return stem


def _check_name(name: str, rel: str, taken: dict[str, str], reserved: frozenset[str] | set[str]
                ) -> list[Diagnostic]:
    pure = PurePosixPath(rel)
    out: list[Diagnostic] = []
    if pure.suffix not in PAGE_SUFFIXES:
        out.append(diag(name, None, "page-file-type", value=pure.name,
                        allowed=", ".join(PAGE_SUFFIXES)))
    if not all(_NAME.fullmatch(part) for part in (*pure.parent.parts, pure.stem)):
        out.append(diag(name, None, "page-name", value=rel))
    key = _url_key(rel.lower())
    if key.split("/")[0].split(".")[0] in reserved or key in taken:
        out.append(diag(name, None, "page-collision", value=rel))
    return out


def _magic_ok(suffix: str, data: bytes) -> bool:
    """Tell whether `data` starts like an image of the type its `suffix` names."""
    checks = _MAGIC.get(suffix, ())
    if suffix == ".webp":
        return all(data[at:at + len(magic)] == magic for at, magic in checks)
    return any(data[at:at + len(magic)] == magic for at, magic in checks)


def _check_markdown(name: str, raw: bytes, extensions: list[tuple[str, dict[str, Any]]]
                    ) -> tuple[bytes, list[Diagnostic]]:
    """Return the page with its front matter rewritten escaped, and every violation in it."""
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        return raw, [diag(name, (before.count(b"\n") + 1, exc.start - before.rfind(b"\n")),
                          "encoding", detail=exc.reason)]
    lines = text.split("\n")
    meta, body_start, diags = _front_matter(name, lines)
    diags += _invisible(name, lines[body_start:], body_start)
    diags += _check_body(name, lines, body_start)
    if not diags:  # the backstop: what the build will publish, whatever the checks above missed
        diags = [diag(name, (body_start + line, col), code, value=value) for line, col, code, value
                 in page_html.check_body("\n".join(lines[body_start:]), extensions)]
    if diags or meta is None:  # no front matter, or a page that will not be published
        return raw, diags
    fields = {"title": escape.plain(meta.title)}
    if meta.description:
        fields["description"] = escape.plain(meta.description)
    head = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=10_000)
    body = "\n".join(lines[body_start:])
    return f"---\n{head}---\n{body}".encode(), []


def _front_matter(name: str, lines: list[str]) -> tuple[PageMeta | None, int, list[Diagnostic]]:
    if lines[0].rstrip() != "---":  # no front matter: MkDocs takes the first heading as title
        meta_line = _MULTIMARKDOWN_META.match(lines[0])
        return None, 0, [diag(name, (1, 1), "page-front-matter")] if meta_line else []
    end = next((i for i, line in enumerate(lines[1:], 1) if line.rstrip() in ("---", "...")), 0)
    if not end:
        return None, 0, [diag(name, (1, 1), "page-front-matter")]
    # A leading newline keeps the loader's line numbers equal to the file's.
    doc, diags = load_bytes(("\n" + "\n".join(lines[1:end])).encode(), name)
    if doc is None:
        return None, end + 1, diags
    meta, found = validate(doc, PageMeta)
    return meta, end + 1, diags + found


def _invisible(name: str, lines: list[str], start: int) -> list[Diagnostic]:
    """Return each control or invisible character in the page's text (front matter excluded)."""
    out: list[Diagnostic] = []
    for number, line in enumerate(lines, start + 1):
        for regex, code in ((CONTROL_RE, "control-char"), (INVISIBLE_RE, "bidi-char")):
            out += [diag(name, (number, m.start() + 1), code, char=f"U+{ord(m.group()):04X}")
                    for m in regex.finditer(line)]
    return out


def _check_body(name: str, lines: list[str], start: int) -> list[Diagnostic]:
    """Return every raw-HTML, attribute-list and link problem in the page's prose.

    Code blocks and code spans are blanked out first; the rest is scanned as one text, because
    a link target may stand on the line after its `](` or `]:`.
    """
    prose: list[str] = []
    fence = ""
    for line in lines[start:]:
        if fence:
            fence = "" if line.strip().startswith(fence) else fence
            prose.append("")
        elif match := _FENCE.match(line):
            fence = match.group(1)
            prose.append("")
        else:
            prose.append(_CODE_SPAN.sub(lambda m: " " * len(m.group()), line))
    text = "\n".join(prose)
    found = [(m.start(), "page-html", "") for m in _HTML.finditer(text)]
    found += [(m.start(), "page-attr-list", "") for m in _ATTR_LIST.finditer(text)]
    found += [(m.start(1), "page-link", m.group(1))
              for regex in (_INLINE_LINK, _REF_DEFINITION) for m in regex.finditer(text)
              if not page_html.link_ok(m.group(1))]
    # Whitespace inside a target (`java<TAB>script:`) that does not start a "title".
    found += [(m.start(2), "page-link", (m.group(1) + m.group(2) + m.group(3)).encode(
               "unicode_escape").decode("ascii")) for m in _INLINE_LINK.finditer(text)
              if m.group(2) and m.group(3) not in ("", ")", '"', "'", "(")]
    out: list[Diagnostic] = []
    for offset, code, value in found:
        row = text.count("\n", 0, offset)
        col = offset - (text.rfind("\n", 0, offset) + 1)
        out.append(diag(name, (start + row + 1, col + 1), code, value=value))
    return out

