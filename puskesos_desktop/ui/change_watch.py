"""Changes made on another PC or in another window refresh this window's views within a moment (issue 15 §5).

- PostgreSQL: ``Database.write()`` ends every transaction with ``pg_notify`` naming its change topics and the
  writing Database (db/changes.py). ``PgListener`` — a plain Python thread, the one exception to "all work through
  ui/jobs.py" (docs/DEVELOPING.md) — holds a connection of its own with ``LISTEN`` and waits on its socket; a job
  would occupy one of the three workers for the life of the program. It creates and touches no QObject: it puts
  the topics in a queue and emits ``ChangeWatch.arrived``, a queued signal of an object made on the UI thread.
  Notifications from this window's own Database are ignored (its jobs announce their topics already). After a lost
  connection (a server restart) it connects again, waiting a little longer each time, and then refreshes every
  view once: what changed meanwhile is unknown. It stops within ``WAIT_S`` at exit.
- SQLite: a one-second timer on the UI thread reads ``PRAGMA data_version`` (~12 µs measured here, see
  db/changes.py), which changes when another window or the command line commits; what changed is unknown, so every
  view refreshes. This Database's own commits are told apart (``Database.commit_guards``).

Topics are gathered for ``COALESCE_MS`` before the views hear of them: a busy PC writing twenty times a second
makes each view reload a few times a second at most, not twenty.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from puskesos_desktop.db import changes
from puskesos_desktop.db.engine import Database
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.topics import Topic

log = logging.getLogger(__name__)

POLL_MS = 1_000
COALESCE_MS = 150
WAIT_S = 0.25  # the listener looks at its stop flag this often (so exit waits at most this long for it)
PING_S = 15.0  # a connection that heard nothing this long is checked (a network that died without a word)
RETRY_S = (0.5, 1.0, 2.0, 5.0)  # waits between attempts to reconnect, the last one repeated


class PgListener:
    """LISTENs on the office server in a thread of its own; hands each foreign change's topics to ``deliver``
    (called on the listener thread: it must only queue them)."""

    def __init__(self, db: Database, deliver: Callable[[frozenset[str]], None]) -> None:
        self._engine = db.engine
        self._origin = db.origin
        self._deliver = deliver
        self._stop = threading.Event()
        self.connected = threading.Event()  # set while listening (tests wait on it)
        self.backend_pid = 0  # the server process of the listening connection (tests end it to simulate a restart)
        self._thread = threading.Thread(target=self._run, name="puskesos-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout_s)

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def _connect(self) -> Any:
        """A connection of the Database's own engine (same address, password and options), taken out of its pool."""
        raw = self._engine.raw_connection()
        conn = raw.driver_connection
        raw.detach()  # ours for as long as it listens; closed by us, never handed back to the pool
        if conn is None:
            raise ConnectionError("no driver connection")
        conn.rollback()  # a pool check may have begun a transaction
        conn.autocommit = True
        conn.execute(f"LISTEN {changes.CHANNEL}")
        return conn

    def _run(self) -> None:
        failures = 0
        first = True
        while not self._stop.is_set():
            conn = None
            try:
                conn = self._connect()
                self.backend_pid = int(conn.info.backend_pid)
                if not first:
                    self._deliver(frozenset({changes.EVERYTHING}))  # what changed while away is unknown
                first = False
                failures = 0
                self.connected.set()
                self._listen(conn)
            except Exception as exc:  # noqa: BLE001 - a server away or restarting: try again in a while
                log.info("change listener: %s", type(exc).__name__)
            finally:
                self.connected.clear()
                if conn is not None:
                    try:
                        conn.close()
                    except Exception:  # noqa: BLE001 - already broken
                        pass
            if self._stop.wait(RETRY_S[min(failures, len(RETRY_S) - 1)]):
                break
            failures += 1

    def _listen(self, conn: Any) -> None:
        quiet = 0.0
        while not self._stop.is_set():
            heard = False
            for note in conn.notifies(timeout=WAIT_S):
                heard = True
                origin, topics = changes.parse(note.payload)
                if origin != self._origin and topics:
                    self._deliver(topics)
            quiet = 0.0 if heard else quiet + WAIT_S
            if quiet >= PING_S:
                conn.execute("SELECT 1")  # raises on a connection that is gone
                quiet = 0.0


