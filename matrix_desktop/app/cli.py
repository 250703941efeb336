"""The command line: `matrix-desktop [--db URL] [--as NAME] COMMAND ...`; no command opens the GUI.

Each module in `matrix_desktop.app.commands` adds its own subcommands through `register(subparsers)`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TextIO

from matrix_desktop import __version__
from matrix_desktop.app import commands, paths
from matrix_desktop.app.bootstrap import AppServices, bootstrap
from matrix_desktop.app.logging_setup import configure_logging
from matrix_desktop.core.errors import Cancelled, ConfigError, MatrixError
from matrix_desktop.store.db import normalise_url

GuiLauncher = Callable[..., int]
"""Opens the window: `gui(args)` or `gui(args, services)`; injected by `matrix_desktop.main` (app ≠ ui)."""


class CommandContext:
    """What a command handler gets: its arguments' global part, lazily built services, the streams."""

    def __init__(self, args: argparse.Namespace, stdout: TextIO, stderr: TextIO,
                 gui: GuiLauncher | None = None) -> None:
        self.args = args
        self.gui = gui
        self.stdout = stdout
        self.stderr = stderr
        self._services: AppServices | None = None

    def services(self, require_actor: bool = False) -> AppServices:
        if self._services is None:
            check_named_database(self.args)
            self._services = bootstrap(self.args.db, self.args.as_member, require_actor=require_actor)
        return self._services

    def read_only(self) -> str | None:
        """Why the database this command opened can only be read, if it was opened and is read-only."""
        return self._services.read_only if self._services is not None else None

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


Handler = Callable[[argparse.Namespace, CommandContext], int]

#: Commands that may create the database they are pointed at; every other command refuses a missing
#: one, so a mistyped --db never quietly starts a second, empty database.
CREATING_COMMANDS = {("db", "upgrade"), ("members", "add"), ("demo", None)}


def check_named_database(args: argparse.Namespace) -> None:
    url = args.db or os.environ.get("MATRIX_DB_URL")
    if not url:
        return  # the default database in the user data dir is created on first use
    parsed = normalise_url(url)
    if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
        return
    action = next((getattr(args, a) for a in vars(args) if a.endswith("_command") and a != "command"), None)
    if (args.command, action) in CREATING_COMMANDS or (args.command, None) in CREATING_COMMANDS:
        return
    if not Path(parsed.database).exists():
        raise ConfigError(f"no database at {parsed.database}; check the --db value, or create one with "
                          f"`matrix-desktop --db {url} db upgrade`")


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (what was wrong, and where to look), exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="matrix-desktop",
        description="Run a company's Weibo matrix. With no command, opens the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"matrix-desktop {__version__}")
    parser.add_argument("--db", metavar="URL", default=None,
                        help="database URL (default: MATRIX_DB_URL or the SQLite file in the user data dir)")
    parser.add_argument("--as", dest="as_member", metavar="NAME", default=None,
                        help="act as this team member (default: MATRIX_USER)")
    parser.add_argument("--screenshot", metavar="PATH", default=None,
                        help="render the main window offscreen to a PNG and exit")
    parser.add_argument("--view", metavar="NAME", default=None, help="the area to show (accounts, flags, ...)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=None, help="interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    _accept_global_options_everywhere(sub)
    return parser


#: The options `matrix-desktop` with no command takes (the window's), as `build_parser` declares them.
WINDOW_OPTIONS = {"--db": "db", "--as": "as_member", "--screenshot": "screenshot", "--view": "view", "--lang": "lang"}


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of opening the window (only the options above, each given in full, no command, no
    help), read without importing and building every command's parser: that was a tenth of a cold start.
    None for anything else: the full parser reads it, and says what is wrong with it."""
    values: dict[str, str | None] = dict.fromkeys(WINDOW_OPTIONS.values())
    tokens = iter(argv)
    for token in tokens:
        option, eq, value = token.partition("=")
        if option not in WINDOW_OPTIONS:
            return None
        if not eq:
            following = next(tokens, None)
            if following is None or following.startswith("-"):
                return None
            value = following
        values[WINDOW_OPTIONS[option]] = value
    if values["lang"] not in (None, "zh_CN", "en"):
        return None
    return argparse.Namespace(**values, command=None)


def _accept_global_options_everywhere(sub: Any) -> None:
    """Let `--as NAME` and `--db URL` follow the command too (`members add x --as admin`)."""
    for parser in sub.choices.values():
        nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if nested:
            _accept_global_options_everywhere(nested[0])
            continue
        known = {o for a in parser._actions for o in a.option_strings}
        if "--as" not in known:
            parser.add_argument("--as", dest="as_member", metavar="NAME", default=argparse.SUPPRESS,
                                help="act as this team member")
        if "--db" not in known:
            parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")


def run(argv: list[str] | None, gui: GuiLauncher | None = None,
        stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Parse `argv` and run the command; errors become one line on stderr and a non-zero exit."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = window_args(sys.argv[1:] if argv is None else argv) if gui is not None else None
    if args is None:
        args = build_parser().parse_args(argv)
    configure_logging(paths.log_dir(), level=logging.DEBUG if os.environ.get("MATRIX_DEBUG") else logging.INFO)
    if args.command is None:
        if gui is None:
            build_parser().print_help(out)
            return 2
        return gui(args)
    if args.db is not None and not args.db.strip():
        print("matrix-desktop: --db is empty; give a database URL or file, or leave --db out for the default",
              file=err)
        return 2
    handler: Handler = args.handler
    ctx = CommandContext(args, out, err, gui)
    try:
        code = handler(args, ctx)
        if code == 0 and (why := ctx.read_only()) is not None:
            print(f"matrix-desktop: note: {why}; it was only read", file=err)
        return code
    except Cancelled:
        print("matrix-desktop: stopped", file=err)
        return 130
    except KeyboardInterrupt:
        print("matrix-desktop: interrupted", file=err)
        return 130
    except MatrixError as exc:
        print(f"matrix-desktop: {exc}", file=err)
        return 2
    except UnicodeDecodeError as exc:
        print(f"matrix-desktop: the input is not UTF-8 text (byte {exc.start} cannot be read); save it as UTF-8",
              file=err)
        return 2
    except BrokenPipeError:
        return 0  # the reader (e.g. `| head`) stopped reading; nothing to report
    except OSError as exc:
        print(f"matrix-desktop: {exc.strerror or exc}{': ' + str(exc.filename) if exc.filename else ''}", file=err)
        return 2
    except Exception as exc:  # a bug: say so in one line, keep the details in the log, never a traceback
        logging.getLogger("matrix_desktop").exception("command %s failed", args.command,
                                                      extra={"file_only": True})
        print(f"matrix-desktop: internal error ({type(exc).__name__}); the details are in the log in "
              f"{paths.log_dir()}", file=err)
        return 70
    finally:
        ctx.close()
