"""Bilingual text: takes a text in Bahasa Indonesia and English; returns it in the language asked for."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

LANGUAGES = ("id", "en")


def language(name: str) -> str:
    """Return the supported language a locale name means: "en" for any English, else "id"."""
    return "en" if name.startswith("en") else "id"


class Bilingual(BaseModel):
    """One text in both languages; every interface text, message, hint and label is one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    en: str

    def __init__(self, id: str, en: str) -> None:  # noqa: A002 - "id" is the language code
        super().__init__(id=id, en=en)

    def get(self, lang: str) -> str:
        """Return the text in `lang`, falling back to Bahasa Indonesia."""
        return self.en if lang == "en" else self.id
