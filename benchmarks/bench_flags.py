"""How long does screening 100,000 Weibo profiles take? Run: .venv/bin/python benchmarks/bench_flags.py

Generates synthetic profiles (a realistic mix: most mention nothing, some the company, some hard
negatives), then times `CompanyMatcher.classify` on all of them. Machines here are noisy, so the figure
is also given as a ratio against a baseline measured in the same run: normalising the same texts
(NFKC, lower case, OpenCC t2s), which classification must do anyway. No assertion on time.
"""

from __future__ import annotations

import random
import time

from matrix_desktop.core.company import CompanyProfile
from matrix_desktop.core.flags import CompanyMatcher, ProfileText, normalise

N = 100_000

REASONS = [
    "", "", "", "知名美食博主", "字节跳动 后端工程师", "星河乳业股份有限公司 品牌经理", "前星河乳业销售经理",
    "星河湾物业 经理", "財經記者", "星河乳業 市場總監", "伊利集团 销售经理", "注册营养师", "星河物流有限公司 司机",
]
DESCRIPTIONS = [
    "", "热爱生活，喜欢跑步", "星河乳业忠实粉丝", "住在星河湾小区，两个孩子的妈妈", "Ex-Xinghe Dairy brand manager",
    "每天一杯酸奶", "原星河乳业员工，现在开咖啡馆", "马拉松爱好者 | 摄影 | 旅行", "Coffee lover, dad of two",
    "喜欢看璀璨星河，天文爱好者", "星河牧场 奶源技术员", "数码博主，分享好物", "张星河，设计师",
]


def profiles(n: int, seed: int = 5) -> list[ProfileText]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        reason = rng.choice(REASONS)
        # Vary the text so no cache could make repeated strings free.
        desc = rng.choice(DESCRIPTIONS) + ("" if rng.random() < 0.5 else f" #{rng.randrange(10_000)}")
        out.append(ProfileText(str(1_000_000_000 + i), f"用户{i}", bool(reason), 0 if reason else -1, reason, desc))
    return out


def main() -> None:
    data = profiles(N)
    t0 = time.perf_counter()
    matcher = CompanyMatcher(CompanyProfile("星河乳业股份有限公司", ("星河", "星河牧场"), ("Xinghe Dairy",), "XHRY"))
    build = time.perf_counter() - t0

    t0 = time.perf_counter()
    for p in data:
        normalise(p.verified_reason)
        normalise(p.screen_name)
        normalise(p.description)
    baseline = time.perf_counter() - t0

    t0 = time.perf_counter()
    linked = sum(matcher.classify(p).linked for p in data)
    elapsed = time.perf_counter() - t0

    print(f"profiles: {N:,}  linked: {linked:,}")
    print(f"matcher build (incl. loading jieba's dictionary once): {build:.2f} s")
    print(f"baseline, normalising the three fields:  {baseline:.2f} s")
    print(f"classify:                                {elapsed:.2f} s  ({N / elapsed:,.0f} profiles/s)")
    print(f"ratio classify / normalise baseline:     {elapsed / baseline:.2f}x")


if __name__ == "__main__":
    main()
