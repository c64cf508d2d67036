"""Symbolic links and foreign files: the tools never read, write or delete outside the project."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.write import MANIFEST, NotOurs, swap_in, write_tree
from tests.conftest import katalog


@pytest.fixture(autouse=True)
def in_project(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the project folder, so messages name `build/docs` as a user would see it."""
    monkeypatch.chdir(project)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder outside the project holding a file nobody may touch."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "precious.md").write_text("keep me", encoding="utf-8")
    return folder


def untouched(outside: Path) -> None:
    assert [p.name for p in outside.iterdir()] == ["precious.md"]
    assert (outside / "precious.md").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("link", ["build/docs", "build", "site"])
def test_a_linked_output_folder_is_a_usage_error(project: Path, outside: Path, link: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (project / link).parent.mkdir(parents=True, exist_ok=True)
    (project / link).symlink_to(outside)
    assert katalog(project, "--lang", "en", "generate") == 2
    err = capsys.readouterr().err
    assert f"goes through the symbolic link {project / link}" in err and "Traceback" not in err
    untouched(outside)


def test_a_linked_content_folder_is_a_usage_error(project: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (project / "content").rename(tmp_path / "real-content")
    (project / "content").symlink_to(tmp_path / "real-content")
    assert katalog(project, "--lang", "en", "check") == 2
    assert "content goes through the symbolic link" in capsys.readouterr().err


@pytest.mark.parametrize("folder", ["innovations", "pages"])
def test_a_linked_records_or_pages_folder_is_reported_and_not_read(
        project: Path, outside: Path, folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    content = project / "content"
    if folder == "innovations":
        for record in (content / "innovations").iterdir():
            record.rename(outside / record.name)
    (content / folder).rename(project / f"old-{folder}")
    (content / folder).symlink_to(outside)
    assert katalog(project, "--lang", "en", "check") == 1
    err = capsys.readouterr().err
    assert (f"content/{folder}:1:1: error[symlink-folder]: content/{folder} is a symbolic link; "
            "the generator never follows a link out of the project") in err
    assert "Traceback" not in err


def test_a_file_at_build_docs_is_a_located_error(project: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (project / "build").mkdir()
    (project / "build" / "docs").write_text("not a folder", encoding="utf-8")
    assert katalog(project, "--lang", "en", "generate") == 1
    err = capsys.readouterr().err
    assert "build/docs:1:1: error[output-not-folder]" in err and "Traceback" not in err
    assert (project / "build" / "docs").read_text(encoding="utf-8") == "not a folder"


def test_a_file_at_site_is_a_located_error(project: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (project / "site").write_text("not a folder", encoding="utf-8")
    assert katalog(project, "--lang", "en", "build") == 1
    err = capsys.readouterr().err
    assert "site:1:1: error[output-not-folder]" in err and "Traceback" not in err
    assert (project / "site").read_text(encoding="utf-8") == "not a folder"


def test_files_the_generator_did_not_write_are_refused_not_deleted(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = project / "build" / "docs"
    docs.mkdir(parents=True)
    (docs / "mine.md").write_text("a contributor's file", encoding="utf-8")
    assert katalog(project, "--lang", "en", "generate") == 1
    assert "build/docs/mine.md:1:1: error[output-foreign]" in capsys.readouterr().err
    assert [p.name for p in docs.iterdir()] == ["mine.md"]
    (docs / "mine.md").unlink()
    assert katalog(project, "--lang", "en", "generate") == 0  # an empty folder is taken over
    assert (docs / MANIFEST).is_file()


def page_files() -> dict[str, bytes]:
    return {"index.md": b"# Home\n", "inovasi/a.md": b"# A\n"}


def test_the_writer_prunes_only_files_its_manifest_names(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    write_tree(out, {**page_files(), "old.md": b"old"})
    report = write_tree(out, page_files())
    assert report.removed == ["old.md"] and not (out / "old.md").exists()
    assert json.loads((out / MANIFEST).read_text(encoding="utf-8")) == sorted(page_files())


@pytest.mark.parametrize("entry", ["../outside/precious.md", "/etc/passwd", "a/../../x", 7])
def test_a_forged_manifest_cannot_reach_outside(tmp_path: Path, outside: Path,
                                                entry: object) -> None:
    out = tmp_path / "docs"
    write_tree(out, page_files())
    (out / MANIFEST).write_text(json.dumps([*page_files(), entry]), encoding="utf-8")
    write_tree(out, {"index.md": b"# Home\n"})
    untouched(outside)
    assert sorted(p.name for p in out.rglob("*")) == [MANIFEST, "index.md"]


def test_links_and_special_files_inside_the_output_are_refused(tmp_path: Path,
                                                               outside: Path) -> None:
    out = tmp_path / "docs"
    write_tree(out, page_files())
    (out / "inovasi" / "a.md").unlink()
    (out / "inovasi").rmdir()
    (out / "inovasi").symlink_to(outside)  # writing inovasi/a.md would land outside
    with pytest.raises(NotOurs) as caught:
        write_tree(out, page_files())
    assert caught.value.reason == "output-symlink"
    untouched(outside)
    (out / "inovasi").unlink()
    os.mkfifo(out / "pipe.md")
    with pytest.raises(NotOurs) as caught:
        write_tree(out, page_files())
    assert caught.value.reason == "output-foreign"


def test_a_hard_link_in_the_output_is_replaced_not_written_through(tmp_path: Path,
                                                                   outside: Path) -> None:
    out = tmp_path / "docs"
    write_tree(out, page_files())
    (out / "index.md").unlink()
    os.link(outside / "precious.md", out / "index.md")  # listed in the manifest, as if ours
    write_tree(out, page_files())
    untouched(outside)
    assert (out / "index.md").read_bytes() == b"# Home\n"


@pytest.mark.parametrize("stale", ["file", "folder", "link"])
def test_a_stale_or_planted_site_old_is_never_touched(tmp_path: Path, outside: Path,
                                                      stale: str) -> None:
    site, new = tmp_path / "site", tmp_path / ".site.tmp"
    site.mkdir()
    (site / "old.html").write_text("old", encoding="utf-8")
    new.mkdir()
    (new / "index.html").write_text("new", encoding="utf-8")
    old = tmp_path / ".site.old"
    if stale == "file":
        old.write_text("stale", encoding="utf-8")
    elif stale == "folder":
        old.mkdir()
        (old / "x").write_text("stale", encoding="utf-8")
    else:
        old.symlink_to(outside)
    swap_in(new, site)
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert old.is_symlink() or old.exists()
    untouched(outside)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.old", "outside", "project", "site"]
