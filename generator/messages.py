"""Bilingual diagnostic texts: takes a code, its parameters and a language; returns (message, hint)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.bilingual import Bilingual


@dataclass(frozen=True, init=False)
class Message:
    """A diagnostic's message and hint, each in Bahasa Indonesia and English."""

    text: Bilingual
    hint: Bilingual

    def __init__(self, *, en: tuple[str, str], id: tuple[str, str]) -> None:  # noqa: A002
        object.__setattr__(self, "text", Bilingual(id[0], en[0]))
        object.__setattr__(self, "hint", Bilingual(id[1], en[1]))


# code -> Message, written as (message, hint) per language; parameters are filled with format_map.
MESSAGES: dict[str, Message] = {
    # --- reading the file -------------------------------------------------------------------
    "file-too-large": Message(
        en=("file is {size} bytes, more than the limit of {limit}",
            "a record should be a few kilobytes; move long texts to linked documents"),
        id=("berkas berukuran {size} bita, melebihi batas {limit}",
            "satu rekaman cukup beberapa kilobita; pindahkan teks panjang ke dokumen tertaut"),
    ),
    "encoding": Message(
        en=("the file is not valid UTF-8 ({detail})",
            "save the file as UTF-8 in your editor"),
        id=("berkas bukan UTF-8 yang sah ({detail})",
            "simpan berkas dengan pengodean UTF-8 di editor Anda"),
    ),
    "yaml-syntax": Message(
        en=("YAML syntax error: {problem}",
            "check indentation (two spaces, no tabs) and quotes around text with ':' or '#'"),
        id=("kesalahan sintaks YAML: {problem}",
            "periksa indentasi (dua spasi, tanpa tab) dan tanda kutip pada teks yang memuat ':' atau '#'"),
    ),
    "yaml-tab": Message(
        en=("a tab character is used for indentation",
            "YAML only allows spaces for indentation; replace the tab with spaces"),
        id=("karakter tab dipakai untuk indentasi",
            "YAML hanya menerima spasi untuk indentasi; ganti tab dengan spasi"),
    ),
    "yaml-quote": Message(
        en=("the quoted text that starts here is not closed on its line and runs on to line "
            "{end_line}",
            "add the closing quote at the end of the text; "
            "inside \"...\" write a quote as \\\""),
        id=("teks bertanda kutip yang dimulai di sini tidak ditutup di barisnya dan berlanjut "
            "sampai baris {end_line}",
            "tambahkan tanda kutip penutup di akhir teks; di dalam \"...\" tulis tanda kutip "
            "sebagai \\\""),
    ),
    "multiple-documents": Message(
        en=("the file holds more than one YAML document",
            "one file holds one record; remove the extra '---' line"),
        id=("berkas memuat lebih dari satu dokumen YAML",
            "satu berkas berisi satu rekaman; hapus baris '---' tambahan"),
    ),
    "empty-file": Message(
        en=("the file is empty", "start from `katalog new` or copy an existing record"),
        id=("berkas kosong", "mulailah dengan `katalog new` atau salin rekaman yang ada"),
    ),
    "anchor": Message(
        en=("YAML anchors (&{name}) are not allowed",
            "write the value out in full where it is needed"),
        id=("anchor YAML (&{name}) tidak diperbolehkan",
            "tuliskan nilainya secara lengkap di tempat yang membutuhkan"),
    ),
    "alias": Message(
        en=("YAML aliases (*{name}) are not allowed",
            "write the value out in full instead of referring to an anchor"),
        id=("alias YAML (*{name}) tidak diperbolehkan",
            "tuliskan nilainya secara lengkap, jangan merujuk ke anchor"),
    ),
    "merge-key": Message(
        en=("YAML merge keys (<<) are not allowed", "write every field out in full"),
        id=("kunci gabung YAML (<<) tidak diperbolehkan", "tuliskan setiap isian secara lengkap"),
    ),
    "tag": Message(
        en=("YAML tags ({tag}) are not allowed",
            "remove the tag; write the value as plain text"),
        id=("tag YAML ({tag}) tidak diperbolehkan",
            "hapus tag tersebut; tulis nilainya sebagai teks biasa"),
    ),
    "duplicate-key": Message(
        en=("key '{key}' appears twice (first on line {first_line})",
            "keep one of them; the second would silently replace the first"),
        id=("kunci '{key}' muncul dua kali (pertama di baris {first_line})",
            "pertahankan salah satu; yang kedua akan menimpa yang pertama tanpa pemberitahuan"),
    ),
    "non-string-key": Message(
        en=("a key must be plain text", "write keys as simple words such as `name:`"),
        id=("kunci harus berupa teks biasa", "tulis kunci sebagai kata sederhana seperti `name:`"),
    ),
    "too-deep": Message(
        en=("nesting is deeper than {limit} levels", "records are at most a few levels deep"),
        id=("susunan bertingkat lebih dari {limit} tingkat",
            "rekaman paling banyak beberapa tingkat saja"),
    ),
    "list-too-long": Message(
        en=("the list has more than {limit} items", "keep lists short; link to a document instead"),
        id=("daftar memuat lebih dari {limit} butir",
            "buat daftar tetap pendek; tautkan ke dokumen sebagai gantinya"),
    ),
    "too-many-keys": Message(
        en=("this group has more than {limit} keys",
            "a record has a few dozen fields at most; check the indentation"),
        id=("kelompok ini memuat lebih dari {limit} kunci",
            "satu rekaman paling banyak beberapa puluh isian; periksa indentasinya"),
    ),
    "text-too-long": Message(
        en=("the text has {length} characters, more than the limit of {limit}",
            "shorten it; put details in a linked document"),
        id=("teks berisi {length} karakter, melebihi batas {limit}",
            "persingkat; letakkan rincian di dokumen tertaut"),
    ),
    "not-a-mapping": Message(
        en=("the file must hold a mapping of fields (key: value)",
            "start from `katalog new` or copy an existing record"),
        id=("berkas harus berisi pasangan isian (kunci: nilai)",
            "mulailah dengan `katalog new` atau salin rekaman yang ada"),
    ),
    "control-char": Message(
        en=("the text contains an invisible control character {char}",
            "delete it; it often comes from copying out of a PDF or a word processor"),
        id=("teks memuat karakter kendali tak terlihat {char}",
            "hapus karakter itu; biasanya terbawa saat menyalin dari PDF atau pengolah kata"),
    ),
    "bidi-char": Message(
        en=("the text contains an invisible or direction-changing character {char}",
            "delete it; such characters can make text look different from what it is"),
        id=("teks memuat karakter tak terlihat atau pengubah arah {char}",
            "hapus karakter itu; karakter semacam ini dapat menyamarkan isi teks"),
    ),
    # --- schema -----------------------------------------------------------------------------
    "missing": Message(
        en=("required field '{name}' is missing", "add `{name}:` with a value"),
        id=("isian wajib '{name}' tidak ada", "tambahkan `{name}:` beserta nilainya"),
    ),
    "missing-knowable": Message(
        en=("required field '{name}' is missing",
            "add `{name}:` with a value, or `{name}: unknown` if no source says"),
        id=("isian wajib '{name}' tidak ada",
            "tambahkan `{name}:` beserta nilainya, atau `{name}: unknown` bila tidak ada sumber "
            "yang menyebutnya"),
    ),
    "empty-knowable": Message(
        en=("the value is empty", "write the value, or `unknown` if no source says"),
        id=("nilainya kosong", "tulis nilainya, atau `unknown` bila tidak ada sumber yang menyebutnya"),
    ),
    "empty": Message(
        en=("the value is empty", "fill it in or remove the line"),
        id=("nilainya kosong", "isi nilainya atau hapus baris ini"),
    ),
    "unknown-field": Message(
        en=("unknown field '{name}'", "{suggestion}"),
        id=("isian '{name}' tidak dikenal", "{suggestion}"),
    ),
    "wrong-type": Message(
        en=("expected {expected}", "see CONTRIBUTING.md for the shape of this field"),
        id=("seharusnya {expected}", "lihat CONTRIBUTING.md untuk bentuk isian ini"),
    ),
    "invalid-enum": Message(
        en=("'{value}' is not one of the allowed values", "{suggestion}"),
        id=("'{value}' bukan salah satu nilai yang diperbolehkan", "{suggestion}"),
    ),
    "invalid-id": Message(
        en=("'{value}' is not a valid id",
            "use lowercase letters a-z, digits and single hyphens, e.g. `gardu-penangkis`"),
        id=("'{value}' bukan id yang sah",
            "gunakan huruf kecil a-z, angka dan tanda hubung tunggal, mis. `gardu-penangkis`"),
    ),
    "reserved-id": Message(
        en=("'{value}' is a reserved name and cannot be an id", "choose a more specific id"),
        id=("'{value}' adalah nama khusus dan tidak dapat dipakai sebagai id",
            "pilih id yang lebih spesifik"),
    ),
    "id-mismatch": Message(
        en=("id '{id}' differs from the file name '{stem}'",
            "rename the file to `{id}.yaml` or change the id to `{stem}`"),
        id=("id '{id}' berbeda dengan nama berkas '{stem}'",
            "ubah nama berkas menjadi `{id}.yaml` atau ubah id menjadi `{stem}`"),
    ),
    "invalid-date": Message(
        en=("'{value}' is not a date", "write YYYY, YYYY-MM or YYYY-MM-DD in quotes, e.g. \"2021-03\""),
        id=("'{value}' bukan tanggal",
            "tulis YYYY, YYYY-MM atau YYYY-MM-DD di dalam tanda kutip, mis. \"2021-03\""),
    ),
    "invalid-bool": Message(
        en=("'{value}' is not true or false", "write `true` or `false`"),
        id=("'{value}' bukan true atau false", "tulis `true` (ya) atau `false` (tidak)"),
    ),
    "invalid-int": Message(
        en=("'{value}' is not a whole number", "write digits only, without dots or spaces"),
        id=("'{value}' bukan bilangan bulat", "tulis angka saja, tanpa titik atau spasi"),
    ),
    "out-of-range": Message(
        en=("{value} is outside the allowed range {min}-{max}", "check the number"),
        id=("{value} di luar rentang yang diperbolehkan {min}-{max}", "periksa angkanya"),
    ),
    "invalid-url": Message(
        en=("'{value}' is not an allowed web address",
            "write a full address starting with https:// or http:// (a host name in ASCII or "
            "punycode xn--, no user name), or mailto: and a bare e-mail address; spaces, "
            "quotes, brackets and parentheses must be percent-encoded (%20, %22, %5B, %28)"),
        id=("'{value}' bukan alamat web yang diperbolehkan",
            "tulis alamat lengkap yang diawali https:// atau http:// (nama host ASCII atau "
            "punycode xn--, tanpa nama pengguna), atau mailto: dan alamat surel saja; spasi, "
            "tanda kutip, kurung siku dan kurung biasa harus dikodekan (%20, %22, %5B, %28)"),
    ),
    "invalid-email": Message(
        en=("'{value}' is not an e-mail address",
            "write a bare office address such as dinas@kab.go.id (no name, no ?cc= or ?bcc=)"),
        id=("'{value}' bukan alamat surel",
            "tulis alamat kantor saja seperti dinas@kab.go.id (tanpa nama, tanpa ?cc= atau ?bcc=)"),
    ),
    "too-many-words": Message(
        en=("the text has {count} words, more than {limit}", "shorten the summary"),
        id=("teks berisi {count} kata, lebih dari {limit}", "persingkat ringkasan"),
    ),
    "placeholder": Message(
        en=("fill this in: '{value}' is still the placeholder written by `katalog new`",
            "replace the whole value, including [ISI], with the real one"),
        id=("isi bagian ini: '{value}' masih berupa isian contoh dari `katalog new`",
            "ganti seluruh nilainya, termasuk [ISI], dengan nilai sebenarnya"),
    ),
    "too-short": Message(
        en=("the list needs at least {limit} item(s)", "add at least one entry"),
        id=("daftar memerlukan sedikitnya {limit} butir", "tambahkan sedikitnya satu butir"),
    ),
    # --- references between records and registries --------------------------------------------
    "duplicate-id": Message(
        en=("id '{id}' is also used by {other}", "every record needs its own id"),
        id=("id '{id}' juga dipakai oleh {other}", "setiap rekaman memerlukan id sendiri"),
    ),
    "id-collision": Message(
        en=("'{id}' collides with '{other}' ({other_file}) when case or accents are ignored",
            "choose a clearly different id; some servers cannot keep both apart"),
        id=("'{id}' bertabrakan dengan '{other}' ({other_file}) bila huruf besar/kecil atau aksen diabaikan",
            "pilih id yang jelas berbeda; sebagian server tidak dapat membedakan keduanya"),
    ),
    "unknown-reference": Message(
        en=("unknown {kind} '{value}'", "{suggestion}"),
        id=("{kind} '{value}' tidak dikenal", "{suggestion}"),
    ),
    "region-name": Message(
        en=("'{value}' is a region name; this field takes its code",
            "write the code in quotes: {codes}"),
        id=("'{value}' adalah nama wilayah; isian ini memerlukan kodenya",
            "tulis kodenya dalam tanda kutip: {codes}"),
    ),
    "edge-mismatch": Message(
        en=("this adoption is also written in {other}, with {what} {there} there but {here} here",
            "an adoption written on both the origin (replication.adopters) and the replica "
            "(replication.origin) is one adoption: make both say the same"),
        id=("adopsi ini juga tercatat di {other}, dengan {what} {there} di sana tetapi {here} di "
            "sini", "adopsi yang dicatat di inovasi asal (replication.adopters) dan di replika "
            "(replication.origin) adalah satu adopsi: samakan keduanya"),
    ),
    "adopter-own-region": Message(
        en=("the adopter is in the innovation's own region {region}",
            "list only adoptions in other regions"),
        id=("pengadopsi berada di wilayah asal inovasi {region}",
            "catat hanya adopsi di wilayah lain"),
    ),
    "adopter-before-start": Message(
        en=("adopted in {year}, before the innovation started ({started})",
            "check the year of adoption"),
        id=("diadopsi tahun {year}, sebelum inovasi dimulai ({started})",
            "periksa tahun adopsi"),
    ),
    "adopter-duplicate": Message(
        en=("this adopter is listed twice (see line {first_line})", "keep one entry"),
        id=("pengadopsi ini tercatat dua kali (lihat baris {first_line})", "pertahankan satu entri"),
    ),
    "origin-self": Message(
        en=("a record cannot be a replica of itself", "name the innovation it was copied from"),
        id=("rekaman tidak dapat menjadi replika dirinya sendiri",
            "sebutkan inovasi yang direplikasi"),
    ),
    "origin-cycle": Message(
        en=("replication origins form a loop: {cycle}", "one of these records must be the original"),
        id=("asal replikasi membentuk lingkaran: {cycle}", "salah satu rekaman harus menjadi aslinya"),
    ),
    "path-outside": Message(
        en=("'{value}' points outside content/", "use a path inside content/, e.g. media/foto.jpg"),
        id=("'{value}' menunjuk ke luar content/",
            "gunakan jalur di dalam content/, mis. media/foto.jpg"),
    ),
    "file-missing": Message(
        en=("file '{value}' does not exist", "check the spelling of the path"),
        id=("berkas '{value}' tidak ada", "periksa ejaan jalurnya"),
    ),
    "not-a-file": Message(
        en=("'{value}' is not an ordinary file", "records must be plain text files"),
        id=("'{value}' bukan berkas biasa", "rekaman harus berupa berkas teks biasa"),
    ),
    "image-type": Message(
        en=("'{value}' is not an allowed image type",
            "use a picture file ending in one of: {allowed} (SVG can carry scripts)"),
        id=("'{value}' bukan jenis gambar yang diperbolehkan",
            "gunakan berkas gambar berakhiran salah satu dari: {allowed} "
            "(SVG dapat memuat skrip)"),
    ),
    "symlink": Message(
        en=("records must be ordinary files, not symbolic links", "copy the file instead"),
        id=("rekaman harus berkas biasa, bukan tautan simbolik", "salin berkasnya"),
    ),
    "no-records": Message(
        en=("no innovation records found in {value}",
            "add one with `katalog new --name ... --region ...`"),
        id=("tidak ada rekaman inovasi di {value}",
            "tambahkan dengan `katalog new --name ... --region ...`"),
    ),
    "not-a-record": Message(
        en=("'{value}' in content/innovations is not read as a record",
            "records are files ending in .yaml (lower case, nothing after it); rename or remove it"),
        id=("'{value}' di content/innovations tidak dibaca sebagai rekaman",
            "rekaman adalah berkas berakhiran .yaml (huruf kecil, tanpa apa pun sesudahnya); "
            "ganti namanya atau hapus"),
    ),
    "date-in-future": Message(
        en=("'{value}' lies in the future (today is {today}); error",
            "write only what has already happened, with its real date"),
        id=("'{value}' berada di masa depan (hari ini {today}); galat",
            "tulis hanya yang sudah terjadi, dengan tanggal sebenarnya"),
    ),
    "award-before-start": Message(
        en=("award in {year}, before the innovation started ({started}); error",
            "check the award year and `started`"),
        id=("penghargaan tahun {year}, sebelum inovasi dimulai ({started}); galat",
            "periksa tahun penghargaan dan `started`"),
    ),
    "award-duplicate": Message(
        en=("award '{award}' in {year} is already listed on line {first_line}; error",
            "list each award and year once"),
        id=("penghargaan '{award}' tahun {year} sudah dicantumkan di baris {first_line}; galat",
            "cantumkan setiap penghargaan dan tahunnya sekali saja"),
    ),
    "possible-copy": Message(
        en=("same name and region as record '{other}' ({name}); warning: the build goes on, "
            "`katalog check --strict` fails",
            "if it is the same innovation, keep one record; otherwise make the names differ"),
        id=("nama dan wilayah sama dengan rekaman '{other}' ({name}); peringatan: build tetap "
            "jalan, `katalog check --strict` gagal",
            "jika inovasinya sama, simpan satu rekaman saja; jika bukan, bedakan namanya"),
    ),
    "import-name-clash": Message(
        en=("region name '{name}' ({region}) looks the same as '{other}' ({other_code})",
            "each region needs a name readers can tell apart; check the code and the "
            "official name in the decree"),
        id=("nama wilayah '{name}' ({region}) tampak sama dengan '{other}' ({other_code})",
            "setiap wilayah perlu nama yang dapat dibedakan; periksa kode dan nama resmi "
            "dalam keputusan menteri"),
    ),
    "csv-extra-columns": Message(
        en=("the row has {count} columns; only `kode,nama` are read",
            "remove the extra columns (or quote a name that contains a comma)"),
        id=("baris ini memiliki {count} kolom; hanya `kode,nama` yang dibaca",
            "hapus kolom tambahan (atau beri tanda kutip pada nama yang memuat koma)"),
    ),
    "region-name-clash": Message(
        en=("region name '{name}' looks the same as '{other}' on line {first_line}; error",
            "each region needs a name readers can tell apart; check for look-alike letters"),
        id=("nama wilayah '{name}' tampak sama dengan '{other}' di baris {first_line}; galat",
            "setiap wilayah perlu nama yang dapat dibedakan; periksa huruf yang mirip"),
    ),
    "page-collision": Message(
        en=("hand-written page '{value}' has the path of a generated page or of a theme or "
            "search file (letter case and Markdown extensions ignored)",
            "rename the file in content/pages/"),
        id=("halaman tulisan tangan '{value}' berjalur sama dengan halaman buatan generator "
            "atau berkas tema atau pencarian (huruf besar-kecil dan ekstensi Markdown diabaikan)",
            "ganti nama berkas di content/pages/"),
    ),
    "symlink-folder": Message(
        en=("{value} is a symbolic link; the generator never follows a link out of the project",
            "replace the link by the real folder with its files"),
        id=("{value} adalah tautan simbolik; generator tidak pernah mengikuti tautan ke luar "
            "proyek", "ganti tautan itu dengan folder aslinya beserta berkasnya"),
    ),
    "output-symlink": Message(
        en=("the output path {value} is a symbolic link; nothing was written or deleted",
            "delete the link; the generator writes only into real folders it owns"),
        id=("jalur keluaran {value} adalah tautan simbolik; tidak ada yang ditulis atau "
            "dihapus", "hapus tautan itu; generator hanya menulis ke folder asli miliknya"),
    ),
    "output-not-folder": Message(
        en=("the output path {value} is not a folder; nothing was written or deleted",
            "move that file away; the generator needs this path for its output folder"),
        id=("jalur keluaran {value} bukan folder; tidak ada yang ditulis atau dihapus",
            "pindahkan berkas itu; generator memerlukan jalur ini untuk folder keluarannya"),
    ),
    "output-foreign": Message(
        en=("{value} was not written by the generator; nothing was written or deleted",
            "the output folder is the generator's own: move that file away (or delete the "
            "whole output folder if it holds nothing of yours)"),
        id=("{value} bukan tulisan generator; tidak ada yang ditulis atau dihapus",
            "folder keluaran adalah milik generator: pindahkan berkas itu (atau hapus seluruh "
            "folder keluaran bila tidak memuat apa pun milik Anda)"),
    ),
    "unreadable": Message(
        en=("the file cannot be read ({detail})", "check that it exists and that you may read it"),
        id=("berkas tidak dapat dibaca ({detail})",
            "pastikan berkas itu ada dan Anda berhak membacanya"),
    ),
    "csv-syntax": Message(
        en=("the CSV cannot be read from here on: {problem}",
            "save it again as plain CSV (comma-separated, UTF-8) with one region per line"),
        id=("CSV tidak dapat dibaca mulai dari sini: {problem}",
            "simpan ulang sebagai CSV biasa (dipisah koma, UTF-8) dengan satu wilayah per baris"),
    ),
    "multi-line-cell": Message(
        en=("this cell runs over several lines", "a region code or name fits on one line; "
            "remove the line break (often an unclosed quote)"),
        id=("sel ini memanjang ke beberapa baris", "kode atau nama wilayah muat dalam satu "
            "baris; hapus pemisah barisnya (sering karena tanda kutip yang tidak ditutup)"),
    ),
    "too-many-regions": Message(
        en=("more than {limit} regions: the region registry cannot hold them",
            "import only provinces and regencies/cities; nothing was changed"),
        id=("lebih dari {limit} wilayah: registri wilayah tidak dapat memuatnya",
            "impor provinsi dan kabupaten/kota saja; tidak ada yang diubah"),
    ),
    "page-file-type": Message(
        en=("'{value}' is not a file type allowed in content/pages",
            "only Markdown pages and raster images: {allowed}"),
        id=("'{value}' bukan jenis berkas yang diperbolehkan di content/pages",
            "hanya halaman Markdown dan gambar raster: {allowed}"),
    ),
    "page-name": Message(
        en=("the name '{value}' has letters other than a-z, 0-9, '-' or '_'",
            "use lower-case ASCII names such as panduan-replikasi.md"),
        id=("nama '{value}' memuat huruf selain a-z, 0-9, '-' atau '_'",
            "gunakan nama huruf kecil ASCII seperti panduan-replikasi.md"),
    ),
    "page-html": Message(
        en=("raw HTML (or an <autolink>) is not allowed in hand-written pages",
            "write Markdown only: [text](https://...) for links; put code in `backticks`"),
        id=("HTML mentah (atau <tautan-otomatis>) tidak diperbolehkan di halaman tulisan tangan",
            "tulis Markdown saja: [teks](https://...) untuk tautan; kode dalam `backtick`"),
    ),
    "page-attr-list": Message(
        en=("'{{' starts a Markdown attribute list, which is not allowed in hand-written pages",
            "write \\{{ for a literal brace, or put it in `backticks`"),
        id=("'{{' memulai daftar atribut Markdown, yang tidak diperbolehkan di halaman tulisan "
            "tangan", "tulis \\{{ untuk kurung kurawal biasa, atau letakkan dalam `backtick`"),
    ),
    "page-link": Message(
        en=("link target '{value}' is neither a relative path nor an allowed web address",
            "link pages by relative path (tentang.md) or write a full https:// address "
            "without quotes, brackets, parentheses or entities"),
        id=("tujuan tautan '{value}' bukan jalur relatif maupun alamat web yang diperbolehkan",
            "tautkan halaman dengan jalur relatif (tentang.md) atau tulis alamat https:// "
            "lengkap tanpa tanda kutip, kurung atau entitas"),
    ),
    "page-unsafe-html": Message(
        en=("this page would publish HTML outside the allowed set: {value}",
            "write plain Markdown here (no attributes, scripts or raw HTML, also not in a "
            "code fence's first line); put code in `backticks` or an ordinary ``` fence"),
        id=("halaman ini akan menerbitkan HTML di luar yang diperbolehkan: {value}",
            "tulis Markdown biasa di sini (tanpa atribut, skrip atau HTML mentah, juga tidak "
            "di baris pertama blok kode); letakkan kode dalam `backtick` atau blok ``` biasa"),
    ),
    "page-render": Message(
        en=("the page cannot be rendered as Markdown ({value})",
            "simplify the page: fewer nested lists, quotes and brackets"),
        id=("halaman tidak dapat diolah sebagai Markdown ({value})",
            "sederhanakan halaman: kurangi daftar, kutipan dan kurung yang bersarang"),
    ),
    "page-too-deep": Message(
        en=("lists or quotes are nested more than {value} levels deep here",
            "flatten the structure; split the list into headed sections"),
        id=("daftar atau kutipan bersarang lebih dari {value} tingkat di sini",
            "ratakan strukturnya; pecah daftar menjadi beberapa bagian berjudul"),
    ),
    "page-brackets": Message(
        en=("more than {value} '[' are open at once in this paragraph",
            "close each [ with ], or write \\[ for a literal bracket"),
        id=("lebih dari {value} '[' terbuka sekaligus dalam paragraf ini",
            "tutup setiap [ dengan ], atau tulis \\[ untuk kurung siku biasa"),
    ),
    "page-too-large": Message(
        en=("the page is {size} bytes, more than the limit of {limit}",
            "split it into several pages or link a document instead"),
        id=("halaman berukuran {size} bita, melebihi batas {limit}",
            "pecah menjadi beberapa halaman atau tautkan dokumen sebagai gantinya"),
    ),
    "page-image-kind": Message(
        en=("the file's content is not a {value} image",
            "export the image again as a real PNG, JPEG, GIF, WebP or AVIF file"),
        id=("isi berkas bukan gambar {value}",
            "ekspor ulang gambar sebagai berkas PNG, JPEG, GIF, WebP atau AVIF yang sebenarnya"),
    ),
    "page-front-matter": Message(
        en=("the page's front matter is not closed by a '---' line, or the page starts with "
            "a 'Key: value' line MkDocs would read as metadata",
            "start the page with '---', 'title: ...', 'description: ...', '---', or with a "
            "# heading"),
        id=("front matter halaman tidak ditutup baris '---', atau halaman diawali baris "
            "'Kunci: nilai' yang akan dibaca MkDocs sebagai metadata",
            "awali halaman dengan '---', 'title: ...', 'description: ...', '---', atau dengan "
            "judul #"),
    ),
    "config": Message(
        en=("{detail}", "fix mkdocs.yml"),
        id=("{detail}", "perbaiki mkdocs.yml"),
    ),
}


