"""The records panel: records of each type, their accepted values, conflicts and quotes."""

from app.ui.records.view import RecordsView

__all__ = ["RecordsView"]
