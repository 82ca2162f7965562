"""Issue 14.1: no service read hands a whole NIK or No. KK to the penanggung jawab.

Every public function of every services module that takes a Database is either listed in NOT_READS (it changes
something, or is a tool that is not a read) or is called here as the penanggung jawab over a demo village, with
arguments picked by parameter name; its result is walked (dataclasses, dicts, lists, ORM objects, PDF text) and must
hold no whole 16-digit number. A new read is covered automatically; a new parameter name fails until it is given.

Not reads by rule: functions whose first parameter is not a Database — pure helpers (formatting, parsing, checks)
and the `…_in(s, …)` building blocks that run inside another service's transaction; what they return reaches a
window only through one of the reads called here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import io
import pkgutil
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm.base import instance_state

import puskesos_desktop.services as services_pkg
from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    Household,
    Letter,
    MusdesSession,
    Proposal,
    Referral,
    RegistryRecord,
    Resident,
    Service,
)
from puskesos_desktop.db.models import (
    FieldVisit as Visit,
)
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.context import Actor
from tests.helpers.villages import demo_copy_to, shared_build_dir

WHOLE = re.compile(r"(?<![0-9A-Za-z])[0-9]{16}(?![0-9A-Za-z])")

# Functions that take a Database but are not reads: they change something (each checks its own permission, which
# the penanggung jawab lacks for every one of them), or they are tools outside the window's reading paths.
NOT_READS = {
    # changes
    "audit.log",
    "audit.export",
    "attachments.attach_bytes",
    "attachments.attach_file",
    "attachments.remove_attachment",
    "attachments.log_printed",
    "auth.authenticate",
    "auth.clear_lock",
    "auth.logout",
    "auth.screen_locked",
    "auth.set_idle_minutes",
    "auth.unlock",
    "backoffice.add_note",
    "backoffice.answer_resident",
    "backoffice.assign_officer",
    "backoffice.cancel_complaint",
    "backoffice.close_complaint",
    "backoffice.handle_in_village",
    "backoffice.reopen_complaint",
    "backoffice.set_documents_received",
    "backup.auto_backup",
    "backup.backup_now",
    "backup.create_backup",
    "backup.set_second_folder",
    "catalogue.create_partner",
    "catalogue.create_programme",
    "catalogue.create_service",
    "catalogue.delete_partner",
    "catalogue.delete_programme",
    "catalogue.delete_service",
    "catalogue.set_partner_active",
    "catalogue.set_programme_active",
    "catalogue.set_service_active",
    "catalogue.update_partner",
    "catalogue.update_programme",
    "catalogue.update_service",
    "complaints.register_complaint",
    "papers.reprint_certificate",
    "papers.reprint_letter",
    "papers.reprint_receipt",
    "batch.export_month",
    "feedback.apply_feedback",
    "letters.issue_certificate",
    "letters.issue_recommendation",
    "musdes.record_session",
    "office.save_profile",
    "office.set_holidays",
    "office.update_settings",
    "proposals.add_member",
    "proposals.propose_addition",
    "proposals.propose_change",
    "referrals.approve_referral",
    "referrals.approve_referrals",
    "referrals.cancel_referral",
    "referrals.create_referral",
    "referrals.create_referrals",
    "referrals.mark_informed",
    "referrals.record_outcome",
    "registry_import.import_registry",
    "desil.import_desil",
    "desil.set_ceiling",
    "population.import_population",
    "population.accept_differences",
    "reconcile.propose",
    "residents.create_from_registry",
    "residents.create_resident",
    "residents.update_resident",
    "server_link.forget_link",
    "server_link.save_link",
    "statusdesk.record_informed",
    "users.change_own_password",
    "users.create_user",
    "users.reset_password",
    "users.set_active",
    "users.update_user",
    "visits.record_visit",
    "visits.update_visit",
    # tools, not reads: filling a demo database, first start, the search index's own life cycle, file formats
    "setup.first_start",
    "search.name_index",
    "search.reading",
    "search.release",
    "search.warm_up",
    "registry_import.detect",
    "backup.backups_dir",
    "backup.db_file",
    "backup.second_folder",
    "backup.has_backup_on",
    # a record number for a NIK the caller typed (no personal data back); what it leads to is a read tested here
    "access_report.find_resident",
    # changes (issues 13/14): anchors, retention
    "audit.anchor_printed",
    "retention.set_years",
    "retention.apply",
    # the audit chain's digests for a batch (numbers and hashes only) and the batches' own check (files)
    "audit.batch_extract",
    "audit_batches.check_batches",
    "audit.plan",
    "printouts.build",  # the generic read-render-record helper; every document read that uses it is tested here
    # changes (issue 19): telling the resident, the message templates and their language
    "messages.record_told",
    "messages.save_template",
    "messages.set_language",
    # changes and tools (issue 15.6/15.7): this PC's automatic backups, copying the whole office (backup format,
    # move-db: the coordinator's, and what it copies is the whole database, not a view of it)
    "backup.set_auto_backups_here",
    "backup.auto_backups_here",
    "move_db.move_db",
    "table_copy.snapshot",
    "table_copy.write_sqlite_copy",
}

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.fixture(scope="module")
def village(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    moment = dt.datetime(2026, 11, 23, 9, 30)
    # The run's one build of fill_demo(120 residents, seed 1, up to that day), copied.
    path = tmp_path_factory.mktemp("masking") / "desa.sqlite3"
    demo_copy_to(path, 120, 1, moment.date(), shared_build_dir(tmp_path_factory))
    database = open_office_db(f"sqlite:///{path}")
    clock.set_clock(lambda: moment)
    # A field visit whose notes name households by KK (the form asks for exactly that).
    from puskesos_desktop.services.casework import visits

    with database.read() as s:
        kks = list(s.execute(select(Household.kk).where(Household.kk.is_not(None)).limit(2)).scalars())
    fasil = users.get_user(database, "fasilitator").actor()
    visits.record_visit(
        database, fasil, visits.VisitInput(moment.date(), "RT 002", "\n".join(kks), f"KK {kks[0]} perlu dibantu")
    )
    yield database
    clock.set_clock(None)
    database.dispose()


def _modules() -> list[Any]:
    """Every module of the services package, its domain subpackages included (named by their last part)."""
    found = []
    for info in pkgutil.walk_packages(services_pkg.__path__, f"{services_pkg.__name__}."):
        if not info.ispkg:
            found.append(importlib.import_module(info.name))
    return found


def _reads() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for module in _modules():
        short = module.__name__.rsplit(".", 1)[1]
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            qualified = f"{short}.{name}"
            if params[:1] == ["db"] and qualified not in NOT_READS:
                found.append((qualified, fn))
    return found


def test_not_reads_lists_only_existing_functions() -> None:
    existing = set()
    for module in _modules():
        short = module.__name__.rsplit(".", 1)[1]
        existing |= {f"{short}.{n}" for n, f in inspect.getmembers(module, inspect.isfunction)}
    assert NOT_READS <= existing, sorted(NOT_READS - existing)


def walk(value: Any, where: str, seen: set[int]) -> Iterator[str]:
    """Every whole 16-digit number anywhere in a result, and every ORM object, with the path to it."""
    if isinstance(value, str):
        for m in WHOLE.finditer(value):
            yield f"{where}: {m.group(0)}"
        return
    if isinstance(value, bytes):
        if value.startswith(b"%PDF"):
            from pypdf import PdfReader

            text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(value)).pages)
            yield from walk(text, where + "<pdf>", seen)
        return
    if value is None or isinstance(value, (int, float, bool)) or id(value) in seen:
        return
    seen.add(id(value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from walk(getattr(value, f.name), f"{where}.{f.name}", seen)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from walk(v, f"{where}[{k!r}]", seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for i, v in enumerate(value):
            yield from walk(v, f"{where}[{i}]", seen)
    else:
        try:
            instance_state(value)
        except Exception:  # noqa: BLE001 - not an ORM object
            return
        # Issue 18.3: services hand out frozen dataclasses, never ORM objects (lazy loads outside a transaction).
        yield f"{where}: ORM object {type(value).__name__}"


@dataclasses.dataclass
class Sample:
    """One of each thing in the demo village that a read may be asked about (each with an NIK or KK behind it)."""

    resident_id: int
    complaint_id: int
    complaint_number: str
    referral_number: str
    letter_number: str
    proposal_id: int
    proposal_number: str
    registry_record_id: int
    nik: str
    kk: str
    registry_nik: str
    registry_kk: str
    session_id: int
    visit_id: int
    service_id: int
    name: str
    month: str


def _sample(db: Database) -> Sample:
    with db.read() as s:
        # The resident with the most complaints (and a NIK and KK): their page shows the most.
        rid = s.execute(
            select(Complaint.resident_id)
            .join(Resident, Resident.id == Complaint.resident_id)
            .where(Resident.nik.is_not(None), Resident.household_id.is_not(None))
            .group_by(Complaint.resident_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
        r = s.get(Resident, rid)
        assert r is not None and r.nik
        kk = s.execute(select(Household.kk).where(Household.id == r.household_id)).scalar_one()
        c = s.execute(select(Complaint).where(Complaint.resident_id == rid).limit(1)).scalar_one()
        ref = s.execute(select(Referral).order_by(Referral.id).limit(1)).scalar_one()
        letter = s.execute(select(Letter).order_by(Letter.id).limit(1)).scalar_one()
        prop = s.execute(select(Proposal).where(Proposal.household_id.is_not(None)).limit(1)).scalar_one()
        rec = s.execute(select(RegistryRecord).where(RegistryRecord.kk.is_not(None)).limit(1)).scalar_one()
        session_id = s.execute(select(MusdesSession.id).limit(1)).scalar_one()
        visit_id = s.execute(select(Visit.id).limit(1)).scalar_one()
        service_id = s.execute(select(Service.id).limit(1)).scalar_one()
        return Sample(
            rid,
            c.id,
            c.number,
            ref.number,
            letter.number,
            prop.id,
            prop.number,
            rec.id,
            r.nik,
            kk,
            rec.nik,
            rec.kk,
            session_id,
            visit_id,
            service_id,
            r.name,
            "2026-11",
        )


def _calls(qualified: str, fn: Callable[..., Any], db: Database, head: Actor, x: Sample) -> list[dict[str, Any]]:
    """The argument sets one read is called with (several where one read answers different questions)."""
    from puskesos_desktop.services.casework.work_queue import QueueFilter
    from puskesos_desktop.services.reporting import lists, report_queries
    from puskesos_desktop.services.reporting.dashboard import DASHBOARD_FIGURES

    per_function: dict[str, list[dict[str, Any]]] = {
        "search.search": [
            {"text": x.name},
            {"text": x.nik[:8]},
            {"text": x.kk},
            {"text": x.complaint_number},
            {"text": x.registry_nik},
        ],
        "statusdesk.lookup": [{"text": x.complaint_number}],
        "complaints.get_complaint": [{"number_or_id": x.complaint_number}],
        "proposals.get_proposal": [{"number_or_id": x.proposal_number}],
        "letters.get_letter": [{"number": x.letter_number}],
        "referrals.get_referral": [{"number": x.referral_number}],
        "backoffice.get_workspace": [{"key": x.complaint_number}],
        "registry_view.for_nik": [{"nik": x.registry_nik}, {"nik": x.nik}],
        "registry_view.household_records": [{"kk": x.registry_kk}],
        "desil.family_desil": [{"kk": x.registry_kk}],
        "desil.standing": [{"kk": x.registry_kk, "record_id": x.registry_record_id}],
        "lists.list_records": [{"kind": k} for k in lists.KINDS],
        "papers.requirements_pdf": [{"service_id": x.service_id}],
        "reports.records": [
            {"ref": report_queries.FigureRef(f, month=x.month)} for f in sorted(report_queries.MONTH_FIGURES)
        ]
        + [{"ref": report_queries.FigureRef(f)} for f in sorted(DASHBOARD_FIGURES)],
        "dashboard.records": [{"ref": report_queries.FigureRef(f)} for f in sorted(DASHBOARD_FIGURES)],
        "work_queue.work_queue": [{"flt": QueueFilter()}],
        "access_report.resident_data_by_key": [{"key": x.nik}],
        "residents.find_duplicates": [],  # filled below: it needs typed data
    }
    by_name: dict[str, Any] = {
        "db": db,
        "actor": head,
        "resident_id": x.resident_id,
        "complaint_id": x.complaint_id,
        "complaint_number": x.complaint_number,
        "number": x.complaint_number,
        "number_or_id": x.complaint_number,
        "record_id": x.registry_record_id,
        "session_id": x.session_id,
        "visit_id": x.visit_id,
        "month": x.month,
        "kk": x.kk,
        "nik": x.nik,
        "text": x.name,
        "key": x.complaint_id,
        "numbers": [x.complaint_number],
        "chain_hash": audit.latest_hash(db),
        "path": Path("/nonexistent/umpan-balik.xlsx"),
        "username": "kades",
        "user_id": head.user_id,
        "attachment_id": 1,
        "owner": None,
        "out": Path("/nonexistent/lampiran.jpg"),
        "out_dir": Path("/nonexistent/paket-musdesus"),
        "language": "id",
        "event": "keluhan_diterima",
        "sms": "{nama}: resi {resi}",
        "full": "Yth. {nama}",
    }
    if qualified == "cek_bansos.record":  # issue 16 §8
        from puskesos_desktop.services.registry.cek_bansos import FilingInput

        per_function[qualified] = [{"data": FilingInput("Usul", dt.date(2026, 11, 2))}]
    from puskesos_desktop.services.registry.district_calendar import DistrictCalendar

    by_name.update({"filing_id": 1, "outcome": "Diterima", "missing": ["PBI"],
                    "cal": DistrictCalendar((1, 14), (1, 11), (1, 11))})  # fmt: skip
    if qualified == "residents.find_duplicates":
        from puskesos_desktop.services.people.residents import ResidentInput

        per_function[qualified] = [{"data": ResidentInput(name=x.name, nik=x.nik, kk=x.kk)}]
    sig = inspect.signature(fn)
    variants = per_function.get(qualified, [{}])
    out = []
    for extra in variants:
        kwargs: dict[str, Any] = {}
        for name, p in sig.parameters.items():
            if name in extra:
                kwargs[name] = extra[name]
            elif name == "actor":
                kwargs[name] = head  # optional or not: every read is asked as the penanggung jawab
            elif p.default is inspect.Parameter.empty:
                assert name in by_name, f"{qualified}: give the test a value for parameter {name!r}"
                kwargs[name] = by_name[name]
        out.append(kwargs)
    return out


def test_no_read_hands_a_whole_number_to_the_penanggung_jawab(village: Database, tmp_path: Path) -> None:
    db = village
    head = users.get_user(db, "kades").actor().bound(db)
    x = _sample(db)
    leaks: dict[str, list[str]] = {}
    called = 0
    refused: set[str] = set()
    for qualified, fn in _reads():
        for kwargs in _calls(qualified, fn, db, head, x):
            try:
                result = fn(**kwargs)
            except PermissionDenied:
                refused.add(qualified)
                continue
            called += 1
            shown = {k: v for k, v in kwargs.items() if k not in ("db", "actor")}
            found = list(walk(result, "", set()))
            if found:
                leaks[f"{qualified}({shown})"] = found
    assert not leaks, "\n".join(f"{call}: {len(found)}× e.g. {found[0]}" for call, found in leaks.items())
    assert called > 40
    # Printed documents for the resident keep their whole numbers; the penanggung jawab cannot print them.
    assert {
        "papers.receipt_pdf",
        "papers.letter_pdf",
        "papers.certificate_pdf",
        "papers.document_pdf",
        "cards.print_card",
        "cards.reprint_card",
        "musdes.agenda_pdf",
        "musdes.minutes_pdf",
        "batch.month_rows",
        "audit.query",
    } <= refused, sorted(refused)


def test_the_same_reads_show_whole_numbers_to_the_front_office(village: Database) -> None:
    """The walk finds numbers when they are there: the front office sees them whole (so the test above can fail)."""
    from puskesos_desktop.services.people import resident_page, search

    front = users.get_user(village, "frontoffice").actor().bound(village)
    x = _sample(village)
    page = resident_page.load(village, front, x.resident_id)
    assert any(x.nik in leak for leak in walk(page, "", set()))
    hits = search.search(village, front, x.name)
    assert any(walk(hits, "", set()))
