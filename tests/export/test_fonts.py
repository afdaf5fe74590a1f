"""Bundled fonts, per-script runs, right-to-left text and shaping: the proof is in the PDF.

The PDF tests read back what was drawn: the page content stream is decoded glyph by glyph through
each font's ToUnicode map, so each text line comes back in the order it was drawn, left to right
(the visual order), with the font of each glyph. Every shaped glyph reads as the characters it
was made from (journal_app/export/rlfixes.py): an Arabic letter's joined form as the letter, a
Devanagari conjunct as its letters, a mark drawn apart as nothing with its text beside it; no
private-use code point is left. Right-to-left lines are read back by reversing the drawn glyphs:
that gives the logical text with left-to-right runs (Latin names, numbers) reversed, which is
what is compared. pypdf's own ``extract_text`` is checked too, as a reader would use it;
tests/export/test_scripts.py checks pdftotext and pypdf for a line of every script.
"""

from __future__ import annotations

import importlib.util
import json
import platform
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ByteStringObject, ContentStream, TextStringObject
from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, SimpleDocTemplate

from journal_app.export import fonts, textlayout

ROOT = Path(__file__).resolve().parent.parent.parent
FONT_FILES = sorted(p.name for p in fonts.FONT_DIR.iterdir() if p.suffix in (".ttf", ".ttc"))


@pytest.fixture(scope="module")
def face() -> fonts.Fonts:
    return fonts.register_fonts()


# ----------------------------------------------------------------------------- the font files


