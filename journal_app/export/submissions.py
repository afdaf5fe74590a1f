"""Submissions exported by ODK Central or KoboToolbox, read as hand-ins.

A partner collects with the form :mod:`journal_app.packs.xlsform` wrote for a pack, exports the
submissions, and the facilitator compiles the export like hand-ins: :func:`read_submissions`
yields one :class:`~journal_app.export.handin.HandIn` per submission, shaped exactly as
``read_handin`` makes them (answers in ``store.answers.to_json``'s shapes, checked against their
prompts), so ``compile`` folds them unchanged. :func:`is_submissions_export` tells such a file
from a hand-in.

What is read
============

- **ODK Central**, "Download CSV" (``.csv``), and the zip with media (``.zip``: the root CSV
  ``<form id>.csv`` and ``media/``; repeat CSVs are ignored, the forms have no repeats). Followed
  from Central's source (``lib/data/briefcase.js``): the header is ``SubmissionDate``, the form's
  fields, then ``meta-instanceID``, ``KEY``, ``SubmitterID``, ``SubmitterName``,
  ``AttachmentsPresent``, ``AttachmentsExpected``, ``Status``, ``ReviewState``, ``DeviceID``,
  ``Edits``, ``FormVersion``; group paths are joined with ``-`` (``S_s1-G_g1-question``), or left
  out ("Remove group names"); a ``select_multiple`` is one column of space-separated choice
  names, followed, with "Split select multiple choices", by ``question/choice`` columns of 1 or
  0. A picture's column holds its file name, found under ``media/`` in the zip.
- **KoboToolbox**, CSV and XLSX exports with "XML values and headers" (formpack's
  ``Export``): CSV separated by ``;`` (any of ``;``, ``,`` or a tab is taken, by the header);
  group paths joined with the chosen separator (``/`` by default, or ``.``), or left out
  ("include groups in headers" off); a ``select_multiple`` as its space-separated column, its
  ``question/choice`` columns of 1 or 0 ("separate columns"), or both; metadata columns
  beginning with ``_`` (``_id``, ``_uuid``, ``_submission_time``, ``_submitted_by``,
  ``__version__``, ``_validation_status``, ``_index``…), ``meta/instanceID`` and
  ``formhub/uuid``; a media question's ``…_URL`` column is skipped. The XLSX's first sheet is
  read (repeats go to other sheets; the forms have none).
- The form's own metadata questions (``start``, ``end``, ``today``, ``deviceid``,
  ``username``…) are skipped; notes (exported by Central as empty columns) too.

Columns are matched to the form's question names (:func:`xlsform.form_questions`): by the full
group path first (any of ``/``, ``-`` and ``.``), else by the question name at the end of the
header (case does not matter). An export with labels as headers is not read: its first
column names no question.

A submission's ``created`` is ``SubmissionDate`` (Central) or ``_submission_time`` (Kobo, UTC);
its ``journal_name`` is ``SubmitterName`` or ``_submitted_by`` (else ""); its ``pack_version``
is ``FormVersion`` or ``__version__`` when that is a pack version (Kobo's are its own ids), else
the pack's. An answer is given only for a prompt with something written or ticked;
``time_spent_seconds`` is None and ``skipped`` False (a form records neither).

Cells are text from elsewhere: strings (an XLSX number or date is read as its text; a formula
is its text, never computed), control characters except line breaks and tabs left out, at most
131,072 characters a cell, 10,000 columns and 100,000 submissions a file; a CSV is UTF-8, with
or without a byte order mark. Every problem refuses the file with one line naming it, the row
and the column: a column that names no question of the pack, a choice its checklist does not
have, another encoding.

Not checked against a live server (none is reachable from here): the column conventions above
come from ODK Central's and formpack's source and documentation; the test fixtures are made from
them. Kobo's ``_URL`` media columns and the exact name of Central's media folder entries are
taken from their documentation, unverified.
"""

from __future__ import annotations

import codecs
import csv
import re
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

from journal_app.export.handin import SUFFIX, HandIn, HandInError
from journal_app.i18n import translate
from journal_app.packs import xlsform
from journal_app.packs.model import (
    AnyPrompt,
    ChecklistPrompt,
    ImagePrompt,
    Pack,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)
from journal_app.store import answers as values
from journal_app.store import images as pictures
from journal_app.store.errors import InvalidAnswer
from journal_app.store.records import visible_name

