"""Before a DTKS/DTSEN proposal is made: what the family was proposed before, and the question whether to go on
(issue 17 item 7). A family the village deliberation turned down four months ago is not proposed again silently."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from puskesos_desktop.core import fmt
from puskesos_desktop.services.registry import proposals
from puskesos_desktop.services.registry.proposals import EarlierProposal
from puskesos_desktop.ui.context import AppContext


def describe(p: EarlierProposal) -> str:
    """One line for one earlier proposal, in the interface's language."""
    head = QCoreApplication.translate("ProposalConfirm", "Usulan {0} ({1}, diajukan {2})").format(
        p.number, p.kind, fmt.tanggal(p.proposed_at.date())
    )
    when = fmt.tanggal(p.decided_on) if p.decided_on else "-"
    if p.open:
        text = head + QCoreApplication.translate("ProposalConfirm", ": masih Draf, menunggu Musyawarah Desa")
    elif p.rejected and p.decided_by == proposals.BY_MUSDES:
        text = head + QCoreApplication.translate("ProposalConfirm", ": ditolak Musyawarah Desa pada {0}").format(when)
    elif p.rejected:
        text = head + QCoreApplication.translate("ProposalConfirm", ": ditolak Dinas Sosial pada {0}").format(when)
    else:
        text = head + QCoreApplication.translate("ProposalConfirm", ": {0} sejak {1}").format(p.status, when)
    return text + (QCoreApplication.translate("ProposalConfirm", " — alasan: {0}").format(p.note) if p.note else "")


def confirm_new_proposal(parent: QWidget, ctx: AppContext, resident_id: int, name: str) -> bool:
    """True when nothing concerns the family yet, or the clerk chose to propose after reading what does."""
    earlier = proposals.earlier_proposals(ctx.db, ctx.actor, resident_id=resident_id)  # one family: a short read
    if not earlier:
        return True
    lines = "\n".join("• " + describe(p) for p in earlier)
    if any(p.open for p in earlier):
        ask = QCoreApplication.translate(
            "ProposalConfirm", "Warga akan dimasukkan ke usulan Draf yang sudah ada. Lanjutkan?"
        )
    else:
        ask = QCoreApplication.translate("ProposalConfirm", "Tetap buat usulan baru?")
    text = (
        QCoreApplication.translate("ProposalConfirm", "Keluarga {0} sudah pernah diusulkan ke DTKS/DTSEN:").format(name)
        + "\n\n"
        + lines
        + "\n\n"
        + ask
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ProposalConfirm", "Usulan sebelumnya"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        # An earlier refusal is a reason to stop and think: Enter does not propose again.
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
