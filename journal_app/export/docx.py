r"""The filled journal as a Word document (python-docx), to paste into briefs and edit.

The same content, in the same order, as the PDF (:mod:`journal_app.export.pdf`): the cover, the
pack's attribution and licence, the contents, the front matter, every prompt with its answer (one
renderer per prompt kind, :data:`RENDERERS`), answers to prompts the pack no longer has, and
"About this edition". Not its pagination: Word lays the pages out. In Word's own terms:

- Title and Heading 1–3 styles (sections and pages, groups, prompts), so Word's navigation pane
  and the contents field (``TOC \o "1-2"``: sections and groups, as in the PDF; Word offers
  to update it on opening) know them; the field holds the headings until then;
- a text prompt's numbered items as a numbered list (List Number, restarting at 1), checklists
  as ☒/☐ lines, tables as Word tables whose header row repeats on each page, sentence stems as
  "beginning … completion", pictures inline with their caption below and their description as
  alt text, hints in a quieter style;
- any script: the text is cut into runs as the PDF cuts it (``fonts.assign_fonts``), and each run
  names the bundled family the PDF draws it with (Word or LibreOffice use it where installed), its
  language, and whether it is a complex script or reads right to left; a paragraph whose first
  strong character reads right to left is a right-to-left paragraph;
- the title, author (:func:`pdf.cover_name`) and language in the document's properties, and
  "title — page x of y" in the footer of every page but the cover.

The kit of paragraphs, runs, tables and pictures (:class:`WordKit`), the document's frame
(:func:`set_up`: styles, page, footer, properties) and the writing of the file
(:func:`write_streamed`, the body serialized block by block as it is made, never whole in memory)
serve other documents in the journal's look too: the outcome document of a workshop compile.

Export only reads the journal. The file is written beside the target and renamed into place
(``files.atomic_output``): a failure or a cancel leaves no half file and an older file intact.
Pictures are read from the store one at a time while the file is written, and stored in it as they
are (a JPEG does not shrink when zipped; deflating twenty photos took longer than the rest).
"""

from __future__ import annotations

import copy
import errno
import os
import re
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import quoteattr, unescape

import docx
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import OxmlElement
from docx.oxml.shape import CT_Inline
from docx.shared import Emu, Twips
from lxml import etree  # type: ignore[import-untyped]

from journal_app import files
from journal_app.export import bidi, fonts, layout
from journal_app.export.layout import PAGE_SIZES, ExportCancelled, ExportError, cover_date
from journal_app.export.pdf import (
    FEW_ANSWERS,
    JournalContent,
    PdfOptions,
    answers_span,
    cancel_check,
    cover_name,
    edition_notes,
    existing_folder,
    lost_answers,
    printed_dates,
    printed_prompt_ids,
    shareable,
    supplied_explanation,
)
from journal_app.i18n import translate
from journal_app.packs.model import (
    RECONSTRUCTED_MARK,
    AnswerablePrompt,
    AnyPrompt,
    ChecklistPrompt,
    Group,
    ImagePrompt,
    LocalText,
    MissingItem,
    NotePrompt,
    Pack,
    PromptKind,
    Section,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)
from journal_app.store.answers import (
    AnswerValue,
    ChecklistValue,
    ItemsValue,
    StemsValue,
    TableValue,
    TextValue,
)
from journal_app.store.repository import ImageInfo

__all__ = [
    "ACCENT",
    "BIDI",
    "PPR",
    "TBL",
    "TR",
    "ANSWER",
    "CAPTION",
    "CELL",
    "COVER",
    "EMU_PER_POINT",
    "HEADINGS",
    "HINT",
    "LIST_NUMBER",
    "NORMAL",
    "NOTE",
    "PAGE_BREAK",
    "QUIET",
    "RENDERERS",
    "RULE",
    "SHADE",
    "SMALL",
    "SUBTITLE",
    "TITLE",
    "TWIPS_PER_MM",
    "Block",
    "DocxReport",
    "ExportCancelled",
    "ExportError",
    "Look",
    "Para",
    "WordKit",
    "Xml",
    "child",
    "clean",
    "export_docx",
    "family_name",
    "keep_together",
    "set_up",
    "write_streamed",
]

Xml = Any
"""An element of the document's XML (python-docx's lxml elements, which have no type stubs)."""


@dataclass
class DocxReport:
    """What was written.

    Attributes:
        path: The Word document.
        paragraphs: Paragraphs written (table cells' included): a rough size, for a status line.
        pictures: Pictures placed.
    """

    path: Path
    paragraphs: int
    pictures: int


# ----------------------------------------------------------------------------- WordprocessingML

_W: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML_SPACE: Final = "{http://www.w3.org/XML/1998/namespace}space"


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


P, PPR, R, RPR, T, BR, TAB = (_w(n) for n in ("p", "pPr", "r", "rPr", "t", "br", "tab"))
TBL, TR, BIDI = _w("tbl"), _w("tr"), _w("bidi")
VAL = _w("val")

# The journal's look, as the PDF's (layout.make_styles): sizes in half points, lengths in twips.
INK: Final = "1D2B36"
ACCENT: Final = "1F5F8B"
RULE: Final = "B9C4CC"
SHADE: Final = "EEF3F7"
FIXED_CELL: Final = "F6F8FA"
QUIET: Final = "4A5A66"
FOOTER_INK: Final = "5B6B77"
MAIN_FAMILY: Final = "Noto Sans"
TWIPS_PER_MM: Final = 1440 / 25.4
EMU_PER_POINT: Final = 12700
MARGIN: Final = round(20 * TWIPS_PER_MM)
LINE: Final = round(8 * TWIPS_PER_MM)
"""The height of a ruled line to write on, as the PDF's (``layout.Lines``)."""
PICTURE_WIDTH: Final = 120 / 25.4 * 72
PICTURE_HEIGHT: Final = 100 / 25.4 * 72
"""A picture's largest size in points (12 × 10 cm; and never wider than the text)."""

# Style ids: Word's built-in ones (it names them in the reader's language) and the journal's.
TITLE, SUBTITLE, NORMAL = "Title", "Subtitle", "Normal"
HEADINGS: Final = ("Heading1", "Heading2", "Heading3")
LIST_NUMBER, CAPTION, TOC_HEADING = "ListNumber", "Caption", "TOCHeading"
TOC_LEVELS: Final = ("TOC1", "TOC2", "TOC3")
ANSWER, HINT, SMALL, NOTE, CELL, COVER = (
    "JournalAnswer",
    "JournalHint",
    "JournalSmall",
    "JournalNote",
    "JournalTableText",
    "JournalCover",
)
TOC_FIELD: Final = ' TOC \\o "1-2" \\h \\z \\u '

_XML_ILLEGAL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_PIECES: Final = re.compile("(\n|\t)")


def clean(text: str) -> str:
    """The text as XML 1.0 holds it: one kind of line break, the characters it cannot hold out.

    Control characters other than tab and line feed (and lone surrogates) cannot be written in
    a Word document's XML; everything else is kept as typed.
    """
    return _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _sub(parent: Xml, tag: str, attrib: dict[str, str] | None = None) -> Xml:
    """A new child element ``tag`` at the end of ``parent``."""
    child = parent.makeelement(tag, attrib or {})
    parent.append(child)
    return child


def child(parent: Xml, name: str, attrib: dict[str, str] | None = None) -> Xml:
    """A new child ``w:name`` at the end of ``parent``."""
    return _sub(parent, _w(name), attrib)


def _element(tag: str) -> Xml:
    """A new element (``"w:p"``), of python-docx's class for it."""
    return OxmlElement(tag)


def _on(parent: Xml, name: str) -> None:
    _sub(parent, _w(name))


def _valued(parent: Xml, name: str, value: str | int) -> None:
    _sub(parent, _w(name), {VAL: str(value)})


@dataclass(frozen=True)
class Para:
    """Paragraph properties, in the order WordprocessingML wants them (lengths in twips).

    :meth:`element` makes the ``w:pPr`` element; :meth:`WordKit.para` takes one as ``extra``.
    """

    style: str | None = None
    keep_next: bool = False
    keep_lines: bool = False
    numbering: int | None = None
    border: tuple[str, ...] = ()
    """Sides of a single rule in :data:`RULE` ("bottom", "between"...), or ("box",)."""
    shade: str | None = None
    bidi: bool = False
    before: int | None = None
    after: int | None = None
    line: int | None = None
    """Exact line height (twips)."""
    left: int | None = None
    right: int | None = None
    center: bool = False
    outline: int | None = None

    def element(self) -> Xml:
        """The ``w:pPr`` element."""
        ppr = _element("w:pPr")
        if self.style is not None:
            _valued(ppr, "pStyle", self.style)
        if self.keep_next:
            _on(ppr, "keepNext")
        if self.keep_lines:
            _on(ppr, "keepLines")
        if self.numbering is not None:
            numbering = _sub(ppr, _w("numPr"))
            _valued(numbering, "ilvl", 0)
            _valued(numbering, "numId", self.numbering)
        if self.border:
            borders = _sub(ppr, _w("pBdr"))
            if self.border == ("box",):
                for side in ("top", "left", "bottom", "right"):
                    attrib = {VAL: "single", _w("sz"): "5", _w("space"): "6"}
                    _sub(borders, _w(side), {**attrib, _w("color"): ACCENT})
            else:
                for side in self.border:
                    attrib = {VAL: "single", _w("sz"): "4", _w("space"): "1"}
                    _sub(borders, _w(side), {**attrib, _w("color"): RULE})
        if self.shade is not None:
            _sub(ppr, _w("shd"), {VAL: "clear", _w("color"): "auto", _w("fill"): self.shade})
        if self.bidi:
            _on(ppr, "bidi")
        spacing: dict[str, str] = {}
        if self.before is not None:
            spacing[_w("before")] = str(self.before)
        if self.after is not None:
            spacing[_w("after")] = str(self.after)
        if self.line is not None:
            spacing.update({_w("line"): str(self.line), _w("lineRule"): "exact"})
        if spacing:
            _sub(ppr, _w("spacing"), spacing)
        indent: dict[str, str] = {}
        if self.left is not None:
            indent[_w("left")] = str(self.left)
        if self.right is not None:
            indent[_w("right")] = str(self.right)
        if indent:
            _sub(ppr, _w("ind"), indent)
        if self.center:
            _valued(ppr, "jc", "center")
        if self.outline is not None:
            _valued(ppr, "outlineLvl", self.outline)
        return ppr


