"""The core's and the command line's messages go through ``journal_app.i18n.translate``.

A fake translator stands in for Qt's: it knows a few templates in French (marked «FR» so that
nothing can pass by accident) and wraps every other text in « », so a text that escaped
translation, or a field left unfilled, shows. A scan of the sources checks that every
``translate`` call can be read by ``pyside6-lupdate`` (literal context and text, no f-string,
never at import time).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app import cli, i18n
from journal_app.export.compile import CompileReport, compile_handins
from journal_app.export.handin import write_handin
from journal_app.export.pdf import JournalContent, PdfOptions, export_pdf
from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack
from journal_app.store.answers import TextValue
from journal_app.store.db import database_path
from journal_app.store.errors import DatabaseCorrupt, DataFolderLocked, InvalidAnswer, StoreError
from journal_app.store.repository import Repository

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journal_app"
MINIMAL = Path(__file__).parent / "data" / "minimal-pack.json"

FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

FRENCH: dict[tuple[str, str], str] = {
    (
        "store",
        "The journal in {folder} is already open in another copy of Reflection Journal"
        " ({holder}). Close that copy first, or use another data folder.",
    ): "«FR» Le journal de {folder} est déjà ouvert dans une autre copie de Reflection Journal"
    " ({holder}). Fermez d'abord cette copie, ou utilisez un autre dossier de données.",
    (
        "store",
        "The journal database {path} cannot be read ({detail}). It has not been changed."
        " The latest backup is {backup}: restore it with 'journal-app restore {backup}'.",
    ): "«FR» La base de données {path} est illisible ({detail}). Elle n'a pas été modifiée."
    " La dernière sauvegarde est {backup} : restaurez-la avec 'journal-app restore {backup}'.",
    ("pdf", "Contents"): "«FR» Table des matières",
    ("pdf", "{title} — page {page} of {total}"): "{title} — «FR» page {page} sur {total}",
    ("pdf", "A workbook to fill in by hand"): "«FR» Un cahier à remplir à la main",
    ("pdf", "Section {number}: {title}"): "«FR» Partie {number} : {title}",
    ("pdf", "{day} {month} {year}"): "«FR» le {day} {month} {year}",
    **{("pdf", en): fr for en, fr in zip(ENGLISH_MONTHS, FR_MONTHS, strict=True)},
    ("compile", "Outcome document"): "«FR» Document de synthèse",
    ("compile", "Prompts nobody answered"): "«FR» Questions sans réponse",
    (
        "compile",
        "Made with Reflection Journal. The answers are the participants' own.",
    ): "«FR» Fait avec Reflection Journal. Les réponses sont celles des participants.",
    (
        "compile",
        "Compiled %n hand-ins into {pdf} ({pages} pages).",
    ): "«FR» %n dépôts compilés dans {pdf} ({pages} pages).",
    ("compile", "The answers are also in {files}."): "«FR» Les réponses sont aussi dans {files}.",
    (
        "store",
        "No backup named {name} in {folder}; 'journal-app backups' lists them.",
    ): "«FR» Aucune sauvegarde nommée {name} dans {folder} ; 'journal-app backups' les liste.",
    (
        "cli",
        "There is no journal in {folder} yet; nothing to export.",
    ): "«FR» Il n'y a encore aucun journal dans {folder} ; rien à exporter.",
    ("cli", "paper size (default a4)"): "«FR» format du papier (a4 par défaut)",
}


class FakeTranslator:
    """Known templates in French; every other text wrapped in « », to be seen."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def __call__(self, context: str, text: str, n: int = -1) -> str:
        self.asked.append((context, text))
        return FRENCH.get((context, text), f"«{text}»")


@pytest.fixture
def french() -> Iterator[FakeTranslator]:
    translator = FakeTranslator()
    i18n.install(translator)
    try:
        yield translator
    finally:
        i18n.install(None)
    assert i18n.translate("pdf", "Contents") == "Contents"  # English again


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(MINIMAL)


