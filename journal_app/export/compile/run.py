"""``compile_handins``: the hand-ins read and folded in, then the document and the tables."""

from __future__ import annotations

import contextlib
import csv
import errno
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from reportlab.platypus.doctemplate import LayoutError

from journal_app import files
from journal_app.export import QUOTES, fonts, layout, pdfjoin
from journal_app.export.compile.document import OutcomeWriter, write_pdf
from journal_app.export.compile.folding import Folder
from journal_app.export.compile.report import (
    CompileCancelled,
    CompileError,
    CompileReport,
    LockedHandIns,
)
from journal_app.export.compile.tables import CSV_COLUMNS, write_workbook
from journal_app.export.compile.word import write_docx
from journal_app.export.handin import (
    HandIn,
    HandInError,
    HandInLocked,
    check_picture_budget,
    is_locked,
    read_handin,
)
from journal_app.export.submissions import (
    describe_skipped,
    is_submissions_export,
    read_submissions,
)
from journal_app.i18n import translate
from journal_app.packs.model import Pack
from journal_app.store import cipher

READ_SHARE = 0.35
"""Of the progress bar: reading the hand-ins; the rest is the layout."""
WORD_SHARE = 0.25
"""Of the layout's share, with a PDF and a Word document: the Word document's."""


def _read(
    path: Path, pack: Pack, export: bool, skipped: Counter[str], workshop_passphrase: str | None
) -> Iterator[HandIn]:
    """The hand-in in ``path``; or, for a submissions export, each submission as a hand-in."""
    if export:
        yield from read_submissions(path, pack, skipped)
    else:
        yield read_handin(path, workshop_passphrase)


class _Writing:
    """Which file a compile is writing, and those already put in place: what a failure names."""

    def __init__(self, first: Path, pdf: Path | None, word: Path | None) -> None:
        self.target = first
        self.pdf, self.word = pdf, word
        self.placed: list[Path] = []
        self._placing = False

    def placing(self, target: Path) -> Callable[..., None]:
        """An exit callback run just before ``target`` is put in place (when all went well)."""

        def before(kind: type[BaseException] | None, *_: object) -> None:
            if kind is not None:  # a failure: nothing is put in place
                return
            if self._placing:  # the one before it was put in place
                self.placed.append(self.target)
            self._placing = True
            self.target = target

        return before

    def error(self, error: OSError, target: Path) -> str:
        """The sentence for ``error`` while writing ``target`` (or putting it in place)."""
        if self.placed:  # some files were put in place: never "nothing was written"
            if error.errno in (errno.EACCES, errno.EPERM):  # (open in a program, on Windows)
                template = translate(
                    "compile",
                    "{file} could not be replaced ({error}); it may be open in another program:"
                    " close it and compile again. Already written: {files}.",
                )
            else:
                template = translate(
                    "compile", "Could not write {file} ({error}). Already written: {files}."
                )
            return template.format(
                file=target,
                error=error.strerror or error,
                files=", ".join(str(path) for path in self.placed),
            )
        if target in (self.pdf, self.word):
            word = target == self.word
            return layout.describe_write_error(error, target.parent, outcome=not word, word=word)
        if error.errno == errno.ENOSPC:
            template = translate(
                "compile", "Could not write {file}: the disk is full. Nothing was written."
            )
        elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            template = translate(
                "compile",
                "Could not write {file}: the folder is read-only or you may not write there."
                " Nothing was written.",
            )
        else:
            template = translate("compile", "Could not write {file}: {error}. Nothing was written.")
        return template.format(file=target, error=error.strerror or error)


