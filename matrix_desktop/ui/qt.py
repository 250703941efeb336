"""The one module that imports PySide6; everything else in ui/ imports Qt from here (ruff enforces it)."""

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Qt, Signal, Slot

__all__ = ["QtCore", "QtGui", "QtWidgets", "Qt", "Signal", "Slot"]
