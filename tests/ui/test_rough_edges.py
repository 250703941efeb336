"""Issue 19's rough edges: each one as a person met it, fixed."""

from __future__ import annotations

import pytest
import requests

from matrix_desktop.core.accounts import Account, AccountInput, AccountRole
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.endpoint import profile_url
from matrix_desktop.core.secret import Secret
from matrix_desktop.ui.accounts.dialog import AccountDialog
from matrix_desktop.ui.accounts.view import account_html
from matrix_desktop.ui.admin.credentials import CredentialsView
from matrix_desktop.ui.application import APP_FONT_FAMILIES
from matrix_desktop.ui.qt import QtCore, QtGui
from matrix_desktop.weibo.sandbox.server import SandboxServer
from tests.ui.conftest import wait_idle


def test_add_account_defaults_to_employee_and_names_the_verification_kind(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AccountDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.role.currentData() == AccountRole.EMPLOYEE.value
    assert dialog.verified_type.currentText() == "not verified" and not dialog.verified.isChecked()
    dialog.uid.setText("1000000009")
    dialog.screen_name.setText("品控老刘")
    dialog.verified_type.setCurrentIndex(dialog.verified_type.findData(2))
    assert dialog.verified.isChecked()  # a kind makes it verified
    dialog.on_buttons_accepted()
    value = dialog.value()
    assert value is not None and (value.verified, value.verified_type, value.role) == (True, 2, AccountRole.EMPLOYEE)


def test_editing_keeps_a_verification_kind_the_list_does_not_name(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    account = ui_ctx.services.registry.create(AccountInput("1000000008", "某达人", AccountRole.EMPLOYEE,
                                                           verified=True, verified_type=301))
    dialog = AccountDialog(None, account)
    qtbot.addWidget(dialog)
    assert dialog.verified_type_value() == 301 and dialog.verified_type.currentText() == "other kind (301)"
    dialog.on_buttons_accepted()
    assert dialog.value() is not None and dialog.value().verified_type == 301


def test_emoji_draw_in_colour_not_as_boxes(qapp) -> None:  # type: ignore[no-untyped-def]
    font = QtGui.QFont()
    font.setFamilies(APP_FONT_FAMILIES)
    font.setPixelSize(40)
    image = QtGui.QImage(80, 80, QtGui.QImage.Format.Format_ARGB32)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    painter.setFont(font)
    painter.drawText(QtCore.QRect(0, 0, 80, 80), QtCore.Qt.AlignmentFlag.AlignCenter, "😀")
    painter.end()
    saturated = sum(1 for x in range(80) for y in range(80) if QtGui.QColor(image.pixel(x, y)).saturation() > 120)
    assert saturated > 200, "the emoji drew without colour: is fonts-noto-color-emoji installed?"


def test_profile_link_stays_on_the_sandbox(sandbox: SandboxServer) -> None:
    uid = str(sandbox.credentials()["accounts"][0]["uid"])
    assert profile_url("https://api.weibo.com", uid) == f"https://weibo.com/u/{uid}"
    link = profile_url(sandbox.base_url, uid)
    assert link == f"{sandbox.base_url}/u/{uid}"
    page = requests.get(link, timeout=10)
    assert page.status_code == 200 and "星河乳业" in page.text and "沙盒" in page.text
    html = account_html(Account(1, uid, "星河乳业", AccountRole.OFFICIAL), sandbox.base_url)
    assert "weibo.com" not in html and link in html


@pytest.mark.keyring
def test_credentials_list_sorts_by_pinyin_and_the_app_key_dialog_shows_the_key(
        qtbot, ui_ctx, sandbox: SandboxServer) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    services.members.add("admin", frozenset({MemberRole.ADMIN}))
    services.act_as("admin")
    services.config.set("weibo.base_url", sandbox.base_url, actor=services.actor)
    for uid, name in (("1000000001", "周明远"), ("1000000002", "阿杰"), ("1000000003", "Lily"),
                      ("1000000004", "星河乳业")):
        services.registry.create(AccountInput(uid, name, AccountRole.EMPLOYEE))
    services.credentials.set_app_credentials("app-123", Secret("s3cret"))
    view = CredentialsView(ui_ctx, open_url=lambda url: None)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    assert [s.screen_name for s in view.model.items] == ["阿杰", "Lily", "星河乳业", "周明远"]
    view.on_set_app_clicked()
    dialog = view._dialog
    assert dialog.key.text() == "app-123" and dialog.secret.text() == ""
    dialog.key.setText("app-456")  # the key changes; the empty secret keeps the stored one
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    store = services.credentials.store()
    assert store.app_key() == "app-456" and store.app_secret().reveal() == "s3cret"