@dataclass(frozen=True)
class Look:
    """Run properties a style or a run sets directly (sizes in half points)."""

    bold: bool = False
    italic: bool = False
    color: str | None = None
    size: int | None = None

    def element(self, script: _Script | None = None) -> Xml:
        """The ``w:rPr`` element; with ``script``, its fonts, language and direction."""
        rpr = _element("w:rPr")
        if script is not None:
            family = script.family
            attrib = {_w(n): family for n in ("ascii", "hAnsi", "eastAsia", "cs")}
            if script.hint is not None:
                attrib[_w("hint")] = script.hint
            _sub(rpr, _w("rFonts"), attrib)
        if self.bold:
            _on(rpr, "b")
            _on(rpr, "bCs")
        if self.italic:
            _on(rpr, "i")
            _on(rpr, "iCs")
        if self.color is not None:
            _valued(rpr, "color", self.color)
        if self.size is not None:
            _valued(rpr, "sz", self.size)
            _valued(rpr, "szCs", self.size)
        if script is not None:
            if script.rtl:
                _on(rpr, "rtl")
            if script.complex:
                _on(rpr, "cs")
            _sub(rpr, _w("lang"), {_w(script.slot): script.language})
        return rpr


# ----------------------------------------------------------------------------- scripts

FAMILY_NAMES: Final = {
    "NotoSans": "Noto Sans",
    "NotoSansArabic": "Noto Sans Arabic",
    "NotoSansHebrew": "Noto Sans Hebrew",
    "NotoSansEthiopic": "Noto Sans Ethiopic",
    "NotoSansDevanagari": "Noto Sans Devanagari",
    "NotoSansBengali": "Noto Sans Bengali",
    "NotoSansGurmukhi": "Noto Sans Gurmukhi",
    "NotoSansGujarati": "Noto Sans Gujarati",
    "NotoSansOriya": "Noto Sans Oriya",
    "NotoSansTamil": "Noto Sans Tamil",
    "NotoSansTelugu": "Noto Sans Telugu",
    "NotoSansKannada": "Noto Sans Kannada",
    "NotoSansMalayalam": "Noto Sans Malayalam",
    "NotoSansSinhala": "Noto Sans Sinhala",
    "NotoSansThai": "Noto Sans Thai",
    "NotoSansLao": "Noto Sans Lao",
    "NotoSerifTibetan": "Noto Serif Tibetan",
    "NotoSansMyanmar": "Noto Sans Myanmar",
    "NotoSansKhmer": "Noto Sans Khmer",
    "NotoSansGeorgian": "Noto Sans Georgian",
    "NotoSansArmenian": "Noto Sans Armenian",
    "NotoSansThaana": "Noto Sans Thaana",
    "NotoSansCanadianAboriginal": "Noto Sans CanAborig",
    "NotoSansMongolian": "Noto Sans Mongolian",
    "NotoSansOlChiki": "Noto Sans Ol Chiki",
    "DejaVuSans": "DejaVu Sans",
    "WenQuanYiZenHei": "WenQuanYi Zen Hei",
    "IPAexGothic": "IPAexGothic",
}
"""Each bundled family (``fonts`` names it by its regular face) by the family name in its font
file (name ID 1, which Word matches), as Word and LibreOffice look fonts up."""

# ISO 15924 codes. The families of one script; the Latin one also draws Greek and Cyrillic, the
# Chinese one Hangul (told apart by letter, see _Scripts.script_of); DejaVu Sans draws symbols.
_FAMILY_SCRIPT: Final = {
    "NotoSans": "Latn",
    "NotoSansArabic": "Arab",
    "NotoSansHebrew": "Hebr",
    "NotoSansEthiopic": "Ethi",
    "NotoSansDevanagari": "Deva",
    "NotoSansBengali": "Beng",
    "NotoSansGurmukhi": "Guru",
    "NotoSansGujarati": "Gujr",
    "NotoSansOriya": "Orya",
    "NotoSansTamil": "Taml",
    "NotoSansTelugu": "Telu",
    "NotoSansKannada": "Knda",
    "NotoSansMalayalam": "Mlym",
    "NotoSansSinhala": "Sinh",
    "NotoSansThai": "Thai",
    "NotoSansLao": "Laoo",
    "NotoSerifTibetan": "Tibt",
    "NotoSansMyanmar": "Mymr",
    "NotoSansKhmer": "Khmr",
    "NotoSansGeorgian": "Geor",
    "NotoSansArmenian": "Armn",
    "NotoSansThaana": "Thaa",
    "NotoSansCanadianAboriginal": "Cans",
    "NotoSansMongolian": "Mong",
    "NotoSansOlChiki": "Olck",
    "DejaVuSans": "Zyyy",
    "WenQuanYiZenHei": "Hani",
    "IPAexGothic": "Jpan",
}
_SCRIPT_LANGUAGE: Final = {
    "Latn": "en",
    "Grek": "el",
    "Cyrl": "ru",
    "Arab": "ar",
    "Hebr": "he",
    "Ethi": "am",
    "Deva": "hi",
    "Beng": "bn",
    "Guru": "pa",
    "Gujr": "gu",
    "Orya": "or",
    "Taml": "ta",
    "Telu": "te",
    "Knda": "kn",
    "Mlym": "ml",
    "Sinh": "si",
    "Thai": "th",
    "Laoo": "lo",
    "Tibt": "bo",
    "Mymr": "my",
    "Khmr": "km",
    "Geor": "ka",
    "Armn": "hy",
    "Thaa": "dv",
    "Cans": "iu",
    "Mong": "mn",
    "Olck": "sat",
    "Hani": "zh",
    "Jpan": "ja",
    "Hang": "ko",
}
"""The language a run in a script is marked with when the document's language is not written
in it (an Arabic answer in an English journal is marked Arabic: the likeliest, not a certainty)."""
_LANGUAGE_SCRIPT: Final = {
    **{language: script for script, language in _SCRIPT_LANGUAGE.items()},
    **dict.fromkeys(("fa", "ur", "ps", "sd", "ug", "ckb", "ks"), "Arab"),
    "yi": "Hebr",
    **dict.fromkeys(("uk", "bg", "mk", "be", "kk", "ky", "tg", "sr", "mn", "tt", "ba"), "Cyrl"),
    **dict.fromkeys(("mr", "ne", "sa", "mai", "bho"), "Deva"),
    "as": "Beng",
    "dz": "Tibt",
    "ti": "Ethi",
    "Hant": "Hani",
    "Hans": "Hani",
}
"""The script a document language is written in (Latin when not listed)."""
_EAST_ASIAN: Final = frozenset({"Hani", "Jpan", "Hang"})
_COMPLEX: Final = frozenset(
    {"Arab", "Hebr", "Thaa", "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda"}
    | {"Mlym", "Sinh", "Thai", "Laoo", "Tibt", "Mymr", "Khmr"}
)
"""Scripts Word lays out as complex scripts (its ``w:cs`` font, size and language)."""
_RIGHT_TO_LEFT: Final = frozenset({"Arab", "Hebr", "Thaa"})
_GREEK: Final = ((0x0370, 0x03FF), (0x1F00, 0x1FFF))
_CYRILLIC: Final = ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F))
_HANGUL: Final = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))


def family_name(face: str) -> str:
    """The font family Word is told to draw a bundled face's characters with ("Noto Sans Arabic").

    Args:
        face: A family's regular face as ``fonts`` registers it ("NotoSansArabic").
    """
    known = FAMILY_NAMES.get(face)
    if known is not None:
        return known
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", face)  # a family added to fonts since


def _within(point: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= point <= high for low, high in ranges)


@dataclass(frozen=True)
class _Script:
    """What a run says about its text: font, language, complex script, direction."""

    family: str
    language: str
    slot: str
    """The ``w:lang`` attribute the language goes in: "val", "eastAsia" or "bidi"."""
    complex: bool
    rtl: bool
    hint: str | None


