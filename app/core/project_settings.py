"""Settings stored in the project file itself (they travel with the project, not the laptop).

Each setting is declared once with its type, default and a title; values live in
`ProjectInfo.settings` and change through `set_project_setting`, so the change log
records who switched four-eyes review on and when.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from app.core.errors import InvalidValue
from app.core.project import Project
from database.models import ProjectInfo

_TRUE = {"on", "true", "yes", "ja", "1", "aan"}
_FALSE = {"off", "false", "no", "nee", "0", "uit"}


@dataclass(frozen=True)
class SettingDef:
    """A project setting: its key, default and the sentence a settings screen shows."""

    key: str
    default: bool
    title: str


@dataclass(frozen=True)
class SettingValue:
    """A setting with its current value."""

    definition: SettingDef
    value: bool

    @property
    def key(self) -> str:
        """The setting's key, e.g. `four_eyes`."""
        return self.definition.key


PROJECT_SETTINGS: tuple[SettingDef, ...] = (
    SettingDef("four_eyes", False, "Four-eyes review: nobody accepts a claim they proposed"),
)


def setting_def(key: str) -> SettingDef:
    """The declaration of a setting, by key (dashes and case are forgiven)."""
    wanted = key.strip().casefold().replace("-", "_")
    for definition in PROJECT_SETTINGS:
        if definition.key == wanted:
            return definition
    known = ", ".join(d.key for d in PROJECT_SETTINGS)
    raise InvalidValue(f"there is no project setting {key!r}; known settings: {known}")


def parse_switch(text: str) -> bool:
    """`on`/`off` (and yes/no, true/false, aan/uit) as a boolean."""
    folded = text.strip().casefold()
    if folded in _TRUE | _FALSE:
        return folded in _TRUE
    raise InvalidValue(f"{text!r} is not on or off")


def project_settings(project: Project) -> list[SettingValue]:
    """Every declared setting with its value in this project."""
    with project.read() as session:
        stored = session.exec(select(ProjectInfo)).one().settings or {}
    return [SettingValue(d, bool(stored.get(d.key, d.default))) for d in PROJECT_SETTINGS]


def get_project_setting(project: Project, key: str) -> bool:
    """One setting's value in this project."""
    definition = setting_def(key)
    with project.read() as session:
        stored = session.exec(select(ProjectInfo)).one().settings or {}
    return bool(stored.get(definition.key, definition.default))


def set_project_setting(project: Project, key: str, value: bool | str) -> SettingValue:
    """Change one project setting (one transaction, change-logged)."""
    definition = setting_def(key)
    flag = parse_switch(value) if isinstance(value, str) else bool(value)
    with project.write(f"set {definition.key}") as session:
        info = session.exec(select(ProjectInfo)).one()
        # A new dict, not an in-place edit: the JSON column only sees reassignment.
        info.settings = {**(info.settings or {}), definition.key: flag}
        session.add(info)
    return SettingValue(definition, flag)
