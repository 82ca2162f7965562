<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/help.py" line="+230"/>
        <source>Tentang {0}</source>
        <translation>About {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pendaftaran keluhan, pengecekan DTKS/DTSEN, rujukan dan laporan untuk Pusat Kesejahteraan Sosial (Puskesos) desa. Bekerja tanpa internet; data pribadi warga tetap di komputer ini.</source>
        <translation>Complaint registration, DTKS/DTSEN checks, referrals and reports for the village social-welfare centre (Puskesos). Works without internet; residents&apos; personal data stays on this computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lisensi: GNU General Public License versi 3 atau lebih baru (GPL-3.0-or-later).</source>
        <translation>Licence: GNU General Public License version 3 or later (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Huruf DejaVu: lisensi bebas Bitstream Vera/DejaVu.</source>
        <translation>DejaVu fonts: free Bitstream Vera/DejaVu licence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Baca &amp;lisensi</source>
        <translation>Read the &amp;licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/referral_lists.py" line="+92"/>
        <source>Setuj&amp;ui dan kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buka &amp;keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rujukan ke luar desa menunggu persetujuan koordinator; setelah disetujui kartunya dapat dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanya koordinator yang dapat menyetujui rujukan ke luar desa.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficeTab</name>
    <message>
        <location filename="../../puskesos_desktop/ui/tabs/back_office.py" line="+190"/>
        <source>Bidang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nama, NIK, nomor resi… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Umur minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;rutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termasuk yang s&amp;udah ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buka ruang kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Semua yang terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenggat sampai hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenggat sampai 7 hari lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Semua layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Semua petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum ditugaskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back Office</source>
        <translation>Back Office</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Semua ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} lewat tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} keluhan ditampilkan. Baris merah: lewat tenggat layanan; kuning: rujukan perlu tindak lanjut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;1 Antrean keluhan ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Menunggu persetujuan ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Tindak lanjut rujukan ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/charts.py" line="+144"/>
        <source>Belum ada data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/catalogue_base.py" line="+104"/>
        <source>Saring daftar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tampilkan yang &amp;nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Hanya koordinator yang dapat mengubah katalog; Anda dapat melihatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Aktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus &apos;{0}&apos;? Yang sudah dipakai tidak dapat dihapus, hanya dinonaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/charts.py" line="-65"/>
        <source>{0}: {1} — klik untuk melihat daftarnya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupPanel</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/referral_lists.py" line="+14"/>
        <source>Catat &amp;hasil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buka &amp;keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rujukan yang belum ada jawaban dari tujuan setelah {0} hari: hubungi tujuan, lalu catat hasilnya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/form_base.py" line="+80"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontOfficeTab</name>
    <message>
        <location filename="../../puskesos_desktop/ui/tabs/front_office.py" line="+44"/>
        <source>Keluhan yang terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saring: nama, NIK, nomor resi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Front Office</source>
        <translation>Front Office</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../puskesos_desktop/ui/help.py" line="-106"/>
        <source>Panduan Pengguna — {0}</source>
        <translation>User Guide — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cari di panduan:</source>
        <translation>&amp;Search the guide:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ketik kata, lalu Enter (Enter lagi: berikutnya)</source>
        <translation>type a word, then Enter (Enter again: next)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mencari kata di seluruh panduan. Ctrl+F dari mana saja di jendela ini.</source>
        <translation>Searches the whole guide. Ctrl+F from anywhere in this window.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daftar isi: pilih bagian untuk langsung ke sana.</source>
        <translation>Contents: choose a section to go straight to it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Panduan tidak ditemukan di {0}. Pasang ulang program, atau buka docs/PANDUAN.md.</source>
        <translation>The guide was not found at {0}. Reinstall the program, or open docs/PANDUAN.md.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>tidak ditemukan</source>
        <translation>not found</translation>
    </message>
