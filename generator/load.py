"""Strict YAML reading: takes a file's bytes and returns plain data with a mark for every node, or diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.chars import CONTROL_RE
from generator.diagnostics import Diagnostic, diag

try:  # the C parser is several times faster; fall back to the pure-Python one
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 256 * 1024
MAX_DEPTH = 12
MAX_LIST_ITEMS = 200
MAX_KEYS = 100  # per mapping; the largest group of fields in the schema has 17
MAX_TEXT_CHARS = 20_000

FieldPath = tuple[str | int, ...]
Mark = tuple[int, int]
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass
class Document:
    """A parsed YAML file: plain data (dicts, lists, str, None) plus marks for values and keys."""

    path: str
    data: Any
    marks: dict[FieldPath, Mark] = field(default_factory=dict)
    key_marks: dict[FieldPath, Mark] = field(default_factory=dict)

    def mark(self, path: FieldPath) -> Mark:
        """Return the mark of the value at `path`, or of its nearest ancestor that has one."""
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, (1, 1))

    def key_mark(self, path: FieldPath) -> Mark:
        """Return the mark of the key that names `path`, falling back to the value's mark."""
        return self.key_marks.get(path) or self.mark(path)


_SCALAR = yaml.ScalarEvent
_MAPPING_START = yaml.MappingStartEvent
_MAPPING_END = yaml.MappingEndEvent
_SEQUENCE_START = yaml.SequenceStartEvent
_SEQUENCE_END = yaml.SequenceEndEvent


