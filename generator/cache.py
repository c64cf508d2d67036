"""Record cache: takes record files and a cache file; returns their loaded, validated records.

Unchanged files come from the cache, the rest are read and stored. An entry is trusted only
when the file's (size, mtime, ctime, inode) are unchanged, and the generator's code, the working
directory (diagnostics carry display paths) and the Python version are the same, and the file
was not modified within RACY_NS of being cached (a same-size edit in the same clock tick would
otherwise look unchanged). Anything else is read again, so a stale cache can cost time but
never change the output. A missing, corrupt or foreign cache is ignored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic
from generator.load import Document, Mark, Path_, load_file
from generator.record import Draft, Entry

FORMAT = 2
RACY_NS = 2_000_000_000
Result = tuple[Entry | Draft | None, list[Diagnostic]]
Stamp = tuple[int, int, int, int]

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

    def mark(self, path: Path_) -> Mark:
        """Return the mark of the value at `path`, reading the file's marks on first use."""
        self._marks()
        return super().mark(path)

    def key_mark(self, path: Path_) -> Mark:
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
                read: Callable[[Path], Result], memory: dict[str, Any] | None = None
                ) -> list[Result]:
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
        old = _load(cache_file, key) if cache_file is not None else {}
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


def _load(cache_file: Path, key: tuple[Any, ...]) -> dict[str, tuple[Stamp, Result]]:
    try:
        with cache_file.open("rb") as handle:
            data = pickle.load(handle)
    except Exception:  # missing, truncated or from another version: start over
        return {}
    if not isinstance(data, dict) or data.get("key") != key:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def _save(cache_file: Path, key: tuple[Any, ...], entries: dict[str, tuple[Stamp, Result]]) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_name(f".tmp-{os.getpid()}-{cache_file.name}")
        with tmp.open("wb") as handle:
            pickle.dump({"key": key, "entries": entries}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_file)
    except OSError:  # a read-only build folder only costs speed
        pass
