"""Render pages of the exported PDFs into PNGs for the README (needs ``pdftoppm``, poppler).

Usage: ``python tools/pdf_screenshots.py [OUT_DIR]`` (default ``docs/screenshots``). It fills a
journal in a temporary data folder with a few answers in several languages and a picture,
exports the whole journal and "My answers", and saves the pages the README shows.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

from journal_app import resources
from journal_app.export.pdf import PdfOptions, export_pdf, gather
from journal_app.packs.loader import load_pack
from journal_app.packs.model import ChecklistPrompt, ImagePrompt
from journal_app.store.answers import ChecklistValue, ItemsValue, TextValue
from journal_app.store.repository import Repository

ANSWERS = {
    "s1-explain-diaspora-engagement": TextValue(
        "Working with people who left — and with their children — as partners, not as an "
        "audience.\n\nالجاليات جسور بين البلدين، تنقل المعرفة والاستثمار.\n\n"
        "Diaspora engagement significa escuchar primero."
    ),
    "s1-five-benefits-of-migration": ItemsValue(
        (
            "Skills that come back, and skills that stay connected.",
            "Remittances that pay for school fees, clinics and small businesses in the villages"
            " people came from, often more reliably than aid.",
            "Trade links.",
            "Ideas about how public services can work.",
            "Friendships across borders.",
        )
    ),
    "s1-favorite-meal": TextValue("Jollof rice, as my grandmother made it — ጆሎፍ ሩዝ"),
    "s3-diaspora-led-initiatives": TextValue(
        "Hometown associations rebuilt the clinic in 2019 and still pay two of its nurses."
    ),
}


def drawn_meal() -> bytes:
    """A drawing of a plate (no real person's picture in the repository)."""
    image = Image.new("RGB", (1200, 800), "#f4efe6")
    draw = ImageDraw.Draw(image)
    draw.ellipse((250, 120, 950, 700), fill="#ffffff", outline="#b9a68a", width=12)
    draw.ellipse((400, 250, 800, 560), fill="#e07a2f")
    for x in range(430, 780, 60):
        draw.ellipse((x, 330, x + 30, 360), fill="#7a9a3a")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


def page_png(pdf: Path, page: int, target: Path) -> None:
    """Page ``page`` (from 1) of ``pdf`` as a PNG at 60 dpi."""
    stem = target.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            pdf,
            stem,
        ],
        check=True,
    )
    print(f"wrote {target}")


def main() -> None:
    """Export the journals and render the pages."""
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    pack = load_pack(resources.bundled_pack("idiaspora-journal"))
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        with Repository.open(work / "data", snapshot_on_open=False) as repo:
            journal = repo.create_journal("Amina Diallo", pack)
            for prompt_id, value in ANSWERS.items():
                prompt = pack.prompt(prompt_id)
                assert prompt is not None, prompt_id
                repo.save_answer(journal, prompt, value)  # type: ignore[arg-type]
            checklist = pack.prompt("s1-contributions-to-homeland")
            assert isinstance(checklist, ChecklistPrompt)
            chosen = tuple(o.id for o in checklist.options[:7:2])
            repo.save_answer(journal, checklist, ChecklistValue(chosen))
            meal = pack.prompt("s1-favorite-meal")
            assert isinstance(meal, ImagePrompt)
            repo.add_image(journal, meal, drawn_meal(), caption="Jollof rice, Sunday lunch")
            content = gather(repo, journal)
            whole = work / "journal.pdf"
            export_pdf(pack, content, whole)
            mine = work / "mine.pdf"
            export_pdf(pack, content, mine, PdfOptions(skip_unanswered=True))
        page_png(whole, 3, out_dir / "pdf-contents.png")
        page_png(whole, 6, out_dir / "pdf-section.png")
        page_png(mine, 1, out_dir / "pdf-my-answers-cover.png")
        page_png(mine, 2, out_dir / "pdf-my-answers.png")


if __name__ == "__main__":
    main()
