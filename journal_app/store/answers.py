"""Answer values: one frozen type per prompt kind, checked against the prompt before saving.

The store keeps a value as JSON (``to_json``/``from_json``) next to the prompt's kind, so an
answer stays readable even after a newer pack dropped or changed its prompt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from journal_app.i18n import translate
from journal_app.packs.model import (
    AnswerablePrompt,
    AnyPrompt,
    ChecklistPrompt,
    ImagePrompt,
    NotePrompt,
    PromptKind,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)
from journal_app.store.errors import InvalidAnswer

MAX_TEXT_CHARS = 2_000_000
"""One answer field; a 10,000-word answer is about 60,000 characters."""


@dataclass(frozen=True, slots=True)
class TextValue:
    """A free answer."""

    text: str

    def is_empty(self) -> bool:
        """Whether nothing was written."""
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class ItemsValue:
    """One text per item of a multi-item text prompt, in the prompt's order."""

    items: tuple[str, ...]

    def is_empty(self) -> bool:
        """Whether nothing was written."""
        return not any(i.strip() for i in self.items)


@dataclass(frozen=True, slots=True)
class ChecklistValue:
    """The ticked option ids (in the prompt's order) and the "Other" choice with its text."""

    checked: tuple[str, ...] = ()
    other_checked: bool = False
    other_text: str = ""

    def is_empty(self) -> bool:
        """Whether nothing was ticked or written."""
        return not self.checked and not self.other_checked and not self.other_text.strip()


@dataclass(frozen=True, slots=True)
class TableValue:
    """Texts of the answered cells as ``(row id, column id, text)``."""

    cells: tuple[tuple[str, str, str], ...] = ()

    def get(self, row_id: str, column_id: str) -> str:
        """The text of a cell ("" when empty)."""
        for row, column, text in self.cells:
            if (row, column) == (row_id, column_id):
                return text
        return ""

    def is_empty(self) -> bool:
        """Whether no cell has text."""
        return not any(text.strip() for _, _, text in self.cells)


@dataclass(frozen=True, slots=True)
class StemsValue:
    """Completions as ``(stem id, text)``."""

    completions: tuple[tuple[str, str], ...] = ()

    def get(self, stem_id: str) -> str:
        """The completion of a stem ("" when empty)."""
        return dict(self.completions).get(stem_id, "")

    def is_empty(self) -> bool:
        """Whether no stem was completed."""
        return not any(text.strip() for _, text in self.completions)


AnswerValue = TextValue | ItemsValue | ChecklistValue | TableValue | StemsValue


@dataclass(frozen=True, slots=True)
class Answer:
    """A stored answer.

    Attributes:
        prompt_id: the prompt it answers (it may no longer be in the pack).
        kind: the prompt's kind when the answer was saved.
        value: the answer; None for prompts answered only by pictures, or only timed.
        time_spent_seconds: time recorded by the prompt's timer, if any.
        prompt_text: the prompt's wording when the answer was saved, for answers whose prompt
            a newer pack no longer has.
        updated_at: when it was last saved (UTC).
        skipped: the user chose to leave this prompt out.
        private: the user keeps this answer out of hand-ins.
    """

    prompt_id: str
    kind: PromptKind
    value: AnswerValue | None
    time_spent_seconds: int | None
    prompt_text: str
    updated_at: datetime
    skipped: bool = False
    private: bool = False

    def is_empty(self) -> bool:
        """Whether the answer holds nothing (pictures are counted separately)."""
        return (self.value is None or self.value.is_empty()) and not self.time_spent_seconds


# ----------------------------------------------------------------------------- JSON


def to_json(value: AnswerValue) -> dict[str, Any]:
    """The JSON form stored in the database (and in hand-ins)."""
    match value:
        case TextValue(text=text):
            return {"text": text}
        case ItemsValue(items=items):
            return {"items": list(items)}
        case ChecklistValue():
            return {
                "checked": list(value.checked),
                "other_checked": value.other_checked,
                "other_text": value.other_text,
            }
        case TableValue(cells=cells):
            return {"cells": [list(c) for c in cells]}
        case StemsValue(completions=completions):
            return {"completions": dict(completions)}


