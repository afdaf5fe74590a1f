"""Fixes to ReportLab 5.1 bugs that draw some scripts wrongly, and a file written as it is made.

Applied once, on import. Each fix replaces one small ReportLab method with a corrected copy (or
a subclass), and has a test in
``tests/export/test_rlfixes.py`` that fails on the unfixed method, so a ReportLab release that
changes the method is noticed.
"""

from __future__ import annotations

import contextlib
import io
import threading
import unicodedata
from collections.abc import Callable, Iterator
from typing import IO, Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfgen import canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph

REPORTLAB_SET_RISE = PDFTextObject.setRise
"""ReportLab's own method, kept for the test that says when the fix is no longer needed."""


def _set_rise(self: Any, rise: float) -> None:
    """``PDFTextObject.setRise`` that remembers the rise it sets.

    ReportLab's version, when the previous operator is also a rise ("optimize out r0 Ts r1 Ts"),
    replaces that operator but forgets the new rise, so the shaped-text drawing loop believes
    the baseline is where it was: in Khmer, every subscript consonant followed by a vowel below
    (ក្នុ, ម្ពុ) left the next letters drawn 0.3 em too low.
    """
    operator = f"{fp_str(rise)} Ts"
    if self._code and self._code[-1].endswith(" Ts"):
        self._y += self._rise  # undo the previous rise
        self._code[-1] = operator
    else:
        self._code.append(operator)
    self._rise = rise
    self._y -= rise


# ----------------------------------------------------------------------------- shaped text out
#
# ReportLab writes a shaped glyph as the first character its font maps to it (an Arabic letter's
# positional form is a presentation-form character), or, for a glyph no character maps to (a
# Devanagari conjunct), as a private-use character from U+E000; its ToUnicode map gives one
# character per code. So copying, searching or reading aloud the PDF gave U+E000 for हि and
# presentation forms for Arabic. The fix gives every drawn glyph of a shaped word the source
# characters of its HarfBuzz cluster: a glyph that must read as something other than its default
# character gets a code of its own in the subset font (same glyph, same width) whose ToUnicode
# entry is that text. Exactly one character per glyph: a cluster with more characters than
# glyphs (lam-alef, conjuncts) gets extra zero-width slots (the font's empty U+200B glyph); a
# glyph beyond a cluster's characters reads as nothing. Drawing is unchanged.
#
# Right-to-left words get their characters reversed (pdftotext and pypdf both reverse runs of
# right-to-left characters, expecting glyphs in visual order). What neither extractor can get
# right is a line mixing directions: they reorder it with their own simple rules.

BREAK_SIZE = 0.01
"""The font size of a line-break opportunity's space (see ``textlayout.BREAK``)."""
_ADDED = 0x7FFFFFFF  # the cluster of a character ReportLab added to shaped text (a space)
_FIRST_KEY = 0xF0000  # the codes made here: private-use planes 15 and 16
_ZERO_WIDTH = (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)
_lock = threading.Lock()
_to_unicode: dict[int, str] = {}  # code made here -> its text
_keys: dict[tuple[int, int, str, float], int] = {}  # (face, glyph, text, width) -> code
_next_key = [_FIRST_KEY]


def is_made_code(point: int) -> bool:
    """Whether ``point`` is in the range of the codes made here (never in a user's text)."""
    return point >= _FIRST_KEY


class _Word:
    """The source text of one shaped word, by cluster."""

    __slots__ = ("pieces", "text")

    def __init__(self, text: str, clusters: list[int]) -> None:
        self.text = text
        starts = sorted({c for c in clusters if 0 <= c < len(text)})
        self.pieces = dict(
            zip(
                starts,
                (text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)),
                strict=True,
            )
        )


def _is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


_shape_frag_word = ttfonts.shapeFragWord


def _shape_and_remember(word: Any, *args: Any, **kwargs: Any) -> Any:
    """``shapeFragWord``, which also records each glyph's source word."""
    shaped = _shape_frag_word(word, *args, **kwargs)
    if shaped is word:
        return shaped
    text = "".join(s for f, s in word[1:] if not hasattr(f, "cbDefn"))
    data = [d for _, s in shaped[1:] if isinstance(s, ttfonts.ShapedStr) for d in s.__shapeData__]
    if data:
        source = _Word(str(text), [d.cluster for d in data])
        for d in data:
            if d.cluster != _ADDED:
                d._word = source
    return shaped


