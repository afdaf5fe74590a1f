"""The repository: the only door to stored journals, answers and pictures.

The window and the exporters call these methods with and get back domain objects (frozen
dataclasses); they never see a session, a row or SQL. Every write is one short transaction; a
failing write raises ``StorageError`` and leaves everything saved before intact.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from journal_app.i18n import translate
from journal_app.packs.model import AnyPrompt, ImagePrompt, Pack, PromptKind
from journal_app.store import answers as values
from journal_app.store import backups, cipher, protection
from journal_app.store.answers import Answer, AnswerValue
from journal_app.store.db import (
    Database,
    describe_sqlite_error,
    make_engine,
    open_database,
    open_read_only,
)
from journal_app.store.errors import (
    ImageRejected,
    InvalidAnswer,
    JournalNotFound,
    StorageError,
    StoreError,
)
from journal_app.store.images import normalize
from journal_app.store.records import ImageInfo, Journal, NewAnswer, NewImage, visible_name
from journal_app.store.schema import AnswerRow, ImageRow, JournalRow, UTCDateTime, utcnow

__all__ = ["ImageInfo", "Journal", "NewAnswer", "NewImage", "Repository", "visible_name"]

MAX_NAME_CHARS = 200

# The writes made after every pause in typing, as constant SQL with bound parameters (see
# ``Repository._write_sql``). They write what the ORM statements they replace wrote (a test
# compares the two, column by column): a new answer is not skipped nor private, and replacing
# an answer keeps its flags.
_UPSERT_ANSWER = (
    "INSERT INTO answers (journal_id, pack_id, prompt_id, kind, value_json,"
    " time_spent_seconds, prompt_text, updated_at, skipped, private)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"
    " ON CONFLICT (journal_id, pack_id, prompt_id) DO UPDATE SET kind = excluded.kind,"
    " value_json = excluded.value_json, time_spent_seconds = excluded.time_spent_seconds,"
    " prompt_text = excluded.prompt_text, updated_at = excluded.updated_at"
)
_TOUCH_JOURNAL = "UPDATE journals SET updated_at = ? WHERE id = ?"
_UPSERT_FLAG = {
    # A flag set before any answer makes a row without a value; otherwise only the flag (and
    # when it changed) is written.
    "skipped": (
        "INSERT INTO answers (journal_id, pack_id, prompt_id, kind, prompt_text, updated_at,"
        " skipped, private) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"
        " ON CONFLICT (journal_id, pack_id, prompt_id) DO UPDATE"
        " SET updated_at = excluded.updated_at, skipped = excluded.skipped"
    ),
    "private": (
        "INSERT INTO answers (journal_id, pack_id, prompt_id, kind, prompt_text, updated_at,"
        " skipped, private) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"
        " ON CONFLICT (journal_id, pack_id, prompt_id) DO UPDATE"
        " SET updated_at = excluded.updated_at, private = excluded.private"
    ),
}


class Repository:
    """Stored journals, answers and pictures of one data folder."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._files = threading.Lock()
        """Held while whole files are written: a snapshot (from a thread) and a re-encoding."""
        self._bind()

    def _bind(self) -> None:
        """Sessions and statements on the database's engine (again after a new engine)."""
        database = self.database
        self._sessions = sessionmaker(database.engine, expire_on_commit=False)
        dialect = database.engine.dialect
        stored_time = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
        assert stored_time is not None
        self._stored_time = stored_time
        """A datetime as the ORM stores it (``UTCDateTime``), for ``_write_sql``."""

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        snapshot_on_open: bool = True,
        lock: bool = True,
        key: cipher.Key = cipher.PLAIN,
    ) -> Repository:
        """Open the data folder's database (lock, checks, migrations, snapshot).

        ``lock=False`` is for readers beside a running app (the export): they must not write.
        ``key``: the passphrase of an encrypted database (see ``db.open_database``).
        """
        database = open_database(data_dir, snapshot_on_open=snapshot_on_open, lock=lock, key=key)
        if lock:  # what a passphrase change killed midway left: finished, with the lock held
            try:
                protection.finish(data_dir, database.key)
            except BaseException:
                database.close()
                raise
        return cls(database)

    @classmethod
    def open_read_only(cls, data_dir: Path, *, key: cipher.Key = cipher.PLAIN) -> Repository:
        """Open a data folder that cannot be written (see ``db.open_read_only``): only reads."""
        return cls(open_read_only(data_dir, key=key))

    def close(self) -> None:
        """Close the database and release the data folder."""
        self.database.close()

    def change_passphrase(self, passphrase: str | None) -> None:
        """Protect the journals with ``passphrase``, change it, or (None) remove it.

        The database and every snapshot are written anew (``protection.rekey``); the folder
        stays locked throughout, and the database is opened again with the new key.

        Raises:
            StorageError: a file could not be written (each is as it was, or as it is to be;
                the database is opened again with the key that opens it).
        """
        database = self.database
        assert database.lock is not None, "only the holder of the folder's lock re-encodes"
        new = cipher.Key(passphrase)
        with self._files:  # (a snapshot being taken beside the window ends first)
            database.engine.dispose()  # no connection open while the files are swapped
            key = database.key
            try:
                key = protection.rekey(database.data_dir, database.key, new)
            except protection.RekeyFailed as error:
                key = error.key  # (the database may be in its new encoding already)
                raise
            finally:
                database.key = key
                database.engine = make_engine(database.path, key=key)
                self._bind()

    def take_snapshot(self, reason: str = "manual") -> backups.Backup:
        """Snapshot the database now (safe from a worker thread while the app keeps saving).

        The window opens with ``snapshot_on_open=False`` and calls this off the UI thread, so a
        large database does not slow down the start.
        """
        with self._files:
            database = self.database
            return backups.take(database.path, database.data_dir, reason, key=database.key)

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction; SQLite failures become a ``StorageError`` after rollback."""
        with self._storage_errors(), self._sessions.begin() as session:
            yield session

    @contextmanager
    def _storage_errors(self) -> Iterator[None]:
        """SQLite failures of a write become a ``StorageError``; constraint failures pass."""
        try:
            yield
        except IntegrityError:
            raise
        except DBAPIError as error:
            raise StorageError(describe_sqlite_error(self.database.path, error.orig)) from None

    def _write_sql(self, *steps: tuple[str, tuple[object, ...]]) -> None:
        """Run constant SQL statements in one transaction, on a pooled ``sqlite3`` connection.

        The fast path of the writes made after every pause in typing (an answer, a flag): the
        same connections (the engine's pool, so its pragmas), the same ``BEGIN`` … ``COMMIT`` as
        ``_write()`` and the same errors, without building a statement and a session (about
        0.5 ms a save, twice the write itself). Values are always bound parameters (``?``).
        Engine events (``before_cursor_execute``, ``echo``) do not see these statements.

        Raises:
            StorageError: it could not be written (the transaction is rolled back).
            IntegrityError: a constraint failed (rolled back too), as from ``_write()``.
        """
        with self._storage_errors():
            statement = "BEGIN"
            try:
                pooled = self.database.engine.raw_connection()
                try:
                    cursor = pooled.cursor()
                    try:
                        cursor.execute(statement)
                        for statement, parameters in steps:
                            cursor.execute(statement, parameters)
                        statement = "COMMIT"
                        cursor.execute(statement)
                    except BaseException:
                        try:
                            pooled.rollback()  # sqlite3 rolls back only if a transaction is open
                        except cipher.ERRORS:
                            pooled.invalidate()  # closed: the pool will not hand it out again
                        raise
                    finally:
                        cursor.close()
                finally:
                    pooled.close()
            except cipher.ERRORS as error:
                # The exception ``_write()`` would have seen (parameters hidden, as there).
                raise DBAPIError.instance(
                    statement,
                    None,
                    error,
                    cipher.base_error(error),
                    hide_parameters=True,
                    dialect=self.database.engine.dialect,
                ) from error

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as error:
            raise StoreError(
                translate("store", "Could not read {path}: {error}. Nothing was changed.").format(
                    path=self.database.path, error=error.orig
                )
            ) from None

    # ------------------------------------------------------------------------- journals

    def journals(self) -> list[Journal]:
        """Every journal, most recently used first."""
        with self._read() as session:
            rows = session.scalars(select(JournalRow).order_by(JournalRow.updated_at.desc()))
            return [_journal(row) for row in rows]

    def journal(self, journal_id: int) -> Journal:
        """A journal by id."""
        with self._read() as session:
            row = session.get(JournalRow, journal_id)
            if row is None:
                raise _no_journal_number(journal_id)
            return _journal(row)

    def journal_by_name(self, name: str) -> Journal:
        """A journal by its name."""
        with self._read() as session:
            row = session.scalar(select(JournalRow).where(JournalRow.name == name))
            if row is None:
                known = ", ".join(repr(j.name) for j in self.journals())
                if known:
                    template = translate(
                        "store", "There is no journal named {name} (journals: {journals})."
                    )
                else:
                    template = translate(
                        "store", "There is no journal named {name} (journals: none yet)."
                    )
                raise JournalNotFound(template.format(name=repr(name), journals=known))
            return _journal(row)

    def create_journal(self, name: str, pack: Pack) -> Journal:
        """Start a journal on ``pack``. Names are unique on a machine."""
        name = _clean_name(name)
        now = utcnow()
        row = _journal_row(name, pack, now)
        try:
            with self._write() as session:
                session.add(row)
        except IntegrityError:
            raise _name_taken(name) from None
        return _journal(row)

    def unused_name(self, name: str) -> str:
        """``name``, or ``name (2)``, ``name (3)``… whichever no journal has yet."""
        taken = {j.name for j in self.journals()}
        base = _clean_name(name)
        candidate, number = base, 2
        while candidate in taken:
            suffix = f" ({number})"
            candidate, number = base[: MAX_NAME_CHARS - len(suffix)].rstrip() + suffix, number + 1
        return candidate

    def import_journal(
        self,
        name: str,
        pack: Pack,
        answers: Sequence[NewAnswer],
        images: Sequence[NewImage],
    ) -> Journal:
        """Create a journal with its answers and pictures in one transaction: all or nothing.

        Every answer is checked against its prompt first; a snapshot is taken before writing.

        Raises:
            InvalidAnswer: an answer does not fit its prompt (nothing is written).
            ImageRejected: more pictures than a prompt takes (nothing is written).
            StoreError: the name is taken, or the database cannot be written.
        """
        name = _clean_name(name)
        for answer in answers:
            values.check(answer.prompt, answer.value, answer.time_spent_seconds)
        counts: dict[str, int] = {}
        for image in images:
            counts[image.prompt.id] = counts.get(image.prompt.id, 0) + 1
            if counts[image.prompt.id] > image.prompt.max_images:
                raise ImageRejected(
                    translate(
                        "store",
                        "The prompt {prompt} takes at most %n pictures.",
                        None,
                        image.prompt.max_images,
                    ).format(prompt=repr(image.prompt.id))
                )
        if self.journals():
            self.take_snapshot("import")
        now = utcnow()
        row = _journal_row(name, pack, now)
        try:
            with self._write() as session:
                session.add(row)
                session.flush()
                for answer in answers:
                    session.add(
                        AnswerRow(
                            journal_id=row.id,
                            pack_id=pack.id,
                            prompt_id=answer.prompt.id,
                            kind=answer.prompt.kind.value,
                            value_json=_value_json(answer.value),
                            time_spent_seconds=answer.time_spent_seconds,
                            prompt_text=answer.prompt.text.get(),
                            updated_at=now,
                            skipped=answer.skipped,
                        )
                    )
                positions: dict[str, int] = {}
                for image in images:
                    position = positions.get(image.prompt.id, 0)
                    positions[image.prompt.id] = position + 1
                    session.add(
                        ImageRow(
                            journal_id=row.id,
                            pack_id=pack.id,
                            prompt_id=image.prompt.id,
                            position=position,
                            media_type=image.media_type,
                            width=image.size[0],
                            height=image.size[1],
                            byte_size=len(image.data),
                            caption=image.caption,
                            is_drawing=image.drawing,
                            created_at=now,
                            data=image.data,
                        )
                    )
        except IntegrityError:
            raise _name_taken(name) from None
        return _journal(row)

    def rename_journal(self, journal_id: int, name: str) -> Journal:
        """Give a journal another (unique) name."""
        name = _clean_name(name)
        try:
            with self._write() as session:
                result = session.execute(
                    update(JournalRow)
                    .where(JournalRow.id == journal_id)
                    .values(name=name, updated_at=utcnow())
                )
                if result.rowcount == 0:  # type: ignore[attr-defined]
                    raise _no_journal_number(journal_id)
        except IntegrityError:
            raise _name_taken(name) from None
        return self.journal(journal_id)

    def delete_journal(self, journal_id: int) -> backups.Backup:
        """Delete a journal with its answers and pictures, after a snapshot that still has it.

        Returns:
            The snapshot taken just before, from which the journal can be restored.
        """
        self.journal(journal_id)  # raises if unknown
        snapshot = self.take_snapshot("delete")
        with self._write() as session:
            session.execute(delete(JournalRow).where(JournalRow.id == journal_id))
        return snapshot

    def set_last_prompt(self, journal_id: int, prompt_id: str | None) -> None:
        """Remember where the user was, to reopen there."""
        with self._write() as session:
            session.execute(
                update(JournalRow)
                .where(JournalRow.id == journal_id)
                .values(last_prompt_id=prompt_id)
            )

    # ------------------------------------------------------------------------- answers

    def save_answer(
        self,
        journal: Journal,
        prompt: AnyPrompt,
        value: AnswerValue | None,
        *,
        time_spent_seconds: int | None = None,
    ) -> None:
        """Save (insert or replace) the answer to ``prompt`` after checking that it fits.

        Raises:
            InvalidAnswer: the value does not fit the prompt.
            StorageError: it could not be written (the previous answer is unchanged).
        """
        values.check(prompt, value, time_spent_seconds)
        now = self._stored_time(utcnow())
        answer = (
            journal.id,
            journal.pack_id,
            prompt.id,
            prompt.kind.value,
            _value_json(value),
            time_spent_seconds,
            prompt.text.get(),
            now,
        )
        self._write_sql((_UPSERT_ANSWER, answer), (_TOUCH_JOURNAL, (now, journal.id)))

    def set_skipped(self, journal: Journal, prompt: AnyPrompt, skipped: bool) -> None:
        """Mark a prompt as left out on purpose (or not); its answer, if any, is kept."""
        self._set_flag(journal, prompt, "skipped", skipped)

    def set_private(self, journal: Journal, prompt: AnyPrompt, private: bool) -> None:
        """Keep an answer out of hand-ins (or let it in again)."""
        self._set_flag(journal, prompt, "private", private)

    def _set_flag(
        self,
        journal: Journal,
        prompt: AnyPrompt,
        flag: Literal["skipped", "private"],
        on: bool,
    ) -> None:
        if not prompt.answerable:
            raise InvalidAnswer(
                prompt.id, translate("store", "it is a note, which takes no answer")
            )
        row = (
            journal.id,
            journal.pack_id,
            prompt.id,
            prompt.kind.value,
            prompt.text.get(),
            self._stored_time(utcnow()),
            int(on),
        )
        self._write_sql((_UPSERT_FLAG[flag], row))

    def answers(self, journal: Journal) -> dict[str, Answer]:
        """Every stored answer of the journal by prompt id (pictures are listed separately)."""
        columns = (
            AnswerRow.prompt_id,
            AnswerRow.kind,
            AnswerRow.value_json,
            AnswerRow.time_spent_seconds,
            AnswerRow.prompt_text,
            AnswerRow.updated_at,
            AnswerRow.skipped,
            AnswerRow.private,
        )
        with self._read() as session:
            rows = session.execute(
                select(*columns).where(
                    AnswerRow.journal_id == journal.id, AnswerRow.pack_id == journal.pack_id
                )
            )
            return {row.prompt_id: _answer(row) for row in rows}

    def orphaned_answers(self, journal: Journal, pack: Pack) -> list[Answer]:
        """Answers to prompts that ``pack`` (e.g. a newer version) no longer has. Never deleted."""
        known = {p.id for p in pack.prompts()}
        return [a for a in self.answers(journal).values() if a.prompt_id not in known]

    # ------------------------------------------------------------------------- pictures

    def add_image(
        self,
        journal: Journal,
        prompt: ImagePrompt,
        data: bytes,
        *,
        caption: str = "",
        drawing: bool = False,
        name: str | None = None,
    ) -> ImageInfo:
        """Validate, normalise and store a picture at the end of the prompt's pictures.

        ``name`` is how messages call the picture ("The picture", translated, if not given).

        Raises:
            ImageRejected: not a picture, too large, a decompression bomb, or the prompt is full.
            StorageError: it could not be written.
        """
        if drawing and not prompt.drawing:
            raise ImageRejected(translate("store", "This prompt does not take drawings."))
        normalized = normalize(data, drawing=drawing, name=name)
        return self.add_normalized_image(
            journal,
            prompt,
            normalized.data,
            media_type=normalized.media_type,
            size=(normalized.width, normalized.height),
            caption=caption,
            drawing=drawing,
        )

    def add_normalized_image(
        self,
        journal: Journal,
        prompt: ImagePrompt,
        data: bytes,
        *,
        media_type: str,
        size: tuple[int, int],
        caption: str = "",
        drawing: bool = False,
    ) -> ImageInfo:
        """Store a picture already normalised by ``images.normalize`` (e.g. off the UI thread)."""
        with self._write() as session:
            where = _image_key(journal, prompt.id)
            count = session.scalar(select(func.count()).select_from(ImageRow).where(*where)) or 0
            if count >= prompt.max_images:
                raise ImageRejected(
                    translate(
                        "store",
                        "This prompt takes at most %n pictures; remove one first.",
                        None,
                        prompt.max_images,
                    )
                )
            last = session.scalar(select(func.max(ImageRow.position)).where(*where))
            row = ImageRow(
                journal_id=journal.id,
                pack_id=journal.pack_id,
                prompt_id=prompt.id,
                position=0 if last is None else last + 1,
                media_type=media_type,
                width=size[0],
                height=size[1],
                byte_size=len(data),
                caption=caption,
                is_drawing=drawing,
                created_at=utcnow(),
                data=data,
            )
            session.add(row)
            session.flush()
            info = _image(row)
            session.execute(
                update(JournalRow).where(JournalRow.id == journal.id).values(updated_at=utcnow())
            )
        return info

    def images(self, journal: Journal, prompt_id: str | None = None) -> list[ImageInfo]:
        """Pictures of the journal (or of one prompt) in order, without their bytes."""
        columns = [c for c in ImageRow.__table__.columns if c.name != "data"]
        query = select(*columns).where(
            ImageRow.journal_id == journal.id, ImageRow.pack_id == journal.pack_id
        )
        if prompt_id is not None:
            query = query.where(ImageRow.prompt_id == prompt_id)
        with self._read() as session:
            rows = session.execute(query.order_by(ImageRow.prompt_id, ImageRow.position))
            return [_image(row) for row in rows]

    def image_bytes(self, image_id: int) -> bytes:
        """The stored bytes of one picture."""
        with self._read() as session:
            data = session.scalar(select(ImageRow.data).where(ImageRow.id == image_id))
            if data is None:
                raise StoreError(
                    translate("store", "There is no picture number {number}.").format(
                        number=image_id
                    )
                )
            return data

    def set_caption(self, image_id: int, caption: str) -> None:
        """Change a picture's caption (its description for screen readers too)."""
        with self._write() as session:
            session.execute(update(ImageRow).where(ImageRow.id == image_id).values(caption=caption))

    def remove_image(self, image_id: int) -> None:
        """Remove a picture."""
        with self._write() as session:
            session.execute(delete(ImageRow).where(ImageRow.id == image_id))

    def reorder_images(self, journal: Journal, prompt_id: str, image_ids: Sequence[int]) -> None:
        """Put the prompt's pictures in the order of ``image_ids`` (all of them, once each)."""
        with self._write() as session:
            current = set(
                session.scalars(select(ImageRow.id).where(*_image_key(journal, prompt_id)))
            )
            if set(image_ids) != current or len(image_ids) != len(current):
                raise StoreError(
                    translate("store", "The new order must list each picture of the prompt once.")
                )
            for position, image_id in enumerate(image_ids):
                session.execute(
                    update(ImageRow).where(ImageRow.id == image_id).values(position=position)
                )


def _journal_row(name: str, pack: Pack, now: datetime) -> JournalRow:
    return JournalRow(
        name=name, pack_id=pack.id, pack_version=pack.version, created_at=now, updated_at=now
    )


def _name_taken(name: str) -> StoreError:
    return StoreError(
        translate("store", "A journal named {name} already exists.").format(name=repr(name))
    )


def _no_journal_number(journal_id: int) -> JournalNotFound:
    return JournalNotFound(
        translate("store", "There is no journal number {number}.").format(number=journal_id)
    )


def _value_json(value: AnswerValue | None) -> str | None:
    """How a value is stored: its JSON form (see ``answers.to_json``), or NULL."""
    return None if value is None else json.dumps(values.to_json(value), ensure_ascii=False)


def _clean_name(name: str) -> str:
    cleaned = visible_name(name)
    if not cleaned:
        raise StoreError(translate("store", "A journal needs a name."))
    if len(cleaned) > MAX_NAME_CHARS:
        raise StoreError(
            translate("store", "A journal name can have at most {count} characters.").format(
                count=MAX_NAME_CHARS
            )
        )
    return cleaned


def _image_key(journal: Journal, prompt_id: str) -> tuple[ColumnElement[bool], ...]:
    return (
        ImageRow.journal_id == journal.id,
        ImageRow.pack_id == journal.pack_id,
        ImageRow.prompt_id == prompt_id,
    )


def _journal(row: JournalRow) -> Journal:
    return Journal(
        row.id,
        row.name,
        row.pack_id,
        row.pack_version,
        row.created_at,
        row.updated_at,
        row.last_prompt_id,
    )


def _answer(row: Any) -> Answer:  # a Row of the columns selected in answers()
    kind = PromptKind(row.kind)
    value = None if row.value_json is None else values.from_json(kind, json.loads(row.value_json))
    return Answer(
        row.prompt_id,
        kind,
        value,
        row.time_spent_seconds,
        row.prompt_text,
        row.updated_at,
        row.skipped,
        row.private,
    )


def _image(row: Any) -> ImageInfo:  # an ImageRow, or a Row of its columns but data
    return ImageInfo(
        row.id,
        row.prompt_id,
        row.position,
        row.media_type,
        row.width,
        row.height,
        row.byte_size,
        row.caption,
        row.is_drawing,
        row.created_at,
    )
