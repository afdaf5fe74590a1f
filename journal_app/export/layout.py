"""The kit the journal's documents are made with: styles, paragraphs in any script, the page.

The journal PDF (``pdf``) and the outcome document (``compile``) are both made of these pieces:

- :class:`Styles` (:func:`make_styles`) in the bundled fonts;
- :class:`Writer`, which makes paragraphs in any script (runs in fonts that have the glyphs,
  right to left where need be), cut long ones into pieces ReportLab lays out fast, and counts the
  characters no bundled font has (:func:`missing_summary`, :func:`missing_details` report them);
  it also writes the section titles and the pack's credits;
- :func:`heading` (with its contents entry and bookmark), :class:`Lines` and :class:`Box` to
  write and draw in by hand;
- :class:`JournalDoc`, the document template that records headings and checks for cancel, and
  :func:`numbered_canvas`, a canvas that draws a footer ("page x of y") once the count is known;
- the sentences for what goes wrong: :func:`describe_write_error`, :func:`too_tall_for_a_page`.

Files are written through ``files.atomic_output``.
"""

from __future__ import annotations

import errno
import itertools
import unicodedata
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from journal_app.export import fonts, rlfixes, textlayout
from journal_app.i18n import QT_TRANSLATE_NOOP, translate
from journal_app.packs.model import LocalText, Pack, Section

# Embed pictures as binary streams, not ASCII85 text: several times faster, smaller files.
rl_config.useA85 = 0

PageSize = Literal["a4", "letter"]
PAGE_SIZES = {"a4": A4, "letter": LETTER}
INK = colors.HexColor("#1d2b36")
ACCENT = colors.HexColor("#1f5f8b")
RULE = colors.HexColor("#b9c4cc")
SHADE = colors.HexColor("#eef3f7")
FOOTER_TITLE = 80
"""Characters of the pack's title at most in the footer of every page."""
CHUNK = 3000
"""Characters at most in one ReportLab paragraph (see ``Writer.chunked``)."""

MONTHS = (
    QT_TRANSLATE_NOOP("pdf", "January"),
    QT_TRANSLATE_NOOP("pdf", "February"),
    QT_TRANSLATE_NOOP("pdf", "March"),
    QT_TRANSLATE_NOOP("pdf", "April"),
    QT_TRANSLATE_NOOP("pdf", "May"),
    QT_TRANSLATE_NOOP("pdf", "June"),
    QT_TRANSLATE_NOOP("pdf", "July"),
    QT_TRANSLATE_NOOP("pdf", "August"),
    QT_TRANSLATE_NOOP("pdf", "September"),
    QT_TRANSLATE_NOOP("pdf", "October"),
    QT_TRANSLATE_NOOP("pdf", "November"),
    QT_TRANSLATE_NOOP("pdf", "December"),
)
"""Month names for the cover's date (translated in context "pdf" when printed)."""


class ExportError(Exception):
    """The PDF could not be written; the message says why (and nothing was left behind)."""


class ExportCancelled(ExportError):
    """The user cancelled; nothing was written."""


# ----------------------------------------------------------------------------- missing glyphs


def by_script(missing: dict[str, list[str]]) -> dict[str, list[str]]:
    """The missing characters by script, the script with most of them first."""
    scripts: dict[str, list[str]] = {}
    for char in missing:
        scripts.setdefault(fonts.script_of(char), []).append(char)
    return dict(sorted(scripts.items(), key=lambda item: -len(item[1])))


def shown(char: str) -> str:
    """The character itself, or its code where it has nothing to show (private use…)."""
    return f"U+{ord(char):04X}" if unicodedata.category(char).startswith("C") else char


def missing_summary(missing: dict[str, list[str]]) -> str | None:
    """See :meth:`ExportReport.missing_summary` (shared with the outcome document's report)."""
    if not missing:
        return None
    parts = [
        translate("export", "{count} {script} ({examples})").format(
            count=len(chars),
            script=script,
            examples=" ".join(shown(c) for c in chars[:3]) + (" …" if len(chars) > 3 else ""),
        )
        for script, chars in by_script(missing).items()
    ]
    return translate(
        "export",
        "{count} different characters have no font here and are drawn as empty boxes (□): "
        "{scripts}.",
    ).format(count=len(missing), scripts="; ".join(parts))


def missing_details(missing: dict[str, list[str]]) -> list[str]:
    """See :meth:`ExportReport.missing_details`."""
    line = translate("export", "U+{code:04X} {character} {name} ({script}): {places}")
    return [
        line.format(
            code=ord(char),
            character=shown(char),
            name=unicodedata.name(char, "—"),
            script=fonts.script_of(char),
            places=", ".join(missing[char]) or "—",
        )
        for chars in by_script(missing).values()
        for char in chars
    ]


# ----------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the journal's documents (one family, in any script)."""

    body: ParagraphStyle
    small: ParagraphStyle
    prompt: ParagraphStyle
    hint: ParagraphStyle
    answer: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    toc_title: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle


def make_styles(face: fonts.Fonts) -> Styles:
    """The styles, in ``face``'s fonts."""
    body = ParagraphStyle(
        "body", fontName=face.body, fontSize=10.5, leading=14.5, textColor=INK, spaceAfter=5
    )
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        prompt=ParagraphStyle(
            "prompt", parent=body, fontName=face.bold, spaceBefore=10, spaceAfter=3, keepWithNext=1
        ),
        hint=ParagraphStyle(
            "hint",
            parent=body,
            fontName=face.italic,
            textColor=colors.HexColor("#4a5a66"),
            spaceAfter=3,
            keepWithNext=1,
        ),
        answer=ParagraphStyle("answer", parent=body, leftIndent=8, spaceAfter=4),
        cover_title=ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=face.bold,
            fontSize=30,
            leading=36,
            textColor=ACCENT,
            spaceAfter=12,
        ),
        cover_subtitle=ParagraphStyle(
            "cover_subtitle", parent=body, fontSize=15, leading=20, spaceAfter=30
        ),
        cover_meta=ParagraphStyle("cover_meta", parent=body, fontSize=12, leading=17),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=face.bold,
            fontSize=19,
            leading=24,
            textColor=ACCENT,
            spaceAfter=10,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=face.bold,
            fontSize=13.5,
            leading=18,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        toc_title=ParagraphStyle(
            "toc_title",
            parent=body,
            fontName=face.bold,
            fontSize=19,
            leading=24,
            textColor=ACCENT,
            spaceAfter=14,
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5),
        cell_head=ParagraphStyle(
            "cell_head", parent=body, fontName=face.bold, fontSize=9.5, leading=12.5
        ),
    )


# ----------------------------------------------------------------------------- the page


FOOTER = ParagraphStyle(
    "footer",
    fontName="NotoSans",
    fontSize=8.5,
    leading=10,
    alignment=TA_CENTER,
    textColor=colors.HexColor("#5b6b77"),
)


