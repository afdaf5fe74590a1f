"""Render the app icon into the files desktop platforms want (offscreen, no screen needed).

Usage: ``QT_QPA_PLATFORM=offscreen python tools/make_icons.py [OUT_DIR]`` (default
``resources/icons``). From ``resources/icons/journal-app.svg`` it writes:

- ``hicolor/<N>x<N>/apps/org.reflectionjournal.JournalApp.png`` for N in 16 … 512 and
  ``hicolor/scalable/apps/org.reflectionjournal.JournalApp.svg`` (the freedesktop icon theme
  layout: a packager copies the ``hicolor`` tree as it is);
- ``journal-app.ico`` (Windows: 16 … 256) and ``journal-app.icns`` (macOS: 32 … 1024).

The 16 and 24 px icons come from hand-tuned drawings on a pixel grid (``journal-app-16.svg``,
``journal-app-24.svg``): the full drawing shrunk that far is a blur. Qt renders each SVG onto a
transparent image with antialiasing; Pillow writes the files, so the output is the same pixels
on every run.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
APP_ID = "org.reflectionjournal.JournalApp"
SOURCE = "journal-app.svg"
#: Drawings made for one small size, pixel for pixel; every other size scales SOURCE.
SMALL_SOURCES = {16: "journal-app-16.svg", 24: "journal-app-24.svg"}
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)

_keep: list[QGuiApplication] = []  # the application made by render(), alive until exit


def source_for(size: int, icons_dir: Path = ICONS) -> Path:
    """The SVG drawn for a size.

    Args:
        size: The icon's width and height in pixels.
        icons_dir: The folder holding the SVG drawings.

    Returns:
        The hand-tuned drawing for a small size, else the full one.
    """
    return icons_dir / SMALL_SOURCES.get(size, SOURCE)


def render(svg: Path, size: int) -> Image.Image:
    """Render an SVG onto a transparent square, antialiased.

    Args:
        svg: The SVG file.
        size: The width and height in pixels.

    Returns:
        The picture as a Pillow RGBA image (straight, not premultiplied, alpha).

    Raises:
        ValueError: Qt cannot read the SVG.
    """
    if QCoreApplication.instance() is None:
        _keep.append(QGuiApplication(sys.argv[:1]))
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: Qt cannot read this SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())[: rgba.sizeInBytes()]
    return Image.frombytes("RGBA", (size, size), data, "raw", "RGBA", rgba.bytesPerLine())


def hicolor_png(out_dir: Path, size: int) -> Path:
    """Where the hicolor theme keeps the app's PNG of a size.

    Args:
        out_dir: The folder holding the ``hicolor`` tree.
        size: The icon's width and height in pixels.

    Returns:
        ``out_dir/hicolor/<size>x<size>/apps/<app id>.png``.
    """
    return out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def make_icons(
    out_dir: Path = ICONS,
    sizes: Sequence[int] = HICOLOR_SIZES,
    *,
    platform_icons: bool = True,
    icons_dir: Path = ICONS,
) -> list[Path]:
    """Write the hicolor PNGs and scalable SVG, and the Windows and macOS icons.

    Args:
        out_dir: Where to write (``resources/icons`` by default).
        sizes: The hicolor PNG sizes to write.
        platform_icons: Also write ``journal-app.ico`` and ``journal-app.icns``.
        icons_dir: The folder holding the SVG drawings.

    Returns:
        The files written.
    """
    written: list[Path] = []
    rendered: dict[int, Image.Image] = {}

    def picture(size: int) -> Image.Image:
        if size not in rendered:
            rendered[size] = render(source_for(size, icons_dir), size)
        return rendered[size]

    for size in sizes:
        path = hicolor_png(out_dir, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        picture(size).save(path, format="PNG", optimize=True)
        written.append(path)

    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icons_dir / SOURCE, scalable)
    written.append(scalable)

    if platform_icons:
        ico = out_dir / "journal-app.ico"
        largest = picture(max(ICO_SIZES))
        largest.save(
            ico,
            format="ICO",
            sizes=[(s, s) for s in ICO_SIZES],
            append_images=[picture(s) for s in ICO_SIZES if s != largest.width],
        )
        written.append(ico)

        icns = out_dir / "journal-app.icns"
        largest = picture(max(ICNS_SIZES))
        largest.save(
            icns,
            format="ICNS",
            append_images=[picture(s) for s in ICNS_SIZES if s != largest.width],
        )
        written.append(icns)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Write the icons into OUT_DIR (default ``resources/icons``) and list them.

    Args:
        argv: The command-line arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    out_dir = Path(args[0]) if args else ICONS
    for path in make_icons(out_dir):
        print(f"{path.stat().st_size:>8}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
