"""Integration fixtures; the sandbox ones live in tests/fixtures/sandbox.py (shared with other suites)."""

from tests.fixtures.sandbox import official, sandbox, sandbox_factory  # noqa: F401
