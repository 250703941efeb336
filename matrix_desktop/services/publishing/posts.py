"""Planned posts: an operator drafts, the composer checks, a leader approves (which schedules the post),
and a published post can start a forwarding plan in one step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import NotFound, ValidationError
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWork, UnitOfWorkFactory
from matrix_desktop.core.publishing import (
    EDITABLE_STATES,
    LIVE_STATES,
    Column,
    Hit,
    PlannedPost,
    PostState,
    blocking,
    check_schedule,
    check_text,
)

#: Posts this close before or after a draft are what its schedule checks compare it with.
NEIGHBOURHOOD = timedelta(days=7)
TEXT_MAX = 5000


@dataclass(frozen=True)
class CheckedPost:
    """A post with what the composer says about it now."""

    post: PlannedPost
    hits: list[Hit]

    @property
    def blocked(self) -> list[Hit]:
        return blocking(self.hits)


class PostPlanner:
    """Drafting, checking, reviewing and rescheduling planned posts."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider, safe_domain: Callable[[], str],
                 plan_forwarding: Callable[[str], int] | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._uow = uow
        self._actor = actor
        self._safe_domain = safe_domain
        self._plan_forwarding = plan_forwarding
        self._clock = clock

    # -- checks ----------------------------------------------------------------------------------------
    def check(self, account_uid: str, text: str, at: datetime, column: Column = Column.OTHER,
              post_id: int = 0) -> list[Hit]:
        """Every composer check of a draft (the text, then its place on the calendar), blocking ones first."""
        with self._uow.readonly() as uow:
            return self._check(uow, PlannedPost(post_id, account_uid, text, at, column))

    def _check(self, uow: UnitOfWork, post: PlannedPost) -> list[Hit]:
        company = uow.company.get()
        names = [n for n in (company.legal_name, *company.aliases, *company.english_names) if n]
        hits = check_text(post.text, safe_domain=self._safe_domain(), words=uow.publishing.sensitive_words(),
                          business_keywords=company.business_keywords, brand_names=names)
        around = uow.publishing.posts(start=post.at - NEIGHBOURHOOD, end=post.at + NEIGHBOURHOOD,
                                      states=LIVE_STATES)
        screen: dict[str, str] = {}
        for uid in {o.account_uid for o in around}:
            account = uow.accounts.get(uid)
            screen[uid] = account.screen_name if account else uid
        hits += check_schedule(post, around, uow.publishing.rules().get(post.account_uid), screen)
        return sorted(hits, key=lambda h: not h.blocking)

    def checked(self, post_id: int) -> CheckedPost:
        with self._uow.readonly() as uow:
            post = uow.publishing.post(post_id)
            return CheckedPost(post, self._check(uow, post))

    # -- drafting --------------------------------------------------------------------------------------
    @staticmethod
    def _validate(text: str, picture_path: str) -> None:
        if not text.strip():
            raise ValidationError("the post's text is empty")
        if len(text) > TEXT_MAX:
            raise ValidationError(f"the text is longer than {TEXT_MAX} characters")
        if picture_path and not picture_path.lower().endswith((".jpg", ".jpeg", ".png", ".gif")):
            raise ValidationError("the picture must be a JPEG, PNG or GIF file (the platform takes no other)")

    def draft(self, account_uid: str, text: str, at: datetime, column: Column = Column.OTHER,
              picture_path: str = "", owner: str = "") -> CheckedPost:
        """A new draft on the calendar; returns it with the composer's hits."""
        actor = self._actor()
        actor.require("plan posts", MemberRole.OPERATOR, MemberRole.LEADER)
        self._validate(text, picture_path)
        if at.tzinfo is None:
            raise ValidationError("the post's time needs a time zone")
        with self._uow() as uow:
            account = uow.accounts.get(account_uid)
            if account is None:
                raise NotFound(f"account {account_uid} is not in the registry")
            if account.archived:
                raise ValidationError(f"account {account.screen_name} is archived")
            post = uow.publishing.add_post(PlannedPost(0, account_uid, text, at, column, picture_path,
                                                       owner or actor.name, PostState.DRAFT, actor.name))
            uow.audit.append(actor.name, "post.drafted", account_uid,
                             {"post": post.id, "at": at.isoformat(), "column": column.value})
            hits = self._check(uow, post)
            uow.commit()
        return CheckedPost(post, hits)

    def _editable(self, uow: UnitOfWork, post_id: int) -> PlannedPost:
        post = uow.publishing.post(post_id, lock=True)
        if post.state not in EDITABLE_STATES:
            raise ValidationError(f"post #{post_id} is {post.state.value}; it can no longer be changed")
        return post

    def edit(self, post_id: int, *, text: str | None = None, column: Column | None = None,
             picture_path: str | None = None, owner: str | None = None) -> CheckedPost:
        """Change a post's content. An approved post goes back to review: the leader approved other words."""
        actor = self._actor()
        actor.require("edit planned posts", MemberRole.OPERATOR, MemberRole.LEADER)
        with self._uow() as uow:
            post = self._editable(uow, post_id)
            new = replace(post, text=post.text if text is None else text,
                          column=post.column if column is None else column,
                          picture_path=post.picture_path if picture_path is None else picture_path,
                          owner=post.owner if owner is None else owner)
            self._validate(new.text, new.picture_path)
            fields: dict[str, object] = {"text": new.text, "column": new.column, "picture_path": new.picture_path,
                                         "owner": new.owner}
            if post.state in (PostState.SCHEDULED, PostState.FAILED) and (new.text, new.picture_path) != (
                    post.text, post.picture_path):
                fields.update(state=PostState.IN_REVIEW, approved_by="", approved_at=None)
                new = replace(new, state=PostState.IN_REVIEW, approved_by="", approved_at=None)
            uow.publishing.update_post(post_id, **fields)
            uow.audit.append(actor.name, "post.edited", post.account_uid, {"post": post_id})
            hits = self._check(uow, new)
            uow.commit()
        return CheckedPost(new, hits)

    def reschedule(self, post_id: int, at: datetime) -> CheckedPost:
        """Move a post (drag on the calendar). An approval stays: the leader approved the words; the time
        is planning. A failed post moved to a new time is scheduled again."""
        actor = self._actor()
        actor.require("reschedule posts", MemberRole.OPERATOR, MemberRole.LEADER)
        if at.tzinfo is None:
            raise ValidationError("the post's time needs a time zone")
        with self._uow() as uow:
            post = self._editable(uow, post_id)
            state = PostState.SCHEDULED if post.state is PostState.FAILED and post.approved_by else post.state
            uow.publishing.update_post(post_id, at=at, state=state)
            uow.audit.append(actor.name, "post.rescheduled", post.account_uid,
                             {"post": post_id, "from": post.at.isoformat(), "to": at.isoformat()})
            moved = replace(post, at=at, state=state)
            hits = self._check(uow, moved)
            uow.commit()
        return CheckedPost(moved, hits)

    def submit(self, post_id: int) -> CheckedPost:
        """Ask a leader to review the draft."""
        actor = self._actor()
        actor.require("submit posts for review", MemberRole.OPERATOR, MemberRole.LEADER)
        with self._uow() as uow:
            post = uow.publishing.post(post_id, lock=True)
            if post.state is not PostState.DRAFT:
                raise ValidationError(f"post #{post_id} is {post.state.value}, not a draft")
            uow.publishing.update_post(post_id, state=PostState.IN_REVIEW)
            uow.audit.append(actor.name, "post.submitted", post.account_uid, {"post": post_id})
            post = replace(post, state=PostState.IN_REVIEW)
            hits = self._check(uow, post)
            uow.commit()
        return CheckedPost(post, hits)

    def approve(self, post_id: int) -> CheckedPost:
        """A leader's approval: the post is scheduled for its time. Refused, saying why, while a blocking
        check fails (a sensitive word, no safe-domain link, too long, rough tone, a repeat)."""
        actor = self._actor()
        actor.require("approve posts", MemberRole.LEADER)
        with self._uow() as uow:
            post = uow.publishing.post(post_id, lock=True)
            if post.state not in (PostState.DRAFT, PostState.IN_REVIEW):
                raise ValidationError(f"post #{post_id} is {post.state.value}; only a draft or a post in review "
                                      "can be approved")
            hits = self._check(uow, post)
            blocked = blocking(hits)
            if blocked:
                raise ValidationError([f"post #{post_id} cannot be approved: {h.message_en}" for h in blocked])
            now = self._clock()
            uow.publishing.update_post(post_id, state=PostState.SCHEDULED, approved_by=actor.name, approved_at=now,
                                       review_note="")
            uow.audit.append(actor.name, "post.approved", post.account_uid,
                             {"post": post_id, "at": post.at.isoformat()})
            post = replace(post, state=PostState.SCHEDULED, approved_by=actor.name, approved_at=now)
            uow.commit()
        return CheckedPost(post, hits)

    def reject(self, post_id: int, note: str) -> PlannedPost:
        """Send the post back to its author as a draft, with the leader's note."""
        actor = self._actor()
        actor.require("reject posts", MemberRole.LEADER)
        if not note.strip():
            raise ValidationError("say why the post is sent back")
        with self._uow() as uow:
            post = uow.publishing.post(post_id, lock=True)
            if post.state not in (PostState.DRAFT, PostState.IN_REVIEW, PostState.SCHEDULED):
                raise ValidationError(f"post #{post_id} is {post.state.value}; it can no longer be sent back")
            uow.publishing.update_post(post_id, state=PostState.DRAFT, review_note=note.strip(), approved_by="",
                                       approved_at=None)
            uow.audit.append(actor.name, "post.rejected", post.account_uid, {"post": post_id, "note": note.strip()})
            uow.commit()
        return replace(post, state=PostState.DRAFT, review_note=note.strip(), approved_by="", approved_at=None)

    def cancel(self, post_id: int) -> PlannedPost:
        actor = self._actor()
        actor.require("cancel posts", MemberRole.OPERATOR, MemberRole.LEADER)
        with self._uow() as uow:
            post = self._editable(uow, post_id)
            uow.publishing.update_post(post_id, state=PostState.CANCELLED)
            uow.audit.append(actor.name, "post.cancelled", post.account_uid, {"post": post_id})
            uow.commit()
        return replace(post, state=PostState.CANCELLED)

    # -- reading ---------------------------------------------------------------------------------------
    def get(self, post_id: int) -> PlannedPost:
        with self._uow.readonly() as uow:
            return uow.publishing.post(post_id)

    def list(self, *, states: Sequence[PostState] = (), account_uid: str = "", start: datetime | None = None,
             end: datetime | None = None) -> list[PlannedPost]:
        with self._uow.readonly() as uow:
            return uow.publishing.posts(states=states, account_uids=[account_uid] if account_uid else (),
                                        start=start, end=end)

    def waiting_for_approval(self) -> int:
        with self._uow.readonly() as uow:
            return len(uow.publishing.posts(states=(PostState.IN_REVIEW,)))

    # -- after publishing -------------------------------------------------------------------------------
    def start_forwarding(self, post_id: int) -> int:
        """Plan the matrix's forwarding of a published post in one step; returns the forwarding plan's id
        (the plan then waits for a leader's approval like any other)."""
        if self._plan_forwarding is None:
            raise ValidationError("forwarding is not available here")
        post = self.get(post_id)
        if post.state is not PostState.PUBLISHED or not post.platform_mid:
            raise ValidationError(f"post #{post_id} is {post.state.value}; only a published post can be forwarded")
        if post.forward_plan_id is not None:
            raise ValidationError(f"post #{post_id} already has forwarding plan #{post.forward_plan_id}")
        plan_id = self._plan_forwarding(post.platform_mid)
        actor = self._actor()
        with self._uow() as uow:
            uow.publishing.update_post(post_id, forward_plan_id=plan_id)
            uow.audit.append(actor.name, "post.forwarding_planned", post.account_uid,
                             {"post": post_id, "plan": plan_id, "mid": post.platform_mid})
            uow.commit()
        return plan_id
