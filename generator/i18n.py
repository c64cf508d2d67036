"""Site interface texts: takes a key and a language ("id" or "en"); returns the label."""

from __future__ import annotations

from generator.bilingual import Bilingual

UI: dict[str, Bilingual] = {
    "site.tagline": Bilingual("Katalog replikasi inovasi pelayanan publik Indonesia",
                     "Replication catalogue of Indonesian public-service innovations"),
    "home.title": Bilingual("Beranda", "Home"),
    "home.intro": Bilingual(
        "Katalog ini menghimpun inovasi pelayanan publik yang telah terbukti, beserta bekal "
        "untuk mereplikasinya: prasyarat, regulasi, biaya, kontak, dan daerah yang sudah "
        "mengadopsinya.",
        "This catalogue gathers proven public-service innovations together with what you need "
        "to replicate them: prerequisites, regulations, cost, contacts and the regions that "
        "already adopted them."),
    "home.counts": Bilingual("Angka katalog", "The catalogue in numbers"),
    "home.newest": Bilingual("Inovasi terbaru", "Newest innovations"),
    "home.browse": Bilingual("Jelajahi", "Browse"),
    "count.innovations": Bilingual("inovasi", "innovations"),
    "count.provinces": Bilingual("provinsi", "provinces"),
    "count.regions": Bilingual("kabupaten/kota", "regencies/cities"),
    "count.adoptions": Bilingual("adopsi (replikasi)", "adoptions (replications)"),
    "list.all": Bilingual("Semua inovasi", "All innovations"),
    "list.all.description": Bilingual("Daftar seluruh inovasi pelayanan publik dalam katalog, urut abjad.",
                             "Every public-service innovation in the catalogue, A to Z."),
    "page.of": Bilingual("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "page.prev": Bilingual("Sebelumnya", "Previous"),
    "page.next": Bilingual("Berikutnya", "Next"),
    "page.nav": Bilingual("Navigasi halaman", "Pagination"),
    "sample.title": Bilingual("Contoh ilustratif", "Illustrative sample"),
    "sample.text": Bilingual(
        "Rekaman ini adalah contoh ilustratif. Sebagian isinya dikarang untuk memperlihatkan "
        "cara kerja katalog dan belum diverifikasi; jangan dijadikan rujukan.",
        "This record is an illustrative sample. Parts of it are invented to show how the "
        "catalogue works and have not been verified; do not cite it."),
    "facts.title": Bilingual("Fakta singkat", "Key facts"),
    "facts.agency": Bilingual("Instansi", "Agency"),
    "facts.agency_type": Bilingual("Jenis instansi", "Agency type"),
    "facts.region": Bilingual("Wilayah", "Region"),
    "facts.started": Bilingual("Mulai diterapkan", "Started"),
    "facts.status": Bilingual("Status", "Status"),
    "facts.status_checked": Bilingual("per {date}", "as of {date}"),
    "facts.sector": Bilingual("Urusan", "Sector"),
    "facts.form": Bilingual("Bentuk", "Form"),
    "facts.digital": Bilingual("Digital", "Digital"),
    "facts.initiator": Bilingual("Inisiator", "Initiator"),
    "facts.sdgs": Bilingual("SDGs", "SDGs"),
    "facts.contact": Bilingual("Kontak", "Contact"),
    "yes": Bilingual("Ya", "Yes"),
    "no": Bilingual("Tidak", "No"),
    "unknown": Bilingual("belum ada data", "no data yet"),
    "section.summary": Bilingual("Ringkasan", "Summary"),
    "section.awards": Bilingual("Penghargaan", "Awards"),
    "section.story": Bilingual("Kisah inovasi", "The story"),
    "story.background": Bilingual("Latar belakang", "Background"),
    "story.novelty": Bilingual("Kebaruan", "What is new"),
    "story.implementation": Bilingual("Pelaksanaan", "Implementation"),
    "story.results": Bilingual("Hasil", "Results"),
    "story.sustainability": Bilingual("Keberlanjutan", "Sustainability"),
    "story.resources": Bilingual("Sumber daya", "Resources"),
    "results.indicator": Bilingual("Indikator", "Indicator"),
    "results.before": Bilingual("Sebelum", "Before"),
    "results.after": Bilingual("Sesudah", "After"),
    "results.year": Bilingual("Tahun", "Year"),
    "results.source": Bilingual("Sumber", "Source"),
    "section.participation": Bilingual("Partisipasi masyarakat", "Public participation"),
    "participation.survey": Bilingual("Survei Kepuasan Masyarakat (SKM)", "Satisfaction survey (SKM)"),
    "participation.forum": Bilingual("Forum Konsultasi Publik (FKP)", "Public consultation forum (FKP)"),
    "participation.complaints": Bilingual("Pengaduan (LAPOR!)", "Complaints (LAPOR!)"),
    "section.replication": Bilingual("Bekal replikasi", "Replication kit"),
    "replication.willing": Bilingual("Bersedia direplikasi", "Willing to be replicated"),
    "replication.letter": Bilingual("Surat kesediaan", "Letter of willingness"),
    "replication.regulations": Bilingual("Regulasi", "Regulations"),
    "replication.sop": Bilingual("SOP", "SOP"),
    "replication.staff": Bilingual("Sumber daya manusia", "Staff"),
    "replication.budget": Bilingual("Anggaran", "Budget"),
    "replication.budget_source": Bilingual("Sumber dana", "Source of funds"),
    "replication.initial_cost": Bilingual("Biaya awal", "Initial cost"),
    "replication.annual_cost": Bilingual("Biaya tahunan", "Annual cost"),
    "replication.technology": Bilingual("Teknologi", "Technology"),
    "replication.partners": Bilingual("Mitra", "Partners"),
    "replication.compatibility": Bilingual("Kecocokan", "Where it works"),
    "replication.transfer_support": Bilingual("Dukungan alih pengetahuan", "Transfer support"),
    "replication.adopters": Bilingual("Daerah pengadopsi", "Adopted by"),
    "replication.adopted_by": Bilingual("Diadopsi oleh {count} daerah", "Adopted by {count} regions"),
    "replication.origin": Bilingual("Direplikasi dari", "Replicated from"),
    "replication.adapted": Bilingual("Penyesuaian", "What was adapted"),
    "adopter.agency": Bilingual("Instansi", "Agency"),
    "adopter.region": Bilingual("Wilayah", "Region"),
    "adopter.year": Bilingual("Tahun", "Year"),
    "adopter.status": Bilingual("Status", "Status"),
    "adopter.model": Bilingual("Model", "Model"),
    "section.sources": Bilingual("Sumber", "Sources"),
    "section.media": Bilingual("Dokumen dan media", "Documents and media"),
    "media.video": Bilingual("Video", "Video"),
    "status.active": Bilingual("Aktif", "Active"),
    "status.growing": Bilingual("Berkembang", "Growing"),
    "status.dormant": Bilingual("Tidak aktif sementara", "Dormant"),
    "status.stopped": Bilingual("Berhenti", "Stopped"),
    "model.independent": Bilingual("Mandiri", "Independent"),
    "model.facilitated": Bilingual("Difasilitasi", "Facilitated"),
    "model.partnership": Bilingual("Kemitraan", "Partnership"),
    "budget.apbd": Bilingual("APBD", "Regional budget (APBD)"),
    "budget.apbn": Bilingual("APBN", "State budget (APBN)"),
    "budget.dak": Bilingual("DAK", "Special allocation fund (DAK)"),
    "budget.csr": Bilingual("CSR", "Corporate social responsibility (CSR)"),
    "budget.other": Bilingual("Lainnya", "Other"),
    "doc.guide": Bilingual("Panduan", "Guide"),
    "doc.sop": Bilingual("SOP", "SOP"),
    "doc.regulation": Bilingual("Regulasi", "Regulation"),
    "doc.report": Bilingual("Laporan", "Report"),
    "doc.presentation": Bilingual("Presentasi", "Presentation"),
    "doc.other": Bilingual("Lainnya", "Other"),
    "col.name": Bilingual("Inovasi", "Innovation"),
    "col.region": Bilingual("Wilayah", "Region"),
    "col.started": Bilingual("Mulai", "Started"),
    "col.status": Bilingual("Status", "Status"),
    "search.title": Bilingual("Cari inovasi", "Search innovations"),
    "search.description": Bilingual("Cari inovasi menurut kata kunci, provinsi, penghargaan, urusan, "
                           "SDG, tahun mulai dan status.",
                           "Search innovations by keyword, province, award, sector, SDG, "
                           "year started and status."),
    "search.nojs": Bilingual("Pencarian memerlukan JavaScript. Tanpa JavaScript, telusuri",
                    "Search needs JavaScript. Without it, browse"),
    "search.label": Bilingual("Kata kunci", "Keywords"),
    "search.button": Bilingual("Cari", "Search"),
    "search.filters": Bilingual("Saring hasil", "Filter results"),
    "search.loading": Bilingual("Memuat…", "Loading…"),
    "search.none": Bilingual("Tidak ada inovasi yang cocok.", "No matching innovation."),
    "search.count": Bilingual("{count} hasil", "{count} result(s)"),
    "search.more": Bilingual("Tampilkan lebih banyak", "Show more"),
    "preview.search_behind": Bilingual(
        "Pratinjau: indeks pencarian sedang diperbarui, jadi hasil bisa tertinggal dari "
        "suntingan terakhir beberapa detik (atau beberapa menit setelah pratinjau dimulai).",
        "Preview: the search index is being updated, so results may lag behind the latest "
        "edit by a few seconds (or a few minutes after the preview starts)."),
    "search.error": Bilingual("Pencarian gagal dimuat.", "Search failed to load."),
    "filter.province": Bilingual("Provinsi", "Province"),
    "filter.award": Bilingual("Penghargaan", "Award"),
    "filter.sector": Bilingual("Urusan", "Sector"),
    "filter.sdg": Bilingual("SDG", "SDG"),
    "filter.year": Bilingual("Tahun mulai", "Year started"),
    "filter.status": Bilingual("Status", "Status"),
    "col.count": Bilingual("Jumlah inovasi", "Innovations"),
    "col.started_here": Bilingual("Inovasi asal daerah", "Started here"),
    "col.adopted_here": Bilingual("Adopsi di daerah", "Adopted here"),
    "col.adopter": Bilingual("Pengadopsi", "Adopter"),
    "col.adopter_status": Bilingual("Status di pengadopsi", "Status there"),
    "col.origin": Bilingual("Asal inovasi", "Origin"),
    "col.year": Bilingual("Tahun", "Year"),
    "col.adoptions": Bilingual("Jumlah adopsi", "Adoptions"),
    "col.tag": Bilingual("Tag", "Tag"),
    "col.award": Bilingual("Penghargaan", "Award"),
    "col.province": Bilingual("Provinsi", "Province"),
    "ready.title": Bilingual("Siap direplikasi", "Ready to replicate"),
    "ready.description": Bilingual(
        "Inovasi yang bersedia direplikasi dan telah mencantumkan prasyarat replikasinya.",
        "Innovations willing to be replicated that list their prerequisites."),
    "regions.title": Bilingual("Wilayah", "Regions"),
    "regions.description": Bilingual(
        "Inovasi menurut provinsi dan kabupaten/kota di Indonesia: inovasi asal daerah dan "
        "inovasi yang diadopsi di sana.",
        "Innovations by Indonesian province and regency/city: started there and adopted there."),
    "region.description": Bilingual(
        "Inovasi pelayanan publik di {region}: {started} inovasi, {adopted} adopsi.",
        "Public-service innovations in {region}: {started} started here, {adopted} adoptions."),
    "region.started_in.province": Bilingual("Inovasi di Provinsi {region} (termasuk kabupaten/kota)",
                                   "Innovations in {region} province (regencies and cities "
                                   "included)"),
    "region.started_in.regency": Bilingual("Inovasi asal {region}", "Innovations started in {region}"),
    "region.adopted_in.province": Bilingual("Adopsi di Provinsi {region} (termasuk kabupaten/kota)",
                                   "Adoptions in {region} province (regencies and cities "
                                   "included)"),
    "region.adopted_in.regency": Bilingual("Inovasi yang diadopsi di {region}",
                                  "Innovations adopted in {region}"),
    "region.indonesia": Bilingual("Indonesia", "Indonesia"),
    "region.province": Bilingual("Provinsi", "Province"),
    "region.hub": Bilingual("Simpul jaringan inovasi (hub)", "Innovation network hub"),
    "region.children": Bilingual("Kabupaten/kota", "Regencies and cities"),
    "region.none": Bilingual("Belum ada inovasi tercatat.", "No innovations recorded yet."),
    "region.see_all": Bilingual("Lihat semua ({count})", "See all ({count})"),
    "region.totals.province": Bilingual(
        "{started} inovasi dijalankan di provinsi ini (oleh pemerintah provinsi dan "
        "kabupaten/kota) dan {adopted} adopsi di provinsi ini.",
        "{started} innovations run in this province (by the provincial government and the "
        "regencies and cities) and {adopted} adoptions in this province."),
    "region.totals.regency": Bilingual("{started} inovasi dijalankan di daerah ini dan {adopted} adopsi di "
                              "daerah ini.",
                              "{started} innovations run here and {adopted} adoptions here."),
    "region.totals.replicas": Bilingual(
        "Dari inovasi itu, {count} adalah replika inovasi daerah lain (ditandai) dan juga "
        "dihitung sebagai adopsi.",
        "Of those innovations, {count} replicate another region's innovation (marked) and also "
        "count as adoptions."),
    "region.replicable": Bilingual("Bisa direplikasi di {region}", "What {region} could replicate"),
    "region.replicable.regency": Bilingual(
        "Inovasi terbukti dari provinsi yang sama dan provinsi tetangga yang belum diadopsi di "
        "sini; yang siap direplikasi dan masih berjalan didahulukan, dengan adopsi di sekitar "
        "dan statusnya di sana.",
        "Proven innovations from the same province and neighbouring provinces not yet adopted "
        "here; those ready to replicate and still running come first, with nearby adoptions "
        "and their status there."),
    "region.replicable.province": Bilingual(
        "Inovasi terbukti dari provinsi tetangga yang belum diadopsi di provinsi ini; yang siap "
        "direplikasi dan masih berjalan didahulukan, dengan adopsi di sekitar dan statusnya di "
        "sana.",
        "Proven innovations from neighbouring provinces not yet adopted in this province; those "
        "ready to replicate and still running come first, with nearby adoptions and their "
        "status there."),
    "region.replicable.none": Bilingual("Belum ada inovasi tercatat dari provinsi ini dan provinsi "
                               "tetangganya yang belum diadopsi di sini.",
                               "No recorded innovation from this province or its neighbours "
                               "that is not yet adopted here."),
    "region.neighbours": Bilingual("Provinsi tetangga", "Neighbouring provinces"),
    "col.nearby": Bilingual("Adopsi di sekitar (tahun, status di sana)", "Nearby adoptions (year, status "
                   "there)"),
    "status.unknown": Bilingual("status belum tercatat", "status not recorded"),
    "region.own_government": Bilingual("Pemerintah Provinsi {region}", "Provincial government of {region}"),
    "replica.mark": Bilingual("replika dari", "replica of"),
    "replica.record": Bilingual("rekaman replika", "replica record"),
    "awards.title": Bilingual("Penghargaan", "Awards"),
    "awards.description": Bilingual("Inovasi menurut program dan tingkat penghargaan, per tahun.",
                           "Innovations by award programme and tier, by year."),
    "award.holders": Bilingual("{count} inovasi tercatat di katalog meraih {award}.",
                      "{count} recorded innovations in the catalogue hold {award}."),
    "award.year_count": Bilingual("{count} inovasi tercatat dari {award} tahun {year}.",
                         "{count} recorded innovations from {award} {year}."),
    "award.recorded": Bilingual("{count} inovasi tercatat", "{count} recorded innovations"),
    "award.counts_what": Bilingual(
        "Angka di sini menghitung inovasi yang tercatat di katalog ini, bukan jumlah penerima "
        "resmi penghargaan.",
        "These numbers count the innovations recorded in this catalogue, not the official "
        "number of recipients."),
    "award.none": Bilingual("Belum ada inovasi tercatat dengan penghargaan ini.",
                   "No innovation holding this award is recorded yet."),
    "award.how_to_add": Bilingual("Cara menambahkan inovasi", "How to add an innovation"),
    "col.recorded": Bilingual("Inovasi tercatat", "Recorded innovations"),
    "awards.organiser": Bilingual("Penyelenggara", "Organiser"),
    "awards.website": Bilingual("Situs program", "Programme website"),
    "replication.title": Bilingual("Replikasi", "Replication"),
    "replication.description": Bilingual(
        "Inovasi yang paling banyak direplikasi dan jejaring asal–pengadopsi per provinsi.",
        "The most replicated innovations and the origin–adopter network by province."),
    "replication.ranking": Bilingual("Inovasi paling banyak direplikasi", "Most replicated innovations"),
    "replication.by_province": Bilingual("Adopsi per provinsi", "Adoptions by province"),
    "tags.title": Bilingual("Tag", "Tags"),
    "tags.description": Bilingual("Ringkasan tag penghargaan dan provinsi beserta jumlah inovasinya.",
                         "Award and province tags with their number of innovations."),
    "chart.provinces": Bilingual("Inovasi per provinsi (10 teratas)", "Innovations per province (top 10)"),
    "chart.years": Bilingual("Replikasi per tahun", "Replications per year"),
    "browse.more": Bilingual("Telusuri menurut", "Browse by"),
}


def t(key: str, lang: str = "id", **params: object) -> str:
    """Return the interface text for `key` in `lang`, with `{name}` parameters filled in."""
    text = UI[key].get(lang)
    return text.format(**params) if params else text
