"""The filled journal as a PDF worth printing and sending (ReportLab Platypus).

A cover, the pack's attribution and licence on its back, a table of contents with page numbers,
PDF bookmarks for sections and groups, "page x of y" footers, every prompt in the pack's order
with its answer (one renderer per prompt kind, ``RENDERERS``), answers to prompts the pack no
longer has at the end, and document metadata. ``blank=True`` makes the printable empty workbook.

Export only reads the journal. The PDF is written to a temporary file beside the target and
renamed into place, so a failure or a cancel leaves no half file and an older file intact.
"""

from __future__ import annotations

import errno
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.tableofcontents import TableOfContents

from journal_app import files
from journal_app.export import fonts, textlayout
from journal_app.i18n import QT_TRANSLATE_NOOP, translate
from journal_app.packs.model import (
    AnswerablePrompt,
    AnyPrompt,
    ChecklistPrompt,
    ImagePrompt,
    LocalText,
    NotePrompt,
    Pack,
    PromptKind,
    Section,
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
from journal_app.store.repository import ImageInfo, Journal, Repository

# Embed pictures as binary streams, not ASCII85 text: several times faster, smaller files.
rl_config.useA85 = 0

PageSize = Literal["a4", "letter"]
PAGE_SIZES = {"a4": A4, "letter": LETTER}
INK = colors.HexColor("#1d2b36")
ACCENT = colors.HexColor("#1f5f8b")
RULE = colors.HexColor("#b9c4cc")
SHADE = colors.HexColor("#eef3f7")
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


@dataclass(frozen=True, slots=True)
class PdfOptions:
    """What to put in the PDF."""

    page_size: PageSize = "a4"
    blank: bool = False
    skip_unanswered: bool = False
    language: str | None = None
    include_private: bool = False
    """Print the answers marked private (each then marked so); left out by default."""


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


def _by_script(missing: dict[str, list[str]]) -> dict[str, list[str]]:
    scripts: dict[str, list[str]] = {}
    for char in missing:
        scripts.setdefault(fonts.script_of(char), []).append(char)
    return dict(sorted(scripts.items(), key=lambda item: -len(item[1])))


def _shown(char: str) -> str:
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
            examples=" ".join(_shown(c) for c in chars[:3]) + (" …" if len(chars) > 3 else ""),
        )
        for script, chars in _by_script(missing).items()
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
            character=_shown(char),
            name=unicodedata.name(char, "—"),
            script=fonts.script_of(char),
            places=", ".join(missing[char]) or "—",
        )
        for chars in _by_script(missing).values()
        for char in chars
    ]


# ----------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Styles:
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


def _styles(face: fonts.Fonts) -> _Styles:
    body = ParagraphStyle(
        "body", fontName=face.body, fontSize=10.5, leading=14.5, textColor=INK, spaceAfter=5
    )
    return _Styles(
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


# ----------------------------------------------------------------------------- document


_FOOTER = ParagraphStyle(
    "footer",
    fontName="NotoSans",
    fontSize=8.5,
    leading=10,
    alignment=TA_CENTER,
    textColor=colors.HexColor("#5b6b77"),
)


class _NumberedCanvas(textlayout.EmbeddedCanvas):
    """Draws "page x of y" once the number of pages is known (at save)."""

    footer_text: Callable[[int, int], str] = staticmethod(lambda n, total: f"{n} / {total}")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: D102 - ReportLab override
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:  # noqa: D102 - ReportLab override
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber > 1:  # no number on the cover
                # A paragraph, not drawString: the pack's title may be in any script.
                width = self._pagesize[0]
                footer = textlayout.make_paragraph(
                    self.footer_text(self._pageNumber, total), _FOOTER
                )  # (the title in it is cut to FOOTER_TITLE characters)
                _, height = footer.wrap(width - 40 * mm, 30 * mm)
                footer.drawOn(self, 20 * mm, 12 * mm - height + 9)
            super().showPage()
        super().save()


class _JournalDoc(BaseDocTemplate):
    """Adds table-of-contents entries and bookmarks for headings, and checks for cancel."""

    def __init__(self, *args: Any, on_flowable: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802, D102 - ReportLab hook
        self._on_flowable()
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        title: str = flowable.toc_title
        key = f"h{id(flowable)}"
        self.canv.bookmarkPage(key)
        # The bookmark is plain text by nature; the contents entry is a Paragraph, so it gets
        # the heading's escaped markup (a pack's "<img src=…>" is text, never a picture).
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, flowable.toc_markup, self.page, key))