class NumberedCanvas(textlayout.EmbeddedCanvas):
    """Draws a footer ("page x of y") on every page but the cover, once the count is known.

    Make one with :func:`numbered_canvas`, which gives it its footer's words.
    """

    footer_text: Callable[[int, int], str] = staticmethod(lambda n, total: f"{n} / {total}")
    first_page = 1
    """The number of the canvas's first page (a part of a longer document starts further on)."""
    compact = False
    """Keep each page's drawing compressed while waiting (thousands of pages): about a fifth of
    the memory of the drawing as it is."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.heading_pages: dict[str, int] = {}
        """The page each heading was placed on, by its key (the document fills it in)."""
        self.later_numbers: dict[int, list[tuple[float, float, str, str, float]]] = {}
        """Per page, the page numbers to draw once known: (right x, baseline, key, font, size)."""
        self._bookmarks_due: dict[int, list[tuple[str, dict[str, Any]]]] = {}

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:  # noqa: N802 - ReportLab's name
        """Mark this page as ``key``'s destination, once it is written (at save).

        ReportLab points a bookmark at the page it is writing; this canvas writes every page at
        save, so a bookmark made now would point at the first page (every bookmark and every
        contents link of the document did, before this).
        """
        self._bookmarks_due.setdefault(self._pageNumber, []).append((key, kwargs))

    def number_later(self, right: float, baseline: float, key: str, font: str, size: float) -> None:
        """Draw the page number of heading ``key`` here (absolute coordinates) at save."""
        self.later_numbers.setdefault(self._pageNumber, []).append(
            (right, baseline, key, font, size)
        )

    def showPage(self) -> None:  # noqa: D102 - ReportLab override
        state = dict(self.__dict__)
        if self.compact:
            drawing = "\n".join(vars(self)["_code"]).encode("utf-8")
            state["_code"] = zlib.compress(drawing, 1)
        self._pages.append(state)
        self._startPage()

    def save(self) -> None:  # noqa: D102 - ReportLab override
        total = len(self._pages)
        heading_pages = self.heading_pages
        later_numbers = self.later_numbers
        bookmarks_due = self._bookmarks_due
        self._pages.reverse()
        while self._pages:
            state = self._pages.pop()  # each page's drawing let go once written
            self.__dict__.update(state)
            code = vars(self)["_code"]
            if isinstance(code, bytes):
                self._code = [zlib.decompress(code).decode("utf-8")]
            for key, kwargs in bookmarks_due.get(self._pageNumber, ()):
                super().bookmarkPage(key, **kwargs)  # now that this page is being written
            for right, baseline, key, font, size in later_numbers.get(self._pageNumber, ()):
                if key in heading_pages:  # (a heading on no page: its entry has no number)
                    self.setFont(font, size)
                    self.setFillColor(INK)
                    self.drawRightString(right, baseline, str(heading_pages[key]))
            number = self._pageNumber + self.first_page - 1
            if number > 1:  # no number on the cover
                # A paragraph, not drawString: the pack's title may be in any script.
                width = self._pagesize[0]
                footer = textlayout.make_paragraph(
                    self.footer_text(number, total + self.first_page - 1), FOOTER
                )  # (the title in it is cut to FOOTER_TITLE characters)
                _, height = footer.wrap(width - 40 * mm, 30 * mm)
                footer.drawOn(self, 20 * mm, 12 * mm - height + 9)
            super().showPage()
        if not isinstance(self._filename, str):
            super().save()
            return
        # Written while it is formatted, not formatted whole and then written (see rlfixes).
        with open(self._filename, "wb") as out:
            with rlfixes.streamed_to(out):
                rest = self._doc.GetPDFData(self)
            out.write(rest)  # nothing, unless ReportLab's collector is in place


def numbered_canvas(
    footer: Callable[[int, int], str], *, compact: bool = False, first_page: int = 1
) -> type[NumberedCanvas]:
    """A canvas class whose footer on page ``n`` of ``total`` reads ``footer(n, total)``.

    Args:
        footer: the footer's words (cut any title in it to :data:`FOOTER_TITLE` characters).
        compact: keep each page compressed until the count is known (long documents).
        first_page: the number of its first page (a part of a longer document); ``total`` is
            then the last page of the part.
    """
    return type(
        "Numbered",
        (NumberedCanvas,),
        {"footer_text": staticmethod(footer), "compact": compact, "first_page": first_page},
    )


class JournalDoc(BaseDocTemplate):
    """Records where headings land (contents, bookmarks), checks for cancel, and keeps a log.

    The log is for tests and for looking: ``placed`` lists each flowable's page and role
    ("heading", "prompt", "intro", "answer"…: a ``role`` attribute, "" without one), and
    ``page_ends`` each page's unused height as a share of the text area, with whether the page
    was ended on purpose (a ``PageBreak``: before a section, after the cover…).
    """

    def __init__(
        self,
        *args: Any,
        on_flowable: Callable[[], None],
        outline_in_canvas: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._on_flowable = on_flowable
        self.outline_in_canvas = outline_in_canvas
        """Bookmarks made by ReportLab; else only logged in ``headings`` (a part of a document
        whose outline is written when its parts are joined, see ``pdfjoin``)."""
        self.headings: list[tuple[int, str, int]] = []
        """``(level, title, page)`` of each heading placed."""
        self.placed: list[tuple[int, str]] = []
        self.page_ends: list[tuple[int, float, bool]] = []
        self._chosen_break = False

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802, D102 - ReportLab hook
        self._on_flowable()
        role = getattr(flowable, "role", "")
        if role or not isinstance(flowable, (Spacer, ActionFlowable, PageBreak)):
            self.placed.append((self.page, role))
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        title: str = flowable.toc_title
        key: str = flowable.toc_key
        self.headings.append((level, title, self.page))
        if not self.outline_in_canvas:
            return
        self.canv.bookmarkPage(key)
        # The bookmark is plain text by nature (a pack's "<img src=…>" is text, never a picture).
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        pages = getattr(self.canv, "heading_pages", None)
        if pages is not None:
            pages[key] = self.page

    def handle_pageBreak(self, slow: bool | None = None) -> None:  # noqa: N802, D102 - ReportLab hook
        self._chosen_break = True
        super().handle_pageBreak(slow)

    def afterPage(self) -> None:  # noqa: N802, D102 - ReportLab hook
        frame = self.frame
        unused = max(0.0, frame._y - frame._y1p) / max(1.0, frame._aH)
        self.page_ends.append((self.page, unused, self._chosen_break))
        self._chosen_break = False


DocT = TypeVar("DocT", bound=JournalDoc)
MARGIN = 20 * mm
FOOTER_ROOM = 6 * mm


def make_document(
    path: Path,
    *,
    page_size: tuple[float, float],
    title: str,
    author: str,
    subject: str,
    language: str,
    on_flowable: Callable[[], None],
    doc_class: type[DocT],
    **extra: Any,
) -> DocT:
    """A document of ``doc_class`` writing to ``path``: the journal's margins, metadata, pages.

    It has two page templates, "cover" and "body" (the same text area; the story switches with
    ``NextPageTemplate("body")``), room for the footer, and the PDF opens showing its title.
    """
    doc = doc_class(
        str(path),
        on_flowable=on_flowable,
        pagesize=page_size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_ROOM,
        title=title,
        author=author,
        subject=subject,
        creator="Reflection Journal",
        lang=language,
        displayDocTitle=1,
        **extra,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates(
        [PageTemplate(id="cover", frames=[frame]), PageTemplate(id="body", frames=[frame])]
    )
    return doc


def section_title(t: Callable[[LocalText | None], str], section: Section) -> str:
    """A section's heading, in any export: "Section 2: Title" when the section has a number."""
    title = t(section.title)
    if not section.number:
        return title
    return translate("pdf", "Section {number}: {title}").format(number=section.number, title=title)


