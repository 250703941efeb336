"""Writing a batch of rows in one statement that works on SQLite and PostgreSQL: `upsert` and `insert_rows`.

Both compile their statement once per process and hand the driver positional parameters for the whole
batch (`executemany`), each value converted by its column's own bind processor. SQLAlchemy's per-row
parameter handling (a dict per row, a processor call per value) cost more than the database's work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

#: (table, columns, keys, update, dialect) -> the statement's SQL, its parameter order, bind processors.
_PREPARED: dict[tuple[Any, ...], tuple[str, list[str], dict[str, Callable[[Any], Any] | None]]] = {}


_NOTHING = object()


def upsert(session: Session, model: Any, rows: Sequence[dict[str, Any]], keys: Sequence[str],
           update: Sequence[str]) -> None:
    """Insert `rows`, or update `update` columns of the rows whose `keys` already exist (idempotent).

    One statement, compiled once per process and executed by the driver over the whole batch
    (executemany): a multi-row VALUES list was compiled afresh for every page, with thousands of
    parameters, and SQLAlchemy's per-row parameter handling cost more than SQLite's work. The columns'
    own bind processors (UTC datetimes) still convert every value.
    """
    _execute_batch(session, model, rows, keys, update)


def insert_rows(session: Session, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same columns): `upsert`'s one compiled statement over positional,
    converted parameters, with no conflict clause (a duplicate fails the batch, as a plain INSERT does).
    Core's `execute(insert(table), rows)` ran every value of every row through SQLAlchemy's parameter
    handling: an inbox ingest spent a sixth of its time there."""
    _execute_batch(session, model, rows, None, ())


def _execute_batch(session: Session, model: Any, rows: Sequence[dict[str, Any]], keys: Sequence[str] | None,
                   update: Sequence[str]) -> None:
    if not rows:
        return
    table = model.__table__
    dialect = session.get_bind().dialect
    cols = list(rows[0])
    missing = [c for c in table.columns if c.name not in cols and not c.primary_key and c.server_default is None]
    if missing:  # Python-side defaults to fill in: let SQLAlchemy do it
        session.execute(_upsert_statement(table, dialect.name, keys, update), list(rows))
        return
    sql, order, procs = _prepare(table, cols, keys, update, dialect)
    converted = [(order.index(c), p) for c, p in procs.items() if p is not None]
    get = itemgetter(*order)
    params: list[tuple[Any, ...]] = []
    # The last value each column converted: a batch shares one `synced_at` (the same object on every
    # row), and a datetime's conversion is the costliest step of a row.
    last: list[tuple[Any, Any]] = [(_NOTHING, None)] * len(converted)
    for r in rows:
        t = list(get(r)) if len(order) > 1 else [get(r)]
        for n, (k, p) in enumerate(converted):
            v = t[k]
            seen, out = last[n]
            if v is not seen:
                out = p(v)
                last[n] = (v, out)
            t[k] = out
        params.append(tuple(t))
    session.connection().exec_driver_sql(sql, params)


def _upsert_statement(table: Any, dialect: str, keys: Sequence[str] | None, update: Sequence[str],
                      values: dict[str, Any] | None = None) -> Any:
    stmt: Any = postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)
    if values is not None:
        # inline: no RETURNING of the new ids, which nobody reads (the server made and sent one a row)
        stmt = stmt.inline().values(values)
    if keys is None:  # a plain INSERT
        return stmt
    if update:
        return stmt.on_conflict_do_update(index_elements=list(keys), set_={c: stmt.excluded[c] for c in update})
    return stmt.on_conflict_do_nothing(index_elements=list(keys))


def _prepare(table: Any, cols: list[str], keys: Sequence[str] | None, update: Sequence[str],
             dialect: Any) -> tuple[str, list[str], dict[str, Callable[[Any], Any] | None]]:
    key = (table.name, tuple(cols), None if keys is None else tuple(keys), tuple(update), dialect.name)
    hit = _PREPARED.get(key)
    if hit is None:
        stmt = _upsert_statement(table, dialect.name, keys, update,
                                 {c: bindparam(c, type_=table.c[c].type) for c in cols})
        # Positional parameters on PostgreSQL too: psycopg reordered a dict into a tuple for every row.
        compiler = type(dialect)(paramstyle="format") if dialect.name == "postgresql" else dialect
        compiled = stmt.compile(dialect=compiler)
        assert compiled.positional and compiled.positiontup, "an upsert binds positionally on every dialect"
        order = list(compiled.positiontup)
        procs = {c: table.c[c].type._cached_bind_processor(dialect) for c in cols}
        hit = _PREPARED[key] = (str(compiled), order, procs)
    return hit
