"""The bundled fonts in the window: the same look on every system, and every script shows.

The fonts the PDF export embeds (``resources/fonts``) are added to Qt's font database as
application fonts, and the window's font becomes the bundled Noto Sans followed by the bundled
family of each script, so a prompt looks the same on Windows, macOS and a bare Debian, and
Ethiopic, Khmer, Tamil or Hangul are drawn with the bundled letters rather than whatever the
system happens to have (or boxes). Adding them costs a few milliseconds: Qt reads a file only
when it draws with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from journal_app.resources import resources_dir

WINDOW_FAMILY = "Noto Sans"
CHINESE_FAMILY = "WenQuanYi Zen Hei"
JAPANESE_FAMILY = "IPAexGothic"
LAST_RESORT_FAMILY = "DejaVu Sans"  # symbols and arrows the script fonts lack
AFTER_HAN = ("Noto Sans Mongolian",)
"""Script families that also carry CJK punctuation (。「」，): tried after the Han fonts, so
that a Chinese or Japanese sentence keeps one font and one line height."""


_ADDED: dict[Path, list[str]] = {}
"""The font files added to Qt's database, with the families each brought."""


def font_files() -> list[Path]:
    """The bundled font files."""
    folder = resources_dir() / "fonts"
    try:
        return sorted(p for p in folder.iterdir() if p.suffix in (".ttf", ".ttc"))
    except OSError:  # an incomplete installation: the window still opens (the export says so)
        return []


def window_families(bundled: Iterable[str], *, japanese: bool) -> list[str]:
    """The window font's families, in the order Qt tries them for each character.

    Noto Sans first (Latin, Greek, Cyrillic), then the Noto family of each other script, then
    the Han font: IPAexGothic before WenQuanYi on a Japanese system, so Han characters take
    their Japanese forms there, and WenQuanYi (which also has Hangul and kana) alone elsewhere;
    then :data:`AFTER_HAN`, and DejaVu Sans for symbols. The system's fonts come after these
    (colour emoji, for instance).
    Families that are not bundled are left out; without Noto Sans the list is empty and the
    system's font stays.
    """
    present = set(bundled)
    if WINDOW_FAMILY not in present:
        return []
    scripts = sorted(
        family
        for family in present
        if family.startswith(("Noto Sans ", "Noto Serif "))
        and family != WINDOW_FAMILY
        and family not in AFTER_HAN
    )
    han = [JAPANESE_FAMILY, CHINESE_FAMILY] if japanese else [CHINESE_FAMILY]
    ordered = [WINDOW_FAMILY, *scripts, *han, *AFTER_HAN, LAST_RESORT_FAMILY]
    return [family for family in ordered if family in present]


def add_bundled_fonts(app: QApplication) -> list[str]:
    """Add the bundled fonts to Qt's font database and make them the window's font.

    Returns the families the files bring. The size stays the system's.
    """
    families: set[str] = set()
    for path in font_files():
        if path not in _ADDED:  # once per file: Qt would hold a second copy of the same font
            font_id = QFontDatabase.addApplicationFont(str(path))
            # A file Qt cannot read is skipped; the export reports its own.
            _ADDED[path] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families.update(_ADDED[path])
    japanese = QLocale.system().language() == QLocale.Language.Japanese
    ordered = window_families(families, japanese=japanese)
    if ordered:
        # Setting the application's font drops the fonts a desktop gives some kinds of widget
        # (smaller menus and tooltips on macOS): keep their sizes, in the bundled families.
        general = app.font()
        # (PySide6 6.11 takes the class name as str, whatever its type hints say.)
        themed = {name: QApplication.font(name) for name in THEMED_CLASSES}  # type: ignore[call-overload]
        font = QFont(general)
        font.setFamilies(ordered)
        app.setFont(font)
        for name, own in themed.items():
            if own != general:
                kept = QFont(own)
                kept.setFamilies(ordered)
                QApplication.setFont(kept, name)  # type: ignore[arg-type]
    return sorted(families)


THEMED_CLASSES = (
    "QMenu",
    "QMenuBar",
    "QMessageBox",
    "QTipLabel",
    "QStatusBar",
    "QHeaderView",
    "QAbstractItemView",
    "QPushButton",
    "QToolButton",
    "QComboBox",
    "QDockWidget",
    "QLabel",
    "QCheckBox",
    "QRadioButton",
)
"""Classes a platform theme may give a font of their own (Qt's widget font hash)."""
