"""Exports of a project's curated data (the ministry workbook, CSV)."""
