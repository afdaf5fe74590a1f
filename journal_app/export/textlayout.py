"""Paragraphs in any script for the PDF: markup per font run, line breaking, bidi drawing.

:func:`paragraph_markup` turns text into ReportLab ``Paragraph`` markup, a ``<font>`` run per
bundled font (:mod:`journal_app.export.fonts`), with line-break opportunities between the
syllables of scripts written without spaces. :class:`BidiParagraph`, a drop-in ``Paragraph``,
draws each laid-out line in visual order by the Unicode bidirectional algorithm
(:mod:`journal_app.export.bidi`).

ReportLab 5.1 does no bidirectional reordering of its own unless the optional ``rlbidi``
package is installed (it is not on PyPI), and even then not in paragraphs with several fonts or
with shaping. What it does do:

* with ``shaping=1`` in the style and ``uharfbuzz`` installed, each word (text between spaces) is
  shaped by HarfBuzz: Arabic letters are joined, Devanagari conjuncts formed, and the glyphs of a
  word whose script is right-to-left come out reversed, in visual order;
* with ``wordWrap="RTL"``, the pieces of each line (runs of one font, not words) are drawn in
  reverse order.

So :class:`BidiParagraph` redoes the order of each laid-out line when it is drawn: shaped words
are first put back in logical order from HarfBuzz's cluster numbers, then the whole line is
ordered glyph by glyph. Line breaking stays ReportLab's, on the logical text, so long paragraphs
wrap and split across pages in the right order. ReportLab also shapes a word that spans two
fonts with the first font only (drawing wrong glyphs), so in shaped paragraphs each word is
given a single font that has all of it.
"""

from __future__ import annotations

import importlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from journal_app.export import bidi, fonts, rlfixes

_hb: Any
try:  # ReportLab shapes with uharfbuzz; the syllable breaks ask it where syllables are.
    _hb = importlib.import_module("uharfbuzz")
except ImportError:  # pragma: no cover - uharfbuzz is a dependency
    _hb = None

__all__ = [
    "BREAK",
    "BidiParagraph",
    "EmbeddedCanvas",
    "Markup",
    "is_rtl",
    "make_paragraph",
    "paragraph_markup",
    "style_for",
]