class _Scripts:
    """Cuts text into runs of one font and one script, as the PDF picks fonts."""

    def __init__(self, language: str) -> None:
        self.registry = fonts.active_registry()
        self.language = language
        subtags = re.split(r"[-_]", language)
        scripts = [s.title() for s in subtags[1:] if len(s) == 4 and s.isalpha()]
        written = scripts[0] if scripts else _LANGUAGE_SCRIPT.get(subtags[0].lower(), "Latn")
        self.document_script = _LANGUAGE_SCRIPT.get(written, written)
        self._scripts: dict[tuple[str, str], _Script] = {}
        main_face, main_points = self.registry.coverage[0]
        self.main_face = main_face
        self.plain = _plain_characters(main_points)
        self.main = self.script(main_face, "Latn")

    def script(self, face: str, code: str) -> _Script:
        """The run properties of text in ``code`` (ISO 15924) drawn by ``face``."""
        key = (face, code)
        found = self._scripts.get(key)
        if found is None:
            if code == "Zyyy" or self._written_in(code):
                language = self.language
            else:
                language = _SCRIPT_LANGUAGE.get(code, self.language)
            east_asian = code in _EAST_ASIAN
            complex_script = code in _COMPLEX
            slot = "eastAsia" if east_asian else "bidi" if complex_script else "val"
            hint = "eastAsia" if east_asian else "cs" if complex_script else None
            found = _Script(
                family_name(face), language, slot, complex_script, code in _RIGHT_TO_LEFT, hint
            )
            self._scripts[key] = found
        return found

    def _written_in(self, code: str) -> bool:
        """Whether the document's language is written in script ``code``."""
        ours = self.document_script
        return code == ours or (code == "Hani" and ours in ("Jpan", "Hang"))

    def runs(self, text: str) -> list[tuple[str, _Script]]:
        """``text`` cut into runs, each with its properties; the pieces add up to ``text``."""
        if not text:
            return []
        if self.plain.issuperset(text):  # Latin only, all in the main font: one run
            return [(text, self.main)]
        clusters = fonts.clusters_of(text)
        faces = fonts.assign_fonts(
            clusters, self.registry, single_font_words=True, japanese=fonts.is_japanese(text)
        )
        runs: list[tuple[str, _Script]] = []
        piece = ""
        current: tuple[str, str] | None = None
        for cluster, face in zip(clusters, faces, strict=True):
            code = _FAMILY_SCRIPT.get(face, "Zyyy")
            if code in ("Latn", "Hani"):
                code = _letter_script(cluster[0], code)
                if code == "" and current is not None and current[0] == face:
                    code = current[1]  # spaces, digits, punctuation stay with the run
                code = code or _FAMILY_SCRIPT[face]
            key = (face, code)
            if piece and key != current:
                assert current is not None
                runs.append((piece, self.script(*current)))
                piece = ""
            piece += cluster
            current = key
        if piece and current is not None:
            runs.append((piece, self.script(*current)))
        return runs


def _letter_script(char: str, family_script: str) -> str:
    """The script of a letter the Latin or Chinese family draws ("" for what is not a letter)."""
    if not char.isalpha():
        return ""
    point = ord(char)
    if family_script == "Hani":
        return "Hang" if _within(point, _HANGUL) else "Hani"
    if _within(point, _GREEK):
        return "Grek"
    if _within(point, _CYRILLIC):
        return "Cyrl"
    return "Latn"


@cache
def _plain_characters(main_points: frozenset[int]) -> frozenset[str]:
    """The characters of a text that is one Latin run: the main font's, but Greek and Cyrillic."""
    return frozenset(
        chr(p) for p in main_points if not (_within(p, _GREEK) or _within(p, _CYRILLIC))
    ) | frozenset("\n\t")


def _rtl(text: str) -> bool:
    """Whether a paragraph of ``text`` reads right to left (its first strong character)."""
    return bool(bidi.base_level(text))


# ----------------------------------------------------------------------------- the document


class _PageBreak:
    """Where the PDF has a page break: the next paragraph starts a page."""


PAGE_BREAK: Final = _PageBreak()
"""A block that starts the next block's page (:func:`write_streamed`)."""
Block = Xml | _PageBreak
"""A piece of the body: a paragraph, a table, a table's row, or :data:`PAGE_BREAK`."""


