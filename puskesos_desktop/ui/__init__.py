"""The windows (PySide6). Widgets call services only.

First of all: PySide6 6.12 on Python 3.11 wears out None's reference count (ui/none_guard.py); the guard runs before
any Qt call.

Start-up: once PySide6 is imported, its import hook reads the source text of every module imported after it (to
look for PySide feature switches), ~0.1-0.2 s of CPU for the Qt-free layers the main window needs. Those of the
first screen are imported here, before any module of this package imports Qt (measured with `puskesos bench`).
"""

from puskesos_desktop.ui.none_guard import immortalise_none

immortalise_none()

# After the guard; imported for the side effect described above. Only what the sign-in needs: the sign-in dialog
# paints sooner, and the Front Office's services cost less after it than they did here (puskesos bench, issue 21:
# login 0.73 -> 0.64 s CPU, cold start 1.21 -> 1.13 s CPU); the other tabs load on their first showing.
from puskesos_desktop.services import office  # noqa: E402, F401
from puskesos_desktop.services.admin import auth, backup, setup  # noqa: E402, F401