def render_message(code: str, params: dict[str, str], lang: str) -> tuple[str, str]:
    """Return the (message, hint) for a code in `lang`, falling back to the code itself."""
    texts = MESSAGES.get(code)
    if texts is None:
        return code, ""
    values = _Defaults(params)
    values["suggestion"] = _suggestion(params, lang)
    return (texts.text.get(lang).format_map(values),
            texts.hint.get(lang).format_map(values) or _FALLBACK_HINT.get(lang))


# Used when a hint is made only of parameters (a suggestion) and none was given.
_FALLBACK_HINT = Bilingual("lihat panduan isian di CONTRIBUTING.md",
                           "see the field guide in CONTRIBUTING.md")
_DID_YOU_MEAN = Bilingual("maksud Anda '{0}'?", "did you mean '{0}'?")
_ALLOWED = Bilingual("yang diperbolehkan: {0}", "allowed: {0}")


def _suggestion(params: dict[str, str], lang: str) -> str:
    """Return "did you mean ...?" and/or the allowed values, in `lang`."""
    parts = []
    if params.get("suggestion"):
        parts.append(_DID_YOU_MEAN.get(lang).format(params["suggestion"]))
    if params.get("allowed"):
        parts.append(_ALLOWED.get(lang).format(params["allowed"]))
    return "; ".join(parts)


class _Defaults(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""
