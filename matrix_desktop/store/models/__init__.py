"""Table mappings, one module per area; importing this package registers them all on `Base.metadata`."""

from matrix_desktop.store.models import flags, forwarding, inbox, insight, publishing  # noqa: F401  (registers their tables)
from matrix_desktop.store.models.base import Base
from matrix_desktop.store.models.foundation import (
    AccountRow,
    AuditChainRow,
    AuditRow,
    CompanyRow,
    MemberRoleRow,
    MemberRow,
)
from matrix_desktop.store.models.weibo import (
    FollowRow,
    InteractionRow,
    PostRow,
    SyncCursorRow,
    SyncStatusRow,
    TokenMetaRow,
)

__all__ = [
    "AccountRow", "AuditChainRow", "AuditRow", "Base", "CompanyRow", "FollowRow", "InteractionRow", "MemberRoleRow", "MemberRow",
    "PostRow", "SyncCursorRow", "SyncStatusRow", "TokenMetaRow",
]
