"""How long the forwarding planner takes for a 5,000-employee matrix.

A plain script: `python benchmarks/bench_planner.py`. It prints, it does not assert — timing depends on
the machine. The baseline, measured in the same run, is the least any planner must do: sort the
forwarders and render one template each. The ratio says what the planning itself costs on top.
"""

from __future__ import annotations

import time as clock
from collections.abc import Callable
from datetime import UTC, datetime, time
from functools import partial

from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.forwarding import (
    DEFAULT_TEMPLATES,
    Forwarder,
    ForwardRule,
    PlanSettings,
    QuietHours,
    SourcePost,
    TokenState,
    check_plan,
    make_plan,
    render,
)

EMPLOYEES = 5_000
RUNS = 7


def build_matrix() -> tuple[SourcePost, list[ForwardRule], list[Forwarder]]:
    """An official post, 4 leaders, 12 sub-brands and 5,000 employees with a realistic mix of states."""
    post = SourcePost("4987654321012345", "1000000001", "小米公司", "年度新品发布会回顾", "……",
                      frozenset({"新品"}), datetime(2024, 5, 1, 2, 0, tzinfo=UTC))
    forwarders = [Forwarder(f"20000000{i:02d}", f"领导{i}", AccountRole.LEADER) for i in range(4)]
    forwarders += [Forwarder(f"30000000{i:02d}", f"子品牌{i}", AccountRole.SUB_BRAND, slogan=f"口号{i}")
                   for i in range(12)]
    quiet = QuietHours(time(23, 0), time(7, 30))
    for i in range(EMPLOYEES):
        forwarders.append(Forwarder(
            f"4{i:09d}", f"员工{i}", AccountRole.EMPLOYEE,
            quiet_hours=quiet if i % 4 == 0 else None,
            token_state=TokenState.EXPIRED if i % 50 == 0 else TokenState.CONNECTED,
            opted_out=i % 97 == 0, forwards_today=i % 7,
        ))
    rules = [ForwardRule(post.author_uid, f.uid,
                         templates=("{slogan}：{title}",) if f.role is AccountRole.SUB_BRAND else ())
             for f in forwarders]
    return post, rules, forwarders


def best_of(fn: Callable[[], object], runs: int = RUNS) -> float:
    best = float("inf")
    for _ in range(runs):
        t = clock.perf_counter()
        fn()
        best = min(best, clock.perf_counter() - t)
    return best


def main() -> None:
    post, rules, forwarders = build_matrix()
    variables = {"author": post.author_name, "title": post.title}

    def baseline() -> None:
        ordered = sorted(forwarders, key=lambda f: (f.role.rank, f.uid))
        for n, f in enumerate(ordered):
            render(DEFAULT_TEMPLATES[n % len(DEFAULT_TEMPLATES)], {**variables, "name": f.screen_name})

    # A day-long window with a 10 s gap so nearly everyone gets a slot; then the default 4-hour
    # window with a 2-minute gap, where most employees are skipped for want of room.
    scenarios = {
        "everyone scheduled (24 h window, 10 s gap)": PlanSettings(seed=1, window_minutes=24 * 60,
                                                                   min_gap_seconds=10),
        "crowded (rules' 5–240 min window, 120 s gap)": PlanSettings(seed=1),
    }
    base = best_of(baseline)
    print(f"matrix: {len(forwarders)} forwarders ({EMPLOYEES} employees); best of {RUNS} runs")
    print(f"baseline (sort + render one template each): {base * 1000:8.1f} ms")
    for label, settings in scenarios.items():
        took = best_of(partial(make_plan, post, rules, forwarders, settings))
        plan = make_plan(post, rules, forwarders, settings)
        checked = best_of(partial(check_plan, plan, forwarders, settings, post=post), runs=3)
        problems = check_plan(plan, forwarders, settings, post=post)
        print(f"make_plan, {label}: {took * 1000:8.1f} ms  ({took / base:4.1f}× baseline); "
              f"{len(plan.entries)} planned, {len(plan.skipped)} skipped; "
              f"check_plan {checked * 1000:.1f} ms, {len(problems)} problems")


if __name__ == "__main__":
    main()
