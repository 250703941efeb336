"""The one module that imports PySide6; everything else in ui/ imports Qt from here (ruff enforces it)."""

from PySide6 import QtCharts, QtCore, QtGui, QtPrintSupport, QtWidgets
from PySide6.QtCore import Qt, Signal, Slot
from shiboken6 import isValid as _is_valid

__all__ = ["QtCharts", "QtCore", "QtGui", "QtPrintSupport", "QtWidgets", "Qt", "Signal", "Slot", "alive"]


def alive(obj: object) -> bool:
    """False once the C++ side of a Qt object is gone (its window was closed and deleted): a callback
    bound to it must not run then. True for anything that is not a Qt object."""
    return not isinstance(obj, QtCore.QObject) or bool(_is_valid(obj))
