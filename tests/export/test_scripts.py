"""Every script of every country's official languages has a bundled font, in the PDF too.

The list comes from CLDR, through Babel: the official languages of every territory (national, de
facto and regional, which is more than the UN member states' national languages), each with its
script from CLDR's likely subtags. The letters checked are real text of each language, from its
own CLDR locale data: the names of languages, countries, scripts, months and days as written in
that language, which use essentially every letter of its alphabet.
"""

from __future__ import annotations

import subprocess
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from babel import Locale, localedata
from babel.core import get_global
from babel.languages import get_official_languages
from fontTools.ttLib import TTFont as FontFile
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from journal_app.export import fonts, textlayout


def _script_of(language: str) -> str:
    parts = language.split("_")
    if len(parts) > 1 and len(parts[1]) == 4:
        return parts[1]
    likely = get_global("likely_subtags").get(language, "")
    return str(likely.split("_")[1])


def official_languages() -> dict[str, set[str]]:
    """Script code -> the official languages written in it, in every territory CLDR knows."""
    scripts: dict[str, set[str]] = defaultdict(set)
    for territory in get_global("territory_languages"):
        if len(territory) != 2 or not territory.isalpha():  # regions such as 419
            continue
        for language in get_official_languages(territory, regional=True, de_facto=True):
            scripts[_script_of(language)].add(language)
    return scripts


def native_text(language: str) -> str:
    """Names written in ``language`` itself, from its CLDR locale data."""
    data = Locale.parse(language)._data
    names: list[str] = []
    for key in ("languages", "territories", "scripts"):
        names += data[key].values()
    for key in ("months", "days"):
        for context in data[key].values():
            for width in context.values():
                names += width.values()
    return unicodedata.normalize("NFC", " ".join(names))


OFFICIAL = official_languages()
WITH_DATA = {
    script: sorted(lang for lang in languages if localedata.exists(lang))
    for script, languages in OFFICIAL.items()
}


@pytest.fixture(scope="module", autouse=True)
def bundled() -> None:
    fonts.register_fonts()


def test_cldr_gives_the_scripts_of_the_worlds_official_languages() -> None:
    # A check of the source itself: these must be among them, or the list is not what it says.
    assert {"Latn", "Cyrl", "Arab", "Hans", "Hant", "Jpan", "Kore", "Deva", "Beng", "Taml"} <= set(
        OFFICIAL
    )
    assert {"Khmr", "Mymr", "Thai", "Laoo", "Sinh", "Ethi", "Geor", "Armn", "Thaa", "Tibt"} <= set(
        OFFICIAL
    )
    # Every script has at least one language whose own text CLDR has, to test it with.
    assert all(WITH_DATA.values()), {s for s, langs in WITH_DATA.items() if not langs}


@pytest.mark.parametrize("script", sorted(OFFICIAL))
def test_every_letter_of_every_official_language_has_a_bundled_font(script: str) -> None:
    for language in WITH_DATA[script]:
        text = native_text(language)
        assert len(text) > 200, language
        assert fonts.missing_characters(text) == [], (script, language)


def test_a_pdf_with_a_line_in_each_script_embeds_the_fonts_it_names(tmp_path: Path) -> None:
    lines = {script: native_text(WITH_DATA[script][0])[:60] for script in sorted(OFFICIAL)}
    base = ParagraphStyle("body", fontName="NotoSans", fontSize=10, leading=14)
    story = []
    used: set[str] = set()
    for text in lines.values():
        story.append(textlayout.make_paragraph(text, base))
        used |= {run.font for run in fonts.split_runs(text)}
    path = tmp_path / "scripts.pdf"
    SimpleDocTemplate(str(path)).build(story, canvasmaker=textlayout.EmbeddedCanvas)
    embedded = set()
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            name = str(font["/BaseFont"]).split("+", 1)[-1]
            embedded.add(name.removesuffix("-0"))
            descendant = font.get("/DescendantFonts")
            if descendant is not None:  # a Type0 font: the file is in its descriptor
                descriptor = descendant[0].get_object()["/FontDescriptor"]
            else:
                descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, name
            assert "/FontFile2" in descriptor.get_object(), f"{name} is not embedded"
    expected = {f"{face}-Regular" if face.startswith("Noto") else face for face in used}
    assert expected <= embedded
    assert len(used) >= 25  # a font of its own for most scripts


