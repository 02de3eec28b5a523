"""Dependencies point one way: ui → core → database. The lower layers never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LOWER_LAYERS = ("database", "app/core")
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "app.ui")


def _modules(layer: str) -> list[str]:
    return sorted(
        ".".join(p.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for p in (REPO / layer).rglob("*.py")
        if "migrations/versions" not in p.as_posix() and p.name != "env.py"
    )


def test_lower_layers_do_not_import_qt_statically() -> None:
    offenders = []
    for layer in LOWER_LAYERS:
        for path in (REPO / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path.relative_to(REPO)}: {n}" for n in names if n.startswith(FORBIDDEN)]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = _modules("database") + _modules("app/core")
    assert "app.core.project" in modules and "database.models" in modules
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'app.ui'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
