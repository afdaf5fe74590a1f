"""Render the journal window into PNGs for the README (offscreen, no screen needed).

Usage: ``QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUT_DIR]`` (default
``docs/screenshots``). It opens the iDiaspora Journal in a temporary data folder, fills a few
answers in several languages, and saves the window on a checklist, a table and a picture prompt,
and once more with the interface in French.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal_app import language, resources  # noqa: E402
from journal_app.packs.loader import load_pack  # noqa: E402
from journal_app.packs.model import ImagePrompt  # noqa: E402
from journal_app.store.answers import ChecklistValue, TableValue, TextValue  # noqa: E402
from journal_app.store.repository import Repository  # noqa: E402
from journal_app.ui.fonts import add_bundled_fonts  # noqa: E402
from journal_app.ui.main_window import MainWindow  # noqa: E402

SHOTS = {
    "checklist": "s1-contributions-to-homeland",
    "table": "s2-transnational-political-engagement",
    "image": "s1-picture-from-abroad",
    "text": "s1-explain-diaspora-engagement",
    "meal": "s1-favorite-meal",
    "section": "s2-sdg-impact",  # a section's first page: its title and introduction
}
# The README's first two pictures: the home page, and a page with a group's title and
# introduction and a line where the printed journal lost an item.
README_SHOTS: dict[str, str | None] = {"home": None, "prompts": "s2-youth-understanding-interests"}
DARK_SHOTS: dict[str, str | None] = {
    "home": None,
    "text": "s1-explain-diaspora-engagement",
    "table": SHOTS["table"],
}


def sample_photo() -> bytes:
    """A drawn "photo" (no real person's picture in the repository)."""
    image = Image.new("RGB", (1200, 800), "#87b5d9")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 520, 1200, 800), fill="#6a9c4f")
    draw.ellipse((900, 80, 1040, 220), fill="#f6d55c")
    for x in range(80, 1100, 180):
        draw.rectangle((x, 360, x + 120, 540), fill="#e8e1d4", outline="#7a6a58", width=4)
        draw.polygon([(x - 10, 360), (x + 60, 300), (x + 130, 360)], fill="#b5523b")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


def dark_palette() -> QPalette:
    """A dark desktop theme's colours."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#2b2b2b"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#3d7ab8"),
        (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.ToolTipBase, "#353535"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.Link, "#8ab4f8"),
        (roles.Mid, "#4a4a4a"),
        (roles.Dark, "#202020"),
        (roles.Light, "#505050"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def main() -> None:
    """Render the screenshots."""
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # the same look offscreen as on a desktop, light and dark
    add_bundled_fonts(app)  # every script shows, as in the app
    language.install("en")
    pack = load_pack(resources.bundled_pack("idiaspora-journal"))
    with tempfile.TemporaryDirectory() as temporary:
        data_dir = Path(temporary)
        repo = Repository.open(data_dir, snapshot_on_open=False)
        journal = repo.create_journal("Amina Diallo", pack)

        def answer(prompt_id: str, value: object) -> None:
            prompt = pack.prompt(prompt_id)
            assert prompt is not None, prompt_id
            repo.save_answer(journal, prompt, value)  # type: ignore[arg-type]

        answer(
            "s1-explain-diaspora-engagement",
            TextValue(
                "Working with people who left — and with their children — as partners, not as "
                "an audience.\n\nالجاليات جسور بين البلدين، تنقل المعرفة والاستثمار.\n\n"
                "Diaspora engagement significa escuchar primero."
            ),
        )
        answer(
            "s1-contributions-to-homeland",
            ChecklistValue(("remittances", "transfer-of-skills", "philanthropy", "investments")),
        )
        answer(
            "s2-transnational-political-engagement",
            TableValue(
                (
                    (
                        "peace-reconciliation",
                        "example",
                        "Dialogue circles between returnees and local leaders.",
                    ),
                    (
                        "voting-registries",
                        "example",
                        "Consular registration drives before elections.",
                    ),
                )
            ),
        )
        answer("s1-favorite-meal", TextValue("Jollof rice, as my grandmother made it — ጆሎፍ ሩዝ"))
        photo = pack.prompt("s1-picture-from-abroad")
        assert isinstance(photo, ImagePrompt)
        repo.add_image(journal, photo, sample_photo(), caption="Our street in Lisbon, 2019")

        settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)

        def shoot(shots: dict[str, str | None], name_of: str) -> None:
            """Open a window and save it at each place (None: Home) as ``name_of``."""
            window = MainWindow(pack, repo, journal, settings)
            window.resize(1280, 820)
            window.show()
            for name, at in shots.items():
                if at is None:
                    window.show_home()
                else:
                    window.go_to_prompt(at, focus=False)
                app.processEvents()
                target = out_dir / name_of.format(name)
                window.grab().save(str(target))
                print(f"wrote {target}")
            window.close()

        shoot(dict(SHOTS), "window-{}.png")
        shoot(README_SHOTS, "{}.png")
        # The interface in French on the English journal (the two languages are separate).
        language.install("fr")
        shoot({"checklist": SHOTS["checklist"]}, "window-{}-fr.png")
        language.install("en")
        # The same pages on a dark theme (as a dark desktop gives it; the offscreen platform has
        # no theme of its own): the section colours are lightened to read on it.
        light = app.palette()
        app.setPalette(dark_palette())
        app.processEvents()
        shoot(DARK_SHOTS, "window-{}-dark.png")
        app.setPalette(light)
        repo.close()


if __name__ == "__main__":
    main()
