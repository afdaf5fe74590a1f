"""The outcome document's appendix (``--all-answers``): every participant's every answer.

In the pack's order, each prompt answered with how many answered, then per kind
(``RENDERERS``, one per prompt kind, a test holds it to every kind): every text answer under its
participant; labelled items and stems grouped by item or stem; unlabelled items as each
participant's list; checklists as a chart, with the "Other" texts; tables with a column for
the participant (a table per printed row, or one table of everyone's blank rows); pictures two
a row with who and the caption. Its length grows with the participants: the synthesis does not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from journal_app.export.compile.blocks import Block, PictureCell, Role
from journal_app.export.compile.folding import Tally
from journal_app.export.compile.synthesis import checklist_bars
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
    from journal_app.export.compile.story import Outcome

TABLE_COLUMN_PARTICIPANT = QT_TRANSLATE_NOOP("compile", "Participant")
"""The first column of a table of answers (translated in context "compile" when printed)."""
PICTURE_HEIGHT = 70
"""A picture of the appendix is at most this tall (mm)."""


class Appendix:
    """Renders every answer of the prompts answered, prompt by prompt."""

    def __init__(self, writer: Outcome) -> None:
        self.w = writer

    def body(self, on_progress: Callable[[float], None]) -> Iterator[list[Block]]:
        """Every participant's answer to every prompt, in the pack's order."""
        for headings, prompt, tally in self.w.answered(on_progress, break_first=False, level=1):
            if headings:
                yield headings
            yield from self.prompt_block(prompt, tally)

    def prompt_block(self, prompt: AnyPrompt, tally: Tally) -> Iterator[list[Block]]:
        """One prompt: its words, how many answered, its answers, the time spent."""
        n = self.w.data.participants
        yield [
            self.w.say(self.w.heading_text(prompt), Role.PROMPT, prompt.id),
            self.w.say(
                translate("compile", "{answered} of %n participants answered.", None, n).format(
                    answered=tally.answered
                ),
                Role.HINT,
            ),
        ]
        yield from RENDERERS[prompt.kind](self, prompt, tally)
        yield from self.w.time_spent(tally)

    def free_texts(self, prompt_id: str) -> Iterator[list[Block]]:
        """Every participant's free answer to the prompt, one after the other."""
        for number, _, _, text in self.w.data.spool.texts(prompt_id):
            yield self.w.answer(number, text, prompt_id)

    def text(self, prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Block]]:
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
                    yield [self.w.say(label, Role.SUB, prompt.id)]
                    first = False
                yield self.w.answer(number, text, prompt.id)

    def stems(self, prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Block]]:
        """Completed sentences, grouped by their beginning."""
        assert isinstance(prompt, StemsPrompt)
        for stem in prompt.stems:
            first = True
            for number, _, _, text in self.w.data.spool.texts(prompt.id, stem.id):
                if first:
                    yield [self.w.say(f"{self.w.t(stem.text)} …", Role.SUB, prompt.id)]
                    first = False
                yield self.w.answer(number, text, prompt.id)

    def checklist(self, prompt: AnyPrompt, tally: Tally) -> Iterator[list[Block]]:
        """The chart of the options marked, then every "Other" text."""
        assert isinstance(prompt, ChecklistPrompt)
        other = self.w.t(prompt.other).rstrip(" :：") if prompt.other is not None else ""
        yield [self.w.chart(prompt.id, checklist_bars(self.w, prompt, tally))]
        if prompt.other is None:
            return
        first = True
        for number, _, _, text in self.w.data.spool.texts(prompt.id, "other"):
            if first:
                in_words = translate("compile", "{other} (in their words)").format(other=other)
                yield [self.w.say(in_words, Role.SUB)]
                first = False
            yield self.w.answer(number, text, prompt.id)

    def table(self, prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Block]]:
        """The answers as a table with a column for the participant.

        A table whose rows have printed labels ("At the local level", a question…) becomes one
        table per printed row, under its labels, with everyone's answers to that row; a table
        of blank rows becomes one table, each participant's rows together.

        Each participant's row is a block of its own (in the PDF, one big ``Table`` would be
        measured again on every page it spans, which grows with the square of its length); the
        heading row is repeated on every page a table continues on.
        """
        assert isinstance(prompt, TablePrompt)
        w = self.w
        if any(r.cells for r in prompt.rows):
            for table_row in prompt.rows:
                columns = [c for c in prompt.columns if table_row.fixed(c.id) is None]
                if not columns:
                    continue
                head = None
                current, texts = 0, dict[str, str]()
                for number, _, column_id, text in w.data.spool.texts(prompt.id, table_row.id):
                    if head is None:
                        labels = [
                            w.t(fixed)
                            for c in prompt.columns
                            if (fixed := table_row.fixed(c.id)) is not None
                        ]
                        head = self.table_head(columns)
                        yield [w.say(" — ".join(labels), Role.SUB, prompt.id), w.table_start(head)]
                    if number != current and texts:
                        yield [self.table_row(head, prompt, current, columns, texts)]
                        texts = {}
                    current = number
                    texts[column_id] = text
                if head is not None and texts:
                    yield [self.table_row(head, prompt, current, columns, texts)]
        else:
            columns = list(prompt.columns)
            head = self.table_head(columns)
            yield [*w.gap(2), w.table_start(head)]
            order = _row_order(prompt)
            current, by_row = 0, dict[str, dict[str, str]]()
            for number, row_id, column_id, text in w.data.spool.texts(prompt.id):
                if number != current:
                    for rid in sorted(by_row, key=order):
                        yield [self.table_row(head, prompt, current, columns, by_row[rid])]
                    by_row = {}
                current = number
                by_row.setdefault(row_id, {})[column_id] = text
            for rid in sorted(by_row, key=order):
                yield [self.table_row(head, prompt, current, columns, by_row[rid])]
        yield w.gap(3)

    def table_head(self, columns: Sequence[Column]) -> Any:
        """The head of a table of answers to ``columns`` (the format's own, see ``Outcome``)."""
        answer = translate("compile", "Answer")
        titles = [self.w.t(c.title) if c.title is not None else answer for c in columns]
        return self.w.table_head([translate("compile", TABLE_COLUMN_PARTICIPANT), *titles])

    def table_row(
        self,
        head: Any,
        prompt: TablePrompt,
        number: int,
        columns: Sequence[Column],
        texts: dict[str, str],
    ) -> Block:
        """One participant's row of a table."""
        cells = [texts.get(column.id, "") for column in columns]
        return self.w.table_row(head, self.w.who_short(number), cells, prompt.id)

    def image(self, prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Block]]:
        """The words written for the pictures, if the prompt invites them, then the pictures."""
        assert isinstance(prompt, ImagePrompt)
        yield from self.free_texts(prompt.id)
        yield from self.pictures(prompt)

    def note(self, _prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Block]]:
        """A note takes no answer (never called: notes are not in the appendix)."""
        yield from ()

    def pictures(self, prompt: ImagePrompt) -> Iterator[list[Block]]:
        """Two pictures a row, each with who and its caption under it."""
        per_row = 2
        cells: list[PictureCell] = []
        for number, caption, picture in self.w.data.spool.pictures(prompt.id):
            labels = [(self.w.who(number), "")]
            if caption.strip():
                labels.append((caption, prompt.id))
            cells.append(PictureCell(picture, tuple(labels)))
            if len(cells) == per_row:
                yield [self.w.picture_row(cells, per_row, PICTURE_HEIGHT, upscale=False)]
                cells = []
        if cells:
            yield [self.w.picture_row(cells, per_row, PICTURE_HEIGHT, upscale=False)]


def _row_order(prompt: TablePrompt) -> Callable[[str], tuple[int, str]]:
    position = {r.id: i for i, r in enumerate(prompt.rows)}
    return lambda row_id: (position.get(row_id, len(position)), row_id)


Renderer = Callable[[Appendix, AnyPrompt, Tally], Iterator[list[Block]]]
RENDERERS: dict[PromptKind, Renderer] = {
    PromptKind.TEXT: Appendix.text,
    PromptKind.CHECKLIST: Appendix.checklist,
    PromptKind.TABLE: Appendix.table,
    PromptKind.IMAGE: Appendix.image,
    PromptKind.STEMS: Appendix.stems,
    PromptKind.NOTE: Appendix.note,
}
"""The appendix's renderer of each prompt kind."""
