"""The outcome document's story, the same in every format: what it says, in which order.

:class:`Outcome` makes the story from what the :class:`Folder` gathered: the cover and "About
this document" (with the pack's attribution), the synthesis (``synthesis``), the prompts nobody
answered and, with ``--all-answers``, the appendix (``appendix``). It decides every word, every
quote and count; it never lays anything out. It asks its format for each block through a few
methods (:meth:`Outcome.say`, :meth:`Outcome.chart`, :meth:`Outcome.picture_row`…), which
``document.OutcomeWriter`` (the PDF, ReportLab flowables) and ``word.OutcomeWordWriter`` (the
Word document, WordprocessingML elements) implement. A block is whatever its format makes.
"""

from __future__ import annotations

import statistics
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from journal_app.export import QUOTES, layout
from journal_app.export.compile.appendix import Appendix
from journal_app.export.compile.blocks import Block, PictureCell, Role
from journal_app.export.compile.folding import Folder, Tally
from journal_app.export.compile.synthesis import Synthesis
from journal_app.export.layout import cover_date
from journal_app.i18n import translate
from journal_app.packs.model import AnyPrompt, LocalText, NotePrompt, Section


class Outcome(ABC):
    """Generates the outcome document's story; a subclass makes its blocks in one format."""

    def __init__(self, data: Folder, *, quotes: int = QUOTES) -> None:
        self.data = data
        self.pack = data.pack
        self.quotes = quotes

    # -- what a format makes

    @abstractmethod
    def say(self, text: str, role: Role, where: str = "", *, bold: bool = False) -> Block:
        """A paragraph of ``text`` (any script, as given: never markup) in ``role``'s style.

        ``where``: the prompt id it belongs to, for the report of missing characters.
        """

    @abstractmethod
    def title(self, text: str, size: int, level: int) -> Block:
        """A heading of ``size`` 1 or 2, at ``level`` in the outline (0 at the top)."""

    @abstractmethod
    def new_page(self) -> list[Block]:
        """What starts the next block on a new page."""

    @abstractmethod
    def cover(self, title: str, subtitle: str, lines: Sequence[str]) -> list[Block]:
        """The cover page, and the start of the page after it."""

    @abstractmethod
    def attribution(self) -> list[Block]:
        """The pack's copyright, licence and citation, ending with :meth:`made_with`."""

    @abstractmethod
    def answer(self, number: int, text: str, where: str) -> list[Block]:
        """One participant's answer: who (:meth:`who`), then the text, in any script."""

    @abstractmethod
    def key_values(self, rows: Sequence[tuple[str, str]]) -> Block:
        """A two-column table of labels and values (the participation table)."""

    @abstractmethod
    def chart(self, prompt_id: str, bars: Sequence[tuple[str, int]]) -> Block:
        """A bar chart: each label with a bar as long as its share of the participants."""

    @abstractmethod
    def picture_row(
        self, cells: Sequence[PictureCell], per_row: int, max_height: float, *, upscale: bool
    ) -> Block:
        """A row of pictures, each above its labels, in ``per_row`` equal cells.

        ``max_height``: in millimetres; ``upscale``: a small picture may grow to fit its cell
        (a contact sheet's thumbnails), else it is shown at most at its natural size.
        """

    @abstractmethod
    def keep_together(self, blocks: list[Block]) -> list[Block]:
        """The blocks kept on one page, where they fit."""

    @abstractmethod
    def gap(self, height: float) -> list[Block]:
        """Vertical space of ``height`` millimetres, where the format needs it."""

    @abstractmethod
    def table_head(self, titles: Sequence[str]) -> Any:
        """The head of a table of answers with columns ``titles`` (the participant's first).

        Returns what :meth:`table_start` and :meth:`table_row` are given.
        """

    @abstractmethod
    def table_start(self, head: Any) -> Block:
        """The table's heading row, starting the table."""

    @abstractmethod
    def table_row(self, head: Any, who: str, texts: Sequence[str], where: str) -> Block:
        """One participant's row of the table started by :meth:`table_start`."""

    # -- words

    def t(self, text: LocalText | None) -> str:
        """The pack's words in its own language (as the document prints them)."""
        return "" if text is None else text.get(None)

    def section_title(self, section: Section) -> str:
        """A section's heading: "Section 2: Title" when the section has a number."""
        return layout.section_title(self.t, section)

    @property
    def all_answers(self) -> bool:
        """Whether every answer follows the synthesis, as an appendix."""
        return self.data.all_answers

    def who(self, number: int) -> str:
        """How a participant is named: by number, with the journal's name if asked for."""
        if self.data.show_names:
            return translate("compile", "{name} (participant {number})").format(
                name=self.data.names[number - 1], number=number
            )
        return translate("compile", "Participant {number}").format(number=number)

    def who_short(self, number: int) -> str:
        """The participant column of a table."""
        return f"{number}. {self.data.names[number - 1]}" if self.data.show_names else str(number)

    def heading_text(self, prompt: AnyPrompt) -> str:
        """The prompt's words, after its number if it has one."""
        text = self.t(prompt.text)
        return f"{prompt.number}. {text}" if prompt.number else text

    def made_with(self) -> str:
        """The last line of the credits: here the answers are many people's."""
        return translate(
            "compile", "Made with Reflection Journal. The answers are the participants' own."
        )

    # -- the story

    def front(self) -> list[Block]:
        """Cover, and the page about this document with the pack's attribution."""
        n = self.data.participants
        compiled = translate("compile", "Compiled from %n hand-ins", None, n)
        parts = self.cover(
            self.t(self.pack.title),
            translate("compile", "Outcome document"),
            [compiled, cover_date()],
        )
        parts.append(self.say(translate("compile", "About this document"), Role.PAGE_TITLE))
        fields = {
            "title": self.t(self.pack.title),
            "pack": self.pack.id,
            "version": self.pack.version,
            "used": next(iter(self.data.versions), ""),
            "versions": ", ".join(
                f"{version} ({count})" for version, count in sorted(self.data.versions.items())
            ),
            "count": n,
        }
        if len(self.data.versions) != 1:
            about = translate(
                "compile",
                "This document brings together the answers of {count} participants to the"
                " prompts of “{title}” (pack {pack} version {version}; the hand-ins were made"
                " with versions {versions}).",
            )
        elif n == 1:
            about = translate(
                "compile",
                "This document brings together the answers of 1 participant to the prompts of"
                " “{title}” (pack {pack} version {version}; the hand-ins were made with"
                " version {used}).",
            )
        else:
            about = translate(
                "compile",
                "This document brings together the answers of {count} participants to the"
                " prompts of “{title}” (pack {pack} version {version}; the hand-ins were made"
                " with version {used}).",
            )
        if self.data.show_names:
            numbering = translate(
                "compile",
                "Participants are numbered in the order their hand-ins were given, with the name"
                " of their journal. Answers marked private by their authors were never in the"
                " hand-ins. The bars of each checklist count the participants who marked an"
                " option.",
            )
        else:
            numbering = translate(
                "compile",
                "Participants are numbered in the order their hand-ins were given; their names"
                " are not shown. Answers marked private by their authors were never in the"
                " hand-ins. The bars of each checklist count the participants who marked an"
                " option.",
            )
        texts = [about.format(**fields), numbering]
        left_out = sum(self.data.not_in_pack.values()) + sum(self.data.unfit.values())
        if left_out:
            ids = sorted(set(self.data.not_in_pack) | set(self.data.unfit))
            shown = ", ".join(ids[:12]) + (", …" if len(ids) > 12 else "")
            if self.data.csv is not None:
                template = translate(
                    "compile",
                    "%n answers to prompts this version of the pack does not have, or that no"
                    " longer fit their prompt, are left out here and kept in the CSV"
                    " ({prompts}).",
                    None,
                    left_out,
                )
            else:
                template = translate(
                    "compile",
                    "%n answers to prompts this version of the pack does not have, or that no"
                    " longer fit their prompt, are left out here ({prompts}).",
                    None,
                    left_out,
                )
            texts.append(template.format(prompts=shown))
        parts += [self.say(text, Role.BODY) for text in texts]
        parts += self.attribution()  # ending with made_with(): whose answers these are
        if self.data.show_names:
            parts.append(self.title(translate("compile", "Participants"), 2, 0))
            parts += [
                self.say(f"{i}. {name}", Role.SMALL)
                for i, name in enumerate(self.data.names, start=1)
            ]
        return parts

    def body(self, on_progress: Callable[[float], None]) -> Iterator[list[Block]]:
        """The body, a few blocks at a time (generated lazily).

        The synthesis, the prompts nobody answered, and with ``all_answers`` every answer as an
        appendix.
        """
        share = 0.5 if self.all_answers else 1.0
        yield from Synthesis(self, self.quotes).body(lambda f: on_progress(share * f))
        yield from self.nobody()
        if self.all_answers and any(t.answered or t.times for t in self.data.tallies.values()):
            yield [
                *self.new_page(),
                self.title(translate("compile", "Appendix: every answer"), 1, 0),
            ]
            yield from Appendix(self).body(lambda f: on_progress(share + share * f))

    def answered(
        self, on_progress: Callable[[float], None], *, break_first: bool, level: int = 0
    ) -> Iterator[tuple[list[Block], AnyPrompt, Tally]]:
        """The prompts someone answered, in the pack's order, each with the headings before it.

        Each section starts a page (the first too, with ``break_first``); a group's title comes
        before its first answered prompt. Sections and groups nobody answered are left out.
        """
        started = break_first
        prompts = [p for p in self.pack.prompts() if p.answerable]
        done = 0
        for section in self.pack.sections:
            section_started = False
            for group in section.groups:
                group_started = False
                for prompt in group.prompts:
                    if isinstance(prompt, NotePrompt):
                        continue
                    done += 1
                    on_progress(done / max(1, len(prompts)))
                    tally = self.data.tallies[prompt.id]
                    if not tally.answered and not tally.times:
                        continue
                    headings: list[Block] = []
                    if not section_started:
                        headings += self.new_page() if started else []
                        headings.append(self.title(self.section_title(section), 1, level))
                        started = section_started = True
                    if not group_started and group.title is not None:
                        headings.append(self.title(self.t(group.title), 2, level + 1))
                    group_started = True
                    yield headings, prompt, tally

    def time_spent(self, tally: Tally) -> Iterator[list[Block]]:
        """The time spent on a timed prompt: median and range, if anyone used the timer."""
        if tally.times:
            median = statistics.median(tally.times)
            low, high = min(tally.times), max(tally.times)
            timed = len(tally.times)
            if timed == 1:
                spent = translate(
                    "compile",
                    "Time spent (1 participant used the timer): median {median}, from {low} to"
                    " {high}.",
                )
            else:
                spent = translate(
                    "compile",
                    "Time spent ({count} participants used the timer): median {median}, from"
                    " {low} to {high}.",
                )
            text = spent.format(
                count=timed, median=_duration(median), low=_duration(low), high=_duration(high)
            )
            yield [self.say(text, Role.SMALL)]

    def nobody(self) -> Iterator[list[Block]]:
        """The list of prompts nobody answered, in the pack's order."""
        unanswered = [
            p
            for p in self.pack.prompts()
            if p.answerable
            and not self.data.tallies[p.id].answered
            and not self.data.tallies[p.id].times
        ]
        yield [*self.new_page(), self.title(translate("compile", "Prompts nobody answered"), 1, 0)]
        if not unanswered:
            yield [
                self.say(translate("compile", "Every prompt has at least one answer."), Role.BODY)
            ]
            return
        for section in self.pack.sections:
            listed = [p for p in section.prompts() if p in unanswered]
            if not listed:
                continue
            yield [self.say(self.section_title(section), Role.SUB)]
            for prompt in listed:
                yield [self.say(self.heading_text(prompt), Role.LISTED)]


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    if not minutes:
        template = translate("compile", "{seconds} s")
    elif rest:
        template = translate("compile", "{minutes} min {seconds:02d} s")
    else:
        template = translate("compile", "{minutes} min")
    return template.format(minutes=minutes, seconds=rest)
