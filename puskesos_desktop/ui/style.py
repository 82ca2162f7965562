"""The look: a calm, high-contrast style sheet, readable font sizes and the program's icon.

resources/styles/puskesos.qss lists the hooks widgets can use (#heading, #hint, #primary, [invalid="true"],
[field="Kesehatan"] …). Colours for code that paints (table rows, charts) are here, matching the style sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from puskesos_desktop.config import resource
from puskesos_desktop.core.statuses import Field

# Readable at arm's length on a 14-15" 1366×768 office screen; Qt scales points on high-DPI screens.
BASE_POINT_SIZE = 10.5

NAVY = "#12355b"
ERROR_RED = "#941616"

# The referral card colours: (accent, light background, dark text on that background).
CARD_COLOURS: dict[str, tuple[str, str, str]] = {
    Field.KESEHATAN.value: ("#4c9bf0", "#dcebff", "#0b3d91"),  # biru
    Field.SOSIAL.value: ("#f27aa8", "#fde4ee", "#7a1740"),  # merah muda
    Field.PENDIDIKAN.value: ("#e0b020", "#fff3c4", "#5c4300"),  # kuning
}

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def card_background(field: object) -> QColor | None:
    """The light card colour for a row of that field (RowTableModel.highlight), None for other fields."""
    colours = CARD_COLOURS.get(str(field))
    return QColor(colours[1]) if colours else None


def mark_field(widget: QWidget, field: object) -> None:
    """Give a label or checkable button its card colour ([field="…"] in the style sheet), at once."""
    widget.setProperty("field", str(field or ""))
    repolish(widget)


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def app_icon() -> QIcon:
    """The program's icon in every size we render (PNG files: no SVG plug-in needed)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource("icons", f"puskesos-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def register_fonts() -> str | None:
    """Add the bundled DejaVu fonts; returns the family name if they loaded."""
    family: str | None = None
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        path = resource("fonts", name)
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else None)
    return family


def apply(app: QApplication) -> None:
    # The system's own font stays (Segoe UI on Windows reads best there); DejaVu is registered so that any
    # letter a name needs still has a glyph. Qt 6 scales by the screen's exact factor (125 %, 150 %) by itself.
    register_fonts()
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), BASE_POINT_SIZE))
    app.setFont(font)
    app.setWindowIcon(app_icon())
    # url(icons:arrow-down.png) in the style sheet, wherever the program runs from (source tree or bundle).
    QDir.addSearchPath("icons", str(resource("icons")))
    qss = resource("styles", "puskesos.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
