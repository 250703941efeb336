"""The monthly report: its contents read from a real database (SQLite and PostgreSQL), and the
`matrix-desktop report` command printing a real PDF whose text (pdftotext) is the month's, in Chinese."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding.records import OutsideKind
from matrix_desktop.core.weibo import SyncedPost
from matrix_desktop.services.insight.monthly import month_bounds, parse_month
from matrix_desktop.store.models.inbox import InboxItemRow, ReplyDraftRow
from matrix_desktop.weibo.sandbox.demo import DEMO_COMPANY
from tests.fixtures.matrix import LEADER, OFFICIAL, add_team, fan_comment, store_interactions

ROOT = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).with_name("matrix-desktop")
NOW = datetime.now(UTC).replace(microsecond=0)
MONTH = NOW.astimezone().strftime("%Y-%m")
START, END = month_bounds(*parse_month(MONTH))
CRISIS = "孩子喝了星河纯牛奶之后拉肚子，送医院了，你们必须给个说法！"
REPLY = "非常抱歉，我们已安排专人联系您，批次正在送检。"


def at(hours: float) -> datetime:
    """A moment inside this month, `hours` after it began (the month's data, whatever today is)."""
    return (START + timedelta(hours=hours)).astimezone(UTC)


def fill_month(s: AppServices) -> None:
    """A month of a small matrix: posts, fans' comments (one crisis, answered), a flag, a campaign."""
    add_team(s)
    s.act_as("admin")
    with s.uow() as uow:
        uow.company.save(DEMO_COMPANY)
        uow.commit()
    s.act_as("op")
    s.registry.create(AccountInput(OFFICIAL, "星河乳业", AccountRole.OFFICIAL, followers_count=10_000, verified=True))
    s.registry.create(AccountInput(LEADER, "林建华-星河乳业", AccountRole.LEADER, followers_count=2_000))
    s.registry.create(AccountInput("6120099001", "小王爱跑步", AccountRole.EMPLOYEE, verified=True,
                                   verified_reason="星河乳业股份有限公司 工程师"))
    s.flags.reevaluate()
    with s.uow() as uow:
        uow.sync.upsert_posts([
            SyncedPost("4900000000000101", OFFICIAL, "牧场开放日，欢迎来内蒙古看奶牛", at(3), 40, 120, 900),
            SyncedPost("4900000000000102", LEADER, "和团队复盘这一年", at(5), 2, 10, 60),
            SyncedPost("4900000000000103", OFFICIAL, "上个月的帖子", at(-30), 999, 999, 999),
        ], NOW)
        uow.commit()
    store_interactions(s, [fan_comment(1, CRISIS, at(6)), fan_comment(2, "请问开封后能放多久？", at(7)),
                           *(fan_comment(10 + n, "好喝", at(8), author_uid="7000100") for n in range(5))])
    s.inbox.triage.ingest()
    with s.uow() as uow:  # the crisis was answered two hours later (as the reply sender records it)
        item = uow.session.scalars(select(InboxItemRow)
                                   .where(InboxItemRow.category == "crisis")).one()
        uow.session.add(ReplyDraftRow(item_id=item.id, source="manual", edited_text=REPLY, state="sent",
                                      written_by="op", created_at=at(7), sent_at=at(8)))
        uow.session.execute(update(InboxItemRow).where(InboxItemRow.id == item.id)
                            .values(status="replied", first_response_at=at(8)))
        uow.commit()
    c = s.forwarding.campaigns.add_campaign("牧场开放日", 500_000, "4900000000000101")
    s.forwarding.campaigns.put_outside("7000000001", "乳业观察", OutsideKind.BIG_V, 80_000, 520_000)
    s.forwarding.campaigns.record_paid_forward(c.id, "7000000001", "5099", at=at(9))
    s.insight.snapshots.take()


def test_the_month_holds_its_posts_crises_with_their_handling_flags_and_campaigns(services: AppServices) -> None:
    fill_month(services)
    rep = services.insight.monthly.report(MONTH)
    assert (rep.start, rep.end) == (START, END) and rep.company_name == DEMO_COMPANY.legal_name
    assert [p.mid for p in rep.top_posts] == ["4900000000000101", "4900000000000102"]  # last month's left out
    assert rep.posts == 2 and rep.post_interactions == 40 + 120 + 900 + 2 + 10 + 60
    assert rep.fan_interactions == 7
    assert rep.crises_total == 1
    crisis = rep.crises[0]
    assert (crisis.text, crisis.status, crisis.reply_text, crisis.hours_to_answer) == (CRISIS, "replied", REPLY, 2.0)
    assert rep.flags.opened >= 1 and rep.flags.open_at_end >= 1
    assert [(c.campaign.name, c.spent_fen, c.reach) for c in rep.campaigns] == [("牧场开放日", 80_000, 520_000)]
    ratio = rep.matrix_ratio
    assert ratio is not None and ratio.fans == 3  # the fan who said 好喝 five times is one fan
    assert rep.followers_end == 12_000


def test_a_month_must_be_written_yyyy_mm_and_have_begun() -> None:
    for bad in ("2026-13", "2026/11", "11-2026", "", "1999-01"):
        with pytest.raises(ValidationError):
            parse_month(bad)
    assert month_bounds(2026, 12)[1] == datetime(2027, 1, 1).astimezone()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "matrix_desktop"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, encoding="utf-8", timeout=180, cwd=ROOT)


@pytest.mark.keyring
def test_the_report_command_prints_a_pdf_of_the_month_in_chinese(sqlite_url: str, tmp_path: Path) -> None:
    s = bootstrap(sqlite_url)
    try:
        fill_month(s)
    finally:
        s.close()
    out = tmp_path / "月报.pdf"
    r = run_cli("--db", sqlite_url, "--as", "op", "report", "--month", MONTH, "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"wrote {out}" and out.read_bytes().startswith(b"%PDF")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is installed by scripts/setup.sh --test"
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True).stdout
    squeezed = "".join(text.split())
    for expected in (f"{DEMO_COMPANY.legal_name}微博矩阵月报（{MONTH}）", "本月数据概览", "危机及处置",
                     "牧场开放日，欢迎来内蒙古看奶牛", "非常抱歉，我们已安排专人联系您", "2.0小时后", "付费转发活动",
                     "¥800.00", "员工认证标记", "同一粉丝只计一次"):  # a chart note (the charts are pictures)
        assert expected in squeezed, expected
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "A4" in pages


@pytest.mark.keyring
def test_the_report_command_refuses_bad_arguments_in_one_line(sqlite_url: str, tmp_path: Path) -> None:
    s = bootstrap(sqlite_url)
    s.close()
    for args, words in ((["--month", "2026-13", "--out", str(tmp_path / "r.pdf")], "is not YYYY-MM"),
                        (["--month", MONTH, "--out", str(tmp_path / "r.txt")], "ending in .pdf"),
                        (["--month", MONTH, "--out", str(tmp_path / "nope" / "r.pdf")], "does not exist"),
                        (["--month", "2099-01", "--out", str(tmp_path / "r.pdf")], "has not begun")):
        r = run_cli("--db", sqlite_url, "report", *args)
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and words in r.stderr, r.stderr
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.part")) == []