def _key(font: Any, glyph: int, text: str, width: float) -> int | None:
    """The code drawing ``glyph`` at ``width`` that reads as ``text``; None once all are used.

    About 131,000 codes serve the whole process (a pathological text of that many different
    characters no font has could use them up): after that, glyphs keep ReportLab's own codes,
    which draw the same and read back less well, rather than failing the export.
    """
    face = font.face
    with _lock:
        key = _keys.get((id(face), glyph, text, width))
        if key is None:
            key = _next_key[0]
            if key == 0xFFFFE:  # the two non-characters that end plane 15
                key = _next_key[0] = 0x100000
            if key > 0x10FFFD:
                return None
            _next_key[0] = key + 1
            face.charToGlyph[key] = glyph
            face.charWidths[key] = width
            _to_unicode[key] = text
            _keys[(id(face), glyph, text, width)] = key
    return key


def _code(font: Any, glyph: int, text: str, width: float, otherwise: str) -> str:
    """The character for :func:`_key`'s code, or ``otherwise`` when none is left."""
    key = _key(font, glyph, text, width)
    return otherwise if key is None else chr(key)


def _empty_glyph(font: Any) -> int | None:
    for point in _ZERO_WIDTH:
        if point in font.face.charToGlyph and not font.face.charWidths.get(point, 1):
            return point
    return None


def _slots(data: list[Any], word: _Word) -> list[tuple[list[str], str, bool]]:
    """For the glyphs of one word, in drawing order: (zero-width texts, its text, rtl).

    Glyphs of one cluster are drawn next to each other; the clusters themselves may be in any
    order (HarfBuzz's for a right-to-left word, then the line's own bidi order). Each cluster's
    characters go to its glyphs, reversed when they are right-to-left; a cluster of marks only
    (the right part of a vowel drawn on both sides, கோ) joins the cluster before it, so that a
    glyph with an advance never reads as nothing (extractors would see a gap, a space).
    """
    clusters = [d.cluster for d in data]
    runs: list[list[int]] = []  # glyphs of one cluster, in drawing order
    for i, cluster in enumerate(clusters):
        if runs and clusters[runs[-1][-1]] == cluster:
            runs[-1].append(i)
        else:
            runs.append([i])
    given: set[int] = set()
    parts: list[dict[int, str]] = []  # each run's text, by cluster
    for run in runs:
        cluster = clusters[run[0]]
        parts.append({cluster: "" if cluster in given else word.pieces.get(cluster, "")})
        given.add(cluster)
    k = 0
    while k < len(runs):  # marks join their base: drawn before them (LTR) or after (RTL)
        ((cluster, piece),) = parts[k].items() if len(parts[k]) == 1 else ((-1, ""),)
        if piece and unicodedata.category(piece[0]).startswith("M"):
            near = [n for n in (k - 1, k + 1) if 0 <= n < len(runs) and min(parts[n]) < cluster]
            if near:
                n = max(near, key=lambda n: min(parts[n]))
                runs[n] = sorted(runs[n] + runs[k])
                parts[n].update(parts[k])
                del runs[k], parts[k]
                continue
        k += 1
    texts = ["".join(part[c] for c in sorted(part)) for part in parts]
    out: list[tuple[list[str], str, bool]] = [([], "", False)] * len(clusters)
    for run, piece in zip(runs, texts, strict=True):
        if len(piece) < len(run):  # a vowel drawn in two parts: one character each
            piece = unicodedata.normalize("NFD", piece)
        rtl = _is_rtl(piece)
        chars = list(piece[::-1] if rtl else piece)
        if len(chars) < len(run):  # fewer characters than glyphs: to those that advance
            wide = sorted(run, key=lambda g: -data[g].x_advance)[: len(chars)]
            texted = [g for g in run if g in wide]
            for glyph in run:
                out[glyph] = ([], chars[texted.index(glyph)] if glyph in texted else "", rtl)
            continue
        extra = len(chars) - len(run)
        for j, glyph in enumerate(run):
            if j == 0 and rtl:
                out[glyph] = (chars[:extra], chars[extra], rtl)
            elif j == 0:
                out[glyph] = (chars[1 : 1 + extra], chars[0], rtl)
            else:
                out[glyph] = ([], chars[j + extra], rtl)
    return out