</context>
<context>
    <name>HandleDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/handle_form.py" line="+102"/>
        <source>Tangani di desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melalui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Program desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;gram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;itra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yang diberikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misalnya: BLT Dana Desa bulan November, beras 10 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nilai (Rp, bila ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>300000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nilai bantuan terlalu besar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMatrix</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/charts.py" line="+303"/>
        <source>Belum ada data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../puskesos_desktop/ui/help.py" line="+84"/>
        <source>&amp;Panduan pengguna</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membuka panduan pengguna berbahasa Indonesia (F1).</source>
        <translation>Opens the user guide, written in Indonesian (F1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tentang {0}</source>
        <translation>&amp;About {0}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/login.py" line="+55"/>
        <source>Masuk — Puskesos Desktop</source>
        <translation>Sign in — Puskesos Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puskesos {0}</source>
        <translation>Puskesos {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../puskesos_desktop/ui/main_window.py" line="+70"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ganti pengguna</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kantor: Puskesos {0} ({1})</source>
        <translation>Office: Puskesos {0} ({1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pengguna: {0} — {1}</source>
        <translation>User: {0} — {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
</context>
<context>
    <name>OfficeProfilePage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/office_profile.py" line="+18"/>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan</source>
        <translation>Sub-district (kecamatan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kabupaten/Kota</source>
        <translation>District (kabupaten/kota)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepala desa</source>
        <translation>Village head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/outcome_form.py" line="+96"/>
        <source>Catat hasil rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — {1} ke {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dito&amp;lak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditelaah lebih lan&amp;jut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tanggal hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sumber informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lembar balasan, telepon, berkas umpan balik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Alasan penolakan (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/partners.py" line="+34"/>
        <source>Mitra rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(semua bidang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mitra di &amp;desa: rujukan ke sini langsung dikirim tanpa persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Na&amp;ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;idang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;lamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;rahubung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/pdf_preview.py" line="+74"/>
        <source>Pratinjau — {0}</source>
        <translation>Preview — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} halaman</source>
        <translation>{0} page(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buka di penampil PDF</source>
        <translation>&amp;Open in PDF viewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printer tidak dapat dibuka.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gagal membuka</source>
        <translation>Opening failed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidak ada penampil PDF</source>
        <translation>No PDF viewer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berkas disimpan di {0}</source>
        <translation>File saved at {0}</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/programmes.py" line="+33"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keanggotaan tercantum di data &amp;DTKS/DTSEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satu dokumen per baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;ma program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Penyelenggara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;riteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dok&amp;umen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/referral_form.py" line="+121"/>
        <source>Rujuk keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rujuk {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bidang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alasan rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dokumen dilampirkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mengapa warga dirujuk, dan apa yang diminta dari tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambah ke &amp;daftar (rujukan lain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hapus dari daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(tanpa layanan khusus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source> — di desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Langsung berstatus Dikirim; kartu rujukan dapat dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tujuan di luar desa: rujukan menunggu persetujuan koordinator sebelum kartunya dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pilih tujuan rujukan dari direktori mitra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Di daftar: {0}. Simpan menyimpan daftar dan isian formulir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merujuk ke bidang lain juga? Tambahkan ke daftar dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rujukan nomor {0} di daftar: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/workspace_referrals.py" line="+109"/>
        <source>Setuj&amp;ui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beri tahu &amp;warga…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cetak kartu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persetujuan koordinator untuk rujukan ke luar desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Rujukan baru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hasil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batalka&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cetak &amp;semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catat hasil rujukan dari tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catat bahwa warga sudah diberi tahu hasilnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batalkan rujukan yang dipilih, dengan alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak semua kartu yang sudah dikirim, empat per lembar A4/F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Beri tahu warga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: hasil {1} dari {2}. Bagaimana warga diberi tahu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;tatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Batalkan rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rujukan {0} ke {1} akan berstatus Dibatalkan. Nomornya tidak dipakai lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Alasan pembatalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kartu rujukan {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} kartu rujukan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../puskesos_desktop/ui/tabs/reports.py" line="+27"/>
        <source>Jumlah data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <location filename="../../puskesos_desktop/ui/models/base.py" line="+28"/>
        <source>Ya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/services_catalogue.py" line="+33"/>
        <source>Katalog layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dijawab langsung di &amp;meja layanan (informasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satu persyaratan per baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;ma layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;idang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ujuan bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;rsyaratan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>(tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} (nonaktif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../puskesos_desktop/ui/tabs/settings.py" line="+54"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/workspace.py" line="+211"/>
        <source>Ruang kerja keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DTKS/DTSEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kerentanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bidang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saluran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kemendesakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenggat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepastian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rujukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Penanganan desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Centang dokumen yang sudah diterima, lalu simpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;mpan centang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak daftar &amp;belum lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan untuk petugas lain (tidak dicetak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambah c&amp;atatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beri &amp;kepastian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tangani di &amp;desa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rujuk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tu&amp;gaskan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;lesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ba&amp;talkan keluhan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buka k&amp;embali…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutu&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} — {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lewat tenggat {0} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>belum punya NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belum punya KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>belum ditugaskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rujukan ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dokumen ({0} kurang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Belum dapat ditutup: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Beri kepastian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apa yang akan terjadi dan kapan: jawaban yang diberikan kepada warga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kepastian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(tanpa petugas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tugaskan petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Siapa yang menangani {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Batalkan keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keluhan akan berstatus Dibatalkan; rujukan yang masih terbuka ikut dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alasan pembatalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buka kembali keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keluhan kembali berstatus Diteruskan ke Back Office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alasan dibuka kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dokumen yang masih kurang — {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../puskesos_desktop/ui/app.py" line="+77"/>
        <source>Kantor belum disiapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database ini belum memiliki profil kantor dan akun koordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../puskesos_desktop/ui/tabs/base_tab.py" line="+18"/>
        <source>Tidak diizinkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Periksa kembali</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