def footer_title(title: str) -> str:
    """The pack's title as the footer of every page shows it: a line, not a chapter."""
    if len(title) > FOOTER_TITLE:
        return title[: FOOTER_TITLE - 1].rstrip() + "…"
    return title


_heading_keys = itertools.count(1)


class Heading(textlayout.BidiParagraph):
    """A heading paragraph; split across pages, its first piece keeps the contents entry."""

    role = "heading"

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803, D102
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts and hasattr(self, "toc_key"):  # the bookmark and page go with the first
            for name in ("toc_level", "toc_title", "toc_key"):
                setattr(parts[0], name, getattr(self, name))
        for part in parts:
            part.role = "heading"
        return parts


def heading(text: str, style: ParagraphStyle, level: int) -> Paragraph:
    """A heading in any script that gets a contents entry and a bookmark at ``level``."""
    markup = textlayout.paragraph_markup(text, bold=True)
    paragraph = Heading(markup.xml, textlayout.style_for(markup, style))
    paragraph.role = "heading"
    paragraph.toc_level = level
    paragraph.toc_title = text
    paragraph.toc_key = f"h{next(_heading_keys)}"
    return paragraph


CONTENTS_ENTRY = 240
"""Characters of a heading at most in its contents entry."""


class Contents(Flowable):
    """The contents, laid out in the same pass as the document.

    Its entries (the headings, each with its key) are known before layout, so the contents take
    their room at once; each entry's page number is drawn once the document is complete, as
    "page x of y" is (:class:`NumberedCanvas`), and each entry links to its heading. Long
    contents continue on the next page.
    """

    NUMBER_ROOM = 14 * mm

    def __init__(
        self, headings: Sequence[Paragraph], styles: Sequence[ParagraphStyle], rows: Any = None
    ) -> None:
        super().__init__()
        self.headings = list(headings)
        self.styles = list(styles)
        self._rows: list[tuple[Paragraph, float, float, str, ParagraphStyle]] | None = rows
        self._origin = (0.0, 0.0)
        self.width = 0.0
        self.height = 0.0

    def _make_rows(self, width: float) -> list[tuple[Paragraph, float, float, str, ParagraphStyle]]:
        rows = []
        for flowable in self.headings:
            level = min(int(flowable.toc_level), len(self.styles) - 1)
            style = self.styles[level]
            title: str = flowable.toc_title
            if len(title) > CONTENTS_ENTRY:  # a line or three in the contents, never a page
                title = title[: CONTENTS_ENTRY - 1].rstrip() + "…"
            markup = textlayout.paragraph_markup(title, bold=level == 0)
            entry = textlayout.BidiParagraph(markup.xml, textlayout.style_for(markup, style))
            _, height = entry.wrap(width - self.NUMBER_ROOM, 10_000)
            rows.append((entry, height, style.spaceBefore, flowable.toc_key, style))
        return rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803, D102
        if self._rows is None or availWidth != self.width:
            self._rows = self._make_rows(availWidth)
        self.width = availWidth
        self.height = sum(height + before for _, height, before, _, _ in self._rows)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803, D102
        self.wrap(availWidth, availHeight)
        assert self._rows is not None
        used, count = 0.0, 0
        for _, height, before, _, _ in self._rows:
            if used + height + before > availHeight:
                break
            used += height + before
            count += 1
        if count == 0 or count == len(self._rows):
            return []
        first = Contents(self.headings[:count], self.styles, self._rows[:count])
        rest = Contents(self.headings[count:], self.styles, self._rows[count:])
        return [first, rest]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, D102
        self._origin = (x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:  # noqa: D102
        assert self._rows is not None
        canvas = self.canv
        top = self.height
        for entry, height, before, key, style in self._rows:
            top -= before + height
            entry.drawOn(canvas, 0, top)
            baseline = top + height - style.fontSize  # the entry's first line's
            right = self.width
            number_later = getattr(canvas, "number_later", None)
            if number_later is not None:
                origin_x, origin_y = self._origin
                number_later(
                    origin_x + right, origin_y + baseline, key, style.fontName, style.fontSize
                )
            canvas.linkRect("", key, (0, top, right, top + height), relative=1, thickness=0)


def contents_of(story: Sequence[Flowable]) -> list[Paragraph]:
    """The headings of ``story`` that have a contents entry, in order."""
    return [f for f in story if getattr(f, "toc_level", None) is not None]


class KeepWithStart(CondPageBreak):
    """A page break, unless what belongs together fits on this page.

    Before a heading, an introduction or a prompt: ``head`` is all of it, which must be on one
    page, and ``start`` the answer that follows, of which at least ``lines`` lines (a whole
    short one, or a picture at its smallest) must fit below it. Otherwise the page ends here,
    rather than leave a prompt stranded at its foot.
    """

    def __init__(self, head: Sequence[Flowable], start: Flowable | None, *, lines: int = 3) -> None:
        super().__init__(0)
        self.head = list(head)
        self.start = start
        self.lines = lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803, D102
        canvas = self.canv  # (set by wrapOn, as the frame calls it)
        need = sum(_room(f, canvas, availWidth, availHeight) for f in self.head)
        if self.start is not None:
            need += _least_room(self.start, canvas, availWidth, availHeight, self.lines)
        self.height = need
        frame = self._doctemplateAttr("frame")
        if frame is not None and (
            getattr(frame, "_atTop", False)  # at the top already: a break would leave it empty
            or need > frame._height - frame._topPadding - frame._bottomPadding  # never fits
        ):
            return 0, 0
        result: tuple[float, float] = super().wrap(availWidth, availHeight)
        return result


def _room(flowable: Flowable, canvas: Any, width: float, height: float) -> float:
    if isinstance(flowable, KeepTogether):  # (its wrap answers "too tall", to be split)
        return sum(_room(f, canvas, width, height) for f in flowable._content)
    _, tall = flowable.wrapOn(canvas, width, height)
    return float(tall) + float(flowable.getSpaceBefore()) + float(flowable.getSpaceAfter())


_LONG_MARKUP = 600
"""A paragraph with more markup than this surely has a few lines (not measured: it is long)."""


def _least_room(flowable: Flowable, canvas: Any, width: float, height: float, lines: int) -> float:
    """The height of the start of ``flowable`` that must stay with what comes before."""
    least = getattr(flowable, "least_height", None)
    if least is not None:  # a figure: its picture at its smallest
        return float(least(width, height)) + float(flowable.getSpaceBefore())
    if isinstance(flowable, Paragraph):
        style = flowable.style
        some = lines * style.leading + style.spaceBefore
        if len(getattr(flowable, "text", "")) > _LONG_MARKUP:
            return float(some)
        return min(_room(flowable, canvas, width, height), float(some))
    if isinstance(flowable, Table):
        _room(flowable, canvas, width, height)
        rows = flowable._rowHeights[: 1 + (flowable.repeatRows or 0)]
        return float(sum(rows))
    return _room(flowable, canvas, width, height)


class Figure(Flowable):
    """A picture with its caption, smaller where that keeps it on the page with its prompt.

    At most the frame's width, 70% of its height and the picture's own size at 96 pixels per
    inch; where less room is left on the page, it shrinks to as little as :data:`SMALLEST` of
    that rather than move to the next page. The picture is read from ``picture`` when it is
    first drawn (never copied to the disk: a protected journal's pictures would be in the clear
    there), and a JPEG is embedded as it is (``rlfixes.draw_picture``).
    """

    SMALLEST = 0.5
    GAP = 2 * mm

    def __init__(
        self,
        key: str,
        picture: Callable[[], bytes],
        size: tuple[int, int],
        caption: Paragraph | None,
        frame: tuple[float, float],
    ) -> None:
        super().__init__()
        self.role = "picture"
        self.key = key
        self.picture = picture
        natural_w, natural_h = size[0] * 0.75, size[1] * 0.75
        scale = min(1.0, frame[0] / natural_w, frame[1] * 0.7 / natural_h)
        self.full = (natural_w * scale, natural_h * scale)
        self.caption = caption
        self.drawn = self.full
        self.spaceAfter = 4 * mm
        self.width = 0.0
        self.height = 0.0

    def _caption_height(self, width: float) -> float:
        if self.caption is None:
            return 0.0
        _, height = self.caption.wrap(width, 10_000)
        return float(height) + float(self.GAP)

    def least_height(self, width: float, _height: float) -> float:
        """The height of the figure at its smallest."""
        return self.full[1] * self.SMALLEST + self._caption_height(width)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803, D102
        caption = self._caption_height(availWidth)
        full_w, full_h = self.full
        room = availHeight - caption
        scale = 1.0
        if full_h > room >= full_h * self.SMALLEST:
            scale = room / full_h
        self.drawn = (full_w * scale, full_h * scale)
        self.width = availWidth
        self.height = self.drawn[1] + caption
        return availWidth, self.height

    def draw(self) -> None:  # noqa: D102
        drawn_w, drawn_h = self.drawn
        x, y = (self.width - drawn_w) / 2, self.height - drawn_h
        rlfixes.draw_picture(self.canv, self.key, self.picture, x, y, drawn_w, drawn_h)
        if self.caption is not None:
            _, height = self.caption.wrap(self.width, 10_000)
            self.caption.drawOn(self.canv, 0, self.height - drawn_h - self.GAP - height)


class StoredImage(Flowable):
    """A picture of a given size, read from ``picture`` when first drawn (never from a file).

    As ReportLab's ``Image`` with ``hAlign="CENTER"``, its bytes named by ``key``, unique in the
    document (``rlfixes.draw_picture``).
    """

    def __init__(self, key: str, picture: Callable[[], bytes], width: float, height: float) -> None:
        super().__init__()
        self.key = key
        self.picture = picture
        self.drawWidth, self.drawHeight = width, height
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803, D102
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:  # noqa: D102
        rlfixes.draw_picture(
            self.canv, self.key, self.picture, 0, 0, self.drawWidth, self.drawHeight
        )


class Lines(Flowable):
    """Ruled lines to write on by hand."""

    def __init__(self, count: int, gap: float = 8 * mm) -> None:
        super().__init__()
        self.count = count
        self.gap = gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:  # noqa: D102
        self.width = available_width
        return available_width, self.count * self.gap

    def draw(self) -> None:  # noqa: D102
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for i in range(self.count):
            y = i * self.gap
            self.canv.line(0, y, self.width, y)


class Box(Flowable):
    """An empty frame, e.g. to stick a photo or draw in."""

    def __init__(self, height: float, label: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.box_height = height
        self.label = label
        self.style = style

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:  # noqa: D102
        self.width = available_width
        return available_width, self.box_height

    def draw(self) -> None:  # noqa: D102
        self.canv.setStrokeColor(RULE)
        self.canv.setDash(3, 3)
        self.canv.rect(0, 0, self.width, self.box_height)
        self.canv.setDash()
        self.canv.setFont(self.style.fontName, 8.5)
        self.canv.setFillColor(colors.HexColor("#7b8a95"))
        self.canv.drawCentredString(self.width / 2, self.box_height / 2, self.label)


# ----------------------------------------------------------------------------- paragraphs


class Writer:
    """Makes the paragraphs of one document, in the pack's language, and counts missing glyphs.

    ``missing`` maps each character no bundled font has to where it was met (prompt ids);
    ``frame_width`` and ``frame_height`` are the page's text area, set before the story is made.
    """

    def __init__(self, pack: Pack, face: fonts.Fonts, language: str | None) -> None:
        self.pack = pack
        self.face = face
        self.styles = make_styles(face)
        self.language = language
        self.missing: dict[str, list[str]] = {}
        self.frame_width = 0.0
        self.frame_height = 0.0

    # -- text helpers

    def note_missing(self, text: str, where: str = "") -> None:
        """Count the characters of ``text`` that no bundled font has (for the report)."""
        for char in fonts.missing_characters(text):
            self.missing.setdefault(char, [])
            if where and where not in self.missing[char]:
                self.missing[char].append(where)

    def heading(self, text: str, style: ParagraphStyle, level: int) -> Paragraph:
        """A heading with its contents entry and bookmark; its characters are counted too."""
        self.note_missing(text, text)
        return heading(text, style, level)

    def t(self, text: LocalText | None) -> str:
        """The pack's words in the document's language."""
        return "" if text is None else text.get(self.language)

    def para(
        self, text: str, style: ParagraphStyle, where: str = "", *, bold: bool = False
    ) -> Paragraph:
        """A paragraph in any script: runs in fonts with the glyphs, right to left if need be."""
        self.note_missing(text, where)
        # The runs carry their own fonts, so the style's weight and slant go in as <b>/<i>.
        bold = bold or style.fontName in (self.face.bold, self.face.bold_italic)
        italic = style.fontName in (self.face.italic, self.face.bold_italic)
        markup = textlayout.paragraph_markup(text, bold=bold, italic=italic)
        return textlayout.BidiParagraph(markup.xml, textlayout.style_for(markup, style))

    def chunked(self, text: str, style: ParagraphStyle, where: str = "") -> list[Flowable]:
        """:meth:`para`, cut into paragraphs of at most :data:`CHUNK` characters, read as one.

        ReportLab lays out the rest of a paragraph again at every page it breaks: a 200,000
        character answer took 4 s, ten times that length several minutes. Pieces end at a line
        break where there is one (nothing changes on the page), else at a space.
        """
        if len(text) <= CHUNK:
            return [self.para(text, style, where)]
        pieces: list[str] = []
        rest = text
        while len(rest) > CHUNK:
            cut = rest.rfind("\n", 0, CHUNK)
            if cut <= 0:
                cut = rest.rfind(" ", 0, CHUNK)
            if cut <= 0:  # one word longer than a piece: cut it between two characters
                cut = CHUNK
                while cut > 1 and joined(rest[cut - 1], rest[cut]):
                    cut -= 1
            pieces.append(rest[:cut])
            rest = rest[cut:].removeprefix("\n")
        pieces.append(rest)
        middle = ParagraphStyle(f"{style.name}-cont", parent=style, spaceBefore=0, spaceAfter=0)
        first = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
        last = ParagraphStyle(f"{style.name}-last", parent=style, spaceBefore=0)
        styles = [first] + [middle] * (len(pieces) - 2) + [last]
        return [self.para(piece, each, where) for piece, each in zip(pieces, styles, strict=True)]

    def paragraphs(self, text: str, style: ParagraphStyle, where: str = "") -> list[Flowable]:
        """Paragraphs separated by blank lines; single line breaks are kept.

        A paragraph has one direction, so consecutive lines are cut apart where the direction
        changes (an English line, then an Arabic one, each reads and aligns its own way).
        """
        parts: list[Flowable] = []
        for block in text.replace("\r\n", "\n").split("\n\n"):
            lines = [line for line in block.split("\n")]
            if not "".join(lines).strip():
                continue
            run: list[str] = []
            direction: bool | None = None
            for line in lines:
                rtl = textlayout.is_rtl(line) if line.strip() else direction
                if run and rtl != direction:
                    parts += self.chunked("\n".join(run), style, where)
                    run = []
                run.append(line)
                direction = rtl
            parts += self.chunked("\n".join(run).strip("\n"), style, where)
        return parts

    # -- the pack's own words

    def section_title(self, section: Section) -> str:
        """A section's heading: "Section 2: Title" when the section has a number."""
        return section_title(self.t, section)

    def credits(self) -> list[Flowable]:
        """The pack's copyright, licence, citation and notices, and whose answers these are."""
        s = self.styles
        credit = self.pack.attribution
        parts: list[Flowable] = [Spacer(1, 20 * mm)]
        parts.append(self.para(f"{credit.copyright} · {credit.licence}", s.body, bold=True))
        if credit.licence_url:
            parts.append(self.para(credit.licence_url, s.small))
        if credit.publisher:
            parts.append(self.para(credit.publisher, s.small))
        for text in (credit.citation, credit.adaptation, credit.notice):
            if text is not None:
                parts.append(Spacer(1, 3 * mm))
                parts += self.paragraphs(self.t(text), s.small)
        if credit.isbn:
            parts.append(self.para(f"ISBN {credit.isbn}", s.small))
        parts.append(Spacer(1, 6 * mm))
        parts.append(self.para(self.made_with(), s.small))
        return parts

    def brief_credits(self) -> list[Flowable]:
        """The attribution and licence in a few lines (for a short document's cover)."""
        s = self.styles
        credit = self.pack.attribution
        parts: list[Flowable] = [
            self.para(f"{credit.copyright} · {credit.licence}", s.small, bold=True)
        ]
        if credit.licence_url:
            parts.append(self.para(credit.licence_url, s.small))
        if credit.citation is not None:
            parts += self.paragraphs(self.t(credit.citation), s.small)
        parts.append(self.para(self.made_with(), s.small))
        return parts

    def made_with(self) -> str:
        """The last line of the credits (whose answers these are)."""
        return translate("pdf", "Made with Reflection Journal. The answers are the author's own.")


# ----------------------------------------------------------------------------- sentences


def joined(before: str, after: str) -> bool:
    """Whether a cut between these two characters would split what is drawn as one."""
    return (
        unicodedata.category(after).startswith("M")  # a mark with its letter
        or unicodedata.combining(before) == 9  # a virama, coeng or asat joins the next letter
        or before in "\u200c\u200d"
    )


FOOTER_TITLE = 80
"""Characters of the pack's title at most in the footer of every page."""
CHUNK = 3000
"""Characters at most in one ReportLab paragraph (see ``_Renderer.chunked``)."""


def too_tall_for_a_page() -> str:
    """The sentence for ReportLab's LayoutError: one thing taller than a page, unsplittable."""
    return translate(
        "export",
        "Something is taller than a page and cannot be laid out: a very long note, option or"
        " table heading in the prompt pack, or a very long picture description. Shorten it;"
        " nothing was written.",
    )


def cover_date(today: date | None = None) -> str:
    """The date on a cover ("5 March 2025"), in the user's language."""
    today = today or date.today()
    return translate("pdf", "{day} {month} {year}").format(
        day=today.day, month=translate("pdf", MONTHS[today.month - 1]), year=today.year
    )


def describe_write_error(
    error: OSError, folder: Path, *, outcome: bool = False, word: bool = False
) -> str:
    """A sentence for a failure to write a document: a PDF, an outcome document, a Word file.

    Whole sentences, for the translators: ``outcome`` for the compiled outcome document,
    ``word`` for a Word document, else a PDF.
    """
    full = error.errno == errno.ENOSPC
    denied = error.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    if word and full:
        template = translate(
            "export",
            "Could not write the Word document in {folder}: the disk is full. Nothing was written.",
        )
    elif word and denied:
        template = translate(
            "export",
            "Could not write the Word document in {folder}: the folder is read-only or you may"
            " not write there. Nothing was written.",
        )
    elif word:
        template = translate(
            "export",
            "Could not write the Word document in {folder}: {error}. Nothing was written.",
        )
    elif full and outcome:
        template = translate(
            "export",
            "Could not write the outcome document in {folder}: the disk is full."
            " Nothing was written.",
        )
    elif full:
        template = translate(
            "export",
            "Could not write the PDF in {folder}: the disk is full. Nothing was written.",
        )
    elif denied and outcome:
        template = translate(
            "export",
            "Could not write the outcome document in {folder}: the folder is read-only or you"
            " may not write there. Nothing was written.",
        )
    elif denied:
        template = translate(
            "export",
            "Could not write the PDF in {folder}: the folder is read-only or you may not write"
            " there. Nothing was written.",
        )
    elif outcome:
        template = translate(
            "export",
            "Could not write the outcome document in {folder}: {error}. Nothing was written.",
        )
    else:
        template = translate(
            "export", "Could not write the PDF in {folder}: {error}. Nothing was written."
        )
    return template.format(folder=folder, error=error.strerror or str(error))