class EmbeddedCanvas(Canvas):
    """A canvas that never puts a standard (unembedded) font such as Helvetica in the file.

    ReportLab starts every page in its initial font, and tables set a font for every cell,
    which land in the PDF's font resources even if no text uses them; the standard fonts are
    never embedded, which archival checks (PDF/A) and ``pdffonts`` report. The bundled main
    face stands in. Every PDF the app writes uses this canvas (or a subclass).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if not kwargs.get("initialFontName"):  # document templates pass None
            kwargs["initialFontName"] = fonts.active_registry().fonts.body
        super().__init__(*args, **kwargs)

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:  # noqa: N802, D102 - ReportLab's name
        # ReportLab's tables set each cell's font (Helvetica unless told) even when the cell is
        # a paragraph that draws in its own fonts: never let a standard font into the file.
        if psfontname in _STANDARD_FONTS:
            psfontname = fonts.active_registry().fonts.body
        super().setFont(psfontname, size, leading)


_STANDARD_FONTS: Final = frozenset(pdfmetrics.standardFonts)


# ----------------------------------------------------------------------------- direction


def is_rtl(text: str) -> bool:
    """Whether a paragraph of ``text`` reads right to left (its first strong character)."""
    return bool(bidi.base_level(text))


_MIRROR_PAIRS: Final = (
    "()[]{}<>«»‹›⁅⁆⁽⁾₍₎≤≥≦≧≪≫⊂⊃⊆⊇∈∋⟨⟩⟦⟧⟪⟫〈〉《》「」『』【】〔〕〖〗〘〙〚〛（）［］｛｝＜＞｢｣"
)
_MIRROR: Final = {
    **{a: b for a, b in zip(_MIRROR_PAIRS[::2], _MIRROR_PAIRS[1::2], strict=True)},
    **{b: a for a, b in zip(_MIRROR_PAIRS[::2], _MIRROR_PAIRS[1::2], strict=True)},
}


# Scripts whose letters change shape with their neighbours (or reorder): ReportLab must shape
# them with HarfBuzz, as it must place combining marks (Hebrew points, stacked Latin accents left
# after NFC). Plain Hebrew needs none: BidiParagraph puts it in visual order.
_SHAPED_RANGES: Final = (
    (0x0600, 0x08FF),  # Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended
    (0x0900, 0x0DFF),  # Devanagari ... Sinhala
    (0x0E00, 0x0FFF),  # Thai, Lao, Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x18AF),  # Khmer, Mongolian
    (0x1CD0, 0x1CFF),  # Vedic extensions
    (0xA8E0, 0xA8FF),  # Devanagari extended
    (0xFB50, 0xFDFF),  # Arabic presentation forms A
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
)


@cache
def _shaping_char(char: str) -> bool:
    point = ord(char)
    return fonts.is_mark(char) or any(low <= point <= high for low, high in _SHAPED_RANGES)


@cache
def _strong_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _needs_shaping(text: str) -> bool:
    """Whether the text has a script that must be shaped, or combining marks to position.

    Right-to-left text with brackets is shaped too: HarfBuzz draws the mirrored bracket, and the
    glyph then reads as the bracket typed when the PDF is copied or searched (rlfixes).
    Each character is looked at once, however often it occurs (``set`` runs in C).
    """
    chars = set(text)
    if any(_shaping_char(c) for c in chars):
        return True
    return not _MIRROR.keys().isdisjoint(chars) and any(_strong_rtl(c) for c in chars)


# ----------------------------------------------------------------------------- paragraph markup


@dataclass(frozen=True)
class Markup:
    """Paragraph markup for one text, and what its paragraph style needs.

    Attributes:
        xml: ReportLab ``Paragraph`` markup: escaped text, ``<br/>`` for newlines, ``<font>``
            runs, ``<b>``/``<i>``.
        rtl: The paragraph's base direction is right-to-left (its first strong character).
        needs_shaping: The text has a script that must be shaped (Arabic, Devanagari...).
    """

    xml: str
    rtl: bool
    needs_shaping: bool


@cache
def _cleaned(char: str, keep_joiners: bool) -> str:
    """What :func:`_clean` puts in place of one character ("" to take it out)."""
    if char in "\n\u2028\u2029":  # line feed, line and paragraph separators
        return "\n"
    if char == "\t":
        return " "
    if rlfixes.is_made_code(ord(char)):
        # Private use of planes 15 and 16: no font has them, and the PDF's own codes for
        # shaped glyphs live there. Drawn as the empty box the report promises.
        return "\u25a1"
    if (keep_joiners and char in fonts.JOINERS) or char in fonts.BIDI_CONTROLS:
        return char  # shaping needs the joiners; the bidi algorithm the controls
    return "" if fonts.ignorable(char) else char


def _clean(text: str, *, keep_joiners: bool) -> str:
    """NFC text: tabs as spaces, one kind of line break, what is not drawn taken out.

    Decided once per distinct character (cached), then applied by ``str.translate`` in C: a
    long answer costs its few dozen distinct characters, not a Python step per character.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    changes = {}
    for char in set(text):
        instead = _cleaned(char, keep_joiners)
        if instead != char:
            changes[ord(char)] = instead
    return text.translate(changes) if changes else text


_WITHOUT_JOINERS: Final = {ord(c): None for c in fonts.JOINERS}
_SEPARATORS_AS_SPACES: Final = {ord(c): " " for c in fonts.SEPARATORS}


def _line_markup(
    line: str, shaped: bool, registry: fonts.Registry, tags: tuple[str, str], japanese: bool
) -> str:
    main_face, main_points = registry.coverage[0]
    if main_face == registry.fonts.body and main_points.issuperset(map(ord, line)):
        # The common case (a line the main font draws entirely) is one run: skip the per-cluster
        # work, which costs milliseconds on a long answer.
        plain = line.translate(_SEPARATORS_AS_SPACES)
        return f'<font face="{main_face}">{tags[0]}{escape(plain)}{tags[1]}</font>'
    clusters = fonts.clusters_of(line)
    faces = fonts.assign_fonts(clusters, registry, single_font_words=shaped, japanese=japanese)
    parts: list[str] = []
    previous = ""
    for run in fonts.runs_of([" " if c[0] in fonts.SEPARATORS else c for c in clusters], faces):
        if shaped and previous and previous[-1] != " " and run.text[0] != " ":
            # A word in two fonts (ใช้Google, no font has all of it): ReportLab would shape it
            # with the first font, drawing wrong glyphs or failing. A break makes two words.
            parts.append(BREAK)
        text = _breakable(run) if shaped else escape(run.text)
        parts.append(f'<font face="{run.font}">{tags[0]}{text}{tags[1]}</font>')
        previous = run.text
    return "".join(parts)


