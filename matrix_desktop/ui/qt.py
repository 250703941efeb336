"""The one module that imports PySide6; everything else in ui/ imports Qt from here (ruff enforces it).

QtCharts and QtPrintSupport are loaded when first asked for (PEP 562): only the analytics area and the
monthly report draw charts or print, and loading them cost a cold start a fifth of its time.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Qt, Signal, Slot
from shiboken6 import isValid as _is_valid

if TYPE_CHECKING:
    from PySide6 import QtCharts, QtPrintSupport

__all__ = ["QtCharts", "QtCore", "QtGui", "QtPrintSupport", "QtWidgets", "Qt", "Signal", "Slot", "alive"]
_LATER = ("QtCharts", "QtPrintSupport")


def __getattr__(name: str) -> Any:
    if name not in _LATER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"PySide6.{name}")
    globals()[name] = module
    return module


def alive(obj: object) -> bool:
    """False once the C++ side of a Qt object is gone (its window was closed and deleted): a callback
    bound to it must not run then. True for anything that is not a Qt object."""
    return not isinstance(obj, QtCore.QObject) or bool(_is_valid(obj))
