"""The outcome document's synthesis: what a group said, at a length that does not grow with it.

The default body of ``compile``'s PDF. Participation comes first (how many hand-ins, made with
which pack version, handed in when, how much of each section was answered); then each prompt
answered: how many answered, and per kind (``RENDERERS``, one per prompt kind, a test holds it
to every kind):

- checklists: a chart of the options, most marked first, with counts and shares, and what
  participants wrote under "Other", counted;
- texts, labelled items, stems, the words written for pictures: up to ``quotes`` answers quoted
  (see :func:`spread`), then "and N more";
- lists of unlabelled items ("Name five…") and tables of blank rows: the answers given, the same
  answer counted once with how many gave it, most given first, up to a bounded number;
- tables with printed rows: each cell's answers together, quoted as above;
- pictures: a contact sheet of at most :data:`CONTACT_SHEET` thumbnails with their captions.

Which answers are quoted is a stated, repeatable choice: spread evenly over the participants in
the order their hand-ins were given (the first, the last, and evenly between), never random.
Every answer is in the CSV, and ``--all-answers`` adds them all to the PDF as an appendix.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from journal_app.export import QUOTES
from journal_app.export.compile.blocks import Block, PictureCell, Role
from journal_app.export.layout import cover_date
from journal_app.i18n import translate
from journal_app.packs.model import (
    AnyPrompt,
    ChecklistPrompt,
    ImagePrompt,
    PromptKind,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)

if TYPE_CHECKING:
    from journal_app.export.compile.folding import Tally
    from journal_app.export.compile.story import Outcome

CONTACT_SHEET = 12
"""Pictures at most on a prompt's contact sheet."""
QUOTE_CHARS = 700
"""Characters at most of one quoted answer (the whole answer is in the CSV)."""
THUMBNAIL_HEIGHT = 30
"""A contact sheet's thumbnails are at most this tall (mm)."""
COUNTED = 12
"""Distinct answers at most listed with their counts (unlabelled items, blank-row tables)."""


def spread(count: int, k: int) -> list[int]:
    """Which of ``count`` answers (0-based, in hand-in order) to quote: ``k`` spread evenly.

    The first and the last are always among them; with ``count <= k``, all.
    """
    if count <= k:
        return list(range(count))
    if k <= 0:
        return []
    if k == 1:
        return [0]
    return sorted({round(i * (count - 1) / (k - 1)) for i in range(k)})


def most_given(counts: Counter[str], k: int) -> list[str]:
    """The ``k`` answers given most often, most first; among as many, spread over hand-in order.

    Where more answers are given equally often than there is room for (often: every answer
    given once), they are chosen as quotes are (:func:`spread`), not the first participants'.
    ``counts`` must hold its keys in the order first given.
    """
    tiers: dict[int, list[str]] = {}
    for key, count in counts.items():
        tiers.setdefault(count, []).append(key)
    chosen: list[str] = []
    for count in sorted(tiers, reverse=True):
        room = k - len(chosen)
        if room <= 0:
            break
        tier = tiers[count]
        chosen += tier if len(tier) <= room else [tier[i] for i in spread(len(tier), room)]
    return chosen


