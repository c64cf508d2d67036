"""write.py on a real folder: only safe relative paths, only changed files rewritten, stale ones pruned."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.write import MANIFEST, UnsafePath, check_relative, swap_in, write_tree


@pytest.mark.parametrize("path", ["a.md", "a/b/c.md", "inovasi/toss.md", ".nojekyll", "a..b.md"])
def test_plain_relative_paths_are_accepted(path: str) -> None:
    assert check_relative(path) == path


@pytest.mark.parametrize("path", ["", "/etc/passwd", "..", "../x.md", "a/../../x.md", "a/..",
                                  "a\\..\\x.md", "a\x00.md"])
def test_paths_that_could_leave_the_folder_are_refused(path: str) -> None:
    with pytest.raises(UnsafePath):
        check_relative(path)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_tree_holds_exactly_the_files_and_rewrites_only_changes(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    first = write_tree(out, {"index.md": b"home", "a/b.md": b"b", "a/c.md": b"c", "s/old.md": b"o"})
    assert sorted(first.written) == ["a/b.md", "a/c.md", "index.md", "s/old.md"]
    assert first.removed == []
    second = write_tree(out, {"index.md": b"home", "a/b.md": b"B!", "d.md": b"d"})
    assert second.written == ["a/b.md", "d.md"] and second.unchanged == 1
    assert second.removed == ["a/c.md", "s/old.md"]
    assert {k: v for k, v in tree(out).items() if k != MANIFEST} == {
        "index.md": b"home", "a/b.md": b"B!", "d.md": b"d"}
    assert not (out / "s").exists()  # emptied folders go too
    assert not list(out.rglob(".tmp-*"))


def test_same_size_edit_is_found_by_reading_unless_the_caller_vouches(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    write_tree(out, {"a.md": b"aaaa"})
    assert write_tree(out, {"a.md": b"bbbb"}).written == ["a.md"]
    # `same` says the previous call wrote these bytes (a preview's memo): only sizes are compared.
    assert write_tree(out, {"a.md": b"bbbb"}, same={"a.md"}).unchanged == 1


def test_unsafe_path_raises_before_anything_outside_is_written(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    with pytest.raises(UnsafePath):
        write_tree(out, {"../escaped.md": b"x"})
    assert not (tmp_path / "escaped.md").exists()


def test_swap_in_replaces_the_folder_and_leaves_no_old_copy(tmp_path: Path) -> None:
    target, new = tmp_path / "site", tmp_path / ".site.tmp"
    new.mkdir()
    (new / "index.html").write_text("new")
    swap_in(new, target)  # no site/ yet
    assert (target / "index.html").read_text() == "new" and not new.exists()
    newer = tmp_path / ".site.tmp2"
    newer.mkdir()
    (newer / "index.html").write_text("newer")
    swap_in(newer, target)
    assert tree(target) == {"index.html": b"newer"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
