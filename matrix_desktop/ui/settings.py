"""File ▸ Settings…: this desktop's settings and, for the planners, the team's shared ones.

This desktop (the settings file beside the data, which `matrix-desktop config` reads too, so the window and
the command line never disagree): language, background sync interval, keyring backend (admins, audited).
The team (the database, shared by every desktop): API tier, time zone, quiet hours (or their complement,
the active hours). Also where the data lives and the backups.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from matrix_desktop.app import paths
from matrix_desktop.app.config import change_setting
from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding.rules import QuietHours, active_hours
from matrix_desktop.services.forwarding.setup import TIERS, ForwardSetup
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import language, tr
from matrix_desktop.ui.ops import Job, Op
from matrix_desktop.ui.qt import QtCore, QtGui, QtWidgets, Signal

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))
KEYRINGS = ("auto", "secretservice", "cryptfile")


@dataclass(frozen=True)
class SettingsChoice:
    """What the dialog's form says, read on the GUI thread and checked before anything is written."""

    language: str
    sync_minutes: int
    keyring_backend: str
    team: ForwardSetup | None  # None: the team's setup is not this member's to change


def keyring_label(name: str) -> str:
    return {"auto": tr("automatic (system keyring)"), "secretservice": tr("system keyring (Secret Service)"),
            "cryptfile": tr("encrypted file (master password)")}[name]


def tier_label(name: str) -> str:
    return {"standard": tr("standard (new apps)"), "classic": tr("classic (older apps, higher limits)")}.get(name, name)


