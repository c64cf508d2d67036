"""The typed innovation record (schema v1): takes plain YAML data via pydantic and returns frozen models."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

from generator import urls
from generator.chars import find_invisible

# Digits are ASCII only (re.ASCII): "٢٠١٩" and "１７" are not years or region codes.
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", re.ASCII)
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)
REGION_RE = re.compile(r"^\d{2}(?:\.\d{2})?$", re.ASCII)
INT_RE = re.compile(r"\d{1,15}", re.ASCII)
MAX_SUMMARY_WORDS = 250
# What a record writes for a required fact its sources do not give; loaded as None.
UNKNOWN = "unknown"
# Values that `katalog new` writes for the author to replace; the checker rejects them.
PLACEHOLDER = "[ISI]"
RESERVED_IDS = frozenset({"index", "con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                          *(f"lpt{i}" for i in range(10))})


_LINE_BREAK = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]")


def _placeholder(value: Any) -> None:
    if isinstance(value, str) and value.lstrip().startswith(PLACEHOLDER):
        raise PydanticCustomError("placeholder", "placeholder not filled in", {"value": value})


def _text(value: Any) -> Any:
    _placeholder(value)
    if isinstance(value, str):
        value = value.strip()
        if not value:
            raise PydanticCustomError("empty", "empty")
        if char := find_invisible(value):
            raise PydanticCustomError("bidi-char", "invisible character", {"char": char})
    return value


def _line(value: Any) -> Any:
    value = _text(value)
    if isinstance(value, str) and (match := _LINE_BREAK.search(value)):
        raise PydanticCustomError("control-char", "control character",
                                  {"char": f"U+{ord(match.group()):04X}"})
    return value


def _slug(value: Any) -> Any:
    if isinstance(value, str):
        if not SLUG_RE.match(value) or len(value) > 80:
            raise PydanticCustomError("invalid-id", "invalid id", {"value": value})
        if value in RESERVED_IDS:
            raise PydanticCustomError("reserved-id", "reserved id", {"value": value})
    return value


def _date(value: Any) -> Any:
    _placeholder(value)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        match = DATE_RE.match(value.strip())
        try:
            if not match:
                raise ValueError(value)
            year, month, day = (int(g) if g else 1 for g in match.groups())
            dt.date(year, month, day)
            if not 1900 <= year <= 2100:
                raise ValueError(value)
        except ValueError:
            raise PydanticCustomError("invalid-date", "invalid date", {"value": value}) from None
        return value.strip()
    return value


def _knowable(value: Any) -> Any:
    """Turn an explicit `unknown` into None; refuse an empty value (a gap must be stated)."""
    if value is None:
        raise PydanticCustomError("empty-knowable", "empty")
    if isinstance(value, str) and value.strip() == UNKNOWN:
        return None
    return value


def _unknown_schema(schema: dict[str, Any]) -> None:
    """Write the JSON Schema's null branch of a knowable field as the word `unknown`."""
    for branch in schema.get("anyOf", []):
        if branch.get("type") == "null":
            branch.clear()
            branch["const"] = UNKNOWN


def is_knowable(info: FieldInfo | None) -> bool:
    """Tell whether a model field accepts the explicit `unknown`."""
    return info is not None and info.json_schema_extra is _unknown_schema


def _int(value: Any) -> Any:
    if isinstance(value, str):
        if not INT_RE.fullmatch(value.strip()):
            raise PydanticCustomError("invalid-int", "not a whole number", {"value": value})
        return int(value)
    return value


def _bool(value: Any) -> Any:
    if isinstance(value, str):
        if value in ("true", "True", "TRUE"):
            return True
        if value in ("false", "False", "FALSE"):
            return False
        raise PydanticCustomError("invalid-bool", "not true or false", {"value": value})
    return value


def _url(value: Any) -> Any:
    _placeholder(value)
    if isinstance(value, str):
        value = value.strip()
        if not urls.is_url(value):
            raise PydanticCustomError("invalid-url", "not an allowed URL", {"value": value})
    return value


