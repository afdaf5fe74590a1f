"""What the outcome document's story asks of its format: paragraph roles and picture cells.

The story (``story``, ``synthesis``, ``appendix``) names what a paragraph is (:class:`Role`);
each format (``document`` for the PDF, ``word`` for Word) draws it in its own style.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Block = Any
"""One piece of the document as its format makes it (a flowable, an XML element)."""


class Role(enum.Enum):
    """What a paragraph is, which each format draws in its own style."""

    BODY = enum.auto()
    PAGE_TITLE = enum.auto()
    """A page's title that is not a heading ("About this document")."""
    PROMPT = enum.auto()
    HINT = enum.auto()
    SMALL = enum.auto()
    SUB = enum.auto()
    """A heading within a prompt's answers: an item's label, a table's row, a sentence stem."""
    ITEM = enum.auto()
    """One of a list of answers counted ("Trade (12)")."""
    LISTED = enum.auto()
    """One of a list of prompts (those nobody answered)."""
    CAPTION = enum.auto()


@dataclass(frozen=True)
class Picture:
    """A picture of a hand-in, normalised (upright, no metadata), its bytes read when drawn.

    Attributes:
        key: Unique in the document (a format names the picture by it).
        media_type: ``image/jpeg`` or ``image/png``.
        size: Its bytes' length.
        width: Its width in pixels.
        height: Its height in pixels.
        read: Its bytes (from the compile's spool: never a file of its own).
    """

    key: str
    media_type: str
    size: int
    width: int
    height: int
    read: Callable[[], bytes]


@dataclass(frozen=True)
class PictureCell:
    """A picture placed in a row of pictures, with the lines under it.

    Attributes:
        picture: The picture.
        labels: The lines under it (who, the caption), each with where it comes from (a prompt
            id, for the report of missing characters; "" for the app's own words).
    """

    picture: Picture
    labels: tuple[tuple[str, str], ...]
