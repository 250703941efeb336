"""Interface language through Qt's own workflow: English source strings, Simplified Chinese the default.

Every visible string goes through `tr(source, **values)`. `pyside6-lupdate` extracts those calls into
`resources/translations/matrix_<language>.ts` (one empty context: `tr()` is a plain function, so the
context is the same wherever it is called); `pyside6-lrelease` compiles them to the `.qm` files shipped in
this package (`ui/translations/`), which a `QTranslator` loads. `scripts/translations.sh` runs both and
folds in any legacy JSON catalogue entries (`ui/translations/<language>/*.json`).

Qt's own catalogue (`qtbase_<language>.qm`, from PySide6) is loaded beside ours, so standard buttons and
dialogs (OK/Cancel, QMessageBox, QFileDialog) speak the same language, and `QLocale.setDefault` makes
Qt's dates and numbers follow it.

`set_language()` may be called at any time: it swaps the translators at once (so every string asked for
afterwards is in the new language) and calls the functions registered with `on_language_changed()`, so the
window can rebuild what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import TypeVar

from matrix_desktop.core.accounts import name_sort_key
from matrix_desktop.ui.qt import QtCore

LANGUAGES = ("zh_CN", "en")
#: The context lupdate gives to a call of the bare function `tr("...")`.
CONTEXT = ""

_language = "zh_CN"
_installed: str | None = None  # the language whose translators are installed in the running QCoreApplication
_translators: list[QtCore.QTranslator] = []
_listeners: list[Callable[[str], None]] = []

T = TypeVar("T")


def tr_noop(source: str) -> str:
    """Marks a string for the catalogue where it is defined; `tr()` translates it where it is shown."""
    return source


def set_language(language: str) -> None:
    """Switch the interface language; installs the translators now if the application exists."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}; known: {', '.join(LANGUAGES)}")
    changed = language != _language
    _language = language
    _install()
    if changed:
        for listener in list(_listeners):
            listener(language)


def language() -> str:
    return _language


def on_language_changed(listener: Callable[[str], None]) -> Callable[[], None]:
    """Call `listener(language)` after each switch; returns a function that stops it."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def tr(source: str, **values: object) -> str:
    """The translation of `source` in the current language, with `{name}` fields filled in."""
    if _installed != _language:
        _install()
    text = QtCore.QCoreApplication.translate(CONTEXT, source)
    return text.format(**values) if values else text


def qm_path(language: str) -> Path:
    """Our compiled catalogue of `language` (package data)."""
    return Path(str(resources.files("matrix_desktop.ui").joinpath("translations", f"matrix_{language}.qm")))


def qt_catalogue_dir() -> str:
    return QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)


def _install() -> None:
    """(Re)install the translators of the current language in the running application, if there is one."""
    global _installed
    app = QtCore.QCoreApplication.instance()
    if app is None:
        return
    for old in _translators:
        QtCore.QCoreApplication.removeTranslator(old)
    _translators.clear()
    locale = QtCore.QLocale(QtCore.QLocale.Language.Chinese, QtCore.QLocale.Country.China) \
        if _language == "zh_CN" else QtCore.QLocale(QtCore.QLocale.Language.English, QtCore.QLocale.Country.UnitedStates)
    QtCore.QLocale.setDefault(locale)
    # English has a catalogue too: it holds only the labels a writer shortened (lrelease drops the rest).
    ours = QtCore.QTranslator(app)
    if not ours.load(str(qm_path(_language))):
        raise RuntimeError(f"the {_language} catalogue {qm_path(_language)} is missing or damaged; "
                           "run scripts/translations.sh")
    qt_own = QtCore.QTranslator(app)
    if _language != "en" and qt_own.load(locale, "qtbase", "_", qt_catalogue_dir()):
        _translators.append(qt_own)
    qt_extra = QtCore.QTranslator(app)  # what qtbase's catalogue lacks (scripts/translations.sh builds it)
    if qt_extra.load(str(qm_path(_language).with_name(f"qt_extra_{_language}.qm"))):
        _translators.append(qt_extra)
    _translators.append(ours)
    for translator in _translators:
        QtCore.QCoreApplication.installTranslator(translator)
    _installed = _language


# --- dates, numbers and order as a reader of the interface language expects them ---

def locale() -> QtCore.QLocale:
    return QtCore.QLocale(QtCore.QLocale.Language.Chinese, QtCore.QLocale.Country.China) \
        if _language == "zh_CN" else QtCore.QLocale(QtCore.QLocale.Language.English, QtCore.QLocale.Country.UnitedStates)


def format_number(value: float, decimals: int = 0) -> str:
    """`12,345` / `12,345.50`: digit grouping of the interface language."""
    loc = locale()
    return loc.toString(int(value)) if decimals == 0 else loc.toString(float(value), "f", decimals)


def format_date(value: date) -> str:
    """`2026年3月5日` in Chinese, `Mar 5, 2026` in English."""
    return value.strftime("%Y年") + f"{value.month}月{value.day}日" if _language == "zh_CN" \
        else f"{value:%b} {value.day}, {value.year}"


def format_datetime(value: datetime) -> str:
    """`2026年3月5日 14:05` / `Mar 5, 2026 14:05`; seconds are noise in a table."""
    return f"{format_date(value.date())} {value:%H:%M}"


def sort_key(text: str) -> str:
    """How a reader orders names: by pinyin in Chinese (张 after 李), by letters in English."""
    return name_sort_key(text) if _language == "zh_CN" else text.casefold()


def sorted_for_reader(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    return sorted(items, key=lambda item: sort_key(key(item)))


def join_words(words: Sequence[str]) -> str:
    """A list in running text: `甲、乙` in Chinese, `a, b` in English."""
    return ("、" if _language == "zh_CN" else ", ").join(words)
