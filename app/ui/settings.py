"""Every user setting declared once, typed, with a default and a translatable title (after Picard).

Stored with QSettings (the platform's place; an INI file in tests). `SETTINGS_VERSION`
and `upgrade()` are where renamed or reshaped settings get moved along.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings

T = TypeVar("T")
SETTINGS_VERSION = 1
MAX_RECENT = 8
LANGUAGES = ("en", "nl")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for lupdate)
    """Mark `text` for translation where it is declared; translated where shown."""
    return text


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: its key in QSettings, its type, default and title."""

    key: str
    type: type
    default: T
    title: str

    def translated_title(self) -> str:
        """The title in the interface language."""
        return QCoreApplication.translate("Settings", self.title)


EDITOR_NAME: Option[str] = Option("editor/name", str, "", QT_TRANSLATE_NOOP("Settings", "Your name"))
INTERFACE_LANGUAGE: Option[str] = Option(
    "interface/language", str, "en", QT_TRANSLATE_NOOP("Settings", "Interface language"))
THEME: Option[str] = Option(
    "interface/theme", str, "system", QT_TRANSLATE_NOOP("Settings", "Theme"))
RECENT_PROJECTS: Option[list[str]] = Option(
    "projects/recent", list, [], QT_TRANSLATE_NOOP("Settings", "Recent projects"))
WINDOW_STATE: Option[bytes] = Option("window/state", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Window layout"))
WINDOW_GEOMETRY: Option[bytes] = Option(
    "window/geometry", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Window size and place"))
ALL_OPTIONS = (EDITOR_NAME, INTERFACE_LANGUAGE, THEME, RECENT_PROJECTS, WINDOW_STATE, WINDOW_GEOMETRY)


class Settings:
    """Typed access to the declared options."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings("Claimdesk", "Claimdesk")
        self.upgrade()

    def get(self, option: Option[T]) -> T:
        """The stored value of `option`, or its default."""
        raw = self.store.value(option.key, None)
        if raw is None:
            return option.default
        if option.type is list:
            # QSettings gives a lone string for a one-item list in INI files.
            return [str(x) for x in ([raw] if isinstance(raw, str) else list(raw))]  # type: ignore[return-value]
        if option.type is bytes:
            return bytes(raw.data() if hasattr(raw, "data") else raw)  # type: ignore[return-value]
        return option.type(raw)  # type: ignore[no-any-return]

    def set(self, option: Option[T], value: T) -> None:
        """Store `value` for `option`."""
        self.store.setValue(option.key, value)

    def has(self, option: Option[T]) -> bool:
        """Whether the user ever set `option`."""
        return self.store.contains(option.key)

    @property
    def editor_name(self) -> str:
        """Who is editing (the change log and reviews name them)."""
        return self.get(EDITOR_NAME).strip()

    @property
    def language(self) -> str:
        """The interface language, `en` or `nl`."""
        lang = self.get(INTERFACE_LANGUAGE)
        return lang if lang in LANGUAGES else "en"

    def add_recent(self, path: Path) -> list[str]:
        """Put a project first in the recent list (without duplicates); returns the list."""
        text = str(Path(path).resolve())
        recent = [text] + [p for p in self.get(RECENT_PROJECTS) if p != text]
        self.set(RECENT_PROJECTS, recent[:MAX_RECENT])
        return recent[:MAX_RECENT]

    def upgrade(self) -> None:
        """Move settings written by older versions along (none to move yet)."""
        version = int(self.store.value("settings/version", 0) or 0)
        if version < SETTINGS_VERSION:
            self.store.setValue("settings/version", SETTINGS_VERSION)
