"""Opening the database: the default SQLite file (WAL, foreign keys on) or a PostgreSQL URL, migrated to head."""

from __future__ import annotations

import contextlib
import errno
import os
import weakref
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.pool import NullPool, QueuePool

from matrix_desktop.core.errors import ConfigError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def normalise_url(url: str) -> URL:
    """Accept `postgresql://` and plain file paths; always use psycopg 3 for PostgreSQL."""
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(f"{url!r} is not a database URL (try sqlite:///path/to/file.db or "
                          "postgresql://user@host/dbname)") from None
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise ConfigError(f"database kind {parsed.drivername!r} is not supported: use SQLite or PostgreSQL")
    return parsed


def create_db_engine(url: str, **kwargs: Any) -> Engine:
    """An engine tuned for this app: SQLite with WAL, foreign keys and serialised writers."""
    parsed = normalise_url(url)
    if parsed.drivername.startswith("sqlite"):
        read_only = None
        if parsed.database and parsed.database != ":memory:":
            check_sqlite_file(Path(parsed.database))
            # `?mode=ro` opens a writable file read-only on purpose (looking into a backup, say).
            read_only = ("it was opened with mode=ro" if parsed.query.get("mode") == "ro"
                         else sqlite_read_only(Path(parsed.database)))
            if read_only is None:
                _private_sqlite_file(Path(parsed.database))
            else:
                engine = _read_only_engine(Path(parsed.database), read_only, **kwargs)
                _tune_sqlite(engine, read_only=True)
                return engine
        if parsed.database in (None, "", ":memory:"):
            engine = create_engine(parsed, poolclass=NullPool, connect_args={"timeout": 30}, **kwargs)
        else:
            # Connections are kept (a first screen must not pay for a connect and four PRAGMAs); any
            # thread may take one, never two at once (the pool hands each to one checkout).
            engine = create_engine(parsed, poolclass=QueuePool, pool_size=4, max_overflow=8,
                                   connect_args={"timeout": 30, "check_same_thread": False}, **kwargs)
        _tune_sqlite(engine)
        return engine
    return create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=5, **kwargs)


SQLITE_MAGIC = b"SQLite format 3\x00"


def check_sqlite_file(path: Path) -> None:
    """An existing database file must look like one: a zero-byte file (cut short) or another kind of file
    is refused in words, never quietly replaced by a fresh, empty database."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return  # a new database
    except OSError as exc:
        raise ConfigError(f"cannot read the database file {path}: {exc.strerror or exc}") from None
    if size == 0:
        raise ConfigError(f"the database file {path} is empty (0 bytes): it was cut short or is not a database; "
                          "restore a backup (`matrix-desktop restore FILE`) or move the file away to start anew")
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ConfigError(f"cannot read the database file {path}: {exc.strerror or exc}") from None
    if head != SQLITE_MAGIC:
        raise ConfigError(f"{path} is not a SQLite database (it is some other file); check --db, or restore a "
                          "backup")


def _private_sqlite_file(path: Path) -> None:
    """The database file (and SQLite's -wal/-shm beside it) for the user alone, whatever the umask.

    The file is made 0600 before SQLite opens it; SQLite gives the -wal and -shm files it creates the
    database file's mode, and any left by an older version are tightened here too. A folder the app
    had to create is 0700; an existing one the user chose is left as it is.
    """
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(path.parent, 0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.chmod(f"{path}{suffix}", 0o600)


def sqlite_read_only(path: Path) -> str | None:
    """Why the existing database file cannot be written (a read-only file or file system), or None.

    SQLite in WAL mode also writes two files beside the database, so a folder that refuses new files
    makes the database read-only too."""
    if not path.exists():
        return None
    try:
        fd = os.open(path, os.O_RDWR)
        os.close(fd)
    except OSError as exc:
        if exc.errno == errno.EROFS:
            return "it is on a read-only file system"
        if exc.errno in (errno.EACCES, errno.EPERM):
            return "the file is read-only for you"
        return None
    wal = Path(f"{path}-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        return "its folder is read-only for you"
    return None


def _read_only_engine(path: Path, why: str, **kwargs: Any) -> Engine:
    """An engine that can only read: SQLite's read-only mode, and `immutable` where it cannot even keep
    its shared-memory index beside the file (a read-only mount): nobody can change the file there."""
    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) or not Path(f"{path}-shm").exists() else ""
    url = f"sqlite:///file:{quote(str(path))}?mode=ro{immutable}&uri=true"
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": 30, "check_same_thread": False},
                           **kwargs)
    _READ_ONLY[engine] = f"the database {path} is read-only ({why})"
    return engine


#: Engines opened read-only, and why (a sentence the CLI and the window show).
_READ_ONLY: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def read_only_reason(engine: Engine) -> str | None:
    """Why this engine cannot write (a read-only database file), or None when it can."""
    return _READ_ONLY.get(engine)


#: How long a SQLite connection waits for another's lock before it gives up (a sync's write, a backup).
BUSY_TIMEOUT_MS = 30_000


def _tune_sqlite(engine: Engine, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" hook decide how a transaction starts (see below).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if read_only:  # no journal-mode change, no write lock: it can only read
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.close()
            return
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        # A writing unit of work takes the write lock up front: a deferred transaction that read
        # first could not upgrade once another writer committed (SQLITE_BUSY_SNAPSHOT), and the
        # audit chain must read its predecessor under the same lock that writes the next link.
        if read_only or conn.get_execution_options().get("matrix_readonly"):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def migrate_to_head(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is already there).

    A database already at head is recognised by one query against the revision the migration files
    name, without importing Alembic (a quarter of a cold start)."""
    try:
        # A reader's transaction: the check must not wait for (or take) SQLite's write lock, or every
        # command would queue behind a long import.
        with engine.execution_options(matrix_readonly=True).connect() as conn:
            stored = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
        if stored == [_head_from_files()]:
            return
    except Exception:  # no version table yet, or an unreadable one: Alembic decides
        pass
    from alembic import command
    from alembic.util import CommandError

    why = read_only_reason(engine)
    if why is not None:
        raise ConfigError(f"{why}, and its schema needs an upgrade to this version before it can be opened; "
                          "make it writable once and run `matrix-desktop db upgrade`")
    try:
        with engine.begin() as conn:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise ConfigError(f"cannot open the database: {_first_line(exc.orig)}") from None
    except DatabaseError as exc:
        raise ConfigError(f"the database is damaged ({_first_line(exc.orig)}); restore a backup "
                          "(`matrix-desktop restore FILE`)") from None
    except CommandError as exc:
        if "Can't locate revision" in str(exc):
            raise ConfigError(f"the database was written by a newer version of Matrix Desktop (its schema is not "
                              f"one this version knows; the newest here is {head_revision()}): install the newer "
                              "version") from None
        raise


def _head_from_files() -> str | None:
    """The head revision as the migration files name it: the one no other file revises."""
    import re

    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*(?::\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
        down = re.search(r"^down_revision\s*(?::[^=]+)?=\s*(.+)$", source, re.M)
        if rev:
            revisions.add(rev.group(1))
        if down:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def migrate_to(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.execution_options(matrix_readonly=True).connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise ConfigError(f"cannot open the database: {_first_line(exc.orig)}") from None


def _first_line(error: object) -> str:
    """The driver's message without its multi-line details (one line on stderr)."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(None)).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version knows (a database stamped with another is from a newer one)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config(None)).walk_revisions()}


def alembic_config(engine: Engine | None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg
