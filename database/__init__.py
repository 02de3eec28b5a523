"""The project store: tables, engine, migrations, full-text search, integrity checks.

Imports SQLModel/SQLAlchemy and the standard library only — never Qt, never app.
"""
