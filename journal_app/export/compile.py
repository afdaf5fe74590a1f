"""Compile the hand-ins of a workshop into one outcome document (PDF) and a spreadsheet (CSV).

A facilitator gathers the participants' hand-ins (``*.journal.zip``, see ``handin``) and compiles
them: :func:`compile_handins` writes a PDF that shows, prompt by prompt in the pack's order, what
the group answered (a bar chart of the options marked in each checklist, every text answer, one
table per table prompt with a column for the participant, the pictures with their captions, the
median time spent on timed prompts, and a list of the prompts nobody answered), and optionally a
CSV in long format with every answer, for a spreadsheet.

Participants are anonymous by default ("Participant 1, 2…", numbered in the order the files are
given); their journal names appear only with ``show_names=True``.

Streaming: each hand-in is read, checked and folded in one at a time, then dropped. Its answers
go to the CSV at once and, for the PDF, to a spool (a temporary SQLite file); its pictures are
written to a temporary folder, scaled down to ``PICTURE_EDGE`` pixels (only paths and captions
are kept). Only counts stay in memory, so reading 500 hand-ins takes no more memory than reading
50. The PDF's story is then generated lazily from the spool, a few flowables ahead of ReportLab's
layout; ReportLab itself keeps the document it is making in memory until it writes the file
(about 4 times the PDF's size at the peak), which no streaming on this side can avoid.

Speed (500 hand-ins with every prompt answered make a PDF of about 5,000 pages): plain Latin text
skips the per-character work of ``fonts`` (see ``_Compiler.para``), a participant's label is the
answer paragraph's bullet rather than a paragraph of its own, and a table is laid out a row at a
time (``_CompileDoc`` repeats its heading at the top of each page it continues on).

Hand-ins made with different versions of the same pack compile together, by prompt id: answers
to prompts this version does not have, or that no longer fit their prompt (another kind, an
option that was removed), are left out of the PDF, counted in the report and on the document's
second page; the CSV keeps them. A hand-in for another pack, or a damaged one, refuses the whole
compile with a message naming the file, and nothing is written: the facilitator removes the file
and runs it again.

Both files are written to a temporary file beside their target and renamed into place (as the
journal PDF is, see ``pdf``), so a failure or a cancel leaves no half file and older files intact.

The PDF is made with the journal PDF's kit, ``layout`` (styles, text helpers and credits, the
numbered canvas, the document template, headings).
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import sqlite3
import statistics
import warnings
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
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
    Image,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from journal_app import files
from journal_app.export import QUOTES, fonts, layout, textlayout
from journal_app.export.handin import HandIn, HandInError, check_picture_budget, read_handin
from journal_app.export.layout import (
    PAGE_SIZES,
    RULE,
    SHADE,
    ExportCancelled,
    ExportError,
    cover_date,
    missing_details,
    missing_summary,
)
from journal_app.export.synthesis import CONTACT_SHEET, Synthesis, checklist_chart
from journal_app.export.workbook import write_workbook
from journal_app.i18n import QT_TRANSLATE_NOOP, translate
from journal_app.packs.model import (
    AnyPrompt,
    ChecklistPrompt,
    Column,
    ImagePrompt,
    NotePrompt,
    Pack,
    PromptKind,
    Section,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)
from journal_app.store import answers as values
from journal_app.store import images as pictures
from journal_app.store.answers import (
    AnswerValue,
    ChecklistValue,
    ItemsValue,
    StemsValue,
    TableValue,
    TextValue,
)
from journal_app.store.errors import InvalidAnswer

CSV_COLUMNS = (
    "participant",
    "journal_name",
    "pack_id",
    "pack_version",
    "section",
    "prompt_id",
    "prompt_text",
    "kind",
    "part",
    "part_label",
    "value",
)
"""The CSV's header. See :func:`compile_handins` for what ``part`` holds for each kind."""

TABLE_COLUMN_PARTICIPANT = QT_TRANSLATE_NOOP("compile", "Participant")
"""The first column of a table of answers (translated in context "compile" when printed)."""
PICTURE_EDGE = 1000
"""Pictures are scaled down to this many pixels on their long edge (300 dpi at 85 mm)."""
_READ_SHARE = 0.35  # of the progress bar: reading the hand-ins; the rest is the layout
_LOOKAHEAD = 60  # flowables generated ahead of ReportLab's layout
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
GREY_HEX = "#5b6b77"
GREY = colors.HexColor(GREY_HEX)
# Text that textlayout.paragraph_markup makes into one run in the main font, left to right,
# unchanged: printable Latin-1 (not the soft hyphen, which it drops) and line breaks. See
# _Compiler.para.
_PLAIN = re.compile(r"[\x20-\x7e\xa0-\xac\xae-\xff\n]*")
_PLAIN_MARKUP = textlayout.Markup(xml="", rtl=False, needs_shaping=False)
_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


class CompileError(ExportError):
    """The outcome document could not be made; the message says why (nothing was written)."""


class CompileCancelled(CompileError, ExportCancelled):
    """The user cancelled; nothing was written."""


