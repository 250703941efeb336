"""The `matrix-desktop` entry point: subcommands go to the CLI, no command opens the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from matrix_desktop.app.cli import run


def _launch_gui(args: argparse.Namespace, services: object = None) -> int:
    """The Qt side of the app: the window, or a command that draws with Qt (the monthly PDF report)."""
    from matrix_desktop.app.bootstrap import AppServices

    if getattr(args, "command", None) == "report" and isinstance(services, AppServices):
        from matrix_desktop.ui.insight.report import render_report_command

        render_report_command(args.month, Path(args.out), services, args.lang)
        return 0
    from matrix_desktop.ui.application import launch

    code: int = launch(args, services if isinstance(services, AppServices) else None)
    return code


def main(argv: list[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv, gui=_launch_gui)


if __name__ == "__main__":
    raise SystemExit(main())
