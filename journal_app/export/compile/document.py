"""The outcome document as a PDF: the story's blocks as flowables, and the laying out.

:class:`OutcomeWriter` makes the blocks of the story (``story.Outcome``: the cover and "About
this document", the synthesis, the prompts nobody answered and, with ``--all-answers``, the
appendix) as ReportLab flowables. :func:`write_pdf` lays it out with the journal PDF's kit
(``layout``), generating the story lazily, a few flowables ahead of ReportLab's layout
(:class:`OutcomeDoc`, which also repeats a table's heading on each page the table continues on).
ReportLab keeps the document it is making in memory until it writes the file.

Speed: plain Latin text skips the per-character work of ``fonts`` (see
:meth:`OutcomeWriter.para`), and a participant's label is the answer paragraph's bullet rather
than a paragraph of its own.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    ActionFlowable,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from journal_app.export import QUOTES, fonts, layout, pdfjoin, textlayout
from journal_app.export.compile.blocks import PictureCell, Role
from journal_app.export.compile.folding import Folder
from journal_app.export.compile.report import CompileError
from journal_app.export.compile.story import Outcome
from journal_app.export.compile.synthesis import share
from journal_app.export.layout import ACCENT, PAGE_SIZES, RULE, SHADE
from journal_app.i18n import translate

GREY_HEX = "#5b6b77"
GREY = colors.HexColor(GREY_HEX)
LOOKAHEAD = 60
"""Flowables generated ahead of ReportLab's layout."""
# Text that textlayout.paragraph_markup makes into one run in the main font, left to right,
# unchanged: printable Latin-1 (not the soft hyphen, which it drops) and line breaks. See
# OutcomeWriter.para.
PLAIN = re.compile(r"[\x20-\x7e\xa0-\xac\xae-\xff\n]*")
_PLAIN_MARKUP = textlayout.Markup(xml="", rtl=False, needs_shaping=False)


