"""The set-up guide drives an empty database to a synced matrix on the sandbox (real HTTP, real keyring)."""

from __future__ import annotations

import json
from pathlib import Path

from matrix_desktop.core.company import MemberRole
from matrix_desktop.ui.firstrun import FirstRunWizard, needs_first_run
from matrix_desktop.ui.qt import QtWidgets
from matrix_desktop.weibo.sandbox.server import SandboxServer
from tests.ui.conftest import wait_idle


def _next(qtbot, wizard: FirstRunWizard, page: QtWidgets.QWizardPage) -> None:  # type: ignore[no-untyped-def]
    """Press Next and wait until the page's check passed and the guide moved on."""
    assert wizard.currentPage() is page
    wizard.button(QtWidgets.QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is not page, timeout=20000)


def test_guide_reaches_a_synced_matrix_from_an_empty_database(qtbot, ui_ctx, sandbox: SandboxServer,
                                                                tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    assert needs_first_run(ui_ctx)
    wizard = FirstRunWizard(ui_ctx, open_url=lambda url: None)
    qtbot.addWidget(wizard)
    wizard.show()
    wait_idle(qtbot, ui_ctx)
    bundle = sandbox.credentials()

    wizard.company.legal_name.setText("星河乳业股份有限公司")
    wizard.company.aliases.setText("星河乳业，星河")
    _next(qtbot, wizard, wizard.company)
    assert services.company.get().aliases == ("星河乳业", "星河")

    # A wrong secret is refused by the platform itself, and the guide stays on the page.
    page = wizard.platform
    page.base_url.setText(sandbox.base_url)
    page.app_key.setText(bundle["app_key"])
    page.app_secret.setText("not-the-secret")
    wizard.button(QtWidgets.QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: page.findChild(QtWidgets.QMessageBox) is not None, timeout=20000)
    box = page.findChild(QtWidgets.QMessageBox)
    assert "secret" in box.text().lower()
    box.close()
    assert wizard.currentPage() is page
    page.app_secret.setText(bundle["app_secret"])
    _next(qtbot, wizard, page)
    assert services.config.settings().weibo_base_url == sandbox.base_url
    assert services.credentials.store().app_key() == bundle["app_key"]

    wizard.admin.name.setText("小周")
    _next(qtbot, wizard, wizard.admin)
    assert services.actor.name == "小周" and services.actor.has(MemberRole.ADMIN)
    assert ui_ctx.settings.value("identity/member") == "小周"

    # Next without an account connected: refused in words.
    accounts = wizard.accounts
    wait_idle(qtbot, ui_ctx)
    wizard.button(QtWidgets.QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: accounts.findChild(QtWidgets.QMessageBox) is not None, timeout=20000)
    accounts.findChild(QtWidgets.QMessageBox).close()
    assert wizard.currentPage() is accounts
    path = tmp_path / "credentials.json"
    path.write_text(json.dumps(bundle), "utf-8")
    accounts.import_file(path)
    qtbot.waitUntil(lambda: accounts.connected.count() == len(bundle["accounts"]), timeout=30000)
    _next(qtbot, wizard, accounts)

    sync_page = wizard.sync_page
    qtbot.waitUntil(sync_page.isComplete, timeout=60000)
    assert wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QtWidgets.QDialog.DialogCode.Accepted
    wait_idle(qtbot, ui_ctx)

    synced = services.registry.search()
    assert len(synced) == len(bundle["accounts"])
    assert all(a.profile_synced_at is not None for a in synced)
    assert not needs_first_run(ui_ctx)
    actions = {e.action for e in services.audit.entries()}
    assert {"company.update", "config.set", "credential.app.set", "member.add", "credential.import"} <= actions


def test_try_the_demo_leaves_the_guide(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(ui_ctx, open_url=lambda url: None)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.demo_requested):
        wizard.button(QtWidgets.QWizard.WizardButton.CustomButton1).click()
    assert wizard.chose_demo and wizard.result() == QtWidgets.QDialog.DialogCode.Rejected
    wait_idle(qtbot, ui_ctx)
