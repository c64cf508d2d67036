"""Record cache: unchanged records come from the cache, and no edit ever yields stale output."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from generator import cache, collect
from generator.build import cache_file, generate, render_all
from generator.config import Config, load_config
from generator.memo import Memo
from generator.write import MANIFEST


def settle(content: Path) -> None:
    """Date every content file a minute back, so the cache may trust (not re-read) it."""
    past = time.time() - 60
    for path in content.rglob("*"):
        os.utime(path, (past, past))


def config_of(project: Path) -> Config:
    return load_config(project / "mkdocs.yml")


def page(project: Path, rid: str) -> str:
    return (project / "build" / "docs" / "inovasi" / f"{rid}.md").read_text(encoding="utf-8")


def run(config: Config) -> None:
    report, diags = generate(config)
    assert report is not None, diags


@pytest.fixture
def cached(project: Path) -> Config:
    """A project generated once with settled files, so its records sit in the cache."""
    settle(project / "content")
    config = config_of(project)
    run(config)
    assert cache_file(config).is_file()
    return config


def test_unchanged_records_are_not_read_again(cached: Config,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> None:
        raise AssertionError(f"{path} was read although it did not change")

    monkeypatch.setattr(collect, "read_record", refuse)
    run(cached)


def test_edited_record_is_read_again_and_its_page_changes(cached: Config) -> None:
    record = cached.content / "innovations" / "toss.yaml"
    text = record.read_text(encoding="utf-8")
    assert "TOSS" in text
    record.write_text(text.replace("TOSS", "TOSZ"), encoding="utf-8")  # same size
    run(cached)
    assert "TOSZ" in page(cached.root, "toss")


def test_same_size_edit_with_restored_mtime_is_read_again(cached: Config) -> None:
    config = cached
    record = config.content / "innovations" / "toss.yaml"
    before = record.stat()
    record.write_text(record.read_text(encoding="utf-8").replace("TOSS", "TOSZ"),
                      encoding="utf-8")
    os.utime(record, ns=(before.st_atime_ns, before.st_mtime_ns))
    run(config)
    assert "TOSZ" in page(config.root, "toss")


def test_fresh_files_are_not_cached_until_they_settle(project: Path) -> None:
    record = project / "content" / "innovations" / "toss.yaml"
    record.write_text(record.read_text(encoding="utf-8"), encoding="utf-8")  # written just now
    config = config_of(project)
    run(config)
    entries = cache._load(cache_file(config), cache.cache_key(config.content))
    assert str(record) not in entries and len(entries) == 2


def test_registry_edit_changes_the_pages_using_it(cached: Config) -> None:
    regions = cached.content / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8")
                       .replace("Kabupaten Klungkung", "Kabupaten Klungkung Baru"),
                       encoding="utf-8")
    run(cached)
    assert "Kabupaten Klungkung Baru" in page(cached.root, "toss")


def test_deleted_record_page_is_removed(cached: Config) -> None:
    assert page(cached.root, "toss")
    (cached.content / "innovations" / "toss.yaml").unlink()
    run(cached)
    assert not (cached.root / "build" / "docs" / "inovasi" / "toss.md").exists()


def test_new_generator_code_invalidates_the_cache(cached: Config,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[Path] = []
    original = collect.read_record

    def counting(path: Path) -> object:
        read.append(path)
        return original(path)

    monkeypatch.setattr(collect, "read_record", counting)
    monkeypatch.setattr(cache, "_CODE_KEY", "another version of the generator")
    run(cached)
    assert len(read) == 3


def test_corrupt_cache_is_ignored(cached: Config) -> None:
    cache_file(cached).write_bytes(b"not JSON at all")
    run(cached)
    assert "TOSS" in page(cached.root, "toss")


def test_cached_records_report_the_same_located_diagnostics(project: Path) -> None:
    record = project / "content" / "innovations" / "toss.yaml"
    record.write_text(record.read_text(encoding="utf-8")
                      .replace('region: "51.05"', 'region: "51.99"'), encoding="utf-8")
    settle(project / "content")
    config = config_of(project)
    first, diags1 = generate(config)
    second, diags2 = generate(config)
    assert first is None and second is None
    assert diags1 == diags2 and diags1[0].code == "unknown-reference"
    assert (diags2[0].line, diags2[0].col) == (8, 11)


def fresh_render(config: Config) -> dict[str, bytes]:
    catalogue, diags = collect.collect(config.content)
    assert catalogue is not None, diags
    files, _ = render_all(config, catalogue)
    return files


def memo_render(config: Config, memo: Memo) -> dict[str, bytes]:
    report, diags = generate(config, memo=memo)
    assert report is not None, diags
    return {p.relative_to(config.docs_dir).as_posix(): p.read_bytes()
            for p in config.docs_dir.rglob("*") if p.is_file() and p.name != MANIFEST}


def test_memo_output_always_equals_a_fresh_render(cached: Config) -> None:
    memo = Memo()
    assert memo_render(cached, memo) == fresh_render(cached)
    assert memo.rendered == len(memo.pages) > 3
    assert memo_render(cached, memo) == fresh_render(cached) and memo.rendered == 0
    content = cached.content
    origin = content / "innovations" / "gardu-penangkis.yaml"  # kafe-ibu-anak replicates it
    edits = [
        (origin, "name: Gardu Penangkis", "name: Gardu Penangkis Baru"),
        (content / "regions.yaml", "Kabupaten Klungkung", "Kabupaten Klungkung Baru"),
        (content / "innovations" / "toss.yaml", "status: active", "status: dormant"),
    ]
    for path, old, new in edits:
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        assert memo_render(cached, memo) == fresh_render(cached)
        assert 0 < memo.rendered < len(memo.pages) + 2
    assert "Gardu Penangkis Baru" in page(cached.root, "kafe-ibu-anak")
    template = cached.root / "site_templates"
    copy = cached.root / "templates-copy"
    shutil.copytree(template.resolve(), copy)
    template.unlink()
    copy.rename(template)
    innovation = template / "pages" / "innovation.md.j2"
    innovation.write_text(innovation.read_text(encoding="utf-8") + "\nTEMPLATE EDIT\n",
                          encoding="utf-8")
    assert memo_render(cached, memo) == fresh_render(cached)
    assert "TEMPLATE EDIT" in page(cached.root, "toss")
    (content / "innovations" / "toss.yaml").unlink()
    assert memo_render(cached, memo) == fresh_render(cached)
    assert not (cached.docs_dir / "inovasi" / "toss.md").exists()


def test_memo_reused_pages_are_not_read_back_but_still_pruned(cached: Config) -> None:
    import json

    from generator.memo import Memo

    memo = Memo()
    generate(cached, memo=memo)
    stale = cached.docs_dir / "stale.md"
    stale.write_text("old", encoding="utf-8")  # as if an earlier run had written it
    manifest = cached.docs_dir / MANIFEST
    manifest.write_text(json.dumps([*json.loads(manifest.read_text("utf-8")), "stale.md"]), "utf-8")
    report, _ = generate(cached, memo=memo)
    assert report is not None and not report.write.written
    assert memo.reused and "stale.md" in report.write.removed and not stale.exists()


def test_cache_is_plain_json_and_a_pickle_payload_never_runs(cached: Config, tmp_path: Path
                                                             ) -> None:
    import json
    import pickle

    assert json.loads(cache_file(cached).read_text(encoding="utf-8"))["format"] == cache.FORMAT
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    for name in ("records.json", "records.pickle"):
        (cache_file(cached).parent / name).write_bytes(pickle.dumps(Payload()))
    notes: list[str] = []
    report, diags = generate(cached, notes.append)
    assert report is not None, diags
    assert not marker.exists()
    assert any("not JSON" in n for n in notes)
    assert "TOSS" in page(cached.root, "toss")


@pytest.mark.parametrize("shape", ['[]', '{"format": 3}', '{"format": 3, "key": 1, "entries": 2}',
                                   '"x"', '{"format": "3"}', '1e999999', '[' * 100_000])
def test_cache_of_the_wrong_shape_is_ignored(cached: Config, shape: str) -> None:
    cache_file(cached).write_text(shape, encoding="utf-8")
    run(cached)
    assert "TOSS" in page(cached.root, "toss")


def test_malformed_or_forged_entries_are_read_again(cached: Config) -> None:
    import json

    path = cache_file(cached)
    data = json.loads(path.read_text(encoding="utf-8"))
    names = sorted(data["entries"])
    toss = next(n for n in names if n.endswith("toss.yaml"))
    data["entries"][toss]["entry"]["record"]["name"] = "<script>alert(1)</script>"
    data["entries"][toss]["stamp"] = ["x", 1, 2, 3]  # a forged record needs a matching stamp
    other = next(n for n in names if n != toss)
    data["entries"][other]["entry"]["file"] = "/etc/passwd"
    path.write_text(json.dumps(data), encoding="utf-8")
    notes: list[str] = []
    report, diags = generate(cached, notes.append)
    assert report is not None, diags
    assert "<script>" not in page(cached.root, "toss")
    assert [n for n in notes if "cache" in n] == [
        f"the record cache {path} held 2 malformed entries; their files are read again"]


def test_forged_record_with_the_old_stamp_never_survives_a_checkout(cached: Config) -> None:
    """A committed cache names the stamps of the committer's files; a checkout gets new ones."""
    import json

    path = cache_file(cached)
    data = json.loads(path.read_text(encoding="utf-8"))
    toss = next(n for n in data["entries"] if n.endswith("toss.yaml"))
    data["entries"][toss]["entry"]["record"]["name"] = "Forged name"
    path.write_text(json.dumps(data), encoding="utf-8")
    record = cached.content / "innovations" / "toss.yaml"
    copy = record.read_bytes()
    record.unlink()
    record.write_bytes(copy)  # what a fresh checkout does: same bytes, new inode and ctime
    settle(cached.content)
    run(cached)
    assert "Forged name" not in page(cached.root, "toss")


def test_a_symlinked_cache_folder_is_neither_read_nor_written(cached: Config, tmp_path: Path
                                                              ) -> None:
    folder = cache_file(cached).parent
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.rmtree(folder)
    folder.symlink_to(elsewhere)
    notes: list[str] = []
    report, _ = generate(cached, notes.append)
    assert report is not None
    assert list(elsewhere.iterdir()) == []
    assert [n for n in notes if "cache" in n] == [
        f"ignoring the record cache {cache_file(cached)}: it is a symbolic link"]
