"""The filled journal as a PDF worth printing and sending (ReportLab Platypus).

A cover, the pack's attribution and licence on its back, a table of contents with page numbers,
PDF bookmarks for sections and groups, "page x of y" footers, every prompt in the pack's order
with its answer (one renderer per prompt kind, ``RENDERERS``), answers to prompts the pack no
longer has at the end, and document metadata. ``blank=True`` makes the printable empty workbook.

Export only reads the journal. The PDF is written to a temporary file beside the target and
renamed into place, so a failure or a cancel leaves no half file and an older file intact.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from journal_app import files
from journal_app.export import fonts, layout
from journal_app.export.layout import (
    ACCENT,
    PAGE_SIZES,
    RULE,
    SHADE,
    PageSize,
    cover_date,
    missing_details,
    missing_summary,
)
from journal_app.export.layout import (
    ExportCancelled as ExportCancelled,
)
from journal_app.export.layout import (
    ExportError as ExportError,
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
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)
from journal_app.store.answers import (
    Answer,
    AnswerValue,
    ChecklistValue,
    ItemsValue,
    StemsValue,
    TableValue,
    TextValue,
)
from journal_app.store.records import visible_name
from journal_app.store.repository import ImageInfo, Journal, Repository


@dataclass(frozen=True, slots=True)
class PdfOptions:
    """What to put in the PDF."""

    page_size: PageSize = "a4"
    blank: bool = False
    skip_unanswered: bool = False
    language: str | None = None
    include_private: bool = False
    """Print the answers marked private (each then marked so); left out by default."""
    author: str | None = None
    """The name on the cover and in the PDF's properties; None: the journal's name, unless it
    is a name the app gave (see :func:`cover_name`)."""

    @property
    def short(self) -> bool:
        """Whether this is "My answers": only what was answered, the front matter brief."""
        return self.skip_unanswered and not self.blank


@dataclass
class JournalContent:
    """What the exporter reads from the store, gathered by the caller (see ``gather``).

    ``image_bytes`` is called once per picture while the PDF is laid out, so at most one
    picture's bytes are in memory at a time.
    """

    journal: Journal | None
    answers: dict[str, Answer] = field(default_factory=dict)
    images: list[ImageInfo] = field(default_factory=list)
    image_bytes: Callable[[int], bytes] = lambda _id: b""


@dataclass
class ExportReport:
    """What was written, and the characters no bundled font could draw (with where)."""

    path: Path
    pages: int
    missing: dict[str, list[str]] = field(default_factory=dict)
    placed: list[tuple[int, str]] = field(default_factory=list)
    """Each flowable's page and role, in order (see ``layout.JournalDoc``)."""
    page_ends: list[tuple[int, float, bool]] = field(default_factory=list)
    """Each page's unused share of its text area, and whether it was ended on purpose."""

    def missing_summary(self) -> str | None:
        """One line on the characters no bundled font has, by script, or None.

        Complete (every character counted), short (a few shown per script), and true to the
        PDF: such characters are drawn as empty boxes (fonts route them to one whose missing
        glyph is a box). :meth:`missing_details` lists them all.
        """
        return missing_summary(self.missing)

    def missing_details(self) -> list[str]:
        """One line per character no bundled font has: code, name, script and where."""
        return missing_details(self.missing)


# ----------------------------------------------------------------------------- rendering


FEW_ANSWERS = 12
""""My answers" with no more answers than this has no contents page (it is a few pages)."""


