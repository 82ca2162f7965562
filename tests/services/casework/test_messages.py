"""Issue 19: telling the resident — the latest event not yet told, the resident's choice of channel, recording
"warga diberi tahu" with the way it was told, editable templates, and every event rendered for demo cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core import message_templates as mt
from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.core.statuses import ComplaintStatus, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, Household, Partner, Referral, Resident
from puskesos_desktop.devtools import demo
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.casework import complaints, messages, statusdesk, visits
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people.consent import ConsentInput
from tests.services.fo_data import pdf_text, resident

NIK, KK = "6201020101700006", "6201020101700007"


def _complaint(db: Database, front: Actor, channel: str | None, phone: str = "0812-3456-7890") -> str:
    rid = resident(db, front, "Budi Santoso", NIK, KK, phone=phone)
    agreed = ConsentInput(True, channel is not None, channel or "")
    data = complaints.ComplaintInput(rid, "Kesehatan", "BPJS mati", channel="Telepon", consent=agreed)
    return complaints.register_complaint(db, front, data).number


def _refer(db: Database, number: str, status: str, outcome: dt.date | None = None, note: str = "") -> str:
    """A referral as the back office leaves it once sent (and answered)."""
    with db.write() as s:
        c = s.execute(select(Complaint).where(Complaint.number == number)).scalar_one()
        partner = s.execute(select(Partner).where(Partner.field == "Kesehatan")).scalars().first()
        assert partner is not None
        c.status = ComplaintStatus.DIRUJUK.value
        r = Referral(
            number=number.replace("RESI", "RJK"), complaint_id=c.id, field="Kesehatan", partner_id=partner.id,
            reason="Perlu PBI", status=status, outcome_date=outcome, outcome_note=note,
            referred_at=dt.datetime(2026, 11, 23, 9, 0), sent_at=dt.datetime(2026, 11, 23, 9, 5),
            documents="SKTM\nFotokopi KK",
        )
        s.add(r)
        s.flush()
        return r.number


def test_a_resident_phone_is_stored_as_plus62(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Siti", sex="P", phone="0812 3456 7890")
    with db.read() as s:
        assert s.get(Resident, rid).phone == "+6281234567890"  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as err:
        resident(db, front, "Siti B", sex="P", phone="0532-21450")  # an office line, not a mobile number
    assert err.value.field == "Telepon"


def test_the_latest_event_not_yet_told_and_recording_it(db: Database, front: Actor, fixed_now: object) -> None:
    number = _complaint(db, front, "WhatsApp")
    first = messages.compose(db, front, number)
    # Registered by telephone: the resident has not heard "received" yet.
    assert (first.event, first.told, first.channel) == (mt.KELUHAN_DITERIMA, False, "WhatsApp")
    rjk = _refer(db, number, ReferralStatus.DISETUJUI.value, dt.date(2026, 11, 23), "Kartu aktif bulan depan")
    m = messages.compose(db, front, number)
    assert (m.event, m.referral_number, m.phone) == (mt.RUJUKAN_DISETUJUI, rjk, "+6281234567890")
    assert "disetujui" in m.text and "Kartu aktif bulan depan" in m.text and len(m.sms_text) <= 160
    assert m.vias == (messages.VIA_WHATSAPP, messages.VIA_COPY, messages.VIA_SLIP)
    assert m.wa_url.startswith("https://wa.me/6281234567890?text=Yth.%20Budi%20Santoso%2C%0A")
    assert NIK not in m.text + m.sms_text + m.wa_url and KK not in m.text + m.sms_text + m.wa_url
    assert [i.number for i in statusdesk.to_inform(db)] == [number]

    story = messages.record_told(db, front, number, m.event, messages.VIA_WHATSAPP)
    (ref,) = story.referrals
    assert (ref.informed_channel, ref.informed_by, ref.needs_informing) == ("WhatsApp", "Dewi Lestari", False)
    assert ref.informed_at == clock.now()
    assert any("Rujukan disetujui (pesan WhatsApp)" in str(t.text) for t in story.timeline)
    assert statusdesk.to_inform(db) == []
    # The referral's own number asks about the referral only (its sending was told with its outcome); the receipt
    # moves on to what is still untold there.
    assert messages.compose(db, front, rjk).told
    assert messages.compose(db, front, number).event == mt.KELUHAN_DITERIMA


def test_no_message_against_the_residents_choice(db: Database, front: Actor, fixed_now: object) -> None:
    number = _complaint(db, front, "Telepon")
    m = messages.compose(db, front, number)
    assert m.vias == (messages.VIA_COPY, messages.VIA_SLIP) and m.wa_url == ""
    with pytest.raises(PermissionDenied):
        messages.record_told(db, front, number, m.event, messages.VIA_WHATSAPP)
    story = messages.record_told(db, front, number, m.event, messages.VIA_COPY)
    assert story.informed_channel == "Telepon"


def test_a_resident_who_does_not_want_contact_gets_only_the_slip(
    db: Database, front: Actor, fixed_now: object
) -> None:
    number = _complaint(db, front, None)
    m = messages.compose(db, front, number)
    assert m.vias == (messages.VIA_SLIP,) and m.channel == "" and m.wa_url == ""
    assert "tidak bersedia" in str(m.contact_note)
    with pytest.raises(PermissionDenied):
        messages.record_told(db, front, number, m.event, messages.VIA_COPY)


def test_the_slip_prints_the_message_and_records_when_handed_out(
    db: Database, front: Actor, fixed_now: object
) -> None:
    number = _complaint(db, front, None)
    _refer(db, number, ReferralStatus.DITOLAK.value, dt.date(2026, 11, 23), "Sudah terdaftar PBI daerah")
    for layout in messages.SLIP_LAYOUTS:
        printout = messages.slip_printout(db, front, number, layout)
        text = pdf_text(printout.pdf)
        assert "SLIP STATUS LAYANAN" in text and "Sudah terdaftar PBI daerah" in text and NIK not in text
    assert statusdesk.lookup(db, front, number).referrals[0].needs_informing  # built, not handed out yet
    printout.record("printer")
    ref = statusdesk.lookup(db, front, number).referrals[0]
    assert ref.informed_channel == "Datang Langsung" and not ref.needs_informing
    with pytest.raises(ValidationError):
        messages.slip_printout(db, front, number, "A4")


def test_the_coordinator_edits_previews_and_restores_a_template(
    db: Database, front: Actor, coordinator: Actor, fixed_now: object
) -> None:
    number = _complaint(db, front, "WhatsApp")
    with pytest.raises(ValidationError) as err:
        messages.save_template(db, coordinator, "id", mt.KELUHAN_DITERIMA, "Halo {nama} {nik}", "Halo {nama}")
    assert "{nik}" in err.value.message and err.value.field == "Teks SMS"
    with pytest.raises(PermissionDenied):
        messages.save_template(db, front, "id", mt.KELUHAN_DITERIMA, "Halo {nama}", "Halo {nama}")
    sms, full = "Halo {nama}, resi {resi}.", "Hai {nama}"
    shown = messages.preview(db, coordinator, number, "id", mt.KELUHAN_DITERIMA, sms, full)
    assert shown.sms_text == f"Halo Budi Santoso, resi {number}." and shown.text == "Hai Budi Santoso"
    messages.save_template(db, coordinator, "id", mt.KELUHAN_DITERIMA, "Halo {nama}, resi {resi}.", "Hai {nama}")
    assert messages.compose(db, front, number).sms_text == f"Halo Budi Santoso, resi {number}."
    default = mt.DEFAULTS["id"][mt.KELUHAN_DITERIMA]
    messages.save_template(db, coordinator, "id", mt.KELUHAN_DITERIMA, default.sms, default.full)
    assert messages.template(db, front, "id", mt.KELUHAN_DITERIMA) == default
    messages.set_language(db, coordinator, "en")
    assert messages.compose(db, front, number).text.startswith("Dear Budi Santoso,")


def test_the_facilitators_list_shows_what_to_tell(
    db: Database, front: Actor, facilitator: Actor, fixed_now: object
) -> None:
    rid = resident(db, front, "Budi Santoso", NIK, KK, facilitator_id=facilitator.user_id)
    data = complaints.ComplaintInput(rid, "Kesehatan", "BPJS mati", consent=ConsentInput(True, True, "Fasilitator"))
    number = complaints.register_complaint(db, front, data).number
    _refer(db, number, ReferralStatus.DITELAAH.value, dt.date(2026, 11, 23))
    (row,) = visits.worklist(db, facilitator)
    assert row.number == number and "masih ditelaah" in row.tell and len(row.tell) <= 160
    assert visits.worklist(db, front)[0].tell == ""  # the office opens the message from the row


# --- every event of the demo village ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def village(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("messages") / "desa.sqlite3"
    database = open_office_db(f"sqlite:///{path}")
    moment = dt.datetime(2026, 11, 23, 9, 30)
    clock.set_clock(lambda: moment)
    demo.fill_demo(database, residents_count=60, seed=3, today=moment.date())
    yield database
    clock.set_clock(None)
    database.dispose()


@pytest.mark.slow  # a demo village of its own: ~30 s
def test_every_event_renders_for_the_demo_cases(village: Database) -> None:
    db = village
    with db.read() as s:
        numbers = list(s.execute(select(Complaint.number)).scalars())
        secrets = {n for n in s.execute(select(Resident.nik)).scalars() if n}
        secrets |= {k for k in s.execute(select(Household.kk)).scalars() if k}
    seen: set[str] = set()
    vias: set[tuple[str, ...]] = set()
    for language in mt.LANGUAGES:
        with db.read() as s:
            for number in numbers:
                c, _ref = messages._resolve(s, number)
                for event in messages._events_in(s, c, language):
                    m = messages.compose_in(s, number, language, event.key)
                    seen.add(m.event)
                    vias.add(m.vias)
                    for text in (m.text, m.sms_text, m.wa_url):
                        assert "{" not in text and "}" not in text, (number, m.event, text)
                        assert not any(secret in text for secret in secrets), (number, m.event)
                    assert len(m.sms_text) <= mt.SMS_LIMIT and m.sms_text.isascii(), (number, m.sms_text)
                    assert m.text and m.title == mt.EVENT_TITLES[language][m.event]
                    if m.wa_url:
                        assert m.wa_url.startswith(f"https://wa.me/{m.phone[1:]}?text=") and m.phone.startswith("+628")
    # The demo village reaches every event but a letter handed for a complaint (tested by hand above is enough).
    assert seen >= set(mt.EVENTS) - {mt.SURAT_SIAP}, sorted(set(mt.EVENTS) - seen)
    assert (messages.VIA_WHATSAPP, messages.VIA_COPY, messages.VIA_SLIP) in vias and (messages.VIA_SLIP,) in vias


def test_a_letter_ready_is_an_event(db: Database, front: Actor, fixed_now: object) -> None:
    rid = resident(db, front, "Tanpa Dokumen", sex="L", phone="081298765432")  # no NIK: the recommendation letter
    data = complaints.ComplaintInput(rid, "Adminduk", "Belum punya KTP", consent=ConsentInput(True, True, "WhatsApp"))
    number = complaints.register_complaint(db, front, data).number
    m = messages.compose(db, front, number)
    assert m.event == mt.SURAT_SIAP and "Surat rekomendasi" in m.text and "siap" in m.sms_text


def test_unknown_numbers_are_refused(db: Database, front: Actor) -> None:
    with pytest.raises(ValidationError):
        messages.compose(db, front, "Budi")
    with pytest.raises(Exception, match="tidak ditemukan"):
        messages.compose(db, front, "RESI/6201022001/2026/11/9999")
