"""The fast writes of answers and flags store exactly what the ORM statements they replace did.

``Repository.save_answer`` and ``_set_flag`` run constant SQL on the pooled ``sqlite3``
connection (see ``Repository._write_sql``). ``OrmStatements`` below keeps the ORM code they
replaced, word for word; both write the same scenario with the same clock, and the two database
files must hold the same rows, value for value and type for type. Failures must also end alike.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import IntegrityError

from journal_app.packs.model import AnyPrompt, Pack
from journal_app.store import answers as values
from journal_app.store import repository
from journal_app.store.answers import AnswerValue, ChecklistValue, ItemsValue, TextValue
from journal_app.store.errors import InvalidAnswer, StorageError
from journal_app.store.repository import Journal, Repository, _value_json
from journal_app.store.schema import AnswerRow, JournalRow


class OrmStatements(Repository):
    """The repository as it was: answers and flags written with ORM statements."""

    def save_answer(
        self,
        journal: Journal,
        prompt: AnyPrompt,
        value: AnswerValue | None,
        *,
        time_spent_seconds: int | None = None,
    ) -> None:
        values.check(prompt, value, time_spent_seconds)
        now = repository.utcnow()
        value_json = _value_json(value)
        fields = {
            "kind": prompt.kind.value,
            "value_json": value_json,
            "time_spent_seconds": time_spent_seconds,
            "prompt_text": prompt.text.get(),
            "updated_at": now,
        }
        statement = insert(AnswerRow).values(
            journal_id=journal.id, pack_id=journal.pack_id, prompt_id=prompt.id, **fields
        )
        statement = statement.on_conflict_do_update(
            index_elements=["journal_id", "pack_id", "prompt_id"], set_=fields
        )
        with self._write() as session:
            session.execute(statement)
            session.execute(
                update(JournalRow).where(JournalRow.id == journal.id).values(updated_at=now)
            )

    def _set_flag(self, journal: Journal, prompt: AnyPrompt, flag: Any, on: bool) -> None:
        if not prompt.answerable:
            raise InvalidAnswer(prompt.id, "it is a note, which takes no answer")
        now = repository.utcnow()
        statement = insert(AnswerRow).values(
            journal_id=journal.id,
            pack_id=journal.pack_id,
            prompt_id=prompt.id,
            kind=prompt.kind.value,
            prompt_text=prompt.text.get(),
            updated_at=now,
            **{flag: on},
        )
        statement = statement.on_conflict_do_update(
            index_elements=["journal_id", "pack_id", "prompt_id"],
            set_={flag: on, "updated_at": now},
        )
        with self._write() as session:
            session.execute(statement)


START = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
"""The clock's first reading."""


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """The repository's ``utcnow`` for two repositories taking turns: both read the same times.

    Each step of ``play`` reads the clock once; all the readings are listed.
    """
    readings: list[datetime] = []

    def utcnow() -> datetime:
        step = len(readings) // 2
        # Whole seconds now and then: ``isoformat`` would leave out the microseconds there.
        micro = 0 if step % 4 == 1 else 1234 * step
        moment = START + timedelta(seconds=step, microseconds=micro)
        if step % 3 == 2:  # aware, but not in UTC: both must convert it
            moment = moment.astimezone(timezone(timedelta(hours=2)))
        readings.append(moment)
        return moment

    monkeypatch.setattr(repository, "utcnow", utcnow)
    return readings


def dump(repo: Repository) -> dict[str, list[tuple[tuple[object, str], ...]]]:
    """Every row of the journals and answers tables, each value with its SQLite type."""
    tables: dict[str, list[tuple[tuple[object, str], ...]]] = {}
    with contextlib.closing(sqlite3.connect(repo.database.path)) as raw:
        for table in ("journals", "answers"):
            rows = raw.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            tables[table] = [tuple((v, type(v).__name__) for v in row) for row in rows]
    return tables


