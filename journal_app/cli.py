"""The ``journal-app`` command: the window by default, and sub-commands on the Qt-free core.

Every failure ends as one clear line on stderr and a non-zero exit status, never a traceback
(set ``JOURNAL_APP_DEBUG=1`` to see one for a bug). Every text a person reads goes through
``journal_app.i18n.translate`` (context "cli"), so it appears in the user's language once a
translator is installed.
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app import __version__, files, i18n, paths, resources
from journal_app.export import QUOTES
from journal_app.i18n import QT_TRANSLATE_NOOP, translate
from journal_app.store.errors import StoreError

if TYPE_CHECKING:
    from journal_app.store import cipher
    from journal_app.store.repository import Journal, Repository

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A failure to report to the user as one line (not a bug)."""


ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)
"""argparse's own words, which it asks ``gettext`` for through its module-level ``_``.

Marked here so lupdate puts them in the .ts files; :func:`_argparse_words` hands them over. A
text a later Python words differently is simply not found, and stays English.
"""


def _argparse_words(text: str) -> str:
    if text not in ARGPARSE_TEXTS:
        return text
    return translate("argparse", ARGPARSE_TEXTS[ARGPARSE_TEXTS.index(text)])


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``journal-app`` and its sub-commands.

    Built when the command runs (after the translator is installed), so its texts are in the
    user's language, argparse's own words ("usage:", "options", its errors) included.
    """
    argparse._ = _argparse_words  # type: ignore[attr-defined]  # argparse's gettext hook
    parser = argparse.ArgumentParser(
        prog="journal-app",
        description=translate(
            "cli",
            "Reflection Journal: work through the iDiaspora Journal (IOM 2024) or another prompt "
            "pack, offline; answers stay on this machine. With no command, opens the window.",
        ),
        epilog=translate(
            "cli",
            "Data lives in --data-dir, else $JOURNAL_APP_HOME, else the user data folder "
            "({folder}). Journals protected by a passphrase ask for it on the terminal; a "
            "script may give it in ${variable} instead (never as an argument). Run "
            "'journal-app COMMAND --help' for a command's options.",
        ).format(folder=paths.data_dir(), variable=PASSPHRASE_VARIABLE),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("cli", "show the version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "cli",
            "keep all data (journals, backups, settings) in DIR instead of the user data folder",
        ),
    )
    parser.add_argument(
        "--pack",
        metavar="FILE",
        help=translate(
            "cli",
            "open the window on this prompt pack (a .json file) instead of the iDiaspora Journal",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser(
        "check-pack",
        help=translate("cli", "validate prompt pack files"),
        description=translate(
            "cli",
            "Validate prompt packs against prompts/pack.schema.json and the rules a schema cannot "
            "express (unique ids, references, table shapes). Prints OK for a valid pack, else "
            "every problem as FILE:LINE: /json/pointer: what is wrong. Exit status 1 if any pack "
            "has a problem.",
        ),
    )
    check.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=translate("cli", "a pack file, or the id of a bundled pack (e.g. idiaspora-journal)"),
    )
    check.set_defaults(handler=_cmd_check_pack)

    to_form = commands.add_parser(
        "pack-to-xlsform",
        help=translate("cli", "write a prompt pack as an XLSForm for KoboToolbox or ODK Central"),
        description=translate(
            "cli",
            "Write a prompt pack as an XLSForm (.xlsx: sheets survey, choices, settings and pack) "
            "to collect answers on KoboToolbox or ODK Central: every language, the attribution as "
            "the first note, checklists as select_multiple, prompts with parts as groups. "
            "Compile reads the submissions these servers export.",
        ),
    )
    to_form.add_argument(
        "pack",
        metavar="PACK",
        help=translate("cli", "a pack file, or the id of a bundled pack (e.g. idiaspora-journal)"),
    )
    to_form.add_argument(
        "-o",
        "--output",
        metavar="OUT.xlsx",
        required=True,
        help=translate("cli", "the XLSForm to write"),
    )
    to_form.set_defaults(handler=_cmd_pack_to_xlsform)

    from_form = commands.add_parser(
        "pack-from-xlsform",
        help=translate("cli", "make a prompt pack from an XLSForm written in a spreadsheet"),
        description=translate(
            "cli",
            "Read an XLSForm (.xlsx: survey, choices, settings; as pack-to-xlsform writes it, or "
            "by hand: groups as sections, text, select_multiple, image and note questions, label "
            "or label::Language (code) columns) and write the prompt pack it describes, checked "
            "as check-pack checks it. A problem is reported as its sheet, row and column.",
        ),
    )
    from_form.add_argument("form", metavar="FORM.xlsx", help=translate("cli", "the XLSForm"))
    from_form.add_argument(
        "-o",
        "--output",
        metavar="OUT.json",
        required=True,
        help=translate("cli", "the pack file to write"),
    )
    from_form.set_defaults(handler=_cmd_pack_from_xlsform)

    listing = commands.add_parser(
        "backups",
        help=translate("cli", "list the automatic backups of the journal database"),
        description=translate(
            "cli",
            "List the snapshots in the data folder's backups/ folder, newest first: taken when "
            "the app opens (the last 10 are kept), before a migration, an import, a restore or "
            "deleting a journal.",
        ),
    )
    listing.set_defaults(handler=_cmd_backups)

    restore = commands.add_parser(
        "restore",
        help=translate("cli", "replace the journal database with a backup"),
        description=translate(
            "cli",
            "Restore a snapshot listed by 'journal-app backups' (or 'latest'). The current state "
            "is saved as a backup first, so a restore can itself be undone. The app must be "
            "closed.",
        ),
    )
    restore.add_argument(
        "snapshot",
        metavar="SNAPSHOT",
        help=translate("cli", "a backup's file name, path or 'latest'"),
    )
    restore.set_defaults(handler=_cmd_restore)

    protect = commands.add_parser(
        "passphrase",
        help=translate("cli", "protect the journals with a passphrase, change it or remove it"),
        description=translate(
            "cli",
            "Encrypt the journals and every backup in the data folder with a passphrase (set),"
            " give them another one (change), or decrypt them (remove), as the window's File"
            " menu does. The current passphrase is asked on the terminal, or read from"
            " {current}; a new one is typed twice, or read from {new}; never as an argument."
            " A forgotten passphrase cannot be recovered. The app must be closed.",
        ).format(current=PASSPHRASE_VARIABLE, new=NEW_PASSPHRASE_VARIABLE),
    )
    protect.add_argument(
        "action",
        choices=("set", "change", "remove"),
        help=translate("cli", "set, change or remove the passphrase"),
    )
    protect.set_defaults(handler=_cmd_passphrase)

    export = commands.add_parser(
        "export-pdf",
        help=translate("cli", "export a journal (or an empty workbook) as a PDF"),
        description=translate(
            "cli",
            "Write a journal as a PDF: cover, contents, every prompt with its answer, in any "
            "script. The journal is only read. The PDF is written beside the target and renamed "
            "into place, so a failure never leaves half a file.",
        ),
    )
    _journal_export_options(export, "OUT.pdf", translate("cli", "the PDF to write"))
    export.add_argument(
        "--blank",
        action="store_true",
        help=translate("cli", "an empty workbook to fill in by hand (no journal needed)"),
    )
    export.add_argument(
        "--verbose",
        action="store_true",
        help=translate("cli", "list every character no font has, with where it is"),
    )
    export.set_defaults(handler=_cmd_export_pdf)

    word = commands.add_parser(
        "export-docx",
        help=translate("cli", "export a journal as a Word document (.docx) to edit"),
        description=translate(
            "cli",
            "Write a journal as a Word document: headings Word's navigation pane and contents "
            "know, items as numbered lists, checklists as ☒/☐ lines, tables as Word tables, "
            "pictures with their descriptions, the attribution and licence; any script, right to "
            "left where it reads so. The journal is only read; the file is written beside the "
            "target and renamed into place.",
        ),
    )
    _journal_export_options(word, "OUT.docx", translate("cli", "the Word document to write"))
    word.set_defaults(handler=_cmd_export_docx)

    hand_in = commands.add_parser(
        "hand-in",
        help=translate("cli", "write a journal's hand-in file for a workshop facilitator"),
        description=translate(
            "cli",
            "Write one .journal.zip file with the journal's answers and pictures (answers marked "
            "private are left out), a manifest and checksums, for a facilitator to import.",
        ),
    )
    hand_in.add_argument(
        "--journal",
        metavar="NAME",
        help=translate("cli", "the journal (default: the most recent)"),
    )
    hand_in.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help=translate("cli", "the file to write"),
    )
    hand_in.add_argument(
        "--lock",
        action="store_true",
        help=translate(
            "cli",
            "lock the hand-in with the workshop passphrase your facilitator gave you (asked on"
            " the terminal, or read from {variable})",
        ).format(variable=WORKSHOP_VARIABLE),
    )
    hand_in.set_defaults(handler=_cmd_hand_in)

    importer = commands.add_parser(
        "import",
        help=translate("cli", "make a new journal from a hand-in file"),
        description=translate(
            "cli",
            "Check a .journal.zip hand-in (paths, sizes, checksums, every answer against its "
            "prompt) and make a new journal from it; nothing existing is changed, and a file "
            "with any problem is refused whole. A hand-in locked with a workshop passphrase "
            "asks for it on the terminal, or reads it from {variable}.",
        ).format(variable=WORKSHOP_VARIABLE),
    )
    importer.add_argument(
        "file", metavar="FILE", help=translate("cli", "the hand-in (.journal.zip)")
    )
    importer.add_argument(
        "--name", help=translate("cli", "name of the new journal (default: the hand-in's)")
    )
    importer.set_defaults(handler=_cmd_import)

    compiler = commands.add_parser(
        "compile",
        help=translate(
            "cli",
            "compile participants' hand-ins into one outcome document (PDF or Word, and CSV)",
        ),
        description=translate(
            "cli",
            "Read hand-ins one at a time and write one outcome document, a synthesis whose "
            "length does not grow with the number of participants: participation first, then "
            "per prompt how many answered, checklists as charts with counts and shares, up to "
            "--quotes answers quoted (anonymous unless --names), lists and tables of blank rows "
            "counted, pictures as a contact sheet, and the prompts nobody answered. "
            "--all-answers adds every answer as an appendix; --docx writes the same document "
            "as a Word file to edit; --csv writes one row per "
            "participant per prompt. Hand-ins of other versions of the same pack compile "
            "together; a hand-in of another pack is refused. A submissions export of ODK "
            "Central or KoboToolbox (CSV, XLSX, or Central's zip with media) of the form "
            "pack-to-xlsform made counts as one hand-in per submission. Hand-ins locked with a "
            "workshop passphrase ask for it once on the terminal, or read it from {variable}.",
        ).format(variable=WORKSHOP_VARIABLE),
    )
    compiler.add_argument(
        "handins",
        nargs="+",
        metavar="HANDIN",
        help=translate(
            "cli", "hand-in files (.journal.zip), or submissions exports (.csv, .xlsx, .zip)"
        ),
    )
    compiler.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf",
        help=translate("cli", "the PDF to write"),
    )
    compiler.add_argument(
        "--docx",
        metavar="OUT.docx",
        help=translate(
            "cli", "the outcome document as a Word file to write (with or without -o OUT.pdf)"
        ),
    )
    compiler.add_argument(
        "--csv", metavar="OUT.csv", help=translate("cli", "also write the answers as a CSV file")
    )
    compiler.add_argument(
        "--xlsx",
        metavar="OUT.xlsx",
        help=translate(
            "cli", "also write the answers as a spreadsheet: a sheet per prompt, and participants"
        ),
    )
    compiler.add_argument(
        "--names",
        action="store_true",
        help=translate("cli", "show the journals' names (default: anonymous)"),
    )
    compiler.add_argument(
        "--quotes",
        metavar="K",
        type=_count,
        default=QUOTES,
        help=translate(
            "cli",
            "answers quoted at most per prompt, item or cell, spread evenly over the "
            "participants in hand-in order (default {default})",
        ).format(default=QUOTES),
    )
    compiler.add_argument(
        "--all-answers",
        action="store_true",
        help=translate("cli", "add every answer to the outcome document, as an appendix"),
    )
    compiler.add_argument(
        "--verbose",
        action="store_true",
        help=translate("cli", "list every character no font has, with where it is"),
    )
    compiler.set_defaults(handler=_cmd_compile)
    return parser


_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` as one line a terminal shows as it is: controls and bidi overrides escaped.

    File names, pack titles and journal names come from others: a newline would split the
    one-line message, an escape sequence would reach the terminal.
    """
    return _UNSAFE.sub(lambda match: match.group().encode("unicode_escape").decode(), text)