class _Renderer(layout.Writer):
    """Builds the story (the list of flowables) of one journal."""

    def __init__(
        self, pack: Pack, content: JournalContent, options: PdfOptions, face: fonts.Fonts
    ) -> None:
        super().__init__(pack, face, options.language)
        self.content = content
        self.options = options
        # What must stay together is kept so by layout.KeepWithStart, which, unlike ReportLab's
        # keepWithNext, keeps only the start of a long answer with its prompt.
        s = self.styles
        self.styles = replace(
            s,
            prompt=ParagraphStyle("prompt-free", parent=s.prompt, keepWithNext=0),
            hint=ParagraphStyle("hint-free", parent=s.hint, keepWithNext=0),
            h1=ParagraphStyle("h1-free", parent=s.h1, keepWithNext=0),
            h2=ParagraphStyle("h2-free", parent=s.h2, keepWithNext=0),
        )
        self.item_style = ParagraphStyle(
            "item", parent=s.answer, leftIndent=s.answer.leftIndent + 14, firstLineIndent=-14
        )
        self._images_by_prompt: dict[str, list[ImageInfo]] = {}
        for info in content.images:
            self._images_by_prompt.setdefault(info.prompt_id, []).append(info)

    # -- the whole document

    def story(self, on_progress: Callable[[float], None]) -> list[Flowable]:
        """The whole document: cover, credits, contents, front matter, sections, back matter.

        Headings, introductions and prompts are kept on a page with the start of what follows
        (``layout.KeepWithStart``); the contents are laid out in the same pass as the rest.
        """
        s = self.styles
        short = self.options.short
        story: list[Flowable] = [*self.cover(), NextPageTemplate("body"), PageBreak()]
        if not short:  # "My answers" has its credits on the cover, and no front matter
            story += self.credits()
            story.append(PageBreak())
        body: list[Flowable] = []
        for page in () if short else self.pack.front_matter:
            body.append(self.heading(self.t(page.title), s.h1, 0))
            body += self.paragraphs(self.t(page.body), s.body)
            for note in page.footnotes:
                body.append(self.para(self.t(note), s.small))
            body.append(PageBreak())
        sections = self.pack.sections
        if short:  # only the sections with answers
            printed = self.printed_prompt_ids
            sections = tuple(
                section for section in sections if any(p.id in printed for p in section.prompts())
            )
        started = False
        for number, section in enumerate(sections):
            pending: list[Flowable] = [self.heading(self.section_title(section), s.h1, 0)]
            if section.intro:
                pending += self.intro(self.t(section.intro))
            section_body: list[Flowable] = []
            for group in section.groups:
                blocks = self.group_blocks(group)
                if not blocks and self.options.skip_unanswered:
                    continue
                if group.title is not None:
                    pending.append(self.heading(self.t(group.title), s.h2, 1))
                if group.intro:
                    pending += self.intro(self.t(group.intro))
                for head, rest in blocks:
                    head = pending + head
                    pending = []
                    section_body.append(layout.KeepWithStart(head, rest[0] if rest else None))
                    section_body += head + rest
                section_body += pending  # a group with nothing below its heading
                pending = []
            on_progress((number + 1) / (len(sections) + 1))
            if not section_body and self.options.skip_unanswered:
                continue  # nothing of it is printed: not its heading either
            if started and not short:  # each section on a page of its own; "My answers" runs on
                body.append(PageBreak())
            body += section_body or pending
            started = True
        for part in (self.orphans(), self.edition_notes()):
            if (
                part
                and isinstance(part[0], PageBreak)
                and (not body or isinstance(body[-1], PageBreak))
            ):
                part = part[1:]  # nothing before it on its page: no empty page
            body += part
        if short and len(self.printed_prompt_ids) <= FEW_ANSWERS:
            return story + body  # a few pages: the bookmarks are contents enough
        contents = layout.Contents(layout.contents_of(body), self.contents_styles())
        story += [self.para(translate("pdf", "Contents"), s.toc_title), contents, PageBreak()]
        return story + body

    def contents_styles(self) -> list[ParagraphStyle]:
        """The contents' entries: sections and pages, then groups indented."""
        s = self.styles
        return [
            ParagraphStyle("toc1", parent=s.body, firstLineIndent=0, spaceBefore=6),
            ParagraphStyle(
                "toc2", parent=s.body, leftIndent=14, firstLineIndent=0, fontSize=9.5, leading=13
            ),
        ]

    def intro(self, text: str) -> list[Flowable]:
        """An introduction's paragraphs, which stay with the heading or prompt below them."""
        parts = self.paragraphs(text, self.styles.body)
        for part in parts:
            part.role = "intro"
        return parts

    def group_blocks(self, group: Group) -> list[tuple[list[Flowable], list[Flowable]]]:
        """Each prompt of ``group`` as (what must stay together, its answer), in print order.

        Where the source lost a numbered item, a line says so in its place (after the item
        before it).
        """
        numbered = sorted(
            ((int(m.number), m) for m in group.missing if m.number and m.number.isdigit()),
            key=lambda pair: pair[0],
        )
        blocks: list[tuple[list[Flowable], list[Flowable]]] = []
        if self.options.short:  # "My answers" is about the answers
            numbered = []
        answered = False
        for prompt in group.prompts:
            if prompt.number and prompt.number.isdigit():
                while numbered and numbered[0][0] < int(prompt.number):
                    blocks.append(([], [self.missing_item(numbered.pop(0)[1])]))
            block = self.prompt(prompt)
            if block is not None:
                blocks.append(block)
                answered |= prompt.answerable
        if not answered and self.options.skip_unanswered:
            return []
        if self.options.short:
            return blocks
        at_end = [m for _, m in numbered]
        at_end += [m for m in group.missing if not (m.number and m.number.isdigit())]
        return blocks + [([], [self.missing_item(m)]) for m in at_end]

    def missing_item(self, missing: MissingItem) -> Flowable:
        """The line where the printed journal has an item its source lost."""
        if missing.number:
            text = translate(
                "pdf", "Item {number} of the printed journal could not be recovered."
            ).format(number=missing.number)
        else:
            text = translate("pdf", "An item of the printed journal could not be recovered.")
        return self.para(text, self.styles.hint)

    def cover(self) -> list[Flowable]:
        """Title, subtitle, the author's name and the dates of the answers (or today's)."""
        s = self.styles
        short = self.options.short
        parts: list[Flowable] = [
            Spacer(1, (40 if short else 60) * mm),
            self.para(self.t(self.pack.title), s.cover_title),
        ]
        if self.pack.subtitle:
            parts.append(self.para(self.t(self.pack.subtitle), s.cover_subtitle))
        if self.options.blank:
            parts.append(self.para(translate("pdf", "A workbook to fill in by hand"), s.cover_meta))
            parts.append(self.para(cover_date(), s.cover_meta))
            return parts
        name = cover_name(self.content.journal, self.options.author)
        if name:
            parts.append(self.para(name, s.cover_meta, bold=True))
        parts.append(self.para(answers_span(self.printed_dates()) or cover_date(), s.cover_meta))
        if short:  # the attribution and licence, brief, on the cover itself
            parts.append(Spacer(1, 30 * mm))
            parts += self.brief_credits()
        return parts

    def printed_dates(self) -> list[date]:
        """The days (here, in local time) the printed answers and pictures were last saved on."""
        return printed_dates(self.content, self.printed_prompt_ids)

    @cached_property
    def printed_prompt_ids(self) -> frozenset[str]:
        """The prompts whose answers the document prints (worked out once)."""
        return printed_prompt_ids(self.pack, self.content, self.options)

    # -- prompts

    def prompt(self, prompt: AnyPrompt) -> tuple[list[Flowable], list[Flowable]] | None:
        """The prompt as (its words, which stay together, and its answer), or None if left out.

        Wording supplied for this edition (``reconstructed``) is marked with
        :data:`RECONSTRUCTED_MARK`, explained under "About this edition".
        """
        answer = None if self.options.blank else self.content.answers.get(prompt.id)
        images = [] if self.options.blank else self._images_by_prompt.get(prompt.id, [])
        answered = (answer is not None and not answer.is_empty()) or bool(images)
        skipped = answer is not None and answer.skipped
        if prompt.answerable and self.options.skip_unanswered and (not answered or skipped):
            return None
        s = self.styles
        heading = self.t(prompt.text)
        if prompt.number:
            heading = f"{prompt.number}. {heading}"
        if prompt.reconstructed:
            heading = f"{heading} {RECONSTRUCTED_MARK}"
        if isinstance(prompt, NotePrompt):  # a fact box: the journal's, not an answer
            return (
                None
                if self.options.short
                else ([], RENDERERS[PromptKind.NOTE](self, prompt, None, []))
            )
        head: list[Flowable] = [self.para(heading, s.prompt, prompt.id)]
        if answer is not None and answer.private:  # only here when the person asked for it
            head.append(
                self.para(
                    translate("pdf", "Private answer: kept out of hand-ins, printed on request."),
                    s.small,
                )
            )
        if isinstance(prompt, AnswerablePrompt) and prompt.hint is not None:
            head.append(self.para(self.t(prompt.hint), s.hint))
        for part in head:
            part.role = "prompt"
        value = answer.value if answer is not None else None
        rest = RENDERERS[prompt.kind](self, prompt, value, images)
        if isinstance(prompt, ImagePrompt) and images:
            # The words written for a picture prompt (the meal's name) stay with the prompt and
            # its first picture: all on one page.
            words = list(itertools.takewhile(lambda f: not isinstance(f, layout.Figure), rest))
            head += words
            rest = rest[len(words) :]
        if answer is not None and answer.time_spent_seconds:
            minutes, seconds = divmod(answer.time_spent_seconds, 60)
            if seconds:
                spent = translate("pdf", "Time spent: {minutes} min {seconds:02d} s")
            else:
                spent = translate("pdf", "Time spent: {minutes} min")
            rest.append(self.para(spent.format(minutes=minutes, seconds=seconds), s.small))
        if skipped and not answered:
            rest.append(self.para(translate("pdf", "Skipped on purpose."), s.hint))
        return head, rest

    def edition_notes(self) -> list[Flowable]:
        """The "About this edition" part: the wording supplied (marked †), the items left out."""
        said = edition_notes(self.pack, self.t, self.options, self.printed_prompt_ids)
        if said is None:
            return []
        s = self.styles
        parts: list[Flowable] = [
            PageBreak(),
            self.heading(translate("pdf", "About this edition"), s.h1, 0),
        ]
        if said.notes is not None:
            parts += self.paragraphs(said.notes, s.body)
        if said.supplied:
            parts.append(self.para(translate("pdf", "Wording supplied"), s.prompt))
            parts.append(self.para(supplied_explanation(), s.small))
            parts += [self.para(line, s.small) for line in said.supplied]
        if said.left_out:
            parts.append(self.para(translate("pdf", "Items left out"), s.prompt))
            parts += [self.para(line, s.small) for line in said.left_out]
        return parts

    def lines(self, count: int) -> Flowable:
        return layout.Lines(count)

    def orphans(self) -> list[Flowable]:
        lost = lost_answers(self.pack, self.content, self.options)
        if not lost:
            return []
        s = self.styles
        parts: list[Flowable] = [
            PageBreak(),
            self.heading(translate("pdf", "Answers to prompts no longer in this journal"), s.h1, 0),
        ]
        parts.append(
            self.para(
                translate(
                    "pdf",
                    "A newer version of the journal no longer has these prompts; your answers are"
                    " kept.",
                ),
                s.hint,
            )
        )
        for answer in lost:
            parts.append(
                self.para(answer.prompt_text or answer.prompt_id, s.prompt, answer.prompt_id)
            )
            parts += _value_paragraphs(self, answer.value, answer.prompt_id)
        return parts


