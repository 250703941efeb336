"""The sandbox as a platform: persistence, the demo company, traffic and its hidden labels, admin surface."""

from __future__ import annotations

from pathlib import Path

import requests

from matrix_desktop.weibo.sandbox import demo
from matrix_desktop.weibo.sandbox.server import SandboxServer
from matrix_desktop.weibo.sandbox.traffic import CATEGORIES
from tests.fixtures.sandbox import SandboxFactory, account, client_for


def test_a_restart_keeps_posts_comments_and_tokens(sandbox_factory: SandboxFactory, tmp_path: Path) -> None:
    first = sandbox_factory(data_dir=tmp_path / "kept")
    token = account(first, "official")["access_token"]
    with client_for(first) as client:
        post = client.share(f"重启前发布 https://{demo.SAFE_DOMAIN}/x")
        comment = client.comments_create(post["id"], "重启前的评论")
    first.stop()
    second = sandbox_factory(data_dir=tmp_path / "kept")
    assert account(second, "official")["access_token"] == token
    with client_for(second) as client:
        assert client.statuses_show(post["id"])["text"] == post["text"]
        assert [c["id"] for c in client.comments_show(post["id"])["comments"]] == [comment["id"]]


def test_traffic_is_the_same_for_the_same_seed_value(sandbox_factory: SandboxFactory) -> None:
    def stream(server: SandboxServer) -> list[tuple[object, ...]]:
        return [(e["kind"], e["category"], e["fan_uid"], e["text"], e["target_uid"]) for e in server.generate_traffic(30)]

    a, b, c = sandbox_factory(seed_value=7), sandbox_factory(seed_value=7), sandbox_factory(seed_value=8)
    assert stream(a) == stream(b)
    assert stream(a) != stream(c)


def test_traffic_covers_every_category_and_keeps_labels_out_of_the_api(sandbox: SandboxServer) -> None:
    labels = sandbox.labels()
    assert {label["category"] for label in labels} == set(CATEGORIES)
    crisis_ids = {label["id"] for label in labels if label["category"] == "crisis" and label["kind"] == "comment"}
    with client_for(sandbox) as client:
        comments = list(client.iter_comments_to_me(max_items=200))
    assert all("category" not in c and "label" not in c for c in comments)
    crisis_texts = [c["text"] for c in comments if c["id"] in crisis_ids]
    signals = ("异物", "拉肚子", "曝光", "315", "上吐下泻", "头发")
    assert crisis_texts and all(any(s in t for s in signals) for t in crisis_texts)


def test_the_demo_company_ground_truth_matches_what_the_api_reports(sandbox: SandboxServer) -> None:
    assert len(demo.DEMO_LINKED_EMPLOYEE_UIDS) == 5 and len(demo.EMPLOYEES) == 30
    with client_for(sandbox) as client:
        linked = [client.users_show(uid=uid) for uid in sorted(demo.DEMO_LINKED_EMPLOYEE_UIDS)]
        unverified = client.users_show(uid=next(iter(demo.DEMO_UNVERIFIED_LEADER_UIDS)))
    names = ("星河乳业", "星河牛奶", "Xinghe Dairy")
    assert all(any(n in u["verified_reason"] + u["description"] for n in names) for u in linked)
    assert unverified["verified"] is False and unverified["verified_type"] == -1
    assert demo.DEMO_COMPANY.legal_name == "星河乳业股份有限公司" and "星河牛奶" in demo.DEMO_COMPANY.aliases


def test_admin_surface_changes_verification_and_generates_traffic_over_http(sandbox: SandboxServer) -> None:
    uid = demo.EMPLOYEES[7].uid
    answer = requests.post(f"{sandbox.base_url}/_sandbox/profile", timeout=5, data={
        "uid": uid, "verified": "1", "verified_type": "0", "verified_reason": "星河乳业 研发工程师"})
    assert answer.json() == {"result": "true"}
    events = requests.post(f"{sandbox.base_url}/_sandbox/traffic", data={"n": 5}, timeout=5).json()
    assert len(events) == 5 and all(e["category"] in CATEGORIES for e in events)
    with client_for(sandbox) as client:
        user = client.users_show(uid=uid)
    assert user["verified"] is True and user["verified_reason"] == "星河乳业 研发工程师"
    labels = requests.get(f"{sandbox.base_url}/_sandbox/labels", timeout=5).json()
    assert labels[-1]["event"] == events[-1]["event"]


def test_background_traffic_arrives_at_the_configured_pace(sandbox_factory: SandboxFactory) -> None:
    server = sandbox_factory(traffic_rate=600.0)  # one event every 0.1 s
    before = len(server.labels())
    import time

    deadline = time.monotonic() + 5
    while len(server.labels()) < before + 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(server.labels()) >= before + 3