def _rewrite(font: Any, text: Any) -> Any:
    """The shaped string with each glyph's code reading as its source text."""
    data = text.__shapeData__
    face = font.face
    chars = str(text)
    empty = _empty_glyph(font)
    out_chars: list[str] = []
    out_data: list[Any] = []

    def zero_width(texts: list[str], datum: Any) -> None:
        assert empty is not None
        for piece in texts:
            key = _key(font, face.charToGlyph[empty], piece, 0)
            if key is not None:
                out_chars.append(chr(key))
                out_data.append(ttfonts.ShapeData(datum.cluster, 0, 0, 0, 0, 0))

    def glyph(char: str, wanted: str, datum: Any) -> None:
        point = ord(char)
        glyph_id = face.charToGlyph.get(point)
        width = datum.x_advance - datum.x_offset
        if glyph_id is not None and datum.x_offset < 0 and _key(font, glyph_id, wanted, width):
            # A mark drawn to the left of the pen: ReportLab moves back, draws it, then moves
            # forward again, a gap extractors read as a space (pypdf). A code whose width is
            # that move forward draws the same and leaves no gap.
            char = _code(font, glyph_id, wanted, width, char)
            datum = ttfonts.ShapeData(
                datum.cluster,
                datum.x_advance,
                datum.y_advance,
                datum.x_offset,
                datum.y_offset,
                width,
            )
        elif glyph_id is not None and wanted != char:
            char = _code(font, glyph_id, wanted, face.charWidths.get(point, 0), char)
        out_chars.append(char)
        out_data.append(datum)

    i = 0
    while i < len(chars):
        word: _Word | None = getattr(data[i], "_word", None)
        if word is None:
            out_chars.append(chars[i])
            out_data.append(data[i])
            i += 1
            continue
        j = i
        while j < len(chars) and getattr(data[j], "_word", None) is word:
            j += 1
        assert word is not None
        for (before, own, rtl), char, datum in zip(
            _slots(data[i:j], word), chars[i:j], data[i:j], strict=True
        ):
            sequence = [c for c in ([*before, own] if rtl else [own, *before]) if c]
            if empty is None:  # no empty glyph: one code reads as all of them
                glyph(char, "".join(sequence), datum)
            elif datum.x_offset or datum.y_offset or not sequence:
                zero_width(sequence, datum)  # a mark placed apart: its text at the pen
                glyph(char, "", datum)
            elif rtl:
                zero_width(sequence[:-1], datum)
                glyph(char, sequence[-1], datum)
            else:  # the rest on one slot: poppler drops a character drawn twice in one place
                glyph(char, sequence[0], datum)
                zero_width(["".join(sequence[1:])] if len(sequence) > 1 else [], datum)
        i = j
    return ttfonts.ShapedStr("".join(out_chars), shapeData=out_data)


_format_text = PDFTextObject._formatText


def _needs_codes(text: str, glyphs: dict[int, int]) -> bool:
    """Whether ``text`` has a character the font lacks, or one that looks like a made code.

    Checked on the distinct characters, by set operations that run in C: this is asked for
    every piece of text drawn.
    """
    points = set(map(ord, text))
    return not glyphs.keys() >= points or max(points) >= _FIRST_KEY


def _format_text_read_back(self: Any, text: Any) -> Any:
    """``_formatText`` with shaped glyphs given codes that read as their source text."""
    if isinstance(text, ttfonts.ShapedStr):
        font = pdfmetrics.getFont(self._fontname)
        if getattr(font, "_dynamicFont", 0) and font.shapable:
            text = _rewrite(font, text)
    elif text and getattr(pdfmetrics.getFont(self._fontname), "_dynamicFont", 0):
        font = pdfmetrics.getFont(self._fontname)
        glyphs: dict[int, int] = font.face.charToGlyph
        if self._fontsize < BREAK_SIZE * 2 and not text.strip(" ") and 32 in glyphs:
            # Spaces too thin to see: the line-break opportunities put between the syllables of
            # scripts written without spaces (textlayout.BREAK). They read as nothing.
            width = font.face.charWidths.get(32, 0)
            text = _code(font, glyphs[32], "", width, " ") * len(text)
        elif _needs_codes(text, glyphs):
            # A character the font lacks is drawn as its missing glyph (a box), under a code
            # that reads as the character typed (ReportLab gives all of them code 0, U+0000).
            # Plain text never holds codes made here: one that looks like it is a user's.
            width = font.face.defaultWidth
            text = "".join(
                c
                if (ord(c) in glyphs and not is_made_code(ord(c))) or c == "\xa0"
                else _code(font, 0, c, width, "\u25a1" if is_made_code(ord(c)) else c)
                for c in text
            )
    return _format_text(self, text)


