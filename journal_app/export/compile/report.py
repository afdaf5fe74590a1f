"""What a compile reports: its errors, and what it wrote."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from journal_app.export.layout import (
    ExportCancelled,
    ExportError,
    missing_details,
    missing_summary,
)
from journal_app.i18n import translate

WORD_FILE_LIMIT = 512 * 2**20
"""The largest document Microsoft Word opens, pictures included (its documented limit)."""


class CompileError(ExportError):
    """The outcome document could not be made; the message says why, and what was written."""


class LockedHandIns(CompileError):
    """A hand-in is locked with a workshop passphrase: none was given (``wrong``: another)."""

    def __init__(self, message: str, *, wrong: bool) -> None:
        super().__init__(message)
        self.wrong = wrong


class CompileCancelled(CompileError, ExportCancelled):
    """The user cancelled; nothing was written."""


@dataclass
class CompileReport:
    """What was compiled and written.

    Attributes:
        pdf_path: the outcome document as a PDF, if one was asked for.
        csv_path: the CSV, if one was asked for.
        handins: how many hand-ins were compiled.
        pages: pages of the PDF (0 without one).
        missing: characters no bundled font could draw, with the prompts they are in.
        versions: pack version → how many hand-ins were made with it.
        not_in_pack: prompt id → how many hand-ins answered a prompt this version of the pack
            does not have (left out of the PDF, kept in the CSV).
        unfit: prompt id → how many hand-ins have an answer that no longer fits the prompt
            (another kind, a removed option or cell; left out of the PDF, kept in the CSV).
        xlsx_path: the spreadsheet, if one was asked for.
        left_out_of_exports: what submissions exports held that was left out (rejected
            submissions, pictures in formats the app does not read…), a sentence per reason.
        docx_path: the outcome document as a Word file, if one was asked for.
    """

    pdf_path: Path | None
    csv_path: Path | None
    handins: int
    pages: int
    missing: dict[str, list[str]] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    not_in_pack: dict[str, int] = field(default_factory=dict)
    unfit: dict[str, int] = field(default_factory=dict)
    xlsx_path: Path | None = None
    left_out_of_exports: list[str] = field(default_factory=list)
    docx_path: Path | None = None

    @property
    def document(self) -> Path:
        """The outcome document to open: the PDF, or the Word file if there is no PDF."""
        document = self.pdf_path or self.docx_path
        assert document is not None  # (a compile writes one or both)
        return document

    def missing_summary(self) -> str | None:
        """One line on the characters no bundled font has, by script, or None."""
        return missing_summary(self.missing)

    def missing_details(self) -> list[str]:
        """One line per character no bundled font has."""
        return missing_details(self.missing)

    def summary(self) -> str:
        """One line saying what was written (for a status bar or the command line)."""
        left_out = sum(self.not_in_pack.values()) + sum(self.unfit.values())
        # Whole sentences, each with one count, for the translators.
        n = self.handins
        if self.pdf_path is not None and self.docx_path is not None:
            written = translate(
                "compile", "Compiled %n hand-ins into {pdf} ({pages} pages) and {docx}.", None, n
            )
        elif self.pdf_path is not None:
            written = translate(
                "compile", "Compiled %n hand-ins into {pdf} ({pages} pages).", None, n
            )
        else:
            written = translate("compile", "Compiled %n hand-ins into {docx}.", None, n)
        sentences = [written.format(pdf=self.pdf_path, pages=self.pages, docx=self.docx_path)]
        tables = [str(path) for path in (self.csv_path, self.xlsx_path) if path is not None]
        if tables:
            sentences.append(
                translate("compile", "The answers are also in {files}.").format(
                    files=", ".join(tables)
                )
            )
        if not left_out:
            pass
        elif self.csv_path is not None:
            sentences.append(
                translate(
                    "compile",
                    "%n answers to prompts this version of the pack does not have (or that no"
                    " longer fit them) are left out of the outcome document and are in the CSV.",
                    None,
                    left_out,
                )
            )
        elif self.xlsx_path is not None:
            sentences.append(
                translate(
                    "compile",
                    "%n answers to prompts this version of the pack does not have (or that no"
                    " longer fit them) are left out of the outcome document and are in the"
                    " spreadsheet.",
                    None,
                    left_out,
                )
            )
        else:
            sentences.append(
                translate(
                    "compile",
                    "%n answers to prompts this version of the pack does not have (or that no"
                    " longer fit them) are left out of the outcome document.",
                    None,
                    left_out,
                )
            )
        if self.docx_path is not None and self.docx_path.is_file():
            size = self.docx_path.stat().st_size
            if size > WORD_FILE_LIMIT:
                sentences.append(
                    translate(
                        "compile",
                        "The Word document is {size} MB, more than the 512 MB Word opens: compile"
                        " it without every answer, and write every answer to a spreadsheet.",
                    ).format(size=-(-size // 2**20))  # (rounded up: never "512 MB, more than 512")
                )
        return " ".join([*sentences, *self.left_out_of_exports])