MAX_FILE_BYTES = 500 * 1024 * 1024
"""A CSV or XLSX export (the zip with media may be larger, see ``MAX_ZIP_BYTES``)."""
MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024
MAX_ZIP_ENTRIES = 20_000
MAX_RATIO = 200
MAX_SUBMISSIONS = 100_000
MAX_COLUMNS = 10_000
MAX_CELL_CHARS = 131_072
"""The csv module's own limit; Excel's is 32,767."""
MAX_LINE_BYTES = 16 * 1024 * 1024
"""A CSV line (a submission, or a part of one with line breaks in it)."""
MAX_NAME_CHARS = 200
"""A hand-in's journal name (hand-in.schema.json)."""

SUFFIXES = (".csv", ".xlsx", ".zip")

CENTRAL_METADATA = frozenset(
    {
        "SubmissionDate",
        "KEY",
        "SubmitterID",
        "SubmitterName",
        "AttachmentsPresent",
        "AttachmentsExpected",
        "Status",
        "ReviewState",
        "DeviceID",
        "Edits",
        "FormVersion",
        "isValidated",
        "instanceID",
        "PARENT_KEY",
    }
)
METADATA_QUESTIONS = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "subscriberid",
        "simserial",
        "phonenumber",
        "username",
        "email",
        "audit",
        "instanceid",
        "instancename",
    }
)
_VERSION = re.compile(r"[0-9]+\.[0-9]+(\.[0-9]+)?")
_SEPARATORS = "/-."
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_TRUE = frozenset({"1", "true", "yes"})
_FALSE = frozenset({"0", "false", "no", ""})


def is_submissions_export(path: Path) -> bool:
    """Whether ``path`` is, by its name, a submissions export rather than a hand-in.

    ``.csv`` and ``.xlsx``, and ``.zip`` unless it is a hand-in (``*.journal.zip``).
    """
    name = path.name.lower()
    if name.endswith(SUFFIX):
        return False
    return name.endswith(SUFFIXES)


@dataclass(frozen=True, slots=True)
class _Column:
    index: int
    header: str
    question: xlsform.FormQuestion | None
    """None: metadata, or a note."""
    choice: str | None = None
    """A ``question/choice`` column of 1 or 0."""


@dataclass
class _Header:
    columns: list[_Column]
    meta: dict[str, int] = field(default_factory=dict)
    """The metadata columns read: SubmissionDate, SubmitterName… → index."""
    prompts: list[tuple[AnyPrompt, list[xlsform.FormQuestion]]] = field(default_factory=list)
    """The answerable prompts the export has columns for, with their questions."""


class _Matcher:
    """Finds the question a column holds, from the questions of the form made for the pack."""

    def __init__(self, pack: Pack) -> None:
        self.questions = xlsform.form_questions(pack)
        self.exact: dict[str, xlsform.FormQuestion] = {}
        self.folded: dict[str, xlsform.FormQuestion] = {}
        self.names: dict[str, xlsform.FormQuestion] = {}
        for question in self.questions:
            for separator in _SEPARATORS:
                key = separator.join((*question.path, question.name))
                self.exact.setdefault(key, question)
                self.folded.setdefault(key.lower(), question)
            self.exact.setdefault(question.name, question)
            self.names.setdefault(question.name.lower(), question)

    def question(self, header: str) -> xlsform.FormQuestion | None:
        found = self.exact.get(header) or self.folded.get(header.lower())
        if found is not None:
            return found
        for index, char in enumerate(header):  # the longest name ending the header
            if char in _SEPARATORS:
                found = self.names.get(header[index + 1 :].lower())
                if found is not None:
                    return found
        return None

    def column(self, index: int, header: str) -> _Column | str | None:
        """The column, ``"meta"`` for metadata to skip, None for an unknown one."""
        if header in CENTRAL_METADATA or header.startswith("_"):
            return "meta"
        question = self.exact.get(header) or self.folded.get(header.lower())
        if question is not None:
            return _Column(index, header, None if question.part == "note" else question)
        for separator in "/.":
            base, _, choice = header.rpartition(separator)
            select = self.question(base) if base else None
            if select is not None and select.choices and choice in select.choices:
                return _Column(index, header, select, choice)
        question = self.question(header)
        if question is not None:
            return _Column(index, header, None if question.part == "note" else question)
        if header.endswith("_URL"):
            media = self.question(header[:-4])
            if media is not None and media.part in ("", "picture"):
                return "meta"
        segments = re.split(r"[/.-]", header)
        if segments[0].lower() in ("meta", "formhub") or segments[-1].lower() in METADATA_QUESTIONS:
            return "meta"
        return None