def _sentence(script: str) -> str:
    """A line of real text in the script: names, as its first language with CLDR data writes them."""
    words = native_text(WITH_DATA[script][0]).split()
    own = [w for w in words if not any(c.isascii() for c in w)]  # one direction: no Latin
    return " ".join(own[:8])


@pytest.mark.parametrize("script", sorted(OFFICIAL))
def test_text_comes_back_out_of_the_pdf_as_written(tmp_path: Path, script: str) -> None:
    """Copy, search and screen readers get what was typed: pdftotext and pypdf, in order."""
    sentence = _sentence(script)
    base = ParagraphStyle("body", fontName="NotoSans", fontSize=11, leading=16)
    path = tmp_path / f"{script}.pdf"
    SimpleDocTemplate(str(path)).build(
        [textlayout.make_paragraph(sentence, base)], canvasmaker=textlayout.EmbeddedCanvas
    )
    expected = " ".join(unicodedata.normalize("NFC", sentence).split())
    poppler = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pypdf = PdfReader(path).pages[0].extract_text()
    for extractor, text in (("pdftotext", poppler), ("pypdf", pypdf)):
        text = "".join(c for c in text if c not in "\u202a\u202b\u202c\u200e\u200f")
        got = " ".join(unicodedata.normalize("NFC", text).split())
        assert got == expected, (extractor, got, expected)


KHMER = (
    "ព្រះរាជាណាចក្រកម្ពុជា ជាតិ សាសនា ព្រះមហាក្សត្រ "
    "ប្រជាជនកម្ពុជាដែលរស់នៅក្រៅប្រទេសបានចូលរួមចំណែកយ៉ាងសំខាន់ក្នុងការអភិវឌ្ឍសេដ្ឋកិច្ចនិងសង្គមនៃមាតុភូមិរបស់ពួកគេ"
    "តាមរយៈការផ្ញើប្រាក់ការវិនិយោគនិងការផ្ទេរចំណេះដឹង"
)
MYANMAR = (
    "ပြည်ပရောက်မြန်မာလူမျိုးများသည်မိမိတို့၏မွေးရပ်မြေဖွံ့ဖြိုးတိုးတက်ရေးအတွက်ငွေလွှဲပို့ခြင်း"
    "ရင်းနှီးမြှုပ်နှံခြင်းနှင့်အသိပညာမျှဝေခြင်းဖြင့်အရေးပါသောအခန်းကဏ္ဍမှပါဝင်ကြသည်။"
)
THAI = "ชาวไทยในต่างแดนมีส่วนสำคัญในการพัฒนาเศรษฐกิจและสังคมของประเทศผ่านการส่งเงินกลับบ้านการลงทุนและการถ่ายทอดความรู้"


