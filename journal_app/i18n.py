"""Translation hook for the Qt-free core (packs, store, export) and the command line.

The core never imports Qt, yet its messages (errors, the PDF's fixed labels) must appear in the
user's language. It marks them with :func:`translate`, whose name and ``(context, text)``
arguments ``pyside6-lupdate`` recognises, so they land in the same ``.ts`` files as the window's
``tr()`` strings. The window and the command line install the real translator at start-up
(:func:`install`), a thin wrapper around Qt's ``QTranslator``; until then, and in the core's own
tests, the English source text is returned unchanged.

Rules for callers:

* translate when the message is made, never at import time (the translator comes later);
* the text is a ``str.format`` template with named fields, formatted *after* translation::

      translate("store", "There is no journal named {name}.").format(name=repr(name))

* for module-level constants use :func:`QT_TRANSLATE_NOOP` (lupdate sees it; it returns the text)
  and call :func:`translate` with the same context when the text is shown.
"""

from __future__ import annotations

import configparser
import os
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español"}
"""Interface languages, each named in itself (a menu lists them so, in any interface language)."""

SOURCE_LANGUAGE = "en"
SETTINGS_FILE = "settings.ini"
SETTING_SECTION, SETTING_KEY = "interface", "language"

Translator = Callable[[str, str], str]
"""``(context, english_text) -> text in the user's language`` (the English text if none)."""


def _identity(_context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_lock = threading.Lock()


def install(translator: Translator | None) -> None:
    """Make ``translator`` the one the core uses (``None`` goes back to English)."""
    global _translator
    with _lock:
        _translator = translator if translator is not None else _identity


def translate(context: str, text: str) -> str:
    """``text`` in the user's language; thread-safe (the PDF export runs on a worker thread)."""
    translated = _translator(context, text)
    return translated if translated else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation in ``context`` without translating it (for constants)."""
    del context
    return text


def saved_language(data_dir: Path) -> str:
    """The interface language chosen in the window (``""``: the system's), read without Qt.

    The window keeps it in the data folder's ``settings.ini`` (written by ``QSettings``, an
    INI file); a missing or unreadable file means no choice.
    """
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(data_dir / SETTINGS_FILE, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return ""
    value = parser.get(SETTING_SECTION, SETTING_KEY, fallback="").strip()
    return value if value in LANGUAGES else ""


def environment_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the POSIX locale variables ask for, as the app knows it, without Qt.

    ``LANGUAGE`` (a list of preferences) comes first unless the locale is C/POSIX, then the
    first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set, as gettext does. Returns
    ``None`` when none is set (Windows and macOS keep the language elsewhere), else one of
    :data:`LANGUAGES` (English when the wish is a language the app does not have).
    """
    env = os.environ if environ is None else environ
    locale_name = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    preferences = "" if locale_name.split(".")[0] in ("C", "POSIX") else env.get("LANGUAGE", "")
    wishes = [w for w in [*preferences.split(":"), locale_name] if w]
    if not wishes:
        return None
    for wish in wishes:
        code = wish.replace("-", "_").split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE
