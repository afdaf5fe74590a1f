"""Pictures on the way in: validated and normalised with Pillow before they are stored.

- refused with a clear message: not a picture, damaged, over ``MAX_INPUT_BYTES``, or more than
  ``MAX_PIXELS`` pixels (a decompression bomb: a small file that would need gigabytes);
- turned upright (EXIF orientation), then stripped of EXIF, GPS and text metadata: a receipt
  photo must not carry where it was taken;
- scaled down to ``MAX_EDGE`` pixels on the long edge (never up);
- JPEG photos stay JPEG; drawings, screenshots and everything else are stored as PNG.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from journal_app.i18n import translate
from journal_app.store.errors import ImageRejected

ACCEPTED_FORMATS = ("JPEG", "PNG", "GIF", "BMP", "WEBP", "TIFF")
"""The only formats Pillow may decode here (``Image.open(formats=…)``): without the list it would
hand an EPS file, whatever its name, to Ghostscript, an external program. (Pillow opens MPO, the
JPEG of phones with extra pictures, through its JPEG opener.)"""

MAX_INPUT_BYTES = 30 * 1024 * 1024
MAX_PIXELS = 80_000_000
MAX_EDGE = 2400
JPEG_QUALITY = 88


@dataclass(frozen=True, slots=True)
class NormalizedImage:
    """A picture ready to store."""

    data: bytes
    media_type: str
    width: int
    height: int


def normalize(
    data: bytes,
    *,
    drawing: bool = False,
    name: str | None = None,
    formats: tuple[str, ...] = ACCEPTED_FORMATS,
    max_edge: int = MAX_EDGE,
) -> NormalizedImage:
    """Validate and normalise picture bytes.

    Args:
        data: the file's bytes, as pasted, dropped or chosen.
        drawing: the picture comes from the drawing pad (always stored as PNG).
        name: how to call the picture in messages (e.g. its file name, or "The pasted
            picture" in the user's language); "The picture" (translated) if not given.
        formats: the formats accepted (a subset of ``ACCEPTED_FORMATS``): a hand-in's
            ``images/1.png`` must be a PNG.
        max_edge: the long edge, in pixels, a bigger picture is scaled down to (the outcome
            document of a compile prints pictures smaller than a journal keeps them).

    Raises:
        ImageRejected: with a message saying what is wrong.
    """
    # Pillow is imported when a picture arrives, not when the app starts.
    from PIL import Image, ImageOps, UnidentifiedImageError  # noqa: PLC0415

    if name is None:
        name = translate("store", "The picture")
    if len(data) > MAX_INPUT_BYTES:
        raise ImageRejected(
            translate(
                "store", "{name} is {size:.1f} MB; pictures up to {limit} MB can be added."
            ).format(name=name, size=len(data) / 2**20, limit=MAX_INPUT_BYTES // 2**20)
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(
                io.BytesIO(data), formats=[f for f in formats if f in ACCEPTED_FORMATS]
            )
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ImageRejected(
                    translate(
                        "store",
                        "{name} is {width} × {height} pixels, more than the {limit} million"
                        " pixels a picture may have.",
                    ).format(name=name, width=width, height=height, limit=MAX_PIXELS // 1_000_000)
                )
            # MPO is a JPEG with extra pictures (previews, depth maps), as many phones write.
            keep_jpeg = image.format in ("JPEG", "MPO") and not drawing
            if keep_jpeg:
                # Let the JPEG decoder scale down by 1/2, 1/4 or 1/8 while decoding.
                image.draft("RGB", (max_edge, max_edge))
            image.load()
    except ImageRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRejected(
            translate("store", "{name} has too many pixels to be opened safely.").format(name=name)
        ) from None
    except UnidentifiedImageError:
        if formats != ACCEPTED_FORMATS:
            raise ImageRejected(
                translate("store", "{name} is not a {format} picture.").format(
                    name=name, format=formats[0]
                )
            ) from None
        raise ImageRejected(
            translate(
                "store",
                "{name} is not a picture that can be read (JPEG, PNG, GIF, BMP, WebP or TIFF).",
            ).format(name=name)
        ) from None
    except (OSError, ValueError, SyntaxError) as error:
        raise ImageRejected(
            translate("store", "{name} is damaged or incomplete ({error}).").format(
                name=name, error=error
            )
        ) from None

    icc_profile = image.info.get("icc_profile")
    transparency = image.info.get("transparency")
    upright = ImageOps.exif_transpose(image)
    # Pillow writes parts of ``info`` (comments, EXIF…) back when saving: keep none of it.
    upright.info = {} if transparency is None else {"transparency": transparency}
    if upright.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16-bit greyscale (scans): scale to 8 bits; a plain conversion would clip to white.
        upright = upright.convert("I").point(lambda v: v / 256).convert("L")
    if max(upright.size) > max_edge:
        upright.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS)

    out = io.BytesIO()
    if keep_jpeg:
        if upright.mode not in ("RGB", "L"):
            upright = upright.convert("RGB")
        options: dict[str, object] = {"quality": JPEG_QUALITY}
        if icc_profile:
            options["icc_profile"] = icc_profile
        upright.save(out, format="JPEG", **options)
        media_type = "image/jpeg"
    else:
        if upright.mode not in ("RGB", "RGBA", "L", "LA", "P", "1"):
            upright = upright.convert("RGBA" if "A" in upright.getbands() else "RGB")
        upright.save(out, format="PNG", **({"icc_profile": icc_profile} if icc_profile else {}))
        media_type = "image/png"
    return NormalizedImage(out.getvalue(), media_type, upright.width, upright.height)
