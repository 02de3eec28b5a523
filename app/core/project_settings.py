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
    default: bool | int
    title: str

    def parse(self, text: str) -> bool | int:
        """A typed value from what a user typed: on/off, or a whole number of at least 1."""
        if isinstance(self.default, bool):
            return parse_switch(text)
        try:
            number = int(text.strip())
        except ValueError:
            number = 0
        if number < 1:
            raise InvalidValue(f"{self.key} needs a whole number of at least 1, not {text!r}")
        return number

    def read(self, stored: dict[str, object]) -> bool | int:
        """This setting's value in a project's stored settings (the default when absent)."""
        value = stored.get(self.key, self.default)
        return bool(value) if isinstance(self.default, bool) else int(value)  # type: ignore[call-overload]


@dataclass(frozen=True)
class SettingValue:
    """A setting with its current value."""

    definition: SettingDef
    value: bool | int

    @property
    def shown(self) -> str:
        """The value as a person reads it: on/off or the number."""
        if isinstance(self.value, bool):
            return "on" if self.value else "off"
        return str(self.value)

    @property
    def key(self) -> str:
        """The setting's key, e.g. `four_eyes`."""
        return self.definition.key


PROJECT_SETTINGS: tuple[SettingDef, ...] = (
    SettingDef("four_eyes", False, "Four-eyes review: nobody accepts a claim they proposed"),
    # Read by app.core.backups (rolling backups on open and while editing).
    SettingDef("backups_keep", 10, "How many rolling backups are kept"),
    SettingDef("backup_interval_minutes", 60, "Minutes between rolling backups"),
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
    return [SettingValue(d, d.read(stored)) for d in PROJECT_SETTINGS]


def get_project_setting(project: Project, key: str) -> bool | int:
    """One setting's value in this project."""
    definition = setting_def(key)
    with project.read() as session:
        stored = session.exec(select(ProjectInfo)).one().settings or {}
    return definition.read(stored)


def set_project_setting(project: Project, key: str, value: bool | int | str) -> SettingValue:
    """Change one project setting (one transaction, change-logged)."""
    definition = setting_def(key)
    flag = definition.parse(value) if isinstance(value, str) else value
    with project.write(f"set {definition.key}") as session:
        info = session.exec(select(ProjectInfo)).one()
        # A new dict, not an in-place edit: the JSON column only sees reassignment.
        info.settings = {**(info.settings or {}), definition.key: flag}
        session.add(info)
    return SettingValue(definition, flag)
