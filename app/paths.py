"""Where Claimdesk finds its bundled resources and keeps the user's data."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: beside the code in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    """The platform's per-user data folder for Claimdesk (created on first use)."""
    from platformdirs import user_data_path

    path = user_data_path("Claimdesk", appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_project_path() -> Path:
    """The demo project in the user data folder, opened when no project is named."""
    return user_data_dir() / "demo.claimdesk"
