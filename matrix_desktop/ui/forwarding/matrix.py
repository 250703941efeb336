"""The Matrix area: the accounts drawn as a graph in lanes by role (the official account, then leaders,
sub-brands, and employees in columns) with the forwarding rules as arrows; a side panel edits an account's
settings and rules. Arrows stay faint until an account is selected, so 40 accounts and 100 rules read at a
glance instead of as a hairball; markers show a flagged or unconnected account; the wheel zooms."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from matrix_desktop.core.accounts import Account, AccountQuery, AccountRole
from matrix_desktop.core.changes import Change
from matrix_desktop.core.credentials import TokenState
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.flags import FlagQuery, Severity
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

#: The lanes, left to right: who is forwarded first stands first.
RING = {AccountRole.OFFICIAL: 0, AccountRole.LEADER: 1, AccountRole.SUB_BRAND: 2, AccountRole.EMPLOYEE: 3}
NODE_RADIUS = 16.0
LANE_WIDTH = 230.0
ROW_HEIGHT = 54.0
#: Employees fill columns of this many, so a big matrix grows sideways into the scrollable canvas.
PER_COLUMN = 10
#: The smallest zoom the canvas opens at: below it the names stop being readable.
MIN_SCALE = 0.85


@dataclass(frozen=True)
class MatrixData:
    """Everything the graph draws, read in one go off the GUI thread."""

    accounts: list[Account]
    rules: list[ForwardRule]
    settings: dict[str, ForwarderSettings]
    connected: frozenset[str] = frozenset()
    flagged: dict[str, str] = field(default_factory=dict)  # uid → the worst live flag's severity


def layout_positions(accounts: list[Account]) -> dict[str, QtCore.QPointF]:
    """Each account's place: a lane per role (employees in columns of `PER_COLUMN`), centred vertically."""
    out: dict[str, QtCore.QPointF] = {}
    lanes: list[list[Account]] = []
    for role in RING:
        members = sorted((a for a in accounts if a.role is role), key=lambda a: a.screen_name)
        if role is AccountRole.EMPLOYEE:
            lanes.extend(members[i:i + PER_COLUMN] for i in range(0, len(members), PER_COLUMN))
        else:
            lanes.append(members)
    tallest = max((len(lane) for lane in lanes), default=1)
    for col, lane in enumerate(lanes):
        top = (tallest - len(lane)) * ROW_HEIGHT / 2
        for row, a in enumerate(lane):
            out[a.uid] = QtCore.QPointF(col * LANE_WIDTH, top + row * ROW_HEIGHT)
    return out


class NodeItem(QtWidgets.QGraphicsEllipseItem):
    """An account on the graph: a disc in its role's colour, its screen name below, a marker if it is out."""

    def __init__(self, account: Account, settings: ForwarderSettings, connected: bool = True,
                 flag: str = "") -> None:
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
        font.setPointSize(11)
        label.setFont(font)
        box = label.boundingRect()
        label.setPos(r + 6, -box.height() / 2)
        plate.setRect(QtCore.QRectF(r + 4, -box.height() / 2, box.width() + 4, box.height()))
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
        self.flag_marker: QtWidgets.QGraphicsSimpleTextItem | None = None
        if flag and flag != "none":
            badge = QtWidgets.QGraphicsEllipseItem(-r * 1.1, -r * 1.1, r * 0.9, r * 0.9, self)
            badge.setBrush(QtGui.QBrush(QtGui.QColor("#c62828" if flag == "high" else "#ef6c00")))
            badge.setPen(QtGui.QPen(QtGui.QColor("#ffffff"), 1))
            mark_text = self.flag_marker = QtWidgets.QGraphicsSimpleTextItem("!", badge)
            bold = mark_text.font()
            bold.setBold(True)
            bold.setPointSize(8)
            mark_text.setFont(bold)
            mark_text.setBrush(QtGui.QBrush(QtGui.QColor("#ffffff")))
            tb = mark_text.boundingRect()
            mark_text.setPos(-r * 0.65 - tb.width() / 2, -r * 0.65 - tb.height() / 2)
            out.append(tr("verification flag ({severity})", severity=tr(flag)))
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
    item.setData(0, QtGui.QColor(colour))
    highlight_edge(item, False)
    return item


