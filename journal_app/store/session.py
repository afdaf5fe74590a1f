"""The open journal: its pack, stored answers and pictures, where each prompt stands, search.

The window's single door to the repository: editors and cards never call the store, they emit
changes that the window hands to this object. Qt-free, so its rules are tested without a display.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journal_app.packs.model import (
    AnswerablePrompt,
    AnyPrompt,
    ChecklistPrompt,
    ImagePrompt,
    LocalText,
    Pack,
    Section,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)
from journal_app.store.answers import (
    Answer,
    AnswerValue,
    ChecklistValue,
    ItemsValue,
    StemsValue,
    TableValue,
    TextValue,
)
from journal_app.store.records import ImageInfo, Journal

if TYPE_CHECKING:  # the database layer is imported when a journal is opened, not before
    from journal_app.store.repository import Repository


class Status(enum.Enum):
    """Where a prompt stands."""

    EMPTY = "empty"
    ANSWERED = "answered"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Progress:
    """How many prompts are answered, skipped on purpose and still open."""

    answered: int = 0
    skipped: int = 0
    open: int = 0

    @property
    def total(self) -> int:
        """Every prompt that takes an answer."""
        return self.answered + self.skipped + self.open

    def __add__(self, other: Progress) -> Progress:
        """Both counts together."""
        return Progress(
            self.answered + other.answered, self.skipped + other.skipped, self.open + other.open
        )


def prompt_texts(prompt: AnyPrompt, text: Callable[[LocalText], str]) -> list[str]:
    """The pack's words of a prompt that a search looks in (wording, hint, options, labels).

    Args:
        prompt: the prompt.
        text: picks the shown language of a pack text.
    """
    texts = [text(prompt.text)]
    if isinstance(prompt, AnswerablePrompt) and prompt.hint is not None:
        texts.append(text(prompt.hint))
    if isinstance(prompt, ChecklistPrompt):
        texts.extend(text(o.text) for o in prompt.options)
    elif isinstance(prompt, TextPrompt):
        texts.extend(text(i.label) for i in prompt.items if i.label is not None)
    elif isinstance(prompt, StemsPrompt):
        texts.extend(text(s.text) for s in prompt.stems)
    elif isinstance(prompt, TablePrompt):
        texts.extend(text(c.title) for c in prompt.columns if c.title is not None)
        texts.extend(text(cell) for r in prompt.rows for _, cell in r.cells)
    return texts


def answer_texts(answer: Answer | None) -> list[str]:
    """Everything the person wrote in an answer: text, items, cells, stems, "Other"."""
    match answer.value if answer else None:
        case TextValue(text=text):
            return [text]
        case ItemsValue(items=items):
            return list(items)
        case ChecklistValue(other_text=other):
            return [other]
        case TableValue(cells=cells):
            return [text for _, _, text in cells]
        case StemsValue(completions=completions):
            return [text for _, text in completions]
    return []


class JournalSession:
    """One journal of the repository, opened on a pack. Implements the editors' ImageGateway."""

    def __init__(self, repository: Repository, pack: Pack, journal: Journal) -> None:
        """Read the journal's answers and the list of its pictures (not their bytes)."""
        self.repository = repository
        self.pack = pack
        self.journal = journal
        self.answers: dict[str, Answer] = repository.answers(journal)
        self._captions: dict[str, list[str]] = {}
        self._count_images(repository.images(journal))

    def _count_images(self, infos: Iterable[ImageInfo]) -> None:
        self._captions = {}
        for info in infos:
            self._captions.setdefault(info.prompt_id, []).append(info.caption)

    # ------------------------------------------------------------------ answers and status

    def save(self, prompt: AnyPrompt, value: AnswerValue | None, time_spent: int | None) -> None:
        """Save an answer (raises ``StoreError``) and refresh the cached copy."""
        self.repository.save_answer(self.journal, prompt, value, time_spent_seconds=time_spent)
        self._refresh(prompt.id)

    def set_skipped(self, prompt: AnyPrompt, skipped: bool) -> None:
        """Mark a prompt as left out on purpose, or not."""
        self.repository.set_skipped(self.journal, prompt, skipped)
        self._refresh(prompt.id)

    def set_private(self, prompt: AnyPrompt, private: bool) -> None:
        """Keep an answer out of hand-ins, or not."""
        self.repository.set_private(self.journal, prompt, private)
        self._refresh(prompt.id)

    def _refresh(self, prompt_id: str) -> None:
        answer = self.repository.answers(self.journal).get(prompt_id)
        if answer is not None:
            self.answers[prompt_id] = answer

    def status(self, prompt: AnyPrompt) -> Status:
        """Answered, skipped on purpose, or not yet (a skipped prompt is not done)."""
        answer = self.answers.get(prompt.id)
        if answer is not None and answer.skipped:
            return Status.SKIPPED
        if self._captions.get(prompt.id):
            return Status.ANSWERED
        if answer is None or answer.is_empty():
            return Status.EMPTY
        return Status.ANSWERED

    def progress(self, prompts: Iterable[AnyPrompt]) -> Progress:
        """Answered, skipped and open among the answerable ``prompts``."""
        counts = {status: 0 for status in Status}
        for prompt in prompts:
            if prompt.answerable:
                counts[self.status(prompt)] += 1
        return Progress(counts[Status.ANSWERED], counts[Status.SKIPPED], counts[Status.EMPTY])

    def section_progress(self) -> list[tuple[Section, Progress]]:
        """Each section of the pack with its progress."""
        return [(s, self.progress(s.prompts())) for s in self.pack.sections]

    def next_open(self, section: Section | None = None) -> AnyPrompt | None:
        """The first prompt still open (in ``section``, or in the whole journal)."""
        prompts = section.prompts() if section is not None else self.pack.prompts()
        return next((p for p in prompts if p.answerable and self.status(p) is Status.EMPTY), None)

    def remember_place(self, prompt_id: str | None) -> None:
        """Where to reopen next time."""
        self.repository.set_last_prompt(self.journal.id, prompt_id)

    # ------------------------------------------------------------------ search

    def matches(self, prompt: AnyPrompt, query: str, text: Callable[[LocalText], str]) -> bool:
        """Whether ``query`` (case-insensitive) is in the prompt's words or in its answer.

        Every part of an answer counts: text, items, table cells, stems, "Other", and the
        descriptions of its pictures.
        """
        needle = query.casefold()
        if not needle:
            return False
        texts = [
            *prompt_texts(prompt, text),
            *answer_texts(self.answers.get(prompt.id)),
            *self._captions.get(prompt.id, ()),
        ]
        return any(needle in candidate.casefold() for candidate in texts)

    def find(
        self, query: str, text: Callable[[LocalText], str], after: str | None = None
    ) -> tuple[AnyPrompt | None, int, int]:
        """The next prompt matching ``query`` after the prompt ``after`` (wrapping round).

        Returns:
            (the prompt or None, its number among the matches from 1, how many match).
        """
        prompts = list(self.pack.prompts())
        matching = [p for p in prompts if self.matches(p, query, text)]
        if not matching:
            return None, 0, 0
        ids = [p.id for p in prompts]
        start = ids.index(after) + 1 if after in ids else 0
        for prompt in _rotated(prompts, start):
            if prompt in matching:
                return prompt, matching.index(prompt) + 1, len(matching)
        return None, 0, 0  # pragma: no cover - a match is always found above

    # ------------------------------------------------------------------ pictures (ImageGateway)

    def images(self, prompt_id: str) -> list[ImageInfo]:
        """Pictures of a prompt, in order."""
        found = self.repository.images(self.journal, prompt_id)
        self._captions[prompt_id] = [info.caption for info in found]
        return found

    def image_bytes(self, image_id: int) -> bytes:
        """A picture's stored bytes."""
        return self.repository.image_bytes(image_id)

    def add_image(
        self,
        prompt: ImagePrompt,
        data: bytes,
        *,
        caption: str = "",
        drawing: bool = False,
        name: str | None = None,
    ) -> ImageInfo:
        """Validate, normalise and store a picture."""
        info = self.repository.add_image(
            self.journal, prompt, data, caption=caption, drawing=drawing, name=name
        )
        self._captions.setdefault(prompt.id, []).append(info.caption)
        return info

    def set_caption(self, image_id: int, caption: str) -> None:
        """Change a caption."""
        self.repository.set_caption(image_id, caption)
        self._count_images(self.repository.images(self.journal))

    def remove_image(self, image_id: int) -> None:
        """Remove a picture."""
        self.repository.remove_image(image_id)
        self._count_images(self.repository.images(self.journal))

    def reorder_images(self, prompt_id: str, image_ids: list[int]) -> None:
        """Put a prompt's pictures in a new order."""
        self.repository.reorder_images(self.journal, prompt_id, image_ids)


def _rotated(items: list[AnyPrompt], start: int) -> Iterator[AnyPrompt]:
    yield from items[start:]
    yield from items[:start]


def delete_journal(repository: Repository, journal: Journal, pack: Pack, new_name: str) -> Journal:
    """Delete a journal (a backup is taken first); returns the journal to show next.

    That is another journal on the same pack, or, when it was the last, a new one on ``pack``
    named after ``new_name`` (made unique): the window always has a journal to show.
    """
    repository.delete_journal(journal.id)
    remaining = [j for j in repository.journals() if j.pack_id == journal.pack_id]
    if remaining:
        return remaining[0]
    return repository.create_journal(repository.unused_name(new_name), pack)
