"""The open journal: its pack, stored answers and pictures, and the status of each prompt.

The window's single door to the repository: editors and cards never call the store, they emit
changes that the window hands to this object.
"""

from __future__ import annotations

import enum

from journal_app.packs.model import AnyPrompt, ImagePrompt, Pack
from journal_app.store.answers import Answer, AnswerValue
from journal_app.store.repository import ImageInfo, Journal, Repository


class Status(enum.Enum):
    """Where a prompt stands."""

    EMPTY = "empty"
    ANSWERED = "answered"
    SKIPPED = "skipped"


class JournalSession:
    """One journal of the repository, opened on a pack. Implements the editors' ImageGateway."""

    def __init__(self, repository: Repository, pack: Pack, journal: Journal) -> None:
        self.repository = repository
        self.pack = pack
        self.journal = journal
        self.answers: dict[str, Answer] = repository.answers(journal)
        self._image_counts: dict[str, int] = {}
        for info in repository.images(journal):
            self._image_counts[info.prompt_id] = self._image_counts.get(info.prompt_id, 0) + 1

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
        """Answered, skipped on purpose, or not yet."""
        answer = self.answers.get(prompt.id)
        if answer is not None and answer.skipped:
            return Status.SKIPPED
        if self._image_counts.get(prompt.id):
            return Status.ANSWERED
        if answer is None or answer.is_empty():
            return Status.EMPTY
        return Status.ANSWERED

    def progress(self, prompts: list[AnyPrompt]) -> tuple[int, int]:
        """(answered or skipped, answerable) among ``prompts``."""
        answerable = [p for p in prompts if p.answerable]
        done = sum(1 for p in answerable if self.status(p) is not Status.EMPTY)
        return done, len(answerable)

    def remember_place(self, prompt_id: str | None) -> None:
        """Where to reopen next time."""
        self.repository.set_last_prompt(self.journal.id, prompt_id)

    # ------------------------------------------------------------------ pictures (ImageGateway)

    def images(self, prompt_id: str) -> list[ImageInfo]:
        """Pictures of a prompt, in order."""
        found = self.repository.images(self.journal, prompt_id)
        self._image_counts[prompt_id] = len(found)
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
        self._image_counts[prompt.id] = self._image_counts.get(prompt.id, 0) + 1
        return info

    def set_caption(self, image_id: int, caption: str) -> None:
        """Change a caption."""
        self.repository.set_caption(image_id, caption)

    def remove_image(self, image_id: int) -> None:
        """Remove a picture."""
        self.repository.remove_image(image_id)
        self._image_counts.clear()
        for info in self.repository.images(self.journal):
            self._image_counts[info.prompt_id] = self._image_counts.get(info.prompt_id, 0) + 1

    def reorder_images(self, prompt_id: str, image_ids: list[int]) -> None:
        """Put a prompt's pictures in a new order."""
        self.repository.reorder_images(self.journal, prompt_id, image_ids)
