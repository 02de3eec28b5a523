"""The frozen Claimdesk: build the one-folder bundle with packaging/build.py and run it.

Slow (a build is a few minutes), so it is skipped unless CLAIMDESK_BUILD_BUNDLE=1;
packaging/ci-bundle.sh runs it as its own job. The bundle is started the way a user
would: no virtualenv on PATH, no PYTHONPATH, a fresh home folder, Qt offscreen.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "packaging" / "dist" / "claimdesk"
EXE = BUNDLE / "claimdesk"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(os.environ.get("CLAIMDESK_BUILD_BUNDLE") != "1",
                       reason="builds the PyInstaller bundle: set CLAIMDESK_BUILD_BUNDLE=1 (packaging/ci-bundle.sh)"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle test runs the Linux build"),
]

HTML = """<!doctype html><html lang="en"><head><title>Gigafactory briefing</title>
<meta name="author" content="Bundle Test"></head><body><nav>Home | News</nav><article>
<h1>Gigafactory briefing</h1>
<p>The consortium plans a gigafactory with 100,000 accelerators, to open in 2027.</p>
<p>The member state pledged EUR 1.2 billion towards the site in its 2025 budget letter.</p>
</article><footer>Contact</footer></body></html>
"""


@pytest.fixture(scope="module")
def bundle() -> Path:
    """Build the bundle once for this module (packaging/build.py makes its own venv)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(REPO / "packaging" / "build.py")], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=40 * 60)
    print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
    assert result.returncode == 0, f"packaging/build.py failed:\n{result.stderr[-5000:]}"
    print(f"build took {time.perf_counter() - started:.0f} s")
    assert EXE.is_file() and os.access(EXE, os.X_OK)
    return BUNDLE


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A user's home with the first-start question (editor name) already answered."""
    home = tmp_path / "home"
    config = home / ".config" / "Claimdesk"
    config.mkdir(parents=True)
    (config / "Claimdesk.conf").write_text("[editor]\nname=Bundle Test\n", encoding="utf-8")
    return home


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment like a desktop user's: no venv, no PYTHONPATH, Qt offscreen."""
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "CLAIMDESK_EDITOR": "Bundle Test",
    }
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    return {**env, **extra}


def run(env: dict[str, str], *args: str | Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run the bundled executable from a neutral folder (not the checkout)."""
    result = subprocess.run([str(EXE), *map(str, args)], env=env, cwd=env["HOME"], capture_output=True,
                            text=True, timeout=timeout)
    print(f"$ claimdesk {' '.join(map(str, args))}  -> {result.returncode}\n{result.stdout}{result.stderr}")
    return result


def test_demo_and_export(bundle: Path, home: Path, tmp_path: Path) -> None:
    """Resources and migrations are inside the bundle: the demo builds and exports a workbook."""
    env = user_env(home)
    project, out = tmp_path / "demo.claimdesk", tmp_path / "out.xlsx"
    assert run(env, "--version").stdout.strip().startswith("claimdesk ")
    assert run(env, "demo", project).returncode == 0
    assert project.is_file()
    assert run(env, "check", project).returncode == 0
    assert run(env, "export", project, out).returncode == 0

    import openpyxl

    workbook = openpyxl.load_workbook(out, read_only=True)
    try:
        assert workbook.sheetnames
        assert any(sheet.max_row and sheet.max_row > 1 for sheet in workbook.worksheets)
    finally:
        workbook.close()


def test_default_project_in_user_data_folder(bundle: Path, home: Path) -> None:
    """Without a path the demo goes to the platform's user data folder, not beside the app."""
    env = user_env(home)
    assert run(env, "demo").returncode == 0
    assert (home / ".local" / "share" / "Claimdesk" / "demo.claimdesk").is_file()
    assert not list(bundle.rglob("*.claimdesk"))


def test_import_runs_the_parser_helper_process(bundle: Path, home: Path, tmp_path: Path) -> None:
    """HTML goes through the spawned helper: freeze_support() makes the child the helper."""
    env = user_env(home)
    project, page = tmp_path / "p.claimdesk", tmp_path / "briefing.html"
    page.write_text(HTML, encoding="utf-8")
    assert run(env, "init", project).returncode == 0
    result = run(env, "import", project, page, timeout=240)
    assert result.returncode == 0
    shown = run(env, "search", project, "gigafactory")
    assert shown.returncode == 0 and "briefing" in (shown.stdout + shown.stderr).lower()


@pytest.mark.parametrize("how", [("open",), ()], ids=["open-command", "double-clicked-file"])
def test_window_starts_and_quits(bundle: Path, home: Path, tmp_path: Path, how: tuple[str, ...]) -> None:
    """The window opens on a project and quits by itself after the first paint (CLAIMDESK_QUIT_AFTER_MS)."""
    env = user_env(home)
    project = tmp_path / "demo.claimdesk"
    assert run(env, "demo", project).returncode == 0
    try:
        result = run(user_env(home, CLAIMDESK_QUIT_AFTER_MS="1500"), *how, project, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("the window did not quit within 120 s: does app/ui/main.py honour CLAIMDESK_QUIT_AFTER_MS?")
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