def _email(value: Any) -> Any:
    _placeholder(value)
    if isinstance(value, str) and not urls.is_address(value.strip()):
        raise PydanticCustomError("invalid-email", "not an e-mail", {"value": value})
    return value.strip() if isinstance(value, str) else value


def _region(value: Any) -> Any:
    _placeholder(value)
    if isinstance(value, str) and not REGION_RE.match(value.strip()):
        raise PydanticCustomError("unknown-reference", "bad region code",
                                  {"kind": "region", "value": value})
    return value.strip() if isinstance(value, str) else value


def _region_ref(value: Any) -> Any:
    """Accept any text as a record's region: `link` checks it against the registry and, when it
    is a name, says which code it means."""
    _placeholder(value)
    return _text(value)


def _words(value: str) -> str:
    count = len(value.split())
    if count > MAX_SUMMARY_WORDS:
        raise PydanticCustomError("too-many-words", "too many words",
                                  {"count": count, "limit": MAX_SUMMARY_WORDS})
    return value


def _doc(id_: str, en: str) -> Any:
    return Field(description=f"{id_} / {en}")


def _opt(id_: str, en: str) -> Any:
    return Field(None, description=f"{id_} / {en}")


def _gap(id_: str, en: str) -> Any:
    """A required field whose value may be the explicit `unknown` (None in the model)."""
    return Field(description=f"{id_}; `unknown` bila sumber tidak menyebutnya / "
                             f"{en}; `unknown` if no source says",
                 json_schema_extra=_unknown_schema)


Text = Annotated[str, BeforeValidator(_text), Field(max_length=20_000)]
# A one-line text (names, titles, numbers): also no tab or line break, e.g. a YAML "\t".
Line = Annotated[str, BeforeValidator(_line), Field(max_length=20_000)]
Slug = Annotated[str, BeforeValidator(_slug)]
PartialDate = Annotated[str, BeforeValidator(_date), WithJsonSchema({
    "anyOf": [{"type": "integer", "minimum": 1900, "maximum": 2100},
              {"type": "string", "pattern": DATE_RE.pattern}]})]
# Constraints come before the validator so that they reach the JSON Schema as minimum/maximum.
Year = Annotated[int, Field(ge=1900, le=2100), BeforeValidator(_int)]
Amount = Annotated[int, Field(ge=0), BeforeValidator(_int)]
Sdg = Annotated[int, Field(ge=1, le=17), BeforeValidator(_int)]
YBool = Annotated[bool, BeforeValidator(_bool)]
Url = Annotated[str, BeforeValidator(_url), WithJsonSchema(
    {"type": "string", "format": "uri", "pattern": "^(https?://|mailto:)"})]
Email = Annotated[str, BeforeValidator(_email), WithJsonSchema({"type": "string", "format": "email"})]
RegionCode = Annotated[str, BeforeValidator(_region), WithJsonSchema(
    {"type": "string", "pattern": REGION_RE.pattern})]
RegionRef = Annotated[str, BeforeValidator(_region_ref), WithJsonSchema(
    {"type": "string", "pattern": REGION_RE.pattern})]
Status = Literal["active", "growing", "dormant", "stopped"]
Knowable = BeforeValidator(_knowable)