def _value_paragraphs(r: _Renderer, value: AnswerValue | None, where: str) -> list[Flowable]:
    """Any stored value as plain paragraphs (for answers whose prompt is gone)."""
    s = r.styles
    match value:
        case TextValue(text=text):
            return r.paragraphs(text, s.answer, where)
        case ItemsValue(items=items):
            return [
                r.para(f"{i + 1}. {t}", s.answer, where) for i, t in enumerate(items) if t.strip()
            ]
        case ChecklistValue():
            chosen = list(value.checked) + ([value.other_text] if value.other_checked else [])
            return [r.para("☒ " + c, s.answer, where) for c in chosen]
        case TableValue(cells=cells):
            return [r.para(f"{row} / {col}: {t}", s.answer, where) for row, col, t in cells]
        case StemsValue(completions=completions):
            return [r.para(f"{k}: {t}", s.answer, where) for k, t in completions]
    return []


def _render_text(
    r: _Renderer, prompt: TextPrompt, value: AnswerValue | None, _images: list[ImageInfo]
) -> list[Flowable]:
    s = r.styles
    if not prompt.items:
        text = value.text if isinstance(value, TextValue) else ""
        return r.paragraphs(text, s.answer, prompt.id) or [r.lines(6)]
    texts = list(value.items) if isinstance(value, ItemsValue) else [""] * len(prompt.items)
    parts: list[Flowable] = []
    for index, item in enumerate(prompt.items):
        label = r.t(item.label) if item.label is not None else f"{index + 1}."
        text = texts[index] if index < len(texts) else ""
        if item.label is not None:
            parts.append(r.para(label, s.hint))
            parts += r.paragraphs(text, s.answer, prompt.id) or [r.lines(3)]
        elif text.strip():  # the number hangs: the item's other lines align with its text
            parts.append(r.para(f"{label} {text}", r.item_style, prompt.id))
        else:
            parts.append(KeepTogether([r.para(label, s.answer), r.lines(1)]))
    return parts


