"""Fonts for the PDF export: any language the user writes must survive into the PDF.

ReportLab draws a run of text in one font and has no font fallback, so the text is cut into runs,
each in a bundled font that has its glyphs (:func:`split_runs`), and turned into ``Paragraph``
markup (:func:`paragraph_markup`). Characters that no bundled font can draw are reported by
:func:`missing_characters`, never silently dropped.

Right-to-left text needs more than fonts. ReportLab 5.1 does no bidirectional reordering of its
own unless the optional ``rlbidi`` package is installed (it is not on PyPI), and even then not in
paragraphs with several fonts or with shaping. What it does do:

* with ``shaping=1`` in the style and ``uharfbuzz`` installed, each word (text between spaces) is
  shaped by HarfBuzz: Arabic letters are joined, Devanagari conjuncts formed, and the glyphs of a
  word whose script is right-to-left come out reversed, in visual order;
* with ``wordWrap="RTL"``, the pieces of each line (runs of one font, not words) are drawn in
  reverse order.

That leaves words in logical order inside each run, numbers inside Arabic words reversed by
HarfBuzz, Hebrew (not shaped) unreversed, and mixed lines wrong. So :class:`BidiParagraph`, a
drop-in ``Paragraph``, redoes the order of each laid-out line when it is drawn, with a compact
version of the Unicode bidirectional algorithm (UAX #9 rules W1-W7, N1-N2, I1-I2, L1, L2, L4;
explicit embeddings and isolates are ignored): shaped words are first put back in logical order
from HarfBuzz's cluster numbers, then the whole line is reordered glyph by glyph. Line breaking
stays ReportLab's, on the logical text, so long paragraphs wrap and split across pages in the
right order. The markup itself stays in logical order.

ReportLab also shapes a word that spans two fonts with the first font only (drawing wrong
glyphs), so in shaped paragraphs each word is given a single font that has all of it.
"""

from __future__ import annotations

import importlib
import json
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from journal_app.export import bidi, rlfixes
from journal_app.i18n import translate
from journal_app.resources import resources_dir

_hb: Any
try:  # ReportLab shapes with uharfbuzz; the bidi code needs to know what it will do.
    _hb = importlib.import_module("uharfbuzz")
except ImportError:  # pragma: no cover - uharfbuzz is a dependency
    _hb = None

__all__ = [
    "FONT_DIR",
    "BidiParagraph",
    "EmbeddedCanvas",
    "FontError",
    "Fonts",
    "Markup",
    "Run",
    "make_paragraph",
    "missing_characters",
    "paragraph_markup",
    "register_fonts",
    "shaping_available",
    "split_runs",
    "style_for",
]

FONT_DIR: Final[Path] = resources_dir() / "fonts"


class FontError(Exception):
    """A bundled font is missing or unreadable; the message can be shown to the user."""


# ----------------------------------------------------------------------------- the bundled fonts


@dataclass(frozen=True)
class _Family:
    """One bundled family: registered face names and their files, in fallback priority order."""

    regular: tuple[str, str]
    bold: tuple[str, str] | None = None
    italic: tuple[str, str] | None = None
    bold_italic: tuple[str, str] | None = None
    rtl: bool = False

    def faces(self) -> list[tuple[str, str]]:
        """The (registered name, file name) of each face the family has."""
        return [f for f in (self.regular, self.bold, self.italic, self.bold_italic) if f]


def _noto(script: str, *, bold: bool = True, rtl: bool = False, serif: bool = False) -> _Family:
    """A Noto family of one script, as ``fonts-noto-core`` has it (Regular, mostly Bold)."""
    name = f"Noto{'Serif' if serif else 'Sans'}{script}"
    return _Family(
        (name, f"{name}-Regular.ttf"),
        (f"{name}-Bold", f"{name}-Bold.ttf") if bold else None,
        rtl=rtl,
    )


