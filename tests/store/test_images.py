"""Pictures on the way in: ``images.normalize`` refuses, turns upright, strips, scales, converts.

Every input is built in memory with Pillow (or by hand, for the decompression bombs), so each test
says exactly what goes in and checks what comes out by opening the result again.
"""

from __future__ import annotations

import io
import json
import random
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image, ImageCms, PngImagePlugin

from journal_app.packs.loader import load_pack_text
from journal_app.packs.model import ImagePrompt, Pack
from journal_app.store import images
from journal_app.store.errors import ImageRejected
from journal_app.store.images import MAX_EDGE, MAX_INPUT_BYTES, MAX_PIXELS, normalize
from journal_app.store.repository import Repository

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"

RED = (255, 0, 0)
BLUE = (0, 0, 255)


# ----------------------------------------------------------------------------- helpers


def encode(image: Image.Image, format: str, **options: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, format=format, **options)
    return out.getvalue()


def reopen(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def noise(size: tuple[int, int], seed: int = 1) -> Image.Image:
    """Photo-like content that does not compress to nothing."""
    rng = random.Random(seed)
    return Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))


def halves(
    size: tuple[int, int], left: tuple[int, int, int], right: tuple[int, int, int]
) -> Image.Image:
    image = Image.new("RGB", size, left)
    image.paste(right, (size[0] // 2, 0, size[0], size[1]))
    return image


def close_to(pixel: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=True))


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
    )


def bilevel_png(width: int, height: int) -> bytes:
    """A valid all-black 1-bit greyscale PNG, written row by row (never held as pixels).

    A huge one is a decompression bomb: a few kilobytes on disk, hundreds of megabytes decoded.
    """
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed bits
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", idat)
        + png_chunk(b"IEND", b"")
    )


def app1_exif_segments(data: bytes) -> list[bytes]:
    """The APP1 "Exif" segments of a JPEG's header (up to the start of the scan)."""
    found = []
    position = 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xDA:  # start of scan: no more metadata segments
            break
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        payload = data[position + 4 : position + 2 + length]
        if marker == 0xE1 and payload.startswith(b"Exif"):
            found.append(payload)
        position += 2 + length
    return found


