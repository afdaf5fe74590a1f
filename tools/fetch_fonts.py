"""Fetch the bundled fonts from Debian's archive, byte for byte, and index what they cover.

    python tools/fetch_fonts.py            # download, check, extract into resources/fonts/
    python tools/fetch_fonts.py --check    # only check the files there (no network)

Every font comes unmodified from a Debian package: the package file and each font file are
checked against the SHA-256 sums below, so the fonts in the repository can be reproduced and
audited. The same run writes ``resources/fonts/fonts.json``: each file's checksum, package and
the code points it covers (as ReportLab reads its ``cmap``), which lets the app pick a font for
a character without opening any font file, and open only the fonts a document needs.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import lzma
import sys
import tarfile
import urllib.request
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
FONT_DIR = ROOT / "resources" / "fonts"
INDEX = FONT_DIR / "fonts.json"
CACHE = Path.home() / ".cache" / "journal-app-fonts"

# Debian's pool keeps a release's packages; snapshot.debian.org keeps them for ever.
POOL = "https://deb.debian.org/debian/pool/main/"
SNAPSHOT = "https://snapshot.debian.org/archive/debian/20240101T000000Z/pool/main/"


class Package(NamedTuple):
    """A Debian package and the fonts taken from it."""

    path: str  # under pool/main/
    sha256: str
    folder: str  # where its fonts are inside the package
    files: dict[str, str]  # font file name -> SHA-256


NOTO = "./usr/share/fonts/truetype/noto/"

PACKAGES = (
    Package(
        "f/fonts-noto/fonts-noto-core_20201225-1_all.deb",
        "58f4f0bb6720f919f92096b3508e1412a0f1544424ade6c5b5bf1eb694dd64ba",
        NOTO,
        {},  # filled in below, from FILES
    ),
    Package(
        "f/fonts-dejavu/fonts-dejavu-core_2.37-6_all.deb",
        "8892669e51aab4dc56682c8e39d8ddb7d70fad83c369344e1e240bf3ca22bb76",
        "./usr/share/fonts/truetype/dejavu/",
        {},
    ),
    Package(
        "f/fonts-wqy-zenhei/fonts-wqy-zenhei_0.9.45-8_all.deb",
        "cfed2c29164ff2f133e40ed2046610b172b8618d174840936ac4ec9b6fd668e7",
        "./usr/share/fonts/truetype/wqy/",
        {},
    ),
    Package(
        "f/fonts-ipaexfont/fonts-ipaexfont-gothic_00401-5_all.deb",
        "0e3d7f1f7449ca6424fbe52788dcfe69f65636a9641be1f7cc62bd6cc20f3fd8",
        "./usr/share/fonts/opentype/ipaexfont-gothic/",
        {},
    ),
)

# file name -> (package index, SHA-256)
FILES: dict[str, tuple[int, str]] = {}


def _add(package: int, sums: str) -> None:
    for line in sums.strip().splitlines():
        digest, name = line.split()
        FILES[name] = (package, digest)
        PACKAGES[package].files[name] = digest


_add(
    0,
    """
    89c3c497f618fdaa0b2d1e98fef93582f28c71debd2c4a8cdf41f190ced2909d NotoSans-Regular.ttf
    e83493c945848ecd4a9ad0f6d19164541a0d3e23a9c952304a00a46e00272ac5 NotoSans-Bold.ttf
    5d7618dda819443fd07301c84adcee9fe8960c873ea5e5e1f0f59db384b78082 NotoSans-Italic.ttf
    4315b26e5afb62f70f5ffe0edaa3363e57765ff2af2beda12b6fef197e3e5f5a NotoSans-BoldItalic.ttf
    504d7407d86875acf7d04dfaa0fd7524d0b8797723bc4aa18022f29db25b0b6e NotoSansArabic-Regular.ttf
    ded6fc7359ca36d15d7aab9ef0c066e21ce48b26a069994d6602fa2cb9a1b952 NotoSansArabic-Bold.ttf
    436900d5ad77d33e4234247f3076eaecd25b92b9bea0519514f684140e3566a7 NotoSansHebrew-Regular.ttf
    d3b01343f71e8a93fffb84c345a1aecbaf4694b98d0eaace916cb9eac9e6dcd3 NotoSansHebrew-Bold.ttf
    58bc43b062961b38ee45757d2e74e6a991a12011aa0399fb03004ac432e5c852 NotoSansEthiopic-Regular.ttf
    cc16f0c43be76a2ecb5f6d08de4fe6705886b9be90251bfb5959a90955be7f1d NotoSansEthiopic-Bold.ttf
    79a470365ccb210fa3c7d8d8ff2e005ef9d983cfd067f735a0caf7e15070ca9f NotoSansDevanagari-Regular.ttf
    77ad688cfe1dc55185bf4edb4db3c614202c65dd23a1463ad0e23fc52bcc9a5c NotoSansDevanagari-Bold.ttf
    9636c32c121f4fc1fc6963dfad60ea32c41889507118a46f83a818eacf40348e NotoSansArmenian-Regular.ttf
    a0f398d0205f0b96d6637ac66d92e6e42b230f8ed3853a050d0aa5792eb9b7f7 NotoSansArmenian-Bold.ttf
    9bb35b3547829ecc42041b6017e87fd4c5f1da1edcd00f59171777050f346018 NotoSansBengali-Regular.ttf
    22c9ff99baca4d31c531ce450a1369beed889467e1ad964f4b8a6f810aa46955 NotoSansBengali-Bold.ttf
    66b4f453f27d176045bab8e168397ec46322d74306931c807f500eb41c984157 NotoSansCanadianAboriginal-Regular.ttf
    7e6bf0f2b0795a238f090380a180d545a4d911b5a404dc1f478436b7c4c1b067 NotoSansCanadianAboriginal-Bold.ttf
    ba75f2154fef9beac8439f94c631dc37ef9c708d32f9254bb019afdfa9aa3138 NotoSansGeorgian-Regular.ttf
    2cee22513f5c94b5577fe1a91df94836dc9825ac78e5b3a9f3c49d1f038a5f11 NotoSansGeorgian-Bold.ttf
    4468a3a24516831874fb4a867b760a22257944584e478d32a97e3c4d4bfc6400 NotoSansGujarati-Regular.ttf
    db2b642c28b021da8cb0f3463bf41376549c850aa718ca863ec3ff5d5df0f2f7 NotoSansGujarati-Bold.ttf
    1db960ff6f506a98f5b3ece78f54618388c6187e7edf8ceee5ab63389c0db3ab NotoSansGurmukhi-Regular.ttf
    ded9c1f56a7ed0b835cfef5dd642f26cfc0f41a16fbc08008d376ddcc91d606e NotoSansGurmukhi-Bold.ttf
    892b841b0b87ca3c2702bdc78d3031c8220f53e8f5f496ec5e37ccf0ca03ddf7 NotoSansKannada-Regular.ttf
    fcb9918669a24e33b1464b33eeac24e9a0f54a50393dfdaeb1e596cfcf2dac47 NotoSansKannada-Bold.ttf
    bc9a5e2afcee249849e409aabe6e22330c479b878ea3e59bf5e7c84482d7ee53 NotoSansKhmer-Regular.ttf
    cc74e7ac685da9a84e18b773ec8d80d06765aa1754bb14acc390c3620023c4dc NotoSansKhmer-Bold.ttf
    6c3de7db369e85cba20255d161eeeb3d934ea3c4c51e2574c2ddcce79a25025c NotoSansLao-Regular.ttf
    b87a8592f1cdd8b15e1e827967afd45a8c5ffc1123773bc4bd023fe1ccecd321 NotoSansLao-Bold.ttf
    5433f4a642b4325aa169a55c4c6b8d1c4a45c4e08bcd9cbe72888229709a8f2d NotoSansMalayalam-Regular.ttf
    abe54dff7c6539899f1208672ae4235207b3e6b8d49594e9ff02d972d5975a81 NotoSansMalayalam-Bold.ttf
    601afb9f08fbbc39f0cf72cb7e11079ada6fa3feed1fadca8e6e5095e7957687 NotoSansMongolian-Regular.ttf
    3fe9a4babc12081adc979e0313433e6ec85bb3ad069681c23ee8d8ea8b91332b NotoSansMyanmar-Regular.ttf
    e37e2ef189431020b1eaf4fb8d43252666dc24265d628145fff119613afea174 NotoSansMyanmar-Bold.ttf
    3dc960a2d687b0e4fe03e5c2eb88be2a3d244c4509029277ca2be248787d33b3 NotoSansOlChiki-Regular.ttf
    8c92ae4977a5745e30b14c447b999f5c286a0f0a0f137160831c94bfda10dffa NotoSansOlChiki-Bold.ttf
    20751837a8cac9d0e610ffdf91c43d3391e2b267ca2cad07f6e3866798436369 NotoSansOriya-Regular.ttf
    d563e031a325aa1d5fa7975a7fed3f34409b3ef10036f75d275653e7e4bad5c2 NotoSansOriya-Bold.ttf
    31f83eec724a27779d1434afc84beabee239c0ff77dc8d04bee9f49c60b23fdd NotoSansSinhala-Regular.ttf
    9ac3c2da2562fd3ce449e600a9954a3c5dad982145c85159449fe1c31f648a6e NotoSansSinhala-Bold.ttf
    a7bb7f92f165479af2f0556c4fd669b74c5959f464f603e18389b532f4d07a71 NotoSansTamil-Regular.ttf
    7ef7071ba2fad67dcae397dc7f5bfd4dbce69d86cdc453c2cc4abe640df0b442 NotoSansTamil-Bold.ttf
    cb3165071121b1e80c55a041d0c1f79b3bbc68e4b0eab37b0d881958dfc3ed7a NotoSansTelugu-Regular.ttf
    34e3a81c02ea8474f00b1046cbb183461648fd253a56475140d6b025db828b5b NotoSansTelugu-Bold.ttf
    241b4be4717d495a72cf7eb8e69891e63a6eb1cc18d98fa357f5af7f58c02446 NotoSansThaana-Regular.ttf
    ea6d654f9bf355cde351a0ec89a3520b26f02b7f360edb161551efe0ccac5fc0 NotoSansThaana-Bold.ttf
    dfbd5ed0f1e68c3cbc51aa08f646d1ab0e68e7c4ceab70a69e465225ff701f93 NotoSansThai-Regular.ttf
    97bbc8ea98328325285f2f552228c7aac1db39d8f38f0096a61ba7df1f1f780e NotoSansThai-Bold.ttf
    5893c1e0aefb250bcbeff5c0f8ee4bb27cd3dc19b47d14954b154b094e10ee63 NotoSerifTibetan-Regular.ttf
    829c6fb19fed2dedfa5ba651009bbdea1eb71a84a237239345bc5b03c0cfb7b2 NotoSerifTibetan-Bold.ttf
    """,
)
_add(
    1,
    """
    abdc775b21b1bc470d50c97e790d276f2054b7504e56e5bd3e64f48d68582322 DejaVuSans.ttf
    0d977336a6d5fba34eab8e3199eb218327161b5143749f802982c2bc34df0c96 DejaVuSans-Bold.ttf
    """,
)
_add(2, "79c18ebe7b811951e8311bad7103ebeae8c337ed9988ea69e8a78a66cfe029b9 wqy-zenhei.ttc")
_add(3, "3b9955a5e437ffb24c41548e79296fa724822da21ee75dc1b94f6ccdb8f400dd ipaexg.ttf")


def _deb_members(data: bytes) -> dict[str, bytes]:
    """The members of a .deb (an ``ar`` archive)."""
    if not data.startswith(b"!<arch>\n"):
        raise SystemExit("not a .deb file")
    members, at = {}, 8
    while at + 60 <= len(data):
        header = data[at : at + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58])
        members[name] = data[at + 60 : at + 60 + size]
        at += 60 + size + (size % 2)
    return members


def _package_bytes(package: Package) -> bytes:
    cached = CACHE / Path(package.path).name
    if cached.is_file() and hashlib.sha256(cached.read_bytes()).hexdigest() == package.sha256:
        return cached.read_bytes()
    for base in (POOL, SNAPSHOT):
        url = base + package.path
        try:
            with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310 - https only
                data: bytes = response.read()
        except OSError as error:
            print(f"{url}: {error}", file=sys.stderr)
            continue
        if hashlib.sha256(data).hexdigest() != package.sha256:
            raise SystemExit(f"{url}: the checksum does not match; refusing it")
        CACHE.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(data)
        return data
    raise SystemExit(f"could not download {package.path}")


def fetch() -> None:
    """Download each package, check it, and write its fonts into resources/fonts/."""
    for package in PACKAGES:
        members = _deb_members(_package_bytes(package))
        data_tar = members["data.tar.xz"]
        with tarfile.open(fileobj=io.BytesIO(lzma.decompress(data_tar))) as archive:
            for name, digest in package.files.items():
                extracted = archive.extractfile(package.folder + name)
                if extracted is None:
                    raise SystemExit(f"{package.path}: no {name}")
                content = extracted.read()
                if hashlib.sha256(content).hexdigest() != digest:
                    raise SystemExit(f"{package.path}: {name} does not match its checksum")
                (FONT_DIR / name).write_bytes(content)
                print(f"{name}: {len(content):,} bytes from {Path(package.path).name}")


def check() -> list[str]:
    """What is wrong with the fonts in resources/fonts/ (empty if they are exactly as fetched)."""
    problems = []
    for name, (_package, digest) in sorted(FILES.items()):
        path = FONT_DIR / name
        if not path.is_file():
            problems.append(f"{name}: missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"{name}: not the file from Debian")
    return problems


def coverage(path: Path) -> list[list[int]]:
    """The code points ReportLab finds in the font's cmap, as [first, last] ranges."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    points = sorted(TTFontFile(str(path), subfontIndex=0).charToGlyph)
    ranges: list[list[int]] = []
    for point in points:
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return ranges


def index() -> dict[str, object]:
    """What resources/fonts/fonts.json holds: per file, its checksum, source and coverage."""
    return {
        "about": "Written by tools/fetch_fonts.py; do not edit. Coverage: [first, last] ranges.",
        "files": {
            name: {
                "sha256": digest,
                "size": (FONT_DIR / name).stat().st_size,
                "package": Path(PACKAGES[package].path).name,
                "coverage": coverage(FONT_DIR / name),
            }
            for name, (package, digest) in sorted(FILES.items())
        },
    }


def main() -> int:
    """Fetch (or only check) the fonts; 1 if any file is not as it should be."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check, no network")
    args = parser.parse_args()
    if not args.check:
        fetch()
        INDEX.write_text(json.dumps(index(), separators=(",", ":")) + "\n", encoding="utf-8")
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
