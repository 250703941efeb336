"""The Flags area: employee verification flags and their review."""
