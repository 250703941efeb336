"""The `sandbox` command names the server's tiers without importing the server (it is not loaded at start-up)."""

from matrix_desktop.app.commands import sandbox
from matrix_desktop.weibo.sandbox import server


def test_the_command_offers_exactly_the_servers_tiers() -> None:
    assert sandbox.TIERS == server.TIERS