class _State:
    """What the listener thread and the UI thread share, and what must end with the watch. A plain object: the
    ``destroyed`` handler holds this, never the QObject."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.lock = threading.Lock()
        self.stopped = False
        self.inbox: deque[frozenset[str]] = deque()  # filled by the listener thread, emptied on the UI thread
        self.listener: PgListener | None = None
        self.counter: changes.SqliteChangeCounter | None = None

    def stop(self) -> None:
        with self.lock:  # _post holds it while it emits: once this returns, nothing more is emitted
            if self.stopped:
                return
            self.stopped = True
        if self.listener is not None:
            self.listener.stop()
        if self.counter is not None:
            guard = self.counter.own_commit
            if guard in self.db.commit_guards:
                self.db.commit_guards.remove(guard)
            self.counter.close()


class ChangeWatch(QObject):
    """Refreshes the views of ``ctx`` (AppContext.changed) when another PC or window changes the data."""

    arrived = Signal()  # emitted by the listener thread; queued to this object's (the UI) thread

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._state = state = _State(ctx.db)
        self._pending: set[str] = set()
        self.arrived.connect(self._take, Qt.ConnectionType.QueuedConnection)
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(COALESCE_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._poll_timer: QTimer | None = None
        db = ctx.db
        if db.is_postgresql:
            state.listener = PgListener(db, self._post)
            state.listener.start()
        elif db.is_sqlite and db.path is not None and db.path.exists():
            try:
                state.counter = changes.SqliteChangeCounter(db.path)
            except sqlite3.Error:
                log.info("change counter unavailable for %s", db.path)
            else:
                db.commit_guards.append(state.counter.own_commit)
                self._poll_timer = QTimer(self)
                self._poll_timer.setInterval(POLL_MS)
                self._poll_timer.timeout.connect(self.poll)
                self._poll_timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        # Deleted with its window: the thread and the counter's connection end too.
        self.destroyed.connect(state.stop)

    @property
    def listener(self) -> PgListener | None:
        return self._state.listener

    @property
    def counter(self) -> changes.SqliteChangeCounter | None:
        return self._state.counter

    # --- the listener thread's side -----------------------------------------------------------------------------

    def _post(self, topics: frozenset[str]) -> None:
        state = self._state
        with state.lock:
            if state.stopped:
                return
            wake = not state.inbox
            state.inbox.append(topics)
            if wake:
                self.arrived.emit()

    # --- the UI thread's side -------------------------------------------------------------------------------------

    def poll(self) -> None:
        """SQLite: did another window or the command line commit since the last tick?"""
        counter = self._state.counter
        if counter is None or self._state.stopped:
            return
        try:
            foreign = counter.poll()
        except sqlite3.Error:
            return  # the file is away for a moment (a restore): look again at the next tick
        if foreign:
            self._add(frozenset({changes.EVERYTHING}))

    def _take(self) -> None:
        state = self._state
        with state.lock:
            batches = list(state.inbox)
            state.inbox.clear()
        for topics in batches:
            self._add(topics)

    def _add(self, topics: frozenset[str]) -> None:
        self._pending.update(topics)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        pending, self._pending = self._pending, set()
        if self._state.stopped:
            return
        known = {t.value: t for t in Topic}
        wanted = list(Topic) if changes.EVERYTHING in pending else [known[w] for w in sorted(pending) if w in known]
        for topic in wanted:
            self.ctx.changed(topic)

    def stop(self) -> None:
        """At exit: the listener thread ends (within WAIT_S), the counter's connection closes. Idempotent."""
        if self._poll_timer is not None:
            self._poll_timer.stop()
        self._flush_timer.stop()
        self._state.stop()
