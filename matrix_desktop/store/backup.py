"""Backups of the database and restoring them.

SQLite: the online backup API copies a transaction-consistent snapshot while the app keeps running
(a sync writing at that moment is either wholly in the copy or not at all), into a temporary file
that is checked (`integrity_check`, a known schema revision) before it takes the backup's name.
A restore checks the backup the same way, then copies it into the database with the same API and
migrates it to the newest schema. PostgreSQL (team mode): `pg_dump --format=custom` and `pg_restore
--clean`, the server's own tools, which must be installed on this machine.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from matrix_desktop.core.errors import ConfigError, ValidationError
from matrix_desktop.store.db import known_revisions

ProgressFn = Callable[[int, int], None]


def _sqlite_path(engine: Engine) -> Path:
    database = engine.url.database
    if not database or database == ":memory:":
        raise ConfigError("an in-memory database has nothing to back up")
    return Path(database)


def _check_copy(path: Path) -> str:
    """The schema revision of a SQLite copy, after checking it is whole; ValidationError in words if not."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ValidationError(f"{path} cannot be opened as a database ({exc})") from None
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()
        if not ok or ok[0] != "ok":
            raise ValidationError(f"{path} is damaged (integrity check: {ok[0] if ok else 'no answer'})")
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            row = None
    except sqlite3.DatabaseError as exc:
        raise ValidationError(f"{path} is not a SQLite database ({exc})") from None
    finally:
        conn.close()
    if row is None or row[0] not in known_revisions():
        raise ValidationError(f"{path} is not a Matrix Desktop database, or one from a newer version")
    return str(row[0])


def _private_temp(beside: Path) -> Path:
    tmp = beside.with_name(f".{beside.name}.part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    return tmp


def backup(engine: Engine, dest: Path, progress: ProgressFn | None = None) -> str:
    """Write a consistent copy of the database to `dest` (0600); returns its schema revision."""
    dest = dest.expanduser()
    if engine.dialect.name == "postgresql":
        _pg_tool("pg_dump", "--format=custom", "--no-owner", "--file", str(dest), _pg_dsn(engine))
        os.chmod(dest, 0o600)
        return "postgresql"
    source = _sqlite_path(engine)
    if dest.resolve() == source.resolve():
        raise ValidationError("the backup cannot be written over the database itself")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _private_temp(dest)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            # One step: the copy is one read transaction of the source, so it is one consistent moment.
            src.backup(dst, pages=-1, progress=(lambda _s, left, total: progress(total - left, total))
                       if progress else None)
        finally:
            dst.close()
            src.close()
        revision = _check_copy(tmp)
        os.replace(tmp, dest)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return revision


def restore(engine: Engine, source: Path, progress: ProgressFn | None = None) -> str:
    """Replace the database's contents with the backup at `source` (checked first); returns its revision.

    Nothing is changed when the backup does not check out. Other desktops and workers must not write
    during a restore (the CLI asks the person to close them)."""
    source = source.expanduser()
    if not source.is_file():
        raise ValidationError(f"no backup at {source}")
    if engine.dialect.name == "postgresql":
        _pg_tool("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                 "--dbname", _pg_dsn(engine), str(source))
        return "postgresql"
    revision = _check_copy(source)
    target = _sqlite_path(engine)
    engine.dispose()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target, timeout=30)
    try:
        src.backup(dst, pages=-1, progress=(lambda _s, left, total: progress(total - left, total))
                   if progress else None)
    finally:
        dst.close()
        src.close()
    return revision


def _pg_dsn(engine: Engine) -> str:
    url = make_url(str(engine.url.render_as_string(hide_password=False))).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def _pg_tool(name: str, *args: str) -> None:
    exe = shutil.which(name) or next((str(p) for p in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))),
                                     None)
    if exe is None:
        raise ConfigError(f"{name} is not installed; team-mode backups use PostgreSQL's own {name} "
                          "(Debian: apt-get install postgresql-client)")
    done = subprocess.run([exe, *args], capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[0]
        raise ValidationError(f"{name} failed: {first}")
