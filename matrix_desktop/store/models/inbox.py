"""Tables of the inbox area (filled in by the inbox work; see its migration)."""

from __future__ import annotations
