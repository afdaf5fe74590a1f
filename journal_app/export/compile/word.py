"""The outcome document as a Word file: the story's blocks as WordprocessingML, streamed.

The same story as the PDF (``story.Outcome``: the same words, quotes, counts and order), in the
journal's Word look (``docx.WordKit``) and in Word's own terms, for a facilitator to edit:

- Heading 1 and 2 for sections and groups, Heading 3 for each prompt (Word's navigation pane
  lists them; the appendix's headings sit one level deeper, under its own);
- a participant's answer in the Answer style, "Participant n:" in bold at its start (on a line
  of its own where names are shown or the answer reads right to left);
- counted answers as a bulleted list (List Bullet); the participation table and the answers of
  tables as Word tables, whose heading row repeats on each page;
- a checklist's chart as a table of its options, each with its bar, a picture drawn with Pillow
  as long as its share, then its count and share as text (an option in any script stays text,
  in its own font and direction);
- pictures in rows of a borderless table, each above who and its caption, the caption also its
  alt text.

The document is written as it is generated (``docx.write_streamed``): thousands of participants'
answers are never all in memory, and the pictures are read from the compile's spool one at a time
while the file is written, each stored once however often it is shown.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import docx as python_docx
from docx.oxml.parser import OxmlElement
from PIL import Image

from journal_app.export import QUOTES, docx
from journal_app.export.compile.blocks import Block, PictureCell, Role
from journal_app.export.compile.folding import Folder
from journal_app.export.compile.story import Outcome
from journal_app.export.compile.synthesis import share
from journal_app.export.docx import (
    ACCENT,
    ANSWER,
    BIDI,
    CAPTION,
    CELL,
    COVER,
    HINT,
    NORMAL,
    PAGE_BREAK,
    PPR,
    QUIET,
    SHADE,
    SMALL,
    SUBTITLE,
    TBL,
    TITLE,
    TR,
    TWIPS_PER_MM,
    Look,
    Para,
    WordKit,
    Xml,
    child,
    clean,
)
from journal_app.i18n import translate

LIST_BULLET = "ListBullet"
"""Word's built-in bulleted list style (in python-docx's template, with its numbering)."""
BAR_HEIGHT = 9.0
"""A chart's bar, in points."""
BAR_ROOM = 0.8
"""The share of the bar column a bar of every participant fills (the count follows it)."""


@dataclass(frozen=True)
class _TableHead:
    """A table of answers' titles and column widths (twips)."""

    titles: tuple[str, ...]
    widths: tuple[int, ...]


