"""Refresh the interface translations: sources -> .ts (pyside6-lupdate) -> .qm (pyside6-lrelease).

    python tools/update_translations.py            # update the .ts files and compile the .qm files
    python tools/update_translations.py --release  # only compile the .qm files

``lupdate`` reads every ``tr()`` of the window and every ``translate(context, text)`` of the
Qt-free core (``journal_app.i18n``) and the command line. Existing translations are kept; new
source texts arrive as ``type="unfinished"`` for a translator, and texts that disappeared from the
code are dropped (``-no-obsolete``), so the files never carry dead entries. The tests fail while a
``.ts`` has an unfinished entry or a ``.qm`` is older than its ``.ts``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es")
"""Interface languages besides English (the source language)."""
PLURALS_ONLY = "en"
"""English needs a file too, for its plural forms alone: "%n pictures" -> "1 picture"."""


def ts_path(language: str) -> Path:
    """The translation source file of one language."""
    return TRANSLATIONS / f"journal-app_{language}.ts"


def sources() -> list[Path]:
    """Every Python file of the app, sorted so the .ts locations are stable."""
    return sorted((ROOT / "journal_app").rglob("*.py"))


def lupdate(targets: list[Path], *, plurals_only: bool = False) -> None:
    """Update ``targets`` (.ts files) from the sources.

    Args:
        targets: the .ts files to update.
        plurals_only: keep only the messages with plural forms (for the source language).
    """
    files = [str(p.relative_to(ROOT)) for p in sources()]
    command = ["pyside6-lupdate", "-no-obsolete", "-locations", "relative", *files]
    if plurals_only:
        command.append("-pluralonly")
    subprocess.run([*command, "-ts", *map(str, targets)], cwd=ROOT, check=True)


def lrelease(language: str) -> Path:
    """Compile one language's .ts into the .qm the app loads."""
    source = ts_path(language)
    target = source.with_suffix(".qm")
    subprocess.run(
        ["pyside6-lrelease", "-silent", str(source), "-qm", str(target)], cwd=ROOT, check=True
    )
    return target


def main(argv: list[str] | None = None) -> int:  # noqa: D103
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .qm files")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release:
        lupdate([ts_path(language) for language in LANGUAGES])
        lupdate([ts_path(PLURALS_ONLY)], plurals_only=True)
    for language in (PLURALS_ONLY, *LANGUAGES):
        print(lrelease(language).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
