"""Every diagnostic code used in generator/ has a message and a hint in both languages."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from generator.bilingual import LANGUAGES
from generator.messages import MESSAGES, render_message

GENERATOR = Path(__file__).resolve().parents[1] / "generator"
# call name -> position of the code among its positional arguments
_CODE_ARG = {"diag": 2, "PydanticCustomError": 0, "Diagnostic": 3}


def used_codes() -> dict[str, str]:
    """Return every literal diagnostic code in generator/*.py, with where it was found."""
    found: dict[str, str] = {}
    for path in sorted(GENERATOR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            index = _CODE_ARG.get(name)
            if index is None:
                continue
            code = node.args[index] if len(node.args) > index else None
            for keyword in node.keywords:
                if keyword.arg == "code":
                    code = keyword.value
            if isinstance(code, ast.Constant) and isinstance(code.value, str):
                found.setdefault(code.value, f"{path.name}:{node.lineno}")
    return found


def test_the_scan_finds_the_codes_it_should() -> None:
    codes = used_codes()
    assert len(codes) > 30
    assert {"yaml-syntax", "missing", "unknown-reference", "placeholder"} <= set(codes)


@pytest.mark.parametrize(("code", "where"), sorted(used_codes().items()))
def test_every_used_code_has_texts(code: str, where: str) -> None:
    assert code in MESSAGES, f"{where}: add '{code}' to generator/messages.py (id and en)"


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_has_both_languages_and_a_hint(code: str) -> None:
    texts = MESSAGES[code]
    fields = {}
    for lang in LANGUAGES:
        message, hint = texts.text.get(lang), texts.hint.get(lang)
        assert message.strip() and hint.strip(), (code, lang)
        fields[lang] = {f for _, f, _, _ in string.Formatter().parse(message + hint) if f}
        params = {name: "x" for name in fields[lang] if name != "suggestion"}
        assert render_message(code, params, lang)[0].strip(), (code, lang)
        assert render_message(code, {}, lang)[1].strip(), (code, lang)  # a hint, even bare
    assert fields["id"] == fields["en"], f"{code}: both languages must use the same parameters"
    assert (texts.text.id, texts.hint.id) != (texts.text.en, texts.hint.en) or code == "config"