def test_english_is_the_default(tmp_path: Path, pack: Pack) -> None:
    assert i18n.translate("store", "A journal needs a name.") == "A journal needs a name."
    with (
        Repository.open(tmp_path / "data", snapshot_on_open=False) as repository,
        pytest.raises(StoreError, match=r"^A journal needs a name\.$"),
    ):
        repository.create_journal("   ", pack)


# ----------------------------------------------------------------------------- (a) the store


def test_a_locked_data_folder_is_explained_in_the_users_language(
    tmp_path: Path, pack: Pack, french: FakeTranslator
) -> None:
    data_dir = tmp_path / "data"
    with (
        Repository.open(data_dir, snapshot_on_open=False),
        pytest.raises(DataFolderLocked) as caught,
    ):
        Repository.open(data_dir, snapshot_on_open=False)
    message = str(caught.value)
    holder = caught.value.holder
    assert holder is not None
    assert message == (
        f"«FR» Le journal de {data_dir} est déjà ouvert dans une autre copie de Reflection"
        f" Journal ({holder}). Fermez d'abord cette copie, ou utilisez un autre dossier de"
        " données."
    )
    template = (
        "The journal in {folder} is already open in another copy of Reflection Journal"
        " ({holder}). Close that copy first, or use another data folder."
    )
    assert ("store", template) in french.asked


def test_a_damaged_database_is_explained_with_its_latest_backup(
    tmp_path: Path, pack: Pack, french: FakeTranslator
) -> None:
    data_dir = tmp_path / "data"
    with Repository.open(data_dir, snapshot_on_open=False) as repository:
        repository.create_journal("Amina", pack)
    Repository.open(data_dir).close()  # takes the "open" backup
    database_path(data_dir).write_text("These are my notes, not a database.\n" * 200)

    with pytest.raises(DatabaseCorrupt) as caught:
        Repository.open(data_dir)
    error = caught.value
    assert error.latest_backup is not None
    backup = error.latest_backup.name
    assert str(error) == (
        f"«FR» La base de données {database_path(data_dir)} est illisible ({error.detail})."
        f" Elle n'a pas été modifiée. La dernière sauvegarde est {backup} : restaurez-la avec"
        f" 'journal-app restore {backup}'."
    )


def test_reasons_inside_a_message_are_translated_too(
    tmp_path: Path, pack: Pack, french: FakeTranslator
) -> None:
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repository:
        journal = repository.create_journal("Amina", pack)
        note = next(p for p in pack.prompts() if not p.answerable)
        with pytest.raises(InvalidAnswer) as caught:
            repository.save_answer(journal, note, TextValue("no"))
    # The sentence and the reason inside it, each translated, the fields filled.
    assert str(caught.value) == (
        f"«The answer to prompt {note.id!r} does not fit it: «it is a note, which takes no answer»»"
    )


# ----------------------------------------------------------------------------- (b) the PDFs


def test_the_pdfs_fixed_labels_are_translated(
    tmp_path: Path, pack: Pack, french: FakeTranslator
) -> None:
    target = tmp_path / "workbook.pdf"
    report = export_pdf(pack, JournalContent(journal=None), target, PdfOptions(blank=True))
    pages = [page.extract_text() or "" for page in PdfReader(target).pages]
    total = len(pages)
    assert report.pages == total
    text = "\n".join(pages)

    today = date.today()
    assert f"«FR» le {today.day} {FR_MONTHS[today.month - 1]} {today.year}" in pages[0]
    assert "«FR» Un cahier à remplir à la main" in pages[0]
    assert f"Test pack — «FR» page 2 sur {total}" in pages[1]
    assert f"Test pack — «FR» page {total} sur {total}" in pages[-1]
    assert "«FR» Table des matières" in text
    assert "«FR» Partie 1 : First" in text
    # Labels the fake does not know are still translated (wrapped), fields filled.
    assert "«Stick a photo here or draw»" in text
    assert "«Source: Somewhere (2024).»" in text
    unwrapped = text.replace("«Stick a photo here or draw»", "")
    for english in ("Contents", "page 2 of", "Section 1:", "A workbook to fill in", "Stick a"):
        assert english not in unwrapped


