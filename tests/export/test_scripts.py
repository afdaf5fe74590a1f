"""Every script of every country's official languages has a bundled font, in the PDF too.

The list comes from CLDR, through Babel: the official languages of every territory (national, de
facto and regional, which is more than the UN member states' national languages), each with its
script from CLDR's likely subtags. The letters checked are real text of each language, from its
own CLDR locale data: the names of languages, countries, scripts, months and days as written in
that language, which use essentially every letter of its alphabet.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from babel import Locale, localedata
from babel.core import get_global
from babel.languages import get_official_languages
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from journal_app.export import fonts


def _script_of(language: str) -> str:
    parts = language.split("_")
    if len(parts) > 1 and len(parts[1]) == 4:
        return parts[1]
    likely = get_global("likely_subtags").get(language, "")
    return str(likely.split("_")[1])


def official_languages() -> dict[str, set[str]]:
    """Script code -> the official languages written in it, in every territory CLDR knows."""
    scripts: dict[str, set[str]] = defaultdict(set)
    for territory in get_global("territory_languages"):
        if len(territory) != 2 or not territory.isalpha():  # regions such as 419
            continue
        for language in get_official_languages(territory, regional=True, de_facto=True):
            scripts[_script_of(language)].add(language)
    return scripts


def native_text(language: str) -> str:
    """Names written in ``language`` itself, from its CLDR locale data."""
    data = Locale.parse(language)._data
    names: list[str] = []
    for key in ("languages", "territories", "scripts"):
        names += data[key].values()
    for key in ("months", "days"):
        for context in data[key].values():
            for width in context.values():
                names += width.values()
    return unicodedata.normalize("NFC", " ".join(names))


OFFICIAL = official_languages()
WITH_DATA = {
    script: sorted(lang for lang in languages if localedata.exists(lang))
    for script, languages in OFFICIAL.items()
}


@pytest.fixture(scope="module", autouse=True)
def bundled() -> None:
    fonts.register_fonts()


def test_cldr_gives_the_scripts_of_the_worlds_official_languages() -> None:
    # A check of the source itself: these must be among them, or the list is not what it says.
    assert {"Latn", "Cyrl", "Arab", "Hans", "Hant", "Jpan", "Kore", "Deva", "Beng", "Taml"} <= set(
        OFFICIAL
    )
    assert {"Khmr", "Mymr", "Thai", "Laoo", "Sinh", "Ethi", "Geor", "Armn", "Thaa", "Tibt"} <= set(
        OFFICIAL
    )
    # Every script has at least one language whose own text CLDR has, to test it with.
    assert all(WITH_DATA.values()), {s for s, langs in WITH_DATA.items() if not langs}


@pytest.mark.parametrize("script", sorted(OFFICIAL))
def test_every_letter_of_every_official_language_has_a_bundled_font(script: str) -> None:
    for language in WITH_DATA[script]:
        text = native_text(language)
        assert len(text) > 200, language
        assert fonts.missing_characters(text) == [], (script, language)


def test_a_pdf_with_a_line_in_each_script_embeds_the_fonts_it_names(tmp_path: Path) -> None:
    lines = {script: native_text(WITH_DATA[script][0])[:60] for script in sorted(OFFICIAL)}
    base = ParagraphStyle("body", fontName="NotoSans", fontSize=10, leading=14)
    story = []
    used: set[str] = set()
    for text in lines.values():
        story.append(fonts.make_paragraph(text, base))
        used |= {run.font for run in fonts.split_runs(text)}
    path = tmp_path / "scripts.pdf"
    SimpleDocTemplate(str(path)).build(story, canvasmaker=fonts.EmbeddedCanvas)
    embedded = set()
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            name = str(font["/BaseFont"]).split("+", 1)[-1]
            embedded.add(name.removesuffix("-0"))
            descendant = font.get("/DescendantFonts")
            if descendant is not None:  # a Type0 font: the file is in its descriptor
                descriptor = descendant[0].get_object()["/FontDescriptor"]
            else:
                descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, name
            assert "/FontFile2" in descriptor.get_object(), f"{name} is not embedded"
    expected = {f"{face}-Regular" if face.startswith("Noto") else face for face in used}
    assert expected <= embedded
    assert len(used) >= 25  # a font of its own for most scripts