# The order is the fallback priority: each character goes to the first family that has it.
# Every script of an official language of a country is here (tests/export/test_scripts.py
# derives the list from CLDR); tools/fetch_fonts.py fetches the files from Debian.
_FAMILIES: Final[tuple[_Family, ...]] = (
    _Family(  # Latin (all diacritics, Vietnamese), Greek, Cyrillic
        ("NotoSans", "NotoSans-Regular.ttf"),
        ("NotoSans-Bold", "NotoSans-Bold.ttf"),
        ("NotoSans-Italic", "NotoSans-Italic.ttf"),
        ("NotoSans-BoldItalic", "NotoSans-BoldItalic.ttf"),
    ),
    _noto("Arabic", rtl=True),  # Arabic, Persian/Dari, Pashto, Urdu, Kurdish...
    _noto("Hebrew", rtl=True),
    _noto("Ethiopic"),  # Amharic, Tigrinya
    _noto("Devanagari"),  # Hindi, Marathi, Nepali
    _noto("Bengali"),  # Bengali, Assamese
    _noto("Gurmukhi"),  # Punjabi
    _noto("Gujarati"),
    _noto("Oriya"),  # Odia
    _noto("Tamil"),
    _noto("Telugu"),
    _noto("Kannada"),
    _noto("Malayalam"),
    _noto("Sinhala"),
    _noto("Thai"),
    _noto("Lao"),
    _noto("Tibetan", serif=True),  # Dzongkha, Tibetan (Noto has no sans Tibetan)
    _noto("Myanmar"),  # Burmese
    _noto("Khmer"),
    _noto("Georgian"),
    _noto("Armenian"),
    _noto("Thaana", rtl=True),  # Dhivehi
    _noto("CanadianAboriginal"),  # Inuktitut, Cree
    _noto("Mongolian", bold=False),  # Mongolian in its own script
    _noto("OlChiki"),  # Santali
    _Family(  # symbols, arrows, box drawing, maths, monochrome emoticons
        ("DejaVuSans", "DejaVuSans.ttf"),
        ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
    ),
    _Family(("WenQuanYiZenHei", "wqy-zenhei.ttc")),  # Chinese, Korean Hangul (and Japanese)
    _Family(("IPAexGothic", "ipaexg.ttf")),  # Japanese glyph forms, for text with kana
)
_JAPANESE: Final = "IPAexGothic"
_MISSING: Final = "DejaVuSans"
"""The font a character no bundled font has goes to: its .notdef glyph is an empty box (□),
where the Noto fonts draw nothing; what the export's report says."""
INDEX_NAME: Final = "fonts.json"


@dataclass(frozen=True)
class Fonts:
    """Registered names of the main (Latin) family, for paragraph styles.

    Attributes:
        body: Regular face.
        bold: Bold face.
        italic: Italic face.
        bold_italic: Bold italic face.
    """

    body: str
    bold: str
    italic: str
    bold_italic: str


@dataclass(frozen=True)
class _Registry:
    folder: Path
    fonts: Fonts
    coverage: tuple[tuple[str, frozenset[int]], ...]  # regular face name, code points; priority
    covered: frozenset[int]
    rtl_faces: frozenset[str]  # every face (regular and bold) of a right-to-left script
    faces: frozenset[str]  # every face of every family (registered with ReportLab or not yet)
    loaded: set[str] = field(default_factory=set)  # families registered with ReportLab


_registries: dict[Path, _Registry] = {}
_active: _Registry | None = None
_loading = threading.Lock()
_BY_REGULAR: Final = {family.regular[0]: family for family in _FAMILIES}


def _load(name: str, path: Path) -> Any:
    if not path.is_file():
        raise FontError(
            translate(
                "export", "The font file {path} is missing; reinstall Reflection Journal."
            ).format(path=path)
        )
    try:
        return TTFont(name, str(path), subfontIndex=0)
    except (OSError, TTFError, ValueError, KeyError, IndexError) as error:
        raise FontError(
            translate(
                "export",
                "The font file {path} cannot be read ({error}); reinstall Reflection Journal.",
            ).format(path=path, error=error)
        ) from error


