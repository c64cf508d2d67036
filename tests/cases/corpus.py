"""The hostile-input corpus: takes tests/cases/{valid,invalid}/; returns cases to install in content/."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CASES = Path(__file__).resolve().parent
FIXTURE_CONTENT = CASES.parent / "fixtures" / "catalogue" / "content"
# A tiny PNG (1x1) and an SVG carrying a script, placed in every case's content/media/.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'


@dataclass(frozen=True)
class Case:
    """One corpus entry: its files, where they go, and what `katalog check` must say about it."""

    name: str
    kind: str  # "valid" or "invalid"
    source: Path  # the case file, or the folder of a multi-file case
    install_as: tuple[str, ...]
    diagnostics: tuple[str, ...]  # "file:line:col code field", file relative to innovations/
    values: dict[str, str] = field(default_factory=dict)
    page_text: tuple[str, ...] = ()
    output: tuple[str, ...] = ()  # text `katalog --lang en check` must print (hints, ranges)
    folder: str = "innovations"  # or "pages": a folder of hand-written pages for content/pages
    hrefs: tuple[str, ...] = ()  # valid cases: URLs the built page must link, exactly

    def install(self, content: Path) -> None:
        """Copy the case's file(s) into `content/innovations/` (or `content/pages/`)."""
        target = content / self.folder
        if self.source.is_dir():
            shutil.copytree(self.source, target, dirs_exist_ok=True)
            return
        for name in self.install_as:
            shutil.copyfile(self.source, target / name)


def default_name(case: str) -> str:
    """Return the name a single-file case is installed as: `yaml_anchor` -> yaml-anchor.yaml."""
    return case.replace("_", "-") + ".yaml"


def parse_expected(case: str, lines: list[str], files: tuple[str, ...]) -> tuple[str, ...]:
    """Normalise expected lines to `file:line:col code field` (the file may be omitted)."""
    out = []
    for line in lines:
        where, _, rest = line.partition(" ")
        if where.count(":") == 1:  # "line:col" when the case installs a single file
            if len(files) != 1:
                raise ValueError(f"{case}: say which file '{line}' is about")
            where = f"{files[0]}:{where}"
        code, _, fld = rest.partition(" ")
        out.append(f"{where} {code} {fld}".rstrip())
    return tuple(sorted(out))


def load_case(kind: str, source: Path) -> Case:
    """Read one case and its sibling `<name>.expected.yaml` (optional for valid cases)."""
    name = source.name.removesuffix(".yaml")
    expected_file = source.parent / f"{name}.expected.yaml"
    spec: dict[str, Any] = {}
    if expected_file.exists():
        spec = yaml.safe_load(expected_file.read_text(encoding="utf-8")) or {}
    folder = spec.get("folder", "innovations")
    if source.is_dir():
        files = tuple(sorted(p.relative_to(source).as_posix() for p in source.rglob("*")
                             if p.is_file() and (folder == "pages" or p.suffix == ".yaml")))
    else:
        install = spec.get("install_as", default_name(name))
        files = tuple([install] if isinstance(install, str) else install)
    diagnostics = parse_expected(name, spec.get("diagnostics") or [], files)
    if (kind == "invalid") != bool(diagnostics):
        raise ValueError(f"{kind} case {name} must {'' if kind == 'invalid' else 'not '}"
                         "list diagnostics")
    return Case(name, kind, source, files, diagnostics,
                {k: str(v) for k, v in (spec.get("values") or {}).items()},
                tuple(spec.get("page_text") or ()), tuple(spec.get("output") or ()), folder,
                tuple(spec.get("hrefs") or ()))


def all_cases() -> list[Case]:
    """Return every committed case, invalid first, each kind sorted by name."""
    found = []
    for kind in ("invalid", "valid"):
        for path in sorted((CASES / kind).iterdir()):
            if path.name.endswith(".expected.yaml") or not (
                    path.is_dir() or path.suffix == ".yaml"):
                continue
            found.append(load_case(kind, path))
    return found


def make_content(where: Path) -> Path:
    """Copy the fixture registries and records to `where/content`, add media; return the folder."""
    content = where / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    add_media(content)
    return content


def add_media(content: Path) -> None:
    """Add content/media/foto.png (a real PNG) and logo.svg (carrying a script) for image cases."""
    (content / "media").mkdir(exist_ok=True)
    (content / "media" / "foto.png").write_bytes(PNG)
    (content / "media" / "logo.svg").write_bytes(SVG)