def stored_time(moment: datetime) -> str:
    """How the ORM's ``UTCDateTime`` stores a moment in SQLite."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def play(repo: Repository, pack: Pack) -> Iterator[str]:
    """Write a scenario of inserts, replacements and flags; yields after each step."""
    free, five, pick = pack.prompt("free"), pack.prompt("five"), pack.prompt("pick")
    assert free is not None
    assert five is not None
    assert pick is not None
    journal = repo.create_journal("Amina", pack)
    yield "created"
    repo.save_answer(journal, free, TextValue("first draft"), time_spent_seconds=120)
    yield "insert an answer"
    repo.set_skipped(journal, free, True)
    yield "skip it"
    repo.set_private(journal, free, True)
    yield "make it private"
    repo.save_answer(journal, free, TextValue('Línea 1\nسطر ٢\n\n第三段 "q" \''))
    yield "replace it (no time spent now)"
    repo.set_private(journal, five, True)
    yield "a flag before any answer"
    repo.save_answer(journal, five, ItemsValue(("a", "", "c", "", "e")), time_spent_seconds=None)
    yield "answer the flagged prompt"
    repo.save_answer(journal, pick, None)
    yield "an answer without a value"
    repo.save_answer(journal, pick, ChecklistValue(("red",), True, "ochre"))
    yield "then with one"
    repo.set_skipped(journal, free, False)
    yield "unskip"


def test_fast_writes_store_what_the_orm_statements_stored(
    tmp_path: Path, pack: Pack, clock: list[datetime]
) -> None:
    with (
        OrmStatements.open(tmp_path / "orm", snapshot_on_open=False) as orm,
        Repository.open(tmp_path / "fast", snapshot_on_open=False) as fast,
    ):
        for step, _ in zip(play(orm, pack), play(fast, pack), strict=True):
            assert dump(fast) == dump(orm), step
        assert len(clock) == 2 * 10  # one reading per step, in both
        step = clock[::2]

        rows = {row[3][0]: row for row in dump(fast)["answers"]}
        columns = [c.name for c in AnswerRow.__table__.columns]
        free = dict(zip(columns, (v for v, _ in rows["free"]), strict=True))
        five = dict(zip(columns, (v for v, _ in rows["five"]), strict=True))
        # Replacing an answer kept its flags; unskipping kept the answer and its privacy.
        assert (free["skipped"], free["private"]) == (0, 1)
        assert free["value_json"] == '{"text": "Línea 1\\nسطر ٢\\n\\n第三段 \\"q\\" \'"}'
        assert free["time_spent_seconds"] is None
        assert (five["skipped"], five["private"]) == (0, 1)
        assert five["value_json"] == '{"items": ["a", "", "c", "", "e"]}'
        # The journal moved with the last saved answer (step 8); flags do not move it.
        (journal,) = dump(fast)["journals"]
        created_at, updated_at = journal[4][0], journal[5][0]
        assert created_at == stored_time(step[0]) == "2026-03-01 09:30:00.000000"
        assert updated_at == stored_time(step[8])
        assert free["updated_at"] == stored_time(step[9])
        assert rows["pick"][8][0] == stored_time(step[8])
        answers = fast.answers(fast.journal_by_name("Amina"))
        assert answers["free"].updated_at == step[9]
        assert answers["pick"].value == ChecklistValue(("red",), True, "ochre")


def test_the_fast_upsert_lists_every_column(pack: Pack) -> None:
    # A column added to the table must be added to the constant SQL too (or given a default
    # by the migration): the ORM statement wrote every column with a Python-side default.
    listed = re.search(r"INSERT INTO answers \(([^)]*)\)", repository._UPSERT_ANSWER)
    assert listed is not None
    assert [c.strip() for c in listed.group(1).split(",")] == [
        c.name for c in AnswerRow.__table__.columns if c.name != "id"
    ]
    for sql in repository._UPSERT_FLAG.values():
        assert sql.count("?") == 7


@pytest.fixture(params=[Repository, OrmStatements], ids=["fast", "orm"])
def either(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Repository]:
    kind: type[Repository] = request.param
    with kind.open(data_dir, snapshot_on_open=False) as repo:
        yield repo


def add_trigger(repo: Repository, body: str) -> None:
    with contextlib.closing(sqlite3.connect(repo.database.path)) as raw:
        raw.execute(f"CREATE TRIGGER failing AFTER UPDATE ON journals BEGIN {body}; END")
        raw.commit()


def drop_trigger(repo: Repository) -> None:
    with contextlib.closing(sqlite3.connect(repo.database.path)) as raw:
        raw.execute("DROP TRIGGER failing")
        raw.commit()


def test_a_failing_save_is_a_storage_error_and_rolled_back(either: Repository, pack: Pack) -> None:
    free = pack.prompt("free")
    assert free is not None
    journal = either.create_journal("Amina", pack)
    either.save_answer(journal, free, TextValue("kept"))
    before = dump(either)
    # The answer is written, then the journal's update fails: neither may stay.
    add_trigger(either, "INSERT INTO no_such_table VALUES (1)")
    with pytest.raises(StorageError, match="Could not save to .*no such table") as caught:
        either.save_answer(journal, free, TextValue("a secret that must not be quoted"))
    assert "secret" not in str(caught.value)
    assert dump(either) == before
    drop_trigger(either)
    # The pooled connection is not left inside a transaction.
    either.save_answer(journal, free, TextValue("written after all"))
    assert either.answers(journal)["free"].value == TextValue("written after all")


def test_a_failing_constraint_passes_as_before(either: Repository, pack: Pack) -> None:
    free = pack.prompt("free")
    assert free is not None
    journal = either.create_journal("Amina", pack)
    either.save_answer(journal, free, TextValue("kept"))
    before = dump(either)
    add_trigger(either, "SELECT RAISE(ABORT, 'refused')")
    with pytest.raises(IntegrityError, match="refused") as caught:
        either.save_answer(journal, free, TextValue("a secret that must not be quoted"))
    assert "secret" not in str(caught.value)
    assert dump(either) == before
    drop_trigger(either)
    either.set_private(journal, free, True)
    assert either.answers(journal)["free"].private


def test_flags_and_answers_are_still_checked(either: Repository, pack: Pack) -> None:
    fact, five = pack.prompt("fact"), pack.prompt("five")
    assert fact is not None
    assert five is not None
    journal = either.create_journal("Amina", pack)
    with pytest.raises(InvalidAnswer):
        either.set_skipped(journal, fact, True)
    with pytest.raises(InvalidAnswer):
        either.save_answer(journal, five, ItemsValue(("only one",)))
    assert dump(either)["answers"] == []
