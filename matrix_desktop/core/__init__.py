"""The headless core: domain types, rules and services. No Qt, no SQLAlchemy, no requests."""