# Scripts written without spaces between words, which HarfBuzz shapes syllable by syllable.
# ReportLab breaks lines only at spaces: a line of such text is one "word" wider than the line,
# which ReportLab then cuts glyph by glyph, through syllables, and shapes again from the glyphs
# it drew, which draws boxes and dotted circles (ReportLab 5.1, platypus/paragraph.py
# _splitFragWord and the re-wrap of split words). So a space too thin to see is put between
# syllables: a place to break the line that ReportLab knows.
_UNSPACED: Final = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0xA9E0, 0xA9FF),  # Myanmar extended B
    (0xAA60, 0xAA7F),  # Myanmar extended A
)
_NO_BREAK_BEFORE: Final = frozenset(
    "\u0e2f\u0e46\u0eaf\u0ec6\u17d4\u17d5\u17d6\u17d7\u17da\u104a\u104b"
)
_NO_BREAK_AFTER: Final = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
_KILLERS: Final = frozenset("\u1039\u103a")  # Myanmar virama and asat: end the syllable before
_TIBETAN_BREAK_AFTER: Final = frozenset("\u0f0b\u0f0d\u0f0e")  # tsheg, shad
BREAK: Final = f'<font size="{rlfixes.BREAK_SIZE}"> </font>'
"""A line-break opportunity that takes no room (its width is 0.003 pt)."""


def _unspaced(char: str) -> bool:
    point = ord(char)
    return any(low <= point <= high for low, high in _UNSPACED)


_PIECE: Final = 8
"""Characters at least between two breaks: ReportLab's cost grows with the number of words."""


def _thai_or_lao(char: str) -> bool:
    return 0x0E00 <= ord(char) <= 0x0EFF


_LEADING_VOWELS: Final = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
_VOWEL_SIGNS: Final = frozenset(
    [chr(p) for p in range(0x0E30, 0x0E3B)]
    + [chr(p) for p in range(0x0E47, 0x0E4C)]
    + ["\u0e4d"]
    + [chr(p) for p in range(0x0EB0, 0x0EBD)]
    + [chr(p) for p in range(0x0EC8, 0x0ECE)]
)


def _starts_thai_syllable(text: str, at: int) -> bool:
    """Whether a Thai or Lao syllable surely starts at ``at`` (without a dictionary).

    A vowel written before its consonant (เ แ โ ใ ไ) starts one; so does a consonant that
    carries a vowel or tone mark. A bare consonant may end the syllable before (แด|น), so no
    break goes before it: lines break less often, never inside a syllable.
    """
    char = text[at]
    if char in _LEADING_VOWELS:
        return True
    consonant = 0x0E01 <= ord(char) <= 0x0E2E or 0x0E81 <= ord(char) <= 0x0EAE
    return consonant and at + 1 < len(text) and text[at + 1] in _VOWEL_SIGNS


def _breakable(run: fonts.Run) -> str:
    """The run's escaped text, with :data:`BREAK` between the syllables of unspaced scripts."""
    text = run.text
    if not any(_unspaced(c) or c in _TIBETAN_BREAK_AFTER for c in text) or _hb is None:
        return escape(text)
    buffer = _hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    _hb.shape(pdfmetrics.getFont(run.font).hbFont(), buffer, {})
    starts = {info.cluster for info in buffer.glyph_infos}  # where HarfBuzz's syllables start
    pieces: list[str] = []
    previous = 0
    for at in range(1, len(text)):
        before, after = text[at - 1], text[at]
        killed = at + 1 < len(text) and text[at + 1] in _KILLERS  # Myanmar ည် belongs before
        syllables = (
            at in starts
            and _unspaced(before)
            and _unspaced(after)
            and after not in _NO_BREAK_BEFORE
            and before not in _NO_BREAK_AFTER
            and not killed
            and (not _thai_or_lao(after) or _starts_thai_syllable(text, at))
        )
        tibetan = before in _TIBETAN_BREAK_AFTER and after not in fonts.SEPARATORS
        if (syllables or tibetan) and at - previous >= _PIECE:
            pieces.append(escape(text[previous:at]))
            previous = at
    pieces.append(escape(text[previous:]))
    return BREAK.join(pieces)


