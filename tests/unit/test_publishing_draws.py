"""Prize draws: no matrix account and no company person can win, and the winners follow from the seed
and the frozen list alone (a property test over random entrants, exclusions and seeds)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from matrix_desktop.core.publishing.draws import (
    RECORD_FORMAT,
    Draw,
    DrawState,
    Entrant,
    Exclusion,
    commitment_of,
    freeze,
    pick_winners,
    to_record,
    verify_record,
)

uids = st.text("0123456789", min_size=1, max_size=4)
entrant = st.builds(Entrant, uid=uids, name=st.sampled_from(["粉丝", "星河乳业员工", "小王", ""]),
                    followers=st.integers(0, 3), commented=st.booleans())
DEADLINE = datetime(2026, 12, 12, 4, tzinfo=UTC)


def drawn(seed: str, frozen: list, n: int) -> Draw:
    winners = pick_winners(seed, [e.uid for e in frozen if not e.excluded], n)
    return Draw(1, "冬季抽奖", "5010000000000001", DEADLINE, n, commitment_of(seed), DrawState.DRAWN,
                seed=seed, entrants=tuple(frozen), winners=tuple(winners))


@settings(max_examples=300, deadline=None)
@given(entrants=st.lists(entrant, max_size=40), matrix=st.sets(uids, max_size=15), flagged=st.sets(uids, max_size=10),
       seed=st.text(min_size=1, max_size=64), n=st.integers(0, 12), must_comment=st.booleans())
def test_no_matrix_or_company_account_ever_wins_and_anyone_can_reproduce_the_winners(
        entrants: list[Entrant], matrix: set[str], flagged: set[str], seed: str, n: int, must_comment: bool) -> None:
    def linked(e: Entrant) -> bool:
        return "星河乳业" in e.name

    frozen = freeze(entrants, matrix_uids=matrix, flagged_uids=flagged, linked_to_company=linked,
                    must_comment=must_comment)
    d = drawn(seed, frozen, n)
    winners = set(d.winners)
    assert not winners & matrix
    assert not winners & flagged
    assert not any(linked(e) for e in entrants if e.uid in winners)
    assert all(max(x.followers for x in entrants if x.uid == w) > 0 for w in winners)
    eligible = {e.uid for e in frozen if not e.excluded}
    assert winners <= eligible and len(d.winners) == min(n, len(eligible)) == len(winners)
    # Each entrant once on the list, whatever order or repeats came in; the draw ignores the list's order.
    assert [e.uid for e in frozen] == sorted({e.uid for e in entrants})
    assert pick_winners(seed, sorted(eligible, reverse=True), n) == list(d.winners)
    # The published record verifies, from nothing but itself.
    assert verify_record(to_record(d)).ok


def test_a_changed_seed_list_or_winner_does_not_verify() -> None:
    entrants = [Entrant(str(7000 + i), f"粉丝{i}", followers=10) for i in range(20)]
    frozen = freeze(entrants, matrix_uids={"7003"})
    record = to_record(drawn("the-seed", frozen, 3))
    assert verify_record(record).ok and record["format"] == RECORD_FORMAT
    assert {e["uid"]: e["excluded"] for e in record["entrants"]}["7003"] == Exclusion.MATRIX.value

    other_seed = {**record, "seed": "another-seed"}
    assert any("commitment" in p for p in verify_record(other_seed).problems)
    swapped = {**record, "winners": ["7003", *record["winners"][1:]]}
    problems = verify_record(swapped).problems
    assert any("do not follow" in p for p in problems) and any("excluded" in p for p in problems)
    edited = {**record, "entrants": [e for e in record["entrants"] if e["uid"] != record["winners"][0]]}
    assert not verify_record(edited).ok
    assert not verify_record({"format": "other"}).ok
    assert not verify_record({**record, "state": "open"}).ok


def test_a_forward_without_a_comment_is_set_aside_when_the_rules_want_a_comment() -> None:
    entrants = [Entrant("1", "甲", 5, commented=False), Entrant("2", "乙", 5), Entrant("3", "丙", 0)]
    reasons = {e.uid: e.excluded for e in freeze(entrants, matrix_uids=())}
    assert reasons == {"1": Exclusion.NO_COMMENT.value, "2": "", "3": Exclusion.ZOMBIE.value}
    assert {e.uid: e.excluded for e in freeze(entrants, matrix_uids=(), must_comment=False)}["1"] == ""
