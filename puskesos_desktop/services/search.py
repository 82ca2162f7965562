"""One search box: NIK or KK (whole or partial), receipt numbers, and names forgiving of spelling and typos.

Residents (clients of the office) and registry records (people in DTKS/DTSEN who never came) both appear,
merged by NIK. Numbers go through indexed range queries; names through an in-memory token index (portable:
plain SQL to load it, no SQLite-only feature) and rapidfuzz scoring. Until the index is built, names fall back
to an indexed prefix query, so the first keystrokes of the day never wait.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import threading
import weakref
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, Protocol

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from puskesos_desktop.core import identity
from puskesos_desktop.core.text import compact, name_key
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    Household,
    Programme,
    RegistryProgramme,
    RegistryRecord,
    Resident,
    User,
)

DEFAULT_LIMIT = 50
MIN_DIGITS = 4  # fewer digits would match half the village
_RESIDENT, _REGISTRY = 0, 1

_PREFIXES = ("RESI", "RJK", "USL", "REK", "SKT")
_SEP = r"[\s/._\\\-]*"
_NUMBER = re.compile(
    rf"^({'|'.join(_PREFIXES)}){_SEP}(\d{{10}}){_SEP}(\d{{4}}){_SEP}(\d{{2}}){_SEP}(\d{{4}})$", re.IGNORECASE
)
_BARE_RECEIPT = re.compile(r"^\d{20}$")  # a receipt scanned or typed without its RESI prefix


def canonical_number(text: str, default_prefix: str | None = None) -> str | None:
    """'resi 6201022001 2026 11 0001' or 'RESI6201022001202611-0001' -> 'RESI/6201022001/2026/11/0001'.

    Scanners and hurried fingers drop slashes and change case; the number itself is what counts.
    None when the text is no document number.
    """
    raw = text.strip().replace("\u200b", "")
    m = _NUMBER.match(raw)
    if m:
        prefix, village, year, month, serial = m.groups()
        return f"{prefix.upper()}/{village}/{year}/{month}/{serial}"
    digits = identity.normalise_number(raw)
    if default_prefix and _BARE_RECEIPT.match(digits):
        return f"{default_prefix}/{digits[:10]}/{digits[10:14]}/{digits[14:16]}/{digits[16:]}"
    return None


def receipt_number(text: str) -> str | None:
    """The receipt number typed or scanned into the search box, or None."""
    number = canonical_number(text, default_prefix="RESI")
    return number if number and number.startswith("RESI/") else None


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "resident" (a client), "registry" (in DTKS/DTSEN, not yet a client), "complaint" (receipt number)
    name: str
    nik: str | None
    kk: str | None
    address: str
    rt: str
    rw: str
    sex: str
    birth_date: dt.date | None
    resident_id: int | None
    registry_record_id: int | None
    in_registry: bool
    is_client: bool
    desil: int | None
    registry_id: str
    programmes: tuple[str, ...]
    score: float
    matched: str  # "resi", "nik", "kk", "nama"
    facilitator: str = ""  # the facilitator who registered the person in the field
    complaint_number: str | None = None
    complaint_status: str | None = None

    @property
    def rt_rw(self) -> str:
        return f"{self.rt or '-'}/{self.rw or '-'}" if (self.rt or self.rw) else ""

    @property
    def registry_label(self) -> str:
        if not self.in_registry:
            return "Tidak terdaftar"
        return f"DTKS/DTSEN desil {self.desil}" if self.desil is not None else "DTKS/DTSEN"

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["programmes"] = list(self.programmes)
        data["score"] = round(self.score, 1)
        return data


# --- the name index ---------------------------------------------------------------------------------------------


class NameSource(Protocol):
    """Where name candidates come from: (kind, id, score 0–100), best first."""

    def find(self, db: Database, key: str, limit: int) -> list[tuple[int, int, float]]: ...


class SqlPrefixSource:
    """Plain SQL on the indexed name_key: names starting with what was typed. Any database, no warm-up."""

    def find(self, db: Database, key: str, limit: int) -> list[tuple[int, int, float]]:
        if not key:
            return []
        hi = key + "\uffff"
        out: list[tuple[int, int, float]] = []
        with db.read() as s:
            for rid, rkey in s.execute(
                select(Resident.id, Resident.name_key)
                .where(Resident.name_key >= key, Resident.name_key < hi)
                .order_by(Resident.name_key)
                .limit(limit)
            ):
                out.append((_RESIDENT, rid, _final_score(key, rkey)))
            for gid, gkey in s.execute(
                select(RegistryRecord.id, RegistryRecord.name_key)
                .where(RegistryRecord.name_key >= key, RegistryRecord.name_key < hi, RegistryRecord.active.is_(True))
                .order_by(RegistryRecord.name_key)
                .limit(limit)
            ):
                out.append((_REGISTRY, gid, _final_score(key, gkey)))
        out.sort(key=lambda t: -t[2])
        return out[:limit]


def _terms(key: str) -> set[str]:
    """Tokens of a name key, plus each pair of neighbours joined ('nur aini' -> 'nuraini') for missing spaces."""
    tokens = key.split()
    terms = set(tokens)
    terms.update(a + b for a, b in zip(tokens, tokens[1:], strict=False))
    return terms


def _final_score(query: str, key: str) -> float:
    """0–100: the words typed, in any order and with typos, and how close the whole names are."""
    if not key:
        return 0.0
    q_tokens = query.split()
    k_tokens = key.split()
    # Still typing: a last word that starts a word of the name counts as that word.
    if q_tokens and len(q_tokens[-1]) >= 2 and q_tokens[-1] not in k_tokens:
        for tok in k_tokens:
            if tok.startswith(q_tokens[-1]):
                q_tokens = q_tokens[:-1] + [tok]
                break
    q = " ".join(q_tokens)
    words = fuzz.token_set_ratio(q, key) * 0.85 + fuzz.ratio(q, key) * 0.15
    spaced = fuzz.ratio(compact(q), compact(key))
    return float(max(words, spaced))


class MemoryNameIndex:
    """Every name key in memory with a token -> entries index; refreshed from the database when it changed.

    Stale postings are harmless: candidates are always scored against their current key, and the rows shown
    are read back from the database.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.ready = False
        self.keys: list[str] = []
        self.compacts: list[str] = []
        self.kinds = array("b")
        self.ids = array("i")
        self.pos: tuple[dict[int, int], dict[int, int]] = ({}, {})
        self.postings: dict[str, array[int]] = {}
        self.vocab: list[str] = []  # sorted single tokens (pairs excluded), for prefix and fuzzy look-ups
        self._single: set[str] = set()
        self._vocab_dirty = False
        self.version: tuple[Any, ...] | None = None

    # -- loading --

    @staticmethod
    def _version(s: Session) -> tuple[Any, ...]:
        # Separate scalar subqueries: SQLite answers a lone max() from the index without scanning.
        row = s.execute(
            select(
                select(func.max(Resident.id)).scalar_subquery(),
                select(func.max(Resident.updated_at)).scalar_subquery(),
                select(func.max(RegistryRecord.id)).scalar_subquery(),
                select(func.max(RegistryRecord.updated_at)).scalar_subquery(),
            )
        ).one()
        return tuple(row)

    def refresh(self, db: Database) -> None:
        """Load everything the first time; afterwards only rows added or changed since the last look."""
        with self.lock:
            with db.read() as s:
                version = self._version(s)
                if version == self.version:
                    return
                if self.version is None:
                    self._load(s, None)
                else:
                    self._load(s, self.version)
                self.version = version
            if self._vocab_dirty:
                self.vocab = sorted(self._single)
                self._vocab_dirty = False
            self.ready = True

    def _load(self, s: Session, since: tuple[Any, ...] | None) -> None:
        res_q = select(Resident.id, Resident.name_key, Resident.name)
        reg_q = select(RegistryRecord.id, RegistryRecord.name_key, RegistryRecord.name, RegistryRecord.active)
        if since is None:
            batches: Iterable[Any] = [
                (_RESIDENT, s.execute(res_q)),
                (_REGISTRY, s.execute(reg_q.where(RegistryRecord.active.is_(True)))),
            ]
        else:
            max_res, upd_res, max_reg, upd_reg = since
            res_filter = [Resident.id > (max_res or 0)]
            reg_filter = [RegistryRecord.id > (max_reg or 0)]
            if upd_res is not None:
                res_filter.append(Resident.updated_at >= upd_res)
            if upd_reg is not None:
                reg_filter.append(RegistryRecord.updated_at >= upd_reg)
            batches = [
                (_RESIDENT, s.execute(res_q.where(or_(*res_filter)))),
                (_REGISTRY, s.execute(reg_q.where(or_(*reg_filter)))),
            ]
        for kind, rows in batches:
            for row in rows:
                key = row[1] or name_key(row[2] or "")
                if kind == _REGISTRY and not row[3]:
                    key = ""  # left the extract: keep the slot, match nothing
                self._put(kind, row[0], key)

    def _put(self, kind: int, ident: int, key: str) -> None:
        where = self.pos[kind]
        i = where.get(ident)
        old_terms: set[str] = set()
        if i is None:
            i = len(self.keys)
            where[ident] = i
            self.keys.append(key)
            self.compacts.append(compact(key))
            self.kinds.append(kind)
            self.ids.append(ident)
        else:
            if self.keys[i] == key:
                return
            old_terms = _terms(self.keys[i])
            self.keys[i] = key
            self.compacts[i] = compact(key)
        for tok in key.split():
            if tok not in self._single:
                self._single.add(tok)
                self._vocab_dirty = True
        for term in _terms(key) - old_terms:
            posting = self.postings.get(term)
            if posting is None:
                posting = self.postings[term] = array("i")
            posting.append(i)

    # -- querying --

    def _similar_terms(self, token: str, last: bool) -> set[str]:
        found: set[str] = set()
        if token in self.postings:
            found.add(token)
        if last and len(token) >= 2:
            # Still typing the last word: every word it begins (capped; short prefixes are vague anyway).
            start = bisect.bisect_left(self.vocab, token)
            for word in self.vocab[start : start + 300]:
                if not word.startswith(token):
                    break
                found.add(word)
        if len(token) >= 4:
            cutoff = 80 if len(token) >= 6 else 75
            for word, _score, _i in process.extract(
                token, self.vocab, scorer=fuzz.ratio, score_cutoff=cutoff, limit=25
            ):
                found.add(word)
        return found

    def find(self, db: Database, key: str, limit: int) -> list[tuple[int, int, float]]:
        self.refresh(db)
        with self.lock:
            return self._find(key, limit)

    def _find(self, key: str, limit: int) -> list[tuple[int, int, float]]:
        tokens = key.split()
        if not tokens:
            return []
        counts: dict[int, int] = {}
        for n, tok in enumerate(tokens):
            matched: set[int] = set()
            for term in self._similar_terms(tok, last=n == len(tokens) - 1):
                matched.update(self.postings[term])
            for i in matched:
                counts[i] = counts.get(i, 0) + 1
        # Neighbouring words typed without the space between them in the name, or the other way round.
        for term in (a + b for a, b in zip(tokens, tokens[1:], strict=False)):
            for i in self.postings.get(term, ()):
                counts[i] = counts.get(i, 0) + len(tokens)
        candidates: list[int]
        if counts:
            best = max(counts.values())
            floor = max(1, best - 1) if len(tokens) > 2 else best
            candidates = [i for i, c in counts.items() if c >= floor]
        else:
            candidates = []
        scored = self._score(key, candidates, limit)
        if len(scored) < min(limit, 5):
            # Nothing shares a word: compare whole names without spaces over everyone (a few tens of ms).
            seen = {i for i, _ in scored}
            for _c, score, i in process.extract(
                compact(key), self.compacts, scorer=fuzz.ratio, score_cutoff=72, limit=limit
            ):
                if i not in seen and self.keys[i]:
                    scored.append((i, _final_score(key, self.keys[i])))
            scored.sort(key=lambda t: -t[1])
        return [(self.kinds[i], self.ids[i], score) for i, score in scored[:limit]]

    def _score(self, key: str, candidates: Sequence[int], limit: int) -> list[tuple[int, float]]:
        if not candidates:
            return []
        keys = [self.keys[i] for i in candidates]
        shortlist: set[int] = set()
        # Two cheap passes in C pick a shortlist; the exact score is computed for the shortlist only.
        for _k, _s, j in process.extract(key, keys, scorer=fuzz.token_set_ratio, score_cutoff=55, limit=limit * 4):
            shortlist.add(j)
        ckeys = [self.compacts[i] for i in candidates]
        for _k, _s, j in process.extract(compact(key), ckeys, scorer=fuzz.ratio, score_cutoff=70, limit=limit * 2):
            shortlist.add(j)
        out = [(candidates[j], _final_score(key, keys[j])) for j in shortlist]
        out = [t for t in out if t[1] >= 60]
        out.sort(key=lambda t: -t[1])
        return out