def _clean(text: str) -> str:
    """A cell's text: line breaks made LF, other control characters left out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def _when(value: str) -> datetime | None:
    """A submission time: ISO 8601, UTC when it has no offset (Kobo's ``_submission_time``)."""
    value = value.strip()
    if not value or len(value) > 40:
        return None
    try:
        when = datetime.fromisoformat(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        if not 1970 <= when.year <= 2200:
            return None
        when.astimezone()
    except (ValueError, OverflowError, OSError):
        return None
    return when


class _Submissions:
    """Reads one export: its header, then one hand-in per row."""

    def __init__(self, path: Path, pack: Pack) -> None:
        self.path = path
        self.pack = pack
        self.matcher = _Matcher(pack)
        self.media: dict[str, zipfile.ZipInfo] = {}
        self.archive: zipfile.ZipFile | None = None

    def fail(self, problem: str, row: int | None = None, column: str | None = None) -> HandInError:
        if row is None:
            return HandInError(
                translate("compile", "{file}: {problem}").format(file=self.path, problem=problem)
            )
        if column is None:
            return HandInError(
                translate("compile", "{file}, row {row}: {problem}").format(
                    file=self.path, row=row, problem=problem
                )
            )
        return HandInError(
            translate("compile", "{file}, row {row}, column {column}: {problem}").format(
                file=self.path, row=row, column=column, problem=problem
            )
        )

    # -- the header

    def header(self, cells: list[str]) -> _Header:
        if len(cells) > MAX_COLUMNS:
            raise self.fail(
                translate("compile", "more than {limit} columns; is it the right file?").format(
                    limit=MAX_COLUMNS
                ),
                1,
            )
        columns: list[_Column] = []
        meta: dict[str, int] = {}
        taken: dict[tuple[str, str | None], str] = {}
        for index, raw in enumerate(cells):
            header = raw.strip().lstrip("\ufeff")
            if not header:
                continue
            found = self.matcher.column(index, header)
            if found is None:
                raise self.fail(
                    translate(
                        "compile",
                        "names no question of the prompt pack {pack}: is it the export of"
                        " another form, or with labels as headers?",
                    ).format(pack=repr(self.pack.id)),
                    1,
                    repr(header),
                )
            if found == "meta":
                meta.setdefault(header, index)
                continue
            assert isinstance(found, _Column)
            if found.question is None:
                continue
            key = (found.question.name, found.choice)
            if key in taken:
                raise self.fail(
                    translate("compile", "holds the same question as the column {other}").format(
                        other=repr(taken[key])
                    ),
                    1,
                    repr(header),
                )
            taken[key] = header
            columns.append(found)
        held = {c.question.name for c in columns if c.question is not None}
        by_prompt: dict[str, list[xlsform.FormQuestion]] = {}
        for question in self.matcher.questions:
            if question.part != "note" and question.name in held:
                by_prompt.setdefault(question.prompt_id, []).append(question)
        prompts = [
            (prompt, by_prompt[prompt.id])
            for prompt in self.pack.prompts()
            if prompt.answerable and prompt.id in by_prompt
        ]
        return _Header(columns, meta, prompts)

    # -- one submission

    def handin(self, header: _Header, row: int, cells: list[Any]) -> HandIn:
        texts: dict[str, str] = {}
        ticks: dict[str, dict[str, bool]] = {}
        for column in header.columns:
            question = column.question
            assert question is not None
            raw = cells[column.index] if column.index < len(cells) else ""
            text = self.text(raw, row, column.header)
            if column.choice is None:
                texts[question.name] = text
                continue
            flag = text.strip().lower()
            if flag not in _TRUE and flag not in _FALSE:
                raise self.fail(
                    translate("compile", "{value} is not 1 or 0 (is this choice ticked?)").format(
                        value=repr(text[:40])
                    ),
                    row,
                    repr(column.header),
                )
            ticks.setdefault(question.name, {})[column.choice] = flag in _TRUE

        def meta(*names: str) -> str:
            for name in names:
                index = header.meta.get(name)
                if index is not None and index < len(cells):
                    return self.text(cells[index], row, name)
            return ""

        version = meta("FormVersion", "__version__").strip()
        name = visible_name(meta("SubmitterName", "_submitted_by"))[:MAX_NAME_CHARS]
        answers: list[dict[str, Any]] = []
        images: list[dict[str, Any]] = []
        data: dict[str, bytes] = {}
        for prompt, questions in header.prompts:
            value = self.value(prompt, questions, texts, ticks, row)
            if isinstance(prompt, ImagePrompt) and self.archive is not None:
                self.pictures(prompt, questions, texts, images, data, row)
            if value is None:
                continue
            try:
                checked = values.from_json(prompt.kind, value)
                if checked.is_empty():
                    continue
                values.check(prompt, checked, None)
            except (ValueError, InvalidAnswer) as error:
                raise self.fail(str(error), row) from None
            answers.append(
                {
                    "prompt_id": prompt.id,
                    "kind": prompt.kind.value,
                    "prompt_text": prompt.text.get(),
                    "value": value,
                    "time_spent_seconds": None,
                    "skipped": False,
                }
            )
        return HandIn(
            path=self.path,
            pack_id=self.pack.id,
            pack_version=version if _VERSION.fullmatch(version) else self.pack.version,
            journal_name=name,
            answers=answers,
            images=images,
            image_data=data,
            created=_when(meta("SubmissionDate", "_submission_time")),
        )

    def text(self, raw: Any, row: int, column: str) -> str:
        text = xlsform.cell_text(raw)
        if text is None:
            raise self.fail(
                translate("compile", "a value that is not text ({kind})").format(
                    kind=type(raw).__name__
                ),
                row,
                repr(column),
            )
        if len(text) > MAX_CELL_CHARS:
            raise self.fail(
                translate("compile", "a text longer than {limit:,} characters").format(
                    limit=MAX_CELL_CHARS
                ),
                row,
                repr(column),
            )
        return _clean(text)

    def value(
        self,
        prompt: AnyPrompt,
        questions: list[xlsform.FormQuestion],
        texts: dict[str, str],
        ticks: dict[str, dict[str, bool]],
        row: int,
    ) -> dict[str, Any] | None:
        """The answer's JSON (``to_json``'s shape), or None when the form has no column for it."""
        held = {(q.part, q.key): q.name for q in questions}

        def part(kind: str, key: tuple[str, ...] = ()) -> str:
            name = held.get((kind, key))
            return "" if name is None else texts.get(name, "")

        match prompt:
            case TextPrompt(items=items) if items:
                return {"items": [part("item", (str(n),)) for n in range(1, len(items) + 1)]}
            case TextPrompt():
                return {"text": part("")}
            case ChecklistPrompt():
                select = next((q for q in questions if q.part == "" and q.choices), None)
                if select is None:
                    return None
                if select.name in texts:
                    chosen = texts[select.name].split()
                else:
                    chosen = [c for c, on in ticks.get(select.name, {}).items() if on]
                for choice in chosen:
                    if choice not in select.choices:
                        raise self.fail(
                            translate(
                                "compile", "{choice} is not a choice of this checklist ({choices})"
                            ).format(choice=repr(choice[:40]), choices=", ".join(select.choices)),
                            row,
                            repr(select.name),
                        )
                return {
                    "checked": [o.id for o in prompt.options if o.id in chosen],
                    "other_checked": select.other_choice is not None
                    and select.other_choice in chosen,
                    "other_text": part("other"),
                }
            case TablePrompt():
                cells = [[r.id, c.id, part("cell", (r.id, c.id))] for r, c in prompt.answer_cells()]
                return {"cells": [cell for cell in cells if cell[2].strip()]}
            case StemsPrompt(stems=stems):
                completions = {s.id: part("stem", (s.id,)) for s in stems}
                return {"completions": {k: v for k, v in completions.items() if v.strip()}}
            case ImagePrompt(writing=True):
                return {"text": part("writing")}
        return None

    # -- pictures (the zip with media)

    def pictures(
        self,
        prompt: ImagePrompt,
        questions: list[xlsform.FormQuestion],
        texts: dict[str, str],
        images: list[dict[str, Any]],
        data: dict[str, bytes],
        row: int,
    ) -> None:
        """The pictures of one submission found in ``media/``: as a hand-in's ``images/``."""
        assert self.archive is not None
        for question in questions:
            if question.part not in ("", "picture"):
                continue
            file_name = texts.get(question.name, "").strip()
            info = self.media.get(file_name)
            if not file_name or info is None:
                continue  # not sent (Central's AttachmentsPresent says so), or not asked
            if info.file_size > pictures.MAX_INPUT_BYTES:
                raise self.fail(
                    translate("compile", "the picture {name} is larger than {limit} MB").format(
                        name=repr(file_name), limit=pictures.MAX_INPUT_BYTES // 2**20
                    ),
                    row,
                    repr(question.name),
                )
            try:
                with self.archive.open(info) as handle:
                    content = handle.read(pictures.MAX_INPUT_BYTES + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as e:
                raise self.fail(
                    translate("compile", "the picture {name} is damaged ({error})").format(
                        name=repr(file_name), error=e
                    ),
                    row,
                    repr(question.name),
                ) from None
            if content.startswith(b"\xff\xd8\xff"):
                suffix = "jpg"
            elif content.startswith(b"\x89PNG\r\n\x1a\n"):
                suffix = "png"
            else:
                continue  # HEIC, WebP…: the app reads JPEG and PNG pictures only
            name = f"images/{len(images) + 1}.{suffix}"
            data[name] = content
            images.append(
                {"file": name, "prompt_id": prompt.id, "caption": "", "is_drawing": False}
            )

    # -- files

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        """The file's rows as (row number, cells), the header first (row 1)."""
        suffix = self.path.suffix.lower()
        try:
            status = self.path.stat()
        except OSError as error:
            raise self.fail(error.strerror or translate("compile", "cannot be read")) from None
        if not stat.S_ISREG(status.st_mode):
            raise self.fail(translate("compile", "not a file (a folder, a device or a pipe)"))
        if suffix == ".xlsx":
            yield from self.xlsx_rows()
        elif suffix == ".zip":
            yield from self.zip_rows(status.st_size)
        else:
            if status.st_size > MAX_FILE_BYTES:
                raise self.fail(self.too_large(status.st_size))
            with self.path.open("rb") as handle:
                yield from self.csv_rows(handle)

    def too_large(self, size: int) -> str:
        return translate("compile", "too large ({size:.0f} MB); is it the right file?").format(
            size=size / 2**20
        )

    def xlsx_rows(self) -> Iterator[tuple[int, list[Any]]]:
        problem = xlsform.workbook_problem(self.path, MAX_FILE_BYTES)
        if problem is not None:
            raise self.fail(problem)
        try:
            book = xlsform.open_workbook(self.path)
        except ValueError as error:
            raise self.fail(
                translate("compile", "not a readable .xlsx workbook ({error})").format(error=error)
            ) from None
        try:
            if not book.sheetnames:
                raise self.fail(translate("compile", "the workbook has no sheet"))
            sheet = book[book.sheetnames[0]]
            width = xlsform.header_width(sheet, MAX_COLUMNS)
            if width > MAX_COLUMNS:
                raise self.fail(
                    translate("compile", "more than {limit} columns; is it the right file?").format(
                        limit=MAX_COLUMNS
                    ),
                    1,
                )
            empty = 0
            rows = sheet.iter_rows(
                max_row=MAX_SUBMISSIONS + 2, max_col=max(1, width), values_only=True
            )
            for number, cells in enumerate(rows, start=1):
                if number > MAX_SUBMISSIONS + 1:
                    raise self.fail(self.too_many())
                if not any(c is not None and c != "" for c in cells):
                    empty += 1
                    if empty >= 1000:
                        return
                    continue
                empty = 0
                yield number, list(cells)
        except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile) as error:
            raise self.fail(
                translate("compile", "not a readable .xlsx workbook ({error})").format(error=error)
            ) from None
        finally:
            book.close()

    def too_many(self) -> str:
        return translate(
            "compile", "more than {limit:,} submissions; split the export and compile again"
        ).format(limit=MAX_SUBMISSIONS)

    def csv_rows(self, handle: IO[bytes]) -> Iterator[tuple[int, list[Any]]]:
        start = handle.read(64 * 1024)
        if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise self.fail(translate("compile", "UTF-16 text; export the CSV as UTF-8"))
        first_line = start.split(b"\n", 1)[0].decode("utf-8", "replace")
        delimiter = max((";", ",", "\t"), key=lambda d: _count_outside_quotes(first_line, d))
        handle.seek(0)
        yield from self.records(self.lines(handle), delimiter)

    def lines(self, handle: IO[bytes]) -> Iterator[str]:
        """The file's lines, decoded one at a time (a byte order mark left out)."""
        decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
        first = True
        while True:
            line = handle.readline(MAX_LINE_BYTES + 1)
            if len(line) > MAX_LINE_BYTES:
                raise self.fail(
                    translate("compile", "a line longer than {limit} MB; is it a CSV file?").format(
                        limit=MAX_LINE_BYTES // 2**20
                    )
                )
            text = decoder.decode(line, final=not line)
            if first:
                text, first = text.removeprefix("\ufeff"), False
            if not line:
                return
            yield text

    def records(self, lines: Iterator[str], delimiter: str) -> Iterator[tuple[int, list[Any]]]:
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        number = 0
        try:
            for number, cells in enumerate(reader, start=1):
                if number > MAX_SUBMISSIONS + 1:
                    raise self.fail(self.too_many())
                if not any(cell.strip() for cell in cells):
                    continue
                yield number, cells
        except UnicodeDecodeError:
            raise self.fail(
                translate(
                    "compile", "not UTF-8 text; export the CSV as UTF-8 (with or without BOM)"
                ),
                number + 1,
            ) from None
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                problem = translate("compile", "a text longer than {limit:,} characters").format(
                    limit=MAX_CELL_CHARS
                )
            else:
                problem = translate("compile", "not a readable CSV file ({error})").format(
                    error=error
                )
            raise self.fail(problem, number + 1) from None

    def zip_rows(self, size: int) -> Iterator[tuple[int, list[Any]]]:
        if size > MAX_ZIP_BYTES:
            raise self.fail(self.too_large(size))
        try:
            archive = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError) as error:
            raise self.fail(
                translate("compile", "not a readable zip file ({error})").format(error=error)
            ) from None
        with archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise self.fail(
                    translate("compile", "too many files inside ({count})").format(
                        count=len(entries)
                    )
                )
            tables: list[zipfile.ZipInfo] = []
            for entry in entries:
                name = entry.filename
                pure = PurePosixPath(name)
                if pure.is_absolute() or ".." in pure.parts or "\\" in name:
                    raise self.fail(
                        translate("compile", "unsafe path inside: {name}").format(name=repr(name))
                    )
                ratio = entry.file_size // max(1, entry.compress_size)
                if entry.file_size > 2**20 and ratio > MAX_RATIO:
                    raise self.fail(
                        translate(
                            "compile", "{name} expands {ratio}×: refused (a zip bomb?)"
                        ).format(name=repr(name), ratio=ratio)
                    )
                if len(pure.parts) == 1 and name.lower().endswith(".csv"):
                    tables.append(entry)
                elif len(pure.parts) == 2 and pure.parts[0] == "media" and not entry.is_dir():
                    self.media[pure.parts[1]] = entry
            table = _root_table(tables)
            if table is None:
                raise self.fail(
                    translate(
                        "compile",
                        "no submissions table inside (an ODK Central export holds <form id>.csv)",
                    )
                )
            if table.file_size > MAX_FILE_BYTES:
                raise self.fail(self.too_large(table.file_size))
            self.archive = archive
            try:
                with archive.open(table) as handle:
                    yield from self.csv_rows(handle)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as error:
                raise self.fail(
                    translate("compile", "the table inside is damaged ({error})").format(
                        error=error
                    )
                ) from None
            finally:
                self.archive = None

    def read(self) -> Iterator[HandIn]:
        header: _Header | None = None
        for number, cells in self.rows():
            if header is None:
                header = self.header([xlsform.cell_text(c) or "" for c in cells])
                continue
            yield self.handin(header, number, cells)
        if header is None:
            raise self.fail(translate("compile", "empty: no header, no submissions"))


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def _root_table(tables: Iterable[zipfile.ZipInfo]) -> zipfile.ZipInfo | None:
    """Central's root table ``<form id>.csv``; its repeats are ``<form id>-<repeat>.csv``."""
    found = sorted(tables, key=lambda e: len(e.filename))
    if not found:
        return None
    root = found[0]
    stem = root.filename[: -len(".csv")]
    if all(e.filename.startswith(stem + "-") for e in found[1:]):
        return root
    return None


def read_submissions(path: Path, pack: Pack) -> Iterator[HandIn]:
    """One hand-in per submission of an ODK Central or KoboToolbox export (see above).

    Read lazily, one row at a time; the pictures of a zip with media are read with their row.

    Raises:
        HandInError: one line naming the file, the row and the column, as the rows are read.
    """
    return _Submissions(path, pack).read()
