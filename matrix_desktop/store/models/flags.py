"""Tables of the flags area (filled in by the flags work; see its migration)."""

from __future__ import annotations
