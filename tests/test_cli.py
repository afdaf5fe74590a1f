"""The command line: check-pack, help, and one-line errors instead of tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app import cli
from journal_app.store.errors import StoreError

DATA = Path(__file__).parent / "data"
MINIMAL = DATA / "minimal-pack.json"


def test_check_pack_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check-pack", str(MINIMAL)]) == 0
    out = capsys.readouterr().out
    assert (
        out
        == f"OK  {MINIMAL}: Test pack 2.1, 2 sections, 10 prompts (1 with reconstructed wording)\n"
    )


def test_check_pack_reports_every_file_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert cli.main(["check-pack", str(MINIMAL), str(broken), str(tmp_path / "gone.json")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"OK  {MINIMAL}")
    assert lines[1].startswith(f"{broken}:1: not valid JSON: ")
    assert lines[2] == f"{tmp_path / 'gone.json'}: no such file"


def test_check_pack_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["check-pack"])
    assert exit_info.value.code == 2
    assert "the following arguments are required: FILE" in capsys.readouterr().err


def test_a_bug_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(path: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("journal_app.packs.loader.load_pack", explode)
    assert cli.main(["check-pack", str(MINIMAL)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "unexpected error (ZeroDivisionError: boom); this is a bug" in err


def test_resolve_pack_argument_by_bundled_id(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "prompts").mkdir()
    bundled = tmp_path / "prompts" / "demo.json"
    bundled.write_text("{}", encoding="utf-8")
    monkeypatch.setattr("journal_app.resources.prompts_dir", lambda: tmp_path / "prompts")
    assert cli.resolve_pack_argument("demo") == bundled
    assert cli.resolve_pack_argument("other") == Path("other")  # reported later as "no such file"
    assert cli.resolve_pack_argument("demo.json") == Path("demo.json")


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "journal_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_python_dash_m_help_lists_the_commands() -> None:
    result = run_module("--help")
    assert result.returncode == 0
    assert "check-pack" in result.stdout
    assert "--data-dir DIR" in result.stdout
    assert "JOURNAL_APP_HOME" in result.stdout


def test_check_pack_as_a_process_without_qt() -> None:
    code = (
        "import sys; from journal_app.cli import main; rc = main(['check-pack', sys.argv[1]]);"
        " assert 'PySide6' not in sys.modules, 'check-pack imported Qt'; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(MINIMAL)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK")


def test_check_pack_on_the_bundled_journal_by_path_and_by_id(
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundled = Path(__file__).parent.parent / "prompts" / "idiaspora-journal.json"
    assert cli.main(["check-pack", str(bundled), "idiaspora-journal"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert all(
        line.startswith("OK  ") and "iDiaspora Journal 1.1.0, 3 sections" in line for line in lines
    )


@pytest.mark.parametrize(
    "command",
    [
        ["export-pdf", "-o", "out.pdf"],
        ["export-docx", "-o", "out.docx"],
        ["hand-in", "-o", "out.zip"],
    ],
)
def test_reading_commands_never_create_a_data_folder(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "not-yet"
    assert cli.main(["--data-dir", str(data), *command[:2], str(tmp_path / command[2])]) == 1
    assert capsys.readouterr().err.startswith(f"journal-app: There is no journal in {data} yet")
    assert not data.exists()


def test_pack_to_xlsform_and_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    form, back = tmp_path / "form.xlsx", tmp_path / "back.json"
    assert cli.main(["pack-to-xlsform", str(MINIMAL), "-o", str(form)]) == 0
    assert capsys.readouterr().out == (
        f"Wrote {form}: Test pack 2.1 as an XLSForm (29 questions and notes).\n"
    )
    assert cli.main(["pack-from-xlsform", str(form), "-o", str(back)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"Wrote {back}: Test pack 2.1, 2 sections, 10 prompts.\n"
    assert captured.err == ""
    assert cli.main(["check-pack", str(back)]) == 0
    assert capsys.readouterr().out.startswith(f"OK  {back}: Test pack 2.1, 2 sections, 10 prompts")


def test_pack_to_xlsform_takes_a_bundled_pack_by_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = tmp_path / "form.xlsx"
    assert cli.main(["pack-to-xlsform", "virtual-exchange", "-o", str(form)]) == 0
    assert capsys.readouterr().out.startswith(f"Wrote {form}: Virtual exchange 1.0.0 as an XLSForm")


def write_form(path: Path, survey: list[list[str]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for row in survey:
        sheet.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["workshop", "1.0"])
    book.save(path)
    return path


def test_pack_from_xlsform_says_where_a_problem_is_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = write_form(
        tmp_path / "form.xlsx",
        [["type", "name", "label"], ["text", "a", "A"], ["selec_one yn", "b", "B"]],
    )
    out = tmp_path / "pack.json"
    assert cli.main(["pack-from-xlsform", str(form), "-o", str(out)]) == 1
    assert capsys.readouterr().err == (
        f'journal-app: {form}, sheet survey, row 3, column type: unknown question type "selec_one'
        ' yn"\n'
    )
    assert not out.exists()
    assert cli.main(["pack-from-xlsform", str(tmp_path / "gone.xlsx"), "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"journal-app: {tmp_path / 'gone.xlsx'}: no such file\n"
    missing = tmp_path / "no-such-folder" / "form.xlsx"
    assert cli.main(["pack-to-xlsform", str(MINIMAL), "-o", str(missing)]) == 1
    assert capsys.readouterr().err == (
        f"journal-app: The folder {missing.parent} does not exist.\n"
    )


def test_pack_from_xlsform_warns_of_a_missing_licence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = write_form(tmp_path / "form.xlsx", [["type", "name", "label"], ["text", "a", "A?"]])
    out = tmp_path / "pack.json"
    assert cli.main(["pack-from-xlsform", str(form), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"Wrote {out}: workshop 1.0, 1 sections, 1 prompts.\n"
    assert captured.err.startswith("journal-app: warning: the form says nothing of its copyright")
    assert captured.err.count("\n") == 1


def test_xlsform_commands_run_without_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from journal_app.cli import main;"
        " rc = main(['pack-to-xlsform', sys.argv[1], '-o', sys.argv[2]])"
        " or main(['pack-from-xlsform', sys.argv[2], '-o', sys.argv[3]]);"
        " assert 'PySide6' not in sys.modules, 'imported Qt'; sys.exit(rc)"
    )
    form, back = tmp_path / "form.xlsx", tmp_path / "back.json"
    result = subprocess.run(
        [sys.executable, "-c", code, str(MINIMAL), str(form), str(back)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert back.is_file()


def test_the_xlsform_commands_never_write_over_their_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "pack.json"
    pack.write_bytes(MINIMAL.read_bytes())
    assert cli.main(["pack-to-xlsform", str(pack), "-o", str(tmp_path / "." / "pack.json")]) == 1
    assert capsys.readouterr().err == (
        f"journal-app: {tmp_path / '.' / 'pack.json'} is the file being read; choose another"
        " file to write.\n"
    )
    assert pack.read_bytes() == MINIMAL.read_bytes()
    form = tmp_path / "form.xlsx"
    assert cli.main(["pack-to-xlsform", str(pack), "-o", str(form)]) == 0
    before = form.read_bytes()
    (tmp_path / "link.xlsx").symlink_to(form)
    assert cli.main(["pack-from-xlsform", str(form), "-o", str(tmp_path / "link.xlsx")]) == 1
    assert "is the file being read" in capsys.readouterr().err
    assert form.read_bytes() == before


def export_and_handin(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A data folder with the test pack, a hand-in of it, and a submissions export of its form."""
    from journal_app.export.handin import write_handin
    from journal_app.packs import xlsform
    from journal_app.packs.loader import load_pack
    from journal_app.store.answers import TextValue
    from journal_app.store.repository import Repository

    data = tmp_path / "data"
    (data / "packs").mkdir(parents=True)
    (data / "packs" / "test-pack.json").write_bytes(MINIMAL.read_bytes())
    pack = load_pack(MINIMAL)
    with Repository.open(tmp_path / "journals", snapshot_on_open=False) as repository:
        journal = repository.create_journal("Amina", pack)
        free = pack.prompt("free")
        assert free is not None
        repository.save_answer(journal, free, TextValue("from a hand-in"))
        handin = write_handin(repository, pack, journal, tmp_path / "amina")
    names = [q.name for q in xlsform.form_questions(pack) if q.part != "note"]
    export = tmp_path / "export.csv"
    export.write_text(
        ",".join(names) + "\n" + ",".join("from Kobo" if n == "free" else "" for n in names) + "\n",
        encoding="utf-8",
    )
    return data, handin, export


