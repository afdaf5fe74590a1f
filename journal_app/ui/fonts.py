"""The bundled fonts in the window: every script shows on a machine without system fonts.

The fonts the PDF export embeds (``resources/fonts``) are added to Qt's font database as
application fonts; Qt's font fallback then finds them for any character the system fonts lack
(Ethiopic, Khmer, Tamil… on a bare Debian). Adding all of them costs a few milliseconds (Qt
reads the files only when it draws with them), so it is done at start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from journal_app.resources import resources_dir

JAPANESE_FAMILY = "IPAexGothic"


def font_files() -> list[Path]:
    """The bundled font files."""
    folder = resources_dir() / "fonts"
    try:
        return sorted(p for p in folder.iterdir() if p.suffix in (".ttf", ".ttc"))
    except OSError:  # an incomplete installation: the window still opens (the export says so)
        return []


def add_bundled_fonts(app: QApplication) -> list[str]:
    """Add the bundled fonts to Qt's font database; returns the families they bring.

    On a Japanese system, Han characters are drawn with Japanese forms (IPAexGothic) rather
    than the Chinese forms Qt's fallback would otherwise pick from the bundled fonts.
    """
    families: set[str] = set()
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:  # a file Qt cannot read is skipped; the export reports its own
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    if QLocale.system().language() == QLocale.Language.Japanese and JAPANESE_FAMILY in families:
        font = QFont(app.font())
        font.setFamilies([*font.families(), JAPANESE_FAMILY])
        app.setFont(font)
    return sorted(families)
