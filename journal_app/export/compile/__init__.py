"""Compile the hand-ins of a workshop into an outcome document (PDF), a CSV and a spreadsheet.

A facilitator gathers the participants' hand-ins (``*.journal.zip``, see ``handin``) and compiles
them with :func:`compile_handins`. The package, one concern a module:

- ``run``: the arguments checked, the outputs opened (each written beside its target and renamed
  into place, so a failure or a cancel leaves no half file and older files intact), the
  hand-ins read one at a time, then the document and the tables written;
- ``folding``: each hand-in checked against the pack and folded in, then dropped; only counts
  stay in memory, texts and pictures go to
- ``spool``: a temporary SQLite file in the compile's private work folder, read back by prompt
  (encrypted with a key kept in memory when a hand-in was locked);
- ``tables``: the CSV (long format, written while folding) and the .xlsx (a sheet per prompt);
- ``document``: the outcome document's front matter, order and layout, with the journal PDF's
  kit (``layout``);
- ``synthesis``: its default body, what the group said at a length that does not grow with it;
- ``appendix``: with ``--all-answers``, every answer; ``synthesis`` and ``appendix`` each have
  one renderer per prompt kind (``RENDERERS``), held to every kind by a test;
- ``report``: the errors and the report of what was written.

Participants are anonymous by default ("Participant 1, 2…", numbered in the order the files are
given); their journal names appear only with ``show_names=True``.

Hand-ins made with different versions of the same pack compile together, by prompt id: answers
to prompts this version does not have, or that no longer fit their prompt (another kind, an
option that was removed), are left out of the PDF, counted in the report and on the document's
second page; the CSV keeps them. A hand-in for another pack, or a damaged one, refuses the whole
compile with a message naming the file, and nothing is written: the facilitator removes the file
and runs it again.
"""

from journal_app.export.compile.appendix import TABLE_COLUMN_PARTICIPANT
from journal_app.export.compile.folding import PICTURE_EDGE
from journal_app.export.compile.report import (
    CompileCancelled,
    CompileError,
    CompileReport,
    LockedHandIns,
)
from journal_app.export.compile.run import compile_handins
from journal_app.export.compile.tables import CSV_COLUMNS

__all__ = [
    "CSV_COLUMNS",
    "PICTURE_EDGE",
    "TABLE_COLUMN_PARTICIPANT",
    "CompileCancelled",
    "CompileError",
    "CompileReport",
    "LockedHandIns",
    "compile_handins",
]