def highlight_edge(item: QtWidgets.QGraphicsPathItem, on: bool) -> None:
    """An arrow of the selected account stands out; the others stay faint."""
    colour = QtGui.QColor(item.data(0))
    colour.setAlpha(220 if on else 28)
    item.setPen(QtGui.QPen(colour, 2.2 if on else 1.0))
    item.setBrush(QtGui.QBrush(colour))
    item.setZValue(1.5 if on else 1)


class GraphView(QtWidgets.QGraphicsView):
    """The graph canvas: the wheel zooms (at the pointer), dragging pans, the scroll bars move."""

    def __init__(self, scene: QtWidgets.QGraphicsScene, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        self.setDragMode(QtWidgets.QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QtWidgets.QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QtGui.QBrush(QtGui.QColor("#fafafa")))

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:
        if event.angleDelta().y() == 0:
            super().wheelEvent(event)
            return
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        scale = self.transform().m11() * factor
        if 0.2 <= scale <= 4.0:
            self.scale(factor, factor)
        event.accept()

    def fit(self) -> None:
        """Show the whole matrix if its names stay readable; else the readable size, from the left."""
        rect = self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() < MIN_SCALE:
            self.resetTransform()
            self.scale(MIN_SCALE, MIN_SCALE)
            self.centerOn(rect.left() + self.viewport().width() / (2 * MIN_SCALE), rect.center().y())


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
        parts.append(f"<span style='color:#c62828'><b>!</b></span> {html.escape(tr('verification flag'))}")
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
            worst: dict[str, Severity] = {}
            for f in services.flags.list(FlagQuery()):
                if f.account_uid not in worst or f.severity > worst[f.account_uid]:
                    worst[f.account_uid] = f.severity
            return MatrixData(services.registry.search(AccountQuery()), services.forwarding.matrix.rules(),
                              services.forwarding.matrix.settings(), live,
                              {uid: sev.value for uid, sev in worst.items()})

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
        self._lane_titles(data.accounts, pos)
        roles = {a.uid: a.role for a in data.accounts}
        self.edge_ends: list[tuple[str, str]] = []
        for r in data.rules:
            if r.source_uid in pos and r.forwarder_uid in pos:
                self.edge_ends.append((r.source_uid, r.forwarder_uid))
                item = edge_item(pos[r.source_uid], pos[r.forwarder_uid], role_colour(roles[r.source_uid]))
                item.setToolTip(f"{self._name(r.source_uid)} → {self._name(r.forwarder_uid)} · "
                                f"{action_label(r.action)}")
                self.scene.addItem(item)
                self.edges.append(item)
        for a in data.accounts:
            node = NodeItem(a, data.settings.get(a.uid) or ForwarderSettings(a.uid), a.uid in data.connected,
                            data.flagged.get(a.uid, ""))
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

    def _lane_titles(self, accounts: list[Account], pos: dict[str, QtCore.QPointF]) -> None:
        for role in RING:
            xs = [pos[a.uid].x() for a in accounts if a.role is role]
            if not xs:
                continue
            title = self.scene.addSimpleText(role_label(role))
            font = title.font()
            font.setPointSize(12)
            font.setBold(True)
            title.setFont(font)
            title.setBrush(QtGui.QBrush(role_colour(role)))
            title.setPos(min(xs) - NODE_RADIUS, -ROW_HEIGHT - 6)

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
        for item, (source, forwarder) in zip(self.edges, getattr(self, "edge_ends", []), strict=False):
            highlight_edge(item, bool(uid) and uid in (source, forwarder))
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
