"""Modules import only from their own stage or earlier ones, as docs/ARCHITECTURE.md lists them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import ROOT

GENERATOR = ROOT / "generator"


def stages() -> dict[str, int]:
    """Return module name -> stage number, read from the stage table in docs/ARCHITECTURE.md."""
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    found: dict[str, int] = {}
    for number, modules in re.findall(r"^\| (\d+) \|[^|]*\| ([^|]*) \|$", text, re.M):
        for name in re.findall(r"`([a-z0-9_]+)\.py`", modules):
            found[name] = int(number)
    return found


def imports(path: Path) -> set[str]:
    """Return the generator modules that `path` imports (at top level or inside functions)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "generator":
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator."):
            found.add(str(node.module).split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("generator."))
    return found


def private_imports(path: Path) -> set[str]:
    """Return `_private` names that `path` imports from another generator module."""
    return {f"{node.module}.{alias.name}" for node in ast.walk(ast.parse(path.read_text("utf-8")))
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator")
            for alias in node.names if alias.name.startswith("_") and alias.name != "__future__"}


def modules() -> list[Path]:
    return [p for p in sorted(GENERATOR.glob("*.py")) if p.stem not in ("__init__",)]


def test_every_module_has_a_stage() -> None:
    known = stages()
    missing = [p.name for p in modules() if p.stem not in known]
    assert not missing, f"add {missing} to the stage table in docs/ARCHITECTURE.md"
    assert not set(known) - {p.stem for p in modules()}, "the stage table names a missing module"


def test_no_module_imports_from_a_later_stage() -> None:
    known = stages()
    backwards = [f"{p.stem} (stage {known[p.stem]}) imports {name} (stage {known[name]})"
                 for p in modules() for name in sorted(imports(p))
                 if name in known and known[name] > known[p.stem]]
    assert not backwards, backwards


def test_no_module_imports_another_modules_private_names() -> None:
    found = sorted(set().union(*(private_imports(p) for p in modules())))
    assert not found, found


def test_the_checks_catch_a_backward_import(tmp_path: Path) -> None:
    known = stages()
    sample = tmp_path / "sample.py"
    sample.write_text("from generator.build import generate\nfrom generator.model import _Hidden\n",
                      encoding="utf-8")
    assert imports(sample) == {"build", "model"} and known["build"] > known["load"]
    assert private_imports(sample) == {"generator.model._Hidden"}
