"""Checking the sealed audit trail against its key and anchors; one verdict for the CLI and the window."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matrix_desktop.app import paths
from matrix_desktop.core.audit import AuditProblem, verify_chain
from matrix_desktop.core.audit_seal import AuditHead, AuditKey, AuditTrailUnreadable, check_trail
from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.secret import Secret, SecretStoreError


@dataclass(frozen=True)
class TrailReport:
    """What verification found: entry count, where sealing starts, the problems (empty: intact)."""

    entries: int
    sealed_from: int | None
    problems: list[AuditProblem] = field(default_factory=list)
    head: AuditHead | None = None

    @property
    def intact(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """The verdict in one line."""
        if self.intact:
            sealed = "" if self.sealed_from is None else f", sealed from entry {self.sealed_from}"
            return f"audit trail intact: {self.entries} entries{sealed}"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return (f"audit trail TAMPERED: {len(self.problems)} problem(s) in {self.entries} entries: "
                f"{self.problems[0]}{more}")


def verify_trail(services: Any, checkpoint: Path | None = None) -> TrailReport:
    """Check every entry's hash or seal, every link, the keyring's anchored head and a checkpoint file.

    Raises `AuditTrailUnreadable` (one clear sentence) when there is nothing it can check against: the
    table or chain record is gone, the key is missing, the keyring is unavailable.
    """
    entries = services.audit.entries()  # checks the actor may read the trail
    with services.uow.readonly() as uow:
        chain_id, sealed_from = uow.audit.chain()
    seal = services.uow.seal
    try:
        key = seal.key(chain_id) if seal is not None else None
        head = seal.head(chain_id) if seal is not None and key is not None else None
    except SecretStoreError as exc:
        raise AuditTrailUnreadable(f"the audit trail cannot be checked: its key is in the keyring, and {exc}") from None
    if key is None:
        if sealed_from is None:
            legacy = "intact" if not verify_chain(entries) else "NOT intact"
            raise AuditTrailUnreadable(
                f"the audit trail is not sealed yet: no audit key exists for it (its {len(entries)} entries "
                f"form an unkeyed SHA-256 chain, {legacy}); the next entry written with the keyring "
                "available seals it")
        raise AuditTrailUnreadable(
            "the audit trail cannot be checked: its key is not in this keyring (it was removed, or this "
            "database's trail was sealed on another machine)")
    checkpoints = [("the checkpoint file", read_checkpoint(checkpoint, chain_id))] if checkpoint else []
    problems = check_trail(entries, key, head, checkpoints)
    if sealed_from != key.sealed_from:
        problems.append(AuditProblem(key.sealed_from, "the database's record of where sealing starts was changed"))
    last = entries[-1] if entries else None
    current = AuditHead(len(entries), last.id, last.hash) if last else AuditHead(0, 0, "")
    return TrailReport(len(entries), key.sealed_from, sorted(problems, key=lambda p: p.entry_id), current)


def write_checkpoint(services: Any, path: Path) -> TrailReport:
    """Verify, then write the head (count, last id and hash) to `path` (0600) to compare with later."""
    report = verify_trail(services)
    if report.intact and report.head is not None:
        with services.uow.readonly() as uow:
            chain_id, _ = uow.audit.chain()
        data = {"chain_id": chain_id, "count": report.head.count, "last_id": report.head.last_id,
                "last_hash": report.head.last_hash}
        paths.write_private(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))
    return report


def read_checkpoint(path: Path, chain_id: str) -> AuditHead:
    try:
        data = json.loads(path.read_text("utf-8"))
        head = AuditHead(int(data["count"]), int(data["last_id"]), str(data["last_hash"]))
        other = str(data["chain_id"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AuditTrailUnreadable(f"the checkpoint file {path} cannot be read ({type(exc).__name__})") from None
    if other != chain_id:
        raise AuditTrailUnreadable(f"the checkpoint file {path} belongs to another database's audit trail")
    return head


def export_audit_key(services: Any, passphrase: str) -> bytes:
    """This database's audit key, sealed under `passphrase`, for another desktop of the team (admins).

    In team mode every desktop that writes to the database seals its entries with the same key; the
    file carries it only encrypted (`secrets.keyfile`)."""
    from matrix_desktop.secrets.keyfile import seal

    services.current_actor().require("export the audit key", MemberRole.ADMIN)
    with services.uow.readonly() as uow:
        chain_id, _ = uow.audit.chain()
    key = services.uow.seal.key(chain_id) if services.uow.seal is not None else None
    if key is None:
        raise AuditTrailUnreadable("this desktop's keyring holds no audit key for this database to export")
    data = seal(Secret(key.to_text()), passphrase, chain_id)
    with services.uow() as uow:
        uow.audit.append(services.current_actor().name, "audit.key.export", "", {"trail": chain_id})
        uow.commit()
    return data


def import_audit_key(services: Any, data: bytes, passphrase: str) -> None:
    """Keep the team's audit key (from `export_audit_key`) in this desktop's keyring (admins)."""
    from matrix_desktop.secrets.keyfile import unseal

    services.current_actor().require("import the audit key", MemberRole.ADMIN)
    label, secret = unseal(data, passphrase)
    with services.uow.readonly() as uow:
        chain_id, sealed_from = uow.audit.chain()
    if label != chain_id:
        raise ValidationError("this key belongs to another database's audit trail")
    key = AuditKey.from_text(secret.reveal())
    if sealed_from is not None and key.sealed_from != sealed_from:
        raise ValidationError("this key does not match where this database's sealed trail starts")
    held = services.uow.seal.key(chain_id)
    if held is not None and held.key != key.key:
        raise ValidationError("this keyring already holds a different audit key for this database")
    services.credentials.store().set_audit_secret(chain_id, secret)
    with services.uow() as uow:
        uow.audit.append(services.current_actor().name, "audit.key.import", "", {"trail": chain_id})
        uow.commit()
