"""The content calendar from the command line, and its services on SQLite and PostgreSQL alike."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.app.cli import run
from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.core.errors import ImportRejected
from matrix_desktop.core.publishing import AccountPlanRules, Column, PostState
from tests.fixtures.matrix import LEADER, OFFICIAL, add_team

DOMAIN = "xinghe-dairy.example"
LINK = f"https://{DOMAIN}/n"


def seed(s: AppServices) -> None:
    add_team(s)
    s.registry.create(AccountInput(OFFICIAL, "星河乳业", AccountRole.OFFICIAL))
    s.registry.create(AccountInput(LEADER, "林建华", AccountRole.LEADER))
    s.config.set("weibo.safe_domain", DOMAIN, actor=s.actor)


def cli(db_url: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", db_url, *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_draft_prints_the_new_id_approve_needs_a_leader_and_list_shows_it(services: AppServices) -> None:
    seed(services)
    url = services.db_url
    code, out, err = cli(url, "--as", "op", "post", "draft", "--account", OFFICIAL, "--text",
                         f"星河鲜牛奶上新 {LINK}", "--at", "now", "--column", "产品资讯", "--format", "json")
    assert code == 0, err
    post_id = json.loads(out)["id"]
    code, _, err = cli(url, "--as", "op", "post", "approve", str(post_id))
    assert code != 0 and "leader" in err
    code, out, err = cli(url, "--as", "leader", "post", "approve", str(post_id))
    assert code == 0, err
    code, out, _ = cli(url, "--as", "op", "post", "list", "--format", "json")
    [row] = json.loads(out)
    assert (row["id"], row["state"], row["column"]) == (post_id, "scheduled", "product")


def test_approve_refuses_a_sensitive_word_and_says_why(services: AppServices, tmp_path: Path) -> None:
    seed(services)
    words = tmp_path / "words.csv"
    words.write_text("word,category,note\n最低价,广告法,极限词\n", encoding="gb18030")
    url = services.db_url
    assert cli(url, "--as", "leader", "words", "import", str(words))[0] == 0
    _, out, _ = cli(url, "--as", "op", "post", "draft", "--account", OFFICIAL, "--text", f"全网最低价 {LINK}",
                    "--at", "2026-12-08T10:00", "--format", "json")
    post = json.loads(out)
    assert any(c["code"] == "sensitive" for c in post["checks"])
    code, _, err = cli(url, "--as", "leader", "post", "approve", str(post["id"]))
    assert code != 0 and "最低价" in err and "sensitive" in err


def test_calendar_list_shows_gaps_and_clashes_and_export_writes_csv(services: AppServices, tmp_path: Path) -> None:
    seed(services)
    s = services
    s.act_as("op")
    s.publishing.library.put_rules(AccountPlanRules(OFFICIAL, {Column.PRODUCT: 2}, latest="22:00"))
    bj = timedelta(hours=8)
    first = datetime(2026, 12, 7, 2, tzinfo=UTC)  # 10:00 in Beijing
    s.publishing.posts.draft(OFFICIAL, f"星河新品一 {LINK}", first, Column.PRODUCT)
    s.publishing.posts.draft(OFFICIAL, f"星河新品二 {LINK}", first + timedelta(minutes=20), Column.PRODUCT)
    s.publishing.posts.draft(OFFICIAL, f"星河晚安 {LINK}", datetime(2026, 12, 9, 23, tzinfo=UTC) - bj,
                             Column.BRAND_STORY)
    code, out, err = cli(s.db_url, "--as", "op", "calendar", "list", "--month", "2026-12", "--format", "json")
    assert code == 0, err
    view = json.loads(out)
    assert len(view["posts"]) == 3
    assert {c["code"] for c in view["clashes"]} == {"too_close", "hours"}
    assert any(g["week"] == "2026-12-14" and g["have"] == 0 and g["want"] == 2 for g in view["gaps"])
    assert not any(g["week"] == "2026-12-07" for g in view["gaps"])
    target = tmp_path / "cal.csv"
    assert cli(s.db_url, "--as", "op", "calendar", "export", "--month", "2026-12", "--output", str(target))[0] == 0
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("id,date,time") and "产品资讯" in text and "22:00" in text


def test_style_guides_are_versioned_and_words_import_is_all_or_nothing(services: AppServices) -> None:
    seed(services)
    lib = services.publishing.library
    services.act_as("op")
    one = lib.save_style_guide(OFFICIAL, "# 星河乳业\n- 称呼粉丝为“星粉”")
    two = lib.save_style_guide(OFFICIAL, "# 星河乳业\n- 称呼粉丝为“星粉”\n- 不用感叹号连发")
    assert (one.version, two.version) == (1, 2)
    assert lib.save_style_guide(OFFICIAL, two.text).version == 2  # unchanged: no new version
    assert [g.version for g in lib.style_versions(OFFICIAL)] == [2, 1]
    assert lib.style_guide(OFFICIAL, 1).text == one.text  # type: ignore[union-attr]
    services.act_as("leader")
    lib.add_word("竞品A", "竞品")
    with pytest.raises(ImportRejected):
        lib.import_words("word,category\n最低价,广告法\n,空的\n".encode(), replace=True)
    assert [w.word for w in lib.sensitive_words()] == ["竞品A"]


def test_a_rejected_post_returns_to_draft_with_the_note_and_an_edit_of_an_approved_one_needs_review(
        services: AppServices) -> None:
    seed(services)
    s = services
    s.act_as("op")
    p = s.publishing.posts.draft(OFFICIAL, f"星河新品 {LINK}", datetime.now(UTC) + timedelta(days=1)).post
    s.act_as("leader")
    assert s.publishing.posts.reject(p.id, "语气太硬").review_note == "语气太硬"
    s.publishing.posts.approve(p.id)
    s.act_as("op")
    edited = s.publishing.posts.edit(p.id, text=f"星河新品，欢迎尝鲜 {LINK}")
    assert edited.post.state is PostState.IN_REVIEW
    moved = s.publishing.posts.reschedule(p.id, datetime.now(UTC) + timedelta(days=2))
    assert moved.post.state is PostState.IN_REVIEW
