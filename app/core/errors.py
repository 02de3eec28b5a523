"""Errors a user can act on: `str(exc)` is one clear sentence, never a traceback."""


class ClaimdeskError(Exception):
    """An expected failure (bad input, unknown id, wrong file); nothing was written."""


class NotFound(ClaimdeskError):
    """An id, label, title or quote that does not exist in the project."""


class Ambiguous(ClaimdeskError):
    """A reference that matches more than one thing; the message lists the candidates."""


class InvalidValue(ClaimdeskError):
    """A value that does not fit the field or the command."""


class ProjectFileError(ClaimdeskError):
    """A file that is not a usable Claimdesk project (missing, damaged, newer, locked)."""
