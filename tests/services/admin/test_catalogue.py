from __future__ import annotations

import pytest
from sqlalchemy import select

from puskesos_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.admin.catalogue import PartnerInput, ProgrammeInput, ServiceInput
from puskesos_desktop.services.casework import backoffice, referrals
from puskesos_desktop.services.casework.referrals import ReferralInput
from puskesos_desktop.services.context import Actor
from tests.services import bo_helpers as h


def _actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


def test_partner_crud(db: Database, coordinator: Actor, back: Actor, front: Actor) -> None:
    data = PartnerInput(
        name="CSR Bank Kalteng",
        kind="CSR",
        field="Pendidikan",
        address="Jl. Iskandar 3",
        contact_person="Ibu Rina",
        phone="(0532) 21-777",
        notes="Beasiswa",
    )
    with pytest.raises(PermissionDenied):
        catalogue.create_partner(db, back, data)
    p = catalogue.create_partner(db, coordinator, data)
    assert p.active and p.used == 0 and p.phone == "(0532) 21-777"
    with pytest.raises(ValidationError) as err:
        catalogue.create_partner(db, coordinator, PartnerInput(name="csr bank kalteng", kind="CSR"))
    assert err.value.field == "Nama mitra"
    with pytest.raises(ValidationError) as err:
        catalogue.create_partner(db, coordinator, PartnerInput(name="X", kind="CSR", phone="telp kantor"))
    assert err.value.field == "Telepon"
    with pytest.raises(ValidationError) as err:
        catalogue.create_partner(db, coordinator, PartnerInput(name="X", kind="CSR", field="Hiburan"))
    assert err.value.field == "Bidang"
    with pytest.raises(ValidationError):
        catalogue.create_partner(db, coordinator, PartnerInput(name="  ", kind="CSR"))
    updated = catalogue.update_partner(
        db, coordinator, p.id, PartnerInput(name="CSR Bank Kalteng", kind="CSR", field=None, in_village=True)
    )
    assert updated.field is None and updated.in_village
    # Referenced: deletion refused, deactivation works and the partner leaves the pickers.
    ids = h.complaint(db, front)
    referrals.create_referral(db, back, ids.complaint_id, ReferralInput("Pendidikan", p.id, "Beasiswa"))
    with pytest.raises(ValidationError, match="nonaktifkan"):
        catalogue.delete_partner(db, coordinator, p.id)
    catalogue.set_partner_active(db, coordinator, p.id, False)
    assert p.id not in [x.id for x in catalogue.list_partners(db)]
    assert next(x for x in catalogue.partner_rows(db) if x.id == p.id).used == 1
    with pytest.raises(ValidationError, match="dinonaktifkan"):
        referrals.create_referral(db, back, ids.complaint_id, ReferralInput("Pendidikan", p.id, "lagi"))
    spare = catalogue.create_partner(db, coordinator, PartnerInput(name="LSM Peduli", kind="LSM"))
    catalogue.delete_partner(db, coordinator, spare.id)
    assert "LSM Peduli" not in [x.name for x in catalogue.partner_rows(db)]
    acts = _actions(db)
    for a in ("partner.create", "partner.update", "partner.deactivate", "partner.delete"):
        assert a in acts
    assert audit.verify(db).ok


