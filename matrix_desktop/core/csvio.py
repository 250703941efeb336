"""CSV reading and writing for the account registry: read in UTF-8/UTF-16/GBK, written as UTF-8 with a BOM."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from matrix_desktop.core.accounts import Account, AccountInput, AccountRole, parse_role, validate_input
from matrix_desktop.core.csvsafe import guard_row, unguard_cell
from matrix_desktop.core.errors import ImportRejected, RowProblem, ValidationError
from matrix_desktop.core.textcodec import decode_text

ACCOUNT_COLUMNS = (
    "uid", "screen_name", "role", "owner", "team", "verified", "verified_type", "verified_reason",
    "description", "followers_count", "friends_count", "statuses_count",
)
REQUIRED_COLUMNS = ("uid", "screen_name", "role")
MAX_IMPORT_BYTES = 50 * 1024 * 1024

_TRUE = {"1", "true", "yes", "y", "是", "已认证", "v"}
_FALSE = {"", "0", "false", "no", "n", "否", "未认证"}


def decode_csv_bytes(raw: bytes) -> str:
    """Decode a CSV file's bytes exactly: UTF-8 (BOM or not), UTF-16, GBK/GB18030 (see core.textcodec)."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise ValidationError(f"the file is {len(raw) // (1024 * 1024)} MB; the limit is 50 MB")
    return decode_text(raw)


def _bool(value: str, column: str) -> bool:
    v = value.strip().lower()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    raise ValueError(f"{column} {value!r} is not yes/no")


def _int(value: str, column: str, default: int) -> int:
    v = value.strip().replace(",", "")
    if not v:
        return default
    try:
        return int(v)
    except ValueError:
        raise ValueError(f"{column} {value!r} is not a whole number") from None


def read_table(text: str, required: Sequence[str], known: Sequence[str], empty_message: str
               ) -> tuple[list[tuple[int, dict[str, str]]], list[RowProblem]]:
    """Read a strict CSV table: a header of known columns (required ones present), then rows as
    {column: cell} with their file line numbers. Blank rows are skipped; rows with the wrong number of
    cells are problems. A bad header raises at once (nothing else can be read without it)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError(empty_message) from None
    except csv.Error as exc:
        raise ImportRejected([RowProblem(1, f"unreadable CSV ({exc})")]) from None
    names = [h.strip().lower() for h in header]
    why = []
    repeated = sorted({n for n in names if n and names.count(n) > 1})
    if repeated:
        why.append(f"column(s) {', '.join(repeated)} appear more than once in the header")
    missing = [c for c in required if c not in names]
    if missing:
        why.append(f"the header lacks column(s): {', '.join(missing)}")
    unknown = [n for n in names if n and n not in known]
    if unknown:
        why.append(f"unknown column(s): {', '.join(unknown)}")
    if why:
        raise ImportRejected([RowProblem(1, "; ".join(why))])
    rows: list[tuple[int, dict[str, str]]] = []
    problems: list[RowProblem] = []
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(RowProblem(reader.line_num, f"unreadable CSV ({exc})"))
            break
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(names):
            problems.append(RowProblem(reader.line_num, f"has {len(cells)} cells, the header has {len(names)}"))
            continue
        rows.append((reader.line_num, {n: unguard_cell(c) for n, c in zip(names, cells, strict=True) if n}))
    return rows, problems


def parse_accounts_csv(text: str) -> list[tuple[int, AccountInput]]:
    """Parse every row; raise ImportRejected naming each bad row (by file line) if any is bad.

    Returns (line number, input) pairs so later checks (duplicates, role rules) can name lines too.
    """
    return parse_accounts_file(text).rows


@dataclass(frozen=True)
class AccountsFile:
    """A parsed accounts CSV: which columns it has (the others it leaves alone) and its rows."""

    columns: frozenset[str]
    rows: list[tuple[int, AccountInput]]


def parse_accounts_file(text: str) -> AccountsFile:
    """Like `parse_accounts_csv`, and also which columns the header names."""
    header = next(csv.reader(io.StringIO(text, newline="")), [])
    columns = frozenset(h.strip().lower() for h in header if h.strip())
    table, problems = read_table(text, REQUIRED_COLUMNS, ACCOUNT_COLUMNS,
                                 "the file is empty: expected a header row with uid, screen_name, role")
    rows: list[tuple[int, AccountInput]] = []
    seen: dict[str, int] = {}
    for line, cells in table:

        def cell(col: str, cells: dict[str, str] = cells) -> str:
            return cells.get(col, "")

        try:
            data = AccountInput(
                uid=cell("uid").strip(), screen_name=cell("screen_name").strip(), role=parse_role(cell("role")),
                owner=cell("owner").strip(), team=cell("team").strip(),
                verified=_bool(cell("verified"), "verified"),
                verified_type=_int(cell("verified_type"), "verified_type", -1),
                verified_reason=cell("verified_reason").strip(), description=cell("description").strip(),
                followers_count=_int(cell("followers_count"), "followers_count", 0),
                friends_count=_int(cell("friends_count"), "friends_count", 0),
                statuses_count=_int(cell("statuses_count"), "statuses_count", 0),
            )
        except (ValueError, ValidationError) as exc:
            problems.append(RowProblem(line, str(exc)))
            continue
        row_problems = validate_input(data)
        if data.uid in seen:
            row_problems.append(f"uid {data.uid} already appears on line {seen[data.uid]}")
        else:
            seen[data.uid] = line
        if row_problems:
            problems.append(RowProblem(line, "; ".join(row_problems)))
            continue
        rows.append((line, data))
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: p.line))
    return AccountsFile(columns, rows)


#: What each account field is when cleared (an empty cell in its column).
_CLEARED = {f: getattr(AccountInput("0", "x", AccountRole.EMPLOYEE), f)
            for f in ACCOUNT_COLUMNS if f not in REQUIRED_COLUMNS}


@dataclass(frozen=True)
class AccountChange:
    """One account a re-import touches: its uid, and per field (old, new)."""

    uid: str
    changes: dict[str, tuple[Any, Any]]

    @property
    def clears(self) -> list[str]:
        return [f for f, (_old, new) in self.changes.items() if new == _CLEARED.get(f, object())]


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, computed before anything is written (the preview the CLI prints)."""

    create: list[AccountInput] = field(default_factory=list)
    update: list[tuple[int, AccountInput, AccountChange]] = field(default_factory=list)
    unchanged: int = 0

    def clears(self) -> dict[str, int]:
        """Field -> how many existing accounts the import empties it on."""
        counts: dict[str, int] = {}
        for _id, _data, change in self.update:
            for f in change.clears:
                counts[f] = counts.get(f, 0) + 1
        return counts

    def summary_lines(self) -> list[str]:
        lines = [f"creates {len(self.create)} account(s)",
                 f"updates {len(self.update)} account(s), {self.unchanged} unchanged"]
        lines += [f"clears {f} on {n} account(s)" for f, n in sorted(self.clears().items())]
        return lines

    @property
    def changes_existing(self) -> bool:
        return bool(self.update)


