"""The one module that imports PySide6; everything else in ui/ imports Qt from here (ruff enforces it)."""

from PySide6 import QtCharts, QtCore, QtGui, QtPrintSupport, QtWidgets
from PySide6.QtCore import Qt, Signal, Slot

__all__ = ["QtCharts", "QtCore", "QtGui", "QtPrintSupport", "QtWidgets", "Qt", "Signal", "Slot"]
