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
  and call :func:`translate` with the same context when the text is shown;
* a count that changes a word is a plural message: ``%n`` in the text and the count as the
  *fourth positional* argument, as Qt's own ``translate`` takes it (lupdate ignores ``n=``)::

      translate("store", "This prompt takes at most %n pictures.", None, count)

  English needs its singular too: it comes from ``journal-app_en.ts`` (plural forms only),
  read here without Qt, so the command line in English says "1 picture" without loading Qt.
"""

from __future__ import annotations

import configparser
import functools
import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from pathlib import Path

from journal_app import resources

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español"}
"""Interface languages, each named in itself (a menu lists them so, in any interface language)."""

SOURCE_LANGUAGE = "en"
SETTINGS_FILE = "settings.ini"
SETTING_SECTION, SETTING_KEY = "interface", "language"

Translator = Callable[[str, str, int], str]
"""``(context, english_text, n) -> text in the user's language``, ``""`` if it has none.

``n`` is the count of a plural message (``-1`` otherwise); the result keeps its ``%n``.
"""


def _identity(_context: str, _text: str, _n: int = -1) -> str:
    return ""


_translator: Translator = _identity
_lock = threading.Lock()


def install(translator: Translator | None) -> None:
    """Make ``translator`` the one the core uses (``None`` goes back to English)."""
    global _translator
    with _lock:
        _translator = translator if translator is not None else _identity


def translate(context: str, text: str, disambiguation: None = None, n: int = -1) -> str:
    """``text`` in the user's language; thread-safe (the PDF export runs on a worker thread).

    Args:
        context: the area of the app ("store", "pdf", "cli"…), as in the .ts files.
        text: the English text, a ``str.format`` template.
        disambiguation: unused (Qt's position for it, so lupdate reads ``n`` as the count).
        n: for a plural message, the count that replaces ``%n`` and picks the form.
    """
    del disambiguation
    translated = _translator(context, text, n)
    if not translated:
        translated = _english_plural(context, text, n) if n >= 0 else text
    return translated.replace("%n", str(n)) if n >= 0 else translated


def _english_plural(context: str, text: str, n: int) -> str:
    forms = english_plural_forms().get((context, text))
    if forms is None:
        return text
    return forms[0] if n == 1 else forms[-1]


@functools.cache
def english_plural_forms() -> dict[tuple[str, str], tuple[str, ...]]:
    """English singular and plural of every plural message, from ``journal-app_en.ts``."""
    path = resources.resources_dir() / "translations" / "journal-app_en.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            forms = tuple(f.text or "" for f in message.iter("numerusform"))
            if forms and all(forms):
                found[(name, message.findtext("source", ""))] = forms
    return found


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
    return next((c for c in map(known_language, wishes) if c), SOURCE_LANGUAGE)


def known_language(tag: str) -> str | None:
    """The code of :data:`LANGUAGES` a language tag names (``fr-CA``, ``es_MX.UTF-8``), or None."""
    code = tag.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else None