def _render_checklist(
    r: _Renderer, prompt: ChecklistPrompt, value: AnswerValue | None, _images: list[ImageInfo]
) -> list[Flowable]:
    s = r.styles
    chosen = value if isinstance(value, ChecklistValue) else ChecklistValue()
    cells = [
        r.para(("☒ " if o.id in chosen.checked else "☐ ") + r.t(o.text), s.cell, prompt.id)
        for o in prompt.options
    ]
    columns = max(1, prompt.columns)
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] += [Paragraph("", s.cell)] * (columns - len(rows[-1]))
    width = r.frame_width / columns
    table = Table(rows, colWidths=[width] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 8)])
    )
    parts: list[Flowable] = [table]
    if prompt.other is not None:
        box = "☒ " if chosen.other_checked else "☐ "
        other = f"{box}{r.t(prompt.other)} {chosen.other_text}".rstrip()
        parts.append(r.para(other, s.answer, prompt.id))
        if not chosen.other_text.strip() and (r.options.blank or not chosen.other_checked):
            parts.append(r.lines(1))
    return parts


class _AnswerTable(Table):
    """A table that splits between rows, and inside a row only when it must.

    A row taller than a whole page (a long answer in one cell) would fail the export with
    ReportLab's LayoutError; splitting inside rows everywhere would instead leave slivers of rows
    and repeated headers at page bottoms. So a row is split only on a fresh page, where nothing
    else can be done. ``full_height`` (the frame's height) is set on a subclass per document,
    since ReportLab makes the pieces with ``self.__class__``.
    """

    full_height = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803, D102
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts or availHeight < self.full_height * 0.95:  # not a fresh page (frame padding aside)
            return parts  # split between rows, or moved whole to the next page
        self.splitInRow = 1
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = 0
        for part in parts:
            if isinstance(part, Table):
                part.splitInRow = 0
        return parts


