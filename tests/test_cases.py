"""The hostile-input corpus: every case in tests/cases/ through the real pipeline and the CLI."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.cli import run
from generator.collect import collect
from generator.handwritten import check_pages
from generator.load import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_KEYS,
    MAX_LIST_ITEMS,
    MAX_TEXT_CHARS,
)
from generator.model import MAX_SUMMARY_WORDS
from generator.page_html import MAX_BRACKETS, MAX_NESTING, MAX_PAGE_BYTES, extensions_of
from generator.pages import plan
from tests.cases.corpus import Case, add_media, all_cases, make_content
from tests.conftest import ROOT, make_project

BASE = """id: {id}
name: Contoh
summary: Ringkasan singkat.
agency:
  name: Dinas Contoh
  type: regency
  region: "17.03"
started: "2021"
status: active
contact:
  unit: Bagian Umum
sources:
  - title: Sumber
    url: https://example.go.id/a
"""


def _write(content: Path, name: str, text: str | bytes) -> None:
    path = content / "innovations" / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))


# --- cases that are made by code: too big to commit, or needing symbolic links ---------------

def _huge(content: Path) -> None:
    filler = "# " + "x" * 98 + "\n"
    _write(content, "yaml-5mb.yaml", BASE.format(id="yaml-5mb") + filler * 50_000)


def _nest_flow_list(content: Path) -> None:
    _write(content, "yaml-nest-list.yaml", BASE.format(id="yaml-nest-list").replace(
        "Ringkasan singkat.", "[" * 5000 + "x" + "]" * 5000))


def _nest_flow_map(content: Path) -> None:
    _write(content, "yaml-nest-map.yaml", BASE.format(id="yaml-nest-map").replace(
        "Ringkasan singkat.", "{a: " * 5000 + "x" + "}" * 5000))


def _nest_block(content: Path) -> None:
    _write(content, "yaml-nest-block.yaml", BASE.format(id="yaml-nest-block").replace(
        "Ringkasan singkat.", "\n  " + "- " * 5000 + "x"))


def _long_list(content: Path) -> None:
    items = "".join(f"  - title: Sumber {n}\n    url: https://example.go.id/{n}\n"
                    for n in range(MAX_LIST_ITEMS + 1))
    _write(content, "schema-long-list.yaml",
           BASE.format(id="schema-long-list").split("sources:")[0] + "sources:\n" + items)


def _many_keys(content: Path) -> None:
    keys = "".join(f"k{n}: v\n" for n in range(MAX_KEYS))  # BASE already has 8 keys
    _write(content, "schema-many-keys.yaml", BASE.format(id="schema-many-keys") + keys)


def _long_text(content: Path) -> None:
    _write(content, "schema-long-text.yaml", BASE.format(id="schema-long-text").replace(
        "Ringkasan singkat.", "a" * (MAX_TEXT_CHARS + 1)))


def _many_words(content: Path) -> None:
    _write(content, "schema-many-words.yaml", BASE.format(id="schema-many-words").replace(
        "Ringkasan singkat.", "kata " * (MAX_SUMMARY_WORDS + 1)))


def _symlinked_record(content: Path) -> None:
    (content / "innovations" / "path-symlink.yaml").symlink_to(
        content / "innovations" / "toss.yaml")


def _symlinked_folder(content: Path) -> None:
    outside = content.parent / "outside"
    outside.mkdir()
    (outside / "luar.yaml").write_text(BASE.format(id="luar"), encoding="utf-8")
    (content / "innovations" / "luar").symlink_to(outside)


def _image_symlink(content: Path) -> None:
    secret = content.parent / "secret.png"
    secret.write_bytes(b"not really a png")
    (content / "media" / "tautan.png").symlink_to(secret)
    _write(content, "path-image-symlink.yaml", BASE.format(id="path-image-symlink")
           + "media:\n  images:\n    - media/tautan.png\n")


def _folder_named_yaml(content: Path) -> None:
    (content / "innovations" / "folder.yaml").mkdir()
    os.mkfifo(content / "innovations" / "pipa.yaml")


def _origin_chain(content: Path) -> None:
    """2,000 records each replicating the one before; the first three form a cycle."""
    for n in range(CHAIN):
        origin = f"chain-{(n - 1) % 3 if n < 3 else n - 1:04d}"
        _write(content, f"chain-{n:04d}.yaml", BASE.format(id=f"chain-{n:04d}").replace(
            "name: Contoh", f"name: Rantai {n}") + f"replication:\n  origin:\n    innovation: {origin}\n")


CHAIN = 2000


def _stray_files(content: Path) -> None:
    for name in ("x.YAML", "x.yaml.txt", "x.json", "x.yaml "):  # "x.yaml " cannot be committed
        _write(content, name, BASE.format(id="x"))


def _page(content: Path, name: str, body: str) -> None:
    (content / "pages").mkdir(exist_ok=True)
    (content / "pages" / name).write_text("# Judul\n\n" + body, encoding="utf-8")


def _page_nested_300(content: Path) -> None:
    """300 nested list levels made Python-Markdown's build crash with RecursionError."""
    _page(content, "dalam.md", "\n".join("    " * level + "- x" for level in range(300)))


