"""Chinese first, with no English leaking; English with nothing clipped.

Every area of the window and every dialog is built offscreen on the demo (the built-in sandbox, the demo
company, its team, rules, keyword watches, answer manual and calendar), and every text a person can read
is collected: labels, buttons, tabs, menus, tool tips, placeholders, combo items, table headers and the
first rows of every table, list items, graphics-scene labels and charts. In Chinese no English word may be
among them but the names the data brings (accounts, members, the company's brands) and a few words the
Chinese interface keeps (Weibo's "App Key", "UID", "CSV"...). In English no label, button, header or
navigation entry may be narrower than its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from matrix_desktop.app.demo import Demo, start_demo
from matrix_desktop.ui import i18n
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.main_window import MainWindow
from matrix_desktop.ui.qt import QtCharts, QtCore, QtGui, QtWidgets
from tests.ui.conftest import wait_idle

Qt = QtCore.Qt

#: Words a Chinese interface keeps as they are (Weibo's own terms, file formats, keys).
KEPT = {"markdown", "gnome", "keyring", "service", "enter", "call", "app", "key", "secret", "uid", "id", "csv", "url", "api", "oauth", "sla", "http", "https", "v", "ctrl",
        "shift", "alt", "esc", "del", "f", "png", "json", "gbk", "utf", "sqlite", "postgresql", "hmac", "sha",
        "weibo", "matrix", "desktop", "pm", "am", "r", "a", "e", "x", "ok",
        "english"}  # a language offered by its own name, as every language menu does
WORD = re.compile(r"[A-Za-z]+")
#: Addresses, paths, masked secrets (••••a1b2) and template fields ({author}: what a person types).
URL = re.compile(r"(https?://|file:|/)\S*|\S+@\S+|\S+\.(png|csv|db|json|md)\b|•+\S*|\{\w+\}")

#: Dialogs that need live records to open; each is reached from a view whose texts the walk reads.
NEEDS_RECORDS = {"ApprovalDialog", "MoveDialog"}


@pytest.fixture
def demo(qapp, tmp_path: Path) -> Iterator[Demo]:  # type: ignore[no-untyped-def]
    demo = start_demo(traffic_rate=0.0, fresh=True)
    demo.services.sync.sync()  # posts, comments, mentions, flags: the texts a working matrix shows
    yield demo
    demo.close()


@pytest.fixture
def demo_ctx(demo: Demo, tmp_path: Path) -> Iterator[UiContext]:
    settings = QtCore.QSettings(str(tmp_path / "ui.ini"), QtCore.QSettings.Format.IniFormat)
    ctx = UiContext.create(demo.services, settings)
    yield ctx
    ctx.tracker.cancel_all()
    ctx.host.executors.shutdown()
    i18n.set_language("en")


def data_names(demo: Demo) -> set[str]:
    """The words the demo's own data brings: account and member names, the company's names."""
    s = demo.services
    names = [a.screen_name for a in s.registry.search()] + [m.name for m in s.members.all()]
    names += [m.display_name for m in s.members.all()]
    company = s.company.get()
    names += [company.legal_name, company.ticker, *company.english_names, *company.aliases]
    names.append(Path.home().name)  # the file dialog's side bar names the home folder
    names += platform_texts(demo)
    return {w.lower() for n in names if n for w in WORD.findall(n)}


#: Columns holding what the platform and its users wrote (fans' names and comments, profiles, posts), and
#: the company's own answer manual (its entry ids, AS-01, PD-02 …, are the company's, not the interface's).
PLATFORM_TEXT = {"accounts": ("screen_name", "verified_reason", "description"),
                 "answer_entries": ("key", "department", "question", "answer", "keywords"),
                 "interactions": ("post_text", "author_name", "text"), "posts": ("text",),
                 "follows": ("target_name",), "verification_flags": ("evidence",)}


def platform_texts(demo: Demo) -> list[str]:
    import sqlite3

    db = sqlite3.connect(demo.home / "matrix.db")
    try:
        return [str(v) for table, columns in PLATFORM_TEXT.items()
                for row in db.execute(f"SELECT {', '.join(columns)} FROM {table}") for v in row if v]
    finally:
        db.close()


def rich(text: str) -> bool:
    return bool(re.search(r"<[a-zA-Z/][^>]*>", text))


def plain(text: str) -> str:
    if rich(text):
        return QtGui.QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def count(method: Callable[..., int]) -> int:
    """rowCount/columnCount, whichever way the model's class exposes them (a list model hides columnCount)."""
    for args in ((), (QtCore.QModelIndex(),)):
        try:
            return method(*args)
        except TypeError:
            continue
    return 1


