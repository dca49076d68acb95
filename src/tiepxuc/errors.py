"""Errors that stop a command. The CLI maps them to a message and an exit status, never a traceback."""

from __future__ import annotations

# Exit statuses, as `tiepxuc validate` documents them.
EXIT_OK = 0
EXIT_PROBLEMS = 1  # the records have errors
EXIT_CANNOT_RUN = 2  # not a repository, unreadable file, bad usage


class TiepxucError(Exception):
    """A failure the user can act on; ``message`` is already in the user's language."""

    exit_code = EXIT_CANNOT_RUN

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code


class NotARepositoryError(TiepxucError):
    pass