class OutcomeWordWriter(Outcome, WordKit):
    """The outcome document's blocks as Word paragraphs and tables (see the module)."""

    def __init__(
        self,
        data: Folder,
        document: object,
        check_cancel: Callable[[], None],
        *,
        quotes: int = QUOTES,
    ) -> None:
        Outcome.__init__(self, data, quotes=quotes)
        WordKit.__init__(self, data.pack, None, "a4", document, check_cancel)
        self.width = round(self.text_width * 20)  # twips
        self.prompt_outline = 2
        self.bars = 0

    # -- text

    def say(self, text: str, role: Role, where: str = "", *, bold: bool = False) -> Xml:  # noqa: D102
        look = Look(bold=bold)
        if role is Role.PAGE_TITLE:
            return self.heading(text, 1)
        if role is Role.PROMPT:
            return self.heading(text, 3, outline=self.prompt_outline)
        if role is Role.SUB:
            return self.para(text, NORMAL, look=Look(bold=True), keep_next=True, before=120)
        styles = {
            Role.BODY: NORMAL,
            Role.HINT: HINT,
            Role.SMALL: SMALL,
            Role.ITEM: LIST_BULLET,
            Role.LISTED: ANSWER,
            Role.CAPTION: CAPTION,
        }
        return self.para(text, styles[role], look=look)

    def title(self, text: str, size: int, level: int) -> Xml:  # noqa: D102
        self.prompt_outline = level + 1  # a prompt's heading sits under the last one
        return self.heading(text, size, outline=level)

    def new_page(self) -> list[Block]:  # noqa: D102
        return [PAGE_BREAK]

    def cover(self, title: str, subtitle: str, lines: Sequence[str]) -> list[Block]:  # noqa: D102
        return [
            self.para(title, TITLE, before=round(60 * TWIPS_PER_MM)),
            self.para(subtitle, SUBTITLE),
            *(self.para(line, COVER) for line in lines),
            PAGE_BREAK,
        ]

    def attribution(self) -> list[Block]:  # noqa: D102
        return self.credits()

    def answer(self, number: int, text: str, where: str) -> list[Block]:
        """Who, in bold at the start of the answer's first paragraph; then the answer."""
        label = self.who(number) + ":"
        parts = self.paragraphs(text, ANSWER)
        label_look = Look(bold=True, color=QUIET)
        if self.data.show_names or not parts or parts[0].find(f"{PPR}/{BIDI}") is not None:
            # A name may be in any script, and a right-to-left answer starts on the right: the
            # label is a line of its own.
            return [self.para(label, ANSWER, look=label_look, keep_next=True), *parts]
        first = parts[0]
        runs = list(first)[1:]  # after its properties
        holder = self.para(label + " ", ANSWER, look=label_look)
        self.paragraph_count -= 1
        for run in list(holder)[1:]:
            if runs:
                runs[0].addprevious(run)
            else:
                first.append(run)
        return parts

    # -- tables

    def key_values(self, rows: Sequence[tuple[str, str]]) -> Xml:  # noqa: D102
        widths = [round(self.width * 0.42), self.width - round(self.width * 0.42)]
        table = self.table([float(w) for w in widths])
        for label, value in rows:
            row = child(table, "tr")
            self.cell(row, widths[0], SHADE).append(self.para(label, CELL, look=Look(bold=True)))
            self.cell(row, widths[1], None).append(self.para(value, CELL))
        return table

    def chart(self, prompt_id: str, bars: Sequence[tuple[str, int]]) -> Xml:  # noqa: D102
        n = self.data.participants
        widths = [round(self.width * 0.42), self.width - round(self.width * 0.42)]
        room = (widths[1] - 230) / 20 * BAR_ROOM  # points, for a bar of every participant
        table = self.table([float(w) for w in widths])
        for label, count in bars:
            row = child(table, "tr")
            self.cell(row, widths[0], None, center=True).append(self.para(label, CELL))
            cell = self.cell(row, widths[1], None, center=True)
            figure = f"{count} ({share(count, n)})"
            length = room * count / n if n else 0.0
            if length <= 0:
                cell.append(self.para(figure, CELL))
                continue
            self.bars += 1
            width_px = max(1, round(length / 0.75))
            height_px = max(1, round(BAR_HEIGHT / 0.75))
            paragraph = self.picture_from(
                f"bar-{self.bars}",
                "image/png",
                _bar_png(width_px, height_px),
                width_px,
                height_px,
                figure,
                max_width=length,
                max_height=BAR_HEIGHT,
                keep_next=False,
                after=0,
            )
            properties = paragraph[0]
            paragraph.replace(properties, Para(style=CELL).element())
            self.runs(paragraph, f" {figure}", Look(size=17))
            cell.append(paragraph)
        return table

    def table_head(self, titles: Sequence[str]) -> _TableHead:  # noqa: D102
        first = round((38 if self.data.show_names else 26) * TWIPS_PER_MM)
        count = len(titles) - 1
        rest = (self.width - first) // max(1, count)
        return _TableHead(tuple(titles), (first, *[rest] * count))

    def table_start(self, head: _TableHead) -> Xml:  # noqa: D102
        table = self.table([float(w) for w in head.widths])
        row = child(table, "tr")
        child(child(row, "trPr"), "tblHeader")  # repeated at the top of each page
        for title, width in zip(head.titles, head.widths, strict=True):
            self.cell(row, width, SHADE).append(self.para(title, CELL, look=Look(bold=True)))
        return table

    def table_row(self, head: _TableHead, who: str, texts: Sequence[str], where: str) -> Xml:  # noqa: D102
        row = OxmlElement("w:tr")  # (a row of its own: prefixed w:, as the table it joins)
        for text, width in zip((who, *texts), head.widths, strict=True):
            cell = self.cell(row, width, None)
            pieces = self.paragraphs(text, CELL) if text.strip() else []
            for piece in pieces or [self.para("", CELL)]:
                cell.append(piece)
        return row

    # -- pictures

    def picture_row(
        self, cells: Sequence[PictureCell], per_row: int, max_height: float, *, upscale: bool
    ) -> Xml:
        """A borderless table of ``per_row`` cells, each a picture above its labels."""
        width = self.width // per_row
        table = self.table([float(width)] * per_row, borders="none")
        row = child(table, "tr")
        for cell in cells:
            holder = self.cell(row, width, None)
            picture = cell.picture
            caption = " ".join(text for text, _ in cell.labels[-1:])
            holder.append(
                self.picture_from(
                    picture.key,  # (placed twice, in the contact sheet and the appendix)
                    picture.media_type,
                    picture.read,
                    picture.width,
                    picture.height,
                    caption,
                    max_width=width / 20 - 12,
                    max_height=max_height * 72 / 25.4,
                    upscale=upscale,
                )
            )
            for text, _where in cell.labels:
                holder.append(self.para(text, CAPTION, extra=Para(after=20)))
        for _ in range(per_row - len(cells)):  # the row's other cells, empty
            self.cell(row, width, None).append(self.para("", CAPTION))
        return table

    # -- layout

    def keep_together(self, blocks: list[Block]) -> list[Block]:  # noqa: D102
        return docx.keep_together(blocks)

    def gap(self, height: float) -> list[Block]:  # noqa: D102
        return []  # (Word's styles space the paragraphs; a table is set apart, see _separated)


