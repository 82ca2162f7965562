"""Driving the real main window as a person would, for the GUI soak (`soak --gui`) and the benchmark's session.

A flow is a generator run from the event loop (``Script``): each ``yield`` hands back a wait (a condition, a modal
dialog of some class, a pause) and the script goes on when it is met. Buttons that open a modal dialog are pressed
through ``later`` (the next turn of the loop), so the dialog's own ``exec()`` runs as it does for a person and the
script carries on from inside it; nothing here replaces a dialog's ``exec``. A message box the flow did not expect
is noted and answered (Yes / OK), as a person would.

``Heartbeat`` measures the window's stalls: the longest gap between ticks of a 10 ms timer on the UI thread, ticks
that keep coming inside a modal dialog's own loop too.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from puskesos_desktop.core.statuses import ComplaintStatus, ReferralStatus
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.casework import complaints, referrals

TICK_MS = 10
POLL_MS = 5
WAIT_TIMEOUT_S = 30.0


class FlowFailed(Exception):
    """A flow could not go on (a wait timed out, the program refused something): not a crash."""


class Heartbeat(QObject):
    """The longest time the UI thread did not come back to its event loop (ms over the timer's own interval), and
    the UI thread's own CPU time in that longest stall (``max_cpu_ms``: on a loaded machine much of a stall can be
    waiting for a core)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.last_queued = _queued_ms()
        self.max_ms = 0.0
        self.max_cpu_ms = 0.0
        self.worst_cpu_ms = 0.0  # of the longest stall of the period that ended at the last reset
        # The longest time in a stall the UI thread was neither running nor waiting for a core (Linux: schedstat):
        # on a loaded machine wall time is mostly the wait for a core; what is left is waiting for the GIL while
        # a worker holds it — the figure that tells the engines apart whatever the load.
        self.blocked_peak_ms = 0.0
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now, cpu, queued = time.perf_counter(), time.thread_time(), _queued_ms()
        gap = (now - self.last) * 1000 - TICK_MS
        if gap > self.max_ms:
            self.max_ms, self.max_cpu_ms = gap, (cpu - self.last_cpu) * 1000
        if queued is not None and self.last_queued is not None and gap > 0:
            blocked = gap - (cpu - self.last_cpu) * 1000 - (queued - self.last_queued)
            self.blocked_peak_ms = max(self.blocked_peak_ms, blocked)
        self.last, self.last_cpu, self.last_queued = now, cpu, queued

    def reset(self) -> float:
        """The longest stall since the last reset; starts a new period."""
        self._tick()
        worst, self.max_ms = self.max_ms, 0.0
        self.worst_cpu_ms, self.max_cpu_ms = round(max(self.max_cpu_ms, 0.0), 1), 0.0
        return round(max(worst, 0.0), 1)

    def take_blocked_peak(self) -> float:
        """The longest wait for something other than a core (ms) since the last call; starts a new period."""
        self._tick()
        peak, self.blocked_peak_ms = self.blocked_peak_ms, 0.0
        return round(max(peak, 0.0), 1)

    def stop(self) -> None:
        self.timer.stop()


def _queued_ms() -> float | None:
    """How long the calling thread has waited for a core so far (ms; /proc's schedstat), None where unknown."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as fh:
            return int(fh.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return None


# --- waits ------------------------------------------------------------------------------------------------------


@dataclass
class Wait:
    check: Callable[[], Any]  # truthy: met (its value is sent back into the flow)
    what: str
    timeout_s: float = WAIT_TIMEOUT_S
    expects_box: bool = False


def until(check: Callable[[], Any], what: str, timeout_s: float = WAIT_TIMEOUT_S) -> Wait:
    return Wait(check, what, timeout_s)


def modal(cls: type[QWidget], what: str = "", timeout_s: float = WAIT_TIMEOUT_S) -> Wait:
    """Until a modal dialog of ``cls`` is on top (it is sent back to the flow)."""

    def check() -> QWidget | None:
        top = QApplication.activeModalWidget()
        return top if isinstance(top, cls) and top.isVisible() else None

    return Wait(check, what or cls.__name__, timeout_s, expects_box=issubclass(cls, QMessageBox))


def gone(widget: QWidget, what: str = "") -> Wait:
    """Until ``widget`` is closed."""
    return Wait(lambda: not _visible(widget), what or f"{type(widget).__name__} ditutup")


def pause(ms: float) -> Wait:
    end = time.perf_counter() + ms / 1000
    return Wait(lambda: time.perf_counter() >= end, f"jeda {ms} ms")


def background_idle() -> bool:
    """No background work left (ui/jobs.py)."""
    from puskesos_desktop.ui.jobs import jobs

    return jobs().is_idle()


def idle(notes: list[str] | None = None) -> Wait:
    """Until no background work is left and no dialog is open. A PDF preview that opens meanwhile (a letter after
    its receipt) is noted and closed, as a person who does not print it would."""

    def check() -> bool:
        top = QApplication.activeModalWidget()
        if isinstance(top, QDialog) and type(top).__name__ == "PdfPreviewDialog" and top.isVisible():
            if notes is not None:
                notes.append(top.windowTitle())
            top.reject()
            return False
        return top is None and background_idle()

    return Wait(check, "pekerjaan latar selesai")


def later(fn: Callable[[], object]) -> None:
    """Press something on the next turn of the loop: a modal dialog it opens runs its own loop, not the flow's."""
    QTimer.singleShot(0, fn)