@cache
def _answer_table(full_height: float) -> type[_AnswerTable]:
    return type("_AnswerTable", (_AnswerTable,), {"full_height": full_height})


def _render_table(
    r: _Renderer, prompt: TablePrompt, value: AnswerValue | None, _images: list[ImageInfo]
) -> list[Flowable]:
    s = r.styles
    stored = value if isinstance(value, TableValue) else TableValue()
    data: list[list[Any]] = []
    if prompt.has_header:
        header = [r.para(r.t(c.title), s.cell_head) for c in prompt.columns]
        data.append(([Paragraph("", s.cell_head)] if prompt.numbered else []) + header)
    for row in prompt.rows:
        cells: list[Any] = [Paragraph(row.id, s.cell)] if prompt.numbered else []
        for column in prompt.columns:
            fixed = row.fixed(column.id)
            text = r.t(fixed) if fixed is not None else stored.get(row.id, column.id)
            cells.append(r.chunked(text, s.cell, prompt.id) if text else Spacer(1, 14 * mm))
        data.append(cells)
    count = len(prompt.columns)
    number_width = 8 * mm if prompt.numbered else 0
    widths = ([number_width] if prompt.numbered else []) + [
        (r.frame_width - number_width) / count
    ] * count
    table = _answer_table(r.frame_height)(
        data, colWidths=widths, repeatRows=1 if prompt.has_header else 0, hAlign="LEFT"
    )
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if prompt.has_header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    first_row = 1 if prompt.has_header else 0
    offset = 1 if prompt.numbered else 0
    for r_index, row in enumerate(prompt.rows):
        for c_index, column in enumerate(prompt.columns):
            if row.fixed(column.id) is not None:
                cell = (c_index + offset, r_index + first_row)
                style.append(("BACKGROUND", cell, cell, colors.HexColor("#f6f8fa")))
    table.setStyle(TableStyle(style))
    return [table]


