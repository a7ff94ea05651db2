"""Errors that frontwatch raises for users' mistakes.

Each class has a stable ``code`` so that scripts and the web API can tell problems
apart without parsing messages; the CLI prints ``str(error)`` as one line and exits
with a non-zero status, never a traceback.
"""

from __future__ import annotations


class FrontwatchError(Exception):
    """Base class: a problem a user can fix."""

    code = "error"


class InputError(FrontwatchError):
    """An input file cannot be read as a report (empty, binary, malformed ...)."""

    code = "input"

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class StoreError(FrontwatchError):
    """The store cannot be opened, migrated or written."""

    code = "store"


class ModelError(FrontwatchError):
    """A required NLP model or data file is not installed."""

    code = "model"


class GoldError(FrontwatchError):
    """A gold or prediction file for evaluation is malformed."""

    code = "gold"
