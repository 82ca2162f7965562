"""One search box: NIK or KK (whole or partial), receipt numbers, and names forgiving of spelling and typos.

Residents (clients of the office) and registry records (people in DTKS/DTSEN who never came) both appear,
merged by NIK. Numbers go through indexed range queries; names through an in-memory token index (portable:
plain SQL to load it, no SQLite-only feature) and rapidfuzz scoring. Until the index is built, names fall back
to an indexed prefix query, so the first keystrokes of the day never wait.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
import struct
import sys
import threading
import weakref
from array import array
from collections import namedtuple
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol, Union

from rapidfuzz import fuzz, process
from sqlalchemy import bindparam, func, literal, or_, select, true, union_all
from sqlalchemy.engine import Connection

from puskesos_desktop.core import identity
from puskesos_desktop.core.text import NameKeys, compact, name_key, written_differs, written_key
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    Household,
    Programme,
    RegistryImport,
    RegistryProgramme,
    RegistryRecord,
    Resident,
    ResidentRevision,
    User,
)
from puskesos_desktop.services import privacy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import hits
from puskesos_desktop.services.people.hits import (
    _date,
    _registry_hit,
    _RegRow,
    _resident_hit,
    _ResRow,
)
from puskesos_desktop.services.registry import desil, standing

if TYPE_CHECKING:
    from puskesos_desktop.db.readers import PgConnection

    # What the search reads through: an SQLAlchemy connection of Database.reading() (SQLite: its sqlite3 connection
    # answers the hot path's statements), or on PostgreSQL this thread's bare psycopg reader (db/readers.py).
    Link = Union[Connection, PgConnection]  # noqa: UP007 - evaluated at run time by no one

SearchHit = hits.SearchHit  # where every caller knows it
DEFAULT_LIMIT = hits.DEFAULT_LIMIT
MIN_DIGITS = 4  # fewer digits would match half the village
NIK_DIGITS = hits.NIK_DIGITS
_RESIDENT, _REGISTRY = 0, 1
_KINDS = frozenset((_RESIDENT, _REGISTRY))
# Which parts of the name index's version (max id, max updated_at, then the revision and import counters) belong to
# which table: a refresh reads again only the table whose part moved.
_VERSION_PARTS = {_RESIDENT: (0, 1, 4), _REGISTRY: (2, 3, 5)}


def _changed_kinds(old: tuple[Any, ...] | None, new: tuple[Any, ...]) -> frozenset[int]:
    """A new resident must not reread the registry: an extract's rows share its import's updated_at, so "since the
    last change" (updated_at >= the old max) is every one of them — 100,000 names through Python on a worker, whose
    hold on the GIL stalled the window (issue 12 on PostgreSQL)."""
    if old is None:
        return _KINDS
    return frozenset(kind for kind, parts in _VERSION_PARTS.items() if any(old[i] != new[i] for i in parts))


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


# --- the name index ---------------------------------------------------------------------------------------------

# --- the name index ---------------------------------------------------------------------------------------------

Ref = tuple[int, int, float]  # (kind, id, score 0–100)


class NameSource(Protocol):
    """Where name candidates come from, best first. Runs inside the caller's read session."""

    def find(self, c: Link, key: str, limit: int, written: str = "") -> list[Ref]: ...


class SqlPrefixSource:
    """Plain SQL on the indexed name_key: names starting with what was typed. Any database, no warm-up."""

    def find(self, c: Link, key: str, limit: int, written: str = "") -> list[Ref]:
        if not key:
            return []
        hi = key + "\uffff"
        out: list[Ref] = []
        if not isinstance(c, Connection):
            params = {"lo": key, "hi": hi, "limit": limit}
            for kind, ident, rkey in c.execute(_PG_SQL["name_prefix"], params, prepare=True):
                out.append((kind, ident, final_score(key, rkey)))
            out.sort(key=lambda t: -t[2])
            return out[:limit]
        for rid, rkey in c.execute(
            select(Resident.id, Resident.name_key)
            .where(Resident.name_key >= key, Resident.name_key < hi)
            .order_by(Resident.name_key, Resident.id)
            .limit(limit)
        ):
            out.append((_RESIDENT, rid, final_score(key, rkey)))
        for gid, gkey in c.execute(
            select(RegistryRecord.id, RegistryRecord.name_key)
            .where(RegistryRecord.name_key >= key, RegistryRecord.name_key < hi, RegistryRecord.active.is_(True))
            .order_by(RegistryRecord.name_key, RegistryRecord.id)
            .limit(limit)
        ):
            out.append((_REGISTRY, gid, final_score(key, gkey)))
        out.sort(key=lambda t: -t[2])
        return out[:limit]


def _terms(key: str) -> set[str]:
    """Tokens of a name key, plus each pair of neighbours joined ('nur aini' -> 'nuraini') for missing spaces."""
    tokens = key.split()
    terms = set(tokens)
    terms.update(a + b for a, b in zip(tokens, tokens[1:], strict=False))
    return terms


def final_score(query: str, key: str) -> float:
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


