"""One editor per prompt kind, registered here (a test checks every kind has one)."""

from __future__ import annotations

from journal_app.packs.model import PromptKind
from journal_app.ui.editors.base import PromptEditor
from journal_app.ui.editors.checklist import ChecklistEditor
from journal_app.ui.editors.image import ImageEditor, ImageGateway
from journal_app.ui.editors.note import NoteView
from journal_app.ui.editors.stems import StemsEditor
from journal_app.ui.editors.table import TableEditor
from journal_app.ui.editors.text import TextEditor

EDITORS: dict[PromptKind, type[PromptEditor]] = {
    PromptKind.TEXT: TextEditor,
    PromptKind.CHECKLIST: ChecklistEditor,
    PromptKind.TABLE: TableEditor,
    PromptKind.IMAGE: ImageEditor,
    PromptKind.STEMS: StemsEditor,
    PromptKind.NOTE: NoteView,
}

__all__ = ["EDITORS", "ImageGateway", "PromptEditor", "create_editor"]


def create_editor(prompt: object, images: ImageGateway) -> PromptEditor:
    """The editor for ``prompt``; image editors also get the gateway that stores pictures.

    Raises:
        TypeError: for a kind without an editor (a new kind must register one here).
    """
    kind = getattr(prompt, "kind", None)
    editor_class = EDITORS.get(kind) if isinstance(kind, PromptKind) else None
    if editor_class is None:
        raise TypeError(f"no editor for prompt kind {kind!r}")
    if editor_class is ImageEditor:
        return ImageEditor(prompt, images)  # type: ignore[arg-type]
    return editor_class(prompt)  # type: ignore[arg-type]
