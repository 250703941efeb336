"""`matrix-desktop flags ACTION`: employee-verification flags.

`flags classify` screens Weibo user objects (JSON lines, the `users/show` shape) against a company given
on the command line, without a database: one JSON line out per good line in. `flags list`, `reevaluate`,
`ack`, `resolve` and `waive` work on the stored flags (the company profile comes from `company set`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from matrix_desktop.app.argtypes import record_id
from matrix_desktop.app.output import print_json, print_table
from matrix_desktop.core.company import CompanyProfile
from matrix_desktop.core.errors import MatrixError, ValidationError
from matrix_desktop.core.flags import (
    ACTIVE_STATES,
    CompanyMatcher,
    FlagKind,
    FlagQuery,
    FlagState,
    ProfileText,
    Severity,
    VerificationFlag,
)
from matrix_desktop.core.textcodec import decode_text
from matrix_desktop.services.flags import NO_COMPANY


def register(sub: Any) -> None:
    """Add `flags` and its actions to the CLI."""
    p = sub.add_parser("flags", help="employee verification flags")
    fsub = p.add_subparsers(dest="flags_command", metavar="ACTION", required=True)

    cls = fsub.add_parser(
        "classify", help="screen Weibo user objects (JSON lines) for ties to the company",
        description="Reads users/show-shaped JSON objects, one per line, and writes one JSON line per "
                    "good input: id, linked, kind, severity, evidence. Bad lines are reported on stderr "
                    "and skipped (exit 1).",
    )
    cls.add_argument("--company", required=True, metavar="NAME", help="the company's legal name")
    cls.add_argument("--alias", action="append", default=[], metavar="A", help="a brand or short name (repeatable)")
    cls.add_argument("--english", action="append", default=[], metavar="NAME", help="an English name (repeatable)")
    cls.add_argument("--ticker", default="", metavar="T", help="the stock ticker")
    cls.add_argument("file", nargs="?", default="-", metavar="FILE", help="JSON lines file, or - for standard input")
    cls.set_defaults(handler=run_classify)

    lst = fsub.add_parser("list", help="list stored flags (default: open and acknowledged)")
    lst.add_argument("--state", action="append", default=[], metavar="STATE",
                     help="open, acknowledged, resolved, waived or all (repeatable)")
    lst.add_argument("--severity", action="append", default=[], metavar="S", help="high, medium or low (repeatable)")
    lst.add_argument("--kind", action="append", default=[], metavar="KIND",
                     help="employee_link, leader_unverified or employee_org_verified (repeatable)")
    lst.add_argument("--search", default="", help="text in the account name, uid, evidence or reason")
    lst.add_argument("--format", choices=("table", "json"), default="table")
    lst.set_defaults(handler=run_list)

    ree = fsub.add_parser("reevaluate", help="re-check every account against the company profile now")
    ree.set_defaults(handler=run_reevaluate)

    ack = fsub.add_parser("ack", help="acknowledge an open flag (you are on it)")
    ack.add_argument("id", type=record_id, metavar="ID")
    ack.set_defaults(handler=run_ack)

    res = fsub.add_parser("resolve", help="mark a flag resolved (e.g. the verification was changed)")
    res.add_argument("id", type=record_id, metavar="ID")
    res.add_argument("--reason", default="", metavar="R", help="why it is resolved")
    res.set_defaults(handler=run_resolve)

    wav = fsub.add_parser("waive", help="accept a flag on purpose; it is not reopened by later checks")
    wav.add_argument("id", type=record_id, metavar="ID")
    wav.add_argument("--reason", required=True, metavar="R", help="why the tie to the company is accepted")
    wav.set_defaults(handler=run_waive)


def _enum_set(values: list[str], enum: Any, label: str) -> frozenset[Any]:
    out: set[Any] = set()
    for v in values:
        for part in v.split(","):
            part = part.strip().lower()
            if not part:
                continue
            try:
                out.add(enum(part))
            except ValueError:
                allowed = ", ".join(e.value for e in enum)
                raise ValidationError(f"{label} {part!r} is not one of {allowed}") from None
    return frozenset(out)


def flag_json(f: VerificationFlag) -> dict[str, Any]:
    """A flag as plain JSON (what `flags list --format json` prints)."""
    return {
        "id": f.id, "account_uid": f.account_uid, "account": f.account_name, "kind": f.kind.value,
        "link_kind": f.link_kind.value, "severity": f.severity.value, "field": f.field, "evidence": f.evidence,
        "span": list(f.span) if f.span else None, "explanation": f.explanation, "state": f.state.value,
        "opened_at": f.opened_at.isoformat(), "closed_at": f.closed_at.isoformat() if f.closed_at else None,
        "state_reason": f.state_reason, "updated_by": f.updated_by,
    }


def run_list(args: argparse.Namespace, ctx: Any) -> int:
    """Print the flags that match; the default shows what still needs attention."""
    services = ctx.services()
    states_arg = [s for s in args.state if s.strip().lower() != "all"]
    states = _enum_set(states_arg, FlagState, "state")
    if not args.state:
        states = ACTIVE_STATES
    query = FlagQuery(states=states, severities=_enum_set(args.severity, Severity, "severity"),
                      kinds=_enum_set(args.kind, FlagKind, "kind"), text=args.search)
    flags = services.flags.list(query)
    if args.format == "json":
        print_json(ctx.stdout, [flag_json(f) for f in flags])
        return 0
    print_table(ctx.stdout, ["id", "severity", "kind", "account", "uid", "field", "evidence", "state", "opened"], [
        (f.id, f.severity.value, f.kind.value, f.account_name, f.account_uid, f.field, f.evidence, f.state.value,
         f.opened_at.astimezone().strftime("%Y-%m-%d %H:%M")) for f in flags
    ])
    if not services.flags.company_is_set():
        print(f"note: {NO_COMPANY} (matrix-desktop company set --name ...)", file=ctx.stderr)
    return 0


def run_reevaluate(args: argparse.Namespace, ctx: Any) -> int:
    report = ctx.services().flags.recheck()
    if report.skipped:
        raise MatrixError(f"{report.skipped} (matrix-desktop company set --name ...)")
    print(report.summary(), file=ctx.stdout)
    return 0


def _done(ctx: Any, f: VerificationFlag) -> int:
    reason = f" ({f.state_reason})" if f.state_reason else ""
    print(f"flag #{f.id} ({f.account_name or f.account_uid}, {f.kind.value}) is now {f.state.value}{reason}",
          file=ctx.stdout)
    return 0


def run_ack(args: argparse.Namespace, ctx: Any) -> int:
    return _done(ctx, ctx.services().flags.acknowledge(args.id))


def run_resolve(args: argparse.Namespace, ctx: Any) -> int:
    return _done(ctx, ctx.services().flags.resolve(args.id, args.reason))


def run_waive(args: argparse.Namespace, ctx: Any) -> int:
    return _done(ctx, ctx.services().flags.waive(args.id, args.reason))


def _lines(args: argparse.Namespace) -> Iterator[str]:
    """The input's lines, read exactly in its encoding (UTF-8, UTF-16, GBK...) or refused in one line."""
    if args.file == "-":
        stream: TextIO = sys.stdin
        raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    else:
        path = Path(args.file)
        if not path.is_file():
            raise MatrixError(f"no such file: {args.file}")
        raw = path.read_bytes()
    yield from decode_text(raw, args.file).splitlines()


