"""Transient faults: reads are retried with back-off; a write whose outcome is unknown is never resent."""

from __future__ import annotations

import socket
import time

import pytest

from matrix_desktop.core.weibo_errors import MalformedResponse, TransientError, WriteOutcomeUnknown
from matrix_desktop.weibo.client import WeiboClient
from matrix_desktop.weibo.sandbox import demo
from tests.fixtures.sandbox import SandboxFactory, client_for


def test_reads_survive_injected_5xx_by_retrying(sandbox_factory: SandboxFactory) -> None:
    server = sandbox_factory(faults="5xx=0.4")
    with client_for(server, retries=8) as client:
        names = {client.users_show(uid=demo.OFFICIAL.uid)["screen_name"] for _ in range(15)}
    assert names == {"星河乳业"}


def test_a_read_that_always_fails_gives_up_with_a_transient_error(sandbox_factory: SandboxFactory) -> None:
    server = sandbox_factory(faults="5xx=1.0")
    with client_for(server, retries=2) as client, pytest.raises(TransientError) as info:
        client.users_show(uid=demo.OFFICIAL.uid)
    assert info.value.http_status in (502, 503) and "稍后" in info.value.explain("zh")


def test_a_write_answered_with_5xx_is_outcome_unknown_and_sometimes_was_applied(
        sandbox_factory: SandboxFactory) -> None:
    server = sandbox_factory()
    with client_for(server, retries=3) as client:
        post = client.user_timeline(count=1)["statuses"][0]
        server.set_faults("5xx=1.0")
        texts = [f"第{i}条回复，感谢关注" for i in range(8)]
        for text in texts:
            with pytest.raises(WriteOutcomeUnknown) as info:
                client.comments_create(post["id"], text)
            assert "核实" in info.value.explain("zh")
        server.set_faults(None)
        landed = {c["text"] for c in client.iter_comments_show(post["id"])} & set(texts)
    # The fault hid the answer of writes that were applied and of writes that were not: both happen.
    assert 0 < len(landed) < len(texts)


def test_a_write_that_times_out_is_outcome_unknown_not_resent(sandbox_factory: SandboxFactory) -> None:
    server = sandbox_factory(fault_delay=1.0)
    with client_for(server, retries=3, timeout=0.3) as client:
        post = client.user_timeline(count=1)["statuses"][0]
        server.set_faults("timeout=1.0")
        started = time.monotonic()
        with pytest.raises(WriteOutcomeUnknown):
            client.comments_create(post["id"], "超时测试的评论")
        assert time.monotonic() - started < 0.9  # one attempt only, no retry of the write
        server.set_faults(None)
        time.sleep(1.0)  # let the held answer finish (the sandbox applied or skipped the write meanwhile)
        hits = [c for c in client.iter_comments_show(post["id"]) if c["text"] == "超时测试的评论"]
    assert len(hits) <= 1


def test_a_write_to_a_closed_port_is_retried_because_nothing_was_sent() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with WeiboClient(f"http://127.0.0.1:{port}", "2.00abcdefghijklmnopqrstuvwxyz12", retries=2, backoff=0.01,
                     max_backoff=0.02) as client, pytest.raises(TransientError) as info:
        client.comments_create(1, "你好")
    assert info.value.request_sent is False and not isinstance(info.value, WriteOutcomeUnknown)


def test_a_malformed_answer_is_reported_as_such(sandbox_factory: SandboxFactory) -> None:
    server = sandbox_factory(faults="malformed=1.0")
    with client_for(server) as client, pytest.raises(MalformedResponse):
        client.user_timeline()
