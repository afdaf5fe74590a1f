"""The language the pack's own texts are shown in (View ▸ Journal language).

The app's interface language is Qt's business (``tr()``); a pack's wording is data and may come
in several languages. Everything in the window shows pack texts through ``t``. Changing the
language never touches answers.
"""

from __future__ import annotations

from journal_app.packs.model import AnyPrompt, LocalText, Pack

_language: str | None = None


def set_language(language: str | None) -> None:
    """Show pack texts in ``language`` from now on (None: each pack's default)."""
    global _language
    _language = language


def language() -> str | None:
    """The chosen language, if any."""
    return _language


def t(text: LocalText | None) -> str:
    """A pack text in the chosen language (falling back to the pack's default)."""
    return "" if text is None else text.get(_language)


def best_language(pack: Pack, preferred: list[str]) -> str:
    """The first of ``preferred`` (e.g. the system's languages) the pack has, else its default."""
    for tag in preferred:
        for candidate in (tag, tag.split("-", 1)[0]):
            if candidate in pack.languages:
                return candidate
    return pack.language


def shown_language(pack: Pack) -> str:
    """The language the pack's texts are shown in now (the chosen one if the pack has it)."""
    return _language if _language in pack.languages else pack.language


def short_title(prompt: AnyPrompt, limit: int = 60) -> str:
    """A prompt's short title (for lists), or its wording cut to ``limit`` characters."""
    if prompt.short_title is not None:
        return t(prompt.short_title)
    text = " ".join(t(prompt.text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