def merge_import(current: AccountInput, incoming: AccountInput, columns: frozenset[str]) -> AccountInput:
    """`current` with the fields of the columns the file has taken from `incoming`; the rest kept.

    A column absent from the file leaves its field as it is; an empty cell in a present column clears it.
    """
    return replace(current, **{f: getattr(incoming, f) for f in ACCOUNT_COLUMNS if f in columns})


def plan_account_import(parsed: AccountsFile, existing: Callable[[str], Account | None]) -> ImportPlan:
    """Which rows create accounts, which change existing ones (field: old -> new), which change nothing."""
    plan = ImportPlan()
    unchanged = 0
    for _line, data in parsed.rows:
        current = existing(data.uid)
        if current is None:
            plan.create.append(data)
            continue
        before = current.as_input()
        merged = merge_import(before, data, parsed.columns)
        diff = {f: (getattr(before, f), getattr(merged, f)) for f in ACCOUNT_COLUMNS
                if getattr(before, f) != getattr(merged, f)}
        if diff:
            plan.update.append((current.id, merged, AccountChange(data.uid, diff)))
        else:
            unchanged += 1
    return replace(plan, unchanged=unchanged)


def format_accounts_csv(accounts: Iterable[Account], bom: bool = True) -> str:
    """The registry as CSV text; with a BOM so Excel opens the Chinese correctly."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(ACCOUNT_COLUMNS)
    for a in accounts:
        writer.writerow(guard_row(account_row(a)))
    return ("\ufeff" if bom else "") + out.getvalue()


def account_row(a: Account) -> Sequence[str]:
    return (
        a.uid, a.screen_name, a.role.value, a.owner, a.team, "true" if a.verified else "false",
        str(a.verified_type), a.verified_reason, a.description, str(a.followers_count),
        str(a.friends_count), str(a.statuses_count),
    )
