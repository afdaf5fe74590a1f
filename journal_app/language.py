"""The interface language: which one, its translators, and its layout direction.

The window and the command line share this (it needs QtCore only, no display). The choice is
kept in the data folder's ``settings.ini`` under ``interface/language``: a language code, or
empty for "the system's". The journal's own texts have a separate choice (``pack_language``,
View ▸ Journal language), so a French interface can show the English iDiaspora Journal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from journal_app import i18n, resources
from journal_app.i18n import LANGUAGES, SOURCE_LANGUAGE

__all__ = ["LANGUAGES", "SOURCE_LANGUAGE"]

SETTING = f"{i18n.SETTING_SECTION}/{i18n.SETTING_KEY}"


def settings_file(data_dir: Path) -> QSettings:
    """The app's settings, kept in the data folder (so a portable copy carries them)."""
    return QSettings(str(data_dir / i18n.SETTINGS_FILE), QSettings.Format.IniFormat)


def saved_choice(settings: QSettings) -> str:
    """The remembered choice: a code of :data:`LANGUAGES`, or ``""`` for the system's."""
    value = str(settings.value(SETTING, "") or "")
    return value if value in LANGUAGES else ""


def save_choice(settings: QSettings, choice: str) -> None:
    """Remember ``choice`` (``""``: follow the system)."""
    settings.setValue(SETTING, choice if choice in LANGUAGES else "")
    settings.sync()


def system_language(system: QLocale | None = None) -> str:
    """The first of the system's preferred languages the app has, else English."""
    locale = system if system is not None else QLocale.system()
    known = (i18n.known_language(tag) for tag in locale.uiLanguages())
    return next((code for code in known if code), SOURCE_LANGUAGE)


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show for a choice (``""`` means the system's)."""
    return choice if choice in LANGUAGES else system_language(system)


def layout_direction(choice: str, system: QLocale | None = None) -> Qt.LayoutDirection:
    """Right to left when following a right-to-left system locale (Arabic, Dari, Hebrew…).

    Following the system mirrors the layout even while the texts fall back to English, so an
    Arabic desktop gets a window laid out the way its users read. An explicit choice from the
    menu is one of :data:`LANGUAGES`, all left to right.
    """
    if choice in LANGUAGES:
        return QLocale(choice).textDirection()
    locale = system if system is not None else QLocale.system()
    return locale.textDirection()


def translations_dir() -> Path:
    """Folder of the app's compiled translations (``journal-app_<code>.qm``)."""
    return resources.resources_dir() / "translations"


@dataclass
class Translators:
    """The loaded translators of one language: the app's own and Qt's standard dialogs'."""

    language: str
    app: QTranslator | None = None
    qt: QTranslator | None = None
    installed: bool = field(default=False, repr=False)

    def translate(self, context: str, text: str, n: int = -1) -> str:
        """``text`` in :attr:`language`, ``%n`` kept; ``""`` when no translation is there."""
        if self.app is None:
            return ""
        return self.app.translate(context, text, None, n) or ""


def load(language: str) -> Translators:
    """Load the translators of ``language`` (English, the source, has only its plural forms).

    Raises:
        FileNotFoundError: a shipped translation is missing or unreadable (a broken install).
    """
    found = Translators(language)
    app = QTranslator()
    path = translations_dir() / f"journal-app_{language}.qm"
    if not app.load(str(path)):
        raise FileNotFoundError(f"translation missing or unreadable: {path}")
    if language == SOURCE_LANGUAGE:  # its plural forms only ("1 picture"); no Qt words needed
        found.app = app
        return found
    found.app = app
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):  # Qt's own words: OK, Cancel, Yes, No…
        found.qt = qt
    return found


_current: Translators | None = None


def install(language: str) -> Translators:
    """Make ``language`` the interface language of this process.

    Installs the translators into the running ``QCoreApplication`` (if there is one, for
    ``tr()``) and into the Qt-free core (``journal_app.i18n``, for its messages and the PDF's
    labels), replacing those of an earlier call. Falls back to English if the translation is
    missing, rather than failing to start.
    """
    global _current
    try:
        chosen = load(language)
    except FileNotFoundError:
        chosen = Translators(SOURCE_LANGUAGE)
    app = QCoreApplication.instance()
    if _current is not None and app is not None:
        for translator in (_current.app, _current.qt):
            if translator is not None:
                QCoreApplication.removeTranslator(translator)
    if app is not None:
        for translator in (chosen.qt, chosen.app):
            if translator is not None:
                QCoreApplication.installTranslator(translator)
        chosen.installed = True
    i18n.install(chosen.translate if chosen.app is not None else None)
    # Numbers and dates as the language writes them; the system's own locale when it is the
    # system's language (fr_CA stays fr_CA rather than becoming fr_FR).
    same = chosen.language == system_language()
    QLocale.setDefault(QLocale.system() if same else QLocale(chosen.language))
    _current = chosen
    return chosen


def current() -> str:
    """The interface language installed in this process (English before :func:`install`)."""
    return _current.language if _current is not None else SOURCE_LANGUAGE


def installed() -> bool:
    """Whether :func:`install` has put translators into the running application."""
    return _current is not None and _current.installed
