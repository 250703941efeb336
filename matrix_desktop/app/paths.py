"""Where the app keeps its files: the platform's user data dir, or MATRIX_HOME when set (tests, demos).

Everything here is for the user alone: folders are made 0700 and files 0600 whatever the umask says,
because the database, the settings and the log name the team's accounts, and exports copy them.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "matrix-desktop"
DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """`path` as a folder only its owner can enter (created, with its missing parents, if needed)."""
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # a folder we do not own (e.g. /tmp itself) keeps its mode
        os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty if missing, and make it readable and writable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)  # the umask may have taken bits away from, but never added to, 0600
    finally:
        os.close(fd)
    return path


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to `path` atomically (a temporary file renamed over it), mode 0600 from the start."""
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb", closefd=False) as f:
            f.write(data)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return path


def home() -> Path:
    override = os.environ.get("MATRIX_HOME")
    base = Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return private_dir(base)


def default_db_url() -> str:
    return f"sqlite:///{home() / 'matrix.db'}"


def config_file() -> Path:
    return home() / "config.json"


def log_dir() -> Path:
    return private_dir(home() / "logs")
