"""What the composer keeps at hand: each account's style guide (versioned Markdown), the company's
sensitive-word list (CSV in and out) and each account's calendar rules."""

from __future__ import annotations

import re

from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.csvio import decode_csv_bytes
from matrix_desktop.core.errors import NotFound, ValidationError
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory
from matrix_desktop.core.publishing import AccountPlanRules, SensitiveWord, StyleGuide
from matrix_desktop.core.publishing.words import WORD_MAX, format_words_csv, parse_words_csv

GUIDE_MAX = 20_000
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class ContentLibrary:
    """Style guides, sensitive words and calendar rules."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider) -> None:
        self._uow = uow
        self._actor = actor

    # -- style guides ----------------------------------------------------------------------------------
    def style_guide(self, account_uid: str, version: int | None = None) -> StyleGuide | None:
        with self._uow.readonly() as uow:
            return uow.publishing.style_guide(account_uid, version)

    def style_versions(self, account_uid: str) -> list[StyleGuide]:
        with self._uow.readonly() as uow:
            return uow.publishing.style_versions(account_uid)

    def save_style_guide(self, account_uid: str, text: str) -> StyleGuide:
        """A new version of the account's style guide (an unchanged text makes none)."""
        actor = self._actor()
        actor.require("edit style guides", MemberRole.OPERATOR, MemberRole.LEADER)
        if len(text) > GUIDE_MAX:
            raise ValidationError(f"the style guide is longer than {GUIDE_MAX} characters")
        with self._uow() as uow:
            if uow.accounts.get(account_uid) is None:
                raise NotFound(f"account {account_uid} is not in the registry")
            current = uow.publishing.style_guide(account_uid)
            if current is not None and current.text == text:
                return current
            guide = uow.publishing.add_style_guide(account_uid, text, actor.name)
            uow.audit.append(actor.name, "style_guide.saved", account_uid, {"version": guide.version})
            uow.commit()
        return guide

    # -- sensitive words -------------------------------------------------------------------------------
    def sensitive_words(self) -> list[SensitiveWord]:
        with self._uow.readonly() as uow:
            return uow.publishing.sensitive_words()

    def _require_words(self) -> str:
        actor = self._actor()
        actor.require("change the sensitive-word list", MemberRole.LEADER, MemberRole.ADMIN)
        return actor.name

    def add_word(self, word: str, category: str = "", note: str = "") -> SensitiveWord:
        by = self._require_words()
        w = SensitiveWord(" ".join(word.split()), category.strip(), note.strip())
        if not w.word or len(w.word) > WORD_MAX:
            raise ValidationError(f"a sensitive word has 1 to {WORD_MAX} characters")
        with self._uow() as uow:
            uow.publishing.put_sensitive_word(w)
            uow.audit.append(by, "sensitive_word.put", "", {"word": w.word, "category": w.category})
            uow.commit()
        return w

    def remove_word(self, word: str) -> bool:
        by = self._require_words()
        with self._uow() as uow:
            removed = uow.publishing.remove_sensitive_word(word)
            if removed:
                uow.audit.append(by, "sensitive_word.removed", "", {"word": word})
                uow.commit()
        return removed

    def import_words(self, raw: bytes, replace: bool = False) -> int:
        """Import a CSV (`word,category,note`): every bad row is reported and nothing is imported. With
        `replace` the file becomes the whole list; otherwise its words are added or updated."""
        by = self._require_words()
        words = parse_words_csv(decode_csv_bytes(raw))
        with self._uow() as uow:
            if replace:
                uow.publishing.replace_sensitive_words(words)
            else:
                for w in words:
                    uow.publishing.put_sensitive_word(w)
            uow.audit.append(by, "sensitive_word.imported", "", {"words": len(words), "replace": replace})
            uow.commit()
        return len(words)

    def export_words(self) -> str:
        return format_words_csv(self.sensitive_words())

    # -- calendar rules --------------------------------------------------------------------------------
    def rules(self) -> dict[str, AccountPlanRules]:
        with self._uow.readonly() as uow:
            return uow.publishing.rules()

    def put_rules(self, rules: AccountPlanRules) -> AccountPlanRules:
        actor = self._actor()
        actor.require("set calendar rules", MemberRole.OPERATOR, MemberRole.LEADER)
        problems = [f"{label} {v!r} is not a time like 22:00" for label, v in
                    (("earliest", rules.earliest), ("latest", rules.latest)) if v and not _HHMM.match(v)]
        if rules.min_gap_minutes < 0 or rules.daily_max < 0 or any(n < 0 for n in rules.weekly.values()):
            problems.append("counts and gaps cannot be negative")
        if problems:
            raise ValidationError(problems)
        with self._uow() as uow:
            if uow.accounts.get(rules.account_uid) is None:
                raise NotFound(f"account {rules.account_uid} is not in the registry")
            uow.publishing.put_rules(rules)
            uow.audit.append(actor.name, "calendar_rules.set", rules.account_uid,
                             {"weekly": {c.value: n for c, n in rules.weekly.items()}, "earliest": rules.earliest,
                              "latest": rules.latest, "min_gap": rules.min_gap_minutes})
            uow.commit()
        return rules
