"""Seed 000's errors three and four as checks: the page setup of each account, and whom the official
and leader accounts follow.

The page-setup checklist reads only what the sync stores (description, verification). Location,
link, avatar, cover and tags are not stored yet, and the checklist says so instead of guessing.
The following-list audit sorts each followed account by rules over its name and verification, so
the unrelated ones can be reviewed; every verdict carries its reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from matrix_desktop.core.accounts import Account, AccountRole
from matrix_desktop.core.company import CompanyProfile
from matrix_desktop.core.insight.keywords import normalise
from matrix_desktop.core.insight.records import FollowedAccount


class CheckStatus(StrEnum):
    OK = "ok"
    MISSING = "missing"
    NOT_STORED = "not_stored"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class SetupCheck:
    key: str
    status: CheckStatus
    detail: str = ""


@dataclass(frozen=True)
class AccountSetup:
    """One account's page-setup checklist."""

    account: Account
    checks: tuple[SetupCheck, ...]

    @property
    def problems(self) -> int:
        return sum(1 for c in self.checks if c.status == CheckStatus.MISSING)

    def check(self, key: str) -> SetupCheck:
        return next(c for c in self.checks if c.key == key)


#: The checklist's items, in the order the page shows them.
SETUP_KEYS = ("description", "contact", "location", "link", "avatar", "cover", "tags", "verification")
#: Profile fields the sync does not bring home (yet): the checklist cannot judge them.
NOT_STORED_KEYS = ("location", "link", "avatar", "cover", "tags")

_CONTACT = re.compile(r"(400|800)[-\s]?\d{3}[-\s]?\d{4}|1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|[\w.+-]+@[\w-]+\.[\w.]+"
                      r"|客服|热线|电话|微信|邮箱|私信")


def setup_checklist(account: Account) -> AccountSetup:
    """What is right and what is missing on one account's page, from the stored profile fields."""
    desc = account.description.strip()
    checks = [
        SetupCheck("description", CheckStatus.OK if desc else CheckStatus.MISSING, desc[:60]),
    ]
    if account.role in (AccountRole.OFFICIAL, AccountRole.SUB_BRAND):
        m = _CONTACT.search(desc)
        checks.append(SetupCheck("contact", CheckStatus.OK if m else CheckStatus.MISSING, m.group(0) if m else ""))
    else:
        checks.append(SetupCheck("contact", CheckStatus.NOT_APPLICABLE))
    checks.extend(SetupCheck(k, CheckStatus.NOT_STORED) for k in NOT_STORED_KEYS)
    if account.role in (AccountRole.OFFICIAL, AccountRole.LEADER, AccountRole.SUB_BRAND):
        checks.append(SetupCheck("verification", CheckStatus.OK if account.verified else CheckStatus.MISSING,
                                 account.verified_reason))
    else:
        checks.append(SetupCheck("verification", CheckStatus.NOT_APPLICABLE, account.verified_reason))
    return AccountSetup(account, tuple(checks))


class FollowCategory(StrEnum):
    OWN_MATRIX = "own_matrix"
    PARTNER = "partner"
    INDUSTRY = "industry"
    LOYAL_FAN = "loyal_fan"
    MEDIA = "media"
    COMPETITOR = "competitor"
    UNRELATED = "unrelated"


@dataclass(frozen=True)
class FollowVerdict:
    follow: FollowedAccount
    follower_name: str
    category: FollowCategory
    reason: str


# Weibo's verified_type: 1 government, 3 media, 5 website, 7 organisation (associations, NGOs).
_MEDIA_TYPES = {3, 5}
_INSTITUTION_TYPES = {1, 7}
_MEDIA_WORDS = ("日报", "晚报", "早报", "新闻", "电视台", "卫视", "媒体", "财经", "杂志", "周刊", "频道", "报社",
                "记者", "观察", "资讯", "头条")
_PARTNER_WORDS = ("经销", "代理", "分销", "合作", "供应", "渠道", "旗舰店", "专卖", "加盟", "物流", "门店")
_INDUSTRY_WORDS = ("协会", "行业", "商会", "联盟", "研究院", "学会", "产业", "质检", "监管", "市场监督")
#: Talked to the matrix at least this often in the synced history: a loyal fan worth following.
LOYAL_FAN_INTERACTIONS = 3


def _hit(name: str, words: Sequence[str]) -> str:
    folded = normalise(name)
    return next((w for w in words if w and normalise(w) in folded), "")


def classify_follow(f: FollowedAccount, company: CompanyProfile, own_uids: set[str],
                    competitors: Sequence[str] = (), partners: Sequence[str] = ()) -> tuple[FollowCategory, str]:
    """Which kind of account `f` is, and why. The order matters: own accounts and competitors first,
    so a competitor's association page is still a competitor."""
    name = f.target_name
    if f.target_uid in own_uids:
        return FollowCategory.OWN_MATRIX, "own matrix account"
    if w := _hit(name, competitors):
        return FollowCategory.COMPETITOR, f"name contains {w}"
    if w := _hit(name, [*partners, *_PARTNER_WORDS]):
        return FollowCategory.PARTNER, f"name contains {w}"
    if f.target_verified and f.target_verified_type in _MEDIA_TYPES:
        return FollowCategory.MEDIA, f"verified type {f.target_verified_type} (media)"
    if w := _hit(name, _MEDIA_WORDS):
        return FollowCategory.MEDIA, f"name contains {w}"
    if w := _hit(name, _INDUSTRY_WORDS):
        return FollowCategory.INDUSTRY, f"name contains {w}"
    # The business's own words ("牛奶") only mark a verified page: a fan may be "爱喝牛奶的小王".
    if f.target_verified and (w := _hit(name, company.business_keywords)):
        return FollowCategory.INDUSTRY, f"verified, name contains {w}"
    if f.target_verified and f.target_verified_type in _INSTITUTION_TYPES:
        return FollowCategory.INDUSTRY, f"verified type {f.target_verified_type} (institution)"
    if f.interactions_with_matrix >= LOYAL_FAN_INTERACTIONS:
        return FollowCategory.LOYAL_FAN, f"{f.interactions_with_matrix} interactions with the matrix"
    return FollowCategory.UNRELATED, "no rule matched"


def audit_follows(follows: Sequence[FollowedAccount], accounts: Sequence[Account], company: CompanyProfile,
                  competitors: Sequence[str] = (), partners: Sequence[str] = ()) -> list[FollowVerdict]:
    """Verdicts on whom the official and leader accounts follow (other roles follow freely)."""
    by_uid = {a.uid: a for a in accounts}
    own = set(by_uid)
    out: list[FollowVerdict] = []
    for f in follows:
        follower = by_uid.get(f.account_uid)
        if follower is None or follower.role not in (AccountRole.OFFICIAL, AccountRole.LEADER):
            continue
        category, reason = classify_follow(f, company, own, competitors, partners)
        out.append(FollowVerdict(f, follower.screen_name, category, reason))
    order = list(FollowCategory)
    out.sort(key=lambda v: (order.index(v.category) if v.category != FollowCategory.UNRELATED else -1,
                            v.follower_name, v.follow.target_name))
    return out
