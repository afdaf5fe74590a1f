"""The Linux desktop files and the icons rendered for every platform belong together."""

from __future__ import annotations

import configparser
import importlib.util
import io
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "resources" / "linux"
APP_ID = "org.reflectionjournal.JournalApp"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def make_icons_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make_icons.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def console_scripts() -> dict[str, str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return dict(tomllib.load(file)["project"]["scripts"])


def differing_box(image: Image.Image, other: Image.Image) -> tuple[int, int, int, int] | None:
    """Where two pictures differ in any channel, alpha included; None if nowhere."""
    assert image.size == other.size
    difference = ImageChops.difference(image.convert("RGBA"), other.convert("RGBA"))
    return difference.getbbox(alpha_only=False)  # the default looks at alpha only


def largest_difference(image: Image.Image, other: Image.Image) -> int:
    """The largest difference of any channel (alpha included) at any pixel, 0 to 255."""
    assert image.size == other.size
    difference = ImageChops.difference(image.convert("RGBA"), other.convert("RGBA"))
    return max(high for _low, high in difference.getextrema())


# Another Qt version may antialias an edge a few levels differently; a changed drawing moves
# whole pixels between background and ink, a difference of well over 100.
ANTIALIAS_TOLERANCE = 32


@pytest.mark.parametrize("size", SIZES)
def test_hicolor_png_has_its_size_and_is_drawn(size: int) -> None:
    with Image.open(png(size)) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        alpha = image.getchannel("A")
        low, high = alpha.getextrema()
        assert low == 0, "the corners should be transparent"
        assert high == 255, "the icon should be drawn, not blank"
        # Opaque over a good part of the square, with more than one colour.
        opaque = sum(alpha.point(lambda a: 255 if a == 255 else 0).histogram()[255:])
        assert opaque > size * size // 2
        colours = image.convert("RGB").getcolors(maxcolors=size * size)
        assert colours is not None
        assert len(colours) >= 3


def test_scalable_icon_is_the_app_svg() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "journal-app.svg").read_bytes()


def test_ico_holds_the_windows_sizes() -> None:
    with Image.open(ICONS / "journal-app.ico") as ico:
        assert ico.format == "ICO"
        sizes = ico.info["sizes"]
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
        for size in (16, 32, 48, 256):
            ico.size = (size, size)
            ico.load()
            with Image.open(png(size)) as expected:
                assert differing_box(ico, expected) is None


def icns_entries(path: Path) -> dict[str, bytes]:
    """The icon types of an .icns file and their data (big-endian type, length, data)."""
    data = path.read_bytes()
    assert data[:4] == b"icns"
    assert int.from_bytes(data[4:8], "big") == len(data)
    entries, offset = {}, 8
    while offset < len(data):
        length = int.from_bytes(data[offset + 4 : offset + 8], "big")
        entries[data[offset : offset + 4].decode("ascii")] = data[offset + 8 : offset + length]
        offset += length
    return entries


def test_icns_holds_the_macos_sizes() -> None:
    entries = icns_entries(ICONS / "journal-app.icns")
    # ic11/ic12/ic13/ic14 are 16/32/128/256 at 2x: 32, 64, 256 and 512 px.
    pixels = {"ic07": 128, "ic08": 256, "ic09": 512, "ic10": 1024, "ic11": 32, "ic12": 64}
    pixels |= {"ic13": 256, "ic14": 512}
    assert set(pixels) <= set(entries)
    for kind, size in pixels.items():
        with Image.open(io.BytesIO(entries[kind])) as image:
            assert image.format == "PNG"
            assert image.size == (size, size)
            if size <= 512:
                with Image.open(png(size)) as committed:
                    assert differing_box(image, committed) is None


def test_desktop_entry_has_the_keys() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Reflection Journal"
    for key in ("GenericName", "Comment", "Keywords"):
        for language in ("", "[fr]", "[es]"):
            assert entry.get(key + language), f"{key}{language} is missing"
    assert entry["GenericName[fr]"] == "Journal de réflexion"
    assert entry["GenericName[es]"] == "Diario de reflexión"
    assert entry["Comment"] == (
        "Work through reflective prompts offline and keep your answers on your own machine"
    )
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Office;Education;"
    assert entry["StartupWMClass"] == "journal-app"
    assert entry["StartupNotify"] == "true"
    for language in ("", "[fr]", "[es]"):
        keywords = entry["Keywords" + language].split(";")
        assert keywords[-1] == "", "a list ends with ';'"
        assert "diaspora" in keywords or "diáspora" in keywords


def test_desktop_entry_icon_and_command_exist() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert png(48).stem == entry["Icon"]
    assert entry["Exec"] in console_scripts()
    assert console_scripts()[entry["Exec"]] == "journal_app.cli:main"


def test_metainfo_describes_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP.name.removesuffix(".desktop")
    assert root.findtext("metadata_license") == "CC0-1.0"
    launchables = root.findall("launchable")
    assert [(e.get("type"), e.text) for e in launchables] == [("desktop-id", DESKTOP.name)]
    assert [e.text for e in root.findall("provides/binary")] == ["journal-app"]
    assert "journal-app" in console_scripts()
    languages = {e.get("{http://www.w3.org/XML/1998/namespace}lang") for e in root.iter("summary")}
    assert languages == {None, "fr", "es"}
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert [r.get("version") for r in root.findall("releases/release")] == ["0.1.0"]


def test_rendering_again_gives_the_same_pixels(qapp: object, tmp_path: Path) -> None:
    make_icons = make_icons_module()
    written = make_icons.make_icons(tmp_path, sizes=(16, 48), platform_icons=False)
    for size in (16, 48):
        again = make_icons.hicolor_png(tmp_path, size)
        assert again in written
        with Image.open(again) as fresh, Image.open(png(size)) as committed:
            difference = largest_difference(fresh, committed)
            assert difference <= ANTIALIAS_TOLERANCE, (
                f"the {size} px icon differs from a fresh rendering by {difference}/255: "
                "run QT_QPA_PLATFORM=offscreen python tools/make_icons.py"
            )
