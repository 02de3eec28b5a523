"""Shared fixtures: real project files in tmp_path and the CLI run as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.project import Project, create_project

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A fresh project with the default schema, made through the migrations."""
    proj = create_project(tmp_path / "test.claimdesk", editor="tester")
    yield proj
    proj.close()


@pytest.fixture
def corpus_dir() -> Path:
    """The shared corpus of real documents; tests using it skip cleanly where it is absent."""
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.txt")):
        pytest.skip("../shared/corpus is not present on this machine")
    return CORPUS


@dataclass
class CliResult:
    """What a `claimdesk` subprocess did."""

    code: int
    out: str
    err: str


def run_cli(*args: str | Path, editor: str = "tester", cwd: Path | None = None,
            env: dict[str, str] | None = None) -> CliResult:
    """Run `claimdesk ARGS` in a fresh Python process, as a user's shell would."""
    full_env = {**os.environ, "CLAIMDESK_EDITOR": editor, "PYTHONIOENCODING": "utf-8", **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd or REPO, env=full_env, timeout=300,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli() -> type[CliResult]:
    """The CLI runner (a function object; call `cli(...)`)."""
    return run_cli  # type: ignore[return-value]