def _read_index(folder: Path) -> dict[str, Any]:
    """The fonts' index (``fonts.json``): per file, its size and the code points it covers."""
    path = folder / INDEX_NAME
    try:
        files: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise FontError(
            translate(
                "export",
                "The font file {path} cannot be read ({error}); reinstall Reflection Journal.",
            ).format(path=path, error=getattr(error, "strerror", None) or error)
        ) from None
    for family in _FAMILIES:
        for _name, file_name in family.faces():
            file = folder / file_name
            try:
                size = file.stat().st_size
            except OSError:
                raise FontError(
                    translate(
                        "export", "The font file {path} is missing; reinstall Reflection Journal."
                    ).format(path=file)
                ) from None
            if file_name not in files or files[file_name].get("size") != size:
                raise FontError(
                    translate(
                        "export",
                        "The font file {path} cannot be read ({error}); reinstall Reflection"
                        " Journal.",
                    ).format(
                        path=file,
                        error=translate("export", "it is not the file that was installed"),
                    )
                )
    return files


def _points(ranges: Iterable[Sequence[int]]) -> frozenset[int]:
    return frozenset(p for first, last in ranges for p in range(first, last + 1))


def register_fonts(font_dir: Path | None = None) -> Fonts:
    """Get the bundled fonts ready: the main family registered with ReportLab, the others known.

    Each other family is registered when a text first needs it (:func:`split_runs` and
    :func:`paragraph_markup` do that), from the coverage in ``fonts.json``: opening all the
    font files would cost every export a quarter of a second. Idempotent and cheap on repeat
    calls. The fonts of ``font_dir`` become the ones :func:`split_runs` and friends pick from.

    Args:
        font_dir: Folder with the font files; :data:`FONT_DIR` by default.

    Returns:
        The names of the main family's faces.

    Raises:
        FontError: A font file is missing, not the one installed, or cannot be read.
    """
    global _active
    folder = (font_dir or FONT_DIR).resolve()
    with _loading:
        registry = _registries.get(folder)
        if registry is None:
            files = _read_index(folder)
            coverage = tuple(
                (family.regular[0], _points(files[family.regular[1]]["coverage"]))
                for family in _FAMILIES
            )
            registry = _Registry(
                folder=folder,
                fonts=Fonts(*(name for name, _ in _FAMILIES[0].faces())),  # all four faces
                coverage=coverage,
                covered=frozenset().union(*(points for _, points in coverage)),
                rtl_faces=frozenset(n for f in _FAMILIES if f.rtl for n, _ in f.faces()),
                faces=frozenset(n for f in _FAMILIES for n, _ in f.faces()),
            )
            _load_family(registry, _FAMILIES[0])  # every document uses it
            _registries[folder] = registry
        _active = registry
    return registry.fonts


def _load_family(registry: _Registry, family: _Family) -> None:
    """Register the family's faces with ReportLab (the caller holds ``_loading``)."""
    if family.regular[0] in registry.loaded:
        return
    loaded = [_load(name, registry.folder / file_name) for name, file_name in family.faces()]
    for font in loaded:
        pdfmetrics.registerFont(font)  # which maps <b> and <i> of its name to itself
    # Then <b> and <i> inside <font face="…"> pick the family's bold and italic faces.
    regular = family.regular[0]
    bold = (family.bold or family.regular)[0]
    italic = (family.italic or family.regular)[0]
    bold_italic = (family.bold_italic or family.bold or family.italic or family.regular)[0]
    pdfmetrics.registerFontFamily(
        regular, normal=regular, bold=bold, italic=italic, boldItalic=bold_italic
    )
    registry.loaded.add(regular)


def _use(registry: _Registry, faces: Iterable[str]) -> None:
    """Make sure the families of these regular faces are registered with ReportLab.

    Raises:
        FontError: a font file cannot be read.
    """
    needed = [face for face in set(faces) if face not in registry.loaded]
    if needed:
        with _loading:
            for face in needed:
                _load_family(registry, _BY_REGULAR[face])


def _registry() -> _Registry:
    if _active is None:
        register_fonts()
    assert _active is not None
    return _active


def shaping_available() -> bool:
    """Whether ReportLab can shape text (joined Arabic, Devanagari conjuncts): uharfbuzz loads."""
    return _hb is not None