def test_the_outcome_documents_labels_are_translated(
    tmp_path: Path, pack: Pack, french: FakeTranslator
) -> None:
    (tmp_path / "in").mkdir()
    handins = []
    for number, name in enumerate(("Amina", "Bo"), start=1):
        with Repository.open(tmp_path / f"data{number}", snapshot_on_open=False) as repository:
            journal = repository.create_journal(name, pack)
            free = pack.prompt("free")
            assert free is not None
            repository.save_answer(journal, free, TextValue(f"Answer of {name}"))
            handins.append(write_handin(repository, pack, journal, tmp_path / "in" / f"h{number}"))
    target, csv = tmp_path / "outcome.pdf", tmp_path / "outcome.csv"
    report = compile_handins(handins, pack, target, csv_path=csv)
    text = "\n".join(page.extract_text() or "" for page in PdfReader(target).pages)

    assert "«FR» Document de synthèse" in text
    assert "«FR» Questions sans réponse" in text
    assert "«FR» Fait avec Reflection Journal. Les réponses sont celles des participants." in text
    assert "«Participant 1»" in text  # "Participant {number}", the field filled
    assert "Outcome document" not in text
    assert "author's own" not in text  # the journal's credit line is replaced, in any language
    assert report.summary() == (
        f"«FR» 2 dépôts compilés dans {target} ({report.pages} pages)."
        f" «FR» Les réponses sont aussi dans {csv}."
    )
    # The CSV is read by machines: its header stays English.
    assert csv.read_text(encoding="utf-8-sig").splitlines()[0].startswith("participant,")


def test_the_compile_summary_is_whole_sentences(french: FakeTranslator) -> None:
    report = CompileReport(Path("out.pdf"), None, handins=1, pages=3, unfit={"free": 2})
    assert report.summary() == (
        "«FR» 1 dépôts compilés dans out.pdf (3 pages). «2 answers to prompts this version of"
        " the pack does not have (or that no longer fit them) are left out of the outcome"
        " document.»"
    )
    assert ("compile", "Compiled %n hand-ins into {pdf} ({pages} pages).") in french.asked


def test_plural_messages_have_an_english_singular_without_qt() -> None:
    text = "This prompt takes at most %n pictures; remove one first."
    assert i18n.translate("store", text, None, 1) == (
        "This prompt takes at most 1 picture; remove one first."
    )
    assert i18n.translate("store", text, None, 3) == (
        "This prompt takes at most 3 pictures; remove one first."
    )
    report = CompileReport(Path("out.pdf"), None, handins=1, pages=3, unfit={"free": 1})
    assert report.summary().startswith("Compiled 1 hand-in into out.pdf (3 pages). 1 answer to")
    # Every plural message of the code has its English forms.
    plural = {(c, t) for c, t in all_translated_texts() if "%n" in t}
    assert plural
    assert plural <= set(i18n.english_plural_forms())


# ----------------------------------------------------------------------------- (c) the CLI


def test_a_cli_error_line_is_translated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], french: FakeTranslator
) -> None:
    data_dir = tmp_path / "data"
    assert cli.main(["--data-dir", str(data_dir), "restore", "nope"]) == cli.EXIT_FAILURE
    err = capsys.readouterr().err
    assert err == (
        f"journal-app: «FR» Aucune sauvegarde nommée 'nope' dans {data_dir / 'backups'} ;"
        " 'journal-app backups' les liste.\n"
    )

    output = tmp_path / "out.pdf"
    status = cli.main(["--data-dir", str(data_dir), "export-pdf", "-o", str(output)])
    assert status == cli.EXIT_FAILURE
    err = capsys.readouterr().err
    assert err == (
        f"journal-app: «FR» Il n'y a encore aucun journal dans {data_dir} ; rien à exporter.\n"
    )
    assert not output.exists()


