"""The set-up guide: from an empty database to a synced matrix, each step checked against the platform.

Company profile → platform and app key → first admin → connect accounts → first sync. It opens by
itself on a database with no member yet, and File ▸ Set-up guide… opens it again later (pages then show
what is already set). Each page's "Next" runs its check off the GUI thread and moves on only when the
check passed; the person can leave at any page for the demo instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from matrix_desktop.app.config import change_setting
from matrix_desktop.core.company import CompanyProfile, MemberRole
from matrix_desktop.core.credentials import TokenState, TokenStatus
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.secret import Secret
from matrix_desktop.services.sync import SyncReport
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import Job, Op, show_error
from matrix_desktop.ui.qt import QtCore, QtWidgets, Signal
from matrix_desktop.ui.widgets import TaskPanel

Wizard = QtWidgets.QWizard


def split_names(text: str) -> tuple[str, ...]:
    """Names as a person lists them: separated by commas (either width), 、 or semicolons."""
    for sep in ("，", "、", ";", "；"):
        text = text.replace(sep, ",")
    return tuple(part.strip() for part in text.split(",") if part.strip())


def needs_first_run(ctx: UiContext) -> bool:
    """A database nobody has set up yet: no team member at all."""
    return not ctx.services.members.all()


class _CheckedPage(QtWidgets.QWizardPage):
    """A page whose Next runs `check` in a worker and moves on only when it passed."""

    def __init__(self, ctx: UiContext, title: str, subtitle: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._passed = False
        self._checking = False
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)

    def watch(self, *edits: QtWidgets.QWidget) -> None:
        """Editing any of these undoes a passed check: the new input is checked again."""
        for e in edits:
            signal = getattr(e, "textChanged", None) or getattr(e, "toggled", None)
            if signal is not None:
                signal.connect(self._invalidate)

    def _invalidate(self, *_args: object) -> None:
        self._passed = False

    def check(self, job: Job) -> str:
        """Runs off the GUI thread: check and save this step; returns what to say when it passed."""
        raise NotImplementedError

    def prepare(self) -> Callable[[Job], str] | None:
        """On the GUI thread: read the inputs (and refuse bad ones with a dialog); the worker function."""
        return self.check

    def after_pass(self) -> None:
        """On the GUI thread, once the check passed."""

    def validatePage(self) -> bool:
        if self._passed:
            return True
        if self._checking:
            return False
        try:
            work = self.prepare()
        except ValidationError as exc:
            QtWidgets.QMessageBox.warning(self, tr("Set-up guide"), str(exc))
            return False
        if work is None:
            return True
        self._checking = True
        self.status.setText(tr("Checking…"))
        wizard = self.wizard()

        def passed(text: str) -> None:
            self._checking = False
            self._passed = True
            self.status.setText(text)
            self.after_pass()
            self.completeChanged.emit()
            if wizard is not None and wizard.currentPage() is self:
                wizard.next()

        def failed(exc: Exception) -> None:
            self._checking = False
            self.status.setText("")
            show_error(self, exc, tr("Set-up guide"))

        Op(self.ctx.host, self, work).on_network("setup").on_success(passed).on_failure(failed).run()
        return False


class CompanyPage(_CheckedPage):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx, tr("Company profile"),
                         tr("The names your company goes by. Employee accounts that name it are flagged, and "
                            "the inbox watches for them."))
        form = QtWidgets.QFormLayout(self)
        self.legal_name = QtWidgets.QLineEdit()
        self.legal_name.setPlaceholderText(tr("e.g. 星河乳业股份有限公司"))
        self.aliases = QtWidgets.QLineEdit()
        self.aliases.setPlaceholderText(tr("brands and short names, separated by commas"))
        self.english = QtWidgets.QLineEdit()
        self.keywords = QtWidgets.QLineEdit()
        form.addRow(tr("Legal name"), self.legal_name)
        form.addRow(tr("Aliases"), self.aliases)
        form.addRow(tr("English names"), self.english)
        form.addRow(tr("Business keywords"), self.keywords)
        form.addRow(self.status)
        self.watch(self.legal_name, self.aliases, self.english, self.keywords)
        company = ctx.services.company
        Op(ctx.host, self, lambda job: company.get()).on_success(self._show).run()

    def _show(self, p: CompanyProfile) -> None:
        if p.is_set and not self.legal_name.text():
            self.legal_name.setText(p.legal_name)
            self.aliases.setText("、".join(p.aliases))
            self.english.setText(", ".join(p.english_names))
            self.keywords.setText("、".join(p.business_keywords))

    def prepare(self) -> Callable[[Job], str]:
        if not self.legal_name.text().strip():
            raise ValidationError(tr("Type the company's legal name."))
        profile = CompanyProfile(self.legal_name.text().strip(), split_names(self.aliases.text()),
                                 split_names(self.english.text()), "", split_names(self.keywords.text()))
        company = self.ctx.services.company

        def work(job: Job) -> str:
            company.set(profile)
            return tr("Saved.")
        return work


class PlatformPage(_CheckedPage):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx, tr("Platform and app key"),
                         tr("Where the Weibo Open API is, and your app's key and secret from the Weibo open "
                            "platform. The guide asks the platform whether it knows them."))
        form = QtWidgets.QFormLayout(self)
        self.base_url = QtWidgets.QLineEdit(ctx.services.config.settings().weibo_base_url)
        self.base_url.setToolTip(tr("https://api.weibo.com for the real platform; the sandbox prints its own"))
        self.app_key = QtWidgets.QLineEdit()
        self.app_secret = QtWidgets.QLineEdit()
        self.app_secret.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        form.addRow(tr("Platform address"), self.base_url)
        form.addRow(tr("App key"), self.app_key)
        form.addRow(tr("App secret"), self.app_secret)
        form.addRow(QtWidgets.QLabel(tr("Kept in the system keyring, never in the database or logs.")))
        form.addRow(self.status)
        self.watch(self.base_url, self.app_key, self.app_secret)

    def initializePage(self) -> None:
        creds = self.ctx.services.credentials

        def read(job: Job) -> tuple[str, bool]:
            store = creds.store()
            return store.app_key() or "", store.app_secret() is not None

        def show(result: tuple[str, bool]) -> None:
            key, has_secret = result
            if key and not self.app_key.text():
                self.app_key.setText(key)
            if has_secret:
                self.app_secret.setPlaceholderText(tr("stored; leave empty to keep it"))

        Op(self.ctx.host, self, read).on_success(show).on_failure(lambda exc: None).run()

    def prepare(self) -> Callable[[Job], str]:
        from matrix_desktop.app.config import is_api_url

        url, key, secret = self.base_url.text().strip(), self.app_key.text().strip(), self.app_secret.text()
        if not is_api_url(url):
            raise ValidationError(tr("The platform address must be one http(s) address, e.g. "
                                     "https://api.weibo.com."))
        if not key:
            raise ValidationError(tr("Type the app key."))
        self.app_secret.clear()
        services = self.ctx.services

        def work(job: Job) -> str:
            if services.config.settings().weibo_base_url != url:
                change_setting(services.config, services.uow, services.actor, "weibo.base_url", url)
            stored = services.credentials.store().app_secret()
            given = Secret(secret) if secret else stored
            if given is None:
                raise ValidationError(tr("Type the app secret."))
            services.credentials.check_app_credentials(key, given)
            services.credentials.set_app_credentials(key, given)
            return tr("The platform knows this app; the key and secret are in the keyring.")
        return work


class AdminPage(_CheckedPage):
    def __init__(self, ctx: UiContext, remember: Callable[[str], None]) -> None:
        super().__init__(ctx, tr("First admin"),
                         tr("You: the first member of the team is an admin, who adds everyone else later "
                            "(Team area)."))
        self._remember = remember
        form = QtWidgets.QFormLayout(self)
        self.name = QtWidgets.QLineEdit()
        self.name.setPlaceholderText(tr("e.g. 小周"))
        self.display = QtWidgets.QLineEdit()
        self.operator = QtWidgets.QCheckBox(tr("operator"))
        self.leader = QtWidgets.QCheckBox(tr("leader"))
        self.operator.setChecked(True)
        self.leader.setChecked(True)
        self.existing = QtWidgets.QLabel()
        self.existing.setWordWrap(True)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Display name"), self.display)
        form.addRow(tr("Also"), self.operator)
        form.addRow("", self.leader)
        form.addRow(self.existing)
        form.addRow(self.status)
        self.watch(self.name, self.display, self.operator, self.leader)
        self._members: list[str] = []

    def initializePage(self) -> None:
        members = self.ctx.services.members
        Op(self.ctx.host, self, lambda job: members.all()).on_success(self._show).run()

    def _show(self, members: list[Any]) -> None:
        admins = [m.name for m in members if m.active and m.has(MemberRole.ADMIN)]
        self._members = [m.name for m in members]
        for w in (self.name, self.display, self.operator, self.leader):
            w.setEnabled(not members)
        self.existing.setText(tr("The team already has its admins ({names}); add members in the Team area.",
                                 names="、".join(admins)) if members else "")

    def prepare(self) -> Callable[[Job], str] | None:
        if self._members:
            return None  # the team exists: nothing to do here
        name = self.name.text().strip()
        if not name:
            raise ValidationError(tr("Type your name as the team will see it."))
        roles = {MemberRole.ADMIN}
        if self.operator.isChecked():
            roles.add(MemberRole.OPERATOR)
        if self.leader.isChecked():
            roles.add(MemberRole.LEADER)
        display = self.display.text().strip()
        services = self.ctx.services

        def work(job: Job) -> str:
            services.members.add(name, frozenset(roles), display)
            services.act_as(name)
            return tr("{name} is the team's admin.", name=name)

        self._pending = name
        return work

    def after_pass(self) -> None:
        if not self._members:
            self._members = [self._pending]
            self._remember(self._pending)


class AccountsPage(_CheckedPage):
    def __init__(self, ctx: UiContext, open_url: Callable[[str], object]) -> None:
        super().__init__(ctx, tr("Connect accounts"),
                         tr("Connect the matrix's Weibo accounts: one by one in the browser, or all at once from "
                            "a credentials file (the sandbox prints one with --print-credentials)."))
        self.open_url = open_url
        layout = QtWidgets.QVBoxLayout(self)
        buttons = QtWidgets.QHBoxLayout()
        self.import_button = QtWidgets.QPushButton(tr("Import a credentials file…"))
        self.connect_button = QtWidgets.QPushButton(tr("Connect an account in the browser…"))
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.connect_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.connected = QtWidgets.QListWidget()
        layout.addWidget(self.connected, 1)
        layout.addWidget(self.status)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.connect_button.clicked.connect(self.on_connect_clicked)

    def initializePage(self) -> None:
        self.reload()

    def reload(self) -> None:
        creds = self.ctx.services.credentials
        Op(self.ctx.host, self, lambda job: creds.statuses()).on_success(self._show).run()

    def _show(self, statuses: list[TokenStatus]) -> None:
        self.connected.clear()
        ok = [s for s in statuses if s.state in (TokenState.CONNECTED, TokenState.EXPIRING)]
        for s in ok:
            self.connected.addItem(f"{s.screen_name}  ·  {tr(s.role)}")
        self.status.setText(tr("{n} accounts connected.", n=len(ok)) if ok else tr("No account connected yet."))

    def import_file(self, path: Path) -> None:
        """Connect every account of a credentials file (what the button does once a file is chosen)."""
        import json

        try:
            bundle = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            QtWidgets.QMessageBox.warning(self, tr("Set-up guide"),
                                          tr("Could not read {name}: {why}", name=path.name, why=str(exc)))
            return
        if not isinstance(bundle, dict):
            QtWidgets.QMessageBox.warning(self, tr("Set-up guide"),
                                          tr("{name} is not a credentials file.", name=path.name))
            return
        creds = self.ctx.services.credentials
        (Op(self.ctx.host, self, lambda job: creds.import_bundle(bundle)).on_network("setup")
         .with_progress(tr("Connecting accounts"))
         .on_success(lambda n: self.reload()).run())

    def on_import_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, tr("Import a credentials file"), "",
                                                        tr("Credentials files (*.json)"))
        if path:
            self.import_file(Path(path))

    def on_connect_clicked(self) -> None:
        from matrix_desktop.ui.admin.credentials import start_connect

        start_connect(self, self.ctx, self.open_url, lambda s: self.reload())

    def prepare(self) -> Callable[[Job], str]:
        creds = self.ctx.services.credentials

        def work(job: Job) -> str:
            n = len(creds.connected_uids())
            if not n:
                raise ValidationError(tr("Connect at least one account first."))
            return tr("{n} accounts connected.", n=n)
        return work


class SyncPage(QtWidgets.QWizardPage):
    """Runs the first sync with progress and Stop; the guide finishes once it ran."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(tr("First sync"))
        self.setSubTitle(tr("Profiles, posts, comments and mentions of every connected account come in."))
        layout = QtWidgets.QVBoxLayout(self)
        self.panel = TaskPanel(ctx.tracker)
        self.result = QtWidgets.QLabel()
        self.result.setWordWrap(True)
        self.again = QtWidgets.QPushButton(tr("Sync again"))
        self.again.hide()
        self.again.clicked.connect(self.start)
        layout.addWidget(self.panel)
        layout.addWidget(self.result)
        layout.addWidget(self.again)
        layout.addStretch(1)
        self.report: SyncReport | None = None
        self._running = False

    def initializePage(self) -> None:
        if self.report is None:
            self.start()

    def isComplete(self) -> bool:
        return self.report is not None and bool(self.report.ok)

    def start(self) -> None:
        if self._running:
            return
        from matrix_desktop.core.changes import SYNC_CHANGES
        from matrix_desktop.ui.sync import describe

        self._running = True
        self.again.hide()
        self.result.setText("")
        sync = self.ctx.services.sync

        def done(report: SyncReport) -> None:
            self._running = False
            self.report = report
            self.result.setText(describe(report) + ("" if report.ok else "\n" + tr("No account synced.")))
            self.again.setVisible(not report.ok or bool(report.failed))
            self.completeChanged.emit()

        def stopped() -> None:
            self._running = False
            self.result.setText(tr("Sync stopped; what arrived so far is kept."))
            self.again.show()

        def failed(exc: Exception) -> None:
            self._running = False
            self.again.show()
            show_error(self, exc, tr("Set-up guide"))

        (Op(self.ctx.host, self, lambda job: sync.sync(progress=job.progress, cancel=job.cancel))
         .on_network("sync").with_progress(tr("Syncing with Weibo")).cancellable()
         .on_success(done).on_failure(failed).on_cancelled(stopped).changes(*SYNC_CHANGES).run())


