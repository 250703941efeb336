"""`matrix-desktop eval triage|replies|flags`: how triage and reply suggestions do on text nobody here wrote.

`triage` trains on every company of the corpus but one and tests on that one, for each company in
turn (leave-one-company-out), then measures the shipped model once on the held-out-after batch, a
set written after the model was fixed and never trained or tuned on, and the throughput.
`replies` measures the choice of manual entry (or of none) on the reply set and on the held-out batch.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from matrix_desktop.core.errors import NotFound, ValidationError
from matrix_desktop.core.inbox.evaluate import (
    ReplyReport,
    evaluate_replies,
    evaluate_triager,
    format_triage_report,
    leave_one_company_out,
    load_reply_set,
    replies_leave_one_company_out,
    reply_candidates,
    throughput,
    train_match_weights,
)
from matrix_desktop.core.inbox.model import load_corpus
from matrix_desktop.core.inbox.triage import Triager

# matrix_desktop/app/commands/eval.py → the repository root holds resources/corpus/.
CORPUS = Path(__file__).resolve().parents[3] / "resources" / "corpus"


def register(sub: Any) -> None:
    p = sub.add_parser("eval", help="measure triage, reply suggestions and verification flags on the labelled corpus")
    esub = p.add_subparsers(dest="eval_command", metavar="WHAT", required=True)
    t = esub.add_parser("triage", help="leave-one-company-out triage figures, the held-out batch, throughput")
    t.add_argument("--corpus", default=str(CORPUS), metavar="DIR",
                   help="the corpus root with triage/ (default: resources/corpus)")
    t.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    t.set_defaults(handler=run_triage)
    r = esub.add_parser("replies", help="top-1 accuracy of the manual entry chosen, with none")
    r.add_argument("--corpus", default=str(CORPUS), metavar="DIR",
                   help="the corpus root with replies/ and manuals/ (default: resources/corpus)")
    r.add_argument("--save-weights", metavar="FILE",
                   help="also learn the match weights from the whole reply set and write them to FILE "
                        "(the shipped ones: matrix_desktop/core/inbox/data/reply_weights.json)")
    r.set_defaults(handler=run_replies)
    f = esub.add_parser("flags", help="verification-flag P/R/F1 and kind accuracy per company, and the "
                                      "held-out-after batch")
    f.add_argument("--corpus", default=str(CORPUS), metavar="DIR",
                   help="the corpus root with flags/ (default: resources/corpus)")
    f.add_argument("--misses", type=int, default=10, help="misses to list per report")
    f.set_defaults(handler=run_flags)


def _triage_dir(root: str) -> Path:
    path = Path(root) / "triage"
    if not path.is_dir():
        raise NotFound(f"no triage corpus at {path}")
    return path


def run_triage(args: argparse.Namespace, ctx: Any) -> int:
    directory = _triage_dir(args.corpus)
    items = load_corpus(directory)
    out = ctx.stdout
    out.write(f"leave-one-company-out over {len(items)} items, {len({i.company for i in items})} companies, "
              f"{len({i.industry for i in items})} industries\n")
    loco = leave_one_company_out(items, progress=lambda c: print(f"  training without {c} …", file=ctx.stderr,
                                                                 flush=True))
    out.write(f"  {'company':12} {'n':>5} {'macro-F1':>9} {'crisis recall':>14}\n")
    for company, rep in loco.per_company.items():
        out.write(f"  {company:12} {rep.n:5d} {rep.macro_f1:9.3f} {rep.crisis_recall:14.3f}\n")
    out.write(format_triage_report(loco.pooled, "pooled leave-one-company-out") + "\n")
    out.write(format_triage_report(loco.pooled_unseen, "pooled, only texts no training company has") + "\n")
    triager = Triager()
    held = load_corpus(directory / "heldout_after") if (directory / "heldout_after").is_dir() else []
    held_report = evaluate_triager(triager, held) if held else None
    if held_report:
        companies = ", ".join(sorted({i.company for i in held}))
        out.write(format_triage_report(held_report, f"held-out-after batch ({companies}), shipped model") + "\n")
    texts = [i.text for i in items]
    sample = (texts * (10_000 // max(1, len(texts)) + 1))[:10_000]
    triager.classify_many(sample[:200])  # warm up jieba and OpenCC
    # The sample repeats the corpus: a triager that kept its verdicts would answer the repeats from
    # memory, so the rate is measured without (every text worked out).
    rate = throughput(Triager(recent_texts=0), sample)
    out.write(f"throughput: {rate:,.0f} comments/s (classify_many, batches of 2000, one process)\n")
    if args.json:
        out.write(json.dumps({
            "loco_macro_f1": loco.pooled.macro_f1, "loco_crisis_recall": loco.pooled.crisis_recall,
            "loco_unseen_macro_f1": loco.pooled_unseen.macro_f1,
            "heldout_macro_f1": held_report.macro_f1 if held_report else None,
            "heldout_crisis_recall": held_report.crisis_recall if held_report else None,
            "throughput": rate}) + "\n")
    return 0


def _print_replies(out: Any, title: str, rep: ReplyReport) -> None:
    out.write(f"{title}: {rep.n} comments\n  top-1 accuracy {rep.top1_accuracy:.3f}   "
              f"answerable {rep.answerable_accuracy:.3f} ({rep.answerable})   "
              f"none right {rep.none_accuracy:.3f} ({rep.none})\n")


def run_replies(args: argparse.Namespace, ctx: Any) -> int:
    root = Path(args.corpus)
    if not (root / "replies").is_dir():
        raise NotFound(f"no reply set at {root / 'replies'}")
    if args.save_weights and not Path(args.save_weights).resolve().parent.is_dir():
        raise ValidationError(f"--save-weights {args.save_weights}: its folder does not exist")
    cases, indexes = load_reply_set(root)
    if len({c.company for c in cases}) >= 2:
        _print_replies(ctx.stdout, "reply set, leave-one-company-out (weights learned on the other companies)",
                       replies_leave_one_company_out(cases, indexes))
    else:  # nothing to learn from but the company itself
        ctx.stdout.write("reply set: one company only, so no leave-one-company-out figure\n")
    _print_replies(ctx.stdout, "reply set, shipped weights (learned on all of it: flatters)",
                   evaluate_replies(cases, indexes))
    if args.save_weights:
        Path(args.save_weights).write_text(train_match_weights(reply_candidates(cases, indexes)).to_json() + "\n",
                                           encoding="utf-8")
        ctx.stdout.write(f"weights learned from {len(cases)} comments written to {args.save_weights}\n")
    held_root = root / "triage" / "heldout_after"
    if (held_root / "replies").is_dir():
        held_cases, held_indexes = load_reply_set(held_root)
        _print_replies(ctx.stdout, "held-out-after reply set (shipped weights, never trained on)",
                       evaluate_replies(held_cases, held_indexes))
    return 0


def run_flags(args: argparse.Namespace, ctx: Any) -> int:
    """The rules are not trained, so each company is measured on its own profiles (the rules name none)."""
    from matrix_desktop.core.flags.evaluate import flags_report, format_report

    directory = Path(args.corpus) / "flags"
    if not directory.is_dir():
        raise NotFound(f"no flags corpus at {directory}")
    print(format_report(flags_report(directory), max_misses=args.misses), file=ctx.stdout)
    held = directory / "heldout_after"
    if any(held.glob("*.jsonl")):
        print("\nheld-out-after batch (written after the matcher was fixed, never tuned on):", file=ctx.stdout)
        print(format_report(flags_report(held), max_misses=args.misses), file=ctx.stdout)
    return 0
