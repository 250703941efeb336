"""Paid forwarding dialogs: an outside account that helps (a big V paid per forward, a loyal fan, a
partner), and a paid forward recorded against a campaign with what it cost — the campaign's budget, spend
and cost per thousand reached shown as the operator fills it in."""

from __future__ import annotations

import html
from typing import Any

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding.records import (
    Campaign,
    CampaignSummary,
    OutsideAccount,
    OutsideKind,
    parse_yuan,
    yuan,
)
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.qt import QtWidgets


def kind_label(kind: OutsideKind) -> str:
    return {OutsideKind.BIG_V: tr("big V"), OutsideKind.FAN: tr("fan"), OutsideKind.PARTNER: tr("partner")}[kind]


def cost_per_reach(s: CampaignSummary) -> str:
    cpm = s.cost_per_thousand_reach_fen
    return tr("{cost} per thousand reached", cost=yuan(cpm)) if cpm is not None else tr("nobody reached yet")


def summary_line(s: CampaignSummary) -> str:
    return tr("Budget {budget} · spent {spent} (forwards {f}, gifts {g}) · left {left} · reach {reach} · {cpr}",
              budget=yuan(s.campaign.budget_fen), spent=yuan(s.spent_fen), f=yuan(s.forward_cost_fen),
              g=yuan(s.gift_cost_fen), left=yuan(s.left_fen), reach=f"{s.reach:,}", cpr=cost_per_reach(s))


class OutsideAccountDialog(QtWidgets.QDialog):
    """Add or change an outside account: uid, name, kind, cost per forward, followers, notes."""

    def __init__(self, parent: QtWidgets.QWidget | None, current: OutsideAccount | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Outside account"))
        self.uid = QtWidgets.QLineEdit(current.uid if current else "")
        self.uid.setPlaceholderText(tr("Weibo uid"))
        self.name = QtWidgets.QLineEdit(current.name if current else "")
        self.kind = QtWidgets.QComboBox()
        for k in OutsideKind:
            self.kind.addItem(kind_label(k), k.value)
        if current:
            self.kind.setCurrentIndex(list(OutsideKind).index(current.kind))
        self.cost = QtWidgets.QLineEdit(f"{current.cost_per_forward_fen / 100:g}" if current else "0")
        self.cost.setPlaceholderText(tr("yuan, e.g. 800"))
        self.followers = QtWidgets.QSpinBox()
        self.followers.setRange(0, 500_000_000)
        self.followers.setGroupSeparatorShown(True)
        self.followers.setValue(current.followers if current else 0)
        self.notes = QtWidgets.QLineEdit(current.notes if current else "")
        self.error = QtWidgets.QLabel()
        self.error.setStyleSheet("color:#a4262c")
        form = QtWidgets.QFormLayout(self)
        form.addRow(tr("Weibo uid"), self.uid)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Cost per forward"), self.cost)
        form.addRow(tr("Followers"), self.followers)
        form.addRow(tr("Notes"), self.notes)
        form.addRow(self.error)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Save
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> dict[str, Any]:
        """The form as `Campaigns.put_outside` takes it; ValidationError with words when it is wrong."""
        problems = []
        if not self.uid.text().strip() or not self.name.text().strip():
            problems.append(tr("An outside account needs a Weibo uid and a name."))
        try:
            cost = parse_yuan(self.cost.text() or "0")
        except ValidationError:
            problems.append(tr("{text} is not an amount of money (e.g. 80 or 12.50)", text=self.cost.text()))
            cost = 0
        if problems:
            raise ValidationError(problems)
        return {"uid": self.uid.text().strip(), "name": self.name.text().strip(),
                "kind": OutsideKind(self.kind.currentData()), "cost_fen": cost, "followers": self.followers.value(),
                "notes": self.notes.text().strip()}

    def on_save_clicked(self) -> None:
        try:
            self.value()
        except ValidationError as exc:
            self.error.setText("\n".join(exc.problems))
            return
        self.accept()


class PaidForwardDialog(QtWidgets.QDialog):
    """Record a paid forward: which campaign, which outside account, its Weibo id, what it cost. Shows the
    campaign's budget, spend and cost per reach, and what is left after this forward."""

    def __init__(self, parent: QtWidgets.QWidget | None, campaigns: list[Campaign],
                 summaries: dict[int, CampaignSummary], outside: list[OutsideAccount],
                 campaign_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record a paid forward"))
        self.setMinimumWidth(520)
        self.summaries = summaries
        self.outside_accounts = outside
        self.campaign = QtWidgets.QComboBox()
        for c in campaigns:
            self.campaign.addItem(c.name, c.id)
        if campaign_id is not None and campaign_id in [c.id for c in campaigns]:
            self.campaign.setCurrentIndex([c.id for c in campaigns].index(campaign_id))
        self.who = QtWidgets.QComboBox()
        for o in outside:
            self.who.addItem(f"{o.name} · {kind_label(o.kind)} · {yuan(o.cost_per_forward_fen)}", o.uid)
        self.forward_id = QtWidgets.QLineEdit()
        self.forward_id.setPlaceholderText(tr("the forward's Weibo id (optional)"))
        self.cost = QtWidgets.QLineEdit()
        self.cost.setPlaceholderText(tr("yuan; empty: the account's cost per forward"))
        self.budget = QtWidgets.QLabel()
        self.budget.setWordWrap(True)
        self.after = QtWidgets.QLabel()
        self.error = QtWidgets.QLabel()
        self.error.setStyleSheet("color:#a4262c")
        form = QtWidgets.QFormLayout(self)
        form.addRow(tr("Campaign"), self.campaign)
        form.addRow("", self.budget)
        form.addRow(tr("Outside account"), self.who)
        form.addRow(tr("Forward id"), self.forward_id)
        form.addRow(tr("Cost"), self.cost)
        form.addRow("", self.after)
        form.addRow(self.error)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Save
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for w in (self.campaign, self.who):
            w.currentIndexChanged.connect(lambda *_: self.refresh())
        self.cost.textChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def _cost(self) -> int:
        if self.cost.text().strip():
            return parse_yuan(self.cost.text())
        o = next((o for o in self.outside_accounts if o.uid == self.who.currentData()), None)
        return o.cost_per_forward_fen if o else 0

    def refresh(self) -> None:
        s = self.summaries.get(self.campaign.currentData())
        self.budget.setText(html.escape(summary_line(s)) if s else "")
        try:
            cost = self._cost()
        except ValidationError:
            self.after.setText(tr("{text} is not an amount of money (e.g. 80 or 12.50)", text=self.cost.text()))
            return
        if s is not None:
            left = s.left_fen - cost
            colour = "#a4262c" if left < 0 else "#2e7d32"
            self.after.setText(f"<span style='color:{colour}'>"
                               + html.escape(tr("{cost} for this forward; {left} left of the budget",
                                                cost=yuan(cost), left=yuan(left))) + "</span>")

    def value(self) -> dict[str, Any]:
        if self.campaign.currentData() is None or self.who.currentData() is None:
            raise ValidationError(tr("Choose a campaign and an outside account."))
        return {"campaign_id": int(self.campaign.currentData()), "outside": str(self.who.currentData()),
                "platform_id": self.forward_id.text().strip(), "cost_fen": self._cost()}

    def on_save_clicked(self) -> None:
        try:
            self.value()
        except ValidationError as exc:
            self.error.setText("\n".join(exc.problems))
            return
        self.accept()
