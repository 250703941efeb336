"""Train the shipped triage model from the labelled corpus and write it into the package.

    python scripts/train_triage_model.py

Deterministic: the same corpus and rules give the same file. The held-out-after batch
(`resources/corpus/triage/heldout_after/`) is never read here.
"""

from __future__ import annotations

import time
from pathlib import Path

from matrix_desktop.core.inbox.model import Lexicon, load_corpus, train_model
from matrix_desktop.core.inbox.triage import MODEL_RESOURCE, TriageRules

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    items = load_corpus(ROOT / "resources" / "corpus" / "triage")
    started = time.perf_counter()
    model = train_model([(i.text, i.category, i.company) for i in items], Lexicon.from_rules(TriageRules.default()))
    out = ROOT / "matrix_desktop" / "core" / "inbox" / MODEL_RESOURCE
    out.write_bytes(model.to_json())
    print(f"{len(items)} items, {len({i.company for i in items})} companies, trained in "
          f"{time.perf_counter() - started:.1f}s; temperature {model.temperature:.2f}, crisis threshold "
          f"{model.crisis_threshold:.2f}; {out.stat().st_size // 1024} KiB → {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
