"""Moving a secret between two desktops' keyrings: sealed in a file with a passphrase the admin chooses.

Used for the audit trail's HMAC key in team mode (every desktop that writes to the team database must
seal its entries with the same key). The file holds the secret only encrypted: AES-256-GCM under a key
derived from the passphrase with scrypt (n=2^15, r=8), with a random salt and nonce, the format name as
associated data; a wrong passphrase or a changed byte fails to open, in words.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.secret import Secret

FORMAT = "matrix-desktop sealed secret v1"
_N, _R, _P = 2 ** 15, 8, 1
MIN_PASSPHRASE = 10


def _derive(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024,
                          dklen=32)


def seal(secret: Secret, passphrase: str, label: str) -> bytes:
    """`secret` encrypted under `passphrase`, as the bytes of a small JSON file naming `label`."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(f"the passphrase needs at least {MIN_PASSPHRASE} characters")
    salt, nonce = os.urandom(16), os.urandom(12)
    aad = f"{FORMAT}|{label}".encode()
    body = AESGCM(_derive(passphrase, salt)).encrypt(nonce, secret.reveal().encode("utf-8"), aad)
    return json.dumps({"format": FORMAT, "label": label, "kdf": f"scrypt n={_N} r={_R} p={_P}",
                       "salt": _b64(salt), "nonce": _b64(nonce), "sealed": _b64(body)}).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unseal(data: bytes, passphrase: str) -> tuple[str, Secret]:
    """The label and the secret of a sealed file; ValidationError in words when it cannot be opened."""
    try:
        doc = json.loads(data.decode("utf-8"))
        if doc.get("format") != FORMAT:
            raise ValueError
        label = str(doc["label"])
        salt, nonce, body = (base64.b64decode(doc[k]) for k in ("salt", "nonce", "sealed"))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ValidationError("this is not a sealed-secret file written by `audit key export`") from None
    try:
        plain = AESGCM(_derive(passphrase, salt)).decrypt(nonce, body, f"{FORMAT}|{label}".encode())
    except InvalidTag:
        raise ValidationError("the passphrase is wrong, or the file was changed") from None
    return label, Secret(plain.decode("utf-8"))
