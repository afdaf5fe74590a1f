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


def test_a_full_temporary_folder_is_named_and_leaves_nothing(tmp_path: Path) -> None:
    if not can_mount():  # pragma: no cover - a kernel without user namespaces
        pytest.fail("this test needs 'unshare -rm' (user and mount namespaces) to make a full disk")
    pack = load_pack(MINIMAL)
    for i in range(1, 13):
        one_participant(tmp_path / "people", pack, i)
    disk = tmp_path / "disk"
    disk.mkdir()
    outcomes: dict[str, str] = {}
    for size in ("150k", "300k", "400k", "4m"):
        out = tmp_path / f"out-{size}"
        out.mkdir()
        session = (
            f'mount -t tmpfs -o size={size} tmpfs "$DISK" && TMPDIR="$DISK" "$PYTHON" -c "$SCRIPT"'
            f' "{out}" "{MINIMAL}" "{tmp_path / "people" / "in"}"'
        )
        result = subprocess.run(
            ["unshare", "-rm", "bash", "-c", session],
            capture_output=True,
            text=True,
            timeout=120,
            env={
                "PATH": "/usr/bin:/bin",
                "DISK": str(disk),
                "PYTHON": sys.executable,
                "SCRIPT": COMPILE,
                "HOME": str(tmp_path),
            },
            check=False,
        )
        assert result.returncode == 0, result.stderr
        outcomes[size] = result.stdout.strip()
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