def _heading(text: str, style: ParagraphStyle, level: int) -> Paragraph:
    markup = textlayout.paragraph_markup(text, bold=True)
    paragraph = textlayout.BidiParagraph(markup.xml, textlayout.style_for(markup, style))
    paragraph.toc_level = level
    paragraph.toc_title = text
    paragraph.toc_markup = textlayout.paragraph_markup(text).xml
    return paragraph


class _Lines(Flowable):
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


class _Box(Flowable):
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


# ----------------------------------------------------------------------------- rendering


class _Renderer:
    """Builds the story (the list of flowables) of one journal."""

    def __init__(
        self, pack: Pack, content: JournalContent, options: PdfOptions, face: fonts.Fonts
    ) -> None:
        self.pack = pack
        self.content = content
        self.options = options
        self.face = face
        self.styles = _styles(face)
        self.language = options.language
        self.missing: dict[str, list[str]] = {}
        self.frame_width = 0.0
        self.frame_height = 0.0
        self.image_dir = Path(".")
        self._images_by_prompt: dict[str, list[ImageInfo]] = {}
        for info in content.images:
            self._images_by_prompt.setdefault(info.prompt_id, []).append(info)

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
        return _heading(text, style, level)

    def t(self, text: LocalText | None) -> str:
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
                while cut > 1 and _joined(rest[cut - 1], rest[cut]):
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

    # -- the whole document

    def story(self, on_progress: Callable[[float], None]) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [*self.cover(), NextPageTemplate("body"), PageBreak()]
        story += self.credits()
        story.append(PageBreak())
        toc = TableOfContents()
        toc.levelStyles = [
            ParagraphStyle(
                "toc1",
                parent=s.body,
                fontName=self.face.bold,
                leftIndent=0,
                firstLineIndent=0,
                spaceBefore=6,
            ),
            ParagraphStyle(
                "toc2", parent=s.body, leftIndent=14, firstLineIndent=0, fontSize=9.5, leading=13
            ),
        ]
        story += [self.para(translate("pdf", "Contents"), s.toc_title), toc, PageBreak()]
        for page in self.pack.front_matter:
            story.append(self.heading(self.t(page.title), s.h1, 0))
            story += self.paragraphs(self.t(page.body), s.body)
            for note in page.footnotes:
                story.append(self.para(self.t(note), s.small))
            story.append(PageBreak())
        sections = self.pack.sections
        for number, section in enumerate(sections):
            story.append(self.heading(self.section_title(section), s.h1, 0))
            if section.intro:
                story += self.paragraphs(self.t(section.intro), s.body)
            for group in section.groups:
                rendered = [f for p in group.prompts for f in self.prompt(p)]
                if not rendered and self.options.skip_unanswered:
                    continue
                if group.title is not None:
                    story.append(self.heading(self.t(group.title), s.h2, 1))
                if group.intro:
                    story += self.paragraphs(self.t(group.intro), s.body)
                story += rendered
            if number < len(sections) - 1:
                story.append(PageBreak())
            on_progress((number + 1) / (len(sections) + 1))
        story += self.orphans()
        return story

    def section_title(self, section: Section) -> str:
        """A section's heading: "Section 2: Title" when the section has a number."""
        title = self.t(section.title)
        if not section.number:
            return title
        return translate("pdf", "Section {number}: {title}").format(
            number=section.number, title=title
        )

    def cover(self) -> list[Flowable]:
        s = self.styles
        parts: list[Flowable] = [
            Spacer(1, 60 * mm),
            self.para(self.t(self.pack.title), s.cover_title),
        ]
        if self.pack.subtitle:
            parts.append(self.para(self.t(self.pack.subtitle), s.cover_subtitle))
        if self.options.blank:
            parts.append(self.para(translate("pdf", "A workbook to fill in by hand"), s.cover_meta))
        elif self.content.journal is not None:
            parts.append(self.para(self.content.journal.name, s.cover_meta, bold=True))
        parts.append(self.para(cover_date(), s.cover_meta))
        return parts

    def credits(self) -> list[Flowable]:
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

    def made_with(self) -> str:
        """The last line of the credits (whose answers these are)."""
        return translate("pdf", "Made with Reflection Journal. The answers are the author's own.")

    # -- prompts

    def prompt(self, prompt: AnyPrompt) -> list[Flowable]:
        answer = None if self.options.blank else self.content.answers.get(prompt.id)
        images = [] if self.options.blank else self._images_by_prompt.get(prompt.id, [])
        answered = (answer is not None and not answer.is_empty()) or bool(images)
        skipped = answer is not None and answer.skipped
        if prompt.answerable and self.options.skip_unanswered and (not answered or skipped):
            return []
        s = self.styles
        heading = self.t(prompt.text)
        if prompt.number:
            heading = f"{prompt.number}. {heading}"
        if isinstance(prompt, NotePrompt):
            return RENDERERS[PromptKind.NOTE](self, prompt, None, [])
        parts: list[Flowable] = [self.para(heading, s.prompt, prompt.id)]
        if answer is not None and answer.private:  # only here when the person asked for it
            parts.append(
                self.para(
                    translate("pdf", "Private answer: kept out of hand-ins, printed on request."),
                    s.small,
                )
            )
        if isinstance(prompt, AnswerablePrompt) and prompt.hint is not None:
            parts.append(self.para(self.t(prompt.hint), s.hint))
        value = answer.value if answer is not None else None
        parts += RENDERERS[prompt.kind](self, prompt, value, images)
        if answer is not None and answer.time_spent_seconds:
            minutes, seconds = divmod(answer.time_spent_seconds, 60)
            if seconds:
                spent = translate("pdf", "Time spent: {minutes} min {seconds:02d} s")
            else:
                spent = translate("pdf", "Time spent: {minutes} min")
            parts.append(self.para(spent.format(minutes=minutes, seconds=seconds), s.small))
        if skipped and not answered:
            parts.append(self.para(translate("pdf", "Skipped on purpose."), s.hint))
        return parts

    def lines(self, count: int) -> Flowable:
        return _Lines(count)

    def orphans(self) -> list[Flowable]:
        if self.options.blank:
            return []
        known = {p.id for p in self.pack.prompts()}
        lost = [
            a
            for a in self.content.answers.values()
            if a.prompt_id not in known and not a.is_empty()
        ]
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
        elif text.strip():
            parts.append(r.para(f"{label} {text}", s.answer, prompt.id))
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
        return [*parts, _Box(70 * mm, label, s.small)]
    for info in images:
        # Given a file name (not bytes), ReportLab embeds a JPEG as it is, without decoding it,
        # and recognises it again in later layout passes by its name.
        suffix = ".jpg" if info.media_type == "image/jpeg" else ".png"
        path = r.image_dir / f"picture-{info.id}{suffix}"
        if not path.exists():
            path.write_bytes(r.content.image_bytes(info.id))
        # Never larger than the frame, nor than the picture itself at 96 pixels per inch.
        natural_w, natural_h = info.width * 0.75, info.height * 0.75
        scale = min(1.0, r.frame_width / natural_w, (r.frame_height * 0.7) / natural_h)
        picture = Image(str(path), width=natural_w * scale, height=natural_h * scale)
        picture.hAlign = "CENTER"
        block: list[Flowable] = [picture]
        if info.caption.strip():
            block.append(
                r.para(
                    info.caption,
                    ParagraphStyle("caption", parent=s.small, alignment=TA_CENTER),
                    prompt.id,
                )
            )
        block.append(Spacer(1, 4 * mm))
        parts.append(KeepTogether(block))
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
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            translate("export", "The folder {folder} does not exist.").format(folder=folder)
        )
    progress = on_progress or (lambda _fraction: None)
    private = {a.prompt_id for a in content.answers.values() if a.private}
    if private and not options.include_private:
        # "Private" promises the answer stays on this computer: not in a PDF either, unless
        # the person asks for it.
        content = replace(
            content,
            answers={k: a for k, a in content.answers.items() if k not in private},
            images=[i for i in content.images if i.prompt_id not in private],
        )
    renderer = _Renderer(pack, content, options, face)
    page_size = PAGE_SIZES[options.page_size]
    margin = 20 * mm

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled(
                translate("export", "The export was cancelled; nothing was written.")
            )

    # Both clear first what an export killed earlier left (a logout mid-export).
    try:
        temporary = files.temporary_beside(target, ".partial")
    except OSError as error:
        raise ExportError(_describe(error, folder)) from None
    pictures = files.work_folder("journal-export-")
    renderer.image_dir = Path(pictures.name)
    try:
        journal = content.journal
        doc = _JournalDoc(
            str(temporary),
            on_flowable=check_cancel,
            pagesize=page_size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin + 6 * mm,
            title=renderer.t(pack.title),
            author=journal.name if journal and not options.blank else "",
            subject=renderer.t(pack.subtitle) if pack.subtitle else renderer.t(pack.title),
            creator="Reflection Journal",
            lang=options.language or pack.language,
            displayDocTitle=1,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        renderer.frame_width, renderer.frame_height = doc.width, doc.height
        doc.addPageTemplates(
            [PageTemplate(id="cover", frames=[frame]), PageTemplate(id="body", frames=[frame])]
        )
        story = renderer.story(progress)
        check_cancel()
        title = renderer.t(pack.title)
        if len(title) > FOOTER_TITLE:  # drawn on every page: a line, not a chapter
            title = title[: FOOTER_TITLE - 1].rstrip() + "…"
        footer = translate("pdf", "{title} — page {page} of {total}")

        class Numbered(_NumberedCanvas):
            @staticmethod
            def footer_text(n: int, total: int) -> str:
                return footer.format(title=title, page=n, total=total)

        doc.multiBuild(story, canvasmaker=Numbered)
        pages = doc.page
        # mkstemp made the file private (0600); give the PDF the usual permissions.
        mode = target.stat().st_mode & 0o777 if target.exists() else files.shared_file_mode()
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except ExportError:
        temporary.unlink(missing_ok=True)
        raise
    except fonts.FontError as error:  # a font opened when a text first needs it
        temporary.unlink(missing_ok=True)
        raise ExportError(str(error)) from None
    except LayoutError:
        temporary.unlink(missing_ok=True)
        raise ExportError(too_tall_for_a_page()) from None
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportError(_describe(error, folder)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        pictures.cleanup()
    progress(1.0)
    return ExportReport(target, pages, renderer.missing)


def _joined(before: str, after: str) -> bool:
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


def _describe(error: OSError, folder: Path, *, outcome: bool = False) -> str:
    """A sentence for a failure to write a PDF (``outcome``: the compiled outcome document)."""
    if error.errno == errno.ENOSPC:
        if outcome:
            template = translate(
                "export",
                "Could not write the outcome document in {folder}: the disk is full."
                " Nothing was written.",
            )
        else:
            template = translate(
                "export",
                "Could not write the PDF in {folder}: the disk is full. Nothing was written.",
            )
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if outcome:
            template = translate(
                "export",
                "Could not write the outcome document in {folder}: the folder is read-only or you"
                " may not write there. Nothing was written.",
            )
        else:
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


def gather(repository: Repository, journal: Journal) -> JournalContent:
    """Read what the export needs from the repository (picture bytes are read later, lazily)."""
    return JournalContent(
        journal=journal,
        answers=repository.answers(journal),
        images=repository.images(journal),
        image_bytes=repository.image_bytes,
    )