@dataclass
class CompileReport:
    """What was compiled and written.

    Attributes:
        pdf_path: the outcome document.
        csv_path: the CSV, if one was asked for.
        handins: how many hand-ins were compiled.
        pages: pages of the PDF.
        missing: characters no bundled font could draw, with the prompts they are in.
        versions: pack version → how many hand-ins were made with it.
        not_in_pack: prompt id → how many hand-ins answered a prompt this version of the pack
            does not have (left out of the PDF, kept in the CSV).
        unfit: prompt id → how many hand-ins have an answer that no longer fits the prompt
            (another kind, a removed option or cell; left out of the PDF, kept in the CSV).
    """

    pdf_path: Path
    csv_path: Path | None
    handins: int
    pages: int
    missing: dict[str, list[str]] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    not_in_pack: dict[str, int] = field(default_factory=dict)
    unfit: dict[str, int] = field(default_factory=dict)

    def missing_summary(self) -> str | None:
        """One line on the characters no bundled font has, by script, or None."""
        return missing_summary(self.missing)

    def missing_details(self) -> list[str]:
        """One line per character no bundled font has."""
        return missing_details(self.missing)

    def summary(self) -> str:
        """One line saying what was written (for a status bar or the command line)."""
        left_out = sum(self.not_in_pack.values()) + sum(self.unfit.values())
        # Whole sentences, each with one count, for the translators.
        if self.csv_path is None:
            written = translate(
                "compile", "Compiled %n hand-ins into {pdf} ({pages} pages).", None, self.handins
            )
        else:
            written = translate(
                "compile",
                "Compiled %n hand-ins into {pdf} ({pages} pages) and {csv}.",
                None,
                self.handins,
            )
        sentences = [written.format(pdf=self.pdf_path, pages=self.pages, csv=self.csv_path)]
        if left_out and self.csv_path is None:
            sentences.append(
                translate(
                    "compile",
                    "%n answers to prompts this version of the pack does not have (or that no"
                    " longer fit them) are left out of the PDF.",
                    None,
                    left_out,
                )
            )
        elif left_out:
            sentences.append(
                translate(
                    "compile",
                    "%n answers to prompts this version of the pack does not have (or that no"
                    " longer fit them) are left out of the PDF and are in the CSV.",
                    None,
                    left_out,
                )
            )
        return " ".join(sentences)


# ----------------------------------------------------------------------------- aggregates


@dataclass
class _Tally:
    """What is kept in memory for one prompt: counts, never texts."""

    answered: int = 0
    options: Counter[str] = field(default_factory=Counter)
    other: int = 0
    times: list[int] = field(default_factory=list)


class _Spool:
    """Answer texts and picture paths on disk, read back prompt by prompt for the PDF."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute(
            "CREATE TABLE texts (prompt TEXT, part TEXT, sub TEXT, participant INTEGER, text TEXT)"
        )
        self.db.execute(
            "CREATE TABLE pictures (prompt TEXT, participant INTEGER, path TEXT, caption TEXT,"
            " width INTEGER, height INTEGER)"
        )
        # For the spreadsheet: its rows (as the CSV's), and the participants.
        self.db.execute(
            "CREATE TABLE sheet_rows (prompt TEXT, known INTEGER, participant INTEGER,"
            " part TEXT, label TEXT, value TEXT)"
        )
        self.db.execute(
            "CREATE TABLE people (participant INTEGER, name TEXT, version TEXT, handed_in TEXT)"
        )

    def add(
        self,
        texts: list[tuple[str, str, str, int, str]],
        images: list[tuple[str, int, str, str, int, int]],
    ) -> None:
        self.db.execute("BEGIN")
        self.db.executemany("INSERT INTO texts VALUES (?, ?, ?, ?, ?)", texts)
        self.db.executemany("INSERT INTO pictures VALUES (?, ?, ?, ?, ?, ?)", images)
        self.db.execute("COMMIT")

    def add_sheet_rows(
        self, person: tuple[int, str, str, str], rows: list[tuple[str, int, int, str, str, str]]
    ) -> None:
        """One participant, and their answers' rows for the spreadsheet."""
        self.db.execute("BEGIN")
        self.db.execute("INSERT INTO people VALUES (?, ?, ?, ?)", person)
        self.db.executemany("INSERT INTO sheet_rows VALUES (?, ?, ?, ?, ?, ?)", rows)
        self.db.execute("COMMIT")

    def sheet_rows(self, prompt: str) -> Iterator[tuple[int, str, str, str]]:
        """``(participant, part, label, value)`` of one prompt, in hand-in order."""
        query = (
            "SELECT participant, part, label, value FROM sheet_rows WHERE prompt = ? ORDER BY rowid"
        )
        return self.db.execute(query, (prompt,))

    def unknown_rows(self) -> Iterator[tuple[str, int, str, str, str]]:
        """``(prompt, participant, part, label, value)`` of prompts the pack does not have."""
        query = (
            "SELECT prompt, participant, part, label, value FROM sheet_rows WHERE known = 0"
            " ORDER BY rowid"
        )
        return self.db.execute(query)

    def people(self) -> Iterator[tuple[int, str, str, str]]:
        """``(participant, name, version, handed in)`` in order."""
        return self.db.execute("SELECT * FROM people ORDER BY rowid")

    def finish(self) -> None:
        # (prompt, part, sub): a cell of a table, an item, a stem is found without a scan.
        self.db.execute("CREATE INDEX texts_prompt ON texts (prompt, part, sub)")
        self.db.execute("CREATE INDEX pictures_prompt ON pictures (prompt)")
        self.db.execute("CREATE INDEX sheet_rows_prompt ON sheet_rows (prompt)")

    @staticmethod
    def _where(prompt: str, part: str | None, sub: str | None) -> tuple[str, tuple[str, ...]]:
        clause, arguments = "prompt = ?", [prompt]
        if part is not None:
            clause, arguments = clause + " AND part = ?", [*arguments, part]
        if sub is not None:
            clause, arguments = clause + " AND sub = ?", [*arguments, sub]
        return clause, tuple(arguments)

    def texts(
        self, prompt: str, part: str | None = None, sub: str | None = None
    ) -> Iterator[tuple[int, str, str, str]]:
        """``(participant, part, sub, text)`` in the order the hand-ins were given."""
        clause, arguments = self._where(prompt, part, sub)
        query = f"SELECT participant, part, sub, text FROM texts WHERE {clause} ORDER BY rowid"  # noqa: S608 - fixed clauses, values bound
        return self.db.execute(query, arguments)

    def count(self, prompt: str, part: str | None = None, sub: str | None = None) -> int:
        """How many texts :meth:`texts` gives for the same arguments."""
        clause, arguments = self._where(prompt, part, sub)
        row = self.db.execute(f"SELECT COUNT(*) FROM texts WHERE {clause}", arguments).fetchone()  # noqa: S608 - fixed clauses, values bound
        return int(row[0])

    def pictures(
        self, prompt: str, limit: int | None = None
    ) -> Iterator[tuple[int, str, str, int, int]]:
        """``(participant, path, caption, width, height)`` in order (the first ``limit``)."""
        query = (
            "SELECT participant, path, caption, width, height FROM pictures WHERE prompt = ?"
            " ORDER BY rowid LIMIT ?"
        )
        return self.db.execute(query, (prompt, -1 if limit is None else limit))

    def close(self) -> None:
        self.db.close()


