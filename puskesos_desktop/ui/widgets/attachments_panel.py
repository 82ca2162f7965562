"""The attachments of one resident, complaint, referral or proposal (issue 20): add from a file, by dragging files
onto the panel, or from a watched "scanner folder" (office scanners save there); view, save a copy, remove.

Checking and re-encoding a photo takes ~0.1 s, reading it from a slow USB stick longer: the work runs through
ui/jobs.py. The folder watcher (QFileSystemWatcher) lives on the UI thread; it only notices, the job attaches.
A file the scanner is still writing is picked up once its size has stopped changing.
Viewing (the stored file decrypted and decoded) and saving a copy (a file written) are jobs as well
(ui/widgets/busy_action.py): the buttons wait for the answer, a second press does nothing twice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QSettings, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import fmt
from puskesos_desktop.core.errors import PermissionDenied, PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import AttachmentKind
from puskesos_desktop.services.people import attachments
from puskesos_desktop.services.people.attachments import AttachmentInfo, Owner
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog
from puskesos_desktop.ui.errors import describe_fault, refusal_text
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.busy_action import acting, run_action
from puskesos_desktop.ui.widgets.loading import ListLoader
from puskesos_desktop.ui.widgets.table import RecordTable

SCANNER_KEY = "attachments/scanner_folder"
SCAN_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".bmp", ".pdf"})
SETTLE_MS = 700  # a file is taken once its size has not changed for this long


def _gps(a: AttachmentInfo) -> str:
    return f"{a.gps[0]:.5f}, {a.gps[1]:.5f}" if a.gps else ""


def _flag(a: AttachmentInfo) -> str:
    if not a.flag:
        return ""
    return QCoreApplication.translate("AttachmentsPanel", "Foto rumah tanpa lokasi GPS")


COLUMNS = [
    Column("kind", "Jenis"),
    Column("filename", "Nama berkas"),
    Column("taken_at", "Diambil", lambda a: a.taken_at),
    Column("gps", "Lokasi GPS", _gps),
    Column("size", "Ukuran", lambda a: f"{a.bytes // 1024} KB", align_right=True),
    Column("flag", "Catatan", _flag),
    Column("added", "Ditambahkan", lambda a: f"{fmt.tanggal_jam(a.added_at)} {a.added_by}"),
]


Outcome = tuple[list[AttachmentInfo], list[PuskesosError]]


class AttachmentsPanel(QWidget):
    """`changed` fires after an attachment was added or removed (the workspace reloads its checklist).

    `owner` may change (`set_owner`): the referral panel shows the scans of the referral chosen in its list; with
    no owner the panel is empty and disabled. `compact` (inside another panel): no hint line and no Alt-letters of
    its own, which would clash with the host's buttons."""

    changed = Signal()

    def __init__(
        self, ctx: AppContext, owner: Owner | None, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.owner = owner
        self.compact = compact
        self.rows: list[AttachmentInfo] = []
        self.watcher: QFileSystemWatcher | None = None
        self.scanner_folder: Path | None = None
        self._seen: set[str] = set()
        self._sizes: dict[str, int] = {}
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._take_settled)
        self.busy = 0
        self.setAcceptDrops(True)
        self.setup_ui()
        self.loader = ListLoader(self, self.table, "attachments")  # the list is read on a worker
        self.retranslate_ui()
        self.reload()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.hint.setVisible(not self.compact)
        if self.compact:
            layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.kind_label = QLabel()
        self.kind = QComboBox()
        for k in AttachmentKind:
            self.kind.addItem(k.value, k.value)
        self.kind_label.setBuddy(self.kind)
        self.button_add = QPushButton()
        self.button_scanner = QPushButton()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind, 1)
        top.addWidget(self.button_add)
        top.addWidget(self.button_scanner)
        layout.addLayout(top)
        self.table = RecordTable(COLUMNS)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("error")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        self.button_view = QPushButton()
        self.button_save = QPushButton()
        self.button_remove = QPushButton()
        for b in (self.button_add, self.button_scanner, self.button_view, self.button_save, self.button_remove):
            b.setAutoDefault(False)
        bottom.addWidget(self.button_view)
        bottom.addWidget(self.button_save)
        bottom.addStretch(1)
        bottom.addWidget(self.button_remove)
        layout.addLayout(bottom)
        self.button_add.clicked.connect(self.add_from_dialog)
        self.button_scanner.clicked.connect(self.toggle_scanner)
        self.button_view.clicked.connect(self.view_selected)
        self.button_save.clicked.connect(self.save_selected)
        self.button_remove.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(lambda _i: self.view_selected())

    def _t(self, text: str) -> str:
        """A button's text; in compact mode without its Alt-letter."""
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&&") if self.compact else text

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "Pindaian dan foto disimpan di database (ikut dicadangkan). Foto diperkecil otomatis; seret berkas "
                "ke sini untuk menambahkan."
            )
        )
        self.kind_label.setText(self._t(self.tr("&Jenis:")))
        self.button_add.setText(self._t(self.tr("Tambah dari &berkas…")))
        self._scanner_text()
        self.button_view.setText(self._t(self.tr("&Lihat")))
        self.button_save.setText(self._t(self.tr("Simpan &salinan…")))
        self.button_remove.setText(self._t(self.tr("&Hapus…")))

    def _scanner_text(self) -> None:
        if self.scanner_folder is None:
            self.button_scanner.setText(self._t(self.tr("Pantau folder &pemindai…")))
            self.button_scanner.setToolTip(self.tr("Berkas baru di folder pemindai dilampirkan dengan jenis terpilih."))
        else:
            self.button_scanner.setText(self.tr("Berhenti memantau folder"))
            self.button_scanner.setToolTip(str(self.scanner_folder))

    # --- showing ---------------------------------------------------------------------------------------------

    def set_owner(self, owner: Owner | None) -> None:
        """Show another case's attachments (a referral chosen in the list); None: nothing chosen."""
        if owner == self.owner:
            return
        self.owner = owner
        self.status.setText("")
        self.reload()

    def reload(self) -> None:
        if self.owner is None:
            self._nothing_shown()
            return
        # Whether this account may see attachments at all is the list's own first check, on the worker with the
        # list (each look at the account on the window's thread was a read there: issue 12 §7).
        db, actor, owner = self.ctx.db, self.ctx.actor, self.owner
        self.loader.load(
            lambda: (attachments.list_attachments(db, actor, owner), rights_of(actor)), self._listed, self._not_listed
        )

    def _nothing_shown(self) -> None:
        jobs.jobs().cancel(self.loader.key)  # an older owner's list must not arrive after this
        self.loader.loading = False
        if self.loader.overlay is not None:
            self.loader.overlay.stop()
        self.rows = []
        self.table.set_rows([])
        self.setEnabled(False)

    def loading(self) -> bool:
        return self.loader.loading

    def _listed(self, read: tuple[list[AttachmentInfo], frozenset[Permission]]) -> None:
        rows, rights = read
        self.setEnabled(True)
        self.rows = rows
        self.table.set_rows(rows)
        self.button_remove.setVisible(Permission.ATTACHMENT_REMOVE in rights)

    def _not_listed(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionDenied):  # this account may not see attachments: the panel says so, empty
            self._nothing_shown()
            self.status.setText(self.tr("Lampiran hanya dapat dilihat petugas yang menangani kasus."))
            return
        self.status.setText(refusal_text(exc) if isinstance(exc, PuskesosError) else describe_fault(exc))

    def selected(self) -> AttachmentInfo | None:
        row = self.table.selected_row()
        return row if isinstance(row, AttachmentInfo) else None

    # --- adding ----------------------------------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def add_from_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Pilih pindaian atau foto"),
            "",
            self.tr("Gambar dan PDF (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.pdf)"),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Attach files with the chosen kind, in the background; refusals are listed under the table."""
        db, actor, owner, kind = self.ctx.db, self.ctx.actor, self.owner, self.current_kind()
        if owner is None:
            return

        def work() -> Outcome:  # plain data in and out: runs off the UI thread
            done: list[AttachmentInfo] = []
            refused: list[PuskesosError] = []
            for p in paths:
                try:
                    done.append(attachments.attach_file(db, actor, owner, p, kind))
                except PuskesosError as exc:
                    refused.append(exc)  # put in words on the UI thread, in its language
            return done, refused

        self.busy += 1
        self.status.setText(self.tr("Melampirkan {0} berkas…").format(len(paths)))
        jobs.run(work, self._added, self._failed, topics=(Topic.ATTACHMENTS,), parent=self)

    def _added(self, outcome: Outcome) -> None:
        self.busy -= 1
        done, refused = outcome
        notes = [self.tr("{0}: foto rumah tanpa lokasi GPS.").format(a.filename) for a in done if a.flag]
        self.status.setText("\n".join([refusal_text(exc) for exc in refused] + notes))
        self.reload()
        if done:
            self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy -= 1
        self.status.setText(refusal_text(exc) if isinstance(exc, PuskesosError) else describe_fault(exc))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # --- the scanner folder ----------------------------------------------------------------------------------

    def toggle_scanner(self) -> None:
        if self.scanner_folder is not None:
            self.stop_watching()
            return
        start = str(QSettings().value(SCANNER_KEY, "") or "")
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder tempat pemindai menyimpan berkas"), start)
        if folder:
            self.watch_folder(Path(folder))

    def watch_folder(self, folder: Path) -> None:
        """New files appearing in `folder` are attached with the kind chosen at that moment."""
        self.stop_watching()
        self.scanner_folder = folder
        self._seen = {p.name for p in self._candidates()}  # what is already there was scanned before
        self._sizes = {}
        self.watcher = QFileSystemWatcher([str(folder)], self)
        self.watcher.directoryChanged.connect(lambda _path: self._settle.start())
        QSettings().setValue(SCANNER_KEY, str(folder))
        self._scanner_text()

    def stop_watching(self) -> None:
        if self.watcher is not None:
            self.watcher.deleteLater()
        self.watcher = None
        self.scanner_folder = None
        self._settle.stop()
        self._scanner_text()

    def _candidates(self) -> list[Path]:
        if self.scanner_folder is None:
            return []
        try:
            return [
                p
                for p in self.scanner_folder.iterdir()
                if p.suffix.lower() in SCAN_SUFFIXES and p.is_file() and not p.name.startswith(".")
            ]
        except OSError:
            return []

    def _take_settled(self) -> None:
        ready: list[Path] = []
        waiting = False
        for p in self._candidates():
            if p.name in self._seen:
                continue
            try:
                size = p.stat().st_size
            except OSError:
                continue
            if size > 0 and self._sizes.get(p.name) == size:
                ready.append(p)
                self._seen.add(p.name)
            else:
                self._sizes[p.name] = size
                waiting = True
        if waiting:
            self._settle.start()  # look again once the scanner has finished writing
        if ready:
            self.add_files(sorted(ready))

    # --- viewing, saving, removing ---------------------------------------------------------------------------

    def _state(self) -> None:
        busy = acting(self)
        for b in (self.button_view, self.button_save, self.button_remove):
            b.setEnabled(not busy)

    def view_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        db, actor, attachment_id = self.ctx.db, self.ctx.actor, chosen.id
        run_action(self, lambda: attachments.view_attachment(db, actor, attachment_id), self._show, state=self._state)

    def _show(self, got: tuple[AttachmentInfo, bytes]) -> None:
        info, data = got
        if info.mime == "application/pdf":
            dialog: QDialog = PdfPreviewDialog(data, info.kind, f"lampiran-{info.id}.pdf", self)
        else:
            dialog = ImageViewer(info, data, self)
        dialog.open()
        self.viewer = dialog  # kept: tests look at it, and it must outlive this call

    def save_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        suffix = ".pdf" if chosen.mime == "application/pdf" else ".jpg"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan salinan lampiran"), f"lampiran-{chosen.id}{suffix}")
        if not name:
            return
        db, actor, attachment_id = self.ctx.db, self.ctx.actor, chosen.id

        def saved(result: object) -> None:
            if result:
                self.status.setText(self.tr("Tersimpan: {0}").format(name))

        run_action(
            self, lambda: attachments.export_attachment(db, actor, attachment_id, name), saved, state=self._state
        )

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        db, actor, attachment_id = self.ctx.db, self.ctx.actor, chosen.id  # the form's save runs on a worker
        dialog = ReasonDialog(
            self.tr("Hapus lampiran"),
            self.tr("Lampiran {0} ({1}) dihapus dari database; jejak audit mencatat alasannya.").format(
                chosen.kind, chosen.filename
            ),
            lambda text, _c: attachments.remove_attachment(db, actor, attachment_id, text),
            text_label=self.tr("Alasan:"),
            text_field="Alasan",
            parent=self,
        )
        dialog.accepted.connect(self._removed)
        dialog.open()

    def _removed(self) -> None:
        self.reload()
        self.changed.emit()


class ImageViewer(QDialog):
    """A stored photo or scan at its size, scrollable; with its time and position under it."""

    def __init__(self, info: AttachmentInfo, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lampiran: {0}").format(info.kind))
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        pixmap = QPixmap()
        pixmap.loadFromData(data, "JPEG")
        self.picture = QLabel()
        self.picture.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        layout.addWidget(scroll, 1)
        parts = [self.tr("{0} × {1} piksel").format(info.width, info.height)]
        if info.taken_at:
            parts.append(self.tr("diambil {0}").format(fmt.tanggal_jam(info.taken_at)))
        parts.append(self.tr("lokasi {0}").format(_gps(info)) if info.gps else self.tr("tanpa lokasi GPS"))
        self.caption = QLabel(", ".join(parts))
        layout.addWidget(self.caption)
        close = QPushButton(self.tr("Tutu&p"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)
