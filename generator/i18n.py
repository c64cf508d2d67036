"""Site interface texts: takes a key and a language ("id" or "en"); returns the label."""

from __future__ import annotations

LANGUAGES = ("id", "en")

UI: dict[str, tuple[str, str]] = {
    "site.tagline": ("Katalog replikasi inovasi pelayanan publik Indonesia",
                     "Replication catalogue of Indonesian public-service innovations"),
    "home.title": ("Beranda", "Home"),
    "home.intro": (
        "Katalog ini menghimpun inovasi pelayanan publik yang telah terbukti, beserta bekal "
        "untuk mereplikasinya: prasyarat, regulasi, biaya, kontak, dan daerah yang sudah "
        "mengadopsinya.",
        "This catalogue gathers proven public-service innovations together with what you need "
        "to replicate them: prerequisites, regulations, cost, contacts and the regions that "
        "already adopted them."),
    "home.counts": ("Angka katalog", "The catalogue in numbers"),
    "home.newest": ("Inovasi terbaru", "Newest innovations"),
    "home.browse": ("Jelajahi", "Browse"),
    "count.innovations": ("inovasi", "innovations"),
    "count.provinces": ("provinsi", "provinces"),
    "count.regions": ("kabupaten/kota", "regencies/cities"),
    "count.adoptions": ("adopsi (replikasi)", "adoptions (replications)"),
    "list.all": ("Semua inovasi", "All innovations"),
    "list.all.description": ("Daftar seluruh inovasi pelayanan publik dalam katalog, urut abjad.",
                             "Every public-service innovation in the catalogue, A to Z."),
    "page.of": ("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "page.prev": ("Sebelumnya", "Previous"),
    "page.next": ("Berikutnya", "Next"),
    "page.nav": ("Navigasi halaman", "Pagination"),
    "sample.title": ("Contoh ilustratif", "Illustrative sample"),
    "sample.text": (
        "Rekaman ini adalah contoh ilustratif. Sebagian isinya dikarang untuk memperlihatkan "
        "cara kerja katalog dan belum diverifikasi; jangan dijadikan rujukan.",
        "This record is an illustrative sample. Parts of it are invented to show how the "
        "catalogue works and have not been verified; do not cite it."),
    "facts.title": ("Fakta singkat", "Key facts"),
    "facts.agency": ("Instansi", "Agency"),
    "facts.agency_type": ("Jenis instansi", "Agency type"),
    "facts.region": ("Wilayah", "Region"),
    "facts.started": ("Mulai diterapkan", "Started"),
    "facts.status": ("Status", "Status"),
    "facts.status_checked": ("per {date}", "as of {date}"),
    "facts.sector": ("Urusan", "Sector"),
    "facts.form": ("Bentuk", "Form"),
    "facts.digital": ("Digital", "Digital"),
    "facts.initiator": ("Inisiator", "Initiator"),
    "facts.sdgs": ("SDGs", "SDGs"),
    "facts.contact": ("Kontak", "Contact"),
    "yes": ("Ya", "Yes"),
    "no": ("Tidak", "No"),
    "unknown": ("belum ada data", "no data yet"),
    "section.summary": ("Ringkasan", "Summary"),
    "section.awards": ("Penghargaan", "Awards"),
    "section.story": ("Kisah inovasi", "The story"),
    "story.background": ("Latar belakang", "Background"),
    "story.novelty": ("Kebaruan", "What is new"),
    "story.implementation": ("Pelaksanaan", "Implementation"),
    "story.results": ("Hasil", "Results"),
    "story.sustainability": ("Keberlanjutan", "Sustainability"),
    "story.resources": ("Sumber daya", "Resources"),
    "results.indicator": ("Indikator", "Indicator"),
    "results.before": ("Sebelum", "Before"),
    "results.after": ("Sesudah", "After"),
    "results.year": ("Tahun", "Year"),
    "results.source": ("Sumber", "Source"),
    "section.participation": ("Partisipasi masyarakat", "Public participation"),
    "participation.survey": ("Survei Kepuasan Masyarakat (SKM)", "Satisfaction survey (SKM)"),
    "participation.forum": ("Forum Konsultasi Publik (FKP)", "Public consultation forum (FKP)"),
    "participation.complaints": ("Pengaduan (LAPOR!)", "Complaints (LAPOR!)"),
    "section.replication": ("Bekal replikasi", "Replication kit"),
    "replication.willing": ("Bersedia direplikasi", "Willing to be replicated"),
    "replication.letter": ("Surat kesediaan", "Letter of willingness"),
    "replication.regulations": ("Regulasi", "Regulations"),
    "replication.sop": ("SOP", "SOP"),
    "replication.staff": ("Sumber daya manusia", "Staff"),
    "replication.budget": ("Anggaran", "Budget"),
    "replication.budget_source": ("Sumber dana", "Source of funds"),
    "replication.initial_cost": ("Biaya awal", "Initial cost"),
    "replication.annual_cost": ("Biaya tahunan", "Annual cost"),
    "replication.technology": ("Teknologi", "Technology"),
    "replication.partners": ("Mitra", "Partners"),
    "replication.compatibility": ("Kecocokan", "Where it works"),
    "replication.transfer_support": ("Dukungan alih pengetahuan", "Transfer support"),
    "replication.adopters": ("Daerah pengadopsi", "Adopted by"),
    "replication.adopted_by": ("Diadopsi oleh {count} daerah", "Adopted by {count} regions"),
    "replication.origin": ("Direplikasi dari", "Replicated from"),
    "replication.adapted": ("Penyesuaian", "What was adapted"),
    "adopter.agency": ("Instansi", "Agency"),
    "adopter.region": ("Wilayah", "Region"),
    "adopter.year": ("Tahun", "Year"),
    "adopter.status": ("Status", "Status"),
    "adopter.model": ("Model", "Model"),
    "section.sources": ("Sumber", "Sources"),
    "section.media": ("Dokumen dan media", "Documents and media"),
    "media.video": ("Video", "Video"),
    "status.active": ("Aktif", "Active"),
    "status.growing": ("Berkembang", "Growing"),
    "status.dormant": ("Tidak aktif sementara", "Dormant"),
    "status.stopped": ("Berhenti", "Stopped"),
    "model.independent": ("Mandiri", "Independent"),
    "model.facilitated": ("Difasilitasi", "Facilitated"),
    "model.partnership": ("Kemitraan", "Partnership"),
    "budget.apbd": ("APBD", "Regional budget (APBD)"),
    "budget.apbn": ("APBN", "State budget (APBN)"),
    "budget.dak": ("DAK", "Special allocation fund (DAK)"),
    "budget.csr": ("CSR", "Corporate social responsibility (CSR)"),
    "budget.other": ("Lainnya", "Other"),
    "doc.guide": ("Panduan", "Guide"),
    "doc.sop": ("SOP", "SOP"),
    "doc.regulation": ("Regulasi", "Regulation"),
    "doc.report": ("Laporan", "Report"),
    "doc.presentation": ("Presentasi", "Presentation"),
    "doc.other": ("Lainnya", "Other"),
    "col.name": ("Inovasi", "Innovation"),
    "col.region": ("Wilayah", "Region"),
    "col.started": ("Mulai", "Started"),
    "col.status": ("Status", "Status"),
    "search.title": ("Cari inovasi", "Search innovations"),
    "search.description": ("Cari inovasi menurut kata kunci, provinsi, penghargaan, urusan, "
                           "SDG, tahun mulai dan status.",
                           "Search innovations by keyword, province, award, sector, SDG, "
                           "year started and status."),
    "search.nojs": ("Pencarian memerlukan JavaScript. Tanpa JavaScript, telusuri",
                    "Search needs JavaScript. Without it, browse"),
    "search.label": ("Kata kunci", "Keywords"),
    "search.button": ("Cari", "Search"),
    "search.filters": ("Saring hasil", "Filter results"),
    "search.loading": ("Memuat…", "Loading…"),
    "search.none": ("Tidak ada inovasi yang cocok.", "No matching innovation."),
    "search.count": ("{count} hasil", "{count} result(s)"),
    "search.more": ("Tampilkan lebih banyak", "Show more"),
    "preview.search_behind": (
        "Pratinjau: indeks pencarian sedang diperbarui, jadi hasil bisa tertinggal dari "
        "suntingan terakhir beberapa detik (atau beberapa menit setelah pratinjau dimulai).",
        "Preview: the search index is being updated, so results may lag behind the latest "
        "edit by a few seconds (or a few minutes after the preview starts)."),
    "search.error": ("Pencarian gagal dimuat.", "Search failed to load."),
    "filter.province": ("Provinsi", "Province"),
    "filter.award": ("Penghargaan", "Award"),
    "filter.sector": ("Urusan", "Sector"),
    "filter.sdg": ("SDG", "SDG"),
    "filter.year": ("Tahun mulai", "Year started"),
    "filter.status": ("Status", "Status"),
    "col.count": ("Jumlah inovasi", "Innovations"),
    "col.started_here": ("Inovasi asal daerah", "Started here"),
    "col.adopted_here": ("Adopsi di daerah", "Adopted here"),
    "col.adopter": ("Pengadopsi", "Adopter"),
    "col.adopter_status": ("Status di pengadopsi", "Status there"),
    "col.origin": ("Asal inovasi", "Origin"),
    "col.year": ("Tahun", "Year"),
    "col.adoptions": ("Jumlah adopsi", "Adoptions"),
    "col.tag": ("Tag", "Tag"),
    "col.award": ("Penghargaan", "Award"),
    "col.province": ("Provinsi", "Province"),
    "ready.title": ("Siap direplikasi", "Ready to replicate"),
    "ready.description": (
        "Inovasi yang bersedia direplikasi dan telah mencantumkan prasyarat replikasinya.",
        "Innovations willing to be replicated that list their prerequisites."),
    "regions.title": ("Wilayah", "Regions"),
    "regions.description": (
        "Inovasi menurut provinsi dan kabupaten/kota di Indonesia: inovasi asal daerah dan "
        "inovasi yang diadopsi di sana.",
        "Innovations by Indonesian province and regency/city: started there and adopted there."),
    "region.description": (
        "Inovasi pelayanan publik di {region}: {started} inovasi, {adopted} adopsi.",
        "Public-service innovations in {region}: {started} started here, {adopted} adoptions."),
    "region.started_in.province": ("Inovasi di Provinsi {region} (termasuk kabupaten/kota)",
                                   "Innovations in {region} province (regencies and cities "
                                   "included)"),
    "region.started_in.regency": ("Inovasi asal {region}", "Innovations started in {region}"),
    "region.adopted_in.province": ("Adopsi di Provinsi {region} (termasuk kabupaten/kota)",
                                   "Adoptions in {region} province (regencies and cities "
                                   "included)"),
    "region.adopted_in.regency": ("Inovasi yang diadopsi di {region}",
                                  "Innovations adopted in {region}"),
    "region.indonesia": ("Indonesia", "Indonesia"),
    "region.province": ("Provinsi", "Province"),
    "region.hub": ("Simpul jaringan inovasi (hub)", "Innovation network hub"),
    "region.children": ("Kabupaten/kota", "Regencies and cities"),
    "region.none": ("Belum ada inovasi tercatat.", "No innovations recorded yet."),
    "region.see_all": ("Lihat semua ({count})", "See all ({count})"),
    "region.totals.province": (
        "{started} inovasi dijalankan di provinsi ini (oleh pemerintah provinsi dan "
        "kabupaten/kota) dan {adopted} adopsi di provinsi ini.",
        "{started} innovations run in this province (by the provincial government and the "
        "regencies and cities) and {adopted} adoptions in this province."),
    "region.totals.regency": ("{started} inovasi dijalankan di daerah ini dan {adopted} adopsi di "
                              "daerah ini.",
                              "{started} innovations run here and {adopted} adoptions here."),
    "region.totals.replicas": (
        "Dari inovasi itu, {count} adalah replika inovasi daerah lain (ditandai) dan juga "
        "dihitung sebagai adopsi.",
        "Of those innovations, {count} replicate another region's innovation (marked) and also "
        "count as adoptions."),
    "region.replicable": ("Bisa direplikasi di {region}", "What {region} could replicate"),
    "region.replicable.regency": (
        "Inovasi terbukti dari provinsi yang sama dan provinsi tetangga yang belum diadopsi di "
        "sini; yang siap direplikasi dan masih berjalan didahulukan, dengan adopsi di sekitar "
        "dan statusnya di sana.",
        "Proven innovations from the same province and neighbouring provinces not yet adopted "
        "here; those ready to replicate and still running come first, with nearby adoptions "
        "and their status there."),
    "region.replicable.province": (
        "Inovasi terbukti dari provinsi tetangga yang belum diadopsi di provinsi ini; yang siap "
        "direplikasi dan masih berjalan didahulukan, dengan adopsi di sekitar dan statusnya di "
        "sana.",
        "Proven innovations from neighbouring provinces not yet adopted in this province; those "
        "ready to replicate and still running come first, with nearby adoptions and their "
        "status there."),
    "region.replicable.none": ("Belum ada inovasi tercatat dari provinsi ini dan provinsi "
                               "tetangganya yang belum diadopsi di sini.",
                               "No recorded innovation from this province or its neighbours "
                               "that is not yet adopted here."),
    "region.neighbours": ("Provinsi tetangga", "Neighbouring provinces"),
    "col.nearby": ("Adopsi di sekitar (tahun, status di sana)", "Nearby adoptions (year, status "
                   "there)"),
    "status.unknown": ("status belum tercatat", "status not recorded"),
    "region.own_government": ("Pemerintah Provinsi {region}", "Provincial government of {region}"),
    "replica.mark": ("replika dari", "replica of"),
    "replica.record": ("rekaman replika", "replica record"),
    "awards.title": ("Penghargaan", "Awards"),
    "awards.description": ("Inovasi menurut program dan tingkat penghargaan, per tahun.",
                           "Innovations by award programme and tier, by year."),
    "award.holders": ("{count} inovasi tercatat di katalog meraih {award}.",
                      "{count} recorded innovations in the catalogue hold {award}."),
    "award.year_count": ("{count} inovasi tercatat dari {award} tahun {year}.",
                         "{count} recorded innovations from {award} {year}."),
    "award.recorded": ("{count} inovasi tercatat", "{count} recorded innovations"),
    "award.counts_what": (
        "Angka di sini menghitung inovasi yang tercatat di katalog ini, bukan jumlah penerima "
        "resmi penghargaan.",
        "These numbers count the innovations recorded in this catalogue, not the official "
        "number of recipients."),
    "award.none": ("Belum ada inovasi tercatat dengan penghargaan ini.",
                   "No innovation holding this award is recorded yet."),
    "award.how_to_add": ("Cara menambahkan inovasi", "How to add an innovation"),
    "col.recorded": ("Inovasi tercatat", "Recorded innovations"),
    "awards.organiser": ("Penyelenggara", "Organiser"),
    "awards.website": ("Situs program", "Programme website"),
    "replication.title": ("Replikasi", "Replication"),
    "replication.description": (
        "Inovasi yang paling banyak direplikasi dan jejaring asal–pengadopsi per provinsi.",
        "The most replicated innovations and the origin–adopter network by province."),
    "replication.ranking": ("Inovasi paling banyak direplikasi", "Most replicated innovations"),
    "replication.by_province": ("Adopsi per provinsi", "Adoptions by province"),
    "tags.title": ("Tag", "Tags"),
    "tags.description": ("Ringkasan tag penghargaan dan provinsi beserta jumlah inovasinya.",
                         "Award and province tags with their number of innovations."),
    "chart.provinces": ("Inovasi per provinsi (10 teratas)", "Innovations per province (top 10)"),
    "chart.years": ("Replikasi per tahun", "Replications per year"),
    "browse.more": ("Telusuri menurut", "Browse by"),
}


def t(key: str, lang: str = "id", **params: object) -> str:
    """Return the interface text for `key` in `lang`, with `{name}` parameters filled in."""
    id_, en = UI[key]
    text = en if lang == "en" else id_
    return text.format(**params) if params else text
