"""What the repository hands out and takes in: plain frozen records, without SQLAlchemy.

They live apart from ``repository`` so that the window, the hand-in reader and the session can
name them without importing the database layer (SQLAlchemy alone takes ~0.2 s to import, and
the window paints before it is needed).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from journal_app.packs.model import AnyPrompt, ImagePrompt
from journal_app.store.answers import AnswerValue


@dataclass(frozen=True, slots=True)
class Journal:
    """One person's journal on this machine."""

    id: int
    name: str
    pack_id: str
    pack_version: str
    created_at: datetime
    updated_at: datetime
    last_prompt_id: str | None


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """A stored picture without its bytes (``Repository.image_bytes`` reads those)."""

    id: int
    prompt_id: str
    position: int
    media_type: str
    width: int
    height: int
    byte_size: int
    caption: str
    is_drawing: bool
    created_at: datetime | None = None
    """When the picture was added (UTC); None where it is not known."""


@dataclass(frozen=True, slots=True)
class NewAnswer:
    """An answer to store with a new journal (``Repository.import_journal``)."""

    prompt: AnyPrompt
    value: AnswerValue | None
    time_spent_seconds: int | None = None
    skipped: bool = False


@dataclass(frozen=True, slots=True)
class NewImage:
    """A picture, already normalised (``images.normalize``), to store with a new journal."""

    prompt: ImagePrompt
    data: bytes
    media_type: str
    size: tuple[int, int]
    caption: str = ""
    drawing: bool = False


_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""Marks that reorder the text around them: in a name they could disguise it (or what follows)."""


def visible_name(name: str) -> str:
    """``name`` without control characters (NUL, ESC, BEL…) or bidi controls, spaces collapsed.

    They never belong in a name: they would reach a terminal, a PDF's metadata, a CSV or a file
    name as they are. May be empty.
    """
    visible = "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
        for c in name
        if c not in _BIDI_CONTROLS
    )
    return " ".join(visible.split())