def paragraph_markup(text: str, *, bold: bool = False, italic: bool = False) -> Markup:
    """Markup for a ``Paragraph`` that draws ``text`` in any script.

    The text is NFC-normalised, XML-escaped, cut into ``<font face="...">`` runs (see
    :func:`split_runs`; in a shaped paragraph each word in one font), newlines become ``<br/>``;
    it stays in logical order. Draw it with :class:`BidiParagraph` and :func:`style_for`, which
    put each laid-out line in visual order. Registers the bundled fonts if that is not done yet.

    Args:
        text: The text, in logical order, as typed.
        bold: Wrap in ``<b>`` (each family's bold face where it has one).
        italic: Wrap in ``<i>`` (only the Latin family has italics).

    Returns:
        The markup, the paragraph direction and whether it needs shaping.
    """
    registry = fonts.active_registry()
    cleaned = _clean(text, keep_joiners=True)
    needs_shaping = _needs_shaping(cleaned)
    shaped = needs_shaping and fonts.shaping_available()
    if not shaped:
        cleaned = cleaned.translate(_WITHOUT_JOINERS)
    base = bidi.base_level(cleaned)
    # Inside each <font>: ReportLab's <font face> resets bold and italic to the face's own.
    tags = ("<b>" * bold + "<i>" * italic, "</i>" * italic + "</b>" * bold)
    japanese = fonts.is_japanese(cleaned)
    xml = "<br/>".join(
        _line_markup(line, shaped, registry, tags, japanese) for line in cleaned.split("\n")
    )
    return Markup(xml=xml, rtl=bool(base), needs_shaping=needs_shaping)


def style_for(markup: Markup, base: ParagraphStyle) -> ParagraphStyle:
    """The paragraph style to draw ``markup`` with, derived from ``base``.

    Right-to-left paragraphs get ``wordWrap="RTL"`` and mirrored alignment (left becomes right);
    ``shaping=1`` only where the text needs it (shaping is slow); the font is a bundled TrueType
    face, of the same weight and slant (ReportLab only shapes when the style's own font can be
    shaped). Draw with :class:`BidiParagraph`.

    Args:
        markup: From :func:`paragraph_markup`.
        base: The style the exporter would use for left-to-right text.

    Returns:
        A new style; ``base`` is not changed.
    """
    registry = fonts.active_registry()
    changes: dict[str, Any] = {
        "shaping": 1 if markup.needs_shaping and fonts.shaping_available() else 0,
        "wordWrap": "RTL" if markup.rtl else (None if base.wordWrap == "RTL" else base.wordWrap),
    }
    if base.fontName not in registry.faces:  # e.g. Helvetica-Bold: the bundled face, as heavy
        try:
            _, bold, italic = ps2tt(base.fontName)
        except ValueError:
            bold = italic = 0
        main = registry.fonts
        faces = (main.body, main.italic, main.bold, main.bold_italic)
        changes["fontName"] = faces[2 * bool(bold) + bool(italic)]
    if markup.rtl and base.wordWrap != "RTL":
        mirrored = {TA_LEFT: TA_RIGHT, TA_RIGHT: TA_LEFT}
        changes["alignment"] = mirrored.get(base.alignment, base.alignment)
    suffix = "-rtl" if markup.rtl else ""
    suffix += "-shaped" if changes["shaping"] else ""
    return ParagraphStyle(f"{base.name}{suffix}", parent=base, **changes)


# ----------------------------------------------------------------------------- drawing


_ADDED: Final = 0x7FFFFFFF  # cluster of a character ReportLab added to shaped text (a space)


