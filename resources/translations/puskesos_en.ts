<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/help.py" line="+235" />
        <source>Tentang {0}</source>
        <translation>About {0}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pendaftaran keluhan, pengecekan DTKS/DTSEN, rujukan dan laporan untuk Pusat Kesejahteraan Sosial (Puskesos) desa. Bekerja tanpa internet; data pribadi warga tetap di komputer ini.</source>
        <translation>Complaint registration, DTKS/DTSEN checks, referrals and reports for the village social-welfare centre (Puskesos). Works without internet; residents' personal data stays on this computer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Lisensi: GNU General Public License versi 3 atau lebih baru (GPL-3.0-or-later).</source>
        <translation>Licence: GNU General Public License version 3 or later (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Huruf DejaVu: lisensi bebas Bitstream Vera/DejaVu.</source>
        <translation>DejaVu fonts: free Bitstream Vera/DejaVu licence.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Baca &amp;lisensi</source>
        <translation>Read the &amp;licence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/admin/account_dialogs.py" line="+88" />
        <location line="+1" />
        <source>Akun baru</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Ubah akun</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ubah akun {0}</source>
        <translation>Edit account {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama &amp;pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pe&amp;ran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Telepon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ulangi kata sandi</source>
        <translation>Repeat pass&amp;word</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Wajib &amp;diganti saat masuk pertama kali</source>
        <translation>Must be changed at first si&amp;gn-in</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/admin/setup_wizard.py" line="+418" />
        <source>Akun koordinator</source>
        <translation>Coordinator account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akun pertama: koordinator membuat akun petugas lain di Pengaturan › Akun pengguna.</source>
        <translation>The first account: the coordinator creates the other staff accounts in Settings › User accounts.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tidak ada kata sandi bawaan. Pilih kata sandi minimal 8 karakter yang memadukan huruf dan angka atau tanda baca, dan ingatlah baik-baik.</source>
        <translation>There is no default password. Choose a password of at least 8 characters mixing letters with digits or punctuation, and remember it well.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nama le&amp;ngkap</source>
        <translation>Full na&amp;me</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kata san&amp;di</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Telepon (boleh kosong)</source>
        <translation>&amp;Phone (optional)</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Nama &amp;pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/accounts.py" line="+78" />
        <source>Akun pengguna</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location line="-7" />
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset kata sandi…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buka &amp;kunci akun</source>
        <translation>Un&amp;lock account</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Hanya koordinator yang mengelola akun pengguna.</source>
        <translation>Only the coordinator manages user accounts.</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Satu akun untuk satu orang. Akun tidak pernah dihapus, hanya dinonaktifkan, agar riwayat tetap menunjuk orangnya. Baris abu-abu: nonaktif; merah muda: terkunci setelah lima kali salah sandi.</source>
        <translation>One account per person. Accounts are never deleted, only deactivated, so the history still points to the person. Grey rows: inactive; pink: locked after five wrong passwords.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Akti&amp;fkan</source>
        <translation>Acti&amp;vate</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nonakti&amp;fkan</source>
        <translation>Deacti&amp;vate</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../puskesos_desktop/ui/app.py" line="+395" />
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/referral_lists.py" line="+132" />
        <source>Setujui dan &amp;kirim</source>
        <translation>Approve and &amp;send</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buka k&amp;eluhan</source>
        <translation>Open &amp;complaint</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>%n rujukan disetujui dan dikirim: {0}. Kartunya sekarang dapat dicetak.</source>
        <translation>
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Rujukan ke luar desa menunggu persetujuan koordinator; setelah disetujui kartunya dapat dicetak.</source>
        <translation>Referrals outside the village wait for the coordinator's approval; once approved, their card can be printed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hanya koordinator yang dapat menyetujui rujukan ke luar desa.</source>
        <translation>Only the coordinator can approve referrals outside the village.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/attachments_panel.py" line="+58" />
        <source>Foto rumah tanpa lokasi GPS</source>
        <translation>House photo without GPS position</translation>
    </message>
    <message>
        <location line="+102" />
        <source>Pindaian dan foto disimpan di database (ikut dicadangkan). Foto diperkecil otomatis; seret berkas ke sini untuk menambahkan.</source>
        <translation>Scans and photos are stored in the database (included in backups). Photos are made smaller automatically; drag files here to add them.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tambah dari &amp;berkas…</source>
        <translation>Add from &amp;file…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Lihat</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Simpan &amp;salinan…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hapus…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pantau folder &amp;pemindai…</source>
        <translation>Watch &amp;scanner folder…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas baru di folder pemindai dilampirkan dengan jenis terpilih.</source>
        <translation>New files in the scanner folder are attached with the chosen kind.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Berhenti memantau folder</source>
        <translation>Stop watching the folder</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Lampiran hanya dapat dilihat petugas yang menangani kasus.</source>
        <translation>Attachments can only be seen by the staff handling the case.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Pilih pindaian atau foto</source>
        <translation>Choose a scan or photo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gambar dan PDF (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.pdf)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.pdf)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Melampirkan {0} berkas…</source>
        <translation>Attaching {0} file(s)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{0}: foto rumah tanpa lokasi GPS.</source>
        <translation>{0}: house photo without a GPS position.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Folder tempat pemindai menyimpan berkas</source>
        <translation>Folder where the scanner saves its files</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Simpan salinan lampiran</source>
        <translation>Save a copy of the attachment</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tersimpan: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Hapus lampiran</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lampiran {0} ({1}) dihapus dari database; jejak audit mencatat alasannya.</source>
        <translation>Attachment {0} ({1}) is removed from the database; the audit trail records the reason.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>AuditViewerPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/audit_viewer.py" line="+38" />
        <source>Masuk</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gagal masuk</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluar</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membuka kunci layar</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gagal membuka kunci layar</source>
        <translation>Screen unlock failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layar dikunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akun dibuat</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akun diubah</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akun dinonaktifkan</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akun diaktifkan</source>
        <translation>Account activated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi direset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gagal mengganti kata sandi</source>
        <translation>Password change failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunci akun dibuka</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profil kantor dibuat</source>
        <translation>Office profile created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profil kantor diubah</source>
        <translation>Office profile changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Penyiapan awal selesai</source>
        <translation>First setup finished</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pengaturan diubah</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sambungan server kantor diubah</source>
        <translation>Office server connection changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hari libur diubah</source>
        <translation>Holidays changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mitra ditambahkan</source>
        <translation>Partner added</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mitra diubah</source>
        <translation>Partner changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mitra diaktifkan</source>
        <translation>Partner activated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mitra dinonaktifkan</source>
        <translation>Partner deactivated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mitra dihapus</source>
        <translation>Partner deleted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layanan ditambahkan</source>
        <translation>Service added</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layanan diubah</source>
        <translation>Service changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layanan diaktifkan</source>
        <translation>Service activated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layanan dinonaktifkan</source>
        <translation>Service deactivated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layanan dihapus</source>
        <translation>Service deleted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program ditambahkan</source>
        <translation>Programme added</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program diubah</source>
        <translation>Programme changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program diaktifkan</source>
        <translation>Programme activated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program dinonaktifkan</source>
        <translation>Programme deactivated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program dihapus</source>
        <translation>Programme deleted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga didaftarkan</source>
        <translation>Resident registered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data warga diubah</source>
        <translation>Resident data changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Didaftarkan dari data DTKS/DTSEN</source>
        <translation>Registered from DTKS/DTSEN data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data warga dicetak untuk warga</source>
        <translation>Resident's data printed for the resident</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Persetujuan dicatat</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data warga dianonimkan</source>
        <translation>Residents' data anonymised</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan didaftarkan</source>
        <translation>Complaint registered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status keluhan</source>
        <translation>Complaint status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan dijawab</source>
        <translation>Complaint answered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catatan keluhan</source>
        <translation>Complaint note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan ditugaskan</source>
        <translation>Complaint assigned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dokumen keluhan diperbarui</source>
        <translation>Complaint documents updated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan ditangani di desa</source>
        <translation>Complaint handled in the village</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga diberi tahu</source>
        <translation>Resident informed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan dibuat</source>
        <translation>Referral created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status rujukan</source>
        <translation>Referral status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga diberi tahu hasil rujukan</source>
        <translation>Resident informed of the referral's outcome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunjungan lapangan dicatat</source>
        <translation>Field visit recorded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunjungan lapangan diubah</source>
        <translation>Field visit changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan dibuat</source>
        <translation>Proposal created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status usulan</source>
        <translation>Proposal status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anggota usulan diubah</source>
        <translation>Proposal members changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data DTKS/DTSEN diimpor</source>
        <translation>DTKS/DTSEN data imported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hasil musyawarah desa dicatat</source>
        <translation>Village meeting results recorded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daftar musyawarah desa dicetak</source>
        <translation>Village meeting list printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berita acara musyawarah desa dicetak</source>
        <translation>Village meeting minutes printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paket Musdesus dibuat</source>
        <translation>Musdesus package created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor laporan bulanan diberikan</source>
        <translation>Monthly report number assigned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dokumen dicetak</source>
        <translation>Document printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Salinan dokumen dicetak</source>
        <translation>Document copy printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daftar dokumen kurang dicetak</source>
        <translation>Missing-documents slip printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kartu rujukan dicetak</source>
        <translation>Referral card printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Salinan kartu rujukan dicetak</source>
        <translation>Referral card copy printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surat diterbitkan</source>
        <translation>Letter issued</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas bulanan diekspor</source>
        <translation>Monthly batch exported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Umpan balik diimpor</source>
        <translation>Feedback imported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cadangan otomatis</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database dipulihkan</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database dipindahkan</source>
        <translation>Database moved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jejak audit diekspor</source>
        <translation>Audit trail exported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data contoh dibuat</source>
        <translation>Demo data created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lampiran ditambahkan</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lampiran dilihat</source>
        <translation>Attachment viewed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lampiran disalin ke berkas</source>
        <translation>Attachment copied to a file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lampiran dicetak</source>
        <translation>Attachment printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lampiran dihapus</source>
        <translation>Attachment removed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Templat pesan diubah</source>
        <translation>Message template changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data penduduk desa diimpor</source>
        <translation>Village population register imported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perubahan dari data penduduk diterima</source>
        <translation>Changes from the population register accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data desil diimpor</source>
        <translation>Desil data imported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batas desil program diubah</source>
        <translation>Programme desil ceiling changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usul/sanggah Cek Bansos dicatat</source>
        <translation>Cek Bansos proposal/objection recorded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hasil usul/sanggah Cek Bansos dicatat</source>
        <translation>Cek Bansos proposal/objection outcome recorded</translation>
    </message>
    <message>
        <location line="+97" />
        <location line="+115" />
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="-130" />
        <source>&amp;Dari tanggal</source>
        <translation>Fro&amp;m date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sampai</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pengguna</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tindakan</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Te&amp;ks</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>nomor, NIK, nama di rincian…</source>
        <translation>number, NIK, name in the details…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tampi&amp;lkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Periksa &amp;rantai</source>
        <translation>Check the &amp;chain</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Hanya koordinator yang melihat jejak audit.</source>
        <translation>Only the coordinator sees the audit trail.</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Siapa melakukan apa dan kapan: masuk/keluar, setiap perubahan (lama → baru), status, cetak, ekspor, impor, cadangan dan akun. Entri saling terkait dengan hash: mengubah, menghapus atau menukar entri di luar program terdeteksi saat rantai diperiksa.</source>
        <translation>Who did what and when: sign-in/out, every change (old → new), statuses, printing, exports, imports, backups and accounts. Entries are chained by hashes: changing, deleting or swapping entries outside the program is detected when the chain is checked.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Perubahan akun</source>
        <translation>Account changes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cadangan dan pemulihan</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Hash terakhir: {0}</source>
        <translation>Last hash: {0}</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+7" />
        <source> (paling banyak {0}; persempit saringan)</source>
        <translation> (at most {0}; narrow the filter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} entri</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Memeriksa rantai…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rantai utuh: {0} entri diperiksa. Hash terakhir: {1}</source>
        <translation>Chain intact: {0} entries checked. Last hash: {1}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>RANTAI RUSAK pada entri No {0}: {1}. Laporkan kepada koordinator/kabupaten.</source>
        <translation>CHAIN BROKEN at entry No {0}: {1}. Report it to the coordinator/district.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ekspor jejak audit</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>, terkunci kata sandi</source>
        <translation>, password-protected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} entri diekspor ke {1}{2}.</source>
        <translation>{0} entries exported to {1}{2}.</translation>
    </message>
