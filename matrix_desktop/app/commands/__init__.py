"""Subcommands. Every module here defines `register(subparsers)`; the CLI discovers them all."""
