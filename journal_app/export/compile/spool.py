"""The compile's spool: answer texts, pictures and spreadsheet rows on disk, read back by prompt.

While hand-ins are folded in one at a time (``folding``), what the document and the spreadsheet
need of them goes to a temporary SQLite file in the compile's private work folder; only counts
stay in memory. The document (``document``, ``synthesis``, ``appendix``) and the spreadsheet
(``tables``) then read it back prompt by prompt, in hand-in order; a picture's bytes are read
when it is drawn (:meth:`Spool.picture`), one at a time.

When a hand-in given is locked with a workshop passphrase, the spool is encrypted with a key
kept only in memory (``cipher.scratch``): what it held is never in the clear on the disk, even
for the minutes a compile runs or after it is killed.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from journal_app.export.compile.blocks import Picture
from journal_app.store import cipher

TextRow = tuple[str, str, str, int, str]
"""``(prompt, part, sub, participant, text)``: an item's index, a stem, a table's row and column…"""
PictureRow = tuple[str, int, bytes, str, str, int, int]
"""``(prompt, participant, data, media type, caption, width, height)``."""
SheetRow = tuple[str, int, int, str, str, str]
"""``(prompt, known, participant, part, label, value)``: a row of the spreadsheet."""


class Spool:
    """Answer texts and pictures on disk, read back prompt by prompt for the documents.

    ``private``: encrypted with a key kept only in memory (see the module's notes).
    """

    def __init__(self, path: Path, *, private: bool = False) -> None:
        # (sqlcipher3's connection, when private, has sqlite3's API: typed as it)
        self.db: sqlite3.Connection = cipher.scratch(path, private=private)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute(
            "CREATE TABLE texts (prompt TEXT, part TEXT, sub TEXT, participant INTEGER, text TEXT)"
        )
        self.db.execute(
            "CREATE TABLE pictures (prompt TEXT, participant INTEGER, data BLOB,"
            " media_type TEXT, caption TEXT, width INTEGER, height INTEGER)"
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
        self.db.executemany("INSERT INTO pictures VALUES (?, ?, ?, ?, ?, ?, ?)", images)
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

    def pictures(self, prompt: str, limit: int | None = None) -> Iterator[tuple[int, str, Picture]]:
        """``(participant, caption, picture)`` in order (the first ``limit``).

        Each picture's bytes are read from the spool when it is drawn, not before.
        """
        query = (
            "SELECT participant, caption, rowid, media_type, length(data), width, height"
            " FROM pictures WHERE prompt = ? ORDER BY rowid LIMIT ?"
        )
        rows = self.db.execute(query, (prompt, -1 if limit is None else limit)).fetchall()
        for participant, caption, rowid, media_type, size, width, height in rows:
            read = functools.partial(self._picture_data, rowid)
            picture = Picture(f"spool-{rowid}", media_type, size, width, height, read)
            yield participant, caption, picture

    def _picture_data(self, rowid: int) -> bytes:
        row = self.db.execute("SELECT data FROM pictures WHERE rowid = ?", (rowid,)).fetchone()
        return bytes(row[0])

    def close(self) -> None:
        """Close the file (the work folder it is in is removed afterwards)."""
        self.db.close()