def _render_image(
    r: _Renderer, prompt: ImagePrompt, value: AnswerValue | None, images: list[ImageInfo]
) -> list[Flowable]:
    s = r.styles
    parts: list[Flowable] = []
    if prompt.writing:  # the written answer first, then the picture or drawing
        text = value.text if isinstance(value, TextValue) else ""
        parts += r.paragraphs(text, s.answer, prompt.id) or ([] if images else [r.lines(3)])
    if not images:
        if prompt.drawing:
            label = translate("pdf", "Stick a photo here or draw")
        else:
            label = translate("pdf", "Stick a photo here")
        return [*parts, layout.Box(70 * mm, label, s.small)]
    caption_style = ParagraphStyle("caption", parent=s.small, alignment=TA_CENTER)
    for info in images:
        # Read from the store when first drawn (never copied to the disk), a JPEG as it is.
        caption = r.para(info.caption, caption_style, prompt.id) if info.caption.strip() else None
        frame = (r.frame_width, r.frame_height)
        read = functools.partial(r.content.image_bytes, info.id)
        size = (info.width, info.height)
        parts.append(layout.Figure(str(info.id), read, size, caption, frame))
    return parts


def _render_stems(
    r: _Renderer, prompt: StemsPrompt, value: AnswerValue | None, _images: list[ImageInfo]
) -> list[Flowable]:
    s = r.styles
    stored = value if isinstance(value, StemsValue) else StemsValue()
    parts: list[Flowable] = []
    for stem in prompt.stems:
        completion = stored.get(stem.id)
        if completion.strip():
            parts.append(r.para(f"{r.t(stem.text)} … {completion}", s.answer, prompt.id))
        else:
            parts.append(KeepTogether([r.para(f"{r.t(stem.text)} …", s.answer), r.lines(2)]))
    return parts


