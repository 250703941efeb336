"""The answer manual: the company's approved answers, imported, edited and drawn on for suggestions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory
from matrix_desktop.core.textcodec import decode_text

if TYPE_CHECKING:  # the manual's parsing and matching load numpy: on first use, not at start-up
    from matrix_desktop.core.inbox.answers import AnswerEntry

OPERATOR, LEADER, ADMIN = MemberRole.OPERATOR, MemberRole.LEADER, MemberRole.ADMIN


class AnswerManual:
    """The answer manual's entries."""

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._uow = uow
        self._actor = actor
        self.now = clock

    def answers(self) -> list[AnswerEntry]:
        with self._uow.readonly() as uow:
            return uow.inbox.answers()

    def import_manual(self, raw: bytes, filename: str) -> int:
        """Import an answer manual (CSV, or Markdown by extension): all or nothing; same keys are updated."""
        actor = self._actor()
        actor.require("edit the answer manual", OPERATOR, LEADER, ADMIN)
        from matrix_desktop.core.inbox.answers import parse_manual_csv, parse_manual_markdown

        if filename.lower().endswith((".md", ".markdown")):
            entries = parse_manual_markdown(decode_text(raw, filename))
        else:
            entries = parse_manual_csv(raw)
        if not entries:
            raise ValidationError(f"{filename} holds no answer-manual entries")
        with self._uow() as uow:
            for e in entries:
                uow.inbox.put_answer(e, actor.name)
            uow.audit.append(actor.name, "manual.import", "", {"file": filename, "entries": len(entries)})
            uow.commit()
        return len(entries)

    def load_demo_manual(self) -> int:
        """The demo company's manual (resources/demo/answer_manual.csv), if the manual is still empty."""
        path = Path(__file__).resolve().parents[3] / "resources" / "demo" / "answer_manual.csv"
        if self.answers() or not path.is_file():
            return 0
        return self.import_manual(path.read_bytes(), path.name)

    def save_answer(self, entry: AnswerEntry) -> None:
        """Add or edit one entry (by key)."""
        actor = self._actor()
        actor.require("edit the answer manual", OPERATOR, LEADER, ADMIN)
        problems = [f"{name} is empty" for name, v in (("key", entry.key), ("department", entry.department),
                                                         ("question", entry.question), ("answer", entry.answer))
                    if not v.strip()]
        if problems:
            raise ValidationError(problems)
        with self._uow() as uow:
            uow.inbox.put_answer(entry, actor.name)
            uow.audit.append(actor.name, "manual.save", "", {"key": entry.key})
            uow.commit()

    def delete_answer(self, key: str) -> None:
        actor = self._actor()
        actor.require("edit the answer manual", OPERATOR, LEADER, ADMIN)
        with self._uow() as uow:
            uow.inbox.delete_answer(key)
            uow.audit.append(actor.name, "manual.delete", "", {"key": key})
            uow.commit()
