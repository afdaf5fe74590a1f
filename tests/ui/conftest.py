"""The window's tests run in English, with its plural forms, as the app starts by default."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from journal_app import language


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    """English translators installed, as ``app.run`` does ("1 picture", not "1 pictures")."""
    if language.current() != language.SOURCE_LANGUAGE or not language.installed():
        language.install(language.SOURCE_LANGUAGE)
