"""Benchmark of the PDF export, against its targets, on this machine.

The full iDiaspora Journal with every prompt answered (long answers, several scripts) and 20
photos (2400 × 1800 JPEGs, as the store keeps them) is exported with ``export_pdf``. The floor is
a bare ReportLab script, measured in the same run, that lays out the same answer paragraphs,
tables and pictures (given as files, so JPEGs are embedded as they are) with one font and
``SimpleDocTemplate.build``: no cover, contents (which needs a second layout pass), bookmarks,
page x of y, or script runs. Targets: export ≤ 1.2 × the floor, and under 2 s.

Run from the repository: ``python bench/bench_pdf.py``. Exits 1 if a target is missed.
"""

from __future__ import annotations

import io
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image as PILImage
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_window import fill_every_prompt  # noqa: E402

from journal_app import resources  # noqa: E402
from journal_app.export import fonts  # noqa: E402
from journal_app.export.pdf import export_pdf, gather  # noqa: E402
from journal_app.packs.loader import load_pack_text  # noqa: E402
from journal_app.packs.model import ImagePrompt  # noqa: E402
from journal_app.store.answers import TableValue, TextValue  # noqa: E402
from journal_app.store.repository import Repository  # noqa: E402

RUNS = 5
MULTILINGUAL = (
    "Diaspora engagement means partnership.\n\n"
    "تعمل الجاليات كجسور بين البلدان وتنقل المعرفة والاستثمار.\n\n"
    "የዲያስፖራ ተሳትፎ ለልማት ወሳኝ ነው።\n\nप्रवासी समुदाय पुल का काम करते हैं।\n\n海外侨民的贡献很大。\n\n"
    "Діаспора — це міст. Diaspora shqiptare. Dyaspora ayisyen an."
)


def camera_photo(seed: int) -> bytes:
    """A 2400 × 1800 JPEG with photo-like detail (about the size the store keeps)."""
    noise = PILImage.effect_noise((2400, 1800), 40 + seed).convert("RGB")
    gradient = PILImage.linear_gradient("L").resize((2400, 1800)).convert("RGB")
    out = io.BytesIO()
    PILImage.blend(noise, gradient, 0.6).save(out, format="JPEG", quality=88)
    return out.getvalue()


def main() -> int:
    """Measure and print the figures."""
    work = Path(tempfile.mkdtemp())
    try:
        data_dir = work / "data"
        fill_every_prompt(data_dir)
        document = json.loads(resources.bundled_pack("idiaspora-journal").read_text("utf-8"))
        for section in document["sections"]:
            for group in section["groups"]:
                for prompt in group["prompts"]:
                    if prompt["kind"] == "image":
                        prompt["max_images"] = 20
        pack = load_pack_text(json.dumps(document))
        repo = Repository.open(data_dir, snapshot_on_open=False)
        journal = repo.journals()[0]
        explain = pack.prompt("s1-explain-diaspora-engagement")
        assert explain is not None
        repo.save_answer(journal, explain, TextValue(MULTILINGUAL))
        image_prompts = [p for p in pack.prompts() if isinstance(p, ImagePrompt)]
        for i in range(20):
            repo.add_normalized_image(
                journal,
                image_prompts[i % len(image_prompts)],
                camera_photo(i),
                media_type="image/jpeg",
                size=(2400, 1800),
                caption=f"Photo {i + 1}",
            )
        content = gather(repo, journal)

        exports, pages = [], 0
        for run in range(RUNS):
            start = time.perf_counter()
            report = export_pdf(pack, content, work / f"journal-{run}.pdf")
            exports.append(time.perf_counter() - start)
            pages = report.pages

        # The floor: the same answers, tables and pictures, straight into ReportLab.
        face = fonts.register_fonts()
        body = ParagraphStyle("b", fontName=face.body, fontSize=10.5, leading=14.5)
        answers = repo.answers(journal)
        infos = repo.images(journal)
        # The floor gets its pictures as files, ReportLab's fastest way to embed JPEGs as they
        # are (the export writes its files inside its timing).
        picture_files = {}
        for info in infos:
            picture_files[info.id] = work / f"floor-picture-{info.id}.jpg"
            picture_files[info.id].write_bytes(repo.image_bytes(info.id))
        floors = []
        for run in range(RUNS):
            start = time.perf_counter()
            story: list[object] = []
            for prompt in pack.prompts():
                story.append(Paragraph(str(prompt.text), body))
                answer = answers.get(prompt.id)
                value = answer.value if answer else None
                if isinstance(value, TextValue):
                    story += [Paragraph(p, body) for p in value.text.split("\n\n")]
                elif isinstance(value, TableValue):
                    story.append(
                        Table([[Paragraph(t, body)] for _, _, t in value.cells], repeatRows=0)
                    )
                elif value is not None:
                    story.append(Paragraph(str(value)[:400], body))
            for info in infos:
                scale = min(1.0, 170 * mm / (info.width * 0.75))
                story.append(
                    Image(
                        str(picture_files[info.id]),
                        width=info.width * 0.75 * scale,
                        height=info.height * 0.75 * scale,
                    )
                )
            SimpleDocTemplate(str(work / f"floor-{run}.pdf"), pagesize=A4).build(story)  # type: ignore[arg-type]
            floors.append(time.perf_counter() - start)
        repo.close()

        export_median, floor_median = statistics.median(exports), statistics.median(floors)
        ratio = export_median / floor_median
        size_mb = (work / "journal-0.pdf").stat().st_size / 2**20
        print("Reflection Journal PDF benchmark")
        print(
            f"  the journal: {len(answers)} answers, {len(infos)} photos, {pages} pages,"
            f" {size_mb:.1f} MB"
        )
        rows = [
            ("export_pdf, median", export_median * 1000, "< 2000 ms", export_median < 2.0),
            ("floor: bare ReportLab, same content, median", floor_median * 1000, "", None),
            ("ratio export / floor", ratio, "≤ 1.2×", ratio <= 1.2),
        ]
        failed = False
        for name, value, target, ok in rows:
            unit = "×" if "ratio" in name else "ms"
            verdict = "info" if ok is None else ("PASS" if ok else "FAIL")
            failed |= ok is False
            print(f"  {name:<46} {value:>9.2f} {unit:<2} {target:<10} {verdict}")
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