class WordKit:
    """The paragraphs, runs, tables and pictures of a Word document, as WordprocessingML elements.

    What the journal's document (:class:`_Writer`) and other documents written in its look (the
    outcome document of a workshop compile) share: text in any script cut into runs as the PDF
    cuts it, the journal's styles, numbered lists, tables and inline pictures. The elements are
    made detached; :func:`write_streamed` writes them into the file in order.

    Attributes:
        pack: The pack whose words, credits and language the document has.
        language: The language the pack's words are read in (None: the pack's own).
        scripts: Cuts text into runs (:class:`_Scripts`).
        paragraph_count: Paragraphs made so far (table cells' included).
        picture_count: Pictures placed so far.
        headings: Each heading paragraph made, with its level (as the navigation pane sees it)
            and its text.
        text_width: The width of the text on the page, in points.
        document: The python-docx document the elements are for (its numbering and pictures).
        check_cancel: Raises :class:`ExportCancelled` when the export is cancelled; called
            before each picture is read.
    """

    def __init__(
        self,
        pack: Pack,
        language: str | None,
        page_size: str,
        document: Any,
        check_cancel: Callable[[], None],
    ) -> None:
        self.pack = pack
        self.language = language
        self.document = document
        self.check_cancel = check_cancel
        self.scripts = _Scripts(language or pack.language)
        self.paragraph_count = 0
        self.picture_count = 0
        self.headings: dict[Xml, tuple[int, str]] = {}
        self._looks: dict[tuple[Look, _Script], Xml] = {}
        self._pictures: dict[str, tuple[str, int, int]] = {}
        """A picture's name in the file → its relation, and its size in pixels."""
        width, _height = PAGE_SIZES[page_size]
        self.text_width = width - 2 * MARGIN / 20  # points
        self._numbering = document.part.numbering_part.element
        self._list_definition = _list_definition(self._numbering, document)

    # -- text

    def t(self, text: LocalText | None) -> str:
        """The pack's words in the document's language."""
        return "" if text is None else text.get(self.language)

    def para(
        self,
        text: str,
        style: str,
        *,
        look: Look = Look(),
        keep_next: bool = False,
        before: int | None = None,
        numbering: int | None = None,
        center: bool = False,
        extra: Para | None = None,
    ) -> Xml:
        """A paragraph of ``text`` in any script; line breaks and tabs kept.

        Args:
            text: Any text, as typed.
            style: The paragraph's style id.
            look: What its runs set beyond the style (bold, a size…).
            keep_next: Keep it on a page with the next paragraph.
            before: Space before it (twips), where the PDF has a spacer.
            numbering: The numbered list it is an item of.
            center: Centred.
            extra: Other paragraph properties (rules, shading…), with the above.
        """
        text = clean(text)
        properties = extra or Para()
        properties = replace(
            properties,
            style=style,
            keep_next=keep_next or properties.keep_next,
            numbering=numbering,
            bidi=_rtl(text) or properties.bidi,
            before=before,
            center=center or properties.center,
        )
        paragraph = _element("w:p")
        paragraph.append(properties.element())
        self.runs(paragraph, text, look)
        self.paragraph_count += 1
        return paragraph

    def runs(self, paragraph: Xml, text: str, look: Look = Look()) -> None:
        """Add ``text`` to ``paragraph`` as runs, one per font and script."""
        for piece, script in self.scripts.runs(text):
            run = _sub(paragraph, R)
            template = self._looks.get((look, script))
            if template is None:
                template = self._looks[(look, script)] = look.element(script)
            run.append(copy.deepcopy(template))
            for part in _LINE_PIECES.split(piece) if ("\n" in piece or "\t" in piece) else (piece,):
                if part == "\n":
                    _sub(run, BR)
                elif part == "\t":
                    _sub(run, TAB)
                elif part:
                    element = _sub(run, T)
                    element.text = part
                    if part[0].isspace() or part[-1].isspace():
                        element.set(_XML_SPACE, "preserve")

    def paragraphs(self, text: str, style: str, *, look: Look = Look()) -> list[Xml]:
        """Paragraphs separated by blank lines; single line breaks are kept.

        As in the PDF, consecutive lines are cut apart where the direction changes (an English
        line, then an Arabic one): each paragraph reads and aligns its own way.
        """
        parts: list[Xml] = []
        for block in clean(text).split("\n\n"):
            lines = block.split("\n")
            if not "".join(lines).strip():
                continue
            run: list[str] = []
            direction: bool | None = None
            for line in lines:
                rtl = _rtl(line) if line.strip() else direction
                if run and rtl != direction:
                    parts.append(self.para("\n".join(run).strip("\n"), style, look=look))
                    run = []
                run.append(line)
                direction = rtl
            parts.append(self.para("\n".join(run).strip("\n"), style, look=look))
        return parts

    def heading(self, text: str, level: int, *, outline: int | None = None) -> Xml:
        """A heading (level 1–3: Heading 1–3), which the contents and the navigation pane list.

        Args:
            text: The heading's text.
            level: Its style: Heading 1, 2 or 3.
            outline: Its level in the navigation pane and the contents (``w:outlineLvl``, 0 for
                the top), when not its style's: a heading that looks like a Heading 1 but is
                nested under another one. :attr:`headings` records it at ``outline + 1``.
        """
        extra = Para(outline=outline) if outline is not None else None
        paragraph = self.para(text, HEADINGS[level - 1], extra=extra)
        self.headings[paragraph] = (level if outline is None else outline + 1, clean(text))
        return paragraph

    def lines(self, count: int, *, numbering: int | None = None, rtl: bool = False) -> list[Xml]:
        """Ruled lines to write on by hand (empty paragraphs, each on a rule).

        With ``numbering``, the first is the next item of that numbered list (its number on
        the right with ``rtl``, as in the list's other items).
        """
        rule = Para(border=("bottom", "between"), line=LINE, after=0, bidi=rtl)
        parts = [self.para("", ANSWER, extra=rule) for _ in range(count)]
        if numbering is not None and parts:
            parts[0] = self.para("", LIST_NUMBER, extra=rule, numbering=numbering)
            self.paragraph_count -= 1
        return parts

    def new_list(self) -> int:
        """A numbered list of its own (its first item is 1), for :data:`LIST_NUMBER` paragraphs."""
        number = self._numbering.add_num(self._list_definition)
        number.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(number.numId)

    def box(self, label: str) -> Xml:
        """An empty frame, 70 mm tall, to stick a photo or draw in (a one-cell table)."""
        table = self.table([self.text_width * 20], borders="dashed")
        row = _sub(table, _w("tr"))
        row_properties = _sub(row, _w("trPr"))
        height = str(round(70 * TWIPS_PER_MM))
        _sub(row_properties, _w("trHeight"), {VAL: height, _w("hRule"): "exact"})
        cell = self.cell(row, round(self.text_width * 20), None, center=True)
        cell.append(self.para(label, SMALL, look=Look(color=QUIET), center=True))
        return table

    # -- tables

    def table(self, widths: list[float], *, borders: str = "single") -> Xml:
        """A table's frame: its properties and column widths (twips); rows are added after."""
        table = _element("w:tbl")
        properties = _sub(table, _w("tblPr"))
        _valued(properties, "tblStyle", "TableGrid")
        if self.scripts.document_script in _RIGHT_TO_LEFT:
            _on(properties, "bidiVisual")
        _sub(properties, _w("tblW"), {_w("w"): str(round(sum(widths))), _w("type"): "dxa"})
        lines = _sub(properties, _w("tblBorders"))
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            if borders == "dashed" and side.startswith("inside"):
                continue
            attrib = {VAL: borders, _w("sz"): "4", _w("space"): "0", _w("color"): RULE}
            _sub(lines, _w(side), attrib)
        _sub(properties, _w("tblLayout"), {_w("type"): "fixed"})
        margins = _sub(properties, _w("tblCellMar"))
        for side, twips in (("top", 60), ("left", 115), ("bottom", 80), ("right", 115)):
            _sub(margins, _w(side), {_w("w"): str(twips), _w("type"): "dxa"})
        grid = _sub(table, _w("tblGrid"))
        for width in widths:
            _sub(grid, _w("gridCol"), {_w("w"): str(round(width))})
        return table

    def cell(self, row: Xml, width: int, shade: str | None, *, center: bool = False) -> Xml:
        """A cell at the end of ``row`` (fill it with at least one paragraph)."""
        cell = _sub(row, _w("tc"))
        properties = _sub(cell, _w("tcPr"))
        _sub(properties, _w("tcW"), {_w("w"): str(width), _w("type"): "dxa"})
        if shade is not None:
            _sub(properties, _w("shd"), {VAL: "clear", _w("color"): "auto", _w("fill"): shade})
        if center:
            _valued(properties, "vAlign", "center")
        return cell

    # -- pictures

    def picture_from(
        self,
        name_key: str,
        media_type: str,
        read: Callable[[], bytes],
        width_px: int,
        height_px: int,
        description: str,
        *,
        max_width: float,
        max_height: float,
        upscale: bool = False,
        keep_next: bool = True,
        after: int = 60,
    ) -> Xml:
        """A centred paragraph (Normal) with a picture inline, fitted in a box, its alt text.

        The picture's bytes are read when the file is written (:class:`_PicturePart`), after
        :attr:`check_cancel`.

        Args:
            name_key: Names the picture in the file ("picture-12"): a picture placed again by
                the same name (e.g. in a contact sheet, then in an appendix) is stored once.
            media_type: "image/jpeg", "image/png" or "image/gif" (anything else is called PNG).
            read: Returns the picture's bytes, as they are to be stored.
            width_px: Its natural width in pixels (shown at 96 dpi: 0.75 pt a pixel).
            height_px: Its natural height in pixels.
            description: Its alt text (``descr``); none when blank.
            max_width: The largest width it is shown at (points).
            max_height: The largest height it is shown at (points).
            upscale: Enlarge a smaller picture to fill the box (else never above its natural
                size).
            keep_next: Keep it on a page with the next paragraph (its caption).
            after: Space after the paragraph (twips).

        Raises:
            ValueError: ``name_key`` names a picture of another size already placed (two
                pictures given one name by mistake).
        """
        extension = _EXTENSIONS.get(media_type, "png")
        name = f"{name_key}.{extension}"
        natural_w, natural_h = max(1, width_px) * 0.75, max(1, height_px) * 0.75  # 96 dpi
        scale = min(max_width / natural_w, max_height / natural_h)
        if not upscale:
            scale = min(1.0, scale)
        width = Emu(round(natural_w * scale * EMU_PER_POINT))
        height = Emu(round(natural_h * scale * EMU_PER_POINT))
        placed = self._pictures.get(name)
        if placed is not None and placed[1:] != (width_px, height_px):
            raise ValueError(f"two pictures named {name!r} in one document")
        relation = placed[0] if placed is not None else None
        if relation is None:
            check_cancel = self.check_cancel

            def blob() -> bytes:
                check_cancel()
                return read()

            part = _PicturePart(
                PackURI(f"/word/media/{name}"),
                media_type if media_type in _EXTENSIONS else "image/png",
                self.document.part.package,
                blob,
            )
            relation = self.document.part.relate_to(part, RELATIONSHIP_TYPE.IMAGE)
            self._pictures[name] = (relation, width_px, height_px)
        self.picture_count += 1
        inline = CT_Inline.new_pic_inline(self.picture_count, relation, name, width, height)
        cleaned = clean(description).strip()
        if cleaned:
            inline.docPr.set("descr", cleaned)
        paragraph = _element("w:p")
        properties = Para(style=NORMAL, keep_next=keep_next, center=True, after=after)
        paragraph.append(properties.element())
        drawing = _sub(_sub(paragraph, R), _w("drawing"))
        drawing.append(inline)
        self.paragraph_count += 1
        return paragraph

    # -- credits

    def section_title(self, section: Section) -> str:
        """A section's heading: "Section 2: Title" when the section has a number."""
        return layout.section_title(self.t, section)

    def credits(self) -> list[Xml]:
        """The pack's copyright, licence, citation and notices, and whose answers these are.

        As ``layout.Writer.credits`` prints them.
        """
        credit = self.pack.attribution
        parts = [
            self.para(
                f"{credit.copyright} · {credit.licence}",
                NORMAL,
                look=Look(bold=True),
                before=round(20 * TWIPS_PER_MM),
            )
        ]
        if credit.licence_url:
            parts.append(self.para(credit.licence_url, SMALL))
        if credit.publisher:
            parts.append(self.para(credit.publisher, SMALL))
        gap = round(3 * TWIPS_PER_MM)
        for text in (credit.citation, credit.adaptation, credit.notice):
            if text is not None:
                pieces = self.paragraphs(self.t(text), SMALL)
                if pieces:
                    _space_before(pieces[0], gap)
                parts += pieces
        if credit.isbn:
            parts.append(self.para(f"ISBN {credit.isbn}", SMALL))
        parts.append(self.para(self.made_with(), SMALL, before=round(6 * TWIPS_PER_MM)))
        return parts

    def brief_credits(self) -> list[Xml]:
        """The attribution and licence in a few lines (``layout.Writer.brief_credits``)."""
        credit = self.pack.attribution
        parts = [self.para(f"{credit.copyright} · {credit.licence}", SMALL, look=Look(bold=True))]
        if credit.licence_url:
            parts.append(self.para(credit.licence_url, SMALL))
        if credit.citation is not None:
            parts += self.paragraphs(self.t(credit.citation), SMALL)
        parts.append(self.para(self.made_with(), SMALL))
        return parts

    def made_with(self) -> str:
        """The last line of the credits (whose answers these are); a document may say its own."""
        return translate("pdf", "Made with Reflection Journal. The answers are the author's own.")