class _Stop(Exception):
    """Raised inside the builder when the file cannot be read any further."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic


def display_path(path: Path) -> str:
    """Return `path` relative to the working directory when it lies below it, for messages."""
    try:
        return path.absolute().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def load_file(
    path: Path, max_bytes: int = MAX_FILE_BYTES, max_items: int = MAX_LIST_ITEMS
) -> tuple[Document | None, list[Diagnostic]]:
    """Read one YAML file strictly; return its Document (or None) and every problem found."""
    name = display_path(path)
    if path.is_symlink():
        return None, [diag(name, None, "symlink")]
    if path.exists() and not path.is_file():  # a folder, pipe or device named *.yaml
        return None, [diag(name, None, "not-a-file", value=name)]
    if not path.is_file():
        return None, [diag(name, None, "file-missing", value=name)]
    try:  # the file may vanish, or be swapped for a bigger one, after it was listed
        size = path.stat().st_size
        if size > max_bytes:
            return None, [diag(name, None, "file-too-large", size=size, limit=max_bytes)]
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        return None, [diag(name, None, "unreadable", detail=exc.strerror or str(exc))]
    return load_bytes(raw, name, max_bytes, max_items)


def load_bytes(
    raw: bytes, name: str, max_bytes: int = MAX_FILE_BYTES, max_items: int = MAX_LIST_ITEMS
) -> tuple[Document | None, list[Diagnostic]]:
    """Parse bytes as one strict YAML document; return its Document (or None) and diagnostics."""
    if len(raw) > max_bytes:
        return None, [diag(name, None, "file-too-large", size=len(raw), limit=max_bytes)]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [diag(name, _offset_mark(raw, exc.start), "encoding", detail=exc.reason)]
    # A leading byte-order mark (Notepad) and Windows line ends are harmless: accept them.
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if match := CONTROL_RE.search(text):
        char = f"U+{ord(match.group()):04X}"
        return None, [diag(name, _offset_mark_text(text, match.start()), "control-char", char=char)]
    builder = _Builder(name, max_items)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            builder.feed(event)
    except _Stop as stop:
        return None, [stop.diagnostic, *builder.diagnostics]
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_diagnostic(name, text, exc, builder.last_quoted)]
    except yaml.YAMLError as exc:  # pragma: no cover - unmarked errors are rare
        return None, [diag(name, None, "yaml-syntax", problem=str(exc).splitlines()[0])]
    if builder.documents == 0 or builder.root is None:
        return None, [diag(name, None, "empty-file")]
    if not isinstance(builder.root, dict):
        return None, [diag(name, builder.doc.marks.get((), (1, 1)), "not-a-mapping")]
    builder.doc.data = builder.root
    return builder.doc, builder.diagnostics


class _Builder:
    """Turns a stream of YAML events into plain data, rejecting every feature we do not allow."""

    def __init__(self, name: str, max_items: int) -> None:
        self.name = name
        self.max_items = max_items
        self.doc = Document(name, None)
        self.diagnostics: list[Diagnostic] = []
        self.documents = 0
        self.root: Any = None
        # Each frame: [container, path, pending key (for mappings), key lines]
        self.stack: list[list[Any]] = []
        # (start, end line) of the last quoted text that ran over several lines: when the parser
        # then fails on its end line, the quote most likely was never closed where intended.
        self.last_quoted: tuple[Mark, int] | None = None

    def feed(self, event: Any) -> None:  # a yaml.Event subclass; attributes vary by kind
        kind = type(event)  # exact types: one dict-free dispatch per event, scalars first
        if kind is _SCALAR:
            start = event.start_mark
            mark = (start.line + 1, start.column + 1)
            if event.anchor is not None or event.tag is not None:
                self._check_node(event, mark)
            plain = not event.style  # the C parser says '' for plain, the Python one None
            value = None if plain and event.value in _NULLS else event.value
            if event.style in ('"', "'") and event.end_mark.line > event.start_mark.line:
                self.last_quoted = (mark, event.end_mark.line + 1)
            if value is not None and len(value) > MAX_TEXT_CHARS:
                raise _Stop(diag(self.name, mark, "text-too-long",
                                 length=len(value), limit=MAX_TEXT_CHARS))
            if value is not None and (control := CONTROL_RE.search(value)):
                # Written as a YAML escape ("\e", "\x7F", "\0"), so the raw-text scan missed it.
                self.diagnostics.append(diag(self.name, mark, "control-char",
                                             char=f"U+{ord(control.group()):04X}"))
            self._add(value, mark, is_scalar=True, plain=plain)
        elif kind is _MAPPING_END or kind is _SEQUENCE_END:
            self.stack.pop()
        elif kind is _MAPPING_START or kind is _SEQUENCE_START:
            start = event.start_mark
            mark = (start.line + 1, start.column + 1)
            self._check_node(event, mark)
            self._open({} if kind is _MAPPING_START else [], mark)
        elif kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                start = event.start_mark
                raise _Stop(diag(self.name, (start.line + 1, start.column + 1),
                                 "multiple-documents"))
        elif kind is yaml.AliasEvent:
            start = event.start_mark
            raise _Stop(diag(self.name, (start.line + 1, start.column + 1), "alias",
                             name=event.anchor))

    def _check_node(self, event: Any, mark: Mark) -> None:
        if event.anchor is not None:
            raise _Stop(diag(self.name, mark, "anchor", name=event.anchor))
        tag = event.tag
        if tag is not None and tag != "!" and not _implicit(event):
            raise _Stop(diag(self.name, mark, "tag", tag=tag))

    def _open(self, container: dict[str, Any] | list[Any], mark: Mark) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise _Stop(diag(self.name, mark, "too-deep", limit=MAX_DEPTH))
        path = self._add(container, mark, is_scalar=False, plain=False)
        self.stack.append([container, path, None, {}])

    def _add(self, value: Any, mark: Mark, is_scalar: bool, plain: bool) -> FieldPath:
        if not self.stack:
            self.root = value
            self.doc.marks[()] = mark
            return ()
        frame = self.stack[-1]
        container, parent = frame[0], frame[1]
        if isinstance(container, list):
            if len(container) >= self.max_items:
                raise _Stop(diag(self.name, mark, "list-too-long", limit=self.max_items))
            path = (*parent, len(container))
            container.append(value)
            self.doc.marks[path] = mark
            return path
        if frame[2] is None:  # this node is a key
            if not is_scalar or value is None:
                raise _Stop(diag(self.name, mark, "non-string-key"))
            if value == "<<" and plain:
                raise _Stop(diag(self.name, mark, "merge-key"))
            if len(container) >= MAX_KEYS:
                raise _Stop(diag(self.name, mark, "too-many-keys", limit=MAX_KEYS))
            if value in container:
                first = frame[3][value]
                raise _Stop(diag(self.name, mark, "duplicate-key", key=value, first_line=first))
            frame[2] = value
            frame[3][value] = mark[0]
            self.doc.key_marks[(*parent, value)] = mark
            return tuple(parent)
        key = frame[2]
        frame[2] = None
        path = (*parent, key)
        container[key] = value
        self.doc.marks[path] = mark
        return path


def _implicit(event: Any) -> bool:
    implicit = event.implicit
    return bool(implicit[0] or implicit[1]) if isinstance(implicit, tuple) else bool(implicit)


def _syntax_diagnostic(name: str, text: str, exc: yaml.MarkedYAMLError,
                       last_quoted: tuple[Mark, int] | None = None) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    if exc.context == "while scanning a quoted scalar" and exc.context_mark:
        # The file ended inside quotes: point at the opening quote, not at the end of the file.
        start = exc.context_mark
        return diag(name, (start.line + 1, start.column + 1), "yaml-quote", end_line=where[0])
    if last_quoted and last_quoted[1] == where[0]:
        return diag(name, last_quoted[0], "yaml-quote", end_line=where[0])
    problem = exc.problem or exc.context or "invalid YAML"
    if exc.context and exc.context_mark and exc.problem:
        problem = f"{exc.context} (line {exc.context_mark.line + 1}): {exc.problem}"
    if "\t" in problem or "'\\t'" in problem or _tab_at(text, where):
        return diag(name, where, "yaml-tab")
    return diag(name, where, "yaml-syntax", problem=problem)


def _tab_at(text: str, where: Mark) -> bool:
    lines = text.splitlines()
    return 0 < where[0] <= len(lines) and "\t" in lines[where[0] - 1][: where[1]]


def _offset_mark(raw: bytes, offset: int) -> Mark:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    col = len(before) - (before.rfind(b"\n") + 1) + 1
    return line, col


def _offset_mark_text(text: str, offset: int) -> Mark:
    before = text[:offset]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