def run_classify(args: argparse.Namespace, ctx: Any) -> int:
    """Classify every line; report bad ones with their line number and exit 1 if there were any."""
    if not args.company.strip():
        raise ValidationError("--company must name the company")
    matcher = CompanyMatcher(CompanyProfile(
        legal_name=args.company.strip(), aliases=tuple(args.alias), english_names=tuple(args.english),
        ticker=args.ticker,
    ))
    bad = 0
    out = ctx.stdout
    if out is sys.stdout and hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")  # JSON lines are UTF-8 whatever the terminal's locale
    for number, line in enumerate(_lines(args), start=1):
        text = line.strip().lstrip("\ufeff")
        if not text:
            continue
        try:
            obj = json.loads(text)
            profile = ProfileText.from_user_json(obj)
        except json.JSONDecodeError as exc:
            bad += 1
            print(f"{args.file}:{number}: not JSON ({exc.msg} at column {exc.colno})", file=ctx.stderr)
            continue
        except ValidationError as exc:
            bad += 1
            print(f"{args.file}:{number}: {exc}", file=ctx.stderr)
            continue
        d = matcher.classify(profile)
        out.write(json.dumps({
            "id": obj.get("id", profile.uid), "linked": d.linked, "kind": d.kind.value,
            "severity": d.severity.value, "evidence": d.evidence, "field": d.field,
            "explanation": d.explanation,
        }, ensure_ascii=False) + "\n")
    if bad:
        print(f"matrix-desktop: {bad} bad line(s) skipped", file=ctx.stderr)
        return 1
    return 0