def _csv_cell(text: str) -> str:
    """A text made safe for a spreadsheet: a leading = + - @ would start a formula in Excel."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _prepare_picture(data: bytes, suffix: str) -> tuple[bytes, int, int]:
    """A hand-in picture checked (the JPEG or PNG it claims to be) and made small enough.

    Pictures are shown at most about 85 mm wide, so anything over ``PICTURE_EDGE`` pixels is
    scaled down (a JPEG is decoded at a reduced size straight away): a compile of hundreds of
    phone photos would otherwise make a PDF of gigabytes. Smaller pictures are kept as they are.

    Returns:
        The bytes to embed, and their width and height in pixels.

    Raises:
        ValueError: with what is wrong (in the user's language: it ends in a ``CompileError``).
    """
    from PIL import Image as PILImage  # noqa: PLC0415 - only when there are pictures
    from PIL import UnidentifiedImageError  # noqa: PLC0415

    expected = {"jpg": ("JPEG", "MPO"), "png": ("PNG",)}[suffix]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            try:  # only the format the name says (an EPS would go to Ghostscript)
                image = PILImage.open(io.BytesIO(data), formats=[expected[0]])
            except UnidentifiedImageError:
                image = None
            if image is None or image.format not in expected:
                raise ValueError(
                    translate("compile", "it is not a {format} file").format(format=suffix.upper())
                )
            width, height = image.size
            if width * height > pictures.MAX_PIXELS:
                raise ValueError(
                    translate("compile", "it has too many pixels ({width} × {height})").format(
                        width=width, height=height
                    )
                )
            if image.format != "PNG":
                image.draft("RGB", (PICTURE_EDGE, PICTURE_EDGE))
            # Decoded even when kept as it is: a JPEG ReportLab cannot embed (lossless, cut
            # short) or a PNG it cannot lay out must fail here, with its name, not there.
            image.load()
            # Always encoded again, small or not: what a hand-in's file carries besides its
            # pixels (EXIF and GPS, bytes appended after the picture) stays out of the outcome.
            scaled: PILImage.Image = image
            if scaled.mode == "P":
                scaled = scaled.convert("RGBA")
            scaled.thumbnail((PICTURE_EDGE, PICTURE_EDGE), PILImage.Resampling.BILINEAR)
            out = io.BytesIO()
            if suffix == "jpg":
                if scaled.mode not in ("RGB", "L", "CMYK"):
                    scaled = scaled.convert("RGB")
                scaled.save(out, format="JPEG", quality=85)
            else:
                scaled.save(out, format="PNG")
    except ValueError:
        raise
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise ValueError(
            translate("compile", "it has too many pixels to be opened safely")
        ) from None
    except (OSError, SyntaxError) as error:
        raise ValueError(
            translate("compile", "it is damaged ({error})").format(error=error)
        ) from None
    return out.getvalue(), scaled.width, scaled.height


# ----------------------------------------------------------------------------- reading


class _Compiler(layout.Writer):
    """Folds hand-ins in one by one, then generates the outcome document's story."""

    def __init__(
        self,
        pack: Pack,
        face: fonts.Fonts,
        work: Path,
        csv_writer: Any | None,
        show_names: bool,
    ) -> None:
        super().__init__(pack, face, None)
        self.work = work
        self.csv = csv_writer
        self.show_names = show_names
        self.spool = _Spool(work / "spool.sqlite3")
        self.participants = 0
        self.names: list[str] = []
        self.versions: Counter[str] = Counter()
        self.tallies: dict[str, _Tally] = {}
        self.not_in_pack: Counter[str] = Counter()
        self.unfit: Counter[str] = Counter()
        self.order: dict[str, int] = {}
        self.sections: dict[str, Section] = {}
        self.prompts: dict[str, AnyPrompt] = {}
        for index, prompt in enumerate(pack.prompts()):
            self.order[prompt.id] = index
            self.prompts[prompt.id] = prompt
            self.tallies[prompt.id] = _Tally()
        for section in pack.sections:
            for prompt in section.prompts():
                self.sections[prompt.id] = section
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
        self.quotes = QUOTES
        self.all_answers = False
        self.first_handed_in: date | None = None
        self.last_handed_in: date | None = None
        self.spreadsheet = False  # rows kept for write_workbook
        self.answerable_ids = frozenset(p.id for p in pack.prompts() if p.answerable)
        self.picture_counts: Counter[str] = Counter()
        self.answer_style = s.answer  # see prepare()
        self.row_style = [
            *_GRID,
            ("FONT", (0, 0), (-1, -1), face.body, s.cell.fontSize, s.cell.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), s.cell.textColor),
        ]
        self._styles_made: dict[tuple[ParagraphStyle, bool, bool], ParagraphStyle] = {}

    # -- text helpers (faster versions of layout.Writer's, for thousands of answers)

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
        if _PLAIN.fullmatch(text) is not None:
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
        widest = translate("compile", "Participant {number}").format(number=self.participants) + ":"
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

    def fold(self, handin: HandIn) -> None:
        """Add one checked hand-in (its file is named in every error).

        Raises:
            CompileError: another pack, or a damaged answer or picture.
        """
        where = handin.path
        if handin.pack_id != self.pack.id:
            raise CompileError(
                translate(
                    "compile",
                    "{file}: this hand-in is for the prompt pack {pack}, not {expected}."
                    " Remove it and compile again; nothing was written.",
                ).format(file=where, pack=repr(handin.pack_id), expected=repr(self.pack.id))
            )
        number = self.participants + 1
        texts: list[tuple[str, str, str, int, str]] = []
        images: list[tuple[str, int, str, str, int, int]] = []
        rows: list[tuple[int, int, list[str]]] = []  # (pack order, position, CSV row)
        seen: set[str] = set()
        name = handin.journal_name if self.show_names else ""

        def csv_row(
            position: int, prompt_id: str, kind: str, text: str, part: str, value: str
        ) -> None:
            section = self.sections.get(prompt_id)
            row = [
                str(number),
                name,
                handin.pack_id,
                handin.pack_version,
                self.t(section.title) if section is not None else "",
                prompt_id,
                text,
                kind,
                part,
                self.part_label(self.prompts.get(prompt_id), part),
                value,
            ]
            rows.append((self.order.get(prompt_id, len(self.order)), position, row))

        def damaged(problem: str) -> CompileError:
            return CompileError(
                translate(
                    "compile",
                    "{file}: {problem}. Remove it and compile again; nothing was written.",
                ).format(file=where, problem=problem)
            )

        answered: set[str] = set()  # the prompts this hand-in answered, counted once each
        for index, item in enumerate(handin.answers):
            prompt_id: str = item["prompt_id"]
            if prompt_id in seen:
                raise damaged(
                    translate(
                        "compile", "answers.json /answers/{index}: {prompt} is answered twice"
                    ).format(index=index, prompt=repr(prompt_id))
                )
            seen.add(prompt_id)
            kind = PromptKind(item["kind"])
            try:
                value = None if item["value"] is None else values.from_json(kind, item["value"])
            except ValueError as error:
                raise damaged(f"answers.json /answers/{index}: {error}") from None
            seconds = item.get("time_spent_seconds")
            prompt = self.prompts.get(prompt_id)
            wording = self.t(prompt.text) if prompt is not None else item.get("prompt_text", "")
            for part, text in self.csv_parts(prompt, value):
                csv_row(index, prompt_id, kind.value, wording, part, text)
            if seconds:
                csv_row(index, prompt_id, kind.value, wording, "time_spent_seconds", str(seconds))
            has_content = (value is not None and not value.is_empty()) or bool(seconds)
            if prompt is None or isinstance(prompt, NotePrompt):
                if has_content:
                    self.not_in_pack[prompt_id] += 1
                continue
            try:
                if kind is not prompt.kind:
                    raise InvalidAnswer(prompt_id, "another kind")
                values.check(prompt, value, None)
            except InvalidAnswer:
                if has_content:
                    self.unfit[prompt_id] += 1
                continue
            tally = self.tallies[prompt_id]
            if seconds and prompt.timer_minutes:
                tally.times.append(seconds)
            if value is None or value.is_empty():
                continue
            tally.answered += 1
            answered.add(prompt_id)
            texts += self.spool_rows(prompt, value, number, tally)

        counts: Counter[str] = Counter()
        for index, image in enumerate(handin.images):
            prompt_id = image["prompt_id"]
            counts[prompt_id] += 1
            prompt = self.prompts.get(prompt_id)
            wording = self.t(prompt.text) if prompt is not None else ""
            csv_row(
                10_000 + index,
                prompt_id,
                "image",
                wording,
                str(counts[prompt_id]),
                image["caption"],
            )
            if not isinstance(prompt, ImagePrompt):
                if prompt is None:
                    self.not_in_pack[prompt_id] += 1
                else:
                    self.unfit[prompt_id] += 1
                continue
            if prompt_id not in answered:  # words and pictures together count once
                answered.add(prompt_id)
                self.tallies[prompt_id].answered += 1
            self.picture_counts[prompt_id] += 1
            if not self.all_answers and self.picture_counts[prompt_id] > CONTACT_SHEET:
                # Only the contact sheet's pictures are printed: the others are counted, never
                # decoded (nor written out: at thousands of hand-ins that was most of the time).
                continue
            name_inside: str = image["file"]
            suffix = name_inside.rsplit(".", 1)[1]
            data = handin.image_data[name_inside]
            try:
                data, width, height = _prepare_picture(data, suffix)
            except ValueError as error:
                raise damaged(
                    translate("compile", "the picture {name}: {problem}").format(
                        name=repr(name_inside), problem=error
                    )
                ) from None
            path = self.work / f"p{number}-{index + 1}.{suffix}"
            try:
                path.write_bytes(data)
            except OSError as error:
                raise CompileError(
                    translate(
                        "compile",
                        "Could not write a temporary file in {folder}: {reason}."
                        " Nothing was written.",
                    ).format(folder=self.work, reason=error.strerror)
                ) from None
            images.append((prompt_id, number, str(path), image["caption"], width, height))

        self.spool.add(texts, images)
        rows.sort(key=lambda r: (r[0], r[1]))
        if self.csv is not None:
            self.csv.writerows([_csv_cell(cell) for cell in row] for _, _, row in rows)
        if self.spreadsheet:
            handed_in = handin.created.isoformat(timespec="minutes") if handin.created else ""
            name = handin.journal_name if self.show_names else ""
            known = self.answerable_ids
            self.spool.add_sheet_rows(
                (number, name, handin.pack_version, handed_in),
                [  # (the CSV's columns: prompt 5, part 8, label 9, value 10)
                    (row[5], int(row[5] in known), number, row[8], row[9], row[10])
                    for _, _, row in rows
                ],
            )
        self.participants = number
        self.versions[handin.pack_version] += 1
        if handin.created is not None:  # (read_handin checked it can be made local)
            day = handin.created.astimezone().date()
            if self.first_handed_in is None or day < self.first_handed_in:
                self.first_handed_in = day
            if self.last_handed_in is None or day > self.last_handed_in:
                self.last_handed_in = day
        if self.show_names:
            self.names.append(handin.journal_name)

    def part_label(self, prompt: AnyPrompt | None, part: str) -> str:
        """The words a reader knows a part of an answer by (its ``part`` is an id or number)."""
        if part == "time_spent_seconds":
            return translate("compile", "Time spent (seconds)")
        if isinstance(prompt, TextPrompt) and part.isdigit() and 0 < int(part) <= len(prompt.items):
            label = prompt.items[int(part) - 1].label
            return self.t(label) if label is not None else f"{part}."
        if isinstance(prompt, ChecklistPrompt):
            if part == "other":
                return self.t(prompt.other).rstrip(" :：") if prompt.other is not None else part
            return next((self.t(o.text) for o in prompt.options if o.id == part), part)
        if isinstance(prompt, StemsPrompt):
            return next((f"{self.t(st.text)} …" for st in prompt.stems if st.id == part), part)
        if isinstance(prompt, TablePrompt) and "|" in part:
            row_id, column_id = part.split("|", 1)
            row = next((r for r in prompt.rows if r.id == row_id), None)
            column = next((c for c in prompt.columns if c.id == column_id), None)
            fixed = [
                self.t(f) for c in prompt.columns if row and (f := row.fixed(c.id)) is not None
            ]
            row_name = " · ".join(fixed) or translate("compile", "Row {row}").format(row=row_id)
            column_name = self.t(column.title) if column and column.title else column_id
            return f"{row_name} / {column_name}"
        if isinstance(prompt, ImagePrompt) and part.isdigit():
            return translate("compile", "Picture {number}").format(number=part)
        return part

    def csv_parts(
        self, prompt: AnyPrompt | None, value: AnswerValue | None
    ) -> Iterator[tuple[str, str]]:
        """``(part, value)`` of the CSV rows of one answer; empty fields give no row."""
        match value:
            case TextValue(text=text) if text.strip():
                yield "", text
            case ItemsValue(items=items):
                for number, text in enumerate(items, start=1):
                    if text.strip():
                        yield str(number), text
            case ChecklistValue():
                options = (
                    {o.id: self.t(o.text) for o in prompt.options}
                    if isinstance(prompt, ChecklistPrompt)
                    else {}
                )
                for option in value.checked:
                    yield option, options.get(option, option)
                if value.other_checked or value.other_text.strip():
                    yield "other", value.other_text
            case TableValue(cells=cells):
                for row, column, text in cells:
                    if text.strip():
                        yield f"{row}|{column}", text
            case StemsValue(completions=completions):
                for stem, text in completions:
                    if text.strip():
                        yield stem, text

    def spool_rows(
        self, prompt: AnyPrompt, value: AnswerValue, number: int, tally: _Tally
    ) -> list[tuple[str, str, str, int, str]]:
        """What the PDF needs of one fitting answer: texts to the spool, checklist counts."""
        pid = prompt.id
        match value:
            case TextValue(text=text):
                return [(pid, "", "", number, text)]
            case ItemsValue(items=items):
                return [(pid, str(i), "", number, t) for i, t in enumerate(items) if t.strip()]
            case ChecklistValue():
                tally.options.update(value.checked)
                if value.other_checked or value.other_text.strip():
                    tally.other += 1
                text = value.other_text
                return [(pid, "other", "", number, text)] if text.strip() else []
            case TableValue(cells=cells):
                return [(pid, r, c, number, t) for r, c, t in cells if t.strip()]
            case StemsValue(completions=completions):
                return [(pid, stem, "", number, t) for stem, t in completions if t.strip()]
        return []

    # -- labels

    def who(self, number: int) -> str:
        """How a participant is named: by number, with the journal's name if asked for."""
        if self.show_names:
            return translate("compile", "{name} (participant {number})").format(
                name=self.names[number - 1], number=number
            )
        return translate("compile", "Participant {number}").format(number=number)

    def who_short(self, number: int) -> str:
        """The participant column of a table."""
        return f"{number}. {self.names[number - 1]}" if self.show_names else str(number)

    def heading_text(self, prompt: AnyPrompt) -> str:
        text = self.t(prompt.text)
        return f"{prompt.number}. {text}" if prompt.number else text

    # -- the story

    def front(self) -> list[Flowable]:
        """Cover, and the page about this document with the pack's attribution."""
        s = self.styles
        n = self.participants
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
            "used": next(iter(self.versions), ""),
            "versions": ", ".join(
                f"{version} ({count})" for version, count in sorted(self.versions.items())
            ),
            "count": n,
        }
        if len(self.versions) != 1:
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
        if self.show_names:
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
        left_out = sum(self.not_in_pack.values()) + sum(self.unfit.values())
        if left_out:
            ids = sorted(set(self.not_in_pack) | set(self.unfit))
            shown = ", ".join(ids[:12]) + (", …" if len(ids) > 12 else "")
            if self.csv is not None:
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
        if self.show_names:
            parts.append(self.heading(translate("compile", "Participants"), s.h2, 0))
            parts += [
                self.para(f"{i}. {name}", s.small) for i, name in enumerate(self.names, start=1)
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
        if self.all_answers and any(t.answered or t.times for t in self.tallies.values()):
            yield [
                PageBreak(),
                self.heading(translate("compile", "Appendix: every answer"), self.styles.h1, 0),
            ]
            yield from self.every_answer(lambda f: on_progress(share + share * f))

    def every_answer(self, on_progress: Callable[[float], None]) -> Iterator[list[Flowable]]:
        """Every participant's answer to every prompt, in the pack's order."""
        for headings, prompt, tally in self.answered(on_progress, break_first=False, level=1):
            if headings:
                yield headings
            yield from self.prompt_block(prompt, tally)

    def answered(
        self, on_progress: Callable[[float], None], *, break_first: bool, level: int = 0
    ) -> Iterator[tuple[list[Flowable], AnyPrompt, _Tally]]:
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
                    tally = self.tallies[prompt.id]
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

    def prompt_block(self, prompt: AnyPrompt, tally: _Tally) -> Iterator[list[Flowable]]:
        s = self.styles
        n = self.participants
        yield [
            self.para(self.heading_text(prompt), s.prompt, prompt.id),
            self.para(
                translate("compile", "{answered} of %n participants answered.", None, n).format(
                    answered=tally.answered
                ),
                s.hint,
            ),
        ]
        if isinstance(prompt, ChecklistPrompt):
            yield from self.checklist(prompt, tally)
        elif isinstance(prompt, TextPrompt):
            yield from self.text(prompt)
        elif isinstance(prompt, TablePrompt):
            yield from self.table(prompt)
        elif isinstance(prompt, StemsPrompt):
            yield from self.stems(prompt)
        elif isinstance(prompt, ImagePrompt):
            yield from self.free_texts(prompt.id)  # its written answers, if it invites them
            yield from self.pictures(prompt)
        yield from self.time_spent(tally)

    def time_spent(self, tally: _Tally) -> Iterator[list[Flowable]]:
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
        if self.show_names:  # a name may be in any script: a paragraph of its own
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

    def free_texts(self, prompt_id: str) -> Iterator[list[Flowable]]:
        """Every participant's free answer to the prompt, one after the other."""
        for number, _, _, text in self.spool.texts(prompt_id):
            yield self.answer(number, text, prompt_id)

    def text(self, prompt: TextPrompt) -> Iterator[list[Flowable]]:
        if not prompt.items:
            yield from self.free_texts(prompt.id)
            return
        if all(item.label is None for item in prompt.items):
            # "Name five…": each participant's list together.
            current, lines = 0, list[str]()
            for number, part, _, text in self.spool.texts(prompt.id):
                if number != current and lines:
                    yield self.answer(current, "\n".join(lines), prompt.id)
                    lines = []
                current = number
                lines.append(f"{int(part) + 1}. {text}")
            if lines:
                yield self.answer(current, "\n".join(lines), prompt.id)
            return
        # Labelled items ("Why?", "How?"): everyone's answer to each item together.
        for index, item in enumerate(prompt.items):
            label = self.t(item.label) if item.label is not None else f"{index + 1}."
            first = True
            for number, _, _, text in self.spool.texts(prompt.id, str(index)):
                if first:
                    yield [self.para(label, self.sub_style, prompt.id)]
                    first = False
                yield self.answer(number, text, prompt.id)

    def stems(self, prompt: StemsPrompt) -> Iterator[list[Flowable]]:
        for stem in prompt.stems:
            first = True
            for number, _, _, text in self.spool.texts(prompt.id, stem.id):
                if first:
                    yield [self.para(f"{self.t(stem.text)} …", self.sub_style, prompt.id)]
                    first = False
                yield self.answer(number, text, prompt.id)

    def checklist(self, prompt: ChecklistPrompt, tally: _Tally) -> Iterator[list[Flowable]]:
        other = self.t(prompt.other).rstrip(" :：") if prompt.other is not None else ""
        chart = checklist_chart(self, prompt, tally)
        yield [chart]
        if prompt.other is None:
            return
        first = True
        for number, _, _, text in self.spool.texts(prompt.id, "other"):
            if first:
                in_words = translate("compile", "{other} (in their words)").format(other=other)
                yield [self.para(in_words, self.sub_style)]
                first = False
            yield self.answer(number, text, prompt.id)

    def table(self, prompt: TablePrompt) -> Iterator[list[Flowable]]:
        """The answers as a table with a column for the participant.

        A table whose rows have printed labels ("At the local level", a question…) becomes one
        table per printed row, under its labels, with everyone's answers to that row; a table
        of blank rows becomes one table, each participant's rows together.

        Each data row is its own flowable (one big ``Table`` is measured again on every page it
        spans, which grows with the square of its length); the document repeats the heading on
        every page a table continues on (see ``_CompileDoc.filterFlowables``).
        """
        if any(r.cells for r in prompt.rows):
            for table_row in prompt.rows:
                columns = [c for c in prompt.columns if table_row.fixed(c.id) is None]
                if not columns:
                    continue
                first = True
                current, texts = 0, dict[str, str]()
                for number, _, column_id, text in self.spool.texts(prompt.id, table_row.id):
                    if first:
                        labels = [
                            self.t(fixed)
                            for c in prompt.columns
                            if (fixed := table_row.fixed(c.id)) is not None
                        ]
                        heading = self.para(" — ".join(labels), self.sub_style, prompt.id)
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
            for number, row_id, column_id, text in self.spool.texts(prompt.id):
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
        first = (38 if self.show_names else 26) * mm
        return [first] + [(self.frame_width - first) / count] * count

    def table_header(self, columns: Sequence[Column]) -> Callable[[], Table]:
        """Makes the heading row of a table (as often as a page needs one)."""
        s = self.styles
        answer = translate("compile", "Answer")
        titles = [self.t(c.title) if c.title is not None else answer for c in columns]
        titles.insert(0, translate("compile", TABLE_COLUMN_PARTICIPANT))
        widths = self.table_widths(len(columns))

        def header() -> Table:
            cells = [self.para(t, s.cell_head) for t in titles]
            table = Table([cells], colWidths=widths, hAlign="LEFT")
            table.setStyle(TableStyle([*_GRID, ("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
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
        s = self.styles
        # Plain strings where no paragraph is needed: thousands of rows lay out faster.
        who = self.who_short(number)
        cells: list[Any] = [who if who.isdigit() else self.para(who, s.cell)]
        widths = self.table_widths(len(columns))
        lines = 1.0
        for column, width in zip(columns, widths[1:], strict=True):
            text = texts.get(column.id, "")
            cells.append(self.para(text, s.cell, prompt.id) if text else "")
            # About 0.55 em a character: enough to tell a row that may not fit on a page.
            estimate = len(text) * 0.55 * s.cell.fontSize / max(1.0, width - 12)
            lines = max(lines, estimate + text.count("\n") + 1)
        # A row moves to the next page whole (where the heading is repeated); only a row that
        # could be taller than half a page may be split across pages.
        tall = lines * s.cell.leading > self.frame_height / 2
        table = Table([cells], colWidths=widths, hAlign="LEFT", splitInRow=int(tall))
        table.setStyle(TableStyle(self.row_style))
        table.compile_header = header  # read by _CompileDoc at the top of a page
        return table

    def pictures(self, prompt: ImagePrompt) -> Iterator[list[Flowable]]:
        """Two pictures a row, each with who and its caption under it."""
        per_row = 2
        cell_width = self.frame_width / per_row
        max_height = 70 * mm
        cells: list[list[Flowable]] = []
        for number, path, caption, width, height in self.spool.pictures(prompt.id):
            natural_w, natural_h = width * 0.75, height * 0.75
            scale = min(1.0, (cell_width - 8) / natural_w, max_height / natural_h)
            picture = Image(path, width=natural_w * scale, height=natural_h * scale)
            picture.hAlign = "CENTER"
            cell: list[Flowable] = [picture, self.para(self.who(number), self.caption_style)]
            if caption.strip():
                cell.append(self.para(caption, self.caption_style, prompt.id))
            cells.append(cell)
            if len(cells) == per_row:
                yield [self.picture_row(cells, cell_width)]
                cells = []
        if cells:
            yield [self.picture_row(cells, cell_width)]

    def picture_row(self, cells: list[list[Flowable]], cell_width: float) -> Table:
        table = Table([cells], colWidths=[cell_width] * len(cells), hAlign="LEFT")
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
            if p.answerable and not self.tallies[p.id].answered and not self.tallies[p.id].times
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


def _row_order(prompt: TablePrompt) -> Callable[[str], tuple[int, str]]:
    position = {r.id: i for i, r in enumerate(prompt.rows)}
    return lambda row_id: (position.get(row_id, len(position)), row_id)


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


class _CompileDoc(layout.JournalDoc):
    """Pulls the story from a generator as layout goes, and repeats table headings per page."""

    def __init__(self, *args: Any, more: Iterator[list[Flowable]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._more: Iterator[list[Flowable]] | None = more
        self.marker = Spacer(0, 0)
        self.story: list[Any] = [self.marker]  # what build() lays out: the marker stays last
        self._fresh_page = False

    def filterFlowables(self, flowables: list[Any]) -> None:  # noqa: N802, D102 - ReportLab hook
        if flowables is not self.story:  # e.g. ReportLab's own list of pending page actions
            return
        while self._more is not None and len(flowables) < _LOOKAHEAD:
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
        if not isinstance(flowable, ActionFlowable):  # e.g. the page's own start
            self._fresh_page = False


# ----------------------------------------------------------------------------- compiling


def compile_handins(
    paths: Sequence[Path],
    pack: Pack,
    target_pdf: Path,
    *,
    csv_path: Path | None = None,
    xlsx_path: Path | None = None,
    show_names: bool = False,
    quotes: int = QUOTES,
    all_answers: bool = False,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CompileReport:
    """Compile hand-ins into an outcome document (``target_pdf``) and optionally a CSV.

    The hand-ins are read one at a time, in the order given (which numbers the participants),
    and must all be for ``pack`` (any version: answers are matched by prompt id). The first
    unreadable, damaged or other-pack hand-in refuses the whole compile, naming the file, and
    nothing is written; the caller removes that file and compiles again. Answers to prompts
    this version of the pack lacks, or that no longer fit their prompt, are left out of the PDF
    (counted in the report's ``not_in_pack`` and ``unfit``) and kept in the CSV.

    The CSV (UTF-8 with a byte-order mark, so Excel reads any script) has the columns
    ``CSV_COLUMNS``, one row per participant, prompt and part; empty answers have no row;
    ``part_label`` names the part as a reader knows it (the item's label, the option, the
    table's row and column, the sentence beginning…):

    - text: one row, ``part`` empty; a text with items: one row per item, ``part`` its number
      (1, 2…);
    - checklist: one row per marked option, ``part`` the option id and ``value`` its text; the
      "Other" choice has ``part`` ``other`` and its text as ``value``;
    - table: one row per filled cell, ``part`` ``row|column`` (ids);
    - stems: one row per completed sentence, ``part`` the stem id;
    - pictures: one row per picture, ``part`` its number for that prompt, ``value`` the caption;
    - time spent on a timed prompt: a row with ``part`` ``time_spent_seconds``.

    ``journal_name`` is empty unless ``show_names``. A text starting with = + - @, a tab or a
    carriage return gets a leading apostrophe, so that a spreadsheet does not run it as a
    formula.

    Args:
        paths: the hand-in files.
        pack: the prompt pack (the version to compile with; its order and wording are used).
        target_pdf: the PDF to write (replaced if it exists).
        csv_path: the CSV to write, if wanted.
        xlsx_path: the spreadsheet (.xlsx) to write, if wanted: the same rows, a sheet per
            prompt, and a sheet of participants (see ``workbook``).
        show_names: show the journals' names (participants are anonymous by default).
        quotes: answers quoted at most per prompt (or item, stem, cell) in the synthesis.
        all_answers: add every answer to the PDF, as an appendix after the synthesis.
        on_progress: called with the fraction done (0 to 1).
        cancelled: polled while working; returning True stops with ``CompileCancelled``.

    Raises:
        CompileError: no hand-ins, a bad or other-pack hand-in (named), a target that cannot be
            written, a missing font… (nothing is written and existing files are untouched).
        CompileCancelled: ``cancelled()`` returned True.
    """
    progress = on_progress or (lambda _fraction: None)
    target_pdf = Path(target_pdf)
    csv_target = Path(csv_path) if csv_path is not None else None
    xlsx_target = Path(xlsx_path) if xlsx_path is not None else None
    if not paths:
        raise CompileError(translate("compile", "There are no hand-ins to compile."))
    inputs = [Path(p) for p in paths]
    resolved: set[Path] = set()
    for path in inputs:
        key = path.resolve()
        if key in resolved:
            raise CompileError(
                translate(
                    "compile", "{file}: this hand-in is given twice. Nothing was written."
                ).format(file=path)
            )
        resolved.add(key)
    targets = [t for t in (target_pdf, csv_target, xlsx_target) if t is not None]
    for target in targets:
        if target.resolve() in resolved:
            raise CompileError(
                translate(
                    "compile", "{file} is one of the hand-ins; choose another file to write."
                ).format(file=target)
            )
        if not target.parent.is_dir():
            raise CompileError(
                translate("compile", "The folder {folder} does not exist.").format(
                    folder=target.parent
                )
            )
    if len({t.resolve() for t in targets}) < len(targets):
        raise CompileError(
            translate("compile", "The PDF, the CSV and the spreadsheet must be different files.")
        )
    try:
        face = fonts.register_fonts()
    except fonts.FontError as error:
        raise CompileError(str(error)) from None

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise CompileCancelled(
                translate("compile", "The compile was cancelled; nothing was written.")
            )

    folded: list[_Compiler] = []
    sqlite_folder = ""
    try:
        with contextlib.ExitStack() as outputs:

            def output(target: Path) -> Path:
                """A file to write ``target`` into, renamed over it when all went well."""
                try:
                    return outputs.enter_context(files.atomic_output(target, suffix=".partial"))
                except OSError as error:
                    raise CompileError(layout.describe_write_error(error, target.parent)) from None

            # Each clears first what a compile killed earlier left (a logout mid-compile).
            work = Path(outputs.enter_context(files.work_folder("journal-compile-")))
            sqlite_folder = str(work)
            pdf_temporary = output(target_pdf)
            writer = None
            if csv_target is not None:
                csv_file = open(output(csv_target), "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
                outputs.callback(csv_file.close)  # closed before it is renamed or removed
                writer = csv.writer(csv_file)
                writer.writerow(CSV_COLUMNS)
            compiler = _Compiler(pack, face, work, writer, show_names)
            compiler.quotes, compiler.all_answers = quotes, all_answers
            xlsx_temporary = output(xlsx_target) if xlsx_target is not None else None
            compiler.spreadsheet = xlsx_temporary is not None
            outputs.callback(compiler.spool.close)  # closed before the work folder goes
            folded.append(compiler)

            for index, path in enumerate(inputs):
                check_cancel()
                try:
                    handin = read_handin(path)
                    check_picture_budget(handin, pack)  # before any picture is decoded
                except HandInError as error:
                    raise CompileError(
                        translate(
                            "compile",
                            "{problem}. Remove it and compile again; nothing was written.",
                        ).format(problem=error)
                    ) from None
                except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as error:
                    # read_handin lets a few kinds of damage inside the zip through as they are.
                    raise CompileError(
                        translate(
                            "compile",
                            "{file}: the file is damaged ({error}). Remove it and compile again;"
                            " nothing was written.",
                        ).format(file=path, error=error)
                    ) from None
                compiler.fold(handin)
                del handin  # one hand-in in memory at a time
                progress(_READ_SHARE * (index + 1) / len(inputs))
            compiler.spool.finish()
            pages = _write_pdf(
                compiler,
                pdf_temporary,
                check_cancel,
                lambda f: progress(_READ_SHARE + (1 - _READ_SHARE) * f),
            )
            check_cancel()
            if xlsx_temporary is not None:
                spool = compiler.spool
                write_workbook(
                    xlsx_temporary,
                    pack,
                    compiler.t,
                    show_names=show_names,
                    participants=spool.people(),
                    rows_of=spool.sheet_rows,
                    elsewhere=spool.unknown_rows(),
                    work=work,
                )
                check_cancel()
    except fonts.FontError as error:  # a font opened when a text first needs it
        raise CompileError(str(error)) from None
    except LayoutError:
        raise CompileError(layout.too_tall_for_a_page()) from None
    except OSError as error:
        raise CompileError(
            layout.describe_write_error(error, target_pdf.parent, outcome=True)
        ) from None
    except sqlite3.Error as error:  # the spool, in the temporary folder
        raise CompileError(
            translate(
                "compile",
                "Could not write temporary files in {folder} ({error}). Nothing was written.",
            ).format(folder=sqlite_folder, error=error)
        ) from None
    compiler = folded[0]
    progress(1.0)
    return CompileReport(
        pdf_path=target_pdf,
        csv_path=csv_target,
        handins=compiler.participants,
        pages=pages,
        missing=compiler.missing,
        versions=dict(compiler.versions),
        not_in_pack=dict(compiler.not_in_pack),
        unfit=dict(compiler.unfit),
    )


def _write_pdf(
    compiler: _Compiler,
    temporary: Path,
    check_cancel: Callable[[], None],
    progress: Callable[[float], None],
) -> int:
    """Lay the outcome document out into ``temporary``; returns the number of pages."""
    pack = compiler.pack
    title = compiler.t(pack.title)
    doc = layout.make_document(
        temporary,
        page_size=PAGE_SIZES["a4"],
        title=translate("compile", "{title} — Outcome document").format(title=title),
        author="",
        subject=translate("compile", "Answers of {count} participants").format(
            count=compiler.participants
        ),
        language=pack.language,
        on_flowable=check_cancel,
        doc_class=_CompileDoc,
        more=compiler.body(progress),
    )
    compiler.prepare(doc.width, doc.height)
    footer = translate("compile", "{title} — outcome document — page {page} of {total}")
    short_title = layout.footer_title(title)
    # Each page waits for the page count as one string, not thousands of small ones.
    canvas = layout.numbered_canvas(
        lambda n, total: footer.format(title=short_title, page=n, total=total), compact=True
    )
    doc.story[0:0] = compiler.front()
    doc.build(doc.story, canvasmaker=canvas)
    pages: int = doc.page
    return pages