def camera_exif(orientation: int = 1) -> Image.Exif:
    """EXIF as a phone writes it: make, model, orientation and where the picture was taken."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "EOS 5D"
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.DateTime] = "2024:05:01 12:00:00"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (52.0, 31.0, 12.5)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (13.0, 24.0, 3.0)
    return exif


# ----------------------------------------------------------------------------- refused


@pytest.mark.parametrize(
    "data",
    [
        random.Random(7).randbytes(5000),
        "Dear diary,\nthis is a text file, not a picture. Ça va ?\n".encode() * 20,
        b"",
        b"%PDF-1.7\n" + b"0" * 200,
    ],
    ids=["random-bytes", "text-file", "empty", "pdf"],
)
def test_not_a_picture_is_refused(data: bytes) -> None:
    with pytest.raises(ImageRejected, match="is not a picture that can be read") as caught:
        normalize(data)
    assert str(caught.value).startswith("The picture ")
    assert "JPEG, PNG" in str(caught.value)


def test_a_file_over_the_size_limit_is_refused_with_its_size_and_the_limit() -> None:
    # The size is checked before anything is decoded, so any bytes of that length will do.
    data = bytes(MAX_INPUT_BYTES + 2**19)  # 30.5 MB
    with pytest.raises(ImageRejected) as caught:
        normalize(data, name="holiday.jpg")
    message = str(caught.value)
    assert message.startswith("holiday.jpg is 30.5 MB")
    assert f"up to {MAX_INPUT_BYTES // 2**20} MB" in message


def test_a_file_of_exactly_the_size_limit_is_not_refused_for_its_size() -> None:
    png = encode(Image.new("RGB", (40, 30), RED), "PNG")
    padded = png + bytes(MAX_INPUT_BYTES - len(png))  # trailing bytes after IEND are ignored
    assert len(padded) == MAX_INPUT_BYTES
    result = normalize(padded)
    assert (result.width, result.height) == (40, 30)
    assert len(result.data) < 10_000


def test_a_picture_just_over_max_pixels_is_refused_with_its_dimensions() -> None:
    data = bilevel_png(9000, 9000)  # 81 million pixels: over MAX_PIXELS, under Pillow's own limit
    assert MAX_PIXELS < 9000 * 9000 < Image.MAX_IMAGE_PIXELS
    assert len(data) < 100_000
    with pytest.raises(ImageRejected) as caught:
        normalize(data, name="scan.png")
    message = str(caught.value)
    assert message.startswith("scan.png is 9000 × 9000 pixels")
    assert f"{MAX_PIXELS // 1_000_000} million pixels" in message


@pytest.mark.parametrize("edge", [10_000, 20_000], ids=["100-megapixels", "400-megapixels"])
def test_a_decompression_bomb_is_refused(edge: int) -> None:
    # 100 MP trips Pillow's DecompressionBombWarning, 400 MP its DecompressionBombError: both
    # must end as a refusal, not as a warning, an exception of Pillow, or gigabytes of memory.
    data = bilevel_png(edge, edge)
    assert len(data) < 200_000, "the bomb itself must be small"
    with pytest.raises(ImageRejected, match=r"too many pixels|million pixels") as caught:
        normalize(data, name="bomb.png")
    assert str(caught.value).startswith("bomb.png ")


def test_the_pixel_limit_is_max_pixels(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "MAX_PIXELS", 10_000)
    assert normalize(encode(Image.new("RGB", (100, 100), RED), "PNG")).width == 100
    with pytest.raises(ImageRejected, match="200 × 100 pixels"):
        normalize(encode(Image.new("RGB", (200, 100), RED), "PNG"))


def test_a_truncated_jpeg_is_refused_as_damaged() -> None:
    whole = encode(noise((400, 300)), "JPEG", quality=90)
    assert normalize(whole).width == 400  # the whole file is fine
    with pytest.raises(ImageRejected, match="is damaged or incomplete") as caught:
        normalize(whole[: len(whole) // 2], name="cut.jpg")
    assert str(caught.value).startswith("cut.jpg ")


def test_a_truncated_png_is_refused_as_damaged() -> None:
    whole = encode(noise((300, 200)), "PNG")
    with pytest.raises(ImageRejected, match="is damaged or incomplete"):
        normalize(whole[: len(whole) // 2])


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"not a picture at all", "is not a picture"),
        (bytes(MAX_INPUT_BYTES + 1), "MB; pictures up to"),
    ],
    ids=["not-a-picture", "too-large"],
)
def test_messages_name_the_picture(data: bytes, expected: str) -> None:
    with pytest.raises(ImageRejected) as caught:
        normalize(data, name="Grandma's kitchen.heic")
    assert str(caught.value).startswith("Grandma's kitchen.heic ")
    assert expected in str(caught.value)


# ----------------------------------------------------------------------------- upright, stripped


def test_exif_orientation_is_applied() -> None:
    # As stored: 300 × 200, red on the left, blue on the right. Orientation 6 says "turn me
    # 90° clockwise to view", so upright the picture is 200 × 300 with red on top.
    stored = halves((300, 200), RED, BLUE)
    data = encode(stored, "JPEG", quality=95, exif=camera_exif(orientation=6))
    assert reopen(data).size == (300, 200)

    result = normalize(data)

    assert (result.width, result.height) == (200, 300)
    upright = reopen(result.data).convert("RGB")
    assert upright.size == (200, 300)
    assert close_to(upright.getpixel((100, 40)), RED)
    assert close_to(upright.getpixel((100, 260)), BLUE)
    assert close_to(upright.getpixel((10, 75)), RED)  # not mirrored: red fills the whole top
    assert close_to(upright.getpixel((190, 75)), RED)
    assert ExifTags.Base.Orientation not in upright.getexif()  # not turned a second time


def test_a_picture_without_orientation_is_not_turned() -> None:
    data = encode(halves((300, 200), RED, BLUE), "JPEG", quality=95, exif=camera_exif(1))
    upright = reopen(normalize(data).data).convert("RGB")
    assert upright.size == (300, 200)
    assert close_to(upright.getpixel((40, 100)), RED)
    assert close_to(upright.getpixel((260, 100)), BLUE)


def test_exif_and_gps_are_dropped_from_a_jpeg() -> None:
    data = encode(noise((320, 240)), "JPEG", exif=camera_exif())
    source = reopen(data).getexif()
    assert source[ExifTags.Base.Make] == "Canon"
    assert source.get_ifd(ExifTags.IFD.GPSInfo)  # the input really carries a position
    assert app1_exif_segments(data)

    result = normalize(data)

    assert result.media_type == "image/jpeg"
    assert app1_exif_segments(result.data) == []
    assert b"Exif\x00\x00" not in result.data
    assert b"Canon" not in result.data
    assert b"EOS 5D" not in result.data
    out = reopen(result.data)
    assert dict(out.getexif()) == {}
    assert "exif" not in out.info


def test_xmp_is_dropped_from_a_jpeg() -> None:
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description'
        b' exif:GPSLatitude="52,31.2N" exif:GPSLongitude="13,24.0E"/></rdf:RDF></x:xmpmeta>'
    )
    data = encode(noise((64, 48)), "JPEG", xmp=xmp)
    assert reopen(data).info.get("xmp")
    result = normalize(data)
    assert b"GPSLatitude" not in result.data
    assert "xmp" not in reopen(result.data).info


def test_a_jpeg_comment_is_dropped() -> None:
    # Pillow writes an opened JPEG's comment back when saving unless told otherwise.
    data = encode(noise((64, 48)), "JPEG", comment=b"taken at 12 Elm Street")
    assert reopen(data).info["comment"] == b"taken at 12 Elm Street"
    result = normalize(data)
    assert b"Elm Street" not in result.data
    assert "comment" not in reopen(result.data).info


def test_text_and_exif_are_dropped_from_a_png() -> None:
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "Jane Doe")
    text.add_text("Location", "12 Elm Street", zip=True)
    text.add_itxt("Comment", "Über geheim", lang="de")
    data = encode(Image.new("RGB", (80, 60), RED), "PNG", pnginfo=text, exif=camera_exif())
    source = reopen(data)
    assert source.info["Author"] == "Jane Doe"
    assert source.getexif()[ExifTags.Base.Make] == "Canon"

    result = normalize(data)

    assert result.media_type == "image/png"
    out = reopen(result.data)
    assert dict(out.getexif()) == {}
    assert not {"Author", "Location", "Comment", "exif"} & set(out.info)
    for chunk in (b"tEXt", b"zTXt", b"iTXt", b"eXIf"):
        assert chunk not in result.data
    assert b"Jane Doe" not in result.data


def test_the_colour_profile_is_kept() -> None:
    # Not metadata about the person: without it colours shift.
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encode(noise((64, 48)), "JPEG", icc_profile=profile, exif=camera_exif())
    out = reopen(normalize(data).data)
    assert out.info.get("icc_profile") == profile
    assert dict(out.getexif()) == {}


def test_the_colour_profile_of_a_png_is_kept() -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encode(Image.new("RGB", (64, 48), RED), "PNG", icc_profile=profile)
    assert reopen(data).info.get("icc_profile") == profile
    out = reopen(normalize(data).data)
    assert out.info.get("icc_profile") == profile


# ----------------------------------------------------------------------------- size


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((4800, 1200), (MAX_EDGE, 600)),
        ((1200, 4800), (600, MAX_EDGE)),
        ((3000, 2000), (MAX_EDGE, 1600)),
        ((MAX_EDGE + 1, 10), (MAX_EDGE, 10)),
        ((MAX_EDGE, 1800), (MAX_EDGE, 1800)),
    ],
    ids=["wide", "tall", "camera", "one-over", "exactly-max"],
)
@pytest.mark.parametrize("format", ["JPEG", "PNG"])
def test_long_edge_is_scaled_down_to_max_edge_keeping_aspect_ratio(
    size: tuple[int, int], expected: tuple[int, int], format: str
) -> None:
    data = encode(Image.new("RGB", size, (30, 120, 200)), format)
    result = normalize(data)
    assert (result.width, result.height) == expected
    out = reopen(result.data)
    assert out.size == expected
    assert close_to(
        out.convert("RGB").getpixel((expected[0] // 2, expected[1] // 2)), (30, 120, 200)
    )


@pytest.mark.parametrize(
    ("size", "expected"),
    [((9600, 6400), (MAX_EDGE, 1600)), ((4800, 4800), (MAX_EDGE, MAX_EDGE))],
    ids=["quarter", "half"],
)
def test_a_big_jpeg_is_scaled_while_decoding_without_losing_the_long_edge(
    size: tuple[int, int], expected: tuple[int, int]
) -> None:
    # The decoder may reduce by 1/2, 1/4 or 1/8 (draft), but never below MAX_EDGE.
    data = encode(halves(size, RED, BLUE), "JPEG", quality=80)
    result = normalize(data)
    assert (result.width, result.height) == expected
    out = reopen(result.data)
    assert out.size == expected
    assert close_to(out.getpixel((expected[0] // 8, expected[1] // 2)), RED)
    assert close_to(out.getpixel((expected[0] * 7 // 8, expected[1] // 2)), BLUE)


@pytest.mark.parametrize("format", ["JPEG", "PNG", "GIF", "BMP"])
def test_small_pictures_are_never_scaled_up(format: str) -> None:
    result = normalize(encode(Image.new("RGB", (100, 50), RED), format))
    assert (result.width, result.height) == (100, 50)
    assert reopen(result.data).size == (100, 50)


def test_the_reported_size_matches_the_stored_bytes_after_turning_and_scaling() -> None:
    data = encode(noise((3600, 1200)), "JPEG", exif=camera_exif(orientation=8))
    result = normalize(data)
    assert (result.width, result.height) == (800, MAX_EDGE)
    assert reopen(result.data).size == (result.width, result.height)


# ----------------------------------------------------------------------------- formats


def test_a_jpeg_stays_a_jpeg() -> None:
    result = normalize(encode(noise((640, 480)), "JPEG", quality=95))
    assert result.media_type == "image/jpeg"
    assert result.data[:3] == b"\xff\xd8\xff"
    assert result.data[-2:] == b"\xff\xd9"
    assert reopen(result.data).format == "JPEG"


def test_a_greyscale_jpeg_stays_a_greyscale_jpeg() -> None:
    result = normalize(encode(Image.new("L", (64, 48), 128), "JPEG"))
    assert result.media_type == "image/jpeg"
    out = reopen(result.data)
    assert out.mode == "L"
    assert abs(out.getpixel((5, 5)) - 128) <= 2


def test_a_png_stays_a_png() -> None:
    result = normalize(encode(halves((120, 80), RED, BLUE), "PNG"))
    assert result.media_type == "image/png"
    assert result.data.startswith(b"\x89PNG\r\n\x1a\n")
    out = reopen(result.data).convert("RGB")
    assert out.getpixel((10, 10)) == RED  # PNG is lossless
    assert out.getpixel((110, 10)) == BLUE


@pytest.mark.parametrize("format", ["BMP", "TIFF", "WEBP"])
def test_other_formats_are_stored_as_png(format: str) -> None:
    result = normalize(
        encode(
            halves((120, 80), RED, BLUE), format, **({"lossless": True} if format == "WEBP" else {})
        )
    )
    assert result.media_type == "image/png"
    out = reopen(result.data)
    assert out.format == "PNG"
    assert close_to(out.convert("RGB").getpixel((10, 10)), RED, tolerance=2)


def test_a_drawing_is_stored_as_png_even_from_a_jpeg() -> None:
    data = encode(halves((300, 200), RED, BLUE), "JPEG", quality=95, exif=camera_exif(6))
    result = normalize(data, drawing=True)
    assert result.media_type == "image/png"
    assert result.data.startswith(b"\x89PNG\r\n\x1a\n")
    out = reopen(result.data)
    assert out.format == "PNG"
    assert out.size == (200, 300)  # turned upright as well
    assert dict(out.getexif()) == {}
    assert b"Canon" not in result.data


def test_a_drawing_png_stays_png() -> None:
    result = normalize(encode(Image.new("RGBA", (50, 50), (0, 0, 0, 0)), "PNG"), drawing=True)
    assert result.media_type == "image/png"
    assert reopen(result.data).mode == "RGBA"


def test_rgba_png_keeps_its_transparency() -> None:
    image = Image.new("RGBA", (100, 60), (0, 0, 0, 0))
    image.paste((255, 0, 0, 255), (0, 0, 50, 60))
    image.paste((0, 0, 255, 128), (50, 0, 100, 30))
    result = normalize(encode(image, "PNG"))
    out = reopen(result.data)
    assert result.media_type == "image/png"
    assert out.mode == "RGBA"
    assert out.getpixel((10, 10)) == (255, 0, 0, 255)
    assert out.getpixel((70, 10)) == (0, 0, 255, 128)
    assert out.getpixel((70, 50))[3] == 0


def test_a_big_rgba_png_keeps_its_transparency_when_scaled() -> None:
    image = Image.new("RGBA", (4800, 200), (0, 0, 0, 0))
    image.paste((255, 0, 0, 255), (0, 0, 2400, 200))
    out = reopen(normalize(encode(image, "PNG")).data)
    assert out.size == (MAX_EDGE, 100)
    assert out.mode == "RGBA"
    assert out.getpixel((300, 50)) == (255, 0, 0, 255)
    assert out.getpixel((2100, 50))[3] == 0


def test_palette_png_keeps_its_transparency() -> None:
    image = Image.new("P", (60, 40), 0)
    image.putpalette([255, 255, 255, 255, 0, 0, 0, 0, 255])
    image.paste(1, (0, 0, 30, 40))
    result = normalize(encode(image, "PNG", transparency=0))
    out = reopen(result.data)
    assert result.media_type == "image/png"
    rgba = out.convert("RGBA")
    assert rgba.getpixel((10, 10)) == (255, 0, 0, 255)
    assert rgba.getpixel((50, 10))[3] == 0  # the transparent index is still transparent


def test_greyscale_with_alpha_keeps_its_transparency() -> None:
    image = Image.new("LA", (40, 20), (0, 0))
    image.paste((200, 255), (0, 0, 20, 20))
    out = reopen(normalize(encode(image, "PNG")).data)
    assert out.getpixel((5, 5)) == (200, 255)
    assert out.getpixel((35, 5))[1] == 0


def test_a_cmyk_jpeg_is_stored_as_an_rgb_jpeg() -> None:
    cmyk = Image.new("CMYK", (120, 80), (0, 255, 255, 0))  # red in ink
    cmyk.paste((255, 255, 0, 0), (60, 0, 120, 80))  # blue in ink
    data = encode(cmyk, "JPEG", quality=95)
    assert reopen(data).mode == "CMYK"

    result = normalize(data)

    assert result.media_type == "image/jpeg"
    out = reopen(result.data)
    assert out.mode == "RGB"
    assert close_to(out.getpixel((20, 40)), RED)
    assert close_to(out.getpixel((100, 40)), BLUE)


def test_an_animated_gif_becomes_a_png_of_its_first_frame() -> None:
    frames = [Image.new("RGB", (80, 60), RED), Image.new("RGB", (80, 60), BLUE)]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    assert getattr(reopen(data), "n_frames", 1) == 2

    result = normalize(data)

    assert result.media_type == "image/png"
    out = reopen(result.data)
    assert out.format == "PNG"
    assert (result.width, result.height) == (80, 60)
    assert getattr(out, "n_frames", 1) == 1
    assert b"acTL" not in result.data  # not an animated PNG either
    assert out.convert("RGB").getpixel((40, 30)) == RED


def test_a_camera_jpeg_with_a_second_picture_stays_a_jpeg() -> None:
    # Many phones write a JPEG with extra pictures (a preview, a depth map): Pillow calls it MPO.
    first = halves((640, 480), RED, BLUE)
    preview = Image.new("RGB", (160, 120), (0, 255, 0))
    data = encode(first, "MPO", save_all=True, append_images=[preview], exif=camera_exif())
    assert data[:2] == b"\xff\xd8"  # a JPEG file, as far as any viewer is concerned
    assert reopen(data).format == "MPO"
    result = normalize(data)
    assert result.media_type == "image/jpeg"
    assert (result.width, result.height) == (640, 480)
    out = reopen(result.data)
    assert out.format == "JPEG"  # one picture only: the extra ones are not carried over
    assert close_to(out.getpixel((100, 240)), RED)  # the main picture, not the preview
    assert close_to(out.getpixel((540, 240)), BLUE)
    assert dict(out.getexif()) == {}


def test_a_16_bit_greyscale_png_keeps_its_tones() -> None:
    # Scanners write 16-bit greyscale; a plain conversion to 8 bits clips everything to white.
    image = Image.new("I;16", (40, 20), 32768)  # mid-grey in 16 bits
    image.paste(Image.new("I;16", (20, 20), 8192), (0, 0))  # dark grey
    assert image.getpixel((10, 10)) == 8192
    result = normalize(encode(image, "PNG"))
    assert result.media_type == "image/png"
    out = reopen(result.data).convert("L")
    assert abs(out.getpixel((30, 10)) - 128) <= 2
    assert abs(out.getpixel((10, 10)) - 32) <= 2


# ----------------------------------------------------------------------------- through the store


@pytest.fixture
def pack() -> Pack:
    """The minimal pack plus an image prompt that takes no drawings."""
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    prompts = document["sections"][1]["groups"][0]["prompts"]
    prompts.append({"id": "snap", "kind": "image", "text": "A snapshot.", "max_images": 2})
    return load_pack_text(json.dumps(document), str(MINIMAL))


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    repository = Repository.open(tmp_path / "data")
    yield repository
    repository.close()


def image_prompt(pack: Pack, prompt_id: str) -> ImagePrompt:
    prompt = pack.prompt(prompt_id)
    assert isinstance(prompt, ImagePrompt)
    return prompt


def test_the_repository_stores_normalised_pictures(repo: Repository, pack: Pack) -> None:
    journal = repo.create_journal("x", pack)
    photo = image_prompt(pack, "photo")
    assert photo.max_images == 3
    camera = encode(noise((4800, 3200)), "JPEG", quality=90, exif=camera_exif(orientation=6))
    screenshot = encode(Image.new("RGBA", (300, 200), (0, 128, 0, 255)), "PNG")
    sketch = encode(Image.new("RGB", (500, 400), "white"), "JPEG")

    first = repo.add_image(journal, photo, camera, caption="c")
    second = repo.add_image(journal, photo, screenshot, caption="screen")
    third = repo.add_image(journal, photo, sketch, caption="sketch", drawing=True)

    assert (first.width, first.height) == (1600, MAX_EDGE)  # turned upright, then scaled
    assert first.media_type == "image/jpeg"
    stored = repo.image_bytes(first.id)
    assert first.byte_size == len(stored)
    assert stored[:2] == b"\xff\xd8"
    out = reopen(stored)
    assert out.size == (1600, MAX_EDGE)
    assert dict(out.getexif()) == {}
    assert b"Canon" not in stored
    assert app1_exif_segments(stored) == []

    assert second.media_type == "image/png"
    assert reopen(repo.image_bytes(second.id)).size == (300, 200)
    assert third.media_type == "image/png"
    assert third.is_drawing
    assert not first.is_drawing

    listed = repo.images(journal)
    assert [i.id for i in listed] == [first.id, second.id, third.id]
    assert [i.position for i in listed] == [0, 1, 2]
    assert [i.caption for i in listed] == ["c", "screen", "sketch"]
    assert [i.prompt_id for i in listed] == ["photo"] * 3
    assert listed[0] == first
    assert repo.images(journal, "photo") == listed
    assert repo.images(journal, "snap") == []


def test_the_repository_refuses_a_picture_too_many(repo: Repository, pack: Pack) -> None:
    journal = repo.create_journal("x", pack)
    photo = image_prompt(pack, "photo")
    picture = encode(Image.new("RGB", (64, 48), RED), "PNG")
    for caption in ("one", "two", "three"):
        repo.add_image(journal, photo, picture, caption=caption)

    with pytest.raises(ImageRejected, match="at most 3 picture"):
        repo.add_image(journal, photo, picture, caption="four")

    assert [i.caption for i in repo.images(journal)] == ["one", "two", "three"]


def test_the_repository_refuses_a_drawing_where_none_is_allowed(
    repo: Repository, pack: Pack
) -> None:
    journal = repo.create_journal("x", pack)
    snap = image_prompt(pack, "snap")
    assert not snap.drawing
    picture = encode(Image.new("RGB", (64, 48), RED), "PNG")

    with pytest.raises(ImageRejected, match="does not take drawings"):
        repo.add_image(journal, snap, picture, drawing=True)

    assert repo.images(journal) == []
    stored = repo.add_image(journal, snap, picture)  # the same picture, not as a drawing
    assert repo.images(journal) == [stored]


def test_the_repository_stores_nothing_when_a_picture_is_refused(
    repo: Repository, pack: Pack
) -> None:
    journal = repo.create_journal("x", pack)
    photo = image_prompt(pack, "photo")
    whole = encode(noise((200, 150)), "JPEG")
    for bad in (b"hello", whole[: len(whole) // 2], bilevel_png(9000, 9000)):
        with pytest.raises(ImageRejected):
            repo.add_image(journal, photo, bad, name="bad.jpg")
    assert repo.images(journal) == []
    assert repo.add_image(journal, photo, whole).position == 0