@pytest.mark.parametrize(
    ("text", "face"),
    [(KHMER, "NotoSansKhmer"), (MYANMAR, "NotoSansMyanmar"), (THAI, "NotoSansThai")],
    ids=["khmer", "myanmar", "thai"],
)
@pytest.mark.parametrize("width", [120, 300])
def test_long_unspaced_text_wraps_between_syllables_drawn_as_harfbuzz_shapes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, face: str, width: int
) -> None:
    """Lines wider than a column: every glyph HarfBuzz gives, no box, no dotted circle."""
    import uharfbuzz as hb
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.textobject import PDFTextObject
    from reportlab.platypus import Table

    drawn: list[int] = []
    format_text = PDFTextObject._formatText

    def recording(self: PDFTextObject, chunk: str) -> str:
        if self._fontname == face and self._fontsize > 1:  # not the thin break spaces
            glyphs = pdfmetrics.getFont(face).face.charToGlyph
            drawn.extend(glyphs.get(ord(c), 0) for c in chunk if c != " ")
        return format_text(self, chunk)

    monkeypatch.setattr(PDFTextObject, "_formatText", recording)
    base = ParagraphStyle("body", fontName="NotoSans", fontSize=11, leading=18)
    cell = textlayout.make_paragraph(text, base)
    path = tmp_path / "unspaced.pdf"
    # In a table cell, which ReportLab wraps twice (the second wrap used to reshape glyphs).
    SimpleDocTemplate(str(path)).build(
        [Table([[cell]], colWidths=[width])], canvasmaker=textlayout.EmbeddedCanvas
    )
    font = pdfmetrics.getFont(face)
    expected: list[int] = []
    for word in text.split(" "):
        buffer = hb.Buffer()
        buffer.add_str(word)
        buffer.guess_segment_properties()
        hb.shape(font.hbFont(), buffer, {})
        expected += [info.codepoint for info in buffer.glyph_infos]
    dotted_circle = font.face.charToGlyph[0x25CC]
    assert 0 not in drawn
    assert dotted_circle not in drawn
    # Glyphs with no outline aside: the zero-width slots that carry text for extraction, and
    # the spacers a font adds between syllables in context (Noto Sans Myanmar's sp4, sp7),
    # which syllables shaped apart, as they are here to be broken between, do not get.
    glyf = FontFile(fonts.FONT_DIR / f"{face}-Regular.ttf")["glyf"]
    order = glyf.glyphOrder
    inked = [g for g in drawn if glyf[order[g]].numberOfContours]
    assert inked == [g for g in expected if glyf[order[g]].numberOfContours]
    lines = len(PdfReader(path).pages[0].extract_text().splitlines())
    assert lines >= (4 if width == 120 else 2)  # it did wrap


def test_a_journal_answered_in_every_script_exports_and_reads_back(tmp_path: Path) -> None:
    """As a person would: answers typed in the journal, the command line's export, pdftotext."""
    from journal_app import cli
    from journal_app.packs.loader import load_pack
    from journal_app.store.answers import TextValue
    from journal_app.store.repository import Repository

    minimal = Path(__file__).parent.parent / "data" / "minimal-pack.json"
    pack = load_pack(minimal)
    lines = [_sentence(script) for script in sorted(OFFICIAL)]
    with Repository.open(tmp_path / "data") as repo:
        journal = repo.create_journal("Every script", pack)
        prompt = pack.prompt("free")
        assert prompt is not None
        repo.save_answer(journal, prompt, TextValue("\n".join(lines)))
    out = tmp_path / "every-script.pdf"
    argv = ["--data-dir", str(tmp_path / "data"), "--pack", str(minimal), "export-pdf"]
    assert cli.main([*argv, "-o", str(out), "--skip-unanswered"]) == 0
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pypdf = "".join(page.extract_text() for page in PdfReader(out).pages)
    # Lines wrap (between syllables, where a script has no spaces): compare without spacing.
    for extractor, extracted in (("pdftotext", text), ("pypdf", pypdf)):
        read = "".join(unicodedata.normalize("NFC", extracted).split())
        read = "".join(c for c in read if c not in "\u202a\u202b\u202c")
        wrong = [line for line in lines if "".join(line.split()) not in read]
        if extractor == "pdftotext":
            # Poppler's own reordering, on a page mostly left to right, puts a vowel sign that
            # ends a right-to-left line (Dhivehi ރާއްޖެ) at the line's start; alone on its page
            # (test_text_comes_back_out_of_the_pdf_as_written) the line reads right.
            thaana = "".join(_sentence("Thaa").split())
            assert thaana[-1] + thaana[:-1] in read
            wrong = [line for line in wrong if "".join(line.split()) != thaana]
        assert wrong == [], extractor