def test_the_cli_help_is_translated(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], french: FakeTranslator
) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # no line wrapping inside the texts checked
    assert "«Reflection Journal: work through the iDiaspora Journal" in (
        cli.build_parser().format_help()
    )
    with pytest.raises(SystemExit):
        cli.main(["export-pdf", "--help"])
    assert "«FR» format du papier (a4 par défaut)" in capsys.readouterr().out


# ----------------------------------------------------------------------------- (d) the sources

TRANSLATE_NAMES = ("translate", "QT_TRANSLATE_NOOP")
CONTEXTS = {
    "store": {"store"},
    "export": {"export", "pdf", "compile", "handin"},
    "packs": {"packs"},
    "cli.py": {"cli", "argparse"},
}
"""The contexts each area of the core (and the command line) uses."""


def _called_name(call: ast.Call, local_names: set[str]) -> str | None:
    """``translate``/``QT_TRANSLATE_NOOP`` if ``call`` calls journal_app.i18n's, else None."""
    func = call.func
    if isinstance(func, ast.Name) and func.id in local_names:
        return func.id
    if (
        isinstance(func, ast.Attribute)
        and func.attr in TRANSLATE_NAMES
        and isinstance(func.value, ast.Name)
        and func.value.id == "i18n"
    ):
        return func.attr
    return None


def _noop_constants(tree: ast.Module, local_names: set[str]) -> dict[str, set[str]]:
    """Module-level names bound to ``QT_TRANSLATE_NOOP`` texts, with the contexts used."""
    found: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        contexts = {
            call.args[0].value
            for call in ast.walk(value)
            if isinstance(call, ast.Call)
            and _called_name(call, local_names) == "QT_TRANSLATE_NOOP"
            and call.args
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
        }
        if contexts:
            found.update({t.id: contexts for t in targets if isinstance(t, ast.Name)})
    return found


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


class _Scanner(ast.NodeVisitor):
    """Finds ``translate`` calls lupdate could not read, or that run at import time."""

    def __init__(self, tree: ast.Module, where: str) -> None:
        self.where = where
        self.problems: list[str] = []
        self.local: set[str] = set()
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module == "journal_app.i18n":
                for alias in node.names:
                    if alias.name in TRANSLATE_NAMES:
                        if alias.asname not in (None, alias.name):
                            self.problems.append(
                                f"{where}: {alias.name} imported as {alias.asname}"
                            )
                        self.local.add(alias.name)
        self.constants = _noop_constants(tree, self.local)
        self.depth = 0  # functions entered: 0 is code that runs at import time
        self.calls: list[tuple[str, str]] = []

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:  # noqa: N802
        for outer in [*node.decorator_list, *node.args.defaults, *node.args.kw_defaults]:
            if outer is not None:
                self.visit(outer)
        self.depth += 1
        for statement in node.body:
            self.visit(statement)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815

    def visit_Lambda(self, node: ast.Lambda) -> None:  # noqa: N802
        for outer in [*node.args.defaults, *node.args.kw_defaults]:
            if outer is not None:
                self.visit(outer)
        self.depth += 1
        self.visit(node.body)
        self.depth -= 1

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        name = _called_name(node, self.local)
        if name is not None:
            self.check(node, name)
        self.generic_visit(node)

    def check(self, node: ast.Call, name: str) -> None:
        where = f"{self.where}:{node.lineno}: {ast.unparse(node)[:80]}"
        plural = name == "translate" and len(node.args) == 4
        if node.keywords or not (len(node.args) == 2 or plural):
            self.problems.append(
                f"{where}: needs (context, text) or (context, text, None, n), by position"
            )
            return
        if plural and not (isinstance(node.args[2], ast.Constant) and node.args[2].value is None):
            self.problems.append(f"{where}: the third argument of a plural is None")
            return
        context, text = node.args[:2]
        if _literal(text) and ("%n" in str(text.value)) != plural:  # type: ignore[attr-defined]
            self.problems.append(f"{where}: %n and the count go together")
            return
        if not _literal(context):
            self.problems.append(f"{where}: the context is not a string literal")
            return
        assert isinstance(context, ast.Constant)
        if name == "translate" and self.depth == 0:
            self.problems.append(f"{where}: translated at import time")
        if _literal(text):
            assert isinstance(text, ast.Constant)
            self.calls.append((str(context.value), str(text.value)))
            return
        base = text.value if isinstance(text, ast.Subscript) else text
        if (
            name == "translate"
            and isinstance(base, ast.Name)
            and self.constants.get(base.id) == {context.value}
        ):
            return  # a QT_TRANSLATE_NOOP constant, translated in its own context
        kind = "an f-string" if isinstance(text, ast.JoinedStr) else "not a string literal"
        self.problems.append(f"{where}: the text is {kind}")


