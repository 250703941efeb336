"""Storage: SQLAlchemy 2.0 mappings, repositories, the unit of work and Alembic migrations."""
