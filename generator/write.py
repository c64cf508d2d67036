"""Output writing: takes a folder and {relative path: bytes}; rewrites only changed files and prunes its own stale ones.

The writer owns an output folder through a manifest inside it (MANIFEST, the files it wrote
last time). It refuses a folder that is a symbolic link, holds a link or a special file, or
holds a file it did not write, and it only ever deletes files its manifest names.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MANIFEST = ".katalog-manifest.json"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024


class UnsafePath(ValueError):
    """A planned output path would leave the output folder."""


class NotOurs(Exception):
    """The output folder cannot be used safely; `reason` is a message code, `path` the culprit."""

    def __init__(self, reason: str, path: Path) -> None:
        super().__init__(f"{path}: {reason}")
        self.reason, self.path = reason, path


@dataclass(frozen=True)
class WriteReport:
    """How many files were rewritten, left as they were, and removed."""

    written: list[str]
    unchanged: int
    removed: list[str]


def check_relative(path: str) -> str:
    """Return `path` if it is a plain relative POSIX path inside its folder; raise otherwise."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or not pure.parts or any(p in ("", ".", "..") for p in pure.parts) \
            or "\\" in path or "\x00" in path:
        raise UnsafePath(path)
    return path


def write_tree(out: Path, files: Mapping[str, bytes], same: AbstractSet[str] = frozenset()
               ) -> WriteReport:
    """Make `out` hold exactly `files`: write changed ones atomically, delete its own stale ones.

    Paths in `same` are known to hold what the previous call wrote (a preview's render memo
    reused them), so they are only checked for size, not read back. Raise NotOurs when `out`
    is not a folder this writer owns (see the module's docstring); nothing is touched then.
    """
    for rel in files:
        check_relative(rel)
    owned = _owned(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    unchanged = 0
    made: set[Path] = set()
    for rel in sorted(files):
        target = out / rel
        data = files[rel]
        try:  # a different size means a different file: no need to read it
            if target.stat().st_size == len(data) and (rel in same or target.read_bytes() == data):
                unchanged += 1
                continue
        except OSError:
            pass
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        _atomic_write(target, data)
        written.append(rel)
    removed = sorted(rel for rel in owned if rel not in files)
    for rel in removed:
        (out / rel).unlink(missing_ok=True)
    _atomic_write(out / MANIFEST, json.dumps(sorted(files), ensure_ascii=False).encode("utf-8"))
    for folder, _dirs, _names in os.walk(out, topdown=False):
        if folder != str(out) and not os.listdir(folder):
            os.rmdir(folder)
    return WriteReport(written, unchanged, removed)


def _owned(out: Path) -> set[str]:
    """Return the files the manifest in `out` names; raise NotOurs if `out` is not ours."""
    if out.is_symlink():
        raise NotOurs("output-symlink", out)
    if not out.exists():
        return set()
    if not out.is_dir():
        raise NotOurs("output-not-folder", out)
    found: set[str] = set()
    for folder, dirs, names in os.walk(out):
        base = os.path.relpath(folder, out).replace(os.sep, "/")
        for name in dirs + names:
            path = os.path.join(folder, name)
            mode = os.lstat(path).st_mode
            if stat.S_ISLNK(mode):
                raise NotOurs("output-symlink", Path(path))
            if name in names and not stat.S_ISREG(mode):
                raise NotOurs("output-foreign", Path(path))
            if name in names:
                found.add(name if base == "." else f"{base}/{name}")
    found.discard(MANIFEST)
    listed = _manifest(out) if found else set()
    foreign = sorted(found - listed)
    if foreign:
        raise NotOurs("output-foreign", out / foreign[0])
    return found


def _manifest(out: Path) -> set[str]:
    """Return the paths the manifest lists (only plain relative ones), or nothing if unusable."""
    path = out / MANIFEST
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            return set()
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return set()
    if not isinstance(data, list):
        return set()
    listed = set()
    for item in data:
        try:
            listed.add(check_relative(item) if isinstance(item, str) else "")
        except UnsafePath:
            continue
    return listed


def _atomic_write(target: Path, data: bytes) -> None:
    # One writer per output folder, so a fixed temporary name beside the target is enough
    # (and much cheaper than mkstemp); os.replace makes the switch atomic.
    tmp = target.with_name(f".tmp-{target.name}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def swap_in(new: Path, target: Path) -> None:
    """Replace folder `target` by folder `new` (same parent); the old one is removed afterwards.

    The old folder is moved aside under a fresh name, so a stale or planted `.site.old` (or
    anything else beside `target`) is never touched; `target` must be a real folder, not a link.
    """
    if target.is_symlink():
        raise NotOurs("output-symlink", target)
    if target.exists() and not target.is_dir():
        raise NotOurs("output-not-folder", target)
    if not target.exists():
        os.replace(new, target)
        return
    aside = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    os.replace(target, aside / target.name)
    os.replace(new, target)
    shutil.rmtree(aside, ignore_errors=True)
