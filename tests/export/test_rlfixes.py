"""The fixes to ReportLab (journal_app/export/rlfixes.py) are in place and still needed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from journal_app.export import rlfixes


def test_two_rises_in_a_row_leave_the_baseline_at_the_second() -> None:
    text = Canvas(io.BytesIO()).beginText(0, 100)
    text.setRise(-3)
    text.setRise(-5)  # ReportLab 5.1 replaced the operator and forgot the rise
    assert text._rise == -5
    assert text._code[-1] == "-5 Ts"
    text.setRise(0)
    assert text._rise == 0


def test_the_fixes_replace_reportlabs_methods() -> None:
    assert PDFTextObject.setRise is rlfixes._set_rise
    assert PDFTextObject._formatText is rlfixes._format_text_read_back


def test_reportlabs_own_set_rise_still_has_the_bug() -> None:
    """When a ReportLab release fixes it, this fails: then the fix can go."""
    text = Canvas(io.BytesIO()).beginText(0, 100)
    rlfixes.REPORTLAB_SET_RISE(text, -3)
    rlfixes.REPORTLAB_SET_RISE(text, -5)
    assert text._rise == -3  # the bug: the second rise is forgotten


def test_private_use_of_the_planes_the_pdf_codes_live_in_never_draws_one_of_them(
    tmp_path: Path,
) -> None:
    """U+F0000 and up name the PDF's own glyph codes: a user's such character is a box."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    from journal_app.export import fonts, textlayout

    fonts.register_fonts()
    style = ParagraphStyle("body", fontName="NotoSans", fontSize=11, leading=16)
    shaped = textlayout.make_paragraph("हिन्दी में लिखा", style)  # makes codes from U+F0000
    hostile = textlayout.make_paragraph("x \U000f0000\U000f0001\U0010fffd y", style)
    path = tmp_path / "planes.pdf"
    SimpleDocTemplate(str(path)).build([shaped, hostile], canvasmaker=textlayout.EmbeddedCanvas)
    assert "\U000f0000" not in textlayout.paragraph_markup("\U000f0000").xml
    assert "x □□□ y" in PdfReader(path).pages[0].extract_text()


def test_every_patched_method_is_in_place() -> None:
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfgen import canvas
    from reportlab.platypus import paragraph

    assert ttfonts.makeToUnicodeCMap is rlfixes._to_unicode_cmap
    for module in (ttfonts, paragraph, canvas):
        assert module.shapeFragWord is rlfixes._shape_and_remember


def test_standard_fonts_still_draw() -> None:
    """The patch is process-wide: a canvas in Helvetica (a Type 1 font) must not mind it."""
    out = io.BytesIO()
    drawing = Canvas(out)
    drawing.setFont("Helvetica", 12)
    drawing.drawString(10, 10, "Plain Helvetica, é and \u0378")
    drawing.save()
    assert out.getvalue().startswith(b"%PDF")


def test_when_the_codes_run_out_exports_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """About 131,000 codes serve a process; past them glyphs keep ReportLab's own codes."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    from journal_app.export import fonts, textlayout

    fonts.register_fonts()
    monkeypatch.setattr(rlfixes, "_next_key", [0x10FFFD])  # one code left
    style = ParagraphStyle("body", fontName="NotoSans", fontSize=11, leading=16)
    path = tmp_path / "spent.pdf"
    texts = ["हिन्दी में \u0378\u0379 लिखा गया पाठ", "ᏣᎳᎩ 👍 ក្នុង"]
    SimpleDocTemplate(str(path)).build(
        [textlayout.make_paragraph(t, style) for t in texts], canvasmaker=textlayout.EmbeddedCanvas
    )
    assert rlfixes._next_key == [0x10FFFE]
    assert len(PdfReader(path).pages) == 1


def _save_a_big_picture(path: Path) -> int:
    """Save a document of 12 pages of 0.5 MB of incompressible pixels; the peak it took."""
    import os
    import tracemalloc

    from PIL import Image
    from reportlab.lib.utils import ImageReader

    from journal_app.export import layout

    canvas = layout.numbered_canvas(lambda n, total: "")(str(path), invariant=1)
    for _ in range(12):
        picture = Image.frombytes("RGB", (400, 400), os.urandom(400 * 400 * 3))
        canvas.drawImage(ImageReader(picture), 0, 0, width=400, height=400)
        canvas.showPage()
    tracemalloc.start()
    try:
        canvas.save()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_pdf_is_written_as_it_is_made_not_held_whole_then_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.pdfbase import pdfdoc

    streamed = _save_a_big_picture(tmp_path / "streamed.pdf")
    monkeypatch.setattr(pdfdoc, "PDFFile", rlfixes.REPORTLAB_PDF_FILE)
    whole = _save_a_big_picture(tmp_path / "whole.pdf")
    size = (tmp_path / "whole.pdf").stat().st_size
    assert size > 5_000_000
    # ReportLab's way keeps every formatted part, then joins them: twice the file at least.
    assert whole - streamed > 0.9 * size, (whole, streamed, size)
    streamed_file = PdfReader(tmp_path / "streamed.pdf")
    assert len(streamed_file.pages) == 12
    assert streamed_file.pages[11].images[0].image.size == (400, 400)
