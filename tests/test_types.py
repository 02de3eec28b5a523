"""The typed layers stay mypy-clean: `database/` and `app/core/` as configured in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_mypy_is_clean_on_the_typed_layers() -> None:
    pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[test]')")
    # No paths on the command line: `files`, `exclude` and the strictness come from [tool.mypy].
    # The incremental cache in .mypy_cache/ keeps warm runs to a few seconds.
    result = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, f"mypy found problems:\n{result.stdout}{result.stderr}"
