"""Reading and folding: each hand-in is checked against the pack and folded in, then dropped.

:class:`Folder` keeps only counts in memory (:class:`Tally` per prompt, participants, versions,
dates); an answer's texts go to the spool, its rows to the CSV at once (and to the spool for the
spreadsheet), and its pictures, prepared by the store's own normaliser (checked as the format
their name says, made upright, stripped of metadata, scaled down to ``PICTURE_EDGE``), to the
spool too (encrypted there when a hand-in was locked: see ``spool``). Answers to prompts this
version of the pack does not have, or that no longer fit their prompt, are counted
(``not_in_pack``, ``unfit``) and kept in the CSV only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from journal_app.export.compile.report import CompileError
from journal_app.export.compile.spool import PictureRow, Spool, TextRow
from journal_app.export.compile.synthesis import CONTACT_SHEET
from journal_app.export.compile.tables import csv_cell
from journal_app.export.handin import HandIn
from journal_app.i18n import translate
from journal_app.packs.model import (
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
from journal_app.store.errors import ImageRejected, InvalidAnswer

PICTURE_EDGE = 1000
"""Pictures are scaled down to this many pixels on their long edge (300 dpi at 85 mm)."""
_FORMATS = {"jpg": ("JPEG",), "png": ("PNG",)}
"""The only format a hand-in's picture may be, by the suffix of its name."""


@dataclass
class Tally:
    """What is kept in memory for one prompt: counts, never texts."""

    answered: int = 0
    options: Counter[str] = field(default_factory=Counter)
    other: int = 0
    times: list[int] = field(default_factory=list)


class Folder:
    """Folds hand-ins in one by one; what the document and the tables read afterwards.

    ``private``: a hand-in was locked; the spool is then encrypted (see ``spool``).
    """

    def __init__(
        self,
        pack: Pack,
        work: Path,
        csv_writer: Any | None,
        *,
        show_names: bool = False,
        spreadsheet: bool = False,
        all_answers: bool = False,
        private: bool = False,
    ) -> None:
        self.pack = pack
        self.work = work
        self.csv = csv_writer
        self.show_names = show_names
        self.spreadsheet = spreadsheet  # rows kept in the spool for the workbook
        self.all_answers = all_answers  # every picture prepared, not only the contact sheet's
        self.spool = Spool(work / "spool.sqlite3", private=private)
        self.participants = 0
        self.names: list[str] = []
        self.versions: Counter[str] = Counter()
        self.tallies: dict[str, Tally] = {}
        self.not_in_pack: Counter[str] = Counter()
        self.unfit: Counter[str] = Counter()
        self.order: dict[str, int] = {}
        self.sections: dict[str, Section] = {}
        self.prompts: dict[str, AnyPrompt] = {}
        for index, prompt in enumerate(pack.prompts()):
            self.order[prompt.id] = index
            self.prompts[prompt.id] = prompt
            self.tallies[prompt.id] = Tally()
        for section in pack.sections:
            for prompt in section.prompts():
                self.sections[prompt.id] = section
        self.first_handed_in: date | None = None
        self.last_handed_in: date | None = None
        self.answerable_ids = frozenset(p.id for p in pack.prompts() if p.answerable)
        self.picture_counts: Counter[str] = Counter()

    @staticmethod
    def t(text: LocalText | None) -> str:
        """The pack's words in its own language (as the document prints them)."""
        return "" if text is None else text.get()

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
        texts: list[TextRow] = []
        images: list[PictureRow] = []
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
            try:
                # Encoded again, small or not: what a hand-in's file carries besides its pixels
                # (EXIF and GPS, bytes after the picture) stays out of the outcome document.
                picture = pictures.normalize(
                    handin.image_data[name_inside],
                    name=translate("compile", "the picture {name}").format(name=name_inside),
                    formats=_FORMATS[suffix],
                    max_edge=PICTURE_EDGE,
                )
            except ImageRejected as error:
                raise damaged(str(error).rstrip(".")) from None
            images.append(
                (
                    prompt_id,
                    number,
                    picture.media_type,
                    image["caption"],
                    picture.width,
                    picture.height,
                    picture.data,
                )
            )

        self.spool.add(texts, images)
        rows.sort(key=lambda r: (r[0], r[1]))
        if self.csv is not None:
            self.csv.writerows([csv_cell(cell) for cell in row] for _, _, row in rows)
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
        self, prompt: AnyPrompt, value: AnswerValue, number: int, tally: Tally
    ) -> list[TextRow]:
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
