#!/usr/bin/env python3
"""Set up and run Claimdesk from a checkout, on any machine with Python 3.11+.

    python3 dev.py run     # make .venv, install, open the window on the demo project
    python3 dev.py test    # make .venv, install with test extras, run the whole suite headless

Everything the tests need is installed from here (Python packages into .venv; on
Debian-like systems without Qt's runtime libraries, those via apt-get when root).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
# Qt's xcb/offscreen plugins need these on a bare Debian/Ubuntu.
QT_DEBIAN_LIBS = ["libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3",
                  "libglib2.0-0", "libxkbcommon-x11-0", "libxcb-cursor0"]


def sh(*args: str | Path, check: bool = True) -> int:
    """Run a command, echoing it."""
    print("+", " ".join(map(str, args)), flush=True)
    return subprocess.run([str(a) for a in args], cwd=ROOT, check=check).returncode


def ensure_venv(extras: str) -> None:
    """Create .venv and install the project (editable) with `extras`; quiet when up to date."""
    if sys.version_info < (3, 11):
        sys.exit(f"Claimdesk needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PY.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
        sh(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    stamp = VENV / f".installed{extras}"
    sources = [ROOT / "pyproject.toml"]
    if not stamp.exists() or any(s.stat().st_mtime > stamp.stat().st_mtime for s in sources):
        sh(PY, "-m", "pip", "install", "--quiet", "-e", f".{extras}")
        stamp.touch()


def _apt_install(packages: list[str]) -> bool:
    """apt-get install as root on Debian-like systems; False where that is not possible."""
    if not (shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0):
        return False
    sh("apt-get", "update", "-qq", check=False)
    return sh("apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages,
              check=False) == 0


def ensure_libreoffice() -> None:
    """The workbook test converts an export with LibreOffice headless; install it where we can."""
    if shutil.which("soffice") or shutil.which("libreoffice"):
        return
    if not _apt_install(["libreoffice-calc-nogui"]):
        print("LibreOffice is not installed: the LibreOffice conversion test will be skipped",
              file=sys.stderr)


def ensure_qt_runtime() -> None:
    """Install Qt's system libraries where PySide6 cannot load (Debian-like systems, as root)."""
    probe = subprocess.run([str(PY), "-c", "import PySide6.QtWidgets"], capture_output=True, text=True)
    if probe.returncode == 0:
        return
    if _apt_install(QT_DEBIAN_LIBS):
        return
    sys.exit("PySide6 cannot load Qt's libraries: " + probe.stderr.strip().splitlines()[-1])


def run() -> int:
    """Set up and open the window on the default (demo) project."""
    ensure_venv("")
    ensure_qt_runtime()
    return subprocess.run([str(BIN / "claimdesk"), *sys.argv[2:]], cwd=ROOT).returncode


def test() -> int:
    """Set up and run the whole test suite headless; 'no tests ran' counts as failure."""
    ensure_venv("[test]")
    ensure_qt_runtime()
    ensure_libreoffice()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = subprocess.run([str(PY), "-m", "pytest", *sys.argv[2:]], cwd=ROOT, env=env).returncode
    if code == 5:
        print("pytest collected no tests: that is a failure here", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    commands = {"run": run, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    sys.exit(commands[sys.argv[1]]())
