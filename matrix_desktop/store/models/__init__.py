"""Table mappings, one module per area; importing this package registers them all on `Base.metadata`."""

from matrix_desktop.store.models.base import Base
from matrix_desktop.store.models.foundation import AccountRow, AuditRow, CompanyRow, MemberRoleRow, MemberRow

__all__ = ["AccountRow", "AuditRow", "Base", "CompanyRow", "MemberRoleRow", "MemberRow"]
