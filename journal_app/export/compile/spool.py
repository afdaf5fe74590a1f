"""The compile's spool: answer texts, pictures and spreadsheet rows on disk, read back by prompt.

While hand-ins are folded in one at a time (``folding``), what the document and the spreadsheet
need of them goes to a temporary SQLite file in the compile's private work folder; only counts
stay in memory. The document (``document``, ``synthesis``, ``appendix``) and the spreadsheet
(``tables``) then read it back prompt by prompt, in hand-in order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

TextRow = tuple[str, str, str, int, str]
"""``(prompt, part, sub, participant, text)``: an item's index, a stem, a table's row and column…"""
PictureRow = tuple[str, int, str, str, int, int]
"""``(prompt, participant, path, caption, width, height)``."""
SheetRow = tuple[str, int, int, str, str, str]
"""``(prompt, known, participant, part, label, value)``: a row of the spreadsheet."""


class Spool:
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
        texts: list[TextRow],
        images: list[PictureRow],
    ) -> None:
        """One hand-in's texts and pictures."""
        self.db.execute("BEGIN")
        self.db.executemany("INSERT INTO texts VALUES (?, ?, ?, ?, ?)", texts)
        self.db.executemany("INSERT INTO pictures VALUES (?, ?, ?, ?, ?, ?)", images)
        self.db.execute("COMMIT")

    def add_sheet_rows(self, person: tuple[int, str, str, str], rows: list[SheetRow]) -> None:
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
        """Index what was added, once all is added, for reading by prompt."""
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
        """Close the file (the work folder it is in is removed afterwards)."""
        self.db.close()
