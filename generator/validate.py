"""Schema validation: takes a loaded Document and a pydantic model; returns the model or located diagnostics."""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from generator.bilingual import Bilingual
from generator.diagnostics import Diagnostic, diag
from generator.load import Document, FieldPath
from generator.model import UNKNOWN, is_knowable

M = TypeVar("M", bound=BaseModel)

_GROUP = Bilingual("kelompok isian (kunci: nilai)", "a group of fields (key: value)")
_EXPECTED = {
    "string_type": Bilingual("teks", "text"),
    "dict_type": _GROUP,
    "model_type": _GROUP,
    "model_attributes_type": _GROUP,
    "list_type": Bilingual("daftar (baris diawali '- ')", "a list (lines starting with '- ')"),
    "int_type": Bilingual("bilangan bulat", "a whole number"),
    "bool_type": Bilingual("true atau false", "true or false"),
}


def field_path(loc: FieldPath) -> str:
    """Return a loc tuple as `awards[1].year`."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate(doc: Document, model: type[M]) -> tuple[M | None, list[Diagnostic]]:
    """Validate the document's data against `model`; return the instance or diagnostics."""
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        return None, [_to_diagnostic(doc, model, err) for err in exc.errors()]


def _to_diagnostic(doc: Document, model: type[BaseModel], err: Any) -> Diagnostic:
    loc: FieldPath = tuple(p for p in err["loc"] if isinstance(p, int | str))
    kind: str = err["type"]
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    where = field_path(loc)
    given = err.get("input")
    knowable = bool(loc) and is_knowable(_field_info(model, loc))
    if kind == "missing" and knowable:
        return diag(doc.path, doc.mark(loc[:-1]), "missing-knowable", where, name=loc[-1])
    if kind == "missing":
        return diag(doc.path, doc.mark(loc[:-1]), "missing", where, name=loc[-1])
    if kind == "extra_forbidden":
        name = str(loc[-1])
        close = difflib.get_close_matches(name, _field_names(model, loc[:-1]), n=1, cutoff=0.6)
        return diag(doc.path, doc.key_mark(loc), "unknown-field", where, name=name,
                    suggestion=close[0] if close else "",
                    allowed="" if close else ", ".join(_field_names(model, loc[:-1])))
    mark = doc.mark(loc)
    if kind == "literal_error":
        allowed = [a.strip(" '") for a in str(ctx.get("expected", "")).replace(" or ", ", ").split(",")]
        allowed += [UNKNOWN] if knowable else []
        close = difflib.get_close_matches(str(given), allowed, n=1, cutoff=0.5)
        return diag(doc.path, mark, "invalid-enum", where, value=given,
                    suggestion=close[0] if close else "", allowed=", ".join(allowed))
    if kind in ("greater_than_equal", "less_than_equal"):
        lo, hi = _range(model, loc)
        return diag(doc.path, mark, "out-of-range", where, value=given, min=lo, max=hi)
    if kind in ("too_long", "string_too_long"):
        return diag(doc.path, mark, "list-too-long" if kind == "too_long" else "text-too-long",
                    where, limit=ctx.get("max_length", ""), length=len(given or ""))
    if kind == "too_short":
        return diag(doc.path, mark, "too-short", where, limit=ctx.get("min_length", 1))
    if given is None and kind in _EXPECTED:
        return diag(doc.path, mark, "empty", where)
    if kind in _EXPECTED:
        expected = _EXPECTED[kind]
        return diag(doc.path, mark, "wrong-type", where, expected=f"{expected.id} / {expected.en}")
    if kind.endswith("_parsing") or kind.endswith("_type"):
        return diag(doc.path, mark, "wrong-type", where, expected=kind.replace("_", " "))
    return diag(doc.path, mark, kind, where, **ctx)


def _submodel(model: type[BaseModel], loc: FieldPath) -> type[BaseModel] | None:
    """Follow field names (skipping list indices) down nested models; None if not a model."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        info = current.model_fields.get(str(part))
        if info is None:
            return None
        current = _inner_model(info.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _field_info(model: type[BaseModel], loc: FieldPath) -> FieldInfo | None:
    """Return the model field at `loc` (a list item's loc gives its list's field), or None."""
    while loc and isinstance(loc[-1], int):
        loc = loc[:-1]
    parent = _submodel(model, loc[:-1]) if loc else None
    return parent.model_fields.get(str(loc[-1])) if parent else None


def _inner_model(annotation: Any) -> Any:
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if isinstance(found, type) and issubclass(found, BaseModel):
            return found
    return annotation


def _field_names(model: type[BaseModel], loc: FieldPath) -> list[str]:
    sub = _submodel(model, loc)
    return sorted(sub.model_fields) if sub else []


def _range(model: type[BaseModel], loc: FieldPath) -> tuple[str, str]:
    while loc and isinstance(loc[-1], int):  # a list item: the bounds sit on the list's field
        loc = loc[:-1]
    parent = _submodel(model, loc[:-1])
    info = parent.model_fields.get(str(loc[-1])) if parent and loc else None
    lo = hi = ""
    for meta in _metadata(info):
        lo = str(getattr(meta, "ge", "") or lo)
        hi = str(getattr(meta, "le", "") or hi)
    return lo, hi


def _metadata(info: Any) -> list[Any]:
    if info is None:
        return []
    found = list(info.metadata)
    for arg in getattr(info.annotation, "__args__", ()) or ():
        for meta in getattr(arg, "__metadata__", ()):
            # list[Sdg]: the item type's Field(ge=..., le=...) keeps its bounds in .metadata
            found.extend([meta, *getattr(meta, "metadata", ())])
    return found