def _same(text: str) -> str:
    """The form in which two answers count as the same ("Trade " and "trade")."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _cut(text: str, limit: int = QUOTE_CHARS) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class Synthesis:
    """Generates the synthesis of one compile, a few flowables at a time."""

    def __init__(self, compiler: Outcome, quotes: int = QUOTES) -> None:
        self.c = compiler
        self.quotes = max(0, quotes)

    # -- the whole

    def body(self, on_progress: Callable[[float], None]) -> Iterator[list[Block]]:
        """Participation, then every answered prompt in the pack's order."""
        c = self.c
        yield from self.participation()
        for headings, prompt, tally in c.answered(on_progress, break_first=True):
            if headings:
                yield headings
            yield [
                c.say(c.heading_text(prompt), Role.PROMPT, prompt.id),
                c.say(self.answered_line(tally.answered), Role.HINT),
            ]
            yield from RENDERERS[prompt.kind](self, prompt, tally)
            yield from c.time_spent(tally)

    def answered_line(self, answered: int) -> str:
        """How many answered, of how many, as a share: "12 of 40 participants answered (30%)"."""
        n = self.c.data.participants
        return translate(
            "compile", "{answered} of %n participants answered ({share}).", None, n
        ).format(answered=answered, share=share(answered, n))

    def participation(self) -> Iterator[list[Block]]:
        """Who took part: hand-ins, versions, dates, and how much of each section was answered."""
        c = self.c
        n = c.data.participants
        rows: list[tuple[str, str]] = []

        def row(label: str, value: str) -> None:
            rows.append((label, value))

        row(translate("compile", "Hand-ins"), str(n))
        row(
            translate("compile", "Prompt pack"),
            translate("compile", "{pack}, version {version}").format(
                pack=c.t(c.pack.title), version=c.pack.version
            ),
        )
        versions = ", ".join(f"{v} ({count})" for v, count in sorted(c.data.versions.items()))
        row(translate("compile", "Made with versions"), versions)
        first, last = c.data.first_handed_in, c.data.last_handed_in
        if first is not None and last is not None:
            span = cover_date(first)
            if last != first:
                span = translate("compile", "{first} to {last}").format(
                    first=cover_date(first), last=cover_date(last)
                )
            row(translate("compile", "Handed in"), span)
        for section in c.pack.sections:
            answerable = [p for p in section.prompts() if p.answerable]
            if not answerable:
                continue
            given = sum(c.data.tallies[p.id].answered for p in answerable)
            row(
                c.section_title(section),
                translate("compile", "{share} of its prompts answered").format(
                    share=share(given, n * len(answerable))
                ),
            )
        # On the page about this document, which has room for it.
        yield [c.title(translate("compile", "Participation"), 2, 0), c.key_values(rows)]
        note = translate(
            "compile",
            "For each prompt: how many answered, then up to {quotes} answers quoted, spread evenly"
            " over the participants in the order their hand-ins were given (the first, the last"
            " and evenly between); every answer is in the CSV.",
        ).format(quotes=self.quotes)
        yield [c.say(note, Role.SMALL)]

    # -- quoting

    def quoted(
        self,
        prompt_id: str,
        part: str | None = None,
        sub: str | None = None,
        *,
        under: str | None = None,
    ) -> Iterator[list[Block]]:
        """Up to ``quotes`` answers (to one part), spread evenly, then "and N more".

        ``under``: a heading put above them (an item's label, a cell's row and column), only if
        there are any.
        """
        c = self.c
        count = c.data.spool.count(prompt_id, part, sub)
        if count and under is not None:
            yield [c.say(under, Role.SUB, prompt_id)]
        picks = set(spread(count, self.quotes))
        last: list[Block] = []
        for index, (number, _, _, text) in enumerate(c.data.spool.texts(prompt_id, part, sub)):
            if index in picks:
                if last:
                    yield last
                last = c.answer(number, _cut(text), prompt_id)
        more = None
        if count > len(picks):
            more = c.say(
                translate("compile", "… and %n more.", None, count - len(picks)), Role.HINT
            )
        yield from _ending(c, last, more)

    def counted(
        self, texts: Iterator[str], prompt_id: str, *, under: str | None = None
    ) -> Iterator[list[Block]]:
        """Distinct answers with how many gave each, most given first (at most COUNTED).

        ``under``: a heading put above them, only if there are any.
        """
        c = self.c
        counts: Counter[str] = Counter()  # (in the order first given: hand-in order)
        shown: dict[str, str] = {}
        for text in texts:
            key = _same(text[: 2 * QUOTE_CHARS])  # bounded: the key of a very long answer
            if not key:
                continue
            counts[key] += 1
            if key not in shown:
                shown[key] = _cut(text)
        listed = most_given(counts, COUNTED)
        if listed and under is not None:
            yield [c.say(under, Role.SUB, prompt_id)]
        last: list[Block] = []
        for key in listed:
            if last:
                yield last
            count = counts[key]
            line = shown[key] if count == 1 else f"{shown[key]} ({count})"
            last = [c.say(line, Role.ITEM, prompt_id)]
        rest = len(counts) - len(listed)
        more = None
        if rest > 0:
            more = c.say(translate("compile", "… and %n other answers.", None, rest), Role.HINT)
        yield from _ending(c, last, more)

    # -- per kind

    def text(self, prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Block]]:
        """Free text: quotes; labelled items: quotes per label; a list: answers counted."""
        assert isinstance(prompt, TextPrompt)
        c = self.c
        if not prompt.items:
            yield from self.quoted(prompt.id, "")
            return
        if all(item.label is None for item in prompt.items):
            yield from self.counted((row[3] for row in c.data.spool.texts(prompt.id)), prompt.id)
            return
        for index, item in enumerate(prompt.items):
            label = c.t(item.label) if item.label is not None else f"{index + 1}."
            yield from self.quoted(prompt.id, str(index), under=label)

    def stems(self, prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Block]]:
        """Each sentence beginning, with its completions quoted."""
        assert isinstance(prompt, StemsPrompt)
        c = self.c
        for stem in prompt.stems:
            yield from self.quoted(prompt.id, stem.id, under=f"{c.t(stem.text)} …")

    def checklist(self, prompt: AnyPrompt, tally: Tally) -> Iterator[list[Block]]:
        """The options, most marked first, as bars with counts and shares; then "Other"."""
        assert isinstance(prompt, ChecklistPrompt)
        c = self.c
        other = c.t(prompt.other).rstrip(" :：") if prompt.other is not None else ""
        yield [c.chart(prompt.id, checklist_bars(c, prompt, tally))]
        if prompt.other is not None:
            in_words = translate("compile", "{other} (in their words)").format(other=other)
            # Often a word or two, and the same ones: counted, like a list.
            yield from self.counted(
                (row[3] for row in c.data.spool.texts(prompt.id, "other")),
                prompt.id,
                under=in_words,
            )

    def table(self, prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Block]]:
        """Printed rows: each cell's answers together; blank rows: the rows given, counted."""
        assert isinstance(prompt, TablePrompt)
        c = self.c
        if any(r.cells for r in prompt.rows):
            for table_row in prompt.rows:
                for column in prompt.columns:
                    if table_row.fixed(column.id) is not None:
                        continue
                    title = c.data.part_label(prompt, f"{table_row.id}|{column.id}")
                    yield from self.quoted(prompt.id, table_row.id, column.id, under=title)
            return
        rows: dict[tuple[int, str], dict[str, str]] = {}
        for number, row_id, column_id, text in c.data.spool.texts(prompt.id):
            rows.setdefault((number, row_id), {})[column_id] = _cut(text)
        columns = prompt.columns
        joined = (
            " · ".join(cells.get(column.id, "").strip() or "—" for column in columns)
            for cells in rows.values()
        )
        yield from self.counted(joined, prompt.id)

    def image(self, prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Block]]:
        """Words written for the picture prompt, quoted; the pictures as a contact sheet."""
        assert isinstance(prompt, ImagePrompt)
        c = self.c
        yield from self.quoted(prompt.id, "")
        shown = list(c.data.spool.pictures(prompt.id, limit=CONTACT_SHEET))
        if not shown:
            return
        per_row = 4
        cells = [
            PictureCell(picture, ((_cut(caption, 90), prompt.id),) if caption else ())
            for _number, caption, picture in shown
        ]
        for start in range(0, len(cells), per_row):
            row = cells[start : start + per_row]
            yield [c.picture_row(row, per_row, THUMBNAIL_HEIGHT, upscale=True)]
        total = c.data.picture_counts[prompt.id]
        if total > len(shown):
            more = translate("compile", "… and %n more pictures.", None, total - len(shown))
            yield [c.say(more, Role.HINT)]

    def note(self, _prompt: AnyPrompt, _tally: Tally) -> Iterator[list[Block]]:
        """A fact box of the pack's: nothing to sum up."""
        return iter(())


