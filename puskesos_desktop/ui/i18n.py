"""The interface language: Indonesian (the source text, the default) or English.

Our strings are Indonesian in the code (`self.tr("…")`); English comes from resources/translations/puskesos_en.qm.
Qt's own words (OK/Batal buttons, the Salin/Tempel context menu) come from qtbase_id.qm, which we keep by hand
because Qt ships no Indonesian, or from Qt's qtbase_en.qm. The office chooses the language in Pengaturan (setting
"language" in services/office.py); PUSKESOS_LANG overrides it on one PC (screenshots, tests). Dates and numbers
stay Indonesian in both languages (QLocale id_ID; documents use core/fmt.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from puskesos_desktop.config import resource

if TYPE_CHECKING:
    from puskesos_desktop.db.engine import Database

# Language code -> its own name, as the settings page lists it.
LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
ENV_LANGUAGE = "PUSKESOS_LANG"
APP_CATALOGUE = "puskesos"

_translators: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def translations_dir() -> Path:
    return resource("translations")


def normalise(code: object) -> str:
    """'en', 'EN', 'en_US' -> 'en'; anything unknown -> the default (Indonesian)."""
    text = str(code or "").strip().lower().replace("-", "_").split("_")[0]
    return text if text in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _language


def env_language() -> str | None:
    value = os.environ.get(ENV_LANGUAGE, "").strip()
    return normalise(value) if value else None


def _load(app: QCoreApplication, name: str, directory: Path | str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, str(directory)):
        return False
    app.installTranslator(translator)
    _translators.append(translator)
    return True


def install(app: QCoreApplication | None = None, language: str | None = None, directory: Path | None = None) -> str:
    """Install the translators for `language` (else PUSKESOS_LANG, else Indonesian); returns the language in use.

    Calling it again replaces the previous translators; Qt then sends LanguageChange to every widget.
    `directory` holds our .qm files (tests compile them into a temporary folder).
    """
    global _language
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("i18n.install() needs a QApplication")
    wanted = normalise(language) if language is not None else (env_language() or DEFAULT_LANGUAGE)
    remove(app)
    folder = directory or translations_dir()
    # Dates, numbers and the calendar the Indonesian way whatever the interface language or the PC's locale.
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    if wanted != DEFAULT_LANGUAGE and not _load(app, f"{APP_CATALOGUE}_{wanted}.qm", folder):
        # Not built (`make translations`): the Indonesian source text stays, which is still usable.
        wanted = DEFAULT_LANGUAGE
    if wanted == DEFAULT_LANGUAGE:
        _load(app, "qtbase_id.qm", folder)
    else:
        _load(app, f"qtbase_{wanted}.qm", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _language = wanted
    return wanted


def remove(app: QCoreApplication | None = None) -> None:
    """Take our translators out again (tests): the source text, Indonesian, shows."""
    global _language
    app = app or QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    _translators.clear()
    _language = DEFAULT_LANGUAGE


def office_language(db: Database) -> str:
    from puskesos_desktop.services import office

    return normalise(office.load_settings(db).language)


def follow_office(db: Database, app: QCoreApplication | None = None) -> str:
    """Switch to the language the office chose in its settings (PUSKESOS_LANG on this PC wins)."""
    return follow_language(office_language(db), app)


def follow_language(stored: str, app: QCoreApplication | None = None) -> str:
    """The office's language as stored (`follow_office`, or the sign-in's first look at the file)."""
    wanted = env_language() or normalise(stored)
    if wanted == _language and _translators:
        return _language
    return install(app, wanted)