_INDEXES: weakref.WeakKeyDictionary[Database, MemoryNameIndex] = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.Lock()


def name_index(db: Database) -> MemoryNameIndex:
    with _INDEXES_LOCK:
        index = _INDEXES.get(db)
        if index is None:
            index = _INDEXES[db] = MemoryNameIndex()
        return index


def warm_up(db: Database) -> None:
    """Build the name index now (call it off the UI thread at start-up)."""
    name_index(db).refresh(db)


# --- searching -----------------------------------------------------------------------------------------------


def search(db: Database, text: str, limit: int = DEFAULT_LIMIT, *, wait: bool = True) -> list[SearchHit]:
    """Everything that matches what was typed, best first.

    `wait=False`: if the name index is still being built (by another thread), answer from the SQL prefix source.
    """
    text = (text or "").strip()
    if not text:
        return []
    number = receipt_number(text)
    if number is not None:
        return _receipt_hits(db, number)
    digits = identity.normalise_number(text)
    if digits.isdigit() and digits.isascii():
        return _number_hits(db, digits, limit) if len(digits) >= MIN_DIGITS else []
    key = name_key(text)
    if len(compact(key)) < 2:
        return []
    index = name_index(db)
    source: NameSource = index
    if not index.ready and not wait and index.lock.locked():
        source = SqlPrefixSource()
    found = source.find(db, key, limit)
    scored: dict[tuple[int, int], tuple[float, str]] = {(k, i): (score, "nama") for k, i, score in found}
    return _assemble(db, scored, limit)


