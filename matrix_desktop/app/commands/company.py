"""`matrix-desktop company show|set`: the company profile the flags matcher and the inbox read."""

from __future__ import annotations

import argparse
from typing import Any

from matrix_desktop.app.output import print_json
from matrix_desktop.core.company import CompanyProfile


def register(sub: Any) -> None:
    """Add `company show` and `company set` to the CLI."""
    p = sub.add_parser("company", help="show or set the company profile (names the flags look for)")
    csub = p.add_subparsers(dest="company_command", metavar="ACTION", required=True)

    show = csub.add_parser("show", help="print the company profile")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(handler=run_show)

    st = csub.add_parser("set", help="replace the company profile (admins); re-checks every flag",
                         description="Replaces the whole profile: names not given are removed.")
    st.add_argument("--name", required=True, metavar="NAME", help="the legal name, e.g. 星河乳业股份有限公司")
    st.add_argument("--alias", action="append", default=[], metavar="A", help="a brand or short name (repeatable)")
    st.add_argument("--english", action="append", default=[], metavar="NAME", help="an English name (repeatable)")
    st.add_argument("--ticker", default="", metavar="T", help="the stock ticker")
    st.add_argument("--keyword", action="append", default=[], metavar="K",
                    help="a business keyword, e.g. 牛奶 (repeatable)")
    st.set_defaults(handler=run_set)


def profile_json(p: CompanyProfile) -> dict[str, Any]:
    return {"legal_name": p.legal_name, "aliases": list(p.aliases), "english_names": list(p.english_names),
            "ticker": p.ticker, "business_keywords": list(p.business_keywords)}


def run_show(args: argparse.Namespace, ctx: Any) -> int:
    p = ctx.services().company.get()
    if args.format == "json":
        print_json(ctx.stdout, profile_json(p))
        return 0
    if not p.is_set:
        print("no company profile yet: matrix-desktop company set --name NAME [--alias A ...]", file=ctx.stdout)
        return 0
    for label, value in (("legal name", p.legal_name), ("aliases", "、".join(p.aliases)),
                         ("English names", "; ".join(p.english_names)), ("ticker", p.ticker),
                         ("keywords", "、".join(p.business_keywords))):
        print(f"{label + ':':15}{value or '—'}", file=ctx.stdout)
    return 0


def run_set(args: argparse.Namespace, ctx: Any) -> int:
    report = ctx.services().company.set(CompanyProfile(
        legal_name=args.name, aliases=tuple(args.alias), english_names=tuple(args.english), ticker=args.ticker,
        business_keywords=tuple(args.keyword)))
    print(f"company profile saved; flags re-checked: {report.summary()}", file=ctx.stdout)
    return 0
