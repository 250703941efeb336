"""Tables of the forwarding area (filled in by the forwarding work; see its migration)."""

from __future__ import annotations