def test_thai_breaks_only_where_a_syllable_surely_starts() -> None:
    """No dictionary here: before a leading vowel or a consonant with its vowel, never แด|น."""
    text = "ชาวไทยในต่างแดนมีส่วนสำคัญในการพัฒนาเศรษฐกิจเงินทองของประเทศไทยทุกวัน" * 2
    fonts.split_runs(text)
    pieces = textlayout._breakable(fonts.Run(text, "NotoSansThai", False)).split(textlayout.BREAK)
    assert "".join(pieces) == text
    assert len(pieces) > 6  # it does break
    at = 0
    for piece in pieces[:-1]:
        at += len(piece)
        assert textlayout._starts_thai_syllable(text, at), (text[at - 3 : at], text[at : at + 3])
        assert not piece.endswith(("แด", "เงิ", "กา"))


@pytest.mark.parametrize(
    "text", ["ใช้Googleค้นหา", "ខ្មែរABC", "Googleपर", "คำว่า中国แปลว่าจีน"], ids=range(4)
)
def test_a_word_no_one_font_has_is_drawn_in_each_font_and_reads_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """Thai writes English words in without spaces; ReportLab shaped such a word in one font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.textobject import PDFTextObject

    drawn: list[int] = []
    format_text = PDFTextObject._formatText

    def recording(self: PDFTextObject, chunk: str) -> str:
        if self._fontsize > 1:
            glyphs = pdfmetrics.getFont(self._fontname).face.charToGlyph
            drawn.extend(glyphs.get(ord(c), 0) for c in chunk if c != " ")
        return format_text(self, chunk)

    monkeypatch.setattr(PDFTextObject, "_formatText", recording)
    base = ParagraphStyle("body", fontName="NotoSans", fontSize=11, leading=16)
    path = tmp_path / "mixed.pdf"
    SimpleDocTemplate(str(path)).build(
        [textlayout.make_paragraph(text, base)], canvasmaker=textlayout.EmbeddedCanvas
    )
    assert "".join(PdfReader(path).pages[0].extract_text().split()) == text
    assert fonts.missing_characters(text) == []
    assert drawn
    assert 0 not in drawn  # no missing glyph (a box) drawn for a character a font has


def test_a_long_answer_without_spaces_is_cut_between_syllables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long answers are laid out in pieces; a piece never ends inside a Khmer syllable."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.textobject import PDFTextObject

    from journal_app.export.layout import CHUNK
    from journal_app.export.pdf import export_pdf, gather
    from journal_app.packs.loader import load_pack
    from journal_app.store.answers import TextValue
    from journal_app.store.repository import Repository

    # The piece limit falls right between a letter and its coeng (្): the cut moves back.
    text = "ក" * (CHUNK - 1) + "ក្កា" * 500
    pack = load_pack(Path(__file__).parent.parent / "data" / "minimal-pack.json")
    drawn: list[int] = []
    format_text = PDFTextObject._formatText

    def recording(self: PDFTextObject, chunk: str) -> str:
        if self._fontname == "NotoSansKhmer" and self._fontsize > 1:
            glyphs = pdfmetrics.getFont(self._fontname).face.charToGlyph
            drawn.extend(glyphs.get(ord(c), 0) for c in chunk if c != " ")
        return format_text(self, chunk)

    monkeypatch.setattr(PDFTextObject, "_formatText", recording)
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repo:
        journal = repo.create_journal("Long", pack)
        prompt = pack.prompt("free")
        assert prompt is not None
        repo.save_answer(journal, prompt, TextValue(text))
        export_pdf(pack, gather(repo, journal), tmp_path / "long.pdf")
    dotted_circle = pdfmetrics.getFont("NotoSansKhmer").face.charToGlyph[0x25CC]
    assert drawn
    assert dotted_circle not in drawn
    assert 0 not in drawn
