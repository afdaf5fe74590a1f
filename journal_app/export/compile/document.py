"""The outcome document: its front matter, the body's order, and the laying out.

:class:`OutcomeWriter` turns what the :class:`Folder` gathered into a story: the cover and
"About this document" (with the pack's attribution), the synthesis (``synthesis``), the
prompts nobody answered and, with ``--all-answers``, the appendix (``appendix``).
:func:`write_pdf` lays it out with the journal PDF's kit (``layout``), generating the story
lazily, a few flowables ahead of ReportLab's layout (:class:`OutcomeDoc`, which also repeats a
table's heading on each page the table continues on). ReportLab keeps the document it is making
in memory until it writes the file.

Speed: plain Latin text skips the per-character work of ``fonts`` (see
:meth:`OutcomeWriter.para`), and a participant's label is the answer paragraph's bullet rather
than a paragraph of its own.
"""

from __future__ import annotations

import gc
import re
import statistics
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    ActionFlowable,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from journal_app.export import QUOTES, fonts, layout, pdfjoin, textlayout
from journal_app.export.compile.appendix import Appendix
from journal_app.export.compile.folding import Folder, Tally
from journal_app.export.compile.report import CompileError
from journal_app.export.compile.synthesis import Synthesis
from journal_app.export.layout import PAGE_SIZES, cover_date
from journal_app.i18n import translate
from journal_app.packs.model import AnyPrompt, NotePrompt

GREY_HEX = "#5b6b77"
GREY = colors.HexColor(GREY_HEX)
LOOKAHEAD = 60
"""Flowables generated ahead of ReportLab's layout."""
# Text that textlayout.paragraph_markup makes into one run in the main font, left to right,
# unchanged: printable Latin-1 (not the soft hyphen, which it drops) and line breaks. See
# OutcomeWriter.para.
PLAIN = re.compile(r"[\x20-\x7e\xa0-\xac\xae-\xff\n]*")
_PLAIN_MARKUP = textlayout.Markup(xml="", rtl=False, needs_shaping=False)


class OutcomeWriter(layout.Writer):
    """Generates the outcome document's story from what a :class:`Folder` gathered."""

    def __init__(self, data: Folder, face: fonts.Fonts, *, quotes: int = QUOTES) -> None:
        super().__init__(data.pack, face, None)
        self.data = data
        self.quotes = quotes
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
        self._styles_made: dict[tuple[ParagraphStyle, bool, bool], ParagraphStyle] = {}

    @property
    def all_answers(self) -> bool:
        """Whether every answer follows the synthesis, as an appendix."""
        return self.data.all_answers

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

    # -- folding one hand-in in

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

    # -- the story

    def front(self) -> list[Flowable]:
        """Cover, and the page about this document with the pack's attribution."""
        s = self.styles
        n = self.data.participants
        compiled = translate("compile", "Compiled from %n hand-ins", None, n)
        parts: list[Flowable] = [
            Spacer(1, 60 * mm),
            self.para(self.t(self.pack.title), s.cover_title),
            self.para(translate("compile", "Outcome document"), s.cover_subtitle),
            self.para(compiled, s.cover_meta),
            self.para(cover_date(), s.cover_meta),
            NextPageTemplate("body"),
            PageBreak(),
            self.para(translate("compile", "About this document"), s.toc_title),
        ]
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
        parts += [self.para(text, s.body) for text in texts]
        parts += self.credits()  # ending with made_with(): whose answers these are
        if self.data.show_names:
            parts.append(self.heading(translate("compile", "Participants"), s.h2, 0))
            parts += [
                self.para(f"{i}. {name}", s.small)
                for i, name in enumerate(self.data.names, start=1)
            ]
        return parts

    def made_with(self) -> str:
        """The last line of the credits: here the answers are many people's."""
        return translate(
            "compile", "Made with Reflection Journal. The answers are the participants' own."
        )

    def body(self, on_progress: Callable[[float], None]) -> Iterator[list[Flowable]]:
        """The body, a few flowables at a time (generated lazily).

        The synthesis, the prompts nobody answered, and with ``all_answers`` every answer as an
        appendix.
        """
        share = 0.5 if self.all_answers else 1.0
        yield from Synthesis(self, self.quotes).body(lambda f: on_progress(share * f))
        yield from self.nobody()
        if self.all_answers and any(t.answered or t.times for t in self.data.tallies.values()):
            yield [
                PageBreak(),
                self.heading(translate("compile", "Appendix: every answer"), self.styles.h1, 0),
            ]
            yield from Appendix(self).body(lambda f: on_progress(share + share * f))

    def answered(
        self, on_progress: Callable[[float], None], *, break_first: bool, level: int = 0
    ) -> Iterator[tuple[list[Flowable], AnyPrompt, Tally]]:
        """The prompts someone answered, in the pack's order, each with the headings before it.

        Each section starts a page (the first too, with ``break_first``); a group's title comes
        before its first answered prompt. Sections and groups nobody answered are left out.
        """
        s = self.styles
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
                    headings: list[Flowable] = []
                    if not section_started:
                        headings += [PageBreak()] if started else []
                        headings.append(self.heading(self.section_title(section), s.h1, level))
                        started = section_started = True
                    if not group_started and group.title is not None:
                        headings.append(self.heading(self.t(group.title), s.h2, level + 1))
                    group_started = True
                    yield headings, prompt, tally

    def time_spent(self, tally: Tally) -> Iterator[list[Flowable]]:
        """The time spent on a timed prompt: median and range, if anyone used the timer."""
        s = self.styles
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
            yield [self.para(text, s.small)]

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

    def picture_row(self, cells: list[list[Flowable]], cell_width: float, size: int = 0) -> Table:
        """A row of pictures, each above its labels, centred in its cell.

        ``size``: the bytes of its pictures' files (the document keeps them until it is saved:
        a part of a long document ends early when they add up, see ``OutcomeDoc``).
        """
        table = Table([cells], colWidths=[cell_width] * len(cells), hAlign="LEFT")
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

    def nobody(self) -> Iterator[list[Flowable]]:
        """The list of prompts nobody answered, in the pack's order."""
        s = self.styles
        unanswered = [
            p
            for p in self.pack.prompts()
            if p.answerable
            and not self.data.tallies[p.id].answered
            and not self.data.tallies[p.id].times
        ]
        yield [PageBreak(), self.heading(translate("compile", "Prompts nobody answered"), s.h1, 0)]
        if not unanswered:
            yield [self.para(translate("compile", "Every prompt has at least one answer."), s.body)]
            return
        for section in self.pack.sections:
            listed = [p for p in section.prompts() if p in unanswered]
            if not listed:
                continue
            yield [self.para(self.section_title(section), self.sub_style)]
            for prompt in listed:
                yield [self.para(self.heading_text(prompt), s.answer)]


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    if not minutes:
        template = translate("compile", "{seconds} s")
    elif rest:
        template = translate("compile", "{minutes} min {seconds:02d} s")
    else:
        template = translate("compile", "{minutes} min")
    return template.format(minutes=minutes, seconds=rest)


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
"""A part ends sooner when the pictures on its pages add up to this (bytes of their files)."""


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
