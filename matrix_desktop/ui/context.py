"""What every view is built with: the app's services, the op host and the settings (no singletons)."""

from __future__ import annotations

from dataclasses import dataclass

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.ui.ops import Executors, OpHost, TaskTracker
from matrix_desktop.ui.qt import QtCore


@dataclass
class UiContext:
    services: AppServices
    host: OpHost
    settings: QtCore.QSettings

    @classmethod
    def create(cls, services: AppServices, settings: QtCore.QSettings) -> UiContext:
        return cls(services, OpHost(TaskTracker(), Executors()), settings)

    @property
    def tracker(self) -> TaskTracker:
        return self.host.tracker