def _fetch_tool() -> Any:
    spec = importlib.util.spec_from_file_location("fetch_fonts", ROOT / "tools" / "fetch_fonts.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundled_fonts_are_debians_files_and_each_family_has_its_files() -> None:
    tool = _fetch_tool()
    assert set(FONT_FILES) == set(tool.FILES)  # nothing bundled that the tool cannot fetch
    assert tool.check() == []  # byte for byte what Debian ships (checksums)
    used = {file for family in fonts._FAMILIES for _, file in family.faces()}
    assert used == set(FONT_FILES)  # every file is used; every face has its file


def test_the_font_index_is_what_reportlab_reads_from_the_files() -> None:
    """fonts.json says which font has which character, so that fonts open only when needed."""
    tool = _fetch_tool()
    index = json.loads((fonts.FONT_DIR / "fonts.json").read_text(encoding="utf-8"))
    assert index == tool.index()


def test_every_licence_is_bundled_and_named() -> None:
    readme = (fonts.FONT_DIR / "README.md").read_text(encoding="utf-8")
    for licence in ("OFL.txt", "LICENSE-DejaVu.txt", "COPYING-WenQuanYi.txt", "LICENSE-IPA.txt"):
        assert (fonts.FONT_DIR / licence).stat().st_size > 1000
        assert licence in readme
    for file_name in FONT_FILES:
        assert file_name.split("-")[0].split(".")[0] in readme, file_name
    assert "SIL OPEN FONT LICENSE" in (fonts.FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "embedding exception" in (fonts.FONT_DIR / "COPYING-WenQuanYi.txt").read_text(
        encoding="utf-8"
    )
    assert "IPA Font License Agreement v1.0" in (fonts.FONT_DIR / "LICENSE-IPA.txt").read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize("file_name", FONT_FILES)
def test_every_bundled_font_loads_in_reportlab(file_name: str) -> None:
    path = fonts.FONT_DIR / file_name
    data = path.read_bytes()
    assert data[:4] in (b"\x00\x01\x00\x00", b"ttcf"), "static TrueType (glyf), not CFF"
    font = TTFont(f"check-{file_name}", str(path), subfontIndex=0)
    assert len(font.face.charToGlyph) > 40  # Ol Chiki has 54


def test_register_fonts_is_idempotent_and_maps_bold_and_italic(face: fonts.Fonts) -> None:
    assert face == fonts.Fonts(
        "NotoSans", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"
    )
    assert fonts.register_fonts() is face
    assert fonts.register_fonts(fonts.FONT_DIR) is face
    assert tt2ps("NotoSans", 1, 1) == "NotoSans-BoldItalic"
    fonts.split_runs("مرحبا 世界")  # other families are registered when a text needs them
    assert tt2ps("NotoSansArabic", 1, 0) == "NotoSansArabic-Bold"
    assert tt2ps("NotoSansArabic", 0, 1) == "NotoSansArabic"  # no italic Arabic: upright
    assert tt2ps("WenQuanYiZenHei", 1, 0) == "WenQuanYiZenHei"  # no bold face: regular


def test_a_missing_font_file_is_a_font_error(tmp_path: Path) -> None:
    for name in [*FONT_FILES[1:], "fonts.json"]:
        (tmp_path / name).symlink_to(fonts.FONT_DIR / name)
    with pytest.raises(fonts.FontError, match=r"is missing; reinstall Reflection Journal"):
        fonts.register_fonts(tmp_path)


def test_an_unreadable_font_file_is_a_font_error(tmp_path: Path) -> None:
    for name in [*FONT_FILES, "fonts.json"]:
        (tmp_path / name).symlink_to(fonts.FONT_DIR / name)
    (tmp_path / "NotoSansHebrew-Bold.ttf").unlink()
    (tmp_path / "NotoSansHebrew-Bold.ttf").write_bytes(b"not a font at all" * 10)
    with pytest.raises(fonts.FontError, match=r"cannot be read .*reinstall Reflection Journal"):
        fonts.register_fonts(tmp_path)


def test_a_font_damaged_in_place_fails_clearly_when_a_text_first_needs_it(tmp_path: Path) -> None:
    """Fonts open when needed: a damaged one (same size) is found then, as a FontError."""
    for name in [*FONT_FILES, "fonts.json"]:
        (tmp_path / name).symlink_to(fonts.FONT_DIR / name)
    khmer = tmp_path / "NotoSansKhmer-Regular.ttf"
    size = khmer.stat().st_size
    khmer.unlink()
    khmer.write_bytes(b"\0" * size)
    try:
        fonts.register_fonts(tmp_path)
        assert fonts.split_runs("Hello")[0].font == "NotoSans"  # not needed yet: no error
        with pytest.raises(fonts.FontError, match=r"NotoSansKhmer-Regular.ttf cannot be read"):
            textlayout.paragraph_markup("ភាសាខ្មែរ")
    finally:
        fonts.register_fonts()  # the bundled fonts again, for the other tests


# ----------------------------------------------------------------------------- runs


@pytest.mark.parametrize(
    ("text", "font"),
    [
        pytest.param("تعمل الجاليات كجسور بين البلدان", "NotoSansArabic", id="arabic"),
        pytest.param("مشارکت دیاسپورا در توسعه", "NotoSansArabic", id="persian"),
        pytest.param("د ډیاسپورا ګډون ښه دی", "NotoSansArabic", id="pashto"),
        pytest.param("اردو میں ٹیکسٹ", "NotoSansArabic", id="urdu"),
        pytest.param("השתתפות התפוצות", "NotoSansHebrew", id="hebrew"),
        pytest.param("שָׁלוֹם עֲלֵיכֶם", "NotoSansHebrew", id="hebrew-points"),
        pytest.param("የዲያስፖራ ተሳትፎ", "NotoSansEthiopic", id="amharic"),
        pytest.param("ተሳትፎ ዲያስፖራ ትግርኛ", "NotoSansEthiopic", id="tigrinya"),
        pytest.param("प्रवासी समुदाय", "NotoSansDevanagari", id="hindi"),
        pytest.param("海外侨民的贡献", "WenQuanYiZenHei", id="chinese"),
        pytest.param("ディアスポラの貢献", "IPAexGothic", id="japanese"),
        pytest.param("디아스포라 참여", "WenQuanYiZenHei", id="korean"),
        pytest.param("Діаспора підтримує Україну", "NotoSans", id="ukrainian"),
        pytest.param("Η διασπορά συμβάλλει", "NotoSans", id="greek"),
        pytest.param("Diaspora shqiptare, çështje", "NotoSans", id="albanian"),
        pytest.param("Dyaspora ayisyen an", "NotoSans", id="haitian-creole"),
        pytest.param("participación de la diáspora", "NotoSans", id="spanish"),
        pytest.param(
            unicodedata.normalize("NFD", "Cộng đồng người Việt"), "NotoSans", id="vietnamese-nfd"
        ),
        pytest.param("Հայաստան", "NotoSansArmenian", id="armenian"),
        pytest.param("საქართველო", "NotoSansGeorgian", id="georgian"),
        pytest.param("বাংলা ভাষা", "NotoSansBengali", id="bengali"),
        pytest.param("தமிழ் மொழி", "NotoSansTamil", id="tamil"),
        pytest.param("ภาษาไทย", "NotoSansThai", id="thai"),
        pytest.param("ភាសាខ្មែរ", "NotoSansKhmer", id="khmer"),
        pytest.param("ދިވެހި", "NotoSansThaana", id="dhivehi"),
        pytest.param("✓ ☺ ⇒ ∑", "DejaVuSans", id="fallback"),
    ],
)
def test_split_runs_picks_a_font_with_the_glyphs(face: fonts.Fonts, text: str, font: str) -> None:
    runs = fonts.split_runs(text)
    assert {run.font for run in runs} == {font}
    assert len(runs) == 1, "spaces, marks and punctuation stay in the run"
    assert runs[0].text == text
    assert runs[0].rtl is (font in ("NotoSansArabic", "NotoSansHebrew", "NotoSansThaana"))


def test_split_runs_keeps_punctuation_and_spaces_in_the_current_run(face: fonts.Fonts) -> None:
    assert fonts.split_runs("مرحبا، world") == [
        fonts.Run("مرحبا، ", "NotoSansArabic", True),
        fonts.Run("world", "NotoSans", False),
    ]
    assert fonts.split_runs("Hello, 世界! Привет 2024") == [
        fonts.Run("Hello, ", "NotoSans", False),
        fonts.Run("世界! ", "WenQuanYiZenHei", False),
        fonts.Run("Привет 2024", "NotoSans", False),
    ]
    assert [r.font for r in fonts.split_runs("2024: مرحبا")] == ["NotoSansArabic"]


def test_split_runs_keeps_combining_marks_with_their_base(face: fonts.Fonts) -> None:
    text = "Vie\u0302\u0323t e\u0301\u0300 \u05e9\u05b8\u05c1"
    runs = fonts.split_runs(text)
    assert "".join(r.text for r in runs) == text
    assert [(r.text, r.font) for r in runs] == [
        ("Vie\u0302\u0323t e\u0301\u0300 ", "NotoSans"),
        ("\u05e9\u05b8\u05c1", "NotoSansHebrew"),
    ]


def test_split_runs_can_keep_each_word_in_one_font(face: fonts.Fonts) -> None:
    # Noto Sans Arabic has no parentheses; shaped words must not mix fonts (see fonts.py).
    assert [r.font for r in fonts.split_runs("(مرحبا)")] == [
        "NotoSans",
        "NotoSansArabic",
        "NotoSans",
    ]
    assert fonts.split_runs("(مرحبا)", single_font_words=True) == [
        fonts.Run("(مرحبا)", "DejaVuSans", True)
    ]


def test_missing_characters(face: fonts.Fonts) -> None:
    assert fonts.missing_characters("a\ue000b\ue000 \u0378 🥰 \U0010fffe") == [
        "\ue000",
        "\u0378",
        "🥰",
        "\U0010fffe",
    ]
    covered = (
        "تعمل الجاليات، ڼ ۍ ښ پ ۱۴۰۳ ٢٠٢٤ שָׁלוֹם የዲያስፖራ प्रवासी 海外侨民 ディアスポラ 디아스포라 "
        "Діаспора διασπορά Việt ë ç € ₹ → ✓ ┌─┐ ☺ 😀 ❤️\n\t\u200c\u200d\u200e\u200f\u00ad\ufeff"
    )
    assert fonts.missing_characters(covered) == []


# ----------------------------------------------------------------------------- markup and style


def test_paragraph_markup_escapes_and_breaks_lines(face: fonts.Fonts) -> None:
    markup = textlayout.paragraph_markup("a < b & c > d\nsecond\r\nthird")
    assert markup == textlayout.Markup(
        '<font face="NotoSans">a &lt; b &amp; c &gt; d</font><br/>'
        '<font face="NotoSans">second</font><br/><font face="NotoSans">third</font>',
        rtl=False,
        needs_shaping=False,
    )
    bold = textlayout.paragraph_markup("x مرحبا", bold=True, italic=True)
    assert bold.xml.startswith('<font face="NotoSans"><b><i>x </i></b></font>')


@pytest.mark.parametrize(
    ("text", "rtl", "needs_shaping"),
    [
        ("تعمل الجاليات", True, True),
        ("123 (مرحبا) John", True, True),
        ("John: مرحبا", False, True),
        ("שלום עולם", True, False),
        ("שָׁלוֹם", True, True),
        ("प्रवासी समुदाय", False, True),
        ("海外侨民 Việt Діаспора", False, False),
        (unicodedata.normalize("NFD", "Việt"), False, False),
        ("q\u0303", False, True),
        ("", False, False),
    ],
)
def test_direction_and_shaping(
    face: fonts.Fonts, text: str, rtl: bool, needs_shaping: bool
) -> None:
    markup = textlayout.paragraph_markup(text)
    assert (markup.rtl, markup.needs_shaping) == (rtl, needs_shaping)


def test_style_for(face: fonts.Fonts) -> None:
    base = ParagraphStyle("body", fontName="Helvetica", fontSize=10)
    rtl = textlayout.style_for(textlayout.paragraph_markup("مرحبا"), base)
    assert (rtl.alignment, rtl.wordWrap, rtl.shaping, rtl.fontName) == (2, "RTL", 1, face.body)
    hebrew = textlayout.style_for(textlayout.paragraph_markup("שלום"), base)
    assert (hebrew.alignment, hebrew.wordWrap, hebrew.shaping) == (2, "RTL", 0)
    latin = textlayout.style_for(
        textlayout.paragraph_markup("Hello"), ParagraphStyle("b", fontName=face.bold)
    )
    assert (latin.alignment, latin.wordWrap, latin.shaping, latin.fontName) == (
        0,
        None,
        0,
        face.bold,
    )
    assert base.fontName == "Helvetica"
    heavy = ParagraphStyle("h", fontName="Helvetica-BoldOblique")
    assert (
        textlayout.style_for(textlayout.paragraph_markup("x"), heavy).fontName == face.bold_italic
    )


# ----------------------------------------------------------------------------- the PDF

LRI = re.compile(r"[A-Za-z0-9\u0660-\u0669\u06f0-\u06f9]+(?: [A-Za-z]+)*")


def reading_order(logical: str) -> str:
    """How a right-to-left line reads back from reversed glyphs: its LTR runs reversed."""
    return LRI.sub(lambda m: m.group()[::-1], logical)


# (id, text, expected PDF fonts, base direction is right-to-left)
SAMPLES: list[tuple[str, str, set[str], bool]] = [
    ("arabic", "تعمل الجاليات كجسور بين البلدان", {"NotoSansArabic-Regular"}, True),
    ("persian", "من می\u200cخواهم در سال ۱۴۰۳ به کشورم کمک کنم", {"NotoSansArabic-Regular"}, True),
    ("pashto", "د ډیاسپورا ګډون د هېواد لپاره ښه دی", {"NotoSansArabic-Regular"}, True),
    ("hebrew", "השתתפות התפוצות חשובה מאוד", {"NotoSansHebrew-Regular"}, True),
    ("hebrew-points", "שָׁלוֹם עֲלֵיכֶם", {"NotoSansHebrew-Regular"}, True),
    (
        "arabic-mixed",
        "ساهم John Smith في عام 2024 بنسبة ٢٥ في المئة (تقريبا)",
        {"NotoSansArabic-Regular", "NotoSans-Regular", "DejaVuSans"},
        True,
    ),
    (
        "arabic-ltr-name-at-sentence-end",
        "التقيت John Smith. ثم عدنا إلى البيت",
        {"NotoSansArabic-Regular", "NotoSans-Regular"},
        True,
    ),
    (
        "hebrew-digits",
        "נולדתי בשנת 1990 בתל אביב",
        {"NotoSansHebrew-Regular", "NotoSans-Regular"},
        True,
    ),
    ("amharic", "የዲያስፖራ ተሳትፎ ለሀገር ልማት", {"NotoSansEthiopic-Regular"}, False),
    ("tigrinya", "ተሳትፎ ዲያስፖራ ኣብ ዓዲ", {"NotoSansEthiopic-Regular"}, False),
    ("hindi", "प्रवासी समुदाय का योगदान", {"NotoSansDevanagari-Regular"}, False),
    ("chinese", "海外侨民的贡献", {"WenQuanYiZenHei-0"}, False),
    ("japanese", "ディアスポラの貢献", {"IPAexGothic"}, False),
    ("korean", "디아스포라 참여", {"WenQuanYiZenHei-0"}, False),
    ("ukrainian", "Діаспора підтримує Україну", {"NotoSans-Regular"}, False),
    ("greek", "Η διασπορά συμβάλλει στην ανάπτυξη", {"NotoSans-Regular"}, False),
    (
        "albanian",
        "Diaspora shqiptare kontribuon në zhvillimin e vendit",
        {"NotoSans-Regular"},
        False,
    ),
    ("haitian-creole", "Dyaspora ayisyen an ede fanmi yo lakay", {"NotoSans-Regular"}, False),
    ("spanish", "La participación de la diáspora fortalece el país", {"NotoSans-Regular"}, False),
    (
        "vietnamese",
        unicodedata.normalize("NFD", "Cộng đồng người Việt ở nước ngoài đóng góp rất nhiều"),
        {"NotoSans-Regular"},
        False,
    ),
    (
        "ltr-with-rtl-names",
        "I met أحمد محمد and שרה כהן in Kabul, then عدنا.",
        {"NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular"},
        False,
    ),
    ("bold-arabic", "عنوان عربي Bold", {"NotoSansArabic-Bold", "NotoSans-Bold"}, True),
]

Glyph = tuple[str, str]  # (text the glyph stands for, PDF font name)


def _cmap(font: Any) -> dict[int, str]:
    data = font["/ToUnicode"].get_data().decode("latin-1")
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for source, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            mapping[int(source, 16)] = bytes.fromhex(target).decode("utf-16-be")
    return mapping


def drawn_lines(path: Path) -> list[list[list[Glyph]]]:
    """Per page, per text line, the glyphs in drawing (left-to-right) order."""
    reader = PdfReader(path)
    pages: list[list[list[Glyph]]] = []
    for page in reader.pages:
        maps: dict[str, tuple[str, dict[int, str]]] = {}
        for name, ref in page["/Resources"]["/Font"].items():
            font = ref.get_object()
            if "/ToUnicode" in font:
                maps[name] = (str(font["/BaseFont"]).split("+", 1)[-1], _cmap(font))
        lines: list[list[Glyph]] = []
        line: list[Glyph] = []
        current: tuple[str, dict[int, str]] = ("", {})
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = maps.get(operands[0], ("", {}))
            elif operator in (b"Tj", b"TJ"):
                items = operands[0] if operator == b"TJ" else [operands[0]]
                for item in items:
                    if isinstance(item, ByteStringObject):
                        raw = bytes(item)
                    elif isinstance(item, TextStringObject):
                        raw = item.original_bytes
                    else:
                        continue
                    line += [(current[1][code], current[0]) for code in raw]
            elif operator in (b"T*", b"ET") and line:
                lines.append(line)
                line = []
        pages.append(lines)
    return pages


MIRRORED = {"(": ")", ")": "("}


def _is_rtl_glyph(glyph: Glyph) -> bool:
    text, font = glyph
    if "\ue000" <= text[0] <= "\uf8ff":
        return "Arabic" in font or "Hebrew" in font
    return unicodedata.bidirectional(text[0]) in ("R", "AL")


def read_back(line: list[Glyph], rtl: bool) -> str:
    """Logical text of a drawn line: reversed if right-to-left, else its RTL stretches reversed.

    For a right-to-left line, the result has its left-to-right runs reversed (see
    :func:`reading_order`).
    """
    glyphs = [glyph for glyph in line if glyph[0]]  # a glyph that reads as nothing (a mark)
    if rtl:
        # Mirrored brackets (UAX #9 rule L4) read as the bracket typed: no swapping back.
        glyphs.reverse()
    else:
        rtl_at = [i for i, g in enumerate(glyphs) if _is_rtl_glyph(g)]
        i = 0
        while i < len(rtl_at):  # reverse each stretch from an RTL glyph to the last one before L
            j = i
            while j + 1 < len(rtl_at) and not any(
                unicodedata.bidirectional(g[0][0]) == "L" and not _is_rtl_glyph(g)
                for g in glyphs[rtl_at[j] : rtl_at[j + 1]]
            ):
                j += 1
            glyphs[rtl_at[i] : rtl_at[j] + 1] = glyphs[rtl_at[i] : rtl_at[j] + 1][::-1]
            i = j + 1
    text = "".join(unicodedata.normalize("NFKC", g[0]) for g in glyphs)
    return " ".join(unicodedata.normalize("NFC", text).split())


def expected_text(text: str) -> str:
    # NFKC as the read-back is (a ZWNJ comes back as typed).
    text = unicodedata.normalize("NFKC", text)
    return " ".join(unicodedata.normalize("NFC", text).split())


def build_samples_pdf(path: Path, face: fonts.Fonts) -> None:
    base = ParagraphStyle("body", fontName=face.body, fontSize=11, leading=16, spaceAfter=4)
    bold = ParagraphStyle("heading", parent=base, fontName=face.bold)
    story: list[Any] = []
    for sample_id, text, _, _ in SAMPLES:
        markup = textlayout.paragraph_markup(text)
        style = textlayout.style_for(markup, bold if sample_id.startswith("bold") else base)
        story.append(textlayout.BidiParagraph(markup.xml, style))
    story.append(PageBreak())
    story.append(textlayout.make_paragraph(LONG_ARABIC, base))
    SimpleDocTemplate(str(path), title="fonts test").build(story)


LONG_ARABIC = " ".join(
    ["تعمل الجاليات كجسور بين البلدان، ويبلغ عددها 25 مليونا في عام 2024 (تقريبا)."] * 6
)


@pytest.fixture(scope="module")
def samples_pdf(tmp_path_factory: pytest.TempPathFactory, face: fonts.Fonts) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "samples.pdf"
    build_samples_pdf(path, face)
    return path


@pytest.fixture(scope="module")
def sample_lines(samples_pdf: Path) -> dict[str, list[Glyph]]:
    first_page = drawn_lines(samples_pdf)[0]
    assert len(first_page) == len(SAMPLES), "one line per sample"
    return {sample[0]: line for sample, line in zip(SAMPLES, first_page, strict=True)}


@pytest.mark.parametrize(
    ("sample_id", "text", "pdf_fonts", "rtl"), SAMPLES, ids=[s[0] for s in SAMPLES]
)
def test_each_language_is_drawn_in_order_with_its_font(
    sample_lines: dict[str, list[Glyph]], sample_id: str, text: str, pdf_fonts: set[str], rtl: bool
) -> None:
    line = sample_lines[sample_id]
    assert {font for _, font in line} == pdf_fonts
    assert all(glyph != "\x00" for glyph, _ in line), "no .notdef (box) glyph"
    read = read_back(line, rtl)
    expected = expected_text(reading_order(text) if rtl else text)
    assert read == expected
    assert not any("\ue000" <= c <= "\uf8ff" for glyph, _ in line for c in glyph)


def test_right_to_left_words_are_in_visual_order(sample_lines: dict[str, list[Glyph]]) -> None:
    # Drawn left to right, the last Arabic word comes first; "John Smith" and "2024" stay LTR.
    line = "".join(unicodedata.normalize("NFKC", g) for g, _ in sample_lines["arabic-mixed"])
    assert line.index("John Smith") > line.index("2024") > line.index("(")
    first_word = "".join(unicodedata.normalize("NFKC", g) for g, _ in sample_lines["arabic"][:7])
    assert first_word == "البلدان"[::-1]


def test_a_long_right_to_left_paragraph_wraps_in_logical_order(samples_pdf: Path) -> None:
    lines = drawn_lines(samples_pdf)[1]
    assert len(lines) >= 3
    read = " ".join(read_back(line, rtl=True) for line in lines)
    assert read == expected_text(reading_order(LONG_ARABIC))


def test_a_right_to_left_paragraph_split_over_pages_still_reads_right(
    tmp_path: Path, face: fonts.Fonts
) -> None:
    path = tmp_path / "split.pdf"
    base = ParagraphStyle("body", fontName=face.body, fontSize=11, leading=16)
    SimpleDocTemplate(
        str(path), pagesize=(260, 150), leftMargin=20, rightMargin=20, topMargin=20, bottomMargin=20
    ).build([textlayout.make_paragraph(LONG_ARABIC, base)])
    pages = drawn_lines(path)
    assert len(pages) >= 2
    assert sum(len(page) for page in pages) >= 6
    read = " ".join(read_back(line, rtl=True) for page in pages for line in page)
    assert read == expected_text(reading_order(LONG_ARABIC))


def test_the_pdf_embeds_a_font_per_script(samples_pdf: Path) -> None:
    reader = PdfReader(samples_pdf)
    base_fonts = {
        str(ref.get_object()["/BaseFont"]).split("+", 1)[-1]
        for page in reader.pages
        for ref in page["/Resources"]["/Font"].values()
    }
    assert {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansArabic-Regular",
        "NotoSansArabic-Bold",
        "NotoSansHebrew-Regular",
        "NotoSansEthiopic-Regular",
        "NotoSansDevanagari-Regular",
        "WenQuanYiZenHei-0",
        "DejaVuSans",
    } <= base_fonts


def test_pypdf_extracts_the_text(samples_pdf: Path) -> None:
    # What a reader copying text gets: pypdf puts right-to-left words back in logical order
    # (numbers inside them may come out reversed, so either way round is accepted).
    extracted = unicodedata.normalize("NFKC", PdfReader(samples_pdf).pages[0].extract_text())
    extracted = unicodedata.normalize("NFC", extracted)
    for sample_id, text, _, _ in SAMPLES:
        for word in unicodedata.normalize("NFC", text.replace("\u200c", " ")).split():
            word = word.strip("().,!?،؛؟")
            assert word in extracted or word[::-1] in extracted, (sample_id, word)


def test_pdftotext_extracts_the_text(samples_pdf: Path) -> None:
    # poppler-utils is in the README's test command: a missing pdftotext fails, never skips.
    assert shutil.which("pdftotext"), "pdftotext is missing: sudo apt-get install poppler-utils"
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(samples_pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", out))
    for sample_id in ("chinese", "japanese", "korean", "amharic", "ukrainian", "vietnamese"):
        sample = next(s[1] for s in SAMPLES if s[0] == sample_id)
        assert unicodedata.normalize("NFC", sample) in text, sample_id


@pytest.mark.skipif(
    sys.platform == "darwin" and platform.machine() == "x86_64",
    reason="rl_accel has no wheel for Intel Macs; ReportLab's Python fallbacks run there",
)
def test_reportlabs_c_accelerators_are_in_use() -> None:
    """rl_accel is a dependency: string widths are measured in C, not per character in Python."""
    import types

    from reportlab.lib import rl_accel

    assert isinstance(rl_accel.instanceStringWidthTTF, types.BuiltinFunctionType)