def _render_note(
    r: _Renderer, prompt: NotePrompt, _value: AnswerValue | None, _images: list[ImageInfo]
) -> list[Flowable]:
    s = r.styles
    inner: list[Flowable] = []
    if prompt.title is not None:
        inner.append(r.para(r.t(prompt.title), s.body, bold=True))
    inner += r.paragraphs(r.t(prompt.text), s.body)
    if prompt.source is not None:
        source = translate("pdf", "Source: {source}").format(source=r.t(prompt.source))
        inner.append(r.para(source, s.small))
    box = Table([[inner]], colWidths=[r.frame_width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [Spacer(1, 3 * mm), box, Spacer(1, 3 * mm)]


Renderer = Callable[[_Renderer, Any, AnswerValue | None, list[ImageInfo]], list[Flowable]]
RENDERERS: dict[PromptKind, Renderer] = {
    PromptKind.TEXT: _render_text,
    PromptKind.CHECKLIST: _render_checklist,
    PromptKind.TABLE: _render_table,
    PromptKind.IMAGE: _render_image,
    PromptKind.STEMS: _render_stems,
    PromptKind.NOTE: _render_note,
}
"""One renderer per prompt kind (a test checks every kind has one)."""


# ----------------------------------------------------------------------------- export


def export_pdf(
    pack: Pack,
    content: JournalContent,
    target: Path,
    options: PdfOptions = PdfOptions(),
    *,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportReport:
    """Write the journal (or, with ``options.blank``, the empty workbook) to ``target``.

    Raises:
        ExportError: the target cannot be written, the disk is full, a font is missing…
            (nothing is left behind and an existing file is untouched).
        ExportCancelled: ``cancelled()`` returned True while laying out.
    """
    try:
        face = fonts.register_fonts()
    except fonts.FontError as error:
        raise ExportError(str(error)) from None
    target = Path(target)
    folder = existing_folder(target)
    progress = on_progress or (lambda _fraction: None)
    content = shareable(content, options)
    renderer = _Renderer(pack, content, options, face)
    check_cancel = cancel_check(cancelled)

    title = renderer.t(pack.title)
    footer = translate("pdf", "{title} — page {page} of {total}")
    short_title = layout.footer_title(title)
    journal = content.journal
    try:
        # Clears first what an export killed earlier left (a logout mid-export).
        with files.atomic_output(target, suffix=".partial") as temporary:
            doc = layout.make_document(
                temporary,
                page_size=PAGE_SIZES[options.page_size],
                title=title,
                author="" if options.blank else cover_name(journal, options.author),
                subject=renderer.t(pack.subtitle) if pack.subtitle else title,
                language=options.language or pack.language,
                on_flowable=check_cancel,
                doc_class=layout.JournalDoc,
            )
            renderer.frame_width, renderer.frame_height = doc.width, doc.height
            story = renderer.story(progress)
            check_cancel()
            canvas = layout.numbered_canvas(
                lambda n, total: footer.format(title=short_title, page=n, total=total)
            )
            doc.build(story, canvasmaker=canvas)  # one pass: the contents are sized ahead
            pages: int = doc.page
            placed, page_ends = doc.placed, doc.page_ends
    except fonts.FontError as error:  # a font opened when a text first needs it
        raise ExportError(str(error)) from None
    except LayoutError:
        raise ExportError(layout.too_tall_for_a_page()) from None
    except OSError as error:
        raise ExportError(layout.describe_write_error(error, folder)) from None
    progress(1.0)
    return ExportReport(target, pages, renderer.missing, placed, page_ends)


def existing_folder(target: Path) -> Path:
    """The folder ``target`` is to be written in.

    Raises:
        ExportError: it does not exist.
    """
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            translate("export", "The folder {folder} does not exist.").format(folder=folder)
        )
    return folder


def shareable(content: JournalContent, options: PdfOptions) -> JournalContent:
    """What an export may print: the answers marked private (and their pictures) only if asked.

    "Private" promises the answer stays on this computer: not in a PDF or a Word file either,
    unless the person asks for it.
    """
    private = {a.prompt_id for a in content.answers.values() if a.private}
    if not private or options.include_private:
        return content
    return replace(
        content,
        answers={k: a for k, a in content.answers.items() if k not in private},
        images=[i for i in content.images if i.prompt_id not in private],
    )


def cancel_check(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    """A function that raises ``ExportCancelled`` once ``cancelled()`` says so."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled(
                translate("export", "The export was cancelled; nothing was written.")
            )

    return check


def printed_prompt_ids(pack: Pack, content: JournalContent, options: PdfOptions) -> frozenset[str]:
    """The prompts whose answers an export prints: answered, or with pictures, not skipped.

    The same for every format (the PDF, the Word document).
    """
    answered = {a.prompt_id for a in content.answers.values() if not a.is_empty()}
    pictured = {p.id for p in pack.prompts() if isinstance(p, ImagePrompt)}
    answered |= {i.prompt_id for i in content.images if i.prompt_id in pictured}
    if options.skip_unanswered:
        answered -= {a.prompt_id for a in content.answers.values() if a.skipped}
    return frozenset(answered)


@dataclass(frozen=True)
class EditionNotes:
    """What "About this edition" says, in the document's language (every format prints it).

    Attributes:
        notes: The pack's notes on how this edition was made, if it has any.
        supplied: A line per prompt whose wording was supplied ("† name: what").
        left_out: A line per item of the printed journal left out ("where: why").
    """

    notes: str | None
    supplied: tuple[str, ...]
    left_out: tuple[str, ...]


def edition_notes(
    pack: Pack, t: Callable[[LocalText | None], str], options: PdfOptions, printed: frozenset[str]
) -> EditionNotes | None:
    """What "About this edition" says (None: the part is left out).

    "My answers" (``options.short``) is about what it prints: the supplied wording of the
    prompts it prints (``printed``), and no items left out.
    """
    rebuilt = pack.reconstructed_prompts()
    missing = [
        (section, group, item)
        for section in pack.sections
        for group in section.groups
        for item in group.missing
    ]
    if options.short:
        rebuilt = tuple(p for p in rebuilt if p.id in printed)
        missing = []
    if not rebuilt and not missing:
        return None
    supplied = []
    for prompt in rebuilt:
        name = t(prompt.short_title) if prompt.short_title else t(prompt.text)
        supplied.append(f"{RECONSTRUCTED_MARK} {name}: {prompt.reconstructed}")
    left_out = []
    for section, group, item in missing:
        where = t(group.title if group.title is not None else section.title)
        if item.number:
            where = translate("pdf", "{place}, item {number}").format(
                place=where, number=item.number
            )
        left_out.append(f"{where}: {item.reason}")
    notes = t(pack.reconstruction_notes) if pack.reconstruction_notes is not None else None
    return EditionNotes(notes, tuple(supplied), tuple(left_out))


def supplied_explanation() -> str:
    """The sentence that says what the mark of supplied wording means."""
    return translate(
        "pdf",
        "Prompts marked {mark} have words that the source of the printed journal lost or"
        " scrambled, supplied for this edition: they are not the journal's own words.",
    ).format(mark=RECONSTRUCTED_MARK)


def lost_answers(pack: Pack, content: JournalContent, options: PdfOptions) -> list[Answer]:
    """The answers to prompts the pack no longer has (printed at the end; none when blank)."""
    if options.blank:
        return []
    known = {p.id for p in pack.prompts()}
    return [a for a in content.answers.values() if a.prompt_id not in known and not a.is_empty()]


def printed_dates(content: JournalContent, printed: frozenset[str]) -> list[date]:
    """The days (here, in local time) the printed answers and pictures were last saved on."""
    days = [
        a.updated_at.astimezone().date()
        for a in content.answers.values()
        if a.prompt_id in printed and not a.is_empty()
    ]
    days += [
        i.created_at.astimezone().date()
        for i in content.images
        if i.prompt_id in printed and i.created_at is not None
    ]
    return days


def cover_name(journal: Journal | None, author: str | None) -> str:
    """The name on the cover: ``author`` if given (it may be empty: no name), else the journal's.

    A name the app gave a journal ("My journal", "My journal 2", in any of its languages) is
    not a person's: the cover then has no name rather than print it.
    """
    if author is not None:
        return visible_name(author)
    if journal is None:
        return ""
    name = visible_name(journal.name)
    return "" if is_default_journal_name(name) else name


def is_default_journal_name(name: str) -> bool:
    """Whether ``name`` is one the app gives a new journal, with or without its number."""
    base = re.sub(r"\s+(\(\d+\)|\d+)$", "", name.strip())  # "My journal (2)", as unused_name makes
    return base.casefold() in {n.casefold() for n in DEFAULT_JOURNAL_NAMES}


DEFAULT_JOURNAL_NAMES = frozenset({"My journal", "Mon journal", "Mi diario"})
"""The name the app gives a new journal, in each of its languages (a test holds this to the
translations)."""


def answers_span(days: list[date]) -> str | None:
    """When the answers were written: "Answers of 3 March 2026", or from one day to another."""
    if not days:
        return None
    first, last = min(days), max(days)
    if first == last:
        return translate("pdf", "Answers of {date}").format(date=cover_date(first))
    return translate("pdf", "Answers from {first} to {last}").format(
        first=cover_date(first), last=cover_date(last)
    )


def gather(repository: Repository, journal: Journal) -> JournalContent:
    """Read what the export needs from the repository (picture bytes are read later, lazily)."""
    return JournalContent(
        journal=journal,
        answers=repository.answers(journal),
        images=repository.images(journal),
        image_bytes=repository.image_bytes,
    )