_make_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """``makeToUnicodeCMap`` with the text of the codes made here (one character, or none)."""
    cmap: str = _make_to_unicode(fontname, subset)
    head, start, rest = cmap.partition("beginbfchar\n")
    _, end, tail = rest.partition("\nendbfchar")
    lines = [
        f"<{i:02X}> <{_to_unicode.get(v, chr(v)).encode('utf-16-be').hex().upper()}>"
        for i, v in enumerate(subset)
    ]
    return head + start + "\n".join(lines) + end + tail


# ----------------------------------------------------------------- the file written as it is made
#
# ReportLab formats the whole PDF into a list of strings, joins them into one more copy and only
# then writes it: a document of 250 MB (the outcome document's appendix at 1,000 participants
# with their pictures) needed 750 MB to be saved. Inside ``streamed_to(out)``, each object goes
# to ``out`` as soon as it is formatted.

REPORTLAB_PDF_FILE = pdfdoc.PDFFile
"""ReportLab's own collector, kept for the test that shows what the streamed one saves."""
_streaming = threading.local()


class _PDFFile(pdfdoc.PDFFile):  # type: ignore[misc] # ReportLab has no type information
    """ReportLab's output collector, writing to the file set by ``streamed_to`` if there is one."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # (adds the header to ``strings``)
        out = getattr(_streaming, "out", None)
        self.streamed = out is not None
        if out is not None:
            header: list[bytes] = vars(self)["strings"]
            out.write(b"".join(header))
            header.clear()
            self.write = out.write

    def format(self, document: Any) -> bytes:
        """The whole file, or nothing if it went to the file already."""
        return b"" if self.streamed else bytes(super().format(document))


@contextlib.contextmanager
def streamed_to(out: IO[bytes]) -> Iterator[None]:
    """Within this block, a PDF formatted in this thread is written to ``out`` as it goes."""
    _streaming.out = out
    try:
        yield
    finally:
        _streaming.out = None


# ``Canvas.drawImage`` takes a file name, or an ``ImageReader``. Given a name, ReportLab embeds a
# JPEG as it is, but the picture must be a file: a protected journal's pictures would be copied
# to the disk in the clear for the export. Given an ``ImageReader`` (bytes in memory), ReportLab
# decodes every picture in full only to name it (it hashes the pixels): the journal's export
# took 3.0x its floor instead of 1.65x. ``draw_picture`` names the picture itself, and reads its
# bytes only when the picture is first drawn in the document: a JPEG is embedded as it is
# (DCTDecode), any other picture is read as ReportLab reads it.


def draw_picture(
    canv: Any, key: str, read: Callable[[], bytes], x: float, y: float, width: float, height: float
) -> None:
    """Draw the picture ``key`` (unique in the document), its bytes from ``read()`` if needed.

    As ``Canvas.drawImage`` does (ReportLab 5.1), without a file and without decoding a JPEG.
    """
    name = "stored-picture-" + key
    document = canv._doc  # noqa: SLF001 - ReportLab's document behind the canvas
    registered = document.getXObjectName(name)
    picture = document.idToObject.get(registered)
    if picture is None:
        data = read()
        picture = pdfdoc.PDFImageXObject(name)
        if not picture.loadImageFromJPEG(io.BytesIO(data)):
            picture.loadImageFromRaw(io.BytesIO(data))  # (PNG: read as ReportLab reads it)
        picture.name = name
        canv._setXObjects(picture)  # noqa: SLF001
        document.Reference(picture, registered)
        document.addForm(name, picture)
        mask = getattr(picture, "_smask", None)
        if mask is not None:  # a PNG's transparency, as drawImage sets it up
            mask_name = document.getXObjectName(mask.name)
            if document.idToObject.get(mask_name) is None:
                canv._setXObjects(mask)  # noqa: SLF001
                picture.smask = document.Reference(mask, mask_name)
            else:
                picture.smask = pdfdoc.PDFObjectReference(mask_name)
            del picture._smask  # noqa: SLF001
    canv._currentPageHasImages = 1  # noqa: SLF001
    canv.saveState()
    canv.translate(x, y)
    canv.scale(width, height)
    canv._code.append(f"/{registered} Do")  # noqa: SLF001
    canv.restoreState()
    canv._formsinuse.append(name)  # noqa: SLF001


def apply() -> None:
    """Put the fixed methods in place (idempotent)."""
    pdfdoc.PDFFile = _PDFFile
    PDFTextObject.setRise = _set_rise
    PDFTextObject._formatText = _format_text_read_back
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for module in (ttfonts, paragraph, canvas):  # each imported shapeFragWord by name
        module.shapeFragWord = _shape_and_remember


apply()
