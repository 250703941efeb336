"""Insight end to end against the sandbox: a crisis burst in the fans' traffic raises a keyword alert
within one sync, and every sync adds a follower snapshot per synced account."""

from __future__ import annotations

import pytest

from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.core.insight.records import KeywordAlertView
from matrix_desktop.weibo.sandbox.demo import DEMO_COMPANY
from matrix_desktop.weibo.sandbox.server import SandboxServer

pytestmark = pytest.mark.keyring


def test_a_crisis_burst_raises_an_alert_within_one_sync(sandbox: SandboxServer, sqlite_url: str) -> None:
    services = bootstrap(sqlite_url)
    try:
        with services.uow() as uow:
            uow.company.save(DEMO_COMPANY)
            uow.commit()
        services.credentials.import_bundle(sandbox.credentials())
        services.sync.sync()  # the seeded days of traffic: the baseline
        assert services.insight.keywords.ensure_defaults() == 3
        heard: list[KeywordAlertView] = []
        services.insight.keywords.on_alert.append(heard.extend)
        assert services.insight.keywords.check() == []  # ordinary traffic is no crisis

        burst = sandbox.generate_traffic(15, category="crisis")
        assert {e["category"] for e in burst} == {"crisis"}
        services.sync.sync()

        # The burst names the brand's products too, so the brand list may spike with it.
        assert "危机词" in [a.watch_name for a in heard]
        alert = next(a for a in heard if a.watch_name == "危机词")
        behind = {t.text for t in services.insight.keywords.items(alert)}
        burst_texts = {str(e["text"]) for e in burst}
        assert alert.count >= 5 and len(behind & burst_texts) >= 5
        assert alert.id in [a.id for a in services.insight.today.summary().alerts]

        uids = {a["uid"] for a in sandbox.credentials()["accounts"]}
        history = services.insight.snapshots.history(alert.raised_at.replace(year=2000))
        assert len(history) == 2 * len(uids)  # one point per account per sync
    finally:
        services.close()