class FirstRunWizard(QtWidgets.QWizard):
    """The set-up guide.

    Signals:
        demo_requested(): the person chose "Try the demo" instead (the wizard is then rejected).
        member_chosen(str): the first admin was added; the app now works as them.
    """

    demo_requested = Signal()
    member_chosen = Signal(str)

    def __init__(self, ctx: UiContext, parent: QtWidgets.QWidget | None = None,
                 open_url: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Set-up guide"))
        self.setWizardStyle(QtWidgets.QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(720, 480)
        self.chose_demo = False
        if open_url is None:
            from matrix_desktop.ui.qt import QtGui

            def open_url(url: str) -> object:
                return QtGui.QDesktopServices.openUrl(QtCore.QUrl(url))

        def remember(name: str) -> None:
            ctx.settings.setValue("identity/member", name)
            self.member_chosen.emit(name)

        self.company = CompanyPage(ctx)
        self.platform = PlatformPage(ctx)
        self.admin = AdminPage(ctx, remember)
        self.accounts = AccountsPage(ctx, open_url)
        self.sync_page = SyncPage(ctx)
        for page in (self.company, self.platform, self.admin, self.accounts, self.sync_page):
            self.addPage(page)
        for which, text in ((Wizard.WizardButton.NextButton, tr("Next")),
                            (Wizard.WizardButton.BackButton, tr("Back")),
                            (Wizard.WizardButton.FinishButton, tr("Open the matrix")),
                            (Wizard.WizardButton.CancelButton, tr("Cancel")),
                            (Wizard.WizardButton.CustomButton1, tr("Try the demo instead"))):
            self.setButtonText(which, text)
        self.setOption(Wizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(self.on_custom_button_clicked)

    def on_custom_button_clicked(self, which: int) -> None:
        if which == Wizard.WizardButton.CustomButton1.value:
            self.chose_demo = True
            self.demo_requested.emit()
            self.reject()
