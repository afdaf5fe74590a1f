"""Interface languages: the translation files, the choice, the window in French, right to left."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from app_scripts import WHEN_OPEN
from PySide6.QtCore import QEvent, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal_app import i18n, language
from journal_app.packs.loader import load_pack
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository
from journal_app.ui.editors.text import TextEditor
from journal_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
MINIMAL = ROOT / "tests" / "data" / "minimal-pack.json"
TRANSLATED = [code for code in language.LANGUAGES if code != language.SOURCE_LANGUAGE]
FIELD = re.compile(r"\{[^{}]*\}|%n|%\d|%\(\w+\)[rs]|%[rs]")

sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source", ""), translation))
    return found


# ----------------------------------------------------------------------------- the files


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_every_message_is_translated(code: str) -> None:
    problems = []
    entries = messages(TRANSLATIONS / f"journal-app_{code}.ts")
    if code == "en":  # English, the source, has a file for its plural forms only
        assert entries
        assert all(t.get("type") != "unfinished" for _c, _s, t in entries)
        assert all("%n" in source for _c, source, _t in entries)
    else:
        assert len(entries) > 150
    for context, source, translation in entries:
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        where = f"{context}: {source[:60]!r}"
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{where} is {translation.get('type')}")
        for text in forms:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            missing = set(FIELD.findall(source)) - set(FIELD.findall(text)) - {"%n"}
            if missing:
                problems.append(f"{where} lost {sorted(missing)}")
            if source.count("&") == 1 and "&" not in text:
                problems.append(f"{where} lost its keyboard accelerator")
    assert not problems, "\n".join(problems)


def test_the_ts_files_list_every_text_of_the_code(tmp_path: Path) -> None:
    # lupdate on today's code into copies: nothing new may appear (a text added without
    # running tools/update_translations.py would reach French users in English).
    copies = []
    for code in [*TRANSLATED, "en"]:
        copy = tmp_path / f"journal-app_{code}.ts"
        shutil.copy(TRANSLATIONS / copy.name, copy)
        copies.append(copy)
    update_translations.lupdate(copies[:-1])
    update_translations.lupdate(copies[-1:], plurals_only=True)
    for copy in copies:
        committed = {(c, s) for c, s, _ in messages(TRANSLATIONS / copy.name)}
        fresh = {(c, s) for c, s, _ in messages(copy)}
        assert fresh - committed == set(), f"run tools/update_translations.py ({copy.name})"
        assert committed - fresh == set(), f"{copy.name} has texts the code no longer uses"


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_the_shipped_qm_is_compiled_from_the_ts(code: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"journal-app_{code}.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [update_translations.qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
        check=True,
        cwd=tmp_path,
    )
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run update_translations"


def test_the_core_messages_are_in_the_ts_files() -> None:
    contexts = {c for c, _s, _t in messages(TRANSLATIONS / "journal-app_fr.ts")}
    assert {"MainWindow", "app", "store", "pdf", "cli"} <= contexts


# ----------------------------------------------------------------------------- the choice


def test_system_language_picks_the_first_one_the_app_has() -> None:
    assert language.system_language(QLocale("fr_CA")) == "fr"
    assert language.system_language(QLocale("es_MX")) == "es"
    assert language.system_language(QLocale("de_DE")) == "en"
    assert language.system_language(QLocale("ar_EG")) == "en"


def test_a_saved_choice_beats_the_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert language.saved_choice(settings) == ""
    language.save_choice(settings, "es")
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert language.saved_choice(again) == "es"
    assert language.resolve("es", QLocale("fr_FR")) == "es"
    assert language.resolve("", QLocale("fr_FR")) == "fr"
    language.save_choice(settings, "xx")  # not one of ours: back to the system's
    assert language.saved_choice(settings) == ""


def test_arabic_system_locale_mirrors_the_layout() -> None:
    rtl = Qt.LayoutDirection.RightToLeft
    assert language.layout_direction("", QLocale("ar_EG")) == rtl
    assert language.layout_direction("", QLocale("fa_AF")) == rtl
    assert language.layout_direction("", QLocale("fr_FR")) == Qt.LayoutDirection.LeftToRight
    assert language.layout_direction("en", QLocale("ar_EG")) == Qt.LayoutDirection.LeftToRight


def test_installing_french_translates_the_core_too(qapp: QApplication) -> None:
    language.install("fr")
    assert language.current() == "fr"
    assert i18n.translate("MainWindow", "&File") == "&Fichier"
    assert QApplication.translate("MainWindow", "&File") == "&Fichier"
    # A core plural message in French, singular then plural.
    most = "This prompt takes at most %n pictures; remove one first."
    assert "1 image" in i18n.translate("store", most, None, 1)
    assert "1 images" not in i18n.translate("store", most, None, 1)
    assert "3 images" in i18n.translate("store", most, None, 3)
    language.install("en")
    assert QApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.translate("MainWindow", "&File") == "&File"


# ----------------------------------------------------------------------------- the window


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_the_window_in_french(qtbot: QtBot, data_dir: Path) -> None:
    language.install("fr")
    pack = load_pack(MINIMAL)
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        settings = language.settings_file(data_dir)
        window = MainWindow(pack, repo, repo.create_journal("Amina", pack), settings)
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[0] == "&Fichier"
        assert window.search.placeholderText().startswith("Rechercher")
        window.close()


def test_changing_the_interface_language_keeps_the_journal_and_the_answer(
    qtbot: QtBot, data_dir: Path
) -> None:
    pack = load_pack(MINIMAL)
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        settings = language.settings_file(data_dir)
        journal = repo.create_journal("Amina", pack)
        window = MainWindow(pack, repo, journal, settings)
        # not qtbot.addWidget(window): the switch deletes it
        window.show()
        prompt_id = "free"
        window.go_to_prompt(prompt_id)
        editor = window.card(prompt_id).editor
        assert isinstance(editor, TextEditor)
        editor.fields[0].setPlainText("Written just before the switch")  # not saved yet
        timer = window.card(prompt_id).timer
        assert timer is not None
        timer.start()
        qtbot.wait(1100)  # a second on the clock
        replaced: list[MainWindow] = []
        window.replaced.connect(replaced.append)

        successor = window.set_interface_language("es")

        assert successor is not None
        qtbot.addWidget(successor)
        assert replaced == [successor]
        assert not window.isVisible()
        assert successor.isVisible()
        # The old window is gone, so nothing of it (a timer's end, an autosave) can act again.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(window)
        new_timer = successor.card(prompt_id).timer
        assert new_timer is not None
        assert not new_timer.running
        assert new_timer.spent() >= 1
        assert repo.answers(journal)[prompt_id].time_spent_seconds >= 1
        assert successor.menuBar().actions()[0].text() != "&File"
        assert language.current() == "es"
        assert language.saved_choice(language.settings_file(data_dir)) == "es"
        assert successor.session.journal.id == journal.id
        assert successor._current_prompt == prompt_id
        saved = repo.answers(journal)[prompt_id].value
        assert saved == TextValue("Written just before the switch")
        successor.close()


RUN_IN_LANGUAGE = (
    """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from journal_app import app
