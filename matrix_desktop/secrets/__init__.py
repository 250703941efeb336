"""The secret store: Weibo app credentials and OAuth tokens in the OS keyring (the only keyring importer).

Open it with `open_secret_store(config.get("keyring.backend"), ...)`; see `store` for the key layout.
"""

from matrix_desktop.core.secret import (
    KeyringUnavailable,
    MasterPasswordRequired,
    Secret,
    SecretStoreError,
    WrongMasterPassword,
)
from matrix_desktop.secrets.store import (
    MASTER_PASSWORD_ENV,
    SERVICE_NAME,
    KeyringSecretStore,
    api_host,
    default_cryptfile_path,
    open_secret_store,
)

__all__ = [
    "MASTER_PASSWORD_ENV",
    "SERVICE_NAME",
    "KeyringSecretStore",
    "KeyringUnavailable",
    "MasterPasswordRequired",
    "Secret",
    "SecretStoreError",
    "WrongMasterPassword",
    "api_host",
    "default_cryptfile_path",
    "open_secret_store",
]
