"""The desk's offer for a family that misses a programme its desil qualifies for (issue 16 §2): a menu with the
catalogue's service for each missed programme (a complaint registered for it, so the back office handles or refers
it) or, where the catalogue has none, an update proposal (Perbarui) for the village deliberation. Used by the
resident page and the Front Office's search results."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from puskesos_desktop.core.errors import PuskesosError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.registry import desil, proposals
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import select_data
from puskesos_desktop.ui.dialogs.front.complaint_form import ComplaintFormDialog
from puskesos_desktop.ui.errors import show_error
from puskesos_desktop.ui.topics import Topic


def fill_menu(
    menu: QMenu,
    ctx: AppContext,
    offers: Sequence[desil.Offer],
    on_service: Callable[[int], None],
    on_proposal: Callable[[tuple[str, ...]], None],
) -> None:
    """One action per service; one action for the programmes without a service (a single Perbarui proposal)."""
    menu.clear()
    actor = ctx.actor
    for offer in offers:
        if offer.service_id is not None and actor.can(Permission.COMPLAINT_REGISTER):
            sid = offer.service_id
            action = menu.addAction(
                QCoreApplication.translate("OfferMenu", "Daftarkan keluhan {0}: {1}").format(
                    offer.label, offer.service_name
                )
            )
            action.triggered.connect(lambda _c=False, sid=sid: on_service(sid))
    without = tuple(o.programme for o in offers if o.service_id is None)
    if without and actor.can(Permission.PROPOSAL_DRAFT):
        names = ", ".join(desil.programme_label(c) for c in without)
        action = menu.addAction(
            QCoreApplication.translate("OfferMenu", "Usulkan pemutakhiran DTSEN (belum menerima {0})").format(names)
        )
        action.triggered.connect(lambda _c=False: on_proposal(without))
    if menu.isEmpty():
        menu.addAction(
            QCoreApplication.translate("OfferMenu", "Tidak ada yang dapat ditawarkan dengan hak akses ini")
        ).setEnabled(False)


def propose_update(parent: QWidget, ctx: AppContext, resident_id: int, standing: desil.Standing) -> str | None:
    """A Perbarui draft for the resident's family (Tambah when the registry does not list it), with the desk's
    sentence as the reason. Returns what to tell the officer, None when refused (the refusal was shown)."""
    reason = desil.missing_reason(standing)
    try:
        try:
            info = proposals.propose_change(ctx.db, ctx.actor, resident_id, "Perbarui", reason)
        except ValidationError as first:
            if first.field != "Jenis usulan":  # "not in the registry yet: make a Tambah proposal"
                raise
            info = proposals.propose_addition(ctx.db, ctx.actor, resident_id, reason)
    except PuskesosError as exc:
        show_error(parent, exc)
        return None
    ctx.changed(Topic.PROPOSALS)
    text = QCoreApplication.translate("OfferMenu", "Usulan {0} ({1}, {2}): menunggu Musyawarah Desa.").format(
        info.number, info.kind, info.status
    )
    QMessageBox.information(parent, QCoreApplication.translate("OfferMenu", "Usulan DTSEN"), text)
    return text


def preselect_service(form: ComplaintFormDialog, service_id: int) -> None:
    """Choose the offered service in the complaint form: its field first (which fills the services), then it."""
    service = next((sv for sv in form.services if sv.id == service_id), None)
    if service is not None:
        select_data(form.field, service.field)
        select_data(form.service, service_id)
