"""The Matrix area: the accounts drawn as a graph (official at the centre, then leaders, sub-brands and
employees on rings) with the forwarding rules as arrows; a side panel edits an account's settings and rules."""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

from matrix_desktop.core.accounts import Account, AccountQuery, AccountRole
from matrix_desktop.core.changes import Change
from matrix_desktop.core.credentials import TokenState
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding import (
    ForwardRule,
    QuietHours,
)
from matrix_desktop.core.forwarding.records import ForwarderSettings
from matrix_desktop.ui.accounts.dialog import role_label
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.forwarding.common import ROLE_COLOURS, action_label, role_colour
from matrix_desktop.ui.forwarding.dialogs import RuleDialog
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import Job, Op, show_error
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets
from matrix_desktop.ui.tablemodel import Column, ListTableModel
from matrix_desktop.ui.widgets import shortcut, status_message

Qt = QtCore.Qt

#: Ring radius per role: the official account at the centre, employees outermost.
RING = {AccountRole.OFFICIAL: 0.0, AccountRole.LEADER: 170.0, AccountRole.SUB_BRAND: 320.0,
        AccountRole.EMPLOYEE: 470.0}
NODE_RADIUS = 16.0


@dataclass(frozen=True)
class MatrixData:
    """Everything the graph draws, read in one go off the GUI thread."""

    accounts: list[Account]
    rules: list[ForwardRule]
    settings: dict[str, ForwarderSettings]
    connected: frozenset[str] = frozenset()


def layout_positions(accounts: list[Account]) -> dict[str, QtCore.QPointF]:
    """Each account's place: one ring per role, spread evenly, offset per ring so labels do not stack."""
    out: dict[str, QtCore.QPointF] = {}
    for n_role, role in enumerate(RING):
        ring = [a for a in accounts if a.role is role]
        radius = RING[role]
        if role is AccountRole.OFFICIAL and len(ring) > 1:
            radius = 50.0
        for i, a in enumerate(ring):
            if radius == 0:
                out[a.uid] = QtCore.QPointF(0, 0)
                continue
            angle = 2 * math.pi * i / len(ring) - math.pi / 2 + n_role * 0.35
            out[a.uid] = QtCore.QPointF(radius * math.cos(angle), radius * math.sin(angle))
    return out


