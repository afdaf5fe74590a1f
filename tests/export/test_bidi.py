"""The bidirectional algorithm, against Unicode's own conformance data, and as drawn in the PDF.

``BidiCharacterTest.txt`` (91,707 lines of text with their levels and visual order) and
``BidiTest.txt`` (bidi class sequences) come from Debian's ``unicode-data`` package, which the
README's test command installs: an independent reference, not a model of our own.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from journal_app.export import bidi, fonts, textlayout

UCD = Path("/usr/share/unicode")


def _data(name: str) -> list[str]:
    path = UCD / name
    if not path.is_file():
        pytest.fail(f"{path} is missing: install Debian's unicode-data package (see the README)")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_every_case_of_bidi_character_test() -> None:
    cases = failed = 0
    for line in _data("BidiCharacterTest.txt"):
        points, direction, _, expected_levels, expected_order = line.split(";")
        text = "".join(chr(int(p, 16)) for p in points.split())
        if any(unicodedata.category(c) == "Cn" for c in text):  # newer than Python's tables
            continue
        cases += 1
        base = None if direction == "2" else int(direction)
        found = bidi.levels(text, base)
        expected = [None if x == "x" else int(x) for x in expected_levels.split()]
        order = [int(x) for x in expected_order.split()]
        if found != expected or bidi.visual_order(found) != order:
            failed += 1
    assert cases > 90_000
    assert failed == 0


def test_bidi_test_class_sequences() -> None:
    """BidiTest.txt: sequences of classes, each for auto, LTR and RTL paragraphs (a third)."""
    levels: list[int | None] = []
    order: list[int] = []
    cases = failed = 0
    for number, line in enumerate(_data("BidiTest.txt")):
        if line.startswith("@Levels:"):
            levels = [None if x == "x" else int(x) for x in line.split(":", 1)[1].split()]
        elif line.startswith("@Reorder:"):
            order = [int(x) for x in line.split(":", 1)[1].split()]
        elif not line.startswith("@") and number % 3 == 0:
            classes, bits = line.split(";")
            kinds = classes.split()
            for bit, base in ((1, None), (2, 0), (4, 1)):
                if int(bits) & bit:
                    cases += 1
                    found = bidi.levels("\0" * len(kinds), base, classes=kinds)
                    failed += found != levels or bidi.visual_order(found) != order
    assert cases > 200_000
    assert failed == 0


MIXED = [
    ("We met in Cairo (القاهرة) 2 times.", 0),
    ("We met in Tel Aviv (תל אביב) 2 times.", 0),
    ("التقينا في (Cairo) مرتين.", 1),
    ("נפגשנו ב-(Paris) פעמיים.", 1),
    ("المبلغ 1,250.50 دولار (تقريبا) في 2024", 1),
    ("Kabul [کابل (پایتخت)] is far", 0),
    ("שלום (עולם) and more", 1),
    # Marks and isolates as typed or pasted: the order follows them, and they are not drawn.
    ("\u2067שלום עולם\u2069 is the title, 2 words", 0),
    ("The price is \u200f100\u200f shekels", 0),
    ("כתבתי \u2066Hello, world\u2069 בסוף", 1),
]


@pytest.mark.parametrize(("text", "base"), MIXED, ids=range(len(MIXED)))
def test_a_mixed_line_is_drawn_in_the_order_the_algorithm_gives(
    tmp_path: Path, text: str, base: int
) -> None:
    from test_fonts import drawn_lines

    assert bidi.base_level(text) == base
    style = ParagraphStyle("body", fontName="NotoSans", fontSize=11, leading=16)
    path = tmp_path / "mixed.pdf"
    SimpleDocTemplate(str(path), pageCompression=0).build(
        [textlayout.make_paragraph(text, style)], canvasmaker=textlayout.EmbeddedCanvas
    )
    (line,) = drawn_lines(path)[0]
    controls = set(fonts.BIDI_CONTROLS)
    drawn = "".join(g for glyph, _ in line for g in glyph if g not in controls)
    nfc = unicodedata.normalize("NFC", text)
    order = bidi.visual_order(bidi.levels(nfc, base))
    expected = "".join(nfc[i] for i in order if nfc[i] not in controls)
    assert drawn.strip() == expected.strip()
    assert PdfReader(path).pages[0].extract_text().strip() != ""
