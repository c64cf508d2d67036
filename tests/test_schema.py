"""JSON Schema: generated from the model, committed in sync, and agreeing with the checker.

Records are read here the way an editor (VS Code's YAML extension) reads them: YAML 1.2 core
schema. PyYAML implements YAML 1.1, where `2024-01-05` is a date, `no`/`yes`/`on` are booleans
and `017` is octal; `Yaml12Loader` replaces PyYAML's implicit resolvers with the four YAML 1.2
core-schema ones (null, bool, int, float) and their constructors, so everything else stays text.
"""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from pydantic import BaseModel

from generator.collect import collect
from generator.model import Innovation
from generator.registries import load_registries
from generator.schema import (
    DOCS_FILE,
    SCHEMA_FILE,
    build_schema,
    field_rows,
    fields_block,
    fields_markdown,
    model_schema,
    schema_text,
    split_description,
)
from generator.validate import _inner_model

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "schema_cases"
RECORDS = sorted((ROOT / "content" / "innovations").glob("*.yaml"))


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 core-schema scalar resolution."""


Yaml12Loader.yaml_implicit_resolvers = {}
_CORE = (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
     r"|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$", list("-+0123456789.")),
)
for _tag, _pattern, _first in _CORE:
    Yaml12Loader.add_implicit_resolver(_tag, re.compile(_pattern), _first)


def _int12(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    if text.startswith(("0o", "0x")):
        return int(text[2:], 8 if text[1] == "o" else 16)
    return int(text, 10)


def _float12(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> float:
    text = str(loader.construct_scalar(node)).lower()
    if text.endswith(".inf"):
        return -math.inf if text.startswith("-") else math.inf
    return math.nan if text == ".nan" else float(text)


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _int12)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", _float12)


def load12(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)  # noqa: S506


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    vocab, diags = load_registries(ROOT / "content")
    assert vocab is not None, diags
    return build_schema(vocab)


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Draft202012Validator:
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_yaml12_loader_reads_scalars_like_an_editor() -> None:
    text = "a: 2024-01-05\nb: no\nc: 017\nd: 0o17\ne: True\nf: 17.10\ng:\nh: '3'\ni: 0x1F\n"
    data = yaml.load(text, Loader=Yaml12Loader)  # noqa: S506
    assert data == {"a": "2024-01-05", "b": "no", "c": 17, "d": 15, "e": True, "f": 17.1,
                    "g": None, "h": "3", "i": 31}
    assert yaml.safe_load(text)["b"] is False  # what YAML 1.1 would have said


def test_committed_schema_matches_the_model_and_registries(schema: dict[str, Any]) -> None:
    committed = (ROOT / SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == schema_text(schema), "run `katalog schema --write` and commit the result"


def test_schema_declares_dialect_id_and_bilingual_texts(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"]
    agency_type = schema["$defs"]["Agency"]["properties"]["type"]
    assert "regency" in agency_type["enum"]
    assert agency_type["title"] == "Jenis instansi / Kind of agency"
    award = schema["$defs"]["AwardEntry"]["properties"]["award"]
    assert "kipp-top45" in award["enum"]
    sector = schema["$defs"]["Classification"]["properties"]["sector"]
    assert "health" in next(b for b in sector["anyOf"] if b.get("type") == "string")["enum"]


def _model_paths(model: type[BaseModel], prefix: str = "") -> list[tuple[str, str]]:
    out = []
    for name, info in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        out.append((path, info.description or ""))
        inner = _inner_model(info.annotation)
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            is_list = "list[" in str(info.annotation)
            out += _model_paths(inner, f"{path}[]" if is_list else path)
    return out


def test_every_model_field_is_described_in_both_languages() -> None:
    paths = _model_paths(Innovation)
    assert len(paths) > 60
    for path, description in paths:
        assert description.count(" / ") == 1, f"{path}: describe it as 'Indonesian / English'"
        id_text, en_text = split_description(description)
        assert id_text and en_text and id_text != en_text, path


def test_schema_and_field_table_cover_exactly_the_model_fields() -> None:
    model = [p for p, _ in _model_paths(Innovation)]
    assert [r.path for r in field_rows(model_schema())] == model


def test_contributing_field_table_is_generated_from_the_model() -> None:
    docs = (ROOT / DOCS_FILE).read_text(encoding="utf-8")
    assert fields_block(docs) == fields_markdown(), "run `katalog schema --write`"
    for path, _ in _model_paths(Innovation):
        assert f"| `{path}` |" in docs


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.stem)
def test_schema_accepts_every_shipped_record(validator: Draft202012Validator, path: Path) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in validator.iter_errors(load12(path))]
    assert errors == []


def test_shipped_records_carry_the_schema_line() -> None:
    assert RECORDS
    for path in RECORDS:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../../schema/innovation.schema.json"


CASE_FILES = sorted(CASES.glob("*.yaml"))


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_schema_rejects_invalid_case(validator: Draft202012Validator, path: Path) -> None:
    assert list(validator.iter_errors(load12(path))), f"{path.name} should be rejected"


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_checker_agrees_with_schema_on_invalid_case(tmp_path: Path, path: Path) -> None:
    """The checker rejects the same cases, except where the file says `# checker: accepts`."""
    content = tmp_path / "content"
    (content / "innovations").mkdir(parents=True)
    for name in ("regions.yaml", "awards.yaml", "taxonomies.yaml"):
        shutil.copy(ROOT / "content" / name, content / name)
    shutil.copy(path, content / "innovations" / f"{path.stem.replace('_', '-')}.yaml")
    catalogue, diags = collect(content)
    expected = re.search(r"^# checker: (\w+)$", path.read_text(), re.M)
    assert expected is not None
    if expected.group(1) == "accepts":
        assert catalogue is not None and diags == []
    else:
        assert catalogue is None and diags


def test_schema_text_is_json_that_round_trips(schema: dict[str, Any]) -> None:
    assert json.loads(schema_text(schema)) == schema
