"""The fixes to ReportLab (journal_app/export/rlfixes.py) are in place and still needed."""

from __future__ import annotations

import io

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
