"""Hostile or mistyped input gets one clear line and a non-zero exit, never a traceback, and writes nothing:
numbers and times on the command line, settings, database files that are not (or no longer) ours, and
JSON from the platform that is not what the API promises."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matrix_desktop.app.cli import run
from matrix_desktop.core.weibo_errors import MalformedResponse
from matrix_desktop.weibo.platform import interaction_of, item_of, post_of, user_of


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        code = run(list(args), stdout=out, stderr=err)
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'matrix.db'}"
    assert cli("--db", url, "members", "add", "boss", "--role", "admin")[0] == 0
    return url


@pytest.mark.parametrize("argv", [
    ["flags", "ack", "abc"],
    ["flags", "ack", str(10 ** 20)],
    ["forward", "status", str(10 ** 23)],
    ["forward", "plan", "--post", "1", "--start", "yesterday"],
    ["forward", "plan", "--post", "1", "--start", "2001-01-01T00:00:00"],
    ["forward", "plan", "--post", "1", "--start", "9999-12-31T23:59:59"],
    ["forward", "plan", "--post", "1", "--seed", str(10 ** 23)],
    ["inbox", "list", "--status", "nonsense"],
    ["inbox", "approve", "-5"],
    ["audit", "list", "--limit", "0"],
    ["worker", "--poll", "nan"],
])
def test_a_bad_number_or_time_is_one_line_and_exit_2(db: str, capsys: pytest.CaptureFixture[str],
                                                       argv: list[str]) -> None:
    code, out, err = cli("--db", db, "--as", "boss", *argv)
    err += capsys.readouterr().err  # argparse writes to the real stderr
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "1e400", "99999"])
def test_a_timeout_that_is_not_a_sane_number_of_seconds_is_refused(db: str, value: str) -> None:
    code, _, err = cli("--db", db, "--as", "boss", "config", "set", "weibo.timeout_seconds", value)
    assert code == 2 and "weibo.timeout_seconds" in err
    assert cli("--db", db, "config", "get", "weibo.timeout_seconds")[1].strip().endswith("15.0")


def _files(tmp_path: Path, good: Path) -> dict[str, Path]:
    zero = tmp_path / "zero.db"
    zero.write_bytes(b"")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"PK\x03\x04 a zip, say" * 100)
    cut = tmp_path / "cut.db"
    cut.write_bytes(good.read_bytes()[:8192])
    newer = tmp_path / "newer.db"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    return {"empty": zero, "not a SQLite": junk, "damaged": cut, "newer version": newer}


def test_database_files_that_are_not_ours_get_one_line_that_says_what(db: str, tmp_path: Path) -> None:
    good = Path(db.removeprefix("sqlite:///"))
    for said, path in _files(tmp_path, good).items():
        size = path.stat().st_size
        code, _, err = cli("--db", f"sqlite:///{path}", "accounts", "list")
        assert code == 2, (said, err)
        assert said in err and len(err.strip().splitlines()) == 1, err
        assert path.stat().st_size == size  # not "repaired" into an empty database


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=25)
_items = st.one_of(_json, st.fixed_dictionaries(
    {}, optional={"id": _json | st.integers(min_value=1, max_value=2 ** 70), "idstr": _json,
                  "created_at": st.sampled_from(["Tue Dec 01 10:00:00 +0800 2026", "yesterday", ""]) | _json,
                  "text": _json, "user": _json, "status": _json, "reply_comment": _json,
                  "followers_count": _json, "verified_type": _json}))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(item=_items)
def test_platform_json_becomes_a_record_or_a_malformed_answer_never_a_crash(item: Any) -> None:
    for stream in ("comments_to_me", "mentions", "comment_mentions"):
        try:
            rec = interaction_of("1000000001", stream, item)
        except MalformedResponse:
            continue
        assert rec.platform_id.isdigit() and rec.created_at.tzinfo is not None
    for mapping in (lambda i: post_of("1000000001", i), user_of, item_of):
        try:
            mapping(item)
        except MalformedResponse:
            pass


def test_an_empty_db_option_is_refused_rather_than_meaning_the_default(tmp_path: Path) -> None:
    code, _, err = cli("--db", "", "accounts", "list")
    assert code == 2 and "--db is empty" in err


def test_a_rate_limited_account_is_counted_once_in_the_sync_summary() -> None:
    from datetime import UTC, datetime

    from matrix_desktop.core.sync import AccountSyncResult, SyncReport

    report = SyncReport([AccountSyncResult("1", "甲", ok=True),
                         AccountSyncResult("2", "乙", skipped="rate limit: deferred until 10:00",
                                           deferred_until=datetime.now(UTC)),
                         AccountSyncResult("3", "丙", skipped="not connected (no usable token)")])
    assert "1 synced, 0 failed, 1 deferred, 1 not connected" in report.summary()


_cell = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["", "1000000001", "official", "employee", "true", "9" * 30, "-1", "=SUM(A1)", "\"", ",", "\n", "星河乳业"])
_header = st.lists(st.sampled_from(["uid", "screen_name", "role", "owner", "team", "verified", "verified_type",
                                    "followers_count", "bogus", "uid"]), min_size=0, max_size=8)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=_header, rows=st.lists(st.lists(_cell, max_size=9), max_size=5))
def test_an_accounts_csv_of_any_shape_is_parsed_or_refused_in_words(header: list[str], rows: list[list[str]]) -> None:
    import csv as csvmod

    from matrix_desktop.core.csvio import parse_accounts_file
    from matrix_desktop.core.errors import MatrixError

    buf = io.StringIO()
    w = csvmod.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    try:
        parsed = parse_accounts_file(buf.getvalue())
    except MatrixError as exc:
        assert str(exc)
        return
    assert parsed is not None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300) | st.lists(st.sampled_from(
    ["# 手册", "## 问题？", "id: A-1", "id: A-1", "部门: 客服", "回答。", "", "## ", "id:"]), max_size=12).map("\n".join))
def test_an_answer_manual_of_any_shape_is_parsed_or_refused_in_words(text: str) -> None:
    from matrix_desktop.core.errors import MatrixError
    from matrix_desktop.core.inbox.answers import parse_manual_csv, parse_manual_markdown

    for parse in (lambda: parse_manual_markdown(text), lambda: parse_manual_csv(text.encode("utf-8"))):
        try:
            parse()
        except MatrixError as exc:
            assert str(exc)


_line = st.one_of(st.text(max_size=40), st.sampled_from([
    '{"id": 1, "text": "孩子喝了住院了"}', '{"id": "x", "text": 5}', "[1,2]", "null", '{"text": "\\ud800"}',
    "[" * 1000 + "]" * 1000, '{"id": 1, "text": "' + "9" * 5000 + '"}', '{"id": Infinity, "text": "a"}',
    '{"screen_name": "王芳", "verified_reason": "星河乳业 市场总监"}']))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(lines=st.lists(_line, min_size=1, max_size=6))
def test_classify_commands_take_any_json_lines_without_a_traceback(lines: list[str], tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    for argv in (["inbox", "classify", str(path)], ["flags", "classify", "--company", "星河乳业", str(path)]):
        code, out, err = cli(*argv)
        assert code in (0, 1, 2), (argv, code, err)
        assert "Traceback" not in err and "internal error" not in err, err


def test_a_text_longer_than_any_weibo_text_is_one_bad_line_and_the_rest_goes_on(tmp_path: Path) -> None:
    import json

    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "text": "我" * 30_000}) + "\n" + json.dumps({"id": 2, "text": "请问多久发货"})
                    + "\n", encoding="utf-8")
    code, out, err = cli("inbox", "classify", str(path))
    assert code == 1 and "longer than" in err and len(err.strip().splitlines()) == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [2]
