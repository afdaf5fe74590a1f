"""Make ``journal-schema-0001.sqlite3``: a database of the first schema, with some answers.

Run once (``python tests/data/make_schema_0001.py``) and commit the file; the migration test
upgrades a copy of it. It must never be regenerated with a newer schema.
"""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from PIL import Image
from sqlalchemy import create_engine

from journal_app.store.db import MIGRATIONS

TARGET = Path(__file__).with_name("journal-schema-0001.sqlite3")


def main() -> None:
    """Build the file."""
    TARGET.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{TARGET}")
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()

    picture = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(picture, format="PNG")
    with sqlite3.connect(TARGET) as db:
        db.execute(
            "INSERT INTO journals VALUES (1, 'Amina', 'test-pack', '2.1',"
            " '2026-11-01 09:00:00.000000', '2026-11-02 10:00:00.000000')"
        )
        answers = [
            ("free", "text", {"text": "Written with schema 0001 — مرحبا"}, 600, "Say something."),
            ("five", "text", {"items": ["a", "b", "", "", "e"]}, None, "Name five."),
            ("gone", "text", {"text": "A prompt a later pack dropped"}, None, "Old prompt."),
        ]
        for i, (prompt, kind, value, spent, text) in enumerate(answers, start=1):
            db.execute(
                "INSERT INTO answers VALUES (?, 1, 'test-pack', ?, ?, ?, ?, ?,"
                " '2026-11-02 10:00:00.000000')",
                (i, prompt, kind, json.dumps(value, ensure_ascii=False), spent, text),
            )
        db.execute(
            "INSERT INTO images VALUES (1, 1, 'test-pack', 'photo', 0, 'image/png', 40, 30, ?,"
            " 'A teal square', 0, '2026-11-02 10:00:00.000000', ?)",
            (len(picture.getvalue()), picture.getvalue()),
        )
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
