"""Replies through review and sending: written or suggested, approved (or edited, or rejected) by a
leader, and sent exactly once on the sending account's own network queue."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import Cancelled, EditConflict, ValidationError
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.inbox.categories import Category
from matrix_desktop.core.inbox.records import (
    DraftState,
    InboxItem,
    ItemStatus,
    ReplyDraft,
    SendReport,
    WaitingOn,
)
from matrix_desktop.core.inbox.review import DeskRow, ReviewSettings, reviewers_for
from matrix_desktop.core.inbox.tone import blocking_words, check_tone, issue_json
from matrix_desktop.core.ports import UnitOfWorkFactory, WeiboPlatform, WeiboSession
from matrix_desktop.core.progress import NEVER_CANCELLED, CancelToken, Progress, ProgressSink, no_progress
from matrix_desktop.core.weibo_errors import RateLimited, TargetNotFound, WeiboApiError, WriteOutcomeUnknown
from matrix_desktop.services.credentials import CredentialService

OPERATOR, LEADER, ADMIN = MemberRole.OPERATOR, MemberRole.LEADER, MemberRole.ADMIN
log = logging.getLogger(__name__)


class ReplyReview:
    """The review queue of replies and their sending."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider, credentials: CredentialService,
                 platform: WeiboPlatform, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._uow = uow
        self._actor = actor
        self.now = clock
        self._credentials = credentials
        self._platform = platform

    def write_reply(self, item_id: int, text: str) -> int:
        """A hand-written (or edited) reply goes to review; refused with words if the tone guard blocks it.
        An earlier draft still waiting for review is superseded by it."""
        actor = self._actor()
        actor.require("write replies", OPERATOR, LEADER, ADMIN)
        text = text.strip()
        with self._uow() as uow:
            item = uow.inbox.get(item_id)
            issues = check_tone(text, replying_to=Category(item.category))
            blocking = blocking_words(issues)
            if blocking:
                raise ValidationError(blocking)
            for d in uow.inbox.drafts(item_id=item_id, states=(DraftState.WAITING_REVIEW,)):
                uow.inbox.update_draft(d.id, state=DraftState.SUPERSEDED)
            draft_id = uow.inbox.add_draft(item_id, source="manual", suggested_text=text, written_by=actor.name,
                                           tone_issues=[issue_json(i) for i in issues])
            uow.inbox.update_item(item_id, status=ItemStatus.WAITING_REVIEW)
            uow.audit.append(actor.name, "reply.write", item.account_uid, {"item": item_id, "draft": draft_id})
            uow.commit()
        return draft_id

    def drafts(self, states: Sequence[str] = (DraftState.WAITING_REVIEW,)) -> list[ReplyDraft]:
        with self._uow.readonly() as uow:
            return uow.inbox.drafts(states=states)

    def draft(self, draft_id: int) -> ReplyDraft:
        with self._uow.readonly() as uow:
            return uow.inbox.draft(draft_id)

    def approve(self, draft_id: int, edited_text: str | None = None, expected_version: int | None = None
                ) -> ReplyDraft:
        """A leader approves a reply, optionally edited (the edit is kept beside the suggestion). It waits
        the team's undo window (`not_before`) before the sender takes it, and can be taken back until then."""
        return self.approve_many([draft_id], {draft_id: edited_text} if edited_text is not None else {},
                                 {draft_id: expected_version} if expected_version is not None else None)[0]

    def approve_many(self, draft_ids: Sequence[int], edits: dict[int, str | None] | None = None,
                     versions: Mapping[int, int] | None = None) -> list[ReplyDraft]:
        """Approve several replies at once, all or none: every problem is listed and nothing changes.

        `versions` are the drafts' versions as the leader read them: a draft another reviewer edited,
        reassigned or acted on since is refused (EditConflict) rather than approved over their change."""
        actor = self._actor()
        actor.require("approve replies", LEADER)
        edits = edits or {}
        now = self.now()
        with self._uow() as uow:
            window = ReviewSettings.from_json(uow.inbox.setting("review")).window()
            problems, plan = [], []
            for draft_id in dict.fromkeys(draft_ids):
                d = uow.inbox.draft(draft_id)
                if d.state != DraftState.WAITING_REVIEW:
                    problems.append(f"reply {draft_id} is {d.state}, not waiting for review")
                    continue
                _check_version(d, (versions or {}).get(draft_id), actor.name)
                edited = (edits.get(draft_id) or "").strip()
                if edited == d.suggested_text.strip():
                    edited = ""
                final = edited or d.suggested_text
                blocking = blocking_words(check_tone(final, replying_to=Category(d.category)))
                if blocking:
                    problems.append(f"reply {draft_id} to {d.author_name}: {blocking}")
                plan.append((d, edited))
            if problems:
                raise ValidationError(problems)
            for d, edited in plan:
                if uow.inbox.take_draft_version(d.id, d.version, ["approved"], actor.name) is None:
                    raise _lost_race(uow, d)
                uow.inbox.update_draft(d.id, state=DraftState.APPROVED, edited_text=edited, reviewer=actor.name,
                                       reviewed_at=now, approved_at=now, not_before=now + window, error="",
                                       pending_edit="", pending_edit_by="", pending_edit_at=None)
                uow.audit.append(actor.name, "reply.approve", d.account_uid,
                                 {"draft": d.id, "item": d.item_id, "edited": bool(edited),
                                  "not_before": (now + window).isoformat()})
            uow.commit()
            return [uow.inbox.draft(d.id) for d, _e in plan]

    def undo_approval(self, draft_ids: Sequence[int]) -> list[int]:
        """Take approvals back inside their undo window: the replies wait for review again, unsent.
        Returns the ids taken back; one already on its way (window over, or claimed by the sender) is
        refused with words and nothing changes."""
        actor = self._actor()
        actor.require("take back approvals", LEADER)
        now = self.now()
        with self._uow() as uow:
            drafts = [uow.inbox.draft(i) for i in dict.fromkeys(draft_ids)]
            late = [d for d in drafts if not d.in_undo_window(now)]
            if late:
                raise ValidationError([f"reply {d.id} to {d.author_name} is already on its way ({d.state}); "
                                       "delete it after it is sent instead" for d in late])
            for d in drafts:
                if not uow.inbox.claim_draft(d.id, (DraftState.APPROVED,), DraftState.WAITING_REVIEW):
                    raise ValidationError(f"reply {d.id} was just taken by the sender")
                # The reviewer's edit stays as the unsent edit, so taking back loses no words.
                uow.inbox.update_draft(d.id, reviewer="", reviewed_at=None, approved_at=None, not_before=None,
                                       pending_edit=d.edited_text, pending_edit_by=actor.name if d.edited_text else "",
                                       edited_text="")
                uow.audit.append(actor.name, "reply.undo", d.account_uid, {"draft": d.id, "item": d.item_id})
            uow.commit()
        return [d.id for d in drafts]

    def save_edit(self, draft_id: int, text: str) -> None:
        """Keep a reviewer's unsent edit of a draft waiting for review (a revision beside the suggestion),
        so a refresh, a switch of area or a restart never loses it. Text equal to the draft's is no edit."""
        actor = self._actor()
        actor.require("edit replies", LEADER)
        with self._uow() as uow:
            d = uow.inbox.draft(draft_id)
            if d.state != DraftState.WAITING_REVIEW:
                return  # approved or rejected meanwhile: what was approved is what counts
            kept = "" if text.strip() == d.text.strip() else text
            if kept == d.pending_edit:
                return
            uow.inbox.take_draft_version(draft_id, None, ["text"], actor.name)
            uow.inbox.update_draft(draft_id, pending_edit=kept, pending_edit_by=actor.name if kept else "",
                                   pending_edit_at=self.now() if kept else None)
            uow.commit()

    def reject(self, draft_id: int, reason: str) -> None:
        """A leader rejects a reply with a reason; it is never sent."""
        self.reject_many([draft_id], reason)

    def reject_many(self, draft_ids: Sequence[int], reason: str, versions: Mapping[int, int] | None = None) -> None:
        """Reject several replies with one reason, all or none (`versions`: as in `approve_many`)."""
        actor = self._actor()
        actor.require("reject replies", LEADER)
        if not reason.strip():
            raise ValidationError("say why the reply is rejected (the writer reads it)")
        with self._uow() as uow:
            drafts = [uow.inbox.draft(i) for i in dict.fromkeys(draft_ids)]
            problems = [f"reply {d.id} is {d.state}, not waiting for review" for d in drafts
                        if d.state != DraftState.WAITING_REVIEW]
            if problems:
                raise ValidationError(problems)
            for d in drafts:
                _check_version(d, (versions or {}).get(d.id), actor.name)
                if uow.inbox.take_draft_version(d.id, d.version, ["rejected"], actor.name) is None:
                    raise _lost_race(uow, d)
                uow.inbox.update_draft(d.id, state=DraftState.REJECTED, reviewer=actor.name, reviewed_at=self.now(),
                                       reject_reason=reason.strip())
                if not uow.inbox.drafts(item_id=d.item_id, states=(DraftState.WAITING_REVIEW, DraftState.APPROVED,
                                                                   DraftState.SENDING)):
                    uow.inbox.update_item(d.item_id, status=ItemStatus.TRIAGED)
                uow.audit.append(actor.name, "reply.reject", d.account_uid,
                                 {"draft": d.id, "item": d.item_id, "reason": reason.strip()})
            uow.commit()

    # -- routing ------------------------------------------------------------------------------------
    def review_settings(self) -> ReviewSettings:
        with self._uow.readonly() as uow:
            return ReviewSettings.from_json(uow.inbox.setting("review"))

    def save_review_settings(self, s: ReviewSettings) -> None:
        """The undo window and the routing of drafts (a team setting; leaders and admins)."""
        actor = self._actor()
        actor.require("change how replies are reviewed", LEADER, ADMIN)
        with self._uow() as uow:
            s.validated(self._leaders(uow))
            uow.inbox.put_setting("review", s.to_json(), actor.name)
            uow.audit.append(actor.name, "reply.settings", "", s.to_json())
            uow.commit()

    @staticmethod
    def _leaders(uow: Any) -> tuple[str, ...]:
        return tuple(sorted(m.name for m in uow.members.all() if m.active and m.has(LEADER)))

    def leaders(self) -> tuple[str, ...]:
        with self._uow.readonly() as uow:
            return self._leaders(uow)

    def desk(self, states: Sequence[str] = (DraftState.WAITING_REVIEW,)) -> list[DeskRow]:
        """The review desk's rows: drafts in `states` with the leaders each one waits on (routing)."""
        with self._uow.readonly() as uow:
            leaders = self._leaders(uow)
            settings = ReviewSettings.from_json(uow.inbox.setting("review"))
            drafts = uow.inbox.drafts(states=states)
        return [DeskRow(d, reviewers_for(d, settings, leaders) if d.state == DraftState.WAITING_REVIEW else ())
                for d in drafts]

    def reassign(self, draft_ids: Sequence[int], reviewer: str) -> None:
        """Give drafts to a named leader ("" hands them back to the team's routing)."""
        actor = self._actor()
        actor.require("reassign replies", LEADER, ADMIN)
        with self._uow() as uow:
            if reviewer and reviewer not in self._leaders(uow):
                raise ValidationError(f"{reviewer} is not an active leader")
            for draft_id in draft_ids:
                d = uow.inbox.draft(draft_id)
                uow.inbox.update_draft(draft_id, assigned_to=reviewer)
                uow.audit.append(actor.name, "reply.reassign", d.account_uid,
                                 {"draft": draft_id, "to": reviewer or "routing"})
            uow.commit()

    def waiting_on(self) -> list[WaitingOn]:
        """Every reply not yet sent and who must act: leaders review, the send queue sends, a failed one
        goes back to its writer."""
        with self._uow.readonly() as uow:
            leaders = self._leaders(uow)
            settings = ReviewSettings.from_json(uow.inbox.setting("review"))
            drafts = uow.inbox.drafts(states=(DraftState.WAITING_REVIEW, DraftState.APPROVED, DraftState.SENDING, DraftState.FAILED))
        out = []
        for d in drafts:
            who = {DraftState.WAITING_REVIEW: reviewers_for(d, settings, leaders), DraftState.APPROVED: ("send queue",),
                   DraftState.SENDING: ("send queue",),
                   DraftState.FAILED: (d.written_by or d.reviewer,)}[d.state]
            out.append(WaitingOn(d.id, d.item_id, d.state, who))
        return out

    def pending_send_uids(self) -> list[str]:
        """Accounts with approved replies to send now (one network queue each); those still inside their
        undo window wait."""
        now = self.now()
        with self._uow.readonly() as uow:
            return sorted({d.account_uid for d in uow.inbox.drafts(states=(DraftState.APPROVED, DraftState.SENDING))
                           if not d.in_undo_window(now)})

    def next_send_at(self) -> datetime | None:
        """When the earliest approved reply still inside its undo window becomes due (None: none waits)."""
        now = self.now()
        with self._uow.readonly() as uow:
            due = [d.not_before for d in uow.inbox.drafts(states=(DraftState.APPROVED,))
                   if d.not_before is not None and d.in_undo_window(now)]
        return min(due) if due else None

    def send_approved(self, uids: Sequence[str] | None = None, progress: ProgressSink = no_progress,
                      cancel: CancelToken = NEVER_CANCELLED) -> SendReport:
        """Send approved replies with `comments/reply` (a mention gets `comments/create`), exactly once:
        the draft is marked `sending` in its own committed transaction before the call, and a draft left
        in `sending` (outcome unknown, or a crash) is looked for on the platform before any resend."""
        with self._uow.readonly() as uow:
            drafts = uow.inbox.drafts(states=(DraftState.APPROVED, DraftState.SENDING))
        if uids:
            drafts = [d for d in drafts if d.account_uid in set(uids)]
        report = SendReport()
        now = self.now()
        report.held = [d.id for d in drafts if d.in_undo_window(now)]  # may still be taken back
        drafts = [d for d in drafts if not d.in_undo_window(now)]
        for n, d in enumerate(drafts):
            cancel.raise_if_cancelled()
            progress(Progress(n, len(drafts), f"sending reply to {d.author_name}"))
            with self._credentials.lanes.lane(d.account_uid):
                try:
                    self._send_one(d, report, cancel)
                except (WeiboApiError, OSError) as exc:
                    # A look-up that failed (after a lost answer) leaves this draft `sending`, to be looked
                    # for again next time; it never stops the other replies of the batch.
                    log.warning("reply %s: %s; looked for again on the next run", d.id, type(exc).__name__)
                    report.unknown.append(d.id)
        progress(Progress(len(drafts), len(drafts), "replies sent"))
        return report

    def _send_one(self, d: ReplyDraft, report: SendReport, cancel: CancelToken) -> None:
        with self._uow.readonly() as uow:
            item = uow.inbox.get(d.item_id)
        uid = item.account_uid
        token = self._credentials.token_for_use(uid, "reply")
        if token is None:
            self._finish(d, item, DraftState.FAILED, error="the account has no usable token; connect it again")
            report.failed.append((d.id, "no token"))
            return
        check_first = d.state == DraftState.SENDING
        if not check_first:
            with self._uow() as uow:
                # compare-and-set: a draft taken back (undo) or claimed by another desktop is left alone
                if not uow.inbox.claim_draft(d.id, (DraftState.APPROVED,), DraftState.SENDING):
                    return
                uow.commit()
        with self._platform.session(token.reveal(), cancel=cancel) as client:
            for _attempt in range(2):
                if check_first:
                    found = self._find_sent(client, d, item)
                    if found:
                        self._finish(d, item, DraftState.SENT, platform_id=found)
                        report.sent.append(d.id)
                        return
                try:
                    answer = self._call(client, d, item)
                except WriteOutcomeUnknown:
                    check_first = True
                    continue
                except Cancelled:
                    self._finish(d, item, DraftState.APPROVED, error="")
                    raise
                except RateLimited as exc:
                    self._finish(d, item, DraftState.APPROVED, error=exc.explain())
                    report.deferred.append(d.id)
                    return
                except WeiboApiError as exc:
                    self._finish(d, item, DraftState.FAILED, error=exc.explain())
                    report.failed.append((d.id, exc.explain()))
                    return
                except OSError as exc:
                    self._finish(d, item, DraftState.APPROVED, error=f"network: {type(exc).__name__}")
                    report.deferred.append(d.id)
                    return
                self._finish(d, item, DraftState.SENT, platform_id=answer)
                report.sent.append(d.id)
                return
            found = self._find_sent(client, d, item)
            if found:
                self._finish(d, item, DraftState.SENT, platform_id=found)
                report.sent.append(d.id)
                return
        # Still unknown: stays `sending`, so the next run looks again before resending.
        with self._uow() as uow:
            uow.inbox.update_draft(d.id, error="outcome unknown; checked again before any resend")
            uow.commit()
        report.unknown.append(d.id)

    @staticmethod
    def _call(client: WeiboSession, d: ReplyDraft, item: InboxItem) -> str:
        if item.kind == "mention":  # a post that @-mentions us: comment on it
            return client.comment(item.platform_id, d.text)
        # The suggestion already says 回复@作者:, so the platform must not add it again.
        return client.reply(item.platform_id, item.post_mid, d.text, without_mention=d.text.startswith("回复@"))

    @staticmethod
    def _find_sent(client: WeiboSession, d: ReplyDraft, item: InboxItem) -> str:
        """The platform id of our reply if it is already there (after an unknown outcome), else ''."""
        post = item.platform_id if item.kind == "mention" else item.post_mid
        said = d.text.split(":", 1)[-1] if d.text.startswith("回复@") else d.text
        for c in client.comments_on(post):
            if c.author_uid != item.account_uid:
                continue
            if item.kind != "mention" and c.reply_to_id != item.platform_id:
                continue
            if c.text.endswith(said):
                return c.id
        return ""

    def _finish(self, d: ReplyDraft, item: InboxItem, state: str, *, platform_id: str = "",
                error: str = "") -> None:
        now = self.now()
        with self._uow() as uow:
            if state == DraftState.SENT:
                uow.inbox.update_draft(d.id, state=DraftState.SENT, platform_comment_id=platform_id, sent_at=now, error="")
                fields: dict[str, Any] = {"status": ItemStatus.ROUTED if item.status == ItemStatus.ROUTED else ItemStatus.REPLIED}
                if item.first_response_at is None:
                    fields["first_response_at"] = now
                uow.inbox.update_item(item.id, **fields)
                uow.audit.append(self._actor().name, "reply.sent", item.account_uid,
                                 {"draft": d.id, "item": item.id, "comment": platform_id})
            else:
                uow.inbox.update_draft(d.id, state=state, error=error)
                if state == DraftState.FAILED:
                    uow.audit.append(self._actor().name, "reply.failed", item.account_uid,
                                     {"draft": d.id, "item": item.id, "error": error})
            uow.commit()

    def retry(self, draft_id: int) -> None:
        """A failed reply goes back to the send queue (it was approved already)."""
        actor = self._actor()
        actor.require("retry replies", LEADER)
        with self._uow() as uow:
            if not uow.inbox.claim_draft(draft_id, (DraftState.FAILED,), DraftState.APPROVED):
                raise ValidationError(f"reply {draft_id} has not failed")
            uow.audit.append(actor.name, "reply.retry", "", {"draft": draft_id})
            uow.commit()

    # -- taking a sent reply down -------------------------------------------------------------------
    def delete_sent(self, draft_id: int, reason: str, cancel: CancelToken = NEVER_CANCELLED) -> int:
        """Delete a reply sent in error from the platform (`comments/destroy`, as the sending account),
        audited with the reason; the item goes back to the review queue with the reply as a new draft to
        correct. A comment the platform no longer has (20201) counts as deleted. Returns the new draft."""
        actor = self._actor()
        actor.require("delete sent replies", LEADER)
        if not reason.strip():
            raise ValidationError("say why the reply is deleted (it is kept in the audit trail)")
        d = self.draft(draft_id)
        if d.state != DraftState.SENT or not d.platform_comment_id:
            raise ValidationError(f"reply {draft_id} is {d.state}; only a sent reply can be deleted")
        token = self._credentials.token_for_use(d.account_uid, "delete reply")
        if token is None:
            raise ValidationError("the sending account has no usable token; connect it again")
        gone_already = False
        with self._credentials.lanes.lane(d.account_uid), self._platform.session(token.reveal(), cancel=cancel) as c:
            try:
                c.delete_comment(d.platform_comment_id)
            except TargetNotFound:
                gone_already = True
        with self._uow() as uow:
            uow.inbox.update_draft(draft_id, state=DraftState.DELETED, deleted_at=self.now(), deleted_by=actor.name)
            new_id = uow.inbox.add_draft(d.item_id, source="resubmitted", suggested_text=d.text,
                                         entry_keys=d.entry_keys, tone_issues=d.tone_issues, written_by=actor.name)
            uow.inbox.update_item(d.item_id, status=ItemStatus.WAITING_REVIEW)
            uow.audit.append(actor.name, "reply.delete", d.account_uid,
                             {"draft": draft_id, "item": d.item_id, "comment": d.platform_comment_id,
                              "reason": reason.strip(), "already_gone": gone_already, "new_draft": new_id})
            uow.commit()
        return new_id


def _check_version(d: ReplyDraft, expected: int | None, me: str) -> None:
    """Refuse to act on a draft that moved on since `expected`, unless this reviewer's own last action moved
    it (the desk keeps typed edits as they are typed, and an undo puts a draft back on the desk)."""
    if expected is None or d.version == expected or d.changed_by == me:
        return
    raise EditConflict("reply", f"{d.id} to {d.author_name}", d.changed, d.changed_by, expected, d.version)


def _lost_race(uow: Any, d: ReplyDraft) -> EditConflict:
    now = uow.inbox.draft(d.id)
    return EditConflict("reply", f"{d.id} to {d.author_name}", now.changed, now.changed_by, d.version, now.version)