def parse_team(tier: str, timezone: str, quiet: str, active: str) -> ForwardSetup:
    """The team's setup from the form's text, or ValidationError in the UI's language."""
    try:
        ZoneInfo(timezone.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(tr("The time zone {zone} is not known; choose one like Asia/Shanghai.",
                                 zone=timezone.strip() or "—")) from None
    hours: QuietHours | None
    try:
        if active.strip():
            hours = active_hours(active)
        elif quiet.strip():
            hours = QuietHours.parse(quiet)
        else:
            hours = None
    except ValidationError:
        raise ValidationError(tr("Hours must look like 23:00-08:00 (from-to, 24-hour clock).")) from None
    return ForwardSetup(tier, timezone.strip(), hours)


class SettingsDialog(QtWidgets.QDialog):
    """The settings. Saving writes off the GUI thread; bad input gets a dialog and nothing is written.

    Signals:
        language_changed(str): the interface language was changed and saved (the window rebuilds itself).
    """

    language_changed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(620)
        services = ctx.services
        actor = services.actor
        settings = services.config.settings()
        self.is_admin = actor.has(MemberRole.ADMIN)
        self.may_plan = any(actor.has(r) for r in MemberRole)

        desktop = QtWidgets.QGroupBox(tr("This desktop"))
        form = QtWidgets.QFormLayout(desktop)
        self.language = QtWidgets.QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language())))  # as shown now
        self.sync_minutes = QtWidgets.QSpinBox()
        self.sync_minutes.setRange(0, 24 * 60)
        self.sync_minutes.setSuffix(tr(" min"))
        self.sync_minutes.setSpecialValueText(tr("never (F5 syncs)"))
        self.sync_minutes.setValue(settings.sync_interval_seconds // 60)
        self.keyring = QtWidgets.QComboBox()
        for name in KEYRINGS:
            self.keyring.addItem(keyring_label(name), name)
        self.keyring.setCurrentIndex(max(0, self.keyring.findData(settings.keyring_backend)))
        self.keyring.setEnabled(self.is_admin)
        if not self.is_admin:
            self.keyring.setToolTip(tr("Only an admin may do this"))
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Sync every"), self.sync_minutes)
        form.addRow(tr("Keyring"), self.keyring)

        team = QtWidgets.QGroupBox(tr("The team (shared by every desktop)"))
        tform = QtWidgets.QFormLayout(team)
        self.tier = QtWidgets.QComboBox()
        for name in TIERS:
            self.tier.addItem(tier_label(name), name)
        self.timezone = QtWidgets.QComboBox()
        self.timezone.setEditable(True)
        zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
        self.timezone.addItems(zones)
        self.quiet = QtWidgets.QLineEdit()
        self.quiet.setPlaceholderText(tr("e.g. 23:00-08:00; empty: none"))
        self.active = QtWidgets.QLineEdit()
        self.active.setPlaceholderText(tr("or the active hours instead, e.g. 08:00-23:00"))
        tform.addRow(tr("API tier"), self.tier)
        tform.addRow(tr("Time zone"), self.timezone)
        tform.addRow(tr("Quiet hours (no forwarding)"), self.quiet)
        tform.addRow(tr("Active hours"), self.active)
        for w in (self.tier, self.timezone, self.quiet, self.active):
            w.setEnabled(False)  # until the team's setup is read

        data = QtWidgets.QGroupBox(tr("Data and backups"))
        dform = QtWidgets.QFormLayout(data)
        self.folder = QtWidgets.QLabel(str(paths.home()))
        self.folder.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QtWidgets.QPushButton(tr("Open the folder"))
        open_folder.clicked.connect(lambda: QtGui.QDesktopServices.openUrl(
            QtCore.QUrl.fromLocalFile(str(paths.home()))))
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(open_folder)
        dform.addRow(tr("Data folder"), row)
        dform.addRow("", QtWidgets.QLabel(tr("To keep the data elsewhere, start the app with MATRIX_HOME "
                                             "set to that folder.")))
        self.database = QtWidgets.QLabel(services.engine.url.render_as_string(hide_password=True))
        self.database.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        dform.addRow(tr("Database"), self.database)
        last = ctx.settings.value("backup/last", "")
        self.last_backup = QtWidgets.QLabel(str(last) if last else tr("none yet"))
        self.back_up = QtWidgets.QPushButton(tr("Back up now…"))
        self.back_up.setEnabled(self.is_admin)
        if not self.is_admin:
            self.back_up.setToolTip(tr("Only an admin may do this"))
        self.back_up.clicked.connect(self.on_back_up_clicked)
        brow = QtWidgets.QHBoxLayout()
        brow.addWidget(self.last_backup, 1)
        brow.addWidget(self.back_up)
        dform.addRow(tr("Last backup"), brow)

        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        for box in (desktop, team, data):
            layout.addWidget(box)
        layout.addWidget(self.buttons)
        self._team: ForwardSetup | None = None
        setup = services.forwarding.setup
        Op(ctx.host, self, lambda job: setup.get()).on_success(self._show_team).run()

    def _show_team(self, setup: ForwardSetup) -> None:
        self._team = setup
        self.tier.setCurrentIndex(max(0, self.tier.findData(setup.tier)))
        self.timezone.setCurrentText(setup.timezone)
        qh = setup.quiet_hours
        self.quiet.setText(f"{qh.start:%H:%M}-{qh.end:%H:%M}" if qh else "")
        for w in (self.tier, self.timezone, self.quiet, self.active):
            w.setEnabled(self.may_plan)

    def choice(self) -> SettingsChoice:
        """The form as plain data; ValidationError (in the UI's language) when something is wrong."""
        team = None
        if self._team is not None and self.may_plan:
            team = parse_team(str(self.tier.currentData()), self.timezone.currentText(), self.quiet.text(),
                              self.active.text())
            if team == self._team:
                team = None
        return SettingsChoice(str(self.language.currentData()), self.sync_minutes.value(),
                              str(self.keyring.currentData()), team)

    def on_save_clicked(self) -> None:
        try:
            choice = self.choice()
        except ValidationError as exc:
            QtWidgets.QMessageBox.warning(self, tr("Settings"), str(exc))
            return
        services = self.ctx.services
        before = services.config.settings()
        shown_language = language()

        def save(job: Job) -> SettingsChoice:
            config = services.config
            if choice.keyring_backend != before.keyring_backend:  # admins only, audited
                change_setting(config, services.uow, services.actor, "keyring.backend", choice.keyring_backend)
            if choice.team is not None:
                services.forwarding.setup.put(choice.team)
            config.set("sync.interval_seconds", str(choice.sync_minutes * 60), actor=services.actor)
            config.set("ui.language", choice.language, actor=services.actor)
            return choice

        def saved(c: SettingsChoice) -> None:
            self.accept()
            if c.language != shown_language:
                self.language_changed.emit(c.language)

        changes = (Change.FORWARDING,) if choice.team is not None else ()
        Op(self.ctx.host, self, save).writes().on_success(saved).changes(*changes).run()

    def on_back_up_clicked(self) -> None:
        from matrix_desktop.ui.admin.backup import on_backup_triggered

        def done(path: Path) -> None:
            self.ctx.settings.setValue("backup/last", str(path))
            self.last_backup.setText(str(path))

        on_backup_triggered(self, self.ctx, done)
