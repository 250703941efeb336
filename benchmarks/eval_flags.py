"""Score the verification-flags matcher on the labelled corpus. Run: .venv/bin/python benchmarks/eval_flags.py

Prints the report for resources/corpus/flags/ (the corpus the rules were improved on) and, separately,
for resources/corpus/flags/heldout_after/ (written after the matcher was fixed, never tuned on).
`--misses N` prints up to N misses per report.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from matrix_desktop.core.flags.evaluate import flags_report, format_report

CORPUS = Path(__file__).resolve().parents[1] / "resources" / "corpus" / "flags"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=30, help="misses to print per report")
    args = parser.parse_args()
    print(format_report(flags_report(CORPUS), max_misses=args.misses))
    held = CORPUS / "heldout_after"
    if any(held.glob("*.jsonl")):
        print()
        print(format_report(flags_report(held), max_misses=args.misses))


if __name__ == "__main__":
    main()