class _Writer(WordKit):
    """Builds the body of one journal's Word document (the elements, in order)."""

    def __init__(
        self,
        pack: Pack,
        content: JournalContent,
        options: PdfOptions,
        document: Any,
        check_cancel: Callable[[], None],
    ) -> None:
        super().__init__(pack, options.language, options.page_size, document, check_cancel)
        self.content = content
        self.options = options
        self.has_contents = False
        self._images_by_prompt: dict[str, list[ImageInfo]] = {}
        for info in content.images:
            self._images_by_prompt.setdefault(info.prompt_id, []).append(info)

    def picture(self, info: ImageInfo) -> Xml:
        """A paragraph with the picture inline, at most 12 × 10 cm, its caption as alt text.

        The picture's bytes are read when the file is written (:class:`_PicturePart`).
        """
        content = self.content
        return self.picture_from(
            f"picture-{info.id}",
            info.media_type,
            lambda: content.image_bytes(info.id),
            info.width,
            info.height,
            info.caption,
            max_width=min(self.text_width, PICTURE_WIDTH),
            max_height=PICTURE_HEIGHT,
        )

    # -- the document

    def story(self, on_progress: Callable[[float], None]) -> list[Block]:
        """The whole document: cover, credits, contents, front matter, sections, back matter."""
        short = self.options.short
        story: list[Block] = [*self.cover(), PAGE_BREAK]
        if not short:  # "My answers" has its credits on the cover, and no front matter
            story += self.credits()
            story.append(PAGE_BREAK)
        body: list[Block] = []
        for page in () if short else self.pack.front_matter:
            body.append(self.heading(self.t(page.title), 1))
            body += self.paragraphs(self.t(page.body), NORMAL)
            for note in page.footnotes:
                body.append(self.para(self.t(note), SMALL))
            body.append(PAGE_BREAK)
        sections: Iterable[Section] = self.pack.sections
        if short:  # only the sections with answers
            printed = self.printed_prompt_ids
            sections = tuple(
                section for section in sections if any(p.id in printed for p in section.prompts())
            )
        sections = tuple(sections)
        started = False
        for number, section in enumerate(sections):
            heading: list[Block] = [self.heading(self.section_title(section), 1)]
            if section.intro:
                heading += self.paragraphs(self.t(section.intro), NORMAL)
            section_body: list[Block] = []
            for group in section.groups:
                blocks = self.group_blocks(group)
                if not blocks and self.options.skip_unanswered:
                    continue
                if group.title is not None:
                    section_body.append(self.heading(self.t(group.title), 2))
                if group.intro:
                    section_body += self.paragraphs(self.t(group.intro), NORMAL)
                section_body += blocks
            on_progress((number + 1) / (len(sections) + 1))
            if not section_body and self.options.skip_unanswered:
                continue  # nothing of it is printed: not its heading either
            if started and not short:  # each section on a page of its own; "My answers" runs on
                body.append(PAGE_BREAK)
            body += heading + section_body
            started = True
        for part in (self.orphans(), self.edition_notes()):
            body += part
        if not (short and len(self.printed_prompt_ids) <= FEW_ANSWERS):
            story += self.contents(body)
            story.append(PAGE_BREAK)
            self.has_contents = True  # (Word is then asked to update it on opening)
        return story + body

    def contents(self, body: list[Block]) -> list[Xml]:
        """The contents: Word's TOC field, holding the headings until Word updates it."""
        entries = [  # sections and groups, as the PDF's contents (prompts are in the pane)
            self.headings[b]
            for b in body
            if not isinstance(b, _PageBreak) and b in self.headings and self.headings[b][0] <= 2
        ]
        title = self.para(translate("pdf", "Contents"), TOC_HEADING)
        paragraphs = [
            self.para(_entry(text), TOC_LEVELS[level - 1]) for level, text in entries
        ] or [self.para("", TOC_LEVELS[0])]
        # The field starts in the first entry, before its text, and ends after the last.
        first, last = paragraphs[0], paragraphs[-1]
        begin, instruction, separate, end = (_element("w:r") for _ in range(4))
        _sub(begin, _w("fldChar"), {_w("fldCharType"): "begin", _w("dirty"): "true"})
        _sub(instruction, _w("instrText"), {_XML_SPACE: "preserve"}).text = TOC_FIELD
        _sub(separate, _w("fldChar"), {_w("fldCharType"): "separate"})
        _sub(end, _w("fldChar"), {_w("fldCharType"): "end"})
        first.find(PPR).addnext(begin)
        begin.addnext(instruction)
        instruction.addnext(separate)
        last.append(end)
        return [title, *paragraphs]

    def cover(self) -> list[Xml]:
        """Title, subtitle, the author's name and the dates of the answers (or today's)."""
        short = self.options.short
        space = round((40 if short else 60) * TWIPS_PER_MM)
        parts: list[Xml] = [self.para(self.t(self.pack.title), TITLE, before=space)]
        if self.pack.subtitle:
            parts.append(self.para(self.t(self.pack.subtitle), SUBTITLE))
        if self.options.blank:
            parts.append(self.para(translate("pdf", "A workbook to fill in by hand"), COVER))
            parts.append(self.para(cover_date(), COVER))
            return parts
        name = cover_name(self.content.journal, self.options.author)
        if name:
            parts.append(self.para(name, COVER, look=Look(bold=True)))
        parts.append(self.para(answers_span(self.printed_dates()) or cover_date(), COVER))
        if short:  # the attribution and licence, brief, on the cover itself
            brief = self.brief_credits()
            _space_before(brief[0], round(30 * TWIPS_PER_MM))
            parts += brief
        return parts

    def printed_dates(self) -> list[date]:
        """The days (here, in local time) the printed answers and pictures were last saved on."""
        return printed_dates(self.content, self.printed_prompt_ids)

    @cached_property
    def printed_prompt_ids(self) -> frozenset[str]:
        """The prompts whose answers the document prints (as the PDF does)."""
        return printed_prompt_ids(self.pack, self.content, self.options)

    def group_blocks(self, group: Group) -> list[Xml]:
        """Each prompt of ``group`` with its answer, in print order ([] if none is printed).

        Where the source lost a numbered item, a line says so in its place.
        """
        numbered = sorted(
            ((int(m.number), m) for m in group.missing if m.number and m.number.isdigit()),
            key=lambda pair: pair[0],
        )
        if self.options.short:  # "My answers" is about the answers
            numbered = []
        blocks: list[Xml] = []
        answered = False
        for prompt in group.prompts:
            if prompt.number and prompt.number.isdigit():
                while numbered and numbered[0][0] < int(prompt.number):
                    blocks.append(self.missing_item(numbered.pop(0)[1]))
            block = self.prompt(prompt)
            if block is not None:
                blocks += block
                answered |= prompt.answerable
        if not answered and self.options.skip_unanswered:
            return []
        if self.options.short:
            return blocks
        at_end = [m for _, m in numbered]
        at_end += [m for m in group.missing if not (m.number and m.number.isdigit())]
        return blocks + [self.missing_item(m) for m in at_end]

    def missing_item(self, missing: MissingItem) -> Xml:
        """The line where the printed journal has an item its source lost."""
        if missing.number:
            text = translate(
                "pdf", "Item {number} of the printed journal could not be recovered."
            ).format(number=missing.number)
        else:
            text = translate("pdf", "An item of the printed journal could not be recovered.")
        return self.para(text, HINT)

    def prompt(self, prompt: AnyPrompt) -> list[Xml] | None:
        """The prompt's words and its answer, or None if left out.

        Wording supplied for this edition (``reconstructed``) is marked with
        :data:`RECONSTRUCTED_MARK`, explained under "About this edition".
        """
        self.check_cancel()
        answer = None if self.options.blank else self.content.answers.get(prompt.id)
        images = [] if self.options.blank else self._images_by_prompt.get(prompt.id, [])
        answered = (answer is not None and not answer.is_empty()) or bool(images)
        skipped = answer is not None and answer.skipped
        if prompt.answerable and self.options.skip_unanswered and (not answered or skipped):
            return None
        if isinstance(prompt, NotePrompt):  # a fact box: the journal's, not an answer
            return (
                None if self.options.short else RENDERERS[PromptKind.NOTE](self, prompt, None, [])
            )
        heading = self.t(prompt.text)
        if prompt.number:
            heading = f"{prompt.number}. {heading}"
        if prompt.reconstructed:
            heading = f"{heading} {RECONSTRUCTED_MARK}"
        parts = [self.heading(heading, 3)]
        if answer is not None and answer.private:  # only here when the person asked for it
            parts.append(
                self.para(
                    translate("pdf", "Private answer: kept out of hand-ins, printed on request."),
                    SMALL,
                    keep_next=True,
                )
            )
        if isinstance(prompt, AnswerablePrompt) and prompt.hint is not None:
            parts.append(self.para(self.t(prompt.hint), HINT))
        value = answer.value if answer is not None else None
        parts += RENDERERS[prompt.kind](self, prompt, value, images)
        if answer is not None and answer.time_spent_seconds:
            minutes, seconds = divmod(answer.time_spent_seconds, 60)
            if seconds:
                spent = translate("pdf", "Time spent: {minutes} min {seconds:02d} s")
            else:
                spent = translate("pdf", "Time spent: {minutes} min")
            parts.append(self.para(spent.format(minutes=minutes, seconds=seconds), SMALL))
        if skipped and not answered:
            parts.append(self.para(translate("pdf", "Skipped on purpose."), HINT))
        return parts

    def edition_notes(self) -> list[Block]:
        """The "About this edition" part: the wording supplied (marked †), the items left out."""
        said = edition_notes(self.pack, self.t, self.options, self.printed_prompt_ids)
        if said is None:
            return []
        parts: list[Block] = [PAGE_BREAK, self.heading(translate("pdf", "About this edition"), 1)]
        if said.notes is not None:
            parts += self.paragraphs(said.notes, NORMAL)
        if said.supplied:
            parts.append(self.heading(translate("pdf", "Wording supplied"), 2))
            parts.append(self.para(supplied_explanation(), SMALL))
            parts += [self.para(line, SMALL) for line in said.supplied]
        if said.left_out:
            parts.append(self.heading(translate("pdf", "Items left out"), 2))
            parts += [self.para(line, SMALL) for line in said.left_out]
        return parts

    def orphans(self) -> list[Block]:
        """Answers to prompts the pack no longer has, at the end."""
        lost = lost_answers(self.pack, self.content, self.options)
        if not lost:
            return []
        parts: list[Block] = [
            PAGE_BREAK,
            self.heading(translate("pdf", "Answers to prompts no longer in this journal"), 1),
            self.para(
                translate(
                    "pdf",
                    "A newer version of the journal no longer has these prompts; your answers are"
                    " kept.",
                ),
                HINT,
            ),
        ]
        for answer in lost:
            parts.append(self.heading(answer.prompt_text or answer.prompt_id, 3))
            parts += _value_paragraphs(self, answer.value)
        return parts


def _entry(text: str) -> str:
    """A heading as its contents entry shows it: a line or three, never a page."""
    if len(text) > layout.CONTENTS_ENTRY:
        return text[: layout.CONTENTS_ENTRY - 1].rstrip() + "…"
    return text


def _space_before(paragraph: Xml, twips: int) -> None:
    properties = paragraph.find(PPR)
    spacing = properties.find(_w("spacing"))
    if spacing is None:
        spacing = properties.makeelement(_w("spacing"), {})
        _insert_in_order(properties, spacing)
    spacing.set(_w("before"), str(twips))


_PPR_ORDER: Final = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)


_PPR_RANK: Final = {_w(name): i for i, name in enumerate(_PPR_ORDER)}


def _insert_in_order(properties: Xml, child: Xml) -> None:
    """Put ``child`` in ``w:pPr`` where the schema wants it (Word refuses other orders)."""
    rank = _PPR_RANK
    mine = rank[child.tag]
    for index, existing in enumerate(properties):
        if rank.get(existing.tag, len(rank)) > mine:
            properties.insert(index, child)
            return
    properties.append(child)


def _set_flag(paragraph: Xml, name: str) -> None:
    """Give ``paragraph`` the paragraph property ``name`` (``keepNext``...), unless it has it."""
    properties = paragraph.find(PPR)
    if properties is None:
        properties = paragraph.makeelement(PPR, {})
        paragraph.insert(0, properties)
    if properties.find(_w(name)) is None:
        _insert_in_order(properties, properties.makeelement(_w(name), {}))


