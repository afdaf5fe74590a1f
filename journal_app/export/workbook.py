"""The compiled answers as a spreadsheet people open: an .xlsx, one sheet per prompt.

Made with openpyxl in write-only mode: rows are streamed to disk as the hand-ins are read, so
the memory it takes does not grow with the number of participants. Sheets:

- "Participants": each participant's number, journal name (only with ``--names``), the pack
  version of the hand-in and when it was handed in;
- one sheet per answerable prompt, in the pack's order, in long format: participant, part,
  part label, value (the same rows as the CSV);
- "Not in this pack": answers to prompts this version of the pack does not have.

Every value is written as text, never as a formula: an answer typed as ``=SUM(A1:A2)`` shows as
typed and is never run (in the CSV it gets an apostrophe instead).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from journal_app.i18n import translate
from journal_app.packs.model import AnyPrompt, LocalText, Pack

SHEET_NAME_CHARS = 31
"""Excel's limit on a sheet's name."""
_NOT_IN_A_NAME = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


def sheet_name(index: int | None, words: str, taken: set[str]) -> str:
    """A valid, unique sheet name: the prompt's number in the pack (if any), its first words."""
    cleaned = " ".join(_NOT_IN_A_NAME.sub(" ", words).split()).strip("'") or "-"
    numbered = cleaned if index is None else f"{index:03d} {cleaned}"
    name = numbered[:SHEET_NAME_CHARS].rstrip()
    candidate, extra = name, 2
    while candidate.casefold() in taken:
        suffix = f" ({extra})"
        candidate, extra = name[: SHEET_NAME_CHARS - len(suffix)].rstrip() + suffix, extra + 1
    taken.add(candidate.casefold())
    return candidate


class AnswerWorkbook:
    """Streams the compiled answers into a write-only workbook; :meth:`save` writes it."""

    def __init__(self, pack: Pack, t: Callable[[LocalText | None], str], show_names: bool) -> None:
        from openpyxl import Workbook  # noqa: PLC0415 - only when a spreadsheet is asked for

        self._book = Workbook(write_only=True)
        self._show_names = show_names
        taken: set[str] = set()
        self._participants = self._book.create_sheet(
            sheet_name(None, translate("compile", "Participants"), taken)
        )
        header = [translate("compile", "Participant")]
        if show_names:
            header.append(translate("compile", "Journal name"))
        header += [translate("compile", "Pack version"), translate("compile", "Handed in")]
        self._append(self._participants, header)
        self._sheets: dict[str, Any] = {}
        columns = [
            translate("compile", "Participant"),
            translate("compile", "Part"),
            translate("compile", "Part (label)"),
            translate("compile", "Answer"),
        ]
        prompts: Sequence[AnyPrompt] = [p for p in pack.prompts() if p.answerable]
        for index, prompt in enumerate(prompts, start=1):
            words = t(prompt.short_title) if prompt.short_title else t(prompt.text)
            sheet = self._book.create_sheet(sheet_name(index, words, taken))
            self._append(sheet, columns)
            self._sheets[prompt.id] = sheet
        self._elsewhere = self._book.create_sheet(
            sheet_name(None, translate("compile", "Not in this pack"), taken)
        )
        self._append(self._elsewhere, [translate("compile", "Prompt"), *columns])

    def _append(self, sheet: Any, values: Sequence[str | int]) -> None:
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415 - loaded with openpyxl

        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text as typed: "=…" is not a formula here
            cells.append(cell)
        sheet.append(cells)

    def participant(self, number: int, name: str, version: str, handed_in: str) -> None:
        """One row of the Participants sheet."""
        row: list[str | int] = [number]
        if self._show_names:
            row.append(name)
        self._append(self._participants, [*row, version, handed_in])

    def answer(self, number: int, prompt_id: str, part: str, label: str, value: str) -> None:
        """One part of one participant's answer, on its prompt's sheet."""
        sheet = self._sheets.get(prompt_id)
        if sheet is None:
            self._append(self._elsewhere, [prompt_id, number, part, label, value])
        else:
            self._append(sheet, [number, part, label, value])

    def save(self, path: Path) -> None:
        """Write the workbook to ``path`` (the caller renames it into place).

        Raises:
            OSError: the file cannot be written.
        """
        self._book.save(str(path))
