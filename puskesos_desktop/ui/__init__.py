"""The windows (PySide6). Widgets call services only.

First of all: PySide6 6.12 on Python 3.11 wears out None's reference count (ui/none_guard.py); the guard runs before
any Qt call.

Start-up: once PySide6 is imported, its import hook reads the source text of every module imported after it (to
look for PySide feature switches), ~0.1-0.2 s of CPU for the Qt-free layers the main window needs. Those of the
first screen are imported here, before any module of this package imports Qt (measured with `puskesos bench`).
"""

from puskesos_desktop.ui.none_guard import immortalise_none

immortalise_none()

# After the guard; imported for the side effect described above. Only what the sign-in and the Front Office need:
# the other tabs are built, and their modules imported, on their first showing (issue 21).
from puskesos_desktop.services import office  # noqa: E402, F401
from puskesos_desktop.services.admin import auth, backup, setup  # noqa: E402, F401
from puskesos_desktop.services.casework import complaints, visits  # noqa: E402, F401
from puskesos_desktop.services.documents import papers  # noqa: E402, F401
from puskesos_desktop.services.people import residents, search  # noqa: E402, F401
from puskesos_desktop.services.registry import proposals  # noqa: E402, F401
