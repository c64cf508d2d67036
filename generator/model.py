"""The typed innovation record (schema v1): takes plain YAML data via pydantic and returns frozen models."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from generator.load import find_invisible

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
REGION_RE = re.compile(r"^\d{2}(?:\.\d{2})?$")
EMAIL_RE = re.compile(r"^[^@\s<>\"'()\[\],;:\\]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
URL_RE = re.compile(r"^(?:https?://[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][^\s<>\"'`\\]*)?"
                    r"|mailto:[^\s<>\"'`\\@]+@[A-Za-z0-9.-]+)$")
MAX_SUMMARY_WORDS = 250
RESERVED_IDS = frozenset({"index", "con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                          *(f"lpt{i}" for i in range(10))})


def _text(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if not value:
            raise PydanticCustomError("empty", "empty")
        if char := find_invisible(value):
            raise PydanticCustomError("bidi-char", "invisible character", {"char": char})
    return value


def _slug(value: Any) -> Any:
    if isinstance(value, str):
        if not SLUG_RE.match(value) or len(value) > 80:
            raise PydanticCustomError("invalid-id", "invalid id", {"value": value})
        if value in RESERVED_IDS:
            raise PydanticCustomError("reserved-id", "reserved id", {"value": value})
    return value


def _date(value: Any) -> Any:
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


def _int(value: Any) -> Any:
    if isinstance(value, str):
        if not re.fullmatch(r"\d{1,15}", value.strip()):
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
    if isinstance(value, str):
        value = value.strip()
        if not URL_RE.match(value):
            raise PydanticCustomError("invalid-url", "not an allowed URL", {"value": value})
    return value


def _email(value: Any) -> Any:
    if isinstance(value, str) and not EMAIL_RE.match(value.strip()):
        raise PydanticCustomError("invalid-email", "not an e-mail", {"value": value})
    return value.strip() if isinstance(value, str) else value


def _region(value: Any) -> Any:
    if isinstance(value, str) and not REGION_RE.match(value.strip()):
        raise PydanticCustomError("unknown-reference", "bad region code",
                                  {"kind": "region", "value": value})
    return value.strip() if isinstance(value, str) else value


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


Text = Annotated[str, BeforeValidator(_text), Field(max_length=20_000)]
Slug = Annotated[str, BeforeValidator(_slug)]
PartialDate = Annotated[str, BeforeValidator(_date), WithJsonSchema({
    "anyOf": [{"type": "integer", "minimum": 1900, "maximum": 2100},
              {"type": "string", "pattern": DATE_RE.pattern}]})]
Year = Annotated[int, BeforeValidator(_int), Field(ge=1900, le=2100)]
Amount = Annotated[int, BeforeValidator(_int), Field(ge=0)]
Sdg = Annotated[int, BeforeValidator(_int), Field(ge=1, le=17)]
YBool = Annotated[bool, BeforeValidator(_bool)]
Url = Annotated[str, BeforeValidator(_url), WithJsonSchema(
    {"type": "string", "format": "uri", "pattern": "^(https?://|mailto:)"})]
Email = Annotated[str, BeforeValidator(_email), WithJsonSchema({"type": "string", "format": "email"})]
RegionCode = Annotated[str, BeforeValidator(_region), WithJsonSchema(
    {"type": "string", "pattern": REGION_RE.pattern})]
Status = Literal["active", "growing", "dormant", "stopped"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Agency(_Model):
    """The government body that runs the innovation."""

    name: Text = _doc("Nama instansi penyelenggara", "Name of the agency that runs it")
    type: str = _doc("Jenis instansi (id dari taxonomies.yaml)", "Kind of agency (taxonomies.yaml)")
    region: RegionCode = _doc("Kode wilayah Kemendagri, mis. \"17.03\"",
                              "Kemendagri region code, e.g. \"17.03\"")


class Contact(_Model):
    """An office to contact about the innovation (never a private person)."""

    unit: Text = _doc("Unit kerja yang dapat dihubungi", "Office to contact")
    email: Email | None = _opt("Surel kantor", "Office e-mail")
    phone: Text | None = _opt("Telepon kantor, dalam tanda kutip", "Office phone, quoted")


class Source(_Model):
    """Public evidence for what the record claims."""

    title: Text = _doc("Judul sumber", "Title of the source")
    url: Url = _doc("Alamat sumber (https://)", "Address of the source (https://)")


class Classification(_Model):
    """Controlled-vocabulary classification of the innovation."""

    sector: str | None = _opt("Urusan pemerintahan (id dari taxonomies.yaml)",
                              "Government affairs sector (id from taxonomies.yaml)")
    form: str | None = _opt("Bentuk inovasi", "Form of innovation")
    digital: YBool | None = _opt("Berbasis digital?", "Digital?")
    initiator: str | None = _opt("Inisiator", "Initiator")
    sdgs: list[Sdg] = Field(default_factory=list, max_length=17,
                            description="Tujuan SDGs 1-17 / Sustainable Development Goals 1-17")


class AwardEntry(_Model):
    """One award the innovation received: the award tag."""

    award: str = _doc("Id penghargaan dari awards.yaml", "Award id from awards.yaml")
    year: Year = _doc("Tahun penghargaan", "Year of the award")
    source: Url | None = _opt("Sumber yang menyebut penghargaan", "Source naming the award")


class Result(_Model):
    """A measured result: an indicator before and after."""

    indicator: Text = _doc("Indikator", "Indicator")
    before: Text | None = _opt("Sebelum", "Before")
    after: Text | None = _opt("Sesudah", "After")
    year: Year | None = _opt("Tahun pengukuran", "Year measured")
    source: Url | None = _opt("Sumber data", "Source of the figure")


class Story(_Model):
    """The innovation's story in the KIPP proposal's sections."""

    background: Text | None = _opt("Latar belakang masalah", "Background")
    novelty: Text | None = _opt("Kebaruan", "What is new")
    implementation: Text | None = _opt("Pelaksanaan", "Implementation")
    results: list[Result] = Field(default_factory=list, description="Hasil / Results")
    sustainability: Text | None = _opt("Keberlanjutan", "Sustainability")
    resources: Text | None = _opt("Sumber daya", "Resources used")


class Participation(_Model):
    """How the public takes part (UU 25/2009 art. 39)."""

    survey: Text | None = _opt("Survei Kepuasan Masyarakat (SKM)", "Satisfaction survey")
    forum: Text | None = _opt("Forum Konsultasi Publik (FKP)", "Public consultation forum")
    complaints: Text | None = _opt("Pengaduan (LAPOR!)", "Complaints handling")


class Regulation(_Model):
    """A regulation the innovation rests on."""

    title: Text = _doc("Judul peraturan", "Title")
    number: Text | None = _opt("Nomor peraturan", "Number")
    url: Url | None = _opt("Tautan peraturan", "Link")


class Budget(_Model):
    """What the innovation costs."""

    source: Literal["apbd", "apbn", "dak", "csr", "other"] | None = _opt(
        "Sumber dana", "Source of funds")
    initial_cost: Amount | None = _opt("Biaya awal", "Initial cost")
    annual_cost: Amount | None = _opt("Biaya tahunan", "Annual cost")
    currency: Literal["IDR", "USD"] = Field("IDR", description="Mata uang / Currency")
    year: Year | None = _opt("Tahun harga", "Price year")


class Prerequisites(_Model):
    """What a region needs before it can replicate the innovation."""

    regulations: list[Regulation] = Field(default_factory=list, description="Regulasi / Regulations")
    sop: list[Url] = Field(default_factory=list, description="SOP (tautan) / SOP links")
    staff: Text | None = _opt("Kebutuhan SDM", "Staff needed")
    budget: Budget | None = _opt("Anggaran", "Budget")
    technology: Text | None = _opt("Teknologi", "Technology")
    partners: Text | None = _opt("Mitra", "Partners")


class Adopter(_Model):
    """A region that replicated the innovation."""

    agency: Text = _doc("Instansi pengadopsi", "Adopting agency")
    region: RegionCode = _doc("Kode wilayah pengadopsi", "Region code of the adopter")
    year: Year = _doc("Tahun adopsi", "Year adopted")
    status: Status | None = _opt("Status di wilayah pengadopsi", "Status there")
    model: Literal["independent", "facilitated", "partnership"] | None = _opt(
        "Model replikasi", "Replication model")
    facilitator: Text | None = _opt("Fasilitator", "Facilitator")
    source: Url | None = _opt("Sumber", "Source")


class Origin(_Model):
    """The innovation this record replicates."""

    innovation: str = _doc("Id inovasi asal", "Id of the original innovation")
    adapted: Text | None = _opt("Apa yang disesuaikan", "What was adapted")


class Replication(_Model):
    """The replication kit: willingness, prerequisites, adopters and origin."""

    willing: YBool | None = _opt("Bersedia direplikasi?", "Willing to be replicated?")
    letter: Url | None = _opt("Surat kesediaan direplikasi", "Letter of willingness")
    prerequisites: Prerequisites | None = None
    compatibility: Text | None = _opt("Cocok untuk daerah seperti apa", "Where it works")
    transfer_support: Text | None = _opt("Dukungan alih pengetahuan", "Transfer support offered")
    adopters: list[Adopter] = Field(default_factory=list, description="Pengadopsi / Adopters")
    origin: Origin | None = None


class Document_(_Model):
    """A downloadable document about the innovation."""

    title: Text = _doc("Judul dokumen", "Title")
    kind: Literal["guide", "sop", "regulation", "report", "presentation", "other"] = _doc(
        "Jenis dokumen", "Kind")
    url: Url = _doc("Tautan", "Link")


class Media(_Model):
    """Video, documents and images."""

    video: Url | None = _opt("Tautan video", "Video link")
    documents: list[Document_] = Field(default_factory=list, description="Dokumen / Documents")
    images: list[Text] = Field(default_factory=list,
                               description="Gambar di bawah content/ / Images under content/")


class Innovation(_Model):
    """One public-service innovation record (schema v1)."""

    id: Slug = _doc("Id unik, sama dengan nama berkas", "Unique id, equal to the file name")
    name: Text = Field(max_length=200, description="Nama inovasi / Innovation name")
    name_expansion: Text | None = _opt("Kepanjangan nama", "What the name stands for")
    summary: Annotated[Text, AfterValidator(_words)] = _doc(
        "Ringkasan, paling banyak ~200 kata", "Summary, at most ~200 words")
    agency: Agency
    started: PartialDate = _doc("Mulai diterapkan (YYYY, YYYY-MM atau YYYY-MM-DD)",
                                "First put into service (YYYY, YYYY-MM or YYYY-MM-DD)")
    status: Status = _doc("Status saat ini", "Current status")
    status_checked: PartialDate | None = _opt("Tanggal status diperiksa", "When status was checked")
    contact: Contact
    sources: list[Source] = Field(min_length=1, description="Sumber bukti / Evidence sources")
    classification: Classification | None = None
    awards: list[AwardEntry] = Field(default_factory=list, description="Penghargaan / Awards")
    story: Story | None = None
    participation: Participation | None = None
    replication: Replication | None = None
    media: Media | None = None
    sample: YBool = Field(False, description="Contoh ilustratif? / Illustrative sample?")

    @property
    def started_year(self) -> int:
        """Return the year the innovation started."""
        return int(self.started[:4])
