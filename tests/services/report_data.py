"""A small village with two months of work, for the report and dashboard tests (services, printing, CLI, UI).

Residents and complaints go through the services (as staff make them); referrals, proposals, letters, visits and
registry rows are ORM inserts with their history rows, because those services belong to other issues. The data
is built so that every definition in docs/REPORT.md has a case on each side of its line (see the comments).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import select

from puskesos_desktop.core import clock, identity
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    ComplaintEvent,
    FieldVisit,
    Letter,
    Partner,
    Programme,
    Proposal,
    ProposalEvent,
    Referral,
    ReferralEvent,
    RegistryProgramme,
    RegistryRecord,
    Resident,
    Service,
    User,
)
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents

NOW = dt.datetime(2026, 11, 23, 9, 30)  # the fixed_now fixture's moment


@contextmanager
def at(moment: dt.datetime) -> Iterator[None]:
    clock.set_clock(lambda: moment)
    try:
        yield
    finally:
        clock.set_clock(lambda: NOW)


def d(month: int, day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute)


@dataclass
class Village:
    residents: dict[str, int] = field(default_factory=dict)
    complaints: dict[str, int] = field(default_factory=dict)  # label -> id
    programmes: dict[str, int] = field(default_factory=dict)
    facilitator_id: int = 0
    # The registry as built: (kk, nik, desil, active, programme codes).
    registry: list[tuple[str, str, int | None, bool, tuple[str, ...]]] = field(default_factory=list)


def _service_id(db: Database, code: str) -> int:
    with db.read() as s:
        return int(s.execute(select(Service.id).where(Service.code == code)).scalar_one())


def _status(s: object, complaint_id: int, when: dt.datetime, old: str, new: str) -> None:
    """A complaint status change as the back office would record it (event row + current status)."""
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    c = s.get(Complaint, complaint_id)
    assert c is not None
    c.status = new
    c.closed_at = when if new in ("Selesai", "Dibatalkan") else None
    s.add(ComplaintEvent(complaint_id=complaint_id, at=when, actor="bo", kind="status", from_status=old, to_status=new))


def build(db: Database, front: Actor, facilitator: Actor) -> Village:
    v = Village()
    assert facilitator.user_id is not None
    v.facilitator_id = facilitator.user_id
    people = [
        ("r1", "Siti Aminah", "P", dt.date(1990, 5, 12)),
        ("r2", "Budi Hartono", "L", dt.date(1985, 2, 3)),
        ("r3", "Rina Wati", "P", dt.date(2008, 7, 21)),
        ("r4", "Joko Susilo", "L", dt.date(1970, 1, 30)),
        ("r5", "Sri Rahayu", "P", dt.date(1955, 11, 2)),
        ("r6", "Ahmad Fauzi", "L", dt.date(1999, 9, 9)),
    ]
    with at(d(9, 1)):
        for i, (key, name, sex, birth) in enumerate(people, start=1):
            nik = identity.make_nik("620102", birth, sex, i)
            r = residents.create_resident(
                db, front, residents.ResidentInput(name=name, nik=nik, kk=f"6201020101{i:02d}0001", sex=sex)
            )
            v.residents[key] = r.id
    bpjs = _service_id(db, "BPJS-PBI-AKTIF")  # 7 working days

    def register(label: str, when: dt.datetime, who: str, fld: str, **kw: object) -> None:
        actor = kw.pop("actor", front)
        assert isinstance(actor, Actor)
        with at(when):
            reg = complaints.register_complaint(
                db, actor, complaints.ComplaintInput(v.residents[who], fld, f"Keluhan {label}", **kw)  # type: ignore[arg-type]
            )
        v.complaints[label] = reg.id

    # September: due in early October, open at 31 October, closed 5 November (overdue in October, not November;
    # its first outcome, the closing, falls in November).
    register("c7", d(9, 20), "r5", "Kesehatan", service_id=bpjs)
    # October
    register("c1", d(10, 2), "r1", "Kesehatan", service_id=bpjs)  # referred, approved 12 Oct, closed 20 Oct
    register("c2", d(10, 3, 10), "r2", "Sosial")  # no service: no due date, never overdue
    register("c3", d(10, 10, 11), "r1", "Kesehatan", service_id=bpjs)  # same resident as c1; open, overdue
    register("c4", d(10, 15), "r3", "Lainnya", answer_now="Sudah dijelaskan di meja layanan.")  # 0 days
    register(
        "c5", d(10, 20), "r3", "Pendidikan", channel="Fasilitator", actor=facilitator,
        facilitator_id=facilitator.user_id, visit_date=dt.date(2026, 10, 19),
    )
    register("c6", d(10, 25), "r4", "Sosial")  # cancelled: no outcome
    # November
    register("c8", d(11, 2), "r6", "Kesehatan", service_id=bpjs)  # referral refused 10 Nov (a service gap)
    register("c9", d(11, 20), "r2", "Sosial")

    with db.write() as s:
        c = v.complaints
        partner = int(s.execute(select(Partner.id).order_by(Partner.id).limit(1)).scalar_one())
        fo = "Diteruskan ke Back Office"

        def referral(number: str, cid: int, when: dt.datetime, status: str, answered: dt.datetime | None) -> None:
            waiting = status == "Menunggu Persetujuan"
            ref = Referral(
                number=number, complaint_id=cid, referred_at=when, field="Kesehatan", partner_id=partner,
                reason="Perlu layanan lanjutan", status=status, sent_at=None if waiting else when,
                outcome_date=answered.date() if answered else None,
                outcome_note="Tidak memenuhi kriteria" if status == "Ditolak" else "",
            )
            s.add(ref)
            s.flush()
            s.add(ReferralEvent(referral_id=ref.id, at=when, actor="bo", kind="status", from_status=None,
                                to_status="Menunggu Persetujuan" if waiting else "Dikirim"))
            if answered is not None:
                s.add(ReferralEvent(referral_id=ref.id, at=answered, actor="bo", kind="status",
                                    from_status="Dikirim", to_status=status))

        referral("RJK/T/0001", c["c1"], d(10, 5), "Disetujui", d(10, 12, 10))
        _status(s, c["c1"], d(10, 5), fo, "Dirujuk")
        _status(s, c["c1"], d(10, 20), "Dirujuk", "Selesai")
        referral("RJK/T/0002", c["c8"], d(11, 3), "Ditolak", d(11, 10))
        _status(s, c["c8"], d(11, 3), fo, "Dirujuk")
        referral("RJK/T/0003", c["c3"], d(10, 11), "Dikirim", None)  # no answer: follow-up due
        _status(s, c["c3"], d(10, 11), fo, "Dirujuk")
        referral("RJK/T/0004", c["c2"], d(10, 28), "Menunggu Persetujuan", None)  # not sent: not overdue
        referral("RJK/T/0005", c["c9"], d(11, 21), "Dikirim", None)  # sent 2 days ago: not overdue
        _status(s, c["c6"], d(10, 26), fo, "Dibatalkan")
        _status(s, c["c7"], d(11, 5), fo, "Selesai")

        def proposal(number: str, when: dt.datetime, kind: str, who: str, steps: list[tuple[dt.datetime, str]]) -> None:
            rid = v.residents[who]
            hid = s.get(Resident, rid).household_id  # type: ignore[union-attr]
            p = Proposal(number=number, proposed_at=when, kind=kind, household_id=hid, resident_id=rid,
                         status=steps[-1][1])
            s.add(p)
            s.flush()
            previous = None
            for moment, status in steps:
                s.add(ProposalEvent(proposal_id=p.id, at=moment, actor="fo", kind="status", from_status=previous,
                                    to_status=status))
                previous = status

        proposal("USL/T/01", d(10, 8), "Tambah", "r2",
                 [(d(10, 8), "Draf"), (d(10, 15), "Disahkan Musdes"), (d(10, 20), "Diusulkan")])
        proposal("USL/T/02", d(10, 9), "Perbarui", "r4", [(d(10, 9), "Draf"), (d(11, 5), "Ditolak")])
        proposal("USL/T/03", d(9, 1), "Tambah", "r5", [(d(9, 1), "Draf"), (d(9, 30), "Diterima")])
        proposal("USL/T/04", d(11, 10), "Hapus", "r6", [(d(11, 10), "Draf")])

        for number, kind, when, who in [
            ("REK/T/1", "rekomendasi", d(10, 4), "r2"),
            ("SKT/T/1", "keterangan_dtks", d(10, 20), "r3"),
            ("SKT/T/2", "keterangan_dtks", d(11, 2), "r6"),
        ]:
            s.add(Letter(number=number, kind=kind, issued_at=when, resident_id=v.residents[who], signatory="Kades"))

        for day, place in [(dt.date(2026, 10, 19), "RT 003"), (dt.date(2026, 10, 27), "RT 005"),
                           (dt.date(2026, 11, 5), "RT 001")]:
            s.add(FieldVisit(facilitator_id=v.facilitator_id, visit_date=day, place=place, households_seen="A\nB"))

        wanted = select(Programme.code, Programme.id).where(Programme.code.in_(["PKH", "BPNT", "PBI"]))
        v.programmes = {code: int(pid) for code, pid in s.execute(wanted)}
        # (kk, nik, desil, active, programmes): households A–F and what each should count as.
        v.registry = [
            ("6201020202020001", "6201024101800001", 2, True, ("PKH",)),  # A: desil 2 (lowest), PKH + BPNT
            ("6201020202020001", "6201024101800002", 3, True, ("BPNT", "PKH")),
            ("6201020202020001", "6201024101800003", None, True, ()),
            ("6201020202020002", "6201024101800004", 1, True, ()),  # B: desil 1, no programme (gap)
            ("6201020202020002", "6201024101800005", 1, True, ()),
            ("6201020202020003", "6201024101800006", 7, True, ("PBI",)),  # C: desil 7, PBI
            ("6201020202020004", "6201024101800007", 4, True, ()),  # D: desil 4, no active programme (gap)
            ("6201020202020004", "6201024101800008", 2, False, ("PKH",)),  # inactive: left the extract
            ("", "6201024101800009", 3, True, ("PBI", "PKH")),  # E: no KK, a household of its own
            ("6201020202020006", "6201024101800010", None, True, ("BPNT",)),  # F: no desil, BPNT
        ]
        for kk, nik, desil, active, codes in v.registry:
            rec = RegistryRecord(nik=nik, kk=kk, name=f"WARGA {nik[-2:]}", desil=desil, active=active)
            rec.programmes = [RegistryProgramme(programme_id=v.programmes[code]) for code in codes]
            s.add(rec)
        assert s.execute(select(User).where(User.id == v.facilitator_id)).scalar_one()
    return v
