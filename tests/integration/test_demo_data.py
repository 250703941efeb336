"""The demo's registry is complete: every account has its owner and team, the matrix its rules, and the
inbox its answer manual (the suggested replies answer from it)."""

from __future__ import annotations

from matrix_desktop.app.demo import fill_demo_owners, start_demo


def test_demo_accounts_have_owners_teams_and_rules() -> None:
    demo = start_demo(traffic_rate=0)
    try:
        services = demo.services
        accounts = services.registry.search()
        assert accounts and all(a.owner and a.team for a in accounts)
        official = next(a for a in accounts if a.role.value == "official")
        assert (official.owner, official.team) == ("小林", "新媒体中心")
        assert services.forwarding.matrix.rules()
        assert len(services.inbox.manual.answers()) >= 20
        entry = services.inbox.triage.answer_index().match("星河鲜奶在河南哪里能买到呀？", k=1)
        assert entry and entry[0][0].key == "BZ-02"  # the shops entry, for a where-to-buy question
        assert fill_demo_owners(services) == 0  # a second start changes nothing (nor a person's edits)
    finally:
        demo.close()
