"""Quick checks of the committed packaging files (no build): icons, desktop entry, MIME, AppStream."""

from __future__ import annotations

import configparser
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "resources" / "icons"
LINUX = REPO / "packaging" / "linux"
APP_ID = "nl.claimdesk.Claimdesk"
MIME = "application/x-claimdesk-project"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    return struct.unpack(">II", data[16:24])


def test_png_icons_at_every_size() -> None:
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert png_size((ICONS / f"claimdesk-{size}.png").read_bytes()) == (size, size)


def test_ico_container() -> None:
    data = (ICONS / "claimdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = []
    for i in range(count):
        w, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        side = png_size(data[offset:offset + length])[0]
        assert side == (w or 256)
        sizes.append(side)
    assert {16, 32, 48, 256} <= set(sizes)


def test_icns_container() -> None:
    data = (ICONS / "claimdesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    at, kinds = 8, {}
    while at < len(data):
        kind, length = data[at:at + 4], struct.unpack(">I", data[at + 4:at + 8])[0]
        kinds[kind] = png_size(data[at + 8:at + length])[0]
        at += length
    assert at == len(data)
    assert kinds[b"ic07"] == 128 and kinds[b"ic09"] == 512 and kinds[b"ic10"] == 1024


def test_svg_is_wellformed() -> None:
    root = ET.parse(ICONS / "claimdesk.svg").getroot()
    assert root.tag.endswith("svg")


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == APP_ID
    assert MIME in section["MimeType"].split(";")
    assert "%f" in section["Exec"]


def test_mime_type_declares_the_glob() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "claimdesk-mime.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == MIME
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.claimdesk"]


def test_appstream_metadata() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert MIME in [m.text for m in root.iter("mediatype")]
    from app import __version__

    assert __version__ in [r.get("version") for r in root.iter("release")], "add a <release> for this version"


def test_windows_installer_associates_the_extension() -> None:
    script = (REPO / "packaging" / "windows" / "claimdesk.iss").read_text(encoding="utf-8")
    assert r'Subkey: "Software\Classes\.claimdesk"' in script and "ChangesAssociations=yes" in script


def test_spec_bundles_resources_and_migrations() -> None:
    spec = (REPO / "packaging" / "claimdesk.spec").read_text(encoding="utf-8")
    for needle in ('"schemas"', '"demo"', '"icons"', '"translations"', "database/migrations/versions",
                   "*.mako", APP_ID, "CFBundleDocumentTypes"):
        assert needle in spec