def scan(source: str, where: str = "<source>") -> _Scanner:
    tree = ast.parse(source)
    scanner = _Scanner(tree, where)
    scanner.visit(tree)
    return scanner


def _area(path: Path) -> str | None:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if relative.parts[0] in CONTEXTS else None


def test_lupdate_can_read_every_translated_text() -> None:
    problems: list[str] = []
    found: list[tuple[str, str]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        scanner = scan(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
        problems += scanner.problems
        found += scanner.calls
        area = _area(path)
        if area is not None:
            wrong = {c for c, _ in scanner.calls} - CONTEXTS[area]
            problems += [
                f"{path.relative_to(ROOT)}: context {c!r} is not its area's" for c in wrong
            ]
    assert problems == []
    assert len(found) > 200  # the scan really sees the core's and the CLI's messages
    # A text is a template with named fields (never positional: translators reorder them).
    positional = [text for _, text in found if "{}" in text or "{0" in text]
    assert positional == []


def test_the_scan_catches_what_lupdate_would_miss() -> None:
    bad = scan(
        "from journal_app.i18n import QT_TRANSLATE_NOOP, translate\n"
        "LABEL = QT_TRANSLATE_NOOP('pdf', 'Contents')\n"
        "EAGER = translate('pdf', 'Contents')\n"
        "def f(name, what):\n"
        "    translate('store', f'no journal {name}')\n"
        "    translate('store', what)\n"
        "    translate(what, 'text')\n"
        "    translate('store', 'a' + 'b')\n"
        "    translate('store', LABEL)\n"  # its context is "pdf"
        "    translate('pdf', LABEL)\n"  # fine
        "    translate('store', 'one ' 'text')\n"  # fine: lupdate joins adjacent literals
        "    translate('store', '%n things', None, 2)\n"  # fine: a plural
        "    translate('store', '%n things', n=2)\n"  # lupdate ignores n=
        "    translate('store', 'two things', None, 2)\n"  # a count without %n
    )
    assert len(bad.problems) == 8, bad.problems
    assert "import time" in bad.problems[0]
    assert "an f-string" in bad.problems[1]
    assert ("store", "one text") in bad.calls


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, None),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "es:en"}, "es"),
        ({"LC_ALL": "C.UTF-8", "LANGUAGE": "fr", "LANG": "es_ES.UTF-8"}, "en"),
        ({"LC_MESSAGES": "es_MX.UTF-8", "LANG": "fr_FR.UTF-8"}, "es"),
        ({"LANGUAGE": "de:fr", "LANG": "de_DE.UTF-8"}, "fr"),
    ],
)
def test_the_environment_language_follows_gettext_rules(
    environ: dict[str, str], expected: str | None
) -> None:
    assert i18n.environment_language(environ) == expected


def test_the_saved_language_is_read_without_qt(tmp_path: Path) -> None:
    assert i18n.saved_language(tmp_path) == ""
    (tmp_path / "settings.ini").write_text("[interface]\nlanguage=es\n", encoding="utf-8")
    assert i18n.saved_language(tmp_path) == "es"
    (tmp_path / "settings.ini").write_text("[interface]\nlanguage=xx\n", encoding="utf-8")
    assert i18n.saved_language(tmp_path) == ""
    (tmp_path / "settings.ini").write_bytes(b"\xff\xfe not an ini")
    assert i18n.saved_language(tmp_path) == ""


def all_translated_texts() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += scan(path.read_text(encoding="utf-8"), str(path)).calls
    return found
