"""PySide6's feature hook, made cheap (issue 21).

Once PySide6 is imported, its import hook asks of every module imported after it whether the module uses PySide6
(`shibokensupport.feature._mod_uses_pyside`: is "PySide6" in `inspect.getsource(module)`), to give it the default
feature selection. inspect's line cache made that ~0.13 s of CPU for SQLAlchemy and the models here, imported after
Qt now that the sign-in dialog paints first. The same question answered from the module's file in one read: the
same answer for a module with a .py file, and False, as before, for one without (an extension, a frozen build).
"""

from __future__ import annotations

import sys


def uses_pyside(module: object) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as f:
            return b"PySide6" in f.read()
    except OSError:
        return False


def install() -> bool:
    """Put `uses_pyside` in place of PySide6's check; False when this PySide6 has no such hook (nothing changed)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