def keep_together(blocks: list[Xml]) -> list[Xml]:
    """Keep ``blocks`` on one page (as far as Word can): each is kept with the next.

    Every paragraph but the last gets ``keepNext``; so does every paragraph in a table's cells
    (which keeps its rows together and with what follows), unless the table is the last block.
    The last block is left as it is.

    Args:
        blocks: Paragraphs, tables and rows (:func:`write_streamed`), in order (anything else
            is left alone).

    Returns:
        ``blocks``, changed in place.
    """
    for block in blocks[:-1]:
        if isinstance(block, _PageBreak):
            continue
        if block.tag == P:
            _set_flag(block, "keepNext")
        elif block.tag in (TBL, TR):  # a table, or a row of the table before it
            for paragraph in block.iter(P):
                _set_flag(paragraph, "keepNext")
    return blocks


def _value_paragraphs(w: _Writer, value: AnswerValue | None) -> list[Xml]:
    """Any stored value as plain paragraphs (for answers whose prompt is gone)."""
    match value:
        case TextValue(text=text):
            return w.paragraphs(text, ANSWER)
        case ItemsValue(items=items):
            return [w.para(f"{i + 1}. {t}", ANSWER) for i, t in enumerate(items) if t.strip()]
        case ChecklistValue():
            chosen = list(value.checked) + ([value.other_text] if value.other_checked else [])
            return [w.para("☒ " + c, ANSWER) for c in chosen]
        case TableValue(cells=cells):
            return [w.para(f"{row} / {col}: {t}", ANSWER) for row, col, t in cells]
        case StemsValue(completions=completions):
            return [w.para(f"{k}: {t}", ANSWER) for k, t in completions]
    return []


# ----------------------------------------------------------------------------- one per kind


def _render_text(
    w: _Writer, prompt: TextPrompt, value: AnswerValue | None, _images: list[ImageInfo]
) -> list[Xml]:
    if not prompt.items:
        text = value.text if isinstance(value, TextValue) else ""
        return w.paragraphs(text, ANSWER) or w.lines(6)
    texts = list(value.items) if isinstance(value, ItemsValue) else [""] * len(prompt.items)
    parts: list[Xml] = []
    numbered: int | None = None
    for index, item in enumerate(prompt.items):
        text = texts[index] if index < len(texts) else ""
        if item.label is not None:
            parts.append(w.para(w.t(item.label), HINT))
            parts += w.paragraphs(text, ANSWER) or w.lines(3)
            continue
        if numbered is None:  # the unlabelled items: a numbered list, from 1
            numbered = w.new_list()
        if text.strip():
            parts.append(w.para(text.strip("\n"), LIST_NUMBER, numbering=numbered))
        else:  # the number, on a line to write on, on the side the prompt is read from
            parts += w.lines(1, numbering=numbered, rtl=_rtl(w.t(prompt.text)))
    return parts


def _render_checklist(
    w: _Writer, prompt: ChecklistPrompt, value: AnswerValue | None, _images: list[ImageInfo]
) -> list[Xml]:
    chosen = value if isinstance(value, ChecklistValue) else ChecklistValue()
    parts = [
        w.para(("☒ " if o.id in chosen.checked else "☐ ") + w.t(o.text), ANSWER)
        for o in prompt.options
    ]
    if prompt.other is not None:
        box = "☒ " if chosen.other_checked else "☐ "
        parts.append(w.para(f"{box}{w.t(prompt.other)} {chosen.other_text}".rstrip(), ANSWER))
        if not chosen.other_text.strip() and (w.options.blank or not chosen.other_checked):
            parts += w.lines(1)
    return parts


def _render_table(
    w: _Writer, prompt: TablePrompt, value: AnswerValue | None, _images: list[ImageInfo]
) -> list[Xml]:
    stored = value if isinstance(value, TableValue) else TableValue()
    full = w.text_width * 20
    number_width = round(8 * TWIPS_PER_MM) if prompt.numbered else 0
    count = max(1, len(prompt.columns))
    share = (full - number_width) / count
    widths = ([number_width] if prompt.numbered else []) + [share] * len(prompt.columns)
    table = w.table(widths)
    cell_widths = [round(x) for x in widths]
    if prompt.has_header:
        row = _sub(table, _w("tr"))
        _on(_sub(row, _w("trPr")), "tblHeader")  # repeated at the top of each page
        titles = ([""] if prompt.numbered else []) + [w.t(c.title) for c in prompt.columns]
        for width, title in zip(cell_widths, titles, strict=True):
            cell = w.cell(row, width, SHADE)
            cell.append(w.para(title, CELL, look=Look(bold=True)))
    empty_height = str(round(14 * TWIPS_PER_MM))
    for table_row in prompt.rows:
        row = _sub(table, _w("tr"))
        texts = [table_row.id] if prompt.numbered else []
        shades: list[str | None] = [None] if prompt.numbered else []
        for column in prompt.columns:
            fixed = table_row.fixed(column.id)
            texts.append(w.t(fixed) if fixed is not None else stored.get(table_row.id, column.id))
            shades.append(FIXED_CELL if fixed is not None else None)
        if not all(text.strip() for text in texts):  # room to write in by hand
            _sub(_sub(row, _w("trPr")), _w("trHeight"), {VAL: empty_height, _w("hRule"): "atLeast"})
        for width, text, shade in zip(cell_widths, texts, shades, strict=True):
            cell = w.cell(row, width, shade)
            paragraphs = w.paragraphs(text, CELL) or [w.para("", CELL)]
            for paragraph in paragraphs:
                cell.append(paragraph)
    return [table]


def _render_image(
    w: _Writer, prompt: ImagePrompt, value: AnswerValue | None, images: list[ImageInfo]
) -> list[Xml]:
    parts: list[Xml] = []
    if prompt.writing:  # the written answer first, then the picture or drawing
        text = value.text if isinstance(value, TextValue) else ""
        parts += w.paragraphs(text, ANSWER) or ([] if images else w.lines(3))
    if not images:
        if prompt.drawing:
            label = translate("pdf", "Stick a photo here or draw")
        else:
            label = translate("pdf", "Stick a photo here")
        return [*parts, w.box(label)]
    for info in images:
        parts.append(w.picture(info))
        if info.caption.strip():
            parts.append(w.para(info.caption, CAPTION, center=True))
    return parts


def _render_stems(
    w: _Writer, prompt: StemsPrompt, value: AnswerValue | None, _images: list[ImageInfo]
) -> list[Xml]:
    stored = value if isinstance(value, StemsValue) else StemsValue()
    parts: list[Xml] = []
    for stem in prompt.stems:
        completion = stored.get(stem.id)
        if completion.strip():
            parts.append(w.para(f"{w.t(stem.text)} … {completion}", ANSWER))
        else:
            parts.append(w.para(f"{w.t(stem.text)} …", ANSWER, keep_next=True))
            parts += w.lines(2)
    return parts


def _render_note(
    w: _Writer, prompt: NotePrompt, _value: AnswerValue | None, _images: list[ImageInfo]
) -> list[Xml]:
    parts: list[Xml] = []
    if prompt.title is not None:
        parts.append(w.para(w.t(prompt.title), NOTE, look=Look(bold=True), keep_next=True))
    parts += w.paragraphs(w.t(prompt.text), NOTE)
    if prompt.source is not None:
        source = translate("pdf", "Source: {source}").format(source=w.t(prompt.source))
        parts.append(w.para(source, NOTE, look=Look(size=17)))
    return parts


Renderer = Callable[[_Writer, Any, AnswerValue | None, list[ImageInfo]], list[Xml]]
RENDERERS: dict[PromptKind, Renderer] = {
    PromptKind.TEXT: _render_text,
    PromptKind.CHECKLIST: _render_checklist,
    PromptKind.TABLE: _render_table,
    PromptKind.IMAGE: _render_image,
    PromptKind.STEMS: _render_stems,
    PromptKind.NOTE: _render_note,
}
"""One renderer per prompt kind (a test checks every kind has one)."""


# ----------------------------------------------------------------------------- the document's frame

_STYLES_WITH_EFFECTS: Final = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
)


def set_up(
    document: Any,
    kit: WordKit,
    *,
    title: str,
    author: str,
    subject: str,
    page_size: str,
    footer: str,
) -> None:
    """Styles, page, footer, settings and properties of a new document (python-docx's template).

    The journal's look: its styles (named in the interface's language), the page with 20 mm
    margins, the footer on every page but the first, the document's title, author, subject and
    language (the kit's) in its properties.

    Args:
        document: A new python-docx document (``docx.Document()``).
        kit: What the document's elements are made with (its language and scripts).
        title: The document's title (its properties, the footer); a right-to-left title makes
            the pages and tables read from the right.
        author: Its author ("" for none).
        subject: Its subject.
        page_size: A key of ``layout.PAGE_SIZES`` ("a4", "letter"...).
        footer: The footer's sentence, translated, with ``{title}``, ``{page}`` and ``{total}``
            (Word's PAGE and NUMPAGES fields).
    """
    language = kit.scripts.language
    _set_styles(document, kit.scripts)
    section = document.sections[0]
    width, height = PAGE_SIZES[page_size]
    section.page_width = Twips(round(width * 20))
    section.page_height = Twips(round(height * 20))
    section.left_margin = section.right_margin = Twips(MARGIN)
    section.top_margin = section.bottom_margin = Twips(MARGIN)
    section.header_distance = section.footer_distance = Twips(round(10 * TWIPS_PER_MM))
    if _rtl(title):  # a right-to-left journal: pages and tables read from the right
        properties = section._sectPr  # python-docx has no API for it
        grid = properties.find(_w("docGrid"))
        bidi = properties.makeelement(_w("bidi"), {})
        if grid is not None:
            grid.addprevious(bidi)
        else:
            properties.append(bidi)
    section.different_first_page_header_footer = True  # no footer on the cover
    _footer(kit, _new_footer(document, section), title, footer)
    settings = document.settings.element
    for setting in settings.iter(_w("compatSetting")):  # Word 2013 and later, not 2010's
        if setting.get(_w("name")) == "compatibilityMode":  # (no "Compatibility Mode" banner)
            setting.set(_w("val"), "15")
    properties = document.core_properties
    properties.title = clean(title)[:255]
    properties.subject = clean(subject)[:255]
    properties.author = properties.last_modified_by = clean(author)[:255]
    properties.language = language[:255]
    properties.comments = ""
    properties.revision = 1
    now = datetime.now(UTC)
    properties.created = properties.modified = now
    # The template's thumbnail (an empty page), its claim to be from Word, and Word 2010's copy
    # of the styles are not this document's.
    package = document.part.package
    dropped = (RELATIONSHIP_TYPE.THUMBNAIL, RELATIONSHIP_TYPE.EXTENDED_PROPERTIES)
    for key, relation in list(package.rels.items()):
        if relation.reltype in dropped:
            del package.rels[key]
    for key, relation in list(document.part.rels.items()):
        if relation.reltype == _STYLES_WITH_EFFECTS:
            del document.part.rels[key]


