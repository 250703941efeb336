"""`matrix-desktop flags ACTION`: employee-verification flags.

`flags classify` screens Weibo user objects (JSON lines, the `users/show` shape) against a company given
on the command line, without a database: one JSON line out per good line in. More actions (listing and
reviewing stored flags) register in `register()` next to it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from matrix_desktop.core.company import CompanyProfile
from matrix_desktop.core.errors import MatrixError, ValidationError
from matrix_desktop.core.flags import CompanyMatcher, ProfileText


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


def _lines(args: argparse.Namespace) -> Iterator[str]:
    if args.file == "-":
        stream: TextIO = sys.stdin
        # Read bytes as UTF-8 whatever the locale says: Weibo text is Chinese.
        if hasattr(stream, "buffer"):
            for raw in stream.buffer:
                yield raw.decode("utf-8", errors="replace")
        else:
            yield from stream
        return
    path = Path(args.file)
    if not path.is_file():
        raise MatrixError(f"no such file: {args.file}")
    with path.open(encoding="utf-8", errors="replace") as f:
        yield from f


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
