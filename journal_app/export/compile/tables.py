"""The compiled answers as tables people open: a CSV, and an .xlsx with one sheet per prompt.

The CSV (``CSV_COLUMNS``) is written row by row while the hand-ins are folded in (see
``folding``); a text that a spreadsheet would run as a formula gets a leading apostrophe
(:func:`csv_cell`).

While the hand-ins are read, their rows go to the compile's spool (SQLite, in its private work
folder); once all are read, :func:`write_workbook` writes the workbook with openpyxl in
write-only mode, one sheet after the other, each closed before the next is begun: whatever the
number of participants, little memory and one open file. openpyxl's temporary files are made
in the work folder, which is removed however the compile ends. Sheets:

- "Participants": each participant's number, journal name (only with ``--names``), the pack
  version of the hand-in and when it was handed in;
- one sheet per answerable prompt, in the pack's order, in long format: participant, part,
  part label, value (the same rows as the CSV);
- "Not in this pack": answers to prompts this version of the pack does not have.

Every value is written as text, never as a formula: an answer typed as ``=SUM(A1:A2)`` shows as
typed and is never run (in the CSV it gets an apostrophe instead). Characters a spreadsheet file
cannot hold (control characters) become a line break (a vertical tab) or "�"; a cell holds at
most :data:`CELL_CHARS` characters, so a longer answer is cut there, marked "…" (the CSV keeps
it whole).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from journal_app.i18n import translate
from journal_app.packs.model import LocalText, Pack

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
"""The CSV's header. See ``compile_handins`` for what ``part`` holds for each kind."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A text made safe for a spreadsheet: a leading = + - @ would start a formula in Excel."""
    return "'" + text if text.startswith(_FORMULA_START) else text


SHEET_NAME_CHARS = 31
"""Excel's limit on a sheet's name (in UTF-16 units)."""
CELL_CHARS = 32_767
"""Excel's limit on the characters of one cell."""
_NOT_IN_A_NAME = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_NOT_IN_A_CELL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

Row = Sequence[str | int]


def sheet_name(index: int | None, words: str, taken: set[str]) -> str:
    """A valid, unique sheet name: the prompt's number in the pack (if any), its first words."""
    cleaned = " ".join(_NOT_IN_A_NAME.sub(" ", words).split()).strip("'") or "-"
    numbered = cleaned if index is None else f"{index:03d} {cleaned}"
    name = _fit(numbered, SHEET_NAME_CHARS)
    candidate, extra = name, 2
    while candidate.casefold() in taken:
        suffix = f" ({extra})"
        candidate, extra = _fit(name, SHEET_NAME_CHARS - len(suffix)) + suffix, extra + 1
    taken.add(candidate.casefold())
    return candidate


def _fit(name: str, units: int) -> str:
    """``name`` cut to ``units`` UTF-16 units (as Excel counts), never ending in a quote."""
    while len(name.encode("utf-16-le")) // 2 > units:
        name = name[:-1]
    return name.rstrip().rstrip("'").rstrip()


def cell_text(text: str) -> str:
    """``text`` as a cell can hold it (see the module's notes)."""
    text = _NOT_IN_A_CELL.sub(lambda m: "\n" if m.group() == "\x0b" else "\ufffd", text)
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


@contextlib.contextmanager
def _temporary_files_in(folder: Path) -> Iterator[None]:
    """Openpyxl's temporary files made in ``folder`` (a private one) while the block runs."""
    from openpyxl.worksheet import _writer  # noqa: PLC0415 - loaded with openpyxl

    made_by_openpyxl = _writer.create_temporary_file

    def in_folder(suffix: str = "") -> str:
        handle, name = tempfile.mkstemp(suffix=suffix, prefix="openpyxl.", dir=folder)
        os.close(handle)
        _writer.ALL_TEMP_FILES.append(name)  # (which openpyxl's cleanup removes it from)
        return name

    _writer.create_temporary_file = in_folder
    try:
        yield
    finally:
        _writer.create_temporary_file = made_by_openpyxl


def write_workbook(
    path: Path,
    pack: Pack,
    t: Callable[[LocalText | None], str],
    *,
    show_names: bool,
    participants: Iterable[Row],
    rows_of: Callable[[str], Iterable[Row]],
    elsewhere: Iterable[Row],
    work: Path,
) -> None:
    """Write the workbook to ``path`` (the caller renames it into place).

    Args:
        path: the file to write.
        pack: the pack compiled with (its prompts make the sheets, in order).
        t: the pack's words in the document's language.
        show_names: include the journals' names on the Participants sheet.
        participants: (number, name, pack version, handed in) of each participant.
        rows_of: a prompt id → its rows, (participant, part, part label, value).
        elsewhere: (prompt id, participant, part, part label, value) of answers to prompts the
            pack does not have.
        work: a private folder for openpyxl's temporary files.

    Raises:
        OSError: the file cannot be written.
    """
    from openpyxl import Workbook  # noqa: PLC0415 - only when a spreadsheet is asked for
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415

    with _temporary_files_in(work):
        book = Workbook(write_only=True)
        taken: set[str] = set()

        def sheet(name: str, header: Row, rows: Iterable[Row]) -> None:
            written = book.create_sheet(name)
            for values in _chain(header, rows):
                cells = []
                for value in values:
                    if isinstance(value, str):
                        cell = WriteOnlyCell(written, value=cell_text(value))
                        cell.data_type = "s"  # text as typed: "=…" is not a formula here
                    else:
                        cell = WriteOnlyCell(written, value=value)
                    cells.append(cell)
                written.append(cells)
            written.close()  # one sheet's file open at a time

        people_header: list[str | int] = [translate("compile", "Participant")]
        if show_names:
            people_header.append(translate("compile", "Journal name"))
        people_header += [translate("compile", "Pack version"), translate("compile", "Handed in")]
        sheet(
            sheet_name(None, translate("compile", "Participants"), taken),
            people_header,
            (
                [number, name, version, when] if show_names else [number, version, when]
                for number, name, version, when in participants
            ),
        )
        columns: list[str | int] = [
            translate("compile", "Participant"),
            translate("compile", "Part"),
            translate("compile", "Part (label)"),
            translate("compile", "Answer"),
        ]
        prompts = [p for p in pack.prompts() if p.answerable]
        for index, prompt in enumerate(prompts, start=1):
            words = t(prompt.short_title) if prompt.short_title else t(prompt.text)
            sheet(sheet_name(index, words, taken), columns, rows_of(prompt.id))
        sheet(
            sheet_name(None, translate("compile", "Not in this pack"), taken),
            [translate("compile", "Prompt"), *columns],
            elsewhere,
        )
        book.save(str(path))


def _chain(header: Row, rows: Iterable[Row]) -> Iterator[Row]:
    yield header
    yield from rows
