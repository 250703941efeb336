"""Where the app keeps its files: the platform's user data dir, or MATRIX_HOME when set (tests, demos)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "matrix-desktop"


def home() -> Path:
    override = os.environ.get("MATRIX_HOME")
    base = Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def default_db_url() -> str:
    return f"sqlite:///{home() / 'matrix.db'}"


def config_file() -> Path:
    return home() / "config.json"


def log_dir() -> Path:
    d = home() / "logs"
    d.mkdir(parents=True, exist_ok=True)
    return d
