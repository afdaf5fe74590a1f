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
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def qt_tool(name: str) -> str:
    """The path of one of PySide6's tools (``pyside6-lupdate``…), beside this Python first.

    The tools are installed in the environment's ``bin`` (``Scripts`` on Windows) next to the
    interpreter; that folder is not on PATH when the environment was not activated, as in CI.

    Raises:
        FileNotFoundError: when the tool is neither there nor on PATH.
    """
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} is missing: pip install PySide6-Essentials (in {folder})")
    return found


def lupdate(targets: list[Path], *, plurals_only: bool = False) -> None:
    """Update ``targets`` (.ts files) from the sources.

    Args:
        targets: the .ts files to update.
        plurals_only: keep only the messages with plural forms (for the source language).
    """
    files = [str(p.relative_to(ROOT)) for p in sources()]
    command = [qt_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative", *files]
    if plurals_only:
        command.append("-pluralonly")
    before = {target: _messages(target) for target in targets if target.is_file()}
    subprocess.run([*command, "-ts", *map(str, targets)], cwd=ROOT, check=True)
    plurals = core_plurals()
    for target in targets:
        _keep_plurals(target, plurals, before.get(target, {}))


def core_plurals() -> dict[tuple[str, str], str]:
    """The core's plural messages: ``translate(context, text, None, n)``, with their file.

    Only PySide6 6.12's lupdate reads a ``translate`` call with a count as a plural message;
    earlier ones (6.11.3, the release the app runs on) read it as a plain message, which would
    lose every plural form of the command line and the PDF. These are put right afterwards.
    """
    found: dict[tuple[str, str], str] = {}
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and len(node.args) == 4):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else None
            if isinstance(node.func, ast.Name):
                name = node.func.id
            context, text = node.args[:2]
            if (
                name == "translate"
                and isinstance(context, ast.Constant)
                and isinstance(text, ast.Constant)
                and isinstance(text.value, str)
                and "%n" in text.value
            ):
                relative = path.relative_to(ROOT).as_posix()
                found[(str(context.value), text.value)] = relative
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _keep_plurals(
    ts: Path, plurals: dict[tuple[str, str], str], before: dict[tuple[str, str], ET.Element]
) -> None:
    """Make the core's plural messages plural again, with the forms they had before lupdate."""
    tree = ET.parse(ts)
    root = tree.getroot()
    forms = 2  # English, French and Spanish have two forms
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for (context_name, source), file in sorted(plurals.items()):
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        message = next((m for m in context.iter("message") if m.findtext("source") == source), None)
        if message is None:  # lupdate -pluralonly dropped it, not knowing it is a plural
            message = ET.SubElement(context, "message")
            location = ET.SubElement(message, "location")
            location.set("filename", "../../" + file)
            ET.SubElement(message, "source").text = source
        message.set("numerus", "yes")
        old = before.get((context_name, source))
        old_translation = old.find("translation") if old is not None else None
        translation = message.find("translation")
        if translation is not None:
            message.remove(translation)
        if old_translation is not None and old_translation.find("numerusform") is not None:
            message.append(old_translation)
            continue
        translation = ET.SubElement(message, "translation")
        translation.set("type", "unfinished")
        for _ in range(forms):
            ET.SubElement(translation, "numerusform")
    ET.indent(tree, space="    ")
    ts.write_text(_as_lupdate_writes(ET.tostring(root, encoding="unicode")), encoding="utf-8")


def _as_lupdate_writes(body: str) -> str:
    """ElementTree's XML in lupdate's layout, so that the .ts files' diffs stay small."""
    lines = [line.removeprefix("    ") for line in body.splitlines()]
    text = "\n".join(lines).replace(" />", "/>")

    def escape(match: re.Match[str]) -> str:
        inner = match.group(1).replace('"', "&quot;").replace("'", "&apos;")
        return ">" + inner.replace("\xa0", "&#xa0;") + "<"

    text = re.sub(r">([^<]*)<", escape, text)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n"


def lrelease(language: str) -> Path:
    """Compile one language's .ts into the .qm the app loads."""
    source = ts_path(language)
    target = source.with_suffix(".qm")
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
        cwd=ROOT,
        check=True,
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
