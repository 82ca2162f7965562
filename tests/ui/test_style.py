"""The look: the style sheet parses, the icon is there, the card colours and the sizes hold at 1366×768."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget
from pytestqt.logging import QtLoggingPlugin
from pytestqt.qtbot import QtBot

from puskesos_desktop.config import resource
from puskesos_desktop.core.statuses import FIELD_CARD_COLOURS, Field
from puskesos_desktop.ui import style

ROOT = Path(__file__).resolve().parents[2]
QSS = ROOT / "resources" / "styles" / "puskesos.qss"


def luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_style_sheet_parses_and_applies(qtbot: QtBot, qapp: QApplication, qtlog: QtLoggingPlugin) -> None:
    previous = qapp.styleSheet()
    try:
        style.apply(qapp)
        widget = QWidget()
        qtbot.addWidget(widget)
        for child in (QLineEdit(widget), QComboBox(widget), QSpinBox(widget), QPushButton("x", widget)):
            child.ensurePolished()
        widget.show()
        assert not [r for r in qtlog.records if "parse" in r.message.lower() and "stylesheet" in r.message.lower()]
        assert qapp.font().pointSizeF() >= style.BASE_POINT_SIZE
        assert not qapp.windowIcon().isNull()
    finally:
        qapp.setStyleSheet(previous)


def test_style_sheet_braces_balance_and_images_exist() -> None:
    text = QSS.read_text(encoding="utf-8")
    body = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    assert body.count("{") == body.count("}")
    for name in re.findall(r"url\(icons:([^)]+)\)", body):
        assert resource("icons", name).is_file(), name
        stem, ext = name.rsplit(".", 1)
        assert resource("icons", f"{stem}@2x.{ext}").is_file(), "sharp at 200 %"


def test_text_colours_are_high_contrast() -> None:
    background = "#f5f6f8"
    for colour in ("#1b1f24", "#414b57", style.ERROR_RED, style.NAVY):
        assert contrast(colour, background) >= 7, colour
    for _accent, light, text in style.CARD_COLOURS.values():
        assert contrast(text, light) >= 7, text
    assert contrast("#ffffff", "#1553b8") >= 7  # the main action button


def test_card_colours_follow_the_referral_cards(qtbot: QtBot) -> None:
    assert set(style.CARD_COLOURS) == {f.value for f in FIELD_CARD_COLOURS}
    blue = style.card_background(Field.KESEHATAN)
    assert isinstance(blue, QColor) and blue.blue() > blue.red()
    assert style.card_background("Adminduk") is None
    label = QLabel("Sosial")
    qtbot.addWidget(label)
    style.mark_field(label, Field.SOSIAL)
    assert label.property("field") == "Sosial"


def test_icon_files(qapp: QApplication) -> None:
    from PIL import Image

    icon = style.app_icon()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    with Image.open(resource("icons", "puskesos.ico")) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    assert "<svg" in resource("icons", "puskesos.svg").read_text(encoding="utf-8")