def _page_brackets(content: Path) -> None:
    """20,000 `[` then `]` (40 KB) took Python-Markdown minutes (a quadratic scan)."""
    _page(content, "kurung.md", "[" * 20_000 + "]" * 20_000)


def _page_huge(content: Path) -> None:
    _page(content, "besar.md", "kata " * (MAX_PAGE_BYTES // 5 + 1))


Maker = Callable[[Path], None]
GENERATED: dict[str, tuple[Maker, tuple[str, ...]]] = {
    "yaml_5mb": (_huge, ("yaml-5mb.yaml:1:1 file-too-large",)),
    "yaml_nesting-5000-flow-list": (_nest_flow_list, (
        f"yaml-nest-list.yaml:3:{10 + (MAX_DEPTH - 1)} too-deep",)),
    "yaml_nesting-5000-flow-map": (_nest_flow_map, (
        f"yaml-nest-map.yaml:3:{10 + 4 * (MAX_DEPTH - 1)} too-deep",)),
    "yaml_nesting-5000-block": (_nest_block, (
        f"yaml-nest-block.yaml:4:{3 + 2 * (MAX_DEPTH - 1)} too-deep",)),
    "schema_list-too-long": (_long_list, (
        f"schema-long-list.yaml:{13 + 2 * MAX_LIST_ITEMS}:5 list-too-long",)),
    "schema_many-keys": (_many_keys, (
        f"schema-many-keys.yaml:{15 + MAX_KEYS - 8}:1 too-many-keys",)),
    "schema_text-too-long": (_long_text, ("schema-long-text.yaml:3:10 text-too-long",)),
    "schema_too-many-words": (_many_words, ("schema-many-words.yaml:3:10 too-many-words summary",)),
    "path_record-symlink": (_symlinked_record, ("path-symlink.yaml:1:1 symlink",)),
    "path_folder-symlink": (_symlinked_folder, ("luar:1:1 symlink",)),
    "path_image-symlink-outside": (_image_symlink, (
        "path-image-symlink.yaml:17:7 path-outside media.images[0]",)),
    "path_not-a-file": (_folder_named_yaml, ("pipa.yaml:1:1 not-a-file",)),
    "schema_origin-chain-2000": (_origin_chain, tuple(
        f"chain-{n:04d}.yaml:17:17 origin-cycle replication.origin.innovation" for n in range(3))),
    "page_nested-300": (_page_nested_300, (f"dalam.md:{3 + MAX_NESTING}:1 page-too-deep",)),
    "page_brackets-20000": (_page_brackets, (f"kurung.md:3:{MAX_BRACKETS + 1} page-brackets",)),
    "page_too-large": (_page_huge, ("besar.md:1:1 page-too-large",)),
    "path_stray-record-files": (_stray_files, (
        "x.YAML:1:1 not-a-record", "x.json:1:1 not-a-record", "x.yaml :1:1 not-a-record",
        "x.yaml.txt:1:1 not-a-record")),
}

CASES = all_cases()
EXTENSIONS = extensions_of(ROOT / "mkdocs.yml")
WARNINGS = {"possible-copy"}


def _found(content: Path) -> tuple[str, ...]:
    """Every diagnostic of the records and the hand-written pages, named below their folder."""
    catalogue, diags = collect(content)
    if catalogue is not None:
        diags += check_pages(content, [page.path for page in plan(catalogue, "id", 50)],
                             EXTENSIONS)[1]
    out = [f"{Path(*Path(d.file).parts[1:]).as_posix()}:{d.line}:{d.col} {d.code} "
           f"{d.field}".rstrip() for d in diags]
    return tuple(sorted(out))


def _check_cli(project: Path, expected: tuple[str, ...], output: tuple[str, ...],
               capsys: pytest.CaptureFixture[str], folder: str = "innovations") -> None:
    """`katalog check --strict` exits 1 and prints each diagnostic as file:line:col: error[code].

    Warnings (only `possible-copy` in the corpus) print as warning[code].
    """
    capsys.readouterr()
    assert run(["-f", str(project / "mkdocs.yml"), "--lang", "en", "check", "--strict"]) == 1
    err = capsys.readouterr().err
    for line in expected:
        where, code = re.match(r"(.*:\d+:\d+) (\S+)", line).groups()  # type: ignore[union-attr]
        label = "warning" if code in WARNINGS else "error"
        assert f"{folder}/{where}: {label}[{code}]" in err
    for text in output:
        assert text in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "case", [*CASES, *GENERATED],
    ids=[*(f"{c.kind}/{c.name}" for c in CASES), *(f"generated/{n}" for n in GENERATED)])
def test_case(case: Case | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> None:
    """Each case gives exactly its declared (file, line, col, code, field) diagnostics."""
    project = make_project(tmp_path / "project")
    content = project / "content"
    add_media(content)
    monkeypatch.chdir(content)  # diagnostics name files relative to the working directory
    if isinstance(case, str):
        maker, expected = GENERATED[case]
        maker(content)
        output: tuple[str, ...] = ()
    else:
        case.install(content)
        expected, output = case.diagnostics, case.output
    assert _found(Path(".")) == tuple(sorted(expected))
    if expected:
        _check_cli(project, expected, output, capsys,
                   case.folder if isinstance(case, Case)
                   else "pages" if case.startswith("page_") else "innovations")
    elif isinstance(case, Case) and case.folder == "innovations":
        _check_values(case, Path("."))


def _check_values(case: Case, content: Path) -> None:
    """A valid case keeps the author's exact text in the fields it names."""
    catalogue, diags = collect(content)
    assert catalogue is not None and not diags
    record = catalogue.records[Path(case.install_as[0]).stem]
    for dotted, want in case.values.items():
        value: object = record
        for part in dotted.split("."):
            value = getattr(value, part)
        assert value == want, dotted


def test_corpus_covers_every_class() -> None:
    """At least 40 bad inputs, and every area of the issue has cases."""
    invalid = [c for c in CASES if c.kind == "invalid"]
    assert len(invalid) + len(GENERATED) >= 40
    codes = {line.split(" ")[1] for c in invalid for line in c.diagnostics}
    codes |= {line.split(" ")[1] for _, lines in GENERATED.values() for line in lines}
    assert {"anchor", "alias", "merge-key", "duplicate-key", "non-string-key", "tag",
            "multiple-documents", "too-deep", "file-too-large", "encoding", "control-char",
            "yaml-tab", "yaml-quote", "missing", "wrong-type", "unknown-field",
            "unknown-reference", "origin-cycle", "duplicate-id", "id-mismatch", "invalid-id",
            "reserved-id", "invalid-url", "bidi-char", "symlink", "path-outside",
            "list-too-long", "text-too-long", "invalid-email", "not-a-record",
            "invalid-int", "invalid-date", "date-in-future", "award-before-start",
            "award-duplicate", "possible-copy", "page-html", "page-link", "page-attr-list",
            "page-file-type", "page-name", "page-collision", "page-front-matter",
            "page-unsafe-html", "page-too-deep", "page-brackets", "page-too-large",
            "page-image-kind"} <= codes
    for area in ("yaml", "schema", "inject", "path", "page"):
        assert any(c.name.startswith(area + "_") for c in invalid)


@pytest.mark.parametrize("name", ["yaml_alias-bomb", "yaml_python-tag", "yaml_invalid-utf8",
                                  "yaml_unclosed-quote", "inject_url-javascript-tab"])
def test_cli_process_exits_1_without_traceback(name: str, tmp_path: Path) -> None:
    """A real `python -m generator check` process: exit 1, a located message, no traceback."""
    case = next(c for c in CASES if c.name == name)
    project = make_project(tmp_path / "project")
    case.install(project / "content")
    proc = subprocess.run([sys.executable, "-m", "generator", "--lang", "en", "check"],
                          cwd=project, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 1
    where, code = case.diagnostics[0].split(" ")[:2]
    assert f"content/innovations/{where}: error[{code}]" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


def test_huge_file_is_refused_before_reading(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The size cap is checked on the file's size: a 5 MB record is never read into memory."""
    content = make_content(tmp_path)
    _huge(content)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"read {self}"))
    monkeypatch.chdir(content)
    from generator.load import load_file
    doc, diags = load_file(Path("innovations/yaml-5mb.yaml"))
    assert doc is None and [d.code for d in diags] == ["file-too-large"]
    assert dict(diags[0].params)["limit"] == str(MAX_FILE_BYTES)