def _receipt_hits(db: Database, number: str) -> list[SearchHit]:
    with db.read() as s:
        row = s.execute(
            select(Complaint.number, Complaint.status, Complaint.resident_id).where(Complaint.number == number)
        ).first()
    if row is None:
        return []
    hits = _assemble(db, {(_RESIDENT, row.resident_id): (100.0, "resi")}, 1)
    return [replace(h, kind="complaint", complaint_number=row.number, complaint_status=row.status) for h in hits]


def _number_hits(db: Database, digits: str, limit: int) -> list[SearchHit]:
    """NIK and KK by prefix (indexed range); when no number starts so, the digits anywhere in a number."""
    hi = digits + ":"  # ':' sorts right after '9'
    scored: dict[tuple[int, int], tuple[float, str]] = {}

    def score(value: str | None) -> float:
        return 100.0 if value == digits else 90.0 + 10.0 * len(digits) / 16

    def put(kind: int, ident: int, value: str | None, what: str) -> None:
        new = (score(value), what)
        old = scored.get((kind, ident))
        if old is None or old[0] < new[0]:
            scored[(kind, ident)] = new

    with db.read() as s:
        for rid, nik in s.execute(
            select(Resident.id, Resident.nik).where(Resident.nik >= digits, Resident.nik < hi).limit(limit)
        ):
            put(_RESIDENT, rid, nik, "nik")
        for rid, kk in s.execute(
            select(Resident.id, Household.kk)
            .join(Household, Household.id == Resident.household_id)
            .where(Household.kk >= digits, Household.kk < hi)
            .limit(limit)
        ):
            put(_RESIDENT, rid, kk, "kk")
        active = RegistryRecord.active.is_(True)
        for gid, nik in s.execute(
            select(RegistryRecord.id, RegistryRecord.nik)
            .where(RegistryRecord.nik >= digits, RegistryRecord.nik < hi, active)
            .limit(limit)
        ):
            put(_REGISTRY, gid, nik, "nik")
        for gid, kk in s.execute(
            select(RegistryRecord.id, RegistryRecord.kk)
            .where(RegistryRecord.kk >= digits, RegistryRecord.kk < hi, active)
            .limit(limit)
        ):
            put(_REGISTRY, gid, kk, "kk")
        if not scored and len(digits) >= 6:
            # Someone read out the middle or the end of a number: a scan, still well under the typing pace.
            like = f"%{digits}%"
            for rid, nik in s.execute(select(Resident.id, Resident.nik).where(Resident.nik.like(like)).limit(limit)):
                scored[(_RESIDENT, rid)] = (80.0, "nik")
            for gid, nik in s.execute(
                select(RegistryRecord.id, RegistryRecord.nik).where(RegistryRecord.nik.like(like), active).limit(limit)
            ):
                scored[(_REGISTRY, gid)] = (80.0, "nik")
    return _assemble(db, scored, limit)


