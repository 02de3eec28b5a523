"""The export dialog: the ministry workbook written off the GUI thread."""

from app.ui.export.dialog import ExportDialog

__all__ = ["ExportDialog"]
