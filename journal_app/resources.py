"""Files shipped with the app: prompt packs and resources (fonts, icons, translations).

In a source checkout (or an editable install) they sit at the top of the repository; an
installed wheel carries them inside the package under ``_bundled/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def prompts_dir() -> Path:
    """Folder of the bundled prompt packs and their schema."""
    return _first_existing(_PACKAGE / "_bundled" / "prompts", _PACKAGE.parent / "prompts")


def resources_dir() -> Path:
    """Folder of fonts, icons and translations."""
    return _first_existing(_PACKAGE / "_bundled" / "resources", _PACKAGE.parent / "resources")


def schema_path() -> Path:
    """The pack JSON Schema."""
    return prompts_dir() / "pack.schema.json"


def bundled_pack(pack_id: str) -> Path:
    """Path of a bundled pack by its id, e.g. ``idiaspora-journal`` (may not exist)."""
    return prompts_dir() / f"{pack_id}.json"


DEFAULT_PACK_ID = "idiaspora-journal"