def _assemble(db: Database, scored: dict[tuple[int, int], tuple[float, str]], limit: int) -> list[SearchHit]:
    """Read the rows behind the scored references and merge residents with registry records by NIK."""
    res_ids = [i for (k, i) in scored if k == _RESIDENT]
    reg_ids = [i for (k, i) in scored if k == _REGISTRY]
    with db.read() as s:
        residents: dict[int, Any] = {}
        if res_ids:
            for row in s.execute(
                select(Resident, Household.kk, User.full_name)
                .outerjoin(Household, Household.id == Resident.household_id)
                .outerjoin(User, User.id == Resident.facilitator_id)
                .where(Resident.id.in_(res_ids))
            ):
                residents[row[0].id] = row
        records: dict[int, RegistryRecord] = {}
        if reg_ids:
            for rec in s.execute(
                select(RegistryRecord).where(RegistryRecord.id.in_(reg_ids), RegistryRecord.active.is_(True))
            ).scalars():
                records[rec.id] = rec
        # Registry rows of the residents found, and residents behind the registry rows found.
        res_niks = [row[0].nik for row in residents.values() if row[0].nik]
        by_nik: dict[str, RegistryRecord] = {r.nik: r for r in records.values()}
        missing = [n for n in res_niks if n not in by_nik]
        if missing:
            for rec in s.execute(
                select(RegistryRecord).where(RegistryRecord.nik.in_(missing), RegistryRecord.active.is_(True))
            ).scalars():
                by_nik[rec.nik] = rec
        reg_niks = [r.nik for r in records.values()]
        client_by_nik: dict[str, Any] = {row[0].nik: row for row in residents.values() if row[0].nik}
        absent = [n for n in reg_niks if n not in client_by_nik]
        if absent:
            for row in s.execute(
                select(Resident, Household.kk, User.full_name)
                .outerjoin(Household, Household.id == Resident.household_id)
                .outerjoin(User, User.id == Resident.facilitator_id)
                .where(Resident.nik.in_(absent))
            ):
                client_by_nik[row[0].nik] = row
        programmes = _programmes(s, [r.id for r in by_nik.values()])

    hits: dict[str, SearchHit] = {}  # one per person: NIK, or the resident id for people without one
    for (kind, ident), (score, what) in scored.items():
        if kind == _RESIDENT:
            row = residents.get(ident)
            if row is None:
                continue
            rec = by_nik.get(row[0].nik) if row[0].nik else None
            hit = _resident_hit(row, rec, programmes, score, what)
        else:
            rec = records.get(ident)
            if rec is None:
                continue
            client = client_by_nik.get(rec.nik)
            if client is not None:
                hit = _resident_hit(client, rec, programmes, score, what)
            else:
                hit = _registry_hit(rec, programmes, score, what)
        ident_key = hit.nik or f"warga:{hit.resident_id}"
        old = hits.get(ident_key)
        if old is None or old.score < hit.score:
            hits[ident_key] = hit
    ordered = sorted(hits.values(), key=lambda h: (-h.score, not h.is_client, h.name))
    return ordered[:limit]


