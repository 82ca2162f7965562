"""First start: the setup wizard creates the office and its coordinator, and fits the screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.admin import setup
from puskesos_desktop.ui.dialogs.admin.setup_wizard import SetupWizard


def _fill_office(w: SetupWizard, digits: str = "2001") -> None:
    page = w.office_page
    page.select_kecamatan("620102")
    page.village_digits.setText(digits)
    page.village_name.setText("Sukamaju")
    page.head_name.setText("H. Abdul Rahman")
    page.coordinator.setText("Sri Wahyuni")
    page.paper_f4.setChecked(True)


def test_wizard_creates_office_and_coordinator(qtbot: QtBot, empty_db: Database) -> None:
    w = SetupWizard(empty_db)
    qtbot.addWidget(w)
    w.show()
    _fill_office(w, "20")  # two of the four digits: the message speaks of this field's four (issue 17 item 14)
    w.next()
    assert w.currentPage() is w.office_page and w.office_page.village_digits.property("invalid") == "true"
    assert "empat angka terakhir" in w.office_page.error.text() and "10 angka" not in w.office_page.error.text()
    w.office_page.village_digits.setText("9001")  # 9xxx is neither desa nor kelurahan
    w.next()
    assert w.currentPage() is w.office_page
    assert w.office_page.village_digits.property("invalid") == "true"
    assert "diawali 1" in w.office_page.error.text()
    w.office_page.village_digits.setText("2001")
    w.next()
    assert w.currentPage() is w.account
    assert w.account.full_name.text() == "Sri Wahyuni"  # carried over from the coordinator's name
    w.account.username.setText("sri")
    w.account.password.setText("Sukamaju-2026")
    w.account.again.setText("Sukamaju-2027")
    assert w.account.meter.bar.value() >= 2
    assert not w.account.validatePage()
    assert w.account.again.property("invalid") == "true" and setup.needs_setup(empty_db)
    w.account.again.setText("Sukamaju-2026")
    assert w.account.error.text() == "" and w.account.again.property("invalid") != "true"  # no stale red
    # The strength bar is drawn whole inside its row (the style sheet's 18 px bars were squeezed: no bottom edge).
    bar, meter = w.account.meter.bar, w.account.meter
    assert bar.height() == 12 and meter.rect().contains(bar.geometry())
    w.next()  # Finish on the last page: validatePage saves
    assert w.user is not None and w.user.username == "sri"
    assert not setup.needs_setup(empty_db)
    profile = office.get_profile(empty_db)
    assert profile is not None and profile.paper_size == "F4" and profile.kecamatan_name == "Arut Selatan"
    assert w.account.password.text() == ""  # the password does not linger in the form


def test_wizard_fits_the_screen(qtbot: QtBot, empty_db: Database) -> None:
    w = SetupWizard(empty_db)
    qtbot.addWidget(w)
    w.show()
    hint = w.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740