def _ending(c: Outcome, last: list[Block], more: Block | None) -> Iterator[list[Block]]:
    """The last answer shown, and "… and N more" kept on its page (never alone on the next)."""
    if more is None:
        if last:
            yield last
    elif last:
        yield c.keep_together([*last, more])
    else:
        yield [more]


def share(part: int, whole: int) -> str:
    """A part of a whole as a rounded percentage ("30%"; "—" of nothing)."""
    return f"{round(100 * part / whole)}%" if whole else "—"


def checklist_bars(c: Outcome, prompt: ChecklistPrompt, tally: Tally) -> list[tuple[str, int]]:
    """A checklist's options with their counts, most marked first (then in the pack's order)."""
    bars = [(c.t(o.text), tally.options[o.id], i) for i, o in enumerate(prompt.options)]
    if prompt.other is not None:
        bars.append((c.t(prompt.other).rstrip(" :："), tally.other, len(bars)))
    bars.sort(key=lambda entry: (-entry[1], entry[2]))
    return [(label, count) for label, count, _ in bars]


Renderer = Callable[[Synthesis, AnyPrompt, "Tally"], Iterator[list[Block]]]
RENDERERS: dict[PromptKind, Renderer] = {
    PromptKind.TEXT: Synthesis.text,
    PromptKind.CHECKLIST: Synthesis.checklist,
    PromptKind.TABLE: Synthesis.table,
    PromptKind.IMAGE: Synthesis.image,
    PromptKind.STEMS: Synthesis.stems,
    PromptKind.NOTE: Synthesis.note,
}
"""One synthesis renderer per prompt kind (a test checks every kind has one)."""
