"""`puskesos --self-test`: build the main window offscreen and walk one complaint through the flow.

On --db the database is copied to a temporary folder first, or, for a PostgreSQL server, a scratch database is
made there and dropped after: the self-test never writes to an office's data.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from puskesos_desktop.config import resolve_db_url, shown_url, sqlite_path
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database, inspect_file, sqlite_backup
from puskesos_desktop.services import office
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.context import SYSTEM, Actor

SELFTEST_USER = "uji.mandiri"


@dataclass
class SelfTest:
    db: Database
    workdir: Path
    actor: Actor | None = None
    facts: dict[str, object] = field(default_factory=dict)


Step = Callable[[SelfTest], str]


def step_database(t: SelfTest) -> str:
    rev = t.db.current_revision()
    if rev != t.db.head_revision():
        raise AssertionError(f"schema {rev} is not at head")
    if t.db.is_sqlite:
        with t.db.engine.connect() as conn:
            ok = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        if ok != "ok":
            raise AssertionError(f"integrity_check: {ok}")
        if mode != "wal":
            raise AssertionError(f"journal_mode is {mode}")
    return f"database at revision {rev}"


def step_office_and_user(t: SelfTest) -> str:
    if office.get_profile(t.db) is None:
        office.save_profile(
            t.db,
            SYSTEM,
            office.OfficeData(
                village_name="Uji Mandiri",
                village_code="6201022001",
                kecamatan_name="",
                kabupaten_name="",
                province_name="",
                head_name="Kepala Desa Uji",
                coordinator_name="Koordinator Uji",
            ),
        )
    try:
        user = users.get_user(t.db, SELFTEST_USER)
    except Exception:  # noqa: BLE001 - not there yet
        user = users.create_user(t.db, SYSTEM, SELFTEST_USER, "Uji Mandiri", Role.KOORDINATOR, "Uji-mandiri-2026")
    t.actor = user.actor()
    return f"signed in as {user.username}"


def step_main_window(t: SelfTest) -> str:
    from PySide6.QtWidgets import QApplication

    from puskesos_desktop.ui.app import make_application
    from puskesos_desktop.ui.context import AppContext
    from puskesos_desktop.ui.main_window import MainWindow

    assert t.actor is not None
    app = make_application()
    ctx = AppContext(t.db, t.actor)
    window = MainWindow(ctx)
    window.show()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    t.facts["window"] = window
    t.facts["ctx"] = ctx
    app.processEvents()
    return "main window with tabs " + ", ".join(titles)


def step_register_complaint(t: SelfTest) -> str:
    from puskesos_desktop.services.admin import catalogue
    from puskesos_desktop.services.casework import complaints
    from puskesos_desktop.services.people import residents

    assert t.actor is not None
    resident = residents.create_resident(
        t.db,
        t.actor,
        residents.ResidentInput(
            name="Warga Uji Mandiri",
            sex="P",
            no_nik_reason=residents.NO_PAPERS_REASON,
            address="Jl. Uji",
            rt="001",
            rw="001",
        ),
    )
    service = next(s for s in catalogue.list_services(t.db, "Kesehatan"))
    reg = complaints.register_complaint(
        t.db, t.actor, complaints.ComplaintInput(resident.id, "Kesehatan", "Keluhan uji mandiri", service_id=service.id)
    )
    t.facts["complaint_number"] = reg.number
    t.facts["complaint_id"] = reg.id
    t.facts["resident_id"] = resident.id
    ctx = t.facts["ctx"]
    ctx.changed("complaints")  # type: ignore[attr-defined]
    return f"complaint {reg.number} → {reg.status}"


def step_refer_and_print_card(t: SelfTest) -> str:
    """Back office: refer the self-test complaint outside the village, approve it, print its card."""
    from puskesos_desktop.services.admin import catalogue
    from puskesos_desktop.services.casework import referrals
    from puskesos_desktop.services.documents import cards

    assert t.actor is not None
    partner = next(p for p in catalogue.list_partners(t.db) if not p.in_village and p.field == "Kesehatan")
    ref = referrals.create_referral(
        t.db,
        t.actor,
        int(str(t.facts["complaint_id"])),
        referrals.ReferralInput("Kesehatan", partner.id, "Rujukan uji mandiri"),
    )
    approved = referrals.approve_referral(t.db, t.actor, ref.number)
    pdf = cards.print_card(t.db, t.actor, ref.number)
    if approved.status != "Dikirim" or not pdf.startswith(b"%PDF"):
        raise AssertionError(f"referral {ref.number} is {approved.status}; card of {len(pdf)} bytes")
    return f"referral {ref.number} approved, card {len(pdf)} bytes"


def step_search(t: SelfTest) -> str:
    """Front office: the one search box finds the self-test resident by a misspelt name and by receipt."""
    from puskesos_desktop.services.people import search

    hits = search.search(t.db, t.actor, "warga uji mandri")
    if not hits or hits[0].resident_id != t.facts["resident_id"]:
        raise AssertionError(f"misspelt name not found: {[h.name for h in hits[:3]]}")
    number = str(t.facts["complaint_number"])
    scanned = search.search(t.db, t.actor, number.lower().replace("/", ""))
    if not scanned or scanned[0].complaint_number != number:
        raise AssertionError("receipt number typed without slashes not found")
    return f"name and receipt search ok ({hits[0].name})"


def step_receipt_pdf(t: SelfTest) -> str:
    """Front office: the receipt PDF is built from the database (its content is read back in the tests)."""
    from puskesos_desktop.services.documents import papers as documents

    assert t.actor is not None
    number = str(t.facts["complaint_number"])
    pdf = documents.receipt_pdf(t.db, t.actor, number)
    if not pdf.startswith(b"%PDF") or len(pdf) < 2000:
        raise AssertionError(f"receipt of {len(pdf)} bytes")
    return f"receipt {number}: {len(pdf)} bytes"


def step_status_desk(t: SelfTest) -> str:
    """Front office: the status desk tells the complaint's story and records that the resident was told."""
    from puskesos_desktop.services.casework import statusdesk

    assert t.actor is not None
    number = str(t.facts["complaint_number"])
    story = statusdesk.record_informed(t.db, t.actor, number, channel="Telepon", complaint=True)
    if story.informed_channel != "Telepon" or not story.story:
        raise AssertionError("informing the resident was not recorded")
    return f"status desk: {story.status}"


