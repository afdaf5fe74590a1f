"""A compile whose temporary folder fills up: the message names that folder, nothing is written.

The temporary folder (``TMPDIR``) is a small tmpfs mounted in a private mount namespace
(``unshare``), too small at some sizes for the spool, at others for the parts of a long outcome
document; the outcome document itself goes to a folder with room. Each compile runs as a process.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from test_synthesis import MINIMAL, one_participant

from journal_app.packs.loader import load_pack

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="tmpfs and mount namespaces")

COMPILE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from journal_app.export.compile import CompileError, compile_handins, document
    from journal_app.packs.loader import load_pack

    out, pack = Path(sys.argv[1]), load_pack(Path(sys.argv[2]))
    handins = sorted(Path(sys.argv[3]).glob("*.journal.zip"))
    document.APPENDIX_IN_PARTS, document.PART_PAGES = 1, 1  # every page a part of its own
    try:
        report = compile_handins(handins, pack, out / "outcome.pdf", all_answers=True)
        print("pages", report.pages)
    except CompileError as error:
        print("refused", error)
    """
)


def can_mount() -> bool:
    return shutil.which("unshare") is not None and (
        subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0
    )


def on_a_small_disk(tmp_path: Path, size: str, script: str, command: str) -> str:
    """Run ``command`` with a tmpfs of ``size`` mounted at ``tmp_path / "disk"``; its output.

    The command runs in bash, in a mount namespace of its own, with ``$DISK``, ``$PYTHON`` and
    ``$SCRIPT`` set. Twelve participants' hand-ins are in ``tmp_path / "people" / "in"`` (made once).
    """
    if not can_mount():  # pragma: no cover - a kernel without user namespaces
        pytest.fail("this test needs 'unshare -rm' (user and mount namespaces) to make a full disk")
    people = tmp_path / "people"
    if not people.exists():
        pack = load_pack(MINIMAL)
        for i in range(1, 13):
            one_participant(people, pack, i)
    disk = tmp_path / "disk"
    disk.mkdir(exist_ok=True)
    result = subprocess.run(
        [
            "unshare",
            "-rm",
            "bash",
            "-c",
            f'mount -t tmpfs -o size={size} tmpfs "$DISK" && {command}',
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "PATH": "/usr/bin:/bin",
            "DISK": str(disk),
            "PYTHON": sys.executable,
            "SCRIPT": script,
            "HOME": str(tmp_path),
        },
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_full_temporary_folder_is_named_and_leaves_nothing(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    outcomes: dict[str, str] = {}
    for size in ("150k", "300k", "400k", "4m"):
        out = tmp_path / f"out-{size}"
        out.mkdir()
        outcomes[size] = on_a_small_disk(
            tmp_path,
            size,
            COMPILE,
            f'TMPDIR="$DISK" "$PYTHON" -c "$SCRIPT" "{out}" "{MINIMAL}"'
            f' "{tmp_path / "people" / "in"}"',
        )
        if outcomes[size].startswith("refused"):
            assert outcomes[size].startswith(f"refused Could not write temporary files in {disk}/")
            assert "Nothing was written." in outcomes[size]
            assert list(out.iterdir()) == []  # not a half document, nor a part, beside its target
        else:
            assert outcomes[size].startswith("pages ")
            assert [p.name for p in out.iterdir()] == ["outcome.pdf"]
    # The small disks fail: the spool, or the parts of the document once the spool fits.
    assert [s for s, o in outcomes.items() if o.startswith("refused")] == ["150k", "300k", "400k"]
    assert outcomes["4m"].startswith("pages ")


WORD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from journal_app.export.compile import CompileError, compile_handins
    from journal_app.packs.loader import load_pack

    out, pack = Path(sys.argv[1]), load_pack(Path(sys.argv[2]))
    handins = sorted(Path(sys.argv[3]).glob("*.journal.zip"))
    try:
        if len(sys.argv) > 4:  # the outcome document elsewhere, the spreadsheet on the disk
            report = compile_handins(
                handins, pack, None, docx_path=Path(sys.argv[4]), xlsx_path=out / "answers.xlsx"
            )
        else:
            report = compile_handins(handins, pack, None, docx_path=out / "outcome.docx")
        print("written", report.document.stat().st_size)
    except CompileError as error:
        print("refused", error)
    """
)


def test_a_full_disk_under_the_word_document_is_named_and_leaves_nothing(tmp_path: Path) -> None:
    """The outcome document as Word on a disk too small for it (a real tmpfs), then big enough.

    The first is refused in one sentence naming the folder, and leaves nothing there.
    """
    disk = tmp_path / "disk"
    outcomes: dict[str, str] = {}
    for size in ("12k", "2m"):
        outcomes[size] = on_a_small_disk(
            tmp_path,
            size,
            WORD,
            f'"$PYTHON" -c "$SCRIPT" "$DISK" "{MINIMAL}" "{tmp_path / "people" / "in"}"'
            ' && ls -A "$DISK"',
        )
    assert outcomes["12k"] == (
        f"refused Could not write the Word document in {disk}: the disk is full. Nothing was"
        " written."
    )  # and `ls` found nothing left on that disk
    written, listed = outcomes["2m"].splitlines()
    assert written.startswith("written ")
    assert int(written.split()[1]) > 12 * 1024  # (bigger than the small disk)
    assert listed == "outcome.docx"


def test_a_full_disk_under_the_spreadsheet_names_the_spreadsheet(tmp_path: Path) -> None:
    """Not the outcome document, written elsewhere with room (and left as it was: not there)."""
    disk = tmp_path / "disk"
    word = tmp_path / "outcome.docx"
    outcome = on_a_small_disk(
        tmp_path,
        "8k",
        WORD,
        f'"$PYTHON" -c "$SCRIPT" "$DISK" "{MINIMAL}" "{tmp_path / "people" / "in"}" "{word}"'
        ' ; ls -A "$DISK"',
    )
    assert outcome == (
        f"refused Could not write {disk / 'answers.xlsx'}: the disk is full. Nothing was written."
    )
    assert not word.exists()


TABLES = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from journal_app.export.compile import CompileError, compile_handins
    from journal_app.packs.loader import load_pack

    disk, pack, elsewhere = Path(sys.argv[1]), load_pack(Path(sys.argv[2])), Path(sys.argv[4])
    handins = sorted(Path(sys.argv[3]).glob("*.journal.zip"))[:1]  # a CSV smaller than a buffer
    try:
        compile_handins(
            handins, pack, None, docx_path=elsewhere / "outcome.docx",
            csv_path=disk / "answers.csv", xlsx_path=elsewhere / "answers.xlsx",
        )
        print("written")
    except CompileError as error:
        print("refused", error)
    """
)


def test_a_full_disk_under_the_csv_is_found_before_any_file_is_put_in_place(
    tmp_path: Path,
) -> None:
    """The CSV's last rows reach the disk only when it is closed: before anything is renamed.

    Its disk is full already (a filler file); the spreadsheet and the Word document go to a
    folder with room and must not be replaced by a compile that failed.
    """
    disk = tmp_path / "disk"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    outcome = on_a_small_disk(
        tmp_path,
        "64k",
        TABLES,
        'head -c 65536 /dev/zero > "$DISK/filler" 2>/dev/null;'
        f' "$PYTHON" -c "$SCRIPT" "$DISK" "{MINIMAL}" "{tmp_path / "people" / "in"}"'
        f' "{elsewhere}"; ls -A "$DISK"',
    )
    refused, listed = outcome.splitlines()
    assert refused == (
        f"refused Could not write {disk / 'answers.csv'}: the disk is full. Nothing was written."
    )
    assert listed == "filler"
    assert list(elsewhere.iterdir()) == []
