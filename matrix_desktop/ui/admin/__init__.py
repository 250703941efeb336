"""Admin areas: credentials, the audit trail, the team."""