class NodeItem(QtWidgets.QGraphicsEllipseItem):
    """An account on the graph: a disc in its role's colour, its screen name below, a marker if it is out."""

    def __init__(self, account: Account, settings: ForwarderSettings, connected: bool = True) -> None:
        r = NODE_RADIUS if account.role is not AccountRole.OFFICIAL else NODE_RADIUS * 1.5
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.uid = account.uid
        self.setBrush(QtGui.QBrush(role_colour(account.role)))
        self.setPen(QtGui.QPen(QtGui.QColor("#ffffff"), 2))
        self.setFlag(QtWidgets.QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # A pale plate behind the name keeps it readable where arrows cross it.
        plate = QtWidgets.QGraphicsRectItem(self)
        plate.setBrush(QtGui.QBrush(QtGui.QColor(255, 255, 255, 215)))
        plate.setPen(QtGui.QPen(Qt.PenStyle.NoPen))
        label = QtWidgets.QGraphicsSimpleTextItem(account.screen_name, self)
        font = label.font()
        font.setPointSize(9)
        label.setFont(font)
        box = label.boundingRect()
        label.setPos(-box.width() / 2, r + 2)
        plate.setRect(QtCore.QRectF(-box.width() / 2 - 2, r + 2, box.width() + 4, box.height()))
        self.marker: QtWidgets.QGraphicsEllipseItem | None = None
        out = []
        if settings.opted_out:
            out.append(tr("opted out"))
        if not connected:
            out.append(tr("not connected"))
        if out:
            mark = self.marker = QtWidgets.QGraphicsEllipseItem(r * 0.45, -r, r * 0.8, r * 0.8, self)
            mark.setBrush(QtGui.QBrush(QtGui.QColor("#424242" if settings.opted_out else "#fbc02d")))
            mark.setPen(QtGui.QPen(QtGui.QColor("#ffffff"), 1))
        self.setToolTip(f"{account.screen_name} · {role_label(account.role)}"
                        + (f"\n{'、'.join(out)}" if out else ""))

    def paint(self, painter: QtGui.QPainter, option: QtWidgets.QStyleOptionGraphicsItem,
              widget: QtWidgets.QWidget | None = None) -> None:
        selected = self.isSelected()
        self.setPen(QtGui.QPen(QtGui.QColor("#000000" if selected else "#ffffff"), 3 if selected else 2))
        # Draw without Qt's dashed selection rectangle: the black ring shows the selection.
        option.state &= ~QtWidgets.QStyle.StateFlag.State_Selected  # type: ignore[assignment]
        super().paint(painter, option, widget)


def edge_item(a: QtCore.QPointF, b: QtCore.QPointF, colour: QtGui.QColor) -> QtWidgets.QGraphicsPathItem:
    """An arrow from `a` (the source) to `b` (the forwarder), stopping at the forwarder's disc."""
    line = QtCore.QLineF(a, b)
    length = line.length()
    path = QtGui.QPainterPath()
    if length < 1:
        return QtWidgets.QGraphicsPathItem(path)
    unit = QtCore.QPointF((b.x() - a.x()) / length, (b.y() - a.y()) / length)
    tip = b - unit * (NODE_RADIUS + 2)
    start = a + unit * NODE_RADIUS
    path.moveTo(start)
    path.lineTo(tip)
    normal = QtCore.QPointF(-unit.y(), unit.x())
    head = QtGui.QPolygonF([tip, tip - unit * 9 + normal * 4, tip - unit * 9 - normal * 4])
    path.addPolygon(head)
    path.closeSubpath()
    item = QtWidgets.QGraphicsPathItem(path)
    colour = QtGui.QColor(colour)
    colour.setAlpha(110)
    item.setPen(QtGui.QPen(colour, 1.2))
    item.setBrush(QtGui.QBrush(colour))
    item.setZValue(1)
    return item


class GraphView(QtWidgets.QGraphicsView):
    """The graph canvas: Ctrl+wheel zooms, dragging pans."""

    def __init__(self, scene: QtWidgets.QGraphicsScene, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        self.setDragMode(QtWidgets.QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QtWidgets.QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QtGui.QBrush(QtGui.QColor("#fafafa")))

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            event.accept()
        else:
            super().wheelEvent(event)

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)


def rule_columns(names: dict[str, str]) -> list[Column[ForwardRule]]:
    return [
        Column("source", tr("Source"), lambda r: names.get(r.source_uid, r.source_uid)),
        Column("forwarder", tr("Forwarder"), lambda r: names.get(r.forwarder_uid, r.forwarder_uid)),
        Column("action", tr("Action"), lambda r: action_label(r.action)),
        Column("delay", tr("Delay"), lambda r: tr("{lo}–{hi} min", lo=r.delay_min_minutes, hi=r.delay_max_minutes)),
        Column("kinds", tr("Kinds"), lambda r: "、".join(sorted(r.post_kinds)) or tr("all"),
               tooltip=lambda r: "\n".join(r.templates)),
    ]


class SettingsPanel(QtWidgets.QWidget):
    """The selected account: its forwarding settings (editable) and its rules."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QtWidgets.QLabel(tr("Click an account on the graph"))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.slogan = QtWidgets.QLineEdit()
        self.slogan.setPlaceholderText(tr("its own slogan for {slogan}", slogan="{slogan}"))
        self.daily_cap = QtWidgets.QSpinBox()
        self.daily_cap.setRange(0, 100)
        self.quiet = QtWidgets.QLineEdit()
        self.quiet.setPlaceholderText(tr("e.g. 23:00-07:30; empty = none"))
        self.opted_out = QtWidgets.QCheckBox(tr("opted out of forwarding"))
        self.save_button = QtWidgets.QPushButton(tr("Save settings"))
        self.problem = QtWidgets.QLabel()
        self.problem.setStyleSheet("color: #a4262c")
        self.problem.setWordWrap(True)
        form = QtWidgets.QFormLayout()
        form.addRow(tr("Slogan"), self.slogan)
        form.addRow(tr("Daily cap"), self.daily_cap)
        form.addRow(tr("Quiet hours"), self.quiet)
        form.addRow("", self.opted_out)
        self.rules_model: ListTableModel[ForwardRule] = ListTableModel(rule_columns({}), self)
        self.rules_table = QtWidgets.QTableView()
        self.rules_table.setModel(self.rules_model)
        self.rules_table.setSortingEnabled(True)
        self.rules_table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules_table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.rules_table.verticalHeader().setVisible(False)
        self.rules_table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((100, 120, 48, 80)):
            self.rules_table.setColumnWidth(col, width)
        self.add_rule_button = QtWidgets.QPushButton(tr("Add rule…"))
        self.edit_rule_button = QtWidgets.QPushButton(tr("Edit rule…"))
        self.remove_rule_button = QtWidgets.QPushButton(tr("Remove rule"))
        rule_bar = QtWidgets.QHBoxLayout()
        for b in (self.add_rule_button, self.edit_rule_button, self.remove_rule_button):
            rule_bar.addWidget(b)
        rule_bar.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QtWidgets.QLabel(f"<b>{html.escape(tr('Rules of this account'))}</b>"))
        layout.addWidget(self.rules_table, 1)
        layout.addLayout(rule_bar)

    def value(self, uid: str) -> ForwarderSettings:
        """The settings the form holds; raises ValidationError (in words) on bad quiet hours."""
        text = self.quiet.text().strip()
        quiet = QuietHours.parse(text) if text else None
        return ForwarderSettings(uid, self.slogan.text().strip(), self.daily_cap.value(), quiet,
                                 self.opted_out.isChecked())

    def show_settings(self, st: ForwarderSettings) -> None:
        self.slogan.setText(st.slogan)
        self.daily_cap.setValue(st.daily_cap)
        self.quiet.setText(f"{st.quiet_hours.start:%H:%M}-{st.quiet_hours.end:%H:%M}" if st.quiet_hours else "")
        self.opted_out.setChecked(st.opted_out)
        self.problem.clear()


class MatrixView(QtWidgets.QWidget):
    """The matrix as a graph of accounts and forwarding rules, with per-account settings beside it."""

    area = "matrix"

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = MatrixData([], [], {})
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[QtWidgets.QGraphicsPathItem] = []
        self.current: str = ""
        self.scene = QtWidgets.QGraphicsScene(self)
        self.graph = GraphView(self.scene)
        self.fit_button = QtWidgets.QPushButton(tr("Fit to view"))
        self.fit_button.setToolTip(tr("Show the whole matrix (Ctrl+0); Ctrl+wheel zooms"))
        self.defaults_button = QtWidgets.QPushButton(tr("Default rules…"))
        self.defaults_button.setToolTip(tr("Everyone amplifies the official account; sub-brands and employees "
                                           "amplify the leaders. Only missing rules are added."))
        self.summary = QtWidgets.QLabel()
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(self._legend())
        bar.addWidget(self.fit_button)
        bar.addWidget(self.defaults_button)
        self.panel = SettingsPanel()
        self.panel.setEnabled(False)
        split = QtWidgets.QSplitter()
        split.addWidget(self.graph)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([760, 420])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.fit_button.clicked.connect(self.graph.fit)
        self.defaults_button.clicked.connect(self.on_defaults_clicked)
        self.scene.selectionChanged.connect(self.on_scene_selection_changed)
        self.panel.save_button.clicked.connect(self.on_save_clicked)
        self.panel.add_rule_button.clicked.connect(self.on_add_rule_clicked)
        self.panel.edit_rule_button.clicked.connect(self.on_edit_rule_clicked)
        self.panel.remove_rule_button.clicked.connect(self.on_remove_rule_clicked)
        self.panel.rules_table.doubleClicked.connect(lambda _i: self.on_edit_rule_clicked())
        ctx.tracker.did_execute.connect(self.on_did_execute)
        shortcut("Ctrl+0", self, self.graph.fit)
        self.reload()

    def _legend(self) -> QtWidgets.QLabel:
        parts = [f"<span style='color:{ROLE_COLOURS[r]}'>●</span> {html.escape(role_label(r))}" for r in RING]
        parts.append(f"<span style='color:#424242'>●</span> {html.escape(tr('opted out'))}")
        parts.append(f"<span style='color:#fbc02d'>●</span> {html.escape(tr('not connected'))}")
        parts.append(html.escape(tr("arrow: source → forwarder")))
        label = QtWidgets.QLabel("&nbsp;&nbsp;".join(parts))
        label.setToolTip(tr("An arrow points from the account whose posts are forwarded to the account that "
                            "forwards them."))
        return label

    # -- data ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        services = self.ctx.services

        def work(job: Job) -> MatrixData:
            live = frozenset(s.account_uid for s in services.credentials.statuses()
                             if s.state in (TokenState.CONNECTED, TokenState.EXPIRING))
            return MatrixData(services.registry.search(AccountQuery()), services.forwarding.matrix.rules(),
                              services.forwarding.matrix.settings(), live)

        Op(self.ctx.host, self, work).on_success(self.show_data).run()

    def on_did_execute(self, areas: frozenset[Change]) -> None:
        if Change.MATRIX in areas or Change.ACCOUNTS in areas:
            self.reload()

    def show_data(self, data: MatrixData) -> None:
        first = not self.nodes
        self.data = data
        keep = self.current
        self.scene.blockSignals(True)
        self.scene.clear()
        self.nodes.clear()
        self.edges.clear()
        pos = layout_positions(data.accounts)
        for radius in sorted(set(RING.values()) - {0.0}):
            ring = self.scene.addEllipse(-radius, -radius, 2 * radius, 2 * radius,
                                         QtGui.QPen(QtGui.QColor("#e0e0e0"), 1, Qt.PenStyle.DashLine))
            ring.setZValue(0)
        roles = {a.uid: a.role for a in data.accounts}
        for r in data.rules:
            if r.source_uid in pos and r.forwarder_uid in pos:
                item = edge_item(pos[r.source_uid], pos[r.forwarder_uid], role_colour(roles[r.source_uid]))
                item.setToolTip(f"{self._name(r.source_uid)} → {self._name(r.forwarder_uid)} · "
                                f"{action_label(r.action)}")
                self.scene.addItem(item)
                self.edges.append(item)
        for a in data.accounts:
            node = NodeItem(a, data.settings.get(a.uid) or ForwarderSettings(a.uid), a.uid in data.connected)
            node.setPos(pos[a.uid])
            self.scene.addItem(node)
            self.nodes[a.uid] = node
        self.scene.blockSignals(False)
        self.summary.setText(tr("{n} accounts, {r} rules", n=len(data.accounts), r=len(data.rules)))
        if first:
            QtCore.QTimer.singleShot(0, self.graph.fit)
        if first and not keep:
            # Open on the official account: its settings and the rules that amplify it are the usual start.
            keep = next((a.uid for a in data.accounts if a.role is AccountRole.OFFICIAL), "")
        if keep in self.nodes:
            self.select_account(keep)
        else:
            self.current = ""
            self.on_scene_selection_changed()

    def _name(self, uid: str) -> str:
        for a in self.data.accounts:
            if a.uid == uid:
                return a.screen_name
        return uid

    def select_account(self, uid: str) -> None:
        """Select an account's node as a click would (tests and the keyboard use this)."""
        node = self.nodes.get(uid)
        if node is None:
            return
        self.scene.clearSelection()
        node.setSelected(True)

    def on_scene_selection_changed(self) -> None:
        selected = [i for i in self.scene.selectedItems() if isinstance(i, NodeItem)]
        uid = selected[0].uid if selected else ""
        self.current = uid
        self.panel.setEnabled(bool(uid))
        account = next((a for a in self.data.accounts if a.uid == uid), None)
        names = {a.uid: a.screen_name for a in self.data.accounts}
        self.panel.rules_model.columns = rule_columns(names)
        if account is None:
            self.panel.title.setText(tr("Click an account on the graph"))
            self.panel.rules_model.set_items([])
            return
        self.panel.title.setText(f"<h3>{html.escape(account.screen_name)}</h3>"
                                 f"{html.escape(role_label(account.role))} · {html.escape(account.uid)}")
        self.panel.show_settings(self.data.settings.get(uid) or ForwarderSettings(uid))
        self.panel.rules_model.set_items([r for r in self.data.rules if uid in (r.source_uid, r.forwarder_uid)])

    def selected_rule(self) -> ForwardRule | None:
        rows = self.panel.rules_table.selectionModel().selectedRows()
        return self.panel.rules_model.item_at(rows[0].row()) if rows else None

    # -- actions ------------------------------------------------------------------------------------
    def on_save_clicked(self) -> None:
        uid = self.current
        if not uid:
            return
        try:
            st = self.panel.value(uid)
        except ValidationError as exc:
            self.panel.problem.setText(str(exc))
            return
        fw = self.ctx.services.forwarding
        (Op(self.ctx.host, self, lambda job: fw.matrix.put_settings(st)).writes()
         .on_success(lambda _r: status_message(self, tr("Saved the settings of {name}", name=self._name(uid))))
         .on_failure(lambda exc: self.panel.problem.setText(str(exc))).changes(Change.MATRIX).run())

    def on_add_rule_clicked(self) -> None:
        self._open_rule_dialog(RuleDialog(self, self.data.accounts, forwarder=self.current))

    def on_edit_rule_clicked(self) -> None:
        rule = self.selected_rule()
        if rule is not None:
            self._open_rule_dialog(RuleDialog(self, self.data.accounts, rule=rule))

    def _open_rule_dialog(self, dialog: RuleDialog) -> None:
        fw = self.ctx.services.forwarding

        def save() -> None:
            rule = dialog.value()
            if rule is not None:
                Op(self.ctx.host, self, lambda job: fw.matrix.put_rule(rule)).writes().changes(Change.MATRIX).run()

        dialog.accepted.connect(save)
        dialog.open()
        self._dialog = dialog

    def on_remove_rule_clicked(self) -> None:
        rule = self.selected_rule()
        if rule is None:
            return
        answer = QtWidgets.QMessageBox.question(
            self, tr("Remove rule"), tr("Remove the rule {src} → {fwd}? Plans already made keep their "
                                        "forwards.", src=self._name(rule.source_uid),
                                        fwd=self._name(rule.forwarder_uid)))
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        fw = self.ctx.services.forwarding
        (Op(self.ctx.host, self, lambda job: fw.matrix.remove_rule(rule.source_uid, rule.forwarder_uid))
         .writes().changes(Change.MATRIX).run())

    def on_defaults_clicked(self) -> None:
        answer = QtWidgets.QMessageBox.question(
            self, tr("Default rules"), tr("Add the usual rules: every account amplifies the official account, "
                                          "sub-brands and employees amplify the leaders. Existing rules stay "
                                          "as they are."))
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        self.add_default_rules()

    def add_default_rules(self) -> None:
        fw = self.ctx.services.forwarding
        (Op(self.ctx.host, self, lambda job: fw.matrix.default_rules()).writes()
         .on_success(lambda n: status_message(self, tr("Added {n} rules", n=n)))
         .on_failure(lambda exc: show_error(self, exc)).changes(Change.MATRIX).run())
