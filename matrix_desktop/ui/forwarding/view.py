"""The Forwarding area: plans (make, review on a timeline, edit, approve, cancel), campaigns, and the
background worker that sends approved forwards when they are due."""

from __future__ import annotations

import html
import logging
from datetime import datetime
from typing import Any

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.forwarding import SourcePost
from matrix_desktop.core.forwarding.records import (
    ApprovalSummary,
    Campaign,
    CampaignForward,
    CampaignSummary,
    ForwardPlanRecord,
    Gift,
    OutsideAccount,
    PlanEntry,
    PlanState,
    PlanView,
    parse_yuan,
    yuan,
)
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.forwarding.approval import ApprovalDialog, empty_plan_html, explain_refusal
from matrix_desktop.ui.forwarding.common import (
    action_label,
    entry_state_label,
    local,
    plan_state_label,
    reason_label,
)
from matrix_desktop.ui.forwarding.dialogs import CampaignDialog, GiftDialog, MoveDialog, NewPlanDialog
from matrix_desktop.ui.forwarding.paid import OutsideAccountDialog, PaidForwardDialog
from matrix_desktop.ui.forwarding.timeline import Timeline, legend_html
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import Job, Op, show_error
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets
from matrix_desktop.ui.tablearea import TableArea
from matrix_desktop.ui.tablemodel import Column, LazyTableModel, ListTableModel
from matrix_desktop.ui.widgets import shortcut, status_message

Qt = QtCore.Qt
log = logging.getLogger(__name__)
WORKER_INTERVAL_MS = 30_000


def waiting_for_approval(services: AppServices) -> int:
    """The Forwarding area's badge: draft plans waiting for a leader."""
    return services.forwarding.plans.waiting_for_approval()


def plan_columns() -> list[Column[ForwardPlanRecord]]:
    def post(p: ForwardPlanRecord) -> str:
        text = p.post_text.replace("\n", " ")
        return f"{p.author_name}: {text[:40]}" if p.author_name else (text[:40] or p.post_mid)

    return [
        Column("id", "#", lambda p: p.id, numeric=True),
        Column("post", tr("Post"), post, tooltip=lambda p: p.post_text),
        Column("state", tr("State"), lambda p: plan_state_label(p.state)),
        Column("entries", tr("Forwards"), lambda p: sum(n for s, n in p.counts.items() if s != "skipped"),
               sortable=False, numeric=True),
        Column("created_at", tr("Created"), lambda p: local(p.created_at)),
        Column("approved_by", tr("Approved by"), lambda p: p.approved_by),
    ]


