"""The windows (PySide6). Widgets call services only.

First of all: PySide6 6.12 on Python 3.11 wears out None's reference count (ui/none_guard.py); the guard runs before
any Qt call.

Start-up: once PySide6 is imported, its import hook reads the source text of every module imported after it (to
look for PySide feature switches), ~0.1-0.2 s of CPU for the Qt-free layers the main window needs. They are
imported here, before any module of this package imports Qt (measured with `puskesos bench`).
"""

from puskesos_desktop.ui.none_guard import immortalise_none

immortalise_none()

# After the guard; imported for the side effect described above.
from puskesos_desktop.services.casework import backoffice, statusdesk, visits, work_queue  # noqa: E402, F401
from puskesos_desktop.services.documents import cards  # noqa: E402, F401
from puskesos_desktop.services.exchange import batch  # noqa: E402, F401
from puskesos_desktop.services.people import search  # noqa: E402, F401
from puskesos_desktop.services.registry import musdes, registry_import  # noqa: E402, F401
from puskesos_desktop.services.reporting import dashboard, reports  # noqa: E402, F401
