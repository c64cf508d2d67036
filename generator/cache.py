"""Record cache: takes record files and a cache file; returns their loaded, validated records.

Unchanged files come from the cache, the rest are read and stored. An entry is trusted only
when the file's (size, mtime, ctime, inode) are unchanged, and the generator's code, the working
directory (diagnostics carry display paths) and the Python version are the same, and the file
was not modified within RACY_NS of being cached (a same-size edit in the same clock tick would
otherwise look unchanged). Anything else is read again, so a stale cache can cost time but
never change the output. A missing, corrupt or foreign cache is ignored.

The file is plain JSON (never pickle: a cache file a pull request commits must not run code),
versioned by FORMAT, at most MAX_CACHE_BYTES, and every entry is validated on read: a record
is validated by its pydantic model again, and an entry of the wrong shape is dropped (its file
is read again). A committed cache cannot forge a hit either: it would have to predict the
inode and the nanosecond ctime that the checkout gives each record file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Severity
from generator.load import Document, FieldPath, Mark, load_file
from generator.model import Innovation
from generator.record import Draft, Entry

FORMAT = 3  # 3: plain JSON instead of pickle
MAX_CACHE_BYTES = 512 * 1024 * 1024
RACY_NS = 2_000_000_000
Result = tuple[Entry | Draft | None, list[Diagnostic]]
Stamp = tuple[int, int, int, int]
Note = Callable[[str], None]

_CODE_KEY: str | None = None


class LazyDocument(Document):
    """A cached record's Document: only its path is kept; marks are read again when asked for."""

    def __init__(self, path: str, file: str) -> None:
        super().__init__(path, None)
        self.file = file
        self.loaded = False

    def _marks(self) -> None:
        if not self.loaded:
            doc, _ = load_file(Path(self.file))
            if doc is not None:
                self.marks, self.key_marks = doc.marks, doc.key_marks
            self.loaded = True

    def mark(self, path: FieldPath) -> Mark:
        """Return the mark of the value at `path`, reading the file's marks on first use."""
        self._marks()
        return super().mark(path)

    def key_mark(self, path: FieldPath) -> Mark:
        """Return the mark of the key at `path`, reading the file's marks on first use."""
        self._marks()
        return super().key_mark(path)


def _slim(path: Path, result: Result) -> Result:
    """Return `result` with its Document reduced to a LazyDocument, to keep the cache small."""
    entry, diags = result
    if not isinstance(entry, Entry):
        return result
    return Entry(entry.record, LazyDocument(entry.doc.path, str(path))), diags