_FOOTER_XML: Final = (
    '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p></w:ftr>'
)


def _new_footer(document: Any, section: Any) -> Xml:
    """The section's footer part, made here; returns its paragraph.

    python-docx's ``section.footer`` reads a template from ``docx/parts/../templates``: in the
    frozen app the ``parts`` folder is inside the archive, and a POSIX path through it does not
    resolve (every Word export failed there, "No such file or directory").
    """
    from docx.enum.section import WD_HEADER_FOOTER  # noqa: PLC0415
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE  # noqa: PLC0415
    from docx.oxml import parse_xml  # noqa: PLC0415
    from docx.parts.hdrftr import FooterPart  # noqa: PLC0415

    part = document.part
    name = part.package.next_partname("/word/footer%d.xml")
    footer = FooterPart(name, CONTENT_TYPE.WML_FOOTER, parse_xml(_FOOTER_XML), part.package)
    relation = part.relate_to(footer, RELATIONSHIP_TYPE.FOOTER)
    section._sectPr.add_footerReference(WD_HEADER_FOOTER.PRIMARY, relation)  # noqa: SLF001
    return footer.element.find(_w("p"))


def _add_update_fields(document: Any) -> None:
    """Ask Word to update the fields on opening: the contents, holding the headings till then."""
    settings = document.settings.element
    update = settings.makeelement(_w("updateFields"), {VAL: "true"})
    compat = settings.find(_w("compat"))  # (its place in the schema's order)
    if compat is not None:
        compat.addprevious(update)
    else:
        settings.append(update)


def _footer(kit: WordKit, paragraph: Xml, title: str, template: str) -> None:
    """The footer: ``template`` (translated), its page and total as Word's PAGE and NUMPAGES."""
    for child in list(paragraph):
        paragraph.remove(child)
    text = template.format(
        title=clean(layout.footer_title(title)), page="\x00PAGE\x00", total="\x00NUMPAGES\x00"
    )
    # The sentence is the interface's, the title in it the pack's: the sentence's direction.
    direction = _rtl(template.format(title="", page="", total=""))
    paragraph.append(Para(style="Footer", center=True, bidi=direction).element())
    look = Look(size=17, color=FOOTER_INK)
    for index, piece in enumerate(text.split("\x00")):
        if index % 2 == 0:
            kit.runs(paragraph, piece, look)
            continue
        field = _sub(paragraph, _w("fldSimple"), {_w("instr"): f" {piece} "})
        kit.runs(field, "1", look)


def _set_styles(document: Any, scripts: _Scripts) -> None:
    """The journal's look in the template's styles, and its own styles (named in its language)."""
    styles = document.styles.element
    run_defaults = styles.find(f"{_w('docDefaults')}/{_w('rPrDefault')}")
    for child in list(run_defaults):
        run_defaults.remove(child)
    defaults = _sub(run_defaults, RPR)
    _sub(defaults, _w("rFonts"), {_w(n): MAIN_FAMILY for n in ("ascii", "hAnsi", "eastAsia", "cs")})
    _valued(defaults, "color", INK)
    _valued(defaults, "sz", 21)
    _valued(defaults, "szCs", 21)
    language = {VAL: scripts.language}
    if scripts.document_script in _EAST_ASIAN:
        language[_w("eastAsia")] = scripts.language
    if scripts.document_script in _COMPLEX:
        language[_w("bidi")] = scripts.language
    _sub(defaults, _w("lang"), language)
    paragraph_defaults = styles.find(f"{_w('docDefaults')}/{_w('pPrDefault')}")
    for child in list(paragraph_defaults):
        paragraph_defaults.remove(child)
    paragraph_defaults.append(Para(after=100).element())

    built_in = {
        TITLE: (Para(after=240), Look(bold=True, color=ACCENT, size=60)),
        SUBTITLE: (Para(after=600), Look(size=30)),
        HEADINGS[0]: (
            Para(keep_next=True, keep_lines=True, after=200, outline=0),
            Look(True, color=ACCENT, size=38),
        ),
        HEADINGS[1]: (
            Para(keep_next=True, keep_lines=True, before=280, after=120, outline=1),
            Look(True, color=ACCENT, size=27),
        ),
        HEADINGS[2]: (
            Para(keep_next=True, keep_lines=True, before=200, after=60, outline=2),
            Look(True, size=21),
        ),
        CAPTION: (Para(after=160, center=True), Look(size=17)),
    }
    for style_id, (paragraph, look) in built_in.items():
        style = styles.get_by_id(style_id)
        for name in ("pPr", "rPr"):
            for child in style.findall(_w(name)):
                style.remove(child)
        style.append(paragraph.element())
        style.append(look.element())
    ours = {  # id: (name, next style, paragraph, look)
        ANSWER: (translate("export", "Answer"), ANSWER, Para(after=80, left=160), Look()),
        HINT: (
            translate("export", "Hint"),
            ANSWER,
            Para(keep_next=True, after=60),
            Look(italic=True, color=QUIET),
        ),
        SMALL: (translate("export", "Small print"), SMALL, Para(after=80), Look(size=17)),
        NOTE: (
            translate("export", "Note"),
            NOTE,
            Para(border=("box",), shade=SHADE, after=80, left=200, right=200),
            Look(),
        ),
        CELL: (translate("export", "Table text"), CELL, Para(after=0), Look(size=19)),
        COVER: (translate("export", "Cover details"), COVER, Para(after=80), Look(size=24)),
        TOC_LEVELS[0]: ("toc 1", NORMAL, Para(before=120, after=20), Look(bold=True)),
        TOC_LEVELS[1]: ("toc 2", NORMAL, Para(after=20, left=280), Look(size=19)),
        TOC_LEVELS[2]: ("toc 3", NORMAL, Para(after=20, left=560), Look(size=19)),
    }
    for style_id, (name, following, paragraph, look) in ours.items():
        custom = not style_id.startswith("TOC")
        attributes = {_w("type"): "paragraph", _w("styleId"): style_id}
        if custom:
            attributes[_w("customStyle")] = "1"
        style = _sub(styles, _w("style"), attributes)
        _valued(style, "name", name)
        _valued(style, "basedOn", NORMAL)
        _valued(style, "next", following)
        _valued(style, "uiPriority", 39 if not custom else 20)
        if custom:
            _on(style, "qFormat")
        else:
            _on(style, "unhideWhenUsed")
        style.append(paragraph.element())
        style.append(look.element())


def _list_definition(numbering: Xml, document: Any) -> int:
    """The abstract numbering of the List Number style (each list refers to it anew)."""
    style = document.styles.element.get_by_id(LIST_NUMBER)
    number_id = int(style.pPr.numPr.numId.val)
    return int(numbering.num_having_numId(number_id).abstractNumId.val)


# ----------------------------------------------------------------------------- the file

_EXTENSIONS: Final = {"image/jpeg": "jpeg", "image/png": "png", "image/gif": "gif"}


class _PicturePart(Part):
    """A picture whose bytes are read from the store only when the file is written."""

    def __init__(
        self, partname: PackURI, content_type: str, package: Any, read: Callable[[], bytes]
    ) -> None:
        super().__init__(partname, content_type, package=package)
        self.read = read

    @property
    def blob(self) -> bytes:
        """The picture's bytes, read now."""
        return self.read()


_MARKER: Final = "streamedBody"
"""The element whose place in the body the blocks take (never written)."""
_FLUSH_AT: Final = 1 << 16
"""Characters of XML gathered before they are compressed (one call for many small blocks)."""
_ROOT_DECLARATIONS: Final = re.compile(r'<[^\s/>]+((?:\s+xmlns(?::[^\s=/>]+)?="[^"]*")+)')
"""A start tag's namespace declarations (lxml writes them right after the name)."""
_DECLARATION: Final = re.compile(r'\s+xmlns(?::([^\s=/>]+))?="([^"]*)"')


def _frame(document: Any) -> tuple[bytes, bytes]:
    """``word/document.xml`` before and after the body's blocks (python-docx's serialization).

    The head: the XML declaration, ``w:document`` with all its namespace declarations, ``w:body``
    and whatever the body held before its ``w:sectPr``; the tail: the ``w:sectPr`` and the end.
    """
    body = document.element.body
    marker = body.makeelement(_w(_MARKER), {})
    end = body.find(_w("sectPr"))
    if end is not None:
        end.addprevious(marker)
    else:
        body.append(marker)
    try:
        xml = etree.tostring(document.element, encoding="UTF-8", standalone=True)
        needle = f"<{marker.prefix}:{_MARKER}/>".encode()
    finally:
        body.remove(marker)
    if xml.count(needle) != 1:  # (text and attributes hold "<" escaped: only the element)
        raise RuntimeError("the document's body could not be cut open")
    head, _needle, tail = xml.partition(needle)
    return head, tail


