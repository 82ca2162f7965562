"""Exceptions the core raises; only the UI turns them into message boxes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


ROW_LABEL = "baris {row}"  # where a ValidationError applies, in front of its message


@dataclass(frozen=True)
class Message:
    """A sentence for a person: an Indonesian template with named placeholders (``"NIK {nik} sudah terdaftar."``)
    and the values to put in them. The template is the message's id: the window translates it (context
    "ServiceMessages", collected by scripts/update_translations.py) and then fills in the values, so a message reads
    English in the English program while the command line keeps the Indonesian text. A value may itself be a
    Message (translated the same way) or a Joined list of them."""

    template: str
    params: Mapping[str, object] = dc_field(default_factory=dict)

    def text(self, translate: Translate = _same) -> str:
        """The sentence: Indonesian as written, or through ``translate`` (the UI's). A template without values
        is shown as it is (no braces to escape); one with values is filled by str.format."""
        template = translate(self.template)
        if not self.params:
            return template
        return template.format(**{key: _render(value, translate) for key, value in self.params.items()})

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class Joined:
    """Several messages shown as one value (``"; ".join`` of sentences), each translated on its own."""

    separator: str
    parts: Sequence[Message | str]

    def text(self, translate: Translate = _same) -> str:
        return self.separator.join(str(_render(part, translate)) for part in self.parts)


def _render(value: object, translate: Translate) -> object:
    if isinstance(value, Message | Joined):
        return value.text(translate)
    return value


def msg(template: str, /, **params: object) -> Message:
    """A message made outside a raise (a helper's sentence, a reason shown later). ``template`` must be a string
    literal: scripts/update_translations.py collects it for the English catalogue."""
    return Message(template, params)


def said(exc: BaseException) -> Message:
    """The Message an exception carries: a PuskesosError's, a ValueError raised with a Message (core/regions.py),
    else its text as it is."""
    if isinstance(exc, PuskesosError):
        return exc.said
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, Message) else Message(str(exc))


def message_id(template: str) -> str:
    """Marks a sentence kept as a plain string (a module constant raised later, a sentence compared in tests) as a
    message id: scripts/update_translations.py collects the literal; the value is the string itself."""
    return template


class PuskesosError(Exception):
    """Base of every error a user may see. ``message`` is Indonesian and says what to fix; ``template`` and
    ``params`` are the same sentence as a message id and its values (the UI translates them, ui/errors.py).

    The message is a string literal at the raise site with named placeholders given as keywords —
    ``ValidationError("NIK {nik} tidak dikenal.", field="NIK", nik=nik)`` — never an f-string
    (tests/core/test_service_messages.py), or a Message made by msg()."""

    def __init__(self, message: str | Message, /, **params: object) -> None:
        said = message if isinstance(message, Message) else Message(message, params)
        self.said = said
        self.template = said.template
        self.params = said.params
        self.message = said.text()
        super().__init__(self.message)

    def text(self, translate: Translate = _same) -> str:
        """What the person reads, through ``translate`` (the UI) or Indonesian as it is."""
        return self.said.text(translate)


class FormField(StrEnum):
    """A form field a refusal can be about, so that a dialog finds its widget by key, not by the Indonesian word
    the message names it with. Given as a ValidationError's ``field``: ``key`` is then the member, ``field`` its
    label."""

    RESIDENT = "resident"
    VISIT = "visit"
    FIELD = "field"
    SERVICE = "service"
    DESCRIPTION = "description"
    URGENCY = "urgency"
    ANSWER = "answer"
    CHANNEL = "channel"
    FACILITATOR = "facilitator"
    VISIT_DATE = "visit_date"
    CONSENT_DATA_USE = "consent_data_use"
    CONTACT_CHANNEL = "contact_channel"
    # The catalogue (partners, services, programmes)
    CODE = "code"
    PARTNER_NAME = "partner_name"
    SERVICE_NAME = "service_name"
    PROGRAMME_NAME = "programme_name"
    KIND = "kind"
    ADDRESS = "address"
    CONTACT_PERSON = "contact_person"
    PHONE = "phone"
    NOTES = "notes"
    IN_VILLAGE = "in_village"
    TARGET_DAYS = "target_days"
    DEFAULT_PARTNER = "default_partner"
    PROGRAMME = "programme"
    REQUIREMENTS = "requirements"
    REMARKS = "remarks"
    AT_DESK = "at_desk"
    LEVEL = "level"
    ORGANISER = "organiser"
    CRITERIA = "criteria"
    DOCUMENTS = "documents"
    IN_REGISTRY = "in_registry"
    # Accounts
    FULL_NAME = "full_name"
    USERNAME = "username"
    ROLE = "role"
    PASSWORD = "password"
    PASSWORD_AGAIN = "password_again"
    OLD_PASSWORD = "old_password"
    # A file chosen in a wizard (its password is PASSWORD)
    FILE = "file"
    # The office's profile
    VILLAGE_CODE = "village_code"
    VILLAGE_NAME = "village_name"
    KECAMATAN = "kecamatan"
    KABUPATEN = "kabupaten"
    PROVINCE = "province"
    EMAIL = "email"
    HEAD_NAME = "head_name"
    HEAD_TITLE = "head_title"
    COORDINATOR = "coordinator"
    PAPER = "paper"
    LOGO = "logo"
    # The resident, visit, referral, handling, outcome, deliberation and Cek Bansos forms
    NAME = "name"
    NIK = "nik"
    KK = "kk"
    NO_PAPERS_REASON = "no_papers_reason"
    SEX = "sex"
    BIRTH_PLACE = "birth_place"
    BIRTH_DATE = "birth_date"
    RELATION = "relation"
    RT = "rt"
    RW = "rw"
    PLACE = "place"
    VISITED_FAMILIES = "visited_families"
    DESTINATION = "destination"
    REFERRAL_REASON = "referral_reason"
    ATTACHED_DOCUMENTS = "attached_documents"
    REFERRALS = "referrals"
    OUTCOME = "outcome"
    OUTCOME_DATE = "outcome_date"
    SOURCE = "source"
    GIVEN = "given"
    HELPED_BY = "helped_by"
    AMOUNT = "amount"
    MUSDES_DATE = "musdes_date"
    CHAIR = "chair"
    ATTENDEES = "attendees"
    DECISION = "decision"
    DECISION_NOTE = "decision_note"
    FILED_ON = "filed_on"
    REFERENCE = "reference"
    # Desil ceilings, the district's DTSEN calendar, backups
    DESIL_MAX = "desil_max"
    CEILING_SOURCE = "ceiling_source"
    CEILING_DATE = "ceiling_date"
    MUSDESUS_WINDOW = "musdesus_window"
    SIKS_NG_WINDOW = "siks_ng_window"
    PBI_WINDOW = "pbi_window"
    CADENCE = "cadence"
    REMINDER_DAYS = "reminder_days"
    SECOND_FOLDER = "second_folder"


FIELD_LABELS: dict[FormField, str] = {
    FormField.RESIDENT: "Warga",
    FormField.VISIT: "Kunjungan",
    FormField.FIELD: "Bidang",
    FormField.SERVICE: "Layanan",
    FormField.DESCRIPTION: "Uraian keluhan",
    FormField.URGENCY: "Kemendesakan",
    FormField.ANSWER: "Jawaban",
    FormField.CHANNEL: "Saluran",
    FormField.FACILITATOR: "Fasilitator",
    FormField.VISIT_DATE: "Tanggal kunjungan",
    FormField.CONSENT_DATA_USE: "Persetujuan penggunaan data",
    FormField.CONTACT_CHANNEL: "Cara dihubungi",
    FormField.CODE: "Kode",
    FormField.PARTNER_NAME: "Nama mitra",
    FormField.SERVICE_NAME: "Nama layanan",
    FormField.PROGRAMME_NAME: "Nama program",
    FormField.KIND: "Jenis",
    FormField.ADDRESS: "Alamat",
    FormField.CONTACT_PERSON: "Narahubung",
    FormField.PHONE: "Telepon",
    FormField.NOTES: "Catatan",
    FormField.IN_VILLAGE: "Di desa",
    FormField.TARGET_DAYS: "Target hari kerja",
    FormField.DEFAULT_PARTNER: "Tujuan bawaan",
    FormField.PROGRAMME: "Program",
    FormField.REQUIREMENTS: "Persyaratan",
    FormField.REMARKS: "Keterangan",
    FormField.AT_DESK: "Di meja",
    FormField.LEVEL: "Tingkat",
    FormField.ORGANISER: "Penyelenggara",
    FormField.CRITERIA: "Kriteria",
    FormField.DOCUMENTS: "Dokumen",
    FormField.IN_REGISTRY: "DTKS",
    FormField.FULL_NAME: "Nama lengkap",
    FormField.USERNAME: "Nama pengguna",
    FormField.ROLE: "Peran",
    FormField.PASSWORD: "Kata sandi",
    FormField.PASSWORD_AGAIN: "Ulangi kata sandi",
    FormField.OLD_PASSWORD: "Kata sandi lama",
    FormField.FILE: "Berkas",
    FormField.VILLAGE_CODE: "Kode desa",
    FormField.VILLAGE_NAME: "Nama desa",
    FormField.KECAMATAN: "Kecamatan",
    FormField.KABUPATEN: "Kabupaten/Kota",
    FormField.PROVINCE: "Provinsi",
    FormField.EMAIL: "Surel",
    FormField.HEAD_NAME: "Kepala desa",
    FormField.HEAD_TITLE: "Jabatan kepala desa",
    FormField.COORDINATOR: "Koordinator",
    FormField.PAPER: "Ukuran kertas",
    FormField.LOGO: "Logo",
    FormField.NAME: "Nama",
    FormField.NIK: "NIK",
    FormField.KK: "No. KK",
    FormField.NO_PAPERS_REASON: "Alasan tanpa NIK/KK",
    FormField.SEX: "Jenis kelamin",
    FormField.BIRTH_PLACE: "Tempat lahir",
    FormField.BIRTH_DATE: "Tanggal lahir",
    FormField.RELATION: "Hubungan keluarga",
    FormField.RT: "RT",
    FormField.RW: "RW",
    FormField.PLACE: "Tempat",
    FormField.VISITED_FAMILIES: "Keluarga yang dikunjungi",
    FormField.DESTINATION: "Tujuan",
    FormField.REFERRAL_REASON: "Alasan rujukan",
    FormField.ATTACHED_DOCUMENTS: "Dokumen dilampirkan",
    FormField.REFERRALS: "Rujukan",
    FormField.OUTCOME: "Hasil",
    FormField.OUTCOME_DATE: "Tanggal hasil",
    FormField.SOURCE: "Sumber informasi",
    FormField.GIVEN: "Yang diberikan",
    FormField.HELPED_BY: "Program/mitra",
    FormField.AMOUNT: "Nilai (Rp)",
    FormField.MUSDES_DATE: "Tanggal musyawarah",
    FormField.CHAIR: "Pimpinan musyawarah",
    FormField.ATTENDEES: "Jumlah hadir",
    FormField.DECISION: "Keputusan",
    FormField.DECISION_NOTE: "Catatan keputusan",
    FormField.FILED_ON: "Tanggal",
    FormField.REFERENCE: "Nomor referensi",
    FormField.DESIL_MAX: "Batas desil",
    FormField.CEILING_SOURCE: "Sumber",
    FormField.CEILING_DATE: "Tanggal sumber",
    FormField.MUSDESUS_WINDOW: "Musdesus",
    FormField.SIKS_NG_WINDOW: "Input SIKS-NG",
    FormField.PBI_WINDOW: "Usulan PBI-JK",
    FormField.CADENCE: "Siklus",
    FormField.REMINDER_DAYS: "Pengingat",
    FormField.SECOND_FOLDER: "Folder kedua",
}


class ValidationError(PuskesosError):
    """Bad input. ``field`` names the form field (or column) at fault, when there is one; ``key`` is that field
    as a FormField when the service gave one (the dialog's way to find the widget)."""

    def __init__(
        self, message: str | Message, /, field: str | None = None, row: int | None = None, **params: object
    ) -> None:
        super().__init__(message, **params)
        self.key = field if isinstance(field, FormField) else None
        self.field = FIELD_LABELS[field] if isinstance(field, FormField) else field
        self.row = row

    def text(self, translate: Translate = _same) -> str:
        """The message with where it applies in front ("baris 4, NIK: …"); a field name is a literal at the raise
        site (or a FormField's label) and is translated like the message."""
        where = []
        if self.row is not None:
            where.append(translate(ROW_LABEL).format(row=self.row))
        if self.field:
            where.append(translate(self.field))
        said = super().text(translate)
        return f"{', '.join(where)}: {said}" if where else said

    def __str__(self) -> str:
        return self.text()


class NotFoundError(PuskesosError):
    pass


class TransitionError(PuskesosError):
    """A status change the rules do not allow."""


class PermissionDenied(PuskesosError):
    """The acting user's role may not take this action."""


class PrintRefused(PuskesosError):
    """A document that may not be printed in its present state."""


class AuthError(PuskesosError):
    """Login refused (wrong password, locked or disabled account)."""


class Cancelled(Exception):
    """The person cancelled long work; it stopped at its next step and nothing it did was kept."""
