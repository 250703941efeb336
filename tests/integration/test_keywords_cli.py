"""`matrix-desktop keywords …` through the command line's own entry (in process, so it stays quick) on a
real SQLite file: watch lists kept, a burst found by `check`, its alert listed with the items behind it,
acknowledged once."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.app.cli import run
from tests.fixtures.matrix import add_team, fan_comment, store_interactions

pytestmark = pytest.mark.keyring


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def cli(db: str, *args: str) -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", db, *args], stdout=out, stderr=err)
    return Result(code, out.getvalue(), err.getvalue())


def test_watch_lists_are_kept_and_a_burst_becomes_one_acknowledged_alert(sqlite_url: str) -> None:
    s = bootstrap(sqlite_url)
    try:
        add_team(s)
    finally:
        s.close()
    r = cli(sqlite_url, "keywords", "add", "竞品", "--kind", "competitor", "--term", "蒙牛", "--term", "伊利", "--as", "op")
    assert r.returncode == 0 and r.stdout.strip() == "竞品 (competitor): 2 terms", r.stderr
    assert cli(sqlite_url, "keywords", "add", "危机", "--term", "拉肚子", "--kind", "crisis", "--as", "op").returncode == 0
    r = cli(sqlite_url, "keywords", "add", "竞品", "--kind", "crisis", "--term", "x", "--as", "op")
    assert r.returncode == 2 and "remove it first" in r.stderr
    r = cli(sqlite_url, "keywords", "add", "x", "--kind", "weather", "--term", "x", "--as", "op")
    assert r.returncode == 2 and "use one of brand" in r.stderr
    assert cli(sqlite_url, "keywords", "remove", "竞品", "--term", "伊利", "--as", "op").returncode == 0
    r = cli(sqlite_url, "keywords", "remove", "竞品", "--term", "光明", "--as", "op")
    assert r.returncode == 2 and "has no term 光明" in r.stderr
    r = cli(sqlite_url, "keywords", "add", "竞品", "--term", "光明", "--as", "leader")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1  # leaders do not edit watch lists
    lists = [json.loads(line) for line in cli(sqlite_url, "keywords", "list", "--format", "json").stdout.splitlines()]
    assert [(w["name"], w["kind"], w["terms"]) for w in lists] == [("竞品", "competitor", ["蒙牛"]),
                                                                   ("危机", "crisis", ["拉肚子"])]

    now = datetime.now(UTC)
    s = bootstrap(sqlite_url)
    try:
        store_interactions(s, [fan_comment(n, f"喝了拉肚子{n}", now - timedelta(minutes=n)) for n in range(1, 7)])
    finally:
        s.close()
    r = cli(sqlite_url, "keywords", "check")
    assert r.returncode == 0 and r.stdout.startswith("alert #1: 危机 6 mentions"), r.stdout + r.stderr
    assert cli(sqlite_url, "keywords", "check").stdout.strip() == "no new spike"
    alerts = [json.loads(x) for x in cli(sqlite_url, "keywords", "alerts", "--items", "--format", "json").stdout.splitlines()]
    assert [(a["id"], a["watch"], a["count"], len(a["items"])) for a in alerts] == [(1, "危机", 6, 6)]
    assert cli(sqlite_url, "keywords", "ack", "1", "--as", "leader").returncode == 0
    r = cli(sqlite_url, "keywords", "ack", "1", "--as", "leader")
    assert r.returncode == 2 and "acknowledged already" in r.stderr
    assert cli(sqlite_url, "keywords", "alerts", "--open", "--format", "json").stdout == ""
    assert cli(sqlite_url, "keywords", "remove", "危机", "--as", "op").stdout.strip() == "removed watch list 危机"
