"""The benchmark suite keeps working: a run at tiny sizes writes every row in the agreed JSON shape.

Never a timing: whether a row met its target depends on the machine, so `pass` is only checked to be
a verdict, not a success.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_tiny_benchmark_run_writes_every_row_with_its_baseline_and_target(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MATRIX_HOME": str(tmp_path / "home")}
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "suite.py"), "--tiny", "--json", str(out)],
                         capture_output=True, text=True, timeout=900, env=env, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    rows = json.loads(out.read_text())
    for row in rows:
        assert {"name", "value", "unit", "baseline", "ratio", "target", "pass"} <= set(row)
        assert isinstance(row["value"], int | float) and row["value"] >= 0
        # an informational row (a share of the time) has no target of its own
        assert row["pass"] in (True, False) or (row["pass"] is None and row["target"] == "(measured)")
        assert (row["ratio"] is None) == (row["baseline"] is None)
    names = {r["name"] for r in rows}
    for expected in ("ingest synced comments (sync write path, SQLite)", "inbox ingest after a sync (items/s)",
                     "open the inbox: first screen, default filter", "open the inbox: first screen, all",
                     "filter the inbox: 退款", "filter the inbox: 奶", "classify verification links (profiles/s)",
                     "triage (comments/s)", "triage with suggested replies (comments/s)",
                     "plan a forwarding campaign (whole service call)", "resident memory, inbox open",
                     "cold start to the main window's first paint (demo db)", "Today: the page's one read (worker)",
                     "analytics, 30 days: every chart's numbers (worker)", "keyword spike check after a sync",
                     "GUI stall while Today and the charts reload: worst late tick",
                     "GUI stall, desk + inbox open while 200 items arrive: worst late tick"):
        assert expected in names
    # Three sizes per scaling row, so the growth shows.
    assert sum(r["name"] == "open the inbox: first screen, all" for r in rows) == 3
    if os.environ.get("MATRIX_TEST_PG_URL"):
        for expected in ("ingest synced comments (sync write path, PostgreSQL)",
                         "inbox ingest after a sync (items/s, PostgreSQL)",
                         "first screen, service page of 50 rows, default filter (PostgreSQL)",
                         "first screen, service page of 50 rows, all (PostgreSQL)",
                         "plan a forwarding campaign (whole service call, PostgreSQL)"):
            assert expected in names
        assert sum(r["name"] == "first screen, service page of 50 rows, all (PostgreSQL)" for r in rows) == 3