class _Slots:
    """id -> entry number, for ids that are dense (autoincrement keys): 4 bytes an id, not a dict's ~100."""

    def __init__(self) -> None:
        self.slots = array("i")

    def get(self, ident: int) -> int | None:
        if 0 <= ident < len(self.slots):
            found = self.slots[ident]
            return found if found >= 0 else None
        return None

    def __setitem__(self, ident: int, entry: int) -> None:
        if ident >= len(self.slots):
            self.slots.extend([-1] * (max(ident + 1, len(self.slots) * 5 // 4) - len(self.slots)))
        self.slots[ident] = entry


_pack_entry = struct.Struct("i").pack  # one entry number as a C int, as memoryview.cast("i") reads it back


def _entries_of(posting: bytearray) -> memoryview:
    """A posting's entry numbers (read while the index's lock is held: a bytearray seen through a memoryview
    cannot grow)."""
    return memoryview(posting).cast("i")


class MemoryNameIndex:
    """Every name key in memory with a term -> entries index; refreshed from the database when it changed.

    Stale postings are harmless: candidates are always scored against their current key, and the rows shown
    are read back from the database.
    """

    GOOD = 75.0  # a candidate this close makes the slow whole-list comparison unnecessary

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.ready = False
        self.keys: list[str] = []
        self.compacts: list[str] = []
        # The name nearly as written (core.text.written_key) where it differs from its key ("" elsewhere: one shared
        # object), and its compact form for the whole-name comparison: a typo is compared with both forms.
        self.written: list[str] = []
        self.written_compacts: dict[int, str] = {}
        self.kinds = array("b")
        self.ids = array("i")
        self.pos: tuple[_Slots, _Slots] = (_Slots(), _Slots())
        # term -> entry numbers, packed C ints in a bytearray: an array per term (~90,000 at district scale) is an
        # object the garbage collector tracks, and while the index was built every collection on the window's thread
        # walked them all (40-70 ms CPU a collection, issue 12); a bytearray is not tracked.
        self.postings: dict[str, bytearray] = {}
        self.vocab: list[str] = []  # sorted single words, for prefix and fuzzy look-ups
        self._single: set[str] = set()
        self._vocab_dirty = False
        self.version: tuple[Any, ...] | None = None

    # -- loading --

    def refresh(self, c: Link) -> None:
        """Load everything the first time; afterwards only rows added or changed since the last look."""
        with self.lock:
            # Separate scalar subqueries: SQLite answers a lone max() from the index without scanning.
            if isinstance(c, Connection):
                version = tuple(c.execute(_Q.version).one())
            else:
                found = c.execute(_PG_SQL["version"], prepare=True).fetchone()
                assert found is not None
                version = tuple(found)
            if version == self.version:
                return
            self._load(c, self.version, _changed_kinds(self.version, version))
            self.version = version
            if self._vocab_dirty:
                self.vocab = sorted(self._single)
                self._vocab_dirty = False
            self.ready = True

    def _load(self, c: Link, since: tuple[Any, ...] | None, kinds: frozenset[int] = _KINDS) -> None:
        if not isinstance(c, Connection):
            self._load_pg(c, since, kinds)
            return
        res_q = select(Resident.id, Resident.name_key, Resident.name, true())
        reg_q = select(RegistryRecord.id, RegistryRecord.name_key, RegistryRecord.name, RegistryRecord.active)
        if since is None:
            res_q2, reg_q2 = res_q, reg_q.where(RegistryRecord.active.is_(True))
        else:
            # Residents since the last look: new ids, rows stamped later than the newest seen, rows edited since
            # (their revisions: an edit in the instant of the newest stamp, as under a test's frozen clock). Not
            # "stamped at or after the newest seen": a village registered in one import shares one stamp, so one new
            # resident made the index reread all 200,000 on a worker (issue 15 §10: the window stalled meanwhile).
            max_res, upd_res, max_reg, upd_reg, max_rev = since[:5]
            res_filter = [Resident.id > (max_res or 0), Resident.id.in_(_revised_since(max_rev or 0))]
            reg_filter = [RegistryRecord.id > (max_reg or 0)]
            if upd_res is not None:
                res_filter.append(Resident.updated_at > upd_res)
            if upd_reg is not None:
                reg_filter.append(RegistryRecord.updated_at >= upd_reg)
            res_q2, reg_q2 = res_q.where(or_(*res_filter)), reg_q.where(or_(*reg_filter))
        written = NameKeys(written=True)
        for kind, query in ((_RESIDENT, res_q2), (_REGISTRY, reg_q2)):
            if kind not in kinds:
                continue
            for ident, key, name, active in c.execute(query):
                # A record that left the extract keeps its slot and matches nothing.
                if active:
                    name = name or ""
                    self._put(kind, ident, key or name_key(name), written(name) if written_differs(name) else "")
                else:
                    self._put(kind, ident, "", "")

    def _load_pg(self, c: PgConnection, since: tuple[Any, ...] | None, kinds: frozenset[int] = _KINDS) -> None:
        """`_load` on the bare psycopg reader: the same rows, the same filters."""
        queries: list[tuple[int, str, dict[str, Any]]]
        if since is None:
            queries = [(_RESIDENT, _PG_SQL["names_res"], {}), (_REGISTRY, _PG_SQL["names_reg"], {})]
        else:
            max_res, upd_res, max_reg, upd_reg, max_rev = since[:5]
            queries = [
                (_RESIDENT, _PG_SQL["names_res_since"], {"id": max_res or 0, "at": upd_res, "rev": max_rev or 0}),
                (_REGISTRY, _PG_SQL["names_reg_since"], {"id": max_reg or 0, "at": upd_reg}),
            ]
        written = NameKeys(written=True)
        for kind, sql, params in queries:
            if kind not in kinds:
                continue
            # A server-side cursor, fetched a slice at a time: a plain execute holds all 300,000 rows in libpq's
            # buffer at once while the index is built (~35 MB more at the window's peak; the same CPU).
            with c.transaction(), c.cursor(name="puskesos_names") as cursor:
                cursor.itersize = NAMES_FETCH
                for ident, key, name, active in cursor.execute(sql, params):
                    if active:
                        name = name or ""
                        self._put(kind, ident, key or name_key(name), written(name) if written_differs(name) else "")
                    else:
                        self._put(kind, ident, "", "")

    def _put(self, kind: int, ident: int, key: str, written: str) -> None:
        where = self.pos[kind]
        i = where.get(ident)
        old_terms: set[str] = set()
        # Namesakes share one string object (300,000 names are ~120,000 different keys).
        key = sys.intern(key)
        written = sys.intern(written) if written != key else ""
        if i is None:
            i = len(self.keys)
            where[ident] = i
            self.keys.append(key)
            self.compacts.append(sys.intern(compact(key)))
            self.written.append(written)
            self.kinds.append(kind)
            self.ids.append(ident)
        else:
            if self.keys[i] == key and self.written[i] == written:
                return
            old_terms = _terms(self.keys[i]) | _terms(self.written[i])
            self.keys[i] = key
            self.compacts[i] = sys.intern(compact(key))
            self.written[i] = written
            self.written_compacts.pop(i, None)
        if written:
            self.written_compacts[i] = sys.intern(compact(written))
        for tok in (*key.split(), *written.split()):
            if tok not in self._single:
                self._single.add(tok)
                self._vocab_dirty = True
        for term in (_terms(key) | _terms(written)) - old_terms:
            posting = self.postings.get(term)
            if posting is None:
                self.postings[term] = bytearray(_pack_entry(i))
            else:
                posting += _pack_entry(i)

    # -- querying --

    def _similar_terms(self, token: str, last: bool) -> set[str]:
        found: set[str] = set()
        if token in self.postings:
            found.add(token)
        if last and len(token) >= 2:
            # Still typing the last word: the words it begins (capped; short prefixes are vague anyway).
            start = bisect.bisect_left(self.vocab, token)
            for word in self.vocab[start : start + 200]:
                if not word.startswith(token):
                    break
                found.add(word)
        if len(token) >= 4:
            cutoff = 80 if len(token) >= 6 else 75
            for word, _score, _i in process.extract(
                token, self.vocab, scorer=fuzz.ratio, score_cutoff=cutoff, limit=20
            ):
                found.add(word)
        return found

    def _entries(self, terms: Iterable[str]) -> set[int]:
        out: set[int] = set()
        for term in terms:
            out.update(_entries_of(self.postings[term]))
        return out

    def find(self, c: Link, key: str, limit: int, written: str = "") -> list[Ref]:
        self.refresh(c)
        with self.lock:
            return self.find_loaded(key, limit, written)

    def find_loaded(self, key: str, limit: int, written: str = "") -> list[Ref]:
        """Best first. ``written``: the query nearly as typed (core.text.written_key), compared as well."""
        tokens = key.split()
        if not tokens:
            return []
        as_typed = written.split() if written and written != key else []
        if len(as_typed) != len(tokens):
            as_typed = []
        last = len(tokens) - 1
        sets = []
        for n, t in enumerate(tokens):
            terms = self._similar_terms(t, last=n == last)
            if as_typed and as_typed[n] != t:
                terms |= self._similar_terms(as_typed[n], last=n == last)
            sets.append(self._entries(terms))
        # Every word matched; failing that, all but one (set operations run in C, no per-entry Python loop).
        candidates = set.intersection(*sets)
        if not candidates and len(sets) > 1:
            for skip in range(len(sets)):
                rest = sets[:skip] + sets[skip + 1 :]
                candidates |= set.intersection(*rest) if len(rest) > 1 else rest[0]
        # Neighbouring words typed without the space between them in the name ('nur aini' for 'nuraini').
        for a, b in zip(tokens, tokens[1:], strict=False):
            candidates.update(_entries_of(self.postings.get(a + b, bytearray())))
        queries = (key, " ".join(as_typed)) if as_typed else (key,)
        scored = self._score(queries, candidates, limit)
        if not scored or scored[0][1] < self.GOOD:
            # Nothing close shares a word: compare whole names without spaces over everyone (~30 ms); the forms as
            # written too, where they differ (a few percent of the names).
            seen = {i for i, _ in scored}
            found = {
                i
                for _c, _s, i in process.extract(
                    compact(key), self.compacts, scorer=fuzz.ratio, score_cutoff=72, limit=limit
                )
            }
            for q in {compact(k) for k in queries}:
                found.update(
                    i
                    for _c, _s, i in process.extract(
                        q, self.written_compacts, scorer=fuzz.ratio, score_cutoff=72, limit=limit
                    )
                )
            scored.extend((i, self._best(queries, i)) for i in found - seen if self.keys[i])
            scored.sort(key=lambda t: -t[1])
        return [(self.kinds[i], self.ids[i], score) for i, score in scored[:limit]]

    def _best(self, queries: tuple[str, ...], i: int) -> float:
        """The closest of the query's forms (key, as typed) to the name's forms (key, as written)."""
        forms = (self.keys[i], self.written[i]) if self.written[i] else (self.keys[i],)
        return max(final_score(q, f) for q in queries for f in forms)

    def _score(self, queries: tuple[str, ...], candidates: set[int], limit: int) -> list[tuple[int, float]]:
        if not candidates:
            return []
        # Two cheap passes in C pick a shortlist; the exact score is computed for the shortlist only.
        shortlist: set[int] = set()
        order = list(candidates)
        forms = [(order, [self.keys[i] for i in order], [self.compacts[i] for i in order])]
        # The names written otherwise than their keys (a few percent), found by a set operation in C.
        written = list(self.written_compacts.keys() & candidates)
        if written:
            forms.append((written, [self.written[i] for i in written], [self.written_compacts[i] for i in written]))
        for q in queries:
            for entries, names, compacts in forms:
                picked = process.extract(q, names, scorer=fuzz.token_set_ratio, score_cutoff=55, limit=limit * 3)
                shortlist.update(entries[j] for _k, _s, j in picked)
                picked = process.extract(compact(q), compacts, scorer=fuzz.ratio, score_cutoff=70, limit=limit)
                shortlist.update(entries[j] for _k, _s, j in picked)
        out = [(i, self._best(queries, i)) for i in shortlist]
        out = [t for t in out if t[1] >= 60]
        out.sort(key=lambda t: -t[1])
        return out


def _revised_since(revision: int) -> Any:
    return select(ResidentRevision.resident_id).where(ResidentRevision.id > revision)


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
    with reading(db) as c:
        name_index(db).refresh(c)


@contextmanager
def reading(db: Database) -> Iterator[Link]:
    """The search's read-only connection; the database layer owns it. On PostgreSQL this thread's bare psycopg
    reader (Database.nik_reader: no pool checkout, ping, BEGIN or ROLLBACK around the statements — the round trips
    of the queries are all a search costs); on SQLite Database.reading()."""
    if db.is_postgresql:
        raw = db.nik_reader()
        if raw is not None and not isinstance(raw, sqlite3.Connection):
            yield raw
            return
    with db.reading() as conn:
        yield conn


def release(db: Database) -> None:
    """Close the search connections and drop the name index (before a restore replaces the database file, or on
    shutdown)."""
    with _INDEXES_LOCK:
        _INDEXES.pop(db, None)
    db.release_readers()


# --- searching -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """What the window shows for a query. ``provisional``: names were answered from the SQL prefix source because
    the name index was still being built; the window asks again once ``warm_up`` has finished (a misspelt name
    finds nothing by prefix)."""

    hits: list[SearchHit]
    provisional: bool = False


@privacy.shielded
def search(
    db: Database, actor: Actor | None, text: str, limit: int = DEFAULT_LIMIT, *, wait: bool = True
) -> list[SearchHit]:
    """Everything that matches what was typed, best first.

    `wait=False` (the window): never wait for the name index another thread is building, and never build it on the
    main (UI) thread: answer from the SQL prefix source until it is ready.
    """
    return _answer(db, text, limit, wait=wait).hits


@privacy.shielded
def answer(db: Database, actor: Actor | None, text: str, limit: int = DEFAULT_LIMIT, *, wait: bool = False) -> Answer:
    """``search``, saying whether the answer is provisional (see ``Answer``). The window calls it off the UI thread."""
    return _answer(db, text, limit, wait=wait)


def _answer(db: Database, text: str, limit: int, *, wait: bool) -> Answer:
    text = (text or "").strip()
    if not text:
        return Answer([])
    if hits.is_whole_nik(text):
        # A whole NIK, the desk's commonest query: one statement on a connection of this thread's own.
        exact = _exact_nik(db, text)
        if exact is not None:
            return Answer(exact)
    number = receipt_number(text)
    digits = identity.normalise_number(text)
    is_number = digits.isdigit() and digits.isascii()
    if is_number and len(digits) < MIN_DIGITS:
        return Answer([])
    key = name_key(text)
    if number is None and not is_number and len(compact(key)) < 2:
        return Answer([])
    try:
        return _answer_on(db, text, limit, wait=wait, number=number, digits=digits if is_number else None)
    except Exception as exc:
        if not _reader_broke(db, exc):
            raise
    # The server closed this thread's reader (a restart, a restore): once more on a new connection.
    return _answer_on(db, text, limit, wait=wait, number=number, digits=digits if is_number else None)


def _reader_broke(db: Database, exc: Exception) -> bool:
    """A psycopg fault on a reader that is closed now: forget it (the next search opens another)."""
    if db.is_sqlite or type(exc).__module__.split(".")[0] != "psycopg":
        return False
    raw = db.open_nik_reader()
    if raw is None or isinstance(raw, sqlite3.Connection) or not (raw.closed or raw.broken):
        return False
    db.drop_nik_reader()
    return True


def _answer_on(db: Database, text: str, limit: int, *, wait: bool, number: str | None, digits: str | None) -> Answer:
    key = name_key(text)
    with reading(db) as c:
        if number is not None:
            return Answer(_receipt_hits(c, number))
        if digits is not None:
            return Answer(_assemble(c, _number_refs(c, digits, limit), limit))
        index = name_index(db)
        source: NameSource = index
        on_ui_thread = threading.current_thread() is threading.main_thread()
        provisional = not index.ready and not wait and (index.lock.locked() or on_ui_thread)
        if provisional:
            source = SqlPrefixSource()
        found = source.find(c, key, limit, written_key(text))
        return Answer(_assemble(c, {(k, i): (score, "nama") for k, i, score in found}, limit), provisional)


def _receipt_hits(c: Link, number: str) -> list[SearchHit]:
    rows = _run(c, "receipt", {"number": number})
    row = rows[0] if rows else None
    if row is None:
        return []
    hits = _assemble(c, {(_RESIDENT, row.resident_id): (100.0, "resi")}, 1)
    return [replace(h, kind="complaint", complaint_number=row.number, complaint_status=row.status) for h in hits]


Scored = dict[tuple[int, int], tuple[float, str]]


def _number_refs(c: Link, digits: str, limit: int) -> Scored:
    """NIK and KK by prefix (indexed range); when no number starts so, the digits anywhere in a number."""
    params = {"lo": digits, "hi": digits + ":", "limit": limit}  # ':' sorts right after '9'
    scored: Scored = {}
    for kind, what, ident, value in _run(c, "numbers", params):
        new = (100.0 if value == digits else 90.0 + 10.0 * len(digits) / 16, what)
        old = scored.get((kind, ident))
        if old is None or old[0] < new[0]:
            scored[(kind, ident)] = new
    if not scored and len(digits) >= 6:
        # Someone read out the middle or the end of a number: a scan, still well under the typing pace.
        like = {"like": f"%{digits}%", "limit": limit}
        for (rid,) in _run(c, "res_nik_like", like):
            scored[(_RESIDENT, rid)] = (80.0, "nik")
        for (gid,) in _run(c, "reg_nik_like", like):
            scored[(_REGISTRY, gid)] = (80.0, "nik")
        # KK alike: the end of a family card number read out finds the family as the end of a NIK does.
        for (rid,) in _run(c, "res_kk_like", like):
            scored.setdefault((_RESIDENT, rid), (79.0, "kk"))
        for (gid,) in _run(c, "reg_kk_like", like):
            scored.setdefault((_REGISTRY, gid), (79.0, "kk"))
    return scored


class _Statements:
    """Every statement of the hot path, built once: building a SELECT costs more than SQLite takes to run it."""

    def __init__(self) -> None:
        lo: Any = bindparam("lo")
        hi: Any = bindparam("hi")
        limit: Any = bindparam("limit")
        active = RegistryRecord.active.is_(True)
        self.receipt = select(Complaint.number, Complaint.status, Complaint.resident_id).where(
            Complaint.number == bindparam("number")
        )
        # Every LIMIT has an ORDER BY ending in the id: without one, PostgreSQL and SQLite keep different rows.
        self.res_nik = (
            select(Resident.id, Resident.nik)
            .where(Resident.nik >= lo, Resident.nik < hi)
            .order_by(Resident.nik)
            .limit(limit)
        )
        self.res_kk = (
            select(Resident.id, Household.kk)
            .join(Household, Household.id == Resident.household_id)
            .where(Household.kk >= lo, Household.kk < hi)
            .order_by(Household.kk, Resident.id)
            .limit(limit)
        )
        self.reg_nik = (
            select(RegistryRecord.id, RegistryRecord.nik)
            .where(RegistryRecord.nik >= lo, RegistryRecord.nik < hi, active)
            .order_by(RegistryRecord.nik)
            .limit(limit)
        )
        self.reg_kk = (
            select(RegistryRecord.id, RegistryRecord.kk)
            .where(RegistryRecord.kk >= lo, RegistryRecord.kk < hi, active)
            .order_by(RegistryRecord.kk, RegistryRecord.id)
            .limit(limit)
        )
        # The four range look-ups as one statement: one round trip through SQLAlchemy instead of four (a full NIK
        # is answered in about 10× the time of the bare indexed query; see docs/BENCHMARKS.md).
        self.numbers = union_all(
            *(
                select(literal(kind), literal(what), q.c[0], q.c[1])
                for kind, what, q in (
                    (_RESIDENT, "nik", self.res_nik.subquery()),
                    (_RESIDENT, "kk", self.res_kk.subquery()),
                    (_REGISTRY, "nik", self.reg_nik.subquery()),
                    (_REGISTRY, "kk", self.reg_kk.subquery()),
                )
            )
        )
        self.res_nik_like = (
            select(Resident.id).where(Resident.nik.like(bindparam("like"))).order_by(Resident.id).limit(limit)
        )
        self.reg_nik_like = (
            select(RegistryRecord.id)
            .where(RegistryRecord.nik.like(bindparam("like")), active)
            .order_by(RegistryRecord.id)
            .limit(limit)
        )
        self.res_kk_like = (
            select(Resident.id)
            .join(Household, Household.id == Resident.household_id)
            .where(Household.kk.like(bindparam("like")))
            .order_by(Resident.id)
            .limit(limit)
        )
        self.reg_kk_like = (
            select(RegistryRecord.id)
            .where(RegistryRecord.kk.like(bindparam("like")), active)
            .order_by(RegistryRecord.id)
            .limit(limit)
        )
        residents = (
            select(
                Resident.id,
                Resident.nik,
                Resident.name,
                Resident.address,
                Resident.rt,
                Resident.rw,
                Resident.sex,
                Resident.birth_date,
                Household.kk,
                User.full_name.label("facilitator"),
            )
            .outerjoin(Household, Household.id == Resident.household_id)
            .outerjoin(User, User.id == Resident.facilitator_id)
        )
        self.res_by_id = residents.where(Resident.id.in_(bindparam("ids", expanding=True)))
        self.res_by_nik = residents.where(Resident.nik.in_(bindparam("niks", expanding=True)))
        registry = select(
            RegistryRecord.id,
            RegistryRecord.nik,
            RegistryRecord.kk,
            RegistryRecord.name,
            RegistryRecord.address,
            RegistryRecord.rt,
            RegistryRecord.rw,
            RegistryRecord.sex,
            RegistryRecord.birth_date,
            RegistryRecord.registry_id,
            RegistryRecord.desil,
        ).where(active)
        self.reg_by_id = registry.where(RegistryRecord.id.in_(bindparam("ids", expanding=True)))
        self.reg_by_nik = registry.where(RegistryRecord.nik.in_(bindparam("niks", expanding=True)))
        self.programmes = (
            select(RegistryProgramme.record_id, Programme.code)
            .join(Programme, Programme.id == RegistryProgramme.programme_id)
            .where(RegistryProgramme.record_id.in_(bindparam("ids", expanding=True)))
            .order_by(Programme.code)
        )
        # Edits within the second of the last change leave max(updated_at) alone: the revision and import
        # counters (primary keys, free to read) still move.
        self.version = select(
            select(func.max(Resident.id)).scalar_subquery(),
            select(func.max(Resident.updated_at)).scalar_subquery(),
            select(func.max(RegistryRecord.id)).scalar_subquery(),
            select(func.max(RegistryRecord.updated_at)).scalar_subquery(),
            select(func.max(ResidentRevision.id)).scalar_subquery(),
            select(func.max(RegistryImport.id)).scalar_subquery(),
        )


_Q = _Statements()

# The same statements as hand-written SQL for SQLite's own driver: SQLAlchemy's execution costs ~0.08 ms a
# statement, four times what SQLite takes to answer a NIK (issue 21: a NIK within 5× the bare query). Column for
# column what _Statements selects; `_run` gives rows with the same attribute names and Python types.
_RES_COLS = (
    "SELECT residents.id, residents.nik, residents.name, residents.address, residents.rt, residents.rw, "
    "residents.sex, residents.birth_date, households.kk, users.full_name AS facilitator FROM residents "
    "LEFT OUTER JOIN households ON households.id = residents.household_id "
    "LEFT OUTER JOIN users ON users.id = residents.facilitator_id WHERE "
)
_REG_COLS = (
    "SELECT id, nik, kk, name, address, rt, rw, sex, birth_date, registry_id, desil FROM registry_records "
    "WHERE active = 1 AND "
)
_RAW_SQL: dict[str, str] = {
    "receipt": "SELECT number, status, resident_id FROM complaints WHERE number = :number",
    "numbers": (
        "SELECT 0, 'nik', id, nik FROM (SELECT id, nik FROM residents WHERE nik >= :lo AND nik < :hi LIMIT :limit) "
        "UNION ALL SELECT 0, 'kk', id, kk FROM (SELECT residents.id AS id, households.kk AS kk FROM residents "
        "JOIN households ON households.id = residents.household_id WHERE households.kk >= :lo "
        "AND households.kk < :hi LIMIT :limit) "
        "UNION ALL SELECT 1, 'nik', id, nik FROM (SELECT id, nik FROM registry_records WHERE nik >= :lo "
        "AND nik < :hi AND active = 1 LIMIT :limit) "
        "UNION ALL SELECT 1, 'kk', id, kk FROM (SELECT id, kk FROM registry_records WHERE kk >= :lo AND kk < :hi "
        "AND active = 1 LIMIT :limit)"
    ),
    "res_nik_like": "SELECT id FROM residents WHERE nik LIKE :like ORDER BY id LIMIT :limit",
    "reg_nik_like": "SELECT id FROM registry_records WHERE nik LIKE :like AND active = 1 ORDER BY id LIMIT :limit",
    "res_kk_like": (
        "SELECT residents.id FROM residents JOIN households ON households.id = residents.household_id "
        "WHERE households.kk LIKE :like ORDER BY residents.id LIMIT :limit"
    ),
    "reg_kk_like": "SELECT id FROM registry_records WHERE kk LIKE :like AND active = 1 ORDER BY id LIMIT :limit",
    "res_by_id": _RES_COLS + "residents.id IN ({})",
    "res_by_nik": _RES_COLS + "residents.nik IN ({})",
    "reg_by_id": _REG_COLS + "id IN ({})",
    "reg_by_nik": _REG_COLS + "nik IN ({})",
    "programmes": (
        "SELECT registry_programmes.record_id, programmes.code FROM registry_programmes "
        "JOIN programmes ON programmes.id = registry_programmes.programme_id "
        "WHERE registry_programmes.record_id IN ({}) ORDER BY programmes.code"
    ),
}
_IN_PARAM = {"res_by_id": "ids", "res_by_nik": "niks", "reg_by_id": "ids", "reg_by_nik": "niks", "programmes": "ids"}
_ReceiptRow = namedtuple("_ReceiptRow", "number status resident_id")  # noqa: PYI024
_ROW_TYPES: dict[str, Any] = {
    "res_by_id": _ResRow, "res_by_nik": _ResRow, "reg_by_id": _RegRow, "reg_by_nik": _RegRow, "receipt": _ReceiptRow,
}  # fmt: skip


# The same statements for psycopg on PostgreSQL (the search's bare reader), each prepared once per connection:
# column for column and row order for row order what _Statements selects (a LIMIT always under an ORDER BY ending
# in the id, as there), lists as typed arrays so that one prepared statement serves every length.
NAMES_FETCH = 5_000  # rows a round trip when the name index reads a server's names

_PG_SQL: dict[str, str] = {
    "receipt": "SELECT number, status, resident_id FROM complaints WHERE number = %(number)s",
    "numbers": (
        "SELECT 0, 'nik', id, nik FROM (SELECT id, nik FROM residents WHERE nik >= %(lo)s AND nik < %(hi)s "
        "ORDER BY nik LIMIT %(limit)s) a "
        "UNION ALL SELECT 0, 'kk', id, kk FROM (SELECT residents.id AS id, households.kk AS kk FROM residents "
        "JOIN households ON households.id = residents.household_id WHERE households.kk >= %(lo)s "
        "AND households.kk < %(hi)s ORDER BY households.kk, residents.id LIMIT %(limit)s) b "
        "UNION ALL SELECT 1, 'nik', id, nik FROM (SELECT id, nik FROM registry_records WHERE nik >= %(lo)s "
        "AND nik < %(hi)s AND active ORDER BY nik LIMIT %(limit)s) c "
        "UNION ALL SELECT 1, 'kk', id, kk FROM (SELECT id, kk FROM registry_records WHERE kk >= %(lo)s "
        "AND kk < %(hi)s AND active ORDER BY kk, id LIMIT %(limit)s) d"
    ),
    "res_nik_like": "SELECT id FROM residents WHERE nik LIKE %(like)s ORDER BY id LIMIT %(limit)s",
    "reg_nik_like": "SELECT id FROM registry_records WHERE nik LIKE %(like)s AND active ORDER BY id LIMIT %(limit)s",
    "res_kk_like": (
        "SELECT residents.id FROM residents JOIN households ON households.id = residents.household_id "
        "WHERE households.kk LIKE %(like)s ORDER BY residents.id LIMIT %(limit)s"
    ),
    "reg_kk_like": "SELECT id FROM registry_records WHERE kk LIKE %(like)s AND active ORDER BY id LIMIT %(limit)s",
    "res_by_id": _RES_COLS + "residents.id = ANY(%(ids)s::int[])",
    "res_by_nik": _RES_COLS + "residents.nik = ANY(%(niks)s::text[])",
    "reg_by_id": _REG_COLS.replace("active = 1", "active") + "id = ANY(%(ids)s::int[])",
    "reg_by_nik": _REG_COLS.replace("active = 1", "active") + "nik = ANY(%(niks)s::text[])",
    "programmes": (
        "SELECT registry_programmes.record_id, programmes.code FROM registry_programmes "
        "JOIN programmes ON programmes.id = registry_programmes.programme_id "
        "WHERE registry_programmes.record_id = ANY(%(ids)s::int[]) ORDER BY programmes.code"
    ),
    # SqlPrefixSource and the name index (MemoryNameIndex.refresh, _load).
    "name_prefix": (
        "(SELECT 0, id, name_key FROM residents WHERE name_key >= %(lo)s AND name_key < %(hi)s "
        "ORDER BY name_key, id LIMIT %(limit)s) UNION ALL (SELECT 1, id, name_key FROM registry_records "
        "WHERE name_key >= %(lo)s AND name_key < %(hi)s AND active ORDER BY name_key, id LIMIT %(limit)s)"
    ),
    "version": (
        "SELECT (SELECT max(id) FROM residents), (SELECT max(updated_at) FROM residents), "
        "(SELECT max(id) FROM registry_records), (SELECT max(updated_at) FROM registry_records), "
        "(SELECT max(id) FROM resident_revisions), (SELECT max(id) FROM registry_imports)"
    ),
    "names_res": "SELECT id, name_key, name, true FROM residents",
    "names_reg": "SELECT id, name_key, name, active FROM registry_records WHERE active",
    "names_res_since": (
        "SELECT id, name_key, name, true FROM residents WHERE id > %(id)s OR updated_at > %(at)s::timestamp"
        " OR id IN (SELECT resident_id FROM resident_revisions WHERE id > %(rev)s)"
    ),
    "names_reg_since": (
        "SELECT id, name_key, name, active FROM registry_records WHERE id > %(id)s OR updated_at >= %(at)s::timestamp"
    ),
}


def _run(c: Link, name: str, params: dict[str, Any]) -> Any:
    """Statement `name` of the hot path on the driver's own connection: sqlite3 under SQLAlchemy's on SQLite,
    the bare psycopg reader on PostgreSQL (SQLAlchemy only for another driver)."""
    if not isinstance(c, Connection):
        return _run_pg(c, name, params)
    if c.dialect.name != "sqlite":
        return c.execute(getattr(_Q, name), params).all()
    raw = c.connection.driver_connection
    assert raw is not None
    sql = _RAW_SQL[name]
    values: Any = params
    key = _IN_PARAM.get(name)
    if key is not None:
        values = list(params[key])
        sql = sql.format(", ".join("?" * len(values)))
    rows = raw.execute(sql, values).fetchall()
    make = _ROW_TYPES.get(name)
    if make is None:
        return rows
    if make is _ReceiptRow:
        return [make._make(r) for r in rows]
    # SQLite keeps dates as ISO text; SQLAlchemy's Date gave date objects.
    at = 7 if make is _ResRow else 8
    return [make._make(r[:at] + (_date(r[at]),) + r[at + 1 :]) for r in rows]


def _run_pg(c: PgConnection, name: str, params: dict[str, Any]) -> Any:
    values = {k: list(v) if k in ("ids", "niks") else v for k, v in params.items()}
    rows = c.execute(_PG_SQL[name], values, prepare=True).fetchall()
    make = _ROW_TYPES.get(name)
    return rows if make is None else [make._make(r) for r in rows]


def _exact_nik(db: Database, digits: str) -> list[SearchHit] | None:
    """The hits `_assemble(_number_refs(…))` gives for a whole NIK, or None where that path must answer (see
    hits.exact_nik; `puskesos find NIK` calls that same function)."""
    try:
        raw = db.nik_reader()
        return None if raw is None else hits.exact_nik(raw, digits)
    except Exception as exc:
        if db.is_sqlite or type(exc).__module__.split(".")[0] != "psycopg":
            raise
        # The server closed this thread's connection (a restart, a restore): the general path answers, through
        # the engine's pool that checks its connections, and the next whole NIK opens a new reader.
        db.drop_nik_reader()
        return None


def _assemble(c: Link, scored: Scored, limit: int) -> list[SearchHit]:
    """Read the rows behind the scored references and merge residents with registry records by NIK."""
    # Ties broken by kind and id, not by the order rows came back in: the same cut on every engine.
    best = sorted(scored.items(), key=lambda kv: (-kv[1][0], kv[0]))[: limit * 2]
    res_ids = [i for (k, i), _ in best if k == _RESIDENT]
    reg_ids = [i for (k, i), _ in best if k == _REGISTRY]
    residents = {r.id: r for r in _run(c, "res_by_id", {"ids": res_ids})} if res_ids else {}
    records = {r.id: r for r in _run(c, "reg_by_id", {"ids": reg_ids})} if reg_ids else {}
    # Registry rows of the residents found, and residents behind the registry rows found.
    reg_by_nik = {r.nik: r for r in records.values()}
    missing = [r.nik for r in residents.values() if r.nik and r.nik not in reg_by_nik]
    if missing:
        reg_by_nik.update((r.nik, r) for r in _run(c, "reg_by_nik", {"niks": missing}))
    client_by_nik = {r.nik: r for r in residents.values() if r.nik}
    absent = [n for n in reg_by_nik if n not in client_by_nik]
    if absent:
        client_by_nik.update((r.nik, r) for r in _run(c, "res_by_nik", {"niks": absent}))
    programmes = _programmes(c, [r.id for r in reg_by_nik.values()])

    hits: dict[str, SearchHit] = {}  # one per person: the NIK, or the resident id for people without one
    for (kind, ident), (score, what) in best:
        hit: SearchHit
        if kind == _RESIDENT:
            person = residents.get(ident)
            if person is None:
                continue
            hit = _resident_hit(person, reg_by_nik.get(person.nik) if person.nik else None, programmes, score, what)
        else:
            found = records.get(ident)
            if found is None:
                continue
            client = client_by_nik.get(found.nik)
            if client is not None:
                hit = _resident_hit(client, found, programmes, score, what)
            else:
                hit = _registry_hit(found, programmes, score, what)
        ident_key = hit.nik or f"warga:{hit.resident_id}"
        old = hits.get(ident_key)
        if old is None or old.score < hit.score:
            hits[ident_key] = hit
    ordered = sorted(hits.values(), key=lambda h: (-h.score, not h.is_client, h.name, h.nik or "", h.resident_id or 0))
    return _with_desil(c, ordered[:limit])


def _with_desil(c: Link, hits: list[SearchHit]) -> list[SearchHit]:
    """Each hit with its family's desil standing (issue 16): a few queries for the whole page of hits (one
    statement on the bare PostgreSQL reader, judged alike)."""
    families = [desil.Family(h.kk, h.registry_record_id) for h in hits]
    found = desil.standings_in(c, families) if isinstance(c, Connection) else standing.standings_pg(c, families)
    return [_with_standing(h, st) for h, st in zip(hits, found, strict=True)]


def _with_standing(hit: SearchHit, st: desil.Standing) -> SearchHit:
    if st.desil is None:
        return hit
    return replace(
        hit, desil=st.desil, desil_date=st.desil_date, eligible_programmes=st.eligible, missing_programmes=st.missing
    )


def _programmes(c: Link, record_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not record_ids:
        return {}
    out: dict[int, list[str]] = {}
    for rid, code in _run(c, "programmes", {"ids": record_ids}):
        out.setdefault(rid, []).append(code)
    return {k: tuple(v) for k, v in out.items()}
