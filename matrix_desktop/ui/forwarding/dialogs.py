"""The forwarding areas' dialogs: a new plan, a forward's new time, a rule of the matrix, a campaign, a gift."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from matrix_desktop.core.accounts import Account
from matrix_desktop.core.forwarding import (
    ForwardAction,
    ForwardRule,
    SourcePost,
    validate_rule,
    validate_template,
)
from matrix_desktop.core.forwarding.records import OutsideAccount, PlanEntry
from matrix_desktop.ui.accounts.dialog import role_label
from matrix_desktop.ui.forwarding.common import TZ, action_label, local
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.qt import QtCore, QtWidgets
from matrix_desktop.ui.widgets import dialog_buttons


class NewPlanDialog(QtWidgets.QDialog):
    """Choose a recent post of the official or a leader account and how to time its forwards."""

    def __init__(self, parent: QtWidgets.QWidget | None, posts: list[SourcePost]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New forwarding plan"))
        self.setMinimumWidth(560)
        self.post = QtWidgets.QComboBox()
        for p in posts:
            self.post.addItem(f"{local(p.published_at)} · {p.author_name}: {p.text[:50]}", p.mid)
        self.seed = QtWidgets.QSpinBox()
        self.seed.setRange(0, 1_000_000)
        self.seed.setToolTip(tr("Another seed gives another order and other texts"))
        self.use_start = QtWidgets.QCheckBox(tr("start at"))
        self.start = QtWidgets.QDateTimeEdit()
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        now = datetime.now(TZ)
        self.start.setDateTime(QtCore.QDateTime(QtCore.QDate(now.year, now.month, now.day),
                                                QtCore.QTime(now.hour, now.minute)))
        self.start.setEnabled(False)
        self.use_start.toggled.connect(self.start.setEnabled)
        self.window_minutes = QtWidgets.QSpinBox()
        self.window_minutes.setRange(0, 10080)
        self.window_minutes.setSpecialValueText(tr("from the rules"))
        self.window_minutes.setSuffix(tr(" min"))
        self.min_gap = QtWidgets.QSpinBox()
        self.min_gap.setRange(0, 3600)
        self.min_gap.setValue(120)
        self.min_gap.setSuffix(tr(" s"))
        start_row = QtWidgets.QHBoxLayout()
        start_row.addWidget(self.use_start)
        start_row.addWidget(self.start, 1)
        form = QtWidgets.QFormLayout()
        form.addRow(tr("Post"), self.post)
        form.addRow(tr("Seed"), self.seed)
        form.addRow(tr("Start (Beijing time)"), start_row)
        form.addRow(tr("Window"), self.window_minutes)
        form.addRow(tr("Minimum gap"), self.min_gap)
        layout = QtWidgets.QVBoxLayout(self)
        if not posts:
            layout.addWidget(QtWidgets.QLabel(tr("No recent post of the official or a leader account; sync first.")))
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self, save=False))

    def value(self) -> dict[str, Any]:
        start = None
        if self.use_start.isChecked():
            d, t = self.start.date(), self.start.time()
            start = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=TZ)
        return {"post_mid": str(self.post.currentData() or ""), "seed": self.seed.value(), "start": start,
                "window": self.window_minutes.value() or None, "min_gap": self.min_gap.value()}


class MoveDialog(QtWidgets.QDialog):
    """A new time for one forward, in Beijing time to the second."""

    def __init__(self, parent: QtWidgets.QWidget | None, entry: PlanEntry) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Move the forward of {name}", name=entry.screen_name))
        at = entry.at.astimezone(TZ)
        self.when = QtWidgets.QDateTimeEdit(QtCore.QDateTime(QtCore.QDate(at.year, at.month, at.day),
                                                             QtCore.QTime(at.hour, at.minute, at.second)))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        form = QtWidgets.QFormLayout()
        form.addRow(tr("New time (Beijing time)"), self.when)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self, save=False))

    def value(self) -> datetime:
        d, t = self.when.date(), self.when.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=TZ)


class RuleDialog(QtWidgets.QDialog):
    """Add or replace one edge: who amplifies whom, which kinds, repost or comment, delays, templates."""

    def __init__(self, parent: QtWidgets.QWidget | None, accounts: list[Account], forwarder: str = "",
                 rule: ForwardRule | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Forwarding rule"))
        self.setMinimumWidth(520)
        self.source = QtWidgets.QComboBox()
        self.forwarder = QtWidgets.QComboBox()
        for a in accounts:
            text = f"{a.screen_name} ({role_label(a.role)})"
            self.source.addItem(text, a.uid)
            self.forwarder.addItem(text, a.uid)
        self.kinds = QtWidgets.QLineEdit()
        self.kinds.setPlaceholderText(tr("topics, comma separated; empty = every post"))
        self.action = QtWidgets.QComboBox()
        for act in ForwardAction:
            self.action.addItem(action_label(act), act.value)
        self.delay_min = QtWidgets.QSpinBox()
        self.delay_min.setRange(0, 10080)
        self.delay_min.setSuffix(tr(" min"))
        self.delay_max = QtWidgets.QSpinBox()
        self.delay_max.setRange(0, 10080)
        self.delay_max.setSuffix(tr(" min"))
        self.templates = QtWidgets.QPlainTextEdit()
        self.templates.setPlaceholderText(tr("one template per line, e.g. 为{author}打call！{title} {slogan}\n"
                                             "empty = the built-in templates"))
        self.problems = QtWidgets.QLabel()
        self.problems.setStyleSheet("color: #a4262c")
        self.problems.setWordWrap(True)
        form = QtWidgets.QFormLayout()
        form.addRow(tr("Source account (whose posts)"), self.source)
        form.addRow(tr("Forwarding account"), self.forwarder)
        form.addRow(tr("Post kinds"), self.kinds)
        form.addRow(tr("Action"), self.action)
        form.addRow(tr("Delay from"), self.delay_min)
        form.addRow(tr("Delay to"), self.delay_max)
        form.addRow(tr("Templates"), self.templates)
        hint = QtWidgets.QLabel(tr("Variables: {author} {title} {slogan} {name}", author="{author}",
                                   title="{title}", slogan="{slogan}", name="{name}"))
        hint.setStyleSheet("color: #666")
        form.addRow("", hint)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(dialog_buttons(self, save=False))
        r = rule or ForwardRule("", forwarder)
        self._select(self.source, r.source_uid)
        self._select(self.forwarder, r.forwarder_uid)
        self.kinds.setText(", ".join(sorted(r.post_kinds)))
        self.action.setCurrentIndex(self.action.findData(r.action.value))
        self.delay_min.setValue(r.delay_min_minutes)
        self.delay_max.setValue(r.delay_max_minutes)
        self.templates.setPlainText("\n".join(r.templates))
        self._value: ForwardRule | None = None

    @staticmethod
    def _select(box: QtWidgets.QComboBox, uid: str) -> None:
        i = box.findData(uid)
        if i >= 0:
            box.setCurrentIndex(i)

    def build(self) -> tuple[ForwardRule | None, list[str]]:
        """The rule the form describes and every problem with it, in words."""
        templates = tuple(t.strip() for t in self.templates.toPlainText().splitlines() if t.strip())
        problems: list[str] = []
        for n, t in enumerate(templates, start=1):
            problems.extend(tr("template {n}: {problem}", n=n, problem=p) for p in validate_template(t))
        kinds = frozenset(k.strip() for k in self.kinds.text().replace("，", ",").split(",") if k.strip())
        rule = ForwardRule(str(self.source.currentData() or ""), str(self.forwarder.currentData() or ""), kinds,
                           ForwardAction(str(self.action.currentData())), self.delay_min.value(),
                           self.delay_max.value(), templates)
        if rule.source_uid == rule.forwarder_uid:
            problems.append(tr("an account does not forward its own posts"))
        if not problems:
            problems = validate_rule(rule)
        return (None if problems else rule), problems

    def accept(self) -> None:
        rule, problems = self.build()
        if rule is None:
            self.problems.setText("\n".join(problems))
            return
        self._value = rule
        super().accept()

    def value(self) -> ForwardRule | None:
        return self._value


class CampaignDialog(QtWidgets.QDialog):
    """A new paid campaign: its name, budget in yuan and (optionally) the post it pays to spread."""

    def __init__(self, parent: QtWidgets.QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New campaign"))
        self.name, self.budget, self.post = QtWidgets.QLineEdit(), QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        self.budget.setPlaceholderText(tr("yuan, e.g. 5000"))
        self.post.setPlaceholderText(tr("post id (optional)"))
        form = QtWidgets.QFormLayout(self)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Budget"), self.budget)
        form.addRow(tr("Post"), self.post)
        form.addRow(dialog_buttons(self, save=False))


class GiftDialog(QtWidgets.QDialog):
    """A gift to an outside account: to whom, what, and what it cost in yuan."""

    def __init__(self, parent: QtWidgets.QWidget | None, outside: list[OutsideAccount]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add gift"))
        self.who = QtWidgets.QComboBox()
        for o in outside:
            self.who.addItem(o.name, o.uid)
        self.what, self.cost = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        self.what.setPlaceholderText(tr("e.g. a postcard, a bag of candy"))
        self.cost.setPlaceholderText(tr("yuan, e.g. 30"))
        form = QtWidgets.QFormLayout(self)
        form.addRow(tr("Outside account"), self.who)
        form.addRow(tr("Gift"), self.what)
        form.addRow(tr("Cost"), self.cost)
        form.addRow(dialog_buttons(self, save=False))