def _programmes(s: Session, record_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not record_ids:
        return {}
    out: dict[int, list[str]] = {}
    for rid, code in s.execute(
        select(RegistryProgramme.record_id, Programme.code)
        .join(Programme, Programme.id == RegistryProgramme.programme_id)
        .where(RegistryProgramme.record_id.in_(record_ids))
        .order_by(Programme.code)
    ):
        out.setdefault(rid, []).append(code)
    return {k: tuple(v) for k, v in out.items()}


def _resident_hit(
    row: Any, rec: RegistryRecord | None, programmes: dict[int, tuple[str, ...]], score: float, what: str
) -> SearchHit:
    r: Resident = row[0]
    return SearchHit(
        kind="resident",
        name=r.name,
        nik=r.nik,
        kk=row[1],
        address=r.address or (rec.address if rec else ""),
        rt=r.rt or (rec.rt if rec else ""),
        rw=r.rw or (rec.rw if rec else ""),
        sex=r.sex,
        birth_date=r.birth_date,
        resident_id=r.id,
        registry_record_id=rec.id if rec else None,
        in_registry=rec is not None,
        is_client=True,
        desil=rec.desil if rec else None,
        registry_id=rec.registry_id if rec else "",
        programmes=programmes.get(rec.id, ()) if rec else (),
        score=score,
        matched=what,
        facilitator=row[2] or "",
    )


def _registry_hit(rec: RegistryRecord, programmes: dict[int, tuple[str, ...]], score: float, what: str) -> SearchHit:
    return SearchHit(
        kind="registry",
        name=rec.name,
        nik=rec.nik,
        kk=rec.kk or None,
        address=rec.address,
        rt=rec.rt,
        rw=rec.rw,
        sex=rec.sex,
        birth_date=rec.birth_date,
        resident_id=None,
        registry_record_id=rec.id,
        in_registry=True,
        is_client=False,
        desil=rec.desil,
        registry_id=rec.registry_id,
        programmes=programmes.get(rec.id, ()),
        score=score,
        matched=what,
    )
