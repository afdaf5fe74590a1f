"""The compile's spool: answer texts, pictures and spreadsheet rows on disk, read back by prompt.

While hand-ins are folded in one at a time (``folding``), what the document and the spreadsheet
need of them goes to a temporary SQLite file in the compile's private work folder; only counts
stay in memory. The document (``document``, ``synthesis``, ``appendix``) and the spreadsheet
(``tables``) then read it back prompt by prompt, in hand-in order; a picture's bytes are read
when it is drawn (the ``read`` of :meth:`Spool.pictures`' ``Picture``), one at a time.

When a hand-in given is locked with a workshop passphrase, the spool is encrypted with a key
kept only in memory: what it held is never in the clear on the disk, even for the minutes a
compile runs or after it is killed. With SQLCipher (``cipher.scratch``), every page is; where
SQLCipher is not installed (Linux on ARM), each answer's words, caption, picture, spreadsheet
row and journal name is sealed on its own with AES-256-GCM (:class:`_Seal`); what stays
readable is what says nothing of what was written: ids (prompts, participants' numbers, items,
a table's rows and columns, "other" for a checklist's own answer), the pack version and time of
each hand-in, pictures' formats and sizes, and each value's length and number.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from journal_app.export.compile.blocks import Picture
from journal_app.store import cipher

TextRow = tuple[str, str, str, int, str]
"""``(prompt, part, sub, participant, text)``: an item's index, a stem, a table's row and column…"""
PictureRow = tuple[str, int, str, str, int, int, bytes]
"""``(prompt, participant, media type, caption, width, height, data)``: the bytes last, as in
the table (the columns after a blob are read through its pages)."""
SheetRow = tuple[str, int, int, str, str, str]
"""``(prompt, known, participant, part, label, value)``: a row of the spreadsheet."""


_Row = TypeVar("_Row", bound=tuple[object, ...])


class _Seal:
    """AES-256-GCM under a random key kept only in memory, a value at a time (no SQLCipher).

    Each value is bound to its column (the associated data): one cannot stand for another.
    """

    OVERHEAD = 12 + 16
    """Bytes a sealed value has more than its own: its nonce and its tag."""

    def __init__(self) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

        self._aead = AESGCM(AESGCM.generate_key(bit_length=256))

    def seal_bytes(self, data: bytes, column: str) -> bytes:
        """``data`` of ``column`` sealed: a fresh nonce, then the ciphertext and its tag."""
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, data, column.encode("ascii"))

    def seal_text(self, text: str, column: str) -> bytes:
        """``text`` of ``column`` sealed."""
        return self.seal_bytes(text.encode("utf-8"), column)

    def open_bytes(self, sealed: bytes, column: str) -> bytes:
        """What :meth:`seal_bytes` sealed.

        Raises:
            sqlite3.DatabaseError: the value was changed, or is another column's.
        """
        from cryptography.exceptions import InvalidTag  # noqa: PLC0415

        try:
            return self._aead.decrypt(sealed[:12], sealed[12:], column.encode("ascii"))
        except InvalidTag:
            raise sqlite3.DatabaseError(f"a value of {column} was changed") from None

    def open_text(self, sealed: bytes, column: str) -> str:
        """What :meth:`seal_text` sealed."""
        return self.open_bytes(sealed, column).decode("utf-8")


_SHEET_ROW_COLUMNS = {1: "sheet_rows.part", 2: "sheet_rows.label", 3: "sheet_rows.value"}
"""The sealed values of a row of :meth:`Spool.sheet_rows`, by index."""


class Spool:
    """Answer texts and pictures on disk, read back prompt by prompt for the documents.

    ``private``: encrypted with a key kept only in memory (see the module's notes).
    """

    def __init__(self, path: Path, *, private: bool = False) -> None:
        # (sqlcipher3's connection, when private, has sqlite3's API: typed as it)
        self.db: sqlite3.Connection = cipher.scratch(path, private=private)
        try:
            self.seal = _Seal() if private and not cipher.AVAILABLE else None
            """Seals each value where SQLCipher does not encrypt the file (None: not needed)."""
            self.db.execute("PRAGMA journal_mode=OFF")
            self.db.execute("PRAGMA synchronous=OFF")
            self.db.execute(
                "CREATE TABLE texts (prompt TEXT, part TEXT, sub TEXT, participant INTEGER,"
                " text TEXT)"
            )
            # The picture's bytes last (see PictureRow).
            self.db.execute(
                "CREATE TABLE pictures (prompt TEXT, participant INTEGER, media_type TEXT,"
                " caption TEXT, width INTEGER, height INTEGER, data BLOB)"
            )
            # For the spreadsheet: its rows (as the CSV's), and the participants.
            self.db.execute(
                "CREATE TABLE sheet_rows (prompt TEXT, known INTEGER, participant INTEGER,"
                " part TEXT, label TEXT, value TEXT)"
            )
            self.db.execute(
                "CREATE TABLE people (participant INTEGER, name TEXT, version TEXT, handed_in TEXT)"
            )
        except BaseException:
            self.db.close()  # (else, on Windows, the work folder could not be removed)
            raise

    def add(
        self,
        texts: list[TextRow],
        images: list[PictureRow],
    ) -> None:
        """One hand-in's texts and pictures."""
        seal = self.seal
        text_rows: Sequence[tuple[object, ...]] = texts
        picture_rows: Sequence[tuple[object, ...]] = images
        if seal is not None:
            text_rows = [(p, a, b, n, seal.seal_text(t, "texts.text")) for p, a, b, n, t in texts]
            picture_rows = [
                (
                    p,
                    n,
                    media,
                    seal.seal_text(caption, "pictures.caption"),
                    w,
                    h,
                    seal.seal_bytes(data, "pictures.data"),
                )
                for p, n, media, caption, w, h, data in images
            ]
        self.db.execute("BEGIN")
        self.db.executemany("INSERT INTO texts VALUES (?, ?, ?, ?, ?)", text_rows)
        self.db.executemany("INSERT INTO pictures VALUES (?, ?, ?, ?, ?, ?, ?)", picture_rows)
        self.db.execute("COMMIT")

    def add_sheet_rows(self, person: tuple[int, str, str, str], rows: list[SheetRow]) -> None:
        """One participant, and their answers' rows for the spreadsheet."""
        seal = self.seal
        who: tuple[object, ...] = person
        sheet: Sequence[tuple[object, ...]] = rows
        if seal is not None:  # (the part too: a checklist's option ids say what was marked)
            number, name, version, handed_in = person
            who = (number, seal.seal_text(name, "people.name"), version, handed_in)
            sheet = [
                (
                    p,
                    k,
                    n,
                    seal.seal_text(part, "sheet_rows.part"),
                    seal.seal_text(label, "sheet_rows.label"),
                    seal.seal_text(value, "sheet_rows.value"),
                )
                for p, k, n, part, label, value in rows
            ]
        self.db.execute("BEGIN")
        self.db.execute("INSERT INTO people VALUES (?, ?, ?, ?)", who)
        self.db.executemany("INSERT INTO sheet_rows VALUES (?, ?, ?, ?, ?, ?)", sheet)
        self.db.execute("COMMIT")

    def _opened(self, rows: Iterable[_Row], sealed: dict[int, str]) -> Iterator[_Row]:
        """``rows`` with the values at the indices of ``sealed`` (→ their columns) opened."""
        seal = self.seal
        if seal is None:
            yield from rows
            return
        for row in rows:
            values = list(row)
            for index, column in sealed.items():
                value = values[index]
                assert isinstance(value, bytes)  # (sealed by add and add_sheet_rows)
                values[index] = seal.open_text(value, column)
            yield tuple(values)  # type: ignore[misc]

    def sheet_rows(self, prompt: str) -> Iterator[tuple[int, str, str, str]]:
        """``(participant, part, label, value)`` of one prompt, in hand-in order."""
        query = (
            "SELECT participant, part, label, value FROM sheet_rows WHERE prompt = ? ORDER BY rowid"
        )
        return self._opened(self.db.execute(query, (prompt,)), _SHEET_ROW_COLUMNS)

    def unknown_rows(self) -> Iterator[tuple[str, int, str, str, str]]:
        """``(prompt, participant, part, label, value)`` of prompts the pack does not have."""
        query = (
            "SELECT prompt, participant, part, label, value FROM sheet_rows WHERE known = 0"
            " ORDER BY rowid"
        )
        sealed = {index + 1: column for index, column in _SHEET_ROW_COLUMNS.items()}
        return self._opened(self.db.execute(query), sealed)

    def people(self) -> Iterator[tuple[int, str, str, str]]:
        """``(participant, name, version, handed in)`` in order."""
        rows = self.db.execute(
            "SELECT participant, name, version, handed_in FROM people ORDER BY rowid"
        )
        return self._opened(rows, {1: "people.name"})

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
        return self._opened(self.db.execute(query, arguments), {3: "texts.text"})

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
        seal = self.seal
        opened = self._opened(rows, {1: "pictures.caption"})
        for participant, caption, rowid, media_type, size, width, height in opened:
            if seal is not None:
                size -= seal.OVERHEAD
            read = functools.partial(self._picture_data, rowid)
            picture = Picture(f"spool-{rowid}", media_type, size, width, height, read)
            yield participant, caption, picture

    def _picture_data(self, rowid: int) -> bytes:
        row = self.db.execute("SELECT data FROM pictures WHERE rowid = ?", (rowid,)).fetchone()
        data = bytes(row[0])
        return data if self.seal is None else self.seal.open_bytes(data, "pictures.data")

    def close(self) -> None:
        """Close the file (the work folder it is in is removed afterwards)."""
        self.db.close()
