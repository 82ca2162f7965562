"""A field's tooltip sits on its label and on the field the label is the buddy of."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from puskesos_desktop.ui.tooltips import field_tip


def test_the_tip_is_on_the_label_and_its_field(qtbot: QtBot) -> None:
    field = QLineEdit()
    label = QLabel("&NIK")
    label.setBuddy(field)
    qtbot.addWidget(field)
    qtbot.addWidget(label)
    field_tip(label, "16 angka dari KTP")
    assert label.toolTip() == field.toolTip() == "16 angka dari KTP"


def test_a_label_without_a_field_keeps_the_tip_itself(qtbot: QtBot) -> None:
    label = QLabel("Catatan")
    qtbot.addWidget(label)
    field_tip(label, "Boleh kosong")
    assert label.toolTip() == "Boleh kosong"
