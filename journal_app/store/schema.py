"""The database tables (SQLAlchemy 2 typed ORM). Only the store sees these classes.

Changing a table means adding an Alembic migration in ``migrations/versions``; a test compares
these models with the migrated schema, so the two cannot drift apart.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime, stored by SQLite as naive UTC text."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store naive UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use datetime.now(UTC)")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Read back as aware UTC."""
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with named constraints (so migrations can refer to them)."""

    metadata = MetaData(naming_convention=NAMING)


class JournalRow(Base):
    """One journal: one person's answers to one pack."""

    __tablename__ = "journals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    pack_id: Mapped[str] = mapped_column(String(80))
    pack_version: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_prompt_id: Mapped[str | None] = mapped_column(String(80), default=None)


class AnswerRow(Base):
    """An answer to one prompt, keyed by (journal, pack id, prompt id)."""

    __tablename__ = "answers"
    __table_args__ = (
        UniqueConstraint("journal_id", "pack_id", "prompt_id", name="uq_answers_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id", ondelete="CASCADE"))
    pack_id: Mapped[str] = mapped_column(String(80))
    prompt_id: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    value_json: Mapped[str | None] = mapped_column(Text, default=None)
    time_spent_seconds: Mapped[int | None] = mapped_column(Integer, default=None)
    prompt_text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    skipped: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class ImageRow(Base):
    """A picture attached to an image prompt. ``data`` is loaded only when asked for."""

    __tablename__ = "images"
    __table_args__ = (Index("ix_images_prompt", "journal_id", "pack_id", "prompt_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id", ondelete="CASCADE"))
    pack_id: Mapped[str] = mapped_column(String(80))
    prompt_id: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    byte_size: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(Text, default="")
    is_drawing: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