</context>
<context>
    <name>BackOfficeTab</name>
    <message>
        <location filename="../../puskesos_desktop/ui/tabs/back_office.py" line="+144" />
        <source>Memuat Back Office…</source>
        <translation>Loading the Back Office…</translation>
    </message>
    <message>
        <location line="+375" />
        <source>Bidang:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location line="-235" />
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nama, NIK, nomor resi… (Ctrl+F)</source>
        <translation>name, NIK, receipt number… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Layanan</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Status</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Petugas</source>
        <translation>S&amp;taff</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tenggat</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Umur minimal</source>
        <translation>&amp;Minimum age</translation>
    </message>
    <message>
        <location line="+1" />
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>U&amp;rutkan</source>
        <translation>S&amp;ort</translation>
    </message>
    <message>
        <location line="-194" />
        <source>Prioritas (terlambat dulu)</source>
        <translation>Priority (overdue first)</translation>
    </message>
    <message>
        <location line="-26" />
        <source>{0}/{1} terbuka</source>
        <translation>{0}/{1} open</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, {0} menunggu persetujuan</source>
        <translation>, {0} awaiting approval</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, perlu tindak lanjut</source>
        <translation>, needs follow-up</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Umur (terlama dulu)</source>
        <translation>Age (oldest first)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bidang</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+188" />
        <source>Termasuk yang sudah &amp;ditutup</source>
        <translation>Include &amp;closed ones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buka ruang ker&amp;ja</source>
        <translation>Open &amp;workspace</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Semua yang terbuka</source>
        <translation>All open</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tenggat sampai hari ini</source>
        <translation>Due by today</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tenggat sampai 7 hari lagi</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Semua layanan</source>
        <translation>All services</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Semua petugas</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Belum ditugaskan</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/main_window.py" line="+33" />
        <location filename="../../puskesos_desktop/ui/tabs/back_office.py" line="+7" />
        <source>Back Office</source>
        <translation>Back Office</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/tabs/back_office.py" line="+181" />
        <source>Semua ({0})</source>
        <translation>All ({0})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0} lewat tenggat</source>
        <translation>{0} overdue</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{0} dari {1} rujukan menunggu persetujuan ditampilkan (saringan bidang, cari, layanan).</source>
        <translation>{0} of {1} referrals waiting for approval shown (filter: field, search, service).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} dari {1} rujukan tanpa jawaban ditampilkan (saringan bidang, cari, layanan).</source>
        <translation>{0} of {1} referrals without an answer shown (filter: field, search, service).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{0} keluhan ditampilkan. Baris merah: lewat tenggat layanan; kuning: rujukan perlu tindak lanjut.</source>
        <translation>{0} complaints shown. Red rows: past the service deadline; yellow: referral needs follow-up.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;1 Antrean keluhan ({0})</source>
        <translation>&amp;1 Complaint queue ({0})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;2 Menunggu persetujuan ({0})</source>
        <translation>&amp;2 Awaiting approval ({0})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;3 Tindak lanjut rujukan ({0})</source>
        <translation>&amp;3 Referral follow-up ({0})</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/backup_page.py" line="+140" />
        <location line="+96" />
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="-115" />
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder &amp;kedua (flashdisk)</source>
        <translation>&amp;Second folder (USB drive)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kosong: tanpa salinan kedua</source>
        <translation>empty: no second copy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lampiran (pindaian dan foto)</source>
        <translation>Attachments (scans and photos)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Simpan &amp;folder</source>
        <translation>Save f&amp;older</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cadangkan &amp;sekarang</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cadangkan ke berk&amp;as…</source>
        <translation>Back up to a fil&amp;e…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Hanya koordinator yang mengelola cadangan.</source>
        <translation>Only the coordinator manages backups.</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Pu&amp;lihkan dari cadangan…</source>
        <translation>Resto&amp;re from a backup…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Komputer ini membuat cadangan &amp;harian dan saat program ditutup</source>
        <translation>This computer makes the &amp;daily backup and one when the program closes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Memulihkan cadangan mengganti seluruh data dengan isi berkas cadangan, lalu program dimulai ulang. Data yang sekarang disimpan lebih dahulu sebagai berkas, agar pemulihan dapat dibatalkan. Program Puskesos di PC lain harus ditutup dahulu.</source>
        <translation>Restoring a backup replaces all data with the contents of the backup file, then the program restarts. The current data is first saved as a file, so the restore can be undone. Puskesos on other PCs must be closed first.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cadangan adalah salinan konsisten berkas database (dibuat walau program berjalan), yang dapat dipulihkan ke database berkas maupun server.</source>
        <translation>A backup is a consistent copy of the database file (made even while the program runs) that can be restored to a file database or to a server.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database ada di server {0}. Cadangan menyalin setiap tabel ke satu berkas di komputer ini, yang dapat dipulihkan ke server maupun ke database berkas.</source>
        <translation>The database is on the server {0}. A backup copies every table into one file on this computer, which can be restored to a server or to a file database.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Komputer ini membuat cadangan otomatis setiap hari dan setiap kali program ditutup, menyimpan 7 harian, 4 mingguan dan 12 bulanan, juga di folder kedua bila diisi.</source>
        <translation>This computer makes an automatic backup every day and each time the program closes, keeping 7 daily, 4 weekly and 12 monthly copies, also in the second folder if set.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cadangan otomatis dimatikan di komputer ini: hanya cadangan yang dibuat dengan tombol.</source>
        <translation>Automatic backups are switched off on this computer: only backups made with the buttons.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Komputer ini tidak membuat cadangan otomatis. Nyalakan di satu komputer saja (yang selalu menyala di kantor), agar kantor dicadangkan setiap hari.</source>
        <translation>This computer makes no automatic backups. Switch them on on one computer only (one that is always on in the office), so the office is backed up every day.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{0} berkas, {1} (ikut dalam setiap cadangan)</source>
        <translation>{0} file(s), {1} (included in every backup)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>, terenkripsi</source>
        <translation>, encrypted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cadangan tersimpan: {0} ({1}{2}).</source>
        <translation>Backup saved: {0} ({1}{2}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Salinan kedua: {0}.</source>
        <translation>Second copy: {0}.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Mencadangkan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cadangkan ke berkas</source>
        <translation>Back up to a file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cadangan (*.sqlite3 *.bak)</source>
        <translation>Backups (*.sqlite3 *.bak)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Mencadangkan ke {0}…</source>
        <translation>Backing up to {0}…</translation>
    </message>
    <message>
        <location line="-115" />
        <source>Folder kedua</source>
        <translation>Second folder</translation>
    </message>
    <message>
        <location line="+134" />
        <source>Folder kedua tersimpan.</source>
        <translation>Second folder saved.</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+20" />
        <location line="+22" />
        <location line="+26" />
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Cadangan (*.sqlite3 *.bak);;Semua berkas (*)</source>
        <translation>Backups (*.sqlite3 *.bak);;All files (*)</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+4" />
        <source>Memeriksa berkas cadangan…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Pemulihan dibatalkan; tidak ada yang berubah.</source>
        <translation>Restore cancelled; nothing changed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Memulihkan…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Memulihkan data dari cadangan…</source>
        <translation>Restoring the data from the backup…</translation>
    </message>
    <message>
        <location line="+16" />
        <source> Data sebelumnya disimpan di {0}; memulihkan berkas itu membatalkan pemulihan ini.</source>
        <translation> The previous data was saved in {0}; restoring that file undoes this restore.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Data dipulihkan.</source>
        <translation>Data restored.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Data dipulihkan dari cadangan.{0} Program sekarang dimulai ulang.</source>
        <translation>Data restored from the backup.{0} The program now restarts.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pemulihan tidak dilakukan: data yang sekarang tetap utuh.</source>
        <translation>Nothing was restored: the current data is intact.</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <location line="+9" />
        <source>Kata sandi cadangan</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Berkas {0} terenkripsi. Tulis kata sandi yang dipasang saat cadangan dibuat.</source>
        <translation>The file {0} is encrypted. Type the password set when the backup was made.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Lanjut</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/charts.py" line="+151" />
        <source>Belum ada data.</source>
        <translation>No data yet.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/catalogue_base.py" line="+111" />
        <source>Saring daftar…</source>
        <translation>Filter the list…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tampilkan yan&amp;g nonaktif</source>
        <translation>Sho&amp;w inactive</translation>
    </message>
    <message>
        <location line="+1" />
        <source>B&amp;aru</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hapus</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Hanya koordinator yang dapat mengubah katalog; Anda dapat melihatnya.</source>
        <translation>Only the coordinator can change the catalogue; you can view it.</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Nonakti&amp;fkan</source>
        <translation>Deactiv&amp;ate</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Akti&amp;fkan</source>
        <translation>Activ&amp;ate</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hapus '{0}'? Yang sudah dipakai tidak dapat dihapus, hanya dinonaktifkan.</source>
        <translation>Delete '{0}'? Entries already in use cannot be deleted, only deactivated.</translation>
    </message>
</context>
<context>
    <name>CekBansosForm</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/registry/cek_bansos_form.py" line="+20" />
        <source>Usul</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sanggah</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Usul/sanggah Cek Bansos</source>
        <translation>Cek Bansos proposal/objection</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Catat usul atau sanggah yang diajukan kantor lewat aplikasi Cek Bansos atas nama warga (misalnya karena verifikasi wajah gagal). Tenggat verifikasi 14 hari sejak tanggal pengajuan.</source>
        <translation>Record a proposal (usul) or objection (sanggah) the office filed in the Cek Bansos app on the resident's behalf (for example because face verification failed). Verification is due 14 days after filing.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>wajib untuk sanggah; usul: kosong = keluarga warga sendiri</source>
        <translation>required for an objection; proposal: empty = the resident's own family</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tanggal pengajuan:</source>
        <translation>&amp;Date filed:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No. &amp;KK keluarga:</source>
        <translation>&amp;Family KK no.:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor &amp;referensi:</source>
        <translation>&amp;Reference number:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Catatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>CekBansosOutcomeForm</name>
    <message>
        <location line="+33" />
        <source>Hasil usul/sanggah Cek Bansos</source>
        <translation>Outcome of the Cek Bansos proposal/objection</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Hasil:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tanggal hasil:</source>
        <translation>Outcome &amp;date:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Catatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>CekBansosPanel</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/cek_bansos_panel.py" line="+35" />
        <source> (lewat tenggat {0} hari)</source>
        <translation> ({0} days past the deadline)</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Usul/sanggah Cek Bansos (dibantu kantor)</source>
        <translation>Cek Bansos proposals/objections (filed by the office)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catat usul/sanggah</source>
        <translation>Record proposal/objection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catat hasilnya</source>
        <translation>Record the outcome</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/admin/change_password.py" line="+136" />
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ganti kata sandi — {0}</source>
        <translation>Change password — {0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Koordinator telah mereset kata sandi Anda. Buat kata sandi baru yang hanya Anda ketahui sebelum melanjutkan.</source>
        <translation>The coordinator has reset your password. Make a new password that only you know before continuing.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kata sandi hanya untuk Anda: jangan dipakai bersama dan jangan ditulis di dekat komputer.</source>
        <translation>Your password is for you only: do not share it and do not write it down near the computer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kata sandi sekara&amp;ng</source>
        <translation>C&amp;urrent password</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kata sandi se&amp;mentara</source>
        <translation>&amp;Temporary password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi ba&amp;ru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ulangi kata sandi baru</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kata sandi yang dipakai sekarang</source>
        <translation>The password in use now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimal 8 karakter, paduan huruf dan angka atau tanda baca</source>
        <translation>At least 8 characters, mixing letters with digits or punctuation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ketik kata sandi baru sekali lagi</source>
        <translation>Type the new password once more</translation>
    </message>
</context>
<context>
    <name>ComplaintFormDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/front/complaint_form.py" line="+45" />
        <source>Datang langsung</source>
        <translation>Came in person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fasilitator (kunjungan lapangan)</source>
        <translation>Facilitator (field visit)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+242" />
        <location line="+1" />
        <source>Daftarkan keluhan</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Layanan</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Uraian keluhan *</source>
        <translation>Complaint &amp;description *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kemendesakan</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dijawab langsung di meja (permintaan informasi)</source>
        <translation>&amp;Answered at the desk (information request)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Jawaban</source>
        <translation>A&amp;nswer</translation>
    </message>
    <message>
        <location line="-5" />
        <source>B&amp;idang *</source>
        <translation>&amp;Field *</translation>
    </message>
    <message>
        <location line="+6" />
        <source>S&amp;aluran</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fasilitator</source>
        <translation>Faci&amp;litator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tanggal kunjungan</source>
        <translation>Visi&amp;t date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;okumen dibawa</source>
        <translation>D&amp;ocuments brought</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Apa yang dikeluhkan atau dibutuhkan warga, dengan kata-katanya</source>
        <translation>What the resident complains about or needs, in their own words</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Simpan dan cetak resi</source>
        <translation>&amp;Save and print receipt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bidang keluhan: menentukan layanan dan tujuan rujukan</source>
        <translation>The complaint's field: decides the services and referral destinations</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Layanan dari katalog: menentukan target hari kerja dan dokumen yang perlu</source>
        <translation>A catalogue service: sets the target working days and the documents needed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Uraian ini tercetak pada resi warga</source>
        <translation>This description is printed on the resident's receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Darurat dan Segera didahulukan di antrean back office</source>
        <translation>Darurat and Segera go first in the back-office queue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Centang bila pertanyaan warga langsung dijawab di meja; keluhan langsung selesai</source>
        <translation>Tick if the question is answered at the desk; the complaint is then resolved at once</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Jawaban yang diberikan kepada warga</source>
        <translation>The answer given to the resident</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bagaimana keluhan sampai ke Puskesos</source>
        <translation>How the complaint reached the Puskesos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fasilitator yang membawa keluhan dari kunjungan lapangan</source>
        <translation>The facilitator who brought the complaint from a field visit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal kunjungan lapangan</source>
        <translation>Date of the field visit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Centang dokumen yang dibawa warga; yang kurang tercetak di resi</source>
        <translation>Tick the documents the resident brought; missing ones are printed on the receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Persetujuan warga (UU 27/2022 tentang Pelindungan Data Pribadi)</source>
        <translation>Resident's consent (Law 27/2022 on Personal Data Protection)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga setuju datanya di&amp;pakai untuk layanan ini *</source>
        <translation>The resident agrees to their data being &amp;processed for this service *</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bacakan kepada warga: data diri dan keluhannya dipakai Puskesos hanya untuk melayani dan merujuk keluhan ini. Tanpa persetujuan ini keluhan tidak dapat didaftarkan.</source>
        <translation>Read this to the resident: Puskesos uses their personal data and complaint only to serve and refer this complaint. Without this consent the complaint cannot be registered.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Warga bersedia di&amp;hubungi tentang keluhannya, melalui:</source>
        <translation>The resident may be contacted about the co&amp;mplaint, by:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cara yang dipakai untuk memberi tahu warga hasil keluhannya</source>
        <translation>How the office tells the resident the outcome of the complaint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telepon dan WhatsApp memerlukan nomor telepon di data warga</source>
        <translation>Phone and WhatsApp need a phone number in the resident's record</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Warga: &lt;b&gt;{0}&lt;/b&gt; — NIK {1}, KK {2} — {3}</source>
        <translation>Resident: &lt;b&gt;{0}&lt;/b&gt; — NIK {1}, KK {2} — {3}</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+35" />
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="-32" />
        <source>— pilih bidang —</source>
        <translation>— choose a field —</translation>
    </message>
    <message>
        <location line="+10" />
        <source>— pilih fasilitator —</source>
        <translation>— choose a facilitator —</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Kunjungan: {0}</source>
        <translation>Visit: {0}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Telepon di data warga: {0}.</source>
        <translation>Phone in the resident's record: {0}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Belum pernah ada persetujuan tercatat.</source>
        <translation>No consent recorded yet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Persetujuan terakhir: {0}, dicatat {1}; {2}.</source>
        <translation>Last consent: {0}, recorded by {1}; {2}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>bersedia dihubungi melalui {0}</source>
        <translation>may be contacted by {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tidak bersedia dihubungi</source>
        <translation>does not want to be contacted</translation>
    </message>
    <message>
        <location line="+10" />
        <source>— tanpa layanan katalog —</source>
        <translation>— no catalogue service —</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Usulkan keluarga {0} ke DTKS/DTSEN (belum terdaftar)</source>
        <translation>Propose the family of {0} for DTKS/DTSEN (not listed)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sudah pernah diusulkan:</source>
        <translation>Proposed before:</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../puskesos_desktop/ui/session.py" line="+54" />
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/help.py" line="+41" />
        <source>Laporan galat</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Catatan teknis setiap kali program galat atau tertutup mendadak. Isinya hanya letak galat di dalam program — tanpa nama, NIK, atau isian warga. Salin dan kirimkan kepada pendamping TI kabupaten.</source>
        <translation>A technical note each time the program failed or closed suddenly. It holds only where in the program the error happened — no names, NIKs or residents' data. Copy it and send it to the district's IT facilitator.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Belum ada laporan galat: program belum pernah galat di komputer ini.</source>
        <translation>No error report yet: the program has not failed on this computer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Berkas: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Salin laporan</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Tersalin ✓</source>
        <translation>Copied ✓</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/report_pages.py" line="+314" />
        <source>Keluarga penerima program</source>
        <translation>Families receiving a programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluarga desil 1–4 tanpa program</source>
        <translation>Decile 1–4 families without a programme</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keluhan belum selesai atau ditolak</source>
        <translation>Complaints unresolved or rejected</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Keluarga dalam data DTKS/DTSEN</source>
        <translation>Families in the DTKS/DTSEN data</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Usulan DTSEN (semua)</source>
        <translation>DTSEN proposals (all)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(i) Usulan pemutakhiran dan penambahan DTSEN</source>
        <translation>(i) DTSEN update and addition proposals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(ii) Akses program pusat dan daerah</source>
        <translation>(ii) Access to national and regional programmes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(ii) Keluarga penerima menurut program dan desil</source>
        <translation>(ii) Recipient families by programme and decile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(iii) Komplementaritas dan irisan program</source>
        <translation>(iii) Programme complementarity and overlap</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(iv) Kesenjangan layanan</source>
        <translation>(iv) Service gaps</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jenis usulan × status saat ini</source>
        <translation>Proposal type × current status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluarga penerima per program</source>
        <translation>Recipient families per programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluarga penerima per tingkat program</source>
        <translation>Recipient families per programme level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program × desil (jumlah keluarga)</source>
        <translation>Programme × decile (number of families)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluarga DTKS/DTSEN per desil</source>
        <translation>DTKS/DTSEN families by decile</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Keadaan per {0}. Satu keluarga = satu No. KK di data DTKS/DTSEN yang aktif; desil keluarga = desil terendah anggotanya. Klik angka untuk melihat daftarnya.</source>
        <translation>As of {0}. One family = one KK number in the active DTKS/DTSEN data; a family's decile = the lowest decile of its members. Click a number to see the list.</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Keluarga penerima dua program sekaligus (diagonal: penerima program itu)</source>
        <translation>Families receiving two programmes at once (diagonal: recipients of that programme)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desil 1–4 tanpa program apa pun</source>
        <translation>Decile 1–4 without any programme</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keluhan yang belum selesai, atau yang rujukannya ditolak tanpa ada yang disetujui, per bidang dan layanan. Tekan Enter atau klik dua kali pada angka untuk melihat daftarnya.</source>
        <translation>Complaints not yet resolved, or whose referrals were rejected with none approved, by field and service. Press Enter or double-click a number to see the list.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Memuat dasbor…</source>
        <translation>Loading the dashboard…</translation>
    </message>
    <message>
        <location line="+37" />
        <source>tanpa</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+22" />
        <source>Desil {0}</source>
        <translation>Decile {0}</translation>
    </message>
</context>
<context>
    <name>DataExchangePage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/data_exchange.py" line="+127" />
        <source>Pertukaran data dengan kabupaten</source>
        <translation>Data exchange with the district</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Data berpindah lewat flashdisk: ekstrak DTKS/DTSEN masuk dari kabupaten, batch bulanan keluar, dan jawaban kabupaten kembali sebagai umpan balik.</source>
        <translation>Data travels by USB drive: DTKS/DTSEN extracts come in from the district, monthly batches go out, and the district's answers come back as feedback.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>&amp;Impor DTKS/DTSEN…</source>
        <translation>&amp;Import DTKS/DTSEN…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ekspor batch bulanan…</source>
        <translation>&amp;Export monthly batch…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impor &amp;umpan balik…</source>
        <translation>Import feed&amp;back…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impor &amp;desil…</source>
        <translation>Import &amp;desil…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impor data &amp;penduduk…</source>
        <translation>Import &amp;population register…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch terkirim</source>
        <translation>Batches sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impor DTKS/DTSEN</source>
        <translation>DTKS/DTSEN imports</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pertukaran data</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Hanya koordinator yang mengimpor dan mengekspor data.</source>
        <translation>Only the coordinator imports and exports data.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/date_field.py" line="+16" />
        <source>HH-BB-TTTT</source>
        <translation>DD-MM-YYYY</translation>
    </message>
</context>
<context>
    <name>DesilLimitsPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/desil_limits.py" line="+80" />
        <source>Batas desil program</source>
        <translation>Programmes' desil ceilings</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Program bansos memakai batas desil DTSEN (misalnya PKH desil 1–4, Sembako/BPNT 1–5, PBI-JK 1–5). Halaman warga dan hasil pencarian memakai tabel ini untuk mengatakan program mana yang memenuhi batas desil keluarga dan mana yang belum diterima. Tulis sumbernya (pengumuman, surat, juknis) dan tanggalnya. Kriteria lain diubah di Pengaturan › Program.</source>
        <translation>Social-assistance programmes use DTSEN desil ceilings (for example PKH desil 1–4, Sembako/BPNT 1–5, PBI-JK 1–5). The resident page and the search results use this table to say which programmes a family's desil qualifies for and which it does not receive yet. Write down the source (announcement, letter, technical guide) and its date. Other criteria are edited in Settings › Programmes.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Batas des&amp;il (0 = tidak memakai desil):</source>
        <translation>Desil &amp;ceiling (0 = no desil ceiling):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;umber:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tanggal sumber:</source>
        <translation>Source &amp;date:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Simpan batas desil</source>
        <translation>&amp;Save the desil ceiling</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Batas desil</source>
        <translation>Desil ceilings</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Hanya koordinator yang mengubah batas desil.</source>
        <translation>Only the coordinator changes the desil ceilings.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Pilih programnya dulu di tabel.</source>
        <translation>Choose the programme in the table first.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Batas desil {0} disimpan.</source>
        <translation>Desil ceiling of {0} saved.</translation>
    </message>
</context>
<context>
    <name>DesilWizard</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/exchange/desil_wizard.py" line="+63" />
        <location line="+37" />
        <source>Impor desil</source>
        <translation>Import desil</translation>
    </message>
    <message>
        <location line="-34" />
        <source>Berkas desil dari SIKS-NG dengan kolom No KK, NIK dan Desil. Desil disimpan per keluarga bersama tanggal datanya; desil lama tetap tersimpan sebagai riwayat.</source>
        <translation>The desil workbook from SIKS-NG with the columns No KK, NIK and Desil. The desil is kept per family with the date of its data; earlier values are kept as history.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pilih berkas desil</source>
        <translation>Choose the desil file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Berkas:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tanggal data:</source>
        <translation>&amp;Data date:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buka &amp;laporan baris ditolak</source>
        <translation>Open the &amp;report of rejected rows</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Mengimpor {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{0} (data {1}): {2} baris, {3} keluarga. {4} keluarga cocok dengan data DTSEN atau data desa, {5} diperbarui, {6} tidak ditemukan. Ditolak: {7} baris.</source>
        <translation>{0} (data {1}): {2} rows, {3} families. {4} families match the DTSEN data or the village's data, {5} updated, {6} not found. Rejected: {7} rows.</translation>
    </message>
</context>
<context>
    <name>DistrictCalendarPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/district_calendar.py" line="+98" />
        <source>Kalender pemutakhiran DTSEN kabupaten</source>
        <translation>The district's DTSEN update calendar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tanggal dalam bulan yang ditetapkan kabupaten: Musyawarah Desa khusus (Musdesus), jendela input operator di SIKS-NG dan jendela usulan PBI-JK. Front Office dan laporan bulanan menampilkan tanggal berikutnya; menjelang jendela ditutup, Front Office mengingatkan jumlah usulan yang masih Draf.</source>
        <translation>Days of the month set by the district: the special village deliberation (Musdesus), the operator's SIKS-NG input window and the PBI-JK proposal window. The Front Office and the monthly report show the next dates; as a window nears its close, the Front Office reminds how many proposals are still Draf.</translation>
    </message>
    <message>
        <location line="-23" />
        <source>&amp;Musdesus, tanggal:</source>
        <translation>&amp;Musdesus, days:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Input &amp;SIKS-NG, tanggal:</source>
        <translation>&amp;SIKS-NG input, days:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan &amp;PBI-JK, tanggal:</source>
        <translation>&amp;PBI-JK proposals, days:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Triwulanan (Januari, April, Juli, Oktober)</source>
        <translation>Quarterly (January, April, July, October)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sikl&amp;us:</source>
        <translation>C&amp;ycle:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pen&amp;gingat (hari sebelum ditutup):</source>
        <translation>Remin&amp;der (days before closing):</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Simpan &amp;kalender</source>
        <translation>Save &amp;calendar</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Kalender DTSEN</source>
        <translation>DTSEN calendar</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Hanya koordinator yang mengubah kalender.</source>
        <translation>Only the coordinator changes the calendar.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Kalender disimpan.</source>
        <translation>Calendar saved.</translation>
    </message>
</context>
<context>
    <name>DuplicateGuardDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/front/duplicate_guard.py" line="+76" />
        <source>Periksa data ganda</source>
        <translation>Check for duplicates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mungkin orang ini sudah ada</source>
        <translation>This person may already exist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NIK ini sudah dipakai warga lain. Buka data yang ada; NIK tidak boleh ganda.</source>
        <translation>This NIK is already used by another resident. Open the existing record; a NIK may not be duplicated.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Orang di bawah ini mirip dengan yang akan disimpan. Jika orangnya sama, buka data yang ada agar keluhan dan riwayatnya tetap satu. Jika berbeda, simpan sebagai orang baru.</source>
        <translation>The people below resemble the one being saved. If it is the same person, open the existing record so complaints and history stay together. If not, save as a new person.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tetap simpan sebagai orang bar&amp;u</source>
        <translation>Save as a &amp;new person anyway</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kembali ke formulir</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Jadikan klien dari DTKS/DTSEN</source>
        <translation>&amp;Make a client from DTKS/DTSEN</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Buka data yang ada</source>
        <translation>&amp;Open the existing record</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../puskesos_desktop/ui/errors.py" line="+72" />
        <source>Tidak diizinkan</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Periksa kembali</source>
        <translation>Please check</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Basis data sedang dipakai oleh pekerjaan lain (misalnya impor yang panjang). Tunggu sebentar, lalu coba lagi. Data yang sudah tersimpan aman.</source>
        <translation>The database is busy with other work (a long import, for example). Wait a moment, then try again. Data already saved is safe.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Disk penuh: kosongkan ruang pada disk atau flashdisk, lalu coba lagi. Data yang sudah tersimpan aman.</source>
        <translation>The disk is full: free some space on the disk or the USB stick, then try again. Data already saved is safe.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Berkas basis data tidak dapat dibaca. Hubungi koordinator untuk memulihkan cadangan terakhir.</source>
        <translation>The database file cannot be read. Ask the coordinator to restore the latest backup.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Terjadi galat pada program. Data yang sudah tersimpan aman. Rinciannya dicatat di laporan galat (Bantuan › Laporan galat) untuk dikirim ke pendamping TI.</source>
        <translation>The program ran into an error. Data already saved is safe. The details are in the error report (Help › Error report) to send to your IT helper.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Terjadi galat</source>
        <translation>An error occurred</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/exchange/export_wizard.py" line="+130" />
        <source>Ekspor batch bulanan</source>
        <translation>Export monthly batch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih bulan dan flashdisk</source>
        <translation>Choose the month and USB drive</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hasil ekspor</source>
        <translation>Export result</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Batch berisi keluhan dan rujukan yang dibuat atau berubah status pada bulan itu, dan usulan yang sudah disahkan Musyawarah Desa. Mengekspor bulan yang sama lagi membuat batch baru bernomor berikutnya yang menggantikan batch sebelumnya.</source>
        <translation>A batch holds the complaints and referrals created or changed in status that month, and the proposals approved by the village meeting (Musdes). Exporting the same month again makes a new batch with the next number that replaces the previous one.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Bulan</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Simpan ke</source>
        <translation>Save &amp;to</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder &amp;lain…</source>
        <translation>&amp;Other folder…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sa&amp;ndi (opsional)</source>
        <translation>&amp;Password (optional)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ulangi kata sandi</source>
        <translation>Repeat pass&amp;word</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kata sandi mengunci buku kerja agar flashdisk yang hilang tidak membocorkan data warga. Kata sandi tidak disimpan: sampaikan kepada kabupaten lewat jalur lain.</source>
        <translation>The password locks the workbook so a lost USB drive does not leak residents' data. The password is not stored: give it to the district by another channel.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{0} ({1}) — kosong {2} dari {3}</source>
        <translation>{0} ({1}) — {2} free of {3}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Simpan batch ke folder</source>
        <translation>Save the batch to a folder</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Pasang flashdisk, lalu tekan Muat ulang.</source>
        <translation>Plug in a USB drive, then press Reload.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Folder ini tidak dapat diakses.</source>
        <translation>This folder cannot be accessed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ruang kosong: {0}</source>
        <translation>Free space: {0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Ekspor</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pilih flashdisk atau folder tujuan.</source>
        <translation>Choose a USB drive or target folder.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Kata sandi minimal {0} karakter.</source>
        <translation>The password needs at least {0} characters.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Ekspor batch</source>
        <translation>Export batch</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Menulis dan memeriksa batch {0} di {1}…</source>
        <translation>Writing and checking batch {0} in {1}…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Ekspor dibatalkan. Tidak ada yang ditandai sebagai terkirim.</source>
        <translation>Export cancelled. Nothing was marked as sent.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ekspor dibatalkan</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tidak ada berkas yang ditulis.</source>
        <translation>No file was written.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Batch {0} nomor {1:02d} tersimpan dan sudah diperiksa:
{2}</source>
        <translation>Batch {0} number {1:02d} saved and checked:
{2}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keluhan: {0} · Rujukan: {1} · Usulan DTSEN: {2}</source>
        <translation>Complaints: {0} · Referrals: {1} · DTSEN proposals: {2}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Surat rekomendasi: {0} · Warga dilayani: {1}</source>
        <translation>Recommendation letters: {0} · Residents served: {1}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Berkas pemeriksa: {0}</source>
        <translation>Checksum file: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ukuran: {0}; ruang kosong sebelum ekspor: {1}</source>
        <translation>Size: {0}; free space before export: {1}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Buku kerja terkunci kata sandi.</source>
        <translation>The workbook is password-protected.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Menggantikan batch sebelumnya: {0}</source>
        <translation>Replaces the previous batch: {0}</translation>
    </message>
</context>
<context>
    <name>FeedbackWizard</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/exchange/feedback_wizard.py" line="+92" />
        <source>Impor umpan balik kabupaten</source>
        <translation>Import district feedback</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Pilih berkas umpan balik</source>
        <translation>Choose the feedback file</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Periksa perubahan</source>
        <translation>Review the changes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pilih buku kerja yang dikembalikan kabupaten: lembar Rujukan dan/atau Usulan DTKS dengan kolom Status, Tanggal Hasil dan Keterangan Hasil yang sudah diisi. Setiap perubahan ditampilkan dulu; baru sesudah Anda menekan Terapkan, perubahan disimpan ke riwayat masing-masing data.</source>
        <translation>Choose the workbook the district sent back: the Rujukan and/or Usulan DTKS sheets with the Status, Tanggal Hasil and Keterangan Hasil columns filled in. Every change is shown first; only after you press Apply are the changes saved to each record's history.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Buku kerja Excel (*.xlsx *.xls);;Semua berkas (*)</source>
        <translation>Excel workbooks (*.xlsx *.xls);;All files (*)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Baris yang tidak dipakai:</source>
        <translation>Rows not used:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Lanjut</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pilih berkas umpan balik yang ada.</source>
        <translation>Choose an existing feedback file.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Membaca umpan balik</source>
        <translation>Reading the feedback</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Membaca {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tidak ada perubahan untuk diterapkan.</source>
        <translation>There are no changes to apply.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Menerapkan umpan balik</source>
        <translation>Applying the feedback</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Menyimpan perubahan…</source>
        <translation>Saving the changes…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{0}: {1} data akan diubah, {2} tidak berubah, {3} nomor tidak dikenal, {4} baris tidak dapat dipakai. Belum ada yang disimpan.</source>
        <translation>{0}: {1} records will change, {2} unchanged, {3} unknown numbers, {4} rows unusable. Nothing has been saved yet.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Umpan balik diterapkan: {0} rujukan dan {1} usulan berubah; {2} tidak berubah. Setiap perubahan tercatat di riwayat datanya. Warga yang rujukannya berubah perlu diberi tahu hasilnya.</source>
        <translation>Feedback applied: {0} referrals and {1} proposals changed; {2} unchanged. Every change is recorded in its record's history. Residents whose referral changed need to be told the result.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Batalkan</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Perubahan belum diterapkan. Tutup tanpa menyimpan?</source>
        <translation>The changes have not been applied. Close without saving?</translation>
    </message>
</context>
<context>
    <name>FigureListDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="+100" />
        <source>Daftar — {0}</source>
        <extracomment>a view of people's data with nothing typed in it: closed when the screen locks (ui/session.py)</extracomment>
        <translation>List — {0}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0} data; ditampilkan {1} yang pertama.</source>
        <translation>{0} records; showing the first {1}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0} data.</source>
        <translation>{0} records.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saring daftar ini… (Ctrl+F)</source>
        <translation>Filter this list… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/charts.py" line="-71" />
        <source>{0}: {1} — klik untuk melihat daftarnya</source>
        <translation>{0}: {1} — click to see the list</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/exchange/wizard_base.py" line="+203" />
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="-1" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kata sa&amp;ndi berkas</source>
        <translation>File &amp;password</translation>
    </message>
    <message>
        <location line="+2" />
        <source>kosongkan bila berkas tidak dilindungi</source>
        <translation>leave empty if the file is not protected</translation>
    </message>
</context>
<context>
    <name>FilePasswordDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/admin/change_password.py" line="+44" />
        <source>Kata sandi berkas</source>
        <translation>File password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} berisi data pribadi warga. Pasang kata sandi bila berkas dibawa keluar kantor (flashdisk, surel). Kosongkan bila tidak perlu. Kata sandi tidak disimpan: tanpanya berkas tidak dapat dibuka.</source>
        <translation>{0} contains residents' personal data. Set a password if the file leaves the office (USB drive, e-mail). Leave it empty if not needed. The password is not stored: without it the file cannot be opened.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ulangi</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Lanjut</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Kata sandi minimal {0} karakter.</source>
        <translation>The password needs at least {0} characters.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>FollowupPanel</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/referral_lists.py" line="+15" />
        <source>Catat &amp;hasil…</source>
        <translation>Record &amp;result…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buka k&amp;eluhan</source>
        <translation>Open &amp;complaint</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Rujukan yang belum ada jawaban dari tujuan setelah {0} hari: hubungi tujuan, lalu catat hasilnya.</source>
        <translation>Referrals with no answer from the destination after {0} days: contact the destination, then record the result.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/form_base.py" line="+122" />
        <source>Buang isian?</source>
        <translation>Discard the entries?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Isian pada formulir ini belum disimpan. Tutup dan buang isian?</source>
        <translation>What was entered in this form has not been saved. Close and discard it?</translation>
    </message>
    <message>
        <location line="+68" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>FrontOfficeTab</name>
    <message>
        <location filename="../../puskesos_desktop/ui/tabs/front_office.py" line="+378" />
        <location line="+24" />
        <source>Front Office</source>
        <translation>Front Office</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Cari: NIK, No. KK, nama warga — atau pindai nomor resi (Ctrl+F)</source>
        <translation>Search: NIK, KK number, resident name — or scan a receipt number (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>↓ pindah ke hasil · Enter membuka · Ctrl+N warga baru · Ctrl+K daftarkan keluhan · F6 meja status · F7 info program</source>
        <translation>↓ go to results · Enter opens · Ctrl+N new resident · Ctrl+K register complaint · F6 status desk · F7 programme info</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Warga baru</source>
        <translation>&amp;New resident</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meja &amp;status</source>
        <translation>&amp;Status desk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Info program</source>
        <translation>&amp;Programme info</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buka &amp;halaman warga</source>
        <translation>Open resident pa&amp;ge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daftarkan &amp;keluhan</source>
        <translation>Register &amp;complaint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Jadikan klien</source>
        <translation>&amp;Make client</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surat keterangan &amp;DTKS/DTSEN</source>
        <translation>&amp;DTKS/DTSEN certificate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tawarkan la&amp;yanan</source>
        <translation>&amp;Offer a service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>K&amp;unjungan:</source>
        <translation>&amp;Visit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunjun&amp;gan baru (F8)</source>
        <translation>New v&amp;isit (F8)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan terbaru</source>
        <translation>Latest complaints</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perlu diberi tahu</source>
        <translation>To be informed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunjungan lapangan</source>
        <translation>Field visits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cek Bansos lewat tenggat</source>
        <translation>Cek Bansos past deadline</translation>
    </message>
    <message>
        <location line="+46" />
        <source>&lt;b&gt;Langkah pertama kantor ini&lt;/b&gt; (hilang setelah semuanya selesai):</source>
        <translation>&lt;b&gt;First steps for this office&lt;/b&gt; (this list goes once all are done):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Impor data DTKS/DTSEN desa: Pengaturan › Pertukaran data › Impor DTKS/DTSEN.</source>
        <translation>Import the village's DTKS/DTSEN data: Settings › Data exchange › Import DTKS/DTSEN.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Daftarkan warga (data penduduk): cari nama atau NIK, lalu Ctrl+N untuk warga baru.</source>
        <translation>Register residents (the population register): search a name or NIK, then Ctrl+N for a new resident.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Buat akun petugas lain: Pengaturan › Akun pengguna.</source>
        <translation>Create accounts for the other staff: Settings › User accounts.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Perlu diberi tahu ({0})</source>
        <translation>To be informed ({0})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>— di kantor —</source>
        <translation>— at the office —</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cek Bansos lewat tenggat ({0})</source>
        <translation>Cek Bansos past deadline ({0})</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Tidak ditemukan: data DTKS/DTSEN belum diimpor (Pengaturan › Pertukaran data). Ctrl+N untuk mendaftarkan warga baru.</source>
        <translation>Not found: the DTKS/DTSEN data has not been imported yet (Settings › Data exchange). Ctrl+N registers a new resident.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tidak ditemukan. Ctrl+N untuk mendaftarkan warga baru.</source>
        <translation>Not found. Ctrl+N to register a new resident.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Daftar nama masih disiapkan; hasil pencarian muncul sebentar lagi…</source>
        <translation>The list of names is still being prepared; results will appear in a moment…</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Belum menjadi klien</source>
        <translation>Not a client yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} terdaftar di DTKS/DTSEN tetapi belum pernah datang ke Puskesos. Jadikan klien sekarang?</source>
        <translation>{0} is listed in DTKS/DTSEN but has never come to the Puskesos. Make them a client now?</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{0} kini menjadi klien.</source>
        <translation>{0} is now a client.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Warga tersimpan.</source>
        <translation>Resident saved.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Keluhan {0}: {1}.</source>
        <translation>Complaint {0}: {1}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Diusulkan ke DTSEN: {0} (Draf).</source>
        <translation>Proposed for DTSEN: {0} (Draf).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Masuk usulan DTSEN {0}.</source>
        <translation>Added to DTSEN proposal {0}.</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Usulkan keluarganya ke DTSEN sekarang?</source>
        <translation>Propose the family for DTSEN now?</translation>
    </message>
    <message>
        <location line="-76" />
        <source>Surat rekomendasi {0}.</source>
        <translation>Recommendation letter {0}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Belum punya NIK/KK: surat rekomendasi dibuat di kantor.</source>
        <translation>No NIK/KK yet: the recommendation letter is made at the office.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Surat rekomendasi {0}</source>
        <translation>Recommendation letter {0}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Resi {0}</source>
        <translation>Receipt {0}</translation>
    </message>
    <message>
        <location line="+48" />
        <source>{0} tidak terdaftar di DTKS/DTSEN menurut data terbaru, jadi surat keterangan tidak dapat dibuat.</source>
        <translation>{0} is not listed in DTKS/DTSEN according to the latest data, so no certificate can be made.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+3" />
        <source>Tidak terdaftar</source>
        <translation>Not listed</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Usulan {0} ({1}, {2}): menunggu Musyawarah Desa.</source>
        <translation>Proposal {0} ({1}, {2}): waiting for the village meeting (Musdes).</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Kunjungan {0} aktif: warga dan keluhan baru dicatat dalam kunjungan ini.</source>
        <translation>Visit {0} active: new residents and complaints are recorded in this visit.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../puskesos_desktop/ui/help.py" line="-170" />
        <source>Panduan Pengguna — {0}</source>
        <translation>User Guide — {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cari di panduan:</source>
        <translation>&amp;Search the guide:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ketik kata, lalu Enter (Enter lagi: berikutnya)</source>
        <translation>type a word, then Enter (Enter again: next)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mencari kata di seluruh panduan. Ctrl+F dari mana saja di jendela ini.</source>
        <translation>Searches the whole guide. Ctrl+F from anywhere in this window.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daftar isi: pilih bagian untuk langsung ke sana.</source>
        <translation>Contents: choose a section to go straight to it.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Panduan tidak ditemukan di {0}. Pasang ulang program, atau buka docs/PANDUAN.md.</source>
        <translation>The guide was not found at {0}. Reinstall the program, or open docs/PANDUAN.md.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>tidak ditemukan</source>
        <translation>not found</translation>
    </message>
</context>
<context>
    <name>HandleDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/back/handle_form.py" line="+117" />
        <source>Tangani di desa</source>
        <translation>Handle in the village</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Melalui</source>
        <translation>Through</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Program desa</source>
        <translation>Village &amp;programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mitra</source>
        <translation>Pa&amp;rtner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>M&amp;itra</source>
        <translation>P&amp;artner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yang diberikan</source>
        <translation>&amp;What was given</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Misalnya: BLT Dana Desa bulan November, beras 10 kg</source>
        <translation>For example: BLT Dana Desa for November, 10 kg of rice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Nilai (Rp, bila ada)</source>
        <translation>&amp;Value (Rp, if any)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>300000</source>
        <translation>300000</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Catatan</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ditangani lewat program desa atau mitra di desa</source>
        <translation>Handled through a village programme or a partner in the village</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program desa yang membantu</source>
        <translation>The village programme that helps</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mitra di desa yang membantu</source>
        <translation>The partner in the village that helps</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bantuan yang diberikan kepada warga</source>
        <translation>The help given to the resident</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nilai bantuan dalam rupiah, tanpa titik; kosongkan bila tidak ada</source>
        <translation>Value of the help in rupiah, without dots; leave empty if none</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catatan untuk petugas lain</source>
        <translation>Notes for other staff</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Nilai bantuan terlalu besar.</source>
        <translation>The aid value is too large.</translation>
    </message>
</context>
<context>
    <name>HeatMatrix</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/charts.py" line="+316" />
        <source>Belum ada data.</source>
        <translation>No data yet.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../puskesos_desktop/ui/help.py" line="+148" />
        <source>&amp;Panduan pengguna</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membuka panduan pengguna berbahasa Indonesia (F1).</source>
        <translation>Opens the user guide, written in Indonesian (F1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Laporan galat</source>
        <translation>&amp;Error report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catatan teknis galat program, untuk dikirim ke pendamping TI.</source>
        <translation>Technical notes of program errors, to send to the IT facilitator.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tentang {0}</source>
        <translation>&amp;About {0}</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Program tidak tertutup dengan benar</source>
        <translation>The program did not close properly</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Terakhir kali {0} tidak tertutup dengan benar (galat program, listrik padam, atau dihentikan paksa). Data yang sudah tersimpan aman; periksa isian yang sedang dikerjakan saat itu.</source>
        <translation>Last time {0} did not close properly (a program error, a power cut, or it was stopped by force). Data already saved is safe; check the form that was being filled in at the time.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bila program galat, laporan galat dapat disalin dan dikirim ke pendamping TI (Bantuan › Laporan galat).</source>
        <translation>If the program failed, the error report can be copied and sent to the IT facilitator (Help › Error report).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Lihat laporan galat</source>
        <translation>&amp;View error report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/attachments_panel.py" line="+17" />
        <source>Lampiran: {0}</source>
        <translation>Attachment: {0}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{0} × {1} piksel</source>
        <translation>{0} × {1} pixels</translation>
    </message>
    <message>
        <location line="+2" />
        <source>diambil {0}</source>
        <translation>taken {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lokasi {0}</source>
        <translation>position {0}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>tanpa lokasi GPS</source>
        <translation>no GPS position</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tutu&amp;p</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/exchange/import_wizard.py" line="+46" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No. KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tempat Lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal Lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jenis Kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID DTKS/DTSEN</source>
        <translation>DTKS/DTSEN ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kode Wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daftar Program</source>
        <translation>Programme list</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Program {0}</source>
        <translation>Programme {0}</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+154" />
        <source>Impor DTKS/DTSEN</source>
        <translation>DTKS/DTSEN imports</translation>
    </message>
    <message>
        <location line="-153" />
        <source>Pilih berkas ekstrak</source>
        <translation>Choose the extract file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Periksa kolom</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hasil impor</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pilih berkas ekstrak DTKS/DTSEN dari kabupaten (.xlsx atau .csv). Semua baris yang sah masuk dalam satu kali simpan: bila dibatalkan, tidak ada yang berubah. Berkas yang sama diimpor lagi tidak mengubah apa pun.</source>
        <translation>Choose the DTKS/DTSEN extract file from the district (.xlsx or .csv). All valid rows are saved in one go: if cancelled, nothing changes. Importing the same file again changes nothing.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pilih ekstrak DTKS/DTSEN</source>
        <translation>Choose a DTKS/DTSEN extract</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ekstrak DTKS/DTSEN (*.xlsx *.xls *.csv);;Semua berkas (*)</source>
        <translation>DTKS/DTSEN extracts (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tanggal ekstrak</source>
        <translation>Extract &amp;date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kosong: tanggal berkas</source>
        <translation>Empty: the file's date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Berkas ini hanya &amp;sebagian daftar (satu RW, satu program): jangan tandai yang tidak tercantum</source>
        <translation>This file is only part of the list (one RW, one programme): do not mar&amp;k those not listed</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cocokkan kolom berkas dengan data program. NIK dan Nama wajib. Pilihan ini diingat untuk impor berikutnya.</source>
        <translation>Match the file's columns to the program's data. NIK and Name are required. This choice is remembered for the next import.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Contoh isi berkas:</source>
        <translation>Sample of the file:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Buka laporan</source>
        <translation>&amp;Open report</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Lanjut</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Pilih berkas ekstrak yang ada.</source>
        <translation>Choose an existing extract file.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Membaca berkas</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Membaca judul kolom {0}…</source>
        <translation>Reading the column headings of {0}…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Judul kolom tidak dikenali seluruhnya: pilih kolom untuk {0}.</source>
        <translation>Not all column headings were recognised: choose the column for {0}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Pilih kolom untuk {0}.</source>
        <translation>Choose the column for {0}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Kolom '{0}' dipilih untuk {1} dan {2}.</source>
        <translation>Column '{0}' is chosen for both {1} and {2}.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Mengimpor {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Impor tidak dijalankan. Tidak ada data yang berubah.</source>
        <translation>The import was not run. No data changed.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Periksa berkas sebelum mengimpor</source>
        <translation>Check the file before importing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Belum ada yang berubah. Berkas {0} mungkin rusak atau terpotong:</source>
        <translation>Nothing has changed yet. The file {0} may be damaged or cut short:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>• {0} dari {1} orang di DTKS/DTSEN ({2:.0f}%) akan ditandai tidak ada lagi (batas {3:g}%).</source>
        <translation>• {0} of {1} people in DTKS/DTSEN ({2:.0f}%) would be marked as no longer listed (limit {3:g}%).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>• {0} dari {1} baris ({2:.0f}%) ditolak (batas {3:g}%).</source>
        <translation>• {0} of {1} rows ({2:.0f}%) rejected (limit {3:g}%).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bila berkas hanya sebagian daftar, batalkan lalu centang "sebagian daftar" di halaman pertama.</source>
        <translation>If the file is only part of the list, cancel and tick "part of the list" on the first page.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Tetap impor</source>
        <translation>&amp;Import anyway</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Impor dibatalkan. Tidak ada data yang berubah.</source>
        <translation>Import cancelled. No data changed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impor dibatalkan</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tidak ada data yang berubah.</source>
        <translation>No data changed.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{0}: {1} baris dibaca. {2} baru, {3} diperbarui, {4} tidak berubah, {5} tidak ada lagi di DTKS/DTSEN. Ditolak: {6} baris; dengan peringatan: {7} baris.</source>
        <translation>{0}: {1} rows read. {2} new, {3} updated, {4} unchanged, {5} no longer in DTKS/DTSEN. Rejected: {6} rows; with warnings: {7} rows.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Laporan baris ditolak: {0}</source>
        <translation>Report of rejected rows: {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Laporan tidak dapat ditulis: {0}</source>
        <translation>The report could not be written: {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Semua baris diterima tanpa catatan.</source>
        <translation>All rows accepted without remarks.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../puskesos_desktop/ui/jobs.py" line="+203" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+170" />
        <source>Membatalkan… menunggu pekerjaan berhenti dengan aman.</source>
        <translation>Cancelling… waiting for the work to stop safely.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/language.py" line="+65" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Bahasa tampilan program</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bahasa menu, tombol dan pesan di semua komputer kantor ini</source>
        <translation>The language of menus, buttons and messages on every computer of this office</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Berlaku mulai program dibuka lagi. Tanggal dan angka tetap cara Indonesia (23 November 2026; Rp 1.500.000), dan dokumen yang dicetak tetap berbahasa Indonesia. Status keluhan dan rujukan (Diterima, Dirujuk, …) tetap seperti yang dibaca kabupaten.</source>
        <translation>Applies from the next time the program opens. Dates and numbers stay in the Indonesian style (23 November 2026; Rp 1.500.000), and printed documents stay in Indonesian. Complaint and referral statuses (Diterima, Dirujuk, …) stay as the district reads them.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Simpan pilihan bahasa untuk kantor ini</source>
        <translation>Save the language choice for this office</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Hanya koordinator yang dapat mengganti bahasa.</source>
        <translation>Only the coordinator can change the language.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Tersimpan: {0}. Tutup program lalu buka lagi untuk memakainya.</source>
        <translation>Saved: {0}. Close the program and open it again to use it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Di komputer ini PUSKESOS_LANG={0} tetap berlaku.</source>
        <translation>On this computer PUSKESOS_LANG={0} still applies.</translation>
    </message>
</context>
<context>
    <name>LoadingOverlay</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/loading.py" line="+43" />
        <location line="+10" />
        <source>Memuat daftar…</source>
        <translation>Loading the list…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/admin/lock_screen.py" line="+104" />
        <source>Layar terkunci — Puskesos Desktop</source>
        <translation>Screen locked — Puskesos Desktop</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Puskesos {0}</source>
        <translation>Puskesos {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata san&amp;di</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Masuk dengan akun Anda sendiri. Pekerjaan {0} yang belum disimpan ditutup.</source>
        <translation>Sign in with your own account. Unsaved work of {0} is closed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dikunci oleh {0} ({1}). Ketik kata sandi untuk melanjutkan.</source>
        <translation>Locked by {0} ({1}). Type the password to continue.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ganti pengguna</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Ketik nama pengguna.</source>
        <translation>Type the user name.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Kata sandi harus diganti sebelum masuk.</source>
        <translation>The password must be changed before signing in.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/admin/login.py" line="+153" />
        <source>Masuk — Puskesos Desktop</source>
        <translation>Sign in — Puskesos Desktop</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Puskesos {0}</source>
        <translation>Puskesos {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Satu akun untuk satu orang. Lima kali salah kata sandi mengunci akun selama lima menit.</source>
        <translation>One account per person. Five wrong passwords lock the account for five minutes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ketik nama pengguna.</source>
        <translation>Type the user name.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Memeriksa kata sandi…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Kata sandi harus diganti sebelum masuk.</source>
        <translation>The password must be changed before signing in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../puskesos_desktop/ui/main_window.py" line="+167" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ganti pengguna</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Puskesos {0}</source>
        <translation>Puskesos {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kantor: Puskesos {0} ({1})</source>
        <translation>Office: Puskesos {0} ({1})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pengguna: {0} — {1}</source>
        <translation>User: {0} — {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/front/message_dialog.py" line="+147" />
        <source>Beri tahu warga</source>
        <extracomment>a view of people's data: closed when the screen locks (ui/session.py)</extracomment>
        <translation>Tell the resident</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga:</source>
        <translation>Resident:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor HP:</source>
        <translation>Mobile number:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ingin dihubungi lewat:</source>
        <translation>Wants to be contacted by:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pesan WhatsApp:</source>
        <translation>&amp;WhatsApp message:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Salin pesan</source>
        <translation>&amp;Copy message</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buka &amp;WhatsApp</source>
        <translation>Open &amp;WhatsApp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cetak slip s&amp;tatus</source>
        <translation>Print s&amp;tatus slip</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;utup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Membuka WhatsApp (aplikasi atau peramban) dengan pesan ini untuk nomor warga; dicatat sebagai sudah diberi tahu</source>
        <translation>Opens WhatsApp (app or browser) with this message for the resident's number; recorded as told</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Menyalin pesan ke papan klip; dicatat sebagai sudah diberi tahu</source>
        <translation>Copies the message to the clipboard; recorded as told</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Slip untuk warga tanpa telepon; dicatat saat dicetak atau disimpan</source>
        <translation>A slip for a resident without a phone; recorded when printed or saved</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Struk 80 mm</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <location line="+42" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(sudah diberitahukan; kirim ulang bila perlu)</source>
        <translation>(already told; send again if needed)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>tidak tercatat</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tidak bersedia / belum ditanya</source>
        <translation>declined / never asked</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pesan &amp;SMS ({0}/{1} karakter):</source>
        <translation>&amp;SMS message ({0}/{1} characters):</translation>
    </message>
    <message>
        <location line="-165" />
        <source>Keluhan diterima</source>
        <translation>Complaint received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dokumen masih kurang</source>
        <translation>Documents still missing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan dikirim</source>
        <translation>Referral sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan disetujui</source>
        <translation>Referral approved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan ditolak</source>
        <translation>Referral rejected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan ditelaah lebih lanjut</source>
        <translation>Referral under further review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan DTKS diputuskan musyawarah desa</source>
        <translation>Registry proposal decided by the village deliberation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan DTKS dijawab kabupaten</source>
        <translation>Registry proposal answered by the district</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surat siap diambil</source>
        <translation>Letter ready to collect</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan selesai</source>
        <translation>Complaint resolved</translation>
    </message>
    <message>
        <location line="+166" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telepon/SMS</source>
        <translation>Phone/SMS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fasilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Datang langsung</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Warga tidak bersedia dihubungi atau belum pernah ditanya: pesan ke telepon tidak ditawarkan. Beri tahu saat warga datang (slip status).</source>
        <translation>The resident declined contact or was never asked: no message to the phone is offered. Tell them when they come in (status slip).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Warga memilih telepon/SMS, bukan WhatsApp: salin pesan untuk SMS atau dibacakan.</source>
        <translation>The resident chose phone/SMS, not WhatsApp: copy the message for an SMS or to read out.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Warga memilih diberi tahu melalui fasilitator: salin pesan untuk fasilitator atau cetak slip.</source>
        <translation>The resident chose to be told through the facilitator: copy the message for the facilitator or print a slip.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Warga memilih diberi tahu saat datang langsung: cetak slip status.</source>
        <translation>The resident chose to be told in person: print a status slip.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor HP warga tidak tercatat atau tidak dikenali: perbaiki di data warga.</source>
        <translation>The resident's mobile number is missing or not recognised: correct it in the resident's data.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+61" />
        <source>Tercatat: warga diberi tahu ({0}).</source>
        <translation>Recorded: resident told ({0}).</translation>
    </message>
    <message>
        <location line="-28" />
        <source>WhatsApp atau peramban tidak dapat dibuka di komputer ini. Pesan disalin; kirim dari telepon kantor.</source>
        <translation>WhatsApp or a browser cannot be opened on this computer. The message was copied; send it from the office phone.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Slip status {0}</source>
        <translation>Status slip {0}</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/message_templates.py" line="+111" />
        <source>Pesan untuk warga</source>
        <translation>Messages to residents</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Bahasa pesan SMS/WhatsApp dan slip untuk warga (bawaan: Indonesia, apa pun bahasa tampilan)</source>
        <translation>Language of SMS/WhatsApp messages and slips for residents (default: Indonesian, whatever the screen language)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Kabar:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Teks &amp;SMS (maks. 160 karakter):</source>
        <translation>&amp;SMS text (max. 160 characters):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Teks &amp;WhatsApp:</source>
        <translation>&amp;WhatsApp text:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nomor resi atau rujukan, misalnya RESI/6201022001/2026/11/0001</source>
        <translation>Receipt or referral number, e.g. RESI/6201022001/2026/11/0001</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pratinjau</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Si&amp;mpan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Ba&amp;hasa pesan:</source>
        <translation>Message &amp;language:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pratinjau dengan kasus (&amp;u):</source>
        <translation>Preview with &amp;case:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kembalikan bawaan (&amp;o)</source>
        <translation>Restore &amp;default</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tempat isian: {0}. NIK dan No. KK tidak pernah dimuat dalam pesan.</source>
        <translation>Placeholders: {0}. NIK and family card numbers are never put in a message.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Hanya koordinator yang dapat mengubah pesan.</source>
        <translation>Only the coordinator can change the messages.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Tulis nomor resi atau rujukan kasus untuk pratinjau.</source>
        <translation>Type a case's receipt or referral number to preview.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>SMS ({0}/{1} karakter):</source>
        <translation>SMS ({0}/{1} characters):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>WhatsApp:</source>
        <translation>WhatsApp:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Tersimpan. Pesan berikutnya memakai teks ini.</source>
        <translation>Saved. The next messages use this text.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Teks bawaan dimuat; tekan Simpan untuk memakainya.</source>
        <translation>Default text loaded; press Save to use it.</translation>
    </message>
</context>
<context>
    <name>MonthlyPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/report_pages.py" line="-290" />
        <source>Warga yang dilayani</source>
        <translation>Residents served</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan didaftarkan</source>
        <translation>Complaint registered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan dibuat</source>
        <translation>Referrals made</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan DTSEN dibuat</source>
        <translation>DTSEN proposals made</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan DTSEN masih berjalan</source>
        <translation>DTSEN proposals still open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surat diterbitkan</source>
        <translation>Letters issued</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rata-rata sampai hasil</source>
        <translation>Average time to result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan lewat batas waktu</source>
        <translation>Complaints past the deadline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan perlu tindak lanjut</source>
        <translation>Referrals needing follow-up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunjungan fasilitator</source>
        <translation>Facilitator visits</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Keluhan per bidang</source>
        <translation>Complaints by field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan per status</source>
        <translation>Complaints by status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan per status (hasil)</source>
        <translation>Referrals by status (result)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan per bidang</source>
        <translation>Referrals by field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan DTSEN bulan ini per status</source>
        <translation>This month's DTSEN proposals by status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surat per jenis</source>
        <translation>Letters by type</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kunjungan dan keluhan melalui fasilitator</source>
        <translation>Visits and complaints through facilitators</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Memuat laporan…</source>
        <translation>Loading the report…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Periode {0} s.d. {1}; tunggakan dihitung per {2}. Klik angka atau batang untuk melihat daftarnya.</source>
        <translation>Period {0} to {1}; backlog counted as of {2}. Click a number or bar to see the list.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>hari</source>
        <translation>days</translation>
    </message>
</context>
<context>
    <name>MusdesPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/musdes.py" line="+153" />
        <location line="+94" />
        <source>Musyawarah Desa</source>
        <translation>Village meeting (Musdes)</translation>
    </message>
    <message>
        <location line="-90" />
        <source>Pemutakhiran DTKS/DTSEN melalui Musyawarah Desa, sedikitnya dua kali setahun. Cetak daftar usulan Draf (per RT/RW), catat hasil musyawarah, lalu cetak berita acaranya untuk ditandatangani.</source>
        <translation>DTKS/DTSEN updates go through the village meeting (Musdes), at least twice a year. Print the list of Draf proposals (by RT/RW), record the meeting's result, then print the minutes for signing.</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Usulan menunggu musyawarah</source>
        <translation>Proposals awaiting the meeting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Musyawarah yang sudah dicatat</source>
        <translation>Meetings recorded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tem&amp;pat</source>
        <translation>Pla&amp;ce</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kertas</source>
        <translation>P&amp;aper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cetak daftar…</source>
        <translation>&amp;Print list…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F&amp;oto rumah usulan…</source>
        <translation>House photos of proposa&amp;l…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lembar foto rumah usulan terpilih, dengan waktu dan lokasi GPS.</source>
        <translation>A sheet of the selected proposal's house photos, with time and GPS position.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Klik dua kali untuk membuka usulan: anggota, foto rumah, cetak.</source>
        <translation>Double-click to open the proposal: members, house photos, print.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catat &amp;musyawarah…</source>
        <translation>Record &amp;meeting…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cetak be&amp;rita acara…</source>
        <translation>Print mi&amp;nutes…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paket M&amp;usdesus…</source>
        <translation>M&amp;usdesus package…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Satu PDF (agenda per RW/RT, daftar hadir, berita acara) dan daftar BNBA Excel untuk input SIKS-NG, disimpan ke folder pilihan.</source>
        <translation>One PDF (agenda by RW/RT, attendance list, minutes) and the BNBA Excel list for SIKS-NG input, saved to a folder you choose.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Balai Desa {0}</source>
        <translation>Balai Desa {0}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{0} usulan Draf siap dibahas.</source>
        <translation>{0} Draf proposals ready for discussion.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} usulan lain menunggu NIK dari Dukcapil.</source>
        <translation>{0} other proposals wait for a NIK from Dukcapil.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Daftar usulan Musyawarah Desa</source>
        <translation>Village meeting proposal list</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Foto rumah</source>
        <translation>House photos</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pilih usulan di daftar.</source>
        <translation>Choose a proposal in the list.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Foto rumah usulan {0}</source>
        <translation>House photos of proposal {0}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Belum ada usulan Draf yang siap.</source>
        <translation>No Draf proposals are ready yet.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Musyawarah tercatat</source>
        <translation>Meeting recorded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berita acara {0}: {1} usulan disahkan, {2} ditolak. Cetak berita acara sekarang?</source>
        <translation>Minutes {0}: {1} proposals approved, {2} rejected. Print the minutes now?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Berita acara</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+16" />
        <source>Pilih musyawarah di daftar.</source>
        <translation>Choose a meeting in the list.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Berita acara {0}</source>
        <translation>Minutes {0}</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+18" />
        <source>Paket Musdesus</source>
        <translation>Musdesus package</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Simpan paket Musdesus ke folder</source>
        <translation>Save the Musdesus package to a folder</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Tersimpan:
{0}
{1} (BNBA, {2} usulan: {3} disahkan, {4} ditolak)</source>
        <translation>Saved:
{0}
{1} (BNBA, {2} proposals: {3} approved, {4} rejected)</translation>
    </message>
</context>
<context>
    <name>MusdesSessionDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/registry/musdes_session.py" line="+136" />
        <source>Catat Musyawarah Desa</source>
        <translation>Record village meeting</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Isi hasil musyawarah dan keputusan untuk setiap usulan. Usulan yang disahkan masuk batch bulanan berikutnya; usulan yang belum diputuskan tetap Draf untuk musyawarah berikutnya.</source>
        <translation>Fill in the meeting's result and the decision on each proposal. Approved proposals go into the next monthly batch; undecided ones stay Draf for the next meeting.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Tanggal musyawarah</source>
        <translation>Meeting &amp;date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tem&amp;pat</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Jumlah hadir</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pimpinan musya&amp;warah</source>
        <translation>Meeting c&amp;hair</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Catata&amp;n</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Set&amp;ujui</source>
        <translation>Appr&amp;ove</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;olak…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kosongkan</source>
        <translation>Cl&amp;ear</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Setujui semua yang belum &amp;diputuskan</source>
        <translation>Approve all &amp;undecided</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Balai Desa {0}</source>
        <translation>Balai Desa {0}</translation>
    </message>
    <message>
        <location line="-10" />
        <source>mis. nama Ketua BPD</source>
        <translation>e.g. name of the BPD chair</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Disahkan</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ditolak: {0}</source>
        <translation>Rejected: {0}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{0} disahkan, {1} ditolak, {2} belum diputuskan</source>
        <translation>{0} approved, {1} rejected, {2} undecided</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Tulis alasan penolakan.</source>
        <translation>Write the reason for rejection.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Usulan ditolak</source>
        <translation>Proposal rejected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alasan musyawarah menolak usulan {0} ({1}):</source>
        <translation>Why the meeting rejected proposal {0} ({1}):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>OfferMenu</name>
    <message>
        <location filename="../../puskesos_desktop/ui/widgets/offer_menu.py" line="+37" />
        <source>Daftarkan keluhan {0}: {1}</source>
        <translation>Register a complaint for {0}: {1}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Usulkan pemutakhiran DTSEN (belum menerima {0})</source>
        <translation>Propose a DTSEN update (does not receive {0})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tidak ada yang dapat ditawarkan dengan hak akses ini</source>
        <translation>Nothing can be offered with these access rights</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Usulan {0} ({1}, {2}): menunggu Musyawarah Desa.</source>
        <translation>Proposal {0} ({1}, {2}): waiting for the village deliberation.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Usulan DTSEN</source>
        <translation>DTSEN proposal</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/admin/setup_wizard.py" line="-267" />
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Data ini tercetak pada resi, surat dan kartu rujukan. Kode wilayah mengikuti Kemendagri.</source>
        <translation>These details are printed on receipts, letters and referral cards. Region codes follow Kemendagri.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Provinsi</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ke&amp;camatan</source>
        <translation>Sub-&amp;district (kecamatan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kode &amp;desa</source>
        <translation>&amp;Village code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Nama desa/kelurahan</source>
        <translation>Village na&amp;me</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Kab&amp;upaten/Kota</source>
        <translation>Regenc&amp;y/City</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nama kepala desa/lura&amp;h</source>
        <translation>Village &amp;head's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Jabatan</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama k&amp;oordinator</source>
        <translation>C&amp;oordinator's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Alamat kantor</source>
        <translation>Office &amp;address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Telepon kantor</source>
        <translation>Office phon&amp;e</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Su&amp;rel kantor</source>
        <translation>Office e-ma&amp;il</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logo (PNG)</source>
        <translation>Logo (PNG)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>4 angka terakhir: 2xxx desa, 1xxx kelurahan</source>
        <translation>last 4 digits: 2xxx desa, 1xxx kelurahan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ketik atau pilih provinsi…</source>
        <translation>type or choose a province…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ketik atau pilih kabupaten/kota…</source>
        <translation>type or choose a district…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ketik atau pilih kecamatan…</source>
        <translation>type or choose a sub-district…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pilih lo&amp;go…</source>
        <translation>Choose lo&amp;go…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanpa logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Isi empat angka terakhir kode desa (kode desa/kelurahan), misalnya 2001.</source>
        <translation>Type the last four digits of the village code (the desa/kelurahan code), e.g. 2001.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Gambar PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Berkas tidak dapat dibaca: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Pilih provinsi, kabupaten/kota dan kecamatan.</source>
        <translation>Choose the province, district and sub-district.</translation>
    </message>
</context>
<context>
    <name>OfficeProfileDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/office_profile.py" line="+72" />
        <source>Ubah profil kantor</source>
        <translation>Change the office profile</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Perubahan berlaku mulai sekarang. Resi, surat dan kartu yang dicetak ulang tetap memakai kop dan penanda tangan pada tanggal dokumen itu.</source>
        <translation>Changes apply from now on. Receipts, letters and cards reprinted later keep the letterhead and signatory of their own date.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>OfficeProfilePage</name>
    <message>
        <location line="+80" />
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kecamatan</source>
        <translation>Sub-district (kecamatan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kabupaten/Kota</source>
        <translation>District (kabupaten/kota)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+10" />
        <source>Kepala desa</source>
        <translation>Village head</translation>
    </message>
    <message>
        <location line="-9" />
        <location line="+9" />
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="-6" />
        <source>&amp;Ubah profil…</source>
        <translation>&amp;Change profile…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ukuran &amp;kertas surat dan laporan</source>
        <translation>&amp;Paper size for letters and reports</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bentuk &amp;resi</source>
        <translation>&amp;Receipt form</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Simpan &amp;pilihan kertas</source>
        <translation>&amp;Save paper choice</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Riwayat profil (dokumen memakai versi pada tanggalnya)</source>
        <translation>Profile history (a document uses the version of its date)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Berlaku sejak</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Diubah oleh</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Profil kantor disimpan; berlaku untuk dokumen mulai sekarang.</source>
        <translation>Office profile saved; it applies to documents from now on.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Pilihan kertas disimpan.</source>
        <translation>Paper choice saved.</translation>
    </message>
    <message>
        <location line="-107" />
        <location line="+23" />
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/back/outcome_form.py" line="+89" />
        <source>Catat hasil rujukan</source>
        <translation>Record referral result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} — {1} ke {2}</source>
        <translation>{0} — {1} to {2}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Disetujui</source>
        <translation>&amp;Approved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dito&amp;lak</source>
        <translation>Re&amp;jected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ditelaah lebih lan&amp;jut</source>
        <translation>Under re&amp;view</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tanggal hasil</source>
        <translation>Result &amp;date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sumber &amp;informasi</source>
        <translation>Information s&amp;ource</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lembar balasan, telepon, berkas umpan balik…</source>
        <translation>Reply slip, phone call, feedback file…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Jawaban tujuan rujukan</source>
        <translation>The referral destination's answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal tujuan memberi jawaban</source>
        <translation>Date the destination answered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dari mana hasil diketahui</source>
        <translation>Where the result came from</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alasan wajib diisi bila ditolak; selain itu boleh kosong</source>
        <translation>A reason is required when rejected; otherwise optional</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Alasan penolakan (wajib)</source>
        <translation>&amp;Reason for rejection (required)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Keterangan</source>
        <translation>&amp;Remarks</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/partners.py" line="+35" />
        <source>Mitra rujukan</source>
        <translation>Referral partners</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(semua bidang)</source>
        <translation>(all fields)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mitra di &amp;desa: rujukan ke sini langsung dikirim tanpa persetujuan</source>
        <translation>Partner in the &amp;village: referrals here are sent at once without approval</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Na&amp;ma</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Jenis</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>B&amp;idang</source>
        <translation>F&amp;ield</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;lamat</source>
        <translation>Add&amp;ress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Na&amp;rahubung</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Telepon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Catatan</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/pdf_preview.py" line="+94" />
        <source>Pratinjau — {0}</source>
        <extracomment>a view of people's data with nothing typed in it: closed when the screen locks (ui/session.py)</extracomment>
        <translation>Preview — {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} halaman</source>
        <translation>{0} page(s)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Buka di penampil PDF</source>
        <translation>&amp;Open in PDF viewer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mencetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mengirim {0} ke printer…</source>
        <translation>Sending {0} to the printer…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Terkirim ke printer ({0} halaman).</source>
        <translation>Sent to the printer ({0} pages).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gagal mencetak.</source>
        <translation>Printing failed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Printer tidak dapat dibuka atau pencetakan terhenti. Periksa printer (menyala, kertas, kabel), lalu tekan Cetak lagi. Dokumen ini belum dicatat sebagai tercetak.</source>
        <translation>The printer could not be opened or printing stopped. Check the printer (power, paper, cable), then press Print again. This document has not been recorded as printed.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Pencetakan dibatalkan; dokumen belum dicatat sebagai tercetak.</source>
        <translation>Printing cancelled; the document has not been recorded as printed.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Gagal membuka</source>
        <translation>Opening failed</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tidak ada penampil PDF</source>
        <translation>No PDF viewer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Berkas disimpan di {0}</source>
        <translation>File saved at {0}</translation>
    </message>
</context>
<context>
    <name>PopulationDifferencesDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/exchange/population_differences.py" line="+68" />
        <source>Perbedaan data penduduk desa</source>
        <extracomment>a view of people's data: closed when the screen locks (ui/session.py)</extracomment>
        <translation>Differences from the village population register</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Data yang diubah kantor tidak ditimpa oleh impor data penduduk. Nilai dari data penduduk desa menunggu di sini; pilih barisnya dan terima bila data penduduk desa yang benar (semua perbedaan warga itu diterima sekaligus).</source>
        <translation>Data the office changed is never overwritten by a population import. The register's values wait here; choose the rows and accept them when the village register is right (all of that resident's differences are accepted at once).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Terima untuk warga terpilih</source>
        <translation>&amp;Accept for the chosen residents</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;utup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{0} warga dengan perbedaan.</source>
        <translation>{0} residents with differences.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pilih barisnya dulu di tabel.</source>
        <translation>Choose the rows in the table first.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Perbedaan {0} warga diterima.</source>
        <translation>Differences of {0} residents accepted.</translation>
    </message>
</context>
<context>
    <name>PopulationWizard</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/exchange/population_wizard.py" line="+26" />
        <source>Lihat &amp;&amp; terima &amp;perbedaan</source>
        <translation>View &amp;&amp; accept &amp;differences</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+19" />
        <source>Impor data penduduk</source>
        <translation>Import the population register</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Data penduduk desa dari OpenSID (format impor penduduk) atau berkas lain dengan kolom NIK, No KK dan Nama. Warga yang belum ada ditambahkan; data yang diubah kantor tidak ditimpa — perbedaannya dicatat dalam laporan.</source>
        <translation>The village's population register from OpenSID (its population import format) or another workbook with columns for the NIK, the family card number and the name. Residents not yet known are added; data the office changed is never overwritten — the differences are listed in the report.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pilih berkas data penduduk</source>
        <translation>Choose the population register file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buka &amp;laporan</source>
        <translation>Open the &amp;report</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Mengimpor {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{0}: {1} baris. {2} warga baru, {3} diperbarui, {4} tidak berubah; {5} baris ditolak; {6} warga dengan perbedaan dari data kantor.</source>
        <translation>{0}: {1} rows. {2} new residents, {3} updated, {4} unchanged; {5} rows rejected; {6} residents differing from the office's data.</translation>
    </message>
</context>
<context>
    <name>ProgrammeInfoDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/front/programme_info.py" line="+71" />
        <source>&lt;p&gt;Memuat katalog…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Loading the catalogue…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Informasi program dan layanan</source>
        <translation>Programme and service information</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nama program atau layanan, misalnya BPJS, PKH, KIP…</source>
        <translation>programme or service name, e.g. BPJS, PKH, KIP…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cetak daftar &amp;persyaratan</source>
        <translation>&amp;Print requirements list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Layanan Puskesos (menurut bidang)</source>
        <translation>Puskesos services (by field)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Program perlindungan sosial</source>
        <translation>Social protection programmes</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&lt;p&gt;Tidak ada yang cocok.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nothing matches.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&lt;p&gt;&lt;b&gt;Bidang:&lt;/b&gt; {0} · &lt;b&gt;Target:&lt;/b&gt; {1} hari kerja&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Field:&lt;/b&gt; {0} · &lt;b&gt;Target:&lt;/b&gt; {1} working days&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;p&gt;&lt;b&gt;Tujuan rujukan:&lt;/b&gt; {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Referral destination:&lt;/b&gt; {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;p&gt;&lt;i&gt;Dijawab langsung di meja layanan.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Answered directly at the service desk.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+12" />
        <source>&lt;h3&gt;Dokumen yang dibawa&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Documents to bring&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="-4" />
        <source>&lt;p&gt;&lt;b&gt;Tingkat:&lt;/b&gt; {0} · &lt;b&gt;Penyelenggara:&lt;/b&gt; {1}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Level:&lt;/b&gt; {0} · &lt;b&gt;Run by:&lt;/b&gt; {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;h3&gt;Kriteria&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Criteria&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Persyaratan: {0}</source>
        <translation>Requirements: {0}</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/programmes.py" line="+34" />
        <source>Program</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keanggotaan tercantum di data &amp;DTKS/DTSEN</source>
        <translation>Membership is listed in the &amp;DTKS/DTSEN data</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Satu dokumen per baris</source>
        <translation>One document per line</translation>
    </message>
    <message>
        <location line="+2" />
        <source>K&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Na&amp;ma program</source>
        <translation>Programme na&amp;me</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tingkat</source>
        <translation>Le&amp;vel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Penyelenggara</source>
        <translation>&amp;Run by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>K&amp;riteria</source>
        <translation>Crit&amp;eria</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dok&amp;umen</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keterangan</source>
        <translation>Remar&amp;ks</translation>
    </message>
</context>
<context>
    <name>ProposalConfirm</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/registry/proposal_confirm.py" line="+17" />
        <source>Usulan {0} ({1}, diajukan {2})</source>
        <translation>Proposal {0} ({1}, made {2})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>: masih Draf, menunggu Musyawarah Desa</source>
        <translation>: still a draft, waiting for the village deliberation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>: ditolak Musyawarah Desa pada {0}</source>
        <translation>: rejected by the village deliberation on {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>: ditolak Dinas Sosial pada {0}</source>
        <translation>: rejected by the district social office on {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>: {0} sejak {1}</source>
        <translation>: {0} since {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source> — alasan: {0}</source>
        <translation> — reason: {0}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Warga akan dimasukkan ke usulan Draf yang sudah ada. Lanjutkan?</source>
        <translation>The resident will be added to the existing draft proposal. Continue?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tetap buat usulan baru?</source>
        <translation>Make a new proposal anyway?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keluarga {0} sudah pernah diusulkan ke DTKS/DTSEN:</source>
        <translation>The family of {0} was proposed for DTKS/DTSEN before:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Usulan sebelumnya</source>
        <translation>Earlier proposals</translation>
    </message>
</context>
<context>
    <name>ProposalPageDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/registry/proposal_page.py" line="+109" />
        <source>Usulan DTKS/DTSEN</source>
        <translation>DTKS/DTSEN proposal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jenis usulan</source>
        <translation>Proposal type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal usulan</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Anggota keluarga</source>
        <translation>Household members</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Foto rumah &amp;&amp; lampiran</source>
        <translation>House photos &amp;&amp; attachments</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cetak usulan…</source>
        <translation>&amp;Print proposal…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Usulan dengan anggota keluarganya, lalu lembar foto rumah dengan waktu dan lokasi GPS.</source>
        <translation>The proposal with its household members, then the sheet of house photos with time and GPS position.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tu&amp;tup</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+15" />
        <source>Usulan {0}</source>
        <translation>Proposal {0}</translation>
    </message>
</context>
<context>
    <name>ReconcilePage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/reconcile_page.py" line="+33" />
        <source>meninggal</source>
        <translation>dead</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pindah</source>
        <translation>moved away</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ganda</source>
        <translation>listed twice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tidak dikenal</source>
        <translation>unknown to the village</translation>
    </message>
    <message>
        <location line="+1" />
        <source>belum menerima</source>
        <translation>receives nothing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>belum terdaftar</source>
        <translation>not registered</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Rekonsiliasi DTSEN dengan data desa</source>
        <translation>Reconciling DTSEN with the village's data</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Perbedaan antara DTSEN, data penduduk desa dan desil: meninggal atau pindah menurut data desa (Hapus), satu orang dua kali (ganda) dan NIK yang tidak dikenal desa (Periksa), keluarga desil rendah atau dengan keluhan kemiskinan yang belum menerima program (Perbarui), warga yang meminta bantuan tetapi belum terdaftar (Tambah). Baris yang dipilih menjadi usulan Draf beserta alasannya.</source>
        <translation>Where DTSEN, the village population register and the deciles disagree: dead or moved according to the village (remove), one person listed twice and NIKs the village does not know (check), low-decile families or families with a poverty complaint that receive no programme (update), residents who asked for help but are not registered (add). The chosen rows become draft proposals with their reason.</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Ala&amp;san:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>— semua —</source>
        <translation>— all —</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Periksa ulang</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jadikan &amp;usulan (baris terpilih)</source>
        <translation>Make &amp;proposals (chosen rows)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Semua yang &amp;tampil jadi usulan</source>
        <translation>All shown &amp;rows become proposals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perbedaan data pen&amp;duduk…</source>
        <translation>Population register &amp;differences…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rekonsiliasi</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{0} temuan: {1}.</source>
        <translation>{0} findings: {1}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Pilih barisnya dulu di tabel.</source>
        <translation>Choose the rows in the table first.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{0} usulan Draf dibuat atau ditambah: {1}.</source>
        <translation>{0} Draf proposals made or extended: {1}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} baris dilewati (Periksa, atau belum ada warganya di data kantor).</source>
        <translation>{0} rows skipped (Periksa, or no resident for them in the office's data yet).</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/back/referral_form.py" line="+166" />
        <source>Rujuk keluhan</source>
        <translation>Refer complaint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujuk {0} — {1}</source>
        <translation>Refer {0} — {1}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Layanan</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tujuan</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Alasan rujukan</source>
        <translation>&amp;Reason for referral</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dokumen dilampirkan</source>
        <translation>Documents &amp;attached</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mengapa warga dirujuk, dan apa yang diminta dari tujuan</source>
        <translation>Why the resident is referred, and what is asked of the destination</translation>
    </message>
    <message>
        <location line="-7" />
        <source>B&amp;idang</source>
        <translation>&amp;Field</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tambah ke daftar (rujukan lai&amp;n)</source>
        <translation>Add to the &amp;list (another referral)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hapus dari daftar</source>
        <translation>Re&amp;move from the list</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bidang rujukan</source>
        <translation>The referral's field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layanan yang diminta dari tujuan (boleh kosong)</source>
        <translation>The service asked of the destination (optional)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lembaga tujuan dari direktori mitra; di luar desa perlu persetujuan koordinator</source>
        <translation>The destination from the partner directory; outside the village needs the coordinator's approval</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tercetak pada kartu rujukan</source>
        <translation>Printed on the referral card</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dokumen yang dibawa warga ke tujuan</source>
        <translation>Documents the resident takes to the destination</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(tanpa layanan khusus)</source>
        <translation>(no specific service)</translation>
    </message>
    <message>
        <location line="+13" />
        <source> — di desa</source>
        <translation> — in the village</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Langsung berstatus Dikirim; kartu rujukan dapat dicetak.</source>
        <translation>Goes straight to Dikirim (sent); the referral card can be printed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tujuan di luar desa: rujukan menunggu persetujuan koordinator sebelum kartunya dicetak.</source>
        <translation>Destination outside the village: the referral waits for the coordinator's approval before its card is printed.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Pilih tujuan rujukan dari direktori mitra.</source>
        <translation>Choose the referral destination from the partner directory.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Di daftar: {0}. Simpan menyimpan daftar dan isian formulir.</source>
        <translation>In the list: {0}. Save stores the list and the form.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Merujuk ke bidang lain juga? Tambahkan ke daftar dulu.</source>
        <translation>Referring to another field too? Add it to the list first.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Rujukan nomor {0} di daftar: {1}</source>
        <translation>Referral number {0} in the list: {1}</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/back/workspace_referrals.py" line="+150" />
        <source>Setuj&amp;ui</source>
        <translation>Appr&amp;ove</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Beri tahu &amp;warga…</source>
        <translation>&amp;Inform resident…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Cetak kartu</source>
        <translation>&amp;Print card</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Persetujuan koordinator untuk rujukan ke luar desa</source>
        <translation>Coordinator approval for referrals outside the village</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Rujukan baru…</source>
        <translation>New referral…</translation>
    </message>
    <message>
        <location line="-91" />
        <source>{0} hari</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location line="+93" />
        <source>&amp;Hasil…</source>
        <translation>Res&amp;ult…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Batalka&amp;n…</source>
        <translation>Can&amp;cel…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cetak &amp;semua</source>
        <translation>Print &amp;all</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Catat hasil rujukan dari tujuan</source>
        <translation>Record the referral result from the destination</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catat bahwa warga sudah diberi tahu hasilnya</source>
        <translation>Record that the resident has been told the result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batalkan rujukan yang dipilih, dengan alasan</source>
        <translation>Cancel the selected referral, with a reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cetak semua kartu yang sudah dikirim, empat per lembar A4/F4</source>
        <translation>Print all sent cards, four per A4/F4 sheet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pindaian dan foto pada rujukan terpilih (seret berkas ke sini)</source>
        <translation>Scans and photos on the chosen referral (drag files here)</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Beri tahu warga</source>
        <translation>Inform resident</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0}: hasil {1} dari {2}. Bagaimana warga diberi tahu?</source>
        <translation>{0}: result {1} from {2}. How was the resident informed?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Cara</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ca&amp;tatan</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Batalkan rujukan</source>
        <translation>Cancel referral</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan {0} ke {1} akan berstatus Dibatalkan. Nomornya tidak dipakai lagi.</source>
        <translation>Referral {0} to {1} will become Dibatalkan (cancelled). Its number is not used again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Alasan pembatalan</source>
        <translation>&amp;Reason for cancelling</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cetak kartu rujukan</source>
        <translation>Print referral card</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan {0} punya {1} lampiran (pindaian/foto). Cetak lampirannya sesudah kartu?</source>
        <translation>Referral {0} has {1} attachment(s) (scans/photos). Print them after the card?</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Kartu rujukan {0}</source>
        <translation>Referral card {0}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kartu rujukan {0} dan lampirannya</source>
        <translation>Referral card {0} with its attachments</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{0} kartu rujukan</source>
        <translation>{0} referral cards</translation>
    </message>
</context>
<context>
    <name>RegistryText</name>
    <message>
        <location filename="../../puskesos_desktop/ui/registry_text.py" line="+22" />
        <source>Pernah terdaftar, tidak ada di data terbaru</source>
        <translation>Listed before, not in the latest data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidak terdaftar</source>
        <translation>Not listed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terdaftar DTKS/DTSEN</source>
        <translation>Listed in DTKS/DTSEN</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, desil {0}</source>
        <translation>, decile {0}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Desil {0}</source>
        <translation>Desil {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(data {0})</source>
        <translation>(data of {0})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>di atas batas desil program yang tercatat</source>
        <translation>above the desil ceiling of every programme on record</translation>
    </message>
    <message>
        <location line="+4" />
        <source>memenuhi batas desil {0}</source>
        <translation>within the desil ceiling of {0}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>belum menerima {0}</source>
        <translation>not yet receiving {0}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>sudah menerima semuanya</source>
        <translation>receiving all of them</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Belum ada data DTKS/DTSEN yang diimpor.</source>
        <translation>No DTKS/DTSEN data has been imported yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data DTKS/DTSEN per {0} ({1} hari)</source>
        <translation>DTKS/DTSEN data as of {0} ({1} days old)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>: lebih tua dari {0} hari — minta data terbaru ke kabupaten</source>
        <translation>: older than {0} days — ask the district for the latest data</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Musdesus</source>
        <translation>Musdesus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Input SIKS-NG</source>
        <translation>SIKS-NG input</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan PBI-JK</source>
        <translation>PBI-JK proposals</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Jadwal DTSEN: {0}</source>
        <translation>DTSEN schedule: {0}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} hari lagi</source>
        <translation>in {0} days</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} ditutup {1} ({2})</source>
        <translation>{0} closes {1} ({2})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{0} usulan masih Draf.</source>
        <translation>{0} proposals still Draf.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../puskesos_desktop/ui/tabs/reports.py" line="+161" />
        <source>Bul&amp;an:</source>
        <extracomment>every kind of change can move a figure</extracomment>
        <translation>Mo&amp;nth:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Muat &amp;ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hitung ulang semua angka (F5)</source>
        <translation>Recalculate all figures (F5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cetak laporan…</source>
        <translation>Print rep&amp;ort…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pratinjau dan cetak Laporan Kegiatan Puskesos bulan ini (Ctrl+P)</source>
        <translation>Preview and print this month's Puskesos activity report (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Laporan bulanan</source>
        <translation>&amp;Monthly report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dasbor perencanaan</source>
        <translation>&amp;Planning dashboard</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Peran Anda tidak berwenang melihat laporan. Laporan dibaca oleh koordinator, penanggung jawab, front office dan back office.</source>
        <translation>Your role may not view reports. Reports are read by the coordinator, the person in charge, front office and back office.</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/main_window.py" line="-192" />
        <location filename="../../puskesos_desktop/ui/tabs/reports.py" line="+10" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/tabs/reports.py" line="+74" />
        <source>Menghitung…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Laporan Kegiatan Puskesos {0}</source>
        <translation>Puskesos activity report {0}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/admin/account_dialogs.py" line="+64" />
        <source>Reset kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset kata sandi {0} ({1})</source>
        <translation>Reset password of {0} ({1})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Berikan kata sandi sementara ini langsung kepada orangnya. Ia wajib menggantinya saat masuk berikutnya; kunci akun (bila ada) dibuka.</source>
        <translation>Give this temporary password to the person directly. They must change it at their next sign-in; any account lock is lifted.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kata sandi se&amp;mentara</source>
        <translation>&amp;Temporary password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ulangi</source>
        <translation>&amp;Repeat</translation>
    </message>
</context>
<context>
    <name>ResidentFormDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/front/resident_form.py" line="+200" />
        <location line="+1" />
        <source>Warga baru</source>
        <translation>New resident</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+1" />
        <source>Ubah data warga</source>
        <translation>Edit resident</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Nama lengkap *</source>
        <translation>&amp;Full name *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Belum punya NIK/KK (&amp;tanpa dokumen)</source>
        <translation>No NIK/KK yet (&amp;undocumented)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alasan tanpa NIK/KK</source>
        <translation>Why no NIK/KK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Jenis kelamin *</source>
        <translation>Se&amp;x *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tempat &amp;lahir</source>
        <translation>Place of &amp;birth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal la&amp;hir</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>H&amp;ubungan keluarga</source>
        <translation>Family &amp;relationship</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;RT</source>
        <translation>R&amp;T</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tele&amp;pon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kondisi</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="-11" />
        <source>N&amp;o. KK</source>
        <translation>KK nu&amp;mber</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Catatan</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lansia</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hamil</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>08… atau +62…</source>
        <translation>08… or +62…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+90" />
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="-89" />
        <location line="+89" />
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="-86" />
        <source>Nama lengkap sesuai KTP/KK</source>
        <translation>Full name as on the ID card/KK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor Induk Kependudukan: 16 angka di KTP atau KK</source>
        <translation>National ID number (NIK): 16 digits on the ID card or KK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor Kartu Keluarga: 16 angka</source>
        <translation>Family card (KK) number: 16 digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Centang bila warga belum punya NIK/KK, lalu tulis alasannya</source>
        <translation>Tick if the resident has no NIK/KK yet, then write why</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mengapa belum punya NIK/KK, misalnya lahir di rumah atau pindahan tanpa surat</source>
        <translation>Why there is no NIK/KK, e.g. born at home or moved in without papers</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Jenis kelamin sesuai KTP/KK</source>
        <translation>Sex as on the ID card/KK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kota atau kabupaten tempat lahir</source>
        <translation>Town or district of birth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal lahir sesuai KTP/KK</source>
        <translation>Date of birth as on the ID card/KK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hubungan dengan kepala keluarga, seperti di KK</source>
        <translation>Relationship to the head of family, as on the KK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alamat tinggal sekarang (jalan, dusun)</source>
        <translation>Current home address (street, hamlet)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor RT</source>
        <translation>RT (neighbourhood) number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor RW</source>
        <translation>RW (hamlet) number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Telepon atau WhatsApp untuk memberi tahu hasilnya</source>
        <translation>Phone or WhatsApp to tell the resident the result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kerentanan yang perlu diperhatikan petugas</source>
        <translation>Vulnerabilities staff should keep in mind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catatan untuk petugas lain (tidak dicetak)</source>
        <translation>Notes for other staff (not printed)</translation>
    </message>
    <message>
        <location line="+68" />
        <source>{0}, lahir {1}, terdaftar di Kec. {2}</source>
        <translation>{0}, born {1}, registered in Kec. {2}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Warga tanpa NIK: tempat dan tanggal lahir wajib diisi (untuk surat ke Dukcapil).</source>
        <translation>Resident without a NIK: place and date of birth are required (for the letter to Dukcapil).</translation>
    </message>
</context>
<context>
    <name>ResidentPageDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/front/resident_page.py" line="+64" />
        <source>Terdaftar</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tidak terdaftar</source>
        <translation>Not listed</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+172" />
        <source>Halaman warga</source>
        <extracomment>a view of people's data with nothing typed in it: closed when the screen locks (ui/session.py)</extracomment>
        <translation>Resident page</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Data diri (Alt+1)</source>
        <translation>Personal data (Alt+1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluarga (Alt+2)</source>
        <translation>Family (Alt+2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan &amp;&amp; rujukan (Alt+3)</source>
        <translation>Complaints &amp;&amp; referrals (Alt+3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surat &amp;&amp; usulan (Alt+4)</source>
        <translation>Letters &amp;&amp; proposals (Alt+4)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Riwayat (Alt+5)</source>
        <translation>History (Alt+5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lampiran (Alt+6)</source>
        <translation>Attachments (Alt+6)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No. KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tempat, tgl lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hubungan keluarga</source>
        <translation>Family relationship</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kondisi</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Didaftarkan fasilitator</source>
        <translation>Registered by facilitator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID DTKS/DTSEN</source>
        <translation>DTKS/DTSEN ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program diterima</source>
        <translation>Programmes received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data per</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DTKS/DTSEN</source>
        <translation>DTKS/DTSEN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+260" />
        <location line="+12" />
        <source>Usulan DTSEN</source>
        <translation>DTSEN proposals</translation>
    </message>
    <message>
        <location line="-265" />
        <source>Surat keterangan &amp;DTKS/DTSEN</source>
        <translation>&amp;DTKS/DTSEN certificate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usu&amp;lkan ke DTSEN</source>
        <translation>&amp;Propose for DTSEN</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Klik dua kali untuk membuka usulan: anggota, foto rumah, cetak.</source>
        <translation>Double-click to open the proposal: members, house photos, print.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daftarkan &amp;keluhan</source>
        <translation>Register compla&amp;int</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ubah data</source>
        <translation>&amp;Edit data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Meja status</source>
        <translation>&amp;Status desk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cetak ula&amp;ng</source>
        <translation>Reprin&amp;t</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surat &amp;rekomendasi</source>
        <translation>&amp;Recommendation letter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cetak data &amp;warga</source>
        <translation>Pri&amp;nt resident's data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tawarkan la&amp;yanan</source>
        <translation>Offer a ser&amp;vice</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Program yang memenuhi batas desil keluarga tetapi belum diterima: daftarkan layanannya atau usulkan.</source>
        <translation>Programmes within the family's decile limit that it does not receive: register their service or propose it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Semua data tentang warga ini yang disimpan kantor (data diri, keluarga, keluhan, rujukan, usulan, surat, pemberitahuan, riwayat perubahan dan siapa yang melihat atau mengubahnya), dicetak untuk warga sesuai hak aksesnya (UU 27/2022). Tercatat di jejak audit.</source>
        <translation>Everything the office holds about this resident (personal data, household, complaints, referrals, proposals, letters, notifications, change history and who saw or changed it), printed for the resident under their right of access (Law 27/2022). Recorded in the audit trail.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Data DTKS/DTSEN sudah lama</source>
        <translation>The DTKS/DTSEN data is old</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Surat keterangan akan menyebut data DTKS/DTSEN per {0}, yang sudah {1} hari (batas {2} hari). Keadaan warga mungkin sudah berubah. Tetap cetak?</source>
        <translation>The certificate will state DTKS/DTSEN data as of {0}, which is {1} days old (limit {2} days). The resident's situation may have changed. Print anyway?</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Memuat data warga…</source>
        <translation>Loading the resident’s data…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Data warga tidak dapat dibaca.</source>
        <translation>The resident’s data could not be read.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>program: {0}</source>
        <translation>programmes: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID {0}, data per {1}</source>
        <translation>ID {0}, data as of {1}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>sudah diusulkan (menunggu Musyawarah Desa)</source>
        <translation>already proposed (waiting for the village meeting)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>belum ada ({0})</source>
        <translation>none yet ({0})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Surat rekomendasi Dukcapil</source>
        <translation>Dukcapil recommendation letter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keterangan keadaan warga (boleh kosong), misalnya 'lahir di rumah, belum punya akta':</source>
        <translation>The resident's situation (optional), e.g. 'born at home, no birth certificate yet':</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Surat keterangan terdaftar DTKS/DTSEN</source>
        <translation>DTKS/DTSEN registration certificate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keperluan surat (boleh kosong), misalnya 'pendaftaran KIP Kuliah':</source>
        <translation>Purpose of the letter (optional), e.g. 'KIP Kuliah application':</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Alasan usulan (boleh kosong):</source>
        <translation>Reason for the proposal (optional):</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Keluarga {0} dalam usulan {1} ({2}, {3}); menunggu Musyawarah Desa.</source>
        <translation>Family {0} is in proposal {1} ({2}, {3}); waiting for the village meeting.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Data warga {0}</source>
        <translation>Resident data {0}</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/backup_page.py" line="+11" />
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="+6" />
        <source>warga</source>
        <translation>residents</translation>
    </message>
    <message>
        <location line="+1" />
        <source>keluhan</source>
        <translation>complaints</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rujukan</source>
        <translation>referrals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>akun</source>
        <translation>accounts</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(akan dimutakhirkan ke {0})</source>
        <translation>(will be upgraded to {0})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(tanpa profil kantor)</source>
        <translation>(no office profile)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal berkas</source>
        <translation>File date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data sampai</source>
        <translation>Data up to</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Versi skema</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terenkripsi</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akan mengganti</source>
        <translation>Will replace</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Seluruh data yang sekarang diganti dengan isi cadangan ini. Data yang sekarang disimpan dahulu sebagai berkas, dan nomor dokumen yang sudah diberikan tidak akan diberikan lagi. Setelah itu program dimulai ulang.</source>
        <translation>All current data is replaced with the contents of this backup. The current data is saved as a file first, and document numbers already given out will not be given again. The program then restarts.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Pulihkan dan mulai ulang</source>
        <translation>&amp;Restore and restart</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/retention_page.py" line="+85" />
        <source>Retensi data warga</source>
        <translation>Resident data retention</translation>
    </message>
    <message>
        <location line="+4" />
        <source>UU 27/2022 (Pelindungan Data Pribadi): data pribadi disimpan tidak lebih lama dari yang diperlukan. Warga yang tidak punya kasus terbuka (keluhan belum selesai, usulan DTSEN belum diputus) dan tidak ada kegiatan apa pun selama masa retensi dapat dianonimkan: nama, NIK, No. KK, tempat dan tanggal lahir, alamat, telepon dan catatan dihapus, juga dari riwayat perubahan, salinan surat dan salinan data DTKS/DTSEN di kantor. Jumlah pada laporan yang lalu tidak berubah. Warga yang dianonimkan tidak dapat dicari lagi; bila datang kembali, daftarkan sebagai warga baru. Tidak dapat dibatalkan.</source>
        <translation>Law 27/2022 (Personal Data Protection): personal data is kept no longer than needed. Residents with no open case (complaint not finished, DTSEN proposal not decided) and no activity at all during the retention period can be anonymised: name, NIK, family card number, place and date of birth, address, phone and notes are removed, also from the change history, the letters' copies and the office's copy of the DTKS/DTSEN data. Counts in past reports do not change. Anonymised residents can no longer be found; if they come back, register them as new residents. This cannot be undone.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>&amp;Masa retensi (tahun, 0 = tidak aktif):</source>
        <translation>&amp;Retention period (years, 0 = off):</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="-20" />
        <source>&amp;Tampilkan siapa yang akan dianonimkan</source>
        <translation>Show &amp;who would be anonymised</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+86" />
        <source>&amp;Anonimkan…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message>
        <location line="-83" />
        <source>Retensi data</source>
        <translation>Data retention</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Hanya koordinator yang mengatur retensi data.</source>
        <translation>Only the coordinator manages data retention.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Tersimpan: masa retensi {0} tahun.</source>
        <translation>Saved: retention period {0} years.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tersimpan: retensi tidak aktif.</source>
        <translation>Saved: retention is off.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Simpan masa retensi terlebih dahulu.</source>
        <translation>Save the retention period first.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Retensi tidak aktif: tidak ada yang dianonimkan.</source>
        <translation>Retention is off: nobody is anonymised.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} warga tanpa kasus terbuka dan tanpa kegiatan sejak sebelum {1}.</source>
        <translation>{0} residents with no open case and no activity since before {1}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Anonimkan {0} warga…</source>
        <translation>&amp;Anonymise {0} residents…</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+16" />
        <source>Anonimkan data warga</source>
        <translation>Anonymise resident data</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Data pribadi {0} warga dalam daftar akan dihapus dan tidak dapat dikembalikan. Jumlah pada laporan tetap. Lanjutkan?</source>
        <translation>The personal data of the {0} residents in the list will be removed and cannot be restored. Report counts stay the same. Continue?</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Menganonimkan {0} warga…</source>
        <translation>Anonymising {0} residents…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{0} warga dianonimkan. Tercatat di jejak audit.</source>
        <translation>{0} residents anonymised. Recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <location filename="../../puskesos_desktop/ui/models/base.py" line="+38" />
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+32" />
        <source>Mengapa mirip</source>
        <translation>Why similar</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="-89" />
        <source>No Resi</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal daftar</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../build/i18n/column_headers.py" line="-10" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../build/i18n/column_headers.py" line="+7" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No Rujukan</source>
        <translation>Referral no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal rujuk</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tanggal hasil</source>
        <translation>Result date</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Hasil pertama</source>
        <translation>First result</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keluarga ditemui</source>
        <translation>Families met</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../build/i18n/column_headers.py" line="+107" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="-103" />
        <source>No. KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tgl lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="-8" />
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="-2" />
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="-11" />
        <location filename="../../build/i18n/column_headers.py" line="-5" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+7" />
        <source>Tanggal Hasil</source>
        <translation>Result date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keterangan Hasil</source>
        <translation>Result remarks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lembar / kolom</source>
        <translation>Sheet / column</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor / nilai</source>
        <translation>Number / value</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="+6" />
        <location filename="../../build/i18n/column_headers.py" line="+42" />
        <source>No Usulan</source>
        <translation>Proposal no.</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../build/i18n/column_headers.py" line="-46" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+47" />
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alasan usulan</source>
        <translation>Reason for proposal</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="-10" />
        <location filename="../../build/i18n/column_headers.py" line="-55" />
        <source>Bidang</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DTKS/DTSEN</source>
        <translation>DTKS/DTSEN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No. resi</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="+8" />
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="+11" />
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Fasilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Diberi tahu</source>
        <translation>Informed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No. rujukan</source>
        <translation>Referral no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tgl hasil</source>
        <translation>Result date</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="-6" />
        <location filename="../../build/i18n/column_headers.py" line="+36" />
        <source>Penanda tangan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No. usulan</source>
        <translation>Proposal no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Menunggu NIK</source>
        <translation>Waiting for NIK</translation>
    </message>
    <message>
        <location line="-44" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="-46" />
        <source>Untuk</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="+4" />
        <location filename="../../build/i18n/column_headers.py" line="+2" />
        <source>Melalui</source>
        <translation>Through</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+2" />
        <source>Yang diberikan</source>
        <translation>What was given</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor rujukan</source>
        <translation>Referral number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga diberi tahu</source>
        <translation>Resident informed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanpa jawaban</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wajib ganti sandi</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terkunci sampai</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal ekstrak</source>
        <translation>Extract date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tetap</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluar</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="-2" />
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Keluhan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Rujukan</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkata sandi</source>
        <translation>Password-protected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Digantikan</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="-4" />
        <location filename="../../build/i18n/column_headers.py" line="+7" />
        <source>No KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Nomor berita acara</source>
        <translation>Minutes number</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="+9" />
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pimpinan</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disahkan</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Di desa</source>
        <translation>In the village</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Narahubung</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dipakai</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Data kantor</source>
        <translation>Office data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data penduduk desa</source>
        <translation>Village register</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batas desil</source>
        <translation>Desil ceiling</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal sumber</source>
        <translation>Source date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kriteria lain</source>
        <translation>Other criteria</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nama program</source>
        <translation>Programme name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Penyelenggara</source>
        <translation>Run by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kolom DTKS</source>
        <translation>DTKS column</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saran</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kegiatan terakhir</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kasus terbuka</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama layanan</source>
        <translation>Service name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target (hari kerja)</source>
        <translation>Target (working days)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tujuan bawaan</source>
        <translation>Default destination</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor resi</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lewat (hari)</source>
        <translation>Overdue (days)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Umur (hari)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dok. kurang</source>
        <translation>Docs missing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kemendesakan</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Klien</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resi</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desil dan program</source>
        <translation>Desil and programmes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kabar yang belum disampaikan</source>
        <translation>News not yet passed on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yang disampaikan</source>
        <translation>What to tell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluarga</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga didaftarkan</source>
        <translation>Resident registered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diambil</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lokasi GPS</source>
        <translation>GPS position</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ditambahkan</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No. KK keluarga</source>
        <translation>Family KK no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diajukan oleh</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/common/figure_list.py" line="-15" />
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../build/i18n/column_headers.py" line="+1" />
        <source>Hari tanpa jawaban</source>
        <translation>Days without answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Belum selesai</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunjungan lapangan</source>
        <translation>Field visits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan melalui fasilitator</source>
        <translation>Complaints through facilitators</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/security_settings.py" line="+101" />
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="-28" />
        <source>Kunci layar</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunci layar setelah &amp;tidak ada aktivitas selama (menit):</source>
        <translation>Lock the screen after &amp;no activity for (minutes):</translation>
    </message>
    <message>
        <location line="+30" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Layar terkunci menyembunyikan semua data warga; hanya kata sandi orang yang sama yang membukanya, atau orang lain masuk lewat 'Ganti pengguna'. Ctrl+L mengunci layar kapan saja.</source>
        <translation>A locked screen hides all residents' data; only the same person's password unlocks it, or someone else signs in through 'Switch user'. Ctrl+L locks the screen at any time.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kata sandi saya</source>
        <translation>My password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lima kali salah kata sandi mengunci akun selama lima menit. Koordinator dapat membuka kunci dan mereset kata sandi di Akun pengguna; kata sandi hasil reset wajib diganti saat masuk.</source>
        <translation>Five wrong passwords lock the account for five minutes. The coordinator can unlock it and reset the password in User accounts; a reset password must be changed at sign-in.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ganti &amp;kata sandi…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Baris perintah</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Perintah 'puskesos …' (cadangan terjadwal, pemulihan, administrasi akun) tidak meminta masuk: siapa pun yang dapat menjalankannya juga dapat membaca berkas database. Setiap tindakannya tercatat di jejak audit sebagai 'cli:&lt;akun Windows&gt;'. Karena itu: satu akun Windows untuk kantor dengan kata sandi, enkripsi disk (BitLocker/enkripsi perangkat) bila edisi Windows memilikinya, dan kata sandi pada cadangan dan ekspor yang dibawa keluar.</source>
        <translation>The 'puskesos …' commands (scheduled backup, restore, account administration) do not ask for a sign-in: anyone who can run them can also read the database file. Each of their actions is recorded in the audit trail as 'cli:&lt;Windows account&gt;'. Therefore: one Windows account for the office with a password, disk encryption (BitLocker/device encryption) where the Windows edition has it, and passwords on backups and exports that leave the office.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Tersimpan: layar terkunci setelah {0} menit.</source>
        <translation>Saved: the screen locks after {0} minutes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>ServerConnectionDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/admin/server_connection.py" line="+220" />
        <source>Sambungan ke server kantor</source>
        <translation>Connection to the office server</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Tidak dapat menyimpan: {0}</source>
        <translation>Could not save: {0}</translation>
    </message>
</context>
<context>
    <name>ServerConnectionPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/server_connection.py" line="+57" />
        <source>Server kantor</source>
        <translation>Office server</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Berlaku mulai program dibuka lagi di komputer ini. Data yang sudah ada di komputer ini tidak dipindahkan ke server; cara memindahkan dan menyiapkan server ada di docs/SERVER.md. Kata sandi tidak pernah ditulis di layar, di log, atau di jejak audit.</source>
        <translation>Applies from the next start of the program on this computer. Data already on this computer is not moved to the server; how to move it and set up a server is in docs/SERVER.md. The password is never written on screen, in a log or in the audit trail.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Simpan sambungan server untuk komputer ini</source>
        <translation>Save the server connection for this computer</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Program ini sekarang memakai: {0}</source>
        <translation>The program now uses: {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(variabel PUSKESOS_DB di komputer ini didahulukan dari pengaturan ini)</source>
        <translation>(the PUSKESOS_DB variable on this computer comes before this setting)</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Hanya koordinator yang dapat melihat dan mengubah sambungan server.</source>
        <translation>Only the coordinator can see and change the server connection.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Komputer ini memakai berkas databasenya sendiri; tidak ada yang diubah.</source>
        <translation>This computer uses its own database file; nothing was changed.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tersimpan: komputer ini kembali memakai berkas databasenya sendiri mulai dibuka lagi.</source>
        <translation>Saved: this computer goes back to its own database file from the next start.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tersimpan: komputer ini memakai server kantor {0} mulai program dibuka lagi.</source>
        <translation>Saved: this computer uses the office server {0} from the next start of the program.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/admin/server_connection.py" line="-159" />
        <source>Komputer ini &amp;memakai server kantor</source>
        <translation>This computer uses the office ser&amp;ver</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tanpa centang: komputer ini memakai berkas database di folder datanya sendiri</source>
        <translation>Unticked: this computer uses the database file in its own data folder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Alamat server:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pen&amp;gguna:</source>
        <translation>Us&amp;er name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sand&amp;i:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mis. 192.168.1.10 atau nama komputer server</source>
        <translation>e.g. 192.168.1.10 or the server computer's name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Uji sambungan</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mencoba tersambung dengan isian ini; tidak ada yang disimpan</source>
        <translation>Tries to connect with these values; nothing is saved</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(tersimpan; kosongkan untuk tetap memakainya)</source>
        <translation>(stored; leave empty to keep using it)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kata sandi disimpan di pengelola kredensial sistem operasi.</source>
        <translation>The password is kept in the operating system's credential manager.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Komputer ini tidak punya pengelola kredensial: kata sandi disimpan di berkas pribadi di folder data, yang hanya dapat dibaca akun ini.</source>
        <translation>This computer has no credential manager: the password is kept in a private file in the data folder that only this account can read.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Mencoba tersambung ke {0} …</source>
        <translation>Trying to connect to {0} …</translation>
    </message>
    <message>
        <location line="+12" />
        <source>database sudah berisi data kantor.</source>
        <translation>the database already holds the office's data.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>database masih kosong; program menyiapkannya saat dibuka dengan server ini.</source>
        <translation>the database is still empty; the program prepares it when it starts with this server.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sambungan berhasil: PostgreSQL {0}; {1}</source>
        <translation>Connected: PostgreSQL {0}; {1}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sambungan gagal ({0}).</source>
        <translation>Connection failed ({0}).</translation>
    </message>
</context>
<context>
    <name>ServerProblem</name>
    <message>
        <location line="+69" />
        <source>Server kantor tidak dapat dipakai</source>
        <translation>The office server cannot be used</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Coba lagi</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Ubah sambungan</source>
        <translation>&amp;Change connection</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../build/i18n/service_messages.py" line="+3" />
        <source>baris {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunjungan</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bidang</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uraian keluhan</source>
        <translation>Complaint description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kemendesakan</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fasilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal kunjungan</source>
        <translation>Date of the visit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Persetujuan penggunaan data</source>
        <translation>Consent to data use</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cara dihubungi</source>
        <translation>How to contact</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nama layanan</source>
        <translation>Service name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama program</source>
        <translation>Programme name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Narahubung</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Di desa</source>
        <translation>In the village</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Di meja</source>
        <translation>At the desk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kriteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DTKS</source>
        <translation>DTKS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nama desa</source>
        <translation>Village name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kecamatan</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kepala desa</source>
        <translation>Village head</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jabatan kepala desa</source>
        <translation>Village head's title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alasan tanpa NIK/KK</source>
        <translation>Why no NIK/KK</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hubungan keluarga</source>
        <translation>Family relationship</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alasan rujukan</source>
        <translation>Reason for referral</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dokumen dilampirkan</source>
        <translation>Documents attached</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sumber informasi</source>
        <translation>Source of information</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yang diberikan</source>
        <translation>What was given</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pimpinan musyawarah</source>
        <translation>Chair of the deliberation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor referensi</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Musdesus</source>
        <translation>Special village deliberation (Musdesus)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Input SIKS-NG</source>
        <translation>SIKS-NG input</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan PBI-JK</source>
        <translation>PBI-JK proposals</translation>
    </message>
    <message>
        <location line="+4" />
        <source>membaca data</source>
        <translation>read data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mendaftarkan dan mengubah data warga</source>
        <translation>register and change residents' data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mendaftarkan keluhan</source>
        <translation>register complaints</translation>
    </message>
    <message>
        <location line="+1" />
        <source>melihat semua keluhan</source>
        <translation>see all complaints</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mencetak resi, surat dan kartu</source>
        <translation>print receipts, letters and cards</translation>
    </message>
    <message>
        <location line="+1" />
        <source>menerbitkan surat rekomendasi dan surat keterangan</source>
        <translation>issue recommendation letters and certificates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mencatat pemberitahuan kepada warga</source>
        <translation>record that residents were told</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mencatat kunjungan lapangan</source>
        <translation>record field visits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>menangani dan merujuk keluhan</source>
        <translation>handle and refer complaints</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mencatat hasil rujukan</source>
        <translation>record referral outcomes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>menyetujui rujukan</source>
        <translation>approve referrals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mengelola usulan DTSEN</source>
        <translation>manage DTSEN proposals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>membuat draf usulan DTSEN (Tambah)</source>
        <translation>draft DTSEN proposals (Tambah)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mencatat musyawarah desa</source>
        <translation>record village deliberations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mengubah katalog layanan, program dan mitra</source>
        <translation>change the catalogue of services, programmes and partners</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mengelola akun pengguna</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mengubah pengaturan kantor</source>
        <translation>change the office's settings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mengimpor data DTKS/DTSEN dan umpan balik</source>
        <translation>import DTKS/DTSEN data and feedback</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mengekspor batch bulanan</source>
        <translation>export monthly batches</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mencadangkan dan memulihkan database</source>
        <translation>back up and restore the database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>melihat laporan</source>
        <translation>see reports</translation>
    </message>
    <message>
        <location line="+1" />
        <source>melihat jejak audit</source>
        <translation>see the audit trail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>melihat NIK lengkap</source>
        <translation>see full NIKs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>menghapus lampiran (pindaian dan foto)</source>
        <translation>remove attachments (scans and photos)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Isi alamat server (nama komputer atau alamat IP, mis. 192.168.1.10).</source>
        <translation>Fill in the server's address (the computer's name or its IP address, e.g. 192.168.1.10).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alamat server hanya berisi huruf, angka, titik, titik dua atau tanda minus.</source>
        <translation>A server address has letters, digits, dots, colons or hyphens only.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Port adalah angka 1 sampai 65535 (PostgreSQL biasanya 5432).</source>
        <translation>The port is a number from 1 to 65535 (PostgreSQL usually 5432).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama database: huruf, angka dan garis bawah, diawali huruf (mis. puskesos).</source>
        <translation>Database name: letters, digits and underscores, starting with a letter (e.g. puskesos).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama pengguna: huruf, angka dan garis bawah, diawali huruf (mis. puskesos).</source>
        <translation>User name: letters, digits and underscores, starting with a letter (e.g. puskesos).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} bukan gambar yang dapat dibaca atau rusak (terpotong). Berkas ini tidak disimpan; salin ulang dari ponsel atau pindai ulang, lalu lampirkan sebagai JPEG, PNG atau PDF.</source>
        <translation>File {name} is not a readable image or is damaged (cut off). It was not saved; copy it again from the phone or scan it again, then attach it as JPEG, PNG or PDF.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gambar {name} menyatakan ukuran yang tidak wajar{size}; berkas seperti ini dapat menghabiskan memori komputer dan tidak disimpan. Lampirkan foto atau pindaian biasa.</source>
        <translation>Image {name} claims an unreasonable size{size}; a file like this can use up the computer's memory and was not saved. Attach an ordinary photo or scan.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} kosong (0 byte). Pindai atau salin ulang berkasnya.</source>
        <translation>File {name} is empty (0 bytes). Scan or copy the file again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} terlalu besar ({size}); batasnya {max_image_bytes} untuk foto/pindaian dan {max_pdf_bytes} untuk PDF. Pindai ulang dengan resolusi lebih rendah (150–300 dpi).</source>
        <translation>File {name} is too large ({size}); the limit is {max_image_bytes} for photos/scans and {max_pdf_bytes} for PDFs. Scan again at a lower resolution (150–300 dpi).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} adalah program atau arsip, bukan gambar atau PDF, walaupun namanya begitu. Berkas ini tidak disimpan; lampirkan hasil pindaian (JPEG, PNG atau PDF).</source>
        <translation>File {name} is a program or an archive, not an image or a PDF, whatever its name says. It was not saved; attach the scan (JPEG, PNG or PDF).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF {name} terlalu besar ({n_data}); batasnya {max_pdf_bytes}. Pindai ulang dengan resolusi lebih rendah atau hitam-putih.</source>
        <translation>PDF {name} is too large ({n_data}); the limit is {max_pdf_bytes}. Scan again at a lower resolution or in black and white.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF {name} rusak atau terpotong (tidak ada penanda akhir). Salin ulang atau pindai ulang.</source>
        <translation>PDF {name} is damaged or cut off (no end marker). Copy or scan it again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gagal menulis {target}: {reason}.</source>
        <translation>Could not write {target}: {reason}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ruang penyimpanan penuh: {folder} tidak muat untuk {name}. Kosongkan ruang lalu ulangi.</source>
        <translation>Storage is full: {folder} has no room for {name}. Free some space, then try again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder {folder} tidak dapat ditulisi (hanya-baca atau tanpa izin).</source>
        <translation>Folder {folder} cannot be written to (read-only or no permission).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder {folder} tidak dapat diakses. Apakah flashdisk tercabut? Pasang kembali lalu ulangi.</source>
        <translation>Folder {folder} cannot be reached. Was the USB stick pulled out? Plug it in again, then try again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NIK wajib diisi.</source>
        <translation>NIK is required.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NIK hanya boleh berisi angka.</source>
        <translation>NIK may contain digits only.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NIK harus 16 angka (tertulis {n_nik} angka).</source>
        <translation>NIK must have 16 digits ({n_nik} digits written).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kode wilayah NIK {nik} bukan kecamatan yang terdaftar di Kemendagri.</source>
        <translation>The region code of NIK {nik} is not a sub-district registered with Kemendagri.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor urut NIK (4 angka terakhir) tidak boleh 0000.</source>
        <translation>The serial number of a NIK (its last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor KK wajib diisi.</source>
        <translation>KK number is required.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor KK hanya boleh berisi angka.</source>
        <translation>KK number may contain digits only.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor KK harus 16 angka (tertulis {n_kk} angka).</source>
        <translation>KK number must have 16 digits ({n_kk} digits written).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kode wilayah No. KK {kk} bukan kecamatan yang terdaftar di Kemendagri.</source>
        <translation>The region code of KK number {kk} is not a sub-district registered with Kemendagri.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor urut KK (4 angka terakhir) tidak boleh 0000.</source>
        <translation>The serial number of a KK (its last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal lahir dalam NIK ({nik}-{nik2}-{nik3}) bukan tanggal yang ada.</source>
        <translation>The birth date in the NIK ({nik}-{nik2}-{nik3}) is not a real date.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Teks pesan wajib diisi.</source>
        <translation>The message text is required.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tempat isian tidak dikenal: {unknown}. Yang dapat dipakai: {known}.</source>
        <translation>Unknown placeholders: {unknown}. Placeholders you can use: {known}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kurung kurawal { } hanya untuk tempat isian, misalnya {nama}.</source>
        <translation>Curly braces { } are only for placeholders, for example {nama}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pesan tidak boleh memuat NIK atau nomor KK (16 angka).</source>
        <translation>A message may not contain a NIK or KK number (16 digits).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Teks SMS terlalu panjang: tanpa isian sudah {fixed} karakter; satu SMS {sms_limit} karakter termasuk isian. Persingkat teksnya.</source>
        <translation>The SMS text is too long: without the placeholders it already has {fixed} characters; one SMS holds {sms_limit} characters including the placeholders. Shorten the text.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peran {role} tidak berwenang {action}. Minta koordinator atau petugas yang berwenang.</source>
        <translation>The role {role} is not allowed to {action}. Ask the coordinator or a member of staff who is.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor HP tidak dikenali: tulis nomor seluler Indonesia yang diawali 08 atau +628, 10–13 angka (misalnya 0812-3456-7890).</source>
        <translation>Mobile number not recognised: write an Indonesian mobile number starting with 08 or +628, 10–13 digits (for example 0812-3456-7890).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kode desa harus 10 angka, misalnya 62.01.02.1001.</source>
        <translation>The village code has 10 digits, for example 62.01.02.1001.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kode kecamatan {code} tidak dikenal dalam data wilayah Kemendagri.</source>
        <translation>Sub-district code {code} is not in Kemendagri's region data.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empat angka terakhir kode desa diawali 1 (kelurahan) atau 2 (desa).</source>
        <translation>The last four digits of a village code start with 1 (kelurahan) or 2 (desa).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status {what} tidak dapat diubah dari '{old}' menjadi '{new}'.</source>
        <translation>Status of {what} cannot change from '{old}' to '{new}'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal tidak dikenali; tulis HH-BB-TTTT, misalnya 23-11-2026.</source>
        <translation>Date not recognised; write DD-MM-YYYY, for example 23-11-2026.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berisi karakter kontrol yang tidak diperbolehkan.</source>
        <translation>Contains control characters that are not allowed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terlalu panjang: maksimal {max_len} karakter (tertulis {n_value}).</source>
        <translation>Too long: at most {max_len} characters ({n_value} written).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor telepon harus diawali +62 atau 08, 10–14 angka.</source>
        <translation>A phone number must start with +62 or 08 and have 10–14 digits.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal lahir tidak boleh di masa depan.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal lahir tidak masuk akal (lebih dari 120 tahun lalu).</source>
        <translation>The birth date is not plausible (more than 120 years ago).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal tidak boleh di masa depan.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal terlalu lama (lebih dari {max_years_back} tahun lalu).</source>
        <translation>The date is too long ago (more than {max_years_back} years).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RT/RW berupa angka, maksimal 3 digit.</source>
        <translation>RT/RW is a number of at most 3 digits.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bulan ditulis TTTT-BB, misalnya 2026-11.</source>
        <translation>Write the month as YYYY-MM, for example 2026-11.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database {db_path} tidak dapat dikunci (folder hanya-baca?); pemulihan dibatalkan.</source>
        <translation>Database {db_path} cannot be locked (read-only folder?); the restore was cancelled.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database {db_path} sedang dipulihkan dari cadangan oleh program lain. Tunggu pemulihan selesai, lalu buka lagi.</source>
        <translation>Database {db_path} is being restored from a backup by another program. Wait until the restore has finished, then open it again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database {db_path} sedang dibuka oleh: {named}. Tutup program itu dahulu, lalu ulangi pemulihan.</source>
        <translation>Database {db_path} is open in: {named}. Close that program first, then restore again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database {path} rusak. Pulihkan cadangan terakhir: puskesos restore &lt;berkas cadangan&gt; --db "{path}".</source>
        <translation>The database {path} is damaged. Restore the latest backup: puskesos restore &lt;backup file&gt; --db "{path}".</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database {path} hanya dapat dibaca (media hanya-baca atau tanpa izin tulis): data dapat dilihat, dicetak, diekspor ke berkas dan dicadangkan, tetapi perubahan tidak dapat disimpan. Salin database ke folder yang dapat ditulisi untuk bekerja.</source>
        <translation>The database {path} can only be read (read-only media or no write permission): data can be viewed, printed, exported to files and backed up, but changes cannot be saved. Copy the database to a writable folder to work.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database {path} rusak ({detail}). Pulihkan cadangan terakhir: puskesos restore &lt;berkas cadangan&gt; --db "{path}".</source>
        <translation>The database {path} is damaged ({detail}). Restore the latest backup: puskesos restore &lt;backup file&gt; --db "{path}".</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path} adalah folder, bukan berkas database kantor. Tulis nama berkasnya.</source>
        <translation>{path} is a folder, not an office database file. Write the file's name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {path} kosong (0 bita), bukan database kantor. Bila ini database kantor, pulihkan cadangan terakhir: puskesos restore &lt;berkas cadangan&gt; --db "{path}"; bila ingin kantor baru, pilih nama berkas lain.</source>
        <translation>File {path} is empty (0 bytes), not an office database. If this is the office database, restore the latest backup: puskesos restore &lt;backup file&gt; --db "{path}"; for a new office, choose another file name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {path} bukan database Puskesos (bukan berkas SQLite), atau rusak. Pilih berkas database yang benar, atau pulihkan cadangan: puskesos restore &lt;berkas cadangan&gt; --db "{path}".</source>
        <translation>File {path} is not a Puskesos database (not an SQLite file), or it is damaged. Choose the right database file, or restore a backup: puskesos restore &lt;backup file&gt; --db "{path}".</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {path} adalah database SQLite aplikasi lain (tabel: {shown}), bukan database kantor Puskesos. Pilih berkas database yang benar.</source>
        <translation>File {path} is another application's SQLite database (tables: {shown}), not a Puskesos office database. Choose the right database file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database {path} dibuat oleh Puskesos Desktop {needed} (skema {revisions}); program ini versi {__version__}. Pasang Puskesos Desktop {needed} untuk membukanya. Database tidak diubah.</source>
        <translation>Database {path} was made by Puskesos Desktop {needed} (schema {revisions}); this program is version {__version__}. Install Puskesos Desktop {needed} to open it. The database was not changed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database {path} tidak dapat dibaca: {value}.</source>
        <translation>Database {path} cannot be read: {value}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{reason} Database ini juga perlu dimutakhirkan ke versi program ini, dan itu pun tidak bisa.</source>
        <translation>{reason} This database also needs upgrading to this version of the program, and that is not possible either.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server kantor {where} tidak dapat dihubungi: komputer server mati, PostgreSQL belum berjalan, atau jaringan/port tertutup. Periksa server lalu coba lagi.</source>
        <translation>The office server {where} cannot be reached: the server computer is off, PostgreSQL is not running, or the network/port is closed. Check the server, then try again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server kantor {where} menolak nama pengguna atau kata sandi. Periksa keduanya (huruf besar dan kecil dibedakan), lalu coba lagi.</source>
        <translation>The office server {where} refused the user name or password. Check both (upper and lower case differ), then try again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server kantor {where} belum mengizinkan komputer ini tersambung (pg_hba.conf). Lihat docs/SERVER.md, bagian membuka akses jaringan kantor.</source>
        <translation>The office server {where} does not yet allow this computer to connect (pg_hba.conf). See docs/SERVER.md, the section on opening access for the office network.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database itu tidak ada di server kantor {where}. Periksa nama database, atau siapkan dengan `puskesos server init`.</source>
        <translation>That database does not exist on the office server {where}. Check the database name, or prepare it with `puskesos server init`.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidak dapat tersambung ke server kantor {where}. Periksa sambungan lalu coba lagi.</source>
        <translation>Cannot connect to the office server {where}. Check the connection, then try again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(alamat tidak diketahui)</source>
        <translation>(address unknown)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor batch harus 1 sampai 99.</source>
        <translation>The batch number must be 1 to 99.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor Batch</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{reason} (lembar {sheet}).</source>
        <translation>{reason} (sheet {sheet}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} gagal diperiksa setelah ditulis ({what}). Flashdisk mungkin rusak atau tercabut; berkas dihapus. Ulangi ekspor, bila perlu ke flashdisk lain.</source>
        <translation>File {name} failed its check after it was written ({what}). The USB stick may be faulty or was pulled out; the file was deleted. Export again, on another USB stick if need be.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kode Desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Harus berupa tanggal dan jam</source>
        <translation>Must be a date and time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Harus berupa tanggal</source>
        <translation>Must be a date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{label} harus bilangan bulat tidak negatif.</source>
        <translation>{label} must be a whole number, not negative.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} sudah ada di {folder}: ekspor lain bulan ini baru saja berjalan, atau batch itu sudah diserahkan. Periksa daftar batch, lalu ulangi ekspor (nomor berikutnya) atau pilih folder lain.</source>
        <translation>File {name} already exists in {folder}: another export this month has just run, or that batch was already handed in. Check the list of batches, then export again (the next number) or choose another folder.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {path} tidak dapat dibuat: {value}.</source>
        <translation>File {path} cannot be created: {value}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nilai '{value}' harus berupa teks</source>
        <translation>Value '{value}' must be text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{header} harus 16 angka (tertulis '{value}')</source>
        <translation>{header} must have 16 digits ('{value}' written)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Harus berupa bilangan bulat</source>
        <translation>Must be a whole number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jenis kelamin '{value}' tidak dikenal (L/P)</source>
        <translation>Unknown sex '{value}' (L/P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status DTKS harus ya/tidak</source>
        <translation>DTKS status must be ya/tidak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'{value}' bukan pilihan yang sah ({choices})</source>
        <translation>'{value}' is not a valid choice ({choices})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas lama {path} tidak dapat dipindahkan: {value}.</source>
        <translation>The old file {path} cannot be moved: {value}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lembar {sheet_chain} di {name}: {what} bukan bilangan bulat.</source>
        <translation>Sheet {sheet_chain} in {name}: {what} is not a whole number.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lembar {sheet_chain} di {name}: {what} bukan hash SHA-256.</source>
        <translation>Sheet {sheet_chain} in {name}: {what} is not a SHA-256 hash.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lembar {sheet_chain} di {name} tidak dikenali (judul kolom berbeda).</source>
        <translation>Sheet {sheet_chain} in {name} is not recognised (different column headings).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lembar {sheet_chain} di {name} tidak lengkap: {what} tidak ada.</source>
        <translation>Sheet {sheet_chain} in {name} is incomplete: {what} is missing.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} tidak memuat lembar {sheet_chain} (batch dari versi lama program?).</source>
        <translation>File {name} has no sheet {sheet_chain} (a batch from an old version of the program?).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>baris lembar {sheet} tidak berurutan</source>
        <translation>rows of sheet {sheet} are out of order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>isi arsip buku kerja rusak</source>
        <translation>the workbook's archive is damaged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lembar {sheet} tidak ada</source>
        <translation>sheet {sheet} is missing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>judul kolom lembar {sheet} tidak berurutan</source>
        <translation>the column headings of sheet {sheet} are out of order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sel lembar {sheet} rusak</source>
        <translation>a cell of sheet {sheet} is damaged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas CSV rusak setelah baris {number}: {exc}.</source>
        <translation>The CSV file is damaged after row {number}: {exc}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Baris judul kolom tidak dikenali di {name}: perlu kolom Desil dan kolom No KK atau NIK (dicari di 10 baris pertama).</source>
        <translation>Column headings not recognised in {name}: a Desil column and a No KK or NIK column are needed (looked for in the first 10 rows).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} ditolak: lebih dari {max_rows} baris.</source>
        <translation>File {name} refused: more than {max_rows} rows.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Pemeriksaan berkas {name} berhenti sebelum selesai; tidak ada yang diubah. Ulangi impor.</source>
        <translation>Checking the file {name} stopped before it finished; nothing was changed. Import it again.</translation>
    </message>
    <message>
        <location line="-36" />
        <source>Lembar {sheet} tidak memiliki kolom '{number_header}'.</source>
        <translation>Sheet {sheet} has no column '{number_header}'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lembar {sheet} tidak memiliki kolom 'Status'.</source>
        <translation>Sheet {sheet} has no column 'Status'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} tidak berisi lembar '{sheet_referrals}' atau '{sheet_proposals}'.</source>
        <translation>File {name} has no sheet '{sheet_referrals}' or '{sheet_proposals}'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} bernama Excel tetapi isinya teks biasa (mungkin CSV yang diganti namanya). Ganti ekstensinya menjadi .csv, atau buka di Excel lalu Simpan Sebagai .xlsx.</source>
        <translation>File {name} has an Excel name but holds plain text (perhaps a renamed CSV). Change its extension to .csv, or open it in Excel and Save As .xlsx.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} bukan berkas Excel (.xlsx/.xls) atau CSV, atau berkasnya rusak.</source>
        <translation>File {name} is not an Excel file (.xlsx/.xls) or a CSV, or it is damaged.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where} kosong: tidak ada data yang dapat dibaca.</source>
        <translation>{where} is empty: there is no data to read.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} terlalu besar (batas {max_bytes:.0f} MB).</source>
        <translation>File {name} is too large (limit {max_bytes:.0f} MB).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} kosong (0 byte).</source>
        <translation>File {name} is empty (0 bytes).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} sebenarnya halaman web (HTML) yang diberi nama Excel. Buka di Excel, lalu Simpan Sebagai 'Excel Workbook (.xlsx)' dan pilih berkas baru itu.</source>
        <translation>File {name} is really a web page (HTML) given an Excel name. Open it in Excel, Save As 'Excel Workbook (.xlsx)' and choose that new file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} berformat 'XML Spreadsheet 2003'. Buka di Excel, lalu Simpan Sebagai 'Excel Workbook (.xlsx)' dan pilih berkas baru itu.</source>
        <translation>File {name} is in 'XML Spreadsheet 2003' format. Open it in Excel, Save As 'Excel Workbook (.xlsx)' and choose that new file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} adalah teks (CSV); di sini diperlukan buku kerja Excel (.xlsx).</source>
        <translation>File {name} is text (CSV); an Excel workbook (.xlsx) is needed here.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} berubah selama dibaca (sedang disimpan program lain?). Ulangi setelah selesai.</source>
        <translation>File {name} changed while it was read (being saved by another program?). Try again once that has finished.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} bukan buku kerja Excel (mungkin dokumen Word atau PowerPoint).</source>
        <translation>File {name} is not an Excel workbook (perhaps a Word or PowerPoint document).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} adalah folder, bukan berkas.</source>
        <translation>{name} is a folder, not a file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} terlalu besar ({size:.0f} MB; batas {max_bytes:.0f} MB).</source>
        <translation>File {name} is too large ({size:.0f} MB; limit {max_bytes:.0f} MB).</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Berkas {name} tidak ditemukan. Apakah flashdisk sudah dicabut?</source>
        <translation>File {name} not found. Was the USB stick pulled out?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} tidak dapat dibuka (tidak ada izin, atau sedang dibuka program lain).</source>
        <translation>File {name} cannot be opened (no permission, or another program has it open).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} tidak dapat dibaca ({value}). Apakah flashdisk tercabut?</source>
        <translation>File {name} cannot be read ({value}). Was the USB stick pulled out?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Berkas {name} rusak atau bukan buku kerja Excel (format lama .xls yang tidak dapat dibaca).</source>
        <translation>File {name} is damaged or not an Excel workbook (an old .xls format that cannot be read).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} rusak: wadah terenkripsi tanpa isi yang dapat dibaca.</source>
        <translation>File {name} is damaged: an encrypted container with no readable content.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas ini dilindungi kata sandi. Masukkan kata sandi berkas {name} untuk membukanya.</source>
        <translation>This file is password-protected. Enter the password of file {name} to open it.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Isi berkas {name} setelah dibuka dengan kata sandi bukan buku kerja Excel.</source>
        <translation>The content of file {name}, opened with the password, is not an Excel workbook.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} tidak dilindungi kata sandi.</source>
        <translation>File {name} is not password-protected.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} rusak atau bukan buku kerja Excel.</source>
        <translation>File {name} is damaged or not an Excel workbook.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lembar kerja '{sheet}' tidak ada dalam berkas {name}.</source>
        <translation>Worksheet '{sheet}' is not in file {name}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} tidak dapat dibaca lagi. Apakah flashdisk sudah dicabut?</source>
        <translation>File {name} can no longer be read. Was the USB stick pulled out?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} terlalu besar ({st_size:.0f} MB; batas {max_bytes:.0f} MB).</source>
        <translation>File {name} is too large ({st_size:.0f} MB; limit {max_bytes:.0f} MB).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi salah untuk berkas {name}. Periksa huruf besar/kecil lalu coba lagi.</source>
        <translation>Wrong password for file {name}. Check upper and lower case, then try again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} tidak dapat dibuka dengan kata sandi itu (kata sandi salah atau berkas rusak).</source>
        <translation>File {name} cannot be opened with that password (wrong password or damaged file).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} rusak: isinya tidak dapat dibaca sebagai buku kerja Excel.</source>
        <translation>File {name} is damaged: its content cannot be read as an Excel workbook.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lembar kerja '{sheet}' dalam berkas {name} rusak dan tidak dapat dibaca.</source>
        <translation>Worksheet '{sheet}' in file {name} is damaged and cannot be read.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kolom tujuan '{fld}' tidak dikenal.</source>
        <translation>Unknown target column '{fld}'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Baris judul kolom tidak dikenali di {name}: perlu kolom NIK dan Nama (dicari di 10 baris pertama), misalnya format impor penduduk OpenSID.</source>
        <translation>Column headings not recognised in {name}: NIK and Nama columns are needed (looked for in the first 10 rows), as in OpenSID's population import format.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Baris judul kolom tidak dikenali di {name}: kolom {missing} tidak ditemukan (dicari di 10 baris pertama). Pilih kolomnya secara manual.</source>
        <translation>Column headings not recognised in {name}: column {missing} not found (looked for in the first 10 rows). Choose the columns by hand.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kolom NIK di {name} berisi angka dalam format ilmiah (misalnya 6,20102E+15) pada {scientific} dari {total} baris: Excel sudah membuang angka terakhirnya, jadi berkas ini tidak diimpor. Simpan ulang ekstrak dari berkas asal dengan kolom NIK (dan No. KK) sebagai Teks: di Excel pilih kolom itu › Format Cells › Text sebelum data ditempel, atau buka CSV lewat Data › From Text/CSV dan pilih tipe Text untuk kolom NIK. Jangan simpan ulang CSV yang sudah menampilkan E+15.</source>
        <translation>The NIK column in {name} holds numbers in scientific notation (for example 6,20102E+15) in {scientific} of {total} rows: Excel has already dropped their last digits, so this file was not imported. Save the extract again from the original file with the NIK (and No. KK) column as Text: in Excel select that column › Format Cells › Text before pasting the data, or open the CSV through Data › From Text/CSV and choose type Text for the NIK column. Do not save again a CSV that already shows E+15.</translation>
    </message>
    <message>
        <location line="-211" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+213" />
        <source>Teks terlalu panjang untuk satu sel Excel ({n_text} karakter; batas 32.767).</source>
        <translation>Text too long for one Excel cell ({n_text} characters; the limit is 32,767).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} rusak atau tidak lengkap (mungkin terpotong saat disalin). Minta salinan yang baru.</source>
        <translation>File {name} is damaged or incomplete (perhaps cut off while copying). Ask for a new copy.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} (format lama .xls) rusak dan tidak dapat dibaca.</source>
        <translation>File {name} (old .xls format) is damaged and cannot be read.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} berisi terlalu banyak bagian ({n_infos}); ini bukan buku kerja biasa.</source>
        <translation>File {name} has too many parts ({n_infos}); it is not an ordinary workbook.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} adalah arsip ZIP, bukan buku kerja Excel.</source>
        <translation>File {name} is a ZIP archive, not an Excel workbook.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} berformat Excel Binary (.xlsb). Buka di Excel lalu Simpan Sebagai .xlsx.</source>
        <translation>File {name} is in Excel Binary format (.xlsb). Open it in Excel and Save As .xlsx.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} adalah dokumen Office tetapi bukan buku kerja Excel (mungkin Word/PowerPoint).</source>
        <translation>File {name} is an Office document but not an Excel workbook (perhaps Word/PowerPoint).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} ditolak: isinya terlalu besar setelah dibuka ({total:.0f} MB; batas {max_uncompressed:.0f} MB).</source>
        <translation>File {name} refused: its content is too large once unpacked ({total:.0f} MB; limit {max_uncompressed:.0f} MB).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} ditolak: satu lembar kerja berisi lebih dari {max_rows} baris.</source>
        <translation>File {name} refused: one worksheet has more than {max_rows} rows.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} ditolak: satu lembar kerja terlalu besar ({rows} baris x {columns} kolom).</source>
        <translation>File {name} refused: one worksheet is too large ({rows} rows x {columns} columns).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} berformat OpenDocument (.ods). Buka di LibreOffice/Excel lalu Simpan Sebagai .xlsx.</source>
        <translation>File {name} is in OpenDocument format (.ods). Open it in LibreOffice/Excel and Save As .xlsx.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} dienkripsi dengan cara yang tidak dikenal.</source>
        <translation>File {name} is encrypted in an unknown way.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} ditolak: isinya dipadatkan secara tidak wajar ({file_size:.0f} kali). Berkas ini mungkin berbahaya.</source>
        <translation>File {name} refused: its content is compressed unreasonably ({file_size:.0f} times). This file may be dangerous.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunci layar otomatis: {min_idle_minutes}–{max_idle_minutes} menit.</source>
        <translation>Automatic screen lock: {min_idle_minutes}–{max_idle_minutes} minutes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunci layar setelah</source>
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi cadangan minimal {min_backup_password} karakter.</source>
        <translation>A backup password needs at least {min_backup_password} characters.</translation>
    </message>
    <message>
        <location line="-232" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+233" />
        <source>Berkas ini bukan cadangan terenkripsi Puskesos.</source>
        <translation>This file is not an encrypted Puskesos backup.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas cadangan ini dibuat oleh versi program yang tidak dikenal.</source>
        <translation>This backup file was made by an unknown version of the program.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database ini bukan berkas SQLite.</source>
        <translation>This database is not an SQLite file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Salinan database tidak lolos pemeriksaan ({check}). Database mungkin rusak.</source>
        <translation>The database copy failed its check ({check}). The database may be damaged.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Salinan database tidak lolos pemeriksaan ({check}).</source>
        <translation>The database copy failed its check ({check}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database {source} tidak ditemukan.</source>
        <translation>Database {source} not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tujuan adalah folder; tulis nama berkas, misalnya cadangan.sqlite3.</source>
        <translation>The target is a folder; write a file name, for example cadangan.sqlite3.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tujuan cadangan tidak boleh berkas database itu sendiri.</source>
        <translation>The backup target cannot be the database file itself.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi salah, atau berkas cadangan rusak.</source>
        <translation>Wrong password, or the backup file is damaged.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Salinan database tidak lengkap: {reason} Cadangan tidak disimpan.</source>
        <translation>The database copy is incomplete: {reason} The backup was not saved.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tulis folder lengkap, misalnya E:\Cadangan atau /media/usb.</source>
        <translation>Write the full folder, for example E:\Cadangan or /media/usb.</translation>
    </message>
    <message>
        <location line="-191" />
        <source>Folder kedua</source>
        <translation>Second folder</translation>
    </message>
    <message>
        <location line="+192" />
        <source>Folder kedua harus berbeda dari folder cadangan utama.</source>
        <translation>The second folder must differ from the main backup folder.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kode hanya huruf besar, angka dan tanda hubung (tanpa spasi).</source>
        <translation>A code has capital letters, digits and hyphens only (no spaces).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor telepon hanya angka, spasi, +, - dan tanda kurung.</source>
        <translation>A phone number has digits, spaces, +, - and brackets only.</translation>
    </message>
    <message>
        <location line="-266" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+267" />
        <source>Mitra bernama '{name}' sudah ada.</source>
        <translation>A partner named '{name}' already exists.</translation>
    </message>
    <message>
        <location line="-273" />
        <source>Nama mitra</source>
        <translation>Partner name</translation>
    </message>
    <message>
        <location line="+276" />
        <source>Kode layanan '{code}' sudah dipakai.</source>
        <translation>Service code '{code}' is already in use.</translation>
    </message>
    <message>
        <location line="-277" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+278" />
        <source>Target hari kerja antara 0 dan {max_target_days}.</source>
        <translation>The target in working days is between 0 and {max_target_days}.</translation>
    </message>
    <message>
        <location line="-268" />
        <source>Target hari kerja</source>
        <translation>Target in working days</translation>
    </message>
    <message>
        <location line="+261" />
        <source>Program tidak ditemukan.</source>
        <translation>Programme not found.</translation>
    </message>
    <message>
        <location line="-259" />
        <source>Program</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+268" />
        <source>Kode program maksimal 20 karakter.</source>
        <translation>A programme code has at most 20 characters.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kode program '{code}' sudah dipakai.</source>
        <translation>Programme code '{code}' is already in use.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih tingkat penyelenggara: {levels}.</source>
        <translation>Choose the level that runs it: {levels}.</translation>
    </message>
    <message>
        <location line="-266" />
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+268" />
        <source>Pilih bidang.</source>
        <translation>Choose a field.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bidang tidak dikenal.</source>
        <translation>Unknown field.</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Mitra '{name}' sudah dipakai {used} kali (rujukan, layanan atau penanganan desa); nonaktifkan saja agar riwayatnya tetap utuh.</source>
        <translation>Partner '{name}' has already been used {used} times (referrals, services or village handling); deactivate it instead so that its history stays whole.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mitra</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Tujuan bawaan tidak ditemukan atau tidak aktif.</source>
        <translation>The default destination was not found or is not active.</translation>
    </message>
    <message>
        <location line="-275" />
        <source>Tujuan bawaan</source>
        <translation>Default destination</translation>
    </message>
    <message>
        <location line="+259" />
        <source>Layanan tidak ditemukan.</source>
        <translation>Service not found.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Layanan '{name}' sudah dipakai {used} keluhan/rujukan; nonaktifkan saja.</source>
        <translation>Service '{name}' is already used by {used} complaints/referrals; deactivate it instead.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Program '{code}' sudah dipakai {used} kali (data DTKS, layanan atau penanganan desa); nonaktifkan saja.</source>
        <translation>Programme '{code}' has already been used {used} times (DTKS data, services or village handling); deactivate it instead.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tulis database tujuan (--to).</source>
        <translation>Write the target database (--to).</translation>
    </message>
    <message>
        <location line="-236" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+237" />
        <source>Tujuan harus database SQLite (sqlite:///…) atau PostgreSQL (postgresql://…).</source>
        <translation>The target must be an SQLite (sqlite:///…) or PostgreSQL (postgresql://…) database.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database tujuan sama dengan database sumber.</source>
        <translation>The target database is the source database.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rantai jejak audit di tujuan tidak utuh (entri #{first_broken_id}: {reason}). Database tujuan jangan dipakai; database sumber tidak berubah.</source>
        <translation>The audit trail's chain in the target is broken (entry #{first_broken_id}: {reason}). Do not use the target database; the source database did not change.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database tujuan {to_url} sudah berisi data ({held}{value}). Pindah hanya ke database kosong: buat database baru, atau pilih database lain. Tidak ada yang diubah.</source>
        <translation>Target database {to_url} already holds data ({held}{value}). Move only to an empty database: create a new database, or choose another one. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skema sumber ({src}) dan tujuan ({dst}) berbeda.</source>
        <translation>The source schema ({src}) and the target schema ({dst}) differ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jumlah baris di tujuan tidak sama dengan sumber: {tables}</source>
        <translation>The row counts in the target differ from the source: {tables}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas cadangan tidak mencatat versi skemanya.</source>
        <translation>The backup file does not record its schema version.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cadangan ini dibuat oleh versi program yang lebih baru (skema {revision}). Perbarui Puskesos Desktop dahulu, lalu pulihkan.</source>
        <translation>This backup was made by a newer version of the program (schema {revision}). Update Puskesos Desktop first, then restore.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas cadangan {source} tidak ditemukan.</source>
        <translation>Backup file {source} not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas cadangan adalah database yang sedang dipakai.</source>
        <translation>The backup file is the database in use.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database {where} sedang dibuka oleh: {others}. Tutup program Puskesos di PC lain dahulu, lalu ulangi pemulihan.</source>
        <translation>Database {where} is open in: {others}. Close Puskesos on the other PCs first, then restore again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas ini bukan cadangan database Puskesos (bukan berkas SQLite).</source>
        <translation>This file is not a Puskesos database backup (not an SQLite file).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas cadangan rusak: {exc}.</source>
        <translation>The backup file is damaged: {exc}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas cadangan rusak (PRAGMA integrity_check): {rows}</source>
        <translation>The backup file is damaged (PRAGMA integrity_check): {rows}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas ini database SQLite, tetapi bukan database Puskesos.</source>
        <translation>This file is an SQLite database, but not a Puskesos database.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas cadangan ini terenkripsi: berikan kata sandinya.</source>
        <translation>This backup file is encrypted: give its password.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cadangan tidak dapat dimutakhirkan ke skema terbaru: {exc}</source>
        <translation>The backup cannot be upgraded to the latest schema: {exc}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skema database server ({conn}) berbeda dari cadangan ({after}). Mutakhirkan program di PC ini dahulu.</source>
        <translation>The server database's schema ({conn}) differs from the backup's ({after}). Update the program on this PC first.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} harus URL PostgreSQL (postgresql://…).</source>
        <translation>{what} must be a PostgreSQL URL (postgresql://…).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} bukan URL database (contoh: postgresql://postgres@localhost/postgres).</source>
        <translation>{what} is not a database URL (example: postgresql://postgres@localhost/postgres).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peran {user} sudah ada di server; tidak ada yang diubah. Pilih nama lain dengan --user, atau hapus peran itu dulu bila memang tidak dipakai.</source>
        <translation>Role {user} already exists on the server; nothing was changed. Choose another name with --user, or drop that role first if it is really not in use.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database {database} sudah ada di server; tidak ada yang diubah. Pilih nama lain dengan --db-name.</source>
        <translation>Database {database} already exists on the server; nothing was changed. Choose another name with --db-name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uji mandiri di server membuat database sementara, dan peran {username} tidak berhak membuat database (CREATEDB). Jalankan dengan URL peran admin server, mis. --db postgresql://postgres@server/postgres.</source>
        <translation>The self-test on the server creates a temporary database, and role {username} may not create databases (CREATEDB). Run it with the URL of the server's admin role, e.g. --db postgresql://postgres@server/postgres.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kantor ini sudah memiliki akun. Masuk dengan akun yang ada; koordinator membuat akun baru.</source>
        <translation>This office already has accounts. Sign in with an existing account; the coordinator creates new ones.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tabel {name}: baris tidak dapat disalin ke database tujuan ({detail}).</source>
        <translation>Table {name}: a row cannot be copied to the target database ({detail}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tabel {name}: {n} baris tersalin dari {todo}.</source>
        <translation>Table {name}: {n} of {todo} rows copied.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skema {src} dan {dst} berbeda.</source>
        <translation>Schemas {src} and {dst} differ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akun terkunci karena terlalu banyak percobaan. Coba lagi dalam {minutes} menit.</source>
        <translation>The account is locked after too many attempts. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi minimal {min_password} karakter.</source>
        <translation>A password needs at least {min_password} characters.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi maksimal {max_password} karakter.</source>
        <translation>A password has at most {max_password} characters.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi tidak boleh diawali atau diakhiri spasi.</source>
        <translation>A password may not begin or end with a space.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi berisi karakter kontrol yang tidak dapat diketik.</source>
        <translation>The password contains control characters that cannot be typed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi harus memadukan huruf dan angka atau tanda baca.</source>
        <translation>A password must mix letters with digits or punctuation.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi ini terlalu mudah ditebak. Pilih yang lain.</source>
        <translation>This password is too easy to guess. Choose another.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi tidak boleh memuat nama pengguna.</source>
        <translation>A password may not contain the user name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama pengguna 2–50 karakter: huruf kecil a–z, angka, titik atau garis bawah; diawali huruf/angka.</source>
        <translation>A user name has 2–50 characters: lower-case letters a–z, digits, dots or underscores; it starts with a letter or digit.</translation>
    </message>
    <message>
        <location line="-301" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+302" />
        <source>Kedua kata sandi tidak sama. Ketik ulang.</source>
        <translation>The two passwords differ. Type them again.</translation>
    </message>
    <message>
        <location line="-299" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location line="+300" />
        <source>{wrong} Sisa {left} kali percobaan sebelum akun dikunci {minutes} menit.</source>
        <translation>{wrong} {left} attempts left before the account is locked for {minutes} minutes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pengguna '{username}' tidak ditemukan.</source>
        <translation>User '{username}' not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama pengguna '{name}' sudah dipakai.</source>
        <translation>User name '{name}' is already taken.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Baris perintah tidak memiliki kata sandi; gunakan 'puskesos user reset-password'.</source>
        <translation>The command line has no password; use 'puskesos user reset-password'.</translation>
    </message>
    <message>
        <location line="-302" />
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location line="+303" />
        <source>Peran tidak dikenal.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <location line="-306" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+307" />
        <source>Terlalu banyak percobaan. Akun dikunci {minutes} menit.</source>
        <translation>Too many attempts. The account is locked for {minutes} minutes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ini satu-satunya koordinator aktif: perannya tidak dapat diubah. Buat koordinator lain dahulu.</source>
        <translation>This is the only active coordinator: their role cannot change. Create another coordinator first.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akun ini tidak aktif.</source>
        <translation>This account is not active.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ini satu-satunya koordinator aktif dan tidak dapat dinonaktifkan. Buat koordinator lain dahulu.</source>
        <translation>This is the only active coordinator and cannot be deactivated. Create another coordinator first.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi baru harus berbeda dari yang lama.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jejak audit bertambah selama berkas ditulis.</source>
        <translation>The audit trail grew while the file was being written.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih berkas .xlsx atau .csv.</source>
        <translation>Choose an .xlsx or .csv file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi hanya dapat dipasang pada berkas .xlsx.</source>
        <translation>A password can only be set on an .xlsx file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sebutkan minimal satu berkas batch.</source>
        <translation>Name at least one batch file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch dari lebih dari satu desa ({listing}); periksa per desa.</source>
        <translation>Batches from more than one village ({listing}); check them village by village.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan {key} tidak ditemukan.</source>
        <translation>Complaint {key} not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan tidak ditemukan.</source>
        <translation>Complaint not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan {number} sudah {status}; buka kembali lebih dulu.</source>
        <translation>Complaint {number} is already {status}; reopen it first.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan {number} belum diteruskan ke back office.</source>
        <translation>Complaint {number} has not been forwarded to the back office.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih program desa atau mitra yang menangani.</source>
        <translation>Choose the village programme or the partner that handles it.</translation>
    </message>
    <message>
        <location line="-288" />
        <source>Program/mitra</source>
        <translation>Programme/partner</translation>
    </message>
    <message>
        <location line="+289" />
        <source>Nilai bantuan harus antara Rp 0 dan Rp 1.000.000.000.</source>
        <translation>The value of the aid must be between Rp 0 and Rp 1,000,000,000.</translation>
    </message>
    <message>
        <location line="-288" />
        <source>Nilai (Rp)</source>
        <translation>Value (Rp)</translation>
    </message>
    <message>
        <location line="+289" />
        <source>Keluhan sudah {status}.</source>
        <translation>The complaint is already {status}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan belum ada hasil akhirnya: {numbers}.</source>
        <translation>Referrals without a final outcome yet: {numbers}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga belum diberi tahu hasil rujukan: {numbers}.</source>
        <translation>The resident has not been told the outcome of referrals: {numbers}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Belum ada tindakan: beri kepastian kepada warga, tangani di desa, atau rujuk.</source>
        <translation>Nothing has been done yet: give the resident an answer, handle it in the village, or refer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dokumen tidak termasuk daftar keluhan ini.</source>
        <translation>That document is not on this complaint's list.</translation>
    </message>
    <message>
        <location line="-334" />
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+335" />
        <source>Keluhan belum dapat ditutup. {blockers}</source>
        <translation>The complaint cannot be closed yet. {blockers}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan {number} sudah {status}.</source>
        <translation>Complaint {number} is already {status}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan {number} belum ditutup (status: {status}).</source>
        <translation>Complaint {number} is not closed (status: {status}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program tidak ditemukan atau tidak aktif.</source>
        <translation>Programme not found or not active.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mitra tidak ditemukan atau tidak aktif.</source>
        <translation>Partner not found or not active.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Petugas tidak ditemukan atau tidak aktif.</source>
        <translation>Staff member not found or not active.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{full_name} tidak berperan di back office.</source>
        <translation>{full_name} has no back-office role.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga tidak ditemukan; pilih warga terlebih dahulu.</source>
        <translation>Resident not found; choose a resident first.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data warga ini sudah dianonimkan (masa retensi); daftarkan sebagai warga baru.</source>
        <translation>This resident's data has been anonymised (retention period); register them as a new resident.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih bidang keluhan.</source>
        <translation>Choose the complaint's field.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih saluran pengaduan.</source>
        <translation>Choose the channel of the complaint.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih tingkat kemendesakan.</source>
        <translation>Choose the urgency.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunjungan lapangan tidak ditemukan.</source>
        <translation>Field visit not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunjungan itu dicatat oleh fasilitator lain.</source>
        <translation>That visit was recorded by another facilitator.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih fasilitator yang menerima keluhan.</source>
        <translation>Choose the facilitator who received the complaint.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fasilitator tidak ditemukan.</source>
        <translation>Facilitator not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fasilitator hanya diisi untuk saluran Fasilitator.</source>
        <translation>A facilitator is filled in only for the Fasilitator channel.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layanan tidak ditemukan di katalog.</source>
        <translation>Service not found in the catalogue.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layanan '{name}' termasuk bidang {field_name}.</source>
        <translation>Service '{name}' belongs to the field {field_name}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layanan '{name}' sudah tidak aktif di katalog.</source>
        <translation>Service '{name}' is no longer active in the catalogue.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan {number_or_id} tidak ditemukan.</source>
        <translation>Complaint {number_or_id} not found.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bahasa pesan: pilih id (Indonesia) atau en (Inggris).</source>
        <translation>Message language: choose id (Indonesian) or en (English).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bahasa pesan</source>
        <translation>Message language</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Kejadian '{event}' tidak dikenal.</source>
        <translation>Unknown event '{event}'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nomor tidak dikenali. Tulis nomor resi (RESI/…) atau nomor rujukan (RJK/…).</source>
        <translation>Number not recognised. Write a receipt number (RESI/…) or a referral number (RJK/…).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan dengan nomor resi {found} tidak ditemukan.</source>
        <translation>No complaint with receipt number {found}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga memilih diberi tahu saat datang langsung.</source>
        <translation>The resident chose to be told when they come in person.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cara mengirim tidak dikenal.</source>
        <translation>Unknown way of sending.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cara</source>
        <translation>Way</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ukuran slip: A6 atau 80mm.</source>
        <translation>Slip size: A6 or 80mm.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan dengan nomor {found} tidak ditemukan.</source>
        <translation>No referral with number {found}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga belum pernah ditanya bersedia dihubungi atau tidak: pesan ke telepon tidak ditawarkan. Tanyakan saat warga datang (daftar keluhan) atau beri tahu langsung dengan slip.</source>
        <translation>The resident has never been asked whether they agree to be contacted: a message to their telephone is not offered. Ask when the resident comes in (complaint registration) or tell them in person with a slip.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga tidak bersedia dihubungi: pesan ke telepon tidak ditawarkan; beri tahu saat warga datang (slip status).</source>
        <translation>The resident does not agree to be contacted: a message to their telephone is not offered; tell them when they come in (status slip).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga memilih dihubungi lewat telepon/SMS, bukan WhatsApp.</source>
        <translation>The resident chose to be contacted by telephone/SMS, not WhatsApp.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga memilih diberi tahu melalui fasilitator.</source>
        <translation>The resident chose to be told through the facilitator.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan {number} belum dikirim: belum ada yang dapat diberitahukan kepada warga.</source>
        <translation>Referral {number} has not been sent: there is nothing to tell the resident yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kabar itu tidak ada (lagi) pada kasus ini; buka pesannya kembali.</source>
        <translation>That news is not (or no longer) on this case; open the message again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga memilih WhatsApp, tetapi nomor HP-nya tidak tercatat atau tidak dikenali. Perbaiki nomor di data warga.</source>
        <translation>The resident chose WhatsApp, but their mobile number is not on record or not recognised. Correct the number in the resident data.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga memilih telepon, tetapi nomornya tidak tercatat atau tidak dikenali.</source>
        <translation>The resident chose telephone, but their number is not on record or not recognised.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cara ini tidak sesuai pilihan warga.</source>
        <translation>This way does not match the resident's choice.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan {number} tidak ditemukan.</source>
        <translation>Referral {number} not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih tujuan rujukan dari direktori mitra.</source>
        <translation>Choose the referral destination from the partner directory.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tujuan rujukan tidak ditemukan di direktori mitra.</source>
        <translation>The referral's destination was not found in the partner directory.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mitra '{name}' sudah dinonaktifkan; pilih tujuan lain.</source>
        <translation>Partner '{name}' has been deactivated; choose another destination.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tambahkan sedikitnya satu rujukan.</source>
        <translation>Add at least one referral.</translation>
    </message>
    <message>
        <location line="-348" />
        <source>Rujukan</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="+349" />
        <source>Pilih rujukan yang akan disetujui.</source>
        <translation>Choose the referrals to approve.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan {number} tidak menunggu persetujuan (status: {status}).</source>
        <translation>Referral {number} is not waiting for approval (status: {status}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan {number} sudah {status}; tidak dapat dibatalkan.</source>
        <translation>Referral {number} is already {status}; it cannot be cancelled.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hasil rujukan: Disetujui, Ditolak atau Ditelaah Lebih Lanjut.</source>
        <translation>Referral outcome: Disetujui, Ditolak or Ditelaah Lebih Lanjut.</translation>
    </message>
    <message>
        <location line="-351" />
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+352" />
        <source>Tulis alasan penolakan dari tujuan rujukan.</source>
        <translation>Write the reason the destination refused.</translation>
    </message>
    <message>
        <location line="-393" />
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+394" />
        <source>Pilih bidang rujukan.</source>
        <translation>Choose the referral's field.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih hasil rujukan.</source>
        <translation>Choose the referral's outcome.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan {number} belum dikirim (masih menunggu persetujuan koordinator); hasil belum dapat dicatat.</source>
        <translation>Referral {number} has not been sent (it still awaits the coordinator's approval); no outcome can be recorded yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan {number} sudah {status}; hasilnya tidak dapat diubah.</source>
        <translation>Referral {number} is already {status}; its outcome cannot change.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal hasil tidak boleh sebelum tanggal rujukan.</source>
        <translation>The outcome date cannot be before the referral date.</translation>
    </message>
    <message>
        <location line="-356" />
        <source>Tanggal hasil</source>
        <translation>Result date</translation>
    </message>
    <message>
        <location line="+357" />
        <source>Rujukan {number} sudah berstatus {status}.</source>
        <translation>Referral {number} already has status {status}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih cara pemberitahuan.</source>
        <translation>Choose how the resident was told.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cara pemberitahuan</source>
        <translation>How they were told</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan {number} belum ada hasilnya; belum ada yang dapat diberitahukan.</source>
        <translation>Referral {number} has no outcome yet; there is nothing to tell yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan {number} sudah {status}; buka kembali keluhan sebelum merujuk.</source>
        <translation>Complaint {number} is already {status}; reopen the complaint before referring.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan sudah diterima dan dicatat.</source>
        <translation>The complaint has been received and recorded.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan sedang ditelaah oleh Bagian Layanan dan Rujukan (back office).</source>
        <translation>The complaint is being reviewed by the Services and Referrals section (back office).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan sedang ditangani oleh desa.</source>
        <translation>The complaint is being handled by the village.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan sudah dirujuk ke layanan atau program terkait.</source>
        <translation>The complaint has been referred to the relevant service or programme.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan sudah selesai.</source>
        <translation>The complaint has been resolved.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan dibatalkan.</source>
        <translation>The complaint was cancelled.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pemberitahuan</source>
        <translation>Resident informed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan DTKS</source>
        <translation>DTKS proposal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="-419" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+261" />
        <source>Mitra tidak ditemukan.</source>
        <translation>Partner not found.</translation>
    </message>
    <message>
        <location line="+159" />
        <source>Penanganan desa</source>
        <translation>Handled by the village</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hasil rujukan</source>
        <translation>Referral outcome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anggota keluarga</source>
        <translation>Family member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidak ada resi bernomor urut {serial:04d} bulan ini atau bulan lalu. Tulis nomor resi lengkapnya.</source>
        <translation>No receipt with serial number {serial:04d} this month or last month. Write the full receipt number.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan sudah dikirim ke {destination} pada {date}; menunggu jawaban.</source>
        <translation>The referral was sent to {destination} on {date}; awaiting a reply.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{destination} menyetujui rujukan {service} pada {date}.</source>
        <translation>{destination} approved the referral for {service} on {date}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{destination} menolak rujukan {service} pada {date}.</source>
        <translation>{destination} declined the referral for {service} on {date}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{destination} masih menelaah rujukan {service} lebih lanjut pada {date}.</source>
        <translation>{destination} is still reviewing the referral for {service} further (as of {date}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan ke {destination} menunggu persetujuan koordinator.</source>
        <translation>The referral to {destination} is waiting for the coordinator's approval.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan sudah dikirim ke {destination}; menunggu jawaban.</source>
        <translation>The referral was sent to {destination}; awaiting a reply.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{destination} menyetujui rujukan {service}.</source>
        <translation>{destination} approved the referral for {service}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{destination} menolak rujukan {service}.</source>
        <translation>{destination} declined the referral for {service}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{destination} masih menelaah rujukan {service} lebih lanjut.</source>
        <translation>{destination} is still reviewing the referral for {service} further.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan ke {destination} dibatalkan.</source>
        <translation>The referral to {destination} was cancelled.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan ke {destination}: {status}.</source>
        <translation>Referral to {destination}: {status}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{sentence} Keterangan: {note}</source>
        <translation>{sentence} Note: {note}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status: {old} → {new}</source>
        <translation>Status: {old} → {new}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{word}: {note}</source>
        <translation>{word}: {note}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan dengan nomor resi {number} tidak ditemukan.</source>
        <translation>No complaint with receipt number {number}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor resi tidak dikenali. Tulis seperti RESI/6201022001/2026/11/0001 atau pindai kode QR pada resi.</source>
        <translation>Receipt number not recognised. Write it like RESI/6201022001/2026/11/0001 or scan the QR code on the receipt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor resi</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih cara memberi tahu: {channels}.</source>
        <translation>Choose how the resident was told: {channels}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan {number} didaftarkan {moment}.</source>
        <translation>Complaint {number} was registered on {moment}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status menjadi '{status}'</source>
        <translation>Status set to '{status}'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status: {old} → {new}. {note}</source>
        <translation>Status: {old} → {new}. {note}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan {number}: {event}</source>
        <translation>Referral {number}: {event}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal diberi tahu tidak boleh sebelum keluhan didaftarkan.</source>
        <translation>The date the resident was told cannot be before the complaint was registered.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal diberi tahu</source>
        <translation>Date told</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih keluhan atau rujukan yang diberitahukan.</source>
        <translation>Choose the complaint or referrals the resident was told about.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jawaban: {answer}</source>
        <translation>Answer: {answer}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dokumen yang masih kurang: {documents}.</source>
        <translation>Documents still missing: {documents}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status menjadi '{status}'. {note}</source>
        <translation>Status set to '{status}'. {note}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Petugas yang memberi tahu tidak ditemukan.</source>
        <translation>The staff member who told the resident was not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan {unknown} bukan bagian keluhan ini.</source>
        <translation>Referrals {unknown} are not part of this complaint.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target penyelesaian {date} sudah lewat; petugas akan menindaklanjuti.</source>
        <translation>The target date {date} has passed; staff will follow it up.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perkiraan selesai {date}.</source>
        <translation>Expected to be resolved by {date}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga terakhir diberi tahu {date} ({channel}) oleh {by}.</source>
        <translation>The resident was last informed on {date} ({channel}) by {by}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga terakhir diberi tahu {date} ({channel}).</source>
        <translation>The resident was last informed on {date} ({channel}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bidang {field}</source>
        <translation>the {field} field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih fasilitator yang berkunjung.</source>
        <translation>Choose the facilitator who visited.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih akun fasilitator.</source>
        <translation>Choose a facilitator account.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Satu baris keluarga maksimal 200 karakter.</source>
        <translation>One line of a family has at most 200 characters.</translation>
    </message>
    <message>
        <location line="-420" />
        <source>Keluarga yang dikunjungi</source>
        <translation>Families visited</translation>
    </message>
    <message>
        <location line="+421" />
        <source>Kunjungan tidak ditemukan.</source>
        <translation>Visit not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunjungan ini dicatat oleh fasilitator lain.</source>
        <translation>This visit was recorded by another facilitator.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akun Anda telah dinonaktifkan oleh koordinator. Sesi ini ditutup; masuk dengan akun yang aktif.</source>
        <translation>Your account has been deactivated by the coordinator. This session is closed; sign in with an active account.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kartu rujukan {number} belum dapat dicetak: rujukan masih menunggu persetujuan koordinator. Cetak setelah koordinator memberi persetujuan.</source>
        <translation>Referral card {number} cannot be printed yet: the referral still awaits the coordinator's approval. Print it once the coordinator has approved it.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rujukan {number} sudah dibatalkan; kartunya tidak dicetak.</source>
        <translation>Referral {number} has been cancelled; its card is not printed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih sedikitnya satu rujukan untuk dicetak.</source>
        <translation>Choose at least one referral to print.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paling banyak {max_cards} kartu sekali cetak.</source>
        <translation>At most {max_cards} cards at a time.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ukuran kertas harus A4 atau F4.</source>
        <translation>Paper size must be A4 or F4.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama kepala desa (penanda tangan surat) belum diisi di Pengaturan › Profil kantor.</source>
        <translation>The village head's name (who signs letters) is not filled in under Pengaturan › Profil kantor.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Penanda tangan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga ini sudah memiliki NIK dan No. KK; surat rekomendasi tidak diperlukan.</source>
        <translation>This resident already has a NIK and KK number; no recommendation letter is needed.</translation>
    </message>
    <message>
        <location line="-442" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+443" />
        <source>Warga tidak ditemukan.</source>
        <translation>Resident not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} tidak terdaftar di DTKS/DTSEN menurut data terbaru. Surat keterangan tidak dapat dibuat; ajukan usulan DTSEN untuk keluarganya.</source>
        <translation>{name} is not registered in DTKS/DTSEN according to the latest data. The certificate cannot be made; file a DTSEN proposal for the family.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DTKS/DTSEN</source>
        <translation>DTKS/DTSEN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surat {number} tidak ditemukan.</source>
        <translation>Letter {number} not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan {complaint_number} tidak ditemukan.</source>
        <translation>Complaint {complaint_number} not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih warga.</source>
        <translation>Choose a resident.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data DTKS/DTSEN tidak ditemukan.</source>
        <translation>DTKS/DTSEN record not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor dokumen tidak dikenal (RESI/…, REK/… atau SKT/…).</source>
        <translation>Unknown document number (RESI/…, REK/… or SKT/…).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan {number} tidak ditemukan.</source>
        <translation>Complaint {number} not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor {number} bukan jenis ini; cetak sebagai {other}.</source>
        <translation>Number {number} is not of this kind; print it as {other}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih layanan atau program.</source>
        <translation>Choose a service or programme.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Semua dokumen sudah diterima; tidak ada daftar kekurangan untuk dicetak.</source>
        <translation>All documents have been received; there is no list of missing documents to print.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ekspor bulan {label} lain sedang berjalan atau baru saja berjalan (di jendela ini, jendela lain atau baris perintah). Tunggu sampai selesai, lalu periksa daftar batch sebelum mengekspor lagi.</source>
        <translation>Another export for {label} is running or has just run (in this window, another window or the command line). Wait until it has finished, then check the list of batches before exporting again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} belum dimulai: belum ada yang dapat diekspor.</source>
        <translation>{what} has not started: there is nothing to export yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profil kantor belum diisi (Pengaturan › Profil kantor): kode desa diperlukan.</source>
        <translation>The office profile is not filled in (Pengaturan › Profil kantor): the village code is needed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder {folder} tidak ditemukan. Apakah flashdisk sudah terpasang? Pilih folder tujuan lagi.</source>
        <translation>Folder {folder} not found. Is the USB stick plugged in? Choose the target folder again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder {folder} tidak dapat diakses. Apakah flashdisk tercabut?</source>
        <translation>Folder {folder} cannot be reached. Was the USB stick pulled out?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ruang kosong di {folder} tinggal {free}; batch ini butuh sekitar {need}. Kosongkan ruang atau pilih flashdisk lain.</source>
        <translation>Only {free} free in {folder}; this batch needs about {need}. Free some space or choose another USB stick.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database {value} hanya dapat dibaca, sehingga batch {label} tidak dapat dicatat (nomor batch dan jejak audit). Salin database ke folder yang dapat ditulisi, buka salinan itu, lalu ekspor dari sana.</source>
        <translation>Database {value} is read-only, so batch {label} cannot be recorded (batch number and audit trail). Copy the database to a folder that can be written to, open that copy, and export from there.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bulan {month} sudah diekspor 99 kali; nomor batch habis.</source>
        <translation>Month {month} has been exported 99 times; the batch numbers are used up.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch {month} nomor {seq:02d} baru saja dibuat di komputer lain. Ulangi ekspor.</source>
        <translation>Batch {month} number {seq:02d} was just made on another computer. Export again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jejak audit terus bertambah selama batch ditulis (kantor sedang sibuk). Ulangi ekspor sebentar lagi.</source>
        <translation>The audit trail kept growing while the batch was written (the office is busy). Export again in a moment.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} tidak dapat diperiksa: {value}.</source>
        <translation>File {name} cannot be checked: {value}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} berubah sejak pratinjau. Buka pratinjaunya lagi.</source>
        <translation>File {name} changed since the preview. Open the preview again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profil kantor belum diisi: kode desa diperlukan untuk penomoran dokumen.</source>
        <translation>The office profile is not filled in: the village code is needed to number documents.</translation>
    </message>
    <message>
        <location line="-471" />
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location line="+472" />
        <source>Logo harus berkas PNG, paling besar 1 MB.</source>
        <translation>The logo must be a PNG file of at most 1 MB.</translation>
    </message>
    <message>
        <location line="-471" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+472" />
        <source>Profil kantor belum diisi (Pengaturan › Profil kantor): kop surat tidak dapat dibuat.</source>
        <translation>The office profile is not filled in (Pengaturan › Profil kantor): the letterhead cannot be made.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bentuk resi harus A5 atau 80mm.</source>
        <translation>The receipt form must be A5 or 80mm.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bentuk resi</source>
        <translation>Receipt form</translation>
    </message>
    <message>
        <location line="-484" />
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location line="+485" />
        <source>Warga {value} tidak ditemukan di data kantor.</source>
        <translation>Resident {value} not found in the office's data.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data warga ini sudah dianonimkan (masa retensi): tidak ada lagi data pribadi yang dapat dicetak.</source>
        <translation>This resident's data has been anonymised (retention period): there is no personal data left to print.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lampiran (pindaian KTP, KK, foto rumah) memuat data pribadi lengkap dan hanya dapat dilihat petugas yang menangani kasus. Minta koordinator atau petugas layanan.</source>
        <translation>Attachments (scans of KTP and KK, photos of the house) hold full personal data and can only be seen by the staff handling the case. Ask the coordinator or the service officer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jenis lampiran '{text}' tidak dikenal. Pilih salah satu: {kinds}.</source>
        <translation>Unknown attachment kind '{text}'. Choose one of: {kinds}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{text} tidak ditemukan di database ini.</source>
        <translation>{text} not found in this database.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} bukan berkas. Pilih satu berkas gambar atau PDF.</source>
        <translation>{name} is not a file. Choose one image or PDF file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lampiran tidak dapat dipasang pada '{type}'.</source>
        <translation>Attachments cannot be added to '{type}'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pemilik lampiran ({type} #{id}) tidak ditemukan.</source>
        <translation>The attachment's owner ({type} #{id}) was not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} sudah dilampirkan di sini (lampiran #{same}).</source>
        <translation>File {name} is already attached here (attachment #{same}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tulis alasan menghapus lampiran ini.</source>
        <translation>Write why this attachment is removed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lampiran #{attachment_id} tidak ditemukan.</source>
        <translation>Attachment #{attachment_id} not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'{number}' bukan nomor lampiran; lihat `puskesos list attachments`.</source>
        <translation>'{number}' is not an attachment number; see `puskesos list attachments`.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas {name} tidak dapat dibuka. Periksa bahwa berkasnya masih ada.</source>
        <translation>File {name} cannot be opened. Check that the file is still there.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lembar foto rumah dicetak untuk usulan: tulis nomor usulan (USL/…).</source>
        <translation>The house photo sheet is printed for a proposal: write the proposal number (USL/…).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'{text}' bukan nomor yang dikenal. Tulis nomor resi (RESI/…), rujukan (RJK/…), usulan (USL/…), NIK warga (16 angka) atau #id warga.</source>
        <translation>'{text}' is not a known number. Write a receipt number (RESI/…), referral (RJK/…), proposal (USL/…), a resident's NIK (16 digits) or a resident's #id.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Centang 'Warga setuju datanya dipakai untuk layanan ini'. Puskesos tidak dapat melayani keluhan tanpa mengolah data warga; bila warga tidak setuju, keluhan tidak dapat didaftarkan.</source>
        <translation>Tick 'Warga setuju datanya dipakai untuk layanan ini'. Puskesos cannot serve a complaint without processing the resident's data; if the resident does not agree, the complaint cannot be registered.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih cara warga bersedia dihubungi: {channels}.</source>
        <translation>Choose how the resident is willing to be contacted: {channels}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga bersedia dihubungi melalui {channel}, tetapi nomor teleponnya belum dicatat. Isi nomor telepon di data warga (Ubah data), atau pilih cara lain.</source>
        <translation>The resident is willing to be contacted by {channel}, but their phone number has not been recorded. Fill in the phone number in the resident's data (Ubah data), or choose another way.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NIK dan No. KK wajib diisi, atau tulis alasannya (misalnya '{no_papers_reason}').</source>
        <translation>NIK and KK number are required, or write the reason (for example '{no_papers_reason}').</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih jenis kelamin.</source>
        <translation>Choose the sex.</translation>
    </message>
    <message>
        <location line="-491" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+492" />
        <source>NIK ini sudah terdaftar sebagai warga. Buka data warga yang ada.</source>
        <translation>This NIK is already registered as a resident. Open the existing resident's data.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jenis kelamin tidak sesuai dengan NIK (tanggal lahir perempuan + 40).</source>
        <translation>The sex does not match the NIK (a woman's birth day + 40).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal lahir tidak sesuai dengan NIK (menurut NIK {birth_date:%d-%m-%Y}).</source>
        <translation>The birth date does not match the NIK (the NIK says {birth_date:%d-%m-%Y}).</translation>
    </message>
    <message>
        <location line="-492" />
        <source>Tanggal lahir</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+493" />
        <source>NIK ini sudah dipakai warga lain.</source>
        <translation>This NIK is already used by another resident.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ada {count} orang yang mirip. Periksa dulu apakah orangnya sama.</source>
        <translation>There are {count} similar people. Check first whether it is the same person.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data DTKS/DTSEN tidak ditemukan (atau tidak ada lagi di data terbaru).</source>
        <translation>DTKS/DTSEN record not found (or no longer in the latest data).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masa retensi diisi 0 (tidak aktif) sampai {max_years} tahun.</source>
        <translation>The retention period is 0 (off) to {max_years} years.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masa retensi</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masa retensi belum diatur (Pengaturan › Retensi data); tidak ada data yang dianonimkan.</source>
        <translation>The retention period is not set (Pengaturan › Retensi data); no data was anonymised.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih jenisnya: Usul atau Sanggah.</source>
        <translation>Choose the kind: Usul or Sanggah.</translation>
    </message>
    <message>
        <location line="-540" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+541" />
        <source>Hasil harus Menunggu, Diterima atau Ditolak.</source>
        <translation>The outcome must be Menunggu, Diterima or Ditolak.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sanggah menyangkut satu keluarga: isi No. KK keluarga yang disanggah.</source>
        <translation>An objection (Sanggah) concerns one family: fill in the KK number of the family objected to.</translation>
    </message>
    <message>
        <location line="-505" />
        <source>No. KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <location line="+506" />
        <source>Data warga ini sudah dianonimkan.</source>
        <translation>This resident's data has been anonymised.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catatan Cek Bansos tidak ditemukan.</source>
        <translation>Cek Bansos record not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal hasil tidak boleh sebelum tanggal pengajuan.</source>
        <translation>The outcome date cannot be before the filing date.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batas desil harus 1 sampai 10 (atau kosong bila program tidak memakai desil).</source>
        <translation>The desil limit must be 1 to 10 (or empty when the programme does not use desil).</translation>
    </message>
    <message>
        <location line="-482" />
        <source>Batas desil</source>
        <translation>Desil ceilings</translation>
    </message>
    <message>
        <location line="+483" />
        <source>Tulis sumber batas desil (pengumuman, surat, juknis).</source>
        <translation>Write the source of the desil limit (announcement, letter, technical guide).</translation>
    </message>
    <message>
        <location line="-482" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+483" />
        <source>Sumber paling banyak 300 karakter.</source>
        <translation>The source has at most 300 characters.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal sumber tidak boleh di masa depan.</source>
        <translation>The source's date cannot be in the future.</translation>
    </message>
    <message>
        <location line="-483" />
        <source>Tanggal sumber</source>
        <translation>Source date</translation>
    </message>
    <message>
        <location line="+484" />
        <source>Siklus harus bulanan atau triwulanan.</source>
        <translation>The cycle must be monthly or quarterly.</translation>
    </message>
    <message>
        <location line="-480" />
        <source>Siklus</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+481" />
        <source>Pengingat 0 sampai 30 hari sebelum jendela ditutup.</source>
        <translation>The reminder is 0 to 30 days before the window closes.</translation>
    </message>
    <message>
        <location line="-480" />
        <source>Pengingat</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location line="+481" />
        <source>Tanggal jendela harus 1 sampai 31.</source>
        <translation>A window day must be 1 to 31.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal awal tidak boleh sesudah tanggal akhir.</source>
        <translation>The first day cannot be after the last day.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jumlah peserta yang hadir harus angka, sedikitnya 1.</source>
        <translation>The number of participants present must be a number, at least 1.</translation>
    </message>
    <message>
        <location line="-495" />
        <source>Jumlah hadir</source>
        <translation>Number present</translation>
    </message>
    <message>
        <location line="+496" />
        <source>Jumlah peserta tidak masuk akal.</source>
        <translation>The number of participants is not plausible.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Putuskan sedikitnya satu usulan (disahkan atau ditolak).</source>
        <translation>Decide at least one proposal (approved or rejected).</translation>
    </message>
    <message>
        <location line="-496" />
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+497" />
        <source>{folder} bukan folder.</source>
        <translation>{folder} is not a folder.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--out</source>
        <translation>--out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Musyawarah desa tidak ditemukan.</source>
        <translation>Village deliberation not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan tidak ditemukan.</source>
        <translation>Proposal not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan {number} sudah berstatus {status}, bukan Draf.</source>
        <translation>Proposal {number} already has status {status}, not Draf.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan {number}: ada anggota keluarga yang belum punya NIK; tunggu NIK dari Dukcapil.</source>
        <translation>Proposal {number}: a family member has no NIK yet; wait for the NIK from Dukcapil.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan {number} dibuat sesudah tanggal musyawarah.</source>
        <translation>Proposal {number} was made after the date of the deliberation.</translation>
    </message>
    <message>
        <location line="-506" />
        <source>Tanggal musyawarah</source>
        <translation>Date of the deliberation</translation>
    </message>
    <message>
        <location line="+507" />
        <source>Tulis alasan penolakan usulan {number}.</source>
        <translation>Write why proposal {number} was rejected.</translation>
    </message>
    <message>
        <location line="-503" />
        <source>Catatan keputusan</source>
        <translation>Note on the decision</translation>
    </message>
    <message>
        <location line="+504" />
        <source>NIK ini tidak ada di data penduduk desa yang diimpor.</source>
        <translation>This NIK is not in the village's imported population data.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidak ada perbedaan yang menunggu untuk NIK ini.</source>
        <translation>No differences are waiting for this NIK.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih jenis usulan: Perbarui atau Hapus.</source>
        <translation>Choose the kind of proposal: Perbarui or Hapus.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jenis usulan</source>
        <translation>Proposal type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tulis alasannya dengan jelas (minimal 10 karakter).</source>
        <translation>Write the reason clearly (at least 10 characters).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga ini sudah terdaftar di DTKS/DTSEN. Untuk perubahan data, buat usulan Perbarui atau Hapus.</source>
        <translation>This resident is already registered in DTKS/DTSEN. To change their data, make a Perbarui or Hapus proposal.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluarga ini belum terdaftar di DTKS/DTSEN: buat usulan Tambah.</source>
        <translation>This family is not registered in DTKS/DTSEN yet: make a Tambah proposal.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan berstatus {status} tidak dapat diubah lagi.</source>
        <translation>A proposal with status {status} can no longer be changed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga ini tercatat di KK lain.</source>
        <translation>This resident is recorded on another KK.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usulan {number_or_id} tidak ditemukan.</source>
        <translation>Proposal {number_or_id} not found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impor {filename} dihentikan; tidak ada yang berubah: {reasons}. Berkas ini mungkin rusak atau terpotong. Periksa berkasnya; bila memang benar, ulangi dengan konfirmasi. Bila berkas hanya sebagian (satu RW, satu program), impor sebagai daftar sebagian.</source>
        <translation>Import of {filename} stopped; nothing changed: {reasons}. The file may be damaged or cut off. Check the file; if it is right, import again and confirm. If the file is only part of the list (one RW, one programme), import it as a partial list.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daftar DTKS/DTSEN berubah selama impor berjalan (impor atau data contoh lain); impor ini dibatalkan tanpa perubahan. Ulangi impornya.</source>
        <translation>The DTKS/DTSEN list changed while the import ran (another import or demo data); this import was cancelled without changes. Import again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{removed} dari {before} orang di DTKS/DTSEN ({percent:.0f}%) akan ditandai tidak ada lagi (batas {limit:g}%)</source>
        <translation>{removed} of {before} people in DTKS/DTSEN ({percent:.0f}%) would be marked as no longer listed (limit {limit:g}%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{rejected} dari {total} baris ({percent:.0f}%) ditolak (batas {limit:g}%)</source>
        <translation>{rejected} of {total} rows ({percent:.0f}%) refused (limit {limit:g}%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impor DTKS/DTSEN lain sedang berjalan (di jendela ini, jendela lain atau baris perintah). Tunggu sampai selesai, lalu ulangi.</source>
        <translation>Another DTKS/DTSEN import is running (in this window, another window or the command line). Wait until it has finished, then try again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Susunan indeks {table} tidak dikenal; impor dibatalkan tanpa perubahan.</source>
        <translation>Unknown index layout of {table}; the import was cancelled without changes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Angka dasbor '{figure}' tidak dikenal.</source>
        <translation>Unknown dashboard figure '{figure}'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Angka</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Angka laporan '{f}' tidak dikenal.</source>
        <translation>Unknown report figure '{f}'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bulan laporan belum dimulai.</source>
        <translation>The report month has not started yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--month</source>
        <translation>--month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih bulan laporan.</source>
        <translation>Choose the report month.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../puskesos_desktop/ui/settings_pages/services_catalogue.py" line="+34" />
        <source>Katalog layanan</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <location line="+10" />
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dija&amp;wab langsung di meja layanan (informasi)</source>
        <translation>Answered at the service des&amp;k (information)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Satu persyaratan per baris</source>
        <translation>One requirement per line</translation>
    </message>
    <message>
        <location line="+2" />
        <source>K&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Na&amp;ma layanan</source>
        <translation>Service na&amp;me</translation>
    </message>
    <message>
        <location line="+1" />
        <source>B&amp;idang</source>
        <translation>F&amp;ield</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;ujuan bawaan</source>
        <translation>Defa&amp;ult destination</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pe&amp;rsyaratan</source>
        <translation>Re&amp;quirements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keterangan</source>
        <translation>&amp;Remarks</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+4" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>{0} (nonaktif)</source>
        <translation>{0} (inactive)</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../puskesos_desktop/ui/session.py" line="+70" />
        <source>Ganti &amp;kata sandi…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location line="+127" />
        <source>Cadangan harian tersimpan: {0}</source>
        <translation>Daily backup saved: {0}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cadangan harian GAGAL: {0}</source>
        <translation>Daily backup FAILED: {0}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cadangan saat menutup program gagal: {0}</source>
        <translation>The backup on closing the program failed: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../puskesos_desktop/ui/main_window.py" line="+1" />
        <location filename="../../puskesos_desktop/ui/tabs/settings.py" line="+215" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../puskesos_desktop/ui/tabs/settings.py" line="-114" />
        <source>Memuat halaman…</source>
        <translation>Loading the page…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/admin/setup_wizard.py" line="+212" />
        <source>Penyiapan awal — Puskesos Desktop</source>
        <translation>First setup — Puskesos Desktop</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>StatusDeskDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/front/status_desk.py" line="+210" />
        <source>Meja status keluhan</source>
        <extracomment>a view of people's data with nothing typed in it: closed when the screen locks (ui/session.py)</extracomment>
        <translation>Complaint status desk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Nomor resi:</source>
        <translation>&amp;Receipt number:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pindai kode QR pada resi atau ketik nomornya, lalu Enter</source>
        <translation>Scan the QR code on the receipt or type its number, then Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catat bahwa warga sudah diberi tahu</source>
        <translation>Record that the resident has been informed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;ara</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Oleh</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cata&amp;tan</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yang diberitahukan</source>
        <translation>What was told</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status &amp;keluhan</source>
        <translation>Complaint st&amp;atus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catat &amp;pemberitahuan</source>
        <translation>Record &amp;notice</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Tan&amp;ggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cetak u&amp;lang resi (SALINAN)</source>
        <translation>Re&amp;print receipt (SALINAN)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cetak daftar &amp;dokumen kurang</source>
        <translation>Print &amp;missing documents list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pesan untuk &amp;warga…</source>
        <translation>M&amp;essage to the resident…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;utup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nomor resi keluhan; pemindai QR mengetiknya sendiri</source>
        <translation>The complaint's receipt number; a QR scanner types it in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kapan warga diberi tahu</source>
        <translation>When the resident was informed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bagaimana warga diberi tahu</source>
        <translation>How the resident was informed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Petugas yang memberi tahu</source>
        <translation>The staff member who informed them</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catatan pemberitahuan</source>
        <translation>Notes on informing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kabar yang disampaikan kepada warga</source>
        <translation>The news passed on to the resident</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Pindai atau ketik nomor resi untuk melihat status keluhan.</source>
        <translation>Scan or type a receipt number to see the complaint status.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; · NIK {1} · {2} · {3}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; · NIK {1} · {2} · {3}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&lt;p style='color:#941616'&gt;&lt;b&gt;Ada kabar yang belum disampaikan kepada warga.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style='color:#941616'&gt;&lt;b&gt;There is news not yet passed on to the resident.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Terakhir diberi tahu {0} ({1})</source>
        <translation>Last informed {0} ({1})</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tercatat.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Resi {0}</source>
        <translation>Receipt {0}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Dokumen yang masih kurang — {0}</source>
        <translation>Documents still missing — {0}</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/admin/change_password.py" line="-150" />
        <source>Minimal 8 karakter, paduan huruf dan angka atau tanda baca.</source>
        <translation>At least 8 characters, mixing letters with digits or punctuation.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cukup</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lumayan</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kuat</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sangat kuat</source>
        <translation>Very strong</translation>
    </message>
</context>
<context>
    <name>VisitFormDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/front/visit_form.py" line="+64" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Data kunjungan tidak dapat dibaca.</source>
        <translation>The visit's data could not be read.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Kunjungan lapangan baru</source>
        <translation>New field visit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ubah kunjungan lapangan</source>
        <translation>Edit field visit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Fasilitator</source>
        <translation>Faci&amp;litator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tanggal *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Te&amp;mpat *</source>
        <translation>&amp;Place *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keluarga yang
dikunjungi</source>
        <translation>&amp;Families
visited</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Catatan</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Satu keluarga per baris: No. KK atau nama kepala keluarga</source>
        <translation>One family per line: KK number or head of family's name</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Fasilitator yang melakukan kunjungan</source>
        <translation>The facilitator who made the visit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal kunjungan</source>
        <translation>Date of the visit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dusun, RT/RW atau tempat kunjungan</source>
        <translation>Hamlet, RT/RW or place of the visit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluarga yang ditemui, satu per baris</source>
        <translation>Families met, one per line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catatan kunjungan</source>
        <translation>Notes on the visit</translation>
    </message>
</context>
<context>
    <name>WizardDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/exchange/wizard_base.py" line="-146" />
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Langkah {0} dari {1}: {2}</source>
        <translation>Step {0} of {1}: {2}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Lanjut</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Periksa kembali</source>
        <translation>Please check again</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <location filename="../../puskesos_desktop/ui/dialogs/back/workspace.py" line="+247" />
        <source>Ruang kerja keluhan</source>
        <extracomment>a view of people's data with nothing typed in it: closed when the screen locks (ui/session.py)</extracomment>
        <translation>Complaint workspace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warga</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No. KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DTKS/DTSEN</source>
        <translation>DTKS/DTSEN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kerentanan</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bidang</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kemendesakan</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kepastian</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rujukan</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+88" />
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-87" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Penanganan desa</source>
        <translation>Village handling</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Centang dokumen yang sudah diterima, lalu simpan.</source>
        <translation>Tick the documents received, then save.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Si&amp;mpan centang</source>
        <translation>Save &amp;ticks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cetak daftar &amp;belum lengkap</source>
        <translation>Print &amp;missing list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catatan untuk petugas lain (tidak dicetak)</source>
        <translation>Notes for other staff (not printed)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tambah c&amp;atatan</source>
        <translation>Add n&amp;ote</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Beri &amp;kepastian…</source>
        <translation>Give commi&amp;tment…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tangani di &amp;desa…</source>
        <translation>Handle in &amp;village…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rujuk…</source>
        <translation>&amp;Refer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tu&amp;gaskan…</source>
        <translation>Assi&amp;gn…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Se&amp;lesai</source>
        <translation>Re&amp;solve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ba&amp;talkan keluhan…</source>
        <translation>Cance&amp;l complaint…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buka k&amp;embali…</source>
        <translation>Reope&amp;n…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tutu&amp;p</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{0} — {1} — {2}</source>
        <translation>{0} — {1} — {2}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lewat tenggat {0} hari</source>
        <translation>Overdue by {0} days</translation>
    </message>
    <message>
        <location line="+6" />
        <source>belum punya NIK</source>
        <translation>no NIK yet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>belum punya KK</source>
        <translation>no KK yet</translation>
    </message>
    <message>
        <location line="+13" />
        <source>belum ditugaskan</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rujukan ({0})</source>
        <translation>Referrals ({0})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  — diterima {0}</source>
        <translation>  — received {0}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Dokumen ({0} kurang)</source>
        <translation>Documents ({0} missing)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Belum dapat ditutup: {0}</source>
        <translation>Cannot be closed yet: {0}</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Beri kepastian</source>
        <translation>Give commitment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apa yang akan terjadi dan kapan: jawaban yang diberikan kepada warga.</source>
        <translation>What will happen and when: the answer given to the resident.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kepastian</source>
        <translation>Co&amp;mmitment</translation>
    </message>
    <message>
        <location line="+46" />
        <source>(tanpa petugas)</source>
        <translation>(no staff)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tugaskan petugas</source>
        <translation>Assign staff</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Siapa yang menangani {0}?</source>
        <translation>Who handles {0}?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Petugas</source>
        <translation>S&amp;taff</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Dokumen belum lengkap: {0}.</source>
        <translation>Documents still missing: {0}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Warga belum tercatat diberi tahu hasilnya.</source>
        <translation>The resident has not been recorded as told the outcome.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tutup keluhan?</source>
        <translation>Close the complaint?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan {0} akan berstatus Selesai.</source>
        <translation>Complaint {0} will become Selesai (resolved).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tetap tutup keluhan ini?</source>
        <translation>Close this complaint anyway?</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Batalkan keluhan</source>
        <translation>Cancel complaint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan akan berstatus Dibatalkan; rujukan yang masih terbuka ikut dibatalkan.</source>
        <translation>The complaint will become Dibatalkan (cancelled); its open referrals are cancelled too.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Alasan pembatalan</source>
        <translation>&amp;Reason for cancelling</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Buka kembali keluhan</source>
        <translation>Reopen complaint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keluhan kembali berstatus Diteruskan ke Back Office.</source>
        <translation>The complaint goes back to Diteruskan ke Back Office.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Alasan dibuka kembali</source>
        <translation>&amp;Reason for reopening</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Dokumen yang masih kurang — {0}</source>
        <translation>Documents still missing — {0}</translation>
    </message>
    <message>
        <location line="-261" />
        <source>Memuat ruang kerja…</source>
        <translation>Loading the workspace…</translation>
    </message>
</context>
</TS>