def texts_of(root: QtWidgets.QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can read in `root` and its children."""
    widgets = [root, *root.findChildren(QtWidgets.QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}({w.objectName() or ''})"
        if w.isWindow():
            yield name + ".windowTitle", w.windowTitle()
        yield name + ".toolTip", w.toolTip()
        if isinstance(w, QtWidgets.QLabel):
            yield name, w.text()
        elif isinstance(w, QtWidgets.QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QtWidgets.QGroupBox):
            yield name, w.title()
        elif isinstance(w, QtWidgets.QLineEdit):
            yield name + ".placeholder", w.placeholderText()
        elif isinstance(w, (QtWidgets.QPlainTextEdit, QtWidgets.QTextEdit)):
            yield name + ".placeholder", w.placeholderText()
            if w.isReadOnly():
                yield name, w.toPlainText()
        elif isinstance(w, QtWidgets.QComboBox):
            for i in range(w.count()):
                yield name + f"[{i}]", w.itemText(i)
        elif isinstance(w, QtWidgets.QTabBar):
            for i in range(w.count()):
                yield name + f".tab{i}", w.tabText(i)
                yield name + f".tab{i}.toolTip", w.tabToolTip(i)
        elif isinstance(w, QtWidgets.QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(count(model.columnCount)):
                yield name + f".header{c}", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for r in range(min(count(model.rowCount), 40)):
                for c in range(count(model.columnCount)):
                    index = model.index(r, c)
                    yield name + f"[{r},{c}]", str(model.data(index) or "")
                    yield name + f"[{r},{c}].toolTip", str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
        elif isinstance(w, QtWidgets.QGraphicsView) and w.scene() is not None:
            if isinstance(w, QtCharts.QChartView):
                chart = w.chart()
                yield name + ".chart", chart.title()
                for axis in chart.axes():
                    yield name + ".axis", axis.titleText()
                    if isinstance(axis, QtCharts.QBarCategoryAxis):
                        for category in axis.categories():
                            yield name + ".category", category
                for series in chart.series():
                    yield name + ".series", series.name()
            for item in w.scene().items():
                yield name + ".item.toolTip", item.toolTip()
                if isinstance(item, (QtWidgets.QGraphicsSimpleTextItem, QtWidgets.QGraphicsTextItem)):
                    yield name + ".item", item.text() if isinstance(item, QtWidgets.QGraphicsSimpleTextItem) \
                        else item.toPlainText()
    for action in root.findChildren(QtGui.QAction):
        yield f"QAction({action.objectName()})", action.text()
        yield f"QAction({action.objectName()}).toolTip", action.toolTip() if action.toolTip() != \
            action.text().replace("&", "") else ""


#: A digest or seed in hex (a prize draw's commitment): a code, not a word.
HEX = re.compile(r"\b[0-9a-f]{16,}\b")
#: Names a person types or picks as they are: an environment variable, an IANA time zone (Asia/Shanghai).
CODE = re.compile(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|^[A-Z][A-Za-z_]+/[A-Za-z0-9_/+-]+$")


def english_words(text: str, allowed: set[str]) -> list[str]:
    text = HEX.sub(" ", URL.sub(" ", CODE.sub(" ", plain(text).replace("&&", "").replace("&", ""))))
    # single letters are keys (J/K, Ctrl+N) or mnemonics (打开(&O))
    return [w for w in WORD.findall(text) if len(w) > 1 and w.lower() not in allowed and w.lower() not in KEPT
            and not any(a.startswith(w.lower()) for a in allowed if len(w) >= 3)]  # a name cut short: 周明远Min


def every_area(window: MainWindow, qtbot, ctx: UiContext) -> Iterator[str]:  # type: ignore[no-untyped-def]
    for key in window.area_keys():
        assert window.show_area(key), key
        wait_idle(qtbot, ctx)
        yield key


def dialogs(parent: QtWidgets.QWidget, demo: Demo) -> list[QtWidgets.QDialog]:
    """One of each dialog of the interface, opened as a person would meet it."""
    from matrix_desktop.ui.accounts.dialog import AccountDialog
    from matrix_desktop.ui.admin.dialogs import AppCredentialsDialog, ConnectDialog, MemberDialog
    from matrix_desktop.ui.calendar.campaigns import DrawDialog, EventDialog
    from matrix_desktop.ui.firstrun import FirstRunWizard
    from matrix_desktop.ui.flags.dialogs import CompanyDialog, ReasonDialog
    from matrix_desktop.ui.forwarding.dialogs import CampaignDialog, GiftDialog, NewPlanDialog, RuleDialog
    from matrix_desktop.ui.forwarding.paid import OutsideAccountDialog, PaidForwardDialog
    from matrix_desktop.ui.inbox.dialogs import AnswerDialog, ChecklistDialog
    from matrix_desktop.ui.insight.keywords import WatchDialog
    from matrix_desktop.ui.settings import SettingsDialog
    from matrix_desktop.ui.shell import SignInDialog
    from matrix_desktop.ui.sync import IdentityDialog

    s = demo.services
    accounts = s.registry.search()
    built: list[QtWidgets.QDialog] = [
        IdentityDialog([(m.name, m.display_name or m.name) for m in s.members.all()], parent),
        MemberDialog(parent), AppCredentialsDialog(parent), ConnectDialog("http://127.0.0.1:1/oauth2/authorize", parent),
        AccountDialog(parent), AccountDialog(parent, accounts[0]),
        CompanyDialog(parent, s.company.get(), True),
        ReasonDialog(parent, i18n.tr("Waive flag"), i18n.tr("Waive the flag on {name}? The tie to the company is then "
                     "accepted and later checks will not reopen it. Say why, for the next reviewer.", name="梁静"),
                     i18n.tr("Waive"), True),
        CampaignDialog(parent), GiftDialog(parent, []), NewPlanDialog(parent, []), RuleDialog(parent, accounts),
        OutsideAccountDialog(parent), PaidForwardDialog(parent, [], {}, []),
        AnswerDialog(parent), ChecklistDialog(parent, "星河乳业 新品上市"), WatchDialog(parent),
        EventDialog(parent), DrawDialog("5000000001", parent), SignInDialog(s.members.all(), "小周", False, parent),
        SettingsDialog(parent.ctx, parent), FirstRunWizard(parent.ctx, parent),
    ]
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, "", "",
                                QtWidgets.QMessageBox.StandardButton.Ok | QtWidgets.QMessageBox.StandardButton.Cancel
                                | QtWidgets.QMessageBox.StandardButton.Save | QtWidgets.QMessageBox.StandardButton.Yes
                                | QtWidgets.QMessageBox.StandardButton.No, parent)
    files = QtWidgets.QFileDialog(parent)
    files.setOption(QtWidgets.QFileDialog.Option.DontUseNativeDialog)
    return [*built, box, files]


def test_every_dialog_class_is_walked(qapp) -> None:  # type: ignore[no-untyped-def]
    """A new dialog joins `dialogs()` (or NEEDS_RECORDS with the view that opens it)."""
    import importlib
    import pkgutil

    import matrix_desktop.ui as ui

    for module in pkgutil.walk_packages(ui.__path__, "matrix_desktop.ui."):
        importlib.import_module(module.name)

    def subclasses(cls: type) -> set[type]:
        return {c for s in cls.__subclasses__() for c in (s, *subclasses(s))}

    ours = {c.__name__ for c in subclasses(QtWidgets.QDialog) if c.__module__.startswith("matrix_desktop.ui")}
    source = Path(__file__).read_text("utf-8")
    missing = sorted(n for n in ours - NEEDS_RECORDS if f"{n}(" not in source)
    assert not missing, missing


def test_the_chinese_interface_shows_no_english(qtbot, demo: Demo, demo_ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("zh_CN")
    allowed = data_names(demo)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1360, 820)
    window.show()
    leaks: dict[str, set[str]] = {}

    def look(where: str, root: QtWidgets.QWidget) -> None:
        for place, text in texts_of(root):
            words = english_words(text, allowed)
            if words:
                leaks.setdefault(f"{where} {place}: {text[:90]!r}", set()).update(words)

    for _key in every_area(window, qtbot, demo_ctx):
        pass
    look("window", window)  # every area is built now
    for dialog in dialogs(window, demo):
        dialog.show()
        look(type(dialog).__name__, dialog)
        dialog.close()
    assert not leaks, "English in the Chinese interface:\n" + "\n".join(
        f"{where} -> {sorted(words)}" for where, words in sorted(leaks.items()))


def clipped(root: QtWidgets.QWidget) -> Iterator[str]:
    """Texts narrower than the room they have: labels, buttons, check boxes, headers, list entries, tabs."""
    for w in root.findChildren(QtWidgets.QWidget):
        if not w.isVisible():
            continue
        fm = w.fontMetrics()
        if isinstance(w, QtWidgets.QLabel) and not w.wordWrap() and w.text() and not rich(w.text()):
            if w.textFormat() != Qt.TextFormat.RichText and fm.horizontalAdvance(w.text().replace("&", "").split("\n")[0]) > \
                    w.contentsRect().width() + 1:
                yield f"label {w.text()!r}"
        elif isinstance(w, QtWidgets.QPushButton) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                yield f"button {w.text()!r}"
        elif isinstance(w, QtWidgets.QCheckBox) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                yield f"check box {w.text()!r}"
        elif isinstance(w, QtWidgets.QHeaderView) and w.orientation() == Qt.Orientation.Horizontal and w.model():
            for c in range(w.count()):
                text = str(w.model().headerData(c, Qt.Orientation.Horizontal) or "")
                if text and not w.isSectionHidden(c) and w.sectionSize(c) > 0 and \
                        fm.horizontalAdvance(text) + 4 > w.sectionSize(c):
                    yield f"column header {text!r}"
        elif isinstance(w, QtWidgets.QListWidget):
            room = w.viewport().width()
            for i in range(w.count()):
                text = w.item(i).text()
                if fm.horizontalAdvance(text) + 20 > room:
                    yield f"list entry {text!r}"
        elif isinstance(w, QtWidgets.QTabBar):
            for i in range(w.count()):
                if fm.horizontalAdvance(w.tabText(i).replace("&", "")) + 8 > w.tabRect(i).width():
                    yield f"tab {w.tabText(i)!r}"


def test_the_english_interface_clips_no_label(qtbot, demo: Demo, demo_ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("en")
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1360, 820)
    window.show()
    found: set[str] = set()
    for key in every_area(window, qtbot, demo_ctx):
        found.update(f"{key}: {c}" for c in clipped(window))
    for dialog in dialogs(window, demo):
        dialog.show()
        qtbot.wait(10)
        found.update(f"{type(dialog).__name__}: {c}" for c in clipped(dialog))
        dialog.close()
    assert not found, "clipped in English:\n" + "\n".join(sorted(found))