def from_json(kind: PromptKind, data: Mapping[str, Any]) -> AnswerValue:
    """Rebuild a value saved by ``to_json``.

    Raises:
        ValueError: if ``data`` is not a value of that kind (the message is in the user's
            language: it reaches them when a hand-in is damaged).
    """
    try:
        if kind is PromptKind.TEXT and "items" in data:
            return ItemsValue(tuple(_str(i) for i in _list(data["items"])))
        if kind is PromptKind.TEXT or (kind is PromptKind.IMAGE and "text" in data):
            return TextValue(_str(data["text"]))  # a picture prompt's written answer too
        if kind is PromptKind.CHECKLIST:
            return ChecklistValue(
                tuple(_str(c) for c in _list(data["checked"])),
                bool(data.get("other_checked", False)),
                _str(data.get("other_text", "")),
            )
        if kind is PromptKind.TABLE:
            cells = tuple((_str(r), _str(c), _str(t)) for r, c, t in _list(data["cells"]))
            return TableValue(cells)
        if kind is PromptKind.STEMS:
            return StemsValue(tuple((_str(k), _str(v)) for k, v in data["completions"].items()))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        # The text reaches the user (a damaged hand-in), so it is translated.
        raise ValueError(
            translate("store", "not a {kind} answer: {error}").format(kind=kind.value, error=error)
        ) from None
    raise ValueError(
        translate("store", "a {kind} prompt has no stored value").format(kind=kind.value)
    )


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(
            translate("store", "expected a list, found {type}").format(type=type(value).__name__)
        )
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(
            translate("store", "expected text, found {type}").format(type=type(value).__name__)
        )
    return value


# ----------------------------------------------------------------------------- checks


def check(prompt: AnyPrompt, value: AnswerValue | None, time_spent_seconds: int | None) -> None:
    """Check that ``value`` fits ``prompt``.

    Raises:
        InvalidAnswer: naming the prompt and what does not fit.
    """

    def fail(reason: str) -> InvalidAnswer:
        return InvalidAnswer(prompt.id, reason)

    if isinstance(prompt, NotePrompt):
        raise fail(translate("store", "it is a note, which takes no answer"))
    assert isinstance(prompt, AnswerablePrompt)
    if time_spent_seconds is not None:
        if prompt.timer_minutes is None:
            raise fail(translate("store", "it has no timer, so no time spent can be recorded"))
        if time_spent_seconds < 0:
            raise fail(translate("store", "the time spent cannot be negative"))
        if time_spent_seconds > prompt.timer_minutes * 60:
            raise fail(
                translate(
                    "store", "the time spent is longer than its {minutes}-minute timer"
                ).format(minutes=prompt.timer_minutes)
            )
    for text in _texts(value):
        if len(text) > MAX_TEXT_CHARS:
            raise fail(
                translate("store", "a text is longer than {count:,} characters").format(
                    count=MAX_TEXT_CHARS
                )
            )

    match prompt, value:
        case ImagePrompt(), None:
            return
        case ImagePrompt(writing=True), TextValue():
            return
        case ImagePrompt(), _:
            raise fail(
                translate("store", "a picture prompt is answered with pictures, not a value")
            )
        case _, None:
            return  # e.g. only the time spent is recorded so far
        case TextPrompt(items=()), TextValue():
            return
        case TextPrompt(items=items), ItemsValue(items=given) if items:
            if len(given) != len(items):
                raise fail(
                    translate("store", "expected {expected} items, got {given}").format(
                        expected=len(items), given=len(given)
                    )
                )
            return
        case ChecklistPrompt(), ChecklistValue():
            options = [o.id for o in prompt.options]
            unknown = [c for c in value.checked if c not in options]
            if unknown:
                raise fail(
                    translate("store", "no option {option} (options: {options})").format(
                        option=repr(unknown[0]), options=", ".join(options)
                    )
                )
            if len(set(value.checked)) != len(value.checked):
                raise fail(translate("store", "an option is ticked twice"))
            if prompt.other is None and (value.other_checked or value.other_text):
                raise fail(translate("store", 'it has no "Other" choice'))
            return
        case TablePrompt(), TableValue():
            answerable = {(r.id, c.id) for r, c in prompt.answer_cells()}
            seen: set[tuple[str, str]] = set()
            for row, column, _ in value.cells:
                if (row, column) not in answerable:
                    raise fail(
                        translate("store", "cell ({row}, {column}) is not a cell to answer").format(
                            row=repr(row), column=repr(column)
                        )
                    )
                if (row, column) in seen:
                    raise fail(
                        translate("store", "cell ({row}, {column}) is given twice").format(
                            row=repr(row), column=repr(column)
                        )
                    )
                seen.add((row, column))
            return
        case StemsPrompt(), StemsValue():
            stems = [s.id for s in prompt.stems]
            completed = [stem_id for stem_id, _ in value.completions]
            for stem_id in completed:
                if stem_id not in stems:
                    raise fail(
                        translate("store", "no sentence beginning {stem}").format(
                            stem=repr(stem_id)
                        )
                    )
            if len(set(completed)) != len(completed):
                raise fail(translate("store", "a sentence beginning is completed twice"))
            return
    raise fail(
        translate("store", "a {kind} prompt cannot take a {type}").format(
            kind=prompt.kind.value, type=type(value).__name__
        )
    )


def _texts(value: AnswerValue | None) -> list[str]:
    match value:
        case None:
            return []
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
