from PySide6.QtWidgets import QApplication, QComboBox, QWidget, QVBoxLayout
from puskesos_desktop.ui import style
def test_probe(qtbot, qapp):
    style.apply(qapp)
    w = QWidget(); lay = QVBoxLayout(w); c = QComboBox(); c.addItems(["a", "b", "c", "d", "e"]); lay.addWidget(c)
    qtbot.addWidget(w); w.show(); c.showPopup(); QApplication.processEvents()
    v = c.view()
    print("PROBE", [v.sizeHintForRow(i) for i in range(5)], v.viewport().height(), v.height(), v.window().height(), v.verticalScrollBar().maximum(), [v.visualRect(c.model().index(i,0)).getRect() for i in range(5)], c.style().styleHint(c.style().StyleHint.SH_ComboBox_Popup, None, c))
    c.hidePopup(); qapp.setStyleSheet("")
