"""Messages to residents: the events a resident hears about, the named placeholders, the default texts in
Indonesian and English, and the rules every template and every rendered message keep.

Pure rules (no database): the service fills the values from a case; the coordinator's edited templates are checked
here before they are stored. A short text is one SMS (160 characters of the GSM alphabet: plain ASCII here, since
one letter outside it would make the telephone send 70-character parts); the full text is for WhatsApp.
No NIK or No. KK ever: no placeholder carries one, and a 16-digit number in a template or a value is refused or
hidden.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from puskesos_desktop.core.errors import ValidationError

SMS_LIMIT = 160
LANGUAGES: tuple[str, ...] = ("id", "en")

# The events, in the order a case goes through them (the keys are what `puskesos message --json` reports).
KELUHAN_DITERIMA = "keluhan_diterima"
DOKUMEN_KURANG = "dokumen_kurang"
RUJUKAN_DIKIRIM = "rujukan_dikirim"
RUJUKAN_DISETUJUI = "rujukan_disetujui"
RUJUKAN_DITOLAK = "rujukan_ditolak"
RUJUKAN_DITELAAH = "rujukan_ditelaah"
USULAN_MUSDES = "usulan_musdes"
USULAN_DIJAWAB = "usulan_dijawab"
SURAT_SIAP = "surat_siap"
KELUHAN_SELESAI = "keluhan_selesai"
EVENTS: tuple[str, ...] = (
    KELUHAN_DITERIMA, DOKUMEN_KURANG, RUJUKAN_DIKIRIM, RUJUKAN_DISETUJUI, RUJUKAN_DITOLAK, RUJUKAN_DITELAAH,
    USULAN_MUSDES, USULAN_DIJAWAB, SURAT_SIAP, KELUHAN_SELESAI,
)

EVENT_TITLES: dict[str, dict[str, str]] = {
    "id": {
        KELUHAN_DITERIMA: "Keluhan diterima",
        DOKUMEN_KURANG: "Dokumen masih kurang",
        RUJUKAN_DIKIRIM: "Rujukan dikirim",
        RUJUKAN_DISETUJUI: "Rujukan disetujui",
        RUJUKAN_DITOLAK: "Rujukan ditolak",
        RUJUKAN_DITELAAH: "Rujukan ditelaah lebih lanjut",
        USULAN_MUSDES: "Usulan DTKS diputuskan musyawarah desa",
        USULAN_DIJAWAB: "Usulan DTKS dijawab kabupaten",
        SURAT_SIAP: "Surat siap diambil",
        KELUHAN_SELESAI: "Keluhan selesai",
    },
    "en": {
        KELUHAN_DITERIMA: "Complaint received",
        DOKUMEN_KURANG: "Documents still missing",
        RUJUKAN_DIKIRIM: "Referral sent",
        RUJUKAN_DISETUJUI: "Referral approved",
        RUJUKAN_DITOLAK: "Referral rejected",
        RUJUKAN_DITELAAH: "Referral under further review",
        USULAN_MUSDES: "Registry proposal decided by the village deliberation",
        USULAN_DIJAWAB: "Registry proposal answered by the district",
        SURAT_SIAP: "Letter ready to collect",
        KELUHAN_SELESAI: "Complaint resolved",
    },
}

# Every name a template may use, with what it holds (shown to the coordinator beside the editor).
PLACEHOLDERS: dict[str, str] = {
    "nama": "nama warga",
    "resi": "nomor resi keluhan",
    "nomor": "nomor rujukan, usulan atau surat yang dikabarkan (nomor resi bila tidak ada)",
    "desa": "nama desa/kelurahan",
    "telp_kantor": "nomor telepon Puskesos",
    "tanggal": "tanggal kejadian yang dikabarkan",
    "tanggal_kembali": "tanggal warga diminta kembali / perkiraan selesai",
    "layanan": "layanan yang diminta",
    "dokumen": "dokumen yang masih kurang",
    "tujuan": "tujuan rujukan",
    "alamat_tujuan": "alamat tujuan rujukan",
    "bawa": "yang perlu dibawa ke tujuan rujukan",
    "kartu": "warna kartu rujukan",
    "hasil": "hasil (disetujui, ditolak, …)",
    "alasan": "alasan atau keterangan hasil",
    "surat": "jenis surat yang siap diambil",
}


@dataclass(frozen=True)
class Template:
    sms: str  # ≤ 160 characters once filled (one SMS)
    full: str  # WhatsApp: may use several lines


DEFAULTS: dict[str, dict[str, Template]] = {
    "id": {
        KELUHAN_DITERIMA: Template(
            "Puskesos {desa}: keluhan {nama} diterima, resi {resi}. Kembali {tanggal_kembali} dgn membawa resi.",
            "Yth. {nama},\nKeluhan Anda sudah diterima Puskesos {desa} dengan nomor resi {resi} ({layanan}).\n"
            "Petugas akan menelaah keluhan ini. Silakan kembali atau menghubungi kami pada {tanggal_kembali} "
            "dengan membawa resi.\nInformasi: {telp_kantor}.",
        ),
        DOKUMEN_KURANG: Template(
            "Puskesos {desa}: resi {resi}, dokumen masih kurang: {dokumen}. "
            "Mohon diserahkan sebelum {tanggal_kembali}.",
            "Yth. {nama},\nUntuk keluhan dengan resi {resi}, dokumen berikut masih kurang: {dokumen}.\n"
            "Mohon diserahkan ke Puskesos {desa} sebelum {tanggal_kembali} dengan membawa resi.\n"
            "Informasi: {telp_kantor}.",
        ),
        RUJUKAN_DIKIRIM: Template(
            "Puskesos {desa}: rujukan {nama} dikirim ke {tujuan}. Bawa kartu rujukan {kartu} dan {bawa}.",
            "Yth. {nama},\nRujukan Anda ({nomor}) sudah dikirim pada {tanggal} ke {tujuan}, {alamat_tujuan}.\n"
            "Bawa kartu rujukan {kartu} dan: {bawa}.\nInformasi: Puskesos {desa}, {telp_kantor}.",
        ),
        RUJUKAN_DISETUJUI: Template(
            "Puskesos {desa}: rujukan {nama} ke {tujuan} DISETUJUI ({tanggal}). Info lanjut hub. {telp_kantor}.",
            "Yth. {nama},\nKabar baik: rujukan {nomor} ke {tujuan} disetujui pada {tanggal}.\n{alasan}\n"
            "Untuk langkah berikutnya, hubungi Puskesos {desa} ({telp_kantor}).",
        ),
        RUJUKAN_DITOLAK: Template(
            "Puskesos {desa}: rujukan {nama} ke {tujuan} ditolak ({tanggal}). Alasan: {alasan}",
            "Yth. {nama},\nRujukan {nomor} ke {tujuan} ditolak pada {tanggal}.\nAlasan: {alasan}\n"
            "Petugas Puskesos {desa} siap membantu mencari jalan lain; hubungi {telp_kantor}.",
        ),
        RUJUKAN_DITELAAH: Template(
            "Puskesos {desa}: rujukan {nama} masih ditelaah {tujuan} ({tanggal}). Kami kabari lagi.",
            "Yth. {nama},\nRujukan {nomor} masih ditelaah lebih lanjut oleh {tujuan} ({tanggal}).\n{alasan}\n"
            "Kami akan mengabari Anda lagi. Informasi: Puskesos {desa}, {telp_kantor}.",
        ),
        USULAN_MUSDES: Template(
            "Puskesos {desa}: usulan DTSEN keluarga {nama} disahkan musyawarah desa {tanggal}, "
            "diteruskan ke kabupaten.",
            "Yth. {nama},\nUsulan DTKS keluarga Anda ({nomor}) sudah disahkan musyawarah desa pada {tanggal} dan "
            "diteruskan ke kabupaten. Kami kabari bila ada jawaban.\nInformasi: Puskesos {desa}, {telp_kantor}.",
        ),
        USULAN_DIJAWAB: Template(
            "Puskesos {desa}: usulan DTSEN keluarga {nama}: {hasil} ({tanggal}). {alasan}",
            "Yth. {nama},\nUsulan DTKS keluarga Anda ({nomor}) sudah dijawab kabupaten pada {tanggal}: {hasil}.\n"
            "{alasan}\nInformasi: Puskesos {desa}, {telp_kantor}.",
        ),
        SURAT_SIAP: Template(
            "Puskesos {desa}: {surat} untuk {nama} siap diambil. Bawa resi {resi}.",
            "Yth. {nama},\n{surat} ({nomor}) sudah siap dan dapat diambil di Puskesos {desa} pada jam kerja. "
            "Bawa resi {resi}.\nInformasi: {telp_kantor}.",
        ),
        KELUHAN_SELESAI: Template(
            "Puskesos {desa}: keluhan {nama} (resi {resi}) selesai. {alasan}",
            "Yth. {nama},\nKeluhan Anda dengan resi {resi} sudah selesai ditangani ({tanggal}).\n{alasan}\n"
            "Terima kasih. Informasi: Puskesos {desa}, {telp_kantor}.",
        ),
    },
    "en": {
        KELUHAN_DITERIMA: Template(
            "Puskesos {desa}: complaint of {nama} received, receipt {resi}. Come back {tanggal_kembali} with it.",
            "Dear {nama},\nYour complaint was received by Puskesos {desa}, receipt number {resi} ({layanan}).\n"
            "Our staff will review it. Please come back or contact us on {tanggal_kembali} with the receipt.\n"
            "Information: {telp_kantor}.",
        ),
        DOKUMEN_KURANG: Template(
            "Puskesos {desa}: receipt {resi}, documents still missing: {dokumen}. "
            "Please bring them by {tanggal_kembali}.",
            "Dear {nama},\nFor the complaint with receipt {resi}, these documents are still missing: {dokumen}.\n"
            "Please hand them to Puskesos {desa} before {tanggal_kembali}, with the receipt.\n"
            "Information: {telp_kantor}.",
        ),
        RUJUKAN_DIKIRIM: Template(
            "Puskesos {desa}: referral of {nama} sent to {tujuan}. Bring the {kartu} referral card and {bawa}.",
            "Dear {nama},\nYour referral ({nomor}) was sent on {tanggal} to {tujuan}, {alamat_tujuan}.\n"
            "Bring the {kartu} referral card and: {bawa}.\nInformation: Puskesos {desa}, {telp_kantor}.",
        ),
        RUJUKAN_DISETUJUI: Template(
            "Puskesos {desa}: referral of {nama} to {tujuan} APPROVED ({tanggal}). Call {telp_kantor} for next steps.",
            "Dear {nama},\nGood news: referral {nomor} to {tujuan} was approved on {tanggal}.\n{alasan}\n"
            "For the next steps, contact Puskesos {desa} ({telp_kantor}).",
        ),
        RUJUKAN_DITOLAK: Template(
            "Puskesos {desa}: referral of {nama} to {tujuan} rejected ({tanggal}). Reason: {alasan}",
            "Dear {nama},\nReferral {nomor} to {tujuan} was rejected on {tanggal}.\nReason: {alasan}\n"
            "Puskesos {desa} will help you look for another way; call {telp_kantor}.",
        ),
        RUJUKAN_DITELAAH: Template(
            "Puskesos {desa}: referral of {nama} still under review at {tujuan} ({tanggal}). We will tell you.",
            "Dear {nama},\nReferral {nomor} is under further review at {tujuan} ({tanggal}).\n{alasan}\n"
            "We will let you know. Information: Puskesos {desa}, {telp_kantor}.",
        ),
        USULAN_MUSDES: Template(
            "Puskesos {desa}: registry proposal for the family of {nama} approved by the village meeting {tanggal}.",
            "Dear {nama},\nThe registry (DTKS) proposal for your family ({nomor}) was approved by the village "
            "deliberation on {tanggal} and sent to the district. We will tell you the answer.\n"
            "Information: Puskesos {desa}, {telp_kantor}.",
        ),
        USULAN_DIJAWAB: Template(
            "Puskesos {desa}: registry proposal for the family of {nama}: {hasil} ({tanggal}). {alasan}",
            "Dear {nama},\nThe district answered the registry (DTKS) proposal for your family ({nomor}) on "
            "{tanggal}: {hasil}.\n{alasan}\nInformation: Puskesos {desa}, {telp_kantor}.",
        ),
        SURAT_SIAP: Template(
            "Puskesos {desa}: {surat} for {nama} is ready to collect. Bring receipt {resi}.",
            "Dear {nama},\nThe {surat} ({nomor}) is ready; collect it at Puskesos {desa} in office hours. "
            "Bring receipt {resi}.\nInformation: {telp_kantor}.",
        ),
        KELUHAN_SELESAI: Template(
            "Puskesos {desa}: complaint of {nama} (receipt {resi}) resolved. {alasan}",
            "Dear {nama},\nYour complaint with receipt {resi} was resolved ({tanggal}).\n{alasan}\n"
            "Thank you. Information: Puskesos {desa}, {telp_kantor}.",
        ),
    },
}

_SLOT = re.compile(r"\{([^{}]*)\}")
_WHOLE_NUMBER = re.compile(r"(?<!\d)\d{16}(?!\d)")
_SPACES = re.compile(r"[ \t]+")
_EMPTY_LEFTOVERS = re.compile(r"\s*\(\s*\)")
_COMMA_BEFORE_END = re.compile(r"\s*,[ \t]*([.:;])")
# Values that may be shortened when an SMS runs over, longest first (the fixed words and numbers stay whole).
_SHRINKABLE = ("alasan", "bawa", "dokumen", "alamat_tujuan", "tujuan", "layanan", "surat", "nama")
_GSM_SUBSTITUTES = str.maketrans({"[": "(", "]": ")", "{": "(", "}": ")", "~": "-", "^": "", "\\": "/", "|": "/"})


def names_in(template: str) -> list[str]:
    return _SLOT.findall(template)


def check_template(text: str, field: str, *, sms: bool) -> str:
    """A template the coordinator wrote: every placeholder known, braces paired, no 16-digit number, an SMS
    whose fixed words alone fit one SMS."""
    text = (text or "").strip()
    if not text:
        raise ValidationError("Teks pesan wajib diisi.", field)
    unknown = sorted({n for n in names_in(text) if n not in PLACEHOLDERS})
    if unknown:
        raise ValidationError(
            "Tempat isian tidak dikenal: {unknown}. Yang dapat dipakai: {known}.",
            field,
            unknown=", ".join("{" + n + "}" for n in unknown),
            known=", ".join("{" + n + "}" for n in PLACEHOLDERS),
        )
    if "{" in _SLOT.sub("", text) or "}" in _SLOT.sub("", text):
        raise ValidationError("Kurung kurawal { } hanya untuk tempat isian, misalnya {nama}.", field)
    if _WHOLE_NUMBER.search(text):
        raise ValidationError("Pesan tidak boleh memuat NIK atau nomor KK (16 angka).", field)
    if sms:
        fixed = len(to_sms_alphabet(_SLOT.sub("", text)))
        if fixed > SMS_LIMIT - 20:
            raise ValidationError(
                "Teks SMS terlalu panjang: tanpa isian sudah {fixed} karakter; satu SMS {sms_limit} karakter "
                "termasuk isian. Persingkat teksnya.",
                field,
                fixed=fixed,
                sms_limit=SMS_LIMIT,
            )
    return text


def hide_numbers(value: str) -> str:
    """A note typed by an officer may quote an NIK or KK: never into a message."""
    return _WHOLE_NUMBER.sub("[nomor disembunyikan]", value)


def to_sms_alphabet(text: str) -> str:
    """Plain ASCII (é→e, “”→", …→...), so the telephone sends one 160-character SMS."""
    text = text.replace("…", "...").replace("–", "-").replace("—", "-").replace("“", '"').replace("”", '"')
    text = text.replace("‘", "'").replace("’", "'").replace("→", "->").replace("\n", " ")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SPACES.sub(" ", folded.translate(_GSM_SUBSTITUTES)).strip()


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with every {name} replaced; empty lines a missing value left behind are dropped."""
    text = _SLOT.sub(lambda m: hide_numbers(values.get(m.group(1), "")), template)
    # What an empty value leaves behind: "ke Dinas X, ." / "()" / "...." .
    text = _EMPTY_LEFTOVERS.sub("", text)
    text = _COMMA_BEFORE_END.sub(r"\1", text).replace("....", "...")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line and line not in {".", ":"})


def fill_sms(template: str, values: Mapping[str, str]) -> str:
    """One SMS: filled, in the SMS alphabet, long values shortened (with '...') until it fits 160 characters."""
    current = {k: to_sms_alphabet(v) for k, v in values.items()}
    text = to_sms_alphabet(fill(template, current))
    used = set(names_in(template))
    for _ in range(40):
        if len(text) <= SMS_LIMIT:
            return text
        over = len(text) - SMS_LIMIT
        candidates = [k for k in _SHRINKABLE if k in used and len(current.get(k, "")) > 12]
        if not candidates:
            break
        key = max(candidates, key=lambda k: len(current[k]))
        value = current[key]
        keep = max(9, len(value) - over - 3)
        current[key] = value[:keep].rstrip() + "..."
        text = to_sms_alphabet(fill(template, current))
    return text if len(text) <= SMS_LIMIT else text[: SMS_LIMIT - 3].rstrip() + "..."
