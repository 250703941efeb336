"""The team's forwarding setup: the API tier the app holds, the company's time zone and quiet hours, and
the team's own comment lines per post kind and role. Kept in the database, shared by every desktop."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding.records import PLANNERS, TZ
from matrix_desktop.core.forwarding.rules import DEFAULT_QUIET_HOURS, PlatformLimits, QuietHours
from matrix_desktop.core.forwarding.voice import VoiceBook, default_voice, validate_lines
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory

#: The API tiers an app may hold (research notes, weibo_api.md section 7).
TIERS: dict[str, PlatformLimits] = {"standard": PlatformLimits.STANDARD, "classic": PlatformLimits.CLASSIC}
_KEY = "setup"
_LINES = "lines"


@dataclass(frozen=True)
class ForwardSetup:
    """How the team plans: tier (its limits), time zone, the company's quiet hours (None: none at all)."""

    tier: str = "standard"
    timezone: str = TZ
    quiet_hours: QuietHours | None = DEFAULT_QUIET_HOURS

    @property
    def limits(self) -> PlatformLimits:
        return TIERS[self.tier]

    def to_json(self) -> dict[str, Any]:
        qh = self.quiet_hours
        return {"tier": self.tier, "timezone": self.timezone,
                "quiet_hours": f"{qh.start:%H:%M}-{qh.end:%H:%M}" if qh else ""}

    @classmethod
    def from_json(cls, raw: Any) -> ForwardSetup:
        if not isinstance(raw, dict):
            return cls()
        qh = raw.get("quiet_hours", None)
        return cls(str(raw.get("tier", "standard")), str(raw.get("timezone", TZ)),
                   DEFAULT_QUIET_HOURS if qh is None else (QuietHours.parse(qh) if qh else None))


def validate_setup(setup: ForwardSetup) -> list[str]:
    problems = []
    if setup.tier not in TIERS:
        problems.append(f"unknown API tier {setup.tier!r} (known: {', '.join(TIERS)})")
    try:
        ZoneInfo(setup.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"time zone {setup.timezone!r} is not known (e.g. Asia/Shanghai)")
    return problems


class ForwardSetupService:
    """Reads and changes the team's forwarding setup and comment lines."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider) -> None:
        self._uow = uow
        self._actor = actor

    def get(self) -> ForwardSetup:
        with self._uow.readonly() as uow:
            return self.get_in(uow)

    @staticmethod
    def get_in(uow: Any) -> ForwardSetup:
        """The setup read in the caller's unit of work (a plan reads everything it needs in one)."""
        return ForwardSetup.from_json(uow.forwarding.team_setting(_KEY))

    def put(self, setup: ForwardSetup) -> ForwardSetup:
        actor = self._actor()
        actor.require("change the forwarding setup", *PLANNERS)
        problems = validate_setup(setup)
        if problems:
            raise ValidationError(problems)
        with self._uow() as uow:
            uow.forwarding.put_team_setting(_KEY, setup.to_json(), actor.name)
            uow.audit.append(actor.name, "forward.setup", "", setup.to_json())
            uow.commit()
        return setup

    def team_lines(self) -> dict[str, dict[str, list[str]]]:
        """The team's own lines: {kind: {role: [line, …]}} (kinds and roles not listed use the built-ins)."""
        with self._uow.readonly() as uow:
            return self._team_lines_in(uow)

    @staticmethod
    def _team_lines_in(uow: Any) -> dict[str, dict[str, list[str]]]:
        raw = uow.forwarding.team_setting(_LINES)
        return raw if isinstance(raw, dict) else {}

    def voice(self) -> VoiceBook:
        """The lines a plan draws from: the built-in ones with the team's in their place."""
        return default_voice().with_lines(self.team_lines())

    def voice_in(self, uow: Any) -> VoiceBook:
        """`voice()` read in the caller's unit of work."""
        return default_voice().with_lines(self._team_lines_in(uow))

    def put_lines(self, kind: str, role: str, lines: list[str]) -> None:
        """The team's lines for posts of `kind` forwarded by accounts of `role`; [] puts the built-ins back."""
        actor = self._actor()
        actor.require("change the forwarding lines", *PLANNERS)
        clean = [line.strip() for line in lines if line.strip()]
        problems = validate_lines(kind, role, clean)
        if problems:
            raise ValidationError(problems)
        with self._uow() as uow:
            raw = uow.forwarding.team_setting(_LINES)
            current: dict[str, dict[str, list[str]]] = raw if isinstance(raw, dict) else {}
            if clean:
                current.setdefault(kind, {})[role] = clean
            else:
                current.get(kind, {}).pop(role, None)
            uow.forwarding.put_team_setting(_LINES, current, actor.name)
            uow.audit.append(actor.name, "forward.lines", "", {"kind": kind, "role": role, "lines": len(clean)})
            uow.commit()