@dataclass
class _Atom:
    """One drawn character (or shaped glyph) of a laid-out line, in logical order."""

    frag: Any
    text: Any  # a one-character str, ShapedStr (a glyph with its positioning), or None
    kind: str  # bidi class
    mirrored: bool = False  # HarfBuzz already drew it mirrored (it shaped it right-to-left)


def _glyph_kind(char: str, font: str, rtl_faces: frozenset[str]) -> str:
    if "\ue000" <= char <= "\uf8ff":  # a glyph with no code point, from shaping
        return "R" if font in rtl_faces else "L"
    return unicodedata.bidirectional(char) or "L"


def _frag_atoms(frag: Any, rtl_faces: frozenset[str]) -> list[_Atom]:
    """The atoms of one frag of a laid-out line, in logical order.

    Shaped text (a ReportLab ``ShapedStr``) holds each word's glyphs in HarfBuzz's visual order;
    a word HarfBuzz shaped right-to-left (its clusters go down) is put back in logical order, and
    its brackets, which HarfBuzz mirrored, are marked so.
    """
    text = getattr(frag, "text", None)
    if not text or hasattr(frag, "cbDefn") or getattr(frag, "lineBreak", False):
        return [_Atom(frag, None, "WS")]
    font = getattr(frag, "fontName", "")
    shape_data = getattr(text, "__shapeData__", None)
    if shape_data is None:
        return [_Atom(frag, char, _glyph_kind(char, font, rtl_faces)) for char in text]
    atoms: list[_Atom] = []
    word: list[int] = []

    def flush() -> None:
        backwards = len(word) > 1 and shape_data[word[0]].cluster > shape_data[word[-1]].cluster
        for i in reversed(word) if backwards else word:
            char = str(text[i])
            kind = "BN" if char == " " else _glyph_kind(char, font, rtl_faces)
            atoms.append(_Atom(frag, text[i : i + 1], kind, backwards and char in _MIRROR))
        word.clear()

    for i, char in enumerate(str(text)):
        if shape_data[i].cluster == _ADDED:  # a space ReportLab put between words
            flush()
            atoms.append(_Atom(frag, text[i : i + 1], _glyph_kind(char, font, rtl_faces)))
        else:  # (a space glyph inside a word stands for ZWNJ or ZWJ)
            word.append(i)
    flush()
    return atoms


def _visual_atoms(atoms: list[_Atom], base: int) -> list[tuple[_Atom, bool]]:
    """Atoms in visual order, each with whether to draw it mirrored (rules L1, L2, L4)."""
    # Brackets for rule N0, as typed (one HarfBuzz mirrored is put back).
    chars = [
        _MIRROR.get(str(a.text), str(a.text)) if a.mirrored else (str(a.text) if a.text else "\0")
        for a in atoms
    ]
    chars = [c if len(c) == 1 else "\0" for c in chars]
    found = bidi.levels(chars, base, classes=[atom.kind for atom in atoms])
    levels: list[int] = []
    for level in found:  # what rule X9 leaves out (BN) is drawn at the level before it
        levels.append(level if level is not None else (levels[-1] if levels else base))
    order = bidi.visual_order(levels)
    return [(atoms[k], bool(levels[k] % 2) != atoms[k].mirrored) for k in order]


def _draw_text(atom: _Atom, mirror: bool) -> Any:
    if not mirror:
        return atom.text
    char = str(atom.text)
    if hasattr(atom.text, "__shapeData__"):
        return type(atom.text)(_MIRROR.get(char, char), atom.text.__shapeData__)
    return _MIRROR.get(char, char)


def _visual_frag_line(line: Any, base: int, rtl_faces: frozenset[str], reverse: bool) -> Any:
    atoms = [atom for frag in line.words for atom in _frag_atoms(frag, rtl_faces)]
    words: list[Any] = []
    current: Any = None
    text: Any = None
    for atom, mirror in _visual_atoms(atoms, base):
        if atom.text is None:  # an image, a line break...
            if current is not None:
                words.append(current.clone(text=text))
                current = None
            words.append(atom.frag)
            continue
        piece = _draw_text(atom, mirror)
        if current is atom.frag:
            text = text + piece
        else:
            if current is not None:
                words.append(current.clone(text=text))
            current, text = atom.frag, piece
    if current is not None:
        words.append(current.clone(text=text))
    # ReportLab draws the pieces of a line in reverse order itself when wordWrap is RTL.
    return line.clone(words=words[::-1] if reverse else words)


