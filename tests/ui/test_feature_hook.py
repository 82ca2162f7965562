"""Issue 21: PySide6's 'does this module use PySide6?' answered from the module's file, as inspect answered it."""

from __future__ import annotations

import inspect
import sys
import types

from puskesos_desktop.core import errors
from puskesos_desktop.ui import app, feature_hook, jobs


def _inspect_answer(module: types.ModuleType) -> bool:
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_installed_and_the_same_answers() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is feature_hook.uses_pyside  # installed by puskesos_desktop.ui
    for module in (app, jobs, errors, inspect, sys, feature_hook):
        assert feature_hook.uses_pyside(module) == _inspect_answer(module), module.__name__
    assert feature_hook.uses_pyside(app) and not feature_hook.uses_pyside(errors)
    assert not feature_hook.uses_pyside(types.ModuleType("leer"))
