"""The client against the sandbox over real HTTP: endpoints, shapes and pagination."""

from __future__ import annotations

from datetime import timedelta

import pytest

from matrix_desktop.core.weibo_errors import ApiPermissionDenied, TargetNotFound
from matrix_desktop.weibo.client import WeiboClient
from matrix_desktop.weibo.sandbox import demo
from matrix_desktop.weibo.sandbox.server import SandboxServer
from matrix_desktop.weibo.timefmt import parse_weibo_time
from tests.fixtures.sandbox import SandboxFactory, client_for


def test_users_show_reports_the_official_account_with_its_verification(official: WeiboClient) -> None:
    user = official.users_show(uid=demo.OFFICIAL.uid)
    assert user["screen_name"] == "星河乳业"
    assert user["idstr"] == str(demo.OFFICIAL.uid)
    assert user["verified"] is True and user["verified_type"] == 2
    assert user["verified_reason"] == "星河乳业股份有限公司官方微博"
    assert user["followers_count"] > 1_000_000
    assert parse_weibo_time(user["status"]["created_at"]).utcoffset() == timedelta(hours=8)


def test_max_id_is_inclusive_and_since_id_exclusive(official: WeiboClient) -> None:
    ids = [s["id"] for s in official.user_timeline(count=10)["statuses"]]
    assert ids == sorted(ids, reverse=True) and len(ids) == 10
    older = [s["id"] for s in official.user_timeline(max_id=ids[3], count=3)["statuses"]]
    assert older == ids[3:6]  # the max_id item itself comes back
    newer = [s["id"] for s in official.user_timeline(since_id=ids[3], count=10)["statuses"]]
    assert newer == ids[:3]


def test_iter_user_timeline_walks_every_page_exactly_once(official: WeiboClient) -> None:
    every = [s["id"] for s in official.user_timeline(count=100)["statuses"]]
    walked = [s["id"] for s in official.iter_user_timeline(count=3)]
    assert walked == every and len(walked) == len(set(walked)) == len(demo.OFFICIAL_POSTS)


def test_iter_comments_to_me_since_a_point_yields_only_the_new_fan_comments(
        sandbox: SandboxServer, official: WeiboClient) -> None:
    newest = official.comments_to_me(count=1)["comments"][0]["id"]
    events = sandbox.generate_traffic(40)
    expected = {e["id"] for e in events if e["object"] == "comment" and e["target_uid"] == demo.OFFICIAL.uid
                and e["kind"] in ("comment", "reply")}
    got = [c["id"] for c in official.iter_comments_to_me(since_id=newest, count=2)]
    assert set(got) == expected and len(got) == len(expected) > 0
    assert all(c_id > newest for c_id in got)


def test_mentions_of_the_official_account_name_it(official: WeiboClient) -> None:
    mentions = list(official.iter_mentions(count=20, max_items=30))
    assert mentions and all("@星河乳业" in s["text"] for s in mentions)
    comment_mentions = list(official.iter_comment_mentions(max_items=10))
    assert all("@星河乳业" in c["text"] for c in comment_mentions)


def test_iter_friends_follows_cursors_to_the_end(official: WeiboClient) -> None:
    page = official.friends(demo.OFFICIAL.uid, cursor=0, count=3)
    assert page["next_cursor"] == 3 and page["previous_cursor"] == 0 and len(page["users"]) == 3
    names = {u["screen_name"] for u in official.iter_friends(demo.OFFICIAL.uid, count=3)}
    assert names == {a.screen_name for a in (*demo.LEADERS, *demo.SUB_BRANDS, *demo.OTHERS)}


def test_repost_with_a_comment_shows_in_the_repost_timeline(sandbox: SandboxServer, official: WeiboClient) -> None:
    post = official.user_timeline(count=1)["statuses"][0]
    earlier = [r["id"] for r in official.iter_repost_timeline(post["id"], count=2)]
    assert len(earlier) == post["reposts_count"]
    with client_for(sandbox, "leader") as leader:
        repost = leader.repost(post["id"], "好消息，大家一起来看看", is_comment=1)
    assert repost["retweeted_status"]["id"] == post["id"]
    reposts = [r["id"] for r in official.iter_repost_timeline(post["id"], count=2)]
    assert reposts == [repost["id"], *earlier]
    comments = official.comments_show(post["id"])["comments"]
    assert comments[0]["text"] == "好消息，大家一起来看看"
    assert official.statuses_show(post["id"])["reposts_count"] == post["reposts_count"] + 1


def test_repost_of_a_deleted_post_is_refused_with_20101(sandbox: SandboxServer, official: WeiboClient) -> None:
    post = official.user_timeline(count=1)["statuses"][0]
    official.destroy(post["id"])
    with client_for(sandbox, "leader") as leader, pytest.raises(TargetNotFound) as info:
        leader.repost(post["id"], "转发")
    assert info.value.code == 20101 and info.value.http_status == 400


def test_reply_to_a_fan_comment_is_prefixed_with_the_mention(official: WeiboClient) -> None:
    fan_comment = next(c for c in official.iter_comments_to_me() if "reply_comment" not in c)
    reply = official.comments_reply(fan_comment["id"], fan_comment["status"]["id"], "感谢反馈，已私信您")
    assert reply["text"] == f"回复@{fan_comment['user']['screen_name']}:感谢反馈，已私信您"
    assert reply["reply_comment"]["id"] == fan_comment["id"]


def test_share_needs_a_link_on_the_safe_domain(official: WeiboClient) -> None:
    post = official.share(f"冬季新品预告 https://www.{demo.SAFE_DOMAIN}/winter")
    assert post["user"]["id"] == demo.OFFICIAL.uid and "未通过审核应用" in post["source"]
    with pytest.raises(Exception) as info:
        official.share("没有链接的内容")
    assert getattr(info.value, "code", None) == 10017


def test_rate_limit_status_counts_calls_and_posts(official: WeiboClient) -> None:
    before = official.rate_limit_status()
    official.users_show(uid=demo.OFFICIAL.uid)
    official.share(f"限量新品 https://{demo.SAFE_DOMAIN}/a")
    after = official.rate_limit_status()
    assert before["user_limit"] == 1000 and before["limit_time_unit"] == "HOURS"
    assert after["remaining_user_hits"] == before["remaining_user_hits"] - 2
    share = next(x for x in after["api_rate_limits"] if x["api"] == "/statuses/share")
    assert share["limit"] == 30 and share["remaining_hits"] == 29
    assert 0 < after["reset_time_in_seconds"] <= 3600


def test_standard_tier_applies_todays_restrictions(sandbox_factory: SandboxFactory) -> None:
    server = sandbox_factory(tier="standard")
    with client_for(server) as official:
        fan = next(iter(official.iter_comments_to_me()))["user"]
        reduced = official.users_show(uid=fan["id"])
        assert "followers_count" not in reduced and "verified_reason" not in reduced
        with pytest.raises(ApiPermissionDenied) as info:
            official.user_timeline(uid=demo.LEADERS[0].uid)
        assert info.value.code == 21335
        with pytest.raises(ApiPermissionDenied) as info:
            official.update("直接发微博")
        assert info.value.code == 10014 and info.value.http_status == 403
        assert len(official.friends(count=50)["users"]) == 5