def _print(text: object = "", file: Any = None) -> None:
    """``print`` of one line, made :func:`terminal_safe`."""
    print(terminal_safe(str(text)), file=file or sys.stdout)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _install_language(sys.argv[1:] if argv is None else list(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _cmd_window(args)
        status: int = args.handler(args)
        return status
    except (CommandError, StoreError) as error:  # the user's environment, not a bug
        _print(f"journal-app: {error}", file=sys.stderr)  # the message is already translated
        return EXIT_FAILURE
    except KeyboardInterrupt:
        _print(translate("cli", "journal-app: interrupted"), file=sys.stderr)
        return 130
    except Exception as error:  # a bug: still one line, unless debugging
        if os.environ.get("JOURNAL_APP_DEBUG"):
            raise
        _print(
            translate(
                "cli",
                "journal-app: unexpected error ({kind}: {error}); this is a bug:"
                " run again with JOURNAL_APP_DEBUG=1 to see where",
            ).format(kind=type(error).__name__, error=error),
            file=sys.stderr,
        )
        return EXIT_FAILURE


def _install_language(argv: list[str]) -> None:
    """Speak the interface language the window uses (its saved choice, else the system's).

    The choice lives in the data folder, so ``--data-dir`` is read first. English, the source
    language, needs nothing, so an English command line never loads Qt; another language loads
    QtCore (no display) for its translator, and the messages stay English if Qt is unusable.
    """
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir")
    known, _rest = early.parse_known_args(argv)
    wanted = i18n.saved_language(paths.data_dir(known.data_dir)) or i18n.environment_language()
    if wanted == i18n.SOURCE_LANGUAGE:
        return
    try:
        from journal_app import language
    except ImportError:  # pragma: no cover - a broken Qt install; the core still works
        return
    language.install(wanted or language.system_language())


def resolve_pack_argument(value: str) -> Path:
    """A pack given by path, or by the id of a bundled pack."""
    path = Path(value)
    if path.exists() or path.suffix == ".json" or os.sep in value:
        return path
    bundled = resources.bundled_pack(value)
    return bundled if bundled.is_file() else path


def _cmd_check_pack(args: argparse.Namespace) -> int:
    from journal_app.packs.loader import PackError, load_pack

    failed = False
    for value in args.files:
        path = resolve_pack_argument(value)
        try:
            pack = load_pack(path)
        except PackError as error:
            failed = True
            for problem in error.problems:
                _print(problem)
            continue
        prompts = list(pack.prompts())
        reconstructed = sum(1 for p in prompts if p.reconstructed)
        if reconstructed:
            summary = translate(
                "cli",
                "OK  {path}: {title} {version}, {sections} sections, {prompts} prompts"
                " ({reconstructed} with reconstructed wording)",
            )
        else:
            summary = translate(
                "cli", "OK  {path}: {title} {version}, {sections} sections, {prompts} prompts"
            )
        _print(
            summary.format(
                path=path,
                title=pack.title,
                version=pack.version,
                sections=len(pack.sections),
                prompts=len(prompts),
                reconstructed=reconstructed,
            )
        )
    return EXIT_FAILURE if failed else EXIT_OK


def _same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file (the same path, a link to it, or a hard link)."""
    try:
        if first.resolve() == second.resolve():
            return True
        return first.exists() and second.exists() and os.path.samefile(first, second)
    except (OSError, RuntimeError):  # (a link loop)
        return False


def _refuse_overwriting(output: Path, source: Path) -> None:
    """A command never writes its output over its own input."""
    if _same_file(output, source):
        raise CommandError(
            translate(
                "cli", "{output} is the file being read; choose another file to write."
            ).format(output=output)
        )


def _cmd_pack_to_xlsform(args: argparse.Namespace) -> int:
    from journal_app.packs.loader import PackError, load_pack
    from journal_app.packs.xlsform import XLSFormError, write_xlsform

    output = Path(args.output)
    if not output.parent.is_dir():
        raise CommandError(
            translate("cli", "The folder {folder} does not exist.").format(folder=output.parent)
        )
    source = resolve_pack_argument(args.pack)
    _refuse_overwriting(output, source)
    try:
        pack = load_pack(source)
        questions = write_xlsform(pack, output)
    except PackError as error:
        raise CommandError(error.first_line) from None
    except XLSFormError as error:
        raise CommandError(str(error)) from None
    _print(
        translate(
            "cli",
            "Wrote {path}: {title} {version} as an XLSForm ({questions} questions and notes).",
        ).format(path=output, title=pack.title, version=pack.version, questions=questions)
    )
    return EXIT_OK


def _cmd_pack_from_xlsform(args: argparse.Namespace) -> int:
    from journal_app.packs.xlsform import XLSFormError, read_xlsform, write_pack_json

    output = Path(args.output)
    if not output.parent.is_dir():
        raise CommandError(
            translate("cli", "The folder {folder} does not exist.").format(folder=output.parent)
        )
    _refuse_overwriting(output, Path(args.form))
    try:
        found = read_xlsform(Path(args.form))
        write_pack_json(found.text, output)
    except XLSFormError as error:
        raise CommandError(str(error)) from None
    pack = found.pack
    _print(
        translate(
            "cli", "Wrote {path}: {title} {version}, {sections} sections, {prompts} prompts."
        ).format(
            path=output,
            title=pack.title,
            version=pack.version,
            sections=len(pack.sections),
            prompts=sum(1 for _ in pack.prompts()),
        )
    )
    for warning in found.warnings:
        _warn(warning)
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from journal_app.store import backups

    data_dir = paths.data_dir(args.data_dir)
    found = backups.list_backups(data_dir)
    folder = backups.backup_dir(data_dir)
    if not found:
        _print(translate("cli", "No backups yet in {folder}.").format(folder=folder))
        return EXIT_OK
    _print(translate("cli", "Backups in {folder}, newest first:").format(folder=folder))
    # The reason stays as in the file name (open, migration…), which 'restore' takes.
    line = translate("cli", "  {name}  {when}  {reason:<9}  {size:,.0f} KB")
    for backup in found:
        when = backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        _print(
            line.format(name=backup.name, when=when, reason=backup.reason, size=backup.size / 1024)
        )
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from journal_app.store import db
    from journal_app.store.lock import DataFolderLock

    data_dir = paths.data_dir(args.data_dir)
    lock = DataFolderLock(data_dir) if data_dir.is_dir() else None
    try:
        restored, previous = db.restore(data_dir, args.snapshot, key=_folder_key(data_dir))
    finally:
        if lock is not None:
            lock.release()
    _print(
        translate(
            "cli", "Restored {snapshot}. The state before the restore was saved as {previous}."
        ).format(snapshot=restored.name, previous=previous.name)
    )
    return EXIT_OK


def _cmd_passphrase(args: argparse.Namespace) -> int:
    from journal_app.store import cipher
    from journal_app.store.db import database_path
    from journal_app.store.repository import Repository

    data_dir = paths.data_dir(args.data_dir)
    if not database_path(data_dir).is_file():  # (a mistyped --data-dir: never a new folder)
        raise CommandError(
            translate(
                "cli",
                "There are no journals in {folder} yet: start Reflection Journal once, or check"
                " --data-dir; nothing was changed.",
            ).format(folder=data_dir)
        )
    protected = cipher.is_protected(data_dir)
    if args.action == "set" and protected:
        raise CommandError(
            translate(
                "cli",
                "the journals in {folder} are already protected by a passphrase; to give them"
                " another, use 'journal-app passphrase change'",
            ).format(folder=data_dir)
        )
    if args.action != "set" and not protected:
        raise CommandError(
            translate(
                "cli",
                "the journals in {folder} are not protected by a passphrase; to protect them,"
                " use 'journal-app passphrase set'",
            ).format(folder=data_dir)
        )
    if not cipher.AVAILABLE:
        raise CommandError(
            translate(
                "cli",
                "this copy of Reflection Journal cannot protect journals on this computer"
                " (SQLCipher is not installed for it)",
            )
            if args.action == "set"
            else translate(
                "cli",
                "this copy of Reflection Journal cannot open protected journals on this computer"
                " (SQLCipher is not installed for it)",
            )
        )

    def new_passphrase() -> str:
        no_terminal = translate(
            "cli",
            "a new passphrase is needed: run the command in a terminal to type it, or set"
            " {variable}",
        ).format(variable=NEW_PASSPHRASE_VARIABLE)
        prompt = translate("cli", "New passphrase for the journals in {folder}: ").format(
            folder=data_dir
        )
        return _secret(NEW_PASSPHRASE_VARIABLE, no_terminal, prompt, confirm=True)

    # Set: the new passphrase first, before anything is opened (or a data folder made). Change:
    # the current one first, checked when the journals open, then the new one.
    new = new_passphrase() if args.action == "set" else None
    key = _folder_key(data_dir)
    with Repository.open(data_dir, snapshot_on_open=False, key=key) as repository:
        if args.action == "change":
            new = new_passphrase()
        repository.change_passphrase(new)
    done = {
        "set": translate(
            "cli",
            "The journals in {folder} and their backups are now encrypted with your passphrase."
            " It cannot be recovered if you forget it.",
        ),
        "change": translate(
            "cli", "The journals in {folder} and their backups now open with the new passphrase."
        ),
        "remove": translate(
            "cli", "The journals in {folder} and their backups are no longer encrypted."
        ),
    }
    _print(done[args.action].format(folder=data_dir))
    return EXIT_OK


def _cmd_export_pdf(args: argparse.Namespace) -> int:
    from journal_app.export.pdf import ExportError, JournalContent, PdfOptions, export_pdf, gather
    from journal_app.packs.loader import PackError, load_pack

    options = PdfOptions(
        page_size=args.page_size,
        blank=args.blank,
        skip_unanswered=args.skip_unanswered,
        include_private=args.include_private,
        author=args.author,
    )
    output = Path(args.output)
    data_dir = paths.data_dir(args.data_dir)

    try:
        if args.blank and not args.journal:
            pack = load_pack(
                _pack_source(args, resources.DEFAULT_PACK_ID), cache_dir=_pack_cache(data_dir)
            )
            report = export_pdf(pack, JournalContent(journal=None), output, options)
        else:
            nothing = translate("cli", "There is no journal in {folder} yet; nothing to export.")
            with _open_for_reading(data_dir, nothing) as repository:
                journal = _chosen_journal(repository, args.journal, data_dir, nothing)
                source = _pack_source(args, journal.pack_id)
                pack = load_pack(source, cache_dir=_pack_cache(data_dir))
                report = export_pdf(pack, gather(repository, journal), output, options)
    except PackError as error:
        raise CommandError(error.first_line) from None
    except ExportError as error:
        raise CommandError(str(error)) from None
    _print(
        translate("cli", "Wrote {path} ({pages} pages).").format(
            path=report.path, pages=report.pages
        )
    )
    _warn_missing(report.missing_summary(), report.missing_details(), args.verbose)
    return EXIT_OK


def _pack_source(args: argparse.Namespace, pack_id: str) -> Path:
    """The pack an export reads a journal with: ``--pack`` if given, else the bundled one."""
    return resolve_pack_argument(args.pack) if args.pack else resources.bundled_pack(pack_id)


def _journal_export_options(parser: argparse.ArgumentParser, output: str, output_help: str) -> None:
    """The options a journal's export takes, in any format (the PDF's, the Word document's)."""
    parser.add_argument(
        "--journal",
        metavar="NAME",
        help=translate("cli", "the journal to export (default: the most recent)"),
    )
    parser.add_argument("-o", "--output", metavar=output, required=True, help=output_help)
    parser.add_argument(
        "--page-size",
        choices=["a4", "letter"],
        default="a4",
        help=translate("cli", "paper size (default a4)"),
    )
    parser.add_argument(
        "--skip-unanswered",
        action="store_true",
        help=translate(
            "cli",
            '"My answers": only the prompts answered, in the sections that have answers,'
            " with the attribution brief on the cover",
        ),
    )
    parser.add_argument(
        "--author",
        metavar="NAME",
        help=translate(
            "cli",
            "the name on the cover (default: the journal's name, unless the app gave it;"
            ' "" for none)',
        ),
    )
    parser.add_argument(
        "--include-private",
        action="store_true",
        help=translate(
            "cli", "print the answers marked private too (each marked so; left out by default)"
        ),
    )


def _cmd_export_docx(args: argparse.Namespace) -> int:
    from journal_app.export.docx import export_docx
    from journal_app.export.pdf import ExportError, PdfOptions, gather
    from journal_app.packs.loader import PackError, load_pack

    options = PdfOptions(
        page_size=args.page_size,
        skip_unanswered=args.skip_unanswered,
        include_private=args.include_private,
        author=args.author,
    )
    output = Path(args.output)
    data_dir = paths.data_dir(args.data_dir)
    nothing = translate("cli", "There is no journal in {folder} yet; nothing to export.")
    try:
        with _open_for_reading(data_dir, nothing) as repository:
            journal = _chosen_journal(repository, args.journal, data_dir, nothing)
            pack = load_pack(_pack_source(args, journal.pack_id), cache_dir=_pack_cache(data_dir))
            report = export_docx(pack, gather(repository, journal), output, options)
    except PackError as error:
        raise CommandError(error.first_line) from None
    except ExportError as error:
        raise CommandError(str(error)) from None
    _print(translate("cli", "Wrote {path}.").format(path=report.path))
    return EXIT_OK


def _count(value: str) -> int:
    """A whole number, 0 or more (argparse's type for --quotes)."""
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(
            translate("cli", "{value} is not a whole number of 0 or more").format(value=repr(value))
        )
    return number


def _pack_cache(data_dir: Path) -> Path | None:
    """Where the window remembers packs that passed every check: not validated again.

    None where the data folder does not exist (a command never creates one just for this)
    or cannot be written (a write-protected USB stick).
    """
    if data_dir.is_dir() and files.writable(data_dir):
        return data_dir / "cache"
    return None


def _warn_missing(summary: str | None, details: list[str], verbose: bool) -> None:
    """The one-line report of characters no font has; every one of them with --verbose."""
    if summary is None:
        return
    if verbose:
        _warn(summary)
        for line in details:
            _print(f"  {line}", file=sys.stderr)
    else:
        _warn(summary + " " + translate("cli", "(--verbose lists them all)"))


def _warn(warning: str | None) -> None:
    """A warning on stderr (the command still succeeded)."""
    if warning:
        _print(
            translate("cli", "journal-app: warning: {warning}").format(warning=warning),
            file=sys.stderr,
        )


PASSPHRASE_VARIABLE = "JOURNAL_APP_PASSPHRASE"
"""The environment variable a script may give a protected folder's passphrase in."""
WORKSHOP_VARIABLE = "JOURNAL_APP_WORKSHOP_PASSPHRASE"
"""The environment variable a script may give the workshop passphrase of hand-ins in."""
NEW_PASSPHRASE_VARIABLE = "JOURNAL_APP_NEW_PASSPHRASE"
"""The environment variable a script may give a folder's new passphrase in (``passphrase``)."""


def _secret(variable: str, no_terminal: str, prompt: str, *, confirm: bool = False) -> str:
    """A passphrase: from the environment ``variable`` (for scripts), else typed on the terminal.

    Never on the command line, where other accounts and the shell's history would see it.

    Args:
        variable: The environment variable.
        no_terminal: The error when there is no terminal to ask on (already translated).
        prompt: What the terminal shows (already translated).
        confirm: Typed twice (a typo would lock a hand-in for good).
    """
    from journal_app.store import cipher

    passphrase = os.environ.get(variable)
    if passphrase is None:
        if not sys.stdin.isatty():
            raise CommandError(no_terminal)
        try:
            passphrase = getpass.getpass(prompt)
            if confirm and getpass.getpass(translate("cli", "Type it again: ")) != passphrase:
                raise CommandError(translate("cli", "the two passphrases are not the same"))
        except KeyboardInterrupt:  # Ctrl-C: "interrupted" on a line of its own
            sys.stderr.write("\n")
            raise
        except EOFError:  # Ctrl-D, or the end of a piped input
            sys.stderr.write("\n")
            nothing = (
                translate("cli", "no passphrase was typed; nothing was written")
                if confirm
                else translate("cli", "no passphrase was typed; nothing was opened")
            )
            raise CommandError(nothing) from None
    problem = cipher.check_passphrase(passphrase)
    if problem is not None:
        raise CommandError(problem)
    return passphrase


def _workshop_passphrase(*, confirm: bool = False) -> str:
    """The workshop passphrase of hand-ins: ``JOURNAL_APP_WORKSHOP_PASSPHRASE``, or typed."""
    no_terminal = translate(
        "cli",
        "a workshop passphrase is needed: run the command in a terminal to type it, or set"
        " {variable}",
    ).format(variable=WORKSHOP_VARIABLE)
    prompt = translate("cli", "Workshop passphrase: ")
    return _secret(WORKSHOP_VARIABLE, no_terminal, prompt, confirm=confirm)


def _folder_key(data_dir: Path) -> cipher.Key:
    """The key to open the folder's journals with: a passphrase only if they are protected.

    ``JOURNAL_APP_PASSPHRASE``, or typed. A folder that is not protected never becomes
    protected here.
    """
    from journal_app.store import cipher

    if not cipher.is_protected(data_dir):
        return cipher.PLAIN
    no_terminal = translate(
        "cli",
        "the journals in {folder} are protected by a passphrase: run the command in a"
        " terminal to type it, or set {variable}",
    ).format(folder=data_dir, variable=PASSPHRASE_VARIABLE)
    prompt = translate("cli", "Passphrase for the journals in {folder}: ").format(folder=data_dir)
    return cipher.Key.for_folder(data_dir, _secret(PASSPHRASE_VARIABLE, no_terminal, prompt))


def _open_for_reading(data_dir: Path, nothing: str) -> Repository:
    """The data folder's repository, also when the app has it open (then without the lock).

    A command that only reads never creates a data folder or a database: where there is none,
    it stops with ``nothing`` (a sentence with the field ``{folder}``).
    """
    from journal_app.store.db import database_path
    from journal_app.store.errors import DataFolderLocked
    from journal_app.store.repository import Repository

    if not database_path(data_dir).is_file():
        raise CommandError(nothing.format(folder=data_dir))
    key = _folder_key(data_dir)
    if not files.writable(data_dir):
        # A write-protected USB stick or a read-only share: read it as it is, changing nothing.
        return Repository.open_read_only(data_dir, key=key)
    try:
        return Repository.open(data_dir, snapshot_on_open=False, key=key)
    except DataFolderLocked:
        # The app is open on this folder: the command only reads, so it reads beside it.
        return Repository.open(data_dir, snapshot_on_open=False, lock=False, key=key)


def _chosen_journal(
    repository: Repository, name: str | None, data_dir: Path, nothing: str
) -> Journal:
    """The journal named ``name``, else the most recently used one.

    ``nothing`` is the (translated) message when there is no journal, with the field
    ``{folder}``: one whole sentence per command, for the translators.
    """
    if name:
        return repository.journal_by_name(name)
    journals = repository.journals()
    if not journals:
        raise CommandError(nothing.format(folder=data_dir))
    return journals[0]


def _open_for_writing(args: argparse.Namespace) -> Repository:
    from journal_app.store.repository import Repository

    data_dir = paths.data_dir(args.data_dir)
    return Repository.open(data_dir, snapshot_on_open=False, key=_folder_key(data_dir))


def _cmd_hand_in(args: argparse.Namespace) -> int:
    from journal_app.export.handin import HandInError, write_handin
    from journal_app.packs.loader import PackError, load_pack

    data_dir = paths.data_dir(args.data_dir)
    nothing = translate("cli", "There is no journal in {folder} yet; nothing to hand in.")
    with _open_for_reading(data_dir, nothing) as repository:
        journal = _chosen_journal(repository, args.journal, data_dir, nothing)
        try:
            pack_path = (
                resolve_pack_argument(args.pack)
                if args.pack
                else resources.bundled_pack(journal.pack_id)
            )
            pack = load_pack(pack_path, cache_dir=_pack_cache(data_dir))
            workshop = _workshop_passphrase(confirm=True) if args.lock else None
            written = write_handin(
                repository, pack, journal, Path(args.output), workshop_passphrase=workshop
            )
        except PackError as error:
            raise CommandError(error.first_line) from None
        except HandInError as error:
            raise CommandError(str(error)) from None
    _print(
        translate("cli", "Wrote {path}: the hand-in of “{name}”.").format(
            path=written, name=journal.name
        )
    )
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from journal_app.export.handin import HandInError, import_handin, is_locked, read_handin
    from journal_app.packs.loader import PackError, load_pack

    try:
        locked = is_locked(Path(args.file))
        handin = read_handin(Path(args.file), _workshop_passphrase() if locked else None)
        pack_path = (
            resolve_pack_argument(args.pack)
            if args.pack
            else resources.bundled_pack(handin.pack_id)
        )
        if not args.pack and not pack_path.is_file():
            raise CommandError(
                translate(
                    "cli",
                    "{file}: this hand-in is for the prompt pack {pack}, which this app does not"
                    " have; give it with --pack FILE",
                ).format(file=args.file, pack=repr(handin.pack_id))
            )
        pack = load_pack(pack_path)
        with _open_for_writing(args) as repository:
            report = import_handin(repository, pack, handin, args.name)
    except PackError as error:
        raise CommandError(error.first_line) from None
    except HandInError as error:
        raise CommandError(str(error)) from None
    _print(
        translate("cli", "Imported “{name}” (answers: {answers}, pictures: {pictures}).").format(
            name=report.journal.name, answers=report.answers, pictures=report.images
        )
    )
    if report.not_in_pack:
        _warn(
            translate(
                "cli",
                "answers to prompts this pack version does not have were not imported: {prompts}",
            ).format(prompts=", ".join(report.not_in_pack))
        )
    return EXIT_OK


def _cmd_compile(args: argparse.Namespace) -> int:
    from journal_app.export.compile import compile_handins
    from journal_app.export.handin import HandInError, is_locked, read_handin
    from journal_app.export.pdf import ExportError
    from journal_app.export.submissions import is_submissions_export
    from journal_app.packs.library import PackLibrary
    from journal_app.packs.loader import PackError, load_pack

    files = [Path(f) for f in args.handins]
    if not args.output and not args.docx:
        raise CommandError(
            translate(
                "cli", "give the outcome document to write: -o OUT.pdf, --docx OUT.docx or both"
            )
        )
    if args.output and Path(args.output).suffix.lower() in (".docx", ".doc"):
        raise CommandError(
            translate("cli", "{file}: -o writes a PDF; give a Word document with --docx").format(
                file=args.output
            )
        )
    if args.docx and Path(args.docx).suffix.lower() == ".pdf":
        raise CommandError(
            translate("cli", "{file}: --docx writes a Word document; give a PDF with -o").format(
                file=args.docx
            )
        )
    workshop = _workshop_passphrase() if any(is_locked(f) for f in files) else None
    try:
        if args.pack:
            pack = load_pack(resolve_pack_argument(args.pack))
        else:
            # The pack is the one the first hand-in names: an export names none.
            handin_file = next((f for f in files if not is_submissions_export(f)), None)
            if handin_file is None:
                raise CommandError(
                    translate(
                        "cli",
                        "a submissions export does not say which prompt pack it is for; give"
                        " the pack with --pack FILE",
                    )
                )
            first = read_handin(handin_file, workshop)
            found = PackLibrary(paths.data_dir(args.data_dir)).get(first.pack_id)
            if found is None:
                raise CommandError(
                    translate(
                        "cli",
                        "{file}: the prompt pack {pack} is not available here; give it with"
                        " --pack FILE",
                    ).format(file=handin_file, pack=repr(first.pack_id))
                )
            pack = found
        report = compile_handins(
            files,
            pack,
            Path(args.output) if args.output else None,
            docx_path=Path(args.docx) if args.docx else None,
            csv_path=Path(args.csv) if args.csv else None,
            xlsx_path=Path(args.xlsx) if args.xlsx else None,
            show_names=args.names,
            quotes=args.quotes,
            all_answers=args.all_answers,
            workshop_passphrase=workshop,
        )
    except PackError as error:
        raise CommandError(error.first_line) from None
    except (HandInError, ExportError) as error:
        raise CommandError(str(error)) from None
    _print(report.summary())
    _warn_missing(report.missing_summary(), report.missing_details(), args.verbose)
    return EXIT_OK


def _cmd_window(args: argparse.Namespace) -> int:
    try:
        from journal_app import app
    except ImportError as error:
        raise CommandError(
            translate(
                "cli",
                "cannot start the window: {error}. On Debian/Ubuntu install the Qt libraries: "
                "sudo apt-get install libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 "
                "libdbus-1-3 libxcb-cursor0 libxkbcommon-x11-0",
            ).format(error=error)
        ) from None
    pack_path = resolve_pack_argument(args.pack) if args.pack else None
    return app.run(data_dir=paths.data_dir(args.data_dir), pack_path=pack_path)