def _visual_lines(para: Any, base: int, rtl_faces: frozenset[str], reverse: bool) -> Any:
    """A copy of laid-out lines (``blPara``) with each line in visual order."""
    lines: list[Any] = []
    for line in para.lines:
        if hasattr(line, "words"):
            lines.append(_visual_frag_line(line, base, rtl_faces, reverse))
            continue
        extra, words = line  # one unshaped font for the whole paragraph: words are strings
        text = " ".join(str(word) for word in words)
        atoms = [_Atom(None, c, _glyph_kind(c, para.fontName, rtl_faces)) for c in text]
        visual = "".join(str(_draw_text(a, mirror)) for a, mirror in _visual_atoms(atoms, base))
        lines.append((extra, visual.split(" ")))
    return para.clone(lines=lines)


def _has_rtl(para: Any, rtl_faces: frozenset[str]) -> bool:
    for line in para.lines:
        pieces = (
            [(str(getattr(f, "text", "") or ""), getattr(f, "fontName", "")) for f in line.words]
            if hasattr(line, "words")
            else [(str(w), para.fontName) for w in line[1]]
        )
        if any(font in rtl_faces for _, font in pieces) or any(
            unicodedata.bidirectional(c) in ("R", "AL") for text, _ in pieces for c in text
        ):
            return True
    return False


def _apply_style_weight(frags: Iterable[Any], style_font: str) -> None:
    """Make runs bold/italic when the style's own font is (``<font face>`` resets them)."""
    try:
        _, bold, italic = ps2tt(style_font)
    except ValueError:
        return
    if not (bold or italic):
        return
    for frag in frags:
        name = getattr(frag, "fontName", None)
        if not isinstance(name, str):
            continue
        try:
            family, frag_bold, frag_italic = ps2tt(name)
            frag.fontName = tt2ps(family, frag_bold | bold, frag_italic | italic)
        except ValueError:
            continue


class BidiParagraph(Paragraph):
    """A ``Paragraph`` that draws each line's words in visual (bidi) order.

    A drop-in replacement for ``reportlab.platypus.Paragraph`` (same arguments), to be used with
    :func:`paragraph_markup` and :func:`style_for`. Lines are broken by ReportLab on the logical
    text; only drawing changes, and only for paragraphs with right-to-left text, so splitting
    across pages keeps working. It also makes every run bold (italic) when the style's font is the
    bold (italic) face, as ``<font face>`` would otherwise reset that.
    """

    def _setup(self, text: Any, style: Any, bullet_text: Any, frags: Any, cleaner: Any) -> None:
        super()._setup(text, style, bullet_text, frags, cleaner)
        _apply_style_weight(self.frags, style.fontName)

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 - ReportLab's name
        """Draw with each line's words in visual order (see the class)."""
        laid_out = getattr(self, "blPara", None)
        registry = fonts.active_registry()
        rtl = self.style.wordWrap == "RTL"
        if laid_out is None or not (rtl or _has_rtl(laid_out, registry.rtl_faces)):
            super().drawPara(debug)
            return
        # ReportLab reverses the pieces of each line itself when wordWrap is RTL, in frag lines.
        self.blPara = _visual_lines(laid_out, 1 if rtl else 0, registry.rtl_faces, rtl)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = laid_out


def make_paragraph(
    text: str, base: ParagraphStyle, *, bold: bool = False, italic: bool = False
) -> BidiParagraph:
    """A paragraph that draws ``text`` in any script: markup, style and bidi drawing in one.

    Args:
        text: The text, in logical order, as typed.
        base: The style for left-to-right text; see :func:`style_for`.
        bold: Bold text.
        italic: Italic text.

    Returns:
        The paragraph.
    """
    markup = paragraph_markup(text, bold=bold, italic=italic)
    return BidiParagraph(markup.xml, style_for(markup, base))
