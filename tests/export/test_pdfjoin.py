"""Joining the parts of a long document: every page, its text and pictures, and one outline."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from journal_app.export import fonts
from journal_app.export.pdfjoin import JoinError, OutlineEntry, join, renumber

HOSTILE = "Title (5 0 R) \\ ) ( << /Kids [ 1 0 R ] >> stream"


def make_part(path: Path, first: int, pages: int, *, picture: bool = False) -> Path:
    face = fonts.register_fonts()
    canvas = Canvas(str(path), invariant=1)
    canvas.setTitle("Outcome — مشترك")
    for n in range(first, first + pages):
        canvas.setFont(face.body, 12)
        canvas.drawString(72, 700, f"Page {n}: {HOSTILE} — مشترك 共享")
        if picture:
            image = Image.new("RGB", (60, 40), (n * 20 % 255, 90, 140))
            canvas.drawImage(ImageReader(image), 72, 500, width=60, height=40)
        canvas.showPage()
    canvas.save()
    return path


def test_parts_join_into_one_document_with_one_outline(tmp_path: Path) -> None:
    parts = [
        make_part(tmp_path / "0.pdf", 1, 3),
        make_part(tmp_path / "1.pdf", 4, 2, picture=True),
        make_part(tmp_path / "2.pdf", 6, 4),
    ]
    outline = [
        OutlineEntry(0, "Synthesis", 1),
        OutlineEntry(1, "Section 1: مشترك", 2, closed=True),
        OutlineEntry(0, "Appendix: every answer", 4),
        OutlineEntry(1, HOSTILE, 5, closed=True),
        OutlineEntry(2, "A group", 6, closed=True),
        OutlineEntry(1, "Section 3", 9, closed=True),
    ]
    out = io.BytesIO()
    assert join(parts, out, outline) == 9
    reader = PdfReader(io.BytesIO(out.getvalue()), strict=True)
    assert len(reader.pages) == 9
    for n, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Page {n}:" in text
        assert "共享" in text
    assert [len(reader.pages[n].images) for n in range(9)] == [0, 0, 0, 1, 1, 0, 0, 0, 0]
    assert reader.metadata is not None
    assert reader.metadata.title == "Outcome — مشترك"

    def walk(items: list[object], depth: int = 0) -> list[tuple[int, str, int]]:
        found: list[tuple[int, str, int]] = []
        for item in items:
            if isinstance(item, list):
                found += walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item) + 1))  # type: ignore[attr-defined, arg-type]
        return found

    assert walk(reader.outline) == [(e.level, e.title, e.page) for e in outline]


def test_without_an_outline_and_with_one_part(tmp_path: Path) -> None:
    out = io.BytesIO()
    assert join([make_part(tmp_path / "0.pdf", 1, 2)], out) == 2
    reader = PdfReader(io.BytesIO(out.getvalue()), strict=True)
    assert len(reader.pages) == 2
    assert reader.outline == []


def test_references_are_renumbered_outside_strings_names_and_streams() -> None:
    body = b"<< /F1+0 8 0 R /Title (5 0 R \\) 6 0 R) /K <0A 0 R> /L [ 12 0 R 13 0 R ] >>"
    assert renumber(body, 100) == (
        b"<< /F1+0 108 0 R /Title (5 0 R \\) 6 0 R) /K <0A 0 R> /L [ 112 0 R 113 0 R ] >>"
    )
    assert renumber(b"<< /Parent 3 0 R >>", 10, {3: 1}) == b"<< /Parent 1 0 R >>"
    stream = b"<< /Length 9 >>\nstream\n1 0 R 2 0\nendstream\n"
    assert renumber(stream, 10) == stream


def test_what_reportlab_did_not_write_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really\n")
    with pytest.raises(JoinError):
        join([broken], io.BytesIO())


def test_each_font_subset_keeps_a_tag_of_its_own_and_parts_can_go_as_copied(
    tmp_path: Path,
) -> None:
    parts = [make_part(tmp_path / f"{n}.pdf", 1 + 2 * n, 2) for n in range(3)]
    out = io.BytesIO()
    assert join(parts, out, remove=True) == 6
    assert not any(p.exists() for p in parts)
    reader = PdfReader(io.BytesIO(out.getvalue()), strict=True)
    fonts_by_object: dict[int, str] = {}
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            if "+" not in str(font["/BaseFont"]):
                continue  # (Helvetica, which every ReportLab canvas declares, is no subset)
            fonts_by_object[reference.idnum] = str(font["/BaseFont"])
            assert str(font["/FontDescriptor"]["/FontName"]) == str(font["/BaseFont"])
    names = list(fonts_by_object.values())
    assert len(names) >= 3  # a subset per part, at least
    assert len(set(names)) == len(names)  # ISO 32000-1, 9.6.4: different subsets, different tags
    assert all(name.split("+")[1] == "NotoSans-Regular" for name in names)
