"""Submissions exported by ODK Central or KoboToolbox, read as hand-ins.

A partner collects with the form :mod:`journal_app.packs.xlsform` wrote for a pack, exports the
submissions, and the facilitator compiles the export like hand-ins: :func:`read_submissions`
yields one :class:`~journal_app.export.handin.HandIn` per submission, shaped exactly as
``read_handin`` makes them (answers in ``store.answers.to_json``'s shapes, as
``hand-in.schema.json`` allows them), so ``compile`` folds them unchanged, checking each against
its prompt. :func:`is_submissions_export` tells such a file
from a hand-in (a ``.zip`` by the names inside it).

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
header (case does not matter, nor in choice names: a hand-written form's ``Yes`` is the option
``yes``).

Another version of the pack
===========================

An export of the form written for another version of the pack reads as that version's hand-ins
would: a column the pack's form has not is read by the naming rules
(:func:`xlsform.question_of_name`, after a group path of the form's), and kept as what it was
(a prompt the pack no longer has, ``prompt_text`` ""; a sixth item, a cell, a sentence
beginning, a picture's words; a choice the checklist no longer has), shaped by the columns
there are. Compile then counts such answers as not in the pack, or no longer fitting, and
keeps them in its CSV. A column that follows neither the form nor the naming rules (an export
with labels as headers, of another form) refuses the file: its first such column is named. With
Kobo's ``.`` separator, the ``question.choice`` columns of a checklist the pack no longer has
read as texts of their own (ids may hold dots).

A submission's ``created`` is ``SubmissionDate`` (Central) or ``_submission_time`` (Kobo, UTC);
its ``journal_name`` is ``SubmitterName`` or ``_submitted_by`` (else ""); its ``pack_version``
is ``FormVersion`` or ``__version__`` when that is a pack version (a whole number ``N`` as
``N.0``, as :func:`xlsform.pack_version`; Kobo's are its own ids), else the pack's. An answer is
given only for a prompt with something written or ticked; ``time_spent_seconds`` is None and
``skipped`` False (a form records neither).

Left out, and counted in ``read_submissions``'s ``skipped`` (:func:`describe_skipped` says it
in words): submissions ODK Central's review rejected (``ReviewState`` ``rejected``) or
KoboToolbox's validation did not approve (``_validation_status`` "Not Approved"); pictures in
another format than JPEG, PNG or WebP (HEIC…), not in the zip's ``media/``, in an export without
media (a CSV or XLSX names the file only), or beyond what their prompt takes now.

Pictures
========

Each picture is checked as it is read (by its first bytes, then decoded small, by Pillow's
openers of that format only): a damaged one refuses the file, naming the row, the column and
the media file. WebP becomes JPEG or PNG, as a picture added in the app does.

Cells are text from elsewhere: strings (an XLSX number or date is read as its text; a formula
is its text, never computed), control characters except line breaks and tabs left out, at most
131,072 characters a cell, 10,000 columns and 100,000 submissions a file (an XLSX unpacking to
4 GB at most); a CSV is UTF-8, with or without a byte order mark. Every problem refuses the file
with one line naming it, the row and the column (and the sheet of an XLSX that is damaged, or
a chart): a column that names no question, a split choice column that is not 1 or 0, another
encoding, a damaged picture. A problem ends without a full stop: compile ends the sentence.

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
import struct
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path, PurePosixPath
from typing import IO, Any

from journal_app.export.handin import MAX_ANSWERS, HandIn, HandInError, is_locked
from journal_app.i18n import translate
from journal_app.packs import xlsform
from journal_app.packs.model import (
    AnyPrompt,
    ChecklistPrompt,
    ImagePrompt,
    Pack,
    PromptKind,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)
from journal_app.store import answers as values
from journal_app.store import images as pictures
from journal_app.store.errors import ImageRejected
from journal_app.store.records import visible_name

MAX_FILE_BYTES = 500 * 1024 * 1024
"""A CSV or XLSX export (the zip with media may be larger, see ``MAX_ZIP_BYTES``)."""
MAX_UNPACKED_BYTES = 4 * 1024 * 1024 * 1024
"""What an XLSX export's parts may unpack to, together: its sheet is read as a stream, and a
large export unpacks to ten times its size or more (a form's limit is far lower)."""
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
MAX_IMAGES = 400
"""A hand-in's pictures at most (hand-in.schema.json)."""
MAX_CHECKED = 500
MAX_CELLS = 1000
MAX_HEADER_CHARS = 1000
"""A column name read by the naming rules (longer: it names no question)."""
CHECK_EDGE = 64
"""A picture is checked by decoding it this small (a JPEG at an eighth of its size)."""

SKIPPED_PICTURE_FORMAT = "picture_format"
"""A picture in another format than JPEG, PNG or WebP (HEIC…): the app reads none of them."""
SKIPPED_PICTURE_MISSING = "picture_missing"
"""A picture its cell names, not in the zip's ``media/`` (not uploaded, or not exported)."""
SKIPPED_PICTURE_NO_MEDIA = "picture_no_media"
"""A picture cell of an export without media (a CSV or XLSX): the file name only."""
SKIPPED_PICTURE_OVER = "picture_over"
"""A picture beyond what its prompt takes now (``max_images``), or a hand-in's 400."""
SKIPPED_REJECTED = "rejected"
"""A submission ODK Central's review rejected (``ReviewState`` rejected)."""
SKIPPED_NOT_APPROVED = "not_approved"
"""A submission KoboToolbox's validation did not approve (``_validation_status``)."""

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
METADATA_QUESTIONS = xlsform.METADATA_QUESTIONS | {"instanceid", "instancename"}
"""Columns that are a submission's metadata, not answers (also under ``meta/``)."""
_SEPARATORS = "/-."
_ID = r"[a-z0-9][a-z0-9_.-]{0,79}"
_NOT_APPROVED = frozenset({"not_approved", "validation_status_not_approved"})
_GROUPED = frozenset({"item", "cell", "stem", "picture", "writing"})
"""The parts a form puts in their prompt's own group (``field-list``)."""
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_TRUE = frozenset({"1", "true", "yes"})
_FALSE = frozenset({"0", "false", "no", ""})


def is_submissions_export(path: Path) -> bool:
    """Whether ``path`` is a submissions export rather than a hand-in.

    ``.csv`` and ``.xlsx`` are; a ``.zip`` is told by the names inside it (nothing is
    decompressed): a hand-in holds ``manifest.json`` and ``answers.json``, an ODK Central
    export a ``.csv`` at its root. A zip that cannot be read, or holds neither, is taken by
    its name: a hand-in when the name has ``.journal`` in it (``amina.journal (1).zip``), else
    an export; its reader then says what is wrong with it.
    """
    if is_locked(path):  # a hand-in locked with a workshop passphrase, whatever its name
        return False
    name = path.name.lower()
    if name.endswith((".csv", ".xlsx")):
        return True
    if not name.endswith(".zip"):
        return False
    inside = _zip_names(path)
    if inside is not None:
        if {"manifest.json", "answers.json"} <= inside:
            return False
        if any("/" not in n and n.lower().endswith(".csv") for n in inside):
            return True
    return ".journal" not in name


def _zip_entry_count(path: Path, size: int) -> int | None:
    """How many entries a zip's end record declares (read from its last 64 KB), or None."""
    with path.open("rb") as handle:
        start = max(0, size - (65_535 + 22))
        handle.seek(start)
        tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return None
    (count,) = struct.unpack("<H", tail[at + 10 : at + 12])
    return int(count)  # 0xFFFF: a zip64 archive of 65,535 entries or more


def _zip_names(path: Path) -> set[str] | None:
    """The names inside a zip, read from its directory only; None if it cannot be, safely."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_ZIP_BYTES:
            return None
        count = _zip_entry_count(path, status.st_size)
        if count is None or count > MAX_ZIP_ENTRIES:
            return None
        with zipfile.ZipFile(path) as archive:
            return {info.filename for info in archive.infolist()}
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, RuntimeError):
        return None


def describe_skipped(skipped: Mapping[str, int]) -> list[str]:
    """What :func:`read_submissions` left out, one sentence per reason (in the user's language).

    Args:
        skipped: the counts ``read_submissions`` added to its ``skipped`` argument, by the
            ``SKIPPED_*`` keys.
    """
    sentences: dict[str, Callable[[int], str]] = {
        SKIPPED_PICTURE_FORMAT: lambda n: translate(
            "compile",
            "Left out: %n pictures in another format than JPEG, PNG or WebP (HEIC…).",
            None,
            n,
        ),
        SKIPPED_PICTURE_MISSING: lambda n: translate(
            "compile",
            "Left out: %n pictures named in an export but not in its media folder.",
            None,
            n,
        ),
        SKIPPED_PICTURE_NO_MEDIA: lambda n: translate(
            "compile",
            "Left out: %n pictures of an export without media (the zip with media has them).",
            None,
            n,
        ),
        SKIPPED_PICTURE_OVER: lambda n: translate(
            "compile",
            "Left out: %n pictures beyond what their prompt takes in this pack version.",
            None,
            n,
        ),
        SKIPPED_REJECTED: lambda n: translate(
            "compile", "Left out: %n submissions rejected in ODK Central's review.", None, n
        ),
        SKIPPED_NOT_APPROVED: lambda n: translate(
            "compile",
            "Left out: %n submissions not approved in KoboToolbox's validation.",
            None,
            n,
        ),
    }
    return [sentence(skipped[key]) for key, sentence in sentences.items() if skipped.get(key)]


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
    prompts: list[tuple[str, AnyPrompt | None, list[xlsform.FormQuestion]]] = field(
        default_factory=list
    )
    """The prompts the export has columns for, with their questions: the pack's answerable
    prompts in its order, then those it lacks (None), as their columns come."""


class _Matcher:
    """Finds the question a column holds, from the questions of the form made for the pack.

    A column of a question the pack no longer has (a prompt a newer version dropped, an item,
    a cell or a picture it no longer has) is found by the naming rules alone
    (:func:`xlsform.question_of_name`), after a group path of the form's (``S_…``, ``G_…``,
    ``F_…``, the pack's section and group ids, the prompt's own group).
    """

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
        groups = {s.id for s in pack.sections} | {g.id for s in pack.sections for g in s.groups}
        self.segment = "|".join(
            [rf"[SGF]_{_ID}", *(f"(?i:{re.escape(g)})" for g in sorted(groups, key=len))]
        )

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
            select = self.question(base) if base and choice else None
            if select is not None and select.choices:  # a choice it may no longer have, too
                return _Column(index, header, select, choice_name(select, choice))
        question = self.question(header)
        if question is not None:
            return _Column(index, header, None if question.part == "note" else question)
        if header.endswith("_URL"):
            media = self.question(header[:-4]) or self.decoded_name(header[:-4])
            if media is not None and media.part in ("", "picture"):
                return "meta"
        segments = re.split(r"[/.-]", header)
        if segments[0].lower() in ("meta", "formhub") or segments[-1].lower() in METADATA_QUESTIONS:
            return "meta"
        decoded = self.decoded(header)
        if decoded is not None:
            known, ticked = decoded
            return _Column(index, header, None if known.part == "note" else known, ticked)
        return None

    def in_group_path(self, prefix: str, separator: str, question: xlsform.FormQuestion) -> bool:
        """Whether ``prefix`` is a group path of the form's, joined by ``separator``.

        Groups are the form's (``S_…``, ``G_…``, ``F_…``) or the pack's sections and groups;
        a part of a prompt with parts (an item, a cell, a stem, a picture of several, a hint)
        is in its prompt's own group, last. (Ids may hold ``-`` and ``.``, the separators of
        Central and of Kobo's other option: these rules keep ``five-five_I6`` from being read
        as the item of a prompt ``five-five`` in the group ``five``.)
        """
        join = re.escape(separator)
        path = rf"(?:{self.segment})(?:{join}(?:{self.segment}))*"
        if question.part in _GROUPED or (question.part == "note" and question.prompt_id):
            own = f"(?i:{re.escape(xlsform.prompt_name(question.prompt_id))})"
            path = rf"(?:{path}{join})?{own}"
        return re.fullmatch(path, prefix) is not None

    def decoded_name(self, header: str) -> xlsform.FormQuestion | None:
        """The question a header names by the naming rules, after a group path of the form."""
        if len(header) > MAX_HEADER_CHARS:
            return None
        question = xlsform.question_of_name(header)
        if question is not None:
            return question
        for index, char in enumerate(header):  # the longest name that ends the header
            if char in _SEPARATORS:
                question = xlsform.question_of_name(header[index + 1 :])
                if question is not None and self.in_group_path(header[:index], char, question):
                    return question
        return None

    def decoded(self, header: str) -> tuple[xlsform.FormQuestion, str | None] | None:
        """A column the pack's form has not, read by the naming rules: (question, choice).

        ``choice``: a ``question/choice`` column (1 or 0) of a checklist the pack lacks.
        """
        question = self.decoded_name(header)
        if question is not None:
            return question, None
        for separator in "/.":
            base, _, choice = header.rpartition(separator)
            select = self.decoded_name(base) if base and choice else None
            if select is not None and select.part == "" and select.prompt_id:
                return select, choice
        return None


def choice_name(select: xlsform.FormQuestion, written: str) -> str:
    """A choice as the form names it, whatever its case (a hand-written form's ``Yes``)."""
    if written in select.choices:
        return written
    folded = written.lower()
    return next((c for c in select.choices if c.lower() == folded), written)


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

    def __init__(self, path: Path, pack: Pack, skipped: Counter[str] | None = None) -> None:
        self.path = path
        self.pack = pack
        self.matcher = _Matcher(pack)
        self.media: dict[str, zipfile.ZipInfo] = {}
        self.archive: zipfile.ZipFile | None = None
        self.skipped = skipped

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
            raise self.fail(self.too_wide(), 1)
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
                        "names no question of the prompt pack {pack}, by its name or by the"
                        " naming of the forms pack-to-xlsform writes: the export of another"
                        " form, or one with labels as headers",
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
        by_prompt: dict[str, list[xlsform.FormQuestion]] = {}
        for column in columns:
            assert column.question is not None
            held = by_prompt.setdefault(column.question.prompt_id, [])
            if column.question not in held:
                held.append(column.question)
        prompts: list[tuple[str, AnyPrompt | None, list[xlsform.FormQuestion]]] = [
            (prompt.id, prompt, by_prompt.pop(prompt.id))
            for prompt in self.pack.prompts()
            if prompt.answerable and prompt.id in by_prompt
        ]
        prompts += [(prompt_id, None, questions) for prompt_id, questions in by_prompt.items()]
        if len(prompts) > MAX_ANSWERS:
            raise self.fail(
                translate(
                    "compile",
                    "columns for {count} prompts, more than a hand-in may answer ({limit}):"
                    " the export of another form",
                ).format(count=len(prompts), limit=MAX_ANSWERS),
                1,
            )
        return _Header(columns, meta, prompts)

    # -- one submission

    def handin(self, header: _Header, row: int, cells: list[Any]) -> HandIn | None:
        """One submission as a hand-in; None for one rejected or not approved (counted)."""

        def meta(*names: str) -> str:
            for name in names:
                index = header.meta.get(name)
                if index is not None and index < len(cells):
                    return self.text(cells[index], row, name)
            return ""

        if meta("ReviewState").strip().lower() == "rejected":
            self.skip(SKIPPED_REJECTED)
            return None
        validation = re.sub(r"[\s-]+", "_", meta("_validation_status").strip().lower())
        if validation in _NOT_APPROVED:
            self.skip(SKIPPED_NOT_APPROVED)
            return None
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

        written_version = meta("FormVersion", "__version__").strip()
        name = visible_name(meta("SubmitterName", "_submitted_by"))[:MAX_NAME_CHARS]
        answers: list[dict[str, Any]] = []
        images: list[dict[str, Any]] = []
        data: dict[str, bytes] = {}
        for prompt_id, prompt, questions in header.prompts:
            self.pictures(prompt_id, prompt, questions, texts, images, data, row)
            found = self.answer(prompt, questions, texts, ticks, row)
            if found is None:
                continue
            kind, value = found
            try:
                checked = values.from_json(kind, value)
            except ValueError as error:  # (the shapes made here are to_json's)
                raise self.fail(str(error), row) from None
            if checked.is_empty():
                continue
            answers.append(
                {
                    "prompt_id": prompt_id,
                    "kind": kind.value,
                    "prompt_text": prompt.text.get() if prompt is not None else "",
                    "value": value,
                    "time_spent_seconds": None,
                    "skipped": False,
                }
            )
        version = xlsform.pack_version(written_version)  # (Kobo's __version__ is its own id)
        return HandIn(
            path=self.path,
            pack_id=self.pack.id,
            pack_version=version or self.pack.version,
            journal_name=name,
            answers=answers,
            images=images,
            image_data=data,
            created=_when(meta("SubmissionDate", "_submission_time")),
        )

    def skip(self, reason: str) -> None:
        if self.skipped is not None:
            self.skipped[reason] += 1

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

    def answer(
        self,
        prompt: AnyPrompt | None,
        questions: list[xlsform.FormQuestion],
        texts: dict[str, str],
        ticks: dict[str, dict[str, bool]],
        row: int,
    ) -> tuple[PromptKind, dict[str, Any]] | None:
        """An answer's kind and JSON (``to_json``'s shapes), or None when there is none.

        Shaped by the columns there are, as the form that was filled in had them: for a prompt
        the pack has, the same as its own shape; for one it lacks (``prompt`` None), or a part
        it no longer has (a sixth item, a choice it dropped, writing beside a picture), the
        shape those columns make, so that compile counts the answer as not in the pack or no
        longer fitting, and keeps it in its CSV, as it does a hand-in's.
        """
        picture = isinstance(prompt, ImagePrompt)
        written: dict[tuple[str, tuple[str, ...]], tuple[str, str]] = {}  # → (name, text)
        select: xlsform.FormQuestion | None = None
        for question in questions:
            if question.part in ("picture", "note") or (picture and question.part == ""):
                continue
            if question.part == "" and (question.choices or question.name in ticks):
                select = question
            elif question.name in texts:
                written[(question.part, question.key)] = (question.name, texts[question.name])
        parts = {part for part, _ in written}

        def text(part: str, key: tuple[str, ...] = ()) -> str:
            return written.get((part, key), ("", ""))[1]

        if select is not None or (
            parts
            and parts <= {"", "other"}
            and (isinstance(prompt, ChecklistPrompt) or "other" in parts)
        ):
            if parts - {"", "other"}:
                return self.mixed(written, select, texts)
            return PromptKind.CHECKLIST, self.checklist(prompt, select, texts, ticks, text, row)
        if not parts:
            return None
        if parts == {"writing"}:
            return PromptKind.IMAGE, {"text": text("writing")}
        if parts == {""}:
            return PromptKind.TEXT, {"text": text("")}
        if parts == {"item"}:
            count = max(int(key[0]) for _, key in written)
            if isinstance(prompt, TextPrompt):
                count = max(count, len(prompt.items))
            items = [text("item", (str(n),)) for n in range(1, count + 1)]
            return PromptKind.TEXT, {"items": items}
        if parts == {"cell"}:
            own: list[tuple[str, tuple[str, ...]]] = []
            if isinstance(prompt, TablePrompt):
                own = [("cell", (r.id, c.id)) for r, c in prompt.answer_cells()]
            order = [k for k in own if k in written] + [k for k in written if k not in own]
            cells = [[k[1][0], k[1][1], text(*k)] for k in order if text(*k).strip()]
            if len(cells) > MAX_CELLS:
                return self.mixed(written, select, texts)
            return PromptKind.TABLE, {"cells": cells}
        if parts == {"stem"}:
            stems: list[tuple[str, tuple[str, ...]]] = []
            if isinstance(prompt, StemsPrompt):
                stems = [("stem", (s.id,)) for s in prompt.stems]
            order = [k for k in stems if k in written] + [k for k in written if k not in stems]
            completions = {k[1][0]: text(*k) for k in order if text(*k).strip()}
            return PromptKind.STEMS, {"completions": completions}
        return self.mixed(written, select, texts)

    @staticmethod
    def mixed(
        written: Mapping[tuple[str, tuple[str, ...]], tuple[str, str]],
        select: xlsform.FormQuestion | None,
        texts: Mapping[str, str],
    ) -> tuple[PromptKind, dict[str, Any]]:
        """Columns of one prompt that make no one shape: kept as one text, each by its name."""
        lines = [(name, text) for name, text in written.values()]
        if select is not None and select.name in texts:
            lines.insert(0, (select.name, texts[select.name]))
        return PromptKind.TEXT, {"text": "\n".join(f"{n}: {t}" for n, t in lines if t.strip())}

    def checklist(
        self,
        prompt: AnyPrompt | None,
        select: xlsform.FormQuestion | None,
        texts: Mapping[str, str],
        ticks: Mapping[str, Mapping[str, bool]],
        text: Callable[..., str],
        row: int,
    ) -> dict[str, Any]:
        """A checklist's answer: a choice it does not have is kept (compile counts it unfit)."""
        if select is None:
            chosen = text("").split()
        elif select.name in texts:
            chosen = [choice_name(select, c) for c in texts[select.name].split()]
        else:
            chosen = [c for c, on in ticks.get(select.name, {}).items() if on]
        if select is not None and select.choices:
            other = select.other_choice
        else:  # a checklist the pack lacks: its "Other" is "_other" when an option is "other"
            other = "_other" if "_other" in chosen else "other"
        options = [o.id for o in prompt.options] if isinstance(prompt, ChecklistPrompt) else []
        given = list(dict.fromkeys(c for c in chosen if c != other))
        checked = [o for o in options if o in given] + [c for c in given if c not in options]
        if len(checked) > MAX_CHECKED:
            raise self.fail(
                translate("compile", "more than {limit} choices ticked").format(limit=MAX_CHECKED),
                row,
                repr(select.name if select is not None else ""),
            )
        return {
            "checked": checked,
            "other_checked": other is not None and other in chosen,
            "other_text": text("other"),
        }

    # -- pictures (the zip with media)

    def pictures(
        self,
        prompt_id: str,
        prompt: AnyPrompt | None,
        questions: list[xlsform.FormQuestion],
        texts: dict[str, str],
        images: list[dict[str, Any]],
        data: dict[str, bytes],
        row: int,
    ) -> None:
        """The pictures of one submission found in ``media/``: as a hand-in's ``images/``.

        Each is checked as it is read (a damaged one refuses the export, naming the row, the
        column and the file); WebP is made JPEG or PNG, as when a picture is added in the app;
        what cannot be taken is counted in ``skipped`` (see ``SKIPPED_*``).
        """
        single = isinstance(prompt, ImagePrompt)
        most = prompt.max_images if isinstance(prompt, ImagePrompt) else xlsform.MAX_PICTURES
        taken = 0
        for question in questions:
            if question.part != "picture" and not (single and question.part == ""):
                continue
            file_name = texts.get(question.name, "").strip()
            if not file_name:
                continue  # not sent (Central's AttachmentsPresent says so), or not asked
            if self.archive is None:
                self.skip(SKIPPED_PICTURE_NO_MEDIA)
                continue
            info = self.media.get(file_name)
            if info is None:
                self.skip(SKIPPED_PICTURE_MISSING)
                continue
            if taken >= most or len(images) >= MAX_IMAGES:
                self.skip(SKIPPED_PICTURE_OVER)
                continue
            found = self.picture(info, row, question.name)
            if found is None:
                self.skip(SKIPPED_PICTURE_FORMAT)
                continue
            suffix, content = found
            taken += 1
            name = f"images/{len(images) + 1}.{suffix}"
            data[name] = content
            images.append(
                {"file": name, "prompt_id": prompt_id, "caption": "", "is_drawing": False}
            )

    def picture(self, info: zipfile.ZipInfo, row: int, column: str) -> tuple[str, bytes] | None:
        """One picture of ``media/``, checked: (suffix, bytes), or None for another format."""
        assert self.archive is not None
        label = translate("compile", "the picture {name}").format(name=info.filename)

        def refuse(problem: str) -> HandInError:
            return self.fail(problem.rstrip("."), row, repr(column))

        if info.file_size > pictures.MAX_INPUT_BYTES:
            raise refuse(
                translate("compile", "{picture} is larger than {limit} MB").format(
                    picture=label, limit=pictures.MAX_INPUT_BYTES // 2**20
                )
            )
        try:
            with self.archive.open(info) as handle:
                content = handle.read(pictures.MAX_INPUT_BYTES + 1)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as e:
            raise refuse(
                translate("compile", "{picture} is damaged inside the zip file ({error})").format(
                    picture=label, error=e
                )
            ) from None
        kind = _picture_format(content)
        if kind is None:
            return None  # HEIC and the rest: the app reads none of them
        try:
            if kind == "WEBP":
                normal = pictures.normalize(content, name=label, formats=(kind,))
                content = normal.data
                return ("jpg" if normal.media_type == "image/jpeg" else "png"), content
            # Decoded small (a JPEG at an eighth of its size): damage is found here, by name.
            pictures.normalize(content, name=label, formats=(kind,), max_edge=CHECK_EDGE)
        except ImageRejected as error:
            raise refuse(str(error)) from None
        return ("jpg" if kind == "JPEG" else "png"), content

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
        return translate("compile", "too large for a submissions export ({size:.0f} MB)").format(
            size=size / 2**20
        )

    def too_wide(self) -> str:
        return translate(
            "compile", "more than {limit:,} columns, more than a submissions export has"
        ).format(limit=MAX_COLUMNS)

    def xlsx_rows(self) -> Iterator[tuple[int, list[Any]]]:
        problem = xlsform.workbook_problem(self.path, MAX_FILE_BYTES, MAX_UNPACKED_BYTES)
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
            title = book.sheetnames[0]
            sheet = book[title]
            if not xlsform.is_worksheet(sheet):
                raise self.fail(
                    translate(
                        "compile",
                        "its first sheet, {sheet}, is a chart, not the table of submissions",
                    ).format(sheet=repr(title))
                )
            width = xlsform.header_width(sheet, MAX_COLUMNS)
            if width > MAX_COLUMNS:
                raise self.fail(self.too_wide(), 1)
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
        except xlsform.SHEET_DAMAGE as error:
            raise self.fail(
                translate("compile", "the sheet {sheet} is damaged ({error})").format(
                    sheet=repr(book.sheetnames[0]), error=f"{type(error).__name__}: {error}"
                )
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
                    translate(
                        "compile", "a line longer than {limit} MB, which a CSV export has not"
                    ).format(limit=MAX_LINE_BYTES // 2**20)
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
            count = _zip_entry_count(self.path, size)
            if count is not None and count > MAX_ZIP_ENTRIES:  # before its directory is read
                raise self.fail(
                    translate("compile", "too many files inside ({count})").format(count=count)
                )
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
            handin = self.handin(header, number, cells)
            if handin is not None:
                yield handin
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


@cache
def _reads_webp() -> bool:
    from PIL import features  # noqa: PLC0415 - only with pictures

    return bool(features.check("webp"))


def _picture_format(content: bytes) -> str | None:
    """The format of a picture by its first bytes: JPEG, PNG or WebP (if Pillow reads it)."""
    if content.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP" and _reads_webp():
        return "WEBP"
    return None


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


def read_submissions(
    path: Path, pack: Pack, skipped: Counter[str] | None = None
) -> Iterator[HandIn]:
    """One hand-in per submission of an ODK Central or KoboToolbox export (see above).

    Read lazily, one row at a time; the pictures of a zip with media are read with their row.

    Args:
        path: the export.
        pack: the pack to read it for (any version of the form's pack).
        skipped: if given, what is left out is counted in it as it is read, by the
            ``SKIPPED_*`` keys (pictures that cannot be taken, rejected submissions);
            :func:`describe_skipped` says it in words.

    Raises:
        HandInError: one line naming the file, the row and the column, as the rows are read
            (the problem ends without a full stop: compile adds its sentence).
    """
    return _Submissions(path, pack, skipped).read()
