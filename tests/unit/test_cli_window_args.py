"""Opening the window reads its options without the full parser; what it reads must be what the full
parser would have read, and anything else goes to the full parser."""

import pytest

from matrix_desktop.app.cli import build_parser, window_args


@pytest.mark.parametrize("argv", [
    [],
    ["--db", "sqlite:///x.db", "--as", "小周", "--lang", "zh_CN"],
    ["--db=sqlite:///x.db", "--as=admin", "--view", "inbox", "--screenshot", "shot.png", "--lang=en"],
    ["--view", "review:tickets"],
])
def test_the_window_options_read_as_the_full_parser_reads_them(argv: list[str]) -> None:
    args = window_args(argv)
    assert args is not None
    assert vars(args) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["members", "list"], ["--db", "x.db", "sync"], ["--help"], ["-h"], ["--version"], ["--lang", "fr"],
    ["--db"], ["--scr", "x.png"], ["--as", "--db"],
])
def test_anything_else_is_left_to_the_full_parser(argv: list[str]) -> None:
    assert window_args(argv) is None
