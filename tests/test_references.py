"""The references table is the one declaration of registry fields: adding one is one entry."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.load import load_file
from generator.references import REFERENCES, TAXONOMY_REGISTRIES, by_key, terms, values
from generator.schema import model_schema
from generator.validate import validate
from tests.conftest import FIXTURE_CONTENT, ROOT, make_project

NEW_ENTRY = '''    Reference(("replication", "adopters", "*", "facilitator"), "facilitator", "facilitators",
              Listing("facilitator", "fasilitator", Bilingual("Fasilitator", "Facilitators"),
                      Bilingual("Inovasi menurut fasilitator replikasi.",
                                "Innovations by who facilitated their replication.")), enum=True),
'''
NEW_TERMS = '''
facilitators:
  - id: hub-jipp-bengkulu
    label:
      id: Hub JIPP Provinsi Bengkulu
      en: JIPP hub of Bengkulu
'''


def test_every_reference_names_a_field_of_the_record_schema() -> None:
    schema = model_schema()
    for ref in REFERENCES:
        node = schema
        for part in ref.path:
            while "$ref" in node or "anyOf" in node:
                node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]] if "$ref" in node else \
                    next(b for b in node["anyOf"] if b.get("type") != "null")
            node = node["items"] if part == "*" else node["properties"][part]
        assert node, ref


def test_values_are_found_alike_in_plain_data_and_in_models() -> None:
    from generator.model import Innovation

    data = {"classification": {"sdgs": ["3", "10"], "sector": "health"},
            "awards": [{"award": "a"}, {"award": "b"}], "agency": {"type": "regency"}}
    by_ref = {ref.name: list(values(data, ref)) for ref in REFERENCES}
    assert by_ref["classification.sdgs"] == [(("classification", "sdgs", 0), "3"),
                                             (("classification", "sdgs", 1), "10")]
    assert by_ref["awards.award"] == [(("awards", 0, "award"), "a"), (("awards", 1, "award"), "b")]
    assert by_ref["replication.origin.innovation"] == []
    doc, _ = load_file(FIXTURE_CONTENT / "innovations" / "gardu-penangkis.yaml")
    assert doc is not None
    record, _ = validate(doc, Innovation)
    assert record is not None
    for ref in REFERENCES:  # a validated record names the same ids as its plain data
        assert terms(record, ref) == terms(doc.data, ref)
    assert terms(record, by_key("sdg")) == ["3"]
    assert set(TAXONOMY_REGISTRIES) == {"sectors", "forms", "initiators", "agency_types", "sdgs"}


def _katalog(pythonpath: Path, project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    return subprocess.run([sys.executable, "-m", "generator", "-f", str(project / "mkdocs.yml"),
                           "--lang", "en", *args], capture_output=True, text=True, env=env,
                          cwd=project)


def test_a_new_taxonomy_field_is_one_table_entry_plus_its_registry_data(tmp_path: Path) -> None:
    """Copy the generator, add one entry to REFERENCES and one list to taxonomies.yaml: records
    are checked against it (valid and invalid ones), the schema lists its choices and the site
    gets an index of its terms with their labels."""
    code = tmp_path / "code"
    shutil.copytree(ROOT / "generator", code / "generator",
                    ignore=shutil.ignore_patterns("__pycache__"))
    table = code / "generator" / "references.py"
    text = table.read_text(encoding="utf-8")
    end = text.index("\n)\n", text.index("REFERENCES: tuple"))
    table.write_text(text[:end + 1] + NEW_ENTRY + text[end + 1:], encoding="utf-8")

    project = make_project(tmp_path / "project")
    content = project / "content"
    with (content / "taxonomies.yaml").open("a", encoding="utf-8") as handle:
        handle.write(NEW_TERMS)
    record = content / "innovations" / "gardu-penangkis.yaml"
    original = record.read_text(encoding="utf-8")
    assert "      model: facilitated\n" in original
    record.write_text(original.replace("      model: facilitated\n", "      model: facilitated\n"
                                       "      facilitator: hub-jipp-bengkul\n"), encoding="utf-8")
    broken = content / "innovations" / "toss.yaml"
    broken_text = broken.read_text(encoding="utf-8")
    broken.write_text(broken_text.replace("sources:", "replication:\n  adopters:\n"
                                          "    - agency: Dinas X\n      region: \"17\"\n"
                                          "      year: nineteen\n      facilitator: nobody\n"
                                          "sources:", 1), encoding="utf-8")

    checked = _katalog(code, project, "check")
    assert checked.returncode == 1
    assert "replication.adopters[0].facilitator: unknown facilitator 'hub-jipp-bengkul'" in \
        checked.stderr, checked.stderr
    assert "did you mean 'hub-jipp-bengkulu'?" in checked.stderr
    # The record that fails validation (a bad year) still has its facilitator checked.
    assert "toss.yaml" in checked.stderr and "unknown facilitator 'nobody'" in checked.stderr

    record.write_text(original.replace("      model: facilitated\n", "      model: facilitated\n"
                                       "      facilitator: hub-jipp-bengkulu\n"), encoding="utf-8")
    broken.write_text(broken_text, encoding="utf-8")
    assert _katalog(code, project, "check").returncode == 0

    schema = json.loads(_katalog(code, project, "schema").stdout)
    facilitator = schema["$defs"]["Adopter"]["properties"]["facilitator"]
    assert next(b for b in facilitator["anyOf"] if b.get("type") == "string")["enum"] == \
        ["hub-jipp-bengkulu"]

    assert _katalog(code, project, "generate").returncode == 0
    docs = project / "build" / "docs"
    overview = (docs / "fasilitator" / "index.md").read_text(encoding="utf-8")
    assert "Hub JIPP Provinsi Bengkulu" in overview
    listing = (docs / "fasilitator" / "hub-jipp-bengkulu" / "index.md").read_text(encoding="utf-8")
    assert "gardu-penangkis" in listing
