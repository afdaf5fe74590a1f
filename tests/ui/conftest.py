"""The window's tests run as the app starts by default: in English, with the bundled fonts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from journal_app import language
from journal_app.ui.fonts import add_bundled_fonts


@pytest.fixture(scope="session")
def bundled_families(qapp: QApplication) -> list[str]:
    """The bundled fonts added and made the window's font, as ``app.run`` does, once."""
    return add_bundled_fonts(qapp)


@pytest.fixture(autouse=True)
def english(qapp: QApplication, bundled_families: list[str]) -> None:
    """English translators installed, as ``app.run`` does ("1 picture", not "1 pictures")."""
    if language.current() != language.SOURCE_LANGUAGE or not language.installed():
        language.install(language.SOURCE_LANGUAGE)
