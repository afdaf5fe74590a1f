"""The bundled fonts for the PDF export: which font draws each character, opened when needed.

ReportLab draws a run of text in one font and has no font fallback, so the text is cut into runs,
each in a bundled font that has its glyphs (:func:`split_runs`). The bundled families cover every
script of the world's official languages; ``fonts.json`` says which characters each file has, so
a family is registered with ReportLab only when a text first needs it (:func:`register_fonts`).
Characters that no bundled font can draw are reported by :func:`missing_characters`, never
silently dropped; :mod:`journal_app.export.textlayout` turns runs into paragraphs.
"""

from __future__ import annotations

import importlib
import json
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from journal_app.i18n import translate
from journal_app.resources import resources_dir

_hb: Any
try:  # ReportLab shapes with uharfbuzz; the bidi code needs to know what it will do.
    _hb = importlib.import_module("uharfbuzz")
except ImportError:  # pragma: no cover - uharfbuzz is a dependency
    _hb = None

__all__ = [
    "BIDI_CONTROLS",
    "FONT_DIR",
    "FontError",
    "Fonts",
    "Registry",
    "Run",
    "active_registry",
    "assign_fonts",
    "clusters_of",
    "is_japanese",
    "missing_characters",
    "register_fonts",
    "runs_of",
    "script_of",
    "shaping_available",
    "split_runs",
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
class Registry:
    """The bundled fonts of one folder: their names, coverage, and which are registered."""

    folder: Path
    fonts: Fonts
    coverage: tuple[tuple[str, frozenset[int]], ...]  # regular face name, code points; priority
    covered: frozenset[int]
    rtl_faces: frozenset[str]  # every face (regular and bold) of a right-to-left script
    faces: frozenset[str]  # every face of every family (registered with ReportLab or not yet)
    loaded: set[str] = field(default_factory=set)  # families registered with ReportLab


_registries: dict[Path, Registry] = {}
_active: Registry | None = None
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
            registry = Registry(
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


def _load_family(registry: Registry, family: _Family) -> None:
    """Register the family's faces with ReportLab (the caller holds ``_loading``)."""
    if family.regular[0] in registry.loaded:
        return
    loaded = [_load(name, registry.folder / file_name) for name, file_name in family.faces()]
    for font in loaded:
        _draw_bidi_controls_as_nothing(font.face)
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


BIDI_CONTROLS: Final = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""Marks, embeddings and isolates that steer the bidi algorithm: kept in the text, not drawn."""


def _draw_bidi_controls_as_nothing(face: Any) -> None:
    """Give the face an invisible, zero-width glyph for each bidi control it lacks.

    Fonts rarely have them, and ReportLab would measure and draw its missing glyph (a box);
    the text keeps them, so lines are ordered as the writer marked them (LRM, RLI…).
    """
    empty = face.charToGlyph.get(0x200B, face.charToGlyph.get(0x20))
    if empty is None:
        return
    for char in BIDI_CONTROLS:
        if ord(char) not in face.charToGlyph:
            face.charToGlyph[ord(char)] = empty
            face.charWidths[ord(char)] = 0


def _use(registry: Registry, faces: Iterable[str]) -> None:
    """Make sure the families of these regular faces are registered with ReportLab.

    Raises:
        FontError: a font file cannot be read.
    """
    needed = [face for face in set(faces) if face not in registry.loaded]
    if needed:
        with _loading:
            for face in needed:
                _load_family(registry, _BY_REGULAR[face])


def active_registry() -> Registry:
    """The fonts in use (the bundled ones, registered on first use)."""
    if _active is None:
        register_fonts()
    assert _active is not None
    return _active


def shaping_available() -> bool:
    """Whether ReportLab can shape text (joined Arabic, Devanagari conjuncts): uharfbuzz loads."""
    return _hb is not None


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
SEPARATORS: Final = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000"
)
JOINERS: Final = frozenset("\u200c\u200d")  # ZWNJ, ZWJ: needed by shaping, drawn as nothing
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


@cache
def ignorable(char: str) -> bool:
    """Not drawn: controls, format characters (ZWJ, LRM...), variation selectors and the like."""
    point = ord(char)
    return unicodedata.category(char) in _IGNORED_CATEGORIES or any(
        low <= point <= high for low, high in _IGNORABLE_RANGES
    )


def is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _is_letter(char: str) -> bool:
    return unicodedata.category(char).startswith("L")


def clusters_of(text: str) -> list[str]:
    """Base characters, each with the combining marks that follow it."""
    clusters: list[str] = []
    for char in text:
        if clusters and is_mark(char) and clusters[-1][-1] not in SEPARATORS:
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _drawable(cluster: str) -> str:
    """The characters of a cluster a font must have (joiners and format characters aside)."""
    return "".join(c for c in cluster if not ignorable(c))


def _first_covering(
    registry: Registry, needed: str, preferred: Iterable[str | None] = ()
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
    return any(_is_kana(char) for char in set(text))


def assign_fonts(
    clusters: Sequence[str], registry: Registry, *, single_font_words: bool, japanese: bool
) -> list[str]:
    """The regular face for each cluster (see :func:`split_runs`)."""
    default = registry.fonts.body
    fonts: list[str | None] = [None] * len(clusters)
    # Letters and marks first: each to the first family that has all its characters.
    for i, cluster in enumerate(clusters):
        if _is_letter(cluster[0]) or is_mark(cluster[0]):
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


def _single_font_words(clusters: Sequence[str], fonts: list[str], registry: Registry) -> None:
    """Give each word one font where one font has all of it (needed by ReportLab's shaping).

    ReportLab shapes a word that spans several fonts with the first font only and then looks the
    resulting glyph ids up in the others, which draws wrong glyphs.
    """
    start = 0
    n = len(clusters)
    while start < n:
        if clusters[start][0] in SEPARATORS:
            start += 1
            continue
        end = start
        while end < n and clusters[end][0] not in SEPARATORS:
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


def runs_of(clusters: Sequence[str], fonts: Sequence[str]) -> list[Run]:
    """Consecutive clusters of one font as runs; their families are registered with ReportLab."""
    _use(active_registry(), fonts)  # the families the runs name, registered with ReportLab
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
    registry = active_registry()
    clusters = clusters_of(text)
    fonts = assign_fonts(
        clusters, registry, single_font_words=single_font_words, japanese=is_japanese(text)
    )
    return runs_of(clusters, fonts)


def missing_characters(text: str) -> list[str]:
    """The characters of ``text`` that no bundled font can draw, each once, in order.

    Controls, line breaks and format characters (ZWJ, ZWNJ, LRM, RLM...) are not counted: they
    are not drawn.

    Args:
        text: Any text.

    Returns:
        The missing characters (e.g. private-use or unassigned code points).
    """
    covered = active_registry().covered
    return [  # each distinct character once, in order (dict.fromkeys runs in C)
        char
        for char in dict.fromkeys(text)
        if ord(char) not in covered and char not in SEPARATORS and not ignorable(char)
    ]


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
    if category.startswith("M") and name.startswith("COMBINING"):
        return translate("export", "combining marks")
    if name.startswith("CJK "):
        return "CJK"
    for marker in _NAME_MARKERS:
        if marker in name:
            return name.split(marker)[0].title()
    return name.split(" ")[0].title() if name else translate("export", "unassigned")


_NAME_MARKERS: Final = (
    " CAPITAL LETTER",
    " SMALL LETTER",
    " LETTER", " SYLLABLE", " CHARACTER", " SIGN", " DIGIT", " VOWEL", " NUMBER", " MARK",
    " LIGATURE", " IDEOGRAPH", " CONSONANT", " SYMBOL", " PUNCTUATION", " FRACTION",
)  # fmt: skip