from journal_app.ui.main_window import MainWindow

"""
    + WHEN_OPEN
    + """

def look_then_quit():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.isVisible():
            print("menu:", w.menuBar().actions()[0].text(), flush=True)
            print("direction:", QApplication.layoutDirection().name, flush=True)
            w.close()

qt = QApplication(sys.argv[:1])
QTimer.singleShot(0, lambda: when_open(look_then_quit))
sys.exit(app.run(data_dir=Path(sys.argv[1]), pack_path=Path(sys.argv[2])))
"""
)


def run_app(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LANGUAGE"}}
    environment.update(QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run(
        [sys.executable, "-c", RUN_IN_LANGUAGE, str(data_dir), str(MINIMAL)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("locale", "menu"), [("en_GB.UTF-8", "&File"), ("fr_FR.UTF-8", "&Fichier"), ("es_ES.UTF-8", "")]
)
def test_the_app_starts_in_the_system_language(data_dir: Path, locale: str, menu: str) -> None:
    result = run_app(data_dir, LANG=locale)
    assert result.returncode == 0, result.stderr
    shown = re.search(r"menu: (.*)", result.stdout)
    assert shown is not None, result.stdout
    spanish = {t for c, s, t in messages(TRANSLATIONS / "journal-app_es.ts") if s == "&File"}
    expected = menu or next(iter(spanish)).text
    assert shown.group(1) == expected
    assert "direction: LeftToRight" in result.stdout


def test_the_saved_choice_beats_the_system_language(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    language.save_choice(language.settings_file(data_dir), "fr")
    result = run_app(data_dir, LANG="es_ES.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "menu: &Fichier" in result.stdout


def test_an_arabic_desktop_gets_a_mirrored_window(data_dir: Path) -> None:
    result = run_app(data_dir, LANG="ar_EG.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "direction: RightToLeft" in result.stdout
    assert "menu: &File" in result.stdout  # no Arabic translation yet: English, mirrored


SIGTERM_WHILE_TYPING = (
    """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from journal_app import app
