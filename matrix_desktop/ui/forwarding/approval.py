"""Approving a plan: a summary of what it releases — how many forwards, first and last time, who is skipped —
and one question. And the words for a plan that is empty or was refused, with the way out."""

from __future__ import annotations

import html
from collections.abc import Callable

from matrix_desktop.core.forwarding.records import (
    ApprovalSummary,
    NoRulesForPost,
    PlanAlreadyExists,
    PlanState,
    PlanView,
    why_empty,
)
from matrix_desktop.ui.forwarding.common import local, plan_state_label, reason_label
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import show_error
from matrix_desktop.ui.qt import QtWidgets


def summary_html(s: ApprovalSummary) -> str:
    """The summary as the dialog shows it."""
    rows = [
        (tr("Forwards"), tr("{n} ({c} with a comment, {p} plain reposts)", n=s.forwards, c=s.comments, p=s.plain)),
        (tr("First"), local(s.first, "%Y-%m-%d %H:%M")),
        (tr("Last"), local(s.last, "%Y-%m-%d %H:%M")),
    ]
    out = "<table>" + "".join(f"<tr><td style='color:#666;padding-right:10px'>{html.escape(k)}</td>"
                              f"<td><b>{html.escape(v)}</b></td></tr>" for k, v in rows) + "</table>"
    if s.retimed:
        out += "<p>" + html.escape(tr("The draft's times have passed: the forwards are moved to start now, in the "
                                      "same order, outside the quiet hours and with the minimum gap.")) + "</p>"
    skipped = [*s.already_forwarded, *s.skipped]
    if skipped:
        out += "<p><b>" + html.escape(tr("Skipped ({n})", n=len(skipped))) + "</b><br>" + "<br>".join(
            f"· {html.escape(k.screen_name or k.account_uid)}: {html.escape(reason_label(k.reason))}"
            for k in skipped[:12])
        if len(skipped) > 12:
            out += "<br>" + html.escape(tr("… and {n} more", n=len(skipped) - 12))
        out += "</p>"
    if s.problems:
        out += ("<p style='color:#a4262c'><b>" + html.escape(tr("Problems")) + "</b><br>"
                + "<br>".join("· " + html.escape(p) for p in s.problems) + "</p>")
    return out


class ApprovalDialog(QtWidgets.QDialog):
    """Shows what approving the plan releases; Approve sends it on its way, once."""

    def __init__(self, parent: QtWidgets.QWidget | None, summary: ApprovalSummary) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(tr("Approve plan #{id}", id=summary.plan_id))
        self.setMinimumWidth(460)
        layout = QtWidgets.QVBoxLayout(self)
        self.text = QtWidgets.QLabel(summary_html(summary))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QtWidgets.QDialogButtonBox()
        self.approve_button = buttons.addButton(tr("Approve and send"),
                                                QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.approve_button.setEnabled(summary.forwards > 0 and not summary.problems)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def empty_plan_html(view: PlanView) -> str:
    """What a plan with no forward says instead of "no problem found": why nobody forwards."""
    reasons = why_empty(view.plan.skipped)
    if not reasons:
        return html.escape(tr("Nobody will forward this post: no account is named by a rule for its author."))
    return (f"<b style='color:#a4262c'>{html.escape(tr('Nobody will forward this post'))}</b><br>"
            + "<br>".join("· " + html.escape(tr("{n} × {why}", n=n, why=reason_label(why))) for why, n in reasons))


def explain_refusal(parent: QtWidgets.QWidget, exc: Exception, *, add_usual_rules: Callable[[], None],
                    replace_draft: Callable[[], None]) -> None:
    """A refused plan in the team's words, with the way out: add the usual matrix, replace the draft."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Information)
    box.setWindowTitle(tr("New forwarding plan"))
    if isinstance(exc, NoRulesForPost):
        if exc.any_rules:
            box.setText(tr("No rule says who forwards the posts of {who}.", who=exc.author_name))
        else:
            box.setText(tr("There are no forwarding rules yet, so nobody would forward this post."))
        box.setInformativeText(tr("The usual matrix: every account forwards the official account; sub-brands and "
                                  "employees also forward the leaders. Add it now and plan again?"))
        go = box.addButton(tr("Add the usual matrix and plan"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is go:
            add_usual_rules()
        return
    if isinstance(exc, PlanAlreadyExists):
        box.setText(tr("This post already has plan #{id} ({state}).", id=exc.plan_id,
                       state=plan_state_label(exc.state)))
        if exc.state is PlanState.DRAFT:
            box.setInformativeText(tr("A second plan would forward the post twice. Replace the draft with a new "
                                      "plan? The draft is cancelled; nothing of it was sent."))
            go = box.addButton(tr("Replace the draft"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is go:
                replace_draft()
            return
        box.setInformativeText(tr("It is already approved or being sent. Cancel it first if it must be redone."))
        box.exec()
        return
    show_error(parent, exc)
