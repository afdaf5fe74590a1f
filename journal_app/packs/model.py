"""The prompt-pack model: frozen, typed, and free of Qt.

A pack is loaded once (``journal_app.packs.loader``) and then only read. Every prompt kind is
its own class, so a consumer (an editor, a PDF renderer) matches on the class and the type
checker knows which fields exist; ``PromptKind`` names them for registries keyed by kind.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

RECONSTRUCTED_MARK = "†"
"""Beside wording supplied for this edition (a prompt's ``reconstructed``), wherever it is shown."""


class PromptKind(enum.StrEnum):
    """The kinds of prompt a pack can contain (the ``kind`` field in JSON)."""

    TEXT = "text"
    CHECKLIST = "checklist"
    TABLE = "table"
    IMAGE = "image"
    STEMS = "stems"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class LocalText:
    """A text in one or more languages.

    Attributes:
        translations: ``(language, text)`` pairs; the pack's default language is always present.
        default: the pack's default language.
    """

    translations: tuple[tuple[str, str], ...]
    default: str

    @classmethod
    def of(cls, values: Mapping[str, str], default: str) -> LocalText:
        """Build from a mapping of language tag to text."""
        return cls(tuple(values.items()), default)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages this text is available in."""
        return tuple(lang for lang, _ in self.translations)

    def get(self, language: str | None = None) -> str:
        """The text in ``language``, falling back to its base language, then the default.

        ``get("fr-CA")`` returns the ``fr`` text when there is no ``fr-CA`` one.
        """
        table = dict(self.translations)
        if language:
            if language in table:
                return table[language]
            base = language.split("-", 1)[0]
            if base in table:
                return table[base]
        return table[self.default]

    def __str__(self) -> str:
        return self.get()


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who made the pack's content and under which licence."""

    copyright: str
    licence: str
    publisher: str | None = None
    licence_url: str | None = None
    citation: LocalText | None = None
    isbn: str | None = None
    notice: LocalText | None = None
    adaptation: LocalText | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """A page of front matter such as an introduction (body paragraphs separated by blank lines)."""

    id: str
    title: LocalText
    body: LocalText
    footnotes: tuple[LocalText, ...] = ()


@dataclass(frozen=True, slots=True)
class Prompt:
    """Fields every prompt has. Use the subclasses; ``kind`` says which one it is.

    ``short_title`` names the prompt in lists such as the navigator (the pack makers' words, not
    the source's); without one, a list shows the beginning of ``text``.
    """

    id: str
    text: LocalText
    number: str | None = None
    reconstructed: str | None = None
    short_title: LocalText | None = None

    kind: PromptKind = field(init=False, default=PromptKind.NOTE)

    @property
    def answerable(self) -> bool:
        """Whether the prompt takes an answer (everything but a note)."""
        return self.kind is not PromptKind.NOTE


@dataclass(frozen=True, slots=True)
class AnswerablePrompt(Prompt):
    """A prompt that takes an answer; it may carry a hint and a timer."""

    hint: LocalText | None = None
    timer_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class TextItem:
    """One answer field of a multi-item text prompt; ``label`` is None for a blank numbered item."""

    label: LocalText | None


@dataclass(frozen=True, slots=True)
class TextPrompt(AnswerablePrompt):
    """A free answer; with ``items``, one answer per item (e.g. "Identify five benefits")."""

    items: tuple[TextItem, ...] = ()
    kind: PromptKind = field(init=False, default=PromptKind.TEXT)


@dataclass(frozen=True, slots=True)
class Option:
    """One choice of a checklist."""

    id: str
    text: LocalText


@dataclass(frozen=True, slots=True)
class ChecklistPrompt(AnswerablePrompt):
    """Options to mark, optionally with an "Other" choice that has its own text."""

    options: tuple[Option, ...] = ()
    other: LocalText | None = None
    columns: int = 1
    option_set: str | None = None
    kind: PromptKind = field(init=False, default=PromptKind.CHECKLIST)


@dataclass(frozen=True, slots=True)
class Column:
    """A table column; tables whose columns all lack a title have no heading row."""

    id: str
    title: LocalText | None = None


@dataclass(frozen=True, slots=True)
class Row:
    """A table row. ``cells`` holds the read-only printed cells; every other cell is answered."""

    id: str
    cells: tuple[tuple[str, LocalText], ...] = ()

    def fixed(self, column_id: str) -> LocalText | None:
        """The printed text of a cell, or None when the user answers it."""
        for cid, text in self.cells:
            if cid == column_id:
                return text
        return None


@dataclass(frozen=True, slots=True)
class TablePrompt(AnswerablePrompt):
    """A table: fixed rows with labels, or a number of blank rows (ids "1", "2", …)."""

    columns: tuple[Column, ...] = ()
    rows: tuple[Row, ...] = ()
    blank: bool = False
    numbered: bool = False
    kind: PromptKind = field(init=False, default=PromptKind.TABLE)

    @property
    def has_header(self) -> bool:
        """Whether any column has a heading."""
        return any(c.title is not None for c in self.columns)

    def answer_cells(self) -> Iterator[tuple[Row, Column]]:
        """Every (row, column) the user fills in, in reading order."""
        for row in self.rows:
            for column in self.columns:
                if row.fixed(column.id) is None:
                    yield row, column


@dataclass(frozen=True, slots=True)
class ImagePrompt(AnswerablePrompt):
    """Pictures to paste (and, where allowed, a drawing, and a written answer)."""

    max_images: int = 1
    drawing: bool = False
    writing: bool = False
    """Also a written answer (a ``TextValue``): "What is your favorite meal? …"."""
    kind: PromptKind = field(init=False, default=PromptKind.IMAGE)


@dataclass(frozen=True, slots=True)
class Stem:
    """A sentence beginning the user completes."""

    id: str
    text: LocalText


@dataclass(frozen=True, slots=True)
class StemsPrompt(AnswerablePrompt):
    """Sentence beginnings to complete, e.g. "Passion drives change by …"."""

    stems: tuple[Stem, ...] = ()
    kind: PromptKind = field(init=False, default=PromptKind.STEMS)


@dataclass(frozen=True, slots=True)
class NotePrompt(Prompt):
    """Information such as a fact box; takes no answer."""

    title: LocalText | None = None
    source: LocalText | None = None
    kind: PromptKind = field(init=False, default=PromptKind.NOTE)


AnyPrompt = TextPrompt | ChecklistPrompt | TablePrompt | ImagePrompt | StemsPrompt | NotePrompt


@dataclass(frozen=True, slots=True)
class MissingItem:
    """A numbered item the source lacks: recorded, never invented."""

    reason: str
    number: str | None = None


@dataclass(frozen=True, slots=True)
class Group:
    """Prompts under one heading (or, without a title, continuing the section)."""

    id: str
    prompts: tuple[AnyPrompt, ...]
    title: LocalText | None = None
    intro: LocalText | None = None
    missing: tuple[MissingItem, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    """A top-level part of the journal."""

    id: str
    title: LocalText
    groups: tuple[Group, ...]
    number: str | None = None
    intro: LocalText | None = None
    accent: str | None = None
    """The section's colour, ``#RRGGBB`` (None: the window's own highlight colour)."""

    def prompts(self) -> Iterator[AnyPrompt]:
        """Every prompt of the section in order."""
        for group in self.groups:
            yield from group.prompts


@dataclass(frozen=True, slots=True)
class Pack:
    """A validated prompt pack."""

    id: str
    version: str
    language: str
    title: LocalText
    attribution: Attribution
    sections: tuple[Section, ...]
    subtitle: LocalText | None = None
    front_matter: tuple[Page, ...] = ()
    languages: tuple[str, ...] = ()
    reconstruction_notes: LocalText | None = None

    def prompts(self) -> Iterator[AnyPrompt]:
        """Every prompt of the pack in order."""
        for section in self.sections:
            yield from section.prompts()

    def prompt(self, prompt_id: str) -> AnyPrompt | None:
        """The prompt with this id, or None (e.g. a newer version of the pack dropped it)."""
        for p in self.prompts():
            if p.id == prompt_id:
                return p
        return None

    def reconstructed_prompts(self) -> tuple[AnyPrompt, ...]:
        """Prompts whose wording was reconstructed from a damaged source."""
        return tuple(p for p in self.prompts() if p.reconstructed)
