"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11.

PySide6 6.12.0 returns ``None`` from every method that returns nothing in C++ (``setText``, ``setPen``, ``update``…)
without adding a reference to it — correct on Python 3.12+, where ``None`` is immortal (PEP 683), wrong on 3.11:
each such call takes one reference from ``None``. A window makes thousands of them a second while it paints, and
``None`` starts with a few tens of thousands, so after minutes of ordinary work the process aborts with "Fatal
Python error: none_dealloc: deallocating None" — the window simply vanishes. (Measured here: ``QLabel.setText``,
``QPainter.setPen``/``drawRect``/``save``, ``QWidget.update`` each −1 per call.) Some call returning a bool does the
same to ``True``/``False``: the GUI soak's children aborted at exit with "bool_dealloc: deallocating True or False".

The guard gives ``None`` a reference count no session can use up (2**48, as good as 3.12's immortality), once, before
any Qt call. Nothing is done on 3.12+, where None is immortal anyway.

Checked 2026-12-02: PySide6-Essentials 6.11.3 on Python 3.11.7 loses nothing (10,000 ``QLabel.setText`` calls: 0 per
call; 6.12.0 aborted with none_dealloc within them in a fresh process), but the index offers PySide6_Pdf only as
6.12.0.140, whose QtPdf needs libpyside6 6.12 (ImportError on 6.11.3). So the pin stays 6.12.0 with this guard.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 48  # 2.8e14 calls: centuries of painting


def immortalise_none() -> bool:
    """Give None, True and False the headroom on Python < 3.12. Returns True when it did (once per process)."""
    if sys.version_info >= (3, 12) or getattr(immortalise_none, "done", False):
        return False
    # ob_refcnt is the first field of every PyObject (Py_ssize_t); these are static objects that are never freed.
    # True and False too: the GUI soak aborted at exit with "bool_dealloc: deallocating True or False".
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    immortalise_none.done = True  # type: ignore[attr-defined]
    return True
