"""Entry point of the frozen app: the same as ``journal-app`` and ``python -m journal_app``.

PyInstaller freezes this script (not ``journal_app/__main__.py``) so that frozen-only set-up
stays out of the package. With ``JOURNAL_APP_SELFCHECK=1`` in the environment the frozen program
instead prints, as JSON, what the bundle gives Qt (image formats, the SVG icon, translations)
and exits; ``packaging/smoke_test.py`` uses it.
"""

from __future__ import annotations

import json
import os
import sys


def _ensure_streams() -> None:
    """Give a windowed Windows executable somewhere to print.

    A Windows executable built without a console starts with ``sys.stdout`` and ``sys.stderr``
    set to ``None``; ``print`` copes, but a library that writes to them directly would fail.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def self_check() -> dict[str, object]:
    """What the bundle gives Qt, for the smoke test.

    Returns:
        The facts, JSON-ready.
    """
    from PySide6.QtCore import QLibraryInfo, QTranslator  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QIcon, QImageReader  # noqa: PLC0415

    from journal_app import i18n, resources  # noqa: PLC0415

    app = QGuiApplication(sys.argv[:1])
    icons = resources.resources_dir() / "icons"
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_languages = {
        code: QTranslator().load(f"qtbase_{code}", qt_translations) for code in ("fr", "es", "ar")
    }
    app_translations = resources.resources_dir() / "translations"
    facts: dict[str, object] = {
        "frozen": bool(getattr(sys, "frozen", False)),
        "utf8_mode": sys.flags.utf8_mode,
        "platform": app.platformName(),
        "resources": str(resources.resources_dir()),
        "image_formats": sorted(
            bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()
        ),
        "svg_icon": not QIcon(str(icons / "journal-app.svg")).pixmap(64, 64).isNull(),
        "qt_translations": qt_languages,
        "english_plurals": len(i18n.english_plural_forms()),
        "app_translations": {
            path.stem: QTranslator().load(str(path))
            for path in sorted(app_translations.glob("journal-app_*.qm"))
        },
    }
    return facts


if __name__ == "__main__":
    _ensure_streams()
    if os.environ.get("JOURNAL_APP_SELFCHECK") == "1":
        print(json.dumps(self_check(), indent=1))
        sys.exit(0)
    from journal_app.cli import main

    sys.exit(main())