def step_export_batch(t: SelfTest) -> str:
    """Data exchange: this month's batch to a temporary folder, read back (sheets, the complaint, the checksum)."""
    import hashlib

    from puskesos_desktop.core import clock
    from puskesos_desktop.excel import guard
    from puskesos_desktop.services.exchange import batch as exchange

    assert t.actor is not None
    folder = t.workdir / "batch"
    folder.mkdir(exist_ok=True)
    result = exchange.export_month(t.db, t.actor, clock.today(), folder)
    if hashlib.sha256(result.path.read_bytes()).hexdigest() != result.sha256:
        raise AssertionError("batch checksum differs from the file")
    with guard.open_workbook(result.path) as wb:
        if wb.sheet_names != ["Ringkasan", "Keluhan", "Rujukan", "Usulan DTKS", "Rantai Audit"]:
            raise AssertionError(f"batch sheets {wb.sheet_names}")
        numbers = [row[0] for row in wb.rows("Keluhan")]
    if t.facts["complaint_number"] not in numbers:
        raise AssertionError("the self-test complaint is not in the batch")
    from puskesos_desktop.excel.batch_chain import read_chain
    from puskesos_desktop.services import audit

    chain = read_chain(result.path)
    if (chain.count, chain.head) != audit.head(t.db):
        raise AssertionError("the batch's audit chain does not end with its own export entry")
    return f"batch {result.path.name}: {result.counts['Keluhan']} complaints, read back"


def step_audit(t: SelfTest) -> str:
    from puskesos_desktop.services import audit

    result = audit.verify(t.db)
    if not result.ok:
        raise AssertionError(f"audit chain broken at {result.first_broken_id}: {result.reason}")
    return f"audit chain intact ({result.checked} entries)"


STEPS: list[Step] = [
    step_database,
    step_office_and_user,
    step_main_window,
    step_register_complaint,
    step_search,
    step_receipt_pdf,
    step_status_desk,
    step_refer_and_print_card,
    step_export_batch,
    step_audit,
]


def run_self_test(db_arg: str | None) -> int:
    """On a copy of the SQLite file given (or a new one), or on a PostgreSQL server: in a scratch database made on
    it for the test and dropped after, so that the office's own data is never written to."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="puskesos-selftest-") as tmp:
        workdir = Path(tmp)
        target = workdir / "selftest.sqlite3"
        if db_arg:
            url = resolve_db_url(db_arg)
            if url.startswith("postgresql"):
                from puskesos_desktop.services.admin.server_setup import scratch_database

                with scratch_database(url) as scratch:
                    print(f"database sementara di server: {shown_url(scratch)}")
                    return _run_steps(scratch, workdir)
            source = sqlite_path(url)
            if source is None or not source.exists():
                print(
                    f"Galat: database {db_arg} tidak ditemukan (uji mandiri membaca berkas SQLite atau server "
                    "PostgreSQL).",
                    file=sys.stderr,
                )
                return 1
            inspect_file(source)  # a damaged, foreign or newer file: one line naming it (raises PuskesosError)
            sqlite_backup(source, target)
        return _run_steps(f"sqlite:///{target}", workdir)


def _run_steps(url: str, workdir: Path) -> int:
    db = open_office_db(url)
    t = SelfTest(db=db, workdir=workdir)
    failed = 0
    try:
        for step in STEPS:
            try:
                print(f"ok    {step.__name__}: {step(t)}")
            except Exception as exc:  # noqa: BLE001 - report every step
                failed += 1
                print(f"GAGAL {step.__name__}: {exc}")
                traceback.print_exc(file=sys.stderr)
                break
    finally:
        window = t.facts.get("window")
        if window is not None:
            window.close()  # type: ignore[attr-defined]
            from puskesos_desktop.ui.jobs import jobs

            jobs().wait(30.0)  # the search index warm-up, among others
        from puskesos_desktop.services.people import search

        search.release(db)  # its read connection must go before the temporary folder (or database) does
        db.dispose()
    print("uji mandiri berhasil" if not failed else "uji mandiri GAGAL")
    return 1 if failed else 0