def _visible(widget: QWidget) -> bool:
    try:
        return widget.isVisible()
    except RuntimeError:  # already deleted
        return False


Flow = Generator[Wait, Any, None]


class Script(QObject):
    """Runs one flow from the event loop; ``finished`` when it ends (``error`` says why it stopped early)."""

    finished = Signal()

    def __init__(self, flow: Flow, messages: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.messages = messages
        self.error: str | None = None
        self.done = False
        self.wait: Wait | None = None
        self.deadline = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._advance(None)
        if not self.done:
            self.timer.start()

    def _poll(self) -> None:
        if self.done or self.wait is None:
            return
        if not self.wait.expects_box:
            self._answer_box()
        try:
            value = self.wait.check()
        except Exception as exc:  # noqa: BLE001 - a flow's check failing ends the flow, reported
            self._end(f"{self.wait.what}: {type(exc).__name__}: {exc}")
            return
        if value:
            self._advance(value)
        elif time.monotonic() > self.deadline:
            self._end(f"menunggu terlalu lama: {self.wait.what}")

    def _answer_box(self) -> None:
        top = QApplication.activeModalWidget()
        if isinstance(top, QMessageBox) and top.isVisible():
            self.messages.append(top.text())
            button = top.button(QMessageBox.StandardButton.Yes) or top.button(QMessageBox.StandardButton.Ok)
            button = button or top.defaultButton()
            if button is not None:
                button.click()
            else:
                top.reject()

    def _advance(self, value: Any) -> None:
        self.timer.stop()  # a flow step may run a nested loop (processEvents): no re-entry meanwhile
        try:
            self.wait = self.flow.send(value)
            self.deadline = time.monotonic() + self.wait.timeout_s
        except StopIteration:
            self._end(None)
            return
        except Exception as exc:  # noqa: BLE001 - the flow's own failure, reported
            self._end(f"{type(exc).__name__}: {exc}")
            return
        self.timer.start()

    def _end(self, error: str | None) -> None:
        self.timer.stop()
        self.done = True
        self.error = error
        self.flow.close()
        if error is not None:
            # A failed flow may leave a form open whose exec() holds the caller: close them all, so the flow's
            # end reaches run_flow instead of hanging the run.
            for _ in range(20):
                top = QApplication.activeModalWidget()
                if not isinstance(top, QDialog):
                    break
                top.done(QDialog.DialogCode.Rejected)  # not reject(): a form would ask whether to discard
        self.finished.emit()


def run_flow(flow: Flow, messages: list[str]) -> str | None:
    """Run a flow to its end in a local event loop; None when it went through, else why it stopped."""
    script = Script(flow, messages)
    loop = QEventLoop()
    script.finished.connect(loop.quit)
    QTimer.singleShot(0, script.start)
    loop.exec()
    error = script.error
    script.deleteLater()
    return error


# --- printing ---------------------------------------------------------------------------------------------------


def pdf_printer(path: Path) -> QPrinter:
    """A printer that writes a PDF file: the "PDF printer" of an office without a real one."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def print_preview(preview: QDialog, path: Path) -> QPrinter:
    """Print what a preview dialog shows to a PDF file, through the highest-level call the preview offers without
    the system's print dialog (kept in one place: ui/dialogs/common/pdf_preview.py is being reworked). The printer is
    returned: Qt needs it alive until printing ends."""
    from puskesos_desktop.ui import printer as printing

    printer = pdf_printer(path)
    sizes = preview.page_sizes()  # type: ignore[attr-defined]
    if sizes:
        printing.set_page(printer, *sizes[0])  # as the preview's Print button does before the print dialog
    preview.start_print(printer)  # type: ignore[attr-defined]
    return printer


def printed(preview: QDialog, path: Path) -> bool:
    """The print job finished (the preview is no longer busy) and its file is there."""
    return path.exists() and not preview.is_busy()  # type: ignore[attr-defined]


# --- the main window --------------------------------------------------------------------------------------------


def tab_of(window: QMainWindow, class_name: str) -> QWidget:
    page_of = getattr(window, "page", None)
    if page_of is not None:  # tabs are built on first showing: build only this one
        try:
            return page_of(class_name)  # type: ignore[no-any-return]
        except KeyError:
            raise FlowFailed(f"tab {class_name} tidak ada") from None
    for page in getattr(window, "tab_pages", []):
        if type(page).__name__ == class_name:
            return page  # type: ignore[no-any-return]
    raise FlowFailed(f"tab {class_name} tidak ada")


def show_tab(window: QMainWindow, page: QWidget) -> None:
    tabs: QTabWidget = window.tabs  # type: ignore[attr-defined]
    tabs.setCurrentWidget(page)


def lists_loaded(page: QWidget) -> bool:
    loading = getattr(page, "loading", None)
    return not (callable(loading) and loading())


def typo(name: str, rng: random.Random) -> str:
    """A name as it is misheard: one letter of the longest word changed (never the first)."""
    words = name.lower().split()
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) > 3:
        p = rng.randrange(1, len(w) - 1)
        w = w[:p] + rng.choice("aiueoy") + w[p + 1 :]
    words[i] = w
    return " ".join(words)


@dataclass
class FlowResult:
    kind: str  # "front" | "back"
    ok: bool
    ms: float
    stall_ms: float
    error: str | None = None
    stall_cpu_ms: float = 0.0  # the UI thread's CPU time in that longest stall
    number: str = ""
    notes: dict[str, Any] = field(default_factory=dict)


RESI = re.compile(r"RESI/[0-9]+/[0-9]{4}/[0-9]{2}/[0-9]+")


def front_office_flow(window: QMainWindow, rng: random.Random, folder: Path, known_name: str, out: FlowResult) -> Flow:
    """Search a known resident with a typo, a new resident without NIK, the complaint, its receipt printed to a
    PDF printer, then the status desk: find the receipt, record that the resident was informed."""
    from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
    from puskesos_desktop.ui.dialogs.front.complaint_form import ComplaintFormDialog
    from puskesos_desktop.ui.dialogs.front.duplicate_guard import DuplicateGuardDialog
    from puskesos_desktop.ui.dialogs.front.resident_form import ResidentFormDialog
    from puskesos_desktop.ui.dialogs.front.status_desk import StatusDeskDialog

    fo: Any = tab_of(window, "FrontOfficeTab")
    show_tab(window, fo)
    yield idle()
    # 1. Search as the person types, with a typo.
    box = fo.search_box
    box.setFocus()
    box.clear()
    query = typo(known_name, rng)
    for ch in query:
        QTest.keyClicks(box, ch)
        yield pause(rng.uniform(40, 120))
    first = yield until(lambda: fo.results.source.rowCount() > 0 and fo.results.row_at_proxy(0), "hasil pencarian")
    names = [fo.results.row_at_proxy(i).name.lower() for i in range(min(10, fo.results.proxy.rowCount()))]
    out.notes["search_found"] = known_name.lower() in names
    del first
    # 2. A new resident without NIK (the name typed into the search box first, as at the desk).
    tag = f"{rng.randrange(10**6):06d}"
    out.notes["typed_names"] = [query, f"Warga Soak {_letters(tag)}"]  # kept out of a failure's report
    box.clear()
    QTest.keyClicks(box, f"Warga Soak {_letters(tag)}")
    later(fo.button_new.click)
    form: Any = yield modal(ResidentFormDialog)
    if not form.name.text().strip():
        QTest.keyClicks(form.name, f"Warga Soak {_letters(tag)}")
    form.no_papers.setChecked(True)
    if form.reason.isEnabled() and not form.reason.text().strip():
        QTest.keyClicks(form.reason, "Belum pernah direkam")
    form.sex.setCurrentIndex(max(0, form.sex.findData(rng.choice("LP"))))
    QTest.keyClicks(form.birth_place, "Pangkalan Bun")  # required without NIK (the letter to Dukcapil needs it)
    QTest.keyClicks(form.birth_date, f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(1950, 2000)}")
    QTest.keyClicks(form.address, f"Dusun {rng.randint(1, 4)}")
    QTest.keyClicks(form.rt, str(rng.randint(1, 9)))
    later(form.buttons.button(form.buttons.StandardButton.Save).click)
    # 3. Register: the complaint form follows (the duplicate guard first, if the name is like another).
    nxt: Any = yield until(
        lambda: _top_of(ComplaintFormDialog, DuplicateGuardDialog), "formulir keluhan setelah warga tersimpan"
    )
    if isinstance(nxt, DuplicateGuardDialog):
        later(nxt.button_new.click)
        nxt = yield modal(ComplaintFormDialog)
    cform: Any = nxt
    cform.field.setCurrentIndex(max(0, cform.field.findData("Kesehatan")))
    if cform.service.count() > 1:
        cform.service.setCurrentIndex(rng.randrange(1, cform.service.count()))
    QTest.keyClicks(cform.description, "Kartu BPJS tidak aktif saat berobat")
    cform.consent_data.setChecked(True)  # UU 27/2022: the resident agreed to the use of their data
    if cform.documents.count():
        cform.documents.item(0).setCheckState(Qt.CheckState.Checked)
    later(cform.buttons.button(cform.buttons.StandardButton.Save).click)
    # 4. The receipt: its preview, printed to a PDF printer.
    preview: Any = yield modal(PdfPreviewDialog, "pratinjau resi")
    found = RESI.search(preview.windowTitle())
    if found is None:
        raise FlowFailed(f"judul pratinjau tanpa nomor resi: {preview.windowTitle()}")
    number = out.number = found.group(0)
    t0 = time.perf_counter()
    printer = print_preview(preview, folder / f"resi-{tag}.pdf")
    out.notes["print_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    yield until(lambda: printed(preview, folder / f"resi-{tag}.pdf"), "berkas cetak resi")
    del printer
    later(preview.accept)
    yield gone(preview)
    yield idle()  # a letter's preview may follow; answered like the receipt's by closing it
    # 5. The status desk: the receipt number typed in, the resident informed.
    later(fo.button_desk.click)
    desk: Any = yield modal(StatusDeskDialog)
    desk.number.clear()
    QTest.keyClicks(desk.number, number)
    QTest.keyClick(desk.number, Qt.Key.Key_Return)
    yield until(lambda: desk.story is not None and desk.story.number == number, "meja status menemukan resi")
    if desk.button_inform.isEnabled():
        desk.channel.setCurrentIndex(max(0, desk.channel.findData("Telepon")))
        later(desk.button_inform.click)
        yield until(lambda: desk.story is not None and desk.story.informed_channel, "warga diberi tahu")
    later(desk.reject)
    yield gone(desk)
    yield idle()


def _letters(tag: str) -> str:
    """Digits as letters: a name the duplicate guard and the validators accept."""
    return "".join("abcdefghij"[int(d)] for d in tag).title()


def _top_of(*classes: type[QWidget]) -> QWidget | None:
    top = QApplication.activeModalWidget()
    return top if isinstance(top, classes) and top.isVisible() else None


def back_office_flow(window: QMainWindow, rng: random.Random, folder: Path, out: FlowResult) -> Flow:
    """A forwarded complaint from the queue: refer it to three fields (one to a partner outside the village, which
    the coordinator approves), print the cards to a PDF printer, record the outcomes, inform the resident, close."""
    from puskesos_desktop.ui.dialogs.back.outcome_form import OutcomeDialog
    from puskesos_desktop.ui.dialogs.back.referral_form import ReferralDialog
    from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog
    from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
    from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog

    bo: Any = tab_of(window, "BackOfficeTab")
    ctx = bo.ctx
    show_tab(window, bo)
    yield until(lambda: lists_loaded(bo), "antrean back office")
    rows = [bo.table.row_at_proxy(i) for i in range(bo.table.proxy.rowCount())]
    candidates = [r for r in rows if r.status == ComplaintStatus.DITERUSKAN.value and not r.referrals_total]
    if not candidates:
        raise FlowFailed("tidak ada keluhan Diteruskan tanpa rujukan di antrean")
    chosen = rng.choice(candidates[:50])
    out.number = chosen.number
    for i in range(bo.table.proxy.rowCount()):
        if bo.table.row_at_proxy(i).id == chosen.id:
            bo.table.selectRow(i)
            break
    later(bo.button_open.click)
    ws: Any = yield modal(WorkspaceDialog)
    yield until(lambda: ws.ws is not None and not ws.loading(), "ruang kerja terbaca")
    # 1. Refer to three fields; the first to a partner outside the village (waits for approval).
    partners = catalogue.list_partners(ctx.db)
    outside = [p.id for p in partners if not p.in_village]
    inside = [p.id for p in partners if p.in_village]
    later(ws.button_refer.click)
    form: Any = yield modal(ReferralDialog)
    for n, fld in enumerate(("Kesehatan", "Pendidikan", "Sosial")):
        form.field.setCurrentIndex(max(0, form.field.findData(fld)))
        form.service.setCurrentIndex(0)
        wanted = (outside if n == 0 else inside) or inside or outside
        index = form.destination.findData(rng.choice(wanted)) if wanted else -1
        form.destination.setCurrentIndex(index if index >= 0 else max(0, form.destination.count() - 1))
        form.reason.setPlainText(f"Rujukan uji ketahanan ({fld})")
        if n < 2:
            form.button_add.click()
    later(form.accept)
    yield gone(form, "formulir rujukan tersimpan")
    made = referrals.list_referrals(ctx.db, chosen.id)
    if len(made) != 3:
        raise FlowFailed(f"{len(made)} rujukan tersimpan, bukan 3")
    # The workspace is read again on a worker: choose in its list once the new referrals are in it.
    yield until(lambda: not ws.loading() and len(ws.referrals.items) == 3, "daftar rujukan termuat")
    # 2. The coordinator approves the ones waiting.
    for r in made:
        if r.status == ReferralStatus.MENUNGGU.value:
            ws.referrals.select(r.number)
            later(ws.referrals.button_approve.click)
            yield until(_approved(ctx.db, r.number), "rujukan disetujui")
    # 3. The cards, four to a sheet, printed to a PDF printer.
    yield until(lambda: ws.referrals.button_cards.isEnabled(), "tombol cetak kartu")
    later(ws.referrals.button_cards.click)
    preview: Any = yield modal(PdfPreviewDialog, "pratinjau kartu")
    path = folder / f"kartu-{chosen.id}.pdf"
    printer = print_preview(preview, path)
    yield until(lambda: printed(preview, path), "berkas cetak kartu")
    del printer
    later(preview.accept)
    yield gone(preview)
    # 4. The outcomes, then 5. the resident informed of each.
    for r in made:
        ws.referrals.select(r.number)
        yield until(lambda: ws.referrals.button_outcome.isEnabled(), "tombol hasil")
        later(ws.referrals.button_outcome.click)
        outcome: Any = yield modal(OutcomeDialog)
        outcome.radios[ReferralStatus.DISETUJUI].setChecked(True)
        outcome.source.setCurrentText("Telepon")
        later(outcome.accept)
        yield gone(outcome, "hasil rujukan tersimpan")
    for r in made:
        ws.referrals.select(r.number)
        yield until(lambda: ws.referrals.button_inform.isEnabled(), "tombol beri tahu")
        later(ws.referrals.button_inform.click)
        inform: Any = yield modal(ReasonDialog)
        if inform.choice is not None:
            inform.choice.setCurrentIndex(max(0, inform.choice.findData("Telepon")))
        if inform.text is not None:
            inform.text.setPlainText("Dijelaskan lewat telepon")
        later(inform.accept)
        yield gone(inform, "pemberitahuan tersimpan")
    # 6. Close the complaint.
    later(ws.button_close_case.click)
    cid = chosen.id
    yield until(lambda: complaints.get_complaint(ctx.db, None, cid).status == ComplaintStatus.SELESAI.value, "ditutup")
    later(ws.accept)
    yield gone(ws)
    yield idle()


def _approved(db: Any, number: str) -> Callable[[], bool]:
    return lambda: referrals.get_referral(db, number).status != ReferralStatus.MENUNGGU.value


def first_show_of_tabs(
    window: QMainWindow, heartbeat: Heartbeat, out: dict[str, float], cpu: dict[str, float] | None = None
) -> Flow:
    """Each tab shown once, in turn, until its lists are on screen: the UI thread's longest stall meanwhile, into
    ``out`` (tab title → ms), and its CPU time in that stall into ``cpu``."""
    tabs: QTabWidget = window.tabs  # type: ignore[attr-defined]
    order = [*range(1, tabs.count()), 0]
    for i in order:
        yield idle()
        heartbeat.reset()
        tabs.setCurrentIndex(i)
        page = tabs.widget(i)
        yield until(lambda page=page: lists_loaded(page), "daftar tab")  # type: ignore[misc]
        yield idle()
        yield pause(30)
        out[tabs.tabText(i).replace("&", "")] = heartbeat.reset()
        if cpu is not None:
            cpu[tabs.tabText(i).replace("&", "")] = heartbeat.worst_cpu_ms