def test_service_crud(db: Database, coordinator: Actor, front: Actor) -> None:
    dinsos = h.partner_id(db, "Dinas Sosial Kabupaten")
    data = ServiceInput(
        code="bantuan-disabilitas",
        name="Alat bantu disabilitas",
        field="Sosial",
        target_days=14,
        requirements=("Fotokopi KTP", "Surat keterangan dokter", "fotokopi ktp", " "),
        default_partner_id=dinsos,
    )
    svc = catalogue.create_service(db, coordinator, data)
    assert svc.code == "BANTUAN-DISABILITAS"
    assert svc.requirements == ("Fotokopi KTP", "Surat keterangan dokter")
    assert svc.default_partner == "Dinas Sosial Kabupaten"
    for bad, field in (
        (ServiceInput("BANTUAN-DISABILITAS", "x", "Sosial", 1), "Kode"),
        (ServiceInput("A B", "x", "Sosial", 1), "Kode"),
        (ServiceInput("ABC", "x", "Sosial", -1), "Target hari kerja"),
        (ServiceInput("ABC", "x", "Sosial", 1, default_partner_id=99999), "Tujuan bawaan"),
        (ServiceInput("ABC", "", "Sosial", 1), "Nama layanan"),
    ):
        with pytest.raises(ValidationError) as err:
            catalogue.create_service(db, coordinator, bad)
        assert err.value.field == field
    changed = catalogue.update_service(
        db,
        coordinator,
        svc.id,
        ServiceInput("BANTUAN-DISABILITAS", "Alat bantu disabilitas", "Sosial", 10, ("Fotokopi KK",), None),
    )
    assert changed.target_days == 10 and changed.requirements == ("Fotokopi KK",) and changed.default_partner == ""
    h.complaint(db, front, field="Sosial", service="BANTUAN-DISABILITAS")
    with pytest.raises(ValidationError, match="nonaktifkan"):
        catalogue.delete_service(db, coordinator, svc.id)
    catalogue.set_service_active(db, coordinator, svc.id, False)
    assert svc.id not in [s.id for s in catalogue.list_services(db)]
    assert not next(s for s in catalogue.list_services(db, active_only=False) if s.id == svc.id).active
    spare = catalogue.create_service(db, coordinator, ServiceInput("SPARE", "Cadangan", "Lainnya", 0))
    catalogue.delete_service(db, coordinator, spare.id)
    assert "service.update" in _actions(db) and "service.delete" in _actions(db)


def test_programme_crud(db: Database, coordinator: Actor, back: Actor, front: Actor) -> None:
    data = ProgrammeInput(
        code="JAMBAN",
        name="Jambanisasi Dana Desa",
        level="Desa",
        organiser="Pemerintah Desa",
        documents=("Fotokopi KK",),
        in_registry=False,
    )
    with pytest.raises(PermissionDenied):
        catalogue.create_programme(db, back, data)
    prog = catalogue.create_programme(db, coordinator, data)
    assert prog.documents == ("Fotokopi KK",)
    with pytest.raises(ValidationError) as err:
        catalogue.create_programme(db, coordinator, ProgrammeInput("X", "x", "Galaksi"))
    assert err.value.field == "Tingkat"
    with pytest.raises(ValidationError) as err:
        catalogue.create_programme(db, coordinator, ProgrammeInput("PKH", "x", "Pusat"))
    assert err.value.field == "Kode"
    catalogue.update_programme(db, coordinator, prog.id, ProgrammeInput("JAMBAN", "Jamban sehat", "Desa"))
    ids = h.complaint(db, front, field="Sosial", service=None)
    backoffice.handle_in_village(db, back, ids.complaint_id, backoffice.HandleInput("Jamban", programme_id=prog.id))
    with pytest.raises(ValidationError, match="nonaktifkan"):
        catalogue.delete_programme(db, coordinator, prog.id)
    catalogue.set_programme_active(db, coordinator, prog.id, False)
    row = next(p for p in catalogue.programme_rows(db) if p.id == prog.id)
    assert not row.active and row.used == 1 and row.name == "Jamban sehat"
    spare = catalogue.create_programme(db, coordinator, ProgrammeInput("SPARE", "Cadangan", "Swasta"))
    catalogue.delete_programme(db, coordinator, spare.id)
    assert "programme.delete" in _actions(db)


def test_switching_entries_on_and_off_is_audited_once_per_change(db: Database, coordinator: Actor, back: Actor) -> None:
    prog = catalogue.create_programme(db, coordinator, ProgrammeInput("ONOFF", "Program uji", "Desa"))
    svc = catalogue.list_services(db, "Kesehatan")[0]
    catalogue.set_programme_active(db, coordinator, prog.id, False)
    catalogue.set_programme_active(db, coordinator, prog.id, False)  # no change, no entry
    catalogue.set_programme_active(db, coordinator, prog.id, True)
    catalogue.set_service_active(db, coordinator, svc.id, False)
    with db.read() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id).order_by(AuditEntry.id))
        tail = [tuple(r) for r in rows][-3:]
    assert tail == [
        ("programme.deactivate", "programme", "ONOFF"),
        ("programme.activate", "programme", "ONOFF"),
        ("service.deactivate", "service", svc.code),
    ]
    with pytest.raises(PermissionDenied):
        catalogue.set_partner_active(db, back, 1, False)
    with pytest.raises(NotFoundError, match="Mitra tidak ditemukan"):
        catalogue.set_partner_active(db, coordinator, 999_999, False)
