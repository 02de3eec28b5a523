#!/usr/bin/env python3
"""Build the Claimdesk desktop bundle for the platform this runs on (PyInstaller, one folder).

    python3 packaging/build.py              # venv + install + PyInstaller; prints path, size, seconds
    python3 packaging/build.py --clean      # also drop PyInstaller's cache first
    python3 packaging/build.py --fresh-venv # rebuild packaging/.build-venv from scratch
    python3 packaging/build.py --package    # then wrap it for users: .tar.gz (Linux), Inno Setup
                                            # installer (Windows, needs ISCC.exe), .zip of the .app (macOS)

Needs only Python 3.11+ (the one that runs this is the one the bundle ships) and the
package index: everything else goes into packaging/.build-venv, made here. Output:
packaging/dist/claimdesk/ (Linux, Windows) or packaging/dist/Claimdesk.app (macOS).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VENV = HERE / ".build-venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
SPEC = HERE / "claimdesk.spec"
CONSTRAINTS = HERE / "build-constraints.txt"
DIST = HERE / "dist"
WORK = HERE / "build"
LINUX = HERE / "linux"


def sh(*args: str | Path, **kwargs: object) -> None:
    """Run a command, echoing it; stop the build when it fails."""
    print("+", " ".join(map(str, args)), flush=True)
    subprocess.run([str(a) for a in args], check=True, **kwargs)  # type: ignore[arg-type]


def version() -> str:
    """Claimdesk's version, from app/__init__.py (no import: the build Python has no deps)."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not match:
        sys.exit("no __version__ in app/__init__.py")
    return match.group(1)


def ensure_venv(fresh: bool) -> None:
    """Make packaging/.build-venv and install the project plus PyInstaller (skipped when current)."""
    if sys.version_info < (3, 11):
        sys.exit(f"building Claimdesk needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if fresh and VENV.exists():
        shutil.rmtree(VENV)
    if not PY.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        sh(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    inputs = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", CONSTRAINTS):
        inputs.update(path.read_bytes())
    stamp = VENV / ".installed"
    if stamp.exists() and stamp.read_text() == inputs.hexdigest():
        return
    # The project brings the dependencies pyproject.toml names. Editable, so nothing is built
    # into the checkout; the spec takes app/ and database/ straight from it (pathex).
    sh(PY, "-m", "pip", "install", "--quiet", "-c", CONSTRAINTS, "-e", ROOT, "pyinstaller")
    stamp.write_text(inputs.hexdigest())


def folder_size(path: Path) -> int:
    """Bytes in all files under `path` (symlinks counted as links, not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def bundle_path() -> Path:
    return DIST / "Claimdesk.app" if sys.platform == "darwin" else DIST / "claimdesk"


def add_linux_desktop_files(bundle: Path) -> None:
    """Put the desktop entry, AppStream data, MIME type and icons beside the executable.

    `install-desktop.sh` in the bundle then registers them for the current user.
    """
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    apps, mime, meta = share / "applications", share / "mime" / "packages", share / "metainfo"
    for folder in (apps, mime, meta):
        folder.mkdir(parents=True)
    shutil.copy2(LINUX / "nl.claimdesk.Claimdesk.desktop", apps)
    shutil.copy2(LINUX / "claimdesk-mime.xml", mime)
    shutil.copy2(LINUX / "nl.claimdesk.Claimdesk.metainfo.xml", meta)
    for png in sorted((ROOT / "resources" / "icons").glob("claimdesk-*.png")):
        size = png.stem.split("-")[1]
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, folder / "nl.claimdesk.Claimdesk.png")
        mimetypes = share / "icons" / "hicolor" / f"{size}x{size}" / "mimetypes"
        mimetypes.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, mimetypes / "application-x-claimdesk-project.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "claimdesk.svg", scalable / "nl.claimdesk.Claimdesk.svg")
    for script in ("install-desktop.sh", "uninstall-desktop.sh"):
        shutil.copy2(LINUX / script, bundle / script)
        (bundle / script).chmod(0o755)


def package(bundle: Path) -> Path | None:
    """The file a user downloads: a tarball, an installer or a zipped .app."""
    machine = platform.machine().lower().replace("amd64", "x86_64")
    name = f"claimdesk-{version()}"
    if sys.platform.startswith("linux"):
        out = DIST / f"{name}-linux-{machine}.tar.gz"
        with tarfile.open(out, "w:gz") as tar:
            tar.add(bundle, arcname=name)
        return out
    if sys.platform == "win32":
        iscc = shutil.which("ISCC") or next(
            (str(p) for p in Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")).glob(
                "Inno Setup */ISCC.exe")), None)
        if iscc is None:
            print("Inno Setup's ISCC.exe not found: install Inno Setup 6 to make the installer")
            return None
        sh(iscc, f"/DAppVersion={version()}", f"/DDistDir={DIST}", HERE / "windows" / "claimdesk.iss")
        return DIST / f"{name}-windows-setup.exe"
    if sys.platform == "darwin":
        out = DIST / f"{name}-macos-{machine}.zip"
        sh("ditto", "-c", "-k", "--keepParent", bundle, out)
        return out
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first")
    parser.add_argument("--fresh-venv", action="store_true", help="recreate packaging/.build-venv")
    parser.add_argument("--package", action="store_true", help="also make the download (tar.gz/installer/zip)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    ensure_venv(args.fresh_venv)
    installed = time.perf_counter()
    command: list[str | Path] = [PY, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                                 "--distpath", DIST, "--workpath", WORK]
    if args.clean:
        command.append("--clean")
    # PYTHONPATH from a developer shell must not leak another checkout into the bundle.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    sh(*command, SPEC, cwd=ROOT, env=env)
    bundle = bundle_path()
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(bundle)
    frozen = time.perf_counter()
    download = package(bundle) if args.package else None
    done = time.perf_counter()

    executable = {"win32": bundle / "Claimdesk.exe", "darwin": bundle / "Contents" / "MacOS" / "claimdesk"}.get(
        sys.platform, bundle / "claimdesk")
    print()
    print(f"bundle:     {bundle}")
    print(f"executable: {executable}")
    print(f"size:       {folder_size(bundle) / 1024 / 1024:.1f} MiB")
    if download is not None and download.exists():
        print(f"download:   {download} ({download.stat().st_size / 1024 / 1024:.1f} MiB)")
    print(f"seconds:    {done - started:.1f} (venv and install {installed - started:.1f}, "
          f"PyInstaller {frozen - installed:.1f}, packaging {done - frozen:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
