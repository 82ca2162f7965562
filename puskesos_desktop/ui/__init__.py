"""The windows (PySide6). Widgets call services only.

First of all: PySide6 6.12 on Python 3.11 wears out None's reference count (ui/none_guard.py); the guard runs before
any Qt call.

Start-up (issue 21): nothing else is imported here. The sign-in dialog paints before SQLAlchemy and the models are
imported (ui/app.py opens the database on a worker meanwhile). PySide6's import hook reads the source text of each
module imported after it (looking for feature switches; ~0.13 s of CPU for SQLAlchemy and the models): it is made
cheap here, before any other module is imported after Qt (ui/feature_hook.py).
"""

from puskesos_desktop.ui.none_guard import immortalise_none

immortalise_none()

import PySide6.QtCore  # noqa: E402, F401 - after the guard; loads the feature hook replaced next

from puskesos_desktop.ui import feature_hook  # noqa: E402

feature_hook.install()
