"""The ``journal-app`` command: the window by default, and sub-commands on the Qt-free core.

Every failure ends as one clear line on stderr and a non-zero exit status, never a traceback
(set ``JOURNAL_APP_DEBUG=1`` to see one for a bug).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app import __version__, paths, resources
from journal_app.store.errors import StoreError

if TYPE_CHECKING:
    from journal_app.store.repository import Journal, Repository

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A failure to report to the user as one line (not a bug)."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``journal-app`` and its sub-commands."""
    parser = argparse.ArgumentParser(
        prog="journal-app",
        description=(
            "Reflection Journal: work through the iDiaspora Journal (IOM 2024) or another prompt "
            "pack, offline; answers stay on this machine. With no command, opens the window."
        ),
        epilog=(
            "Data lives in --data-dir, else $JOURNAL_APP_HOME, else the user data folder "
            f"({paths.data_dir()}). Run 'journal-app COMMAND --help' for a command's options."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all data (journals, backups, settings) in DIR instead of the user data folder",
    )
    parser.add_argument(
        "--pack",
        metavar="FILE",
        help="open the window on this prompt pack (a .json file) instead of the iDiaspora Journal",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser(
        "check-pack",
        help="validate prompt pack files",
        description=(
            "Validate prompt packs against prompts/pack.schema.json and the rules a schema cannot "
            "express (unique ids, references, table shapes). Prints OK for a valid pack, else "
            "every problem as FILE:LINE: /json/pointer: what is wrong. Exit status 1 if any pack "
            "has a problem."
        ),
    )
    check.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a pack file, or the id of a bundled pack (e.g. idiaspora-journal)",
    )
    check.set_defaults(handler=_cmd_check_pack)

    listing = commands.add_parser(
        "backups",
        help="list the automatic backups of the journal database",
        description=(
            "List the snapshots in the data folder's backups/ folder, newest first: taken when "
            "the app opens (the last 10 are kept), before a migration, an import, a restore or "
            "deleting a journal."
        ),
    )
    listing.set_defaults(handler=_cmd_backups)

    restore = commands.add_parser(
        "restore",
        help="replace the journal database with a backup",
        description=(
            "Restore a snapshot listed by 'journal-app backups' (or 'latest'). The current state "
            "is saved as a backup first, so a restore can itself be undone. The app must be closed."
        ),
    )
    restore.add_argument(
        "snapshot", metavar="SNAPSHOT", help="a backup's file name, path or 'latest'"
    )
    restore.set_defaults(handler=_cmd_restore)

    export = commands.add_parser(
        "export-pdf",
        help="export a journal (or an empty workbook) as a PDF",
        description=(
            "Write a journal as a PDF: cover, contents, every prompt with its answer, in any "
            "script. The journal is only read. The PDF is written beside the target and renamed "
            "into place, so a failure never leaves half a file."
        ),
    )
    export.add_argument(
        "--journal", metavar="NAME", help="the journal to export (default: the most recent)"
    )
    export.add_argument("-o", "--output", metavar="OUT.pdf", required=True, help="the PDF to write")
    export.add_argument(
        "--blank",
        action="store_true",
        help="an empty workbook to fill in by hand (no journal needed)",
    )
    export.add_argument(
        "--page-size", choices=["a4", "letter"], default="a4", help="paper size (default a4)"
    )
    export.add_argument(
        "--skip-unanswered", action="store_true", help="leave out prompts without an answer"
    )
    export.set_defaults(handler=_cmd_export_pdf)

    hand_in = commands.add_parser(
        "hand-in",
        help="write a journal's hand-in file for a workshop facilitator",
        description=(
            "Write one .journal.zip file with the journal's answers and pictures (answers marked "
            "private are left out), a manifest and checksums, for a facilitator to import."
        ),
    )
    hand_in.add_argument("--journal", metavar="NAME", help="the journal (default: the most recent)")
    hand_in.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    hand_in.set_defaults(handler=_cmd_hand_in)

    importer = commands.add_parser(
        "import",
        help="make a new journal from a hand-in file",
        description=(
            "Check a .journal.zip hand-in (paths, sizes, checksums, every answer against its "
            "prompt) and make a new journal from it; nothing existing is changed, and a file "
            "with any problem is refused whole."
        ),
    )
    importer.add_argument("file", metavar="FILE", help="the hand-in (.journal.zip)")
    importer.add_argument("--name", help="name of the new journal (default: the hand-in's)")
    importer.set_defaults(handler=_cmd_import)

    compiler = commands.add_parser(
        "compile",
        help="compile participants' hand-ins into one outcome document (PDF, and CSV)",
        description=(
            "Read hand-ins one at a time and write one outcome document: per checklist a bar "
            "chart of how many participants marked each option, all answers per prompt "
            "(anonymous unless --names), pictures with captions, and the prompts nobody "
            "answered. --csv also writes one row per participant per prompt. Hand-ins of other "
            "versions of the same pack compile together; a hand-in of another pack is refused."
        ),
    )
    compiler.add_argument(
        "handins", nargs="+", metavar="HANDIN", help="hand-in files (.journal.zip)"
    )
    compiler.add_argument(
        "-o", "--output", metavar="OUT.pdf", required=True, help="the PDF to write"
    )
    compiler.add_argument("--csv", metavar="OUT.csv", help="also write the answers as a CSV file")
    compiler.add_argument(
        "--names", action="store_true", help="show the journals' names (default: anonymous)"
    )
    compiler.set_defaults(handler=_cmd_compile)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _cmd_window(args)
        status: int = args.handler(args)
        return status
    except (CommandError, StoreError) as error:  # the user's environment, not a bug
        print(f"journal-app: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("journal-app: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: still one line, unless debugging
        if os.environ.get("JOURNAL_APP_DEBUG"):
            raise
        print(
            f"journal-app: unexpected error ({type(error).__name__}: {error}); this is a bug:"
            " run again with JOURNAL_APP_DEBUG=1 to see where",
            file=sys.stderr,
        )
        return EXIT_FAILURE


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
                print(problem)
            continue
        prompts = list(pack.prompts())
        reconstructed = sum(1 for p in prompts if p.reconstructed)
        summary = (
            f"OK  {path}: {pack.title} {pack.version}, {len(pack.sections)} sections,"
            f" {len(prompts)} prompts"
        )
        if reconstructed:
            summary += f" ({reconstructed} with reconstructed wording)"
        print(summary)
    return EXIT_FAILURE if failed else EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from journal_app.store import backups

    data_dir = paths.data_dir(args.data_dir)
    found = backups.list_backups(data_dir)
    if not found:
        print(f"No backups yet in {backups.backup_dir(data_dir)}.")
        return EXIT_OK
    print(f"Backups in {backups.backup_dir(data_dir)}, newest first:")
    for backup in found:
        when = backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"  {backup.name}  {when}  {backup.reason:<9}  {backup.size / 1024:,.0f} KB")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from journal_app.store import db
    from journal_app.store.lock import DataFolderLock

    data_dir = paths.data_dir(args.data_dir)
    lock = DataFolderLock(data_dir) if data_dir.is_dir() else None
    try:
        restored, previous = db.restore(data_dir, args.snapshot)
    finally:
        if lock is not None:
            lock.release()
    print(f"Restored {restored.name}. The state before the restore was saved as {previous.name}.")
    return EXIT_OK


def _cmd_export_pdf(args: argparse.Namespace) -> int:
    from journal_app.export.pdf import ExportError, JournalContent, PdfOptions, export_pdf, gather
    from journal_app.packs.loader import PackError, load_pack

    options = PdfOptions(
        page_size=args.page_size, blank=args.blank, skip_unanswered=args.skip_unanswered
    )
    output = Path(args.output)
    data_dir = paths.data_dir(args.data_dir)

    def pack_for(pack_id: str) -> Path:
        return resolve_pack_argument(args.pack) if args.pack else resources.bundled_pack(pack_id)

    try:
        if args.blank and not args.journal:
            pack = load_pack(pack_for(resources.DEFAULT_PACK_ID))
            report = export_pdf(pack, JournalContent(journal=None), output, options)
        else:
            with _open_for_reading(data_dir) as repository:
                journal = _chosen_journal(repository, args.journal, data_dir, "export")
                pack = load_pack(pack_for(journal.pack_id))
                report = export_pdf(pack, gather(repository, journal), output, options)
    except PackError as error:
        raise CommandError(error.first_line) from None
    except ExportError as error:
        raise CommandError(str(error)) from None
    print(f"Wrote {report.path} ({report.pages} pages).")
    warning = report.missing_summary()
    if warning:
        print(f"journal-app: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _open_for_reading(data_dir: Path) -> Repository:
    """The data folder's repository, also when the app has it open (then without the lock)."""
    from journal_app.store.errors import DataFolderLocked
    from journal_app.store.repository import Repository

    try:
        return Repository.open(data_dir, snapshot_on_open=False)
    except DataFolderLocked:
        # The app is open on this folder: the command only reads, so it reads beside it.
        return Repository.open(data_dir, snapshot_on_open=False, lock=False)


def _chosen_journal(repository: Repository, name: str | None, data_dir: Path, what: str) -> Journal:
    """The journal named ``name``, else the most recently used one."""
    if name:
        return repository.journal_by_name(name)
    journals = repository.journals()
    if not journals:
        raise CommandError(f"There is no journal in {data_dir} yet; nothing to {what}.")
    return journals[0]


def _open_for_writing(args: argparse.Namespace) -> Repository:
    from journal_app.store.repository import Repository

    return Repository.open(paths.data_dir(args.data_dir), snapshot_on_open=False)


def _cmd_hand_in(args: argparse.Namespace) -> int:
    from journal_app.export.handin import HandInError, write_handin
    from journal_app.packs.loader import PackError, load_pack

    data_dir = paths.data_dir(args.data_dir)
    with _open_for_reading(data_dir) as repository:
        journal = _chosen_journal(repository, args.journal, data_dir, "hand in")
        try:
            pack_path = (
                resolve_pack_argument(args.pack)
                if args.pack
                else resources.bundled_pack(journal.pack_id)
            )
            pack = load_pack(pack_path)
            written = write_handin(repository, pack, journal, Path(args.output))
        except PackError as error:
            raise CommandError(error.first_line) from None
        except HandInError as error:
            raise CommandError(str(error)) from None
    print(f"Wrote {written}: the hand-in of “{journal.name}”.")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from journal_app.export.handin import HandInError, import_handin, read_handin
    from journal_app.packs.loader import PackError, load_pack

    try:
        handin = read_handin(Path(args.file))
        pack_path = (
            resolve_pack_argument(args.pack)
            if args.pack
            else resources.bundled_pack(handin.pack_id)
        )
        if not args.pack and not pack_path.is_file():
            raise CommandError(
                f"{args.file}: this hand-in is for the prompt pack {handin.pack_id!r}, which this"
                " app does not have; give it with --pack FILE"
            )
        pack = load_pack(pack_path)
        with _open_for_writing(args) as repository:
            report = import_handin(repository, pack, handin, args.name)
    except PackError as error:
        raise CommandError(error.first_line) from None
    except HandInError as error:
        raise CommandError(str(error)) from None
    print(
        f"Imported “{report.journal.name}” (answers: {report.answers}, pictures: {report.images})."
    )
    if report.not_in_pack:
        print(
            "journal-app: warning: answers to prompts this pack version does not have were not"
            f" imported: {', '.join(report.not_in_pack)}",
            file=sys.stderr,
        )
    return EXIT_OK


def _cmd_compile(args: argparse.Namespace) -> int:
    from journal_app.export.compile import compile_handins
    from journal_app.export.handin import HandInError, read_handin
    from journal_app.export.pdf import ExportError
    from journal_app.packs.library import PackLibrary
    from journal_app.packs.loader import PackError, load_pack

    files = [Path(f) for f in args.handins]
    try:
        if args.pack:
            pack = load_pack(resolve_pack_argument(args.pack))
        else:
            first = read_handin(files[0])
            found = PackLibrary(paths.data_dir(args.data_dir)).get(first.pack_id)
            if found is None:
                raise CommandError(
                    f"{files[0]}: the prompt pack {first.pack_id!r} is not available here;"
                    " give it with --pack FILE"
                )
            pack = found
        report = compile_handins(
            files,
            pack,
            Path(args.output),
            csv_path=Path(args.csv) if args.csv else None,
            show_names=args.names,
        )
    except PackError as error:
        raise CommandError(error.first_line) from None
    except (HandInError, ExportError) as error:
        raise CommandError(str(error)) from None
    print(report.summary())
    warning = report.missing_summary()
    if warning:
        print(f"journal-app: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _cmd_window(args: argparse.Namespace) -> int:
    try:
        from journal_app import app
    except ImportError as error:
        raise CommandError(
            f"cannot start the window: {error}. On Debian/Ubuntu install the Qt libraries: "
            "sudo apt-get install libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 "
            "libdbus-1-3 libxcb-cursor0 libxkbcommon-x11-0"
        ) from None
    pack_path = resolve_pack_argument(args.pack) if args.pack else None
    return app.run(data_dir=paths.data_dir(args.data_dir), pack_path=pack_path)