class EmbeddedCanvas(Canvas):
    """A canvas that never puts a standard (unembedded) font such as Helvetica in the file.

    ReportLab starts every page in its initial font, and tables set a font for every cell,
    which land in the PDF's font resources even if no text uses them; the standard fonts are
    never embedded, which archival checks (PDF/A) and ``pdffonts`` report. The bundled main
    face stands in. Every PDF the app writes uses this canvas (or a subclass).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if not kwargs.get("initialFontName"):  # document templates pass None
            kwargs["initialFontName"] = _registry().fonts.body
        super().__init__(*args, **kwargs)

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:  # noqa: N802, D102 - ReportLab's name
        # ReportLab's tables set each cell's font (Helvetica unless told) even when the cell is
        # a paragraph that draws in its own fonts: never let a standard font into the file.
        if psfontname in _STANDARD_FONTS:
            psfontname = _registry().fonts.body
        super().setFont(psfontname, size, leading)


_STANDARD_FONTS: Final = frozenset(pdfmetrics.standardFonts)


# ----------------------------------------------------------------------------- runs


@dataclass(frozen=True)
class Run:
    """A stretch of text drawn in one font.

    Attributes:
        text: The characters, in logical order.
        font: Registered name of the regular face of the family that has their glyphs.
        rtl: Whether the run's first strong character is right-to-left (Arabic, Hebrew...).
    """

    text: str
    font: str
    rtl: bool


# ReportLab's own word separators (reportlab.platypus.paragraph._wsc); no-break space is not one.
_SEPARATORS: Final = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000"
)
_JOINERS: Final = frozenset("\u200c\u200d")  # ZWNJ, ZWJ: needed by shaping, drawn as nothing
_IGNORED_CATEGORIES: Final = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
# Default-ignorable code points that are not format characters: variation selectors (the emoji
# one, U+FE0F, is common), the combining grapheme joiner, Hangul fillers, tags.
_IGNORABLE_RANGES: Final = (
    (0x034F, 0x034F),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFFA0, 0xFFA0),
    (0xE0000, 0xE0FFF),
)


def _ignorable(char: str) -> bool:
    """Not drawn: controls, format characters (ZWJ, LRM...), variation selectors and the like."""
    point = ord(char)
    return unicodedata.category(char) in _IGNORED_CATEGORIES or any(
        low <= point <= high for low, high in _IGNORABLE_RANGES
    )


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _is_letter(char: str) -> bool:
    return unicodedata.category(char).startswith("L")


def _clusters(text: str) -> list[str]:
    """Base characters, each with the combining marks that follow it."""
    clusters: list[str] = []
    for char in text:
        if clusters and _is_mark(char) and clusters[-1][-1] not in _SEPARATORS:
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _drawable(cluster: str) -> str:
    """The characters of a cluster a font must have (joiners and format characters aside)."""
    return "".join(c for c in cluster if not _ignorable(c))


def _first_covering(
    registry: _Registry, needed: str, preferred: Iterable[str | None] = ()
) -> str | None:
    points = {ord(c) for c in needed}
    faces = dict(registry.coverage)
    for face in preferred:
        if face is not None and points <= faces[face]:
            return face
    for face, covered in registry.coverage:
        if points <= covered:
            return face
    return None


def _is_kana(char: str) -> bool:
    point = ord(char)
    return 0x3040 <= point <= 0x30FF or 0x31F0 <= point <= 0x31FF or 0xFF66 <= point <= 0xFF9F


def _is_cjk(char: str) -> bool:
    """Han, kana, CJK symbols and full-width forms: drawn differently in Japanese and Chinese."""
    point = ord(char)
    return 0x2E80 <= point <= 0x9FFF or 0xF900 <= point <= 0xFFEF or 0x20000 <= point <= 0x3FFFF


def is_japanese(text: str) -> bool:
    """Whether ``text`` is Japanese (has kana): its Han characters then take Japanese forms."""
    return any(_is_kana(char) for char in text)


def _assign_fonts(
    clusters: Sequence[str], registry: _Registry, *, single_font_words: bool, japanese: bool
) -> list[str]:
    """The regular face for each cluster (see :func:`split_runs`)."""
    default = registry.fonts.body
    fonts: list[str | None] = [None] * len(clusters)
    # Letters and marks first: each to the first family that has all its characters.
    for i, cluster in enumerate(clusters):
        if _is_letter(cluster[0]) or _is_mark(cluster[0]):
            needed = _drawable(cluster)
            prefer = (_JAPANESE,) if japanese and _is_cjk(cluster[0]) else ()
            fonts[i] = (
                _first_covering(registry, needed, prefer)
                or _first_covering(registry, needed[:1])
                or (_MISSING if needed[:1] else None)
                or (fonts[i - 1] if i else None)
                or default
            )
    # Spaces, punctuation, digits, symbols: stay in the current run if its font has them, else
    # go with the next letter's font, else the first font that has them.
    following: list[str | None] = [None] * len(clusters)
    upcoming: str | None = None
    for i in range(len(clusters) - 1, -1, -1):
        following[i] = upcoming
        if fonts[i] is not None:
            upcoming = fonts[i]
    current: str | None = None
    for i, cluster in enumerate(clusters):
        if fonts[i] is None:
            needed = _drawable(cluster)
            fonts[i] = (
                (_first_covering(registry, needed, (current, following[i])) or _MISSING)
                if needed
                else current or following[i]
            ) or (current or following[i] or default)
        current = fonts[i]
    resolved = [font or default for font in fonts]
    if single_font_words:
        _single_font_words(clusters, resolved, registry)
    return resolved


def _single_font_words(clusters: Sequence[str], fonts: list[str], registry: _Registry) -> None:
    """Give each word one font where one font has all of it (needed by ReportLab's shaping).

    ReportLab shapes a word that spans several fonts with the first font only and then looks the
    resulting glyph ids up in the others, which draws wrong glyphs.
    """
    start = 0
    n = len(clusters)
    while start < n:
        if clusters[start][0] in _SEPARATORS:
            start += 1
            continue
        end = start
        while end < n and clusters[end][0] not in _SEPARATORS:
            end += 1
        if len(set(fonts[start:end])) > 1:
            first_letter = next(
                (fonts[i] for i in range(start, end) if _is_letter(clusters[i][0])), None
            )
            needed = "".join(_drawable(c) for c in clusters[start:end])
            face = _first_covering(registry, needed, (first_letter,))
            if face is not None:
                fonts[start:end] = [face] * (end - start)
        start = end


def _is_rtl_text(text: str) -> bool:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind != "L"
    return False


def _runs(clusters: Sequence[str], fonts: Sequence[str]) -> list[Run]:
    _use(_registry(), fonts)  # the families the runs name, registered with ReportLab
    runs: list[Run] = []
    text = ""
    font = ""
    for cluster, cluster_font in zip(clusters, fonts, strict=True):
        if text and cluster_font != font:
            runs.append(Run(text, font, _is_rtl_text(text)))
            text = ""
        text += cluster
        font = cluster_font
    if text:
        runs.append(Run(text, font, _is_rtl_text(text)))
    return runs


def split_runs(text: str, *, single_font_words: bool = False) -> list[Run]:
    """Cut text into runs, each in a bundled font that has its glyphs.

    Each letter goes to the first font (in priority order: Latin/Greek/Cyrillic, Arabic, Hebrew,
    Ethiopic, Devanagari, DejaVu Sans, CJK) that has it, together with its combining marks.
    Spaces, punctuation, digits and symbols stay in the current run when its font has them (so
    ``"مرحبا، world"`` is two runs, not five). Characters no font has stay in the current run;
    :func:`missing_characters` reports them. Registers the bundled fonts if that is not done yet.

    Args:
        text: Any text, in logical order.
        single_font_words: Give each word (text between spaces) a single font when one font has
            all of it, as shaped paragraphs need; :func:`paragraph_markup` asks for it.

    Returns:
        The runs, in logical order; their texts add up to ``text``.
    """
    if not text:
        return []
    registry = _registry()
    clusters = _clusters(text)
    fonts = _assign_fonts(
        clusters, registry, single_font_words=single_font_words, japanese=is_japanese(text)
    )
    return _runs(clusters, fonts)


def missing_characters(text: str) -> list[str]:
    """The characters of ``text`` that no bundled font can draw, each once, in order.

    Controls, line breaks and format characters (ZWJ, ZWNJ, LRM, RLM...) are not counted: they
    are not drawn.

    Args:
        text: Any text.

    Returns:
        The missing characters (e.g. private-use or unassigned code points).
    """
    covered = _registry().covered
    missing: dict[str, None] = {}
    for char in text:
        if ord(char) not in covered and char not in _SEPARATORS and not _ignorable(char):
            missing[char] = None
    return list(missing)


def script_of(char: str) -> str:
    """A name for the script or kind of a character, for reports ("Tifinagh", "emoji").

    From the character's Unicode name ("TIFINAGH LETTER YA" is Tifinagh); symbols and emoji,
    private-use and unassigned code points are named as such (translated).
    """
    category = unicodedata.category(char)
    if category == "Co":
        return translate("export", "private use")
    if category == "Cn":
        return translate("export", "unassigned")
    if category.startswith(("S", "P", "Z", "C")):
        return translate("export", "emoji and symbols")
    name = unicodedata.name(char, "")
    for marker in _NAME_MARKERS:
        if marker in name:
            return name.split(marker)[0].title()
    return name.split(" ")[0].title() if name else translate("export", "unassigned")


_NAME_MARKERS: Final = (
    " LETTER", " SYLLABLE", " CHARACTER", " SIGN", " DIGIT", " VOWEL", " NUMBER", " MARK",
    " LIGATURE", " IDEOGRAPH", " CONSONANT", " SYMBOL", " PUNCTUATION", " FRACTION",
)  # fmt: skip


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


def _needs_shaping(text: str) -> bool:
    """Whether the text has a script that must be shaped, or combining marks to position.

    Right-to-left text with brackets is shaped too: HarfBuzz draws the mirrored bracket, and the
    glyph then reads as the bracket typed when the PDF is copied or searched (rlfixes).
    """
    if any(_is_mark(c) or any(low <= ord(c) <= high for low, high in _SHAPED_RANGES) for c in text):
        return True
    return any(c in _MIRROR for c in text) and any(
        unicodedata.bidirectional(c) in ("R", "AL") for c in text
    )


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


def _clean(text: str, *, keep_joiners: bool) -> str:
    """NFC text: tabs as spaces, one kind of line break, what is not drawn taken out."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    kept: list[str] = []
    for char in text:
        if char in "\n\u2028\u2029":  # line feed, line and paragraph separators
            kept.append("\n")
        elif char == "\t":
            kept.append(" ")
        elif (keep_joiners and char in _JOINERS) or not _ignorable(char):
            kept.append(char)
    return "".join(kept)


def _line_markup(
    line: str, shaped: bool, registry: _Registry, tags: tuple[str, str], japanese: bool
) -> str:
    main_face, main_points = registry.coverage[0]
    if main_face == registry.fonts.body and {ord(c) for c in line} <= main_points:
        # The common case (a line the main font draws entirely) is one run: skip the per-cluster
        # work, which costs milliseconds on a long answer.
        plain = "".join(" " if c in _SEPARATORS else c for c in line)
        return f'<font face="{main_face}">{tags[0]}{escape(plain)}{tags[1]}</font>'
    clusters = _clusters(line)
    fonts = _assign_fonts(clusters, registry, single_font_words=shaped, japanese=japanese)
    parts: list[str] = []
    for run in _runs([" " if c[0] in _SEPARATORS else c for c in clusters], fonts):
        text = _breakable(run) if shaped else escape(run.text)
        parts.append(f'<font face="{run.font}">{tags[0]}{text}{tags[1]}</font>')
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


def _breakable(run: Run) -> str:
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
        )
        if syllables or (before in _TIBETAN_BREAK_AFTER and after not in _SEPARATORS):
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
    registry = _registry()
    cleaned = _clean(text, keep_joiners=True)
    needs_shaping = _needs_shaping(cleaned)
    shaped = needs_shaping and shaping_available()
    if not shaped:
        cleaned = "".join(c for c in cleaned if c not in _JOINERS)
    base = bidi.base_level(cleaned)
    # Inside each <font>: ReportLab's <font face> resets bold and italic to the face's own.
    tags = ("<b>" * bold + "<i>" * italic, "</i>" * italic + "</b>" * bold)
    japanese = is_japanese(cleaned)
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
    registry = _registry()
    changes: dict[str, Any] = {
        "shaping": 1 if markup.needs_shaping and shaping_available() else 0,
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
        registry = _registry()
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