def code_key() -> str:
    """Return a digest of the generator package's source files (its "version" for the cache)."""
    global _CODE_KEY
    if _CODE_KEY is None:
        digest = hashlib.blake2b(digest_size=16)
        for path in sorted(Path(__file__).parent.glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        _CODE_KEY = digest.hexdigest()
    return _CODE_KEY


def cache_key(content: Path) -> tuple[Any, ...]:
    """Return what every cached entry depends on besides its own file."""
    return (FORMAT, code_key(), sys.version, str(Path.cwd()), str(content.resolve()))


def stamp(path: Path) -> Stamp | None:
    """Return (size, mtime_ns, ctime_ns, inode) of `path`, or None if it cannot be read.

    ctime cannot be set back by tools that restore mtimes, so it catches such edits too.
    """
    try:
        st = path.lstat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def read_cached(files: list[Path], content: Path, cache_file: Path | None,
                read: Callable[[Path], Result], memory: dict[str, Any] | None = None,
                note: Note | None = None) -> list[Result]:
    """Return `read(path)` for every file, reusing cached results of unchanged files.

    With `memory` (a dict a long-running process keeps), the cache lives there once filled;
    `cache_file` is then only read and written on the first call.
    """
    if cache_file is None and memory is None:
        return [read(path) for path in files]
    key = cache_key(content)
    warm = memory is not None and memory.get("key") == key
    if memory is not None and warm:
        old = memory["entries"]
    else:
        old = _load(cache_file, key, note) if cache_file is not None else {}
    fresh: dict[str, tuple[Stamp, Result]] = {}
    results: list[Result] = []
    now = time.time_ns()
    changed = False
    for path in files:
        name = str(path)
        current = stamp(path)
        hit = old.get(name)
        if current is not None and hit is not None and hit[0] == current:
            result = hit[1]
        else:  # keep only what later stages need: marks are read again for a diagnostic
            result = _slim(path, read(path))
            changed = True
        results.append(result)
        if current is not None and now - current[1] > RACY_NS:
            fresh[name] = (current, result)
        elif current is not None:
            changed = True  # not cached yet: the next run reads it again
    if memory is not None:
        memory.update(key=key, entries=fresh)
    if cache_file is not None and not warm and (changed or fresh.keys() != old.keys()):
        _save(cache_file, key, fresh)
    return results


def _load(cache_file: Path, key: tuple[Any, ...], note: Note | None = None
          ) -> dict[str, tuple[Stamp, Result]]:
    """Return the cache's entries, or nothing when it is missing, foreign, corrupt or stale."""
    problem = _read_json(cache_file)
    if isinstance(problem, str):
        if note is not None and problem:
            note(f"ignoring the record cache {cache_file}: {problem}")
        return {}
    data = problem
    if data.get("key") != _jsonable(key):
        return {}  # another version of the generator, folder or Python: rebuilt silently
    entries: dict[str, tuple[Stamp, Result]] = {}
    raw = data.get("entries")
    for name, item in (raw.items() if isinstance(raw, dict) else ()):
        try:
            entries[name] = _decode(name, item)
        except (TypeError, ValueError, KeyError):  # wrong shape: that file is read again
            continue
    if note is not None and isinstance(raw, dict) and len(entries) < len(raw):
        note(f"the record cache {cache_file} held {len(raw) - len(entries)} malformed "
             "entries; their files are read again")
    return entries


def _read_json(cache_file: Path) -> dict[str, Any] | str:
    """Return the cache file's JSON object, or why it cannot be used ("" when simply absent)."""
    try:
        if cache_file.parent.is_symlink() or cache_file.is_symlink():
            return "it is a symbolic link"
        if not cache_file.exists():
            return ""
        if not cache_file.is_file():
            return "it is not a regular file"
        if cache_file.stat().st_size > MAX_CACHE_BYTES:
            return f"it is larger than {MAX_CACHE_BYTES:,} bytes"
        with cache_file.open("rb") as handle:
            data = json.load(handle)
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    except (ValueError, RecursionError):
        return "it is not a record cache (not JSON)"
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return "it is not a record cache of this version"
    return data


def _jsonable(key: tuple[Any, ...]) -> list[Any]:
    return list(key)


def _encode(stamp_: Stamp, result: Result) -> dict[str, Any]:
    entry, diags = result
    out: dict[str, Any] = {"stamp": list(stamp_),
                           "diagnostics": [_encode_diag(d) for d in diags]}
    if isinstance(entry, Entry):
        file = entry.doc.file if isinstance(entry.doc, LazyDocument) else entry.doc.path
        out["entry"] = {"path": entry.doc.path, "file": file,
                        "record": entry.record.model_dump(mode="json")}
    elif isinstance(entry, Draft):
        out["draft"] = {"path": entry.path, "stem": entry.stem,
                        "refs": [[list(p), kind, reg, list(mark)]
                                 for p, kind, reg, mark in entry.refs],
                        "reported": sorted(entry.reported)}
    return out


def _encode_diag(d: Diagnostic) -> list[Any]:
    return [d.file, d.line, d.col, d.code, d.field, [list(p) for p in d.params],
            d.severity.value]


def _decode(name: str, item: Any) -> tuple[Stamp, Result]:
    """Return the cache entry of file `name` as objects; raise TypeError/ValueError if malformed."""
    if not isinstance(item, dict):
        raise TypeError("entry")
    raw_stamp = item["stamp"]
    if not (isinstance(raw_stamp, list) and len(raw_stamp) == 4 and all(_int(v) for v in raw_stamp)):
        raise TypeError("stamp")
    stamp_: Stamp = (raw_stamp[0], raw_stamp[1], raw_stamp[2], raw_stamp[3])
    diags = [_decode_diag(d) for d in _list(item["diagnostics"])]
    entry: Entry | Draft | None = None
    if "entry" in item:
        raw = item["entry"]
        path, file = _str(raw["path"]), _str(raw["file"])
        if file != name:  # marks are only ever read again from the record's own file
            raise ValueError("file")
        entry = Entry(Innovation.model_validate(raw["record"]), LazyDocument(path, file))
    elif "draft" in item:
        raw = item["draft"]
        refs = tuple((_path(r[0]), _str(r[1]), _str(r[2]), _mark(r[3]))
                     for r in _list(raw["refs"]) if _list(r) and len(r) == 4)
        entry = Draft(_str(raw["path"]), _str(raw["stem"]), refs,
                      frozenset(_str(f) for f in _list(raw["reported"])))
    return stamp_, (entry, diags)


def _decode_diag(raw: Any) -> Diagnostic:
    file, line, col, code, field, params, severity = _list(raw)
    pairs = tuple((_str(k), _str(v)) for k, v in (_list(p) for p in _list(params)))
    if not (_int(line) and _int(col)):
        raise TypeError("mark")
    return Diagnostic(_str(file), line, col, _str(code), _str(field), pairs, Severity(severity))


def _int(value: Any) -> bool:
    return type(value) is int


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("list")
    return value


def _mark(value: Any) -> Mark:
    line, col = _list(value)
    if not (_int(line) and _int(col)):
        raise TypeError("mark")
    return line, col


def _path(value: Any) -> FieldPath:
    parts = _list(value)
    if not all(isinstance(p, str) or _int(p) for p in parts):
        raise TypeError("path")
    return tuple(parts)


def _save(cache_file: Path, key: tuple[Any, ...], entries: dict[str, tuple[Stamp, Result]]) -> None:
    try:
        if cache_file.parent.is_symlink() or cache_file.is_symlink():
            return  # never write through a link out of the build folder
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_name(f".tmp-{os.getpid()}-{cache_file.name}")
        data = {"format": FORMAT, "key": _jsonable(key),
                "entries": {name: _encode(s, r) for name, (s, r) in entries.items()}}
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, cache_file)
    except OSError:  # a read-only build folder only costs speed
        pass
