"""The dashboard (services/reporting/dashboard.py): every figure counted again here in plain Python over the raw rows
(`raw` of test_reports.py), each figure listing exactly what it counts, and its JSON shape."""

from __future__ import annotations

from collections import Counter
from dataclasses import fields
from typing import Any

import pytest

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.reporting import dashboard, reports
from puskesos_desktop.services.reporting.reports import FigureRef
from tests.services.report_data import Village
from tests.services.reporting.test_reports import raw

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg


def _households(v: Village) -> dict[str, dict[str, Any]]:
    """report_data's registry grouped by hand: KK (or the NIK for a record without one), active records only."""
    out: dict[str, dict[str, Any]] = {}
    for kk, nik, desil, active, codes in v.registry:
        if not active:
            continue
        h = out.setdefault(kk or f"NIK:{nik}", {"desils": [], "programmes": set()})
        if desil is not None:
            h["desils"].append(desil)
        h["programmes"] |= set(codes)
    for h in out.values():
        h["desil"] = min(h["desils"]) if h["desils"] else None
    return out


def test_dashboard_equals_an_independent_count(db: Database, village: Village, coordinator: Actor) -> None:
    d = dashboard.dashboard(db, coordinator)
    hh = _households(village)
    ids = village.programmes
    assert d.households == len(hh) == 6
    assert d.households_with_programme == sum(1 for h in hh.values() if h["programmes"]) == 4
    for code, pid in ids.items():
        assert d.by_programme.get(pid, 0) == sum(code in h["programmes"] for h in hh.values())
        for desil in range(0, 11):
            expected = sum(code in h["programmes"] and (h["desil"] or 0) == desil for h in hh.values())
            assert d.programme_desil.get(pid, {}).get(desil, 0) == expected
    assert d.by_desil == dict(Counter(h["desil"] or 0 for h in hh.values()))
    for a in ids:
        for b in ids:
            expected = sum(a in h["programmes"] and b in h["programmes"] for h in hh.values())
            assert d.pair(ids[a], ids[b]) == expected, (a, b)
    assert d.pair(ids["PKH"], ids["BPNT"]) == 1 and d.pair(ids["PKH"], ids["PBI"]) == 1
    uncovered = Counter(h["desil"] for h in hh.values() if h["desil"] and h["desil"] <= 4 and not h["programmes"])
    assert d.uncovered_by_desil == {1: uncovered[1], 2: uncovered[2], 3: uncovered[3], 4: uncovered[4]}
    assert d.uncovered == 2  # B (desil 1) and D (desil 4: its only programme member left the extract)
    assert d.by_level["Pusat"] == 4

    complaints = raw(db, "complaints")
    refs = raw(db, "referrals")
    open_ids = {c["id"] for c in complaints if c["status"] not in ("Selesai", "Dibatalkan")}
    refused = {
        c["id"] for c in complaints
        if any(r["complaint_id"] == c["id"] and r["status"] == "Ditolak" for r in refs)
        and not any(r["complaint_id"] == c["id"] and r["status"] == "Disetujui" for r in refs)
    }
    assert sum(g.open for g in d.gaps) == len(open_ids)
    assert sum(g.rejected for g in d.gaps) == len(refused) == 1
    assert sum(g.total for g in d.gaps) == len(open_ids | refused)
    assert d.proposals["Tambah"]["Diusulkan"] == 1 and d.proposals_total == len(raw(db, "proposals"))


def test_every_dashboard_figure_lists_what_it_counts(db: Database, village: Village, coordinator: Actor) -> None:
    d = dashboard.dashboard(db, coordinator)
    pairs: list[tuple[FigureRef, int]] = [
        (FigureRef("households"), d.households),
        (FigureRef("households_with_programme"), d.households_with_programme),
        (FigureRef("gap_households"), d.uncovered),
        (FigureRef("proposals"), d.proposals_total),
        (FigureRef("gap_complaints"), sum(g.total for g in d.gaps)),
    ]
    pairs += [(FigureRef("households", programme_id=p.id), d.by_programme.get(p.id, 0)) for p in d.programmes]
    pairs += [(FigureRef("households", desil=x), n) for x, n in d.by_desil.items()]
    pairs += [(FigureRef("households", kind=level), n) for level, n in d.by_level.items()]
    pairs += [(FigureRef("gap_households", desil=x), n) for x, n in d.uncovered_by_desil.items()]
    for pid, row in d.programme_desil.items():
        pairs += [(FigureRef("households", programme_id=pid, desil=x), n) for x, n in row.items()]
    for a in d.programmes:
        for b in d.programmes:
            if a.id < b.id:
                pairs.append(
                    (FigureRef("overlap", programme_id=a.id, other_programme_id=b.id), d.pair(a.id, b.id))
                )
    for kind, by_status in d.proposals.items():
        pairs += [(FigureRef("proposals", kind=kind, status=st), n) for st, n in by_status.items()]
    for g in d.gaps:
        pairs += [
            (FigureRef("gap_complaints", field=g.field, service_id=g.service_id, kind="open"), g.open),
            (FigureRef("gap_complaints", field=g.field, service_id=g.service_id, kind="rejected"), g.rejected),
            (FigureRef("gap_complaints", field=g.field, service_id=g.service_id), g.total),
        ]
    for ref, n in pairs:
        listed = reports.records(db, coordinator, ref)
        assert listed.total == n == len(listed.rows), ref
    both = reports.records(
        db, coordinator,
        FigureRef("overlap", programme_id=village.programmes["PKH"], other_programme_id=village.programmes["BPNT"]),
    )
    assert both.column("kk") == ["6201020202020001"] and both.column("programmes") == ["BPNT, PKH"]
    assert both.column("members") == [3] and both.column("desil") == [2]
    alone = reports.records(db, coordinator, FigureRef("households", programme_id=village.programmes["PBI"]))
    assert sorted(str(kk or "") for kk in alone.column("kk")) == ["", "6201020202020003"]  # E has no KK


def test_dashboard_json_and_dataclass_shape(db: Database, village: Village, coordinator: Actor) -> None:
    data = dashboard.dashboard(db, coordinator).to_json()
    assert data["registry"]["households"] == 6
    assert {"a": "PKH", "b": "BPNT", "households": 1} in data["overlap"] or {
        "a": "BPNT", "b": "PKH", "households": 1
    } in data["overlap"]
    assert data["gaps"]["uncovered_low_desil"] == {"total": 2, "by_desil": {"1": 1, "2": 0, "3": 0, "4": 1}}
    assert {f.name for f in fields(dashboard.GapRow)} == {"field", "service_id", "service", "open", "rejected", "total"}
