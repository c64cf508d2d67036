"""Output writing: takes a folder and {relative path: bytes}; rewrites only changed files and prunes the rest."""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path, PurePosixPath


class UnsafePath(ValueError):
    """A planned output path would leave the output folder."""


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
    """Make `out` hold exactly `files`: write changed ones atomically, delete stale ones.

    Paths in `same` are known to hold what the previous call wrote (a preview's render memo
    reused them), so they are only checked for size, not read back.
    """
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    unchanged = 0
    made: set[Path] = set()
    for rel in sorted(files):
        target = out / check_relative(rel)
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
    removed = []
    for folder, _dirs, names in os.walk(out, topdown=False):
        base = os.path.relpath(folder, out).replace(os.sep, "/")
        for name in names:
            rel = name if base == "." else f"{base}/{name}"
            if rel not in files:
                os.unlink(os.path.join(folder, name))
                removed.append(rel)
        if folder != str(out) and not os.listdir(folder):
            os.rmdir(folder)
    return WriteReport(written, unchanged, sorted(removed))


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
    """Replace folder `target` by folder `new` (same parent); the old one is removed afterwards."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)