def _bar_png(width: int, height: int) -> Callable[[], bytes]:
    """A bar of the journal's accent colour, as PNG bytes (made when the file is written)."""

    def draw() -> bytes:
        out = io.BytesIO()
        Image.new("RGB", (width, height), f"#{ACCENT}").save(out, "PNG", optimize=True)
        return out.getvalue()

    return draw


def _separated(blocks: Iterable[Block]) -> Iterator[Block]:
    """The blocks, with a small empty paragraph between two tables (Word would join them)."""
    last = None
    for block in blocks:
        tag = getattr(block, "tag", None)
        if tag == TBL and last == TBL:
            spacer = OxmlElement("w:p")
            spacer.append(Para(style=NORMAL, after=0, line=80).element())
            yield spacer
        if tag != TR:
            last = tag
        yield block


def write_docx(
    data: Folder,
    temporary: Path,
    check_cancel: Callable[[], None],
    progress: Callable[[float], None],
    *,
    quotes: int = QUOTES,
) -> int:
    """Write the outcome document as a Word file into ``temporary``; returns its paragraphs."""
    document = python_docx.Document()
    writer = OutcomeWordWriter(data, document, check_cancel, quotes=quotes)
    title = writer.t(data.pack.title)
    docx.set_up(
        document,
        writer,
        title=title,
        author="",
        subject=translate("compile", "Answers of {count} participants").format(
            count=data.participants
        ),
        page_size="a4",
        footer=translate("compile", "{title} — outcome document — page {page} of {total}"),
    )
    whole_title = translate("compile", "{title} — Outcome document").format(title=title)
    document.core_properties.title = clean(whole_title)[:255]

    def blocks() -> Iterator[Block]:
        yield from writer.front()
        for chunk in writer.body(progress):
            check_cancel()
            yield from chunk

    docx.write_streamed(document, temporary, _separated(blocks()))
    return writer.paragraph_count


__all__ = ["OutcomeWordWriter", "write_docx"]