class ForwardingWorker(QtCore.QObject):
    """Runs `run_due()` every 30 s on the "forwarding" network queue, never two at once.

    Signals are not needed: a run that settled something broadcasts "forwarding" through the tracker.
    """

    def __init__(self, ctx: UiContext, parent: QtCore.QObject | None = None,
                 interval_ms: int = WORKER_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.last_error = ""
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()

    def tick(self) -> None:
        if self.running:
            return
        self.running = True
        fw = self.ctx.services.forwarding

        def done(n: int) -> None:
            self.running = False
            self.last_error = ""
            # Broadcast only when something was sent or rescheduled: an idle tick must not reload views.
            if n:
                self.ctx.tracker.did_execute.emit(frozenset({Change.FORWARDING}))

        def failed(exc: Exception) -> None:
            self.running = False
            self.last_error = str(exc)
            log.warning("forwarding worker: %s", exc)

        Op(self.ctx.host, None, lambda job: fw.sending.run_due()).on_network("forwarding").on_success(done) \
            .on_failure(failed).run()


class PlanPanel(QtWidgets.QWidget):
    """The selected plan: its post, timeline, the selected forward, problems, skipped accounts, actions."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QtWidgets.QLabel(tr("Select a plan"))
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.timeline = Timeline()
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(self.timeline)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.entry_box = QtWidgets.QGroupBox(tr("Selected forward"))
        self.entry_text = QtWidgets.QLabel(tr("Click a marker on the timeline"))
        self.entry_text.setWordWrap(True)
        self.entry_text.setTextFormat(Qt.TextFormat.RichText)
        self.entry_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.move_button = QtWidgets.QPushButton(tr("Move…"))
        self.edit_button = QtWidgets.QPushButton(tr("Edit text…"))
        self.drop_button = QtWidgets.QPushButton(tr("Drop"))
        entry_buttons = QtWidgets.QVBoxLayout()
        for b in (self.move_button, self.edit_button, self.drop_button):
            entry_buttons.addWidget(b)
        entry_buttons.addStretch(1)
        self.entry_box.setMaximumHeight(150)
        box_layout = QtWidgets.QHBoxLayout(self.entry_box)
        box_layout.setContentsMargins(8, 4, 8, 4)
        box_layout.addWidget(self.entry_text, 1)
        box_layout.addLayout(entry_buttons)
        self.problems = QtWidgets.QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.skipped = QtWidgets.QLabel()
        self.skipped.setWordWrap(True)
        self.skipped.setTextFormat(Qt.TextFormat.RichText)
        self.approval = QtWidgets.QLabel()
        self.approval.setWordWrap(True)
        self.approve_button = QtWidgets.QPushButton(tr("Approve"))
        self.approve_button.setStyleSheet("QPushButton:enabled { font-weight: bold; }")
        self.approve_button.setEnabled(False)  # until a draft plan is shown to a leader
        self.cancel_button = QtWidgets.QPushButton(tr("Cancel plan"))
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self.approval, 1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.approve_button)
        notes = QtWidgets.QHBoxLayout()
        notes.addWidget(self.problems, 1)
        notes.addWidget(self.skipped, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(scroll, 1)
        legend = QtWidgets.QLabel(legend_html())
        legend.setStyleSheet("color: #444")
        layout.addWidget(legend)
        layout.addWidget(self.entry_box)
        layout.addLayout(notes)
        layout.addLayout(actions)


class CampaignPanel(QtWidgets.QWidget):
    """Paid forwarding: campaigns with spend against budget, reach and interactions, gifts, outside accounts."""

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaigns: ListTableModel[Campaign] = ListTableModel([
            Column("name", tr("Campaign"), lambda c: c.name),
            Column("budget", tr("Budget"), lambda c: yuan(c.budget_fen)),
            Column("post", tr("Post"), lambda c: c.post_mid),
            Column("plan", tr("Plan"), lambda c: f"#{c.plan_id}" if c.plan_id else ""),
        ], self, row_id=lambda c: c.id)
        self.forwards: ListTableModel[CampaignForward] = ListTableModel([
            Column("account", tr("Account"), lambda f: f.account_name),
            Column("at", tr("Time"), lambda f: local(f.at)),
            Column("cost", tr("Cost"), lambda f: yuan(f.cost_fen)),
            Column("reach", tr("Reach"), lambda f: f.reach),
            Column("interactions", tr("Interactions"), lambda f: f.interactions),
        ], self)
        self.gifts: ListTableModel[Gift] = ListTableModel([
            Column("account", tr("Account"), lambda g: g.account_name),
            Column("on", tr("Date"), lambda g: g.on.isoformat()),
            Column("what", tr("Gift"), lambda g: g.what),
            Column("cost", tr("Cost"), lambda g: yuan(g.cost_fen)),
        ], self)
        self.outside: ListTableModel[OutsideAccount] = ListTableModel([
            Column("name", tr("Outside account"), lambda o: o.name),
            Column("uid", tr("Weibo uid"), lambda o: o.uid),
            Column("kind", tr("Kind"), lambda o: {"big_v": tr("big V"), "fan": tr("fan"),
                                                   "partner": tr("partner")}.get(o.kind.value, o.kind.value)),
            Column("cost", tr("Cost per forward"), lambda o: yuan(o.cost_per_forward_fen)),
            Column("followers", tr("Followers"), lambda o: o.followers),
        ], self)
        by_name = (0, Qt.SortOrder.AscendingOrder)
        self.campaign_area: TableArea[Campaign] = TableArea(
            self.campaigns, sort=by_name, select_first=True,
            empty_text=tr("No campaign yet — “New campaign…” starts one"))
        self.spend = QtWidgets.QProgressBar()
        self.spend.setTextVisible(True)
        self.summary = QtWidgets.QLabel(tr("Select a campaign"))
        self.new_button = QtWidgets.QPushButton(tr("New campaign…"))
        self.gift_button = QtWidgets.QPushButton(tr("Add gift…"))
        self.outside_button = QtWidgets.QPushButton(tr("Outside account…"))
        self.paid_button = QtWidgets.QPushButton(tr("Paid forward…"))
        self.campaign_area.add_action(self.new_button)
        self.campaign_area.add_action(self.outside_button)
        self.campaign_area.add_action(self.paid_button)
        self.campaign_area.add_action(self.gift_button)
        left = QtWidgets.QVBoxLayout()
        left.addWidget(self.campaign_area, 1)
        left.addWidget(QtWidgets.QLabel(f"<b>{html.escape(tr('Outside accounts'))}</b>"))
        left.addWidget(TableArea(self.outside, sort=by_name), 1)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(self.spend)
        right.addWidget(self.summary)
        right.addWidget(QtWidgets.QLabel(f"<b>{html.escape(tr('Paid forwards'))}</b>"))
        right.addWidget(TableArea(self.forwards, sort=by_name), 1)
        right.addWidget(QtWidgets.QLabel(f"<b>{html.escape(tr('Gift ledger'))}</b>"))
        right.addWidget(TableArea(self.gifts, sort=by_name), 1)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.gift_button.clicked.connect(self.on_gift_clicked)
        self.outside_button.clicked.connect(self.on_outside_clicked)
        self.paid_button.clicked.connect(self.on_paid_clicked)
        self.campaign_area.selection_changed.connect(lambda _c: self.show_selected())
        self.show_summary(None)

    def reload(self) -> None:
        fw = self.ctx.services.forwarding

        def work(job: Job) -> tuple[list[Campaign], list[OutsideAccount]]:
            return fw.campaigns.campaigns(), fw.campaigns.outside_accounts()

        def show(result: tuple[list[Campaign], list[OutsideAccount]]) -> None:
            self.outside.set_items(result[1])
            self.campaigns.set_items(result[0])  # the area keeps the selected campaign and shows it again

        Op(self.ctx.host, self, work).on_success(show).run()

    def selected(self) -> Campaign | None:
        return self.campaign_area.selected()

    def show_selected(self) -> None:
        c = self.selected()
        if c is None:
            self.show_summary(None)
            self.forwards.set_items([])
            self.gifts.set_items([])
            return
        fw = self.ctx.services.forwarding

        def work(job: Job) -> tuple[CampaignSummary, list[CampaignForward], list[Gift]]:
            return fw.campaigns.campaign_summary(c.id), fw.campaigns.campaign_forwards(c.id), fw.campaigns.gifts(c.id)

        def show(result: tuple[CampaignSummary, list[CampaignForward], list[Gift]]) -> None:
            current = self.selected()
            if current is None or current.id != c.id:
                return
            self.show_summary(result[0])
            self.forwards.set_items(result[1])
            self.gifts.set_items(result[2])

        Op(self.ctx.host, self, work).on_success(show).run()

    def show_summary(self, s: CampaignSummary | None) -> None:
        if s is None:
            self.spend.setRange(0, 1)
            self.spend.setValue(0)
            self.spend.setFormat(tr("no campaign selected"))
            self.summary.setText(tr("Select a campaign"))
            return
        budget = max(s.campaign.budget_fen, 1)
        self.spend.setRange(0, budget)
        self.spend.setValue(min(s.spent_fen, budget))
        self.spend.setFormat(tr("spent {spent} of {budget}", spent=yuan(s.spent_fen), budget=yuan(s.campaign.budget_fen)))
        self.summary.setText(tr("Forwards {n} · reach {reach} · interactions {i} · paid forwards {f} · gifts {g} "
                                "· left {left}", n=s.forwards, reach=f"{s.reach:,}", i=s.interactions,
                                f=yuan(s.forward_cost_fen), g=yuan(s.gift_cost_fen), left=yuan(s.left_fen)))

    def on_new_clicked(self) -> None:
        dialog = CampaignDialog(self)
        fw = self.ctx.services.forwarding

        def save() -> None:
            try:
                fen = parse_yuan(dialog.budget.text())
            except Exception as exc:
                show_error(self, exc)
                return
            title, mid = dialog.name.text(), dialog.post.text().strip()  # widgets are read here, not in the worker
            (Op(self.ctx.host, self, lambda job: fw.campaigns.add_campaign(title, fen, mid))
             .writes().changes(Change.FORWARDING).run())

        dialog.accepted.connect(save)
        dialog.open()
        self._dialog: QtWidgets.QDialog = dialog

    def on_outside_clicked(self) -> None:
        dialog = OutsideAccountDialog(self)
        fw = self.ctx.services.forwarding

        def save() -> None:
            v = dialog.value()
            Op(self.ctx.host, self, lambda job: fw.campaigns.put_outside(**v)).writes() \
                .changes(Change.FORWARDING).on_success(lambda _: self.reload()).run()

        dialog.accepted.connect(save)
        dialog.open()
        self._dialog = dialog

    def on_paid_clicked(self) -> None:
        fw = self.ctx.services.forwarding
        current = self.selected()

        def work(job: Job) -> tuple[list[Campaign], dict[int, CampaignSummary], list[OutsideAccount]]:
            cs = fw.campaigns.campaigns()
            return cs, {c.id: fw.campaigns.campaign_summary(c.id) for c in cs}, fw.campaigns.outside_accounts()

        def ask(result: tuple[list[Campaign], dict[int, CampaignSummary], list[OutsideAccount]]) -> None:
            cs, summaries, outside = result
            if not cs or not outside:
                QtWidgets.QMessageBox.information(self, tr("Record a paid forward"),
                                                  tr("Add a campaign and an outside account first."))
                return
            dialog = PaidForwardDialog(self, cs, summaries, outside, current.id if current else None)

            def save() -> None:
                v = dialog.value()
                Op(self.ctx.host, self, lambda job: fw.campaigns.record_paid_forward(**v)).writes() \
                    .changes(Change.FORWARDING).on_success(lambda _: self.show_selected()).run()

            dialog.accepted.connect(save)
            dialog.open()
            self._dialog = dialog

        Op(self.ctx.host, self, work).on_success(ask).run()

    def on_gift_clicked(self) -> None:
        if not self.outside.items:
            QtWidgets.QMessageBox.information(self, tr("Add gift"), tr("Add an outside account first (CLI: "
                                                                       "forward outside add)."))
            return
        dialog = GiftDialog(self, self.outside.items)
        fw = self.ctx.services.forwarding
        campaign = self.selected()

        def save() -> None:
            try:
                fen = parse_yuan(dialog.cost.text())
            except Exception as exc:
                show_error(self, exc)
                return
            uid, gift = str(dialog.who.currentData()), dialog.what.text()
            (Op(self.ctx.host, self, lambda job: fw.campaigns.add_gift(uid, gift, fen,
                                                              campaign_id=campaign.id if campaign else None))
             .writes().changes(Change.FORWARDING).run())

        dialog.accepted.connect(save)
        dialog.open()
        self._dialog = dialog


class ForwardingView(QtWidgets.QWidget):
    """Forwarding plans and campaigns. A leader reviews a plan on its timeline and approves it."""

    area = "forwarding"

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None, run_worker: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_view: PlanView | None = None
        fw = ctx.services.forwarding
        self.model: LazyTableModel[ForwardPlanRecord] = LazyTableModel(
            ctx.host, plan_columns(), lambda key, desc: lambda: fw.plans.plan_ids(key, desc),
            lambda ids: fw.plans.plans_by_ids(list(ids)),
            lambda p: p.id, self)
        self.table_area: TableArea[ForwardPlanRecord] = TableArea(
            self.model, widths=(30, 170, 100, 50, 90), sort=(4, Qt.SortOrder.DescendingOrder), select_first=True,
            empty_text=tr("No plan yet — “New plan…” plans the forwards of a recent post"))
        self.new_button = QtWidgets.QPushButton(tr("New plan…"))
        self.new_button.setToolTip(tr("Plan the forwards of a recent post (Ctrl+N)"))
        self.pending_label = QtWidgets.QLabel()
        self.table_area.add_action(self.new_button)
        self.table_area.add_footer(self.pending_label)
        self.panel = PlanPanel()
        split = QtWidgets.QSplitter()
        split.addWidget(self.table_area)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([330, 950])
        self.campaign_panel = CampaignPanel(ctx)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(split, tr("Plans"))
        self.tabs.addTab(self.campaign_panel, tr("Campaigns"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.worker = ForwardingWorker(ctx, self)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.table_area.selection_changed.connect(lambda _p: self.on_selection_changed())
        self.panel.timeline.entry_selected.connect(lambda _id: self.show_entry())
        self.panel.move_button.clicked.connect(self.on_move_clicked)
        self.panel.edit_button.clicked.connect(self.on_edit_clicked)
        self.panel.drop_button.clicked.connect(self.on_drop_clicked)
        self.panel.approve_button.clicked.connect(self.on_approve_clicked)
        self.panel.cancel_button.clicked.connect(self.on_cancel_clicked)
        ctx.tracker.did_execute.connect(self.on_did_execute)
        shortcut(QtGui.QKeySequence.StandardKey.New, self, self.on_new_clicked)
        self._dialog: QtWidgets.QDialog | None = None
        self.show_plan(None)
        self.reload()
        if run_worker:
            self.worker.start()

    # -- data ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.reload()
        self.campaign_panel.reload()
        fw = self.ctx.services.forwarding
        Op(self.ctx.host, self, lambda job: fw.sending.pending()).on_success(self.show_pending) \
            .on_failure(lambda exc: None).run()

    def show_pending(self, pending: tuple[int, datetime | None]) -> None:
        n, due = pending
        self.pending_label.setText(tr("{n} forwards waiting to be sent; next at {t}", n=n, t=local(due, "%H:%M:%S"))
                                   if n else tr("No forward waiting to be sent"))

    def on_did_execute(self, areas: frozenset[Change]) -> None:
        if Change.FORWARDING in areas or Change.MATRIX in areas:
            self.reload()

    def selected_id(self) -> int | None:
        plan_id: int | None = self.table_area.selected_id()
        return plan_id

    def on_selection_changed(self) -> None:
        plan_id = self.selected_id()
        if plan_id is None:
            self.show_plan(None)
            return
        fw = self.ctx.services.forwarding

        def show(view: PlanView) -> None:
            if self.selected_id() == view.id:
                self.show_plan(view)

        Op(self.ctx.host, self, lambda job: fw.plans.status(plan_id)).on_success(show).run()

    def show_plan(self, view: PlanView | None) -> None:
        same_plan = view is not None and self.plan_view is not None and self.plan_view.id == view.id
        self.plan_view = view
        p = self.panel
        if not same_plan:
            p.timeline.selected_id = 0
        p.timeline.set_plan(view)
        if view is not None and not p.timeline.selected_id and view.live_entries:
            # Open on the first forward, so its text and the edit buttons are there without a click.
            p.timeline.selected_id = view.live_entries[0].id
        if view is None:
            p.header.setText(tr("Select a plan"))
            for w in (p.approve_button, p.cancel_button):
                w.setEnabled(False)
            p.problems.clear()
            p.skipped.clear()
            p.approval.clear()
            self.show_entry()
            return
        rec = view.plan
        p.header.setText(
            f"<b>{html.escape(tr('Plan #{id}', id=rec.id))}</b> · {html.escape(plan_state_label(rec.state))} · "
            f"{html.escape(tr('version {v}', v=rec.version))}<br>"
            f"<span style='color:#555'>{html.escape(rec.author_name)}: {html.escape(rec.post_text[:120])}</span>")
        if not view.entries:
            p.problems.setText(empty_plan_html(view))
        elif view.problems:
            p.problems.setText(f"<b style='color:#a4262c'>{html.escape(tr('Problems'))}</b><br>"
                               + "<br>".join("· " + html.escape(x) for x in view.problems))
        else:
            p.problems.setText(f"<span style='color:#2e7d32'>{html.escape(tr('No problem found'))}</span>")
        if rec.skipped:
            p.skipped.setText(f"<b>{html.escape(tr('Skipped accounts'))}</b><br>" + "<br>".join(
                f"· {html.escape(s.screen_name or s.account_uid)}: {html.escape(reason_label(s.reason))}" for s in rec.skipped))
        else:
            p.skipped.setText("")
        actor = self.ctx.services.actor
        leader = actor.has(MemberRole.LEADER)
        draft = rec.state is PlanState.DRAFT
        p.approve_button.setEnabled(leader and draft)
        p.approve_button.setToolTip("" if leader else tr("Approving a plan needs the leader role"))
        p.cancel_button.setEnabled(rec.state not in (PlanState.DONE, PlanState.CANCELLED))
        if rec.approved_by and not draft:
            p.approval.setText(tr("Approved by {who} at {t} — edits need a new approval", who=rec.approved_by,
                                  t=local(rec.approved_at)))
        elif draft:
            p.approval.setText(tr("Waiting for a leader's approval"))
        else:
            p.approval.setText(plan_state_label(rec.state))
        self.show_entry()

    def selected_entry(self) -> PlanEntry | None:
        if self.plan_view is None:
            return None
        return next((e for e in self.plan_view.entries if e.id == self.panel.timeline.selected_id), None)

    def show_entry(self) -> None:
        p = self.panel
        e = self.selected_entry()
        editable = e is not None and e.state.value in ("planned", "approved") and self.plan_view is not None \
            and self.plan_view.plan.state not in (PlanState.DONE, PlanState.CANCELLED)
        for b in (p.move_button, p.edit_button, p.drop_button):
            b.setEnabled(editable)
        if e is None:
            p.entry_text.setText(tr("Click a marker on the timeline"))
            return
        rows = [(tr("Account"), e.screen_name), (tr("Time"), local(e.at, "%Y-%m-%d %H:%M:%S")),
                (tr("Action"), action_label(e.action)), (tr("State"), entry_state_label(e.state)),
                (tr("Text"), e.text)]
        if e.answer or e.platform_id:
            rows.append((tr("Platform answer"), " · ".join(x for x in (reason_label(e.answer), e.platform_id and tr("Weibo id {id}", id=e.platform_id)) if x)))
        p.entry_text.setText("<table>" + "".join(
            f"<tr><td style='color:#666;padding-right:8px'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
            for k, v in rows) + "</table>")

    # -- actions ------------------------------------------------------------------------------------
    def _plan_op(self, fn: Any) -> None:
        """Run a plan edit as a write and show the plan it returns."""
        def done(view: PlanView) -> None:
            if self.selected_id() == view.id:
                self.show_plan(view)

        Op(self.ctx.host, self, fn).writes().on_success(done).changes(Change.FORWARDING).run()

    def on_new_clicked(self) -> None:
        fw = self.ctx.services.forwarding

        def ask(posts: list[SourcePost]) -> None:
            dialog = NewPlanDialog(self, posts)
            dialog.accepted.connect(lambda: self.make_plan(**dialog.value()))
            dialog.open()
            self._dialog = dialog

        Op(self.ctx.host, self, lambda job: fw.plans.recent_posts()).on_success(ask).run()

    def make_plan(self, post_mid: str, seed: int = 0, start: datetime | None = None, window: int | None = None,
                  min_gap: int | None = None, replace_draft: bool = False) -> None:
        if not post_mid:
            return
        fw = self.ctx.services.forwarding

        def done(view: PlanView) -> None:
            self.table_area.select_id(view.id)  # the new plan opens, once the reload lists it
            status_message(self, tr("Plan #{id}: {n} forwards, {s} accounts skipped", id=view.id,
                                    n=len(view.entries), s=len(view.plan.skipped)))

        def add_rules_and_plan() -> None:
            (Op(self.ctx.host, self, lambda job: fw.matrix.default_rules()).writes().changes(Change.MATRIX)
             .on_success(lambda n: self.make_plan(post_mid, seed, start, window, min_gap)).run())

        def refused(exc: Exception) -> None:
            explain_refusal(self, exc, add_usual_rules=add_rules_and_plan,
                            replace_draft=lambda: self.make_plan(post_mid, seed, start, window, min_gap, True))

        (Op(self.ctx.host, self, lambda job: fw.plans.plan(post_mid, seed, start, window, min_gap, replace_draft))
         .writes().with_progress(tr("Planning the forwards")).on_success(done).on_failure(refused)
         .changes(Change.FORWARDING).run())

    def _read_version(self) -> int | None:
        """The plan's edit version as this screen shows it: an edit on top of an older one is refused."""
        return self.plan_view.plan.row_version if self.plan_view is not None else None

    def move_entry(self, entry_id: int, at: datetime, version: int | None = None) -> None:
        fw = self.ctx.services.forwarding
        self._plan_op(lambda job: fw.plans.edit_entry(entry_id, at=at, expected_version=version))

    def on_move_clicked(self) -> None:
        e = self.selected_entry()
        if e is None:
            return
        dialog = MoveDialog(self, e)
        version = self._read_version()
        dialog.accepted.connect(lambda: self.move_entry(e.id, dialog.value(), version))
        dialog.open()
        self._dialog = dialog

    def on_edit_clicked(self) -> None:
        e = self.selected_entry()
        if e is None:
            return
        version = self._read_version()
        text, ok = QtWidgets.QInputDialog.getMultiLineText(self, tr("Edit text"),
                                                           tr("Text of the forward of {name}:", name=e.screen_name),
                                                           e.text)
        if ok and text.strip() and text.strip() != e.text:
            fw = self.ctx.services.forwarding
            self._plan_op(lambda job: fw.plans.edit_entry(e.id, text=text, expected_version=version))

    def on_drop_clicked(self) -> None:
        e = self.selected_entry()
        if e is None:
            return
        version = self._read_version()
        answer = QtWidgets.QMessageBox.question(
            self, tr("Drop forward"), tr("Take {name} out of this plan? An approved plan needs a new approval.",
                                         name=e.screen_name))
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            fw = self.ctx.services.forwarding
            self._plan_op(lambda job: fw.plans.drop_entry(e.id, expected_version=version))

    def on_approve_clicked(self) -> None:
        view = self.plan_view
        if view is None:
            return
        fw = self.ctx.services.forwarding

        def ask(summary: ApprovalSummary) -> None:
            dialog = ApprovalDialog(self, summary)
            dialog.accepted.connect(lambda: self._plan_op(
                lambda job: fw.plans.approve(view.id, expected_version=view.plan.row_version)))
            dialog.open()
            self._dialog = dialog

        Op(self.ctx.host, self, lambda job: fw.plans.approval_summary(view.id)).on_success(ask).run()

    def on_cancel_clicked(self) -> None:
        view = self.plan_view
        if view is None:
            return
        answer = QtWidgets.QMessageBox.question(
            self, tr("Cancel plan"), tr("Cancel plan #{id}? Forwards not yet sent will not be sent.", id=view.id))
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            fw = self.ctx.services.forwarding
            self._plan_op(lambda job: fw.plans.cancel(view.id, expected_version=view.plan.row_version))
