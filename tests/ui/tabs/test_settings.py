"""The Pengaturan tab: the pages it lists (those the role may use) and each built when first chosen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.tabs.settings import SettingsTab, page_entries
from tests.helpers.jobs import wait_until


def test_settings_tab_lists_the_new_pages(qtbot: QtBot, db: Database, coordinator: Actor) -> None:
    tab = SettingsTab(AppContext(db, coordinator))
    qtbot.addWidget(tab)
    titles = [tab.index.item(i).text() for i in range(tab.index.count())]
    assert titles == [tab.page_at(i).title() for i in range(len(titles))]  # type: ignore[attr-defined]
    assert {"Akun pengguna", "Keamanan", "Cadangan", "Jejak audit"} <= set(titles)


def test_settings_pages_are_built_when_first_chosen(qtbot: QtBot, db: Database, coordinator: Actor) -> None:
    # Building every page at the tab's first showing stalled the window ~240 ms at district scale (issue 12).
    tab = SettingsTab(AppContext(db, coordinator))
    qtbot.addWidget(tab)
    # Not even the first page before the tab shows; then on the next turn of the event loop, "Memuat…" meanwhile.
    assert tab.built_pages() == [] and tab.loading() and tab.stack.currentWidget() is tab.waiting
    tab.show()
    assert tab.built_pages() == [] and tab.waiting.isVisible()
    wait_until(qtbot, lambda: not tab.loading())
    assert len(tab.built_pages()) == 1 and tab.stack.currentWidget() is tab.page_at(0)
    assert tab.page_at(0).may_change  # refreshed once built: its right read (the coordinator's)
    tab.index.setCurrentRow(tab.index.count() - 1)
    # Built now, shown on the next turn, read on the one after ("Memuat…" meanwhile): three short stalls.
    assert len(tab.built_pages()) == 2 and tab.stack.currentWidget() is tab.waiting and tab.loading()
    wait_until(qtbot, lambda: not tab.loading())
    assert tab.stack.currentWidget() is tab.page_at(tab.index.count() - 1)
    assert tab.page_at(0) is tab.built_pages()[0]  # built once, kept


def test_pages_a_role_cannot_use_are_not_listed(
    qtbot: QtBot, db: Database, coordinator: Actor, front: Actor, back: Actor
) -> None:
    """Issue 17 item 14: no empty "Hanya koordinator…" pages for the front desk; the list follows a user switch."""
    ctx = AppContext(db, front)
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    titles = [tab.index.item(i).text() for i in range(tab.index.count())]
    assert "Keamanan" in titles and "Program" in titles and "Musyawarah Desa" in titles
    hidden_pages = (
        "Akun pengguna",
        "Cadangan",
        "Jejak audit",
        "Retensi data",
        "Bahasa",
        "Pertukaran data",
        "Server kantor",
    )
    for hidden in hidden_pages:
        assert hidden not in titles
    assert len(tab.built_pages()) <= 1  # still built when chosen
    ctx.set_actor(back)
    assert "Musyawarah Desa" not in [tab.index.item(i).text() for i in range(tab.index.count())]
    ctx.set_actor(coordinator)
    first = tab.page_at(0)  # asked for before its turn: built now, and the page on screen
    assert tab.index.count() == len(page_entries()) and tab.stack.currentWidget() is first


def test_the_first_showing_reads_nothing_on_the_window_thread(
    qtbot: QtBot, db: Database, coordinator: Actor, front: Actor
) -> None:
    """The role is read on a worker (listed meanwhile for the role the account signed in with), and so is the
    first page's right; the list follows the role as it is now."""
    from dataclasses import replace

    from puskesos_desktop.core.statuses import Role
    from tests.helpers.ui_thread import statements_on_this_thread

    with statements_on_this_thread() as seen:
        tab = SettingsTab(AppContext(db, replace(front, role=Role.KOORDINATOR)))  # demoted since signing in
        qtbot.addWidget(tab)
        assert "Akun pengguna" in [tab.index.item(i).text() for i in range(tab.index.count())]
        tab.show()
        wait_until(qtbot, lambda: not tab.loading())
    assert [s for s in seen if "users" in s] == []
    assert "Akun pengguna" not in [tab.index.item(i).text() for i in range(tab.index.count())]
    assert tab.stack.currentWidget() is tab.page_at(0) and tab.index.currentRow() == 0