def compile_handins(
    paths: Sequence[Path],
    pack: Pack,
    target_pdf: Path | None,
    *,
    docx_path: Path | None = None,
    csv_path: Path | None = None,
    xlsx_path: Path | None = None,
    show_names: bool = False,
    quotes: int = QUOTES,
    all_answers: bool = False,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workshop_passphrase: str | None = None,
) -> CompileReport:
    """Compile hand-ins into an outcome document (a PDF, a Word file or both), optionally a CSV.

    The hand-ins are read one at a time, in the order given (which numbers the participants),
    and must all be for ``pack`` (any version: answers are matched by prompt id). The first
    unreadable, damaged or other-pack hand-in refuses the whole compile, naming the file, and
    nothing is written; the caller removes that file and compiles again. Answers to prompts
    this version of the pack lacks, or that no longer fit their prompt, are left out of the PDF
    (counted in the report's ``not_in_pack`` and ``unfit``) and kept in the CSV.

    The CSV (UTF-8 with a byte-order mark, so Excel reads any script) has the columns
    ``CSV_COLUMNS``, one row per participant, prompt and part; empty answers have no row;
    ``part_label`` names the part as a reader knows it (the item's label, the option, the
    table's row and column, the sentence beginning…):

    - text: one row, ``part`` empty; a text with items: one row per item, ``part`` its number
      (1, 2…);
    - checklist: one row per marked option, ``part`` the option id and ``value`` its text; the
      "Other" choice has ``part`` ``other`` and its text as ``value``;
    - table: one row per filled cell, ``part`` ``row|column`` (ids);
    - stems: one row per completed sentence, ``part`` the stem id;
    - pictures: one row per picture, ``part`` its number for that prompt, ``value`` the caption;
    - time spent on a timed prompt: a row with ``part`` ``time_spent_seconds``.

    ``journal_name`` is empty unless ``show_names``. A text starting with = + - @, a tab or a
    carriage return gets a leading apostrophe, so that a spreadsheet does not run it as a
    formula.

    Args:
        paths: the hand-in files; a submissions export of ODK Central or KoboToolbox (CSV,
            XLSX, or Central's zip with media) of the form ``pack-to-xlsform`` made for
            ``pack`` counts as one hand-in per submission (see ``submissions``).
        pack: the prompt pack (the version to compile with; its order and wording are used).
        target_pdf: the PDF to write (replaced if it exists), or None for none.
        docx_path: the outcome document as a Word file (.docx) to write, if wanted: the same
            words, quotes and counts as the PDF, to edit (see ``word``).
        csv_path: the CSV to write, if wanted.
        xlsx_path: the spreadsheet (.xlsx) to write, if wanted: the same rows, a sheet per
            prompt, and a sheet of participants (see ``workbook``).
        show_names: show the journals' names (participants are anonymous by default).
        quotes: answers quoted at most per prompt (or item, stem, cell) in the synthesis.
        all_answers: add every answer to the PDF, as an appendix after the synthesis.
        on_progress: called with the fraction done (0 to 1).
        cancelled: polled while working; returning True stops with ``CompileCancelled``.
        workshop_passphrase: opens the hand-ins locked with the workshop's passphrase (a
            locked hand-in without it, or with another, refuses the compile, naming it).

    Raises:
        CompileError: no hand-ins, a bad or other-pack hand-in (named), a target that cannot be
            written, a missing font… (nothing is written and existing files are untouched,
            unless a file could not be put in place after others were: the message names them).
        CompileCancelled: ``cancelled()`` returned True.
    """
    progress = on_progress or (lambda _fraction: None)
    pdf_target = Path(target_pdf) if target_pdf is not None else None
    docx_target = Path(docx_path) if docx_path is not None else None
    csv_target = Path(csv_path) if csv_path is not None else None
    xlsx_target = Path(xlsx_path) if xlsx_path is not None else None
    if not paths:
        raise CompileError(translate("compile", "There are no hand-ins to compile."))
    if pdf_target is None and docx_target is None:
        raise CompileError(
            translate(
                "compile", "Choose the outcome document to write: a PDF, a Word file or both."
            )
        )
    inputs = [Path(p) for p in paths]
    resolved: set[Path] = set()
    for path in inputs:
        key = path.resolve()
        if key in resolved:
            raise CompileError(
                translate(
                    "compile", "{file}: this hand-in is given twice. Nothing was written."
                ).format(file=path)
            )
        resolved.add(key)
    targets = [t for t in (pdf_target, docx_target, csv_target, xlsx_target) if t is not None]
    for target in targets:
        if target.resolve() in resolved:
            raise CompileError(
                translate(
                    "compile", "{file} is one of the hand-ins; choose another file to write."
                ).format(file=target)
            )
        if not target.parent.is_dir():
            raise CompileError(
                translate("compile", "The folder {folder} does not exist.").format(
                    folder=target.parent
                )
            )
    if len({t.resolve() for t in targets}) < len(targets):
        raise CompileError(
            translate(
                "compile",
                "The PDF, the Word document, the CSV and the spreadsheet must be different files.",
            )
        )
    try:
        face = fonts.register_fonts()
    except fonts.FontError as error:
        raise CompileError(str(error)) from None

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise CompileCancelled(
                translate("compile", "The compile was cancelled; nothing was written.")
            )

    made: list[tuple[Folder, OutcomeWriter]] = []
    first = pdf_target or docx_target
    assert first is not None
    writing = _Writing(first, pdf_target, docx_target)
    skipped: Counter[str] = Counter()  # what submissions exports had that is left out
    sqlite_folder = ""
    try:
        with contextlib.ExitStack() as outputs:

            def output(target: Path, *, placed: bool = True) -> Path:
                """A file to write ``target`` into, renamed over it when all went well.

                ``placed``: note when it is put in place (else the caller does, with
                ``outputs.push(writing.placing(target))``, after what must happen before).
                """
                try:
                    temporary = outputs.enter_context(
                        files.atomic_output(target, suffix=".partial")
                    )
                except OSError as error:
                    raise CompileError(writing.error(error, target)) from None
                if placed:
                    outputs.push(writing.placing(target))  # (the stack unwinds in reverse)
                return temporary

            # Each clears first what a compile killed earlier left (a logout mid-compile).
            work = Path(outputs.enter_context(files.work_folder("journal-compile-")))
            sqlite_folder = str(work)
            pdf_temporary = output(pdf_target) if pdf_target is not None else None
            docx_temporary = output(docx_target) if docx_target is not None else None
            writer = None
            if csv_target is not None:
                csv_file = open(  # noqa: SIM115
                    output(csv_target, placed=False), "w", encoding="utf-8-sig", newline=""
                )
                outputs.callback(csv_file.close)  # closed before it is renamed or removed
                outputs.push(writing.placing(csv_target))
                writing.target = csv_target  # (its rows are written as hand-ins are read)
                writer = csv.writer(csv_file)
                writer.writerow(CSV_COLUMNS)
            xlsx_temporary = output(xlsx_target) if xlsx_target is not None else None
            folder = Folder(
                pack,
                work,
                writer,
                show_names=show_names,
                spreadsheet=xlsx_temporary is not None,
                all_answers=all_answers,
                private=any(is_locked(path) for path in inputs),
            )
            outputs.callback(folder.spool.close)  # closed before the work folder goes
            compiler = OutcomeWriter(folder, face, quotes=quotes)
            made.append((folder, compiler))

            for index, path in enumerate(inputs):
                export = is_submissions_export(path)
                handins = _read(path, pack, export, skipped, workshop_passphrase)
                while True:
                    check_cancel()
                    try:
                        handin = next(handins, None)
                        if handin is None:
                            break
                        check_picture_budget(handin, pack)  # before any picture is decoded
                    except HandInLocked as error:
                        raise LockedHandIns(
                            translate("compile", "{problem} Nothing was written.").format(
                                problem=error
                            ),
                            wrong=error.wrong,
                        ) from None
                    except HandInError as error:
                        if export:
                            raise CompileError(
                                translate(
                                    "compile",
                                    "{problem}. Correct the export or leave it out, and compile"
                                    " again; nothing was written.",
                                ).format(problem=error)
                            ) from None
                        raise CompileError(
                            translate(
                                "compile",
                                "{problem}. Remove it and compile again; nothing was written.",
                            ).format(problem=error)
                        ) from None
                    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as error:
                        # read_handin lets a few kinds of damage inside a zip through as they are.
                        raise CompileError(
                            translate(
                                "compile",
                                "{file}: the file is damaged ({error}). Remove it and compile"
                                " again; nothing was written.",
                            ).format(file=path, error=error)
                        ) from None
                    folder.fold(handin)
                    del handin  # one hand-in in memory at a time
                progress(READ_SHARE * (index + 1) / len(inputs))
            if not folder.participants:  # e.g. an export whose submissions were all rejected
                left_out = describe_skipped(skipped)
                nothing = translate("compile", "There are no hand-ins to compile.")
                raise CompileError(" ".join([nothing, *left_out]))
            folder.spool.finish()
            pages = 0
            writing.target = first
            word_share = WORD_SHARE if pdf_temporary is not None else 1.0
            if pdf_temporary is not None and pdf_target is not None:
                writing.target = pdf_target
                pdf_share = (
                    (1 - READ_SHARE) * (1 - word_share) if docx_temporary else 1 - READ_SHARE
                )
                pages = write_pdf(
                    compiler,
                    pdf_temporary,
                    check_cancel,
                    lambda f: progress(READ_SHARE + pdf_share * f),
                )
                check_cancel()
            if docx_temporary is not None and docx_target is not None:
                writing.target = docx_target
                start = 1 - (1 - READ_SHARE) * word_share
                write_docx(
                    folder,
                    docx_temporary,
                    check_cancel,
                    lambda f: progress(start + (1 - start) * f),
                    quotes=quotes,
                )
                check_cancel()
            if xlsx_temporary is not None and xlsx_target is not None:
                writing.target = xlsx_target
                spool = folder.spool
                write_workbook(
                    xlsx_temporary,
                    pack,
                    folder.t,
                    show_names=show_names,
                    participants=spool.people(),
                    rows_of=spool.sheet_rows,
                    elsewhere=spool.unknown_rows(),
                    work=work,
                )
                check_cancel()
            if csv_target is not None:  # its last rows on the disk before any file is put in place
                writing.target = csv_target
                csv_file.close()
    except fonts.FontError as error:  # a font opened when a text first needs it
        raise CompileError(str(error)) from None
    except LayoutError:
        raise CompileError(layout.too_tall_for_a_page()) from None
    except pdfjoin.JoinError as error:  # (a bug: the parts are made here)
        raise CompileError(
            translate(
                "compile",
                "The parts of the outcome document could not be put together ({error}). Nothing"
                " was written.",
            ).format(error=error)
        ) from None
    except OSError as error:
        raise CompileError(writing.error(error, writing.target)) from None
    except cipher.ERRORS as error:  # the spool, in the temporary folder
        raise CompileError(
            translate(
                "compile",
                "Could not write temporary files in {folder} ({error}). Nothing was written.",
            ).format(folder=sqlite_folder, error=error)
        ) from None
    folder, compiler = made[0]
    progress(1.0)
    return CompileReport(
        pdf_path=pdf_target,
        csv_path=csv_target,
        handins=folder.participants,
        pages=pages,
        missing=compiler.missing,
        versions=dict(folder.versions),
        not_in_pack=dict(folder.not_in_pack),
        unfit=dict(folder.unfit),
        xlsx_path=xlsx_target,
        left_out_of_exports=describe_skipped(skipped),
        docx_path=docx_target,
    )