class OutcomeWriter(Outcome, layout.Writer):
    """The outcome document as a PDF: the story's blocks as ReportLab flowables."""

    def __init__(self, data: Folder, face: fonts.Fonts, *, quotes: int = QUOTES) -> None:
        Outcome.__init__(self, data, quotes=quotes)
        layout.Writer.__init__(self, data.pack, face, None)
        s = self.styles
        self.who_style = ParagraphStyle(
            "who",
            parent=s.body,
            fontName=face.bold,
            textColor=GREY,
            spaceBefore=2,
            spaceAfter=1,
            keepWithNext=1,
        )
        self.continued_style = ParagraphStyle("continued", parent=s.answer, leftIndent=12)
        self.sub_style = ParagraphStyle(
            "sub", parent=s.body, fontName=face.bold, spaceBefore=6, keepWithNext=1
        )
        self.caption_style = ParagraphStyle("caption", parent=s.small, alignment=TA_CENTER)
        self.item_style = ParagraphStyle(
            "item", parent=s.answer, leftIndent=s.answer.leftIndent + 14, firstLineIndent=-14
        )
        self.answer_style = s.answer  # see prepare()
        self.roles = {
            Role.BODY: s.body,
            Role.PAGE_TITLE: s.toc_title,
            Role.PROMPT: s.prompt,
            Role.HINT: s.hint,
            Role.SMALL: s.small,
            Role.SUB: self.sub_style,
            Role.ITEM: self.item_style,
            Role.LISTED: s.answer,
            Role.CAPTION: self.caption_style,
        }
        self.row_style = [
            *GRID,
            ("FONT", (0, 0), (-1, -1), face.body, s.cell.fontSize, s.cell.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), s.cell.textColor),
        ]
        self._styles_made: dict[tuple[ParagraphStyle, bool, bool], ParagraphStyle] = {}

    def para(
        self, text: str, style: ParagraphStyle, where: str = "", *, bold: bool = False
    ) -> Flowable:
        """As ``layout.Writer.para`` (any script, right to left if need be), faster for Latin text.

        Plain text (printable Latin-1 and line breaks) always makes one run in the main font,
        left to right, with nothing to shape or reorder: it becomes a plain ``Paragraph`` in the
        style's own face (one of the main family's), without ``<font>`` runs. That skips the
        per-character work of ``textlayout.paragraph_markup``, and ReportLab lays a one-run
        paragraph out 2-3 times faster. A test checks that both ways give the same fragments.
        """
        bold = bold or style.fontName in (self.face.bold, self.face.bold_italic)
        italic = style.fontName in (self.face.italic, self.face.bold_italic)
        if PLAIN.fullmatch(text) is not None:
            opening, closing = "<b>" * bold + "<i>" * italic, "</i>" * italic + "</b>" * bold
            xml = opening + escape(text).replace("\n", "<br/>") + closing
            return Paragraph(xml, self.style_of(_PLAIN_MARKUP, style))
        for char in fonts.missing_characters(text):
            self.missing.setdefault(char, [])
            if where and where not in self.missing[char]:
                self.missing[char].append(where)
        markup = textlayout.paragraph_markup(text, bold=bold, italic=italic)
        return textlayout.BidiParagraph(markup.xml, self.style_of(markup, style))

    def style_of(self, markup: textlayout.Markup, style: ParagraphStyle) -> ParagraphStyle:
        """``textlayout.style_for``, made once per style and direction rather than per paragraph."""
        key = (style, markup.rtl, markup.needs_shaping)
        made = self._styles_made.get(key)
        if made is None:
            made = self._styles_made[key] = textlayout.style_for(markup, style)
        return made

    def prepare(self, frame_width: float, frame_height: float) -> None:
        """Set what depends on the page and the number of participants, before laying out."""
        self.frame_width, self.frame_height = frame_width, frame_height
        widest = (
            translate("compile", "Participant {number}").format(number=self.data.participants) + ":"
        )
        size = self.styles.answer.fontSize
        label_width = stringWidth(widest, self.face.bold, size) + 8
        self.answer_style = ParagraphStyle(
            "answer_labelled",
            parent=self.styles.answer,
            leftIndent=label_width,
            bulletIndent=0,
            bulletFontName=self.face.bold,
            bulletFontSize=size,
            bulletColor=GREY,
            spaceBefore=1,
            spaceAfter=3,
        )

    # -- the story's blocks (see Outcome)

    def say(self, text: str, role: Role, where: str = "", *, bold: bool = False) -> Flowable:  # noqa: D102
        return self.para(text, self.roles[role], where, bold=bold)

    def title(self, text: str, size: int, level: int) -> Flowable:  # noqa: D102
        return self.heading(text, self.styles.h1 if size == 1 else self.styles.h2, level)

    def new_page(self) -> list[Flowable]:  # noqa: D102
        return [PageBreak()]

    def cover(self, title: str, subtitle: str, lines: Sequence[str]) -> list[Flowable]:  # noqa: D102
        s = self.styles
        return [
            Spacer(1, 60 * mm),
            self.para(title, s.cover_title),
            self.para(subtitle, s.cover_subtitle),
            *(self.para(line, s.cover_meta) for line in lines),
            NextPageTemplate("body"),
            PageBreak(),
        ]

    def attribution(self) -> list[Flowable]:  # noqa: D102
        return self.credits()

    def answer(self, number: int, text: str, where: str) -> list[Flowable]:
        """One participant's answer: who, then the text (in any script)."""
        label = self.who(number) + ":"
        if self.data.show_names:  # a name may be in any script: a paragraph of its own
            return [
                self.para(label, self.who_style),
                *self.paragraphs(text, self.continued_style, where),
            ]
        # "Participant n:" in the margin of the answer's first paragraph (ReportLab's bullet),
        # unless it reads right to left: ReportLab would draw the bullet over its first line.
        parts = self.paragraphs(text, self.answer_style, where)
        if parts and parts[0].style.wordWrap == "RTL":
            return [self.para(label, self.who_style), *parts]
        if parts:
            parts[0].bulletText = label
        return parts

    def key_values(self, rows: Sequence[tuple[str, str]]) -> Table:  # noqa: D102
        s = self.styles
        cells = [[self.para(label, s.cell_head), self.para(value, s.cell)] for label, value in rows]
        widths = [self.frame_width * 0.42, self.frame_width * 0.58]
        table = Table(cells, colWidths=widths, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                    ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ]
            )
        )
        return table

    def chart(self, prompt_id: str, bars: Sequence[tuple[str, int]]) -> Table:  # noqa: D102
        n = self.data.participants
        label_width = self.frame_width * 0.42
        bar_width = self.frame_width - label_width
        rows = [
            [
                self.para(label, self.styles.cell, prompt_id),
                bar(count, n, bar_width - 6, self.face.body),
            ]
            for label, count in bars
        ]
        chart = Table(rows, colWidths=[label_width, bar_width], hAlign="LEFT")
        chart.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return chart

    def picture_row(
        self, cells: Sequence[PictureCell], per_row: int, max_height: float, *, upscale: bool
    ) -> Table:
        """A row of pictures, each above its labels, centred in its cell.

        The row carries the bytes of its pictures (``picture_bytes``), read from the spool when
        drawn (``layout.StoredImage``): ReportLab keeps them until the document is saved, and a
        part of a long document ends early when they add up (see ``OutcomeDoc``).
        """
        cell_width = self.frame_width / per_row
        made: list[list[Flowable]] = []
        size = 0
        for cell in cells:
            stored = cell.picture
            natural_w, natural_h = max(1, stored.width) * 0.75, max(1, stored.height) * 0.75
            scale = min((cell_width - 8) / natural_w, max_height * mm / natural_h)
            if not upscale:
                scale = min(1.0, scale)
            picture = layout.StoredImage(
                stored.key, stored.read, natural_w * scale, natural_h * scale
            )
            size += stored.size
            labels = [self.para(text, self.caption_style, where) for text, where in cell.labels]
            made.append([picture, *labels])
        table = Table([made], colWidths=[cell_width] * len(made), hAlign="LEFT")
        table.picture_bytes = size
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table

    def keep_together(self, blocks: list[Flowable]) -> list[Flowable]:  # noqa: D102
        return [KeepTogether(blocks)]

    def gap(self, height: float) -> list[Flowable]:  # noqa: D102
        return [Spacer(1, height * mm)]

    def table_head(self, titles: Sequence[str]) -> _TableHead:  # noqa: D102
        first = (38 if self.data.show_names else 26) * mm
        count = len(titles) - 1
        widths = [first] + [(self.frame_width - first) / count] * count
        return _TableHead(self, list(titles), widths)

    def table_start(self, head: _TableHead) -> Table:  # noqa: D102
        return head.row()

    def table_row(self, head: _TableHead, who: str, texts: Sequence[str], where: str) -> Table:
        """One participant's row of a table (moved to the next page whole unless very tall)."""
        cell_style = self.styles.cell
        # Plain strings where no paragraph is needed: thousands of rows lay out faster.
        cells: list[Any] = [who if who.isdigit() else self.para(who, cell_style)]
        lines = 1.0
        for text, width in zip(texts, head.widths[1:], strict=True):
            cells.append(self.para(text, cell_style, where) if text else "")
            # About 0.55 em a character: enough to tell a row that may not fit on a page.
            estimate = len(text) * 0.55 * cell_style.fontSize / max(1.0, width - 12)
            lines = max(lines, estimate + text.count("\n") + 1)
        # A row moves to the next page whole (where the heading is repeated); only a row that
        # could be taller than half a page may be split across pages.
        tall = lines * cell_style.leading > self.frame_height / 2
        table = Table([cells], colWidths=head.widths, hAlign="LEFT", splitInRow=int(tall))
        table.setStyle(TableStyle(self.row_style))
        table.compile_header = head.row  # read by OutcomeDoc at the top of a page
        return table


GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


class _TableHead:
    """A table of answers' heading row, made as often as a page needs it."""

    def __init__(self, writer: OutcomeWriter, titles: list[str], widths: list[float]) -> None:
        self.writer = writer
        self.titles = titles
        self.widths = widths

    def row(self) -> Table:
        """The heading row, kept with the row after it."""
        style = self.writer.styles.cell_head
        cells = [self.writer.para(title, style) for title in self.titles]
        table = Table([cells], colWidths=self.widths, hAlign="LEFT")
        table.setStyle(TableStyle([*GRID, ("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
        table.keepWithNext = 1
        return table


def bar(count: int, participants: int, width: float, font: str) -> Drawing:
    """A checklist option's bar, drawn as plain shapes: its length the share, then its count."""
    height = 14
    drawing = Drawing(width, height)
    room = width - 60  # for "12 (30%)" after the bar
    length = room * count / participants if participants else 0
    if length > 0:
        drawing.add(Rect(0, 2, max(length, 1.5), height - 4, fillColor=ACCENT, strokeColor=None))
    label = f"{count} ({share(count, participants)})"
    drawing.add(String(length + 4, 4, label, fontName=font, fontSize=8.5))
    return drawing


# ----------------------------------------------------------------------------- the document


class OutcomeDoc(layout.JournalDoc):
    """Pulls the story from a generator as layout goes, and repeats table headings per page."""

    def __init__(
        self,
        *args: Any,
        more: Iterator[list[Flowable]],
        page_budget: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._more: Iterator[list[Flowable]] | None = more
        self.marker = Spacer(0, 0)
        self.story: list[Any] = [self.marker]  # what build() lays out: the marker stays last
        self._fresh_page = False
        self.page_budget = page_budget
        """Pages at most, for a part of a longer document: then it stops at a page's end."""
        self.carry: list[Any] = []
        """What was still to be laid out when the part stopped (the next part begins with it)."""
        self.picture_bytes = 0
        """The bytes of the pictures placed so far (kept in memory until the part is saved)."""

    @property
    def exhausted(self) -> bool:
        """Whether the story's generator has nothing more."""
        return self._more is None

    def handle_pageEnd(self) -> None:  # noqa: N802, D102 - ReportLab hook
        super().handle_pageEnd()
        full = self.page >= (self.page_budget or 0) or self.picture_bytes >= PART_PICTURE_BYTES
        if self.page_budget is not None and full:
            # Whatever did not fit is at the front of the story (ReportLab put it back, or the
            # rest of what it split): it is carried to the next part, and this one ends here,
            # with no page begun after this one.
            self.carry = [f for f in self.story if f is not self.marker and f is not None]
            self.story.clear()

    def filterFlowables(self, flowables: list[Any]) -> None:  # noqa: N802, D102 - ReportLab hook
        if flowables is not self.story:  # e.g. ReportLab's own list of pending page actions
            return
        while self._more is not None and len(flowables) < LOOKAHEAD:
            try:
                chunk = next(self._more)
            except StopIteration:
                self._more = None
                break
            flowables[-1:-1] = chunk  # before the marker, which stays last
        if flowables and flowables[0] is self.marker and self._more is None:
            flowables[0] = None  # the story is done; ReportLab drops a None
            return
        header = getattr(flowables[0], "compile_header", None) if flowables else None
        if header is not None and self._fresh_page:
            flowables.insert(0, header())

    def handle_pageBegin(self) -> None:  # noqa: N802, D102 - ReportLab hook
        super().handle_pageBegin()
        self._fresh_page = True

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802, D102 - ReportLab hook
        super().afterFlowable(flowable)
        self.picture_bytes += getattr(flowable, "picture_bytes", 0)
        if not isinstance(flowable, ActionFlowable):  # e.g. the page's own start
            self._fresh_page = False


APPENDIX_IN_PARTS = 100
"""With every answer and more participants than this, the document is made in parts."""
PART_PAGES = 300
"""Pages at most in one part (each saved, then let go, before the next is laid out)."""
PART_PICTURE_BYTES = 24 * 2**20
"""A part ends sooner when the pictures on its pages add up to this (their bytes in the spool)."""


def write_pdf(
    compiler: OutcomeWriter,
    temporary: Path,
    check_cancel: Callable[[], None],
    progress: Callable[[float], None],
) -> int:
    """Lay the outcome document out into ``temporary``; returns the number of pages.

    With every answer of many participants (``APPENDIX_IN_PARTS``), ReportLab would hold tens
    of thousands of pages and all their pictures until it writes the file: the document is
    then laid out in parts of at most ``PART_PAGES`` pages, each saved to the work folder as
    soon as it is made, and the parts are joined (``pdfjoin``), with one outline. Its footers
    then say "page n", without the count, which is only known at the end.
    """
    pack = compiler.pack
    title = compiler.t(pack.title)
    short_title = layout.footer_title(title)
    in_parts = compiler.all_answers and compiler.data.participants > APPENDIX_IN_PARTS
    story = compiler.body(progress)
    carry: list[Any] = compiler.front()
    parts: list[Path] = []
    outline: list[pdfjoin.OutlineEntry] = []
    offset = 0
    if in_parts:
        footer = translate("compile", "{title} — outcome document — page {page}")
    else:
        footer = translate("compile", "{title} — outcome document — page {page} of {total}")
    while True:
        target = compiler.data.work / f"part-{len(parts) + 1}.pdf" if in_parts else temporary
        doc = layout.make_document(
            target,
            page_size=PAGE_SIZES["a4"],
            title=translate("compile", "{title} — Outcome document").format(title=title),
            author="",
            subject=translate("compile", "Answers of {count} participants").format(
                count=compiler.data.participants
            ),
            language=pack.language,
            on_flowable=check_cancel,
            doc_class=OutcomeDoc,
            more=story,
            page_budget=PART_PAGES if in_parts else None,
            outline_in_canvas=not in_parts,
        )
        if not parts:
            compiler.prepare(doc.width, doc.height)
        # Each page waits for the page count compressed, not as thousands of small strings.
        canvas = layout.numbered_canvas(
            lambda n, total: footer.format(title=short_title, page=n, total=total),
            compact=True,
            first_page=offset + 1,
        )
        doc.story[0:0] = carry
        if not in_parts:
            doc.build(doc.story, canvasmaker=canvas)
            pages: int = doc.page
            return pages
        try:
            doc.build(doc.story, canvasmaker=canvas)
        except OSError as error:  # the part, in the work folder: not where the PDF goes
            raise CompileError(
                translate(
                    "compile",
                    "Could not write temporary files in {folder} ({error}). Nothing was written.",
                ).format(folder=target.parent, error=error.strerror or error)
            ) from None
        parts.append(target)
        outline += [
            pdfjoin.OutlineEntry(level, text, offset + page, closed=level > 0)
            for level, text, page in doc.headings
        ]
        offset += doc.page
        exhausted = doc.exhausted
        carry = doc.carry
        del doc, canvas
        gc.collect()  # the part's document is a cycle of objects holding its pictures
        while not carry and not exhausted:  # (is anything left at all?)
            chunk = next(story, None)
            if chunk is None:
                break
            carry = chunk
        if not carry:
            break
    with open(temporary, "wb") as out:
        return pdfjoin.join(parts, out, outline, remove=True)