from journal_app.ui.main_window import MainWindow

"""
    + WHEN_OPEN
    + """

def type_then_terminate():
    w = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    prompt = next(p.id for p in w.pack.prompts() if p.kind.value == "text")
    w.go_to_prompt(prompt)
    w.card(prompt).editor.fields[0].setPlainText("typed, then the session ended")
    os.kill(os.getpid(), signal.SIGTERM)

qt = QApplication(sys.argv[:1])
QTimer.singleShot(0, lambda: when_open(type_then_terminate))
sys.exit(app.run(data_dir=Path(sys.argv[1]), pack_path=Path(sys.argv[2])))
"""
)


def test_sigterm_saves_and_closes(data_dir: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SIGTERM_WHILE_TYPING, str(data_dir), str(MINIMAL)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        journal = repo.journals()[0]
        values = [a.value for a in repo.answers(journal).values()]
    assert TextValue("typed, then the session ended") in values


def test_english_plural_forms(qapp: QApplication) -> None:
    language.install("en")
    assert QApplication.translate("ImageEditor", "{0} of %n pictures", "", 1) == "{0} of 1 picture"
    assert QApplication.translate("ImageEditor", "{0} of %n pictures", "", 3) == "{0} of 3 pictures"


def test_the_command_line_speaks_the_saved_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from journal_app import cli

    data = tmp_path / "data"
    data.mkdir()
    language.save_choice(language.settings_file(data), "fr")
    assert cli.main(["--data-dir", str(data), "restore", "nope"]) == 1
    error = capsys.readouterr().err
    (template,) = [
        t.text or ""
        for _c, s, t in messages(TRANSLATIONS / "journal-app_fr.ts")
        if s.startswith("No backup named {name} in {folder}")
    ]
    assert error.startswith("journal-app: " + template.split("{")[0]), error


def test_choosing_the_language_already_shown_keeps_the_window(qtbot: QtBot, data_dir: Path) -> None:
    pack = load_pack(MINIMAL)
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        settings = language.settings_file(data_dir)
        window = MainWindow(pack, repo, repo.create_journal("Amina", pack), settings)
        qtbot.addWidget(window)
        assert window.set_interface_language("en") is window
        assert language.saved_choice(language.settings_file(data_dir)) == "en"
        window.interface_menu.aboutToShow.emit()
        checked = [a.text() for a in window.interface_menu.actions() if a.isChecked()]
        assert checked == ["English"]
        window.close()


def test_the_navigator_reads_in_the_journal_direction(qtbot: QtBot, data_dir: Path) -> None:
    pack = load_pack(MINIMAL)  # an English pack
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # an Arabic desktop
    try:
        with Repository.open(data_dir, snapshot_on_open=False) as repo:
            settings = language.settings_file(data_dir)
            window = MainWindow(pack, repo, repo.create_journal("Amina", pack), settings)
            qtbot.addWidget(window)
            assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
            assert window.navigator.layoutDirection() == Qt.LayoutDirection.LeftToRight
            window.close()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_argparse_words_follow_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from journal_app import cli

    data = tmp_path / "data"
    data.mkdir()
    language.save_choice(language.settings_file(data), "fr")
    with pytest.raises(SystemExit):
        cli.main(["--data-dir", str(data), "export-pdf"])  # -o is missing
    error = capsys.readouterr().err
    french = {
        s: t.text or ""
        for c, s, t in messages(TRANSLATIONS / "journal-app_fr.ts")
        if c == "argparse"
    }
    assert error.startswith(french["usage: "])
    assert french["the following arguments are required: %s"] % "-o/--output" in error