class _Fragments:
    """Blocks as text inside the document's body.

    lxml declares on a detached element's start tag the namespaces it uses (``xmlns:w=...``);
    inside the body the document's root declares them already. Only those declarations of the
    start tag's are left out, the ones the root makes alike; nothing else of the text changes.
    """

    def __init__(self, document: Any) -> None:
        self.declared = {(prefix, uri) for prefix, uri in document.element.nsmap.items()}
        self._kept: dict[str, str] = {}

    def __call__(self, block: Xml) -> str:
        """The block's XML, as the body holds it."""
        text: str = etree.tostring(block, encoding="unicode", with_tail=False)
        found = _ROOT_DECLARATIONS.match(text)
        if found is None:
            return text
        declarations = found.group(1)
        kept = self._kept.get(declarations)
        if kept is None:
            kept = "".join(
                one.group(0)
                for one in _DECLARATION.finditer(declarations)
                if (one.group(1), unescape(one.group(2), {"&quot;": '"'})) not in self.declared
            )
            if len(self._kept) < 64:
                self._kept[declarations] = kept
        return text[: found.start(1)] + kept + text[found.end(1) :]


def _opened(text: str) -> tuple[str, str]:
    """A table's XML without its end tag, and the end tag (rows are written in between)."""
    name = re.match(r"<([^\s/>]+)", text)
    assert name is not None
    end = f"</{name.group(1)}>"
    if text.endswith(end):
        return text[: -len(end)], end
    return text[:-2] + ">", end  # an empty table, "<w:tbl/>"


def _write_body(stream: Any, blocks: Iterable[Block], fragment: _Fragments) -> None:
    """Write the blocks into ``stream`` as they come; a page break starts the next one's page."""
    buffer: list[str] = []
    size = 0

    def put(text: str) -> None:
        nonlocal size
        buffer.append(text)
        size += len(text)
        if size >= _FLUSH_AT:
            stream.write("".join(buffer).encode("utf-8"))
            buffer.clear()
            size = 0

    pending = started = False
    table_end: str | None = None  # a table is open: rows that come go in it
    last_tag: str = P
    for block in blocks:
        if isinstance(block, _PageBreak):
            if table_end is not None:
                put(table_end)
                table_end = None
            pending = started
            continue
        tag = block.tag
        if tag == TR:
            if table_end is None:
                raise ValueError("a table row (w:tr) with no table (w:tbl) before it")
            put(fragment(block))
            continue
        if table_end is not None:
            put(table_end)
            table_end = None
        if pending:
            if tag != P:  # a table: an empty paragraph starts the page
                holder = _element("w:p")
                holder.append(Para().element())
                _set_flag(holder, "pageBreakBefore")
                put(fragment(holder))
            else:
                _set_flag(block, "pageBreakBefore")
            pending = False
        text = fragment(block)
        if tag == TBL:
            text, table_end = _opened(text)
        put(text)
        started = True
        last_tag = tag
    if table_end is not None:
        put(table_end)
    if last_tag != P:  # Word wants a paragraph after a table
        put(fragment(_element("w:p")))
    stream.write("".join(buffer).encode("utf-8"))


def write_streamed(document: Any, path: Path, blocks: Iterable[Block]) -> None:
    """Write the document as a .docx file, its body's blocks serialized as they come.

    ``word/document.xml`` is written first, each block as the iterable gives it, so that a
    generator's blocks are never all in memory: the document's start (python-docx's, with
    whatever its body holds), the blocks, then the body's ``w:sectPr`` (as :func:`set_up` made
    it). Then the other parts, as ``Document.save`` writes them (``docx.opc.pkgwriter``) but for
    the pictures, read one at a time as they are written and stored rather than deflated (JPEG
    and PNG data do not shrink; deflating twenty photos took longer than making the rest), and
    the relationships of the pictures placed while the blocks were made.

    A failure, or :class:`ExportCancelled` raised by the blocks or a picture's reading, leaves
    a half-written file at ``path``: write to a temporary file (``files.atomic_output``).

    Args:
        document: The python-docx document (its styles, numbering, footer, properties...).
        path: The file to write.
        blocks: The body, in order: paragraphs (``w:p``) and tables (``w:tbl``), made apart
            from the document (:class:`WordKit`). :data:`PAGE_BREAK` starts the next block's
            page (a table gets an empty paragraph before it to carry the break; a page break
            before anything is written is ignored). A row (``w:tr``) goes at the end of the
            table that came before it, so that a long table can come as its frame (or its
            header row) and then row by row; the table is written when it comes, so its rows
            come as blocks of their own. A paragraph ends the body if a table would.

    Raises:
        ValueError: A row comes with no table before it (first, or after a paragraph or a
            page break).
        OSError: The file cannot be written.
    """
    main = document.part
    package = main.package
    main.before_marshal()
    head, tail = _frame(document)
    fragment = _Fragments(document)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        # First, as Word writes it: every part but the pictures the blocks will place exists
        # now, and pictures are typed by their extension.
        before = list(package.iter_parts())
        archive.writestr("[Content_Types].xml", _content_types(before))
        entry = zipfile.ZipInfo(main.partname.membername, date_time=time.localtime()[:6])
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.external_attr = 0o600 << 16  # as writestr's
        # Not Zip64: Office opens a package whose entries say they need it (version 4.5) only
        # in recovery mode. Without it an entry holds up to 2 GiB, far more than Word opens.
        stream = archive.open(entry, "w")
        try:
            stream.write(head)
            _write_body(stream, blocks, fragment)
            stream.write(tail)
        finally:
            try:
                stream.close()
            except RuntimeError as error:  # "File size too large, try using force_zip64"
                raise OSError(errno.EFBIG, os.strerror(errno.EFBIG)) from error
        parts = list(package.iter_parts())  # the pictures placed by the blocks too
        known = {id(part) for part in before}
        if any(id(p) not in known and not isinstance(p, _PicturePart) for p in parts):
            raise ValueError("a part other than a picture was added while the body was written")
        for part in parts:
            if part is not main:
                part.before_marshal()
        archive.writestr("_rels/.rels", package.rels.xml)
        for part in parts:
            if part is not main:
                stored = isinstance(part, _PicturePart)
                archive.writestr(
                    part.partname.membername,
                    part.blob,
                    compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED,
                )
            if len(part.rels):
                archive.writestr(part.partname.rels_uri.membername, part.rels.xml)


def _content_types(parts: list[Any]) -> bytes:
    """``[Content_Types].xml``: pictures by their extension, every other part by its name.

    Every extension of :data:`_EXTENSIONS` is named, for the pictures placed after it is written.
    """
    defaults = {"rels": CONTENT_TYPE.OPC_RELATIONSHIPS, "xml": CONTENT_TYPE.XML}
    defaults.update({extension: kind for kind, extension in _EXTENSIONS.items()})
    overrides: dict[str, str] = {}
    for part in parts:
        if not isinstance(part, _PicturePart):
            overrides[str(part.partname)] = part.content_type
    lines = [
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>",
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    ]
    lines += [
        f"<Default Extension={quoteattr(ext)} ContentType={quoteattr(kind)}/>"
        for ext, kind in sorted(defaults.items())
    ]
    lines += [
        f"<Override PartName={quoteattr(name)} ContentType={quoteattr(kind)}/>"
        for name, kind in sorted(overrides.items())
    ]
    lines.append("</Types>")
    return "".join(lines).encode("utf-8")


# ----------------------------------------------------------------------------- export

DEFAULT_OPTIONS: Final = PdfOptions()


def export_docx(
    pack: Pack,
    content: JournalContent,
    target: Path,
    options: PdfOptions = DEFAULT_OPTIONS,
    *,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DocxReport:
    """Write the journal (or, with ``options.blank``, the empty workbook) as a Word document.

    The PDF's options mean what they mean there: "My answers" (``skip_unanswered``), private
    answers only with ``include_private``, the cover's name (``author``), the pack's language
    (``language``) and the page size.

    Raises:
        ExportError: the target cannot be written, the disk is full, the fonts' index is
            missing… (nothing is left behind and an existing file is untouched).
        ExportCancelled: ``cancelled()`` returned True (checked between prompts, and between
            pictures while the file is written).
    """
    try:
        fonts.register_fonts()  # which bundled family draws which script (fonts.json)
    except fonts.FontError as error:
        raise ExportError(str(error)) from None
    target = Path(target)
    folder = existing_folder(target)
    progress = on_progress or (lambda _fraction: None)
    content = shareable(content, options)
    check_cancel = cancel_check(cancelled)

    document = docx.Document()
    writer = _Writer(pack, content, options, document, check_cancel)
    title = writer.t(pack.title)
    author = "" if options.blank else cover_name(content.journal, options.author)
    subject = writer.t(pack.subtitle) if pack.subtitle else title
    try:
        set_up(
            document,
            writer,
            title=title,
            author=author,
            subject=subject,
            page_size=options.page_size,
            footer=translate("pdf", "{title} — page {page} of {total}"),
        )
        story = writer.story(progress)
        if writer.has_contents:
            _add_update_fields(document)
        check_cancel()
        # Clears first what an export killed earlier left (a logout mid-export).
        with files.atomic_output(target, suffix=".partial") as temporary:
            write_streamed(document, temporary, story)
    except fonts.FontError as error:
        raise ExportError(str(error)) from None
    except OSError as error:
        raise ExportError(layout.describe_write_error(error, folder, word=True)) from None
    progress(1.0)
    return DocxReport(target, writer.paragraph_count, writer.picture_count)
