"""Compile the hand-written flags corpus sources into JSON lines, one file per company.

Run: .venv/bin/python scripts/build_flags_corpus.py

The sources (resources/corpus/flags/source/*.txt, and heldout_after/source/*.txt) are written by hand,
one profile a line, because a line of text is quicker to write and review than a JSON record. Format:

    company: {"legal_name": "...", "aliases": [...], "english_names": [...], "ticker": "..."}
    ## a note that applies to the following lines (the failure class or hard case they exercise)
    <kind> <FIELD> text [|| <FIELD> text ...] [## note detail]

kind: c current, f former, e executive, p partner, n none (not linked).
FIELD: R verified_reason of a verified account, U verified_reason of an unverified account,
D description, S screen_name. Lines without S get a neutral screen name from a fixed pool.

The output records have the shape of tests/data/flags_labelled.jsonl: Weibo user fields, the
`company` profile, `linked`, `kind`, `note`.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "resources" / "corpus" / "flags"
KINDS = {"c": "current", "f": "former", "e": "executive", "p": "partner", "n": "none"}
FIELDS = {"R": "verified_reason", "U": "verified_reason", "D": "description", "S": "screen_name"}
# Neutral screen names: none contains a company name of the corpus.
SCREEN_NAMES = (
    "阿杰爱跑步", "林间小鹿", "Tommy_Wu", "橘子汽水", "老周说事", "momo酱", "北方的狼", "Kris_Liu", "豆包妈妈",
    "一只大白鹅", "张三丰不会武功", "夏天的风88", "晨跑的猫", "Lynn_Chen", "江南烟雨", "小鱼干", "David_Zh",
    "星期八", "不吃香菜", "老刘头", "Coco不是可可", "胖虎", "海边的卡夫卡", "秋秋", "奔跑的蜗牛", "Jason_L",
    "糖醋排骨", "野生程序猿", "Vivian_W", "一颗柠檬", "大头儿子", "山野闲人", "Rachel_Sun", "芒果布丁",
)


def compile_source(path: Path, company_index: int) -> list[dict[str, object]]:
    rng = random.Random(company_index)
    company: dict[str, object] | None = None
    note = ""
    records: list[dict[str, object]] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("company:"):
            company = json.loads(line[len("company:"):])
            continue
        if line.startswith("##"):
            note = line[2:].strip()
            continue
        if company is None:
            raise SystemExit(f"{path}:{lineno}: a profile before the company line")
        body, _, detail = line.partition(" ## ")
        kind_code, _, rest = body.partition(" ")
        if kind_code not in KINDS:
            raise SystemExit(f"{path}:{lineno}: unknown kind {kind_code!r}")
        rec: dict[str, object] = {
            "id": 2_000_000_000 + company_index * 10_000 + len(records) + 1,
            "screen_name": rng.choice(SCREEN_NAMES), "verified": False, "verified_type": -1,
            "verified_reason": "", "description": "",
        }
        for part in rest.split(" || "):
            code, _, text = part.strip().partition(" ")
            if code not in FIELDS or not text.strip():
                raise SystemExit(f"{path}:{lineno}: bad field {part!r}")
            rec[FIELDS[code]] = text.strip()
            if code == "R":
                rec["verified"], rec["verified_type"] = True, 0
        kind = KINDS[kind_code]
        rec.update(company=company, linked=kind != "none", kind=kind,
                   note=f"{note}; {detail.strip()}" if detail.strip() else note)
        if not rec["note"]:
            raise SystemExit(f"{path}:{lineno}: no note")
        records.append(rec)
    return records


def build(source_dir: Path, out_dir: Path, first_index: int) -> int:
    total = 0
    for i, src in enumerate(sorted(source_dir.glob("*.txt"))):
        records = compile_source(src, first_index + i)
        with (out_dir / f"{src.stem}.jsonl").open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{src.stem}: {len(records)} profiles")
        total += len(records)
    return total


def main() -> None:
    total = build(ROOT / "source", ROOT, 1)
    held = ROOT / "heldout_after"
    if (held / "source").is_dir():
        total += build(held / "source", held, 50)
    print(f"total: {total}")


if __name__ == "__main__":
    sys.exit(main())
