"""`matrix-desktop report --month YYYY-MM --out FILE.pdf`: the monthly report, printed to PDF.

The PDF is laid out and drawn with Qt, which lives in the UI layer; `matrix_desktop.main` hands the
command to it (as it hands the window to `ui.application`), so this module only checks the arguments.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from matrix_desktop.core.errors import ConfigError, ValidationError
from matrix_desktop.services.insight.monthly import parse_month


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="the monthly report as a PDF (charts, crises, SLA, campaigns, flags)",
                       description="Prints one calendar month (local time) of the matrix to an A4 PDF in the "
                                   "interface language (Chinese by default, --lang en for English).")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="the month, e.g. 2026-11")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.set_defaults(handler=run_report)


def check_report_args(args: argparse.Namespace) -> Path:
    parse_month(args.month)
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(f"--out {args.out}: the report is a PDF; give a file name ending in .pdf")
    if not out.parent.is_dir():
        raise ValidationError(f"--out {args.out}: folder {out.parent} does not exist")
    if out.is_dir():
        raise ValidationError(f"--out {args.out} is a folder; give a file name ending in .pdf")
    return out


def run_report(args: argparse.Namespace, ctx: Any) -> int:
    out = check_report_args(args)
    services = ctx.services()
    if ctx.gui is None:
        raise ConfigError("the PDF is drawn with Qt; run the report through the matrix-desktop command")
    code: int = ctx.gui(args, services)
    if code == 0:
        print(f"wrote {out}", file=ctx.stdout)
    return code
