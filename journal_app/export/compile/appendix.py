"""The outcome document's appendix (``--all-answers``): every participant's every answer.

In the pack's order, each prompt answered with how many answered, then per kind
(``RENDERERS``, one per prompt kind, a test holds it to every kind): every text answer under its
participant; labelled items and stems grouped by item or stem; unlabelled items as each
participant's list; checklists as a chart, with the "Other" texts; tables with a column for
the participant (a table per printed row, or one table of everyone's blank rows); pictures two
a row with who and the caption. Its length grows with the participants: the synthesis does not.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from journal_app.export.compile.folding import Tally
from journal_app.export.compile.synthesis import checklist_chart
from journal_app.export.layout import RULE, SHADE
from journal_app.i18n import QT_TRANSLATE_NOOP, translate
from journal_app.packs.model import (
    AnyPrompt,
    ChecklistPrompt,
    Column,
    ImagePrompt,
    PromptKind,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)

if TYPE_CHECKING:
    from journal_app.export.compile.document import OutcomeWriter

TABLE_COLUMN_PARTICIPANT = QT_TRANSLATE_NOOP("compile", "Participant")
"""The first column of a table of answers (translated in context "compile" when printed)."""
GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


class Appendix:
    """Renders every answer of the prompts answered, prompt by prompt."""

    def __init__(self, writer: OutcomeWriter) -> None:
        self.w = writer
        cell = writer.styles.cell
        self.row_style = [
            *GRID,
            ("FONT", (0, 0), (-1, -1), writer.face.body, cell.fontSize, cell.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), cell.textColor),
        ]

    def body(self, on_progress: Callable[[float], None]) -> Iterator[list[Flowable]]:
        """Every participant's answer to every prompt, in the pack's order."""
        for headings, prompt, tally in self.w.answered(on_progress, break_first=False, level=1):
            if headings:
                yield headings
            yield from self.prompt_block(prompt, tally)

    def prompt_block(self, prompt: AnyPrompt, tally: Tally) -> Iterator[list[Flowable]]:
        """One prompt: its words, how many answered, its answers, the time spent."""
        s = self.w.styles
        n = self.w.data.participants
        yield [
            self.w.para(self.w.heading_text(prompt), s.prompt, prompt.id),
            self.w.para(
                translate("compile", "{answered} of %n participants answered.", None, n).format(
                    answered=tally.answered
                ),
                s.hint,
            ),
        ]
        yield from RENDERERS[prompt.kind](self, prompt, tally)
        yield from self.w.time_spent(tally)

    def free_texts(self, prompt_id: str) -> Iterator[list[Flowable]]:
        """Every participant's free answer to the prompt, one after the other."""
        for number, _, _, text in self.w.data.spool.texts(prompt_id):
            yield self.w.answer(number, text, prompt_id)

    def text(self, prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Flowable]]:
        """Text answers: each in full; items as lists, or grouped by their label."""
        assert isinstance(prompt, TextPrompt)
        if not prompt.items:
            yield from self.free_texts(prompt.id)
            return
        if all(item.label is None for item in prompt.items):
            # "Name five…": each participant's list together.
            current, lines = 0, list[str]()
            for number, part, _, text in self.w.data.spool.texts(prompt.id):
                if number != current and lines:
                    yield self.w.answer(current, "\n".join(lines), prompt.id)
                    lines = []
                current = number
                lines.append(f"{int(part) + 1}. {text}")
            if lines:
                yield self.w.answer(current, "\n".join(lines), prompt.id)
            return
        # Labelled items ("Why?", "How?"): everyone's answer to each item together.
        for index, item in enumerate(prompt.items):
            label = self.w.t(item.label) if item.label is not None else f"{index + 1}."
            first = True
            for number, _, _, text in self.w.data.spool.texts(prompt.id, str(index)):
                if first:
                    yield [self.w.para(label, self.w.sub_style, prompt.id)]
                    first = False
                yield self.w.answer(number, text, prompt.id)

    def stems(self, prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Flowable]]:
        """Completed sentences, grouped by their beginning."""
        assert isinstance(prompt, StemsPrompt)
        for stem in prompt.stems:
            first = True
            for number, _, _, text in self.w.data.spool.texts(prompt.id, stem.id):
                if first:
                    yield [self.w.para(f"{self.w.t(stem.text)} …", self.w.sub_style, prompt.id)]
                    first = False
                yield self.w.answer(number, text, prompt.id)

    def checklist(self, prompt: AnyPrompt, tally: Tally) -> Iterator[list[Flowable]]:
        """The chart of the options marked, then every "Other" text."""
        assert isinstance(prompt, ChecklistPrompt)
        other = self.w.t(prompt.other).rstrip(" :：") if prompt.other is not None else ""
        chart = checklist_chart(self.w, prompt, tally)
        yield [chart]
        if prompt.other is None:
            return
        first = True
        for number, _, _, text in self.w.data.spool.texts(prompt.id, "other"):
            if first:
                in_words = translate("compile", "{other} (in their words)").format(other=other)
                yield [self.w.para(in_words, self.w.sub_style)]
                first = False
            yield self.w.answer(number, text, prompt.id)

    def table(self, prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Flowable]]:
        """The answers as a table with a column for the participant.

        A table whose rows have printed labels ("At the local level", a question…) becomes one
        table per printed row, under its labels, with everyone's answers to that row; a table
        of blank rows becomes one table, each participant's rows together.

        Each data row is its own flowable (one big ``Table`` is measured again on every page it
        spans, which grows with the square of its length); the document repeats the heading on
        every page a table continues on (see ``_CompileDoc.filterFlowables``).
        """
        assert isinstance(prompt, TablePrompt)
        if any(r.cells for r in prompt.rows):
            for table_row in prompt.rows:
                columns = [c for c in prompt.columns if table_row.fixed(c.id) is None]
                if not columns:
                    continue
                first = True
                current, texts = 0, dict[str, str]()
                for number, _, column_id, text in self.w.data.spool.texts(prompt.id, table_row.id):
                    if first:
                        labels = [
                            self.w.t(fixed)
                            for c in prompt.columns
                            if (fixed := table_row.fixed(c.id)) is not None
                        ]
                        heading = self.w.para(" — ".join(labels), self.w.sub_style, prompt.id)
                        header = self.table_header(columns)
                        yield [heading, header()]
                        first = False
                    if number != current and texts:
                        yield [self.table_row(prompt, current, columns, texts, header)]
                        texts = {}
                    current = number
                    texts[column_id] = text
                if texts:
                    yield [self.table_row(prompt, current, columns, texts, header)]
        else:
            columns = list(prompt.columns)
            header = self.table_header(columns)
            yield [Spacer(1, 2 * mm), header()]
            order = _row_order(prompt)
            current, by_row = 0, dict[str, dict[str, str]]()
            for number, row_id, column_id, text in self.w.data.spool.texts(prompt.id):
                if number != current:
                    for rid in sorted(by_row, key=order):
                        yield [self.table_row(prompt, current, columns, by_row[rid], header)]
                    by_row = {}
                current = number
                by_row.setdefault(row_id, {})[column_id] = text
            for rid in sorted(by_row, key=order):
                yield [self.table_row(prompt, current, columns, by_row[rid], header)]
        yield [Spacer(1, 3 * mm)]

    def table_widths(self, count: int) -> list[float]:
        """The column widths of a table of ``count`` answer columns and the participant's."""
        first = (38 if self.w.data.show_names else 26) * mm
        return [first] + [(self.w.frame_width - first) / count] * count

    def table_header(self, columns: Sequence[Column]) -> Callable[[], Table]:
        """Makes the heading row of a table (as often as a page needs one)."""
        s = self.w.styles
        answer = translate("compile", "Answer")
        titles = [self.w.t(c.title) if c.title is not None else answer for c in columns]
        titles.insert(0, translate("compile", TABLE_COLUMN_PARTICIPANT))
        widths = self.table_widths(len(columns))

        def header() -> Table:
            cells = [self.w.para(t, s.cell_head) for t in titles]
            table = Table([cells], colWidths=widths, hAlign="LEFT")
            table.setStyle(TableStyle([*GRID, ("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
            table.keepWithNext = 1
            return table

        return header

    def table_row(
        self,
        prompt: TablePrompt,
        number: int,
        columns: Sequence[Column],
        texts: dict[str, str],
        header: Callable[[], Table],
    ) -> Table:
        """One participant's row of a table (moved to the next page whole unless very tall)."""
        s = self.w.styles
        # Plain strings where no paragraph is needed: thousands of rows lay out faster.
        who = self.w.who_short(number)
        cells: list[Any] = [who if who.isdigit() else self.w.para(who, s.cell)]
        widths = self.table_widths(len(columns))
        lines = 1.0
        for column, width in zip(columns, widths[1:], strict=True):
            text = texts.get(column.id, "")
            cells.append(self.w.para(text, s.cell, prompt.id) if text else "")
            # About 0.55 em a character: enough to tell a row that may not fit on a page.
            estimate = len(text) * 0.55 * s.cell.fontSize / max(1.0, width - 12)
            lines = max(lines, estimate + text.count("\n") + 1)
        # A row moves to the next page whole (where the heading is repeated); only a row that
        # could be taller than half a page may be split across pages.
        tall = lines * s.cell.leading > self.w.frame_height / 2
        table = Table([cells], colWidths=widths, hAlign="LEFT", splitInRow=int(tall))
        table.setStyle(TableStyle(self.row_style))
        table.compile_header = header  # read by _CompileDoc at the top of a page
        return table

    def image(self, prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Flowable]]:
        """The words written for the pictures, if the prompt invites them, then the pictures."""
        assert isinstance(prompt, ImagePrompt)
        yield from self.free_texts(prompt.id)
        yield from self.pictures(prompt)

    def note(self, _prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Flowable]]:
        """A note takes no answer (never called: notes are not in the appendix)."""
        yield from ()

    def pictures(self, prompt: ImagePrompt) -> Iterator[list[Flowable]]:
        """Two pictures a row, each with who and its caption under it."""
        per_row = 2
        cell_width = self.w.frame_width / per_row
        max_height = 70 * mm
        cells: list[list[Flowable]] = []
        size = 0
        for number, path, caption, width, height in self.w.data.spool.pictures(prompt.id):
            natural_w, natural_h = width * 0.75, height * 0.75
            scale = min(1.0, (cell_width - 8) / natural_w, max_height / natural_h)
            picture = Image(path, width=natural_w * scale, height=natural_h * scale)
            picture.hAlign = "CENTER"
            size += os.path.getsize(path)
            cell: list[Flowable] = [picture, self.w.para(self.w.who(number), self.w.caption_style)]
            if caption.strip():
                cell.append(self.w.para(caption, self.w.caption_style, prompt.id))
            cells.append(cell)
            if len(cells) == per_row:
                yield [self.w.picture_row(cells, cell_width, size)]
                cells, size = [], 0
        if cells:
            yield [self.w.picture_row(cells, cell_width, size)]


def _row_order(prompt: TablePrompt) -> Callable[[str], tuple[int, str]]:
    position = {r.id: i for i, r in enumerate(prompt.rows)}
    return lambda row_id: (position.get(row_id, len(position)), row_id)


Renderer = Callable[[Appendix, AnyPrompt, Tally], Iterator[list[Flowable]]]
RENDERERS: dict[PromptKind, Renderer] = {
    PromptKind.TEXT: Appendix.text,
    PromptKind.CHECKLIST: Appendix.checklist,
    PromptKind.TABLE: Appendix.table,
    PromptKind.IMAGE: Appendix.image,
    PromptKind.STEMS: Appendix.stems,
    PromptKind.NOTE: Appendix.note,
}
"""The appendix's renderer of each prompt kind."""