def test_compile_takes_the_pack_from_the_first_hand_in_not_an_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, handin, export = export_and_handin(tmp_path)
    target = tmp_path / "outcome.pdf"
    arguments = ["--data-dir", str(data), "compile", str(export), str(handin), "-o", str(target)]
    assert cli.main(arguments) == 0, capsys.readouterr().err
    assert "2 hand-ins" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(data), "compile", str(export), "-o", str(target)]) == 1
    assert capsys.readouterr().err == (
        "journal-app: a submissions export does not say which prompt pack it is for; give the"
        " pack with --pack FILE\n"
    )


def test_compile_writes_the_outcome_document_as_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from docx import Document

    data, handin, export = export_and_handin(tmp_path)
    word = tmp_path / "outcome.docx"
    base = ["--data-dir", str(data), "compile", str(handin), str(export)]
    assert cli.main([*base, "--docx", str(word)]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out.startswith(f"Compiled 2 hand-ins into {word}.")
    text = "\n".join(p.text for p in Document(str(word)).paragraphs)
    assert "Participant 1: from a hand-in" in text
    assert "Participant 2: from Kobo" in text
    assert not list(tmp_path.glob("*.pdf"))
    assert cli.main(base) == 1  # neither -o nor --docx
    assert capsys.readouterr().err == (
        "journal-app: give the outcome document to write: -o OUT.pdf, --docx OUT.docx or both\n"
    )
    pdf = tmp_path / "outcome.pdf"
    same = tmp_path / "outcome"
    assert cli.main([*base, "-o", str(same), "--docx", str(same)]) == 1
    assert "must be different files" in capsys.readouterr().err
    assert cli.main([*base, "-o", str(word)]) == 1  # a PDF named .docx would not open in Word
    assert capsys.readouterr().err == (
        f"journal-app: {word}: -o writes a PDF; give a Word document with --docx\n"
    )
    assert cli.main([*base, "--docx", str(pdf)]) == 1
    assert capsys.readouterr().err == (
        f"journal-app: {pdf}: --docx writes a Word document; give a PDF with -o\n"
    )


def test_export_docx_writes_the_journal_and_fails_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from docx import Document

    from journal_app.packs.loader import load_pack
    from journal_app.store.answers import TextValue
    from journal_app.store.repository import Repository

    pack = load_pack(MINIMAL)
    data = tmp_path / "data"
    with Repository.open(data, snapshot_on_open=False) as repository:
        journal = repository.create_journal("Amina Haddad", pack)
        free = pack.prompt("free")
        assert free is not None
        repository.save_answer(journal, free, TextValue("An answer to paste into a brief"))
    out = tmp_path / "journal.docx"
    args = ["--data-dir", str(data), "--pack", str(MINIMAL), "export-docx", "-o", str(out)]
    assert cli.main(args) == 0
    assert capsys.readouterr().out == f"Wrote {out}.\n"
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "An answer to paste into a brief" in text
    assert cli.main([*args[:-1], str(tmp_path / "no" / "x.docx")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "does not exist" in err


def protected_folder(tmp_path: Path, passphrase: str) -> Path:
    """A data folder whose journals are protected by ``passphrase``, with one answer."""
    from journal_app.packs.loader import load_pack
    from journal_app.store import cipher
    from journal_app.store.answers import TextValue
    from journal_app.store.repository import Repository

    pack = load_pack(MINIMAL)
    data = tmp_path / "data"
    with Repository.open(data, key=cipher.Key(passphrase)) as repository:
        journal = repository.create_journal("Amina", pack)
        free = pack.prompt("free")
        assert free is not None
        repository.save_answer(journal, free, TextValue("A protected answer"))
        repository.take_snapshot()
    return data


def test_a_protected_folder_takes_its_passphrase_from_the_environment_for_scripts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = protected_folder(tmp_path, "script phrase")
    out = tmp_path / "journal.pdf"
    args = ["--data-dir", str(data), "--pack", str(MINIMAL), "export-pdf", "-o", str(out)]
    monkeypatch.delenv(cli.PASSPHRASE_VARIABLE, raising=False)
    assert cli.main(args) == 1  # no terminal to ask on, no variable: one line
    assert capsys.readouterr().err == (
        f"journal-app: the journals in {data} are protected by a passphrase: run the command in"
        f" a terminal to type it, or set {cli.PASSPHRASE_VARIABLE}\n"
    )
    monkeypatch.setenv(cli.PASSPHRASE_VARIABLE, "not it")
    assert cli.main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"journal-app: That passphrase does not open the journals in {data}.")
    assert err.count("\n") == 1
    monkeypatch.setenv(cli.PASSPHRASE_VARIABLE, "script phrase")
    assert cli.main(args) == 0, capsys.readouterr().err
    assert out.is_file()
    capsys.readouterr()
    assert cli.main(["--data-dir", str(data), "restore", "latest"]) == 0  # encrypted snapshots
    assert capsys.readouterr().out.startswith("Restored journal-")


def at_the_terminal(command: list[str], answer: bytes) -> tuple[int, bytes]:
    """Run ``command`` in a pseudo-terminal; answer its passphrase prompt with ``answer``."""
    return typing_at_the_terminal(command, [(b"Passphrase for the journals in", answer)])


def typing_at_the_terminal(
    command: list[str], script: list[tuple[bytes, bytes]]
) -> tuple[int, bytes]:
    """Run ``command`` in a pseudo-terminal; answer each prompt of ``script`` in turn.

    ``script``: (what the prompt says, what is typed), in order; each is typed once its prompt
    shows after the one before was answered.
    """
    import pty
    import select

    variables = {cli.PASSPHRASE_VARIABLE, cli.NEW_PASSPHRASE_VARIABLE}
    environment = {k: v for k, v in os.environ.items() if k not in variables}
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the command, with the pseudo-terminal as its terminal
        os.execve(sys.executable, command, environment)
    seen = b""
    unread = 0  # where the next prompt is looked for in what was seen
    steps = list(script)
    while True:
        ready, _, _ = select.select([terminal], [], [], 60)
        assert ready, f"the command said nothing for a minute: {seen!r}"
        try:
            chunk = os.read(terminal, 1024)
        except OSError:  # the command ended
            break
        if not chunk:
            break
        seen += chunk
        if steps:
            found = seen.find(steps[0][0], unread)
            if found >= 0:
                os.write(terminal, steps[0][1])
                unread = found + len(steps[0][0])
                steps.pop(0)
    _, status = os.waitpid(pid, 0)
    assert not steps, seen  # every prompt was shown
    return os.waitstatus_to_exitcode(status), seen


def test_the_passphrase_is_asked_on_the_terminal_without_echo(tmp_path: Path) -> None:
    """The real command in a pseudo-terminal, as a person types at it."""
    data = protected_folder(tmp_path, "typed phrase")
    out = tmp_path / "journal.pdf"
    command = [sys.executable, "-m", "journal_app", "--data-dir", str(data)]
    command += ["--pack", str(MINIMAL), "export-pdf", "-o", str(out)]
    status, seen = at_the_terminal(command, b"typed phrase\n")
    assert status == 0, seen
    assert b"typed phrase" not in seen  # not echoed
    assert out.is_file()
    status, seen = at_the_terminal(command, b"\x04")  # Ctrl-D: no passphrase
    assert status == 1, seen
    assert seen.rstrip().endswith(b"journal-app: no passphrase was typed; nothing was opened")


def test_hand_ins_locked_with_a_workshop_passphrase_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.export.handin import is_locked
    from journal_app.packs.loader import load_pack
    from journal_app.store.answers import TextValue
    from journal_app.store.repository import Repository

    pack = load_pack(MINIMAL)
    data = tmp_path / "data"
    with Repository.open(data, snapshot_on_open=False) as repository:
        journal = repository.create_journal("Amina", pack)
        free = pack.prompt("free")
        assert free is not None
        repository.save_answer(journal, free, TextValue("Locked words"))
    handin = tmp_path / "amina.journal.zip"
    base = ["--data-dir", str(data), "--pack", str(MINIMAL)]
    monkeypatch.delenv(cli.WORKSHOP_VARIABLE, raising=False)
    assert cli.main([*base, "hand-in", "-o", str(handin), "--lock"]) == 1  # no terminal
    assert capsys.readouterr().err == (
        "journal-app: a workshop passphrase is needed: run the command in a terminal to type"
        f" it, or set {cli.WORKSHOP_VARIABLE}\n"
    )
    monkeypatch.setenv(cli.WORKSHOP_VARIABLE, "workshop 7")
    assert cli.main([*base, "hand-in", "-o", str(handin), "--lock"]) == 0
    assert is_locked(handin)
    assert b"Locked words" not in handin.read_bytes()
    outcome = tmp_path / "outcome.pdf"
    assert cli.main([*base, "compile", str(handin), "-o", str(outcome)]) == 0
    monkeypatch.setenv(cli.WORKSHOP_VARIABLE, "workshop 8")
    capsys.readouterr()
    assert cli.main([*base, "import", str(handin)]) == 1
    assert capsys.readouterr().err == (
        f"journal-app: {handin}: that workshop passphrase does not open this hand-in.\n"
    )
    assert cli.main([*base, "compile", str(handin), "-o", str(outcome)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "does not open this hand-in" in err
    monkeypatch.setenv(cli.WORKSHOP_VARIABLE, "workshop 7")
    assert cli.main([*base, "import", str(handin), "--name", "Copy"]) == 0


def _found_anywhere(folder: Path, text: str) -> list[str]:
    """The files under ``folder`` in which ``text`` is readable."""
    return [str(p) for p in folder.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def test_the_passphrase_is_set_changed_and_removed_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.packs.loader import load_pack
    from journal_app.store import cipher
    from journal_app.store.answers import TextValue
    from journal_app.store.repository import Repository

    pack = load_pack(MINIMAL)
    data = tmp_path / "data"
    with Repository.open(data) as repository:  # (a backup of the plain journals, too)
        journal = repository.create_journal("Amina", pack)
        free = pack.prompt("free")
        assert free is not None
        repository.save_answer(journal, free, TextValue("Candid words about the ministry"))
    base = ["--data-dir", str(data)]
    monkeypatch.delenv(cli.PASSPHRASE_VARIABLE, raising=False)
    monkeypatch.setenv(cli.NEW_PASSPHRASE_VARIABLE, "first phrase")
    mistyped = tmp_path / "dta"
    assert cli.main(["--data-dir", str(mistyped), "passphrase", "set"]) == 1
    assert capsys.readouterr().err == (
        f"journal-app: There are no journals in {mistyped} yet: start Reflection Journal once,"
        " or check --data-dir; nothing was changed.\n"
    )
    assert not mistyped.exists()  # never a new, protected, empty folder
    monkeypatch.delenv(cli.NEW_PASSPHRASE_VARIABLE, raising=False)
    assert cli.main([*base, "passphrase", "change"]) == 1
    assert capsys.readouterr().err == (
        f"journal-app: the journals in {data} are not protected by a passphrase; to protect"
        " them, use 'journal-app passphrase set'\n"
    )
    assert cli.main([*base, "passphrase", "set"]) == 1  # no terminal, no variable
    assert capsys.readouterr().err == (
        "journal-app: a new passphrase is needed: run the command in a terminal to type it, or"
        f" set {cli.NEW_PASSPHRASE_VARIABLE}\n"
    )
    assert not cipher.is_protected(data)
    assert _found_anywhere(data, "Candid words")  # (the search finds plain answers)

    monkeypatch.setenv(cli.NEW_PASSPHRASE_VARIABLE, "first phrase")
    assert cli.main([*base, "passphrase", "set"]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out == (
        f"The journals in {data} and their backups are now encrypted with your passphrase. It"
        " cannot be recovered if you forget it.\n"
    )
    assert cipher.is_protected(data)
    assert _found_anywhere(data, "Candid words") == []  # the database and every backup
    assert cli.main([*base, "passphrase", "set"]) == 1
    assert "already protected" in capsys.readouterr().err

    monkeypatch.setenv(cli.PASSPHRASE_VARIABLE, "not it")
    monkeypatch.setenv(cli.NEW_PASSPHRASE_VARIABLE, "second phrase")
    assert cli.main([*base, "passphrase", "change"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"journal-app: That passphrase does not open the journals in {data}.")
    monkeypatch.setenv(cli.PASSPHRASE_VARIABLE, "first phrase")
    assert cli.main([*base, "passphrase", "change"]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out == (
        f"The journals in {data} and their backups now open with the new passphrase.\n"
    )
    with pytest.raises(StoreError):  # the old one no longer opens them
        Repository.open(data, key=cipher.Key("first phrase")).close()
    with Repository.open(data, key=cipher.Key("second phrase")) as repository:
        assert repository.journals()[0].name == "Amina"

    monkeypatch.setenv(cli.PASSPHRASE_VARIABLE, "second phrase")
    assert cli.main([*base, "passphrase", "remove"]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out == (
        f"The journals in {data} and their backups are no longer encrypted.\n"
    )
    assert not cipher.is_protected(data)
    with Repository.open(data) as repository:
        answer = repository.answers(repository.journals()[0])["free"]
        assert answer.value == TextValue("Candid words about the ministry")


def test_a_new_passphrase_is_typed_twice_at_the_terminal(tmp_path: Path) -> None:
    """The real command in a pseudo-terminal: typed twice, never echoed; a typo writes nothing."""
    from journal_app.store import cipher
    from journal_app.store.repository import Repository

    data = tmp_path / "data"
    Repository.open(data).close()  # the app started once
    before = sorted(p.name for p in data.rglob("*"))
    command = [sys.executable, "-m", "journal_app", "--data-dir", str(data), "passphrase", "set"]
    status, seen = typing_at_the_terminal(
        command,
        [(b"New passphrase for the journals in", b"typed phrase\n"), (b"again", b"typo\n")],
    )
    assert status == 1, seen
    assert seen.rstrip().endswith(b"journal-app: the two passphrases are not the same")
    assert sorted(p.name for p in data.rglob("*")) == before  # nothing opened or written
    assert not cipher.is_protected(data)
    status, seen = typing_at_the_terminal(
        command,
        [(b"New passphrase for the journals in", b"typed phrase\n"), (b"again", b"typed phrase\n")],
    )
    assert status == 0, seen
    assert b"typed phrase" not in seen  # not echoed
    assert cipher.is_protected(data)
    restore = [sys.executable, "-m", "journal_app", "--data-dir", str(data), "restore", "latest"]
    status, seen = at_the_terminal(restore, b"typed phrase\n")  # it opens with it
    assert status == 0, seen