class StrictModel(BaseModel):
    """Base of every record and registry model: unknown fields refused, values frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Agency(StrictModel):
    """The government body that runs the innovation."""

    model_config = ConfigDict(title="Instansi / Agency")

    name: Line = _doc("Nama instansi penyelenggara", "Name of the agency that runs it")
    type: str = _doc("Jenis instansi: id dari agency_types di taxonomies.yaml, mis. regency",
                     "Kind of agency: an id from agency_types in taxonomies.yaml, e.g. regency")
    region: RegionRef = _doc("Kode wilayah Kemendagri dari regions.yaml, dalam tanda kutip, "
                              "mis. \"17.03\"",
                              "Kemendagri region code from regions.yaml, quoted, e.g. \"17.03\"")


class Contact(StrictModel):
    """An office to contact about the innovation (never a private person)."""

    model_config = ConfigDict(title="Kontak / Contact")

    unit: Line = _doc("Unit kerja yang dapat dihubungi (bukan nama pribadi)",
                      "Office to contact (not a private person)")
    email: Email | None = _opt("Surel kantor, mis. dinas@kab.go.id", "Office e-mail")
    phone: Line | None = _opt("Telepon kantor, dalam tanda kutip", "Office phone, quoted")


class Source(StrictModel):
    """Public evidence for what the record claims."""

    model_config = ConfigDict(title="Sumber / Source")

    title: Line = _doc("Judul sumber (berita, laporan, situs resmi)",
                       "Title of the source (news, report, official site)")
    url: Url = _doc("Alamat sumber (https://)", "Address of the source (https://)")


class Classification(StrictModel):
    """Controlled-vocabulary classification of the innovation."""

    model_config = ConfigDict(title="Klasifikasi / Classification")

    sector: str | None = _opt("Urusan pemerintahan (id dari taxonomies.yaml)",
                              "Government affairs sector (id from taxonomies.yaml)")
    form: str | None = _opt("Bentuk inovasi (id dari forms di taxonomies.yaml)",
                            "Form of innovation (id from forms in taxonomies.yaml)")
    digital: YBool | None = _opt("Berbasis digital? true atau false", "Digital? true or false")
    initiator: str | None = _opt("Pemrakarsa (id dari initiators di taxonomies.yaml)",
                                 "Initiator (id from initiators in taxonomies.yaml)")
    sdgs: list[Sdg] = Field(default_factory=list, max_length=17,
                            description="Tujuan SDGs 1-17 / Sustainable Development Goals 1-17")


class AwardEntry(StrictModel):
    """One award the innovation received: the award tag."""

    model_config = ConfigDict(title="Penghargaan / Award")

    award: str = _doc("Id penghargaan dari awards.yaml", "Award id from awards.yaml")
    year: Year = _doc("Tahun penghargaan, mis. 2024", "Year of the award, e.g. 2024")
    source: Url | None = _opt("Sumber yang menyebut penghargaan", "Source naming the award")


class Result(StrictModel):
    """A measured result: an indicator before and after."""

    model_config = ConfigDict(title="Hasil terukur / Measured result")

    indicator: Line = _doc("Indikator yang diukur", "Indicator measured")
    before: Text | None = _opt("Nilai sebelum inovasi", "Value before the innovation")
    after: Text | None = _opt("Nilai sesudah inovasi", "Value after the innovation")
    year: Year | None = _opt("Tahun pengukuran", "Year measured")
    source: Url | None = _opt("Sumber data", "Source of the figure")


class Story(StrictModel):
    """The innovation's story in the KIPP proposal's sections."""

    model_config = ConfigDict(title="Cerita inovasi / Story")

    background: Text | None = _opt("Latar belakang masalah", "The problem it addresses")
    novelty: Text | None = _opt("Kebaruan: apa yang baru", "What is new about it")
    implementation: Text | None = _opt("Pelaksanaan: bagaimana dijalankan", "How it is run")
    results: list[Result] = Field(default_factory=list,
                                  description="Hasil terukur / Measured results")
    sustainability: Text | None = _opt("Keberlanjutan: dasar hukum, anggaran, kelembagaan",
                                       "Sustainability: regulation, budget, institutions")
    resources: Text | None = _opt("Sumber daya yang dipakai", "Resources used")


class Participation(StrictModel):
    """How the public takes part (UU 25/2009 art. 39)."""

    model_config = ConfigDict(title="Partisipasi publik / Public participation")

    survey: Text | None = _opt("Survei Kepuasan Masyarakat (SKM)", "Satisfaction survey")
    forum: Text | None = _opt("Forum Konsultasi Publik (FKP)", "Public consultation forum")
    complaints: Text | None = _opt("Pengaduan (LAPOR!)", "Complaints handling")


class Regulation(StrictModel):
    """A regulation the innovation rests on."""

    model_config = ConfigDict(title="Regulasi / Regulation")

    title: Line = _doc("Judul peraturan", "Title of the regulation")
    number: Line | None = _opt("Nomor peraturan, mis. 12 Tahun 2021", "Number, e.g. 12 Tahun 2021")
    url: Url | None = _opt("Tautan peraturan", "Link to the regulation")


class Budget(StrictModel):
    """What the innovation costs."""

    model_config = ConfigDict(title="Anggaran / Budget")

    source: Literal["apbd", "apbn", "dak", "csr", "other"] | None = _opt(
        "Sumber dana", "Source of funds")
    initial_cost: Amount | None = _opt("Biaya awal, angka saja", "Initial cost, digits only")
    annual_cost: Amount | None = _opt("Biaya tahunan, angka saja", "Annual cost, digits only")
    currency: Literal["IDR", "USD"] = Field("IDR", description="Mata uang / Currency")
    year: Year | None = _opt("Tahun acuan harga", "Year the costs refer to")


class Prerequisites(StrictModel):
    """What a region needs before it can replicate the innovation."""

    model_config = ConfigDict(title="Prasyarat replikasi / Replication prerequisites")

    regulations: list[Regulation] = Field(
        default_factory=list, description="Regulasi yang diperlukan / Regulations needed")
    sop: list[Url] = Field(default_factory=list, description="Tautan SOP / Links to SOPs")
    staff: Text | None = _opt("Kebutuhan SDM", "Staff needed")
    budget: Budget | None = _opt("Anggaran", "Budget")
    technology: Text | None = _opt("Teknologi yang diperlukan", "Technology needed")
    partners: Text | None = _opt("Mitra yang diperlukan", "Partners needed")


class Adopter(StrictModel):
    """A region that replicated the innovation."""

    model_config = ConfigDict(title="Pengadopsi / Adopter")

    agency: Line = _doc("Nama instansi pengadopsi", "Name of the adopting agency")
    region: RegionRef = _doc("Kode wilayah pengadopsi", "Region code of the adopter")
    year: Year = _doc("Tahun adopsi", "Year adopted")
    status: Status | None = _opt("Status di wilayah pengadopsi", "Status in the adopting region")
    model: Literal["independent", "facilitated", "partnership"] | None = _opt(
        "Model replikasi", "Replication model")
    facilitator: Line | None = _opt("Fasilitator replikasi, mis. Hub JIPP",
                                    "Who facilitated it, e.g. a JIPP hub")
    source: Url | None = _opt("Sumber yang menyebut adopsi", "Source naming the adoption")


class Origin(StrictModel):
    """The innovation this record replicates."""

    model_config = ConfigDict(title="Asal replikasi / Origin")

    innovation: str = _doc("Id rekaman inovasi asal", "Id of the original innovation's record")
    adapted: Text | None = _opt("Apa yang disesuaikan", "What was adapted")


class Replication(StrictModel):
    """The replication kit: willingness, prerequisites, adopters and origin."""

    model_config = ConfigDict(title="Replikasi / Replication")

    willing: YBool | None = _opt("Bersedia direplikasi?", "Willing to be replicated?")
    letter: Url | None = _opt("Surat kesediaan direplikasi", "Letter of willingness")
    prerequisites: Prerequisites | None = _opt("Prasyarat replikasi",
                                               "What a replicating region needs")
    compatibility: Text | None = _opt("Cocok untuk daerah seperti apa", "Where it works")
    transfer_support: Text | None = _opt("Dukungan alih pengetahuan", "Transfer support offered")
    adopters: list[Adopter] = Field(
        default_factory=list, description="Daerah yang sudah mengadopsi / Regions that adopted it")
    origin: Origin | None = _opt("Inovasi asal bila rekaman ini replika",
                                 "The original, if this record is a replica")


class MediaDocument(StrictModel):
    """A downloadable document about the innovation."""

    model_config = ConfigDict(title="Dokumen / Document")

    title: Line = _doc("Judul dokumen", "Title of the document")
    kind: Literal["guide", "sop", "regulation", "report", "presentation", "other"] = _doc(
        "Jenis dokumen", "Kind of document")
    url: Url = _doc("Tautan dokumen", "Link to the document")


class Media(StrictModel):
    """Video, documents and images."""

    model_config = ConfigDict(title="Media / Media")

    video: Url | None = _opt("Tautan video (https://)", "Video link (https://)")
    documents: list[MediaDocument] = Field(default_factory=list, description="Dokumen / Documents")
    images: list[Text] = Field(default_factory=list,
                               description="Jalur gambar di bawah content/, mis. media/foto.jpg / "
                                           "Image paths under content/, e.g. media/foto.jpg")


class Innovation(StrictModel):
    """One public-service innovation record (schema v1)."""

    model_config = ConfigDict(title="Rekaman inovasi / Innovation record")

    id: Slug = _doc("Id unik: huruf kecil a-z, angka dan tanda hubung, sama dengan nama berkas",
                    "Unique id: lowercase a-z, digits and hyphens, equal to the file name")
    name: Line = Field(max_length=200, description="Nama inovasi, sering berupa akronim / "
                                                  "Innovation name, often an acronym")
    name_expansion: Line | None = _opt("Kepanjangan nama (akronim)", "What the acronym stands for")
    summary: Annotated[Text, AfterValidator(_words)] = _doc(
        f"Ringkasan, paling banyak {MAX_SUMMARY_WORDS} kata",
        f"Summary, at most {MAX_SUMMARY_WORDS} words")
    agency: Agency = _doc("Instansi penyelenggara", "The agency that runs it")
    started: Annotated[PartialDate | None, Knowable] = _gap(
        "Mulai diterapkan (YYYY, YYYY-MM atau YYYY-MM-DD)",
        "First put into service (YYYY, YYYY-MM or YYYY-MM-DD)")
    status: Annotated[Status | None, Knowable] = _gap(
        "Status: active (aktif), growing (berkembang), dormant (mati suri) atau stopped "
        "(berhenti)", "Status: active, growing, dormant or stopped")
    status_checked: PartialDate | None = _opt(
        "Per tanggal berapa status itu benar (tanggal pemeriksaan atau tanggal sumber)",
        "The date the status holds as of (when checked, or the source's date)")
    contact: Annotated[Contact | None, Knowable] = _gap("Kontak kantor", "Office contact")
    sources: list[Source] = Field(min_length=1, description="Sumber bukti, sedikitnya satu / "
                                                            "Evidence sources, at least one")
    classification: Classification | None = _opt("Klasifikasi", "Classification")
    awards: list[AwardEntry] = Field(default_factory=list,
                                     description="Penghargaan yang diterima / Awards received")
    story: Story | None = _opt("Cerita inovasi (bagian proposal KIPP)",
                               "The innovation's story (KIPP proposal sections)")
    participation: Participation | None = _opt("Partisipasi publik (UU 25/2009 pasal 39)",
                                               "Public participation (UU 25/2009 art. 39)")
    replication: Replication | None = _opt("Perangkat replikasi", "Replication kit")
    media: Media | None = _opt("Video, dokumen dan gambar", "Video, documents and images")
    sample: YBool = Field(False, description="Contoh ilustratif? true menandai rekaman contoh / "
                                             "Illustrative sample? true marks a sample record")

    @property
    def started_year(self) -> int | None:
        """Return the year the innovation started, or None when it is not known."""
        return int(self.started[:4]) if self.started else None
